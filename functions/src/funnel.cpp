#include "goalpost/funnel.hpp"

#include "domain.hpp"

#include <cmath>
#include <cstddef>

namespace goalpost {

namespace {

constexpr int stages_argument = 1;

// A 1-based stage index given as a spreadsheet number: whole and within [1; size].
Result<std::size_t> stage_index(double index, std::size_t size, int argument) {
    if (!std::isfinite(index) || index != std::floor(index) || index < 1.0 ||
        index > static_cast<double>(size)) {
        return invalid_argument(argument, "stage index must be a whole number within the funnel");
    }
    return static_cast<std::size_t>(index) - 1;
}

} // namespace

Result<double> funnel_conversion(std::span<const double> stages, std::optional<double> from,
                                 std::optional<double> to) {
    if (auto failure = detail::check_funnel_stages(stages, stages_argument)) {
        return *failure;
    }
    auto from_index = stage_index(from.value_or(1.0), stages.size(), 2);
    if (!from_index) {
        return from_index.failure();
    }
    auto to_index = stage_index(to.value_or(static_cast<double>(stages.size())), stages.size(), 3);
    if (!to_index) {
        return to_index.failure();
    }
    // Conversion runs down the funnel; a later stage as "from" is a mistake, not a rate.
    if (*to_index < *from_index) {
        return invalid_argument(3, "the 'to' stage must not come before the 'from' stage");
    }
    const double base = stages[*from_index];
    if (base == 0.0) {
        return division_by_zero(2, "the 'from' stage is empty");
    }
    return finite(stages[*to_index] / base);
}

Result<std::vector<Result<double>>> funnel_steps(std::span<const double> stages) {
    if (auto failure = detail::check_funnel_stages(stages, stages_argument)) {
        return *failure;
    }
    std::vector<Result<double>> steps;
    steps.reserve(stages.size() - 1);
    for (std::size_t i = 0; i + 1 < stages.size(); ++i) {
        if (stages[i] == 0.0) {
            steps.emplace_back(division_by_zero(stages_argument, "a stage before this step is empty"));
        } else {
            steps.emplace_back(finite(stages[i + 1] / stages[i]));
        }
    }
    return steps;
}

} // namespace goalpost
