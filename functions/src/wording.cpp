#include "wording.hpp"

#include "currency.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace goalpost::detail {

namespace {

// Thousands separated by commas, as the English objectives write them: 120,000.
std::string grouped(std::string_view digits) {
    const std::size_t sign = !digits.empty() && digits.front() == '-' ? 1 : 0;
    const std::size_t point = std::min(digits.find('.'), digits.size());
    std::string text(digits.substr(0, sign));
    text.reserve(digits.size() + digits.size() / 3);
    for (std::size_t i = sign; i < digits.size(); ++i) {
        if (i > sign && i < point && (point - i) % 3 == 0) {
            text += ',';
        }
        text += digits[i];
    }
    return text;
}

} // namespace

std::string fill_in(std::string_view text, std::initializer_list<std::string_view> fields) {
    std::string result;
    result.reserve(text.size() + 32);
    std::size_t from = 0;
    // whole runs of words between the fields, one append each
    for (std::size_t brace = text.find('{'); brace != std::string_view::npos;
         brace = text.find('{', brace + 1)) {
        const bool is_field = brace + 2 < text.size() && text[brace + 2] == '}' &&
                              text[brace + 1] >= '0' && text[brace + 1] <= '9';
        const auto field = is_field ? static_cast<std::size_t>(text[brace + 1] - '0') : fields.size();
        if (field < fields.size()) {
            result.append(text.substr(from, brace - from));
            result.append(*(fields.begin() + field));
            from = brace + 3;
            brace += 2;
        }
    }
    result.append(text.substr(from));
    return result;
}

std::string exact_text(double value) {
    if (std::isnan(value)) {
        return "not a number";
    }
    if (std::isinf(value)) {
        return value > 0 ? "beyond the largest number" : "beyond the smallest number";
    }
    return fmt::format(FMT_COMPILE("{:g}"), value);
}

std::string number_text(double value) {
    if (!(std::fabs(value) < 1e15)) { // too long to group, or not a number a cell could hold
        return exact_text(value);
    }
    const bool whole = std::fabs(value - std::round(value)) < 1e-9;
    return grouped(whole ? fmt::format(FMT_COMPILE("{:.0f}"), value)
                         : fmt::format(FMT_COMPILE("{:.2f}"), value));
}

std::string percent_text(double fraction) {
    const double percent = fraction * 100.0;
    if (!(std::fabs(percent) < 1e15)) {
        return exact_text(fraction) + " (as a fraction)";
    }
    const double tenths = std::round(percent * 10.0) / 10.0;
    const bool whole = std::fabs(tenths - std::round(tenths)) < 1e-9;
    return std::fabs(percent) < 10.0 && !whole ? fmt::format(FMT_COMPILE("{:.1f}%"), percent)
                                               : fmt::format(FMT_COMPILE("{:.0f}%"), percent);
}

std::string money_text(double value, std::string_view currency_code) {
    const double size = std::fabs(value);
    const std::string amount =
        size < 1e15 ? grouped(fmt::format(FMT_COMPILE("{:.2f}"), size)) : exact_text(size);
    const std::string sign = value < 0.0 ? "-" : "";
    if (const Currency* currency = currency_of_code(currency_code)) {
        return sign + std::string(currency->symbol) + amount; // -$200.00, not $-200.00
    }
    return sign + (currency_code.empty() || currency_code == "count"
                       ? amount
                       : amount + " " + std::string(currency_code));
}

namespace {

// An English-written number in the separators of `language`.
std::string localized(std::string_view english, Language language) {
    if (language == Language::english) {
        return std::string(english);
    }
    std::string text;
    text.reserve(english.size() + 8);
    for (const char c : english) {
        if (c == ',') {
            text += language == Language::french ? "\xE2\x80\xAF" : ".";
        } else if (c == '.') {
            text += ',';
        } else if (c == '%') {
            text += "\xC2\xA0%";
        } else {
            text += c;
        }
    }
    return text;
}

} // namespace

std::string number_text(double value, Language language) {
    return language == Language::english ? number_text(value) : localized(number_text(value), language);
}

std::string percent_text(double fraction, Language language) {
    return language == Language::english ? percent_text(fraction)
                                         : localized(percent_text(fraction), language);
}

std::string money_text(double value, std::string_view currency_code, Language language) {
    if (language == Language::english) {
        return money_text(value, currency_code);
    }
    const Currency* currency = currency_of_code(currency_code);
    if (currency == nullptr) {
        return localized(money_text(value, currency_code), language);
    }
    const std::string amount = localized(money_text(value, ""), language);
    return currency->code == "CHF" ? "CHF\xC2\xA0" + amount
                                   : amount + "\xC2\xA0" + std::string(currency->symbol);
}

} // namespace goalpost::detail
