// Everything the reader knows of one written word, found with one look-up per token: the votes it
// casts for a language, the glosses of each language that start with it, and its phrases and
// roles in the vocabulary. Built once from the language tables and the vocabulary; before it,
// each of those was a look-up of its own for every token.
#pragma once

#include "objective_language.hpp"
#include "objective_vocabulary.hpp"
#include "word_map.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace goalpost::detail {

struct Lexeme;

// One word of a gloss, classified once: a word, "#" any number, "#%" a percentage, "#." a
// German ordinal ("3. Quartal"), or a number written in digits ("10").
struct GlossWord {
    enum class Kind : unsigned char { word, any_number, percentage, ordinal, value };
    Kind kind = Kind::word;
    std::string_view word;
    double value = 0.0;
    const Lexeme* lexeme = nullptr; // of a word: never null, so tokens compare by lexeme
};

// A gloss split into words, and whether it is a verb that may close a statement.
struct SplitGloss {
    std::vector<GlossWord> words;
    std::vector<GlossWord> canonical;
    bool verb = false;
};

struct Lexeme {
    std::array<unsigned char, language_count> votes{}; // per language (detect_language)
    // Per language, the glosses that start with this word, longest first.
    std::array<std::span<const SplitGloss>, language_count> glosses{};
    // The vocabulary's phrases starting with the word and with its singular, its roles, and its
    // value as a number word or the currency it names.
    WordFacts facts;
};

// What is known of `word`, or nullptr for a word that no table names.
const Lexeme* lexeme_of(std::string_view word);
// The lexicon by word, for the loop that looks up every token (it is compiled for speed, the
// lexicon's building for size).
const WordMap<const Lexeme*>& lexeme_index();

// The glosses of `language` that start with a number, or with a percentage.
std::span<const SplitGloss> number_glosses(Language language, bool percentage);

} // namespace goalpost::detail
