// FunctionsComponent: whole-range forms. One call over a whole column instead of one call per
// row: Calc's per-call cost (UNO reflection, argument matrices) is paid once.
#include "array_answer.hpp"
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

Result<Baselines> baselines_of(const Any& argument, std::size_t rows, std::size_t columns,
                               int position) {
    if (const AnyRows* grid = rows_in(argument)) {
        return Baselines::from_grid(RowsView<Any>(*grid), rows, columns, position);
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

DoubleRows FunctionsComponent::smartscores(const AnyRows& objectives, const Any& baselines) {
    return block_answer([&]() -> Result<CellBlock> {
        const auto shape = grid_shape(RowsView<Any>(objectives));
        if (!shape) {
            return invalid_argument(1, "the range must be rectangular");
        }
        const auto [rows, columns] = *shape;
        auto base = baselines_of(baselines, rows, columns, 2);
        if (!base) {
            return base.failure();
        }
        CellBlock block{rows, columns, {}};
        block.values.reserve(rows * columns);
        for (sal_Int32 row = 0; row < objectives.getLength(); ++row) {
            for (const Any& cell : objectives[row]) {
                block.values.push_back(score_cell(cell, *base, block.values.size()));
            }
        }
        return block;
    });
}

DoubleRows FunctionsComponent::cpls(const AnyRows& spend_column, const AnyRows& leads_column) {
    return block_answer([&] {
        return pairwise_cells(RowsView<Any>(spend_column), RowsView<Any>(leads_column),
                              cost_per_lead);
    });
}

} // namespace goalpost::addin
