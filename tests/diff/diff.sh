#!/bin/bash
# Differential check: every ISA program (tests/isa, RV64 and RV32) and the
# bare-metal benches (build/bench/*.elf, if built) run on rvbox and on QEMU's
# spike machine (qemu-system-riscv64 / -riscv32 -M spike -bios none); their
# exit codes (the HTIF verdict) must match.
#
#   tests/diff/diff.sh [path/to/rvbox]
#
# Programs whose source has QEMU_QUIRKS spots (checks where QEMU 7.2 departs
# from the spec, see tests/isa/README.md) are compared using their
# -DQEMU_QUIRKS build on both emulators, so the comparison is fair; the
# output says so. A bench that takes rvbox more than BENCH_LIMIT seconds
# (default 5; they need well under one) fails. Output: "ok - NAME (exit N on both)" or
# "not ok - NAME (rvbox N, qemu M)", then "diff: N passed, M failed".
cd "$(dirname "$0")/../.." || exit 1
ROOT=$PWD
EMU=${1:-${EMU:-$ROOT/build/rvbox}}
# Further rvbox options (e.g. "-accel interp") from the second argument.
EMU_OPTS=${2:-}
QEMU64=${QEMU64:-qemu-system-riscv64}
QEMU32=${QEMU32:-qemu-system-riscv32}
TIMEOUT=${TIMEOUT:-10}
BENCH_LIMIT=${BENCH_LIMIT:-5}
ISA=tests/isa
OUT=build/diff
mkdir -p "$OUT/rv32"

if [ ! -x "$EMU" ]; then
    echo "not ok - rvbox binary $EMU missing"
    echo "diff: 0 passed, 1 failed"
    exit 1
fi
if ! command -v "$QEMU64" >/dev/null || ! command -v "$QEMU32" >/dev/null; then
    echo "not ok - $QEMU64 / $QEMU32 not installed (Debian: qemu-system-misc)"
    echo "diff: 0 passed, 1 failed"
    exit 1
fi

# build (or reuse) the strict and the QEMU_QUIRKS builds
if ! make --no-print-directory -s -C "$ISA" all qemu-elfs >"$OUT/build.log" 2>&1; then
    echo "not ok - building the ISA programs failed (see $OUT/build.log)"
    tail -n 20 "$OUT/build.log"
    echo "diff: 0 passed, 1 failed"
    exit 1
fi

pass=0
fail=0

# elf_class FILE: 1 = ELF32, 2 = ELF64
elf_class() { od -An -tu1 -j4 -N1 "$1" | tr -d ' '; }

# compare NAME ELF [NOTE] [QEMU_EXTRA...]
compare() {
    local name=$1 elf=$2 note=$3
    shift 3
    local qemu=$QEMU64
    [ "$(elf_class "$elf")" = 1 ] && qemu=$QEMU32
    local log=$OUT/$name
    timeout "$TIMEOUT" "$EMU" $EMU_OPTS -bios none -kernel "$elf" </dev/null >"$log.rvbox.log" 2>&1
    local r=$?
    timeout "$TIMEOUT" "$qemu" -M spike "$@" -bios none -nographic -monitor none \
        -serial none -kernel "$elf" </dev/null >"$log.qemu.log" 2>&1
    local q=$?
    if [ "$r" -eq "$q" ]; then
        echo "ok - $name (exit $r on both)$note"
        pass=$((pass + 1))
    else
        echo "not ok - $name (rvbox $r, qemu $q)$note"
        fail=$((fail + 1))
    fi
}

# ISA programs: NAME.S (RV64) and rv32/NAME.S (RV32)
for src in $(cd "$ISA" && ls *.S rv32/*.S 2>/dev/null); do
    t=${src%.S}
    extra=()
    [ "$t" = svpbmt ] && extra=(-cpu rv64,svpbmt=on)   # as tests/isa check-qemu
    if grep -q QEMU_QUIRKS "$ISA/$src"; then
        compare "$t" "$ISA/build/qemu/$t.elf" " [QEMU_QUIRKS build on both]" "${extra[@]}"
    else
        compare "$t" "$ISA/build/$t.elf" "" "${extra[@]}"
    fi
done

# benches (build/bench/*.elf from `make -C tests/bench`), if present
for elf in build/bench/*.elf; do
    [ -f "$elf" ] || continue
    name=bench/$(basename "$elf" .elf)
    mkdir -p "$OUT/bench"
    start=$(date +%s.%N)
    timeout "$BENCH_LIMIT" "$EMU" $EMU_OPTS -bios none -kernel "$elf" </dev/null >/dev/null 2>&1
    rc=$?
    took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    if [ "$rc" -eq 124 ]; then
        echo "not ok - $name (rvbox did not finish within ${BENCH_LIMIT} s)"
        fail=$((fail + 1))
        continue
    fi
    compare "$name" "$elf" " [rvbox ${took} s]"
done

echo "diff: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
