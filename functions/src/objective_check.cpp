#include "goalpost/objective_check.hpp"

#include "goalpost/kpi.hpp"
#include "goalpost/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace goalpost {

namespace {

namespace limits = check_thresholds;

// ---- formatting -----------------------------------------------------------------------------

// Thousands separated by commas, as the English objectives write them: 120,000.
std::string grouped(std::string_view digits) {
    const std::size_t sign = !digits.empty() && digits.front() == '-' ? 1 : 0;
    const std::size_t point = std::min(digits.find('.'), digits.size());
    std::string text(digits.substr(0, sign));
    for (std::size_t i = sign; i < digits.size(); ++i) {
        if (i > sign && i < point && (point - i) % 3 == 0) {
            text += ',';
        }
        text += digits[i];
    }
    return text;
}

std::string number_text(double value) {
    char buffer[64];
    if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.2f", value);
    }
    return grouped(buffer);
}

std::string percent_text(double fraction) {
    char buffer[64];
    const double percent = fraction * 100.0;
    std::snprintf(buffer, sizeof buffer, std::fabs(percent) < 10.0 && percent != std::round(percent)
                                             ? "%.1f%%"
                                             : "%.0f%%",
                  percent);
    return buffer;
}

std::string money_text(double value, std::string_view currency) {
    char digits[64];
    std::snprintf(digits, sizeof digits, "%.2f", value);
    const std::string buffer = grouped(digits);
    if (currency == "USD") {
        return std::string("$") + buffer;
    }
    if (currency == "EUR") {
        return std::string("\xE2\x82\xAC") + buffer;
    }
    if (currency == "GBP") {
        return std::string("\xC2\xA3") + buffer;
    }
    return currency.empty() || currency == "count" ? buffer
                                                   : buffer + " " + std::string(currency);
}

// ---- what kind of target --------------------------------------------------------------------

// Metrics read as a current value rather than a running total.
bool is_level_metric(const Objective& objective) {
    return objective.unit == "%" ||
           (objective.metric && objective.metric->kind != MetricKind::count);
}

// The time frame's length in days when elapsed days can be held against it: durations, and
// "this month/quarter/year" at the rubric's nominal lengths. Dates need a start date.
std::optional<double> frame_days(const TimeFrame& frame) {
    if (frame.kind == TimeFrame::Kind::duration && frame.days > 0) {
        return frame.days;
    }
    if (frame.kind == TimeFrame::Kind::end_of_period && frame.quarter == 0) {
        return nominal_days(frame.period);
    }
    return std::nullopt;
}

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

std::string too_early_reason(double elapsed, std::optional<double> frame) {
    const double judge_from =
        std::max(limits::learning_days, frame ? std::ceil(limits::min_time_fraction * *frame) : 0.0);
    return "day " + number_text(elapsed) + (frame ? " of " + number_text(*frame) : "") +
           "; judge from day " + number_text(judge_from) +
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
    return std::nullopt;
}

// ---- the checks -----------------------------------------------------------------------------

struct Plan {
    double target;                 // in the unit of `actual` (a fraction for % targets)
    std::optional<double> baseline; // given, or implied by "from X to Y"
    std::optional<double> frame;    // days
    std::optional<double> period;   // days of a per-period rate target
    bool level;
    bool lower_is_better;
};

std::string value_text(double value, const Objective& objective) {
    if (objective.unit == "%") {
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
    static constexpr std::string_view acronyms[] = {"cpl", "cpa", "cac", "mrr", "arr", "roas", "roi"};
    std::string name(objective.metric->name);
    if (std::find(std::begin(acronyms), std::end(acronyms), name) != std::end(acronyms)) {
        std::transform(name.begin(), name.end(), name.begin(),
                       [](char c) { return static_cast<char>(c - 32); });
    }
    return name;
}

// "6 customers" for a count, "MRR $100,000.00" for a value.
std::string metric_with_value(double value, const Objective& objective) {
    if (objective.unit == "count") {
        return number_text(value) + " " + metric_name(objective);
    }
    return metric_name(objective) + " " + value_text(value, objective);
}

// A running total ("30 leads per month", "win 5 customers within 6 months").
CheckResult check_total(const Objective& objective, const TrackingData& data, const Plan& plan) {
    CheckResult result;
    const double elapsed = data.elapsed_days;
    const double per = plan.period ? *plan.period : *plan.frame;
    const double expected = plan.target * std::min(elapsed, plan.period ? elapsed : per) / per;
    // "5 of 30 leads expected by day 28"; past the first period of a rate the expected count is
    // no longer the target, so it is stated.
    const std::string progress =
        plan.period && elapsed > *plan.period
            ? value_text(data.actual, objective) + " " + metric_name(objective) + " by day " +
                  number_text(elapsed) + ", " + value_text(expected, objective) + " expected at " +
                  value_text(plan.target, objective) + " per " + std::string(name_of(*objective.rate_period))
            : value_text(data.actual, objective) + " of " + value_text(plan.target, objective) + " " +
                  metric_name(objective) + " expected by day " + number_text(elapsed);
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
    // A shortfall that chance alone could explain is a risk, not a verdict: the exact Poisson
    // interval of a whole count still reaching what was expected.
    if (result.status == CheckStatus::off_track && objective.unit == "count" &&
        data.actual == std::floor(data.actual) && data.actual < 1e9) {
        if (const auto interval = poisson_interval(data.actual, limits::confidence);
            interval && interval->high >= expected) {
            result.status = CheckStatus::at_risk;
            result.reason += "; so few events that chance could explain the shortfall";
        }
    }
    return result;
}

// A current value ("reduce CPA to below €45", "conversion rate from 2% to 3%").
CheckResult check_level(const Objective& objective, const TrackingData& data, const Plan& plan) {
    CheckResult result;
    const double elapsed = data.elapsed_days;
    const bool met = plan.lower_is_better ? data.actual <= plan.target : data.actual >= plan.target;
    const std::string against = metric_with_value(data.actual, objective) +
                                (plan.lower_is_better ? " against a cap of " : " against the target of ") +
                                value_text(plan.target, objective);
    const bool frame_over = plan.frame && elapsed >= *plan.frame;
    if (met) {
        const bool ongoing = objective.direction == Direction::keep_below && !frame_over;
        result.status = ongoing ? CheckStatus::on_track : CheckStatus::achieved;
        result.reason = against + (ongoing ? ", held so far" : ", met");
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

void check_cost_cap(const Objective& objective, const TrackingData& data, CheckResult& result) {
    if (!objective.cost_cap || !objective.cost_metric || !data.spend ||
        (objective.metric && objective.metric->name == name_of(*objective.cost_metric))) {
        return;
    }
    std::string label(name_of(*objective.cost_metric));
    std::transform(label.begin(), label.end(), label.begin(),
                   [](char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c); });
    const std::string_view currency = objective.unit != "count" && objective.unit != "%"
                                          ? objective.unit
                                          : std::string_view("USD");
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
    const bool level = is_level_metric(objective);
    const double unit_scale = objective.unit == "%" ? 0.01 : 1.0; // Calc keeps 12% as 0.12
    std::optional<double> target;
    std::optional<double> baseline = data.baseline;
    if (objective.target) {
        target = *objective.target * unit_scale;
        if (!baseline && objective.change && *objective.change > -1.0) { // "from X to Y"
            baseline = *target / (1.0 + *objective.change);
        }
    } else if (objective.change) {
        if (!baseline) {
            return not_measurable("a relative target (" + percent_text(*objective.change) +
                                  ") needs today's value: give the baseline argument");
        }
        target = *baseline * (1.0 + *objective.change);
    }
    if (!target) {
        return not_measurable("no number, add a target such as \"30 leads per month\" or \"by 25%\"");
    }
    Plan plan{*target, baseline, frame_days(objective.time_frame), std::nullopt, level,
              objective.direction == Direction::decrease ||
                  objective.direction == Direction::keep_below};
    if (objective.rate_period && !level) {
        plan.period = nominal_days(*objective.rate_period);
    }
    if (!plan.frame && !plan.period) {
        const bool met = plan.lower_is_better ? data.actual <= *target : data.actual >= *target;
        if (met && objective.time_frame.kind != TimeFrame::Kind::none &&
            objective.direction != Direction::keep_below) {
            return CheckResult{CheckStatus::achieved, std::nullopt,
                               metric_with_value(data.actual, objective) +
                                   ", the target is " + value_text(*target, objective)};
        }
        if (objective.time_frame.kind == TimeFrame::Kind::none) {
            return not_measurable(
                "no deadline, add one such as \"within 3 months\" or \"by 31 March\"");
        }
        return not_measurable("the deadline is a date, so elapsed days cannot be paced against "
                              "it; state the time frame as a duration such as \"within 90 days\"");
    }
    CheckResult result = level || plan.lower_is_better ? check_level(objective, data, plan)
                                                       : check_total(objective, data, plan);
    check_cost_cap(objective, data, result);
    check_conversion(objective, data, result);
    if (result.pace && !std::isfinite(*result.pace)) {
        result.pace.reset();
    }
    return result;
}

} // namespace goalpost
