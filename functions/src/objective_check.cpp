#include "goalpost/objective_check.hpp"

#include "goalpost/kpi.hpp"
#include "goalpost/objective_fields.hpp"
#include "goalpost/statistics.hpp"
#include "objective_traits.hpp"
#include "poisson_reach.hpp"
#include "text.hpp"
#include "wording.hpp"

#include <algorithm>
#include <cmath>

namespace goalpost {

namespace {

namespace limits = check_thresholds;

// ---- formatting -----------------------------------------------------------------------------

using detail::is_bounded_share;
using detail::is_keep;
using detail::is_level_metric;
using detail::money_text;
using detail::number_text;
using detail::percent_text;

// ---- what kind of target --------------------------------------------------------------------

int rank(CheckStatus status) { // better statuses rank lower
    switch (status) {
    case CheckStatus::achieved: return 0;
    case CheckStatus::on_track: return 1;
    case CheckStatus::at_risk: return 2;
    case CheckStatus::off_track: return 3;
    default: return 4;
    }
}

// A broken secondary commitment (cost cap, conversion) leaves the status no better than this.
void no_better_than(CheckResult& result, CheckStatus ceiling) {
    if (rank(result.status) < rank(ceiling)) {
        result.status = ceiling;
    }
}

CheckStatus status_for_pace(double pace) {
    if (pace >= limits::on_track_pace) {
        return CheckStatus::on_track;
    }
    return pace >= limits::off_track_pace ? CheckStatus::at_risk : CheckStatus::off_track;
}

bool too_early(double elapsed, std::optional<double> frame) {
    return elapsed < limits::learning_days ||
           (frame && elapsed < limits::min_time_fraction * *frame);
}

double judge_from_day(std::optional<double> frame) {
    return std::max(limits::learning_days,
                    frame ? std::ceil(limits::min_time_fraction * *frame) : 0.0);
}

std::string too_early_reason(double elapsed, std::optional<double> frame) {
    return "day " + number_text(elapsed) + (frame ? " of " + number_text(*frame) : "") +
           "; judge from day " + number_text(judge_from_day(frame)) +
           ", campaigns need about a week of data before their numbers mean anything";
}

std::optional<Failure> validate(const TrackingData& data) {
    const auto negative = [](std::optional<double> value) {
        return value && (!std::isfinite(*value) || *value < 0.0);
    };
    if (negative(data.actual)) {
        return invalid_argument(2, "actual must not be negative");
    }
    if (negative(data.elapsed_days)) {
        return invalid_argument(3, "elapsed days must not be negative");
    }
    if (negative(data.spend)) {
        return invalid_argument(4, "spend must not be negative");
    }
    if (negative(data.conversions)) {
        return invalid_argument(5, "conversions must not be negative");
    }
    if (data.conversions && *data.conversions > data.actual) {
        return invalid_argument(5, "conversions exceed the actual count they come from");
    }
    if (negative(data.baseline)) {
        return invalid_argument(6, "baseline must not be negative");
    }
    // Calc's dates run from 1 January 1900 (serial 2) to 31 December 9999 (serial 2958465).
    if (data.start_date && (!std::isfinite(*data.start_date) || *data.start_date < 2.0 ||
                            *data.start_date > 2958465.0)) {
        return invalid_argument(7, "the start date is not a date");
    }
    return std::nullopt;
}

// The time frame's length for the check. A calendar deadline counts its own day: "by 31
// December" from 1 January runs 365 days, so day 364 is not yet late. A deadline before the
// start date is refused with its reason rather than paced.
struct FrameDays {
    std::optional<double> days;
    std::optional<CheckResult> refused;

