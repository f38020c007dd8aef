// FunctionsComponent: whole-range forms. One call over a whole column instead of one call per
// row: Calc's per-call cost (UNO reflection, argument matrices) is paid once.
#include "array_answer.hpp"
#include "cell_ranges.hpp"
#include "functions_component.hpp"
#include "objective_cache.hpp"
#include "range_cells.hpp"
#include "uno_arguments.hpp"

#include "goalpost/metrics.hpp"
#include "goalpost/smart.hpp"

namespace goalpost::addin {

namespace {

// The result cells as Calc's rows (one inner sequence per row, as UNO requires), or a single
// error cell when the whole call failed. Nothing thrown inside reaches Calc.
DoubleRows rows_of(const CellBlock& block) {
    const auto rows = static_cast<sal_Int32>(block.rows);
    const auto columns = static_cast<sal_Int32>(block.columns);
    if (rows == 0 || columns == 0) {
        return error_array(coded_error(CalcError::not_available));
    }
    DoubleRows result(rows);
    css::uno::Sequence<double>* row = result.getArray();
    const double* values = block.values.data();
    for (sal_Int32 i = 0; i < rows; ++i) {
        row[i] = css::uno::Sequence<double>(values + static_cast<std::ptrdiff_t>(i) * columns,
                                            columns);
    }
    return result;
}

template <class Compute>
DoubleRows block_answer(Compute&& compute) noexcept {
    return guarded(
        [&] {
            const Result<CellBlock> block = compute();
            return block ? rows_of(*block) : error_array(to_cell(block.failure()));
        },
        [] { return error_array(internal_failure_cell()); });
}

Result<Baselines> baselines_of(const Any& argument, const RangeShape& objectives, int position) {
    if (const AnyRows* grid = rows_in(argument)) {
        return Baselines::from_grid(RowsView<Any>(*grid), objectives.full.rows,
                                    objectives.full.columns, position, objectives.data.rows,
                                    objectives.data.columns);
    }
    const Cell value = cell_of(argument);
    if (value.kind == CellKind::empty) {
        return Baselines();
    }
    auto number = amount_from_value(value, position);
    if (!number) {
        return number.failure();
    }
    return Baselines(*number);
}

constexpr Failure empty_objective{ErrorKind::not_available, 1, "the objective is empty"};

// The SMARTSCORE of one cell of the objectives range.
double score_cell(const Any& cell, const Baselines& baselines, std::size_t index) {
    if (cell.getValueTypeClass() != css::uno::TypeClass_STRING) {
        return to_cell(cell.hasValue() ? wrong_type(1, "a number where an objective is needed")
                                       : empty_objective);
    }
    const auto& text = *static_cast<const OUString*>(cell.getValue());
    if (text.isEmpty()) {
        return to_cell(empty_objective);
    }
    const auto baseline = baselines.at(index, 2);
    if (!baseline) {
        return to_cell(baseline.failure());
    }
    const auto objective = parsed_objective(text);
    if (!objective) {
        return to_cell(objective.failure());
    }
    return static_cast<double>(assess_smart(**objective, *baseline).score());
}

} // namespace

DoubleRows FunctionsComponent::smartscores(const CellRange& objectives, const Any& baselines) {
    return block_answer([&]() -> Result<CellBlock> {
        if (!objectives.is()) {
            return invalid_argument(1, "a range of cells is needed");
        }
        if (holds_error_cells(objectives)) { // as Calc checks before any other add-in call
            return CellBlock::error(coded_error(CalcError::error_in_range));
        }
        const auto shape = shape_of(objectives, 1);
        if (!shape) {
            return shape.failure();
        }
        auto base = baselines_of(baselines, *shape, 2);
        if (!base) {
            return base.failure();
        }
        // The scores of the cells that can hold data; an array formula over more rows shows
        // #N/A below them, as Calc does for any array smaller than its formula's range.
        const AnyRows cells = read_cells(objectives, shape->data);
        CellBlock block{shape->data.rows, shape->data.columns, {}};
        block.values.reserve(block.rows * block.columns);
        for (const auto& row : cells) {
            for (const Any& cell : row) {
                block.values.push_back(score_cell(cell, *base, block.values.size()));
            }
        }
        return block;
    });
}

DoubleRows FunctionsComponent::cpls(const CellRange& spend_column, const CellRange& leads_column) {
    return block_answer([&]() -> Result<CellBlock> {
        // An error cell first, as Calc checks it before any other add-in call.
        if (!spend_column.is() || !leads_column.is()) {
            return invalid_argument(spend_column.is() ? 2 : 1, "a range of cells is needed");
        }
        if (holds_error_cells(spend_column) || holds_error_cells(leads_column)) {
            return CellBlock::error(coded_error(CalcError::error_in_range));
        }
        const auto spend = shape_of(spend_column, 1);
        const auto leads = shape_of(leads_column, 2);
        if (!spend || !leads) {
            return !spend ? spend.failure() : leads.failure();
        }
        if (spend->full.rows != leads->full.rows || spend->full.columns != leads->full.columns) {
            return invalid_argument(2, "the two ranges must have the same shape");
        }
        // Both read over the data of either, so that a row with spend and no leads is #DIV/0!.
        const Extent extent{std::max(spend->data.rows, leads->data.rows),
                            std::max(spend->data.columns, leads->data.columns)};
        return pairwise_cells(RowsView<Any>(read_cells(spend_column, extent)),
                              RowsView<Any>(read_cells(leads_column, extent)), cost_per_lead);
    });
}

} // namespace goalpost::addin
