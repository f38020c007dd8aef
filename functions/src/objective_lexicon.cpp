#include "objective_lexicon.hpp"

#include "text.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <string>

namespace goalpost::detail {

namespace {

bool is_digits(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

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

// One language's glosses, grouped by first word ("#" and "#%" for numbers), longest first and
// in the table's order among equals.
std::vector<SplitGloss> split_glosses(const LanguageTables& tables) {
    std::vector<SplitGloss> result;
    for (const auto& [glosses, verb] : {std::pair{tables.glosses, false}, std::pair{tables.verbs, true}}) {
        for (const Gloss& gloss : glosses) {
            result.push_back({classify_words(gloss.words), classify_words(gloss.canonical), verb});
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const SplitGloss& a, const SplitGloss& b) {
        if (a.words.front().word != b.words.front().word) {
            return a.words.front().word < b.words.front().word;
        }
        return a.words.size() > b.words.size();
    });
    return result;
}

// The votes a word casts for each language. A marker word is strong evidence (2 for the
// languages that borrow English words, 1 for English); another word that starts a gloss of a
// language is weaker evidence (1), unless English knows it too ("in", "website", "max").
void add_votes(std::map<std::string_view, Lexeme>& lexemes) {
    const auto vote = [&](std::string_view word, std::size_t language, unsigned char weight) {
        auto& votes = lexemes[word].votes;
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
}

class Lexicon {
public:
    Lexicon() {
        std::map<std::string_view, Lexeme> collected;
        // the vocabulary's words, and their plurals ("leads" finds the phrases of "lead")
        for (const std::string_view word : known_words()) {
            collected[word];
            collected[plurals_.emplace_back(std::string(word) + 's')];
        }
        add_votes(collected);
        for (const LanguageTables* tables : all_languages()) {
            const auto language = static_cast<std::size_t>(tables->language);
            auto& glosses = glosses_[language];
            glosses = split_glosses(*tables);
            for (std::size_t begin = 0; begin < glosses.size();) {
                const std::string_view first = glosses[begin].words.front().word;
                std::size_t end = begin;
                while (end < glosses.size() && glosses[end].words.front().word == first) {
                    ++end;
                }
                collected[first].glosses[language] = std::span(glosses).subspan(begin, end - begin);
                begin = end;
            }
            // every word of a gloss is known, so that a token matches it by its lexeme
            for (const SplitGloss& gloss : glosses) {
                for (const auto* words : {&gloss.words, &gloss.canonical}) {
                    for (const GlossWord& word : *words) {
                        if (word.kind == GlossWord::Kind::word) {
                            collected[word.word];
                        }
                    }
                }
            }
        }
        std::vector<std::pair<std::string_view, const Lexeme*>> entries;
        lexemes_.reserve(collected.size()); // the entries point into it
        for (auto& [word, lexeme] : collected) {
            lexeme.facts = facts_of(word);
            entries.emplace_back(word, &lexemes_.emplace_back(lexeme));
        }
        index_ = WordMap<const Lexeme*>(entries);
        for (auto& glosses : glosses_) {
            for (SplitGloss& gloss : glosses) {
                for (auto* words : {&gloss.words, &gloss.canonical}) {
                    for (GlossWord& word : *words) {
                        word.lexeme = word.kind == GlossWord::Kind::word ? find(word.word) : nullptr;
                    }
                }
            }
        }
    }

    const WordMap<const Lexeme*>& index() const { return index_; }

    const Lexeme* find(std::string_view word) const {
        const Lexeme* const* found = index_.find(word);
        return found == nullptr ? nullptr : *found;
    }

private:
    std::deque<std::string> plurals_; // the words of the plural entries; a deque never moves them
    std::array<std::vector<SplitGloss>, language_count> glosses_;
    std::vector<Lexeme> lexemes_;
    WordMap<const Lexeme*> index_{{}};
};

const Lexicon& lexicon() {
    static const Lexicon built; // thread-safe, built once
    return built;
}

} // namespace

const Lexeme* lexeme_of(std::string_view word) { return lexicon().find(word); }

const WordMap<const Lexeme*>& lexeme_index() { return lexicon().index(); }

std::span<const SplitGloss> number_glosses(Language language, bool percentage) {
    static const std::array<const Lexeme*, 2> numbers{lexeme_of("#"), lexeme_of("#%")};
    const Lexeme* lexeme = numbers[percentage ? 1 : 0];
    return lexeme == nullptr ? std::span<const SplitGloss>() : lexeme->glosses[static_cast<std::size_t>(language)];
}

} // namespace goalpost::detail
