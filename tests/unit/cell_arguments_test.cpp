#include "cell_arguments.hpp"
#include "cell_grid.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace goalpost::addin {
namespace {

using TestGrid = goalpost::testing::CellGridInMemory;

constexpr Cell number(double value) { return {CellKind::number, value}; }
constexpr Cell text{CellKind::text};
constexpr Cell blank{CellKind::empty};

TEST(AmountFromValue, NumberTextAndMissing) {
    EXPECT_DOUBLE_EQ(*amount_from_value(number(600), 1), 600);
    EXPECT_EQ(amount_from_value(text, 2).failure(),
              (Failure{ErrorKind::wrong_type, 2, "text where a number is needed"}));
    EXPECT_EQ(amount_from_value(blank, 3).failure().kind, ErrorKind::invalid_argument);
}

TEST(AmountFromGrid, SumsNumbersIgnoringTextAndBlanksAsSumDoes) {
    const TestGrid grid{{{number(100), text}, {blank, number(250)}, {number(0.5), blank}}};
    EXPECT_DOUBLE_EQ(*amount_from_grid(grid), 350.5); // 100 + 250 + 0.5
    EXPECT_DOUBLE_EQ(*amount_from_grid(TestGrid{{{text, blank}}}), 0.0);
}

TEST(ListFromGrid, ColumnWithTrailingBlanks) {
    const TestGrid grid{{{number(1000)}, {number(100)}, {number(10)}, {blank}, {blank}}};
    auto stages = list_from_grid(grid, 1);
    ASSERT_TRUE(stages.ok());
    EXPECT_EQ(stages->values, (std::vector<double>{1000, 100, 10}));
    EXPECT_EQ(stages->orientation, Orientation::column);
}

TEST(ListFromGrid, RowKeepsItsOrientation) {
    const TestGrid grid{{{number(50), number(5), blank}}};
    auto stages = list_from_grid(grid, 1);
    ASSERT_TRUE(stages.ok());
    EXPECT_EQ(stages->values, (std::vector<double>{50, 5}));
    EXPECT_EQ(stages->orientation, Orientation::row);
}

// Issue 15: FUNNELCONV(B1:B6) with the column's title in B1 reads the counts, as CPL(B1:B6;...)
// does; a blank row under the title is part of the header too.
TEST(ListFromGrid, AHeaderAboveTheNumbersIsSkipped) {
    const TestGrid titled{{{text}, {number(1000)}, {number(100)}, {blank}}};
    EXPECT_EQ(list_from_grid(titled, 1)->values, (std::vector<double>{1000, 100}));
    const TestGrid spaced{{{text}, {blank}, {number(50)}, {number(5)}}};
    EXPECT_EQ(list_from_grid(spaced, 1)->values, (std::vector<double>{50, 5}));
    const TestGrid row{{{text, number(80), number(20)}}};
    EXPECT_EQ(list_from_grid(row, 1)->values, (std::vector<double>{80, 20}));
    EXPECT_EQ(list_from_grid(row, 1)->orientation, Orientation::row);
    // text after the first number is still text between the numbers
    const TestGrid late_text{{{text}, {number(10)}, {text}, {number(1)}}};
    EXPECT_EQ(list_from_grid(late_text, 1).failure().kind, ErrorKind::invalid_argument);
}

TEST(ListFromGrid, GapTextAndBlocksAreInvalid) {
    const TestGrid gap{{{number(1000)}, {blank}, {number(10)}}};
    EXPECT_EQ(list_from_grid(gap, 1).failure().kind, ErrorKind::invalid_argument);
    const TestGrid with_text{{{number(1000)}, {text}, {number(10)}}};
    EXPECT_EQ(list_from_grid(with_text, 1).failure().kind, ErrorKind::invalid_argument);
    const TestGrid block{{{number(1), number(2)}, {number(3), number(4)}}};
    EXPECT_EQ(list_from_grid(block, 4).failure().argument, 4);
    const TestGrid ragged{{{number(1), number(2)}, {number(3)}}};
    EXPECT_EQ(list_from_grid(ragged, 1).failure().kind, ErrorKind::invalid_argument);
}

TEST(ListFromGrid, EmptyAndAllBlankGiveNoCounts) {
    EXPECT_TRUE(list_from_grid(TestGrid{}, 1)->values.empty());
    EXPECT_TRUE(list_from_grid(TestGrid{{{blank}, {blank}}}, 1)->values.empty());
}

} // namespace
} // namespace goalpost::addin
