// The reader's vocabularies, as data: metric names and tiers, channels, time words, number words,
// verbs, segments, and the small words the grammar asks for by their role. The grammar (objective_reader*.cpp) only asks
// "which phrase starts at this token?", so another language is another set of tables.
#pragma once

#include "goalpost/objective.hpp"
#include "currency.hpp"
#include "objective_tokens.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

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
    rate_adverb,     // value: Period ("monthly", "annually")
    count,
};

// What a small word does in a sentence, as the grammar asks for it: "is there a deadline opener
// here?", never "is this the word 'by'?". A word may have several roles ("in" opens a region, a
// duration and a deadline); the words are in role_words (objective_vocabulary.cpp).
enum class Role : unsigned char {
    indefinite_article, // the indefinite article: "a 45% open rate"
    the_article, // the definite article
    our, // the possessive of the team writing
    determiner, // any article or "our"
    from, // the start of a from-to pair or a source
    to, // the end of a from-to pair or a move to a level
    by, // a change by an amount ("by 25%") or a deadline ("by June")
    of, // "end of", "31st of December"
    at, // a place ("at our Leeds clinic"), "at least", "at most"
    than, // the comparator "more than", "no more than"
    no, // "no more than"
    no_or_at, // before a comparator word: "no more", "at least"
    new_word, // new items of a level ("new followers" are a flow)
    reach_word, // "reach": a verb before a number, else the awareness metric
    half, // "by half", "half year"
    change_noun, // a change named after its percentage: "a 20% increase"
    decrease_noun, // a change downwards named after its percentage
    move_verb, // a move to a level: "drive downloads to 250k"
    region_opener, // a region: "in the UK"
    audience_opener, // an audience: "with construction firms"
    not_a_region, // words after "in" that open no region
    the_or_our, // an article before a name
    among, // an audience: "among SMB customers"
    customer_state, // the kind of customers an audience is
    segment_noun, // a segment named before this word
    exclusion, // a segment by exclusion: "outside machinery"
    stop_word, // small words that end a name
    channel_adjective, // words before a channel
    channel_preposition, // a channel: "from Google Ads"
    letter_x, // X, the channel, which alone is too ambiguous to fall back on
    rate_opener, // a cost per unit: "$20 per lead"
    cost, // "cost per <metric>"
    per, // "cost per"
    conversion_into, // a conversion target: "10% into customers"
    paid_shorthand, // "convert 15% to paid"
    won_state, // the state of converted customers
    year, // "18-24 year olds", "half year"
    years_old, // "year olds"
    top, // "top 100 accounts"
    period_prefix, // a named period's prefix: Q3, H1, FY26
    quarter_or_half_prefix, // Q3, H1
    quarter_prefix, // Q3
    duration_opener, // a duration: "within 90 days"
    next, // "next quarter"
    upcoming, // "the next 6 months"
    this_word, // "this quarter"
    end, // "end of Q4"
    the_or_this, // "end of the year", "end of this quarter"
    deadline_opener, // a deadline: "by 31 March", "in Q3"
    ahead, // "ahead of Black Friday"
    rate_word, // a rate: "30 per month"
    pcm, // per calendar month
    count,
};
static_assert(static_cast<int>(Role::count) <= 64, "Token::roles holds one bit per role");

// The bit of a role in Token::roles.
constexpr std::uint64_t role_bit(Role role) { return std::uint64_t{1} << static_cast<unsigned>(role); }

// A word and one of its roles; a word with several roles is listed once per role.
struct RoleWord {
    std::string_view word;
    Role role;
};
std::span<const RoleWord> role_words();

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
static_assert(std::is_trivially_copyable_v<PhraseMatches>, "cleared with memset (objective_reader.hpp)");
// The same for every token at once, one set per token; `matches` comes empty (all zero): only
// the phrases found are written.
void match_all_phrases(std::span<const Token> tokens, std::span<PhraseMatches> matches);

// Whether some phrase of the English vocabulary starts with `word`.
bool starts_phrase(std::string_view word);

// What the vocabulary knows of a word: its phrase buckets, its roles, its value as a number
// word ("three") and the currency it names ("euros"). Looked up once per token (Lexeme).
struct WordFacts {
    const void* phrases = nullptr;
    const void* singular_phrases = nullptr; // of the word without a plural "s"
    std::uint64_t roles = 0;
    double number_value = -1.0;             // negative: no number word
    CurrencyCode currency;
};
WordFacts facts_of(std::string_view word);

// Every word the vocabulary knows something of.
std::span<const std::string_view> known_words();

// Turns number words ("three", "a dozen", "twenty five") into number tokens, and folds
// "percent", currency words and "thousand"/"million" into the number before them.
void merge_number_words(std::vector<Token>& tokens, std::string_view text);

} // namespace goalpost::detail
