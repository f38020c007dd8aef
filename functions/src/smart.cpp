#include "goalpost/smart.hpp"

#include "objective_traits.hpp"
#include "objective_language.hpp"
#include "text.hpp"
#include "wording.hpp"


#include <cmath>

namespace goalpost {

namespace {

using detail::is_bounded_share;

// A company-wide metric (MRR, churn, NRR) is specific on its own: there is one per company.
bool specific(const Objective& objective) {
    return objective.metric &&
           (!objective.channel.empty() || !objective.segment.empty() ||
            objective.names_product_or_campaign || objective.metric->company_wide);
}

bool measurable(const Objective& objective) {
    return objective.target || objective.change || objective.points || objective.amount_change ||
           objective.cost_cap || objective.conversion_target;
}

// Brand salience among a named audience (aided awareness among UK CFOs, share of search in
// Germany) counts as an outcome: most B2B buyers are out of market at any time, and whether
// they think of the brand when they return is what brand marketing is funded for.
bool relevant(const Objective& objective) {
    const auto at_business_level = [](Tier tier) {
        return tier == Tier::pipeline || tier == Tier::revenue;
    };
    if (objective.metric && at_business_level(objective.metric->tier)) {
        return true;
    }
    if (objective.metric && objective.metric->brand_health && !objective.segment.empty()) {
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

// The longest the time frame can be, so that growth too fast even then is too fast: a
// duration's length; "this month/quarter/year" at most 31, 92 or 366 days; a calendar deadline
// without a year ("by Black Friday", "in Q3", "by the end of the year") comes round within 366
// days. 0 when it cannot be bounded: a date with a year may be years away.
int longest_possible_days(const TimeFrame& frame) {
    switch (frame.kind) {
    case TimeFrame::Kind::none:
        return 0;
    case TimeFrame::Kind::duration:
        return frame.days;
    case TimeFrame::Kind::end_of_period:
        if (frame.nominal) {
            switch (frame.period) {
            case Period::month: return 31;
            case Period::quarter: return 92;
            case Period::year: return 366;
            case Period::day: return 1;
            case Period::week: return 7;
            }
        }
        return 366;
    case TimeFrame::Kind::date:
        return frame.date.year == 0 && frame.date.event != Event::unscheduled ? 366 : 0;
    }
    return 0;
}

// The ratio new / old the objective commits to, from its change, points or baseline.
std::optional<double> committed_ratio(const Objective& objective, std::optional<double> baseline) {
    if (objective.change) {
        return 1.0 + *objective.change;
    }
    const bool usable_baseline = baseline && *baseline > 0.0;
    if (objective.points && usable_baseline) {
        return (*baseline + *objective.points) / *baseline;
    }
    if (objective.amount_change && usable_baseline) {
        return (*baseline + *objective.amount_change) / *baseline;
    }
    if (objective.target && usable_baseline && !detail::is_keep(objective)) {
        return *objective.target * detail::unit_scale(objective) / *baseline;
    }
    return std::nullopt;
}

// Rubric rules 1-5; the first that applies names the issue.
AchievabilityIssue achievability(const Objective& objective, std::optional<double> baseline,
                                 SmartAssessment& assessment) {
    if (!measurable(objective)) {
        return AchievabilityIssue::not_measurable;
    }
    const double scale = detail::unit_scale(objective);
    const bool increase = objective.direction == Direction::increase;
    const bool decrease = objective.direction == Direction::decrease;
    // Rule 5 first: a target the starting point already meets is no plan, however fast.
    const bool from_meets =
        objective.change && ((decrease && *objective.change > 0.0) || (increase && *objective.change < 0.0));
    const bool baseline_meets =
        baseline && objective.target && !objective.change &&
        ((increase && *objective.target * scale <= *baseline) ||
         (decrease && *objective.target * scale >= *baseline));
    if (from_meets || baseline_meets) {
        return AchievabilityIssue::baseline_already_meets_target;
    }
    const std::optional<double> ratio = committed_ratio(objective, baseline);
    const int days = longest_possible_days(objective.time_frame);
    // Rule 1 only when the time frame cannot be timed: with a known length, rule 3 weighs the
    // multiple against the time (10x in 5 years is 4% a month). A cut to nothing is always one.
    if ((ratio && *ratio <= 0.0) ||
        (days == 0 && (objective.extreme_multiplier ||
                       (ratio && (*ratio >= max_multiplier || *ratio <= 1.0 / max_multiplier))))) {
        return AchievabilityIssue::extreme_multiplier;
    }
    const bool level_of_100 =
        is_bounded_share(objective) &&
        ((objective.unit == "%" && objective.target && *objective.target * scale >= 1.0) ||
         (objective.points && baseline && *baseline + *objective.points >= 1.0));
    if ((objective.conversion_target && *objective.conversion_target >= 1.0) || level_of_100) {
        return AchievabilityIssue::rate_of_100_percent;
    }
    // Rule 3: a cut to 1/k is as fast as growth by k.
    if (ratio && days > 0 && *ratio != 1.0) {
        const double factor = *ratio > 1.0 ? *ratio : 1.0 / *ratio;
        assessment.monthly_growth = std::pow(factor, 30.0 / days) - 1.0;
        assessment.decrease = *ratio < 1.0;
        if (assessment.monthly_growth > max_monthly_growth) {
            return AchievabilityIssue::growth_too_fast;
        }
    }
    if ((increase || decrease) && objective.target && !objective.change && !objective.points &&
        !objective.from_value && !baseline) {
        return AchievabilityIssue::needs_baseline;
    }
    return AchievabilityIssue::none;
}


// The metric as the hint names it: English says its canonical name, another language the
// words the objective used ("Kündigungsrate").
std::string metric_in_hint(const Objective& objective) {
    if (objective.language != Language::english && !objective.metric_as_written.empty()) {
        return objective.metric_as_written;
    }
    return std::string(objective.metric->name);
}

std::string gap(Criterion criterion, const Objective& objective,
                const SmartAssessment& assessment) {
    const detail::LanguageTables& tables = detail::tables_of(objective.language);
    const auto say = [&](detail::Hint hint, const auto&... fields) {
        return detail::fill_in(tables.hints[static_cast<std::size_t>(hint)],
                               {std::string_view(fields)...});
    };
    using detail::Hint;
    const Language language = objective.language;
    switch (criterion) {
    case Criterion::specific:
        return objective.metric ? say(Hint::no_place, metric_in_hint(objective)) : say(Hint::no_metric);
    case Criterion::measurable:
        return say(objective.ambiguous_number ? Hint::ambiguous_number : Hint::no_number);
    case Criterion::achievable:
        switch (assessment.achievability) {
        case AchievabilityIssue::not_measurable: return say(Hint::not_measurable);
        case AchievabilityIssue::extreme_multiplier:
            return say(Hint::extreme_multiplier, detail::number_text(max_multiplier, language));
        case AchievabilityIssue::rate_of_100_percent: return say(Hint::rate_of_100_percent);
        case AchievabilityIssue::growth_too_fast:
            return say(assessment.decrease ? Hint::cut_too_fast : Hint::growth_too_fast,
                       detail::percent_text(assessment.monthly_growth, language),
                       detail::percent_text(max_monthly_growth, language));
        case AchievabilityIssue::needs_baseline: return say(Hint::needs_baseline);
        case AchievabilityIssue::baseline_already_meets_target:
            return say(Hint::baseline_meets_target);
        case AchievabilityIssue::none: break;
        }
        return {};
    case Criterion::relevant:
        return objective.metric ? say(Hint::activity_only, metric_in_hint(objective))
                                : say(Hint::no_outcome);
    case Criterion::time_bound:
        if (objective.ambiguous_date) {
            return say(Hint::ambiguous_date);
        }
        if (objective.rate_period) {
            return say(Hint::rate_without_end,
                       tables.period_names[static_cast<std::size_t>(*objective.rate_period)]);
        }
        return say(Hint::no_deadline);
    }
    return {};
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
    // The letters, and the criterion words users know in English, German, French and Spanish
    // (German SMART reads A as attraktiv and R as realistisch).
    static constexpr std::array<std::pair<std::string_view, Criterion>, 41> names{{
        {"s", Criterion::specific},    {"specific", Criterion::specific},
        {"m", Criterion::measurable},  {"measurable", Criterion::measurable},
        {"a", Criterion::achievable},  {"achievable", Criterion::achievable},
        {"r", Criterion::relevant},    {"relevant", Criterion::relevant},
        {"t", Criterion::time_bound},  {"time bound", Criterion::time_bound},
        {"timebound", Criterion::time_bound}, {"time", Criterion::time_bound},
        {"time bounded", Criterion::time_bound},
        {"spezifisch", Criterion::specific}, {"messbar", Criterion::measurable},
        {"attraktiv", Criterion::achievable}, {"erreichbar", Criterion::achievable},
        {"akzeptiert", Criterion::achievable}, {"realistisch", Criterion::relevant},
        {"relevanz", Criterion::relevant}, {"terminiert", Criterion::time_bound},
        {"spécifique", Criterion::specific}, {"mesurable", Criterion::measurable},
        {"atteignable", Criterion::achievable}, {"ambitieux", Criterion::achievable},
        {"acceptable", Criterion::achievable}, {"réaliste", Criterion::relevant},
        {"pertinent", Criterion::relevant}, {"temporel", Criterion::time_bound},
        {"temporellement défini", Criterion::time_bound}, {"daté", Criterion::time_bound},
        {"específico", Criterion::specific}, {"medible", Criterion::measurable},
        {"alcanzable", Criterion::achievable}, {"asumible", Criterion::achievable},
        {"realista", Criterion::relevant}, {"relevante", Criterion::relevant},
        {"temporal", Criterion::time_bound}, {"con plazo", Criterion::time_bound},
        {"a tiempo", Criterion::time_bound}, {"acotado en el tiempo", Criterion::time_bound},
    }};
    if (const auto criterion = detail::lookup_name(name, names)) {
        return *criterion;
    }
    return invalid_argument(argument, "unknown SMART criterion");
}

SmartAssessment assess_smart(const Objective& objective, std::optional<double> baseline) {
    SmartAssessment assessment;
    assessment.achievability = achievability(objective, baseline, assessment);
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
