#include "goalpost/strategy.hpp"

#include "goalpost/objective.hpp"
#include "goalpost/smart.hpp"
#include "objective_language.hpp"
#include "objective_tokens.hpp"
#include "objective_vocabulary.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

namespace goalpost {

namespace {

using detail::match_phrase;
using detail::Token;
using detail::Vocabulary;

constexpr std::array<std::string_view, 4> kind_names{"objective", "key result",
                                                     "success indicator", "tactic"};

// The index of the statement's leading verb, after "we will", "we'll", "to", "I will", "let's".
std::size_t leading_word(const std::vector<Token>& tokens) {
    std::size_t i = 0;
    const auto word = [&](std::size_t k, std::string_view w) {
        return k < tokens.size() && !tokens[k].is_number && tokens[k].word == w;
    };
    if ((word(0, "we") || word(0, "i")) && (word(1, "will") || word(1, "ll") || word(1, "shall"))) {
        i = 2;
    } else if (word(0, "let") && word(1, "s")) {
        i = 2;
    } else if (word(0, "to")) {
        i = 1;
    }
    return i;
}

// A verb word that is really part of a noun: "Post-purchase NPS", "Test drive bookings",
// "Leads from webinars", "Email open rate".
bool starts_noun_phrase(const std::vector<Token>& tokens, std::size_t at, std::string_view text) {
    const bool hyphen_joined = at + 1 < tokens.size() && tokens[at].end < text.size() &&
                               text[tokens[at].end] == '-' && tokens[at + 1].begin == tokens[at].end + 1;
    // A plural ("Leads from webinars") or a longer metric name ("Test drive bookings"); the
    // bare singular "lead" stays a verb ("Lead the category in share of search").
    if (const auto metric = match_phrase(Vocabulary::metric, tokens, at);
        hyphen_joined || (metric && (metric->length > 1 || tokens[at].word.ends_with("s")))) {
        return true;
    }
    const auto channel = match_phrase(Vocabulary::channel, tokens, at);
    return channel && match_phrase(Vocabulary::metric, tokens, at + channel->length);
}

bool is(Vocabulary vocabulary, const std::vector<Token>& tokens, std::size_t at,
        std::string_view text) {
    if (at >= tokens.size() || tokens[at].is_number || starts_noun_phrase(tokens, at, text)) {
        return false;
    }
    return match_phrase(vocabulary, tokens, at).has_value();
}

bool is_any_verb(const std::vector<Token>& tokens, std::size_t at, std::string_view text) {
    for (Vocabulary verbs : {Vocabulary::activity_verb, Vocabulary::tracking_verb,
                             Vocabulary::focus_verb, Vocabulary::increase_verb,
                             Vocabulary::decrease_verb, Vocabulary::reach_verb,
                             Vocabulary::keep_verb}) {
        if (is(verbs, tokens, at, text)) {
            return true;
        }
    }
    return false;
}

// "Add 25 new mid-market logos by the end of Q2": a verb that usually names work states an
// outcome when it commits to a number of a known metric by a deadline.
bool states_outcome(const Objective& objective, const std::vector<Token>& tokens, std::size_t lead,
                    std::string_view text) {
    return is(Vocabulary::outcome_verb, tokens, lead, text) && objective.metric &&
           objective.target && objective.time_frame.kind != TimeFrame::Kind::none;
}

StatementKind classify(const Objective& objective, std::string_view text) {
    std::string storage;
    const auto tokens = detail::read_words(text, storage).tokens;
    const std::string_view lower = storage;
    const SmartAssessment assessment = assess_smart(objective, std::nullopt);
    const bool measurable = assessment.meets(Criterion::measurable);
    // "We want more demo requests": a wish without a number is an objective.
    if (const auto wish = match_phrase(Vocabulary::wish_opener, tokens, 0); wish && !measurable) {
        return StatementKind::objective;
    }
    const std::size_t lead = leading_word(tokens);
    if (is(Vocabulary::activity_verb, tokens, lead, lower) &&
        !states_outcome(objective, tokens, lead, lower)) {
        return StatementKind::tactic;
    }
    if (measurable) {
        return StatementKind::key_result;
    }
    if (objective.metric && (is(Vocabulary::tracking_verb, tokens, lead, lower) ||
                             !is_any_verb(tokens, lead, lower))) {
        return StatementKind::success_indicator;
    }
    return StatementKind::objective;
}

// Letters and digits only, lower case: "Win 5 customers!" and "win 5  customers" are the same.
std::string normalised(std::string_view text) {
    std::string result;
    for (char c : text) {
        if (const char lower = detail::ascii_lower(c);
            (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
            result += lower;
        }
    }
    return result;
}

std::string quoted(std::string_view text) {
    constexpr std::size_t longest = 60;
    std::string result(text.substr(0, longest));
    if (text.size() > longest) {
        result += "...";
    }
    return "\"" + result + "\"";
}

std::string statement_label(int position) { return "statement " + std::to_string(position); }

std::string positions_text(const std::vector<int>& positions) {
    std::string result;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        result += (i == 0 ? "" : i + 1 == positions.size() ? " and " : ", ") +
                  std::to_string(positions[i]);
    }
    return result;
}

struct ReadStatement {
    const PlanStatement* statement;
    Objective objective;
    StatementKind read;      // by the rules
    StatementKind effective; // stated when given, else read
};

} // namespace

std::string_view name_of(StatementKind kind) { return kind_names[static_cast<std::size_t>(kind)]; }

Result<StatementKind> statement_kind_from_name(std::string_view name, int argument) {
    static constexpr std::array<std::pair<std::string_view, StatementKind>, 10> names{{
        {"objective", StatementKind::objective},
        {"objectives", StatementKind::objective},
        {"key result", StatementKind::key_result},
        {"key results", StatementKind::key_result},
        {"kr", StatementKind::key_result},
        {"keyresult", StatementKind::key_result},
        {"success indicator", StatementKind::success_indicator},
        {"success indicators", StatementKind::success_indicator},
        {"tactic", StatementKind::tactic},
        {"tactics", StatementKind::tactic},
    }};
    if (const auto kind = detail::lookup_name(name, names)) {
        return *kind;
    }
    return invalid_argument(argument, "unknown statement kind");
}

StatementKind classify_statement(std::string_view statement) {
    return classify(parse_objective(statement), statement);
}

bool has_words(std::string_view statement) {
    std::string storage;
    return !detail::tokenize(statement, storage).empty();
}

Result<std::vector<Finding>> audit_plan(std::span<const PlanStatement> statements) {
    std::vector<ReadStatement> plan;
    plan.reserve(statements.size());
    for (const PlanStatement& statement : statements) {
        Objective objective = parse_objective(statement.text);
        if (objective.empty_text) {
            continue; // "---" or an emoji is a blank cell, not a statement
        }
        const StatementKind read = classify(objective, statement.text);
        plan.push_back({&statement, std::move(objective), read, statement.stated.value_or(read)});
    }
    if (plan.empty()) {
        return Failure{ErrorKind::not_available, 1, "the plan has no statements"};
    }
    const auto with_kind = [&](StatementKind kind) {
        std::vector<int> positions;
        for (const auto& s : plan) {
            if (s.effective == kind) {
                positions.push_back(s.statement->position);
            }
        }
        return positions;
    };
    std::vector<Finding> findings;
    const auto objectives = with_kind(StatementKind::objective);
    const auto key_results = with_kind(StatementKind::key_result);
    if (objectives.empty()) {
        findings.push_back({FindingCode::no_objective, {},
                            "No objective: add the business focus these statements serve, such "
                            "as \"diversify our client portfolio beyond machinery sales\""});
    } else if (static_cast<int>(objectives.size()) > max_objectives) {
        findings.push_back({FindingCode::too_many_objectives, objectives,
                            fmt::format("Too many objectives: {} (statements {}); a focused "
                                        "plan holds at most {}, so keep the {} that matter most "
                                        "and turn the rest into key results or drop them",
                                        objectives.size(), positions_text(objectives),
                                        max_objectives, max_objectives)});
    }
    if (key_results.empty()) {
        findings.push_back({FindingCode::no_key_result, {},
                            "No key result: add a number and a deadline that say whether each "
                            "objective was reached, such as \"win 5 customers by the end of Q4\""});
    } else {
        const bool business = std::any_of(plan.begin(), plan.end(), [](const ReadStatement& s) {
            return s.effective == StatementKind::key_result &&
                   assess_smart(s.objective, std::nullopt).meets(Criterion::relevant);
        });
        if (!business) {
            findings.push_back({FindingCode::no_business_kr, {},
                                "No key result at lead-quality or business level: add one on "
                                "qualified leads, pipeline, customers, revenue or acquisition cost"});
        }
    }
    if (with_kind(StatementKind::success_indicator).empty()) {
        findings.push_back({FindingCode::no_success_indicators, {},
                            "No success indicators: add the leading metrics you will show when "
                            "asked how it happened, such as demo requests or share of search"});
    }
    std::map<std::string, int> first_seen;
    for (const auto& s : plan) {
        const int position = s.statement->position;
        const std::string& text = s.statement->text;
        const std::string kind(name_of(s.effective));
        const bool stated = s.statement->stated.has_value();
        const bool measurable = assess_smart(s.objective, std::nullopt).meets(Criterion::measurable);
        if (stated && s.effective == StatementKind::objective && s.read == StatementKind::tactic) {
            findings.push_back({FindingCode::tactic_as_objective, {position},
                                "Objective " + quoted(text) + " (" + statement_label(position) +
                                    ") is a tactic: name the outcome it serves and move the "
                                    "activity to the action plan"});
        } else if (s.effective == StatementKind::key_result && !measurable) {
            findings.push_back({FindingCode::kr_without_number, {position},
                                "Key result " + quoted(text) + " (" + statement_label(position) +
                                    ") has no number: add a target such as \"30 qualified leads "
                                    "a month\" or \"by 25%\""});
        } else if (stated && s.effective != s.read) {
            findings.push_back({FindingCode::role_mismatch, {position},
                                "Statement " + std::to_string(position) + " is given as " +
                                    (s.effective == StatementKind::objective ? "an " : "a ") +
                                    kind + " but reads as " +
                                    (s.read == StatementKind::objective ? "an " : "a ") +
                                    std::string(name_of(s.read)) + " " + quoted(text) +
                                    ": reword it or give it the role it plays"});
        }
        if (s.effective == StatementKind::key_result && measurable &&
            s.objective.time_frame.kind == TimeFrame::Kind::none) {
            findings.push_back({FindingCode::kr_without_time_frame, {position},
                                "Key result " + quoted(text) + " (" + statement_label(position) +
                                    ") has no time frame: add one such as \"by the end of Q4\""});
        }
        if (s.effective == StatementKind::key_result && measurable && s.objective.metric &&
            s.objective.metric->tier == Tier::lead && !s.objective.conversion_target &&
            s.objective.cost_metric != CostMetric::cpa && s.objective.cost_metric != CostMetric::cac) {
            findings.push_back({FindingCode::volume_only_leads, {position},
                                "Key result " + quoted(text) + " (" + statement_label(position) +
                                    ") counts lead volume only: tie it to quality or revenue, "
                                    "such as \"and convert 10% of them into customers\""});
        }
        const std::string key = normalised(text);
        if (const auto [it, inserted] = first_seen.emplace(key, position); !inserted && !key.empty()) {
            findings.push_back({FindingCode::duplicate, {it->second, position},
                                "Statements " + std::to_string(it->second) + " and " +
                                    std::to_string(position) + " are the same: keep one"});
        }
    }
    return findings;
}

int plan_score(std::span<const Finding> findings) {
    // Deductions of docs/strategy-rubric.md; repeated findings of one kind at most 30 in all.
    std::map<FindingCode, int> deducted;
    const auto weight = [](FindingCode code) {
        switch (code) {
        case FindingCode::too_many_objectives: return 15;
        case FindingCode::tactic_as_objective: return 10;
        case FindingCode::kr_without_number: return 10;
        case FindingCode::kr_without_time_frame: return 10;
        case FindingCode::no_business_kr: return 20;
        case FindingCode::no_success_indicators: return 10;
        case FindingCode::volume_only_leads: return 5;
        case FindingCode::duplicate: return 5;
        case FindingCode::role_mismatch: return 5;
        case FindingCode::no_objective: return 15;
        case FindingCode::no_key_result: return 25;
        }
        return 0;
    };
    int score = 100;
    for (const Finding& finding : findings) {
        int& so_far = deducted[finding.code];
        const int take = std::min(weight(finding.code), 30 - so_far);
        so_far += take;
        score -= take;
    }
    return std::max(score, 0);
}

} // namespace goalpost
