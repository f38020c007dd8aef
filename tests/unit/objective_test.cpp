// The parser on the forms the corpus does not isolate: number styles, time frames, and hostile
// text. Expected values are read off the sentences by hand.
#include "goalpost/objective.hpp"

#include <gtest/gtest.h>

#include <string>

namespace goalpost {
namespace {

TEST(ObjectiveNumbers, SeparatorsSuffixesWordsAndCurrencies) {
    EXPECT_EQ(parse_objective("Generate 1,500 leads").target, 1500);
    EXPECT_EQ(parse_objective("Generate 2.5k leads").target, 2500);
    EXPECT_EQ(parse_objective("Reach $1.2M in revenue").target, 1.2e6);
    EXPECT_EQ(parse_objective("Reach $1.2M in revenue").unit, "USD");
    EXPECT_EQ(parse_objective("Win a dozen customers").target, 12);
    EXPECT_EQ(parse_objective("Win twenty five customers").target, 25);
    EXPECT_EQ(parse_objective("Win three customers").target, 3);
    EXPECT_EQ(parse_objective("Generate €45 of pipeline").unit, "EUR");
    EXPECT_EQ(parse_objective("Generate £300 of pipeline").unit, "GBP");
    EXPECT_EQ(parse_objective("Generate USD 150 of pipeline").unit, "USD");
    EXPECT_EQ(parse_objective("Generate 150 EUR of pipeline").unit, "EUR");
    EXPECT_EQ(parse_objective("Generate 2,000 leads").target, 2000); // not the year 2000
    EXPECT_EQ(parse_objective("Increase open rate to 45 percent").unit, "%");
}

TEST(ObjectiveChange, RelativeFormsAreSignedFractions) {
    EXPECT_DOUBLE_EQ(*parse_objective("Increase leads by 25%").change, 0.25);
    EXPECT_DOUBLE_EQ(*parse_objective("Double the leads").change, 1.0);
    EXPECT_DOUBLE_EQ(*parse_objective("Triple pipeline").change, 2.0);
    EXPECT_DOUBLE_EQ(*parse_objective("Reduce churn by 20%").change, -0.2);
    EXPECT_DOUBLE_EQ(*parse_objective("Halve the CPA").change, -0.5);
    EXPECT_DOUBLE_EQ(*parse_objective("Grow conversion rate from 8% to 12%").change, 0.5);
    EXPECT_TRUE(parse_objective("Grow traffic 10x").extreme_multiplier);
    EXPECT_FALSE(parse_objective("Achieve a 5x ROAS").change.has_value()); // a ROAS of 5
    EXPECT_EQ(parse_objective("Achieve a 5x ROAS").target, 5);
}

TEST(ObjectiveTimeFrame, DurationsInDays) {
    EXPECT_EQ(parse_objective("Win 5 customers within three months").time_frame.days, 90);
    EXPECT_EQ(parse_objective("Win 5 customers in 60 days").time_frame.days, 60);
    EXPECT_EQ(parse_objective("Win 5 customers over the next 6 months").time_frame.days, 180);
    EXPECT_EQ(parse_objective("Win 5 customers in the next two quarters").time_frame.days, 180);
    EXPECT_EQ(parse_objective("Win 5 customers within a year").time_frame.days, 365);
    EXPECT_EQ(parse_objective("Win 5 customers within 8 weeks").time_frame.days, 56);
}

TEST(ObjectiveTimeFrame, DatesAndNamedPeriods) {
    const auto dated = parse_objective("Win 5 customers by 31 December 2027").time_frame;
    EXPECT_EQ(dated.kind, TimeFrame::Kind::date);
    EXPECT_EQ(dated.date.year, 2027);
    EXPECT_EQ(dated.date.month, 12);
    EXPECT_EQ(dated.date.day, 31);
    const auto yearless = parse_objective("Win 5 customers by June 30").time_frame;
    EXPECT_EQ(yearless.date.year, 0);
    EXPECT_EQ(yearless.date.month, 6);
    EXPECT_EQ(yearless.date.day, 30);
    const auto month = parse_objective("Win 5 customers by March 2027").time_frame;
    EXPECT_EQ(month.date.day, 0); // the end of March
    const auto q4 = parse_objective("Win 5 customers by the end of Q4").time_frame;
    EXPECT_EQ(q4.kind, TimeFrame::Kind::end_of_period);
    EXPECT_EQ(q4.quarter, 4);
    const auto year_end = parse_objective("Win 5 customers before the end of the year").time_frame;
    EXPECT_EQ(year_end.kind, TimeFrame::Kind::end_of_period);
    EXPECT_EQ(year_end.period, Period::year);
    EXPECT_EQ(parse_objective("Win 5 customers this month").time_frame.period, Period::month);
    EXPECT_EQ(parse_objective("Win 5 customers").time_frame.kind, TimeFrame::Kind::none);
}

TEST(ObjectiveRate, PerPeriodIsNotATimeFrame) {
    const auto rate = parse_objective("Generate 30 leads per month");
    EXPECT_EQ(rate.rate_period, Period::month);
    EXPECT_EQ(rate.time_frame.kind, TimeFrame::Kind::none);
    EXPECT_EQ(parse_objective("Generate 30 leads a week").rate_period, Period::week);
    EXPECT_FALSE(parse_objective("Grow monthly recurring revenue").rate_period.has_value());
}

TEST(ObjectiveCosts, CapsAndConversion) {
    const auto capped = parse_objective("Generate 30 leads at under $20 CPL");
    EXPECT_EQ(capped.cost_metric, CostMetric::cpl);
    EXPECT_EQ(capped.cost_cap, 20);
    EXPECT_EQ(capped.metric->name, "leads");
    const auto per_lead = parse_objective("Generate 30 leads at $20 per lead");
    EXPECT_EQ(per_lead.cost_metric, CostMetric::cpl);
    const auto converted = parse_objective("Generate 300 leads and convert 10% of them into customers");
    EXPECT_DOUBLE_EQ(*converted.conversion_target, 0.1);
    EXPECT_EQ(converted.conversion_into, Tier::revenue);
}

TEST(ObjectiveHostileText, AnythingParsesToSomething) {
    EXPECT_TRUE(parse_objective("").empty_text);
    EXPECT_TRUE(parse_objective("  ;;; ...  ").empty_text);
    EXPECT_FALSE(parse_objective("\xF0\x9F\x9A\x80 Get 30 leads \xF0\x9F\x9A\x80").empty_text);
    EXPECT_EQ(parse_objective("\xF0\x9F\x9A\x80 Get 30 leads").target, 30);
    // Hebrew and Arabic letters, control characters and invalid UTF-8 are separators.
    const auto mixed = parse_objective("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D 30 leads \x01\x02\xFF\xFE");
    EXPECT_EQ(mixed.target, 30);
    std::string huge(100000, 'a');
    huge += " 30 leads";
    EXPECT_EQ(parse_objective(huge).target, 30);
    std::string many_numbers;
    for (int i = 0; i < 20000; ++i) {
        many_numbers += "12 ";
    }
    EXPECT_TRUE(parse_objective(many_numbers).target.has_value());
    EXPECT_FALSE(parse_objective(std::string(50, '9') + " leads").empty_text); // 50 digits
}

TEST(MetricTier, NamesAndSynonyms) {
    EXPECT_EQ(metric_tier("MQLs"), Tier::pipeline);
    EXPECT_EQ(metric_tier("impressions"), Tier::awareness);
    EXPECT_EQ(metric_tier("Click-through rate"), Tier::engagement);
    EXPECT_EQ(metric_tier("new customers"), Tier::revenue);
    EXPECT_EQ(metric_tier("revenue"), Tier::revenue);
    EXPECT_EQ(metric_tier("leads"), Tier::lead);
    // METRICTIER reads a metric the way OBJECTIVEFIELD(;"tier") does, so the two always agree.
    EXPECT_EQ(metric_tier("customers in the UK"), Tier::revenue);
    EXPECT_EQ(metric_tier("SQLs (inbound)"), Tier::pipeline);
    EXPECT_EQ(metric_tier("LTV:CAC"), Tier::revenue);
    EXPECT_EQ(metric_tier("Market share"), Tier::revenue);
    EXPECT_EQ(metric_tier("CPM"), Tier::awareness);
    EXPECT_EQ(metric_tier("Win rate"), Tier::revenue);
    EXPECT_EQ(metric_tier("Pipeline coverage"), Tier::pipeline);
    EXPECT_EQ(metric_tier("New logos"), Tier::revenue);
    EXPECT_FALSE(metric_tier("banana").has_value());
    EXPECT_FALSE(metric_tier("").has_value());
}

} // namespace
} // namespace goalpost
