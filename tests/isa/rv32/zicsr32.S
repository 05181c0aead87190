/* Zicsr on RV32: 32-bit CSRs, misa.MXL = 1, mstatus.SD = bit 31,
 * mstatush (0x310) and menvcfgh (0x31a) exist, the high halves of the
 * counters (cycleh 0xc80, timeh 0xc81, instreth 0xc82, mcycleh 0xb80,
 * minstreth 0xb82) are readable and consistent, counteren gates the h
 * counters too, pmpcfg1 exists, and mcause of an interrupt has bit 31 set. */
#include "harness.h"

/* a0:a1 = 64-bit counter (hi:lo) read the standard race-free way */
#define RD64(lo, hi) 1: csrr a0, hi; csrr a1, lo; csrr t0, hi; bne a0, t0, 1b

TEST_BEGIN
  TEST_CASE(1, a0, 0xffffffff, li a1, -1; csrw mscratch, a1; csrr a0, mscratch)
  TEST_CASE(2, a0, 0x12345678, li a1, 0x12345678; csrrw a0, mscratch, a1; csrr a0, mscratch)
  TEST_CASE(3, a0, 0x12345679, csrrsi a0, mscratch, 1; csrr a0, mscratch)
  /* misa: MXL (bits 31:30) = 1, extensions I M A F D C S U */
  TEST_CASE(4, a0, 1, csrr a0, misa; srli a0, a0, 30)
  TEST_CASE(5, a0, 0x14112d, csrr a0, misa; li a1, 0x14112d; and a0, a0, a1)
  TEST_CASE(6, a0, 0, csrr a0, misa; li a1, 0x3c000000; and a0, a0, a1)   /* bits 29:26 zero */
  TEST_CASE(7, a0, 0, csrr a0, mhartid)
  /* mstatush: exists, reads 0 (no big-endian, no H), writes of 0 are fine */
  TEST_CASE(10, a0, 0, csrr a0, 0x310)
  TEST_CASE(11, a0, 0, csrw 0x310, zero; csrr a0, 0x310)
  /* menvcfgh (0x31a) exists on RV32 (menvcfg bits 63:32) */
  TEST_CASE(12, a0, 1, csrr a0, 0x31a; li a0, 1)
  /* mstatus.SD is bit 31: set when FS = Dirty */
  TEST_CASE(13, a0, 1, li t0, MSTATUS_FS; csrs mstatus, t0; csrr a0, mstatus; srli a0, a0, 31)
  TEST_CASE(14, a0, 0, li t0, MSTATUS_FS; csrc mstatus, t0; csrr a0, mstatus; srli a0, a0, 31; li t0, 1 << 13; csrs mstatus, t0)
  /* counters: high halves readable, 64-bit values advance */
  TEST_CASE(20, a0, 1, rdcycleh a0; rdinstreth a0; csrr a0, mcycleh; csrr a0, minstreth; li a0, 1)
  li gp, 21
  RD64(minstret, minstreth)
  mv s2, a0
  mv s3, a1
  nop
  nop
  RD64(minstret, minstreth)
  /* (a0:a1) > (s2:s3) */
  bltu s2, a0, 2f
  bne s2, a0, fail_testnum
  bgeu s3, a1, fail_testnum
2:
  /* writing mcycleh / minstreth sets the high half */
  TEST_CASE(22, a0, 5, csrw mcycle, zero; li a1, 5; csrw mcycleh, a1; csrr a0, mcycleh)
  TEST_CASE(23, a0, 7, csrw minstret, zero; li a1, 7; csrw minstreth, a1; csrr a0, minstreth)
  TEST_CASE(24, a0, 7, rdinstreth a0)        /* instreth mirrors minstreth */
  TEST_CASE(25, a0, 5, rdcycleh a0)
  /* a carry out of the low half reaches the high half (QEMU 7.2 counts the
   * halves independently: skipped there) */
#ifndef QEMU_QUIRKS
  TEST_CASE(26, a0, 8, li a1, 0xfffffff0; csrw minstret, a1; li a1, 7; csrw minstreth, a1; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; csrr a0, minstreth)
#endif
  TEST_CASE(27, a0, 1, csrw mcycleh, zero; csrw minstreth, zero; li a0, 1)
  /* Counter writes (unpriv spec §9.1): the next instruction reads exactly
   * the value written; a write of either half replaces the writing
   * instruction's increment of the whole 64-bit counter (QEMU 7.2 counts
   * host ticks: skipped there) */
