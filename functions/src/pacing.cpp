#include "goalpost/pacing.hpp"

#include "domain.hpp"
#include "wording.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace goalpost {

using detail::check_non_negative;
using detail::check_non_zero;
using detail::check_period;
using detail::first_failure;

namespace {

// Where a call has its period and its recent spend (SPENDFORECAST and PACINGSTATUS differ).
struct PeriodArguments {
    int spend;
    int elapsed;
    int period;
    int recent_amount;
    int recent_days;
};

// The daily rate a forecast runs at, and what it projects.
struct Projection {
    double rate;
    double forecast;
};

Result<Projection> project(double spend_to_date, double elapsed_days, double period_days,
                           std::optional<RecentSpend> recent, PeriodArguments arguments) {
    if (auto failure = first_failure(check_non_negative(spend_to_date, arguments.spend),
                                     check_non_negative(elapsed_days, arguments.elapsed),
                                     check_period(period_days, arguments.period))) {
        return *failure;
    }
    double rate = 0.0;
    if (recent) {
        if (auto failure = first_failure(check_non_negative(recent->amount, arguments.recent_amount),
                                         check_non_negative(recent->days, arguments.recent_days))) {
            return *failure;
        }
        if (auto failure = check_non_zero(recent->days, arguments.recent_days)) {
            return *failure;
        }
        rate = recent->amount / recent->days;
    } else {
        if (elapsed_days == 0.0) {
            return division_by_zero(arguments.elapsed, "no day has passed to average over");
        }
        rate = spend_to_date / elapsed_days;
    }
    const double days_left = std::max(0.0, period_days - elapsed_days);
    const double forecast = spend_to_date + rate * days_left;
    if (!std::isfinite(forecast)) {
        return Failure{ErrorKind::overflow, 0, "the forecast is not finite"};
    }
    return Projection{rate, forecast};
}

constexpr int weights_argument = 5;

} // namespace

Result<RecentSpend> recent_spend_of(std::span<const double> daily_spends,
                                    std::optional<double> days, int spends_argument) {
    double amount = 0.0;
    for (const double spend : daily_spends) {
        if (auto failure = check_non_negative(spend, spends_argument)) {
            return *failure;
        }
        amount += spend;
    }
    return RecentSpend{amount, days.value_or(static_cast<double>(daily_spends.size()))};
}

Result<double> spend_forecast(double spend_to_date, double elapsed_days, double period_days,
                              std::optional<RecentSpend> recent) {
    const auto projection = project(spend_to_date, elapsed_days, period_days, recent, {1, 2, 3, 4, 5});
    if (!projection) {
        return projection.failure();
    }
    return projection->forecast;
}

Result<double> daily_budget(double budget, double spend_to_date, double elapsed_days,
                            double period_days, std::span<const double> weights) {
    if (auto failure = first_failure(check_non_negative(budget, 1),
                                     check_non_negative(spend_to_date, 2),
                                     check_non_negative(elapsed_days, 3),
                                     check_period(period_days, 4))) {
        return *failure;
    }
    const double days_left = period_days - elapsed_days;
    if (days_left <= 0.0) {
        return division_by_zero(3, "no day of the period is left");
    }
    const double left = budget - spend_to_date;
    if (weights.empty()) {
        return finite(std::max(0.0, left) / days_left);
    }
    // The weights of the days left: all of them, or the tail of a whole period's profile.
    std::span<const double> ahead;
    if (static_cast<double>(weights.size()) == days_left) {
        ahead = weights;
    } else if (static_cast<double>(weights.size()) == period_days && elapsed_days == std::floor(elapsed_days)) {
        ahead = weights.subspan(static_cast<std::size_t>(elapsed_days));
    } else {
        return invalid_argument(weights_argument, "one weight per day left, or per day of the period");
    }
    for (const double weight : ahead) {
        if (!std::isfinite(weight) || weight < 0.0) {
            return invalid_argument(weights_argument, "a weight must not be negative");
        }
    }
    const double total = std::accumulate(ahead.begin(), ahead.end(), 0.0);
    if (total <= 0.0) {
        return invalid_argument(weights_argument, "the days left weigh nothing");
    }
    return finite(std::max(0.0, left) * ahead.front() / total);
}

Result<PacingReport> pacing_status(double budget, double spend_to_date, double elapsed_days,
                                   double period_days, std::optional<RecentSpend> recent,
                                   double tolerance) {
    if (auto failure = check_non_negative(budget, 1)) {
        return *failure;
    }
    const auto projection = project(spend_to_date, elapsed_days, period_days, recent, {2, 3, 4, 5, 6});
    if (!projection) {
        return projection.failure();
    }
    if (!std::isfinite(tolerance) || tolerance < 0.0 || tolerance >= 1.0) {
        return invalid_argument(7, "the tolerance must be a fraction from 0 up to 1");
    }
    if (auto failure = check_non_zero(budget, 1)) {
        return *failure;
    }
    const double ratio = projection->forecast / budget;
    const Pacing pacing = ratio > 1.0 + tolerance   ? Pacing::over
                          : ratio < 1.0 - tolerance ? Pacing::under
                                                    : Pacing::on;
    const double days_left = std::max(0.0, period_days - elapsed_days);
    // DAILYBUDGET's even split; none once the period is over
    const auto needed = days_left > 0.0 ? daily_budget(budget, spend_to_date, elapsed_days, period_days, {})
                                        : Result<double>(0.0);
    if (!needed) {
        return needed.failure();
    }
    return PacingReport{pacing, projection->forecast, budget, days_left, projection->rate, *needed};
}

std::string PacingReport::text() const {
    using detail::number_text;
    const std::string_view status = pacing == Pacing::over    ? "OVER-PACING"
                                    : pacing == Pacing::under ? "UNDER-PACING"
                                                              : "ON PACE";
    const double change = forecast / budget - 1.0;
    const std::string magnitude = detail::percent_text(std::fabs(change));
    const std::string share = magnitude == "0%" ? magnitude : (change >= 0.0 ? "+" : "-") + magnitude;
    std::string text(status);
    if (days_left == 0.0) {
        text += ": the period is over, spent " + number_text(forecast) + " of " + number_text(budget) +
                " (" + share + ")";
        return text;
    }
    text += ": projected " + number_text(forecast) + " of " + number_text(budget) + " (" + share +
            ") at " + number_text(daily_rate) + " a day; ";
    text += daily_needed > 0.0 ? number_text(daily_needed) + " a day lands on budget"
                               : std::string("the budget is spent");
    return text;
}

} // namespace goalpost
