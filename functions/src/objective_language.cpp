#include "objective_language.hpp"

#include "objective_lexicon.hpp"
#include "objective_vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace goalpost::detail {

namespace {

bool word_matches_token(const GlossWord& word, const Token& token, std::string_view lower) {
    switch (word.kind) {
    case GlossWord::Kind::word: return token.lexeme == word.lexeme; // a word: never null
    case GlossWord::Kind::any_number: return token.is_number;
    case GlossWord::Kind::percentage: return token.is_number && token.percent;
    case GlossWord::Kind::ordinal:
        return token.is_number && token.end < lower.size() && lower[token.end] == '.' &&
               (token.end + 1 == lower.size() || lower[token.end + 1] == ' ');
    case GlossWord::Kind::value:
        return token.is_number && token.from_digits && token.number == word.value;
    }
    return false;
}

bool matches(const SplitGloss& gloss, std::span<const Token> tokens, std::size_t at,
             std::string_view lower) {
    if (at + gloss.words.size() > tokens.size()) {
        return false;
    }
    for (std::size_t k = 0; k < gloss.words.size(); ++k) {
        if (!word_matches_token(gloss.words[k], tokens[at + k], lower)) {
            return false;
        }
    }
    return true;
}

// What the tables know of each word, looked up once: every later step reads it off the token.
void look_up_words(std::span<Token> tokens) {
    const WordMap<const Lexeme*>& index = lexeme_index();
    for (Token& token : tokens) {
        const Lexeme* const* found = token.is_number ? nullptr : index.find(token.word);
        token.lexeme = found == nullptr ? nullptr : *found;
        token.roles = token.lexeme == nullptr ? 0 : token.lexeme->facts.roles;
    }
}

// "1.500" and "1,500" as the language writes them; what stays ambiguous keeps a NaN.
void resolve_numbers(std::vector<Token>& tokens, const LanguageTables& tables) {
    for (Token& token : tokens) {
        if (token.ambiguous && tables.thousands_dot) {
            token.number = token.grouped_reading;
            token.ambiguous = false;
            token.grouped = true;
        } else if (token.comma_group && tables.thousands_dot) {
            token.number = std::numeric_limits<double>::quiet_NaN();
            token.ambiguous = true;
        }
    }
}

// Where a clause ends: before a comma, semicolon, colon or full stop between two tokens.
bool clause_break(const std::vector<Token>& tokens, std::size_t i, std::string_view lower) {
    if (i + 1 >= tokens.size() || tokens[i].end >= tokens[i + 1].begin) {
        return i + 1 >= tokens.size();
    }
    const std::string_view between = lower.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end);
    // A comma ends a clause where a number opens the next ("…, 10 % davon …"); elsewhere it
    // lists names ("in Zürich, Wien und München").
    return between.find_first_of(";:") != std::string_view::npos ||
           (between.find(',') != std::string_view::npos && tokens[i + 1].is_number) ||
           (between.find('.') != std::string_view::npos && !tokens[i].is_number);
}

// Buffers of gloss, kept per thread so that a reading allocates nothing once they have grown.
struct GlossScratch {
    std::vector<Token> result;
    std::vector<unsigned char> verb;
    std::vector<unsigned char> closes;
};

// "30 Leads pro Monat über LinkedIn generieren" reads "generate 30 leads per month via ...":
// per token, `verb` marks a verb gloss and `closes` the last token of a clause.
void move_closing_verbs(std::vector<Token>& result, const std::vector<unsigned char>& verb,
                        const std::vector<unsigned char>& closes) {
    std::size_t clause = 0;
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (!closes[i]) {
            continue;
        }
        std::size_t verb_begin = i + 1;
        while (verb_begin > clause && verb[verb_begin - 1]) {
            --verb_begin;
        }
        if (verb_begin <= i && verb_begin > clause && !verb[clause]) {
            std::rotate(result.begin() + static_cast<std::ptrdiff_t>(clause),
                        result.begin() + static_cast<std::ptrdiff_t>(verb_begin),
                        result.begin() + static_cast<std::ptrdiff_t>(i + 1));
        }
        clause = i + 1;
    }
}

