#!/bin/bash
# Instruction trace and count: two --deterministic --trace runs of the same
# program must give byte-identical traces, the trace must show the known
# start of the program with its results, traps and -d in_asm must work,
# and --icount must print a number. Prints ok/not ok lines and
# "trace: N passed, M failed".
cd "$(dirname "$0")/../.." || exit 1
RVBOX=${RVBOX:-build/rvbox}
OUT=build/tests/trace
mkdir -p "$OUT"
pass=0
fail=0

check() {  # check NAME STATUS
    if [ "$2" -eq 0 ]; then
        echo "ok - $1"; pass=$((pass + 1))
    else
        echo "not ok - $1"; fail=$((fail + 1))
    fi
}

ELF=build/tests/gdb/prog.elf   # the debugger test's program, built here if missing
if [ ! -f "$ELF" ] || [ tests/gdb/prog.c -nt "$ELF" ]; then
    mkdir -p build/tests/gdb
    riscv64-linux-gnu-gcc -march=rv64gc -mabi=lp64d -O1 -g -nostdlib -nostartfiles -static \
        -mcmodel=medany -fno-pic -no-pie -Wl,--build-id=none -Wl,--no-warn-rwx-segments \
        -T tests/gdb/link.ld -o "$ELF" tests/gdb/start.S tests/gdb/prog.c ||
        { echo "not ok - build the test program"; echo "trace: 0 passed, 1 failed"; exit 1; }
fi
TRAPS=tests/isa/build/traps.elf   # a program that traps (ecall from M, S, U)
[ -f "$TRAPS" ] || make --no-print-directory -s -C tests/isa build/traps.elf >/dev/null

timeout 60 "$RVBOX" --deterministic --trace="$OUT/a.trace" -bios none -kernel "$ELF" </dev/null
rc_a=$?
timeout 60 "$RVBOX" --deterministic --trace="$OUT/b.trace" -bios none -kernel "$ELF" </dev/null
rc_b=$?
[ "$rc_a" -eq 17 ] && [ "$rc_b" -eq 17 ]
check "traced runs exit with the program's code (got $rc_a, $rc_b)" $?
[ -s "$OUT/a.trace" ] && cmp -s "$OUT/a.trace" "$OUT/b.trace"
check "two deterministic traces are byte-identical" $?

# main: addi sp,sp,-16; sd ra,8(sp); li a0,14; jal some_function; then
# some_function: auipc, lw a5 <- some_array[2] = 3, addw a0 = 17, ret.
H='^[0-9a-f]{8}: '   # addresses follow the program's layout: not pinned
expect="${H}1141 +addi sp,sp,-16 +sp=[0-9a-f]{16}$
${H}e406 +sd ra,8\\(sp\\)$
${H}4539 +li a0,14 +a0=000000000000000e$
${H}[0-9a-f]{8}  jal 0x[0-9a-f]+ +ra=[0-9a-f]{16}$
${H}[0-9a-f]{8}  auipc a5,0x1 +a5=[0-9a-f]{16}$
${H}[0-9a-f]{8}  lw a5,[0-9]+\\(a5\\) +a5=0000000000000003$
${H}9d3d +addw a0,a0,a5 +a0=0000000000000011$
${H}8082 +ret$"
grep -m1 -A7 ' addi sp,sp,-16 ' "$OUT/a.trace" | head -8 >"$OUT/seq.txt"
seq_ok=0
i=1
while IFS= read -r re; do
    sed -n "${i}p" "$OUT/seq.txt" | grep -qE "$re" || seq_ok=1
    i=$((i + 1))
done <<<"$expect"
check "trace shows main/some_function with the values written" "$seq_ok"
[ "$(wc -l <"$OUT/a.trace")" -eq 19 ]
check "trace ends at the exit store (19 lines)" $?

timeout 60 "$RVBOX" --deterministic -d in_asm -bios none -kernel "$TRAPS" </dev/null \
    >/dev/null 2>"$OUT/traps.trace"
grep -qE '^[0-9a-f]{8}: 00000073  ecall +exception 11 \(ecall from M\) tval=0 -> [0-9a-f]{8}$' \
    "$OUT/traps.trace"
check "-d in_asm traces to stderr with trap lines" $?

timeout 60 "$RVBOX" --icount -bios none -kernel "$ELF" </dev/null 2>"$OUT/icount.err"
# The fast path notices the exit at the end of its slice: a number >= 19.
n=$(sed -nE 's/^rvbox: ([0-9]+) instructions$/\1/p' "$OUT/icount.err")
[ -n "$n" ] && [ "$n" -ge 19 ]
check "--icount prints a number ($n)" $?
timeout 60 "$RVBOX" --icount --trace=/dev/null -bios none -kernel "$ELF" </dev/null \
    2>"$OUT/icount2.err"
grep -qE '^rvbox: 19 instructions$' "$OUT/icount2.err"
check "--icount while tracing: exactly the 19 traced instructions" $?
"$RVBOX" --trace=/nonexistent/dir/t -bios none -kernel "$ELF" </dev/null 2>"$OUT/bad.err"
[ $? -eq 1 ] && grep -q "cannot open" "$OUT/bad.err"
check "an unwritable trace file is bad input (status 1)" $?

# Several harts: every line names its hart, and two runs are identical.
if make -s -C tests/isa build/smp.elf >/dev/null 2>&1; then
    for run in 1 2; do
        timeout 120 "$RVBOX" -smp 4 --deterministic --trace="$OUT/smp$run.trace" -bios none \
            -kernel tests/isa/build/smp.elf </dev/null >/dev/null 2>&1
    done
    [ "$(grep -cvE '^h[0-3] [0-9a-f]+: ' "$OUT/smp1.trace")" -eq 0 ] &&
        [ "$(cut -c1-3 "$OUT/smp1.trace" | sort -u | tr -d '\n')" = "h0 h1 h2 h3 " ]
    check "-smp 4 --trace: every line starts with its hart (h0..h3)" $?
    cmp -s "$OUT/smp1.trace" "$OUT/smp2.trace"
    check "-smp 4 --deterministic: two traces are byte-identical" $?
    rm -f "$OUT"/smp1.trace "$OUT"/smp2.trace   # tens of MiB each
else
    check "build tests/isa/build/smp.elf" 1
fi

echo "trace: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
