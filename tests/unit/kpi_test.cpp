// Expected values are worked by hand in the comment beside each assertion. The Garwood bounds
// come from bisection on the Poisson CDF with Python's math module only, outside the code under
// test (Python 3.11):
//   import math
//   def cdf(k, m): return sum(math.exp(-m + i*math.log(m) - math.lgamma(i+1)) for i in range(k+1))
//   def bisect(f, lo, hi):                       # f increasing, 200 halvings
//       for _ in range(200):
//           mid = (lo + hi) / 2; lo, hi = (mid, hi) if f(mid) < 0 else (lo, mid)
//       return (lo + hi) / 2
//   def garwood(k, c=0.95):
//       a = 1 - c
//       low = 0.0 if k == 0 else bisect(lambda m: (1 - cdf(k-1, m)) - a/2, 0, 10*k + 100)
//       high = bisect(lambda m: a/2 - cdf(k, m), 0, 10*k + 100)
//       return low, high
// and, where one exists, a closed form or a published value (k = 10 at 95%: 4.7954 to 18.3904).
#include "goalpost/kpi.hpp"

#include "result_expectations.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace goalpost {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();

using testing::expect_failure;
using testing::expect_value;

TEST(BreakEvenRoas, IsOneOverTheMargin) {
    expect_value(break_even_roas(0.25), 4);   // 1 / 0.25
    expect_value(break_even_roas(0.4), 2.5);  // 1 / 0.4
    expect_value(break_even_roas(1), 1);      // all revenue is profit: a ROAS of 1 pays
    expect_failure(break_even_roas(0), ErrorKind::division_by_zero, 1);
    EXPECT_EQ(break_even_roas(1.5).failure().kind, ErrorKind::invalid_argument);
    EXPECT_EQ(break_even_roas(-0.1).failure().kind, ErrorKind::invalid_argument);
}

TEST(MarketingEfficiencyRatio, IsRevenueOverSpend) {
    expect_value(marketing_efficiency_ratio(250000, 50000), 5); // 250000 / 50000
    expect_value(marketing_efficiency_ratio(0, 50000), 0);
    expect_value(marketing_efficiency_ratio(1000, 3000), 1.0 / 3.0); // 1000 / 3000
    expect_failure(marketing_efficiency_ratio(1000, 0), ErrorKind::division_by_zero, 2);
    expect_failure(marketing_efficiency_ratio(-1, 10), ErrorKind::invalid_argument, 1);
    expect_failure(marketing_efficiency_ratio(1, -10), ErrorKind::invalid_argument, 2);
    expect_failure(marketing_efficiency_ratio(1e308, 1e-10), ErrorKind::overflow, 0); // 1e318
}

TEST(LifetimeValue, MarginOverChurn) {
    expect_value(lifetime_value(100, 0.8, 0.02), 4000); // 100 x 0.8 / 0.02
    expect_value(lifetime_value(50, 1, 1), 50);         // everyone churns after one period
    expect_value(lifetime_value(100, 0, 0.05), 0);      // no margin, no value
    expect_failure(lifetime_value(100, 0.8, 0), ErrorKind::division_by_zero, 3);
    expect_failure(lifetime_value(-100, 0.8, 0.02), ErrorKind::invalid_argument, 1);
    expect_failure(lifetime_value(100, 1.2, 0.02), ErrorKind::invalid_argument, 2);
    expect_failure(lifetime_value(100, -0.1, 0.02), ErrorKind::invalid_argument, 2);
    expect_failure(lifetime_value(100, 0.8, 1.5), ErrorKind::invalid_argument, 3);
    expect_failure(lifetime_value(100, 0.8, -0.02), ErrorKind::invalid_argument, 3);
    expect_failure(lifetime_value(100, nan, 0.02), ErrorKind::invalid_argument, 2);
    // Domain before denominator: a bad margin is reported even when churn is 0.
    expect_failure(lifetime_value(100, 2, 0), ErrorKind::invalid_argument, 2);
}

