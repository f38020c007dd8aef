// FunctionsComponent: cost, return and funnel metrics.
#include "array_answer.hpp"
#include "functions_component.hpp"
#include "uno_arguments.hpp"

#include "goalpost/funnel.hpp"
#include "goalpost/metrics.hpp"

namespace goalpost::addin {

double FunctionsComponent::cpl(const DoubleRows& spend, const DoubleRows& leads) {
    return number_answer([&] {
        return apply_converted(cost_per_lead, required_amount(spend), required_amount(leads));
    });
}

double FunctionsComponent::cpa(const DoubleRows& spend, const DoubleRows& acquisitions) {
    return number_answer([&] {
        return apply_converted(cost_per_acquisition, required_amount(spend),
                               required_amount(acquisitions));
    });
}

double FunctionsComponent::cac(const DoubleRows& marketing_cost, const DoubleRows& new_customers,
                               const Any& sales_cost) {
    return number_answer([&] {
        return apply_converted(customer_acquisition_cost, required_amount(marketing_cost),
                               required_amount(new_customers),
                               optional_amount(sales_cost, 3, 0.0));
    });
}

double FunctionsComponent::roas(const DoubleRows& revenue, const DoubleRows& ad_spend) {
    return number_answer([&] {
        return apply_converted(return_on_ad_spend, required_amount(revenue),
                               required_amount(ad_spend));
    });
}

double FunctionsComponent::roi(const DoubleRows& revenue, const DoubleRows& cost,
                               const Any& margin) {
    return number_answer([&] {
        return apply_converted(
            [](double revenue_value, double cost_value, std::optional<double> margin_value) {
                return return_on_investment(revenue_value, cost_value, margin_value.value_or(1.0));
            },
            required_amount(revenue), required_amount(cost), optional_number(margin, 3));
    });
}

double FunctionsComponent::convrate(const DoubleRows& conversions, const DoubleRows& total) {
    return number_answer([&] {
        return apply_converted(conversion_rate, required_amount(conversions),
                               required_amount(total));
    });
}

double FunctionsComponent::funnelconv(const AnyRows& stages, const Any& from, const Any& to) {
    return number_answer([&] {
        return apply_converted(
            [](const NumberList& list, std::optional<double> from_stage,
               std::optional<double> to_stage) {
                return funnel_conversion(list.values, from_stage, to_stage);
            },
            number_list(stages, 1), optional_number(from, 2), optional_number(to, 3));
    });
}

DoubleRows FunctionsComponent::funnelsteps(const AnyRows& stages) {
    return array_answer([&]() -> Result<NumberList> {
        auto list = number_list(stages, 1);
        if (!list) {
            return list.failure();
        }
        auto steps = funnel_steps(list->values);
        if (!steps) {
            return steps.failure();
        }
        NumberList cells{{}, list->orientation};
        cells.values.reserve(steps->size());
        for (const Result<double>& step : *steps) {
            cells.values.push_back(to_cell(step));
        }
        return cells;
    });
}

} // namespace goalpost::addin
