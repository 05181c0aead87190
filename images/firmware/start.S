/* Reset entry: hart 0 sets up a stack, clears .bss, installs the trap
 * vector and calls fw_main(hartid, dtb). Other harts park in wfi. */
    .section .text.start, "ax"
    .globl _start
_start:
    csrw    mie, zero
    csrw    mstatus, zero
    bnez    a0, park
    la      sp, __stack_top
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       1b
2:  la      t0, trap_entry
    csrw    mtvec, t0
    /* F/D are used by nothing on purpose, but enable the unit so that a
     * compiler-generated FP move cannot trap. */
    li      t0, (1 << 13)
    csrs    mstatus, t0
    call    fw_main
park:
    wfi
    j       park

/* Saves the caller-saved registers and calls trap_handler(frame); the
 * handler either exits the machine or returns with mepc adjusted (used to
 * skip a probe load that faulted). */
    .balign 4
trap_entry:
    addi    sp, sp, -128
    sd      ra, 0(sp)
    sd      t0, 8(sp)
    sd      t1, 16(sp)
    sd      t2, 24(sp)
    sd      a0, 32(sp)
    sd      a1, 40(sp)
    sd      a2, 48(sp)
    sd      a3, 56(sp)
    sd      a4, 64(sp)
    sd      a5, 72(sp)
    sd      a6, 80(sp)
    sd      a7, 88(sp)
    sd      t3, 96(sp)
    sd      t4, 104(sp)
    sd      t5, 112(sp)
    sd      t6, 120(sp)
    mv      a0, sp
    call    trap_handler
    ld      ra, 0(sp)
    ld      t0, 8(sp)
    ld      t1, 16(sp)
    ld      t2, 24(sp)
    ld      a0, 32(sp)
    ld      a1, 40(sp)
    ld      a2, 48(sp)
    ld      a3, 56(sp)
    ld      a4, 64(sp)
    ld      a5, 72(sp)
    ld      a6, 80(sp)
    ld      a7, 88(sp)
    ld      t3, 96(sp)
    ld      t4, 104(sp)
    ld      t5, 112(sp)
    ld      t6, 120(sp)
    addi    sp, sp, 128
    mret
