// Whether a count of events is consistent with a higher expected count: the check's test of a
// shortfall that chance could explain, without computing the interval itself.
#pragma once

namespace goalpost::detail {

// True when the upper bound of the exact two-sided Poisson interval of `count` at `confidence`
// reaches `expected`. The bound U solves P(X <= count | U) = (1 - confidence) / 2 and that
// probability falls as the mean grows, so U >= expected exactly when
// P(X <= count | expected) >= (1 - confidence) / 2: one regularized incomplete gamma function
// instead of a chi-square quantile's root search (Garwood 1936, as in poisson_interval).
bool poisson_upper_bound_reaches(double count, double expected, double confidence);

} // namespace goalpost::detail
