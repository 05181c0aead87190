/* Bare-metal start for the debugger test program (RV64 and RV32): stack,
 * main(), then exit through HTIF tohost with main's return value. */
    .section .text.init
    .globl _start
_start:
    la sp, stack_top
    call main
    slli a0, a0, 1
    ori a0, a0, 1
    la t0, tohost
#if __riscv_xlen == 32
    /* tohost is 64 bits and the host acts once it is non-zero: the high
     * word (zero) first, so the host never sees half a command. */
    sw zero, 4(t0)
    sw a0, 0(t0)
#else
    sd a0, 0(t0)
#endif
1:  j 1b

    /* Never called: tests/gdb/rsp_check.py resumes the hart here to have
     * a guest that runs until interrupted. */
    .globl spin
spin:
    j spin

    .section .tohost, "aw", @progbits
    .align 6
    .globl tohost
tohost: .dword 0
    .size tohost, 8
    .align 6
    .globl fromhost
fromhost: .dword 0
    .size fromhost, 8

    .bss
    .align 4
    .space 4096
stack_top:
