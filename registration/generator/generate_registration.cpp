// Writes everything that lists Goalpost's functions from the catalogue: the IDL interface,
// CalcAddIns.xcu, the reference page and a JSON copy for the integration tests.
// Usage: generate_registration <output directory>

#include "function_catalogue.hpp"
#include "names.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using goalpost::catalogue::Function;
using goalpost::catalogue::Parameter;
using goalpost::catalogue::ResultKind;
using goalpost::catalogue::Text;

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

// UNO IDL identifiers may not hold underscores: marketing_cost is marketingCost there and in the
// .xcu node that names the IDL parameter; users see the catalogue's name.
std::string idl_identifier(std::string_view name) {
    std::string result;
    bool upper_next = false;
    for (char c : name) {
        if (c == '_') {
            upper_next = true;
            continue;
        }
        result += upper_next ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper_next = false;
    }
    return result;
}

std::string xml_escaped(std::string_view text) {
    std::string result;
    for (char c : text) {
        switch (c) {
        case '&': result += "&amp;"; break;
        case '<': result += "&lt;"; break;
        case '>': result += "&gt;"; break;
        case '"': result += "&quot;"; break;
        default: result += c;
        }
    }
    return result;
}

std::string json_escaped(std::string_view text) {
    std::string result;
    for (char c : text) {
        switch (c) {
        case '"': result += "\\\""; break;
        case '\\': result += "\\\\"; break;
        case '\n': result += "\\n"; break;
        default: result += c;
        }
    }
    return result;
}

struct Language {
    std::string_view code;
    std::string_view Text::*text;
};
constexpr Language languages[] = {
    {"en", &Text::en}, {"de", &Text::de}, {"fr", &Text::fr}, {"es", &Text::es}};

std::string idl_result_type(ResultKind kind) {
    switch (kind) {
    case ResultKind::number: return "double";
    case ResultKind::array: return "sequence< sequence< double > >";
    case ResultKind::value: return "any";
    }
    return "any";
}

// Calc treats exactly the `any` parameters as optional, so only optional arguments are `any`;
// required ones take the types that let Calc convert cells and ranges itself
// (addin/src/uno_arguments.hpp explains each).
std::string idl_parameter_type(const Parameter& parameter) {
    using goalpost::catalogue::ArgumentKind;
    if (parameter.optional) {
        return "any";
    }
    switch (parameter.kind) {
    case ArgumentKind::amount: return "sequence< sequence< double > >";
    case ArgumentKind::list: return "sequence< sequence< any > >";
    case ArgumentKind::number: return "double";
    case ArgumentKind::text: return "string";
    case ArgumentKind::texts: return "sequence< sequence< any > >";
    case ArgumentKind::numbers: return "sequence< sequence< any > >";
    case ArgumentKind::cells: return "com::sun::star::table::XCellRange";
    }
    return "any";
}

// The C++ declaration of each method, included by addin/src/functions_component.hpp, so that no
// signature is copied by hand: the catalogue, the IDL and the adapter cannot drift apart.
std::string cpp_parameter_type(const Parameter& parameter) {
    using goalpost::catalogue::ArgumentKind;
    if (parameter.optional) {
        return "const Any&";
    }
    switch (parameter.kind) {
    case ArgumentKind::amount: return "const DoubleRows&";
    case ArgumentKind::number: return "double";
    case ArgumentKind::text: return "const OUString&";
    case ArgumentKind::list:
    case ArgumentKind::texts:
    case ArgumentKind::numbers: return "const AnyRows&";
    case ArgumentKind::cells: return "const CellRange&";
    }
    return "const Any&";
}

std::string cpp_result_type(ResultKind kind) {
    switch (kind) {
    case ResultKind::number: return "double";
    case ResultKind::array: return "DoubleRows";
    case ResultKind::value: return "Any";
    }
    return "Any";
}

std::string method_declarations() {
    std::ostringstream out;
    out << "// Generated from registration/catalogue/function_catalogue.hpp: do not edit.\n"
           "// The XFunctions methods of FunctionsComponent, included in its class body.\n";
    for (const Function& function : goalpost::catalogue::functions) {
        out << cpp_result_type(function.result) << " SAL_CALL " << lower(function.name) << '(';
        bool first = true;
        for (const Parameter& parameter : function.parameters) {
            out << (first ? "" : ", ") << cpp_parameter_type(parameter) << ' ' << parameter.name;
            first = false;
        }
        out << ") override;\n";
    }
    return out.str();
}

std::string idl() {
    std::ostringstream out;
    out << "// Generated from registration/catalogue/function_catalogue.hpp: do not edit.\n"
           "\n"
           "module org { module goalpost { module calc {\n\n"
           "interface XFunctions : com::sun::star::uno::XInterface\n{\n";
    for (const Function& function : goalpost::catalogue::functions) {
        out << "    " << idl_result_type(function.result) << ' ' << lower(function.name) << '(';
        bool first = true;
        for (const Parameter& parameter : function.parameters) {
            out << (first ? "" : ", ") << "[in] " << idl_parameter_type(parameter) << ' '
                << idl_identifier(parameter.name);
            first = false;
        }
        out << ");\n";
    }
    out << "};\n\n}; }; };\n";
    return out.str();
}

