#include "goalpost/objective_check.hpp"

#include "goalpost/kpi.hpp"
#include "goalpost/objective_fields.hpp"
#include "goalpost/statistics.hpp"
#include "objective_language.hpp"
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
using detail::Reason;

// Numbers, percentages and money as the objective's language writes them.
std::string number_text(double value, const Objective& objective) {
    return detail::number_text(value, objective.language);
}
std::string percent_text(double fraction, const Objective& objective) {
    return detail::percent_text(fraction, objective.language);
}
std::string money_text(double value, std::string_view currency, const Objective& objective) {
    return detail::money_text(value, currency, objective.language);
}

// A piece of a reason in the objective's language (the tables of languages/*.cpp).
template <class... Fields>
std::string say(Language language, Reason reason, const Fields&... fields) {
    const std::string_view text =
        detail::tables_of(language).check_reasons[static_cast<std::size_t>(reason)];
    return detail::fill_in(text, {std::string_view(fields)...});
}
template <class... Fields>
std::string say(const Objective& objective, Reason reason, const Fields&... fields) {
    return say(objective.language, reason, fields...);
}
std::string period_name(const Objective& objective, Period period) {
    return std::string(detail::tables_of(objective.language).period_names[static_cast<std::size_t>(period)]);
}

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

std::string too_early_reason(const Objective& objective, double elapsed, std::optional<double> frame) {
    const std::string judge_from = number_text(judge_from_day(frame), objective);
    if (elapsed <= 0.0) {
        return say(objective, Reason::starts_today, judge_from); // no "expected by day 0"
    }
    return frame ? say(objective, Reason::too_early_of, number_text(elapsed, objective),
                       number_text(*frame, objective), judge_from)
                 : say(objective, Reason::too_early, number_text(elapsed, objective), judge_from);
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

FrameDays check_frame_days(const TimeFrame& frame, std::optional<double> start, Language language) {
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
                            say(language, Reason::deadline_before_start)}};
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
        return percent_text(value, objective);
    }
    if (objective.unit != "count") {
        return money_text(value, objective.unit, objective);
    }
    return number_text(value, objective);
}

// The metric as a reader expects it: acronyms in capitals ("CPA"), names as they are ("leads").
std::string metric_name(const Objective& objective) {
    if (!objective.metric) {
        return "?";
    }
    if (objective.language != Language::english && !objective.metric_as_written.empty()) {
        return objective.metric_as_written; // "Demo-Anfragen", as the objective writes it
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
        return number_text(value, objective) + " " + metric_name(objective);
    }
    return metric_name(objective) + " " + value_text(value, objective);
}

