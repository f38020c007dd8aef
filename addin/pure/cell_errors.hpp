// The one mapping from the core's failures to Calc cell errors, without UNO.
#pragma once

#include "goalpost/result.hpp"

#include <bit>
#include <cmath>
#include <cstdint>

namespace goalpost::addin {

// Calc's error numbers (include/formula/errorcodes.hxx in LibreOffice).
enum class CalcError : std::uint16_t {
    illegal_argument = 502,      // Err:502
    illegal_fp_operation = 503,  // #NUM!
    error_in_range = 504,        // Err:504, Calc's own answer to a range argument holding an error
    no_value = 519,              // #VALUE!
    division_by_zero = 532,      // #DIV/0!
    not_available = 0x7fff,      // #N/A
};

constexpr CalcError calc_error_for(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::division_by_zero:
        return CalcError::division_by_zero;
    case ErrorKind::invalid_argument:
        return CalcError::illegal_argument;
    case ErrorKind::wrong_type:
        return CalcError::no_value;
    case ErrorKind::not_available:
        return CalcError::not_available;
    case ErrorKind::overflow:
        return CalcError::illegal_fp_operation;
    }
    return CalcError::no_value;
}

// A quiet NaN carrying the error number in its low bits, the convention of LibreOffice's
// CreateDoubleError: Calc shows such a returned double as that very error.
constexpr double coded_error(CalcError error) {
    return std::bit_cast<double>(UINT64_C(0x7FF8000000000000) | static_cast<std::uint64_t>(error));
}

// The Calc error a coded NaN carries, or 0 when `value` is not one (for tests and fuzzers).
constexpr std::uint16_t error_number_of(double value) {
    const auto bits = std::bit_cast<std::uint64_t>(value);
    if ((bits & UINT64_C(0x7FF8000000000000)) != UINT64_C(0x7FF8000000000000)) {
        return 0;
    }
    return static_cast<std::uint16_t>(bits & 0xFFFF);
}

// What a cell shows for a numeric result. The core already guards finiteness; checking again
// here costs nothing and keeps an accidental NaN from ever reaching a cell as a number.
inline double to_cell(const Result<double>& result) {
    if (!result.ok()) {
        return coded_error(calc_error_for(result.failure().kind));
    }
    const double value = result.value();
    return std::isfinite(value) ? value : coded_error(CalcError::illegal_fp_operation);
}

// What a cell shows when the add-in itself failed (out of memory, a bug): the #VALUE! that
// Calc gives for an add-in that throws, but without letting the exception cross UNO.
constexpr double internal_failure_cell() { return coded_error(CalcError::no_value); }

} // namespace goalpost::addin
