#include "objective_tokens.hpp"

#include "currency.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <bit>
#include <cstddef>
#include <cstring>
#include <limits>
#include <string>

namespace goalpost::detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
// A token's offset: tokenize reads no text past 4 GiB, so every offset fits.
std::uint32_t offset(std::size_t at) { return static_cast<std::uint32_t>(at); }
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The bytes of the letter at text[i]: 1 for a-z, 2 for the accented Latin letters of
// German, French and Spanish (U+00C0-U+00FF but x and division signs, and oe), else 0.
inline std::size_t letter_length(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'a' && c <= 'z') {
        return 1;
    }
    if (c < 0xC3) {
        return 0; // ASCII punctuation and digits, and every lead byte below the Latin letters
    }
    if (i + 1 >= text.size() || !is_continuation(text[i + 1])) {
        return 0;
    }
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (c == 0xC3 && next != 0x97 && next != 0xB7) {
        return 2;
    }
    return c == 0xC5 && (next == 0x92 || next == 0x93) ? 2 : 0;
}
bool is_letter(char c) { return c >= 'a' && c <= 'z'; }

// A space inside a number ("1 500", "12 000 €"): a space, a no-break space (U+00A0), a thin
// space (U+2009) or a narrow no-break space (U+202F); its length in bytes, or 0.
std::size_t group_space_length(std::string_view text, std::size_t i) {
    if (i >= text.size()) {
        return 0;
    }
    if (text[i] == ' ') {
        return 1;
    }
    if (text.substr(i, 2) == "\xC2\xA0") {
        return 2;
    }
    return text.substr(i, 3) == "\xE2\x80\x89" || text.substr(i, 3) == "\xE2\x80\xAF" ? 3 : 0;
}

bool only_spaces(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t space = group_space_length(text, i);
        if (space == 0) {
            return false;
        }
        i += space;
    }
    return true;
}

// How many digits run from text[at].
std::size_t digit_run(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && is_digit(text[end])) {
        ++end;
    }
    return end - at;
}

