/* Zicsr: CSR instructions, read-only CSRs, mscratch, misa, fcsr, counters,
 * sstatus/sie views, privilege checks on CSR access. */
#include "harness.h"

TEST_BEGIN
  /* mscratch round trip and the six CSR instructions */
  TEST_CASE(1, a0, 0x0123456789abcdef, li a1, 0x0123456789abcdef; csrw mscratch, a1; csrr a0, mscratch)
  TEST_CASE(2, a0, 0x0123456789abcdef, li a2, 5; csrrw a0, mscratch, a2)
  TEST_CASE(3, a0, 5, csrr a0, mscratch)
  TEST_CASE(4, a0, 0xf0, li a1, 0xf0; csrw mscratch, a1; li a1, 0x0f; csrrs a0, mscratch, a1)
  TEST_CASE(5, a0, 0xff, csrr a0, mscratch)
  TEST_CASE(6, a0, 0xff, li a1, 0xf0; csrrc a0, mscratch, a1)
  TEST_CASE(7, a0, 0x0f, csrr a0, mscratch)
  TEST_CASE(8, a0, 0x0f, csrrwi a0, mscratch, 0x1f)
  TEST_CASE(9, a0, 0x1f, csrr a0, mscratch)                /* uimm zero-extended */
  TEST_CASE(10, a0, 0, li a1, -1; csrw mscratch, a1; csrrci a0, mscratch, 0x1f; csrr a0, mscratch; addi a0, a0, 0x20)
  TEST_CASE(11, a0, 0xffffffffffffffe0, csrrsi a0, mscratch, 0; csrr a0, mscratch)
  TEST_CASE(12, a0, 0xfffffffffffffff1, csrrsi zero, mscratch, 0x11; csrr a0, mscratch)
  TEST_CASE(13, a0, 0x55, li a1, 0x55; csrrw zero, mscratch, a1; csrr a0, mscratch)   /* rd = x0 */
  TEST_CASE(14, a0, 0x1234, li a1, 0x1234; csrw sscratch, a1; csrr a0, sscratch)
  /* rd = rs1 */
  TEST_CASE(15, a0, 0x1234, li a0, 7; csrrw a0, sscratch, a0)
  TEST_CASE(16, a0, 7, csrr a0, sscratch)

  /* misa: MXL = 2, extensions I M A F D C S U */
  TEST_CASE(20, a0, 2, csrr a0, misa; srli a0, a0, 62)
  TEST_CASE(21, a0, 0x14112d, csrr a0, misa; li a1, 0x14112d; and a0, a0, a1)
  /* mhartid of the only hart is 0; read-only ID CSRs can be read */
  TEST_CASE(22, a0, 0, csrr a0, mhartid)
  TEST_CASE(23, a0, 1, csrr a1, mvendorid; csrr a1, marchid; csrr a1, mimpid; li a0, 1)
  /* csrrs/csrrc with rs1 = x0 and csrrsi/csrrci with uimm = 0 do not write:
   * legal on read-only CSRs */
  TEST_CASE(24, a0, 0, csrrs a0, mhartid, x0)
  TEST_CASE(25, a0, 0, csrrc a0, mhartid, x0)
  TEST_CASE(26, a0, 0, csrrsi a0, mhartid, 0)
  TEST_CASE(27, a0, 1, csrrci a1, cycle, 0; csrrs a1, instret, x0; li a0, 1)
  /* writes to read-only CSRs are illegal instructions */
  li a1, 1
  TEST_ILLEGAL 30, csrw mhartid, a1
  TEST_ILLEGAL 31, csrrs a0, mhartid, a1
  TEST_ILLEGAL 32, csrrc a0, mvendorid, a1
  TEST_ILLEGAL 33, csrrwi a0, marchid, 0
  TEST_ILLEGAL 34, csrrsi a0, mimpid, 1
  TEST_ILLEGAL 35, csrw cycle, a1
  TEST_ILLEGAL 36, csrrw a0, instret, x0                  /* csrrw always writes */
  TEST_ILLEGAL 37, csrrsi a0, time, 3
  /* an unallocated standard CSR number */
  TEST_ILLEGAL 38, csrr a0, 0x0ff

  /* counters advance */
  TEST_CASE(40, a0, 1, csrr a1, minstret; nop; nop; csrr a2, minstret; sltu a0, a1, a2)
  TEST_CASE(41, a0, 1, rdinstret a1; nop; nop; rdinstret a2; sltu a0, a1, a2)
  TEST_CASE(42, a0, 1, csrr a1, mcycle; li t0, 100; 1: addi t0, t0, -1; bnez t0, 1b; csrr a2, mcycle; sltu a0, a1, a2)

  /* Counter writes (unpriv spec §9.1): a CSR instruction reads a counter as
   * it was before the instruction, and a write replaces the writing
   * instruction's own increment, so the next instruction reads exactly the
   * value written and every retired instruction after it adds one (rvbox:
   * one cycle per instruction). QEMU 7.2 counts host ticks without -icount:
   * skipped there. */
