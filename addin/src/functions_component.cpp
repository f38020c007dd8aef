#include "functions_component.hpp"

#include "answer.hpp"
#include "names.hpp"
#include "uno_arguments.hpp"

#include "goalpost/funnel.hpp"
#include "goalpost/metrics.hpp"
#include "goalpost/planning.hpp"
#include "goalpost/statistics.hpp"

#include <sal/types.h>

namespace goalpost::addin {

namespace {

OUString to_oustring(std::string_view ascii) {
    return OUString(ascii.data(), static_cast<sal_Int32>(ascii.size()), RTL_TEXTENCODING_ASCII_US);
}

// A rows x columns array shaped like the stages it was computed from.
DoubleRows shaped(const std::vector<double>& values, Orientation orientation) {
    const auto count = static_cast<sal_Int32>(values.size());
    if (orientation == Orientation::row) {
        const Sequence<double> row(values.data(), count);
        return DoubleRows(&row, 1);
    }
    DoubleRows rows(count);
    auto* row = rows.getArray();
    for (sal_Int32 i = 0; i < count; ++i) {
        row[i] = Sequence<double>(&values[static_cast<std::size_t>(i)], 1);
    }
    return rows;
}

// A whole-call failure of an array function: a single cell showing the error.
DoubleRows error_array(double cell_error) {
    const Sequence<double> row(&cell_error, 1);
    return DoubleRows(&row, 1);
}

// One array-returning spreadsheet call: `compute` yields the cells and their orientation, or a
// failure shown as a single error cell. Nothing thrown inside reaches Calc.
template <class Compute>
DoubleRows array_answer(Compute&& compute) noexcept {
    try {
        auto cells = compute();
        if (!cells) {
            return error_array(to_cell(cells.failure()));
        }
        return shaped(cells->values, cells->orientation);
    } catch (...) {
        try {
            return error_array(internal_failure_cell());
        } catch (...) {
            return DoubleRows(); // no memory even for one cell: Calc shows #VALUE!
        }
    }
}

// One bound of the Wilson interval as a cell value.
template <class Bound>
double interval_bound(const DoubleRows& conversions, const DoubleRows& trials,
                      const Any& confidence, Bound bound) {
    return number_answer([&] {
        return apply_converted(
            [&](double conversion_count, double trial_count,
                std::optional<double> level) -> Result<double> {
                auto interval = wilson_interval(conversion_count, trial_count,
                                                level.value_or(default_confidence));
                if (!interval) {
                    return interval.failure();
                }
                return bound(*interval);
            },
            required_amount(conversions), required_amount(trials),
            optional_number(confidence, 3));
    });
}

} // namespace

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

double FunctionsComponent::convlow(const DoubleRows& conversions, const DoubleRows& trials,
                                   const Any& confidence) {
    return interval_bound(conversions, trials, confidence,
                          [](const Interval& interval) { return interval.low; });
}

double FunctionsComponent::convhigh(const DoubleRows& conversions, const DoubleRows& trials,
                                    const Any& confidence) {
    return interval_bound(conversions, trials, confidence,
                          [](const Interval& interval) { return interval.high; });
}

double FunctionsComponent::convpvalue(const DoubleRows& conv_a, const DoubleRows& trials_a,
                                      const DoubleRows& conv_b, const DoubleRows& trials_b) {
    return number_answer([&] {
        return apply_converted(conversion_p_value, required_amount(conv_a),
                               required_amount(trials_a), required_amount(conv_b),
                               required_amount(trials_b));
    });
}

double FunctionsComponent::samplesize(double base_rate, double relative_lift, const Any& alpha,
                                      const Any& power) {
    return number_answer([&] {
        return apply_converted(
            [&](std::optional<double> alpha_value, std::optional<double> power_value) {
                return sample_size(base_rate, relative_lift,
                                   alpha_value.value_or(default_alpha),
                                   power_value.value_or(default_power));
            },
            optional_number(alpha, 3), optional_number(power, 4));
    });
}

OUString FunctionsComponent::getServiceName() { return to_oustring(names::service_name); }

OUString FunctionsComponent::getImplementationName() {
    return to_oustring(names::implementation_name);
}

sal_Bool FunctionsComponent::supportsService(const OUString& name) {
    for (const OUString& supported : getSupportedServiceNames()) {
        if (supported == name) {
            return true;
        }
    }
    return false;
}

Sequence<OUString> FunctionsComponent::getSupportedServiceNames() {
    const OUString services[] = {to_oustring(names::service_name), "com.sun.star.sheet.AddIn"};
    return Sequence<OUString>(services, 2);
}

} // namespace goalpost::addin

// The constructor named in goalpost.components: the library's only exported symbol.
extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_goalpost_calc_FunctionsImpl_get_implementation(css::uno::XComponentContext* /*context*/,
                                                   css::uno::Sequence<css::uno::Any> const& /*arguments*/) {
    auto* component = new goalpost::addin::FunctionsComponent();
    component->acquire();
    return static_cast<cppu::OWeakObject*>(component);
}
