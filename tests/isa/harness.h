/* rvbox ISA test harness (RV64 and RV32, bare metal, HTIF exit via tohost).
 *
 * Include from a .S file (preprocessed by cpp), then:
 *     TEST_BEGIN
 *       TEST_CASE(1, a0, 3, li a1, 1; li a2, 2; add a0, a1, a2)
 *       ...
 *     TEST_END
 *
 * Result: tohost = 1 (pass) or (n << 1) | 1 where n is the failing test
 * number (gp). Test numbers are 1..199, skipping 124..127 (timeout(1) uses
 * those exit codes). The harness reserves:
 *   200+cause  unexpected exception taken by the M-mode handler (200..223)
 *   224+irq    unexpected interrupt taken by the M-mode handler (224..239)
 *   250 / 251  unexpected exception / interrupt taken by the S-mode handler
 *   252        failure reported while gp (the test number) was 0
 *
 * On RV32 (__riscv_xlen == 32) expected values are 32-bit, the interrupt
 * bit of xcause is bit 31 and trap_exp_* fields hold 32-bit values (low half
 * of each 8-byte slot); use LREG/SREG to access them portably.
 *
 * Registers reserved for the harness: gp (test number), t5 and t6 (checks),
 * a7 when using TO_M / TO_S. sp points at a small stack.
 */
#ifndef RVBOX_ISA_HARNESS_H
#define RVBOX_ISA_HARNESS_H

#define TESTNUM gp

/* RV32 and RV64 builds (-march=rv32gc -mabi=ilp32d or rv64gc/lp64d): the
 * harness stores XLEN-wide values with SREG/LREG in 8-byte slots, and
 * tohost/fromhost stay 64-bit in memory either way. */
#if __riscv_xlen == 32
#define SREG sw
#define LREG lw
#define REGBYTES 4
#define MSTATUS_SD 0x80000000
#define CAUSE_INT  0x80000000
#else
#define SREG sd
#define LREG ld
#define REGBYTES 8
#define MSTATUS_SD 0x8000000000000000
#define CAUSE_INT  0x8000000000000000
#endif

#define PRV_U 0
#define PRV_S 1
#define PRV_M 3

#define MSTATUS_SIE   (1 << 1)
#define MSTATUS_MIE   (1 << 3)
#define MSTATUS_SPIE  (1 << 5)
#define MSTATUS_MPIE  (1 << 7)
#define MSTATUS_SPP   (1 << 8)
#define MSTATUS_MPP   (3 << 11)
#define MSTATUS_FS    (3 << 13)
#define MSTATUS_MPRV  (1 << 17)
#define MSTATUS_SUM   (1 << 18)
#define MSTATUS_MXR   (1 << 19)
#define MSTATUS_TVM   (1 << 20)
#define MSTATUS_TW    (1 << 21)
#define MSTATUS_TSR   (1 << 22)

#define CAUSE_MISALIGNED_FETCH 0
#define CAUSE_FETCH_ACCESS     1
#define CAUSE_ILLEGAL          2
#define CAUSE_BREAKPOINT       3
#define CAUSE_MISALIGNED_LOAD  4
#define CAUSE_LOAD_ACCESS      5
#define CAUSE_MISALIGNED_STORE 6
#define CAUSE_STORE_ACCESS     7
#define CAUSE_ECALL_U          8
#define CAUSE_ECALL_S          9
#define CAUSE_ECALL_M          11
#define CAUSE_FETCH_PAGE       12
#define CAUSE_LOAD_PAGE        13
#define CAUSE_STORE_PAGE       15
#define IRQ_SSI 1
#define IRQ_MSI 3
#define IRQ_STI 5
#define IRQ_MTI 7
#define MIP_SSIP (1 << IRQ_SSI)

/* a physical address decoded by nothing on QEMU spike, QEMU virt or rvbox */
#define UNMAPPED_ADDR 0x18000000

