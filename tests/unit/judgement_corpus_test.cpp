// The judgement corpora of tests/data/judgement_*.txt: objectives, metric names, plan statements
// and tracking scenarios written the way real teams write them and labelled, with a reason, by
// people who never saw the code, from tests/data/judgement_contract.md. Every record is run
// through the core and agreement is reported per function. The tuned part was used to fix the
// reader; the blind part was measured once and is never tuned to (docs/smart-rubric.md).
#include "goalpost/objective.hpp"
#include "goalpost/objective_check.hpp"
#include "goalpost/objective_fields.hpp"
#include "goalpost/smart.hpp"
#include "goalpost/strategy.hpp"

#include "corpus_lines.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace goalpost {
namespace {

using test::is_comment_or_blank;
using test::split;
using test::trim;

std::optional<double> number_or_none(const std::string& text) {
    if (text.empty()) {
        return std::nullopt;
    }
    return std::stod(text);
}

// Calc's serial date of an ISO date (day 0 is 30 December 1899).
std::optional<double> serial_of(const std::string& iso) {
    if (iso.empty()) {
        return std::nullopt;
    }
    using namespace std::chrono;
    const year_month_day date{year{std::stoi(iso.substr(0, 4))},
                              month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
                              day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
    return static_cast<double>((sys_days{date} - sys_days{year{1899} / December / 30}).count());
}

std::string iso_of(double serial) {
    using namespace std::chrono;
    const year_month_day date{sys_days{year{1899} / December / 30} +
                              days{static_cast<long long>(serial)}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

std::string smart_bits(const std::string& objective, std::optional<double> baseline) {
    const SmartAssessment assessment = assess_smart(parse_objective(objective), baseline);
    std::string bits;
    for (bool met : assessment.met) {
        bits += met ? '1' : '0';
    }
    return bits;
}

bool same_field(const std::string& field, const std::string& expected, const Result<FieldValue>& got) {
    if (!got) {
        return expected == "none";
    }
    if (const auto* text = std::get_if<std::string>(&got.value())) {
        return *text == expected;
    }
    const double value = std::get<double>(got.value());
    if (field == "deadline") {
        return iso_of(value) == expected;
    }
    if (expected == "none") {
        return false;
    }
    const double want = std::stod(expected);
    return std::fabs(value - want) <= 1e-6 * std::max(1.0, std::fabs(want));
}

std::string field_text(const Result<FieldValue>& got, const std::string& field) {
    if (!got) {
        return "none";
    }
    if (const auto* text = std::get_if<std::string>(&got.value())) {
        return *text;
    }
    const double value = std::get<double>(got.value());
    return field == "deadline" ? iso_of(value) : std::to_string(value);
}

struct Tally {
    int agreed = 0;
    int total = 0;
    [[nodiscard]] double share() const { return total == 0 ? 1.0 : static_cast<double>(agreed) / total; }
};

struct Measurement {
    std::map<std::string, Tally> by_function; // smart, S, M, A, R, T, tier, kind, field, check
    Tally overall;
    std::vector<std::string> disagreements;
};

void count(Measurement& m, const std::string& key, bool agreed, const std::string& why) {
    auto& tally = m.by_function[key];
    ++tally.total;
    ++m.overall.total;
    if (agreed) {
        ++tally.agreed;
        ++m.overall.agreed;
    } else {
        m.disagreements.push_back(key + ": " + why);
    }
}

Measurement measure(const std::string& file) {
    Measurement m;
    std::ifstream in(std::string(GOALPOST_TEST_DATA_DIR) + "/" + file);
    EXPECT_TRUE(in.good()) << file;
    std::string line;
    while (std::getline(in, line)) {
        if (is_comment_or_blank(line)) {
            continue;
        }
        const auto f = split(line, "|");
        const std::string& type = f[0];
        if (type == "smart" && f.size() >= 4) {
            const std::string got = smart_bits(f[1], number_or_none(f[2]));
            const std::string& want = f[3];
            // SMARTSCORE agrees when all five agree; each criterion is also counted alone.
            for (std::size_t i = 0; i < 5; ++i) {
                count(m, std::string(1, "SMART"[i]), got[i] == want[i],
                      f[1] + " -> " + got + " want " + want);
            }
            m.by_function["smartscore"].total++;
            m.by_function["smartscore"].agreed += got == want ? 1 : 0;
        } else if (type == "tier" && f.size() >= 3) {
            const auto tier = metric_tier(f[1]);
            const std::string got = tier ? std::string(name_of(*tier)) : "none";
            count(m, "tier", got == f[2], f[1] + " -> " + got + " want " + f[2]);
        } else if (type == "kind" && f.size() >= 3) {
            const std::string got(name_of(classify_statement(f[1])));
            count(m, "kind", got == f[2], f[1] + " -> " + got + " want " + f[2]);
        } else if (type == "field" && f.size() >= 5) {
            const auto field = objective_field_from_name(f[2], 2);
            if (!field) {
                ADD_FAILURE() << "unknown field: " << line;
                continue;
            }
            const auto got = objective_field(parse_objective(f[1]), *field, serial_of(f[3]));
            count(m, "field", same_field(f[2], f[4], got),
                  f[1] + " [" + f[2] + "] -> " + field_text(got, f[2]) + " want " + f[4]);
        } else if (type == "check" && f.size() >= 9) {
            const TrackingData data{std::stod(f[2]), std::stod(f[3]), number_or_none(f[4]),
                                    number_or_none(f[5]), number_or_none(f[6]), serial_of(f[7])};
            const auto result = check_objective(parse_objective(f[1]), data);
            const std::string got = result ? result->text() : "error";
            count(m, "check", got.starts_with(f[8] + ":"),
                  f[1] + " (" + f[2] + ", day " + f[3] + ") -> " + got + " want " + f[8]);
        } else {
            ADD_FAILURE() << "malformed record: " << line;
        }
    }
    return m;
}

void report(const std::string& name, const Measurement& m, bool show_disagreements) {
    std::printf("== %s: %d/%d (%.1f%%)\n", name.c_str(), m.overall.agreed, m.overall.total,
                100.0 * m.overall.share());
    for (const auto& [key, tally] : m.by_function) {
        std::printf("   %-10s %3d/%3d (%.1f%%)\n", key.c_str(), tally.agreed, tally.total,
                    100.0 * tally.share());
    }
    if (show_disagreements) {
        for (const auto& line : m.disagreements) {
            std::printf("   x %s\n", line.c_str());
        }
    }
}

// The tuned part: agreement after the fixes it prompted (docs/smart-rubric.md has the figures).
TEST(JudgementCorpus, TunedPart) {
    for (const char* file : {"judgement_tuned.txt", "judgement_tuned2.txt"}) {
        const Measurement m = measure(file);
        report(file, m, true);
        EXPECT_GE(m.overall.share(), 0.95) << file;
        for (const auto& [key, tally] : m.by_function) {
            EXPECT_GE(tally.share(), 0.90) << file << " " << key;
        }
    }
}

// The blind part: measured once; the floor is the measured figure, so a change that loses
// agreement fails. Its disagreements are printed only on request (GOALPOST_SHOW_BLIND=1), so
// that nobody tunes to them by accident.
TEST(JudgementCorpus, BlindPart) {
    const Measurement m = measure("judgement_blind.txt");
    report("blind", m, std::getenv("GOALPOST_SHOW_BLIND") != nullptr);
    // Measured once, on 2026-11-30, after the first tuned part's fixes (docs/smart-rubric.md);
    // the floors are that measurement, although later general fixes raised it.
    const std::map<std::string, int> measured{
        {"S", 48}, {"M", 55}, {"A", 52}, {"R", 50}, {"T", 55}, {"smartscore", 46},
        {"tier", 24}, {"kind", 29}, {"field", 19}, {"check", 42}};
    for (const auto& [key, floor] : measured) {
        EXPECT_GE(m.by_function.at(key).agreed, floor) << key;
    }
    EXPECT_GE(m.overall.agreed, 374);
}

// The second blind part, written by a third person after the rules of the first two tuned parts
// were settled, and measured once.
TEST(JudgementCorpus, SecondBlindPart) {
    const Measurement m = measure("judgement_blind2.txt");
    report("blind2", m, std::getenv("GOALPOST_SHOW_BLIND") != nullptr);
    // Measured once, on 2026-11-30 (docs/smart-rubric.md): 427 of 434 judgements.
    const std::map<std::string, int> measured{
        {"S", 59}, {"M", 62}, {"A", 61}, {"R", 61}, {"T", 62}, {"smartscore", 59},
        {"tier", 25}, {"kind", 29}, {"field", 20}, {"check", 48}};
    for (const auto& [key, floor] : measured) {
        EXPECT_GE(m.by_function.at(key).agreed, floor) << key;
    }
    EXPECT_GE(m.overall.agreed, 427);
    EXPECT_GE(m.overall.share(), 0.95);
}

// German, French and Spanish: the tuned parts (tests/data/judgement_{de,fr,es}_tuned.txt),
// written and labelled blind by native marketers from judgement_contract_languages.md.
TEST(JudgementCorpus, LanguagesTunedPart) {
    for (const char* file : {"judgement_de_tuned.txt", "judgement_fr_tuned.txt", "judgement_es_tuned.txt"}) {
        const Measurement m = measure(file);
        report(file, m, true);
        EXPECT_GE(m.overall.share(), 0.95) << file;
        for (const auto& [key, tally] : m.by_function) {
            EXPECT_GE(tally.share(), 0.85) << file << " " << key;
        }
    }
}

// German, French and Spanish: the blind parts, measured once (docs/languages.md has the
// figures); each floor is the figure measured, so a change that loses agreement fails.
TEST(JudgementCorpus, LanguagesBlindPart) {
    const std::pair<const char*, int> measured[] = {
        {"judgement_de_blind.txt", 347}, {"judgement_fr_blind.txt", 343}, {"judgement_es_blind.txt", 344}};
    for (const auto& [file, floor] : measured) {
        const Measurement m = measure(file);
        report(file, m, std::getenv("GOALPOST_SHOW_BLIND") != nullptr);
        EXPECT_GE(m.overall.agreed, floor) << file;
        EXPECT_GE(m.overall.share(), 0.95) << file;
    }
}

} // namespace
} // namespace goalpost
