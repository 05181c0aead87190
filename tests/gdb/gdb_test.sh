#!/bin/bash
# Debugs a small program with Debian's gdb-multiarch through rvbox's GDB
# stub (-gdb tcp::PORT -S), built once for RV64 and once for RV32 (an ELF32
# runs on an RV32 hart): breakpoint, stepi, register and memory reads, CSR
# and FP registers from target.xml, register width, a register write, then
# continue to the exit. A second session uses the hardware ones: hbreak,
# watch, rwatch and awatch, with the guest's own trigger (tdata1) untouched.
# Then, per XLEN, tests/gdb/rsp_check.py talks to the stub over a raw
# socket: register width on the wire, Ctrl-C (0x03) while the guest runs,
# 'k', and the stop reply of a watchpoint (T05watch:ADDR;).
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

# build XLEN [NAME]: the test program NAME.c (default prog) for that XLEN
# in $OUT/NAMEXLEN.elf.
build() {
    local name=${2:-prog} arch=rv64gc abi=lp64d
    local elf=$OUT/$name$1.elf src=tests/gdb/$name.c
    if [ "$1" = 32 ]; then
        arch=rv32gc abi=ilp32d
    fi
    if [ -f "$elf" ] && [ "$elf" -nt "$src" ] && [ "$elf" -nt tests/gdb/start.S ] &&
        [ "$elf" -nt tests/gdb/link.ld ]; then
        return 0
    fi
    riscv64-linux-gnu-gcc -march=$arch -mabi=$abi -O1 -g -nostdlib -nostartfiles -static \
        -mcmodel=medany -fno-pic -no-pie -Wl,--build-id=none -Wl,--no-warn-rwx-segments \
        -T tests/gdb/link.ld -o "$elf" tests/gdb/start.S "$src"
}

for xlen in 64 32; do
    if ! build $xlen || ! build $xlen hw; then
        echo "not ok - build the rv$xlen test program"
        echo "gdb: $pass passed, $((fail + 1)) failed"
        exit 1
    fi
done
if ! command -v gdb-multiarch >/dev/null; then
    check "gdb-multiarch installed (scripts/install-deps.sh)" 1
    finish
fi

# A free port from the kernel, so parallel runs do not collide.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# start_rvbox ELF PORT LOG-PREFIX TIMEOUT [FLAGS...]: rvbox held for a
# debugger, in the background (RVBOX_PID), once it listens.
start_rvbox() {
    rm -f "$3.err"
    timeout "$4" "$RVBOX" -gdb tcp::"$2" -S "${@:5}" -bios none -kernel "$1" </dev/null \
        >"$3.out" 2>"$3.err" &
    RVBOX_PID=$!
    for _ in $(seq 50); do
        grep -q "waiting for gdb" "$3.err" 2>/dev/null && break
        sleep 0.1
    done
}

sym() {  # sym ELF NAME: the symbol's address in hex, no 0x
    riscv64-linux-gnu-nm "$1" | awk -v n="$2" '$3 == n { print $1 }'
}