#ifndef QEMU_QUIRKS
  TEST_CASE(80, a0, 0x12345678, li a1, 0x12345678; csrw minstret, a1; csrr a0, minstret)
  TEST_CASE(81, a0, 0x12345678, li a1, 0x12345678; csrw mcycle, a1; csrr a0, mcycle)
  TEST_CASE(82, a0, 9, li a1, 9; csrw minstreth, a1; csrr a0, minstreth)
  TEST_CASE(83, a0, 5, li a1, 5; csrw mcycleh, a1; csrr a0, mcycleh)
  TEST_CASE(84, a0, 0, li a1, 9; csrw minstret, zero; csrw minstreth, a1; csrr a0, minstret)
  TEST_CASE(85, a0, 9, csrr a0, minstreth)
  TEST_CASE(86, a0, 0, li a1, 5; csrw mcycle, zero; csrw mcycleh, a1; csrr a0, mcycle)
  TEST_CASE(87, a0, 5, csrr a0, mcycleh)
  /* a later read advances by the instructions retired in between */
  TEST_CASE(88, a0, 103, li a1, 100; csrw minstret, a1; nop; nop; nop; csrr a0, minstret)
  /* low half all ones: the minstreth write keeps it, the next retirement
   * carries into the high half */
  TEST_CASE(89, a0, 0, li a1, -1; csrw minstret, a1; csrw minstreth, zero; csrr a0, minstreth)
  TEST_CASE(90, a0, 1, csrr a0, minstreth)
  TEST_CASE(91, a0, 0, li a1, -1; csrw mcycle, a1; csrw mcycleh, zero; csrr a0, mcycleh)
  TEST_CASE(92, a0, 1, csrr a0, mcycleh)
  /* instreth/cycleh read what minstreth/mcycleh read */
  TEST_CASE(93, a0, 3, li a1, 3; csrw minstreth, a1; rdinstreth a0)
  TEST_CASE(94, a0, 4, li a1, 4; csrw mcycleh, a1; rdcycleh a0)
  TEST_CASE(95, a0, 1, csrw mcycleh, zero; csrw minstreth, zero; li a0, 1)
#endif
#ifndef QEMU_QUIRKS   /* QEMU's spike machine has no time CSR (no rdtime) */
  /* time: timeh:time advances (read twice across a delay) */
  li gp, 28
  RD64(time, timeh)
  mv s2, a0
  mv s3, a1
  li t0, 20000
3: addi t0, t0, -1
  bnez t0, 3b
  RD64(time, timeh)
  bltu s2, a0, 2f
  bne s2, a0, fail_testnum
  bgeu s3, a1, fail_testnum
2:
#endif
  /* writes to the read-only high halves are illegal */
  TEST_ILLEGAL 30, csrw cycleh, a1
  TEST_ILLEGAL 31, csrrs a0, instreth, a1
  TEST_ILLEGAL 32, csrrwi a0, timeh, 0
  /* RV64-only numbers do not become h CSRs: 0xc80..0xc9f exist only on RV32,
   * so their existence here is the point; an unallocated number still traps */
  TEST_ILLEGAL 33, csrr a0, 0x0ff
  /* counteren gates the high halves like the low ones */
  csrwi mcounteren, 0
  csrwi scounteren, 0
  ENTER_MODE PRV_S
  TEST_ILLEGAL 40, rdcycleh a0
  TEST_ILLEGAL 41, rdinstreth a0
  TEST_ILLEGAL 42, csrr a0, mcycleh
  TEST_ILLEGAL 43, csrr a0, 0x310               /* mstatush is M-only */
  TO_M
  csrwi mcounteren, 7
  ENTER_MODE PRV_S
  TEST_CASE(44, a0, 1, rdcycleh a0; rdinstreth a0; li a0, 1)
#ifndef QEMU_QUIRKS
  TEST_CASE(45, a0, 1, rdtimeh a0; li a0, 1)
#endif
  TO_M
  csrwi mcounteren, 0
  /* pmpcfg1 (entries 4..7) exists on RV32 */
  TEST_CASE(50, a0, 0x18, li a1, 0x18; csrw pmpcfg1, a1; csrr a0, pmpcfg1; andi a0, a0, 0xff)
  TEST_CASE(51, a0, 0, csrw pmpcfg1, zero; csrr a0, pmpcfg1)
  /* mcause of an interrupt: bit 31 plus the code (SSI = 1) */
  csrwi mideleg, 0
  li t0, MIP_SSIP
  csrw mie, t0
  csrsi mip, MIP_SSIP
  li gp, 60
  EXPECT m, CAUSE_INT | IRQ_SSI, CAUSE_INT | IRQ_SSI, TV_ANY, zero, 1f, 0
  csrsi mstatus, MSTATUS_MIE
1: CHECK_HIT m
  csrci mstatus, MSTATUS_MIE
  csrwi mie, 0
  TEST_CASE(61, a0, 0x80000001, la t5, trap_exp_m; lw a0, X_LCAUSE(t5))
  TEST_CASE(62, a0, 0x80000001, csrr a0, mcause)
  /* mcause is WLRL; writing an interrupt code keeps bit 31 */
  TEST_CASE(63, a0, 0x80000007, li a1, 0x80000007; csrw mcause, a1; csrr a0, mcause)
  /* medeleg: ecall from U delegated, U ecall lands in S with scause 8 */
  TEST_CASE(70, a0, 0x100, li a1, 0x100; csrw medeleg, a1; csrr a0, medeleg; andi a0, a0, 0x100)
  csrwi medeleg, 0
TEST_END
