// The currencies the reader knows, in one table: the symbol written before or after an amount,
// the words that name it, and how a reason writes an amount in it.
#pragma once

#include <array>
#include <string_view>

namespace goalpost::detail {

struct Currency {
    std::string_view code;   // ISO 4217
    std::string_view symbol; // UTF-8
    std::array<std::string_view, 3> words; // lower case: the code, the singular, the plural
};

// The Swiss franc has no symbol of its own: its code is written ("2.000 CHF", "CHF 250"), and
// its "symbol" is that code, which no lower-cased text matches.
inline constexpr std::array<Currency, 4> currencies{{
    {"USD", "$", {"usd", "dollar", "dollars"}},
    {"EUR", "\xE2\x82\xAC", {"eur", "euro", "euros"}},
    {"GBP", "\xC2\xA3", {"gbp", "pound", "pounds"}},
    {"CHF", "CHF\xC2\xA0", {"chf", "franc", "francs"}},
}};

// A token's currency in one byte (a token is read many times and kept small): an ISO code of
// `currencies`, or none.
class CurrencyCode {
public:
    CurrencyCode() = default;
    // `code` is empty or the code of one of `currencies`.
    CurrencyCode(std::string_view code) { // NOLINT(google-explicit-constructor): a code as written
        for (std::size_t i = 0; i < currencies.size(); ++i) {
            if (currencies[i].code == code) {
                index_ = static_cast<unsigned char>(i + 1);
            }
        }
    }
    [[nodiscard]] bool empty() const { return index_ == 0; }
    operator std::string_view() const { // NOLINT(google-explicit-constructor)
        return index_ == 0 ? std::string_view() : currencies[index_ - 1u].code;
    }

private:
    unsigned char index_ = 0; // 0: none, else 1 + the index in `currencies`
};

// The currency whose symbol starts text[at], or none.
inline const Currency* currency_symbol_at(std::string_view text, std::size_t at) {
    for (const Currency& currency : currencies) {
        if (text.substr(at, currency.symbol.size()) == currency.symbol) {
            return &currency;
        }
    }
    return nullptr;
}

// The currency a lower-case word names ("eur", "pounds"), or none.
inline const Currency* currency_named(std::string_view word) {
    for (const Currency& currency : currencies) {
        for (std::string_view name : currency.words) {
            if (word == name) {
                return &currency;
            }
        }
    }
    return nullptr;
}

inline const Currency* currency_of_code(std::string_view code) {
    for (const Currency& currency : currencies) {
        if (currency.code == code) {
            return &currency;
        }
    }
    return nullptr;
}

} // namespace goalpost::detail
