#!/bin/sh
# The long fuzz run of docs/reliability.md (not part of ctest): builds the clang build with
# libFuzzer, ASan and UBSan in build-sanitize/ and runs each fuzz target for SECONDS (default
# 330, so 11 minutes of fuzzing in all), both at once, each growing its own corpus. Findings
# (crash-*, leak-*, timeout-*, oom-*) land in build-sanitize/fuzz-long/.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-330}
CXX=clang++-14 cmake -S . -B build-sanitize -DGOALPOST_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-sanitize -j "$(nproc)" --target objective_fuzzer cell_arguments_fuzzer
out=build-sanitize/fuzz-long
for target in objective cell_arguments; do
    mkdir -p "$out/corpus-$target"
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "build-sanitize/tests/fuzz/${target}_fuzzer" -max_total_time="$seconds" -timeout=5 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/" \
        "$out/corpus-$target" "build-sanitize/tests/fuzz/seeds/$target" \
        >"$out/$target.log" 2>&1 &
done
status=0
wait || status=$?
for target in objective cell_arguments; do
    echo "== $target"
    grep -E "INITED|DONE|stat::|ERROR|SUMMARY" "$out/$target.log" || true
    echo "corpus: $(ls "$out/corpus-$target" | wc -l) inputs"
done
ls "$out" | grep -E "^(crash|leak|timeout|oom)-" && status=1
exit $status