    explicit operator bool() const { return !refused; }
    [[nodiscard]] CheckResult failure_reason() const { return *refused; }
};

FrameDays check_frame_days(const TimeFrame& frame, std::optional<double> start) {
    const bool calendar = frame.kind == TimeFrame::Kind::date ||
                          (frame.kind == TimeFrame::Kind::end_of_period && (!frame.nominal || start));
    if (!calendar || !start) {
        return {frame_days(frame, start), std::nullopt};
    }
    const auto deadline = deadline_serial(frame, start);
    if (!deadline) {
        return {std::nullopt, std::nullopt};
    }
    if (*deadline < std::floor(*start)) {
        return {std::nullopt,
                CheckResult{CheckStatus::not_measurable, std::nullopt,
                            "the deadline is before the start date: check start_date or the "
                            "year of the deadline"}};
    }
    return {*deadline - std::floor(*start) + 1.0, std::nullopt};
}

// ---- the checks -----------------------------------------------------------------------------

struct Plan {
    double target;                  // in the unit of `actual` (a fraction for % targets)
    std::optional<double> baseline; // given, or implied by "from X to Y"
    std::optional<double> frame;    // days
    std::optional<double> period;   // days of a per-period rate target
    bool lower_is_better;
};

std::string value_text(double value, const Objective& objective) {
    if (objective.unit == "%" || (objective.unit == "count" && is_bounded_share(objective))) {
        return percent_text(value);
    }
    if (objective.unit != "count") {
        return money_text(value, objective.unit);
    }
    return number_text(value);
}

// The metric as a reader expects it: acronyms in capitals ("CPA"), names as they are ("leads").
std::string metric_name(const Objective& objective) {
    if (!objective.metric) {
        return "of the metric";
    }
    static constexpr std::string_view acronyms[] = {"cpl", "cpa", "cac", "mrr", "arr", "roas",
                                                    "roi", "cpc", "cpm", "mer", "nps", "ltv:cac"};
    const std::string_view name = objective.metric->name;
    if (std::find(std::begin(acronyms), std::end(acronyms), name) != std::end(acronyms)) {
        return detail::ascii_upper(name);
    }
    return std::string(name);
}

// "6 customers" for a count, "MRR $100,000.00" for a value.
std::string metric_with_value(double value, const Objective& objective) {
    if (objective.unit == "count" && !is_level_metric(objective)) {
        return number_text(value) + " " + metric_name(objective);
    }
    return metric_name(objective) + " " + value_text(value, objective);
}

// A shortfall that chance alone could explain is a risk, not a verdict: the exact Poisson
// interval of a whole count still reaching what was expected.
void allow_for_chance(CheckResult& result, double actual, double expected) {
    if (result.status == CheckStatus::off_track && actual == std::floor(actual) && actual < 1e9 &&
        detail::poisson_upper_bound_reaches(actual, expected, limits::confidence)) {
        result.status = CheckStatus::at_risk;
        result.reason += "; so few events that chance could explain the shortfall";
    }
}

// The period a flow is counted per: the objective's own ("200 a week"), else a month.
Period counting_period(const Objective& objective) {
    return objective.rate_period.value_or(Period::month);
}

// A running total ("30 leads per month", "win 5 customers within 6 months").
CheckResult check_total(const Objective& objective, const TrackingData& data, const Plan& plan) {
    CheckResult result;
    const double elapsed = data.elapsed_days;
    const double per = plan.period ? *plan.period : *plan.frame;
    const double expected = plan.target * std::min(elapsed, plan.period ? elapsed : per) / per;
    // "5 leads by day 28, 28 expected (30 per month)": the count expected by now is named as such.
    const std::string progress =
        value_text(data.actual, objective) + " " + metric_name(objective) + " by day " +
        number_text(elapsed) + ", " + value_text(expected, objective) + " expected by now" +
        (plan.period ? " at " + value_text(plan.target, objective) + " per " +
                           std::string(name_of(*objective.rate_period))
                     : " on the way to " + value_text(plan.target, objective));
    if (expected > 0.0) {
        result.pace = data.actual / expected;
    }
    const bool frame_over = plan.frame && elapsed >= *plan.frame;
    if (!plan.period && data.actual >= plan.target) {
        result.status = CheckStatus::achieved;
        result.reason = value_text(data.actual, objective) + " of " + value_text(plan.target, objective) + " " +
                        metric_name(objective) + " by day " + number_text(elapsed);
        return result;
    }
    if (plan.period && frame_over && result.pace && *result.pace >= 1.0) {
        result.status = CheckStatus::achieved;
        result.reason = progress + " (" + percent_text(*result.pace) + " of pace) over the whole time frame";
        return result;
    }
    if (too_early(elapsed, plan.frame) && !frame_over) {
        result.status = CheckStatus::too_early;
        result.reason = progress + "; " + too_early_reason(elapsed, plan.frame);
        return result;
    }
    result.status = status_for_pace(*result.pace);
    result.reason = progress + " (" + percent_text(*result.pace) + " of pace)";
    if (frame_over) {
        result.status = CheckStatus::off_track;
        result.reason += "; the time frame ended on day " + number_text(*plan.frame);
        return result;
    }
    if (objective.unit == "count") {
        allow_for_chance(result, data.actual, expected);
    }
    return result;
}

// A relative change of a flow ("double demo requests within 6 months"): the level per period
// moves along a straight path from the baseline to the target by the deadline, and `actual` is
// the running total since the start. Passing baseline x (1 + change) in total proves nothing;
// only an average level at the target does.
CheckResult check_flow_change(const Objective& objective, const TrackingData& data,
                              const Plan& plan) {
    CheckResult result;
    const double t = data.elapsed_days;
    const Period counted_per = counting_period(objective);
    const double period = nominal_days(counted_per);
    const double frame = *plan.frame;
    const double from = *plan.baseline;
    const double to = plan.target;
    const double ramp_days = std::min(t, frame);
    const double expected = (from * ramp_days + (to - from) * ramp_days * ramp_days / (2.0 * frame) +
                             to * std::max(0.0, t - frame)) /
                            period;
    const std::string period_name(name_of(counted_per));
    const std::string progress =
        number_text(data.actual) + " " + metric_name(objective) + " in " + number_text(t) +
        " days" + (t > 0.0 ? ", " + number_text(data.actual * period / t) + " a " + period_name : "") +
        ", against a path from " + number_text(from) + " to " + number_text(to) + " a " +
        period_name + " that expects " + number_text(expected) + " by now";
    if (expected > 0.0 && data.actual > 0.0) {
        result.pace = plan.lower_is_better ? expected / data.actual : data.actual / expected;
    } else if (expected > 0.0) {
        result.pace = plan.lower_is_better ? HUGE_VAL : 0.0;
    }
    const double average = t > 0.0 ? data.actual * period / t : 0.0;
    const bool level_reached = plan.lower_is_better ? average <= to : average >= to;
    if (t >= period && level_reached) {
        result.status = CheckStatus::achieved;
        result.reason = number_text(average) + " " + metric_name(objective) + " a " + period_name +
                        " on average over " + number_text(t) + " days, at the target of " +
                        number_text(to) + " a " + period_name;
        return result;
    }
    const bool frame_over = t >= frame;
    if (too_early(t, plan.frame) && !frame_over) {
        result.status = CheckStatus::too_early;
        result.reason = progress + "; " + too_early_reason(t, plan.frame);
        return result;
    }
    if (!result.pace) {
        result.status = CheckStatus::at_risk;
        result.reason = progress;
        return result;
    }
    result.status = status_for_pace(*result.pace);
    result.reason = progress + " (" + percent_text(*result.pace) + " of pace)";
    if (frame_over) {
        // A running total cannot show the last period's level: ahead of the path is a risk to
        // confirm, behind it a miss.
        result.status = *result.pace >= limits::on_track_pace ? CheckStatus::at_risk
                                                               : CheckStatus::off_track;
        result.reason += "; the time frame ended on day " + number_text(frame) + " with the average " +
                         (plan.lower_is_better ? "above" : "below") + " the target level; check the last " +
                         period_name + "'s count";
        return result;
    }
    if (!plan.lower_is_better) {
        allow_for_chance(result, data.actual, expected);
    }
    return result;
}

// A current value ("reduce CPA to below €45", "conversion rate from 2% to 3%").
CheckResult check_level(const Objective& objective, const TrackingData& data, const Plan& plan) {
    CheckResult result;
    const double elapsed = data.elapsed_days;
    const bool met = plan.lower_is_better ? data.actual <= plan.target : data.actual >= plan.target;
    const std::string against = metric_with_value(data.actual, objective) + " against the target of " +
                                value_text(plan.target, objective);
    const bool frame_over = plan.frame && elapsed >= *plan.frame;
    if (met) {
        result.status = CheckStatus::achieved;
        result.reason = against + ", met";
        if (plan.baseline && plan.frame && *plan.baseline != plan.target && elapsed > 0.0) {
            result.pace = (data.actual - *plan.baseline) / (plan.target - *plan.baseline) /
                          std::min(1.0, elapsed / *plan.frame);
        }
        return result;
    }
    if (too_early(elapsed, plan.frame) && !frame_over) {
        result.status = CheckStatus::too_early;
        result.reason = against + "; " + too_early_reason(elapsed, plan.frame);
        return result;
    }
    if (frame_over) {
        result.status = CheckStatus::off_track;
        result.reason = against + "; the time frame ended on day " + number_text(*plan.frame);
        return result;
    }
    if (!plan.baseline || !plan.frame || *plan.baseline == plan.target) {
        result.status = CheckStatus::at_risk;
        result.reason = against + ", not met yet; give the baseline to measure progress";
        return result;
    }
    // Progress from the baseline towards the target, against the share of time gone.
    const double progress = (data.actual - *plan.baseline) / (plan.target - *plan.baseline);
    result.pace = progress / std::min(1.0, elapsed / *plan.frame);
    result.status = status_for_pace(*result.pace);
    result.reason = against + ", " + percent_text(progress) + " of the way at day " +
                    number_text(elapsed) + " of " + number_text(*plan.frame) + " (" +
                    percent_text(*result.pace) + " of pace)";
    return result;
}

// A cap or floor ("keep CPL on Meta below €25 this month", "ROAS at least 4:1"): met or broken
// now, with no baseline needed. Broken before the platforms' learning phase is over is a risk
// (early numbers swing); broken after it, the commitment is not being kept.
CheckResult check_keep(const Objective& objective, const TrackingData& data, double value,
                       double limit, std::optional<double> frame, std::string_view per = {}) {
    CheckResult result;
    const bool below = objective.direction == Direction::keep_below;
    const bool held = below ? value <= limit : value >= limit;
    const double elapsed = data.elapsed_days;
    const bool frame_over = frame && elapsed >= *frame;
    const std::string against = metric_with_value(value, objective) + std::string(per) +
                                (below ? " against a cap of " : " against a floor of ") +
                                value_text(limit, objective);
    if (held && too_early(elapsed, frame) && !frame_over) {
        result.status = CheckStatus::too_early;
        result.reason = against + ", held so far; " + too_early_reason(elapsed, frame);
        return result;
    }
    if (held) {
        result.status = frame_over ? CheckStatus::achieved : CheckStatus::on_track;
        result.reason = against + (frame_over ? ", held to the end" : ", held so far");
        return result;
    }
    if (too_early(elapsed, frame) && !frame_over) {
        result.status = CheckStatus::at_risk;
        result.reason = against + (below ? ", above it" : ", below it") + " on day " +
                        number_text(elapsed) + "; early numbers swing, judge from day " +
                        number_text(judge_from_day(frame));
        return result;
    }
    result.status = CheckStatus::off_track;
    result.reason = against + (below ? ", broken" : ", not held") +
                    (frame_over ? "; the time frame ended on day " + number_text(*frame) : "");
    return result;
}

// A cap or floor on a count per period ("keep support tickets below 200 a month", "at least 50
// leads a week"): the running total held as its average per period, from the first full period.
CheckResult check_flow_keep(const Objective& objective, const TrackingData& data, double limit,
                            std::optional<double> frame) {
    const Period counted_per = counting_period(objective);
    const double period = nominal_days(counted_per);
    const std::string period_name(name_of(counted_per));
    if (data.elapsed_days < period) {
        return CheckResult{CheckStatus::too_early, std::nullopt,
                           number_text(data.actual) + " " + metric_name(objective) + " in " +
                               number_text(data.elapsed_days) + " days; a level per " +
                               period_name + " is judged from day " + number_text(period)};
    }
    const double average = data.actual * period / data.elapsed_days;
    return check_keep(objective, data, average, limit, frame, " a " + period_name + " on average");
}

// The currency a cost is shown in: the cap's own, else the objective's, else none.
std::string_view cost_currency(const Objective& objective) {
    if (!objective.cost_currency.empty()) {
        return objective.cost_currency;
    }
    return objective.unit != "count" && objective.unit != "%" ? objective.unit : std::string_view();
}

void check_cost_cap(const Objective& objective, const TrackingData& data, CheckResult& result) {
    // Spend divides a count (leads, customers); a rate or a level such as MRR it does not.
    if (!objective.cost_cap || !objective.cost_metric || !data.spend || is_level_metric(objective) ||
        (objective.metric && objective.metric->name == name_of(*objective.cost_metric))) {
        return;
    }
    const std::string label = detail::ascii_upper(name_of(*objective.cost_metric));
    const std::string_view currency = cost_currency(objective);
    const std::string cap = money_text(*objective.cost_cap, currency);
    if (data.actual == 0.0) {
        if (*data.spend > 0.0) {
            result.reason += "; no " + metric_name(objective) + " yet for " +
                             money_text(*data.spend, currency) + " spent, above the " + cap + " cap";
            no_better_than(result, CheckStatus::at_risk);
        }
        return;
    }
    const double cost = *data.spend / data.actual;
    if (cost > *objective.cost_cap) {
        result.reason += "; " + label + " " + money_text(cost, currency) + " is above the " + cap + " cap";
        no_better_than(result, CheckStatus::at_risk);
    } else {
        result.reason += "; " + label + " " + money_text(cost, currency) + " is within the " + cap + " cap";
    }
}

void check_conversion(const Objective& objective, const TrackingData& data, CheckResult& result) {
    if (!objective.conversion_target || !data.conversions) {
        return;
    }
    const double target = *objective.conversion_target;
    if (data.actual == 0.0) {
        result.reason += "; nothing to convert yet";
        return;
    }
    const auto interval = wilson_interval(*data.conversions, data.actual, limits::confidence);
    if (!interval) {
        return;
    }
    const std::string rate = percent_text(*data.conversions / data.actual);
    const std::string range = percent_text(interval->low) + " to " + percent_text(interval->high);
    if (interval->high < target) {
        result.reason += "; conversion " + rate + " (" + range + ") is below the " +
                         percent_text(target) + " target";
        no_better_than(result, CheckStatus::at_risk);
    } else if (interval->low > target) {
        result.reason += "; conversion " + rate + " is above the " + percent_text(target) + " target";
    } else {
        result.reason += "; too early to judge the conversion: " + rate + " (" + range +
                         ") still includes the " + percent_text(target) + " target";
    }
}

CheckResult not_measurable(std::string reason) {
    return CheckResult{CheckStatus::not_measurable, std::nullopt, std::move(reason)};
}

// "7" typed for 7%: a share above 100% is impossible, so no verdict may rest on it.
std::optional<CheckResult> impossible_share(const Objective& objective, const TrackingData& data) {
    if (!is_bounded_share(objective)) {
        return std::nullopt;
    }
    const auto impossible = [&](double value, std::string_view what) {
        return not_measurable(std::string(what) + " " + number_text(value) + " would be a " +
                              metric_name(objective) + " of " + percent_text(value) +
                              ", which cannot exceed 100%; enter " + detail::exact_text(value) +
                              "% as " + detail::exact_text(value / 100.0) +
                              " or type it with the % sign");
    };
    if (data.actual > 1.0) {
        return impossible(data.actual, "actual");
    }
    if (data.baseline && *data.baseline > 1.0) {
        return impossible(*data.baseline, "baseline");
    }
    return std::nullopt;
}

std::string needs_baseline_reason(const Objective& objective) {
    const std::string change =
        objective.points          ? number_text(*objective.points * 100.0) + " percentage points"
        : objective.amount_change ? value_text(*objective.amount_change, objective)
                                  : percent_text(*objective.change);
    return "a change (" + change + ") needs the value before it: give the baseline argument (a " +
           "blank cell reads as 0, and a change from 0 means nothing)";
}

std::string needs_start_date_reason(const TimeFrame& frame) {
    if (frame.kind == TimeFrame::Kind::date && frame.date.event == Event::unscheduled) {
        return "the deadline is an event without a fixed date (such as Prime Day); write its "
               "date, such as \"by 15 July\", and give the start date";
    }
    return "the deadline is a calendar date, so give the start_date argument (the day the "
           "objective started) to pace it, or state a duration such as \"within 90 days\"";
}

} // namespace

std::string_view name_of(CheckStatus status) {
    switch (status) {
    case CheckStatus::achieved: return "ACHIEVED";
    case CheckStatus::on_track: return "ON TRACK";
    case CheckStatus::at_risk: return "AT RISK";
    case CheckStatus::off_track: return "OFF TRACK";
    case CheckStatus::too_early: return "TOO EARLY";
    case CheckStatus::not_measurable: return "NOT MEASURABLE";
    }
    return {};
}

std::string CheckResult::text() const { return std::string(name_of(status)) + ": " + reason; }

Result<CheckResult> check_objective(const Objective& objective, const TrackingData& data) {
    if (objective.empty_text) {
        return Failure{ErrorKind::not_available, 1, "the objective is empty"};
    }
    if (auto failure = validate(data)) {
        return *failure;
    }
    if (!objective.metric) {
        return not_measurable("no metric named, say what will be measured, such as \"qualified "
                              "leads\", \"customers\" or \"revenue\"");
    }
    if (auto impossible = impossible_share(objective, data)) {
        return *impossible;
    }
    const bool level = is_level_metric(objective);
    const double unit_scale = detail::unit_scale(objective);
    const auto frame = check_frame_days(objective.time_frame, data.start_date);
    if (!frame) {
        return frame.failure_reason();
    }
    // A blank baseline cell arrives as 0; no relative change can start from 0.
    const std::optional<double> given_baseline =
        data.baseline && *data.baseline > 0.0 ? data.baseline : std::nullopt;
    const bool lower_is_better = objective.direction == Direction::decrease ||
                                 objective.direction == Direction::keep_below ||
                                 (objective.metric->lower_is_better &&
                                  objective.direction != Direction::increase &&
                                  objective.direction != Direction::keep_above);
    // A blank actual arrives as 0 too, and 0 would "meet" any lower-is-better target.
    if (lower_is_better && data.actual == 0.0) {
        return not_measurable("an actual of 0 (or a blank cell) cannot show a decrease or a cap "
                              "kept: enter today's value");
    }

    if (is_keep(objective) && (objective.target || objective.cost_cap)) {
        const double limit = objective.target ? *objective.target * unit_scale : *objective.cost_cap;
        CheckResult result = level ? check_keep(objective, data, data.actual, limit, frame.days)
                                   : check_flow_keep(objective, data, limit, frame.days);
        check_conversion(objective, data, result);
        return result;
    }

    std::optional<double> target;
    std::optional<double> baseline = given_baseline;
    if (objective.target) {
        target = *objective.target * unit_scale;
        if (!baseline && objective.from_value) { // "from X to Y" names the baseline
            baseline = *objective.from_value;
        }
    } else if (objective.points || objective.amount_change) {
        if (!given_baseline) {
            return not_measurable(needs_baseline_reason(objective));
        }
        target = *given_baseline + (objective.points ? *objective.points : *objective.amount_change);
    } else if (objective.change) {
        if (*objective.change <= -1.0) {
            return not_measurable("a cut of 100% or more leaves nothing to measure");
        }
        if (!given_baseline) {
            return not_measurable(needs_baseline_reason(objective));
        }
        target = *given_baseline * (1.0 + *objective.change);
    }
    if (!target) {
        return not_measurable(objective.ambiguous_number
                                  ? "a number such as 1.500 reads as 1.5 or as 1,500, so it was "
                                    "not read: write 1500 or 1.5"
                                  : "no number, add a target such as \"30 leads per month\" or "
                                    "\"by 25%\"");
    }
    if (!level && !lower_is_better && *target <= 0.0) {
        return not_measurable("a target of 0 commits to nothing: state how many");
    }
    Plan plan{*target, baseline, frame.days, std::nullopt, lower_is_better};
    if (objective.rate_period && !level) {
        plan.period = nominal_days(*objective.rate_period);
    }
    // A flow whose level per period moves: by a relative change, by points or an amount, or to a
    // per-period level from a known one ("reduce tickets to 200 a month", baseline 300).
    const bool moves = objective.direction == Direction::increase ||
                       objective.direction == Direction::decrease;
    const bool flow_change =
        !level && moves && baseline &&
        (objective.change || objective.points || objective.amount_change || plan.period);
    if (!level && lower_is_better && !flow_change) {
        return not_measurable("a count to bring down is judged on its level per period: give the "
                              "baseline, the level per month before the objective");
    }
    if (!plan.frame && (!plan.period || flow_change)) {
        const bool met = lower_is_better ? data.actual <= *target : data.actual >= *target;
        if (met && objective.time_frame.kind != TimeFrame::Kind::none && !flow_change) {
            return CheckResult{CheckStatus::achieved, std::nullopt,
                               metric_with_value(data.actual, objective) +
                                   ", the target is " + value_text(*target, objective)};
        }
        if (objective.time_frame.kind == TimeFrame::Kind::none) {
            return not_measurable(objective.ambiguous_date
                                      ? "a date such as 03/04/2026 can be 3 April or 4 March, so "
                                        "it was not read: write it as 3 April 2026"
                                      : "no deadline, add one such as \"within 3 months\" or "
                                        "\"by 31 March\"");
        }
        return not_measurable(needs_start_date_reason(objective.time_frame));
    }
    CheckResult result = flow_change ? check_flow_change(objective, data, plan)
                         : level     ? check_level(objective, data, plan)
                                     : check_total(objective, data, plan);
    check_cost_cap(objective, data, result);
    check_conversion(objective, data, result);
    if (result.pace && !std::isfinite(*result.pace)) {
        result.pace.reset();
    }
    return result;
}

} // namespace goalpost
