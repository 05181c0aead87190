#!/bin/bash
# Runs every test suite and ends with one line: "N passed, N failed".
# Each suite prints "<name>: N passed, M failed" as its last summary line;
# a suite that dies without one counts as one failure.
# RVBOX and BUILD name the emulator and the build directory under test
# (default build/rvbox, build): make test-asan points them at a sanitizer
# build. Every test script reads RVBOX.
cd "$(dirname "$0")/.." || exit 1
BUILD=${BUILD:-build}
export RVBOX=${RVBOX:-$PWD/$BUILD/rvbox}
total_pass=0
total_fail=0
LOG_DIR=$BUILD/test-logs
mkdir -p "$LOG_DIR"

run_suite() {
    local name=$1
    shift
    local log="$LOG_DIR/$name.log"
    echo "== $name"
    "$@" >"$log" 2>&1
    local rc=$?
    grep -E '^(ok|not ok) ' "$log" | sed 's/^/   /'
    local line
    line=$(grep -E '^[A-Za-z0-9_./-]+: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    if [ -z "$line" ]; then
        echo "   not ok - $name ended (status $rc) without a summary; see $log"
        tail -n 5 "$log" | sed 's/^/      /'
        total_fail=$((total_fail + 1))
        return
    fi
    local p f
    p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\1/')
    f=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\2/')
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1
    fi
    echo "   $line"
    [ "$f" -ne 0 ] && tail -n 15 "$log" | sed 's/^/      /'
    total_pass=$((total_pass + p))
    total_fail=$((total_fail + f))
}

# Each unit test is built on its own; one that does not build is a failure
# and its old binary is removed, so a stale build never runs in its place.
for src in tests/unit/test_*.c; do
    name=$(basename "$src" .c)
    bin=$BUILD/tests/unit/$name
    if ! make --no-print-directory -s -C tests/unit LIB_BUILD="../../$BUILD" "../../$bin" \
        >"$LOG_DIR/$name-build.log" 2>&1
    then
        rm -f "$bin"
        echo "== $name"
        echo "   not ok - $name does not build; see $LOG_DIR/$name-build.log"
        tail -n 5 "$LOG_DIR/$name-build.log" | sed 's/^/      /'
        total_fail=$((total_fail + 1))
        continue
    fi
    run_suite "$name" "$bin"
done
# The translator variants translate every block at once (RVBOX_JIT_HOT_RUNS=1),
# so short programs run translated code rather than the interpreter's.
run_suite isa env RVBOX_JIT_HOT_RUNS=1 make --no-print-directory -C tests/isa check EMU="$RVBOX"
run_suite isa_interp make --no-print-directory -C tests/isa check EMU="$RVBOX -accel interp"
run_suite diff env RVBOX_JIT_HOT_RUNS=1 tests/diff/diff.sh "$RVBOX"
run_suite diff_interp tests/diff/diff.sh "$RVBOX" "-accel interp"
run_suite bad_input tests/cli/bad_input.sh "$RVBOX"
run_suite elf_runner tests/cli/elf_runner.sh "$RVBOX"
run_suite gdb tests/gdb/gdb_test.sh
run_suite qmp python3 tests/qmp/qmp_test.py
run_suite qemu_qmp python3 tests/qmp/qemu_qmp_test.py
run_suite trace tests/trace/trace_test.sh
run_suite linux_boot python3 tests/linux/boot_test.py
run_suite linux_boot_interp env RVBOX_ACCEL=interp python3 tests/linux/boot_test.py
run_suite virtfs python3 tests/linux/virtfs_test.py
run_suite net python3 tests/linux/net_test.py
run_suite relay python3 tests/relay/relay_test.py
run_suite browser tests/browser/run.sh
run_suite crash python3 tests/linux/crash_test.py
run_suite headless python3 tests/linux/headless_test.py
run_suite xv6 python3 tests/guests/xv6_test.py
run_suite uboot python3 tests/guests/uboot_test.py
run_suite firmware python3 tests/firmware/run.py
run_suite desktop python3 tests/desktop/desktop_test.py
run_suite desktop_linux python3 tests/desktop/linux_test.py
run_suite firmware_input python3 tests/firmware/input_test.py
run_suite gpu python3 tests/firmware/gpu_test.py
# Every fuzz corpus, replayed through its harness built with ASan and UBSan.
for corpus in tests/fuzz/corpus/*/; do
    name=$(basename "$corpus")
    bin=build/asan/fuzz/fuzz_$name
    log="$LOG_DIR/fuzz_$name-build.log"
    if ! make --no-print-directory -s -C tests/fuzz "../../$bin" >"$log" 2>&1; then
        rm -f "$bin"
        echo "== fuzz_$name"
        echo "   not ok - fuzz_$name does not build; see $log"
        total_fail=$((total_fail + 1))
        continue
    fi
    run_suite "fuzz_$name" "$bin" "$corpus"
done

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
