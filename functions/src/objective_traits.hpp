// What an objective's metric and unit say about how its numbers are read, shared by the rubric
// (smart.cpp) and the check (objective_check.cpp).
#pragma once

#include "goalpost/objective.hpp"

namespace goalpost::detail {

// A share that cannot exceed 100% (conversion rate, churn, CTR); ratios such as ROAS or NRR can.
inline bool is_bounded_share(const Objective& objective) {
    return objective.metric && objective.metric->kind == MetricKind::rate;
}

// A current value (a rate, ratio, cost or level such as MRR) rather than a flow counted per
// period.
inline bool is_level_metric(const Objective& objective) {
    return objective.unit == "%" || (objective.metric && objective.metric->kind != MetricKind::count);
}

// A cap or floor to hold ("keep CPL below 25", "ROAS at least 4:1") rather than a change.
inline bool is_keep(const Objective& objective) {
    return objective.direction == Direction::keep_below ||
           objective.direction == Direction::keep_above;
}

// The factor from the objective's target as written to Calc's value: 12% is 0.12.
inline double unit_scale(const Objective& objective) { return objective.unit == "%" ? 0.01 : 1.0; }

} // namespace goalpost::detail
