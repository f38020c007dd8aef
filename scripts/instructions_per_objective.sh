#!/bin/sh
# Instructions per parsed and scored objective, for the English and the mixed-language list
# (docs/languages.md, "Speed"): callgrind counts 300 rounds and 1 round, and the difference
# divided by 299 rounds leaves out the one-time building of the lexicon and the indexes.
# Usage: sh scripts/instructions_per_objective.sh [build directory, default build]
set -eu
build=${1:-build}
cmake --build "$build" --target goalpost_instruction_count >/dev/null
program="$build/tests/benchmark/goalpost_instruction_count"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
count() { # list rounds
    valgrind --tool=callgrind --callgrind-out-file="$scratch/out" "$program" "$1" "$2" 2>&1 >/dev/null |
        sed -n 's/.*Collected : *//p' | tr -d ,
}
for list in english mixed; do
    size=8
    [ "$list" = mixed ] && size=12
    one=$(count "$list" 1)
    many=$(count "$list" 300)
    echo "$list: $(( (many - one) / (299 * size) )) instructions per objective"
done
