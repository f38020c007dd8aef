// Funnel arithmetic over the counts at each stage, top of the funnel first.
#pragma once

#include "goalpost/result.hpp"

#include <optional>
#include <span>
#include <vector>

namespace goalpost {

// Share of stage `from` that reaches stage `to`: stages[to] / stages[from], 1-based indices,
// first to last by default. Indices must be whole numbers with 1 <= from <= to <= size.
Result<double> funnel_conversion(std::span<const double> stages,
                                 std::optional<double> from = std::nullopt,
                                 std::optional<double> to = std::nullopt);

// The size - 1 step rates stages[i + 1] / stages[i]. A step out of an empty stage is a
// #DIV/0! of its own element, so the other steps still show.
Result<std::vector<Result<double>>> funnel_steps(std::span<const double> stages);

} // namespace goalpost
