/* RV32A: LR.W/SC.W, every AMO*.W (32-bit signed/unsigned min/max around
 * 0x80000000), misaligned AMO/LR traps; the .d forms are illegal on RV32. */
#include "harness.h"

/* memory word at s0 starts at init; op with a1 = src; a0 = old value,
 * memory becomes newv (test n + 60), the next word stays 0x5a5a5a5a
 * (test n + 120) */
#define AMOW(n, op, init, src, newv) \
  TEST_CASE(n, a0, init, li t0, 0x5a5a5a5a; sw t0, 4(s0); li t0, init; sw t0, 0(s0); li a1, src; op a0, a1, (s0)); \
  TEST_CASE(n + 60, a2, newv, lw a2, 0(s0)); \
  TEST_CASE(n + 120, a2, 0x5a5a5a5a, lw a2, 4(s0))

TEST_BEGIN
  la s0, amo_data
  AMOW(1, amoswap.w, 0x80000000, 0x12345678, 0x12345678)
  AMOW(2, amoadd.w, 0x7fffffff, 1, 0x80000000)
  AMOW(3, amoadd.w, 0xffffffff, 1, 0)
  AMOW(4, amoxor.w, 0xf0f0f0f0, 0xffffffff, 0x0f0f0f0f)
  AMOW(5, amoand.w, 0xf0f0f0f0, 0x0ff00ff0, 0x00f000f0)
  AMOW(6, amoor.w, 0x80000000, 1, 0x80000001)
  AMOW(7, amomin.w, 0x80000000, 0x7fffffff, 0x80000000)
  AMOW(8, amomin.w, 5, 0xffffffff, 0xffffffff)
  AMOW(9, amomax.w, 0x80000000, 0x7fffffff, 0x7fffffff)
  AMOW(10, amomax.w, 0xfffffffe, 0xffffffff, 0xffffffff)
  AMOW(11, amominu.w, 0x80000000, 0x7fffffff, 0x7fffffff)
  AMOW(12, amominu.w, 5, 0xffffffff, 5)
  AMOW(13, amomaxu.w, 0x80000000, 0x7fffffff, 0x80000000)
  AMOW(14, amomaxu.w, 5, 0xffffffff, 0xffffffff)
  AMOW(15, amoadd.w.aqrl, 1, 2, 3)
  AMOW(16, amoswap.w.aq, 0xdeadbeef, 0, 0)
  /* rd = x0 still performs the operation; rd = rs2 */
  TEST_CASE(40, a2, 10, li t0, 7; sw t0, 0(s0); li a1, 3; amoadd.w x0, a1, (s0); lw a2, 0(s0))
  TEST_CASE(41, a1, 10, li a1, 3; amoswap.w a1, a1, (s0))
  TEST_CASE(42, a2, 3, lw a2, 0(s0))

  /* LR/SC */
  TEST_CASE(50, a0, 0x80001234, li t0, 0x80001234; sw t0, 0(s0); lr.w a0, (s0))
  TEST_CASE(51, a1, 0, li a2, 0x5678; sc.w a1, a2, (s0))         /* success = 0 */
  TEST_CASE(52, a0, 0x5678, lw a0, 0(s0))
  TEST_CASE(53, a1, 1, li a2, 0x9999; sc.w a1, a2, (s0))         /* no reservation: 1 */
  TEST_CASE(54, a0, 0x5678, lw a0, 0(s0))
  TEST_CASE(55, a0, 0x5679, 1: lr.w.aq t0, (s0); addi t0, t0, 1; sc.w.rl t1, t0, (s0); bnez t1, 1b; lw a0, 0(s0))
  TEST_CASE(56, a1, 1, li a2, 5; addi t0, s0, 8; sc.w a1, a2, (t0))
  TEST_CASE(57, a0, 0, lw a0, 8(s0))

  /* misaligned AMO / LR: address-misaligned or access fault, tval = address */
  addi s1, s0, 2
#ifdef QEMU_QUIRKS
#define AMO_ALT CAUSE_MISALIGNED_LOAD
#define AMO_ALT_ACC CAUSE_LOAD_ACCESS
#else
#define AMO_ALT CAUSE_STORE_ACCESS
#define AMO_ALT_ACC CAUSE_STORE_ACCESS
#endif
  TEST_TRAP2 70, CAUSE_MISALIGNED_STORE, AMO_ALT, TV_EXACT, s1, amoadd.w a0, a1, (s1)
#ifndef QEMU_QUIRKS  /* QEMU 7.2: a misaligned sc.w without a reservation just fails (rd = 1) */
  TEST_TRAP2 71, CAUSE_MISALIGNED_STORE, CAUSE_STORE_ACCESS, TV_EXACT, s1, sc.w a0, a1, (s1)
#endif
  addi s1, s0, 1
  TEST_TRAP2 72, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, TV_EXACT, s1, lr.w a0, (s1)
  li s1, UNMAPPED_ADDR
  TEST_TRAP2 73, CAUSE_STORE_ACCESS, AMO_ALT_ACC, TV_EXACT, s1, amoor.w a0, a1, (s1)
  /* RV64-only: lr.d, sc.d, amoadd.d */
  TEST_ILLEGAL 80, .word 0x1002b52f          /* lr.d a0, (t0) */
  TEST_ILLEGAL 81, .word 0x18b2b52f          /* sc.d a0, a1, (t0) */
  TEST_ILLEGAL 82, .word 0x00b2b52f          /* amoadd.d a0, a1, (t0) */
TEST_END

  .data
  .align 4
amo_data: .word 0, 0, 0, 0
