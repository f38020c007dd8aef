// Tokens of an objective: lower-cased ASCII words and numbers with their decorations. Anything
// that is not an ASCII letter, digit or one of the recognised symbols separates tokens, so any
// byte sequence (emoji, right-to-left scripts, control characters) tokenizes safely.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace goalpost::detail {

struct Lexeme; // what the tables know of a word (objective_lexicon.hpp)

struct Token {
    std::string_view word;     // lower case; empty for numbers
    double number = 0.0;
    bool is_number = false;
    bool from_digits = false;  // written with digits (not a number word)
    bool percent = false;      // "25%", "25 percent"
    bool ordinal = false;      // "30th"
    bool multiplier = false;   // "10x"
    bool points = false;       // "3 percentage points", "3pp": an absolute change of a percentage
    bool ratio = false;        // "4:1" (number is 4)
    bool ambiguous = false;    // "1.500": 1.5 or 1,500; number is NaN, so no rule reads it
    // "1.500" (ambiguous): 1500, its reading where a dot groups thousands; the objective's
    // language chooses (read_words). Kept in place of the number a tokenizer cannot choose.
    double grouped_reading = 0.0;
    bool comma_group = false;  // "1,500": a thousands comma in English, a decimal one elsewhere
    bool grouped = false;      // written with a thousands separator ("2,000": never a year)
    std::size_t begin = 0;     // byte offsets in the text
    std::size_t end = 0;
    // The vocabulary phrases starting with this word and with its singular ("sales" -> "sale"),
    // looked up once per token so that each grammar question is a short scan, not a hash.
    const void* phrases = nullptr;
    const void* singular_phrases = nullptr;
    std::string_view currency; // ISO code, empty when none
    std::uint64_t roles = 0;   // the grammar roles of the word, one bit per Role
    const Lexeme* lexeme = nullptr; // of a word the tables name, looked up once (read_words)
};

// Splits `text` into tokens; `storage` keeps the lower-cased text the words point into. Knows
// no language: letters (ASCII and the accented Latin ones), numbers in every local format,
// currencies. Words become phrases in read_words (objective_language.hpp).
std::vector<Token> tokenize(std::string_view text, std::string& storage);
// The same into `tokens`, which keeps its capacity between calls.
void tokenize(std::string_view text, std::string& storage, std::vector<Token>& tokens);

// True for a number token that reads as a calendar year (2000-2100, digits, no decoration).
bool is_year(const Token& token);

} // namespace goalpost::detail
