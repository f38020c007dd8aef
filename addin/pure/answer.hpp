// Applying a core function to converted arguments, and the guard that keeps every C++
// exception on this side of the UNO boundary. No UNO here: shared by the adapter and tests.
#pragma once

#include "cell_errors.hpp"
#include "goalpost/result.hpp"

#include <optional>

namespace goalpost::addin {

// The first failure among converted arguments (in argument order), or `function` applied to
// their values.
template <class Function, class... Values>
auto apply_converted(Function&& function, const Result<Values>&... arguments)
    -> decltype(function(arguments.value()...)) {
    std::optional<Failure> failure;
    ((failure = failure ? failure
                        : (arguments.ok() ? std::nullopt : std::optional(arguments.failure()))),
     ...);
    if (failure) {
        return *failure;
    }
    return function(arguments.value()...);
}

// One numeric spreadsheet call: the value or its cell error. Whatever escapes `compute` (out of
// memory, a bug) becomes a cell error here instead of reaching Calc as a C++ exception.
template <class Compute>
double number_answer(Compute&& compute) noexcept {
    try {
        return to_cell(compute());
    } catch (...) {
        return internal_failure_cell();
    }
}

} // namespace goalpost::addin
