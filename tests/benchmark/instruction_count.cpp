// Parses and scores a list of objectives N times: a deterministic cost for callgrind, where a
// wall clock on a shared machine is not (scripts/instructions_per_objective.sh).
// Run: goalpost_instruction_count english|mixed ROUNDS
#include "goalpost/objective.hpp"
#include "goalpost/smart.hpp"
#include "objective_lists.hpp"

#include <cstdio>
#include <cstdlib>
#include <span>
#include <string_view>

int main(int argc, char** argv) {
    using namespace goalpost::benchmark_lists;
    const bool mixed = argc > 1 && std::string_view(argv[1]) == "mixed";
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 1000;
    const std::span<const std::string_view> list =
        mixed ? std::span<const std::string_view>(mixed_language_objectives)
              : std::span<const std::string_view>(english_objectives);
    int total = 0; // printed, so that no reading is optimised away
    for (int round = 0; round < rounds; ++round) {
        for (const std::string_view text : list) {
            total += goalpost::assess_smart(goalpost::parse_objective(text), std::nullopt).score();
        }
    }
    std::printf("%d\n", total);
}
