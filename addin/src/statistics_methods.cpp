// FunctionsComponent: statistics that say whether the data means something yet.
#include "answer.hpp"
#include "functions_component.hpp"
#include "uno_arguments.hpp"

#include "goalpost/statistics.hpp"

#include <optional>

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

// One bound of the exact Poisson interval of a count as a cell value.
template <class Bound>
double count_bound(const DoubleRows& count, const Any& confidence, Bound bound) {
    return number_answer([&] {
        return apply_converted(
            [&](double events, std::optional<double> level) -> Result<double> {
                auto interval = poisson_interval(events, level.value_or(default_confidence));
                if (!interval) {
                    return interval.failure();
                }
                return bound(*interval);
            },
            required_amount(count), optional_number(confidence, 2));
    });
}

} // namespace

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

double FunctionsComponent::countlow(const DoubleRows& count, const Any& confidence) {
    return count_bound(count, confidence, [](const Interval& interval) { return interval.low; });
}

double FunctionsComponent::counthigh(const DoubleRows& count, const Any& confidence) {
    return count_bound(count, confidence, [](const Interval& interval) { return interval.high; });
}

} // namespace goalpost::addin
