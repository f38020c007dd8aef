// Experiments that can be trusted and stopped: whether the traffic split went as planned, how
// likely B beats A and what choosing it risks, and what a test of a given size can detect.
#pragma once

#include "goalpost/result.hpp"
#include "goalpost/statistics.hpp"

#include <span>

namespace goalpost {

// The p-value of a sample-ratio mismatch (SRMPVALUE): Pearson's chi-square goodness-of-fit test
// of the visitors counted per variant against the planned shares (normalised by their sum; empty
// for an even split), with variants - 1 degrees of freedom. Below 0.001 the split is broken and
// the test's results are not to be read (Fabijan et al. 2019, "Diagnosing Sample Ratio Mismatch
// in Online Controlled Experiments").
Result<double> sample_ratio_p_value(std::span<const double> observed,
                                    std::span<const double> planned_shares);

// Conversions out of trials of one variant.
struct VariantData {
    double conversions;
    double trials;
};

// A Beta prior of the conversion rates, in whole numbers of 1 or more; uniform by default.
struct BetaPrior {
    double alpha = 1.0;
    double beta = 1.0;
};

// P(rate of B > rate of A) under Beta posteriors (PROBBEATS): Beta(alpha + conversions,
// beta + trials - conversions) per variant. Exact: Evan Miller's closed-form sum (2015), over at
// most 1e7 terms (an overflow failure beyond: over ten million conversions and as many
// non-conversions in both variants).
Result<double> probability_b_beats_a(VariantData a, VariantData b, BetaPrior prior = {});

// The expected loss of choosing B (EXPECTEDLOSS): E[max(rate A - rate B, 0)] under the same
// posteriors, in conversion-rate units (0.001 is a tenth of a percentage point). Stop and pick B
// when it falls below the loss you accept (Stucchio 2015, "Bayesian A/B Testing at VWO").
Result<double> expected_loss_of_b(VariantData a, VariantData b, BetaPrior prior = {});

enum class Sides : unsigned char { one = 1, two = 2 };

// The sides of a test as a cell writes them: 1 or 2, at `argument`.
Result<Sides> sides_from(double count, int argument);

// How a test is designed: its significance, power, the number of variants counting the control,
// and the sides of the test. With more than two variants each is compared with the control and
// alpha is divided among the comparisons (Bonferroni; docs/functions.md says why not Sidak).
struct TestDesign {
    double alpha = default_alpha;
    double power = default_power;
    double variants = 2;
    Sides sides = Sides::two;
};

// Trials per variant (SAMPLESIZE with its optional arguments); a negative lift is a decrease.
// With the default design the answer is sample_size(base_rate, relative_lift, alpha, power).
Result<double> sample_size(double base_rate, double relative_lift, const TestDesign& design);
// The same with the sides as a cell writes them (argument 6), checked after arguments 1 to 5.
Result<double> sample_size(double base_rate, double relative_lift, TestDesign design,
                           double sides);

// The smallest relative lift (an increase) detectable with `trials_per_group` per variant
// (MINLIFT): where the unrounded SAMPLESIZE equals it.
Result<double> minimum_detectable_lift(double base_rate, double trials_per_group,
                                       const TestDesign& design);

// The whole days a test needs (TESTDAYS): SAMPLESIZE per variant times the variants, over the
// visitors entering the test per day.
Result<double> test_days(double base_rate, double relative_lift, double daily_visitors,
                         const TestDesign& design);

} // namespace goalpost
