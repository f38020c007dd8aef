// A grid of cells in memory, standing in for the ranges Calc passes: the CellGrid that unit
// tests and fuzzers feed to the adapter's UNO-free argument rules.
#pragma once

#include "cell_arguments.hpp"

#include <cstddef>
#include <vector>

namespace goalpost::testing {

struct CellGridInMemory {
    std::vector<std::vector<addin::Cell>> cells;
    [[nodiscard]] std::size_t rows() const { return cells.size(); }
    [[nodiscard]] std::size_t columns(std::size_t row) const { return cells[row].size(); }
    [[nodiscard]] addin::Cell at(std::size_t row, std::size_t column) const {
        return cells[row][column];
    }
};

} // namespace goalpost::testing