/* a7 values that make an ecall return to M (M handler) or S (S handler) */
#define SYS_TO_M 0x7e570001
#define SYS_TO_S 0x7e570002

/* mtval/stval checking modes */
#define TV_ANY     0   /* not checked */
#define TV_EXACT   1   /* must equal the expected value */
#define TV_OR_ZERO 2   /* expected value or 0 (the spec allows either) */

/* layout of trap_exp_m / trap_exp_s */
#define X_ARMED   0    /* 1: the next trap is expected */
#define X_CAUSE   8    /* expected cause ... */
#define X_CAUSE2  16   /* ... or this one */
#define X_TVMODE  24
#define X_TVAL    32
#define X_EPC     40   /* expected xepc (0: not checked) */
#define X_RESUME  48   /* where to resume (0: after the trapping instruction) */
#define X_RETMODE 56   /* 0: return to the trapping mode; else 1+mode */
#define X_HIT     64   /* set to 1 by the handler when the expected trap came */
#define X_COUNT   72   /* traps taken */
#define X_LCAUSE  80   /* last cause/tval/epc seen */
#define X_LTVAL   88
#define X_LEPC    96
#define X_LGP     104
#define X_LSTATUS 112  /* mstatus/sstatus on entry to the handler */
#define X_SIZE    128

/* ---- plain checks ------------------------------------------------------ */

/* fail with the current test number unless a == b */
.macro CHECK_EQ a, b
    beq \a, \b, .Lok\@
    jal zero, fail_testnum
.Lok\@:
.endm

/* fail unless reg == expected (expected: any li constant); clobbers t6 */
.macro CHECK_VAL reg, expected
    li t6, \expected
    CHECK_EQ \reg, t6
.endm

/* TEST_CASE(n, reg, expected, code...): run code, then reg must equal
 * expected (a 64-bit constant), else the test fails with number n. */
#define TEST_CASE(n, reg, expected, code...) \
    li TESTNUM, n; code; CHECK_VAL reg, expected

#define PASS    li a0, 1; jal zero, htif_exit
#define FAIL(n) li a0, (((n) << 1) | 1); jal zero, htif_exit

/* ---- privilege changes ------------------------------------------------- */

/* From M: continue at the next instruction in mode (PRV_U/PRV_S/PRV_M),
 * with mstatus.MPIE copied into MIE as mret does. Clobbers t0. */
.macro ENTER_MODE mode
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, (\mode) << 11
    csrs mstatus, t0
    la t0, .Lin\@
    csrw mepc, t0
    mret
.Lin\@:
.endm

/* From S or U: back to M at the next instruction (ecall, handled by the M
 * handler), with mstatus.MIE = 0. Clobbers a7. */
.macro TO_M
    li a7, SYS_TO_M
    ecall
.endm

/* From U with ecall-from-U delegated to S: back to S (S handler). */
.macro TO_S
    li a7, SYS_TO_S
    ecall
.endm

/* ---- expected traps ---------------------------------------------------- */

/* Arm the handler of mode p (m or s): the next trap must have cause c1 or
 * c2, tval checked per tvmode against register tvreg (not t5/t6), xepc must
 * be label epc, execution resumes at label resume. retmode: 0 keep, else
 * 1 + privilege to return to. Clobbers t5, t6. */
.macro EXPECT p, c1, c2, tvmode, tvreg, epc, resume, retmode=0
    la t5, trap_exp_\p
    SREG \tvreg, X_TVAL(t5)
    li t6, \c1
    SREG t6, X_CAUSE(t5)
    li t6, \c2
    SREG t6, X_CAUSE2(t5)
    li t6, \tvmode
    SREG t6, X_TVMODE(t5)
    la t6, \epc
    SREG t6, X_EPC(t5)
    la t6, \resume
    SREG t6, X_RESUME(t5)
    li t6, \retmode
    SREG t6, X_RETMODE(t5)
    SREG zero, X_HIT(t5)
    li t6, 1
    SREG t6, X_ARMED(t5)
