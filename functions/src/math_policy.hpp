// How the core calls Boost.Math: errors through errno, never by exception, because no exception
// may leave the core and every input is validated before it gets here anyway. Private.
#pragma once

#include <boost/math/distributions/normal.hpp>
#include <boost/math/policies/policy.hpp>

namespace goalpost::detail {

using NoThrowPolicy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>,
    boost::math::policies::promote_double<false>>;
using Normal = boost::math::normal_distribution<double, NoThrowPolicy>;

// The standard normal quantile at `probability`.
inline double z_at(double probability) { return boost::math::quantile(Normal(), probability); }

// P(chi-square with `degrees` degrees of freedom > `statistic`), computed directly so that
// small p-values keep their precision. Defined once (statistics.cpp), beside the other uses of
// the incomplete gamma function, whose code is large.
double chi_squared_upper_tail(double statistic, double degrees);

} // namespace goalpost::detail
