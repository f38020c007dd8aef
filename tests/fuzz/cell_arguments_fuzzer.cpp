// libFuzzer target: the adapter's argument rules (addin/pure/cell_arguments.hpp) on grids of
// cells built from the fuzz bytes, as Calc hands over ranges and inline arrays (ragged ones too,
// which Calc never sends but a bug could), then the core functions on what they yield. Every
// numeric answer must reach a cell as a finite value or one of the contract's errors.
#include "answer.hpp"
#include "cell_arguments.hpp"
#include "cell_grid.hpp"
#include "cell_errors.hpp"
#include "goalpost/funnel.hpp"
#include "goalpost/kpi.hpp"
#include "goalpost/metrics.hpp"
#include "goalpost/planning.hpp"
#include "goalpost/statistics.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace {

using namespace goalpost;
using namespace goalpost::addin;

using FuzzGrid = goalpost::testing::CellGridInMemory;

// Calc never hands an add-in a NaN or an infinity (an error cell stops the call, an overflow is
// #NUM!), so cells hold finite numbers: small counts, rates, and extremes up to +-DBL_MAX.
double number(FuzzedDataProvider& data) {
    switch (data.ConsumeIntegralInRange<int>(0, 3)) {
    case 0:
        return static_cast<double>(data.ConsumeIntegralInRange<int>(-10, 5000));
    case 1:
        return data.ConsumeFloatingPointInRange<double>(-0.5, 1.5);
    case 2:
        return data.ConsumeFloatingPoint<double>();
    default:
        return data.PickValueInArray<double>({0.0, -0.0, 1e308, -1e308, 1e-308, 4.9e-324});
    }
}

FuzzGrid grid(FuzzedDataProvider& data) {
    FuzzGrid result;
    const auto rows = data.ConsumeIntegralInRange<std::size_t>(0, 12);
    const auto columns = data.ConsumeIntegralInRange<std::size_t>(0, 12);
    const bool ragged = data.ConsumeProbability<float>() < 0.05F;
    for (std::size_t row = 0; row < rows; ++row) {
        const std::size_t width = ragged ? data.ConsumeIntegralInRange<std::size_t>(0, 12) : columns;
        auto& cells = result.cells.emplace_back();
        for (std::size_t column = 0; column < width; ++column) {
            switch (data.ConsumeIntegralInRange<int>(0, 5)) {
            case 0:
                cells.push_back({CellKind::empty, 0.0});
                break;
            case 1:
                cells.push_back({CellKind::text, 0.0});
                break;
            default:
                cells.push_back({CellKind::number, number(data)});
                break;
            }
        }
    }
    return result;
}

void require(bool condition) {
    if (!condition) {
        __builtin_trap();
    }
}

// What the adapter would put in a cell: a finite value or a contract error, never a throw.
void require_cell(const Result<double>& result) {
    const double cell = number_answer([&] { return result; });
    if (std::isfinite(cell)) {
        return;
    }
    const std::uint16_t error = error_number_of(cell);
    require(error == 502 || error == 503 || error == 519 || error == 532 || error == 0x7FFF);
}

template <class T>
void require_interval(const Result<T>& interval) {
    if (interval) {
        require_cell(interval->low);
        require_cell(interval->high);
    } else {
        require_cell(interval.failure());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    FuzzedDataProvider data(bytes, size);
    const FuzzGrid first = grid(data);
    const FuzzGrid second = grid(data);
    const double x = number(data);
    const double y = number(data);

    const auto a = amount_from_grid(first);
    const auto b = amount_from_grid(second);
    require(a.ok() && b.ok());
    const double sum_a = *a;
    const double sum_b = *b;
    require_cell(amount_from_value(Cell{CellKind::number, x}, 1));
    require(!amount_from_value(Cell{CellKind::text, 0.0}, 1).ok());

    for (const auto& [left, right] : {std::pair{sum_a, sum_b}, std::pair{x, y}}) {
        require_cell(cost_per_lead(left, right));
        require_cell(customer_acquisition_cost(left, right, x));
        require_cell(return_on_investment(left, right, y));
        require_cell(conversion_rate(left, right));
        require_cell(run_rate(left, right, x));
        require_cell(pace(left, right, x, y));
        require_cell(marketing_efficiency_ratio(left, right));
        require_cell(lifetime_value(left, right, x));
        require_cell(cac_payback(left, right, y));
        require_cell(lead_velocity_rate(left, right));
        require_cell(win_rate(left, right, x));
        require_cell(sales_velocity(left, right, x, y));
        require_cell(budget_gap(left, right));
        require_cell(growth_required(left, right, x));
        require_cell(cost_per_mille(left, right));
        require_cell(conversion_p_value(left, right, x, y));
        require_cell(sample_size(left, right, x, y));
        require_interval(wilson_interval(left, right, x));
        require_interval(poisson_interval(left, y));
    }

    const auto stages = list_from_grid(first, 1);
    const auto rates = list_from_grid(second, 2);
    if (stages) {
        const std::span<const double> values(stages->values);
        require_cell(funnel_conversion(values, x, y));
        require_cell(funnel_conversion(values));
        if (const auto steps = funnel_steps(values)) {
            for (const auto& step : *steps) {
                require_cell(step);
            }
        }
        require_cell(weakest_stage(values));
        if (rates) {
            require_cell(weakest_stage(values, std::span<const double>(rates->values)));
        }
    }
    if (rates) {
        const std::span<const double> values(rates->values);
        require_cell(leads_needed(x, values));
        require_cell(budget_needed(x, values, y));
        if (const auto counts = reverse_funnel(x, values)) {
            for (const double count : *counts) {
                require_cell(count);
            }
        }
    }
    return 0;
}
