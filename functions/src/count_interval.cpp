// The exact Poisson interval of a count (Garwood 1936), through Boost.Math's chi-square
// quantiles.
#include "goalpost/kpi.hpp"

#include "domain.hpp"
#include "poisson_reach.hpp"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <cmath>

namespace goalpost {

namespace {

// Boost.Math reports domain errors through errno instead of exceptions (the policy of
// statistics.cpp): no exception may leave the core, and every input is validated before it gets
// here anyway; whatever still comes out as NaN or infinity is caught by the finiteness check.
using NoThrowPolicy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>>;
using ChiSquared = boost::math::chi_squared_distribution<double, NoThrowPolicy>;

// The chi-square quantile at `probability` with `degrees` degrees of freedom.
double chi_squared_at(double probability, double degrees) {
    return boost::math::quantile(ChiSquared(degrees), probability);
}

constexpr int count_argument = 1;
constexpr int confidence_argument = 2;

} // namespace

Result<Interval> poisson_interval(double count, double confidence) {
    if (auto failure = detail::check_non_negative(count, count_argument)) {
        return *failure;
    }
    // The exact interval is for a count of events: an average or a rate is not Poisson.
    if (count != std::floor(count)) {
        return invalid_argument(count_argument, "a count must be a whole number");
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
