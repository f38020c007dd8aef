// FunctionsComponent: reverse-funnel planning and pacing.
#include "array_answer.hpp"
#include "functions_component.hpp"
#include "uno_arguments.hpp"

#include "goalpost/planning.hpp"

namespace goalpost::addin {

namespace {

// The funnel's target: the target as given, or the customers a revenue target needs at the
// average deal of the argument at `deal_position`.
Result<double> funnel_target(double target, const Any& average_deal, int deal_position) {
    return apply_converted(
        [&](std::optional<double> deal) -> Result<double> {
            return deal ? customers_for_revenue(target, *deal, deal_position) : Result<double>(target);
        },
        optional_number(average_deal, deal_position));
}

} // namespace

double FunctionsComponent::leadsneeded(double target, const AnyRows& rates, const Any& average_deal) {
    return number_answer([&] {
        return apply_converted([&](double customers, const NumberList& list) {
            return leads_needed(customers, list.values);
        }, funnel_target(target, average_deal, 3), number_list(rates, 2));
    });
}

DoubleRows FunctionsComponent::reversefunnel(double target, const AnyRows& rates,
                                             const Any& average_deal) {
    return array_answer([&]() -> Result<NumberList> {
        auto customers = funnel_target(target, average_deal, 3);
        if (!customers) {
            return customers.failure();
        }
        auto list = number_list(rates, 2);
        if (!list) {
            return list.failure();
        }
        auto counts = reverse_funnel(*customers, list->values);
        if (!counts) {
            return counts.failure();
        }
        return NumberList{std::move(counts).value(), Orientation::column};
    });
}

double FunctionsComponent::budgetneeded(double target, const AnyRows& rates,
                                        double cost_per_lead, const Any& average_deal) {
    return number_answer([&] {
        return apply_converted([&](double customers, const NumberList& list) {
            return budget_needed(customers, list.values, cost_per_lead);
        }, funnel_target(target, average_deal, 4), number_list(rates, 2));
    });
}

double FunctionsComponent::lastleaddate(double deadline, double cycle_days) {
    return number_answer([&] { return last_lead_date(deadline, cycle_days); });
}

double FunctionsComponent::runrate(const DoubleRows& actual, double elapsed, double period) {
    return number_answer([&] {
        return apply_converted([&](double actual_value) {
            return run_rate(actual_value, elapsed, period);
        }, required_amount(actual));
    });
}

double FunctionsComponent::pace(const DoubleRows& actual, double target, double elapsed,
                                double period) {
    return number_answer([&] {
        return apply_converted([&](double actual_value) {
            return goalpost::pace(actual_value, target, elapsed, period);
        }, required_amount(actual));
    });
}

} // namespace goalpost::addin
