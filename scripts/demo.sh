#!/bin/sh
# The main job: build Goalpost, install build/goalpost.oxt into a throwaway LibreOffice profile,
# recalculate samples/quickstart.ods in headless Calc and print the results.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
/usr/bin/python3 scripts/show_workbook.py "${1:-samples/quickstart.ods}"
