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

struct Function {
    std::string_view name; // as users type it, upper case
    ResultKind result = ResultKind::number;
    ParameterList parameters;
    Text summary; // one line: the Function Wizard's description
    Text details; // the reference page's paragraph: definition, denominator, pitfall
    std::string_view example;        // a formula in en-US syntax with ';' separators
    std::string_view example_result; // what that formula shows, worked out by hand
};

// Calc shows add-in functions in its "Add-In" category; naming one of Calc's own categories
// would scatter Goalpost's functions among the built-ins where marketers would not look.
inline constexpr std::string_view calc_category = "Add-In";

} // namespace goalpost::catalogue