// Reads "1,500.25", "1 500", "1e6" or a 19-digit number from text[i] into `token`, exactly as
// a double can hold it (std::from_chars rounds correctly), and advances i past it. Digits go to
// a small buffer, so a megabyte of digits costs no allocation: a number too long for it is too
// large to be a target and reads as infinity, which no rule accepts. Spaces group thousands
// only where `space_groups` (not after a letter: "Q3 100" is no 3100).
double read_digits(std::string_view text, std::size_t& i, Token& token, bool space_groups) {
    std::array<char, 64> digits; // the first `length` are written
    std::size_t length = 0;
    bool overflow = false;
    const auto keep = [&](char c) {
        if (length < digits.size()) {
            digits[length++] = c;
        } else {
            overflow = true;
        }
    };
    bool point = false;
    std::size_t integer_digits = 0;
    std::size_t group_digits = 0; // digits since the last space that grouped thousands
    bool space_grouped = false;
    bool comma_grouped = false;
    const std::size_t begin = i;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (is_digit(c)) {
            keep(c);
            integer_digits += point ? 0 : 1;
            ++group_digits;
            continue;
        }
        const std::size_t space =
            !space_groups || point || token.grouped != space_grouped ? 0 : group_space_length(text, i);
        if (space != 0 && digit_run(text, i + space) == 3 &&
                   (space_grouped ? group_digits == 3 : integer_digits <= 3) &&
                   (i + space + 3 >= text.size() || !is_digit(text[i + space + 3]))) {
            token.grouped = true; // "1 500", "12 000 000"
            space_grouped = true;
            group_digits = 0;
            i += space - 1;
        } else if (c == ',' && !point && !space_grouped && digit_run(text, i + 1) == 3) {
            token.grouped = true; // a thousands separator: exactly three digits follow
            comma_grouped = true;
        } else if (c == ',' && !point && !token.grouped && digit_run(text, i + 1) >= 1 &&
                   digit_run(text, i + 1) <= 2) {
            point = true; // "45,50", "1,5": a decimal comma, which English never writes
            keep('.');
        } else if (c == '.' && !point && !token.grouped && digit_run(text, i + 1) == 3 &&
                   i + 4 < text.size() && text[i + 4] == '.' && digit_run(text, i + 5) == 3) {
            token.grouped = true; // "1.500.000": dots that group thousands
        } else if (c == '.' && token.grouped && !comma_grouped && !space_grouped && !point &&
                   digit_run(text, i + 1) == 3) {
            continue; // the next group of "1.500.000"
        } else if (c == '.' && !point && i + 1 < text.size() && is_digit(text[i + 1])) {
            // "1.500": 1.5 in English, 1,500 in German; the language decides (read_words)
            if (digit_run(text, i + 1) == 3 && !is_digit(text[std::min(i + 4, text.size() - 1)]) &&
                integer_digits >= 1 && integer_digits <= 3 && text[i - integer_digits] != '0' &&
                !token.grouped) {
                token.ambiguous = true;
            }
            point = true;
            keep(c);
        } else {
            break;
        }
    }
    // "1,500" with one group: 1500 in English, 1.5 in German, French and Spanish.
    token.comma_group = comma_grouped && integer_digits <= 6 &&
                        std::count(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                   text.begin() + static_cast<std::ptrdiff_t>(i), ',') == 1 &&
                        !point && text[begin] != '0';
    // "1e6", "2.5e3": scientific notation, as a spreadsheet user may paste it.
    if (i + 1 < text.size() && text[i] == 'e' &&
        (is_digit(text[i + 1]) || ((text[i + 1] == '-' || text[i + 1] == '+') &&
                                   i + 2 < text.size() && is_digit(text[i + 2])))) {
        const std::size_t end = i + 2 + digit_run(text, i + 2);
        if (end - i <= 4 && (end >= text.size() || !is_letter(text[end]))) {
            for (std::size_t k = i; k < end; ++k) {
                keep(text[k]);
            }
            i = end;
        }
    }
    double value = 0.0;
    if (length >= 1 && length <= 15 && std::all_of(digits.begin(), digits.begin() + static_cast<std::ptrdiff_t>(length), is_digit)) {
        // digits only, as most targets are: exact in a double below 10^15, no parser needed
        std::uint64_t whole = 0;
        for (std::size_t k = 0; k < length; ++k) {
            whole = whole * 10 + static_cast<std::uint64_t>(digits[k] - '0');
        }
        value = static_cast<double>(whole);
    } else if (const auto [rest, error] = std::from_chars(digits.data(), digits.data() + length, value);
               error != std::errc()) {
        return std::numeric_limits<double>::infinity();
    }
    if (overflow || !std::isfinite(value)) {
        return std::numeric_limits<double>::infinity();
    }
    if (token.ambiguous) {
        token.grouped_reading = value * 1000.0;
        return std::numeric_limits<double>::quiet_NaN();
    }
    return value;
}

// The length of a dotted date "dd.mm.yyyy" at text[i] (one or two digits for day and month,
// four for the year), or 0.
std::size_t dotted_date_length(std::string_view text, std::size_t i) {
    const std::size_t day = digit_run(text, i);
    if (day < 1 || day > 2 || i + day >= text.size() || text[i + day] != '.') {
        return 0;
    }
    const std::size_t month = digit_run(text, i + day + 1);
    const std::size_t at_year = i + day + 1 + month + 1;
    if (month < 1 || month > 2 || at_year > text.size() || text[at_year - 1] != '.' ||
        digit_run(text, at_year) != 4) {
        return 0;
    }
    return at_year + 4 - i;
}

// The three digit runs of a dotted date of `length` bytes at text[i].
std::array<std::pair<std::size_t, std::size_t>, 3> dotted_date_parts(std::string_view text,
                                                                     std::size_t i,
                                                                     std::size_t length) {
    std::array<std::pair<std::size_t, std::size_t>, 3> parts{};
    std::size_t part = 0;
    std::size_t from = i;
    for (std::size_t at = i; at <= i + length && part < 3; ++at) {
        if (at == i + length || text[at] == '.') {
            parts[part++] = {from, at};
            from = at + 1;
        }
    }
    return parts;
}

// The letters written against a number that belong to it: 50k, 1.2m, 2bn, 10x, 30th, 3pp.
enum class Suffix { none, thousand, million, billion, multiplier, ordinal, points, other };
Suffix suffix_of(std::string_view letters) {
    if (letters.empty()) {
        return Suffix::none;
    }
    if (letters == "k") {
        return Suffix::thousand;
    }
    if (letters == "m" || letters == "mn" || letters == "mm") {
        return Suffix::million;
    }
    if (letters == "bn" || letters == "b") {
        return Suffix::billion;
    }
    if (letters == "x") {
        return Suffix::multiplier;
    }
    if (letters == "st" || letters == "nd" || letters == "rd" || letters == "th") {
        return Suffix::ordinal;
    }
    if (letters == "pp" || letters == "pts" || letters == "ppt" || letters == "ppts") {
        return Suffix::points;
    }
    return Suffix::other;
}

