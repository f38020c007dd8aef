// Budget pacing (goalpost/pacing.hpp). Every expected value is worked out by hand beside it.
#include "goalpost/pacing.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalpost {
namespace {

TEST(SpendForecast, RunsAtTheAverageSoFar) {
    // 6000 in 12 days is 500 a day; 18 days left: 6000 + 500 x 18 = 15000.
    EXPECT_DOUBLE_EQ(*spend_forecast(6000, 12, 30, std::nullopt), 15000);
}

TEST(SpendForecast, RunsAtTheRecentAverageWhenGiven) {
    // 4200 over the last 7 days is 600 a day: 6000 + 600 x 18 = 16800.
    EXPECT_DOUBLE_EQ(*spend_forecast(6000, 12, 30, RecentSpend{4200, 7}), 16800);
    // on the first day only the recent rate can say anything: 0 + 100 x 30
    EXPECT_DOUBLE_EQ(*spend_forecast(0, 0, 30, RecentSpend{700, 7}), 3000);
}

TEST(SpendForecast, APeriodOverProjectsWhatWasSpent) {
    EXPECT_DOUBLE_EQ(*spend_forecast(31000, 31, 30, std::nullopt), 31000);
    EXPECT_DOUBLE_EQ(*spend_forecast(9000, 30, 30, RecentSpend{100, 1}), 9000);
}

TEST(SpendForecast, Errors) {
    EXPECT_EQ(spend_forecast(100, 0, 30, std::nullopt).failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(spend_forecast(-1, 5, 30, std::nullopt).failure().argument, 1);
    EXPECT_EQ(spend_forecast(100, -5, 30, std::nullopt).failure().argument, 2);
    EXPECT_EQ(spend_forecast(100, 5, 0, std::nullopt).failure().argument, 3);
    EXPECT_EQ(spend_forecast(100, 5, 30, RecentSpend{-1, 7}).failure().argument, 4);
    const auto no_days = spend_forecast(100, 5, 30, RecentSpend{70, 0});
    EXPECT_EQ(no_days.failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(no_days.failure().argument, 5);
}

TEST(DailyBudget, SpreadsWhatIsLeftEvenly) {
    // 10000 - 6000 = 4000 over 18 days
    EXPECT_DOUBLE_EQ(*daily_budget(10000, 6000, 12, 30, {}), 4000.0 / 18.0);
}

TEST(DailyBudget, NothingMoreOnceSpent) {
    EXPECT_EQ(*daily_budget(10000, 11000, 12, 30, {}), 0.0);
    EXPECT_EQ(*daily_budget(10000, 10000, 12, 30, {}), 0.0);
}

TEST(DailyBudget, FollowsTheWeightsOfTheDaysLeft) {
    // 3 days left, weights 1, 2, 1: the next day gets 1000 x 1/4
    const std::vector<double> days_left{1, 2, 1};
    EXPECT_DOUBLE_EQ(*daily_budget(10000, 9000, 27, 30, days_left), 250);
    // a week's profile, weekend heavy; 2 days gone, 500 left over weights 1+1+1+2+2 = 7
    const std::vector<double> week{1, 1, 1, 1, 1, 2, 2};
    EXPECT_DOUBLE_EQ(*daily_budget(700, 200, 2, 7, week), 500.0 / 7.0);
    EXPECT_DOUBLE_EQ(*daily_budget(700, 200, 5, 7, week), 500.0 * 2.0 / 4.0);
}

TEST(DailyBudget, Errors) {
    const std::vector<double> wrong_count{1, 1};
    EXPECT_EQ(daily_budget(10000, 9000, 27, 30, wrong_count).failure().argument, 5);
    const std::vector<double> negative{1, -1, 1};
    EXPECT_EQ(daily_budget(10000, 9000, 27, 30, negative).failure().argument, 5);
    const std::vector<double> zeros{0, 0, 0};
    EXPECT_EQ(daily_budget(10000, 9000, 27, 30, zeros).failure().argument, 5);
    EXPECT_EQ(daily_budget(10000, 9000, 30, 30, {}).failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(daily_budget(-1, 9000, 3, 30, {}).failure().argument, 1);
    EXPECT_EQ(daily_budget(100, 90, 3, -30, {}).failure().argument, 4);
}

TEST(PacingStatus, OverOnAndUnder) {
    // forecast 15000 of 10000: +50%, over; 222.22 a day lands on budget (4000 / 18)
    const auto over = pacing_status(10000, 6000, 12, 30, std::nullopt);
    ASSERT_TRUE(over.ok());
    EXPECT_EQ(over->pacing, Pacing::over);
    EXPECT_EQ(over->text(),
              "OVER-PACING: projected 15,000 of 10,000 (+50%) at 500 a day; 222.22 a day lands on budget");
    // forecast 4000 + 333.33 x 18 = 10000: on pace
    EXPECT_EQ(pacing_status(10000, 4000, 12, 30, std::nullopt)->pacing, Pacing::on);
    // forecast 2000 + 166.67 x 18 = 5000: -50%, under
    const auto under = pacing_status(10000, 2000, 12, 30, std::nullopt);
    EXPECT_EQ(under->pacing, Pacing::under);
    EXPECT_EQ(under->text().substr(0, 40), "UNDER-PACING: projected 5,000 of 10,000 ");
}

TEST(PacingStatus, ToleranceDecidesTheBand) {
    // forecast 4300 + 358.33 x 18 = 10750: +7.5%, over at 5%, on pace at 10%
    EXPECT_EQ(pacing_status(10000, 4300, 12, 30, std::nullopt)->pacing, Pacing::over);
    EXPECT_EQ(pacing_status(10000, 4300, 12, 30, std::nullopt, 0.1)->pacing, Pacing::on);
}

TEST(PacingStatus, APeriodOverSaysWhatWasSpent) {
    const auto over = pacing_status(10000, 10400, 30, 30, std::nullopt);
    EXPECT_EQ(over->text(), "ON PACE: the period is over, spent 10,400 of 10,000 (+4%)");
    EXPECT_EQ(pacing_status(10000, 12000, 30, 30, std::nullopt)->pacing, Pacing::over);
}

TEST(PacingStatus, AChangeThatRoundsToNothingHasNoSign) {
    const std::string text = pacing_status(10000, 9999.999, 30, 30, std::nullopt)->text();
    EXPECT_NE(text.find("(0%)"), std::string::npos) << text;
}

TEST(SpendForecast, ANegativeDayIsRefusedEvenIfTheSumIsNot) {
    const std::vector<double> days{-500, 1000};
    EXPECT_EQ(recent_spend_of(days, std::nullopt, 4).failure().argument, 4);
    const std::vector<double> week{100, 200, 300};
    EXPECT_EQ(recent_spend_of(week, std::nullopt, 4)->days, 3);
    EXPECT_EQ(recent_spend_of(week, std::nullopt, 4)->amount, 600);
}

TEST(PacingStatus, Errors) {
    EXPECT_EQ(pacing_status(0, 100, 5, 30, std::nullopt).failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(pacing_status(-1, 100, 5, 30, std::nullopt).failure().argument, 1);
    EXPECT_EQ(pacing_status(1000, 100, 5, 30, std::nullopt, 1.0).failure().argument, 7);
    EXPECT_EQ(pacing_status(1000, 100, 5, 30, RecentSpend{10, 0}).failure().argument, 6);
}

} // namespace
} // namespace goalpost
