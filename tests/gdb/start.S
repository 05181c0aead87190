/* Bare-metal start for the debugger test program: stack, main(), then
 * exit through HTIF tohost with main's return value. */
    .section .text.init
    .globl _start
_start:
    la sp, stack_top
    call main
    slli a0, a0, 1
    ori a0, a0, 1
    la t0, tohost
    sd a0, 0(t0)
1:  j 1b

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
