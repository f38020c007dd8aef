// How a spreadsheet argument becomes a core value: the argument rules of the README, written
// without UNO so that they can be unit-tested and fuzzed on their own. The UNO side only has to
// say what kind of cell each element is.
#pragma once

#include "goalpost/result.hpp"

#include <concepts>
#include <cstddef>
#include <vector>

namespace goalpost::addin {

enum class CellKind : unsigned char { number, text, empty };

// One cell or one argument value; `number` is meaningful only for CellKind::number.
struct Cell {
    CellKind kind = CellKind::empty;
    double number = 0.0;
};

// A rectangular block of cells, as Calc passes a range or an inline array (outer index = rows).
template <class Grid>
concept CellGrid = requires(const Grid& grid, std::size_t row, std::size_t column) {
    { grid.rows() } -> std::convertible_to<std::size_t>;
    { grid.columns(row) } -> std::convertible_to<std::size_t>;
    { grid.at(row, column) } -> std::same_as<Cell>;
};

// A single value where an amount is expected: a number, or #VALUE! for text (as =A1*1).
// Calc hands an empty single cell over as the number 0, so `empty` only means "omitted".
inline Result<double> amount_from_value(Cell value, int argument) {
    switch (value.kind) {
    case CellKind::number:
        return value.number;
    case CellKind::text:
        return wrong_type(argument, "text where a number is needed");
    case CellKind::empty:
        break;
    }
    return invalid_argument(argument, "a required argument is missing");
}

// A range where an amount is expected: the sum of its numbers, text and blanks ignored, as
// Calc's SUM does, so that =CPL(B2:B40;C2:C40) is a whole campaign's CPL.
template <CellGrid Grid>
Result<double> amount_from_grid(const Grid& grid) {
    double sum = 0.0;
    for (std::size_t row = 0; row < grid.rows(); ++row) {
        for (std::size_t column = 0; column < grid.columns(row); ++column) {
            const Cell cell = grid.at(row, column);
            if (cell.kind == CellKind::number) {
                sum += cell.number;
            }
        }
    }
    return sum;
}

enum class Orientation : unsigned char { column, row };

// A list of numbers (funnel counts, stage rates) in the orientation it was given in, so that
// array results can match it.
struct NumberList {
    std::vector<double> values;
    Orientation orientation = Orientation::column;
};

// One row or one column of numbers. A header (text or blanks before the first number) and
// trailing blanks are dropped: users select the column with its title and a few spare rows, as
// they do for CPL. A gap or text between numbers, or a block of several rows and columns, is an
// invalid argument, because silently skipping a funnel stage would give wrong rates.
template <CellGrid Grid>
Result<NumberList> list_from_grid(const Grid& grid, int argument) {
    const std::size_t rows = grid.rows();
    const std::size_t columns = rows == 0 ? 0 : grid.columns(0);
    for (std::size_t row = 1; row < rows; ++row) {
        if (grid.columns(row) != columns) {
            return invalid_argument(argument, "a list must be a rectangular range");
        }
    }
    if (rows > 1 && columns > 1) {
        return invalid_argument(argument, "a list must be one row or one column");
    }
    NumberList list;
    list.orientation = rows == 1 && columns > 1 ? Orientation::row : Orientation::column;
    const std::size_t length = rows * columns;
    list.values.reserve(length);
    std::size_t blanks_pending = 0; // blanks since the last number: trailing unless one follows
    for (std::size_t i = 0; i < length; ++i) {
        const Cell cell = rows == 1 ? grid.at(0, i) : grid.at(i, 0);
        if (list.values.empty() && cell.kind != CellKind::number) {
            continue; // the header above (or before) the numbers
        }
        switch (cell.kind) {
        case CellKind::empty:
            ++blanks_pending;
            break;
        case CellKind::text:
            return invalid_argument(argument, "text between the numbers of a list");
        case CellKind::number:
            if (blanks_pending != 0) {
                return invalid_argument(argument, "a blank cell between the numbers of a list");
            }
            list.values.push_back(cell.number);
            break;
        }
    }
    return list;
}

} // namespace goalpost::addin
