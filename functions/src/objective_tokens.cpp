#include "objective_tokens.hpp"

#include "objective_vocabulary.hpp"

#include <cmath>
#include <cstddef>

namespace goalpost::detail {

namespace {

bool is_letter(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The ISO code of a currency symbol starting at text[i], and its length in bytes.
std::string_view currency_symbol_at(std::string_view text, std::size_t i, std::size_t& length) {
    if (text[i] == '$') {
        length = 1;
        return "USD";
    }
    if (text.substr(i, 3) == "\xE2\x82\xAC") { // U+20AC EURO SIGN
        length = 3;
        return "EUR";
    }
    if (text.substr(i, 2) == "\xC2\xA3") { // U+00A3 POUND SIGN
        length = 2;
        return "GBP";
    }
    length = 0;
    return {};
}

// Reads "1,500.25" from text[i]; advances i past it and tells whether it had a separator.
double read_digits(std::string_view text, std::size_t& i, bool& grouped) {
    double value = 0.0;
    double scale = 0.0; // > 0 once past the decimal point
    std::size_t digits = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (is_digit(c)) {
            if (++digits > 15) { // beyond double precision: stop reading, the rest is noise
                continue;
            }
            if (scale > 0.0) {
                value += (c - '0') * scale;
                scale /= 10.0;
            } else {
                value = value * 10.0 + (c - '0');
            }
        } else if (c == ',' && scale == 0.0 && i + 3 < text.size() && is_digit(text[i + 1]) &&
                   is_digit(text[i + 2]) && is_digit(text[i + 3]) &&
                   (i + 4 >= text.size() || !is_digit(text[i + 4]))) {
            grouped = true;
            continue; // a thousands separator: exactly three digits follow
        } else if (c == '.' && scale == 0.0 && i + 1 < text.size() && is_digit(text[i + 1])) {
            scale = 0.1;
        } else {
            break;
        }
    }
    return value;
}

} // namespace

bool is_year(const Token& token) {
    return token.is_number && token.from_digits && !token.grouped && !token.percent &&
           token.currency.empty() &&
           !token.multiplier && !token.ordinal && token.number >= 2000 && token.number <= 2100 &&
           token.number == std::floor(token.number);
}

std::vector<Token> tokenize(std::string_view text, std::string& storage) {
    storage.assign(text);
    for (char& c : storage) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    const std::string_view lower = storage;
    std::vector<Token> tokens;
    tokens.reserve(lower.size() / 5 + 4);
    std::string_view pending_currency; // a symbol seen just before a number
    std::size_t i = 0;
    while (i < lower.size()) {
        const char c = lower[i];
        std::size_t symbol_length = 0;
        const std::string_view symbol = currency_symbol_at(lower, i, symbol_length);
        if (!symbol.empty()) {
            pending_currency = symbol;
            i += symbol_length;
            continue;
        }
        if (is_digit(c)) {
            Token token;
            token.is_number = true;
            token.from_digits = true;
            token.begin = i;
            token.number = read_digits(lower, i, token.grouped);
            token.currency = pending_currency;
            // Suffixes written against the number: 50k, 1.2m, 2bn, 10x, 30th, 25%.
            std::size_t end = i;
            while (end < lower.size() && is_letter(lower[end])) {
                ++end;
            }
            const std::string_view suffix = lower.substr(i, end - i);
            if (suffix == "k") {
                token.number *= 1e3;
            } else if (suffix == "m" || suffix == "mn" || suffix == "mm") {
                token.number *= 1e6;
            } else if (suffix == "bn" || suffix == "b") {
                token.number *= 1e9;
            } else if (suffix == "x") {
                token.multiplier = true;
            } else if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
                token.ordinal = true;
            }
            if (!suffix.empty() && (suffix.size() <= 2)) {
                i = end;
            }
            if (i < lower.size() && lower[i] == '%') {
                token.percent = true;
                ++i;
            }
            token.comma_after = i < lower.size() && lower[i] == ',';
            token.end = i;
            tokens.push_back(token);
            pending_currency = {};
            continue;
        }
        if (is_letter(c)) {
            std::size_t end = i;
            while (end < lower.size() && is_letter(lower[end])) {
                ++end;
            }
            Token token;
            token.word = lower.substr(i, end - i);
            token.begin = i;
            token.end = end;
            token.comma_after = end < lower.size() && lower[end] == ',';
            i = end;
            tokens.push_back(token);
            continue;
        }
        if (c != ' ') {
            pending_currency = {};
        }
        ++i;
    }
    merge_number_words(tokens);
    attach_phrases(tokens);
    return tokens;
}

} // namespace goalpost::detail