#ifndef QEMU_QUIRKS
  TEST_CASE(43, a0, 1000, li a1, 1000; csrw minstret, a1; csrr a0, minstret)
  TEST_CASE(44, a0, 2000, li a1, 2000; csrw mcycle, a1; csrr a0, mcycle)
  TEST_CASE(45, a0, 1003, li a1, 1000; csrw minstret, a1; nop; nop; nop; csrr a0, minstret)
  TEST_CASE(46, a0, 2002, li a1, 2000; csrw mcycle, a1; nop; nop; csrr a0, mcycle)
  /* csrrw reads the count before it; the next instruction the value written */
  TEST_CASE(47, a0, 3, csrw minstret, zero; nop; nop; li a1, 77; csrrw a0, minstret, a1; csrr a2, minstret)
  TEST_CASE(48, a2, 77, nop)
  /* csrrs writes too: old (1: the li retired) | bits */
  TEST_CASE(49, a0, 0x101, csrw minstret, zero; li a1, 0x100; csrrs zero, minstret, a1; csrr a0, minstret)
  /* instret and cycle read what minstret and mcycle read */
  TEST_CASE(140, a0, 500, li a1, 500; csrw minstret, a1; rdinstret a0)
  TEST_CASE(141, a0, 600, li a1, 600; csrw mcycle, a1; rdcycle a0)
  /* the counters are apart: a write of one is an increment of the other */
  TEST_CASE(142, a0, 101, li a1, 100; csrw minstret, a1; csrw mcycle, zero; csrr a0, minstret)
  TEST_CASE(143, a0, 2, csrw mcycle, zero; csrw minstret, zero; nop; csrr a0, mcycle)
  /* a value near the top wraps to 0 after one more instruction */
  TEST_CASE(144, a0, 0, li a1, -1; csrw minstret, a1; nop; csrr a0, minstret)
