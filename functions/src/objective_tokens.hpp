// Tokens of an objective: lower-cased ASCII words and numbers with their decorations. Anything
// that is not an ASCII letter, digit or one of the recognised symbols separates tokens, so any
// byte sequence (emoji, right-to-left scripts, control characters) tokenizes safely.
#pragma once

#include "currency.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace goalpost::detail {

struct Lexeme; // what the tables know of a word (objective_lexicon.hpp)

struct Token {
    std::string_view word;     // lower case; empty for numbers
    double number = 0.0;
    // "1.500" (ambiguous): 1500, its reading where a dot groups thousands; the objective's
    // language chooses (read_words). Kept in place of the number a tokenizer cannot choose.
    double grouped_reading = 0.0;
    // Byte offsets in the text (tokenize reads at most 4 GiB of it, far beyond a cell's text).
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    // What the tables know of the word, looked up once per token (read_words): its phrases,
    // roles, glosses and language votes. Null for a number and for a word no table names.
    const Lexeme* lexeme = nullptr;
    // The grammar roles of the word (one bit per Role), copied from its lexeme because the
    // reader asks for them most; 0 for a number.
    std::uint64_t roles = 0;
    CurrencyCode currency;     // none, or the ISO code of the amount
    // One bit each, so that a token fills one cache line: the reader asks about tokens often.
    bool is_number : 1 = false;
    bool from_digits : 1 = false; // written with digits (not a number word)
    bool percent : 1 = false;     // "25%", "25 percent"
    bool ordinal : 1 = false;     // "30th"
    bool multiplier : 1 = false;  // "10x"
    bool points : 1 = false;      // "3 percentage points", "3pp": an absolute change of a percentage
    bool ratio : 1 = false;       // "4:1" (number is 4)
    bool ambiguous : 1 = false;   // "1.500": 1.5 or 1,500; number is NaN, so no rule reads it
    bool comma_group : 1 = false; // "1,500": a thousands comma in English, a decimal one elsewhere
    bool grouped : 1 = false;     // written with a thousands separator ("2,000": never a year)
};
static_assert(sizeof(Token) <= 64, "a token fills at most one cache line");

// Splits `text` into tokens; `storage` keeps the lower-cased text the words point into. Knows
// no language: letters (ASCII and the accented Latin ones), numbers in every local format,
// currencies. Words become phrases in read_words (objective_language.hpp).
std::vector<Token> tokenize(std::string_view text, std::string& storage);
// The same into `tokens`, which keeps its capacity between calls.
void tokenize(std::string_view text, std::string& storage, std::vector<Token>& tokens);

// True for a number token that reads as a calendar year (2000-2100, digits, no decoration).
bool is_year(const Token& token);

} // namespace goalpost::detail
