// OBJECTIVEFIELD: one extracted field of an objective by name, with dates as Calc serial numbers
// (days since 30 December 1899) so that a cell formatted as a date shows them.
#pragma once

#include "goalpost/objective.hpp"
#include "goalpost/result.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace goalpost {

enum class ObjectiveField : unsigned char {
    metric, tier, target, unit, direction, change, rate_period, channel, segment,
    deadline_days, deadline, cost_metric, cost_cap, conversion_target,
};

// The field named `name` (as in the table of docs/smart-rubric.md, any case), or an invalid
// argument at position `argument`.
Result<ObjectiveField> objective_field_from_name(std::string_view name, int argument);

using FieldValue = std::variant<double, std::string>;

// The field's value; not_available when the objective does not state it (or, for dates of
// relative time frames, when no start date is given).
Result<FieldValue> objective_field(const Objective& objective, ObjectiveField field,
                                   std::optional<double> start_date_serial);

// The last day of the objective's time frame as a Calc serial date, given the day it starts.
std::optional<double> deadline_serial(const TimeFrame& frame, std::optional<double> start_serial);

// "this month", "this quarter", "this year" at the rubric's nominal lengths (30, 90, 365 days),
// the length the check uses when no start date places them on the calendar.
std::optional<int> nominal_frame_days(const TimeFrame& frame);

// The time frame's length in days: a duration's, a calendar deadline's from the start date,
// or the nominal length of "this quarter" without one; none when it cannot be known.
std::optional<double> frame_days(const TimeFrame& frame, std::optional<double> start_serial);

} // namespace goalpost