.endm

/* After an armed region: the trap must have happened. Disarms. */
.macro CHECK_HIT p
    la t5, trap_exp_\p
    LREG t6, X_HIT(t5)
    SREG zero, X_ARMED(t5)
    bnez t6, .Lhit\@
    jal zero, fail_testnum
.Lhit\@:
.endm

/* Note: the insn argument of these gas macros is ONE instruction (gas
 * splits a line at ';' before expanding macros). */

/* Test n: insn must trap to the M handler with cause c, xepc = insn,
 * tval per tvmode/tvreg; resumes after it. */
.macro TEST_TRAP n, c, tvmode, tvreg, insn:vararg
    li TESTNUM, \n
    EXPECT m, \c, \c, \tvmode, \tvreg, .Lepc\@, .Lres\@
.Lepc\@:
    \insn
.Lres\@:
    CHECK_HIT m
.endm

/* Test n: insn must trap to the M handler with cause c1 or c2. */
.macro TEST_TRAP2 n, c1, c2, tvmode, tvreg, insn:vararg
    li TESTNUM, \n
    EXPECT m, \c1, \c2, \tvmode, \tvreg, .Lepc\@, .Lres\@
.Lepc\@:
    \insn
.Lres\@:
    CHECK_HIT m
.endm

/* Test n: insn must trap with cause c and tval = 0 or its own address
 * (ebreak). */
.macro TEST_TRAP_PC n, c, insn:vararg
    li TESTNUM, \n
    la t0, .Lepc\@
    EXPECT m, \c, \c, TV_OR_ZERO, t0, .Lepc\@, .Lres\@
.Lepc\@:
    \insn
.Lres\@:
    CHECK_HIT m
.endm

/* Test n: insn (assembled as 32-bit) must raise illegal instruction in the handler of
 * mode p, with xtval = 0 or the instruction bits. */
.macro TEST_ILLEGAL_P p, n, insn:vararg
    li TESTNUM, \n
    la t0, .Lepc\@
    lhu t1, 2(t0)
    lhu t0, 0(t0)
    slli t1, t1, 16
    or t0, t0, t1
    EXPECT \p, CAUSE_ILLEGAL, CAUSE_ILLEGAL, TV_OR_ZERO, t0, .Lepc\@, .Lres\@
    .option push
    .option norvc
.Lepc\@:
    \insn
    .option pop
.Lres\@:
    CHECK_HIT \p
.endm
.macro TEST_ILLEGAL n, insn:vararg
    TEST_ILLEGAL_P m, \n, \insn
.endm

/* Same, with the trap going to the S handler (delegated). */
.macro TEST_TRAP_S n, c, tvmode, tvreg, insn:vararg
    li TESTNUM, \n
    EXPECT s, \c, \c, \tvmode, \tvreg, .Lepc\@, .Lres\@
.Lepc\@:
    \insn
.Lres\@:
    CHECK_HIT s
.endm

/* Test n for something the spec lets hardware either do or trap on
 * (misaligned accesses): insn may trap with cause c1 or c2 and tval exactly
 * tvreg; if it did not trap, reg must equal expected afterwards. */
.macro TEST_MAYTRAP n, c1, c2, tvreg, reg, expected, insn:vararg
    li TESTNUM, \n
    EXPECT m, \c1, \c2, TV_EXACT, \tvreg, .Lepc\@, .Lres\@
.Lepc\@:
    \insn
.Lres\@:
    la t5, trap_exp_m
    LREG t6, X_HIT(t5)
    SREG zero, X_ARMED(t5)
    bnez t6, .Ldone\@
    CHECK_VAL \reg, \expected
.Ldone\@:
.endm

/* t6 = 1 if the last armed region trapped (handler p), else 0 */
.macro TRAPPED p
    la t5, trap_exp_\p
    LREG t6, X_HIT(t5)
    SREG zero, X_ARMED(t5)
