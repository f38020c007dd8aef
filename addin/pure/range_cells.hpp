// The rules of the whole-range forms (SMARTSCORES, CPLS), without UNO: one result cell per
// input cell, in the shape of the input, each cell reading as the per-row function would read
// that one row. Whole-call failures (ranges of different shapes) are a single error cell.
#pragma once

#include "cell_arguments.hpp"
#include "cell_errors.hpp"

#include <cstddef>
#include <algorithm>
#include <optional>
#include <vector>

namespace goalpost::addin {

// Result cells, row by row, of a rows x columns block.
struct CellBlock {
    std::size_t rows = 0;
    std::size_t columns = 0;
    std::vector<double> values;

    // One cell showing a Calc error for the whole call (a coded NaN, cell_errors.hpp).
    static CellBlock error(double cell_error) { return {1, 1, {cell_error}}; }
};

// The rows x columns of a rectangular grid, or nullopt for a ragged one.
template <CellGrid Grid>
std::optional<std::pair<std::size_t, std::size_t>> grid_shape(const Grid& grid) {
    const std::size_t rows = grid.rows();
    const std::size_t columns = rows == 0 ? 0 : grid.columns(0);
    for (std::size_t row = 1; row < rows; ++row) {
        if (grid.columns(row) != columns) {
            return std::nullopt;
        }
    }
    return std::pair{rows, columns};
}

// One cell of a range where a per-row function takes a number: as Calc hands a single cell to
// it, an empty cell is 0 and text is #VALUE!.
inline Result<double> number_in_cell(Cell cell, int argument) {
    if (cell.kind == CellKind::empty) {
        return 0.0;
    }
    return amount_from_value(cell, argument);
}

// `function(a, b)` cell by cell over two grids of the same shape.
template <CellGrid Grid, class Function>
Result<CellBlock> pairwise_cells(const Grid& first, const Grid& second, Function&& function) {
    const auto shape = grid_shape(first);
    if (!shape) {
        return invalid_argument(1, "the range must be rectangular");
    }
    if (grid_shape(second) != shape) {
        return invalid_argument(2, "the two ranges must have the same shape");
    }
    CellBlock block{shape->first, shape->second, {}};
    block.values.reserve(block.rows * block.columns);
    for (std::size_t row = 0; row < block.rows; ++row) {
        for (std::size_t column = 0; column < block.columns; ++column) {
            const Result<double> a = number_in_cell(first.at(row, column), 1);
            const Result<double> b = number_in_cell(second.at(row, column), 2);
            block.values.push_back(!a ? to_cell(a.failure())
                                   : !b ? to_cell(b.failure())
                                        : to_cell(function(*a, *b)));
        }
    }
    return block;
}

// The optional baselines of a whole-range form: none, one number for every cell, or a grid of
// the objectives' shape in which a blank cell means "no baseline" and text is #VALUE!.
class Baselines {
public:
    Baselines() = default;
    explicit Baselines(double all) : all_(all) {}
    // `grid` must have the objectives' shape, rows x columns; only its first used_rows x
    // used_columns cells are kept (the part of the objectives that holds data).
    template <CellGrid Grid>
    static Result<Baselines> from_grid(const Grid& grid, std::size_t rows, std::size_t columns,
                                       int argument, std::optional<std::size_t> used_rows = {},
                                       std::optional<std::size_t> used_columns = {}) {
        if (grid_shape(grid) != std::pair{rows, columns}) {
            if (grid.rows() == 1 && grid.columns(0) == 1) {
                const Cell cell = grid.at(0, 0);
                if (cell.kind == CellKind::empty) {
                    return Baselines();
                }
                auto value = amount_from_value(cell, argument);
                if (!value) {
                    return value.failure();
                }
                return Baselines(*value);
            }
            return invalid_argument(argument, "baselines must match the objectives' shape");
        }
        Baselines result;
        const std::size_t kept_rows = std::min(rows, used_rows.value_or(rows));
        const std::size_t kept_columns = std::min(columns, used_columns.value_or(columns));
        result.cells_.reserve(kept_rows * kept_columns);
        for (std::size_t row = 0; row < kept_rows; ++row) {
            for (std::size_t column = 0; column < kept_columns; ++column) {
                result.cells_.push_back(grid.at(row, column));
            }
        }
        return result;
    }
    // The baseline of cell `index` (row-major), or its failure.
    [[nodiscard]] Result<std::optional<double>> at(std::size_t index, int argument) const {
        if (cells_.empty()) {
            return all_;
        }
        const Cell cell = cells_[index];
        if (cell.kind == CellKind::empty) {
            return std::optional<double>();
        }
        auto value = amount_from_value(cell, argument);
        if (!value) {
            return value.failure();
        }
        return std::optional<double>(*value);
    }

private:
    std::optional<double> all_;
    std::vector<Cell> cells_;
};

} // namespace goalpost::addin
