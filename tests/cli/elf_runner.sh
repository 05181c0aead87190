#!/bin/bash
# The bare-metal ELF runner as a user sees it: "rvbox prog.elf" loads the
# program, speaks HTIF (console bytes, exit code) and exits with the
# program's code; the same ELF runs unchanged on QEMU's spike machine.
RVBOX=${1:-build/rvbox}
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { # name condition-result
    if [ "$2" = 0 ]; then echo "ok - $1"; pass=$((pass + 1)); else echo "not ok - $1"; fail=$((fail + 1)); fi
}
build() { # code output
    riscv64-linux-gnu-gcc -march=rv64gc -mabi=lp64d -nostdlib -nostartfiles -static \
        -mcmodel=medany -DEXIT_CODE="$1" -Wl,-N -Wl,-Ttext=0x80000000 -Wl,--build-id=none -Wl,--no-warn-rwx-segments \
        -o "$2" "$here/exit_code.S"
}
build 0 "$tmp/pass.elf" && build 7 "$tmp/fail.elf" || { echo "elf_runner: 0 passed, 1 failed"; exit 1; }

out=$(timeout 10 "$RVBOX" "$tmp/pass.elf"); rc=$?
check "rvbox prog.elf exits 0 for a passing program" $([ $rc = 0 ] && echo 0 || echo 1)
check "HTIF console output reaches stdout" $([ "$out" = "hi" ] && echo 0 || echo 1)
timeout 10 "$RVBOX" "$tmp/fail.elf" >/dev/null; rc=$?
check "the program's exit code (7) becomes rvbox's" $([ $rc = 7 ] && echo 0 || echo 1)
timeout 10 "$RVBOX" -bios none -kernel "$tmp/fail.elf" >/dev/null; rc=$?
check "-bios none -kernel prog.elf behaves the same" $([ $rc = 7 ] && echo 0 || echo 1)
out=$(timeout 10 qemu-system-riscv64 -M spike -bios none -nographic -kernel "$tmp/fail.elf" 2>/dev/null); rc=$?
check "the same ELF gives the same code on qemu -M spike" $([ $rc = 7 ] && echo 0 || echo 1)

# A tohost symbol the emulator cannot watch (at 0, in the UART's MMIO, past
# RAM) would leave the program running forever: refused, with the cause.
for where in 0x0 0x10000000 0x200000000; do
    printf '    .globl _start\n_start: j _start\n    .globl tohost\n    .set tohost, %s\n' \
        "$where" > "$tmp/bad.S"
    riscv64-linux-gnu-gcc -march=rv64gc -mabi=lp64d -nostdlib -nostartfiles -static \
        -Wl,-N -Wl,-Ttext=0x80000000 -Wl,--build-id=none -Wl,--no-warn-rwx-segments \
        -o "$tmp/bad.elf" "$tmp/bad.S" 2>/dev/null
    timeout 10 "$RVBOX" "$tmp/bad.elf" > /dev/null 2> "$tmp/err"; rc=$?
    check "tohost at $where: status 1 and one line naming tohost" \
        $([ $rc = 1 ] && [ "$(wc -l < "$tmp/err")" = 1 ] && grep -q "tohost" "$tmp/err" &&
          echo 0 || echo 1)
done
# An ELF for another machine is named as such, not run as raw bytes.
timeout 10 "$RVBOX" /bin/true > /dev/null 2> "$tmp/err"; rc=$?
check "an x86-64 ELF (/bin/true): status 1, 'another machine'" \
    $([ $rc = 1 ] && grep -q "another machine" "$tmp/err" && echo 0 || echo 1)

echo "elf_runner: $pass passed, $fail failed"
[ "$fail" = 0 ]
