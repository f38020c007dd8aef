// The reference page is generated from the catalogue, so the README lists no function of its
// own (issue 18: a new function is five files); it must point at the generated page, and the
// committed page must be the one the catalogue generates now.
#include "function_catalogue.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
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

// Docs that match the product: a count of functions written in the README or a doc is the
// catalogue's count, and no doc counts them in words ("fifty-odd functions").
TEST(Docs, EveryFunctionCountIsTheCataloguesCount) {
    std::vector<std::string> pages{GOALPOST_SOURCE_DIR "/README.md"};
    for (const auto& entry : std::filesystem::directory_iterator(GOALPOST_SOURCE_DIR "/docs")) {
        if (entry.path().extension() == ".md" && entry.path().filename() != "functions.md") {
            pages.push_back(entry.path().string());
        }
    }
    const std::regex digits(R"((\d+) (?:spreadsheet |Goalpost |catalogue )?functions)");
    const std::regex words(R"(\b(?:twenty|thirty|forty|fifty|sixty)[- ]?\w* functions)",
                           std::regex::icase);
    for (const std::string& page : pages) {
        const std::string text = read(page);
        for (auto it = std::sregex_iterator(text.begin(), text.end(), digits);
             it != std::sregex_iterator(); ++it) {
            EXPECT_EQ(std::stoul((*it)[1].str()), functions.size()) << page << ": " << it->str();
        }
        EXPECT_FALSE(std::regex_search(text, words)) << page;
    }
}

} // namespace
} // namespace goalpost::catalogue
