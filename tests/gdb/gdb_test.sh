#!/bin/bash
# Debugs a small RV64 program with Debian's gdb-multiarch through rvbox's
# GDB stub (-gdb tcp::PORT -S): breakpoint, stepi, register and memory
# reads, CSR and FP registers from target.xml, then continue to the exit.
# Prints ok/not ok lines and "gdb: N passed, M failed".
cd "$(dirname "$0")/../.." || exit 1
RVBOX=${RVBOX:-build/rvbox}
OUT=build/tests/gdb
mkdir -p "$OUT"
pass=0
fail=0

check() {  # check NAME CONDITION-EXIT-STATUS
    if [ "$2" -eq 0 ]; then
        echo "ok - $1"; pass=$((pass + 1))
    else
        echo "not ok - $1"; fail=$((fail + 1))
    fi
}

finish() {
    echo "gdb: $pass passed, $fail failed"
    [ "$fail" -eq 0 ]
    exit
}

ELF=$OUT/prog.elf
if [ ! -f "$ELF" ] || [ tests/gdb/prog.c -nt "$ELF" ] || [ tests/gdb/start.S -nt "$ELF" ]; then
    riscv64-linux-gnu-gcc -march=rv64gc -mabi=lp64d -O1 -g -nostdlib -nostartfiles -static \
        -mcmodel=medany -fno-pic -no-pie -Wl,--build-id=none -Wl,--no-warn-rwx-segments \
        -T tests/gdb/link.ld -o "$ELF" tests/gdb/start.S tests/gdb/prog.c ||
        { echo "not ok - build the test program"; echo "gdb: 0 passed, 1 failed"; exit 1; }
fi
if ! command -v gdb-multiarch >/dev/null; then
    check "gdb-multiarch installed (scripts/install-deps.sh)" 1
    finish
fi

# A free port from the kernel, so parallel runs do not collide.
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')
FUNC=$(riscv64-linux-gnu-nm "$ELF" | awk '$3 == "some_function" { print $1 }')
MAIN=$(riscv64-linux-gnu-nm "$ELF" | awk '$3 == "main" { print $1 }')

timeout 60 "$RVBOX" -gdb tcp::"$PORT" -S -bios none -kernel "$ELF" </dev/null \
    >"$OUT/rvbox.out" 2>"$OUT/rvbox.err" &
RVBOX_PID=$!
for _ in $(seq 50); do
    grep -q "waiting for gdb" "$OUT/rvbox.err" 2>/dev/null && break
    sleep 0.1
done

timeout 60 gdb-multiarch -nx -batch \
    -ex 'set confirm off' \
    -ex "target remote 127.0.0.1:$PORT" \
    -ex 'break some_function' \
    -ex 'continue' \
    -ex 'printf "STOP_PC=%lx\n", $pc' \
    -ex 'stepi' \
    -ex 'printf "STEP_PC=%lx\n", $pc' \
    -ex 'info registers a0' \
    -ex 'x/4wx &some_array' \
    -ex 'printf "MHARTID=%lx\n", $mhartid' \
    -ex 'printf "MISA=%lx\n", $misa' \
    -ex 'info registers fcsr' \
    -ex 'set $a1 = 0x1234' \
    -ex 'printf "A1=%lx\n", $a1' \
    -ex 'continue' \
    "$ELF" >"$OUT/gdb.out" 2>&1
gdb_rc=$?
wait "$RVBOX_PID"
rvbox_rc=$?
LOG=$OUT/gdb.out

check "gdb-multiarch ran (status $gdb_rc)" "$gdb_rc"
BP=$(sed -nE 's/^Breakpoint 1 at 0x([0-9a-f]+).*/\1/p' "$LOG")
STOP=$(sed -nE 's/^STOP_PC=([0-9a-f]+)/\1/p' "$LOG")
in_func=1
if [ -n "$BP" ] && [ $((16#$BP)) -ge $((16#$FUNC)) ] && [ $((16#$BP)) -lt $((16#$MAIN)) ]; then
    in_func=0
fi
check "breakpoint set inside some_function (0x$BP)" "$in_func"
grep -q "^Breakpoint 1, some_function" "$LOG"
check "breakpoint hit in some_function" $?
[ -n "$STOP" ] && [ "$STOP" = "$BP" ]
check "stopped at the breakpoint address (pc 0x$STOP)" $?
STEP=$(sed -nE 's/^STEP_PC=([0-9a-f]+)/\1/p' "$LOG")
[ -n "$STEP" ] && [ -n "$STOP" ] && [ $((16#$STEP)) -gt $((16#$STOP)) ] &&
    [ $((16#$STEP - 16#$STOP)) -le 4 ]
check "stepi moved one instruction (pc 0x$STEP)" $?
grep -qE '^a0\s+0xe\s+14$' "$LOG"
check "info registers a0 shows the argument 14" $?
grep -qE ':\s+0x11111111\s+0x22222222\s+0x00000003\s+0x44444444' "$LOG"
check "x/4wx &some_array reads the array" $?
grep -q '^MHARTID=0$' "$LOG" && grep -qE '^MISA=8[0-9a-f]{15}$' "$LOG"
check "CSRs mhartid and misa from target.xml" $?
grep -qE '^fcsr +0x0' "$LOG"
check "FP CSR fcsr readable" $?
grep -q '^A1=1234$' "$LOG"
check "register write (set \$a1) reads back" $?
grep -q "exited with code 021" "$LOG"
check "gdb sees the exit code (17)" $?
[ "$rvbox_rc" -eq 17 ]
check "rvbox exits with the program's exit code (got $rvbox_rc)" $?
if [ "$fail" -ne 0 ]; then
    sed 's/^/    /' "$LOG" | tail -40
    sed 's/^/    rvbox: /' "$OUT/rvbox.err"
fi
finish
