// The reader's numbers that are names: "adults aged 25-44", "top 100 accounts", "24/7".
#include "objective_reader.hpp"

namespace goalpost::detail {

// ---- numbers that are names ---------------------------------------------------------------------

bool ObjectiveReader::glued_by(std::size_t i, char separator) const {
    return i + 1 < size() && tokens_[i].end + 1 == tokens_[i + 1].begin &&
           storage_[tokens_[i].end] == separator;
}

bool ObjectiveReader::joined_by(std::size_t i, char separator) const {
    return glued_by(i, separator) && tokens_[i + 1].is_number;
}

void ObjectiveReader::read_numbers_in_names() {
    if (std::none_of(tokens_.begin(), tokens_.end(), [](const Token& t) { return t.is_number; })) {
        return;
    }
    for (std::size_t i = 0; i < size(); ++i) {
        const bool after_name_word = phrase_at(Vocabulary::age_word, i) && free_number_at(i + 1);
        const bool before_years_old = free_number_at(i) && role_at(i + 1, Role::year) &&
                                      role_at(i + 2, Role::years_old);
        const bool around_the_clock = free_number_at(i) && joined_by(i, '/') &&
                                      tokens_[i + 1].number == 7 && !joined_by(i + 1, '/');
        if (!after_name_word && !before_years_old && !around_the_clock) {
            continue;
        }
        std::size_t k = after_name_word ? i + 1 : i;
        use(k, 1);
        // "top 100 accounts": a list of named accounts is a segment
        if (after_name_word && role_at(i, Role::top) && k + 1 < size() && !tokens_[k + 1].is_number &&
            tokens_[k + 1].word.ends_with("s")) {
            objective_.segment = words_of(i, k + 2 - i);
            use(k + 1, 1);
        }
        if (joined_by(k, '-') || joined_by(k, '/')) {
            use(k + 1, 1);
        } else if (role_at(k + 1, Role::to) && free_number_at(k + 2)) {
            use(k + 1, 2);
        }
    }
    // "no visit in 90+ days": a threshold of a definition, neither a deadline nor a target.
    for (std::size_t i = 0; i + 1 < size(); ++i) {
        if (free_number_at(i) && plus_after(i) && phrase_at(Vocabulary::time_unit, i + 1)) {
            use(i, 2);
        }
    }
    // "12-month retention", "5-star reviews", "a 3-step nurture": a number joined by a hyphen
    // to the word after it qualifies that word; a length that does is no deadline either.
    for (std::size_t i = 0; i + 1 < size(); ++i) {
        if (free_number_at(i) && !tokens_[i + 1].is_number && glued_by(i, '-')) {
            use(i, phrase_at(Vocabulary::time_unit, i + 1) ? 2 : 1);
        }
    }
    // "18-24 year olds": the first number of the range too.
    for (std::size_t i = 0; i + 1 < size(); ++i) {
        if (free_number_at(i) && joined_by(i, '-') && used_[i + 1] && role_at(i + 2, Role::year)) {
            use(i, 1);
        }
    }
}

} // namespace goalpost::detail
