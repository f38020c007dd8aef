// OBJECTIVECHECK and OBJECTIVEPACE: an objective held against its tracking data. The rules and
// the reason for each threshold are in docs/objective-check.md; the thresholds live here, in one
// place.
#pragma once

#include "goalpost/objective.hpp"
#include "goalpost/result.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace goalpost {

namespace check_thresholds {
// At or above this pace an objective is on track: within 10% of plan is ordinary week-to-week
// variation in lead and sales counts.
inline constexpr double on_track_pace = 0.9;
// Below this pace it is off track: at 70% of plan halfway through, the rest of the time frame
// must run at 130% of plan to catch up, more than a campaign usually finds without a change.
inline constexpr double off_track_pace = 0.7;
// Before this many days nothing is judged: ad platforms need about a week of data to leave
// their learning phase (Google Ads' and Meta's learning periods), and daily counts swing hard.
inline constexpr double learning_days = 7.0;
// Nor before this share of the time frame has passed (9 days of a 90-day objective).
inline constexpr double min_time_fraction = 0.1;
// Confidence of the intervals that keep noise from being called a shortfall.
inline constexpr double confidence = 0.95;
} // namespace check_thresholds

enum class CheckStatus : unsigned char {
    achieved,
    on_track,
    at_risk,
    off_track,
    too_early,
    not_measurable,
};
std::string_view name_of(CheckStatus status); // "ACHIEVED", "ON TRACK", ...

struct TrackingData {
    double actual = 0.0;       // the metric so far in the time frame, or its current value
    double elapsed_days = 0.0; // days since the time frame started
    std::optional<double> spend;
    std::optional<double> conversions;
    std::optional<double> baseline;
    std::optional<double> start_date; // Calc serial date the time frame started on
};

struct CheckResult {
    CheckStatus status = CheckStatus::not_measurable;
    std::optional<double> pace; // 1 = exactly on pace; none when no pace exists
    std::string reason;

    [[nodiscard]] std::string text() const; // "STATUS: reason"
};

// Invalid data (negative actual, spend or conversions, conversions above actual, negative
// elapsed days, a start date that is no date) is an invalid argument at its OBJECTIVECHECK
// position (2 to 7); an empty objective is not available.
Result<CheckResult> check_objective(const Objective& objective, const TrackingData& data);

} // namespace goalpost
