// The catalogue is the single source of truth: these checks keep it well-formed.
#include "function_catalogue.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace goalpost::catalogue {
namespace {

TEST(Catalogue, NamesAreUniqueUpperCaseAndDocumented) {
    std::set<std::string_view> names;
    for (const Function& function : functions) {
        EXPECT_TRUE(names.insert(function.name).second) << function.name;
        for (char c : function.name) {
            EXPECT_TRUE(c >= 'A' && c <= 'Z') << function.name;
        }
        EXPECT_FALSE(function.summary.en.empty()) << function.name;
        EXPECT_FALSE(function.details.en.empty()) << function.name;
        EXPECT_FALSE(function.example.empty()) << function.name;
        EXPECT_TRUE(function.example.find(function.name) != std::string_view::npos)
            << function.name << " example does not use it";
    }
}

// Issue 13: the CAC help must say what each CAC divides, in every language (the industry's
// definitions: paid media over the customers it won; all spend over all new customers; plus
// salaries, tools and overhead).
TEST(Catalogue, CacHelpNamesPaidBlendedAndFullyLoaded) {
    for (const Function& function : functions) {
        if (function.name != "CAC") {
            continue;
        }
        for (std::string_view text : {function.details.en, function.details.de,
                                      function.details.fr, function.details.es}) {
            for (std::string_view kind : {"paid", "blended", "fully loaded"}) {
                std::string lower(text);
                for (char& c : lower) {
                    c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
                }
                EXPECT_NE(lower.find(kind), std::string::npos) << kind << " in " << text;
            }
        }
    }
}

TEST(Catalogue, ParametersAreDocumentedAndOptionalOnesComeLast) {
    for (const Function& function : functions) {
        bool seen_optional = false;
        std::set<std::string_view> names;
        for (const Parameter& parameter : function.parameters) {
            EXPECT_TRUE(names.insert(parameter.name).second) << function.name;
            EXPECT_FALSE(parameter.help.en.empty()) << function.name << ' ' << parameter.name;
            // Calc can only omit trailing arguments.
            EXPECT_FALSE(seen_optional && !parameter.optional) << function.name;
            seen_optional = seen_optional || parameter.optional;
        }
    }
}

// Goalpost ships English, German, French and Spanish help: the generator writes each language
// it finds as an xml:lang value of CalcAddIns.xcu, so a missing one would silently fall back to
// English in that language's Function Wizard.
struct Language {
    const char* code;
    std::string_view Text::*text;
};
constexpr Language languages[] = {
    {"en", &Text::en}, {"de", &Text::de}, {"fr", &Text::fr}, {"es", &Text::es}};

TEST(Catalogue, EverySummaryDetailsAndHelpIsInEveryLanguage) {
    std::size_t texts = 0;
    for (const Function& function : functions) {
        for (const Language& language : languages) {
            EXPECT_FALSE((function.summary.*language.text).empty())
                << function.name << " summary has no " << language.code;
            EXPECT_FALSE((function.details.*language.text).empty())
                << function.name << " details have no " << language.code;
            for (const Parameter& parameter : function.parameters) {
                EXPECT_FALSE((parameter.help.*language.text).empty())
                    << function.name << ' ' << parameter.name << " help has no "
                    << language.code;
                ++texts;
            }
            texts += 2;
        }
    }
    EXPECT_GT(texts, 4 * functions.size() * 2);
}

// The Function Wizard shows text as it is: no Markdown (backticks, bold, links) in any help.
TEST(Catalogue, HelpIsPlainTextWithoutMarkdown) {
    const auto plain = [](std::string_view text) {
        return text.find('`') == std::string_view::npos && text.find("**") == std::string_view::npos &&
               text.find("](") == std::string_view::npos;
    };
    for (const Function& function : functions) {
        for (const Language& language : languages) {
            EXPECT_TRUE(plain(function.summary.*language.text)) << function.name << ' ' << language.code;
            EXPECT_TRUE(plain(function.details.*language.text)) << function.name << ' ' << language.code;
            for (const Parameter& parameter : function.parameters) {
                EXPECT_TRUE(plain(parameter.help.*language.text))
                    << function.name << ' ' << parameter.name << ' ' << language.code;
            }
        }
    }
}

// A translation is a text of its own, not the English pasted in; and a text that keeps a Calc
// error or a function name must keep it in every language.
TEST(Catalogue, TranslationsDifferFromEnglishAndKeepErrorNames) {
    auto check = [](const Text& text, const std::string& where) {
        for (const Language& language : languages) {
            const std::string_view translated = text.*language.text;
            if (language.text == &Text::en) {
                continue;
            }
            EXPECT_NE(translated, text.en) << where << " " << language.code << " is the English";
            for (std::string_view token : {"#DIV/0!", "Err:502", "#N/A", "#NUM!", "#VALUE!"}) {
                const bool in_english = text.en.find(token) != std::string_view::npos;
                const bool in_translation = translated.find(token) != std::string_view::npos;
                EXPECT_EQ(in_english, in_translation)
                    << where << " " << language.code << " and English disagree on " << token;
            }
        }
    };
    for (const Function& function : functions) {
        const std::string name(function.name);
        check(function.summary, name + " summary");
        check(function.details, name + " details");
        for (const Parameter& parameter : function.parameters) {
            check(parameter.help, name + " " + std::string(parameter.name));
        }
    }
}

TEST(Catalogue, HoldsTheSkeletonFunctions) {
    std::set<std::string_view> names;
    for (const Function& function : functions) {
        names.insert(function.name);
    }
    for (std::string_view expected :
         {"CPL", "CPA", "CAC", "ROAS", "ROI", "CONVRATE", "FUNNELCONV", "FUNNELSTEPS"}) {
        EXPECT_TRUE(names.contains(expected)) << expected;
    }
}

// Issue 16: every function says how a shareable copy writes it, a form or why it is frozen, and
// a form names only arguments the function has, with a meaning for an omitted one only where
// the argument is optional. The rewriting itself: shareable_formula_test.cpp.
TEST(Catalogue, EveryFunctionSaysHowItIsShared) {
    for (const Function& function : functions) {
        EXPECT_NE(function.shared_as.empty(), function.frozen_because.empty())
            << function.name << ": a shared form or a reason to freeze, one of the two";
        const std::string_view form = function.shared_as;
        EXPECT_FALSE(form.starts_with('=')) << function.name << ": a form has no leading '='";
        std::set<std::size_t> mentioned;
        for (std::size_t open = form.find('{'); open != std::string_view::npos;
             open = form.find('{', open + 1)) {
            const std::size_t close = form.find('}', open);
            ASSERT_NE(close, std::string_view::npos) << function.name;
            const std::string_view placeholder = form.substr(open + 1, close - open - 1);
            const std::size_t equals = placeholder.find('=');
            const std::string digits(placeholder.substr(0, equals));
            ASSERT_FALSE(digits.empty()) << function.name << ": " << placeholder;
            ASSERT_EQ(digits.find_first_not_of("0123456789"), std::string::npos) << function.name;
            const std::size_t position = std::stoul(digits);
            ASSERT_GE(position, 1U) << function.name;
            ASSERT_LE(position, function.parameters.size()) << function.name;
            const Parameter& parameter = function.parameters[position - 1];
            EXPECT_EQ(equals != std::string_view::npos, parameter.optional)
                << function.name << ": {" << placeholder << "}";
            mentioned.insert(position);
        }
        if (!form.empty()) {
            // every argument is read: a form that ignored one would give the same value for
            // different inputs
            EXPECT_EQ(mentioned.size(), function.parameters.size()) << function.name;
        }
    }
}

} // namespace
} // namespace goalpost::catalogue
