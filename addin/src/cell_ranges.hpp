// Cell-range arguments (catalogue ArgumentKind::cells): Calc passes a reference instead of a
// copy, so a whole column or a whole sheet costs nothing until it is read, and only the part
// that holds data is read (issue 19: a whole-sheet range copied as values exhausted the memory
// of the machine inside Calc, before any add-in could answer).
#pragma once

#include "functions_component.hpp"
#include "goalpost/result.hpp"

#include <cstddef>

namespace goalpost::addin {

// The most cells one call reads, a full column of Calc: past it the call is refused at once.
inline constexpr std::size_t max_cells_read = 1'048'576;

// Rows and columns from a range's top-left cell to the last row and column holding data.
struct Extent {
    std::size_t rows = 0;
    std::size_t columns = 0;
};

// The range's own size, and the extent of its data; Err:502 past max_cells_read.
struct RangeShape {
    Extent full;
    Extent data;
};
Result<RangeShape> shape_of(const CellRange& range, int argument);

// Whether a formula cell of the range shows an error: Calc answers Err:504 for such a range
// argument of any other type, and so do the whole-range forms.
bool holds_error_cells(const CellRange& range);

// The cells of `extent` from the range's top-left corner, as Calc passes ranges of values:
// empty cells are "", texts strings, numbers doubles.
AnyRows read_cells(const CellRange& range, Extent extent);

} // namespace goalpost::addin
