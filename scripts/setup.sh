#!/bin/sh
# Installs what Goalpost needs on Debian 12 (when missing) and builds it into build/.
# Sourced by demo.sh and test.sh; safe to run again (does nothing that is already done).
set -eu
cd "$(dirname "$0")/.."

packages="cmake g++ make libreoffice-dev libreoffice-calc-nogui python3-uno libboost-dev \
libfmt-dev libgtest-dev googletest libbenchmark-dev poppler-utils clang libclang-rt-14-dev lld pyflakes3"
missing=""
for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $package"
done
if [ -n "$missing" ]; then
    echo "== installing:$missing"
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi

# Quiet unless it fails: the compiler's lines go to build/build.log, and only a failure shows them.
echo "== building into build/ (log: build/build.log)"
mkdir -p build
if ! { cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo &&
       cmake --build build -j "$(nproc)"; } >build/build.log 2>&1; then
    tail -n 40 build/build.log
    echo "== the build failed; the whole log is build/build.log"
    exit 1
fi
