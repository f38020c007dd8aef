// The rubric of docs/smart-rubric.md rule by rule; each expectation is reasoned from the rule.
#include "goalpost/smart.hpp"

#include <gtest/gtest.h>

namespace goalpost {
namespace {

SmartAssessment assess(std::string_view text, std::optional<double> baseline = std::nullopt) {
    return assess_smart(parse_objective(text), baseline);
}

TEST(CriterionNames, LettersAndWordsInAnyCase) {
    EXPECT_EQ(*criterion_from_name("S", 2), Criterion::specific);
    EXPECT_EQ(*criterion_from_name("measurable", 2), Criterion::measurable);
    EXPECT_EQ(*criterion_from_name("ACHIEVABLE", 2), Criterion::achievable);
    // the criterion words of German, French and Spanish SMART (issue 14)
    EXPECT_EQ(*criterion_from_name("Spezifisch", 2), Criterion::specific);
    EXPECT_EQ(*criterion_from_name("attraktiv", 2), Criterion::achievable);
    EXPECT_EQ(*criterion_from_name("realistisch", 2), Criterion::relevant);
    EXPECT_EQ(*criterion_from_name("terminiert", 2), Criterion::time_bound);
    EXPECT_EQ(*criterion_from_name("Mesurable", 2), Criterion::measurable);
    EXPECT_EQ(*criterion_from_name("PERTINENT", 2), Criterion::relevant);
    EXPECT_EQ(*criterion_from_name("ESPECÍFICO", 2), Criterion::specific);
    EXPECT_EQ(*criterion_from_name("alcanzable", 2), Criterion::achievable);
    EXPECT_EQ(*criterion_from_name(" r ", 2), Criterion::relevant);
    EXPECT_EQ(*criterion_from_name("Time-bound", 2), Criterion::time_bound);
    EXPECT_EQ(criterion_from_name("Q", 2).failure().kind, ErrorKind::invalid_argument);
    EXPECT_EQ(criterion_from_name("", 2).failure().argument, 2);
}

TEST(Achievable, RedFlags) {
    // rule 1: tenfold with no time frame to weigh it against
    EXPECT_EQ(assess("Grow revenue tenfold").achievability, AchievabilityIssue::extreme_multiplier);
    // rule 1 with a baseline and no time frame: 1000 against 50 is 20x
    EXPECT_EQ(assess("Increase leads to 1000", 50.0).achievability,
              AchievabilityIssue::extreme_multiplier);
    // with a time frame rule 3 decides: 10^(30/730) - 1 = 9.9% a month passes
    EXPECT_EQ(assess("Grow revenue tenfold within 2 years").achievability, AchievabilityIssue::none);
    // 10^(30/365) - 1 = 20.8% a month does not; 20x in a year is 27.9% a month
    EXPECT_EQ(assess("Grow revenue tenfold within a year").achievability,
              AchievabilityIssue::growth_too_fast);
    EXPECT_EQ(assess("Increase leads to 1000 within a year", 50.0).achievability,
              AchievabilityIssue::growth_too_fast);
    // a cut is judged like growth: halving in 3 months is 2^(30/90) - 1 = 26% a month
    EXPECT_EQ(assess("Halve CAC within 3 months").achievability, AchievabilityIssue::growth_too_fast);
    // CAC from 900 to 90 in three weeks: 10x in 21 days
    EXPECT_EQ(assess("Cut CAC from €900 to €90 within 3 weeks").achievability,
              AchievabilityIssue::growth_too_fast);
    // halving in 6 months is 2^(30/180) - 1 = 12.2% a month: passes
    EXPECT_EQ(assess("Halve CAC within 6 months").achievability, AchievabilityIssue::none);
    // ratios that may exceed 100% are not capped: NRR 120%, ROAS 400%
    EXPECT_EQ(assess("Reach 120% NRR by the end of FY26").achievability, AchievabilityIssue::none);
    EXPECT_EQ(assess("Hold ROAS at 400% on Meta this quarter").achievability,
              AchievabilityIssue::none);
    // a share that cannot exceed 100% is: conversion rate of 100%
    EXPECT_EQ(assess("Lift checkout conversion rate to 100% within 90 days", 0.02).achievability,
              AchievabilityIssue::rate_of_100_percent);
    // rule 2: a conversion target of 120%
    EXPECT_EQ(assess("Generate 100 leads and convert 120% of them into customers within 90 days")
                  .achievability,
              AchievabilityIssue::rate_of_100_percent);
    // rule 3: doubling in 30 days is 100% a month
    EXPECT_EQ(assess("Double revenue within 30 days").achievability,
              AchievabilityIssue::growth_too_fast);
    // rule 3 passes: doubling in 12 months is 5.95% a month
    EXPECT_EQ(assess("Double revenue within 12 months").achievability, AchievabilityIssue::none);
    // rule 4: a level without a baseline
    EXPECT_EQ(assess("Increase leads to 500 a month within 6 months").achievability,
              AchievabilityIssue::needs_baseline);
    EXPECT_EQ(assess("Increase leads to 500 a month within 6 months", 400.0).achievability,
              AchievabilityIssue::none); // 1.25x in 6 months: 3.8% a month
    // rule 5: the baseline already meets the target
    EXPECT_EQ(assess("Increase leads to 500 a month within 6 months", 600.0).achievability,
              AchievabilityIssue::baseline_already_meets_target);
    // not measurable: nothing to judge
    EXPECT_EQ(assess("Get more leads").achievability, AchievabilityIssue::not_measurable);
}

TEST(SmartGaps, OneEntryPerUnmetCriterionInOrder) {
    const Objective objective = parse_objective("Win 5 customers from LinkedIn");
    const SmartAssessment assessment = assess_smart(objective, std::nullopt);
    EXPECT_EQ(assessment.score(), 4); // S M A R met, no deadline
    EXPECT_EQ(smart_gaps(objective, assessment),
              "T: no deadline, add one such as \"within 3 months\" or \"by 31 March\"");
    const Objective vague = parse_objective("Get more leads");
    const std::string gaps = smart_gaps(vague, assess_smart(vague, std::nullopt));
    EXPECT_EQ(gaps.substr(0, 3), "S: ");
    EXPECT_NE(gaps.find("; M: "), std::string::npos);
    EXPECT_NE(gaps.find("; A: "), std::string::npos);
    EXPECT_NE(gaps.find("; R: "), std::string::npos);
    EXPECT_NE(gaps.find("; T: "), std::string::npos);
    const Objective smart = parse_objective(
        "Generate 30 leads per month from Google Ads at under $20 CPL, converting 10% into "
        "customers within three months");
    EXPECT_EQ(smart_gaps(smart, assess_smart(smart, std::nullopt)), "");
}

} // namespace
} // namespace goalpost
