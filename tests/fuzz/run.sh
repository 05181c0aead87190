#!/bin/bash
# make fuzz: builds every harness with libFuzzer (clang) and runs each for
# SECONDS (default 60), one after the other, starting from its committed
# corpus. New inputs go to build/fuzz/work/NAME (not committed), crashes
# to build/fuzz/crashes/. Prints per harness: runs, exec/s, coverage and
# corpus size, then "N harnesses, N with crashes".
SECONDS_EACH=${1:-60}
cd "$(dirname "$0")/../.." || exit 1
mkdir -p build/fuzz/work build/fuzz/crashes build/fuzz/logs
crashed=0 total=0
printf '%-16s %10s %8s %8s %12s  %s\n' harness runs exec/s cov corpus result
for src in tests/fuzz/fuzz_*.c; do
    name=$(basename "$src" .c); name=${name#fuzz_}
    total=$((total + 1))
    log=build/fuzz/logs/$name.log
    if ! make --no-print-directory -s -C tests/fuzz "../../build/fuzz/fuzz_$name" >"$log" 2>&1
    then
        printf '%-16s %s\n' "$name" "does not build: see $log"
        crashed=$((crashed + 1))
        continue
    fi
    mkdir -p "build/fuzz/work/$name" "tests/fuzz/corpus/$name"
    "build/fuzz/fuzz_$name" -max_total_time="$SECONDS_EACH" -rss_limit_mb=4096 \
        -artifact_prefix="build/fuzz/crashes/$name-" -print_final_stats=1 \
        "build/fuzz/work/$name" "tests/fuzz/corpus/$name" >"$log" 2>&1
    rc=$?
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
    runs=$(echo "$last" | sed -nE 's/^#([0-9]+).*/\1/p')
    cov=$(echo "$last" | sed -nE 's/.*cov: ([0-9]+).*/\1/p')
    corp=$(echo "$last" | sed -nE 's/.*corp: ([0-9]+\/[0-9]+[a-zA-Z]*).*/\1/p')
    eps=$(echo "$last" | sed -nE 's/.*exec\/s: ([0-9]+).*/\1/p')
    result=ok
    if [ "$rc" -ne 0 ]; then
        result="CRASH (status $rc): $(ls -t build/fuzz/crashes/"$name"-* 2>/dev/null | head -n 1)"
        crashed=$((crashed + 1))
    fi
    printf '%-16s %10s %8s %8s %12s  %s\n' "$name" "${runs:-?}" "${eps:-?}" "${cov:-?}" \
        "${corp:-?}" "$result"
done
echo "$total harnesses, $crashed with crashes"
[ "$crashed" -eq 0 ]
