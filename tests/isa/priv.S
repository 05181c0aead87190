/* Privilege: medeleg/mideleg delegation to S, S handler via stvec, sret;
 * mret/sret and MPP/SPP/MPIE/SPIE/MPRV; TSR/TVM; supervisor software
 * interrupt (SSIP) in M, S and U; WFI with MIE = 0. */
#include "harness.h"

#define GETBITS(reg, sh, mask) srli reg, reg, sh; andi reg, reg, mask

/* from S: continue in U at the next instruction */
.macro S_ENTER_U
    li t0, MSTATUS_SPP
    csrc sstatus, t0
    la t0, .Lu\@
    csrw sepc, t0
    sret
.Lu\@:
.endm

TEST_BEGIN
  /* ---- exception delegation ---- */
  li t0, (1 << CAUSE_ILLEGAL) | (1 << CAUSE_BREAKPOINT) | (1 << CAUSE_ECALL_U)
  csrw medeleg, t0
  TEST_CASE(1, a0, (1 << CAUSE_ILLEGAL) | (1 << CAUSE_BREAKPOINT) | (1 << CAUSE_ECALL_U), csrr a0, medeleg; li a1, 0x10c; and a0, a0, a1)
  /* in M, delegated exceptions still go to M */
  TEST_TRAP_PC 2, CAUSE_BREAKPOINT, ebreak
  ENTER_MODE PRV_S
  /* in S, a delegated exception goes to the S handler */
  TEST_TRAP_S 3, CAUSE_BREAKPOINT, TV_ANY, zero, ebreak
  TEST_CASE(4, a0, MSTATUS_SPP, la t5, trap_exp_s; ld a0, X_LSTATUS(t5); andi a0, a0, MSTATUS_SPP)
  S_ENTER_U
  /* in U: delegated exceptions go to S, with sepc/scause/stval */
  TEST_ILLEGAL_P s, 5, csrr a0, sstatus
  TEST_CASE(6, a0, 0, la t5, trap_exp_s; ld a0, X_LSTATUS(t5); andi a0, a0, MSTATUS_SPP)   /* SPP = U */
  TEST_TRAP_S 7, CAUSE_BREAKPOINT, TV_ANY, zero, ebreak
  /* in U: a non-delegated exception goes to M */
  li s1, UNMAPPED_ADDR
  TEST_TRAP 8, CAUSE_LOAD_ACCESS, TV_EXACT, s1, ld a0, 0(s1)
  /* ecall from U (delegated) reaches S with cause 8 */
  li gp, 9
  EXPECT s, CAUSE_ECALL_U, CAUSE_ECALL_U, TV_EXACT, zero, 1f, 2f, 1+PRV_S
1: ecall
2: CHECK_HIT s
  /* now in S: sstatus readable */
  TEST_CASE(10, a0, 1, csrr a0, sstatus; li a0, 1)
  /* ecall from S is not delegated: reaches M with cause 9 */
  li gp, 11
  EXPECT m, CAUSE_ECALL_S, CAUSE_ECALL_S, TV_EXACT, zero, 1f, 2f, 1+PRV_M
