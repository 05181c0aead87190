/* Synchronous exceptions on RV32: ecall from M/S/U (mcause 11/9/8),
 * ebreak, illegal instructions, misaligned accesses (done or cause 4/6 with
 * mtval = address), access faults with 32-bit mtval (incl. an effective
 * address that wraps around 2^32), MPP/MPIE, mepc/mtval/mcause WARL. */
#include "harness.h"

#define MPP_OF(reg) srli reg, reg, 11; andi reg, reg, 3

TEST_BEGIN
  TEST_TRAP 1, CAUSE_ECALL_M, TV_EXACT, zero, ecall
  TEST_CASE(2, a0, PRV_M, la t5, trap_exp_m; lw a0, X_LSTATUS(t5); MPP_OF(a0))
  TEST_CASE(3, a0, PRV_U, csrr a0, mstatus; MPP_OF(a0))
  li gp, 4
  EXPECT m, CAUSE_ECALL_S, CAUSE_ECALL_S, TV_EXACT, zero, 1f, 2f, 1+PRV_M
  ENTER_MODE PRV_S
1: ecall
2: CHECK_HIT m
  TEST_CASE(5, a0, PRV_S, la t5, trap_exp_m; lw a0, X_LSTATUS(t5); MPP_OF(a0))
  li gp, 6
  EXPECT m, CAUSE_ECALL_U, CAUSE_ECALL_U, TV_EXACT, zero, 1f, 2f, 1+PRV_M
  ENTER_MODE PRV_U
1: ecall
2: CHECK_HIT m
  TEST_CASE(7, a0, PRV_U, la t5, trap_exp_m; lw a0, X_LSTATUS(t5); MPP_OF(a0))
  li gp, 8
  csrsi mstatus, MSTATUS_MIE
  EXPECT m, CAUSE_ECALL_M, CAUSE_ECALL_M, TV_EXACT, zero, 1f, 2f
1: ecall
2: CHECK_HIT m
  TEST_CASE(8, a0, MSTATUS_MPIE, la t5, trap_exp_m; lw a0, X_LSTATUS(t5); andi a0, a0, MSTATUS_MPIE|MSTATUS_MIE)
  csrci mstatus, MSTATUS_MIE
  TEST_TRAP_PC 10, CAUSE_BREAKPOINT, ebreak
  TEST_TRAP_PC 11, CAUSE_BREAKPOINT, c.ebreak
  TEST_ILLEGAL 20, .word 0x00007003            /* LOAD funct3 7 */
  TEST_ILLEGAL 21, .word 0x0000707b
  TEST_ILLEGAL 22, .word 0x00000000
  TEST_TRAP 23, CAUSE_ILLEGAL, TV_EXACT, zero, c.unimp
  TEST_ILLEGAL 24, .word 0x0002b503            /* ld: RV64 only */
  li t0, MSTATUS_FS
  csrc mstatus, t0
  TEST_ILLEGAL 25, fadd.d fa0, fa1, fa2
  TEST_ILLEGAL 26, frcsr a0
  li t0, (1 << 13)
  csrs mstatus, t0

  /* misaligned loads/stores */
  la s0, mdata
  addi s1, s0, 1
  TEST_MAYTRAP 30, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0xffff8382, lh a0, 0(s1)
  TEST_MAYTRAP 31, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0x8382, lhu a0, 0(s1)
  TEST_MAYTRAP 32, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0x85848382, lw a0, 0(s1)
  addi s1, s0, 6
  TEST_MAYTRAP 33, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0x90898887, lw a0, 0(s1)
  addi s1, s0, 17
  li a1, 0x55667788