void localized(std::ostream& out, std::string_view property, const Text& text,
               std::string_view indent) {
    out << indent << "<prop oor:name=\"" << property << "\" oor:type=\"xs:string\">\n";
    for (const Language& language : languages) {
        const std::string_view value = text.*language.text;
        if (!value.empty()) {
            out << indent << "  <value xml:lang=\"" << language.code << "\">"
                << xml_escaped(value) << "</value>\n";
        }
    }
    out << indent << "</prop>\n";
}

std::string xcu() {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!-- Generated from registration/catalogue/function_catalogue.hpp: do not edit. -->\n"
           "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\" "
           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" oor:name=\"CalcAddIns\" "
           "oor:package=\"org.openoffice.Office\">\n"
           "<node oor:name=\"AddInInfo\">\n"
        << "<node oor:name=\"" << goalpost::names::service_name << "\" oor:op=\"replace\">\n"
        << "<node oor:name=\"AddInFunctions\">\n";
    for (const Function& function : goalpost::catalogue::functions) {
        const Text display{function.name, function.name, function.name, function.name};
        out << "  <node oor:name=\"" << lower(function.name) << "\" oor:op=\"replace\">\n";
        localized(out, "DisplayName", display, "    ");
        localized(out, "Description", function.summary, "    ");
        out << "    <prop oor:name=\"Category\"><value>"
            << goalpost::catalogue::calc_name(function.category) << "</value></prop>\n";
        out << "    <prop oor:name=\"CompatibilityName\" oor:type=\"xs:string\">"
               "<value xml:lang=\"en\">"
            << function.name << "</value></prop>\n";
        out << "    <node oor:name=\"Parameters\">\n";
        for (const Parameter& parameter : function.parameters) {
            out << "      <node oor:name=\"" << idl_identifier(parameter.name)
                << "\" oor:op=\"replace\">\n";
            const Text name{parameter.name, parameter.name, parameter.name, parameter.name};
            localized(out, "DisplayName", name, "        ");
            localized(out, "Description", parameter.help, "        ");
            out << "      </node>\n";
        }
        out << "    </node>\n  </node>\n";
    }
    out << "</node>\n</node>\n</node>\n</oor:component-data>\n";
    return out.str();
}

std::string signature(const Function& function) {
    std::string result(function.name);
    result += '(';
    bool first = true;
    for (const Parameter& parameter : function.parameters) {
        result += first ? "" : "; ";
        result += parameter.optional ? "[" + std::string(parameter.name) + "]"
                                     : std::string(parameter.name);
        first = false;
    }
    return result + ')';
}

std::string reference_page() {
    std::ostringstream out;
    out << "# Goalpost function reference\n\n"
           "Generated from `registration/catalogue/function_catalogue.hpp`: do not edit.\n"
           "Arguments are separated by `;`; `[x]` is optional.\n\n"
           "**When to apply SMART.** SMARTSCORE and its friends test *key results*: a committed "
           "number with a deadline. An *objective* in the B2B strategy and OKR sense names a "
           "business focus and guides strategy without a number (\"diversify our client "
           "portfolio beyond machinery sales\"); scoring it SMART would push the numbers into "
           "the wrong statement. Use STATEMENTKIND to tell the roles apart and PLANAUDIT to check "
           "a plan as a whole (docs/strategy-rubric.md).\n\n"
           "**Where the Function Wizard lists them.** Calc has no marketing category and an "
           "add-in cannot add one, so each family sits where a marketer browsing would look: "
           "money, funnel and planning metrics in *Financial* (beside NPV and IRR), confidence "
           "and significance in *Statistical* (beside CONFIDENCE and T.TEST), and the functions "
           "that read objectives and plans together in *Add-In*. Typing a name in the Wizard's "
           "search box finds any of them.\n\n"
           "| function | what it returns | Wizard category |\n|---|---|---|\n";
    for (const Function& function : goalpost::catalogue::functions) {
        out << "| `" << signature(function) << "` | " << function.summary.en << " | "
            << goalpost::catalogue::calc_name(function.category) << " |\n";
    }
    for (const Function& function : goalpost::catalogue::functions) {
        out << "\n## " << function.name << "\n\n`" << signature(function) << "`\n\n"
            << function.details.en << "\n\n";
        for (const Parameter& parameter : function.parameters) {
            out << "- `" << parameter.name << "`" << (parameter.optional ? " (optional)" : "")
                << ": " << parameter.help.en << "\n";
        }
        out << "\nExample: `" << function.example << "` gives " << function.example_result
            << ".\n";
        // How a shareable copy writes it (docs/documents.md), in Calc's syntax
        if (!function.shared_as.empty()) {
            out << "\nIn a shareable copy: `=" << function.shared_as
                << "`, with each {n} the n-th argument ({n=x}: x when it is left out).\n";
        } else {
            out << "\nIn a shareable copy: a frozen value, because " << function.frozen_because
                << ".\n";
        }
    }
    return out.str();
}

