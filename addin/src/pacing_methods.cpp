// FunctionsComponent: budget pacing.
#include "answer.hpp"
#include "functions_component.hpp"
#include "uno_arguments.hpp"
#include "value_answer.hpp"

#include "goalpost/objective_fields.hpp"
#include "goalpost/pacing.hpp"

#include <optional>

namespace goalpost::addin {

namespace {

// The recent spend of a call: a range of daily spends (or one amount) and, when omitted, as
// many days as the range holds numbers.
Result<std::optional<RecentSpend>> recent_spend(const Any& spends, int spends_position,
                                                const Any& days, int days_position) {
    return apply_converted(
        [&](const std::optional<NumberList>& list,
            std::optional<double> day_count) -> Result<std::optional<RecentSpend>> {
            if (!list) {
                return std::optional<RecentSpend>();
            }
            auto recent = recent_spend_of(list->values, day_count, spends_position);
            if (!recent) {
                return recent.failure();
            }
            return std::optional<RecentSpend>(*recent);
        },
        optional_number_list(spends, spends_position), optional_number(days, days_position));
}

} // namespace

double FunctionsComponent::spendforecast(const DoubleRows& spend_to_date, double elapsed_days,
                                         double period_days, const Any& recent_spend_cells,
                                         const Any& recent_days) {
    return number_answer([&] {
        return apply_converted(
            [&](double spend, const std::optional<RecentSpend>& recent) {
                return spend_forecast(spend, elapsed_days, period_days, recent);
            },
            required_amount(spend_to_date), recent_spend(recent_spend_cells, 4, recent_days, 5));
    });
}

double FunctionsComponent::dailybudget(const DoubleRows& budget, const DoubleRows& spend_to_date,
                                       double elapsed_days, double period_days,
                                       const Any& weights) {
    return number_answer([&] {
        return apply_converted(
            [&](double budget_amount, double spend, const std::optional<NumberList>& weight_list) {
                return daily_budget(budget_amount, spend, elapsed_days, period_days,
                                    weight_list ? std::span<const double>(weight_list->values)
                                                : std::span<const double>());
            },
            required_amount(budget), required_amount(spend_to_date),
            optional_number_list(weights, 5));
    });
}

Any FunctionsComponent::pacingstatus(const DoubleRows& budget, const DoubleRows& spend_to_date,
                                     double elapsed_days, double period_days,
                                     const Any& recent_spend_cells, const Any& recent_days,
                                     const Any& tolerance) {
    return value_answer([&]() -> Result<FieldValue> {
        auto report = apply_converted(
            [&](double budget_amount, double spend, const std::optional<RecentSpend>& recent,
                std::optional<double> band) {
                return pacing_status(budget_amount, spend, elapsed_days, period_days, recent,
                                     band.value_or(default_pacing_tolerance));
            },
            required_amount(budget), required_amount(spend_to_date),
            recent_spend(recent_spend_cells, 5, recent_days, 6), optional_number(tolerance, 7));
        if (!report) {
            return report.failure();
        }
        return FieldValue(report->text());
    });
}

} // namespace goalpost::addin
