// GoogleTest expectations on the core's Result<double>: a value, or a failure of a given kind at
// a given argument position.
#pragma once

#include "goalpost/result.hpp"

#include <gtest/gtest.h>

namespace goalpost::testing {

inline void expect_value(const Result<double>& result, double expected) {
    ASSERT_TRUE(result.ok()) << result.failure().reason;
    EXPECT_DOUBLE_EQ(result.value(), expected);
}

inline void expect_failure(const Result<double>& result, ErrorKind kind, int argument) {
    ASSERT_FALSE(result.ok()) << "value " << result.value();
    EXPECT_EQ(result.failure().kind, kind);
    EXPECT_EQ(result.failure().argument, argument);
}

} // namespace goalpost::testing
