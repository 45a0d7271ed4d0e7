#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (preset fuzz, build-fuzz) and runs
# each for SECONDS from its seeds. A crash, leak, timeout or sanitizer report
# stops the run and fails; the input that did it is left in
# build-fuzz/artifacts/TARGET/ (run the target on that file to see it again).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (60 s; all of casejson
#        template holidays ids profile)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift $(($# > 0 ? 1 : 0))
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(casejson template holidays ids profile)
fi

scripts/setup.sh --fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for target in "${targets[@]}"; do
    # Seeds: the checked-in ones, where there are any, and the real files
    # of that kind we ship.
    seeds=()
    if [[ -d fuzz/corpus/$target ]]; then
        seeds+=(fuzz/corpus/"$target")
    fi
    case "$target" in
    template) seeds+=(templates) ;;
    holidays) seeds+=(resources/holidays) ;;
    profile) seeds+=(resources/profiles) ;;
    esac
    corpus=build-fuzz/corpus/$target
    artifacts=build-fuzz/artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    echo "== fuzz-$target for ${seconds}s"
    build-fuzz/fuzz/fuzz-"$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "${seeds[@]}"
done
