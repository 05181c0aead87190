/* Bit manipulation, RV32 forms: Zba sh1add/sh2add/sh3add, Zbb (clz/ctz/cpop
 * count 32 bits, rev8/orc.b on 32 bits, zext.h is the OP-opcode encoding
 * 0x0805c533), Zbc clmul/clmulh/clmulr with a 64-bit product, Zbs with bit
 * index mod 32. The RV64-only forms (.uw, W forms, shamt[5] = 1, rev8 with
 * the RV64 imm 0x6b8, zext.h in OP-32) are illegal on RV32. */
#include "harness.h"

#define MIN32 0x80000000
#define MAX32 0x7fffffff
#define RR(n, op, res, v1, v2) TEST_CASE(n, a0, res, li a1, v1; li a2, v2; op a0, a1, a2)
#define R1(n, op, res, v1) TEST_CASE(n, a0, res, li a1, v1; op a0, a1)
#define RI(n, op, res, v1, imm) TEST_CASE(n, a0, res, li a1, v1; op a0, a1, imm)

TEST_BEGIN
  /* Zba */
  RR(1, sh1add, 11, 3, 5)
  RR(2, sh1add, 1, MIN32, 1)                 /* the shifted-out bit is lost */
  RR(3, sh1add, 0xfffffffd, -1, -1)
  RR(4, sh2add, 17, 3, 5)
  RR(5, sh2add, 7, 0x40000000, 7)
  RR(6, sh3add, 29, 3, 5)
  RR(7, sh3add, 0, -1, 8)
  RR(8, sh3add, 8, 0x20000001, 0)
  /* Zbb logic and counts */
  RR(10, andn, 0xf000, 0xff00, 0x0ff0)
  RR(11, orn, 0xffffffff, 0, 0)
  RR(12, xnor, 0, 0x55555555, 0xaaaaaaaa)
  R1(13, clz, 32, 0)
  R1(14, clz, 31, 1)
  R1(15, clz, 0, MIN32)
  R1(16, clz, 15, 0x10000)
  R1(17, ctz, 32, 0)
  R1(18, ctz, 31, MIN32)
  R1(19, ctz, 8, 0x100)
  R1(20, cpop, 0, 0)
  R1(21, cpop, 32, -1)
  R1(22, cpop, 16, 0x0f0f0f0f)
  /* min/max at the 32-bit sign boundary */
  RR(23, max, 1, -1, 1)
  RR(24, max, MAX32, MIN32, MAX32)
  RR(25, maxu, MIN32, MAX32, MIN32)
  RR(26, maxu, 0xffffffff, -1, 1)
  RR(27, min, MIN32, MIN32, MAX32)
  RR(28, minu, MAX32, MAX32, MIN32)
  RR(29, minu, 0, 0, -1)
  R1(30, sext.b, 0xffffff80, 0x80)
  R1(31, sext.b, 0x7f, 0x12345f7f)
  R1(32, sext.h, 0xffff8000, 0x8000)
  R1(33, sext.h, 0x7fff, 0xffff7fff)
  R1(34, zext.h, 0xffff, -1)
  R1(35, zext.h, 0x5678, 0x12345678)
  /* rotates: amount mod 32 */
  RR(40, rol, 1, MIN32, 1)
  RR(41, rol, 0x23456781, 0x12345678, 4)
  RR(42, rol, 0x23456781, 0x12345678, 36)
  RR(43, rol, 0x12345678, 0x12345678, 32)
  RR(44, ror, MIN32, 1, 1)
  RR(45, ror, 0x81234567, 0x12345678, 4)
  RR(46, ror, 0x81234567, 0x12345678, 36)
  RI(47, rori, 2, 1, 31)
  RI(48, rori, 0x81234567, 0x12345678, 4)
  RI(49, rori, 0x12345678, 0x12345678, 0)
  /* orc.b / rev8 on 32 bits */
  R1(50, orc.b, 0xffffff00, 0x01020300)
  R1(51, orc.b, 0x00ff0000, 0x00400000)
  R1(52, orc.b, 0, 0)
  R1(53, orc.b, 0xff0000ff, 0x80000001)
  R1(54, rev8, 0x78563412, 0x12345678)
  R1(55, rev8, MIN32, 0x80)
  /* Zbc: P = 64-bit carry-less product; clmul = P[31:0], clmulh = P[63:32],
   * clmulr = P[62:31] */
  RR(60, clmul, 5, 3, 3)
  RR(61, clmul, 0x55555555, -1, -1)
  RR(62, clmul, 0x5cd25a80, 0x12345678, 0x9abcdef0)
  RR(63, clmul, 0, MIN32, 2)
  RR(64, clmulh, 1, MIN32, 2)
  RR(65, clmulh, 0x55555555, -1, -1)
  RR(66, clmulh, 0x08860e94, 0x12345678, 0x9abcdef0)
  RR(67, clmulh, 0, 3, 3)
  RR(68, clmulr, 0xaaaaaaaa, -1, -1)
  RR(69, clmulr, MIN32, MIN32, MIN32)
  RR(70, clmulr, 0x110c1d28, 0x12345678, 0x9abcdef0)
  RR(71, clmulr, 2, MIN32, 2)
  /* Zbs: index mod 32 */
  RR(80, bclr, MAX32, -1, 31)
  RR(81, bclr, 0xfffffffe, -1, 32)
  RI(82, bclri, MAX32, -1, 31)
  RR(83, bext, 1, MIN32, 31)
  RR(84, bext, 1, MIN32, 63)
  RR(85, bext, 0, 0x10, 3)
  RI(86, bexti, 1, MIN32, 31)
  RR(87, binv, MIN32, 0, 31)
  RR(88, binv, 0xfffffffe, -1, 32)
  RI(89, binvi, 0, MIN32, 31)
  RR(90, bset, MIN32, 0, 31)
  RR(91, bset, 2, 0, 33)
  RI(92, bseti, MIN32, 0, 31)
  /* RV64-only encodings are illegal on RV32 */
  TEST_ILLEGAL 100, .word 0x6b85d513         /* rev8 with the RV64 imm */
  TEST_ILLEGAL 101, .word 0x0805c53b         /* zext.h, RV64 (OP-32) encoding */
  TEST_ILLEGAL 102, .word 0x08c5853b         /* add.uw */
  TEST_ILLEGAL 103, .word 0x0815951b         /* slli.uw */
  TEST_ILLEGAL 104, .word 0x6005951b         /* clzw */
  TEST_ILLEGAL 105, .word 0x60c5d53b         /* rorw */
  TEST_ILLEGAL 106, .word 0x6205d513         /* rori a0, a1, 32 */
  TEST_ILLEGAL 107, .word 0x2a059513         /* bseti a0, a1, 32 */
  TEST_ILLEGAL 108, .word 0x4a05d513         /* bexti a0, a1, 32 */
TEST_END
