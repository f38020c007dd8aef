// The English vocabularies of the objective parser, as data: metric names and tiers, channels,
// time words, number words, verbs and segments. The grammar (objective_reader*.cpp) only asks
// "which phrase starts at this token?", so another language is another set of tables.
#pragma once

#include "goalpost/objective.hpp"
#include "objective_tokens.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace goalpost::detail {

// A phrase of one or more lower-case words and what it stands for.
struct Phrase {
    std::string_view words; // space-separated
    int value;
};

// The named periods a time frame can end with (Vocabulary::named_period).
enum class NamedPeriod : int {
    black_friday, cyber_monday, christmas, holiday_season, unscheduled_event, valentines_day,
    halloween, singles_day, boxing_day,
    end_of_quarter, end_of_month, end_of_year, fiscal_year,
};

// A phrase found in the tokens: its value and how many tokens it spans.
struct PhraseMatch {
    int value;
    std::size_t length;
};

enum class Vocabulary : unsigned char {
    metric,        // value: index into metric_names()
    channel,       // value: index into channel_names()
    time_unit,     // value: Period
    month,         // value: 1-12
    increase_verb, // value: unused
    decrease_verb,
    reach_verb,
    keep_verb,     // "keep", "stay", "maintain": keep below with a comparator
    below_word,    // "under", "below", "less than", "at most", "max"
    cost_metric,   // value: CostMetric
    region,        // value: unused; the segment is the words as written
    segment_word,
    product_word,
    multiplier_word, // value: the multiplier ("double" 2, "tenfold" 10)
    activity_verb,   // "launch", "post", "run": work done, the mark of a tactic
    tracking_verb,   // "track", "monitor": how success indicators are phrased
    focus_verb,      // "diversify", "become", "establish": how objectives are phrased
    above_word,      // "above", "at least", "no less than": the floor of a keep
    named_period,    // value: NamedPeriod ("Black Friday", "holiday season", "EOQ")
    outcome_verb,    // activity verbs that also state an outcome: "add 25 logos by Q2"
    wish_opener,     // "we want", "we need": a wish, the mark of an objective
    age_word,        // "aged", "ages": the numbers after it name an audience
    count,
};

// The longest phrase of `vocabulary` starting at tokens[at]. A token also matches a phrase word
// followed by "s" (plurals), so tables list singular forms.
std::optional<PhraseMatch> match_phrase(Vocabulary vocabulary, std::span<const Token> tokens,
                                        std::size_t at);

// What is known of a metric beyond its name (docs/smart-rubric.md, "Metric tiers").
enum MetricTrait : unsigned char {
    no_trait = 0,
    company_wide = 1,    // specific without a channel: MRR, churn, NRR
    brand_health = 2,    // salience measured among an audience: aided awareness, share of search
    lower_is_better = 4, // costs, churn, payback
};

struct MetricName {
    std::string_view name;
    Tier tier;
    MetricKind kind = MetricKind::count;
    unsigned char traits = no_trait;
};
std::span<const MetricName> metric_names();
std::span<const std::string_view> channel_names();

// The longest phrase of every vocabulary starting at tokens[at], in one scan of its buckets,
// packed small (length 0: none) because the parser keeps one set per token.
struct PackedMatch {
    std::int16_t value = 0;
    std::uint8_t length = 0;
};
using PhraseMatches = std::array<PackedMatch, static_cast<std::size_t>(Vocabulary::count)>;
void match_all_phrases(std::span<const Token> tokens, std::size_t at, PhraseMatches& matches);

// Whether some phrase of the English vocabulary starts with `word`.
bool starts_phrase(std::string_view word);

// Fills each word token's phrase buckets (Token::phrases); tokenize() calls it.
void attach_phrases(std::vector<Token>& tokens);

// Turns number words ("three", "a dozen", "twenty five") into number tokens, and folds
// "percent", currency words and "thousand"/"million" into the number before them.
void merge_number_words(std::vector<Token>& tokens, std::string_view text);

} // namespace goalpost::detail
