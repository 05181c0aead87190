/* RV64M: multiply, divide, remainder incl. divide by zero and overflow. */
#include "harness.h"

#define RR(n, op, res, v1, v2) TEST_CASE(n, a0, res, li a1, v1; li a2, v2; op a0, a1, a2)
#define MIN64 0x8000000000000000

TEST_BEGIN
  RR(1, mul, 6, 2, 3)
  RR(2, mul, -6, -2, 3)
  RR(3, mul, 0x0000000000000001, -1, -1)
  RR(4, mul, 0x8000000000000000, 0x4000000000000000, 2)
  RR(5, mul, 0xfedcba9876543210 * 3, 0xfedcba9876543210, 3)
  RR(6, mulh, 0, 2, 3)
  RR(7, mulh, -1, -2, 3)
  RR(8, mulh, 0x4000000000000000, MIN64, MIN64)
  RR(9, mulh, 0xc000000000000000, MIN64, 0x7fffffffffffffff)
  RR(10, mulh, 0, -1, -1)
  RR(11, mulhu, 0xfffffffffffffffe, -1, -1)
  RR(12, mulhu, 0, 2, 3)
  RR(13, mulhu, 0x4000000000000000, MIN64, MIN64)
  RR(14, mulhu, 1, 0x8000000000000000, 2)
  RR(15, mulhsu, -1, -1, -1)                   /* -1 * (2^64-1) */
  RR(16, mulhsu, 0, 1, -1)
  RR(17, mulhsu, 0xc000000000000000, MIN64, MIN64)
  RR(18, mulhsu, 0x7ffffffffffffffe, 0x7fffffffffffffff, -1)
  RR(19, mulw, 0xffffffff80000000, 0x40000000, 2)
  RR(20, mulw, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff)
  RR(21, mulw, 0xffffffffc0000000, 0x1234567840000000, 0x87654321ffffffff)
  RR(22, mulw, 0xfffffffffffffffa, 0x1fffffffe, 3)
  /* division */
  RR(30, div, 3, 20, 6)
  RR(31, div, -3, -20, 6)
  RR(32, div, -3, 20, -6)
  RR(33, div, 3, -20, -6)
  RR(34, div, -1, 20, 0)                       /* x / 0 = -1 */
  RR(35, div, MIN64, MIN64, -1)                /* overflow */
  RR(36, divu, 3, 20, 6)
  RR(37, divu, 0x2aaaaaaaaaaaaaa7, -20, 6)
  RR(38, divu, -1, 20, 0)                      /* 2^64-1 */
  RR(39, divu, 0, MIN64, -1)
  RR(40, rem, 2, 20, 6)
  RR(41, rem, -2, -20, 6)
  RR(42, rem, 2, 20, -6)
  RR(43, rem, -2, -20, -6)
  RR(44, rem, 20, 20, 0)                       /* x % 0 = x */
  RR(45, rem, 0, MIN64, -1)                    /* overflow -> 0 */
  RR(46, remu, 2, 20, 6)
  RR(47, remu, 2, -20, 6)
  RR(48, remu, -20, -20, 0)
  RR(49, remu, MIN64, MIN64, -1)
  /* W forms: operate on low 32 bits, sign-extend the result */
  RR(50, divw, -3, 0x1234567800000014, -6)
  RR(51, divw, -1, 20, 0x1234567800000000)     /* divisor low word 0 */
  RR(52, divw, 0xffffffff80000000, 0x80000000, -1)  /* INT32_MIN / -1 */
  RR(53, divw, 3, -20, 0xfffffffffffffffa)
  RR(54, divuw, 0x000000002aaaaaa7, 0xffffffec, 6)
  RR(55, divuw, 0xffffffffffffffff, 20, 0)     /* all ones, sign-extended */
  RR(56, divuw, 0xffffffff80000000, 0x80000000, 1)  /* result sign-extended */
  RR(57, remw, -2, -20, 6)
  RR(58, remw, 0, 0x80000000, -1)
  RR(59, remw, 0xffffffffffffffec, 0x12345678ffffffec, 0)  /* sext(low word) */
  RR(60, remuw, 2, -20, 6)
  RR(61, remuw, 0xffffffffffffffec, 0xffffffec, 0)
  RR(62, remuw, 0xffffffff80000000, 0x80000000, 0x80000001)
  RR(63, divuw, 1, 0xffffffff, 0xffffffff)
  /* rd = rs1 = rs2 */
  TEST_CASE(64, a0, 49, li a0, 7; mul a0, a0, a0)
  TEST_CASE(65, a0, 1, li a0, 7; div a0, a0, a0)
  TEST_CASE(66, x0, 0, li a1, 7; mul x0, a1, a1)
TEST_END