#endif

  /* fcsr = frm << 5 | fflags */
  TEST_CASE(50, a0, 0xff, li a1, 0xff; csrw fcsr, a1; csrr a0, fcsr)
  TEST_CASE(51, a0, 7, frrm a0)
  TEST_CASE(52, a0, 0x1f, frflags a0)
  TEST_CASE(53, a0, 0x1f, csrrwi a0, fflags, 0x05)
  TEST_CASE(54, a0, 0xe5, csrr a0, fcsr)
  TEST_CASE(55, a0, 7, csrrwi a0, frm, 2)
  TEST_CASE(56, a0, 0x45, csrr a0, fcsr)
  TEST_CASE(57, a0, 0x05, li a1, 0x11; fsflags a0, a1)
  TEST_CASE(58, a0, 0x51, frcsr a0)
  TEST_CASE(59, a0, 0x00, csrwi fcsr, 0; frcsr a0)

  /* sstatus is a restricted view of mstatus */
  csrwi sscratch, 0
  TEST_CASE(60, a0, MSTATUS_SUM, li a1, MSTATUS_SUM; csrs sstatus, a1; csrr a0, mstatus; and a0, a0, a1)
  TEST_CASE(61, a0, 0, csrc mstatus, a1; csrr a0, sstatus; and a0, a0, a1)
  TEST_CASE(62, a0, MSTATUS_SIE, csrsi mstatus, MSTATUS_SIE; csrr a0, sstatus; andi a0, a0, MSTATUS_SIE; csrci mstatus, MSTATUS_SIE)
  TEST_CASE(63, a0, 0, li a1, MSTATUS_MPP; csrs mstatus, a1; csrr a0, sstatus; and a0, a0, a1)   /* MPP invisible */
  TEST_CASE(64, a0, MSTATUS_MPP, csrr a0, mstatus; and a0, a0, a1)                               /* MPP = M */
  TEST_CASE(65, a0, 0, li a1, MSTATUS_MPP; csrc mstatus, a1; csrr a0, mstatus; and a0, a0, a1)
  /* writing MPP = 2 (reserved, H not implemented) must not read back as 2 */
  TEST_CASE(66, a0, 1, csrr a1, misa; srli a1, a1, 7; andi a1, a1, 1; bnez a1, 1f; li a1, (2 << 11); csrs mstatus, a1; csrr a0, mstatus; srli a0, a0, 11; andi a0, a0, 3; addi a0, a0, -2; snez a0, a0; j 2f; 1: li a0, 1; 2: li a1, MSTATUS_MPP; csrc mstatus, a1)
  /* sie/sip: bits of interrupts not delegated are read-only zero */
  TEST_CASE(67, a0, 0, csrwi mideleg, 0; li a1, -1; csrw sie, a1; csrr a0, sie)
  TEST_CASE(68, a0, 0x222, li a1, 0x222; csrw mideleg, a1; csrr a0, mideleg; and a0, a0, a1)
  TEST_CASE(69, a0, 0x222, li a1, -1; csrw sie, a1; csrr a0, sie; li a1, 0x222; and a0, a0, a1)
  TEST_CASE(70, a0, 0x222, csrr a0, mie; li a1, 0x222; and a0, a0, a1)     /* sie is a view of mie */
  TEST_CASE(71, a0, 0, csrw sie, x0; csrr a0, mie)
  TEST_CASE(72, a0, 2, csrsi sip, 2; csrr a0, mip; andi a0, a0, 2)          /* SSIP writable via sip */
  TEST_CASE(73, a0, 0, csrci sip, 2; csrr a0, sip; andi a0, a0, 2)
  csrwi mideleg, 0

  /* privilege checks: S mode cannot touch M CSRs; U mode cannot touch S CSRs */
  ENTER_MODE PRV_S
  TEST_CASE(80, a0, 9, li a1, 9; csrw sscratch, a1; csrr a0, sscratch)
  TEST_ILLEGAL 81, csrr a0, mstatus
  TEST_ILLEGAL 82, csrw mscratch, a0
  TEST_ILLEGAL 83, csrr a0, mhartid
  TEST_ILLEGAL 84, mret
  TO_M
  ENTER_MODE PRV_U
  TEST_ILLEGAL 85, csrr a0, sstatus
  TEST_ILLEGAL 86, csrr a0, sscratch
  TEST_ILLEGAL 87, csrr a0, mscratch
  TEST_ILLEGAL 88, sret
  TEST_ILLEGAL 89, mret
  TO_M

  /* counter enables: U needs mcounteren and scounteren, S needs mcounteren */
  csrwi mcounteren, 0
  csrwi scounteren, 0
  ENTER_MODE PRV_S
  TEST_ILLEGAL 90, rdcycle a0
  TEST_ILLEGAL 91, rdinstret a0
  TO_M
  csrwi mcounteren, 5      /* CY, IR */
  ENTER_MODE PRV_S
  TEST_CASE(92, a0, 1, rdcycle a0; rdinstret a0; li a0, 1)
  TO_M
  ENTER_MODE PRV_U
  TEST_ILLEGAL 93, rdcycle a0
  TO_M
  csrwi scounteren, 5
  ENTER_MODE PRV_U
  TEST_CASE(94, a0, 1, rdinstret a1; nop; rdinstret a2; sltu a0, a1, a2)
  TO_M
#ifndef QEMU_QUIRKS
  /* U reads the values M wrote, advancing one per instruction: between two
   * back-to-back reads exactly one instruction (the first read) retired */
  li a1, 1 << 40
  csrw minstret, a1
  li a1, 1 << 41
  csrw mcycle, a1
  ENTER_MODE PRV_U
  TEST_CASE(95, a0, 1, rdinstret a1; rdinstret a2; sub a0, a2, a1)
  TEST_CASE(96, a0, 1, rdcycle a1; rdcycle a2; sub a0, a2, a1)
  /* still above what M wrote, by fewer than the instructions since */
  TEST_CASE(97, a0, 1, rdinstret a1; li a2, 1 << 40; sub a1, a1, a2; sltiu a0, a1, 64)
  TEST_CASE(98, a0, 1, rdcycle a1; li a2, 1 << 41; sub a1, a1, a2; sltiu a0, a1, 64)
  TO_M
#endif
TEST_END
