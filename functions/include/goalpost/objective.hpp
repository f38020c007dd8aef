// A marketing objective read from plain English, German, French or Spanish: what it measures, the number it commits to,
// where, for whom and by when. The parser is deterministic and total: any text, including
// invalid UTF-8, control characters and very long input, gives an Objective (possibly empty).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace goalpost {

enum class Tier : unsigned char { awareness, engagement, lead, pipeline, revenue };
// keep_below is a cap ("keep CPL under €25"), keep_above a floor ("keep ROAS above 4:1"): met
// or broken at every moment, unlike a decrease or increase to a level by a deadline.
enum class Direction : unsigned char { increase, decrease, reach, keep_below, keep_above };
enum class Period : unsigned char { day, week, month, quarter, year };
enum class CostMetric : unsigned char { cpl, cpa, cac };
// The languages an objective may be written in, told from the text itself.
enum class Language : unsigned char { english, german, french, spanish };

// The rubric's day counting: a day 1, a week 7, a month 30, a quarter 90, a year 365.
int nominal_days(Period period);

std::string_view name_of(Tier tier);
std::string_view name_of(Direction direction);
std::string_view name_of(Period period);
std::string_view name_of(CostMetric metric);
std::string_view name_of(Language language); // "en", "de", "fr", "es"

// The tier of a metric named in any of the vocabulary's forms ("MQLs", "new customers").
std::optional<Tier> metric_tier(std::string_view metric);

// A dated event whose day moves from year to year.
enum class Event : unsigned char {
    none,
    black_friday, // the day after the fourth Thursday of November
    cyber_monday, // the Monday after Black Friday
    unscheduled,  // Prime Day, back to school: no rule gives the date
};

// A calendar date; day 0 means "the last day of the month".
struct Date {
    int year = 0; // 0: not stated ("by June 30"), taken from the start date
    int month = 0;
    int day = 0;
    Event event = Event::none; // when set, month and day come from the event's rule

    friend bool operator==(const Date&, const Date&) = default;
};

// When the objective ends.
struct TimeFrame {
    enum class Kind : unsigned char {
        none,          // no time frame
        duration,      // "within 90 days": `days` long
        date,          // "by 31 December 2027", "by March 2027" (day 0), "by June 30" (year 0)
        end_of_period, // "this month", "by the end of Q4", "before the end of the year"
    };
    Kind kind = Kind::none;
    int days = 0;                   // duration
    Date date;                      // date
    Period period = Period::year;   // end_of_period: month, quarter or year
    int quarter = 0;                // end_of_period of a named quarter (1-4), 0 for "this"
    bool nominal = false;           // "this month/quarter/year": 30/90/365 days without a start

    friend bool operator==(const TimeFrame&, const TimeFrame&) = default;
};

// How a metric is read: a flow counted per period (leads, revenue), a share that cannot exceed
// 100% (conversion rate, churn), a ratio that can (ROAS, NRR, LTV:CAC), or another current
// value, a level (MRR, CPA, followers).
enum class MetricKind : unsigned char { count, rate, ratio, value };

struct Metric {
    std::string_view name; // canonical, e.g. "marketing qualified leads"
    Tier tier = Tier::lead;
    MetricKind kind = MetricKind::count;
    bool company_wide = false;    // MRR, churn, NRR: specific without a channel
    bool brand_health = false;    // aided awareness, share of search: salience among buyers
    bool lower_is_better = false; // costs, churn, payback

    friend bool operator==(const Metric&, const Metric&) = default;
};

struct Objective {
    std::optional<Metric> metric;
    std::optional<double> target;
    std::string_view unit = "count";  // "count", "%" or an ISO currency code
    std::optional<Direction> direction;
    std::optional<double> change;     // signed relative change: +0.25 "by 25%", -0.2 a 20% cut
    std::optional<double> points;     // signed change in percentage points, as a fraction: 0.03
    std::optional<double> amount_change; // signed change in the metric's unit: "by $20k", "NPS +10"
    std::optional<double> from_value; // the stated starting value of "from X to Y", any sign
    std::optional<Period> rate_period;
    std::string_view channel;         // canonical, empty when none
    std::string segment;              // as written (lower case), empty when none
    bool names_product_or_campaign = false;
    TimeFrame time_frame;
    std::optional<CostMetric> cost_metric;
    std::optional<double> cost_cap;
    std::string_view cost_currency;          // ISO code of the cap, empty when not written
    std::optional<double> conversion_target; // a fraction
    std::optional<Tier> conversion_into;     // the tier of what is converted into
    bool extreme_multiplier = false;         // "10x", "tenfold": beyond any plausible plan
    bool ambiguous_number = false;           // "1.500": 1.5 or 1,500, refused rather than guessed
    bool ambiguous_date = false;             // "03/04/2026": 3 April or 4 March, refused
    bool empty_text = true;                  // nothing but blanks and punctuation
    Language language = Language::english;   // the language it is written in
    std::string metric_as_written;           // the metric's words in the text ("Kündigungsrate")

    friend bool operator==(const Objective&, const Objective&) = default;
};

Objective parse_objective(std::string_view text);

// The longest text the functions read, in characters: an objective, a statement or a metric name
// is a sentence or two, and a longer cell is data pasted by mistake. Past it a function answers
// an invalid argument (Err:502) instead of spending memory and time on it (docs/reliability.md).
inline constexpr std::size_t max_text_characters = 10'000;

} // namespace goalpost
