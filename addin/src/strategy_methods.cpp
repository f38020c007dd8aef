// FunctionsComponent: the role of a statement, and the audit of a whole plan.
#include "answer.hpp"
#include "functions_component.hpp"
#include "objective_cache.hpp"
#include "uno_arguments.hpp"
#include "uno_text.hpp"
#include "value_answer.hpp"

#include "goalpost/strategy.hpp"

namespace goalpost::addin {

namespace {

// The plan's non-blank statements with their stated kinds. Kinds, when given, must match the
// statements cell for cell (Err:502 otherwise); blank statements are skipped with their kinds.
Result<std::vector<PlanStatement>> plan_of(const AnyRows& statements, const Any& kinds) {
    for (const auto& row : statements) {
        for (const Any& cell : row) {
            rtl::OUString text;
            if ((cell >>= text)) {
                if (auto failure = too_long(text, 1)) {
                    return *failure;
                }
            }
        }
    }
    const TextList texts = text_list(statements);
    const std::optional<TextList> stated = optional_text_list(kinds);
    if (stated && stated->size() != texts.size()) {
        return invalid_argument(2, "kinds must have as many cells as statements");
    }
    std::vector<PlanStatement> plan;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (!texts[i]) {
            continue;
        }
        PlanStatement statement{static_cast<int>(i) + 1, *texts[i], std::nullopt};
        if (stated) {
            if (!(*stated)[i]) {
                return invalid_argument(2, "a statement has no kind");
            }
            auto kind = statement_kind_from_name(*(*stated)[i], 2);
            if (!kind) {
                return kind.failure();
            }
            statement.stated = *kind;
        }
        plan.push_back(std::move(statement));
    }
    return plan;
}

Result<std::vector<Finding>> findings_of(const AnyRows& statements, const Any& kinds) {
    auto plan = plan_of(statements, kinds);
    if (!plan) {
        return plan.failure();
    }
    return audit_plan(*plan);
}

} // namespace

Any FunctionsComponent::statementkind(const OUString& statement) {
    return value_answer([&]() -> Result<FieldValue> {
        if (auto failure = too_long(statement, 1)) {
            return *failure;
        }
        const Utf8View text(statement);
        if (!has_words(text.view())) {
            return Failure{ErrorKind::not_available, 1, "the statement is empty"};
        }
        return FieldValue(std::string(name_of(classify_statement(text.view()))));
    });
}

Any FunctionsComponent::planaudit(const AnyRows& statements, const Any& kinds) {
    return value_answer([&]() -> Result<FieldValue> {
        auto findings = findings_of(statements, kinds);
        if (!findings) {
            return findings.failure();
        }
        std::string text;
        for (const Finding& finding : *findings) {
            text += (text.empty() ? "" : "\n") + finding.text;
        }
        return FieldValue(std::move(text));
    });
}

double FunctionsComponent::planscore(const AnyRows& statements, const Any& kinds) {
    return number_answer([&]() -> Result<double> {
        auto findings = findings_of(statements, kinds);
        if (!findings) {
            return findings.failure();
        }
        return static_cast<double>(plan_score(*findings));
    });
}

} // namespace goalpost::addin
