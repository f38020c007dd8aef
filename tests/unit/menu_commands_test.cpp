// The Goalpost menu's command URLs (addin/pure/menu_commands.hpp): what is opened, and that
// nothing else is.
#include "menu_commands.hpp"

#include <gtest/gtest.h>

namespace goalpost::addin {
namespace {

TEST(MenuCommands, EachPackagedTemplateAndTheReference) {
    for (const std::string_view name : packaged_templates) {
        const auto command = menu_command("vnd.org.goalpost:NewFromTemplate?name=" + std::string(name));
        ASSERT_TRUE(command.has_value()) << name;
        EXPECT_EQ(command->kind, MenuCommand::Kind::new_from_template);
        EXPECT_EQ(command->package_path(), "/template/Goalpost/" + std::string(name) + ".ots");
    }
    const auto shareable = menu_command("vnd.org.goalpost:ShareableCopy");
    ASSERT_TRUE(shareable.has_value());
    EXPECT_EQ(shareable->kind, MenuCommand::Kind::shareable_copy);
    const auto reference = menu_command("vnd.org.goalpost:FunctionReference");
    ASSERT_TRUE(reference.has_value());
    EXPECT_EQ(reference->package_path(), "/reference/functions.html");
}

TEST(MenuCommands, AnythingElseIsNoCommand) {
    for (const char* url : {"", "vnd.org.goalpost:", "vnd.org.goalpost:Unknown",
                            "vnd.org.goalpost:NewFromTemplate?name=",
                            "vnd.org.goalpost:NewFromTemplate?name=../../etc/passwd",
                            "vnd.org.goalpost:NewFromTemplate?name=objective-audit/../x",
                            "vnd.org.goalpost:NewFromTemplate?name=Objective-Audit",
                            "vnd.sun.star.script:NewFromTemplate?name=quickstart",
                            ".uno:Open", "vnd.org.goalpost:functionreference"}) {
        EXPECT_FALSE(menu_command(url).has_value()) << url;
    }
}

} // namespace
} // namespace goalpost::addin
