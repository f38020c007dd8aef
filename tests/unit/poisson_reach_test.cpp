// The check's shortcut for "could chance explain this shortfall?" must agree with the exact
// Poisson interval it replaces, on both sides of the bound.
#include "goalpost/kpi.hpp"
#include "poisson_reach.hpp"

#include <gtest/gtest.h>

namespace goalpost {
namespace {

TEST(PoissonUpperBoundReaches, AgreesWithTheExactInterval) {
    for (double count : {0.0, 1.0, 5.0, 19.0, 60.0, 100.0, 1000.0}) {
        const auto interval = poisson_interval(count, 0.95);
        ASSERT_TRUE(interval.ok());
        for (double factor : {0.5, 0.9, 0.999, 1.001, 1.1, 2.0}) {
            const double expected = interval->high * factor;
            EXPECT_EQ(detail::poisson_upper_bound_reaches(count, expected, 0.95), factor <= 1.0)
                << count << " against " << expected;
        }
    }
    // the check's own example: 19 leads could still mean 28 (bound 29.7), 10 could not (18.4)
    EXPECT_TRUE(detail::poisson_upper_bound_reaches(19, 28, 0.95));
    EXPECT_FALSE(detail::poisson_upper_bound_reaches(10, 28, 0.95));
}

} // namespace
} // namespace goalpost
