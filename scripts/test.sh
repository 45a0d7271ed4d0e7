#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite.
# Usage: scripts/test.sh [--sanitize]
#   --sanitize  the same tests built with AddressSanitizer and UBSan (gcc) in
#               build-sanitize; the package and catalogue checks, which test
#               no code of ours, are left to the plain run
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --tests
if [[ "${1:-}" == "--sanitize" ]]; then
    cmake --preset sanitize >/dev/null
    cmake --build --preset sanitize
    exec ctest --preset sanitize
fi
cmake --preset default -DHUAJIE_BUILD_TESTS=ON -DHUAJIE_BUILD_BENCHMARKS=ON >/dev/null
cmake --build --preset default
ctest --preset default
