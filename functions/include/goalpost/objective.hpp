// A marketing objective read from plain English: what it measures, the number it commits to,
// where, for whom and by when. The parser is deterministic and total: any text, including
// invalid UTF-8, control characters and very long input, gives an Objective (possibly empty).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace goalpost {

enum class Tier : unsigned char { awareness, engagement, lead, pipeline, revenue };
enum class Direction : unsigned char { increase, decrease, reach, keep_below };
enum class Period : unsigned char { day, week, month, quarter, year };
enum class CostMetric : unsigned char { cpl, cpa, cac };

// The rubric's day counting: a day 1, a week 7, a month 30, a quarter 90, a year 365.
int nominal_days(Period period);

std::string_view name_of(Tier tier);
std::string_view name_of(Direction direction);
std::string_view name_of(Period period);
std::string_view name_of(CostMetric metric);

// The tier of a metric named in any of the vocabulary's forms ("MQLs", "new customers").
std::optional<Tier> metric_tier(std::string_view metric);

// A calendar date; day 0 means "the last day of the month".
struct Date {
    int year = 0; // 0: not stated ("by June 30"), taken from the start date
    int month = 0;
    int day = 0;

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

    friend bool operator==(const TimeFrame&, const TimeFrame&) = default;
};

// How a metric is read: a running count (leads), a rate (conversion rate, churn) or another
// current value (ROAS, CPA, MRR).
enum class MetricKind : unsigned char { count, rate, value };

struct Metric {
    std::string_view name; // canonical, e.g. "marketing qualified leads"
    Tier tier = Tier::lead;
    MetricKind kind = MetricKind::count;

    friend bool operator==(const Metric&, const Metric&) = default;
};

struct Objective {
    std::optional<Metric> metric;
    std::optional<double> target;
    std::string_view unit = "count";  // "count", "%" or an ISO currency code
    std::optional<Direction> direction;
    std::optional<double> change;     // signed relative change: +0.25 "by 25%", -0.2 a 20% cut
    std::optional<Period> rate_period;
    std::string_view channel;         // canonical, empty when none
    std::string segment;              // as written (lower case), empty when none
    bool names_product_or_campaign = false;
    TimeFrame time_frame;
    std::optional<CostMetric> cost_metric;
    std::optional<double> cost_cap;
    std::optional<double> conversion_target; // a fraction
    std::optional<Tier> conversion_into;     // the tier of what is converted into
    bool extreme_multiplier = false;         // "10x", "tenfold": beyond any plausible plan
    bool empty_text = true;                  // nothing but blanks and punctuation

    friend bool operator==(const Objective&, const Objective&) = default;
};

Objective parse_objective(std::string_view text);

} // namespace goalpost
