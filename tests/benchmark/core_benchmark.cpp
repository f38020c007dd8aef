// Google Benchmark of the core, outside the test suite (timings are measurements, not tests).
// Run: build/tests/benchmark/goalpost_core_benchmark
#include "goalpost/metrics.hpp"
#include "goalpost/objective.hpp"
#include "goalpost/planning.hpp"
#include "goalpost/smart.hpp"
#include "goalpost/statistics.hpp"

#include "objective_lists.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace {

using goalpost::benchmark_lists::english_objectives;
using goalpost::benchmark_lists::mixed_language_objectives;

void parse_and_score(benchmark::State& state) {
    std::size_t next = 0;
    for (auto _ : state) {
        const auto objective = goalpost::parse_objective(english_objectives[next]);
        benchmark::DoNotOptimize(goalpost::assess_smart(objective, std::nullopt).score());
        next = (next + 1) % english_objectives.size();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(parse_and_score);

void parse_and_score_mixed_languages(benchmark::State& state) {
    std::size_t next = 0;
    for (auto _ : state) {
        const auto objective = goalpost::parse_objective(mixed_language_objectives[next]);
        benchmark::DoNotOptimize(goalpost::assess_smart(objective, std::nullopt).score());
        next = (next + 1) % mixed_language_objectives.size();
    }
    state.SetItemsProcessed(state.iterations());
}
// On a shared machine other tenants only ever add time, so with --benchmark_repetitions the
// fastest repetition is reported beside the median (docs/languages.md, "Speed").
BENCHMARK(parse_and_score_mixed_languages)->ComputeStatistics("min", [](const std::vector<double>& times) {
    return *std::min_element(times.begin(), times.end());
});

void parse_only(benchmark::State& state) {
    std::size_t next = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(goalpost::parse_objective(english_objectives[next]));
        next = (next + 1) % english_objectives.size();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(parse_only);

void cost_per_lead(benchmark::State& state) {
    double spend = 600.0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(goalpost::cost_per_lead(spend, 30.0));
        spend += 1.0;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(cost_per_lead);

void wilson_interval(benchmark::State& state) {
    double conversions = 10.0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(goalpost::wilson_interval(conversions, 1000.0));
        conversions = conversions < 900.0 ? conversions + 1.0 : 10.0;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(wilson_interval);

void sample_size(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(goalpost::sample_size(0.1, 0.2));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(sample_size);

void reverse_funnel(benchmark::State& state) {
    constexpr std::array<double, 3> rates{0.3, 0.4, 0.3};
    for (auto _ : state) {
        benchmark::DoNotOptimize(goalpost::reverse_funnel(18.0, rates));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(reverse_funnel);

} // namespace

BENCHMARK_MAIN();
