// The languages of an objective: each is a set of tables (language_*.cpp), and read_words
// turns any of them into the tokens the reader and the statement classifier understand. Adding a
// language is adding its tables (docs/languages.md); the grammar does not change.
#pragma once

#include "goalpost/objective.hpp"
#include "objective_tokens.hpp"
#include "packed_texts.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace goalpost::detail {

// A phrase of the language and the reader's canonical words for it. '#' in both stands for a
// number, kept as written: "um # %" -> "by #" reads "um 20 %" as "by 20%". An empty canonical
// drops the phrase (articles).
struct Gloss {
    std::string_view words;     // lower case, space-separated
    std::string_view canonical; // lower case, space-separated; may be empty
};

// A language's glosses as the library keeps them: packed (packed_texts.hpp).
using GlossTable = PairTable<Gloss>;

// What SMARTGAPS says, in the order of each language's `hints` table. Fields for fmt: {0} the
// metric as written, a multiplier, a growth rate or a period; {1} the achievable growth rate.
enum class Hint : unsigned char {
    no_metric, no_place, ambiguous_number, no_number, not_measurable, extreme_multiplier,
    rate_of_100_percent, cut_too_fast, growth_too_fast, needs_baseline, baseline_meets_target,
    no_outcome, activity_only, ambiguous_date, rate_without_end, no_deadline, count,
};

// What OBJECTIVECHECK's reasons are made of, in the order of each language's `check_reasons`
// table; fields for fmt are numbered as each entry's English text uses them.
enum class Reason : unsigned char {
    too_early_of, too_early, total_progress_rate, total_progress, total_achieved, pace_whole,
    pace, ended, chance, flow_progress, flow_progress_start, flow_achieved, flow_ended_below,
    flow_ended_above, level_against, met, not_met_give_baseline, level_progress, cap_against,
    floor_against, held_so_far, held_to_end, above_it_early, below_it_early, broken, not_held,
    flow_keep_early, per_on_average, cost_none_yet, cost_above, cost_within, nothing_to_convert,
    conversion_below, conversion_above, conversion_unclear, impossible_share, needs_baseline,
    points, unscheduled_event, needs_start_date, no_metric, zero_actual, cut_everything,
    ambiguous_number, no_number, zero_target, count_down_needs_baseline, achieved_no_frame,
    ambiguous_date, no_deadline, deadline_before_start, day_of_frame, day_only, so_far,
    starts_today, count,
};

struct LanguageTables {
    Language language;
    // Small words only this language writes ("und", "pour", "para"): they tell the language.
    TextTable markers;
    // Phrases: metrics, channels, time words, verbs, comparators, named periods, number words.
    GlossTable glosses;
    // Verbs that may close a statement ("30 Leads generieren"): moved to its front when they do.
    GlossTable verbs;
    // The answers: SMARTGAPS hints (Hint order) and the periods a hint names ("per month").
    TextTable hints;
    TextTable period_names; // day, week, month, quarter, year
    TextTable check_reasons; // OBJECTIVECHECK's reasons (Reason order)
    bool thousands_dot = false; // "1.500" is 1500 and "1,5" 1.5; "1,500" is ambiguous
    bool day_first = false;     // "03/04/2026" is 3 April
    bool verb_last = false;     // the infinitive closes a statement
};

inline constexpr std::size_t language_count = 4; // the values of Language

// Every language's tables; English is first and has no glosses (its words are canonical).
std::span<const LanguageTables* const> all_languages();
const LanguageTables& english_tables();
const LanguageTables& german_tables();
const LanguageTables& french_tables();
const LanguageTables& spanish_tables();
const LanguageTables& tables_of(Language language);

// The language with the most marker words among `tokens`; English when none has any.
Language detect_language(std::span<const Token> tokens);

// Tokens in the reader's canonical words, with number words merged and phrases attached.
struct Words {
    std::vector<Token> tokens;
    Language language = Language::english;
};
Words read_words(std::string_view text, std::string& storage);
// The same into `tokens` (capacity kept between calls); returns the language.
Language read_words(std::string_view text, std::string& storage, std::vector<Token>& tokens);

} // namespace goalpost::detail