TEST(LtvToCac, IsLtvOverCac) {
    expect_value(ltv_to_cac(4000, 1000), 4); // 4000 / 1000
    expect_value(ltv_to_cac(900, 1200), 0.75);
    expect_failure(ltv_to_cac(4000, 0), ErrorKind::division_by_zero, 2);
    expect_failure(ltv_to_cac(-4000, 1000), ErrorKind::invalid_argument, 1);
}

TEST(CacPayback, PeriodsOfGrossProfitToRecoverCac) {
    expect_value(cac_payback(1200, 100, 0.8), 15); // 1200 / (100 x 0.8) = 1200 / 80
    expect_value(cac_payback(1000, 250, 1), 4);    // 1000 / 250
    expect_value(cac_payback(0, 250, 0.5), 0);
    expect_failure(cac_payback(1200, 0, 0.8), ErrorKind::division_by_zero, 2);
    expect_failure(cac_payback(1200, 100, 0), ErrorKind::division_by_zero, 3);
    expect_failure(cac_payback(-1, 100, 0.8), ErrorKind::invalid_argument, 1);
    expect_failure(cac_payback(1200, -100, 0.8), ErrorKind::invalid_argument, 2);
    expect_failure(cac_payback(1200, 100, 1.1), ErrorKind::invalid_argument, 3);
}

TEST(LeadVelocityRate, RelativeChangeOfQualifiedLeads) {
    expect_value(lead_velocity_rate(120, 100), 0.2);  // (120 - 100) / 100
    expect_value(lead_velocity_rate(80, 100), -0.2);  // (80 - 100) / 100: shrinking
    expect_value(lead_velocity_rate(0, 50), -1);      // (0 - 50) / 50
    expect_value(lead_velocity_rate(100, 100), 0);
    expect_failure(lead_velocity_rate(10, 0), ErrorKind::division_by_zero, 2);
    expect_failure(lead_velocity_rate(-10, 5), ErrorKind::invalid_argument, 1);
    expect_failure(lead_velocity_rate(10, -5), ErrorKind::invalid_argument, 2);
}

TEST(WinRate, DenominatorIsExplicit) {
    expect_value(win_rate(20, 30), 0.4);      // 20 / (20 + 30)
    expect_value(win_rate(20, 30, 50), 0.2);  // 20 / (20 + 30 + 50)
    expect_value(win_rate(20, 30, 0), 0.4);   // open 0 is the same as omitted
    expect_value(win_rate(0, 5), 0);
    expect_value(win_rate(5, 0), 1);
    expect_failure(win_rate(0, 0), ErrorKind::division_by_zero, 0);
    expect_failure(win_rate(0, 0, 0), ErrorKind::division_by_zero, 0);
    expect_value(win_rate(0, 0, 4), 0); // 0 / (0 + 0 + 4)
    expect_failure(win_rate(-1, 5), ErrorKind::invalid_argument, 1);
    expect_failure(win_rate(1, -5), ErrorKind::invalid_argument, 2);
    expect_failure(win_rate(1, 5, -1), ErrorKind::invalid_argument, 3);
    // 1e308 + 1e308 overflows; the share would silently come out 0 instead of 0.5.
    expect_failure(win_rate(1e308, 1e308), ErrorKind::overflow, 0);
}

TEST(PipelineCoverage, PipelineOverRemainingTarget) {
    expect_value(pipeline_coverage(300000, 100000), 3); // 300000 / 100000
    expect_value(pipeline_coverage(50000, 200000), 0.25);
    expect_failure(pipeline_coverage(300000, 0), ErrorKind::division_by_zero, 2);
    expect_failure(pipeline_coverage(300000, -1), ErrorKind::invalid_argument, 2);
    expect_failure(pipeline_coverage(-1, 100), ErrorKind::invalid_argument, 1);
}

