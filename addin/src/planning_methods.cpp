// FunctionsComponent: reverse-funnel planning and pacing.
#include "array_answer.hpp"
#include "functions_component.hpp"
#include "uno_arguments.hpp"

#include "goalpost/planning.hpp"

namespace goalpost::addin {

double FunctionsComponent::leadsneeded(double target, const AnyRows& rates, const Any& average_deal) {
    return number_answer([&] {
        return apply_converted([&](const NumberList& list, std::optional<double> deal) {
            const auto bottom = funnel_target(target, list.values, deal, 3);
            return bottom ? leads_needed(*bottom, list.values) : bottom;
        }, number_list(rates, 2), optional_number(average_deal, 3));
    });
}

DoubleRows FunctionsComponent::reversefunnel(double target, const AnyRows& rates,
                                             const Any& average_deal) {
    return array_answer([&]() -> Result<NumberList> {
        auto list = number_list(rates, 2);
        if (!list) {
            return list.failure();
        }
        auto deal = optional_number(average_deal, 3);
        if (!deal) {
            return deal.failure();
        }
        auto bottom = funnel_target(target, list->values, *deal, 3);
        if (!bottom) {
            return bottom.failure();
        }
        auto counts = reverse_funnel(*bottom, list->values);
        if (!counts) {
            return counts.failure();
        }
        return NumberList{std::move(counts).value(), Orientation::column};
    });
}

double FunctionsComponent::budgetneeded(double target, const AnyRows& rates,
                                        double cost_per_lead, const Any& average_deal) {
    return number_answer([&] {
        return apply_converted([&](const NumberList& list, std::optional<double> deal) {
            const auto bottom = funnel_target(target, list.values, deal, 4);
            return bottom ? budget_needed(*bottom, list.values, cost_per_lead) : bottom;
        }, number_list(rates, 2), optional_number(average_deal, 4));
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