// The reference the Goalpost menu opens (reference/functions.html in the package): one table,
// one row per function, which Calc's HTML import shows as a read-only sheet.
std::string reference_html() {
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<title>Goalpost function reference</title></head><body>\n"
           "<h1>Goalpost function reference</h1>\n<table>\n"
           "<tr><th>Function</th><th>Syntax</th><th>Wizard category</th><th>What it returns</th>"
           "<th>Arguments</th><th>Example</th><th>Details</th></tr>\n";
    for (const Function& function : goalpost::catalogue::functions) {
        std::string arguments;
        for (const Parameter& parameter : function.parameters) {
            arguments += (arguments.empty() ? "" : "<br>") + std::string(parameter.name) +
                         (parameter.optional ? " (optional)" : "") + ": " +
                         xml_escaped(parameter.help.en);
        }
        out << "<tr><td>" << function.name << "</td><td>" << xml_escaped(signature(function))
            << "</td><td>" << goalpost::catalogue::calc_name(function.category) << "</td><td>"
            << xml_escaped(function.summary.en) << "</td><td>" << arguments << "</td><td>"
            << xml_escaped(function.example) << " gives " << xml_escaped(function.example_result)
            << "</td><td>" << xml_escaped(function.details.en) << "</td></tr>\n";
    }
    out << "</table>\n</body></html>\n";
    return out.str();
}

// {"en": "...", "de": "...", ...}: what CalcAddIns.xcu holds per xml:lang, for the tests.
std::string json_by_language(const Text& text) {
    std::string result = "{";
    bool first = true;
    for (const Language& language : languages) {
        result += first ? "\"" : ", \"";
        result += language.code;
        result += "\": \"" + json_escaped(text.*language.text) + '"';
        first = false;
    }
    return result + '}';
}

constexpr std::string_view result_kinds[] = {"number", "array", "value"};

std::string catalogue_json() {
    std::ostringstream out;
    out << "{\"service\": \"" << goalpost::names::service_name << "\", \"functions\": [\n";
    bool first_function = true;
    for (const Function& function : goalpost::catalogue::functions) {
        out << (first_function ? "" : ",\n") << "  {\"name\": \"" << function.name
            << "\", \"method\": \"" << lower(function.name) << "\", \"result\": \""
            << result_kinds[static_cast<int>(function.result)]
            << "\", \"example\": \"" << json_escaped(function.example)
            << "\", \"example_result\": \"" << json_escaped(function.example_result)
            << "\", \"category\": \"" << goalpost::catalogue::calc_name(function.category)
            << "\", \"shared_as\": \"" << json_escaped(function.shared_as)
            << "\", \"frozen_because\": \"" << json_escaped(function.frozen_because)
            << "\", \"summary\": \"" << json_escaped(function.summary.en)
            << "\", \"summary_by_language\": " << json_by_language(function.summary)
            << ", \"parameters\": [";
        bool first_parameter = true;
        for (const Parameter& parameter : function.parameters) {
            static constexpr std::string_view kinds[] = {"amount", "number", "list", "text",
                                                         "texts", "numbers", "cells"};
            out << (first_parameter ? "" : ", ") << "{\"name\": \"" << parameter.name
                << "\", \"idl_name\": \"" << idl_identifier(parameter.name)
                << "\", \"help\": \"" << json_escaped(parameter.help.en)
                << "\", \"help_by_language\": " << json_by_language(parameter.help)
                << ", \"kind\": \"" << kinds[static_cast<int>(parameter.kind)]
                << "\", \"optional\": " << (parameter.optional ? "true" : "false") << '}';
            first_parameter = false;
        }
        out << "]}";
        first_function = false;
    }
    out << "\n]}\n";
    return out.str();
}

// Rewrites a file only when its content changes, so that the build does not redo what depends
// on it (cppumaker, the .oxt) after every run of this generator.
void write_if_changed(const std::filesystem::path& path, const std::string& content) {
    {
        std::ifstream existing(path, std::ios::binary);
        std::ostringstream old;
        old << existing.rdbuf();
        if (existing && old.str() == content) {
            return;
        }
    }
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << content;
    if (!file) {
        std::cerr << "cannot write " << path << '\n';
        std::exit(EXIT_FAILURE);
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: generate_registration <output directory>\n";
        return EXIT_FAILURE;
    }
    const std::filesystem::path directory = argv[1];
    std::filesystem::create_directories(directory);
    write_if_changed(directory / "XFunctions.idl", idl());
    write_if_changed(directory / "CalcAddIns.xcu", xcu());
    write_if_changed(directory / "functions.md", reference_page());
    write_if_changed(directory / "functions.html", reference_html());
    write_if_changed(directory / "catalogue.json", catalogue_json());
    write_if_changed(directory / "method_declarations.hpp", method_declarations());
    return EXIT_SUCCESS;
}
