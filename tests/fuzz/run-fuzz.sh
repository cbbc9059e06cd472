#!/usr/bin/env bash
# Runs the libFuzzer targets of a fuzz build (cmake --preset fuzz) for SECONDS each, PARALLEL
# at a time, on a corpus kept in BUILD_DIR/fuzz/corpus (it grows from run to run), seeded with
# tests/fuzz/corpus, tests/fuzz/regressions and seeds cut from ../shared and docs/.
# Prints the executions per target; exits 1 when a target crashed, leaked, hung or broke a check
# (the input is in BUILD_DIR/fuzz/artifacts/<target>/: add it to tests/fuzz/regressions/<target>/).
# usage: run-fuzz.sh BUILD_DIR SECONDS [PARALLEL [TARGET...]]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "$1" && pwd)
seconds=$2
parallel=${3:-1}
shift $(($# < 3 ? $# : 3))
shared=${GODWIT_SHARED_DIR:-$root/../shared}
work=$build/fuzz

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for f in "$here"/fuzz_*.cpp; do
        n=$(basename "$f" .cpp)
        targets+=("${n#fuzz_}")
    done
fi
"$here/seed-corpus.sh" "$root" "$shared" "$work/seeds" || exit 1
mkdir -p "$work/logs"

run_one() {
    local name=$1
    local dirs=("$work/corpus/$name" "$here/corpus/$name" "$work/seeds/$name")
    [ -d "$here/regressions/$name" ] && dirs+=("$here/regressions/$name")
    mkdir -p "$work/corpus/$name" "$work/artifacts/$name"
    # -timeout: one input running 10 s is a hang; -max_len keeps mutations of the big seeds fast.
    "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 \
        -rss_limit_mb=2048 -max_len=8192 -artifact_prefix="$work/artifacts/$name/" "${dirs[@]}" \
        >"$work/logs/$name.log" 2>&1
    echo $? >"$work/logs/$name.rc"
}

for name in "${targets[@]}"; do
    if [ ! -x "$build/tests/fuzz/fuzz_$name" ]; then
        echo "run-fuzz: $build/tests/fuzz/fuzz_$name: not built (cmake --build --preset fuzz)" >&2
        exit 2
    fi
    while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do
        wait -n
    done
    echo "fuzzing $name for ${seconds}s" >&2
    run_one "$name" &
done
wait

failed=0
printf '%-16s %12s %8s  %s\n' target executions corpus result
for name in "${targets[@]}"; do
    log=$work/logs/$name.log
    rc=$(cat "$work/logs/$name.rc" 2>/dev/null || echo 1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    corpus=$(find "$work/corpus/$name" -type f | wc -l)
    if [ "$rc" = 0 ]; then
        result=ok
    else
        failed=1
        result="FAILED (exit $rc): $(grep -m1 -E '^(==[0-9]+==ERROR|SUMMARY|.*fuzz check failed|.*runtime error)' "$log")"
    fi
    printf '%-16s %12s %8s  %s\n' "$name" "${execs:-?}" "$corpus" "$result"
done
if [ "$failed" != 0 ]; then
    echo "run-fuzz: see $work/logs/ and the inputs in $work/artifacts/" >&2
    for name in "${targets[@]}"; do
        [ "$(cat "$work/logs/$name.rc" 2>/dev/null)" = 0 ] || tail -40 "$work/logs/$name.log" >&2
    done
fi
exit $failed
