/* RV64C: compressed instructions (explicit c.* mnemonics) computing known
 * values. s0/s1/a0..a5 are in the compressed register set x8..x15. */
#include "harness.h"

TEST_BEGIN
  la sp, cstack_top
  la s0, cdata
  TEST_CASE(1, a0, 31, c.li a0, 31)
  TEST_CASE(2, a0, -32, c.li a0, -32)
  TEST_CASE(3, a0, 0x1f000, c.lui a0, 0x1f)
  TEST_CASE(4, a0, 0xfffffffffffe0000, c.lui a0, 0xfffe0)
  TEST_CASE(5, a0, 10, c.li a0, 7; c.addi a0, 3)
  TEST_CASE(6, a0, 0xffffffff80000000, li a0, 0x7fffffff; c.addiw a0, 1)
  TEST_CASE(7, a0, 0x7fffffff, li a0, 0xffffffff7fffffff; c.addiw a0, 0)   /* sext.w */
  TEST_CASE(8, a0, 0x1f0, mv t0, sp; c.addi16sp sp, 496; sub a0, sp, t0; mv sp, t0)
  TEST_CASE(9, a0, -512, mv t0, sp; c.addi16sp sp, -512; sub a0, sp, t0; mv sp, t0)
  TEST_CASE(10, a0, 1020, c.addi4spn a0, sp, 1020; sub a0, a0, sp)
  TEST_CASE(11, a0, 0x0000000040000000, li a0, 1; c.slli a0, 30)
  TEST_CASE(12, a0, 0x8000000000000000, li a0, 1; c.slli a0, 63)
  TEST_CASE(13, a0, 1, li a0, 0x8000000000000000; c.srli a0, 63)
  TEST_CASE(14, a0, -1, li a0, 0x8000000000000000; c.srai a0, 63)
  TEST_CASE(15, a0, 0xffffffff00000000, li a0, 0x8000000000000000; c.srai a0, 31)
  TEST_CASE(16, a0, 0xe0, li a0, 0xff; c.andi a0, -32)
  TEST_CASE(25, a0, 0x15, li a0, 0x35; c.andi a0, 0x1f)
  TEST_CASE(17, a0, 7, c.li a1, 7; c.mv a0, a1)
  TEST_CASE(18, a0, 12, c.li a0, 5; c.li a1, 7; c.add a0, a1)
  TEST_CASE(19, a0, -2, c.li a0, 5; c.li a1, 7; c.sub a0, a1)
  TEST_CASE(20, a0, 0x0f, li a0, 0xff; li a1, 0x0f; c.and a0, a1)
  TEST_CASE(21, a0, 0xff, li a0, 0xf0; li a1, 0x0f; c.or a0, a1)
  TEST_CASE(22, a0, 0xf0, li a0, 0xff; li a1, 0x0f; c.xor a0, a1)
  TEST_CASE(23, a0, 0xffffffff80000000, li a0, 0x7fffffff; li a1, 1; c.addw a0, a1)
  TEST_CASE(24, a0, 0x7fffffff, li a0, 0x80000000; li a1, 1; c.subw a0, a1)
  /* loads and stores */
  TEST_CASE(30, a0, 0xffffffff87654321, c.lw a0, 0(s0))
  TEST_CASE(31, a0, 0x0fedcba987654321, c.ld a0, 0(s0))
  TEST_CASE(32, a0, 0x1122334455667788, li a1, 0x1122334455667788; c.sd a1, 8(s0); c.ld a0, 8(s0))
  TEST_CASE(33, a0, 0x1122334499aabbcc, li a1, 0x99aabbcc; c.sw a1, 8(s0); c.ld a0, 8(s0))
  TEST_CASE(34, a0, 0x5a5a, li a1, 0x5a5a; c.sdsp a1, 16(sp); c.ldsp a0, 16(sp))
  TEST_CASE(35, a0, 0xffffffff80000001, li a1, 0x80000001; c.swsp a1, 4(sp); c.lwsp a0, 4(sp))
  TEST_CASE(36, a0, 0x0fedcba987654321, c.fld fa0, 0(s0); fmv.x.d a0, fa0)
  TEST_CASE(37, a0, 0x0fedcba987654321, c.fsdsp fa0, 24(sp); c.fldsp fa1, 24(sp); fmv.x.d a0, fa1)
  TEST_CASE(38, a0, 0x0fedcba987654321, c.fsd fa1, 16(s0); ld a0, 16(s0))
  /* control flow */
  TEST_CASE(40, a0, 1, c.li a0, 0; c.j 1f; c.li a0, 2; 1: c.addi a0, 1)
  TEST_CASE(41, a0, 1, c.li a0, 0; c.beqz a0, 1f; c.li a0, 2; 1: c.addi a0, 1)
  TEST_CASE(42, a0, 3, c.li a0, 1; c.beqz a0, 1f; c.li a0, 2; 1: c.addi a0, 1)
  TEST_CASE(43, a0, 6, c.li a0, 5; c.bnez a0, 1f; c.li a0, 2; 1: c.addi a0, 1)
  TEST_CASE(44, a0, 3, c.li a0, 0; c.bnez a0, 1f; c.li a0, 2; 1: c.addi a0, 1)
  /* c.jalr links pc + 2; c.jr */
  TEST_CASE(45, a0, 0, la t0, 1f; c.jalr t0; 2: j 3f; 1: la a1, 2b; sub a0, ra, a1; 3:)
  TEST_CASE(46, a0, 9, la t0, 1f; c.li a0, 0; c.jr t0; c.li a0, 5; 1: c.addi a0, 9)
  /* c.nop, c.ebreak trap with length 2 */
  TEST_CASE(48, a0, 4, c.li a0, 4; c.nop)
  TEST_TRAP_PC 49, CAUSE_BREAKPOINT, c.ebreak
  /* a 32-bit instruction at a 2-byte aligned address */
  TEST_CASE(50, a0, 0x12345, c.nop; .option push; .option norvc; lui a0, 0x12; addi a0, a0, 0x345; .option pop)
TEST_END

  .data
  .align 4
cdata: .dword 0x0fedcba987654321, 0, 0, 0
  .align 4
cstack: .skip 512
cstack_top:
