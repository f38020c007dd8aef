#include "goalpost/smart.hpp"

#include <cmath>
#include <cstdio>

namespace goalpost {

namespace {

bool is_rate_metric(const Objective& objective) {
    return objective.metric && objective.metric->kind == MetricKind::rate;
}

bool specific(const Objective& objective) {
    return objective.metric &&
           (!objective.channel.empty() || !objective.segment.empty() ||
            objective.names_product_or_campaign);
}

bool measurable(const Objective& objective) {
    return objective.target || objective.change || objective.cost_cap ||
           objective.conversion_target;
}

bool relevant(const Objective& objective) {
    const auto at_business_level = [](Tier tier) {
        return tier == Tier::pipeline || tier == Tier::revenue;
    };
    if (objective.metric && at_business_level(objective.metric->tier)) {
        return true;
    }
    if (objective.conversion_into && at_business_level(*objective.conversion_into)) {
        return true;
    }
    return objective.cost_metric == CostMetric::cpa || objective.cost_metric == CostMetric::cac;
}

bool time_bound(const Objective& objective) {
    return objective.time_frame.kind != TimeFrame::Kind::none;
}

// The time frame's length in days, or for "this month" / "this quarter" / "this year" the
// longest it can be (whatever the start date, growth that is too fast even then is too fast);
// 0 when it depends on a start date the rubric does not have.
int longest_possible_days(const TimeFrame& frame) {
    if (frame.kind == TimeFrame::Kind::duration) {
        return frame.days;
    }
    if (frame.kind == TimeFrame::Kind::end_of_period && frame.quarter == 0) {
        switch (frame.period) {
        case Period::month: return 31;
        case Period::quarter: return 92;
        case Period::year: return 366;
        case Period::day: return 1;
        case Period::week: return 7;
        }
    }
    return 0;
}

// Rubric rules 1-5; the first that applies names the issue.
AchievabilityIssue achievability(const Objective& objective, std::optional<double> baseline,
                                 double& monthly_growth) {
    if (!measurable(objective)) {
        return AchievabilityIssue::not_measurable;
    }
    std::optional<double> change = objective.change;
    if (!change && baseline && *baseline > 0.0 && objective.target) {
        change = *objective.target / *baseline - 1.0;
    }
    if (objective.extreme_multiplier || (change && *change + 1.0 >= max_multiplier)) {
        return AchievabilityIssue::extreme_multiplier;
    }
    if ((objective.conversion_target && *objective.conversion_target >= 1.0) ||
        (is_rate_metric(objective) && objective.unit == "%" && objective.target &&
         *objective.target >= 100.0)) {
        return AchievabilityIssue::rate_of_100_percent;
    }
    if (const int days = longest_possible_days(objective.time_frame);
        change && *change > 0.0 && days > 0) {
        monthly_growth = std::pow(1.0 + *change, 30.0 / days) - 1.0;
        if (monthly_growth > max_monthly_growth) {
            return AchievabilityIssue::growth_too_fast;
        }
    }
    const bool moves = objective.direction == Direction::increase ||
                       objective.direction == Direction::decrease;
    if (moves && objective.target && !objective.change && !baseline) {
        return AchievabilityIssue::needs_baseline;
    }
    if (baseline && objective.target && !objective.change &&
        ((objective.direction == Direction::increase && *objective.target <= *baseline) ||
         (objective.direction == Direction::decrease && *objective.target >= *baseline))) {
        return AchievabilityIssue::baseline_already_meets_target;
    }
    return AchievabilityIssue::none;
}

std::string percent(double fraction) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", fraction * 100.0);
    return buffer;
}

std::string gap(Criterion criterion, const Objective& objective,
                const SmartAssessment& assessment) {
    switch (criterion) {
    case Criterion::specific:
        if (!objective.metric) {
            return "S: no metric named, say what will be measured, such as \"qualified leads\", "
                   "\"customers\" or \"revenue\"";
        }
        return "S: " + std::string(objective.metric->name) +
               " from where or for whom? name a channel (\"from Google Ads\"), a segment "
               "(\"in the enterprise segment\") or a product";
    case Criterion::measurable:
        return "M: no number, add a target such as \"30 leads per month\" or \"by 25%\"";
    case Criterion::achievable:
        switch (assessment.achievability) {
        case AchievabilityIssue::not_measurable:
            return "A: cannot be judged without a numeric target";
        case AchievabilityIssue::extreme_multiplier:
            return "A: 10 times today or more is a moonshot, not a plan; set a target below 10x "
                   "today's value";
        case AchievabilityIssue::rate_of_100_percent:
            return "A: a rate of 100% or more cannot be reached; set a target below 100%";
        case AchievabilityIssue::growth_too_fast:
            return "A: needs " + percent(assessment.monthly_growth) +
                   " growth a month, above the 15% a month that is achievable; lower the target "
                   "or allow more time";
        case AchievabilityIssue::needs_baseline:
            return "A: the size of the jump is unknown, give today's value as the baseline "
                   "argument";
        case AchievabilityIssue::baseline_already_meets_target:
            return "A: the baseline already meets the target; set one beyond today's value";
        case AchievabilityIssue::none:
            break;
        }
        return {};
    case Criterion::relevant:
        if (!objective.metric) {
            return "R: no business outcome, measure qualified leads, pipeline, customers or "
                   "revenue";
        }
        return "R: " + std::string(objective.metric->name) +
               " alone is activity, not a business outcome; tie it to qualified leads, customers "
               "or revenue, such as \"and convert 10% of them into customers\"";
    case Criterion::time_bound:
        if (objective.rate_period) {
            return "T: a rate per " + std::string(name_of(*objective.rate_period)) +
                   " has no end date, add one such as \"within 3 months\" or \"by 31 March\"";
        }
        return "T: no deadline, add one such as \"within 3 months\" or \"by 31 March\"";
    }
    return {};
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

} // namespace

int SmartAssessment::score() const {
    int total = 0;
    for (bool criterion : met) {
        total += criterion ? 1 : 0;
    }
    return total;
}

Result<Criterion> criterion_from_name(std::string_view name, int argument) {
    static constexpr std::pair<std::string_view, std::string_view> names[] = {
        {"s", "specific"}, {"m", "measurable"}, {"a", "achievable"}, {"r", "relevant"},
        {"t", "time-bound"}};
    while (!name.empty() && name.front() == ' ') {
        name.remove_prefix(1);
    }
    while (!name.empty() && name.back() == ' ') {
        name.remove_suffix(1);
    }
    for (std::size_t i = 0; i < std::size(names); ++i) {
        if (equals_ignoring_case(name, names[i].first) ||
            equals_ignoring_case(name, names[i].second) ||
            (i == 4 && (equals_ignoring_case(name, "time bound") ||
                        equals_ignoring_case(name, "timebound") ||
                        equals_ignoring_case(name, "time")))) {
            return static_cast<Criterion>(i);
        }
    }
    return invalid_argument(argument, "unknown SMART criterion");
}

SmartAssessment assess_smart(const Objective& objective, std::optional<double> baseline) {
    SmartAssessment assessment;
    assessment.achievability = achievability(objective, baseline, assessment.monthly_growth);
    assessment.met = {specific(objective), measurable(objective),
                      assessment.achievability == AchievabilityIssue::none, relevant(objective),
                      time_bound(objective)};
    return assessment;
}

std::string smart_gaps(const Objective& objective, const SmartAssessment& assessment) {
    std::string gaps;
    for (std::size_t i = 0; i < assessment.met.size(); ++i) {
        if (!assessment.met[i]) {
            if (!gaps.empty()) {
                gaps += "; ";
            }
            gaps += gap(static_cast<Criterion>(i), objective, assessment);
        }
    }
    return gaps;
}

} // namespace goalpost
