/* Start-up for the benchmarks: M mode at 0x80000000, no libc.
 * Zeroes .bss, calls main(), exits through HTIF with main's return value.
 * An unexpected trap exits with 200 + mcause (as in tests/isa). */
    .section .text.init, "ax", @progbits
    .globl _start
_start:
    la t0, trap
    csrw mtvec, t0
    li t0, (1 << 13)            /* mstatus.FS = Initial */
    csrs mstatus, t0
    la sp, _stack_top
    la t0, _bss_start
    la t1, _bss_end
1:  bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b
2:  call main
    j bench_exit

    .align 2
trap:
    csrr a0, mcause
    andi a0, a0, 31
    addi a0, a0, 200

/* bench_exit(code): tohost = (code << 1) | 1, a single 64-bit store */
    .globl bench_exit
bench_exit:
    slli a0, a0, 1
    ori a0, a0, 1
    la t0, tohost
1:  sd a0, 0(t0)
    j 1b

    .section .tohost, "aw", @progbits
    .align 6
    .globl tohost, fromhost
tohost: .dword 0
    .size tohost, 8
    .align 6
fromhost: .dword 0
    .size fromhost, 8
    .align 6
