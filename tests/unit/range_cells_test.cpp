// The rules of the whole-range forms (SMARTSCORES, CPLS): shape, per-cell reading, baselines.
#include "cell_grid.hpp"
#include "range_cells.hpp"

#include "goalpost/metrics.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace goalpost::addin {
namespace {

using TestGrid = goalpost::testing::CellGridInMemory;

using Shape = std::pair<std::size_t, std::size_t>;

constexpr Cell number(double value) { return {CellKind::number, value}; }
constexpr Cell text{CellKind::text};
constexpr Cell blank{CellKind::empty};

TEST(GridShape, RectangularOrNot) {
    EXPECT_EQ(grid_shape(TestGrid{{{number(1)}, {number(2)}, {blank}}}), (Shape{3, 1}));
    EXPECT_EQ(grid_shape(TestGrid{{{number(1), text}}}), (Shape{1, 2}));
    EXPECT_FALSE(grid_shape(TestGrid{{{number(1), text}, {blank}}}));
}

TEST(PairwiseCells, EachCellAsThePerRowFunctionReadsIt) {
    const TestGrid spend{{{number(600)}, {number(300)}, {text}, {number(-5)}, {blank}}};
    const TestGrid leads{{{number(30)}, {blank}, {number(3)}, {number(1)}, {number(10)}}};
    const auto block = pairwise_cells(spend, leads, cost_per_lead);
    ASSERT_TRUE(block.ok());
    EXPECT_EQ(block->rows, 5u);
    EXPECT_EQ(block->columns, 1u);
    ASSERT_EQ(block->values.size(), 5u);
    EXPECT_DOUBLE_EQ(block->values[0], 20.0);
    EXPECT_EQ(error_number_of(block->values[1]), 532); // blank leads: 0, #DIV/0! as =CPL(A;B)
    EXPECT_EQ(error_number_of(block->values[2]), 519); // text spend: #VALUE!
    EXPECT_EQ(error_number_of(block->values[3]), 502); // negative spend: Err:502
    EXPECT_DOUBLE_EQ(block->values[4], 0.0);            // blank spend is 0, as a single cell
}

TEST(PairwiseCells, RangesOfDifferentShapesAreOneInvalidArgument) {
    const TestGrid two{{{number(1)}, {number(2)}}};
    const TestGrid three{{{number(1)}, {number(2)}, {number(3)}}};
    EXPECT_EQ(pairwise_cells(two, three, cost_per_lead).failure(),
              invalid_argument(2, "the two ranges must have the same shape"));
    const TestGrid ragged{{{number(1), number(2)}, {number(3)}}};
    EXPECT_EQ(pairwise_cells(ragged, ragged, cost_per_lead).failure().argument, 1);
}

TEST(Baselines, NoneOneForAllOrOnePerCell) {
    EXPECT_FALSE(*Baselines().at(7, 2));
    EXPECT_EQ(*Baselines(400).at(3, 2), std::optional<double>(400));

    const TestGrid per_cell{{{number(400)}, {blank}, {text}}};
    const auto baselines = Baselines::from_grid(per_cell, 3, 1, 2);
    ASSERT_TRUE(baselines.ok());
    EXPECT_EQ(*baselines->at(0, 2), std::optional<double>(400));
    EXPECT_FALSE(*baselines->at(1, 2)); // a blank cell: no baseline for that objective
    EXPECT_EQ(baselines->at(2, 2).failure().kind, ErrorKind::wrong_type);

    const auto single = Baselines::from_grid(TestGrid{{{number(50)}}}, 3, 1, 2);
    ASSERT_TRUE(single.ok());
    EXPECT_EQ(*single->at(2, 2), std::optional<double>(50)); // one cell applies to all
    EXPECT_EQ(Baselines::from_grid(TestGrid{{{number(1)}, {number(2)}}}, 3, 1, 2).failure().kind,
              ErrorKind::invalid_argument);
}

} // namespace
} // namespace goalpost::addin
