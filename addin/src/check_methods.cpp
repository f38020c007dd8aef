// FunctionsComponent: an objective held against its tracking data.
#include "answer.hpp"
#include "functions_component.hpp"
#include "objective_cache.hpp"
#include "uno_arguments.hpp"
#include "value_answer.hpp"

#include "goalpost/objective_check.hpp"

namespace goalpost::addin {

namespace {

// An optional amount that stays "not given" when omitted or an empty text (=""). A referenced
// blank cell cannot be told apart: Calc passes it to add-ins as the number 0.
Result<std::optional<double>> optional_amount_or_none(const Any& argument, int position) {
    rtl::OUString text;
    if (!argument.hasValue() || ((argument >>= text) && text.trim().isEmpty())) {
        return std::optional<double>();
    }
    auto amount = optional_amount(argument, position, 0.0);
    if (!amount) {
        return amount.failure();
    }
    return std::optional<double>(*amount);
}

Result<CheckResult> checked(const Result<std::shared_ptr<const Objective>>& parsed,
                            const DoubleRows& actual, double elapsed_days, const Any& spend,
                            const Any& conversions, const Any& baseline, int baseline_position,
                            const Any& start_date, int start_date_position) {
    if (!parsed) {
        return parsed.failure();
    }
    const Objective& objective = **parsed;
    return apply_converted(
        [&](double actual_value, std::optional<double> spend_value,
            std::optional<double> conversions_value, std::optional<double> baseline_value,
            std::optional<double> start_value) {
            return check_objective(objective,
                                   TrackingData{actual_value, elapsed_days, spend_value,
                                                conversions_value, baseline_value, start_value});
        },
        required_amount(actual), optional_amount_or_none(spend, 4),
        optional_amount_or_none(conversions, 5), optional_number(baseline, baseline_position),
        optional_amount_or_none(start_date, start_date_position));
}

} // namespace

Any FunctionsComponent::objectivecheck(const OUString& objective, const DoubleRows& actual,
                                       double elapsed_days, const Any& spend,
                                       const Any& conversions, const Any& baseline,
                                       const Any& start_date) {
    return value_answer([&]() -> Result<FieldValue> {
        auto result = checked(parsed_objective(objective), actual, elapsed_days, spend,
                              conversions, baseline, 6, start_date, 7);
        if (!result) {
            return result.failure();
        }
        return FieldValue(result->text());
    });
}

Any FunctionsComponent::objectivepace(const OUString& objective, const DoubleRows& actual,
                                      double elapsed_days, const Any& baseline,
                                      const Any& start_date) {
    return value_answer([&]() -> Result<FieldValue> {
        const auto parsed = parsed_objective(objective);
        if (elapsed_days == 0.0 && parsed) {
            return Failure{ErrorKind::division_by_zero, 3, "no time has passed"};
        }
        auto result = checked(parsed, actual, elapsed_days, Any(), Any(), baseline, 4,
                              start_date, 5);
        if (!result) {
            return result.failure();
        }
        if (!result->pace) {
            return Failure{ErrorKind::not_available, 1, "no pace exists for this objective"};
        }
        return FieldValue(*result->pace);
    });
}

} // namespace goalpost::addin
