// The README names each function once by family; every catalogue function must be among them,
// and every name there must exist, so the short list cannot drift from the catalogue.
#include "function_catalogue.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace goalpost::catalogue {
namespace {

TEST(Readme, NamesEveryCatalogueFunction) {
    std::ifstream file(GOALPOST_SOURCE_DIR "/README.md");
    std::stringstream text;
    text << file.rdbuf();
    const std::string readme = text.str();
    for (const Function& function : functions) {
        const std::string name(function.name);
        bool listed = false;
        for (const char* after : {",", ".", "\n", " "}) {
            listed = listed || readme.find(" " + name + after) != std::string::npos;
        }
        EXPECT_TRUE(listed) << name << " is missing from the README's family list";
    }
}

} // namespace
} // namespace goalpost::catalogue
