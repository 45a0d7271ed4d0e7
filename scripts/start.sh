#!/usr/bin/env bash
# Sets up, builds and starts Huajie on its default database.
# Arguments are passed to the program, e.g. scripts/start.sh --db other.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake --preset default -DHUAJIE_BUILD_TESTS=OFF -DHUAJIE_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build --preset default

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display is set: Huajie starts on a virtual screen (xvfb-run). Start it from a desktop session to see it."
    exec xvfb-run -a build/app/huajie "$@"
fi
exec build/app/huajie "$@"
