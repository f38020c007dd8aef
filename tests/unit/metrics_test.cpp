// Expected values are worked by hand in the comment beside each assertion.
#include "goalpost/metrics.hpp"

#include "result_expectations.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace goalpost {
namespace {

using testing::expect_failure;
using testing::expect_value;

TEST(CostPerLead, DividesSpendByLeads) {
    expect_value(cost_per_lead(600, 30), 20);     // 600 / 30
    expect_value(cost_per_lead(0, 12), 0);        // nothing spent
    expect_value(cost_per_lead(100, 8), 12.5);    // 100 / 8
    expect_value(cost_per_lead(1, 3), 1.0 / 3.0); // not rounded
}

TEST(CostPerLead, ZeroLeadsIsDivisionByZeroNotZero) {
    expect_failure(cost_per_lead(600, 0), ErrorKind::division_by_zero, 2);
    expect_failure(cost_per_lead(0, 0), ErrorKind::division_by_zero, 2);
}

TEST(CostPerLead, NegativeOrNonFiniteIsInvalid) {
    expect_failure(cost_per_lead(-1, 30), ErrorKind::invalid_argument, 1);
    expect_failure(cost_per_lead(600, -3), ErrorKind::invalid_argument, 2);
    // The first offending argument is reported.
    expect_failure(cost_per_lead(-1, -3), ErrorKind::invalid_argument, 1);
    expect_failure(cost_per_lead(std::numeric_limits<double>::quiet_NaN(), 1),
                   ErrorKind::invalid_argument, 1);
    expect_failure(cost_per_lead(1, std::numeric_limits<double>::infinity()),
                   ErrorKind::invalid_argument, 2);
}

TEST(CostPerLead, OverflowIsNotAnInfiniteValue) {
    // 1e308 / 1e-10 = 1e318 exceeds the largest double (about 1.8e308).
    expect_failure(cost_per_lead(1e308, 1e-10), ErrorKind::overflow, 0);
}

TEST(CostPerAcquisition, DividesSpendByAcquisitions) {
    expect_value(cost_per_acquisition(1500, 12), 125); // 1500 / 12
    expect_failure(cost_per_acquisition(1500, 0), ErrorKind::division_by_zero, 2);
    expect_failure(cost_per_acquisition(-5, 2), ErrorKind::invalid_argument, 1);
}

TEST(CustomerAcquisitionCost, AddsSalesCostWhenGiven) {
    expect_value(customer_acquisition_cost(8000, 10, 2000), 1000); // (8000 + 2000) / 10
    expect_value(customer_acquisition_cost(8000, 10), 800);        // 8000 / 10, paid CAC
    expect_failure(customer_acquisition_cost(8000, 0, 2000), ErrorKind::division_by_zero, 2);
    expect_failure(customer_acquisition_cost(8000, 10, -1), ErrorKind::invalid_argument, 3);
}

TEST(ReturnOnAdSpend, IsRevenueOverSpend) {
    expect_value(return_on_ad_spend(5000, 1000), 5); // 5:1, shown as 500% by ad platforms
    expect_value(return_on_ad_spend(0, 1000), 0);
    expect_failure(return_on_ad_spend(5000, 0), ErrorKind::division_by_zero, 2);
}

TEST(ReturnOnInvestment, AppliesMargin) {
    expect_value(return_on_investment(10000, 2000, 0.4), 1); // (10000*0.4 - 2000) / 2000
    expect_value(return_on_investment(3000, 2000), 0.5);     // (3000 - 2000) / 2000
    expect_value(return_on_investment(1000, 2000), -0.5);    // a loss: (1000 - 2000) / 2000
    expect_value(return_on_investment(0, 2000), -1);         // everything lost
    expect_failure(return_on_investment(1000, 0), ErrorKind::division_by_zero, 2);
    expect_failure(return_on_investment(1000, 10, 1.5), ErrorKind::invalid_argument, 3);
    expect_failure(return_on_investment(1000, 10, -0.1), ErrorKind::invalid_argument, 3);
}

TEST(ConversionRate, DividesConversionsByTotal) {
    expect_value(conversion_rate(45, 1500), 0.03); // 45 / 1500
    expect_value(conversion_rate(0, 10), 0);
    expect_value(conversion_rate(10, 10), 1);
    expect_failure(conversion_rate(11, 10), ErrorKind::invalid_argument, 1);
    expect_failure(conversion_rate(0, 0), ErrorKind::division_by_zero, 2);
}

} // namespace
} // namespace goalpost