// The prefixes of named periods written against their number: Q3, H1, FY26.
bool period_prefix(std::string_view letters) {
    return letters == "q" || letters == "h" || letters == "fy";
}

// How many bytes from data[0] on are ASCII small letters, up to 8 (eight at a time, SWAR: a byte
// is a letter when its top bit is clear and it lies within 'a'..'z').
std::size_t small_letters_in_block(const char* data) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    std::uint64_t block;
    std::memcpy(&block, data, 8);
    const std::uint64_t low_bits = block & (0x7F * ones);
    const std::uint64_t from_a = low_bits + (0x80 - 'a') * ones;   // top bit: >= 'a'
    const std::uint64_t past_z = low_bits + (0x7F - 'z') * ones;   // top bit: > 'z'
    const std::uint64_t letters = ~block & from_a & ~past_z & (0x80 * ones);
    const std::uint64_t others = ~letters & (0x80 * ones);
    return others == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(others)) / 8;
}

std::size_t letters_end(std::string_view text, std::size_t i) {
    const char* const data = text.data();
    const std::size_t size = text.size();
    while (i + 8 <= size) { // most of a word in one or two steps
        const std::size_t run = small_letters_in_block(data + i);
        i += run;
        if (run < 8) {
            break;
        }
    }
    while (i < size) {
        // ASCII letters, most of every word, in a tight loop
        if (static_cast<unsigned char>(data[i] - 'a') < 26) {
            ++i;
            continue;
        }
        const std::size_t letter = letter_length(text, i);
        if (letter == 0) {
            break;
        }
        i += letter;
    }
    return i;
}

std::size_t alnum_end(std::string_view text, std::size_t i) {
    while (i < text.size()) {
        const std::size_t step = is_digit(text[i]) ? 1 : letter_length(text, i);
        if (step == 0) {
            break;
        }
        i += step;
    }
    return i;
}


// "1,2 M€", "2 Mio. €", "50 k€": a scale word between a number and its currency symbol.
bool scale_word_between(const std::vector<Token>& tokens, std::string_view lower, std::size_t at) {
    if (tokens.size() < 2 || tokens.back().is_number || tokens.back().word.size() > 4) {
        return false;
    }
    const Token& number = tokens[tokens.size() - 2];
    return number.is_number && number.currency.empty() &&
           lower.substr(tokens.back().end, at - tokens.back().end).find_first_not_of(" .") ==
               std::string_view::npos;
}

} // namespace

bool is_year(const Token& token) {
    return token.is_number && token.from_digits && !token.grouped && !token.percent &&
           token.currency.empty() &&
           !token.multiplier && !token.ordinal && token.number >= 2000 && token.number <= 2100 &&
           token.number == std::floor(token.number);
}

std::vector<Token> tokenize(std::string_view text, std::string& storage) {
    std::vector<Token> tokens;
    tokenize(text, storage, tokens);
    return tokens;
}

