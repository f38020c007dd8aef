// FunctionsComponent: reverse-funnel planning and pacing.
#include "array_answer.hpp"
#include "functions_component.hpp"
#include "uno_arguments.hpp"

#include "goalpost/planning.hpp"

namespace goalpost::addin {

double FunctionsComponent::leadsneeded(double target, const AnyRows& rates) {
    return number_answer([&] {
        return apply_converted([&](const NumberList& list) {
            return leads_needed(target, list.values);
        }, number_list(rates, 2));
    });
}

DoubleRows FunctionsComponent::reversefunnel(double target, const AnyRows& rates) {
    return array_answer([&]() -> Result<NumberList> {
        auto list = number_list(rates, 2);
        if (!list) {
            return list.failure();
        }
        auto counts = reverse_funnel(target, list->values);
        if (!counts) {
            return counts.failure();
        }
        return NumberList{std::move(counts).value(), Orientation::column};
    });
}

double FunctionsComponent::budgetneeded(double target, const AnyRows& rates,
                                        double cost_per_lead) {
    return number_answer([&] {
        return apply_converted([&](const NumberList& list) {
            return budget_needed(target, list.values, cost_per_lead);
        }, number_list(rates, 2));
    });
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
