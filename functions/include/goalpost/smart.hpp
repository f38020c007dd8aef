// The SMART rubric of docs/smart-rubric.md: five rules over a parsed objective, each with the
// reason it failed, so that SMARTGAPS can say what is missing and how to fix it.
#pragma once

#include "goalpost/objective.hpp"
#include "goalpost/result.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace goalpost {

enum class Criterion : unsigned char { specific, measurable, achievable, relevant, time_bound };

// "S", "M", "A", "R", "T" or the full word, any case; anything else is an invalid argument.
Result<Criterion> criterion_from_name(std::string_view name, int argument);

// Why Achievable failed (rubric rules 1-5), or `none` when it is met.
enum class AchievabilityIssue : unsigned char {
    none,
    not_measurable,
    extreme_multiplier,
    rate_of_100_percent,
    growth_too_fast,
    needs_baseline,
    baseline_already_meets_target,
};

// The bound of rubric rule 3: compound growth per 30 days above this is not achievable.
inline constexpr double max_monthly_growth = 0.15;
// The bound of rubric rule 1: this multiple of today or more is a moonshot.
inline constexpr double max_multiplier = 10.0;

struct SmartAssessment {
    std::array<bool, 5> met{};
    AchievabilityIssue achievability = AchievabilityIssue::none;
    double monthly_growth = 0.0; // when growth_too_fast: the change a month it would need
    bool decrease = false;       // when growth_too_fast: a cut rather than growth

    [[nodiscard]] bool meets(Criterion criterion) const {
        return met[static_cast<std::size_t>(criterion)];
    }
    [[nodiscard]] int score() const;
};

SmartAssessment assess_smart(const Objective& objective, std::optional<double> baseline);

// "" when all five are met; otherwise one entry per unmet criterion, in S, M, A, R, T order,
// joined by "; ", each "<letter>: what is missing, how to fix it".
std::string smart_gaps(const Objective& objective, const SmartAssessment& assessment);

} // namespace goalpost
