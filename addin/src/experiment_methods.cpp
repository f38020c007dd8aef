// FunctionsComponent: experiments that can be trusted and stopped.
#include "answer.hpp"
#include "functions_component.hpp"
#include "uno_arguments.hpp"

#include "goalpost/experiments.hpp"

#include <optional>
#include <span>

namespace goalpost::addin {

namespace {

// The design arguments of a call, each read at its position; a default where omitted.
struct DesignCells {
    const Any& alpha;
    int alpha_position;
    const Any& power;
    int power_position;
    const Any& variants;
    int variants_position;
};

Result<TestDesign> design_of(const DesignCells& cells) {
    return apply_converted(
        [](std::optional<double> alpha, std::optional<double> power,
           std::optional<double> variants) -> Result<TestDesign> {
            return TestDesign{alpha.value_or(default_alpha), power.value_or(default_power),
                              variants.value_or(2.0)};
        },
        optional_number(cells.alpha, cells.alpha_position),
        optional_number(cells.power, cells.power_position),
        optional_number(cells.variants, cells.variants_position));
}

// A comparison of A and B under the Beta prior of the call's 5th and 6th arguments.
template <class Compare>
double compared(const DoubleRows& conv_a, const DoubleRows& trials_a, const DoubleRows& conv_b,
                const DoubleRows& trials_b, const Any& prior_alpha, const Any& prior_beta,
                Compare compare) {
    return number_answer([&] {
        return apply_converted(
            [&](double conversions_a, double a_trials, double conversions_b, double b_trials,
                std::optional<double> alpha, std::optional<double> beta) {
                return compare(VariantData{conversions_a, a_trials},
                               VariantData{conversions_b, b_trials},
                               BetaPrior{alpha.value_or(1.0), beta.value_or(1.0)});
            },
            required_amount(conv_a), required_amount(trials_a), required_amount(conv_b),
            required_amount(trials_b), optional_number(prior_alpha, 5),
            optional_number(prior_beta, 6));
    });
}

} // namespace

double FunctionsComponent::srmpvalue(const AnyRows& observed, const Any& planned_shares) {
    return number_answer([&] {
        return apply_converted(
            [](const NumberList& counts, const std::optional<NumberList>& shares) {
                return sample_ratio_p_value(counts.values,
                                            shares ? std::span<const double>(shares->values)
                                                   : std::span<const double>());
            },
            number_list(observed, 1), optional_number_list(planned_shares, 2));
    });
}

double FunctionsComponent::probbeats(const DoubleRows& conv_a, const DoubleRows& trials_a,
                                     const DoubleRows& conv_b, const DoubleRows& trials_b,
                                     const Any& prior_alpha, const Any& prior_beta) {
    return compared(conv_a, trials_a, conv_b, trials_b, prior_alpha, prior_beta,
                    [](VariantData a, VariantData b, BetaPrior prior) {
                        return probability_b_beats_a(a, b, prior);
                    });
}

double FunctionsComponent::expectedloss(const DoubleRows& conv_a, const DoubleRows& trials_a,
                                        const DoubleRows& conv_b, const DoubleRows& trials_b,
                                        const Any& prior_alpha, const Any& prior_beta) {
    return compared(conv_a, trials_a, conv_b, trials_b, prior_alpha, prior_beta,
                    [](VariantData a, VariantData b, BetaPrior prior) {
                        return expected_loss_of_b(a, b, prior);
                    });
}

double FunctionsComponent::samplesize(double base_rate, double relative_lift, const Any& alpha,
                                      const Any& power, const Any& variants, const Any& sides) {
    return number_answer([&] {
        return apply_converted(
            [&](const TestDesign& design, std::optional<double> side_count) {
                return sample_size(base_rate, relative_lift, design, side_count.value_or(2.0));
            },
            design_of({alpha, 3, power, 4, variants, 5}), optional_number(sides, 6));
    });
}

double FunctionsComponent::minlift(double base_rate, double n_per_group, const Any& alpha,
                                   const Any& power, const Any& variants) {
    return number_answer([&] {
        return apply_converted(
            [&](const TestDesign& design) {
                return minimum_detectable_lift(base_rate, n_per_group, design);
            },
            design_of({alpha, 3, power, 4, variants, 5}));
    });
}

double FunctionsComponent::testdays(double base_rate, double relative_lift,
                                    double daily_visitors, const Any& variants, const Any& alpha,
                                    const Any& power) {
    return number_answer([&] {
        return apply_converted(
            [&](const TestDesign& design) {
                return test_days(base_rate, relative_lift, daily_visitors, design);
            },
            design_of({alpha, 5, power, 6, variants, 4}));
    });
}

} // namespace goalpost::addin
