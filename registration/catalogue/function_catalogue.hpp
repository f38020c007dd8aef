// The one source of truth for how Goalpost's functions look to Calc: names, arguments, help
// and examples, one header per family. The IDL, CalcAddIns.xcu, the reference page and the test
// suite's list of functions are generated from `functions` at build time; nothing else lists
// functions. Adding a function: its entry in a family header, its core function, its adapter
// method and a test.
#pragma once

#include "catalogue_types.hpp"
#include "check_functions.hpp"
#include "experiment_functions.hpp"
#include "kpi_functions.hpp"
#include "metric_functions.hpp"
#include "objective_functions.hpp"
#include "pacing_functions.hpp"
#include "planning_functions.hpp"
#include "strategy_functions.hpp"
#include "range_functions.hpp"
#include "statistics_functions.hpp"

#include <algorithm>

namespace goalpost::catalogue {

namespace detail {

template <std::size_t... Sizes>
constexpr auto join(const std::array<Function, Sizes>&... families) {
    std::array<Function, (Sizes + ...)> all{};
    auto next = all.begin();
    ((next = std::copy(families.begin(), families.end(), next)), ...);
    return all;
}

// A family's functions, listed in one Function Wizard category.
template <std::size_t Size>
constexpr std::array<Function, Size> listed_in(Category category, std::array<Function, Size> family) {
    for (Function& function : family) {
        function.category = category;
    }
    return family;
}

} // namespace detail

// The Wizard categories (catalogue_types.hpp, Category): money, funnel, planning and pacing arithmetic
// in Financial, confidence, significance and experiments in Statistical, the readers of objectives and plans
// in Add-In; of the range forms, CPLS follows CPL (range_functions.hpp).
inline constexpr auto functions = detail::join(
    detail::listed_in(Category::financial, metric_functions),
    detail::listed_in(Category::financial, planning_functions),
    detail::listed_in(Category::financial, pacing_functions),
    detail::listed_in(Category::statistical, statistics_functions),
    detail::listed_in(Category::statistical, experiment_functions),
    detail::listed_in(Category::financial, kpi_functions), objective_functions, check_functions,
    strategy_functions, range_functions);

} // namespace goalpost::catalogue
