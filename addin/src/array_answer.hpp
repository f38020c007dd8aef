// Array results: shaping a list of cell values into the rows Calc expects, and the guard that
// keeps exceptions inside for array-returning calls.
#pragma once

#include "answer.hpp"
#include "cell_arguments.hpp"
#include "cell_errors.hpp"

#include <com/sun/star/uno/Sequence.hxx>

#include <vector>

namespace goalpost::addin {

using DoubleRows = css::uno::Sequence<css::uno::Sequence<double>>; // as in uno_arguments.hpp

// A rows x columns array shaped like the stages it was computed from.
inline DoubleRows shaped(const std::vector<double>& values, Orientation orientation) {
    const auto count = static_cast<sal_Int32>(values.size());
    if (orientation == Orientation::row) {
        const css::uno::Sequence<double> row(values.data(), count);
        return DoubleRows(&row, 1);
    }
    DoubleRows rows(count);
    auto* row = rows.getArray();
    for (sal_Int32 i = 0; i < count; ++i) {
        row[i] = css::uno::Sequence<double>(&values[static_cast<std::size_t>(i)], 1);
    }
    return rows;
}

// A whole-call failure of an array function: a single cell showing the error.
inline DoubleRows error_array(double cell_error) {
    const css::uno::Sequence<double> row(&cell_error, 1);
    return DoubleRows(&row, 1);
}

// One array-returning spreadsheet call: `compute` yields the cells and their orientation, or a
// failure shown as a single error cell. Nothing thrown inside reaches Calc.
template <class Compute>
DoubleRows array_answer(Compute&& compute) noexcept {
    return guarded(
        [&] {
            auto cells = compute();
            return cells ? shaped(cells->values, cells->orientation)
                         : error_array(to_cell(cells.failure()));
        },
        [] { return error_array(internal_failure_cell()); });
}

} // namespace goalpost::addin
