// Expected values are worked by hand in the comment beside each assertion.
#include "goalpost/planning.hpp"

#include <gtest/gtest.h>

#include <array>
#include <vector>

namespace goalpost {
namespace {

TEST(ReverseFunnel, WorksBackFromTheTarget) {
    constexpr std::array<double, 2> rates{0.2, 0.5}; // leads -> opportunities -> customers
    auto counts = reverse_funnel(10, rates);
    ASSERT_TRUE(counts.ok());
    // customers 10; opportunities 10 / 0.5 = 20; leads 20 / 0.2 = 100
    EXPECT_EQ(*counts, (std::vector<double>{100, 20, 10}));
}

TEST(ReverseFunnel, RoundsEachStageUp) {
    constexpr std::array<double, 2> rates{0.25, 0.3};
    // 10 / 0.3 = 33.33 -> 34; 34 / 0.25 = 136
    EXPECT_EQ(*reverse_funnel(10, rates), (std::vector<double>{136, 34, 10}));
}

TEST(ReverseFunnel, FloatingPointNoiseDoesNotAddAUnit) {
    // In binary floating point 3 / 0.1 = 30.000000000000004 and 7 / 0.7 = 10.000000000000002;
    // the exact answers are 30 and 10.
    constexpr std::array<double, 1> tenth{0.1};
    EXPECT_EQ(*reverse_funnel(3, tenth), (std::vector<double>{30, 3}));
    constexpr std::array<double, 2> rates{0.1, 0.7};
    EXPECT_EQ(*reverse_funnel(7, rates), (std::vector<double>{100, 10, 7})); // 10 / 0.1 = 100
    constexpr std::array<double, 1> fifth{0.2};
    EXPECT_EQ(*leads_needed(100, fifth), 500); // exactly 500, never 501
}

TEST(ReverseFunnel, ZeroTargetNeedsNothing) {
    constexpr std::array<double, 1> rates{0.5};
    EXPECT_EQ(*reverse_funnel(0, rates), (std::vector<double>{0, 0}));
}

TEST(ReverseFunnel, RatesMustBeWithinZeroAndOne) {
    for (double rate : {0.0, -0.1, 1.01}) {
        const std::array<double, 1> rates{rate};
        auto counts = reverse_funnel(10, rates);
        ASSERT_FALSE(counts.ok()) << rate;
        EXPECT_EQ(counts.failure().kind, ErrorKind::invalid_argument);
        EXPECT_EQ(counts.failure().argument, 2);
    }
    constexpr std::array<double, 1> whole{1.0};
    EXPECT_EQ(*reverse_funnel(10, whole), (std::vector<double>{10, 10})); // rate 1 is allowed
    EXPECT_EQ(reverse_funnel(10, std::span<const double>()).failure().argument, 2);
    constexpr std::array<double, 1> rates{0.5};
    EXPECT_EQ(reverse_funnel(-1, rates).failure().argument, 1);
}

TEST(BudgetNeeded, LeadsTimesCostPerLead) {
    constexpr std::array<double, 2> rates{0.2, 0.5};
    EXPECT_DOUBLE_EQ(*budget_needed(10, rates, 20), 2000); // 100 leads x 20
    EXPECT_EQ(budget_needed(10, rates, -20).failure().argument, 3);
}

TEST(RunRate, ProjectsLinearly) {
    EXPECT_DOUBLE_EQ(*run_rate(30, 10, 30), 90);  // 30 x 30 / 10
    EXPECT_DOUBLE_EQ(*run_rate(0, 10, 30), 0);
    EXPECT_EQ(run_rate(30, 0, 30).failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(run_rate(30, -1, 30).failure().kind, ErrorKind::invalid_argument);
    EXPECT_EQ(run_rate(30, 10, 0).failure().argument, 3);
}

TEST(Pace, OneIsExactlyOnPace) {
    EXPECT_DOUBLE_EQ(*pace(15, 30, 15, 30), 1.0);       // 15 / (30 x 15 / 30)
    EXPECT_DOUBLE_EQ(*pace(5, 30, 28, 30), 5.0 / 28.0); // 5 / 28: the 18% of issue 5's example
    EXPECT_EQ(pace(5, 0, 28, 30).failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(pace(5, 30, 0, 30).failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(pace(-5, 30, 10, 30).failure().argument, 1);
    EXPECT_EQ(pace(5, 30, 10, -30).failure().argument, 4);
}

TEST(RevenueTarget, CustomersRoundedUp) {
    EXPECT_EQ(*customers_for_revenue(250000, 12000, 3), 21); // 20.83 customers
    EXPECT_EQ(*customers_for_revenue(240000, 12000, 3), 20); // exactly 20
    // 21 customers at 50% then 20%: 42, then 210 leads
    const std::array rates{0.2, 0.5};
    EXPECT_EQ(*leads_needed(*customers_for_revenue(250000, 12000, 3), rates), 210);
    EXPECT_EQ(customers_for_revenue(250000, 0, 4).failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(customers_for_revenue(250000, 0, 4).failure().argument, 4);
    EXPECT_EQ(customers_for_revenue(-1, 100, 3).failure().argument, 1);
}

TEST(RevenueTarget, RatesAreCheckedBeforeTheDeal) {
    const std::array bad_rates{0.2, 1.5};
    EXPECT_EQ(funnel_target(1e5, bad_rates, 0.0, 3).failure().argument, 2); // not the deal's #DIV/0!
    const std::array rates{0.2, 0.5};
    EXPECT_EQ(funnel_target(1e5, rates, 0.0, 3).failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(*funnel_target(20, rates, std::nullopt, 3), 20);
}

TEST(LastLeadDate, DeadlineLessTheCycle) {
    // 31 December 2026 is day 46387 of a spreadsheet (from 30 December 1899); 45 days before it
    // is 16 November 2026, day 46342
    EXPECT_EQ(*last_lead_date(46387, 45), 46342);
    EXPECT_EQ(last_lead_date(46387, -1).failure().argument, 2);
    EXPECT_EQ(last_lead_date(-5, 10).failure().argument, 1);
    EXPECT_EQ(last_lead_date(10, 45).failure().argument, 2); // day -35 is no date
}

} // namespace
} // namespace goalpost