TEST(SalesVelocity, RevenuePerDay) {
    expect_value(sales_velocity(50, 10000, 0.2, 40), 2500); // 50 x 10000 x 0.2 / 40 = 100000 / 40
    expect_value(sales_velocity(10, 5000, 0, 30), 0);       // nothing won, nothing flows
    expect_value(sales_velocity(3, 1000, 1, 0.5), 6000);    // 3 x 1000 / 0.5
    expect_failure(sales_velocity(50, 10000, 0.2, 0), ErrorKind::division_by_zero, 4);
    expect_failure(sales_velocity(50, 10000, 0.2, -40), ErrorKind::invalid_argument, 4);
    expect_failure(sales_velocity(50, 10000, 1.2, 40), ErrorKind::invalid_argument, 3);
    expect_failure(sales_velocity(50, -10000, 0.2, 40), ErrorKind::invalid_argument, 2);
    expect_failure(sales_velocity(-50, 10000, 0.2, 40), ErrorKind::invalid_argument, 1);
    expect_failure(sales_velocity(50, 10000, 0.2, infinity), ErrorKind::invalid_argument, 4);
}

TEST(BudgetGap, PositiveIsOverspend) {
    expect_value(budget_gap(11000, 10000), 0.1);  // (11000 - 10000) / 10000
    expect_value(budget_gap(9000, 10000), -0.1);  // (9000 - 10000) / 10000: underspend
    expect_value(budget_gap(0, 10000), -1);
    expect_value(budget_gap(10000, 10000), 0);
    expect_failure(budget_gap(500, 0), ErrorKind::division_by_zero, 2);
    expect_failure(budget_gap(-500, 100), ErrorKind::invalid_argument, 1);
    expect_failure(budget_gap(500, -100), ErrorKind::invalid_argument, 2);
}

TEST(GrowthRequired, CompoundGrowthPerPeriod) {
    // Double in 12 months: 2^(1/12) - 1 = 0.0594630943592953 (python3 -c "print(2**(1/12)-1)").
    expect_value(growth_required(100, 200, 12), 0.059463094359295265);
    expect_value(growth_required(100, 400, 2), 1);     // 4^(1/2) - 1
    expect_value(growth_required(100, 121, 2), 0.1);   // 1.21^(1/2) - 1 = 1.1 - 1
    expect_value(growth_required(100, 100, 6), 0);     // no growth needed
    expect_value(growth_required(100, 25, 2), -0.5);   // 0.25^(1/2) - 1: a planned decline
    expect_value(growth_required(100, 0, 3), -1);      // 0^(1/3) - 1
    expect_value(growth_required(100, 150, 1), 0.5);   // one period: 150 / 100 - 1
    expect_value(growth_required(100, 200, 0.5), 3);   // half a period: 2^2 - 1
    expect_failure(growth_required(0, 200, 12), ErrorKind::division_by_zero, 1);
    expect_failure(growth_required(100, 200, 0), ErrorKind::invalid_argument, 3);
    expect_failure(growth_required(100, 200, -12), ErrorKind::invalid_argument, 3);
    expect_failure(growth_required(100, 200, nan), ErrorKind::invalid_argument, 3);
    expect_failure(growth_required(-100, 200, 12), ErrorKind::invalid_argument, 1);
    expect_failure(growth_required(100, -200, 12), ErrorKind::invalid_argument, 2);
    // Periods are checked before the zero baseline (domain before denominator).
    expect_failure(growth_required(0, 200, 0), ErrorKind::invalid_argument, 3);
    // A huge ratio does not overflow halfway: (1e300 / 1e-300)^(1/600) - 1 = 10 - 1.
    expect_value(growth_required(1e-300, 1e300, 600), 9);
    // ...but a result beyond the largest double is #NUM!: 1e600^(1/0.5) = 1e1200.
    expect_failure(growth_required(1e-300, 1e300, 0.5), ErrorKind::overflow, 0);
}

