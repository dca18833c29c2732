#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 20), seeded with its
# corpus, and prints the executions per target. Exits non-zero when a target
# finds a crash, a leak, a sanitizer report or a broken property; the input
# is kept under BUILD/fuzz-findings/ (tests/fuzz/README.md says what next).
# usage: tests/fuzz/run.sh [SECONDS] [BUILD_DIR] [TARGET...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-20}"
build="${2:-$root/build/fuzz}"
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for dir in "$root"/tests/fuzz/corpus/*/; do
        targets+=("$(basename "$dir")")
    done
fi
findings="$build/fuzz-findings"
mkdir -p "$findings"
# New inputs go to a scratch folder, not into the committed seed corpus.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failed=0
printf '%-18s %12s %10s %s\n' target executions exec/s result
for target in "${targets[@]}"; do
    binary="$build/tests/fuzz/fuzz_$target"
    mkdir -p "$scratch/$target"
    log="$findings/$target.log"
    result=ok
    if ! "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="$findings/$target-" \
            "$scratch/$target" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1; then
        result="FAILED (see $log)"
        failed=1
    fi
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
    printf '%-18s %12s %10s %s\n' "$target" "${runs:-?}" "${speed:-?}" "$result"
done
exit "$failed"
