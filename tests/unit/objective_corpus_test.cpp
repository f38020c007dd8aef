// The labelled corpus of tests/data/objectives.txt, labelled by hand from docs/smart-rubric.md
// without reading the parser: every label and every stated field is compared. Disagreements that
// remain are listed, each with its reason, in tests/data/objectives_known_disagreements.txt; any
// other disagreement fails, and so does agreement below 95% on any criterion.
#include "goalpost/objective.hpp"
#include "goalpost/objective_fields.hpp"
#include "goalpost/smart.hpp"

#include "corpus_lines.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace goalpost {
namespace {

struct LabelledObjective {
    int line = 0;
    std::string text;
    std::string labels; // five of '0'/'1'
    std::optional<double> baseline;
    std::map<std::string, std::string> fields;
};

using test::is_comment_or_blank;
using test::split;
using test::trim;

std::vector<LabelledObjective> load_corpus(const std::string& name) {
    std::ifstream file(GOALPOST_TEST_DATA_DIR "/" + name);
    EXPECT_TRUE(file.good()) << "corpus not found";
    std::vector<LabelledObjective> corpus;
    std::string line;
    for (int number = 1; std::getline(file, line); ++number) {
        if (is_comment_or_blank(line)) {
            continue;
        }
        const auto columns = split(line, "|");
        EXPECT_EQ(columns.size(), 4u) << "line " << number;
        if (columns.size() != 4) {
            continue;
        }
        LabelledObjective entry{number, columns[0], columns[1], std::nullopt, {}};
        if (!columns[2].empty()) {
            entry.baseline = std::stod(columns[2]);
        }
        for (const auto& pair : split(columns[3], "; ")) {
            if (const auto equals = pair.find('='); equals != std::string::npos) {
                entry.fields[pair.substr(0, equals)] = pair.substr(equals + 1);
            }
        }
        corpus.push_back(std::move(entry));
    }
    return corpus;
}

// "<text> | <item>" lines: the documented disagreements.
std::set<std::string> load_known_disagreements() {
    std::ifstream file(GOALPOST_TEST_DATA_DIR "/objectives_known_disagreements.txt");
    std::set<std::string> known;
    std::string line;
    while (std::getline(file, line)) {
        if (!is_comment_or_blank(line)) {
            const auto columns = split(line, "|");
            if (columns.size() >= 2) {
                known.insert(columns[0] + " | " + columns[1]);
            }
        }
    }
    return known;
}

std::string as_text(const Result<FieldValue>& value) {
    if (!value) {
        return "(absent)";
    }
    if (const auto* text = std::get_if<std::string>(&value.value())) {
        return *text;
    }
    std::ostringstream out;
    out.precision(12);
    out << std::get<double>(value.value());
    return out.str();
}

bool same_value(const std::string& expected, const Result<FieldValue>& actual) {
    if (!actual) {
        return false;
    }
    if (const auto* text = std::get_if<std::string>(&actual.value())) {
        return *text == expected;
    }
    try {
        const double number = std::stod(expected);
        const double got = std::get<double>(actual.value());
        return std::fabs(number - got) <= 1e-9 * std::max(1.0, std::fabs(number));
    } catch (...) {
        return false;
    }
}

// Fields whose absence is also checked: the corpus lists every field an objective states.
constexpr std::string_view checked_when_absent[] = {"metric", "target", "channel", "cost_cap",
                                                     "conversion_target", "deadline_days", "change"};

TEST(ObjectiveCorpus, LabelsAndFieldsAgree) {
    const auto corpus = load_corpus("objectives.txt");
    ASSERT_GE(corpus.size(), 150u);
    const auto known = load_known_disagreements();
    std::set<std::string> seen;
    std::array<int, 5> agreed{};
    const char letters[] = "SMART";
    for (const auto& entry : corpus) {
        const Objective objective = parse_objective(entry.text);
        const SmartAssessment assessment = assess_smart(objective, entry.baseline);
        const auto report = [&](const std::string& item, const std::string& detail) {
            const std::string key = entry.text + " | " + item;
            seen.insert(key);
            EXPECT_TRUE(known.contains(key)) << "line " << entry.line << ": " << key << " ("
                                             << detail << ")";
        };
        for (int c = 0; c < 5; ++c) {
            const bool expected = entry.labels[static_cast<std::size_t>(c)] == '1';
            if (assessment.met[static_cast<std::size_t>(c)] == expected) {
                ++agreed[static_cast<std::size_t>(c)];
            } else {
                report(std::string(1, letters[c]),
                       std::string("expected ") + (expected ? "met" : "unmet") + "; gaps: " +
                           smart_gaps(objective, assessment));
            }
        }
        for (const auto& [name, expected] : entry.fields) {
            const auto field = objective_field_from_name(name, 2);
            ASSERT_TRUE(field.ok()) << "unknown field " << name << " on line " << entry.line;
            const auto actual = objective_field(objective, *field, std::nullopt);
            if (!same_value(expected, actual)) {
                report(name, "expected " + expected + ", got " + as_text(actual));
            }
        }
        for (std::string_view name : checked_when_absent) {
            if (!entry.fields.contains(std::string(name))) {
                const auto actual =
                    objective_field(objective, *objective_field_from_name(name, 2), std::nullopt);
                if (actual) {
                    report(std::string(name), "expected absent, got " + as_text(actual));
                }
            }
        }
    }
    for (int c = 0; c < 5; ++c) {
        const double agreement = static_cast<double>(agreed[static_cast<std::size_t>(c)]) /
                                  static_cast<double>(corpus.size());
        EXPECT_GE(agreement, 0.95) << letters[c];
        std::cout << letters[c] << " agreement " << agreed[static_cast<std::size_t>(c)] << "/"
                  << corpus.size() << "\n";
    }
    for (const auto& key : known) {
        EXPECT_TRUE(seen.contains(key)) << "stale known disagreement (now agrees): " << key;
    }
}

// A second corpus of 60 objectives, labelled blind by another person from the rubric alone after
// the parser was written. Measured before any change prompted by it: S 51/60, M 59/60, A, R, T
// 60/60; after two general fixes (audiences after "with"/"for", "organic" as a channel):
// S 56/60. Its field conventions differ from the main corpus' in places, so only the labels are
// held to that measured level here (docs/smart-rubric.md lists the remaining disagreements).
TEST(HeldOutCorpus, LabelAgreementStaysAtItsMeasuredLevel) {
    const auto corpus = load_corpus("objectives_heldout.txt");
    ASSERT_GE(corpus.size(), 60u);
    const std::array<int, 5> measured{56, 59, 60, 60, 60};
    std::array<int, 5> agreed{};
    for (const auto& entry : corpus) {
        const SmartAssessment assessment =
            assess_smart(parse_objective(entry.text), entry.baseline);
        for (std::size_t c = 0; c < 5; ++c) {
            agreed[c] += assessment.met[c] == (entry.labels[c] == '1') ? 1 : 0;
        }
    }
    for (std::size_t c = 0; c < 5; ++c) {
        EXPECT_GE(agreed[c], measured[c]) << "criterion " << "SMART"[c];
    }
}

} // namespace
} // namespace goalpost