.endm

/* ---- trap handlers ----------------------------------------------------- */

.macro TRAP_HANDLER p
    .align 4
trap_handler_\p:
    csrw \p\()scratch, t0
    la t0, trap_save_\p
    SREG t1, 0(t0)
    SREG t2, 8(t0)
    SREG t3, 16(t0)
    SREG t4, 24(t0)
    la t1, trap_exp_\p
    csrr t2, \p\()cause
    SREG t2, X_LCAUSE(t1)
    csrr t3, \p\()tval
    SREG t3, X_LTVAL(t1)
    csrr t3, \p\()epc
    SREG t3, X_LEPC(t1)
    SREG gp, X_LGP(t1)
    csrr t3, \p\()status
    SREG t3, X_LSTATUS(t1)
    LREG t3, X_COUNT(t1)
    addi t3, t3, 1
    SREG t3, X_COUNT(t1)

    LREG t3, X_ARMED(t1)
    bnez t3, .Lexpected\@
    /* not armed: ecall with a7 = SYS_TO_M / SYS_TO_S returns to this
     * handler's mode, anything else is unexpected */
    li t3, CAUSE_ECALL_U
    beq t2, t3, .Lecall\@
    li t3, CAUSE_ECALL_S
    bne t2, t3, .Lnotecall\@
.Lecall\@:
.ifc \p,m
    li t3, SYS_TO_M
.else
    li t3, SYS_TO_S
.endif
    bne a7, t3, .Lunexpected\@
    csrr t3, \p\()epc
    addi t3, t3, 4
    csrw \p\()epc, t3
    /* back in this mode with interrupts disabled (xIE = 0) */
.ifc \p,m
    li t3, MSTATUS_MPP
    csrs mstatus, t3
    li t3, MSTATUS_MPIE
    csrc mstatus, t3
.else
    li t3, MSTATUS_SPP
    csrs sstatus, t3
    li t3, MSTATUS_SPIE
    csrc sstatus, t3
.endif
    j .Lreturn\@

.Lnotecall\@:
    j .Lunexpected\@
.Lexpected\@:
    LREG t3, X_CAUSE(t1)
    beq t2, t3, .Lcause_ok\@
    LREG t3, X_CAUSE2(t1)
    bne t2, t3, .Lfail\@
.Lcause_ok\@:
    /* interrupt: clear a software-interrupt request so it does not retrigger */
    bgez t2, .Lnot_int\@
    li t3, MIP_SSIP
    csrc \p\()ip, t3
.Lnot_int\@:
    LREG t3, X_TVMODE(t1)
    beqz t3, .Ltval_ok\@
    csrr t2, \p\()tval
    LREG t4, X_TVAL(t1)
    beq t2, t4, .Ltval_ok\@
    li t4, TV_OR_ZERO
    bne t3, t4, .Lfail\@
    bnez t2, .Lfail\@
.Ltval_ok\@:
    LREG t3, X_EPC(t1)
    beqz t3, .Lepc_ok\@
    csrr t2, \p\()epc
    bne t2, t3, .Lfail\@
.Lepc_ok\@:
    SREG zero, X_ARMED(t1)
    li t3, 1
    SREG t3, X_HIT(t1)
    LREG t3, X_RESUME(t1)
    bnez t3, .Lset_epc\@
    csrr t3, \p\()epc
    csrr t2, \p\()cause
    bltz t2, .Lset_epc\@      /* interrupt: resume where it hit */
    lhu t2, 0(t3)
    andi t2, t2, 3
    li t4, 3
    addi t3, t3, 2
    bne t2, t4, .Lset_epc\@
    addi t3, t3, 2
.Lset_epc\@:
    csrw \p\()epc, t3
    LREG t3, X_RETMODE(t1)
    beqz t3, .Lreturn\@
    addi t3, t3, -1
