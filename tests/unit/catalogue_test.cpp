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

} // namespace
} // namespace goalpost::catalogue
