#include "goalpost/planning.hpp"

#include "domain.hpp"

#include <cmath>

namespace goalpost {

using detail::check_non_negative;
using detail::check_period;
using detail::check_non_zero;
using detail::first_failure;

namespace {

constexpr int rates_argument = 2;

// A period or length of time that must be longer than zero to mean anything.
} // namespace

double ceil_whole(double value) {
    const double nearest = std::round(value);
    if (std::fabs(value - nearest) <= 1e-9 * std::fmax(1.0, std::fabs(value))) {
        return nearest;
    }
    return std::ceil(value);
}

namespace {

// A funnel's target (argument 1) and its stage-to-stage rates (argument 2).
std::optional<Failure> check_funnel(double target, std::span<const double> rates) {
    if (auto failure = check_non_negative(target, 1)) {
        return failure;
    }
    if (rates.empty()) {
        return invalid_argument(rates_argument, "at least one stage-to-stage rate is needed");
    }
    for (double rate : rates) {
        if (!std::isfinite(rate) || rate <= 0.0 || rate > 1.0) {
            return invalid_argument(rates_argument, "each rate must be within (0; 1]");
        }
    }
    return std::nullopt;
}

} // namespace

Result<double> funnel_target(double target, std::span<const double> rates,
                             std::optional<double> average_deal, int deal_argument) {
    if (auto failure = check_funnel(target, rates)) {
        return *failure;
    }
    return average_deal ? customers_for_revenue(target, *average_deal, deal_argument)
                        : Result<double>(target);
}

Result<std::vector<double>> reverse_funnel(double target, std::span<const double> rates) {
    if (auto failure = check_funnel(target, rates)) {
        return *failure;
    }
    std::vector<double> counts(rates.size() + 1);
    counts.back() = target;
    for (std::size_t stage = rates.size(); stage-- > 0;) {
        counts[stage] = ceil_whole(counts[stage + 1] / rates[stage]);
        if (!std::isfinite(counts[stage])) {
            return Failure{ErrorKind::overflow, 0, "the funnel needs more than a number can hold"};
        }
    }
    return counts;
}

Result<double> leads_needed(double target, std::span<const double> rates) {
    auto counts = reverse_funnel(target, rates);
    if (!counts) {
        return counts.failure();
    }
    return counts->front();
}

Result<double> budget_needed(double target, std::span<const double> rates, double cost_per_lead) {
    auto leads = leads_needed(target, rates);
    if (!leads) {
        return leads.failure();
    }
    if (auto failure = check_non_negative(cost_per_lead, 3)) {
        return *failure;
    }
    return finite(*leads * cost_per_lead);
}

Result<double> customers_for_revenue(double revenue_target, double average_deal, int deal_argument) {
    if (auto failure = first_failure(check_non_negative(revenue_target, 1),
                                     check_non_negative(average_deal, deal_argument))) {
        return *failure;
    }
    if (auto failure = check_non_zero(average_deal, deal_argument)) {
        return *failure;
    }
    return finite(ceil_whole(revenue_target / average_deal));
}

Result<double> last_lead_date(double deadline, double cycle_days) {
    if (auto failure = first_failure(check_non_negative(deadline, 1),
                                     check_non_negative(cycle_days, 2))) {
        return *failure;
    }
    if (cycle_days > deadline) {
        return invalid_argument(2, "the cycle reaches back before the first day a date can be");
    }
    return finite(deadline - cycle_days);
}

Result<double> run_rate(double actual, double elapsed, double period) {
    if (auto failure = first_failure(check_non_negative(actual, 1),
                                     check_non_negative(elapsed, 2), check_period(period, 3))) {
        return *failure;
    }
    if (auto failure = check_non_zero(elapsed, 2)) {
        return *failure;
    }
    return finite(actual * period / elapsed);
}

Result<double> pace(double actual, double target, double elapsed, double period) {
    if (auto failure = first_failure(check_non_negative(actual, 1), check_non_negative(target, 2),
                                     check_non_negative(elapsed, 3), check_period(period, 4))) {
        return *failure;
    }
    if (auto failure = first_failure(check_non_zero(target, 2), check_non_zero(elapsed, 3))) {
        return *failure;
    }
    return finite(actual / (target * elapsed / period));
}

} // namespace goalpost
