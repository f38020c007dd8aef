#!/bin/sh
# All tests: build, then run the unit tests and the integration tests in real headless Calc;
# then a second, clang build (build-sanitize/: AddressSanitizer, UBSan and libFuzzer, no
# component) runs the unit tests under the sanitizers and a short smoke run of each fuzz target.
set -eu
cd "$(dirname "$0")/.."
# The newest LibreOffice of bookworm-backports, unpacked beside 7.4 (about 70 MB, once; nothing
# installed system-wide): before the build is configured, which then runs every real-Calc test
# in both offices (calc.* in 7.4, calc_newest.* in the newer one).
sh scripts/newer_libreoffice.sh
sh scripts/setup.sh
start=$(date +%s)
echo "== lint: pyflakes3 over the Python tooling (ruff is not packaged for Debian 12)"
pyflakes3 tests/integration scripts samples registration/package
ctest --test-dir build --output-on-failure -j "$(nproc)"

echo "== building the sanitizer and fuzz build into build-sanitize/"
CXX=clang++-14 cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGOALPOST_FUZZ=ON \
    >/dev/null
cmake --build build-sanitize -j "$(nproc)"
ctest --test-dir build-sanitize --output-on-failure -j "$(nproc)"
echo "== all tests passed in $(( $(date +%s) - start )) s"
