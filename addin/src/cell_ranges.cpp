#include "cell_ranges.hpp"

#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>

#include <algorithm>

namespace goalpost::addin {

namespace {

namespace sheet = css::sheet;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

Extent extent_of(const css::table::CellRangeAddress& address) {
    return {static_cast<std::size_t>(address.EndRow - address.StartRow) + 1,
            static_cast<std::size_t>(address.EndColumn - address.StartColumn) + 1};
}

} // namespace

Result<RangeShape> shape_of(const CellRange& range, int argument) {
    if (!range.is()) {
        return invalid_argument(argument, "a range of cells is needed");
    }
    const auto origin = Reference<sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)
                            ->getRangeAddress();
    RangeShape shape{extent_of(origin), {}};
    // Only the cells that hold something: Calc walks its own cell storage, not the range.
    const auto filled = Reference<sheet::XCellRangesQuery>(range, UNO_QUERY_THROW)
                            ->queryContentCells(sheet::CellFlags::VALUE | sheet::CellFlags::DATETIME |
                                                sheet::CellFlags::STRING | sheet::CellFlags::FORMULA);
    std::size_t count = 0;
    for (const auto& area : filled->getRangeAddresses()) {
        count += extent_of(area).rows * extent_of(area).columns;
        shape.data.rows = std::max(shape.data.rows,
                                   static_cast<std::size_t>(area.EndRow - origin.StartRow) + 1);
        shape.data.columns = std::max(
            shape.data.columns, static_cast<std::size_t>(area.EndColumn - origin.StartColumn) + 1);
    }
    if (count > max_cells_read || shape.data.rows * shape.data.columns > max_cells_read) {
        return invalid_argument(argument, "holds data in more than 1,048,576 cells");
    }
    return shape;
}

bool holds_error_cells(const CellRange& range) {
    const auto errors = Reference<sheet::XCellRangesQuery>(range, UNO_QUERY_THROW)
                            ->queryFormulaCells(sheet::FormulaResult::ERROR);
    return errors->getCount() > 0;
}

AnyRows read_cells(const CellRange& range, Extent extent) {
    if (extent.rows == 0 || extent.columns == 0) {
        return AnyRows();
    }
    const auto part = range->getCellRangeByPosition(0, 0, static_cast<sal_Int32>(extent.columns) - 1,
                                                    static_cast<sal_Int32>(extent.rows) - 1);
    return Reference<sheet::XCellRangeData>(part, UNO_QUERY_THROW)->getDataArray();
}

} // namespace goalpost::addin