1: ecall
2: CHECK_HIT m
  csrwi medeleg, 0

  /* ---- mret / sret state transitions ---- */
  /* mret: MIE <- MPIE, MPIE <- 1, MPP <- U */
  li t0, MSTATUS_MPIE
  csrs mstatus, t0
  csrci mstatus, MSTATUS_MIE
  ENTER_MODE PRV_S
  TO_M
  /* the ecall saved MIE (=1 after mret) into MPIE and MPP = S */
  TEST_CASE(20, a0, MSTATUS_MPIE | (PRV_S << 11), la t5, trap_exp_m; ld a0, X_LSTATUS(t5); li a1, MSTATUS_MPIE | MSTATUS_MIE | MSTATUS_MPP; and a0, a0, a1)
  csrci mstatus, MSTATUS_MIE
  TEST_CASE(21, a0, MSTATUS_MPIE, li t0, MSTATUS_MPP; csrc mstatus, t0; li t0, MSTATUS_MPIE; csrs mstatus, t0; ENTER_MODE PRV_M; csrr a0, mstatus; li a1, MSTATUS_MPIE | MSTATUS_MPP; and a0, a0, a1)
  TEST_CASE(22, a0, MSTATUS_MIE, csrr a0, mstatus; andi a0, a0, MSTATUS_MIE; csrci mstatus, MSTATUS_MIE)
  /* mret to a lower mode clears MPRV; mret to M keeps it */
  TEST_CASE(23, a0, MSTATUS_MPRV, li t0, MSTATUS_MPRV; csrs mstatus, t0; ENTER_MODE PRV_M; csrr a0, mstatus; li t0, MSTATUS_MPRV; and a0, a0, t0)
#ifndef QEMU_QUIRKS   /* QEMU 7.2 does not clear MPRV on mret/sret to S/U (priv 1.12 does) */
  TEST_CASE(24, a0, 0, ENTER_MODE PRV_U; TO_M; csrr a0, mstatus; li t0, MSTATUS_MPRV; and a0, a0, t0)
#endif
  li t0, MSTATUS_MPRV
  csrc mstatus, t0
  /* sret: SIE <- SPIE, SPIE <- 1, SPP <- U; and it clears MPRV */
  ENTER_MODE PRV_S
  li t0, MSTATUS_SPIE | MSTATUS_SPP
  csrs sstatus, t0
  csrci sstatus, MSTATUS_SIE
  la t0, 1f
  csrw sepc, t0
  sret
1:
  TEST_CASE(25, a0, MSTATUS_SIE | MSTATUS_SPIE, csrr a0, sstatus; li a1, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP; and a0, a0, a1)
  csrci sstatus, MSTATUS_SIE
  /* sret with SPP = U lands in U: sstatus access is then illegal (to M) */
  S_ENTER_U
  TEST_ILLEGAL 26, csrr a0, sstatus
  TO_M
  TEST_CASE(27, a0, PRV_U, la t5, trap_exp_m; ld a0, X_LSTATUS(t5); GETBITS(a0, 11, 3))
  /* sret clears MPRV */
#ifndef QEMU_QUIRKS
  TEST_CASE(28, a0, 0, ENTER_MODE PRV_S; li t0, MSTATUS_SPP; csrs sstatus, t0; la t0, 1f; csrw sepc, t0; li a0, 0; TO_M; li t0, MSTATUS_MPRV; csrs mstatus, t0; li t0, MSTATUS_MPP; csrc mstatus, t0; li t0, PRV_S << 11; csrs mstatus, t0; la t0, 2f; csrw mepc, t0; mret; 2: sret; 1: TO_M; csrr a0, mstatus; li t0, MSTATUS_MPRV; and a0, a0, t0)
#endif
  /* sret in M mode is legal and returns per SPP */
  TEST_CASE(29, a0, 1, li t0, MSTATUS_SPP; csrs mstatus, t0; la t0, 1f; csrw sepc, t0; sret; 1: TO_M; li a0, 1)

  /* TSR: sret in S is illegal; TVM: satp and sfence.vma in S are illegal */
  li t0, MSTATUS_TSR | MSTATUS_TVM
  csrs mstatus, t0
  ENTER_MODE PRV_S
  TEST_ILLEGAL 30, sret
  TEST_ILLEGAL 31, csrr a0, satp
  TEST_ILLEGAL 32, sfence.vma
  TO_M
  li t0, MSTATUS_TSR | MSTATUS_TVM
  csrc mstatus, t0
  ENTER_MODE PRV_S
  TEST_CASE(33, a0, 0, csrr a0, satp; sfence.vma)
  TO_M

  /* ---- supervisor software interrupt ---- */
  csrwi mideleg, 0
  li t0, MIP_SSIP
  csrw mie, t0
  /* not delegated, MIE = 0 in M: pending but not taken */
  TEST_CASE(40, a0, MIP_SSIP, csrsi mip, MIP_SSIP; csrr a0, mip; andi a0, a0, MIP_SSIP)
  /* WFI with MIE = 0 and an enabled pending interrupt does not stall */
  TEST_CASE(41, a0, 1, wfi; li a0, 1)
  /* enabling MIE takes it right away, mepc = the next instruction */
  li gp, 42
  EXPECT m, CAUSE_INT | IRQ_SSI, CAUSE_INT | IRQ_SSI, TV_ANY, zero, 1f, 0
  csrsi mstatus, MSTATUS_MIE
