/* Bit manipulation: every Zba, Zbb, Zbc and Zbs instruction of unprivileged
 * spec chapter 28 (RV64 forms), and Zicond czero.eqz/czero.nez; reserved
 * neighbours of those encodings must be illegal.
 *
 * Expected values were worked out by hand from the spec's definitions (the
 * same vectors as tests/unit/test_zb.c, RV64 half). Binutils 2.40 knows no
 * Zicond, so czero.* are written with .insn (OP, funct3 5/7, funct7 7). */
#include "harness.h"

#define MIN64 0x8000000000000000
#define MAX64 0x7fffffffffffffff

TEST_BEGIN
  /* Zba: rd = rs2 + (rs1 << n); the .uw forms take rs1[31:0] zero-extended */
  TEST_CASE(1, a0, 11, li a1, 3; li a2, 5; sh1add a0, a1, a2)
  TEST_CASE(2, a0, 1, li a1, MIN64; li a2, 1; sh1add a0, a1, a2)
  TEST_CASE(3, a0, 0xfffffffffffffffd, li a1, -1; li a2, -1; sh1add a0, a1, a2)
  TEST_CASE(4, a0, 17, li a1, 3; li a2, 5; sh2add a0, a1, a2)
  TEST_CASE(5, a0, 7, li a1, 0x4000000000000000; li a2, 7; sh2add a0, a1, a2)
  TEST_CASE(6, a0, 0xfffffffffffffffc, li a1, -1; li a2, 0; sh2add a0, a1, a2)
  TEST_CASE(7, a0, 29, li a1, 3; li a2, 5; sh3add a0, a1, a2)
  TEST_CASE(8, a0, 0, li a1, -1; li a2, 8; sh3add a0, a1, a2)
  TEST_CASE(9, a0, 8, li a1, 0x2000000000000001; li a2, 0; sh3add a0, a1, a2)
  TEST_CASE(10, a0, 0x80000001, li a1, 0xffffffff80000000; li a2, 1; add.uw a0, a1, a2)
  TEST_CASE(11, a0, 0xfffffffe, li a1, -1; li a2, -1; add.uw a0, a1, a2)
  TEST_CASE(12, a0, 5, li a1, 0x100000000; li a2, 5; add.uw a0, a1, a2)
  TEST_CASE(13, a0, 0x1fffffffe, li a1, -1; li a2, 0; sh1add.uw a0, a1, a2)
  TEST_CASE(14, a0, 0x100000001, li a1, 0x80000000; li a2, 1; sh1add.uw a0, a1, a2)
  TEST_CASE(15, a0, 0x3fffffffd, li a1, 0xdeadbeefffffffff; li a2, 1; sh2add.uw a0, a1, a2)
  TEST_CASE(16, a0, 0x400000000, li a1, 0x180000000; li a2, 0; sh3add.uw a0, a1, a2)
  TEST_CASE(17, a0, 0x800000000, li a1, -1; li a2, 8; sh3add.uw a0, a1, a2)
  TEST_CASE(18, a0, 0xffffffff, li a1, -1; slli.uw a0, a1, 0)
  TEST_CASE(19, a0, MIN64, li a1, -1; slli.uw a0, a1, 63)
  TEST_CASE(20, a0, 0x9abcdef00, li a1, 0x123456789abcdef0; slli.uw a0, a1, 4)
  TEST_CASE(21, a0, 0x100000000, li a1, 0xffffffff00000001; slli.uw a0, a1, 32)
  /* Zbb: andn/orn/xnor, clz/ctz/cpop (0 gives XLEN), W forms count rs1[31:0] */
  TEST_CASE(22, a0, 0xf000, li a1, 0xff00; li a2, 0x0ff0; andn a0, a1, a2)
  TEST_CASE(23, a0, MAX64, li a1, -1; li a2, MIN64; andn a0, a1, a2)
  TEST_CASE(24, a0, -1, li a1, 0; li a2, 0; orn a0, a1, a2)
  TEST_CASE(25, a0, 0xf0, li a1, 0xf0; li a2, 0xffffffffffffff0f; orn a0, a1, a2)
  TEST_CASE(26, a0, -1, li a1, 0x1234; li a2, 0x1234; xnor a0, a1, a2)
  TEST_CASE(27, a0, 0, li a1, 0; li a2, -1; xnor a0, a1, a2)
  TEST_CASE(28, a0, 0, li a1, 0x5555555555555555; li a2, 0xaaaaaaaaaaaaaaaa; xnor a0, a1, a2)
  TEST_CASE(29, a0, 64, li a1, 0; clz a0, a1)
  TEST_CASE(30, a0, 63, li a1, 1; clz a0, a1)
  TEST_CASE(31, a0, 0, li a1, MIN64; clz a0, a1)
  TEST_CASE(32, a0, 0, li a1, -1; clz a0, a1)
  TEST_CASE(33, a0, 32, li a1, 0x80000000; clz a0, a1)
  TEST_CASE(34, a0, 64, li a1, 0; ctz a0, a1)
  TEST_CASE(35, a0, 63, li a1, MIN64; ctz a0, a1)
  TEST_CASE(36, a0, 0, li a1, 1; ctz a0, a1)
  TEST_CASE(37, a0, 8, li a1, 0x100; ctz a0, a1)
  TEST_CASE(38, a0, 0, li a1, 0; cpop a0, a1)
  TEST_CASE(39, a0, 64, li a1, -1; cpop a0, a1)
  TEST_CASE(40, a0, 1, li a1, MIN64; cpop a0, a1)
  TEST_CASE(41, a0, 32, li a1, 0x5555555555555555; cpop a0, a1)
  TEST_CASE(42, a0, 32, li a1, 0; clzw a0, a1)
  TEST_CASE(43, a0, 32, li a1, 0xffffffff00000000; clzw a0, a1)
  TEST_CASE(44, a0, 31, li a1, 1; clzw a0, a1)
  TEST_CASE(45, a0, 0, li a1, 0x80000000; clzw a0, a1)
  TEST_CASE(46, a0, 15, li a1, 0x10000; clzw a0, a1)
  TEST_CASE(47, a0, 32, li a1, 0; ctzw a0, a1)
  TEST_CASE(48, a0, 32, li a1, 0xffffffff00000000; ctzw a0, a1)
  TEST_CASE(49, a0, 31, li a1, 0x80000000; ctzw a0, a1)
  TEST_CASE(50, a0, 1, li a1, 0x100000002; ctzw a0, a1)
  TEST_CASE(51, a0, 32, li a1, -1; cpopw a0, a1)
  TEST_CASE(52, a0, 0, li a1, 0xffffffff00000000; cpopw a0, a1)
  /* Zbb: signed/unsigned min and max, sign/zero extension */
  TEST_CASE(53, a0, 16, li a1, 0x0f0f0f0f; cpopw a0, a1)
  TEST_CASE(54, a0, 1, li a1, -1; li a2, 1; max a0, a1, a2)
  TEST_CASE(55, a0, MAX64, li a1, MIN64; li a2, MAX64; max a0, a1, a2)
  TEST_CASE(56, a0, MIN64, li a1, MIN64; li a2, MIN64; max a0, a1, a2)
  TEST_CASE(57, a0, -1, li a1, -1; li a2, 1; maxu a0, a1, a2)
  TEST_CASE(58, a0, MIN64, li a1, 0; li a2, MIN64; maxu a0, a1, a2)
  TEST_CASE(59, a0, -1, li a1, -1; li a2, 1; min a0, a1, a2)
  TEST_CASE(60, a0, MIN64, li a1, MIN64; li a2, MAX64; min a0, a1, a2)
  TEST_CASE(61, a0, 1, li a1, -1; li a2, 1; minu a0, a1, a2)
  TEST_CASE(62, a0, 0, li a1, 0; li a2, -1; minu a0, a1, a2)
  TEST_CASE(63, a0, 0xffffffffffffff80, li a1, 0x80; sext.b a0, a1)
  TEST_CASE(64, a0, 0x7f, li a1, 0x7f; sext.b a0, a1)
  TEST_CASE(65, a0, 0, li a1, 0xffffffffffffff00; sext.b a0, a1)
  TEST_CASE(66, a0, 0x7f, li a1, 0x123456789abcde7f; sext.b a0, a1)
  TEST_CASE(67, a0, 0xffffffffffff8000, li a1, 0x8000; sext.h a0, a1)
  TEST_CASE(68, a0, 0x7fff, li a1, 0xffffffff00007fff; sext.h a0, a1)
  TEST_CASE(69, a0, 0xffff, li a1, -1; zext.h a0, a1)
  TEST_CASE(70, a0, 0x5678, li a1, 0x12345678; zext.h a0, a1)
  /* Zbb: rotates (amount mod XLEN, W forms mod 32 and sign-extend), orc.b, rev8 */
  TEST_CASE(71, a0, 1, li a1, MIN64; li a2, 1; rol a0, a1, a2)
  TEST_CASE(72, a0, 0x123456789abcdef0, li a1, 0x0123456789abcdef; li a2, 4; rol a0, a1, a2)
  TEST_CASE(73, a0, 0x123456789abcdef0, li a1, 0x0123456789abcdef; li a2, 68; rol a0, a1, a2)
  TEST_CASE(74, a0, 0x0123456789abcdef, li a1, 0x0123456789abcdef; li a2, 64; rol a0, a1, a2)
  TEST_CASE(75, a0, MIN64, li a1, 1; li a2, 63; rol a0, a1, a2)
  TEST_CASE(76, a0, MIN64, li a1, 1; li a2, 1; ror a0, a1, a2)
  TEST_CASE(77, a0, 0xf0123456789abcde, li a1, 0x0123456789abcdef; li a2, 4; ror a0, a1, a2)
  TEST_CASE(78, a0, 0x0123456789abcdef, li a1, 0x0123456789abcdef; li a2, 0; ror a0, a1, a2)
  TEST_CASE(79, a0, 2, li a1, 1; rori a0, a1, 63)
  TEST_CASE(80, a0, 0xf0123456789abcde, li a1, 0x0123456789abcdef; rori a0, a1, 4)
  TEST_CASE(81, a0, 0xffffffff00000000, li a1, 0xffffffff; rori a0, a1, 32)
  TEST_CASE(82, a0, 1, li a1, 0x80000000; li a2, 1; rolw a0, a1, a2)
  TEST_CASE(83, a0, 0xffffffff80000000, li a1, 0x40000000; li a2, 1; rolw a0, a1, a2)
  TEST_CASE(84, a0, 0x23456781, li a1, 0xffffffff12345678; li a2, 4; rolw a0, a1, a2)
  TEST_CASE(85, a0, 0x23456781, li a1, 0xffffffff12345678; li a2, 36; rolw a0, a1, a2)
  TEST_CASE(86, a0, 0xffffffff87654321, li a1, 0x1234567887654321; li a2, 32; rolw a0, a1, a2)
  TEST_CASE(87, a0, 0xffffffff80000000, li a1, 1; li a2, 1; rorw a0, a1, a2)
  TEST_CASE(88, a0, 0xffffffff81234567, li a1, 0x12345678; li a2, 4; rorw a0, a1, a2)
  TEST_CASE(89, a0, 0xffffffff81234567, li a1, 0x12345678; li a2, 36; rorw a0, a1, a2)
  TEST_CASE(90, a0, 0xffffffff81234567, li a1, 0x12345678; roriw a0, a1, 4)
  TEST_CASE(91, a0, 0x12345678, li a1, 0x12345678; roriw a0, a1, 0)
  TEST_CASE(92, a0, 2, li a1, 0xffffffff00000001; roriw a0, a1, 31)
  TEST_CASE(93, a0, 0xffffff0000ff0000, li a1, 0x0102030000400000; orc.b a0, a1)
  TEST_CASE(94, a0, 0, li a1, 0; orc.b a0, a1)
  TEST_CASE(95, a0, -1, li a1, -1; orc.b a0, a1)
  TEST_CASE(96, a0, 0xff000000000000ff, li a1, 0x8000000000000001; orc.b a0, a1)
  TEST_CASE(97, a0, 0xefcdab8967452301, li a1, 0x0123456789abcdef; rev8 a0, a1)
  TEST_CASE(98, a0, MIN64, li a1, 0x80; rev8 a0, a1)
  /* Zbc: P = 128-bit carry-less product; clmul = P[63:0], clmulh = P[127:64],
   * clmulr = P[126:63] */
  TEST_CASE(99, a0, 5, li a1, 3; li a2, 3; clmul a0, a1, a2)
  TEST_CASE(100, a0, -1, li a1, -1; li a2, 1; clmul a0, a1, a2)
  TEST_CASE(101, a0, 0, li a1, MIN64; li a2, 2; clmul a0, a1, a2)
  TEST_CASE(102, a0, 0x5555, li a1, 0xff; li a2, 0xff; clmul a0, a1, a2)
  TEST_CASE(103, a0, 0x5555555555555555, li a1, -1; li a2, -1; clmul a0, a1, a2)
  TEST_CASE(104, a0, 1, li a1, MIN64; li a2, 2; clmulh a0, a1, a2)
  TEST_CASE(105, a0, 0x5555555555555555, li a1, -1; li a2, -1; clmulh a0, a1, a2)
  TEST_CASE(106, a0, 0, li a1, 3; li a2, 3; clmulh a0, a1, a2)
  TEST_CASE(107, a0, 2, li a1, MIN64; li a2, 2; clmulr a0, a1, a2)
  TEST_CASE(108, a0, 0xaaaaaaaaaaaaaaaa, li a1, -1; li a2, -1; clmulr a0, a1, a2)
  TEST_CASE(109, a0, 0, li a1, 1; li a2, 1; clmulr a0, a1, a2)
  TEST_CASE(110, a0, MIN64, li a1, MIN64; li a2, MIN64; clmulr a0, a1, a2)
  /* Zbs: bit index = rs2 or shamt, mod XLEN */
  TEST_CASE(111, a0, MAX64, li a1, -1; li a2, 63; bclr a0, a1, a2)
  TEST_CASE(112, a0, 0xfffffffffffffffe, li a1, -1; li a2, 64; bclr a0, a1, a2)
  TEST_CASE(113, a0, 0, li a1, 0; li a2, 5; bclr a0, a1, a2)
  TEST_CASE(114, a0, MAX64, li a1, -1; bclri a0, a1, 63)
  TEST_CASE(115, a0, 0, li a1, 1; bclri a0, a1, 0)
  TEST_CASE(116, a0, 1, li a1, MIN64; li a2, 63; bext a0, a1, a2)
  TEST_CASE(117, a0, 1, li a1, MIN64; li a2, 127; bext a0, a1, a2)
  TEST_CASE(118, a0, 1, li a1, 0x10; li a2, 4; bext a0, a1, a2)
  TEST_CASE(119, a0, 0, li a1, 0x10; li a2, 3; bext a0, a1, a2)
  TEST_CASE(120, a0, 1, li a1, MIN64; bexti a0, a1, 63)
  TEST_CASE(121, a0, 0, li a1, 0xfffffffeffffffff; bexti a0, a1, 32)
  TEST_CASE(122, a0, MIN64, li a1, 0; li a2, 63; binv a0, a1, a2)
  TEST_CASE(123, a0, 0xfffffffffffffffe, li a1, -1; li a2, 0; binv a0, a1, a2)
  TEST_CASE(128, a0, 0, li a1, MIN64; binvi a0, a1, 63)
  TEST_CASE(129, a0, 0x100000000, li a1, 0; binvi a0, a1, 32)
  TEST_CASE(130, a0, MIN64, li a1, 0; li a2, 63; bset a0, a1, a2)
  TEST_CASE(131, a0, 2, li a1, 0; li a2, 65; bset a0, a1, a2)
  TEST_CASE(132, a0, MIN64, li a1, 0; bseti a0, a1, 63)
  TEST_CASE(133, a0, 0x80000000, li a1, 0; bseti a0, a1, 31)

  /* Zicond: czero.eqz rd = (rs2 == 0) ? 0 : rs1; czero.nez the reverse.
   * QEMU 7.2 has no Zicond (they are illegal there): skipped under quirks. */
