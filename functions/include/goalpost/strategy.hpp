// Strategy structure (docs/strategy-rubric.md): what role a statement plays in a plan, and an
// audit of a whole plan's structure.
#pragma once

#include "goalpost/result.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace goalpost {

enum class StatementKind : unsigned char { objective, key_result, success_indicator, tactic };

std::string_view name_of(StatementKind kind); // "objective", "key result", ...

// "objective", "key result", "success indicator" or "tactic", any case; else invalid_argument.
Result<StatementKind> statement_kind_from_name(std::string_view name, int argument);

// The classification rules of docs/strategy-rubric.md, in order.
StatementKind classify_statement(std::string_view statement);

// False for a text with no letter or digit (blank, punctuation, emoji): no statement at all, so
// STATEMENTKIND is #N/A for it and a plan skips it like a blank cell, as SMARTSCORE does.
bool has_words(std::string_view statement);

struct PlanStatement {
    int position = 0; // 1-based position in the range, blanks counted
    std::string text;
    std::optional<StatementKind> stated; // the kind the plan gives it, when it gives kinds
};

enum class FindingCode : unsigned char {
    too_many_objectives,
    tactic_as_objective,
    kr_without_number,
    kr_without_time_frame,
    no_business_kr,
    no_success_indicators,
    volume_only_leads,
    duplicate,
    role_mismatch,
    no_objective,
    no_key_result,
};

struct Finding {
    FindingCode code;
    std::vector<int> positions; // the statements it names
    std::string text;           // what is wrong and how to fix it
};

// More objectives than this is not a focused plan (OKR practice: three to five).
inline constexpr int max_objectives = 3;

// Findings in a stable order (plan-level first, then by statement); empty for a sound plan or
// not_available for a plan without statements (statements without words do not count).
Result<std::vector<Finding>> audit_plan(std::span<const PlanStatement> statements);

// 100 minus the rubric's deduction for each finding, never below 0.
int plan_score(std::span<const Finding> findings);

} // namespace goalpost
