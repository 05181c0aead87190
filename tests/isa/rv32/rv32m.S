/* RV32M: mul/mulh/mulhsu/mulhu on 32-bit operands, div/rem incl. divide by
 * zero and INT32_MIN / -1 overflow; the W forms are illegal on RV32. */
#include "harness.h"

#define RR(n, op, res, v1, v2) TEST_CASE(n, a0, res, li a1, v1; li a2, v2; op a0, a1, a2)
#define MIN32 0x80000000
#define MAX32 0x7fffffff

TEST_BEGIN
  RR(1, mul, 6, 2, 3)
  RR(2, mul, 0xfffffffa, -2, 3)
  RR(3, mul, 1, -1, -1)
  RR(4, mul, 0, 0x10000, 0x10000)              /* low 32 bits of 2^32 */
  RR(5, mul, 0x80000000, 0x40000000, 2)
  RR(6, mul, 0x11111080, 0x12345678, 0xf0)
  /* mulh: signed x signed, upper 32 bits */
  RR(10, mulh, 0, 2, 3)
  RR(11, mulh, 0xffffffff, -2, 3)
  RR(12, mulh, 0x40000000, MIN32, MIN32)
  RR(13, mulh, 0xc0000000, MIN32, MAX32)
  RR(14, mulh, 0, -1, -1)
  RR(15, mulh, 1, 0x10000, 0x10000)
  RR(16, mulh, 0x3fffffff, MAX32, MAX32)
  /* mulhu: unsigned x unsigned */
  RR(20, mulhu, 0xfffffffe, -1, -1)
  RR(21, mulhu, 0, 2, 3)
  RR(22, mulhu, 0x40000000, MIN32, MIN32)
  RR(23, mulhu, 1, MIN32, 2)
  RR(24, mulhu, 0x0b00ea4e, 0x12345678, 0x9abcdef0)
  /* mulhsu: signed rs1 x unsigned rs2 */
  RR(30, mulhsu, 0xffffffff, -1, -1)           /* -1 * (2^32-1) */
  RR(31, mulhsu, 0, 1, -1)
  RR(32, mulhsu, 0xc0000000, MIN32, MIN32)
  RR(33, mulhsu, 0x7ffffffe, MAX32, -1)
  RR(34, mulhsu, 0xffffffff, -2, 3)
  RR(35, mulhsu, 0xf8cc93d6, 0x9abcdef0, 0x12345678)
  /* division */
  RR(40, div, 3, 20, 6)
  RR(41, div, 0xfffffffd, -20, 6)
  RR(42, div, 0xfffffffd, 20, -6)
  RR(43, div, 3, -20, -6)
  RR(44, div, 0xffffffff, 20, 0)               /* x / 0 = -1 */
  RR(45, div, MIN32, MIN32, -1)                /* overflow */
  RR(46, divu, 3, 20, 6)
  RR(47, divu, 0x2aaaaaa7, -20, 6)
  RR(48, divu, 0xffffffff, 20, 0)
  RR(49, divu, 0, MIN32, -1)
  RR(50, divu, 2, 0xffffffff, 0x7fffffff)
  RR(51, rem, 2, 20, 6)
  RR(52, rem, 0xfffffffe, -20, 6)
  RR(53, rem, 2, 20, -6)
  RR(54, rem, 0xfffffffe, -20, -6)
  RR(55, rem, 20, 20, 0)                       /* x % 0 = x */
  RR(56, rem, 0, MIN32, -1)                    /* overflow -> 0 */
  RR(57, remu, 2, 20, 6)
  RR(58, remu, 2, -20, 6)                      /* 0xffffffec % 6 */
  RR(59, remu, 0xffffffec, -20, 0)
  RR(60, remu, MIN32, MIN32, -1)
  RR(61, rem, 0xffffffff, MIN32 + 1, 2)
  TEST_CASE(62, a0, 49, li a0, 7; mul a0, a0, a0)
  TEST_CASE(63, a0, 1, li a0, 7; div a0, a0, a0)
  TEST_CASE(64, x0, 0, li a1, 7; mul x0, a1, a1)
  /* RV64-only M encodings are illegal on RV32 */
  TEST_ILLEGAL 70, .word 0x02c5853b            /* mulw a0, a1, a2 */
  TEST_ILLEGAL 71, .word 0x02c5c53b            /* divw */
  TEST_ILLEGAL 72, .word 0x02c5f53b            /* remuw */
TEST_END
