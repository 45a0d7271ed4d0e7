#!/usr/bin/env bash
# Builds and runs the benchmarks on 100,000 demo cases (made once, kept in build/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
cmake --preset default -DHUAJIE_BUILD_BENCHMARKS=ON >/dev/null
cmake --build --preset default --target huajie-bench huajie-bench-deadlines huajie-bench-documents \
    huajie-bench-statistics huajie-bench-search
build/bench/huajie-bench-deadlines
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} build/bench/huajie-bench --db build/bench-100k.sqlite "$@"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} build/bench/huajie-bench-documents --db build/bench-100k.sqlite
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} build/bench/huajie-bench-statistics --db build/bench-100k.sqlite
build/bench/huajie-bench-search --db build/bench-100k.sqlite
