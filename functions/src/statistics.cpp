#include "goalpost/statistics.hpp"

#include "domain.hpp"
#include "math_policy.hpp"
#include "goalpost/experiments.hpp"
#include "poisson_reach.hpp"
#include "goalpost/planning.hpp"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>

namespace goalpost {

using detail::check_non_negative;
using detail::check_open_probability;
using detail::check_non_zero;
using detail::first_failure;

namespace {

using detail::NoThrowPolicy;
using detail::Normal;
using detail::z_at;
using ChiSquared = boost::math::chi_squared_distribution<double, NoThrowPolicy>;

// The chi-square quantile at `probability` with `degrees` degrees of freedom.
double chi_squared_at(double probability, double degrees) {
    return boost::math::quantile(ChiSquared(degrees), probability);
}

constexpr int count_argument = 1;
constexpr int confidence_argument = 2;


// P(Z > z) for a standard normal Z, computed directly so small tails keep their precision.
double upper_tail(double z) { return boost::math::cdf(boost::math::complement(Normal(), z)); }

// conversions at `argument` out of trials at `argument + 1`.
std::optional<Failure> check_conversions(double conversions, double trials, int argument) {
    if (auto failure = first_failure(check_non_negative(conversions, argument),
                                     check_non_negative(trials, argument + 1))) {
        return failure;
    }
    if (auto failure = check_non_zero(trials, argument + 1)) {
        return failure;
    }
    if (conversions > trials) {
        return invalid_argument(argument, "conversions exceed their trials");
    }
    return std::nullopt;
}

} // namespace

Result<Interval> wilson_interval(double conversions, double trials, double confidence) {
    if (auto failure = first_failure(check_conversions(conversions, trials, 1),
                                     check_open_probability(confidence, 3))) {
        return *failure;
    }
    const double z = z_at(1.0 - (1.0 - confidence) / 2.0);
    const double p = conversions / trials;
    const double z2_over_n = z * z / trials;
    const double centre = (p + z2_over_n / 2.0) / (1.0 + z2_over_n);
    const double half_width =
        z / (1.0 + z2_over_n) * std::sqrt(p * (1.0 - p) / trials + z2_over_n / (4.0 * trials));
    // Mathematically the interval lies within [0; 1] and touches 0 at p = 0 and 1 at p = 1
    // exactly: at those edges the bound is set, not computed, because rounding left 2.8E-17
    // (and =CONVLOW(0;10;0.99)>0 TRUE with no conversion at all); clamping does the rest.
    const Interval interval{conversions == 0.0 ? 0.0 : std::clamp(centre - half_width, 0.0, 1.0),
                            conversions == trials ? 1.0
                                                  : std::clamp(centre + half_width, 0.0, 1.0)};
    if (!std::isfinite(interval.low) || !std::isfinite(interval.high)) {
        return Failure{ErrorKind::overflow, 0, "interval is not finite"};
    }
    return interval;
}

Result<double> conversion_p_value(double conversions_a, double trials_a, double conversions_b,
                                  double trials_b) {
    if (auto failure = first_failure(check_conversions(conversions_a, trials_a, 1),
                                     check_conversions(conversions_b, trials_b, 3))) {
        return *failure;
    }
    const double pooled = (conversions_a + conversions_b) / (trials_a + trials_b);
    const double variance = pooled * (1.0 - pooled) * (1.0 / trials_a + 1.0 / trials_b);
    if (variance <= 0.0) {
        return 1.0; // no conversions, or nothing but conversions, on both sides
    }
    const double z = (conversions_a / trials_a - conversions_b / trials_b) / std::sqrt(variance);
    return finite(std::min(1.0, 2.0 * upper_tail(std::fabs(z))));
}

Result<double> sample_size(double base_rate, double relative_lift, double alpha, double power) {
    return sample_size(base_rate, relative_lift, TestDesign{alpha, power}); // experiments.cpp
}


Result<Interval> poisson_interval(double count, double confidence) {
    // The exact interval is for a count of events: an average or a rate is not Poisson.
    if (auto failure = detail::check_whole_count(count, count_argument)) {
        return *failure;
    }
    if (!std::isfinite(confidence) || confidence <= 0.0 || confidence >= 1.0) {
        return invalid_argument(confidence_argument,
                                "must be a probability strictly between 0 and 1");
    }
    const double alpha = 1.0 - confidence;
    const Interval interval{
        count == 0.0 ? 0.0 : chi_squared_at(alpha / 2.0, 2.0 * count) / 2.0,
        chi_squared_at(1.0 - alpha / 2.0, 2.0 * count + 2.0) / 2.0,
    };
    if (!std::isfinite(interval.low) || !std::isfinite(interval.high)) {
        return Failure{ErrorKind::overflow, 0, "interval is not finite"};
    }
    return interval;
}

namespace detail {

double chi_squared_upper_tail(double statistic, double degrees) {
    return boost::math::gamma_q(degrees / 2.0, statistic / 2.0, NoThrowPolicy());
}

bool poisson_upper_bound_reaches(double count, double expected, double confidence) {
    if (expected <= 0.0) {
        return true;
    }
    // P(X <= k | mean) is the regularized upper incomplete gamma Q(k + 1, mean).
    const double below_or_at = boost::math::gamma_q(count + 1.0, expected, NoThrowPolicy());
    return std::isfinite(below_or_at) && below_or_at >= (1.0 - confidence) / 2.0;
}

} // namespace detail

} // namespace goalpost