TEST(ClickThroughRate, ClicksOverImpressions) {
    expect_value(click_through_rate(150, 10000), 0.015); // 150 / 10000
    expect_value(click_through_rate(0, 10000), 0);
    expect_value(click_through_rate(10, 10), 1);
    expect_failure(click_through_rate(11, 10), ErrorKind::invalid_argument, 1);
    expect_failure(click_through_rate(5, 0), ErrorKind::division_by_zero, 2);
    expect_failure(click_through_rate(0, 0), ErrorKind::division_by_zero, 2);
    expect_failure(click_through_rate(-1, 10), ErrorKind::invalid_argument, 1);
}

TEST(CostPerClick, CostOverClicks) {
    expect_value(cost_per_click(300, 150), 2); // 300 / 150
    expect_value(cost_per_click(1, 8), 0.125);
    expect_failure(cost_per_click(300, 0), ErrorKind::division_by_zero, 2);
    expect_failure(cost_per_click(-300, 10), ErrorKind::invalid_argument, 1);
}

TEST(CostPerMille, CostPerThousandImpressions) {
    EXPECT_EQ(*cost_per_mille(250, 50000), 5);     // 250 / 50 thousand, exactly
    expect_value(cost_per_mille(300, 10000), 30);  // 300 / 10 thousand
    expect_value(cost_per_mille(1, 400), 2.5);     // 1 / 0.4 thousand
    expect_failure(cost_per_mille(250, 0), ErrorKind::division_by_zero, 2);
    expect_failure(cost_per_mille(250, -1), ErrorKind::invalid_argument, 2);
    expect_failure(cost_per_mille(1e306, 1), ErrorKind::overflow, 0); // 1e306 x 1000 = 1e309
}

TEST(EngagementRate, EngagementsOverTheStatedBase) {
    expect_value(engagement_rate(450, 15000), 0.03); // 450 / 15000
    expect_value(engagement_rate(600, 500), 1.2);    // more engagements than followers: allowed
    expect_failure(engagement_rate(450, 0), ErrorKind::division_by_zero, 2);
    expect_failure(engagement_rate(-450, 10), ErrorKind::invalid_argument, 1);
}

TEST(WeakestStage, LowestStepRate) {
    const std::vector<double> funnel{2000, 400, 100, 20}; // steps 0.2, 0.25, 0.2
    expect_value(weakest_stage(funnel), 1);               // 0.2 twice: the first wins
    const std::vector<double> leaky{1000, 500, 50, 25};   // steps 0.5, 0.1, 0.5
    expect_value(weakest_stage(leaky), 2);
    const std::vector<double> two{100, 30};               // one step only
    expect_value(weakest_stage(two), 1);
    const std::vector<double> late{1000, 800, 600, 60};   // steps 0.8, 0.75, 0.1
    expect_value(weakest_stage(late), 3);
}

TEST(WeakestStage, EmptyStages) {
    // Step 2 (50 -> 0) has rate 0; step 3 out of the empty stage is undefined but cannot win.
    const std::vector<double> dried{100, 50, 0, 0};
    expect_value(weakest_stage(dried), 2);
    const std::vector<double> empty_top{0, 0, 0};
    expect_failure(weakest_stage(empty_top), ErrorKind::division_by_zero, 1);
}

TEST(WeakestStage, RelativeToBenchmarks) {
    const std::vector<double> funnel{2000, 400, 100, 20}; // steps 0.2, 0.25, 0.2
    const std::vector<double> benchmarks{0.1, 0.5, 0.25}; // ratios 2, 0.5, 0.8
    expect_value(weakest_stage(funnel, benchmarks), 2);
    const std::vector<double> generous{0.4, 0.25, 0.4};   // ratios 0.5, 1, 0.5: first wins
    expect_value(weakest_stage(funnel, generous), 1);
    const std::vector<double> strict_last{0.2, 0.25, 0.25}; // ratios 1, 1, 0.8
    expect_value(weakest_stage(funnel, strict_last), 3);
}

