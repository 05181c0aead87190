/* RV32C: compressed instructions on RV32: c.jal (RV32 only, the c.addiw
 * encoding on RV64), c.flw/c.fsw/c.flwsp/c.fswsp (the c.ld/c.sd/c.ldsp/
 * c.sdsp encodings on RV64), 5-bit c.slli/c.srli/c.srai shamt (shamt[5]
 * = 1 is reserved), c.subw/c.addw reserved, plus the common ones. */
#include "harness.h"

TEST_BEGIN
  la sp, cstack_top
  la s0, cdata
  TEST_CASE(1, a0, 31, c.li a0, 31)
  TEST_CASE(2, a0, 0xffffffe0, c.li a0, -32)
  TEST_CASE(3, a0, 0x1f000, c.lui a0, 0x1f)
  TEST_CASE(4, a0, 0xfffe0000, c.lui a0, 0xfffe0)
  TEST_CASE(5, a0, 10, c.li a0, 7; c.addi a0, 3)
  TEST_CASE(6, a0, 0x1f0, mv t0, sp; c.addi16sp sp, 496; sub a0, sp, t0; mv sp, t0)
  TEST_CASE(7, a0, 1020, c.addi4spn a0, sp, 1020; sub a0, a0, sp)
  TEST_CASE(8, a0, 0x80000000, li a0, 1; c.slli a0, 31)
  TEST_CASE(9, a0, 1, li a0, 0x80000000; c.srli a0, 31)
  TEST_CASE(10, a0, 0xffffffff, li a0, 0x80000000; c.srai a0, 31)
  TEST_CASE(11, a0, 0xf8000000, li a0, 0x80000000; c.srai a0, 4)
  TEST_CASE(12, a0, 0xe0, li a0, 0xff; c.andi a0, -32)
  TEST_CASE(13, a0, 12, c.li a0, 5; c.li a1, 7; c.add a0, a1)
  TEST_CASE(14, a0, 0xfffffffe, c.li a0, 5; c.li a1, 7; c.sub a0, a1)
  TEST_CASE(15, a0, 0x0f, li a0, 0xff; li a1, 0x0f; c.and a0, a1)
  TEST_CASE(16, a0, 0xff, li a0, 0xf0; li a1, 0x0f; c.or a0, a1)
  TEST_CASE(17, a0, 0xf0, li a0, 0xff; li a1, 0x0f; c.xor a0, a1)
  TEST_CASE(18, a0, 0x80000000, li a0, 0x7fffffff; c.li a1, 1; c.add a0, a1)
  /* loads and stores */
  TEST_CASE(20, a0, 0x87654321, c.lw a0, 0(s0))
  TEST_CASE(21, a0, 0x99aabbcc, li a1, 0x99aabbcc; c.sw a1, 8(s0); c.lw a0, 8(s0))
  TEST_CASE(22, a0, 0x80000001, li a1, 0x80000001; c.swsp a1, 4(sp); c.lwsp a0, 4(sp))
  /* c.flw / c.fsw / c.flwsp / c.fswsp (quadrant 0/2, funct3 011/111) */
  TEST_CASE(23, a0, 0x3f800000, c.flw fa0, 16(s0); fmv.x.w a0, fa0)
  TEST_CASE(24, a0, 0x3f800000, c.fsw fa0, 20(s0); lw a0, 20(s0))
  TEST_CASE(25, a0, 0x40490fdb, li t0, 0x40490fdb; fmv.w.x fa1, t0; c.fswsp fa1, 8(sp); lw a0, 8(sp))
  TEST_CASE(26, a0, 0x40490fdb, c.flwsp fa2, 8(sp); fmv.x.w a0, fa2)
  /* the raw RV64 c.ld encoding (0x6008: ld a0, 0(s0) on RV64) is c.flw fa0 */
  TEST_CASE(27, a0, 0x3f800000, addi s0, s0, 16; fmv.w.x fa0, zero; .hword 0x6008; addi s0, s0, -16; fmv.x.w a0, fa0)
  /* ... and 0xe008 (sd a0, 0(s0) on RV64) is c.fsw fa0 */
  TEST_CASE(28, a0, 0x3f800000, addi s0, s0, 24; .hword 0xe008; addi s0, s0, -24; lw a0, 24(s0))
  TEST_CASE(29, a0, 0x87654321, lw a0, 0(s0))       /* 28 wrote 4 bytes only */
  TEST_CASE(30, a0, 0, lw a0, 28(s0))
  /* c.fld / c.fsd are the same on RV32 */
  TEST_CASE(31, a0, 0x01234567, c.fld fa0, 32(s0); c.fsd fa0, 40(s0); lw a0, 44(s0))
  /* control flow; c.jal links pc + 2 */
  TEST_CASE(40, a0, 0, c.jal 1f; 2: j 3f; 1: la a1, 2b; sub a0, ra, a1; 3:)
  TEST_CASE(41, a0, 1, c.li a0, 0; c.jal 1f; c.li a0, 2; 1: c.addi a0, 1)
  /* (c.jal is funct3 001 of quadrant 1, c.addiw on RV64) */
  TEST_CASE(42, a0, 1, c.li a0, 0; c.j 1f; c.li a0, 2; 1: c.addi a0, 1)
  TEST_CASE(43, a0, 1, c.li a0, 0; c.beqz a0, 1f; c.li a0, 2; 1: c.addi a0, 1)
  TEST_CASE(44, a0, 6, c.li a0, 5; c.bnez a0, 1f; c.li a0, 2; 1: c.addi a0, 1)
  TEST_CASE(45, a0, 0, la t0, 1f; c.jalr t0; 2: j 3f; 1: la a1, 2b; sub a0, ra, a1; 3:)
  TEST_CASE(46, a0, 9, la t0, 1f; c.li a0, 0; c.jr t0; c.li a0, 5; 1: c.addi a0, 9)
  TEST_TRAP_PC 47, CAUSE_BREAKPOINT, c.ebreak
  /* reserved on RV32: c.slli/c.srli/c.srai with shamt[5] = 1, c.subw, c.addw */
  TEST_TRAP 50, CAUSE_ILLEGAL, TV_ANY, zero, .hword 0x1502     /* c.slli a0, 32 */
  TEST_TRAP 51, CAUSE_ILLEGAL, TV_ANY, zero, .hword 0x9101     /* c.srli a0, 32 */
  TEST_TRAP 52, CAUSE_ILLEGAL, TV_ANY, zero, .hword 0x9501     /* c.srai a0, 32 */
  TEST_TRAP 53, CAUSE_ILLEGAL, TV_ANY, zero, .hword 0x9d0d     /* c.subw a0, a1 */
  TEST_TRAP 54, CAUSE_ILLEGAL, TV_ANY, zero, .hword 0x9d2d     /* c.addw a0, a1 */
TEST_END

  .data
  .align 4
cdata: .word 0x87654321, 0, 0, 0, 0x3f800000, 0, 0, 0, 0x89abcdef, 0x01234567, 0, 0
  .align 4
cstack: .skip 512
cstack_top:
