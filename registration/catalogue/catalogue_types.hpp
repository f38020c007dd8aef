// The types of the function catalogue (function_catalogue.hpp).
//
// Frozen: a function's `name` (lower-cased) is its IDL method name, which saved .ods files store
// next to the service name. Renaming a function breaks every workbook that uses it.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace goalpost::catalogue {

// Help text in the languages Goalpost ships; an empty string means "not translated yet".
struct Text {
    std::string_view en;
    std::string_view de;
    std::string_view fr;
    std::string_view es;
};

// How Calc passes an argument and the adapter reads it: the generator gives optional arguments
// the UNO type `any` (the only type Calc lets be omitted) and required ones the type of their
// kind (registration/generator/generate_registration.cpp, idl_parameter_type).
enum class ArgumentKind : unsigned char {
    amount, // a number, a cell, or a range summed as SUM does
    number, // a single number
    list,   // one row or one column of numbers (funnel counts, stage rates)
    text,   // a text, such as an objective
    texts,   // a column or row of texts (a plan's statements, a column of objectives)
    numbers, // a range of numbers read cell by cell (whole-range forms)
    cells,   // a cell range passed as a reference and read where it holds data (whole columns and
             // sheets cost nothing: Calc copies no cells); no inline array or expression
};

enum class ResultKind : unsigned char {
    number, // double
    array,  // sequence<sequence<double>>, entered as an array formula or read with INDEX()
    value,  // any: a text or a number (or a cell error)
};

struct Parameter {
    std::string_view name; // as the Function Wizard shows it; the IDL name drops the underscores
    ArgumentKind kind = ArgumentKind::number;
    bool optional = false;
    Text help;
};

inline constexpr std::size_t max_parameters = 7;

class ParameterList {
public:
    constexpr ParameterList() = default;
    constexpr ParameterList(std::initializer_list<Parameter> parameters) {
        for (const Parameter& parameter : parameters) {
            items_[size_++] = parameter; // more than max_parameters fails to compile
        }
    }
    [[nodiscard]] constexpr const Parameter* begin() const { return items_.data(); }
    [[nodiscard]] constexpr const Parameter* end() const { return items_.data() + size_; }
    [[nodiscard]] constexpr std::size_t size() const { return size_; }
    [[nodiscard]] constexpr const Parameter& operator[](std::size_t i) const { return items_[i]; }

private:
    std::array<Parameter, max_parameters> items_{};
    std::size_t size_ = 0;
};

// Where the Function Wizard lists a function. Calc knows only its own categories (any other name
// falls into "Add-In": sc/source/core/tool/addincol.cxx), so there is no "Marketing" one. A
// marketer browsing for CPL, ROAS or a funnel budget looks beside NPV and IRR (Financial), for a
// confidence interval beside CONFIDENCE and T.TEST (Statistical); the functions that read an
// objective's words have no built-in neighbour and stay together in "Add-In". The names are the
// values CalcAddIns.xcu takes.
enum class Category : unsigned char { financial, statistical, add_in };

constexpr std::string_view calc_name(Category category) {
    switch (category) {
    case Category::financial: return "Financial";
    case Category::statistical: return "Statistical";
    case Category::add_in: return "Add-In";
    }
    return "Add-In";
}

struct Function {
    std::string_view name; // as users type it, upper case
    ResultKind result = ResultKind::number;
    ParameterList parameters;
    Text summary; // one line: the Function Wizard's description
    Text details; // the reference page's paragraph: definition, denominator, pitfall
    std::string_view example;        // a formula in en-US syntax with ';' separators
    std::string_view example_result; // what that formula shows, worked out by hand
    Category category = Category::add_in; // set per family in function_catalogue.hpp
    // How a shareable copy for Excel and Google Sheets writes a call (issue 16; the syntax is in
    // addin/pure/shareable_formula.hpp): the same result from functions both Excel and Calc know,
    // {n} for the n-th argument, {n=text} for an optional one and what it means when omitted.
    // Empty when there is no such formula: then `frozen_because` says why the cell keeps its
    // value instead. Every function says one or the other (catalogue_test.cpp).
    std::string_view shared_as = {};
    std::string_view frozen_because = {};
};

} // namespace goalpost::catalogue