#define STCHK(n, LD, expected) TEST_CASE(n, a0, expected, la t5, trap_exp_m; lw t6, X_HIT(t5); LD a0, 0(s1); beqz t6, 1f; li t6, expected; add a0, a0, t6; 1:)
  TEST_MAYTRAP 34, CAUSE_MISALIGNED_STORE, CAUSE_STORE_ACCESS, s1, zero, 0, sh a1, 0(s1)
  STCHK(35, lhu, 0x7788)
  TEST_MAYTRAP 36, CAUSE_MISALIGNED_STORE, CAUSE_STORE_ACCESS, s1, zero, 0, sw a1, 0(s1)
  STCHK(37, lw, 0x55667788)
  TEST_CASE(38, a0, 0xee, lbu a0, -1(s1))
  /* misaligned FP load/store (flw/fsw) */
  addi s1, s0, 2
  fmv.w.x fa0, zero
  TEST_MAYTRAP 39, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, zero, 0, flw fa0, 0(s1)
  TEST_CASE(40, a0, 0x86858483, la t5, trap_exp_m; lw t6, X_HIT(t5); fmv.x.w a0, fa0; beqz t6, 1f; li a0, 0x86858483; 1:)

  /* access faults, mtval 32-bit */
  li s1, UNMAPPED_ADDR
  TEST_TRAP 50, CAUSE_LOAD_ACCESS, TV_EXACT, s1, lw a0, 0(s1)
  TEST_TRAP 51, CAUSE_LOAD_ACCESS, TV_EXACT, s1, lbu a0, 0(s1)
  TEST_TRAP 52, CAUSE_STORE_ACCESS, TV_EXACT, s1, sw a0, 0(s1)
  TEST_TRAP 53, CAUSE_STORE_ACCESS, TV_EXACT, s1, sb a0, 0(s1)
  li gp, 55
  EXPECT m, CAUSE_FETCH_ACCESS, CAUSE_FETCH_ACCESS, TV_EXACT, s1, UNMAPPED_ADDR, 2f
  jalr ra, 0(s1)
2: CHECK_HIT m
  TEST_CASE(56, a0, UNMAPPED_ADDR, la t5, trap_exp_m; lw a0, X_LEPC(t5))
  /* rs1 + imm wraps around 2^32: 0x10 - 0x20 = 0xfffffff0 (nothing there) */
  li s1, 0x10
  li s2, 0xfffffff0
  TEST_TRAP 57, CAUSE_LOAD_ACCESS, TV_EXACT, s2, lw a0, -0x20(s1)
  TEST_TRAP 58, CAUSE_STORE_ACCESS, TV_EXACT, s2, sw a0, -0x20(s1)
  /* a load at 0xfffffffc + 8 wraps to 4 ... use the data instead: s0 + 2^32 = s0 */
  TEST_CASE(59, a0, 0x84838201, li t0, 0x80000000; add s1, s0, t0; add s1, s1, t0; lw a0, 0(s1))
  /* jalr target wraps too: 0x80000000 + 0x80000000 + x = x */
  TEST_CASE(60, a0, 7, li a0, 0; la t0, 1f; li t1, 0x80000000; add t0, t0, t1; add t0, t0, t1; jalr ra, 0(t0); li a0, 99; 1: addi a0, a0, 7)
  /* mepc/mtval/mcause WARL, 32-bit */
  TEST_CASE(70, a0, 0x80000100, li a1, 0x80000100; csrw mepc, a1; csrr a0, mepc)
  TEST_CASE(71, a0, 0xfffffffc, li a1, 0xfffffffc; csrw mepc, a1; csrr a0, mepc)
  TEST_CASE(72, a0, 0xdeadbeef, li a1, 0xdeadbeef; csrw mtval, a1; csrr a0, mtval)
  TEST_CASE(73, a0, 5, csrwi mcause, 5; csrr a0, mcause)
#ifndef QEMU_QUIRKS
  TEST_CASE(74, a0, 0, li a1, 0x80000101; csrw mepc, a1; csrr a0, mepc; andi a0, a0, 1)
#endif
TEST_END

  .data
  .align 4
mdata:
  .byte 0x01, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88
  .byte 0x89, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96
  .byte 0xee, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
  .byte 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
