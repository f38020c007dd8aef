#include "objective_language.hpp"

#include "objective_vocabulary.hpp"
#include "text.hpp"
#include "word_map.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <limits>
#include <map>

namespace goalpost::detail {

namespace {

bool is_digits(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The votes each word casts for each language. A marker word is strong evidence (2 for the
// languages that borrow English words, 1 for English); another word that starts a gloss of a
// language is weaker evidence (1), unless English knows it too ("in", "website", "max").
using Votes = std::array<unsigned char, 4>;
const WordMap<Votes>& vote_index() {
    static const WordMap<Votes> index = [] {
        std::map<std::string_view, Votes> collected;
        const auto vote = [&](std::string_view word, std::size_t language, unsigned char weight) {
            Votes& votes = collected[word];
            votes[language] = std::max(votes[language], weight);
        };
        const auto english_knows = [](std::string_view word) {
            const auto& markers = english_tables().markers;
            const bool plural = word.size() > 2 && word.back() == 's';
            return starts_phrase(word) || (plural && starts_phrase(word.substr(0, word.size() - 1))) ||
                   std::find(markers.begin(), markers.end(), word) != markers.end();
        };
        for (const LanguageTables* tables : all_languages()) {
            const auto language = static_cast<std::size_t>(tables->language);
            const unsigned char marker_weight = tables->language == Language::english ? 1 : 2;
            for (const std::string_view marker : tables->markers) {
                vote(marker, language, marker_weight);
            }
            for (const auto glosses : {tables->glosses, tables->verbs}) {
                for (const Gloss& gloss : glosses) {
                    const std::string_view first = gloss.words.substr(0, gloss.words.find(' '));
                    if (first.size() < 2 || first.front() == '#' || is_digits(first) ||
                        english_knows(first)) {
                        continue;
                    }
                    vote(first, language, 1);
                }
            }
        }
        return WordMap<Votes>({collected.begin(), collected.end()});
    }();
    return index;
}

// A gloss split into words, and whether it is a verb that may close a statement or an opener
// that stays in front of it.
// One word of a gloss, classified once when the tables are indexed: a word, "#" any number,
// "#%" a percentage, "#." a German ordinal ("3. Quartal"), or a number written in digits ("10").
struct GlossWord {
    enum class Kind : unsigned char { word, any_number, percentage, ordinal, value };
    Kind kind = Kind::word;
    std::string_view word;
    double value = 0.0;
};

GlossWord classify(std::string_view word) {
    if (word == "#") {
        return {GlossWord::Kind::any_number, word};
    }
    if (word == "#%") {
        return {GlossWord::Kind::percentage, word};
    }
    if (word == "#.") {
        return {GlossWord::Kind::ordinal, word};
    }
    if (is_digits(word)) {
        return {GlossWord::Kind::value, word, std::stod(std::string(word))};
    }
    return {GlossWord::Kind::word, word};
}

std::vector<GlossWord> classify_words(std::string_view words) {
    std::vector<GlossWord> result;
    for (const std::string_view word : split_words(words)) {
        result.push_back(classify(word));
    }
    return result;
}

struct SplitGloss {
    std::vector<GlossWord> words;
    std::vector<GlossWord> canonical;
    bool verb = false;
};

// One language's glosses by their first word, longest first.
class GlossIndex {
public:
    explicit GlossIndex(const LanguageTables& tables) : by_first_word_(build(tables)) {}

    // The glosses starting with `word`, longest first.
    std::span<const SplitGloss> candidates(std::string_view word) const {
        const auto* range = by_first_word_.find(word);
        return range == nullptr ? std::span<const SplitGloss>()
                                : std::span(glosses_).subspan(range->first, range->second - range->first);
    }

private:
    WordMap<std::pair<std::size_t, std::size_t>> build(const LanguageTables& tables) {
        for (const auto& [glosses, verb] : {std::pair{tables.glosses, false}, std::pair{tables.verbs, true}}) {
            for (const Gloss& gloss : glosses) {
                glosses_.push_back({classify_words(gloss.words), classify_words(gloss.canonical), verb});
            }
        }
        // grouped by first word, longest first, the table's order kept among equals
        std::stable_sort(glosses_.begin(), glosses_.end(), [](const SplitGloss& a, const SplitGloss& b) {
            if (a.words.front().word != b.words.front().word) {
                return a.words.front().word < b.words.front().word;
            }
            return a.words.size() > b.words.size();
        });
        std::vector<std::pair<std::string_view, std::pair<std::size_t, std::size_t>>> ranges;
        for (std::size_t i = 0; i < glosses_.size(); ++i) {
            if (ranges.empty() || ranges.back().first != glosses_[i].words.front().word) {
                ranges.push_back({glosses_[i].words.front().word, {i, i}});
            }
            ranges.back().second.second = i + 1;
        }
        return WordMap<std::pair<std::size_t, std::size_t>>(ranges);
    }

    std::vector<SplitGloss> glosses_;
    WordMap<std::pair<std::size_t, std::size_t>> by_first_word_;
};

const GlossIndex& gloss_index(Language language) {
    static const std::array<GlossIndex, 4> indexes{
        GlossIndex(english_tables()), GlossIndex(german_tables()), GlossIndex(french_tables()),
        GlossIndex(spanish_tables())};
    return indexes[static_cast<std::size_t>(language)];
}

bool word_matches_token(const GlossWord& word, const Token& token, std::string_view lower) {
    switch (word.kind) {
    case GlossWord::Kind::word: return !token.is_number && token.word == word.word;
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
    const GlossIndex& index = gloss_index(tables.language);
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
        const std::string_view key = tokens[i].is_number ? (tokens[i].percent ? "#%" : "#") : tokens[i].word;
        for (const SplitGloss& candidate : index.candidates(key)) {
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
    static const std::array<const LanguageTables*, 4> languages{
        &english_tables(), &german_tables(), &french_tables(), &spanish_tables()};
    return languages;
}

const LanguageTables& tables_of(Language language) {
    return *all_languages()[static_cast<std::size_t>(language)];
}

Language detect_language(std::span<const Token> tokens) {
    std::array<int, 4> votes{};
    const auto& index = vote_index();
    for (const Token& token : tokens) {
        if (token.is_number) {
            continue;
        }
        if (const Votes* word_votes = index.find(token.word)) {
            for (std::size_t language = 0; language < votes.size(); ++language) {
                votes[language] += (*word_votes)[language];
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
    const Language language = detect_language(tokens);
    const LanguageTables& tables = tables_of(language);
    resolve_numbers(tokens, tables);
    if (!tables.glosses.empty() || !tables.verbs.empty()) {
        gloss(tokens, tables, storage);
    }
    merge_number_words(tokens, storage);
    attach_phrases(tokens);
    return language;
}

Words read_words(std::string_view text, std::string& storage) {
    Words words;
    words.language = read_words(text, storage, words.tokens);
    return words;
}

} // namespace goalpost::detail
