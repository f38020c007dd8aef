// The reference page is generated from the catalogue, so the README lists no function of its
// own (issue 18: a new function is five files); it must point at the generated page, and the
// committed page must be the one the catalogue generates now.
#include "function_catalogue.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace goalpost::catalogue {
namespace {

std::string read(const std::string& path) {
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

TEST(Readme, LinksTheGeneratedReferenceAndListsNoFunction) {
    const std::string readme = read(GOALPOST_SOURCE_DIR "/README.md");
    EXPECT_NE(readme.find("](docs/functions.md)"), std::string::npos);
    const std::string section = readme.substr(readme.find("## Functions"),
                                              readme.find("### Arguments") - readme.find("## Functions"));
    for (const Function& function : functions) {
        EXPECT_EQ(section.find(" " + std::string(function.name) + ","), std::string::npos)
            << function.name << " is listed by hand in the README";
    }
}

TEST(ReferencePage, TheCommittedPageIsTheGeneratedOne) {
    EXPECT_EQ(read(GOALPOST_SOURCE_DIR "/docs/functions.md"),
              read(GOALPOST_GENERATED_DIR "/functions.md"))
        << "docs/functions.md is stale: run cmake --build build --target goalpost_reference_page";
}

} // namespace
} // namespace goalpost::catalogue