.ifc \p,m
    li t2, MSTATUS_MPP
    csrc mstatus, t2
    slli t3, t3, 11
    csrs mstatus, t3
.else
    li t2, MSTATUS_SPP
    csrc sstatus, t2
    slli t3, t3, 8
    csrs sstatus, t3
.endif
.Lreturn\@:
    la t0, trap_save_\p
    LREG t1, 0(t0)
    LREG t2, 8(t0)
    LREG t3, 16(t0)
    LREG t4, 24(t0)
    csrr t0, \p\()scratch
    \p\()ret

.Lfail\@:
    jal zero, fail_testnum

.Lunexpected\@:
.ifc \p,m
    /* a failure reported from M with MPRV = 1: the tohost store itself
     * faulted; retry it untranslated */
    li t3, MSTATUS_MPRV
    csrc mstatus, t3
    csrr t3, mepc
    la t4, htif_exit
    bltu t3, t4, 2f
    la t4, htif_exit_end
    bltu t3, t4, .Lreturn\@
2:
    bltz t2, .Luint\@
    li t3, 23
    bleu t2, t3, 1f
    mv t2, t3
1:  addi a0, t2, 200
    j .Luexit\@
.Luint\@:
    andi t2, t2, 15
    addi a0, t2, 224
.else
    li a0, 250
    bgez t2, .Luexit\@
    li a0, 251
.endif
.Luexit\@:
    slli a0, a0, 1
    ori a0, a0, 1
    jal zero, htif_exit
.endm

/* ---- program start and end --------------------------------------------- */

.macro TEST_BEGIN
    .section .text.init, "ax", @progbits
    .globl _start
_start:
    li x1, 0
    li x2, 0
    li x3, 0
    li x4, 0
    li x5, 0
    li x6, 0
    li x7, 0
    li x8, 0
    li x9, 0
    li x10, 0
    li x11, 0
    li x12, 0
    li x13, 0
    li x14, 0
    li x15, 0
    li x16, 0
    li x17, 0
    li x18, 0
    li x19, 0
    li x20, 0
    li x21, 0
    li x22, 0
    li x23, 0
    li x24, 0
    li x25, 0
    li x26, 0
    li x27, 0
    li x28, 0
    li x29, 0
    li x30, 0
    li x31, 0
    /* PMP: give S and U access to everything (skipped if PMP traps) */
    la t0, .Lpmp_done\@
    csrw mtvec, t0
    li t0, -1
    csrw pmpaddr0, t0
    li t0, 0x1f              /* NAPOT, R W X */
    csrw pmpcfg0, t0
    .align 2
.Lpmp_done\@:
    la t0, trap_handler_m
    csrw mtvec, t0
    csrwi satp, 0
    csrwi medeleg, 0
    csrwi mideleg, 0
    csrwi mie, 0
    li t0, (1 << 13)         /* FS = Initial; MPP = U, everything else 0 */
    csrw mstatus, t0
    csrwi fcsr, 0
    la t0, trap_handler_s
    csrw stvec, t0
    la sp, harness_stack_top
    li t0, 0
    li gp, 0
.endm

.macro TEST_END
    PASS

    .align 2
fail_testnum:
    mv a0, gp
    bnez a0, 1f
    li a0, 252
1:  slli a0, a0, 1
    ori a0, a0, 1
htif_exit:
    /* low word then high word, as riscv-tests do (QEMU's HTIF acts on the
     * high-word write) */
    la t0, tohost
1:  sw a0, 0(t0)
    sw zero, 4(t0)
    j 1b
htif_exit_end:

    TRAP_HANDLER m
    TRAP_HANDLER s

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
    .globl trap_exp_m, trap_exp_s
trap_exp_m:  .skip X_SIZE
trap_exp_s:  .skip X_SIZE
trap_save_m: .skip 64
trap_save_s: .skip 64
    .align 4
harness_stack: .skip 1024
harness_stack_top:
    .text
.endm

#endif
