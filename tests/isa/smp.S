/* Several harts (run with -smp 4; every hart starts at _start, as with
 * QEMU virt's -bios none). Checks that the harts really run and share
 * memory, that AMOs and LR/SC loops stay atomic across harts (unprivileged
 * spec §8: each of 4 harts adds 1 to two counters 20000 times, one with
 * amoadd.w, one with an lr.w/sc.w loop; both must end at 80000), that a
 * CLINT software interrupt (msip of another hart) wakes a hart from WFI
 * (privileged spec §3.3.3), and that each hart has its own mhartid.
 * Exit through HTIF by hart 0: 1 = pass, (n << 1) | 1 = check n failed. */
#define NHARTS 4
#define ROUNDS 20000
#define CLINT_MSIP 0x2000000

    .section .text.init, "ax", @progbits
    .globl _start
_start:
    csrr s0, mhartid
    li t0, NHARTS
    bgeu s0, t0, park_forever      /* more harts than the test expects */
    la sp, stacks
    addi t0, s0, 1
    slli t0, t0, 12
    add sp, sp, t0

    /* every hart: record that it ran, then count */
    la t0, seen
    slli t1, s0, 2
    add t0, t0, t1
    addi t1, s0, 100
    sw t1, 0(t0)                   /* seen[h] = 100 + mhartid */

    li s1, ROUNDS
    la s2, amo_counter
    la s3, lrsc_counter
1:  li t0, 1
    amoadd.w zero, t0, (s2)
2:  lr.w t1, (s3)
    addi t1, t1, 1
    sc.w t2, t1, (s3)
    bnez t2, 2b
    addi s1, s1, -1
    bnez s1, 1b

    la t0, done
    li t1, 1
    amoadd.w zero, t1, (t0)
    bnez s0, wait_ipi

    /* hart 0: wait for the others, then check */
    li t2, NHARTS
3:  lw t1, done
    bne t1, t2, 3b
    li a0, 1
    lw t1, amo_counter
    li t2, NHARTS * ROUNDS
    bne t1, t2, fail
    li a0, 2
    lw t1, lrsc_counter
    bne t1, t2, fail
    li a0, 3                        /* each hart saw its own mhartid */
    la t0, seen
    li t3, 0
4:  lw t1, 0(t0)
    addi t4, t3, 100
    bne t1, t4, fail
    addi t0, t0, 4
    addi t3, t3, 1
    li t4, NHARTS
    bne t3, t4, 4b

    /* IPI: wake hart 1 (in WFI with MSIE) through the CLINT */
    li a0, 4
5:  lw t1, ready                    /* hart 1 is about to sleep */
    beqz t1, 5b
    li t0, CLINT_MSIP + 4           /* msip of hart 1 */
    li t1, 1
    sw t1, 0(t0)
    li t3, 10000000
6:  lw t1, woken
    bnez t1, pass
    addi t3, t3, -1
    bnez t3, 6b
    j fail

pass:
    li a0, 0
fail:
    slli a0, a0, 1
    ori a0, a0, 1
    la t0, tohost
7:  sw a0, 0(t0)
    sw zero, 4(t0)
    j 7b

/* harts 1..3: wait in WFI for a software interrupt (hart 1 gets one) */
wait_ipi:
    la t0, msi_handler
    csrw mtvec, t0
    li t0, 8                        /* mie.MSIE */
    csrw mie, t0
    csrsi mstatus, 8                /* mstatus.MIE */
    li t0, 1
    bne s0, t0, park_forever
    la t0, ready
    sw t0, 0(t0)                    /* non-zero */
park_forever:
    wfi
    j park_forever

    .align 2
msi_handler:
    li t0, CLINT_MSIP
    slli t1, s0, 2
    add t0, t0, t1
    sw zero, 0(t0)                  /* clear our msip */
    la t0, woken
    li t1, 1
    sw t1, 0(t0)
    mret

    .section .tohost, "aw", @progbits
    .align 6
    .globl tohost, fromhost
tohost: .dword 0
    .size tohost, 8
    .align 6
fromhost: .dword 0
    .size fromhost, 8
    .align 6

    .section .data
    .align 6
amo_counter: .word 0
    .align 6
lrsc_counter: .word 0
    .align 6
done: .word 0
ready: .word 0
woken: .word 0
seen: .word 0, 0, 0, 0
    .section .bss
    .align 12
stacks: .skip 4096 * NHARTS
