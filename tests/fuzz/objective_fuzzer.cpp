// libFuzzer target: the objective language end to end. The fuzz bytes give a few numbers (the
// tracking data, a baseline, a start date) and then the objective text; every reader of a parsed
// objective runs on it: SMART assessment and gaps, every field, OBJECTIVECHECK, metric tiers and
// the name lookups. Any crash, sanitizer report or broken invariant below is a finding.
#include "cell_errors.hpp"
#include "goalpost/objective.hpp"
#include "goalpost/objective_check.hpp"
#include "goalpost/objective_fields.hpp"
#include "goalpost/smart.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace {

using namespace goalpost;

// A number as a spreadsheet may hand it over: small, huge, negative, zero or a whole count.
double number(FuzzedDataProvider& data) {
    switch (data.ConsumeIntegralInRange<int>(0, 3)) {
    case 0:
        return static_cast<double>(data.ConsumeIntegralInRange<int>(-10, 1000));
    case 1:
        return data.ConsumeFloatingPointInRange<double>(-1.0, 2.0);
    case 2:
        return data.ConsumeFloatingPoint<double>(); // anything finite, up to +-DBL_MAX
    default:
        return data.PickValueInArray<double>({0.0, -0.0, 1e308, -1e308, 1e-308, 4.9e-324});
    }
}

std::optional<double> maybe_number(FuzzedDataProvider& data) {
    if (data.ConsumeBool()) {
        return number(data);
    }
    return std::nullopt;
}

void require(bool condition) {
    if (!condition) {
        __builtin_trap();
    }
}

// A numeric answer must be a finite value or one of the contract's cell errors.
void require_cell(double value) {
    const double cell = addin::to_cell(Result<double>(value));
    const std::uint16_t error = addin::error_number_of(cell);
    require(std::isfinite(cell) || error == 503);
}

void require_contract(const Failure& failure) {
    require(failure.argument >= 0 && failure.argument <= 7); // OBJECTIVECHECK has 7 arguments
}

// No reason shows a number that is not one: "inf" or "nan" standing as a word of their own.
void require_words(const std::string& text) {
    const auto letter = [&](std::size_t i) {
        return i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'));
    };
    for (const std::string_view word : {"inf", "nan"}) {
        for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
            require((at > 0 && letter(at - 1)) || letter(at + word.size()));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    FuzzedDataProvider data(bytes, size);
    const double actual = number(data);
    const double elapsed = number(data);
    const std::optional<double> spend = maybe_number(data);
    const std::optional<double> conversions = maybe_number(data);
    const std::optional<double> baseline = maybe_number(data);
    const std::optional<double> start = maybe_number(data);
    const std::string name = data.ConsumeRandomLengthString(16);
    const std::string text = data.ConsumeRemainingBytesAsString();

    const Objective objective = parse_objective(text);
    const SmartAssessment assessment = assess_smart(objective, baseline);
    require(assessment.score() >= 0 && assessment.score() <= 5);
    const std::string gaps = smart_gaps(objective, assessment);
    require(gaps.empty() == (assessment.score() == 5));
    require_words(gaps);

    for (int field = 0; field <= static_cast<int>(ObjectiveField::conversion_target); ++field) {
        const auto value = objective_field(objective, static_cast<ObjectiveField>(field), start);
        if (!value) {
            require_contract(value.failure());
        } else if (const auto* numeric = std::get_if<double>(&value.value())) {
            require_cell(*numeric);
        }
    }

    const auto check = check_objective(
        objective, TrackingData{actual, elapsed, spend, conversions, baseline, start});
    if (check) {
        require(!check->text().empty());
        require_words(check->text());
        if (check->pace) {
            require_cell(*check->pace);
        }
    } else {
        require_contract(check.failure());
    }

    (void)metric_tier(text);
    (void)metric_tier(name);
    (void)criterion_from_name(name, 2);
    (void)objective_field_from_name(name, 2);
    return 0;
}