# gdb_session XLEN: the scripted gdb-multiarch session and its checks.
gdb_session() {
    local xlen=$1 t="rv$1:" elf=$OUT/prog$1.elf log=$OUT/gdb$1.out port
    local func main bp stop step in_func gdb_rc rvbox_rc
    port=$(free_port)
    func=$(sym "$elf" some_function)
    main=$(sym "$elf" main)
    start_rvbox "$elf" "$port" "$OUT/rvbox$xlen" 60

    # No "set architecture": gdb takes it from the stub's target.xml.
    timeout 60 gdb-multiarch -nx -batch \
        -ex 'set confirm off' \
        -ex "target remote 127.0.0.1:$port" \
        -ex 'show architecture' \
        -ex 'break some_function' \
        -ex 'continue' \
        -ex 'printf "STOP_PC=%lx\n", $pc' \
        -ex 'printf "PC_SIZE=%d\n", sizeof($pc)' \
        -ex 'printf "A0_SIZE=%d\n", sizeof($a0)' \
        -ex 'info registers pc' \
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
        "$elf" >"$log" 2>&1
    gdb_rc=$?
    wait "$RVBOX_PID"
    rvbox_rc=$?
    local nfail=$fail

    check "$t gdb-multiarch ran (status $gdb_rc)" "$gdb_rc"
    grep -q "currently \"riscv:rv$xlen\"" "$log"
    check "$t gdb's architecture is riscv:rv$xlen" $?
    bp=$(sed -nE 's/^Breakpoint 1 at 0x([0-9a-f]+).*/\1/p' "$log")
    stop=$(sed -nE 's/^STOP_PC=([0-9a-f]+)/\1/p' "$log")
    in_func=1
    if [ -n "$bp" ] && [ $((16#$bp)) -ge $((16#$func)) ] && [ $((16#$bp)) -lt $((16#$main)) ]; then
        in_func=0
    fi
    check "$t breakpoint set inside some_function (0x$bp)" "$in_func"
    grep -q "^Breakpoint 1, some_function" "$log"
    check "$t breakpoint hit in some_function" $?
    [ -n "$stop" ] && [ "$stop" = "$bp" ]
    check "$t stopped at the breakpoint address (pc 0x$stop)" $?
    grep -q "^PC_SIZE=$((xlen / 8))\$" "$log" && grep -q "^A0_SIZE=$((xlen / 8))\$" "$log"
    check "$t pc and a0 are $xlen-bit registers" $?
    step=$(sed -nE 's/^STEP_PC=([0-9a-f]+)/\1/p' "$log")
    # gdb pads the address it shows after stepi to the width of a pointer.
    grep -qE "^pc +0x0*$stop\s" "$log" && grep -qE "^0x0*$step\s" "$log" &&
        grep -qE "^0x[0-9a-f]{$((xlen / 4))}\s" "$log"
    check "$t info registers pc; stepi shows a $((xlen / 4))-hex-digit pc" $?
    [ -n "$step" ] && [ -n "$stop" ] && [ $((16#$step)) -gt $((16#$stop)) ] &&
        [ $((16#$step - 16#$stop)) -le 4 ]
    check "$t stepi moved one instruction (pc 0x$step)" $?
    grep -qE '^a0\s+0xe\s+14$' "$log"
    check "$t info registers a0 shows the argument 14" $?
    grep -qE ':\s+0x11111111\s+0x22222222\s+0x00000003\s+0x44444444' "$log"
    check "$t x/4wx &some_array reads the array" $?
    # misa.MXL (the top two bits of an XLEN-wide misa): 2 on RV64, 1 on RV32.
    local misa_re='^MISA=8[0-9a-f]{15}$'
    if [ "$xlen" = 32 ]; then
        misa_re='^MISA=4[0-9a-f]{7}$'
    fi
    grep -q '^MHARTID=0$' "$log" && grep -qE "$misa_re" "$log"
    check "$t CSRs mhartid and misa from target.xml" $?
    grep -qE '^fcsr +0x0' "$log"
    check "$t FP CSR fcsr readable" $?
    grep -q '^A1=1234$' "$log"
    check "$t register write (set \$a1) reads back" $?
    grep -q "exited with code 021" "$log"
    check "$t gdb sees the exit code (17)" $?
    [ "$rvbox_rc" -eq 17 ]
    check "$t rvbox exits with the program's exit code (got $rvbox_rc)" $?
    if [ "$fail" -ne "$nfail" ]; then
        sed 's/^/    /' "$log" | tail -40
        sed 's/^/    rvbox: /' "$OUT/rvbox$xlen.err"
    fi
}

# smp_session: four harts (tests/isa/smp.S) are four gdb threads, each
# with its own registers; a breakpoint stops the hart that reaches it.
smp_session() {
    local t="smp:" elf=tests/isa/build/smp.elf log=$OUT/gdb-smp.out port gdb_rc rvbox_rc
    if ! make -s -C tests/isa build/smp.elf >/dev/null 2>&1; then
        check "$t build tests/isa/build/smp.elf" 1
        return
    fi
    port=$(free_port)
    start_rvbox "$elf" "$port" "$OUT/rvbox-smp" 60 -smp 4
    timeout 60 gdb-multiarch -nx -batch \
        -ex 'set confirm off' \
        -ex "target remote 127.0.0.1:$port" \
        -ex 'info threads' \
        -ex 'thread 3' \
        -ex 'printf "T3_HARTID=%lx\n", $mhartid' \
        -ex 'break pass' \
        -ex 'continue' \
        -ex 'printf "STOP_HARTID=%lx\n", $mhartid' \
        -ex 'delete' \
        -ex 'continue' \
        "$elf" >"$log" 2>&1
    gdb_rc=$?
    wait "$RVBOX_PID"
    rvbox_rc=$?
    local nfail=$fail
    check "$t gdb-multiarch ran (status $gdb_rc)" "$gdb_rc"
    [ "$(grep -cE '^[* ] +[1-4] +Thread [1-4]' "$log")" -eq 4 ]
    check "$t info threads lists the 4 harts" $?
    grep -q '^T3_HARTID=2$' "$log"
    check "$t thread 3 reads hart 2's registers (mhartid 2)" $?
    grep -q '^STOP_HARTID=0$' "$log" && grep -qE 'Thread 1 .*hit Breakpoint 1|Breakpoint 1, ' "$log"
    check "$t the breakpoint stops hart 0 where it reaches it" $?
    [ "$rvbox_rc" -eq 0 ] && grep -q "exited normally" "$log"
    check "$t the program passes after continue (status $rvbox_rc)" $?
    if [ "$fail" -ne "$nfail" ]; then
        sed 's/^/    /' "$log" | tail -30
    fi
}

# hw_session XLEN: hardware breakpoint and watchpoints through gdb.
hw_session() {
    local xlen=$1 t="rv$1 hw:" elf=$OUT/hw$1.elf log=$OUT/gdb-hw$1.out port
    local bp stop gdb_rc rvbox_rc
    port=$(free_port)
    start_rvbox "$elf" "$port" "$OUT/rvbox-hw$xlen" 60
    timeout 60 gdb-multiarch -nx -batch \
        -ex 'set confirm off' \
        -ex "target remote 127.0.0.1:$port" \
        -ex 'hbreak some_function' \
        -ex 'continue' \
        -ex 'printf "HB_PC=%lx\n", $pc' \
        -ex 'delete' \
        -ex 'watch counter' \
        -ex 'printf "TDATA1=%lx\n", $tdata1' \
        -ex 'continue' \
        -ex 'continue' \
        -ex 'delete' \
        -ex 'rwatch counter' \
        -ex 'continue' \
        -ex 'delete' \
        -ex 'awatch counter' \
        -ex 'continue' \
        -ex 'delete' \
        -ex 'continue' \
        "$elf" >"$log" 2>&1
    gdb_rc=$?
    wait "$RVBOX_PID"
    rvbox_rc=$?
    local nfail=$fail

    check "$t gdb-multiarch ran (status $gdb_rc)" "$gdb_rc"
    bp=$(sed -nE 's/^Hardware assisted breakpoint 1 at 0x([0-9a-f]+).*/\1/p' "$log")
    stop=$(sed -nE 's/^HB_PC=([0-9a-f]+)/\1/p' "$log")
    grep -q "^Breakpoint 1, some_function" "$log" && [ -n "$bp" ] && [ "$stop" = "$bp" ]
    check "$t hbreak stops in some_function at its address (0x$stop)" $?
    # The guest's trigger 0 keeps its reset value (mcontrol6, no mode).
    grep -qE "^TDATA1=60{$((xlen / 4 - 1))}\$" "$log"
    check "$t the guest's tdata1 is untouched by the debugger's watchpoint" $?
    grep -A3 "^Hardware watchpoint 2: counter" "$log" | tr '\n' ' ' |
        grep -q "Old value = 0 New value = 1" &&
        grep -A3 "^Hardware watchpoint 2: counter" "$log" | tr '\n' ' ' |
        grep -q "Old value = 1 New value = 3"
    check "$t watch counter stops on its writes (0 -> 1, 1 -> 3)" $?
    grep -A2 "^Hardware read watchpoint 3: counter" "$log" | grep -q "^Value = 3"
    check "$t rwatch counter stops on a read (value 3)" $?
    grep -A3 "^Hardware access (read/write) watchpoint 4: counter" "$log" | tr '\n' ' ' |
        grep -q "Old value = 3 New value = 6"
    check "$t awatch counter stops on the write 3 -> 6" $?
    grep -q "exited with code 021" "$log" && [ "$rvbox_rc" -eq 17 ]
    check "$t the program then runs to its exit (17; rvbox $rvbox_rc)" $?
    if [ "$fail" -ne "$nfail" ]; then
        sed 's/^/    /' "$log" | tail -60
        sed 's/^/    rvbox: /' "$OUT/rvbox-hw$xlen.err"
    fi
}

# rsp_session XLEN: tests/gdb/rsp_check.py against a held rvbox.
rsp_session() {
    local xlen=$1 t="rv$1 rsp:" elf=$OUT/prog$1.elf log=$OUT/rsp$1.out port spin v
    port=$(free_port)
    spin=$(sym "$elf" spin)
    start_rvbox "$elf" "$port" "$OUT/rvbox-rsp$xlen" 30
    timeout 30 python3 tests/gdb/rsp_check.py "$port" "$spin" >"$log" 2>&1
    check "$t rsp_check.py ran (status $?)" $?
    local nfail=$fail
    get() { sed -nE "s/^$1=(.*)/\1/p" "$log"; }

    v=$(get ARCH)
    [ "$v" = "riscv:rv$xlen" ] && [ "$(get PC_BITS)" = "$xlen" ]
    check "$t target.xml: $v, pc $(get PC_BITS) bits" $?
    # g: x0-x31 and pc, XLEN/4 hex digits each.
    v=$(get G_HEX)
    [ "$v" = $((33 * xlen / 4)) ]
    check "$t g packet holds 33 $xlen-bit registers ($v hex digits)" $?
    [ "$(get RUNNING)" = 1 ]
    check "$t c at spin: no stop reply while the guest runs" $?
    # A stop reply (S or T) for the interrupt: SIGINT (02), or SIGTRAP (05).
    v=$(get STOP)
    [[ $v =~ ^[ST]0[25] ]]
    check "$t Ctrl-C (0x03) stops the guest with a stop reply ($v)" $?
    v=$(get PC)
    [ "$(get PC_HEX)" = $((xlen / 4)) ] && [ -n "$v" ] && [ $((16#$v)) -eq $((16#$spin)) ]
    check "$t p pc after the interrupt is in the loop (0x$v, $(get PC_HEX) hex digits)" $?
    [ "$(get KILL_CLOSED)" = 1 ]
    check "$t k closes the connection" $?
    rvbox_ends "$t k ends rvbox"
    if [ "$fail" -ne "$nfail" ]; then
        sed 's/^/    /' "$log"
        sed 's/^/    rvbox: /' "$OUT/rvbox-rsp$xlen.err"
    fi

    # A write watchpoint on counter: "T05watch:ADDR;" names its address.
    local counter hw=$OUT/hw$xlen.elf
    counter=$(sym "$hw" counter)
    port=$(free_port)
    start_rvbox "$hw" "$port" "$OUT/rvbox-rsp$xlen" 30
    timeout 30 python3 tests/gdb/rsp_check.py "$port" "$spin" watch "$counter" >"$log" 2>&1
    check "$t rsp_check.py watch ran (status $?)" $?
    nfail=$fail
    [ "$(get WATCH_Z2)" = OK ] && [ "$(get WATCH_z2)" = OK ] &&
        [ "$(get WATCH_LEN0)" = E01 ] && [ -z "$(get WATCH_TYPE5)" ]
    check "$t Z2/z2 OK; a 0-byte watch E01, type 5 unsupported (empty reply)" $?
    v=$(get WATCH_STOP)
    [[ $v =~ ^T05watch:([0-9a-f]+)\;$ ]] && [ $((16#${BASH_REMATCH[1]})) -eq $((16#$counter)) ]
    check "$t a write to counter stops with $v (counter at $counter)" $?
    rvbox_ends "$t k after the watchpoint ends rvbox"
    if [ "$fail" -ne "$nfail" ]; then
        sed 's/^/    /' "$log"
    fi

    # 'k' while the guest runs, the connection closed right after it.
    port=$(free_port)
    start_rvbox "$elf" "$port" "$OUT/rvbox-rsp$xlen" 30
    timeout 30 python3 tests/gdb/rsp_check.py "$port" "$spin" kill-running >"$log" 2>&1 &&
        [ "$(get RUNNING)" = 1 ]
    check "$t c at spin, then k while running" $?
    rvbox_ends "$t k while running ends rvbox"
}

# rvbox_ends NAME: checks that rvbox (RVBOX_PID) ends within 5 s by itself
# (timeout's 124 would mean it ran on); stops it if not.
rvbox_ends() {
    local gone=1 rc
    for _ in $(seq 50); do
        if ! kill -0 "$RVBOX_PID" 2>/dev/null; then
            gone=0
            break
        fi
        sleep 0.1
    done
    if [ "$gone" -ne 0 ]; then
        kill "$RVBOX_PID" 2>/dev/null
    fi
    wait "$RVBOX_PID"
    rc=$?
    [ "$gone" -eq 0 ] && [ "$rc" -ne 124 ]
    check "$1 (status $rc)" $?
}

for xlen in 64 32; do
    gdb_session $xlen
    hw_session $xlen
    rsp_session $xlen
done
smp_session
finish