TEST(WeakestStage, TiesWithinRoundingGoToTheFirst) {
    // Both ratios are exactly 1/3: (10/100)/0.3 and (3/10)/0.9. In doubles the first is
    // 0.33333333333333337 and the second 0.3333333333333333 (python3 -c
    // "print(repr((10/100)/0.3), repr((3/10)/0.9))"); a plain < would pick step 2.
    const std::vector<double> stages{100, 10, 3};
    const std::vector<double> benchmarks{0.3, 0.9};
    expect_value(weakest_stage(stages, benchmarks), 1);
}

TEST(WeakestStage, Errors) {
    const std::vector<double> funnel{2000, 400, 100, 20};
    const std::vector<double> too_few{0.2, 0.25};
    expect_failure(weakest_stage(funnel, too_few), ErrorKind::invalid_argument, 2);
    const std::vector<double> too_many{0.2, 0.25, 0.2, 0.1};
    expect_failure(weakest_stage(funnel, too_many), ErrorKind::invalid_argument, 2);
    const std::vector<double> none{};
    expect_failure(weakest_stage(funnel, none), ErrorKind::invalid_argument, 2);
    const std::vector<double> above_one{0.2, 1.5, 0.2};
    expect_failure(weakest_stage(funnel, above_one), ErrorKind::invalid_argument, 2);
    const std::vector<double> negative{0.2, -0.5, 0.2};
    expect_failure(weakest_stage(funnel, negative), ErrorKind::invalid_argument, 2);
    const std::vector<double> zero{0.2, 0, 0.2};
    expect_failure(weakest_stage(funnel, zero), ErrorKind::division_by_zero, 2);
    const std::vector<double> one_stage{100};
    expect_failure(weakest_stage(one_stage), ErrorKind::invalid_argument, 1);
    expect_failure(weakest_stage(none), ErrorKind::invalid_argument, 1);
    const std::vector<double> negative_stage{100, -10};
    expect_failure(weakest_stage(negative_stage), ErrorKind::invalid_argument, 1);
    const std::vector<double> infinite_stage{100, infinity};
    expect_failure(weakest_stage(infinite_stage), ErrorKind::invalid_argument, 1);
}

TEST(WeakestStage, OverflowingScoreNeverHidesAWeakerStep) {
    // Step 1 is 1e300 / 1e-300 = inf; step 2 (1e300 -> 1) is finite and weaker.
    const std::vector<double> stages{1e-300, 1e300, 1};
    expect_value(weakest_stage(stages), 2);
}


TEST(RevenueRetention, NetAndGross) {
    // (100000 + 15000 - 3000 - 7000) / 100000 = 1.05; without the expansion (100000 - 10000) / 100000
    EXPECT_DOUBLE_EQ(*net_revenue_retention(100000, 15000, 3000, 7000), 1.05);
    EXPECT_DOUBLE_EQ(*gross_revenue_retention(100000, 3000, 7000), 0.9);
    EXPECT_DOUBLE_EQ(*gross_revenue_retention(100000, 0, 100000), 0.0); // everyone left
}

TEST(RevenueRetention, Errors) {
    EXPECT_EQ(net_revenue_retention(100, 0, 60, 50).failure().argument, 3); // lost 110 of 100
    EXPECT_EQ(gross_revenue_retention(100, 60, 50).failure().argument, 2);
    EXPECT_EQ(net_revenue_retention(100, -1, 0, 0).failure().argument, 2);
    EXPECT_EQ(gross_revenue_retention(100, 0, -1).failure().argument, 3);
    EXPECT_EQ(net_revenue_retention(0, 5, 0, 0).failure().kind, ErrorKind::division_by_zero);
}

} // namespace
} // namespace goalpost
