// FunctionsComponent: reading a marketing objective written in plain English.
#include "answer.hpp"
#include "value_answer.hpp"
#include "functions_component.hpp"
#include "objective_cache.hpp"
#include "uno_arguments.hpp"
#include "uno_text.hpp"

#include "goalpost/objective_fields.hpp"
#include "goalpost/smart.hpp"

namespace goalpost::addin {

namespace {

// The objective's SMART assessment, or the reason there is none.
Result<SmartAssessment> assessment_of(const Result<std::shared_ptr<const Objective>>& objective,
                                      const Any& baseline, int baseline_position) {
    if (!objective) {
        return objective.failure();
    }
    auto baseline_value = optional_number(baseline, baseline_position);
    if (!baseline_value) {
        return baseline_value.failure();
    }
    return assess_smart(**objective, *baseline_value);
}

} // namespace

double FunctionsComponent::smartscore(const OUString& objective, const Any& baseline) {
    return number_answer([&]() -> Result<double> {
        auto assessment = assessment_of(parsed_objective(objective), baseline, 2);
        if (!assessment) {
            return assessment.failure();
        }
        return static_cast<double>(assessment->score());
    });
}

Any FunctionsComponent::smartmet(const OUString& objective, const OUString& criterion,
                                 const Any& baseline) {
    return value_answer([&]() -> Result<FieldValue> {
        const auto which = criterion_from_name(Utf8View(criterion).view(), 2);
        if (!which) {
            return which.failure();
        }
        auto assessment = assessment_of(parsed_objective(objective), baseline, 3);
        if (!assessment) {
            return assessment.failure();
        }
        // Calc shows a boolean returned by an add-in as 0 (measured), so TRUE is 1 as in Calc's
        // own logic functions; a cell formatted as BOOLEAN reads TRUE/FALSE.
        return FieldValue(assessment->meets(*which) ? 1.0 : 0.0);
    });
}

Any FunctionsComponent::smartgaps(const OUString& objective, const Any& baseline) {
    return value_answer([&]() -> Result<FieldValue> {
        const auto parsed = parsed_objective(objective);
        auto assessment = assessment_of(parsed, baseline, 2);
        if (!assessment) {
            return assessment.failure();
        }
        return FieldValue(smart_gaps(**parsed, *assessment));
    });
}

Any FunctionsComponent::objectivefield(const OUString& objective, const OUString& field,
                                       const Any& start_date) {
    return value_answer([&]() -> Result<FieldValue> {
        const auto which = objective_field_from_name(Utf8View(field).view(), 2);
        if (!which) {
            return which.failure();
        }
        const auto parsed = parsed_objective(objective);
        if (!parsed) {
            return parsed.failure();
        }
        auto start = optional_number(start_date, 3);
        if (!start) {
            return start.failure();
        }
        return objective_field(**parsed, *which, *start);
    });
}

Any FunctionsComponent::metrictier(const OUString& metric) {
    return value_answer([&]() -> Result<FieldValue> {
        if (auto failure = too_long(metric, 1)) {
            return *failure;
        }
        const auto tier = metric_tier(Utf8View(metric).view());
        if (!tier) {
            return Failure{ErrorKind::not_available, 1, "not a known metric"};
        }
        return FieldValue(std::string(name_of(*tier)));
    });
}

} // namespace goalpost::addin
