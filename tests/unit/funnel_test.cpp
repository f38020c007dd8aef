// Expected values are worked by hand in the comment beside each assertion.
#include "goalpost/funnel.hpp"

#include <gtest/gtest.h>

#include <array>

namespace goalpost {
namespace {

constexpr std::array<double, 4> funnel{2000, 400, 100, 20};

TEST(FunnelConversion, WholeFunnelByDefault) {
    auto result = funnel_conversion(funnel);
    ASSERT_TRUE(result.ok());
    EXPECT_DOUBLE_EQ(*result, 0.01); // 20 / 2000
}

TEST(FunnelConversion, BetweenChosenStages) {
    EXPECT_DOUBLE_EQ(*funnel_conversion(funnel, 2.0, 4.0), 0.05); // 20 / 400
    EXPECT_DOUBLE_EQ(*funnel_conversion(funnel, 1.0, 2.0), 0.2);  // 400 / 2000
    EXPECT_DOUBLE_EQ(*funnel_conversion(funnel, 3.0, 3.0), 1.0);  // a stage to itself
    EXPECT_DOUBLE_EQ(*funnel_conversion(funnel, 2.0), 0.05);      // to defaults to the last
}

TEST(FunnelConversion, IndexOutsideFunnelIsInvalid) {
    EXPECT_EQ(funnel_conversion(funnel, 0.0).failure().kind, ErrorKind::invalid_argument);
    EXPECT_EQ(funnel_conversion(funnel, 0.0).failure().argument, 2);
    EXPECT_EQ(funnel_conversion(funnel, 1.0, 5.0).failure().argument, 3);
    EXPECT_EQ(funnel_conversion(funnel, 1.5).failure().kind, ErrorKind::invalid_argument);
    EXPECT_EQ(funnel_conversion(funnel, 3.0, 2.0).failure().kind, ErrorKind::invalid_argument);
}

TEST(FunnelConversion, EmptyFromStageIsDivisionByZero) {
    constexpr std::array<double, 3> leaky{100, 0, 0};
    EXPECT_EQ(funnel_conversion(leaky, 2.0, 3.0).failure().kind, ErrorKind::division_by_zero);
}

TEST(FunnelConversion, BadStagesAreInvalid) {
    constexpr std::array<double, 1> single{5};
    EXPECT_EQ(funnel_conversion(single).failure().kind, ErrorKind::invalid_argument);
    constexpr std::array<double, 2> negative{100, -1};
    EXPECT_EQ(funnel_conversion(negative).failure().kind, ErrorKind::invalid_argument);
    EXPECT_EQ(funnel_conversion(negative).failure().argument, 1);
}

TEST(FunnelSteps, OneRatePerStep) {
    auto steps = funnel_steps(funnel);
    ASSERT_TRUE(steps.ok());
    ASSERT_EQ(steps->size(), 3u);
    EXPECT_DOUBLE_EQ(*(*steps)[0], 0.2);  // 400 / 2000
    EXPECT_DOUBLE_EQ(*(*steps)[1], 0.25); // 100 / 400
    EXPECT_DOUBLE_EQ(*(*steps)[2], 0.2);  // 20 / 100
}

TEST(FunnelSteps, StepOutOfEmptyStageFailsAlone) {
    constexpr std::array<double, 4> leaky{100, 0, 0, 0};
    auto steps = funnel_steps(leaky);
    ASSERT_TRUE(steps.ok());
    EXPECT_DOUBLE_EQ(*(*steps)[0], 0.0); // 0 / 100
    EXPECT_EQ((*steps)[1].failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ((*steps)[2].failure().kind, ErrorKind::division_by_zero);
}

} // namespace
} // namespace goalpost
