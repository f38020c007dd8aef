// FunctionsComponent: reverse-funnel planning, pacing and conversion statistics.
#include "array_answer.hpp"
#include "functions_component.hpp"
#include "uno_arguments.hpp"

#include "goalpost/planning.hpp"
#include "goalpost/statistics.hpp"

namespace goalpost::addin {

namespace {

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

} // namespace goalpost::addin
