// Budget pacing: where spend will land at the end of a period, what to spend per day to land on
// the budget, and whether a budget is under-, on or over-pacing.
#pragma once

#include "goalpost/result.hpp"

#include <optional>
#include <span>
#include <string>

namespace goalpost {

// Spend over the most recent days: a trailing rate that leaves out the first days' ramp-up, or
// (by the range a user picks) the newest days whose spend is still settling.
struct RecentSpend {
    double amount;
    double days;
};

// The recent spend of a range of daily spends (each checked: no negative day), over `days` or,
// when omitted, as many days as the range holds.
Result<RecentSpend> recent_spend_of(std::span<const double> daily_spends,
                                    std::optional<double> days, int spends_argument);

// Projected spend at the end of the period (SPENDFORECAST): spend so far plus a daily rate for
// the days left, the rate of `recent` when given, else the average so far. A period already over
// projects what was spent.
Result<double> spend_forecast(double spend_to_date, double elapsed_days, double period_days,
                              std::optional<RecentSpend> recent);

// The budget for the next day that lands exactly on `budget` (DAILYBUDGET): what is left spread
// evenly over the days left, or in proportion to `weights`, one per day left (the next first) or
// one per day of the period. 0 once the budget is spent.
Result<double> daily_budget(double budget, double spend_to_date, double elapsed_days,
                            double period_days, std::span<const double> weights);

enum class Pacing : unsigned char { under, on, over };

// PACINGSTATUS: the projection against the budget, within a tolerance either side.
struct PacingReport {
    Pacing pacing;
    double forecast;
    double budget;
    double days_left;
    double daily_rate;   // the rate the forecast runs at
    double daily_needed; // what lands on the budget from here (0 when spent)

    // "OVER-PACING: projected 11,600 of 10,000 (+16%) at 400 a day; 286 a day lands on budget".
    // The status word leads, stable in every language, for formulas and conditional formats.
    [[nodiscard]] std::string text() const;
};
inline constexpr double default_pacing_tolerance = 0.05;
Result<PacingReport> pacing_status(double budget, double spend_to_date, double elapsed_days,
                                   double period_days, std::optional<RecentSpend> recent,
                                   double tolerance = default_pacing_tolerance);

} // namespace goalpost
