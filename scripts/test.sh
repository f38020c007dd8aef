#!/bin/sh
# All tests: build, then run the unit tests and the integration tests in real headless Calc.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
start=$(date +%s)
ctest --test-dir build --output-on-failure -j "$(nproc)"
echo "== all tests passed in $(( $(date +%s) - start )) s"