#ifndef QEMU_QUIRKS
  TEST_CASE(134, a0, 0, li a1, 5; li a2, 0; .insn r OP, 5, 7, a0, a1, a2)
  TEST_CASE(135, a0, 5, li a1, 5; li a2, 1; .insn r OP, 5, 7, a0, a1, a2)
  TEST_CASE(136, a0, -1, li a1, -1; li a2, MIN64; .insn r OP, 5, 7, a0, a1, a2)
  TEST_CASE(137, a0, 5, li a1, 5; li a2, 0; .insn r OP, 7, 7, a0, a1, a2)
  TEST_CASE(138, a0, 0, li a1, 5; li a2, MIN64; .insn r OP, 7, 7, a0, a1, a2)
  TEST_CASE(139, a0, 0, li a1, -1; li a2, 0x100000000; .insn r OP, 7, 7, a0, a1, a2)
#endif

  /* reserved neighbours of the encodings above */
  TEST_ILLEGAL 150, .word 0x6985d513     /* rev8 with the RV32 imm (0x698) */
  TEST_ILLEGAL 151, .word 0x60359513     /* OP-IMM funct7 0x30 funct3 1, rs2 = 3 */
  TEST_ILLEGAL 152, .word 0x60659513     /* ... rs2 = 6 */
  TEST_ILLEGAL 153, .word 0x6045951b     /* OP-IMM-32 funct7 0x30 funct3 1, rs2 = 4 */
  TEST_ILLEGAL 154, .word 0x0ac58533     /* OP funct7 0x05 funct3 0 */
  TEST_ILLEGAL 155, .word 0x28c5d533     /* bset funct7 with funct3 5 */
  TEST_ILLEGAL 156, .word 0x6215951b     /* OP-IMM-32 funct7 0x31 (roliw does not exist) */
TEST_END
