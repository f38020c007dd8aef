// The Goalpost menu's commands as URLs (registration/package/Addons.xcu), read without UNO so
// that the protocol handler (addin/src/menu_component.cpp) only opens what this accepts:
//   vnd.org.goalpost:NewFromTemplate?name=objective-audit  a packaged template, as a new copy
//   vnd.org.goalpost:FunctionReference                     the packaged function reference
//   vnd.org.goalpost:ShareableCopy                         a copy for Excel and Google Sheets
//                                                          of the workbook the menu is in
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace goalpost::addin {

inline constexpr std::string_view menu_protocol = "vnd.org.goalpost:";

// The templates the package ships (template/Goalpost/<name>.ots); nothing else is opened.
inline constexpr std::array<std::string_view, 4> packaged_templates{
    "quickstart", "budget-planner", "objective-audit", "campaign-tracker"};

struct MenuCommand {
    enum class Kind { new_from_template, function_reference, shareable_copy };
    Kind kind;
    std::string_view template_name; // for new_from_template: one of packaged_templates

    // The file inside the installed package that the command opens (none for shareable_copy).
    [[nodiscard]] std::string package_path() const {
        return kind == Kind::function_reference
                   ? std::string("/reference/functions.html")
                   : "/template/Goalpost/" + std::string(template_name) + ".ots";
    }
};

// The command a URL names, or none for any other URL (another protocol, an unknown command or
// template, a name with a path in it).
inline std::optional<MenuCommand> menu_command(std::string_view url) {
    if (!url.starts_with(menu_protocol)) {
        return std::nullopt;
    }
    const std::string_view command = url.substr(menu_protocol.size());
    if (command == "FunctionReference") {
        return MenuCommand{MenuCommand::Kind::function_reference, {}};
    }
    if (command == "ShareableCopy") {
        return MenuCommand{MenuCommand::Kind::shareable_copy, {}};
    }
    constexpr std::string_view new_from_template = "NewFromTemplate?name=";
    if (command.starts_with(new_from_template)) {
        const std::string_view name = command.substr(new_from_template.size());
        for (const std::string_view known : packaged_templates) {
            if (name == known) {
                return MenuCommand{MenuCommand::Kind::new_from_template, known};
            }
        }
    }
    return std::nullopt;
}

} // namespace goalpost::addin