void tokenize(std::string_view text, std::string& storage, std::vector<Token>& tokens) {
    storage.assign(text.substr(0, std::numeric_limits<std::uint32_t>::max()));
    lower_case(storage);
    const std::string_view lower = storage;
    tokens.clear();
    tokens.reserve(lower.size() / 5 + 4);
    std::string_view pending_currency; // a symbol seen just before a number
    std::size_t i = 0;
    while (i < lower.size()) {
        const char c = lower[i];
        // A symbol is '$' or starts with a UTF-8 lead byte: most characters need no lookup.
        const Currency* currency = c == '$' || static_cast<unsigned char>(c) >= 0xC2
                                       ? currency_symbol_at(lower, i)
                                       : nullptr;
        const std::size_t symbol_length = currency ? currency->symbol.size() : 0;
        const std::string_view symbol = currency ? currency->code : std::string_view();
        if (currency) {
            // "20 € CPL": a symbol written after its number belongs to that number.
            if (!tokens.empty() && tokens.back().is_number && tokens.back().currency.empty() &&
                only_spaces(lower.substr(tokens.back().end, i - tokens.back().end)) &&
                (i + symbol_length >= lower.size() || !is_digit(lower[i + symbol_length]))) {
                tokens.back().currency = symbol;
                i += symbol_length;
                continue;
            }
            if (scale_word_between(tokens, lower, i)) {
                tokens[tokens.size() - 2].currency = symbol;
                i += symbol_length;
                continue;
            }
            pending_currency = symbol;
            i += symbol_length;
            continue;
        }
        if (letter_length(lower, i) != 0) {
            // Letters glued to digits are a name ("B2B", "MP3", "G2"), except a period's
            // prefix before its number ("Q3", "H1", "FY26").
            const std::size_t letters = letters_end(lower, i);
            // most words end at a letter: only one glued to digits is scanned again
            const std::size_t run = letters < lower.size() && is_digit(lower[letters])
                                        ? alnum_end(lower, letters)
                                        : letters;
            const bool name = run > letters && !period_prefix(lower.substr(i, letters - i));
            const std::size_t end = name ? run : letters;
            Token token;
            token.word = lower.substr(i, end - i);
            token.begin = offset(i);
            token.end = offset(end);
            i = end;
            tokens.push_back(token);
            pending_currency = {};
            continue;
        }
        if (is_digit(c)) {
            const std::size_t begin = i;
            Token token;
            token.is_number = true;
            token.from_digits = true;
            token.begin = offset(i);
            // "30.09.2026": a date written with dots, read as three numbers the time reader joins
            if (const std::size_t date = dotted_date_length(lower, i)) {
                for (const auto& [from, to] : dotted_date_parts(lower, i, date)) {
                    Token part;
                    part.is_number = true;
                    part.from_digits = true;
                    part.begin = offset(from);
                    part.end = offset(to);
                    part.number = std::stod(std::string(lower.substr(from, to - from)));
                    tokens.push_back(part);
                }
                i += date;
                pending_currency = {};
                continue;
            }
            const bool after_letter = begin > 0 && letter_length(lower, begin - 1) != 0;
            token.number = read_digits(lower, i, token, !after_letter);
            // "from -10 to +20": a minus sign written against the number, after a space or at
            // the start (a hyphen between two numbers, "25-44", is a range, not a sign)
            if (begin > 0 && lower[begin - 1] == '-' &&
                (begin == 1 || lower[begin - 2] == ' ' || lower[begin - 2] == '(')) {
                token.number = -token.number;
            }
            token.currency = pending_currency;
            pending_currency = {};
            const std::size_t letters = letters_end(lower, i);
            const Suffix suffix = suffix_of(lower.substr(i, letters - i));
            const bool glued_digits = letters > i && letters < lower.size() && is_digit(lower[letters]);
            if (suffix == Suffix::other || glued_digits) {
                // "3PLs", "4G", "10am": a name, not an amount.
                const std::size_t end = alnum_end(lower, i);
                Token name;
                name.word = lower.substr(begin, end - begin);
                name.begin = offset(begin);
                name.end = offset(end);
                i = end;
                tokens.push_back(name);
                continue;
            }
            switch (suffix) {
            case Suffix::thousand: token.number *= 1e3; break;
            case Suffix::million: token.number *= 1e6; break;
            case Suffix::billion: token.number *= 1e9; break;
            case Suffix::multiplier: token.multiplier = true; break;
            case Suffix::ordinal: token.ordinal = true; break;
            case Suffix::points: token.points = true; token.percent = true; break;
            case Suffix::none:
            case Suffix::other: break;
            }
            i = letters;
            // "25 %": a space, no-break or thin space before the sign, as French and German write
            if (const std::size_t space = group_space_length(lower, i);
                space != 0 && i + space < lower.size() && lower[i + space] == '%') {
                i += space;
            }
            if (i < lower.size() && lower[i] == '%') {
                token.percent = true;
                ++i;
            }
            // "4:1 ROAS": a ratio is the number of times the first is the second.
            if (i + 1 < lower.size() && lower[i] == ':' && is_digit(lower[i + 1]) &&
                !token.percent && token.currency.empty()) {
                std::size_t after = i + 1;
                Token denominator;
                const double second = read_digits(lower, after, denominator, false);
                if (second > 0.0 && letters_end(lower, after) == after) {
                    token.number /= second;
                    token.ratio = true;
                    i = after;
                }
            }
            token.end = offset(i);
            tokens.push_back(token);
            continue;
        }
        const std::size_t space = c == ' ' ? 1 : group_space_length(lower, i);
        if (space == 0) {
            pending_currency = {};
        }
        i += std::max<std::size_t>(space, 1);
    }
}

} // namespace goalpost::detail