// A shortfall that chance alone could explain is a risk, not a verdict: the exact Poisson
// interval of a whole count still reaching what was expected.
void allow_for_chance(const Objective& objective, CheckResult& result, double actual,
                      double expected) {
    if (result.status == CheckStatus::off_track && actual == std::floor(actual) && actual < 1e9 &&
        detail::poisson_upper_bound_reaches(actual, expected, limits::confidence)) {
        result.status = CheckStatus::at_risk;
        result.reason += say(objective, Reason::chance);
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
    // "18 leads so far; 28 expected by day 28 of 90 at 30 per month": the count expected is
    // named as such, and the day as a share of the time frame.
    const std::string day =
        plan.frame ? say(objective, Reason::day_of_frame, number_text(elapsed, objective),
                         number_text(*plan.frame, objective))
                   : say(objective, Reason::day_only, number_text(elapsed, objective));
    const std::string progress =
        plan.period ? say(objective, Reason::total_progress_rate, value_text(data.actual, objective),
                          metric_name(objective), day, value_text(expected, objective),
                          value_text(plan.target, objective),
                          period_name(objective, *objective.rate_period))
                    : say(objective, Reason::total_progress, value_text(data.actual, objective),
                          metric_name(objective), day, value_text(expected, objective),
                          value_text(plan.target, objective));
    const std::string so_far = say(objective, Reason::so_far, value_text(data.actual, objective),
                                   metric_name(objective));
    if (expected > 0.0) {
        result.pace = data.actual / expected;
    }
    const bool frame_over = plan.frame && elapsed >= *plan.frame;
    if (!plan.period && data.actual >= plan.target) {
        result.status = CheckStatus::achieved;
        result.reason = say(objective, Reason::total_achieved, value_text(data.actual, objective),
                            value_text(plan.target, objective), metric_name(objective),
                            number_text(elapsed, objective));
        return result;
    }
    if (plan.period && frame_over && result.pace && *result.pace >= 1.0) {
        result.status = CheckStatus::achieved;
        result.reason = progress + say(objective, Reason::pace_whole, percent_text(*result.pace, objective));
        return result;
    }
    if (too_early(elapsed, plan.frame) && !frame_over) {
        result.status = CheckStatus::too_early;
        result.reason = so_far + "; " + too_early_reason(objective, elapsed, plan.frame);
        return result;
    }
    result.status = status_for_pace(*result.pace);
    result.reason = progress + say(objective, Reason::pace, percent_text(*result.pace, objective));
    if (frame_over) {
        result.status = CheckStatus::off_track;
        result.reason += say(objective, Reason::ended, number_text(*plan.frame, objective));
        return result;
    }
    if (objective.unit == "count") {
        allow_for_chance(objective, result, data.actual, expected);
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
    const std::string per = period_name(objective, counted_per);
    const auto n = [&](double value) { return number_text(value, objective); };
    const std::string progress =
        t > 0.0 ? say(objective, Reason::flow_progress, n(data.actual), metric_name(objective), n(t),
                      n(data.actual * period / t), per, n(from), n(to), n(expected))
                : say(objective, Reason::flow_progress_start, n(data.actual), metric_name(objective),
                      n(t), n(from), n(to), per, n(expected));
    if (expected > 0.0 && data.actual > 0.0) {
        result.pace = plan.lower_is_better ? expected / data.actual : data.actual / expected;
    } else if (expected > 0.0) {
        result.pace = plan.lower_is_better ? HUGE_VAL : 0.0;
    }
    const double average = t > 0.0 ? data.actual * period / t : 0.0;
    const bool level_reached = plan.lower_is_better ? average <= to : average >= to;
    if (t >= period && level_reached) {
        result.status = CheckStatus::achieved;
        result.reason = say(objective, Reason::flow_achieved, n(average), metric_name(objective),
                            per, n(t), n(to));
        return result;
    }
    const bool frame_over = t >= frame;
    if (too_early(t, plan.frame) && !frame_over) {
        result.status = CheckStatus::too_early;
        result.reason = say(objective, Reason::so_far, n(data.actual), metric_name(objective)) + "; " +
                        too_early_reason(objective, t, plan.frame);
        return result;
    }
    if (!result.pace) {
        result.status = CheckStatus::at_risk;
        result.reason = progress;
        return result;
    }
    result.status = status_for_pace(*result.pace);
    result.reason = progress + say(objective, Reason::pace, percent_text(*result.pace, objective));
    if (frame_over) {
        // A running total cannot show the last period's level: ahead of the path is a risk to
        // confirm, behind it a miss.
        result.status = *result.pace >= limits::on_track_pace ? CheckStatus::at_risk
                                                               : CheckStatus::off_track;
        result.reason += say(objective,
                             plan.lower_is_better ? Reason::flow_ended_above : Reason::flow_ended_below,
                             n(frame), per);
        return result;
    }
    if (!plan.lower_is_better) {
        allow_for_chance(objective, result, data.actual, expected);
    }
    return result;
}

// A current value ("reduce CPA to below €45", "conversion rate from 2% to 3%").
CheckResult check_level(const Objective& objective, const TrackingData& data, const Plan& plan) {
    CheckResult result;
    const double elapsed = data.elapsed_days;
    const bool met = plan.lower_is_better ? data.actual <= plan.target : data.actual >= plan.target;
    const std::string against = say(objective, Reason::level_against,
                                    metric_with_value(data.actual, objective),
                                    value_text(plan.target, objective));
    const bool frame_over = plan.frame && elapsed >= *plan.frame;
    if (met) {
        result.status = CheckStatus::achieved;
        result.reason = against + say(objective, Reason::met);
        if (plan.baseline && plan.frame && *plan.baseline != plan.target && elapsed > 0.0) {
            result.pace = (data.actual - *plan.baseline) / (plan.target - *plan.baseline) /
                          std::min(1.0, elapsed / *plan.frame);
        }
        return result;
    }
    if (too_early(elapsed, plan.frame) && !frame_over) {
        result.status = CheckStatus::too_early;
        result.reason = against + "; " + too_early_reason(objective, elapsed, plan.frame);
        return result;
    }
    if (frame_over) {
        result.status = CheckStatus::off_track;
        result.reason = against + say(objective, Reason::ended, number_text(*plan.frame, objective));
        return result;
    }
    if (!plan.baseline || !plan.frame || *plan.baseline == plan.target) {
        result.status = CheckStatus::at_risk;
        result.reason = against + say(objective, Reason::not_met_give_baseline);
        return result;
    }
    // Progress from the baseline towards the target, against the share of time gone.
    const double progress = (data.actual - *plan.baseline) / (plan.target - *plan.baseline);
    result.pace = progress / std::min(1.0, elapsed / *plan.frame);
    result.status = status_for_pace(*result.pace);
    result.reason = against + say(objective, Reason::level_progress, percent_text(progress, objective),
                                  number_text(elapsed, objective),
                                  number_text(*plan.frame, objective),
                                  percent_text(*result.pace, objective));
    return result;
}

// A cap or floor ("keep CPL on Meta below €25 this month", "ROAS at least 4:1"): met or broken
// now, with no baseline needed. Broken before the platforms' learning phase is over is a risk
// (early numbers swing); broken after it, the commitment is not being kept.
CheckResult check_keep(const Objective& objective, const TrackingData& data, double value,
                       double limit, std::optional<double> frame, const std::string& per = {}) {
    CheckResult result;
    const bool below = objective.direction == Direction::keep_below;
    const bool held = below ? value <= limit : value >= limit;
    const double elapsed = data.elapsed_days;
    const bool frame_over = frame && elapsed >= *frame;
    const std::string against = say(objective, below ? Reason::cap_against : Reason::floor_against,
                                    metric_with_value(value, objective), per,
                                    value_text(limit, objective));
    if (held && too_early(elapsed, frame) && !frame_over) {
        result.status = CheckStatus::too_early;
        result.reason = against + say(objective, Reason::held_so_far) + "; " +
                        too_early_reason(objective, elapsed, frame);
        return result;
    }
    if (held) {
        result.status = frame_over ? CheckStatus::achieved : CheckStatus::on_track;
        result.reason = against + say(objective, frame_over ? Reason::held_to_end : Reason::held_so_far);
        return result;
    }
    if (too_early(elapsed, frame) && !frame_over) {
        result.status = CheckStatus::at_risk;
        result.reason = against + say(objective, below ? Reason::above_it_early : Reason::below_it_early,
                                      number_text(elapsed, objective),
                                      number_text(judge_from_day(frame), objective));
        return result;
    }
    result.status = CheckStatus::off_track;
    result.reason = against + say(objective, below ? Reason::broken : Reason::not_held) +
                    (frame_over ? say(objective, Reason::ended, number_text(*frame, objective)) : "");
    return result;
}

// A cap or floor on a count per period ("keep support tickets below 200 a month", "at least 50
// leads a week"): the running total held as its average per period, from the first full period.
CheckResult check_flow_keep(const Objective& objective, const TrackingData& data, double limit,
                            std::optional<double> frame) {
    const Period counted_per = counting_period(objective);
    const double period = nominal_days(counted_per);
    const std::string per = period_name(objective, counted_per);
    if (data.elapsed_days < period) {
        return CheckResult{CheckStatus::too_early, std::nullopt,
                           say(objective, Reason::flow_keep_early, number_text(data.actual, objective),
                               metric_name(objective), number_text(data.elapsed_days, objective),
                               per, number_text(period, objective))};
    }
    const double average = data.actual * period / data.elapsed_days;
    return check_keep(objective, data, average, limit, frame,
                      say(objective, Reason::per_on_average, per));
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
    const std::string cap = money_text(*objective.cost_cap, currency, objective);
    if (data.actual == 0.0) {
        if (*data.spend > 0.0) {
            result.reason += say(objective, Reason::cost_none_yet, metric_name(objective),
                                 money_text(*data.spend, currency, objective), cap);
            no_better_than(result, CheckStatus::at_risk);
        }
        return;
    }
    const double cost = *data.spend / data.actual;
    if (cost > *objective.cost_cap) {
        result.reason += say(objective, Reason::cost_above, label, money_text(cost, currency, objective), cap);
        no_better_than(result, CheckStatus::at_risk);
    } else {
        result.reason += say(objective, Reason::cost_within, label, money_text(cost, currency, objective), cap);
    }
}

void check_conversion(const Objective& objective, const TrackingData& data, CheckResult& result) {
    if (!objective.conversion_target || !data.conversions) {
        return;
    }
    const double target = *objective.conversion_target;
    if (data.actual == 0.0) {
        result.reason += say(objective, Reason::nothing_to_convert);
        return;
    }
    const auto interval = wilson_interval(*data.conversions, data.actual, limits::confidence);
    if (!interval) {
        return;
    }
    const std::string rate = percent_text(*data.conversions / data.actual, objective);
    const std::string low = percent_text(interval->low, objective);
    const std::string high = percent_text(interval->high, objective);
    if (interval->high < target) {
        result.reason += say(objective, Reason::conversion_below, rate, low, high,
                             percent_text(target, objective));
        no_better_than(result, CheckStatus::at_risk);
    } else if (interval->low > target) {
        result.reason += say(objective, Reason::conversion_above, rate, percent_text(target, objective));
    } else {
        result.reason += say(objective, Reason::conversion_unclear, rate, low, high,
                             percent_text(target, objective));
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
        return not_measurable(say(objective, Reason::impossible_share, what,
                                  number_text(value, objective), metric_name(objective),
                                  percent_text(value, objective), detail::exact_text(value),
                                  detail::exact_text(value / 100.0)));
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
        objective.points ? say(objective, Reason::points, number_text(*objective.points * 100.0, objective))
        : objective.amount_change ? value_text(*objective.amount_change, objective)
                                  : percent_text(*objective.change, objective);
    return say(objective, Reason::needs_baseline, change);
}

std::string needs_start_date_reason(const Objective& objective) {
    const TimeFrame& frame = objective.time_frame;
    if (frame.kind == TimeFrame::Kind::date && frame.date.event == Event::unscheduled) {
        return say(objective, Reason::unscheduled_event);
    }
    return say(objective, Reason::needs_start_date);
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
        return not_measurable(say(objective, Reason::no_metric));
    }
    if (auto impossible = impossible_share(objective, data)) {
        return *impossible;
    }
    const bool level = is_level_metric(objective);
    const double unit_scale = detail::unit_scale(objective);
    const auto frame = check_frame_days(objective.time_frame, data.start_date, objective.language);
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
        return not_measurable(say(objective, Reason::zero_actual));
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
            return not_measurable(say(objective, Reason::cut_everything));
        }
        if (!given_baseline) {
            return not_measurable(needs_baseline_reason(objective));
        }
        target = *given_baseline * (1.0 + *objective.change);
    }
    if (!target) {
        return not_measurable(
            say(objective, objective.ambiguous_number ? Reason::ambiguous_number : Reason::no_number));
    }
    if (!level && !lower_is_better && *target <= 0.0) {
        return not_measurable(say(objective, Reason::zero_target));
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
        return not_measurable(say(objective, Reason::count_down_needs_baseline));
    }
    if (!plan.frame && (!plan.period || flow_change)) {
        const bool met = lower_is_better ? data.actual <= *target : data.actual >= *target;
        if (met && objective.time_frame.kind != TimeFrame::Kind::none && !flow_change) {
            return CheckResult{CheckStatus::achieved, std::nullopt,
                               say(objective, Reason::achieved_no_frame,
                                   metric_with_value(data.actual, objective),
                                   value_text(*target, objective))};
        }
        if (objective.time_frame.kind == TimeFrame::Kind::none) {
            return not_measurable(
                say(objective, objective.ambiguous_date ? Reason::ambiguous_date : Reason::no_deadline));
        }
        return not_measurable(needs_start_date_reason(objective));
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
