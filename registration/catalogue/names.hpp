// UNO names that saved documents depend on. Frozen: never change them (an .ods stores the
// service name with every Goalpost formula). Shared by the adapter and the generator.
#pragma once

#include <string_view>

namespace goalpost::names {

inline constexpr std::string_view idl_module = "org::goalpost::calc";
inline constexpr std::string_view interface_name = "org.goalpost.calc.XFunctions";
inline constexpr std::string_view service_name = "org.goalpost.calc.Functions";
inline constexpr std::string_view implementation_name = "org.goalpost.calc.FunctionsImpl";
// The extension's identifier (description.xml) and the menu's protocol handler.
inline constexpr std::string_view extension_identifier = "org.goalpost.calc";
inline constexpr std::string_view menu_implementation_name = "org.goalpost.calc.MenuImpl";

} // namespace goalpost::names
