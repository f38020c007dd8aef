// Statistics that say whether conversion data means something yet.
#pragma once

#include "goalpost/result.hpp"

namespace goalpost {

inline constexpr double default_confidence = 0.95;
inline constexpr double default_alpha = 0.05;
inline constexpr double default_power = 0.8;

// The two-sided Wilson score interval (Wilson 1927) for `conversions` out of `trials`.
struct Interval {
    double low;
    double high;
};
Result<Interval> wilson_interval(double conversions, double trials,
                                 double confidence = default_confidence);

// Two-sided p-value of the pooled two-proportion z-test of conversions_a / trials_a against
// conversions_b / trials_b. 1 when the pooled rate is 0 or 1 (nothing to tell apart).
Result<double> conversion_p_value(double conversions_a, double trials_a, double conversions_b,
                                  double trials_b);

// Trials per variant to detect a relative lift of `relative_lift` over `base_rate` with a
// two-sided test: the normal approximation without continuity correction,
// n = (z(1-alpha/2) sqrt(2 pbar (1-pbar)) + z(power) sqrt(p1 (1-p1) + p2 (1-p2)))^2 / (p2-p1)^2,
// p2 = p1 (1 + lift), pbar = (p1 + p2) / 2, rounded up.
Result<double> sample_size(double base_rate, double relative_lift, double alpha = default_alpha,
                           double power = default_power);

// The exact two-sided Poisson interval (Garwood 1936) for an observed whole count k (COUNTLOW,
// COUNTHIGH): [chi2(alpha/2; 2k) / 2, chi2(1 - alpha/2; 2k + 2) / 2], alpha = 1 - confidence,
// the lower bound 0 for k = 0. confidence strictly between 0 and 1.
Result<Interval> poisson_interval(double count, double confidence = default_confidence);

} // namespace goalpost