// The tokens in canonical words, in place; a closing verb moves to the front of its clause.
void gloss(std::vector<Token>& tokens, const LanguageTables& tables, std::string_view lower) {
    thread_local GlossScratch scratch;
    std::vector<Token>& result = scratch.result;
    result.clear();
    // Per result token, for a language whose verbs close a statement: from a verb gloss, and the
    // last of its clause.
    const bool verb_last = tables.verb_last;
    std::vector<unsigned char>& verb = scratch.verb;
    std::vector<unsigned char>& closes = scratch.closes;
    verb.clear();
    closes.clear();
    for (std::size_t i = 0; i < tokens.size();) {
        const SplitGloss* found = nullptr;
        const std::span<const SplitGloss> candidates =
            tokens[i].is_number ? number_glosses(tables.language, tokens[i].percent)
            : tokens[i].lexeme  ? tokens[i].lexeme->glosses[static_cast<std::size_t>(tables.language)]
                                : std::span<const SplitGloss>();
        for (const SplitGloss& candidate : candidates) {
            if (matches(candidate, tokens, i, lower)) {
                found = &candidate; // the longest: candidates come longest first
                break;
            }
        }
        if (found == nullptr) {
            result.push_back(tokens[i]);
            if (verb_last) {
                verb.push_back(0);
                closes.push_back(clause_break(tokens, i, lower) ? 1 : 0);
            }
            ++i;
            continue;
        }
        const std::size_t last = i + found->words.size() - 1;
        std::array<const Token*, 4> numbers{}; // a gloss names at most a few numbers
        std::size_t number_count = 0;
        for (std::size_t k = i; k <= last && number_count < numbers.size(); ++k) {
            if (tokens[k].is_number) {
                numbers[number_count++] = &tokens[k];
            }
        }
        std::size_t next_number = 0;
        for (const GlossWord& word : found->canonical) {
            if (word.kind == GlossWord::Kind::any_number || word.kind == GlossWord::Kind::percentage) {
                if (next_number < number_count) {
                    result.push_back(*numbers[next_number++]);
                }
            } else {
                Token token; // a word, or a number the gloss writes ("ersten Halbjahr" -> "h 1")
                token.is_number = word.kind == GlossWord::Kind::value;
                token.from_digits = token.is_number;
                token.number = word.value;
                token.word = token.is_number ? std::string_view() : word.word;
                token.lexeme = word.lexeme;
                token.roles = word.lexeme == nullptr ? 0 : word.lexeme->facts.roles;
                token.begin = tokens[i].begin;
                token.end = tokens[last].end;
                result.push_back(token);
            }
            if (verb_last) {
                verb.push_back(found->verb ? 1 : 0);
                closes.push_back(0);
            }
        }
        if (verb_last && !closes.empty() && clause_break(tokens, last, lower)) {
            closes.back() = true; // a dropped article leaves the break on the word before it
        }
        i = last + 1;
    }
    if (verb_last) {
        move_closing_verbs(result, verb, closes);
    }
    tokens.swap(result); // both buffers keep their capacity
}

} // namespace

std::span<const LanguageTables* const> all_languages() {
    static const std::array<const LanguageTables*, language_count> languages{
        &english_tables(), &german_tables(), &french_tables(), &spanish_tables()};
    return languages;
}

const LanguageTables& tables_of(Language language) {
    return *all_languages()[static_cast<std::size_t>(language)];
}

Language detect_language(std::span<const Token> tokens) {
    std::array<int, language_count> votes{};
    for (const Token& token : tokens) {
        if (!token.is_number && token.lexeme != nullptr) {
            for (std::size_t language = 0; language < votes.size(); ++language) {
                votes[language] += token.lexeme->votes[language];
            }
        }
    }
    // English wins ties: its marker words are what other languages borrow.
    const auto best = std::max_element(votes.begin(), votes.end());
    return *best == 0 ? Language::english
                      : static_cast<Language>(best - votes.begin());
}

Language read_words(std::string_view text, std::string& storage, std::vector<Token>& tokens) {
    tokenize(text, storage, tokens);
    look_up_words(tokens);
    const Language language = detect_language(tokens);
    const LanguageTables& tables = tables_of(language);
    resolve_numbers(tokens, tables);
    if (!tables.glosses.empty() || !tables.verbs.empty()) {
        gloss(tokens, tables, storage);
    }
    merge_number_words(tokens, storage);
    return language;
}

Words read_words(std::string_view text, std::string& storage) {
    Words words;
    words.language = read_words(text, storage, words.tokens);
    return words;
}

} // namespace goalpost::detail
