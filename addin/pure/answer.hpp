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

// The one guard of every spreadsheet call: `compute` runs, and whatever escapes it (out of
// memory, a bug) becomes `fallback()` instead of reaching Calc as a C++ exception; when even the
// fallback cannot be built, an empty result, which Calc shows as #VALUE!.
template <class Compute, class Fallback>
auto guarded(Compute&& compute, Fallback&& fallback) noexcept -> decltype(compute()) {
    try {
        return compute();
    } catch (...) {
        try {
            return fallback();
        } catch (...) {
            return decltype(compute())();
        }
    }
}

// One numeric spreadsheet call: the value or its cell error.
template <class Compute>
double number_answer(Compute&& compute) noexcept {
    return guarded([&] { return to_cell(compute()); }, [] { return internal_failure_cell(); });
}

} // namespace goalpost::addin
