// Field lookup and deadlines; dates are checked against Calc serial numbers worked out by hand
// (serial 46022 is 31 December 2025: 45658 is 1 January 2025, plus 364 days).
#include "goalpost/objective_fields.hpp"

#include <gtest/gtest.h>

namespace goalpost {
namespace {

constexpr double first_january_2025 = 45658;  // =DATE(2025;1;1) in Calc
constexpr double thirty_first_december_2025 = 46022;

double number_field(std::string_view text, ObjectiveField field,
                    std::optional<double> start = std::nullopt) {
    auto value = objective_field(parse_objective(text), field, start);
    EXPECT_TRUE(value.ok()) << text;
    return value ? std::get<double>(*value) : -1.0;
}

TEST(ObjectiveFieldNames, AnyCaseAndSpaces) {
    EXPECT_EQ(*objective_field_from_name("deadline_days", 2), ObjectiveField::deadline_days);
    EXPECT_EQ(*objective_field_from_name("Cost Cap", 2), ObjectiveField::cost_cap);
    EXPECT_EQ(*objective_field_from_name("RATE-PERIOD", 2), ObjectiveField::rate_period);
    EXPECT_EQ(objective_field_from_name("budget", 2).failure().kind, ErrorKind::invalid_argument);
}

TEST(ObjectiveFields, AbsentIsNotAvailable) {
    const auto value = objective_field(parse_objective("Get more leads"), ObjectiveField::target,
                                       std::nullopt);
    EXPECT_EQ(value.failure().kind, ErrorKind::not_available);
}

TEST(Deadlines, RelativeFramesNeedAStartDate) {
    EXPECT_EQ(number_field("Win 5 customers within 90 days", ObjectiveField::deadline_days), 90);
    EXPECT_FALSE(objective_field(parse_objective("Win 5 customers within 90 days"),
                                 ObjectiveField::deadline, std::nullopt)
                     .ok());
    EXPECT_EQ(number_field("Win 5 customers within 90 days", ObjectiveField::deadline,
                           first_january_2025),
              first_january_2025 + 90);
}

TEST(Deadlines, AbsoluteDates) {
    EXPECT_EQ(number_field("Win 5 customers by 31 December 2025", ObjectiveField::deadline),
              thirty_first_december_2025);
    EXPECT_EQ(number_field("Win 5 customers by 31 December 2025", ObjectiveField::deadline_days,
                           first_january_2025),
              364);
    // "by March 2025" ends on 31 March 2025: 1 January + 31 + 28 + 30 days
    EXPECT_EQ(number_field("Win 5 customers by March 2025", ObjectiveField::deadline),
              first_january_2025 + 89);
    // "by June 30" takes the first 30 June on or after the start
    EXPECT_EQ(number_field("Win 5 customers by June 30", ObjectiveField::deadline,
                           first_january_2025),
              first_january_2025 + 180); // 31+28+31+30+31+29 days into 2025
}

TEST(Deadlines, NamedPeriods) {
    EXPECT_EQ(number_field("Win 5 customers before the end of the year", ObjectiveField::deadline,
                           first_january_2025),
              thirty_first_december_2025);
    EXPECT_EQ(number_field("Win 5 customers by the end of Q4", ObjectiveField::deadline,
                           first_january_2025),
              thirty_first_december_2025);
    EXPECT_EQ(number_field("Win 5 customers this month", ObjectiveField::deadline,
                           first_january_2025),
              first_january_2025 + 30); // 31 January
    // Q1 already over on 1 July: the next Q1 ends 31 March 2026
    EXPECT_EQ(number_field("Win 5 customers by the end of Q1", ObjectiveField::deadline,
                           first_january_2025 + 181),
              thirty_first_december_2025 + 90);
}

} // namespace
} // namespace goalpost

namespace goalpost {
namespace {

// Serial dates by hand: 1 January 2026 is 45658 + 365 = 46023.
constexpr double first_july_2026 = 46023 + 181;

TEST(ObjectiveFieldDeadlines, NamedPeriodsFromAStartDate) {
    // Black Friday 2026: 1 November 2026 is a Sunday, the fourth Thursday is the 26th, so Friday
    // 27 November, day 331 of the year: 46023 + 330.
    EXPECT_EQ(number_field("Win 50 orders by Black Friday", ObjectiveField::deadline, first_july_2026),
              46023 + 330);
    EXPECT_EQ(number_field("Win 50 orders by Cyber Monday", ObjectiveField::deadline, first_july_2026),
              46023 + 333);
    // Christmas: 25 December 2026, day 359
    EXPECT_EQ(number_field("Win 50 orders before Christmas", ObjectiveField::deadline, first_july_2026),
              46023 + 358);
    // in Q3 from 1 July: 30 September (day 273), 91 days
    EXPECT_EQ(number_field("Win 50 orders in Q3", ObjectiveField::deadline_days, first_july_2026), 91);
    // FY26 ends on 31 December 2026 whatever the start
    EXPECT_EQ(number_field("Win 50 orders by the end of FY26", ObjectiveField::deadline), 46023 + 364);
    // "this quarter" has the check's nominal 90 days without a start date
    EXPECT_EQ(number_field("Win 50 orders this quarter", ObjectiveField::deadline_days), 90);
    // Prime Day has no rule for its date
    EXPECT_FALSE(objective_field(parse_objective("Win 50 orders on Prime Day"),
                                 ObjectiveField::deadline, first_july_2026)
                     .ok());
}

} // namespace
} // namespace goalpost
