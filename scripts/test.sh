#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --tests
cmake --preset default -DHUAJIE_BUILD_TESTS=ON -DHUAJIE_BUILD_BENCHMARKS=ON >/dev/null
cmake --build --preset default
ctest --preset default
