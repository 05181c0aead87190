/* Bare-metal HTIF program: prints "hi" through HTIF's console (device 1,
 * command 1) and exits with code EXIT_CODE (tohost = code << 1 | 1). */
    .section .text.init
    .globl _start
_start:
    la t0, tohost
    li t1, (1 << 56) | (1 << 48) | 'h'
    sd t1, 0(t0)
1:  ld t1, 0(t0)          /* the host clears tohost once it took the byte */
    bnez t1, 1b
    li t1, (1 << 56) | (1 << 48) | 'i'
    sd t1, 0(t0)
2:  ld t1, 0(t0)
    bnez t1, 2b
    li t1, (EXIT_CODE << 1) | 1
    sd t1, 0(t0)
3:  j 3b

    .section .tohost, "aw", @progbits
    .align 6
    .globl tohost
tohost: .dword 0
    .size tohost, 8
    .align 6
    .globl fromhost
fromhost: .dword 0
    .size fromhost, 8
