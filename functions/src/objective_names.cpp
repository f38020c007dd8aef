// Names of the objective's enumerations as OBJECTIVEFIELD and METRICTIER show them.
#include "goalpost/objective.hpp"


#include <string>

namespace goalpost {

int nominal_days(Period period) {
    switch (period) {
    case Period::day: return 1;
    case Period::week: return 7;
    case Period::month: return 30;
    case Period::quarter: return 90;
    case Period::year: return 365;
    }
    return 0;
}

std::string_view name_of(Tier tier) {
    switch (tier) {
    case Tier::awareness: return "awareness";
    case Tier::engagement: return "engagement";
    case Tier::lead: return "lead";
    case Tier::pipeline: return "pipeline";
    case Tier::revenue: return "revenue";
    }
    return {};
}

std::string_view name_of(Direction direction) {
    switch (direction) {
    case Direction::increase: return "increase";
    case Direction::decrease: return "decrease";
    case Direction::reach: return "reach";
    case Direction::keep_below: return "keep below";
    case Direction::keep_above: return "keep above";
    }
    return {};
}

std::string_view name_of(Period period) {
    switch (period) {
    case Period::day: return "day";
    case Period::week: return "week";
    case Period::month: return "month";
    case Period::quarter: return "quarter";
    case Period::year: return "year";
    }
    return {};
}

std::string_view name_of(CostMetric metric) {
    switch (metric) {
    case CostMetric::cpl: return "cpl";
    case CostMetric::cpa: return "cpa";
    case CostMetric::cac: return "cac";
    }
    return {};
}

std::string_view name_of(Language language) {
    switch (language) {
    case Language::english: return "en";
    case Language::german: return "de";
    case Language::french: return "fr";
    case Language::spanish: return "es";
    }
    return {};
}

// The tier of the metric the objective reader finds in the text, so that METRICTIER and
// OBJECTIVEFIELD(;"tier") always agree: "SQLs (inbound)" is pipeline either way.
std::optional<Tier> metric_tier(std::string_view metric) {
    const Objective objective = parse_objective(metric);
    if (!objective.metric) {
        return std::nullopt;
    }
    return objective.metric->tier;
}

} // namespace goalpost