1: CHECK_HIT m
  TEST_CASE(43, a0, 0, csrr a0, mip; andi a0, a0, MIP_SSIP)   /* handler cleared it */
  TEST_CASE(44, a0, MSTATUS_MIE, csrr a0, mstatus; andi a0, a0, MSTATUS_MIE)  /* mret restored MIE */
  /* delegated: never taken in M, even with MIE = 1 */
  csrsi mideleg, MIP_SSIP
  TEST_CASE(45, a0, MIP_SSIP, csrsi mip, MIP_SSIP; nop; nop; csrr a0, mip; andi a0, a0, MIP_SSIP)
  csrci mstatus, MSTATUS_MIE
  /* M sets SSIP and SIE, mret to S: taken at the first S instruction */
  li gp, 46
  EXPECT s, CAUSE_INT | IRQ_SSI, CAUSE_INT | IRQ_SSI, TV_ANY, zero, 1f, 0
  csrsi mstatus, MSTATUS_SIE
  li t0, MSTATUS_MPP
  csrc mstatus, t0
  li t0, PRV_S << 11
  csrs mstatus, t0
  la t0, 1f
  csrw mepc, t0
  mret
1: CHECK_HIT s
  TEST_CASE(47, a0, MSTATUS_SPIE | MSTATUS_SPP, la t5, trap_exp_s; ld a0, X_LSTATUS(t5); li a1, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP; and a0, a0, a1)
  /* in S with SIE = 0: set SSIP via sip, not taken; then SIE = 1 takes it */
  csrci sstatus, MSTATUS_SIE
  TEST_CASE(48, a0, MIP_SSIP, csrsi sip, MIP_SSIP; nop; csrr a0, sip; andi a0, a0, MIP_SSIP)
  li gp, 49
  EXPECT s, CAUSE_INT | IRQ_SSI, CAUSE_INT | IRQ_SSI, TV_ANY, zero, 1f, 0
  csrsi sstatus, MSTATUS_SIE
1: CHECK_HIT s
  /* sie.SSIE = 0 masks it even with SIE = 1 */
  TEST_CASE(50, a0, MIP_SSIP, csrci sie, MIP_SSIP; csrsi sip, MIP_SSIP; nop; csrr a0, sip; andi a0, a0, MIP_SSIP)
  csrci sstatus, MSTATUS_SIE
  csrsi sie, MIP_SSIP
  /* in U, S-level interrupts are enabled whatever SIE says */
  li gp, 51
  EXPECT s, CAUSE_INT | IRQ_SSI, CAUSE_INT | IRQ_SSI, TV_ANY, zero, 1f, 0
  li t0, MSTATUS_SPP
  csrc sstatus, t0
  la t0, 1f
  csrw sepc, t0
  sret
1: CHECK_HIT s
  TEST_CASE(52, a0, 0, la t5, trap_exp_s; ld a0, X_LSTATUS(t5); andi a0, a0, MSTATUS_SPP)   /* from U */
  TO_M
  csrwi mie, 0
  csrwi mideleg, 0
  csrci mip, MIP_SSIP
TEST_END
