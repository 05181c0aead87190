/* Zicboz / Zicbom (cache-block size 64 bytes; the DT says
 * riscv,cboz-block-size = <64>):
 *  - cbo.zero zeroes the whole naturally aligned 64-byte block holding rs1,
 *    nothing else; cbo.clean/flush/inval leave memory as it is (no caches);
 *  - M mode: always allowed, whatever menvcfg says;
 *  - S mode: cbo.zero needs menvcfg.CBZE (bit 7), clean/flush need
 *    menvcfg.CBCFE (bit 6), inval needs menvcfg.CBIE (bits 5:4) != 00
 *    (01: executes as flush, 11: as inval), else illegal instruction;
 *  - U mode: additionally needs the same field of senvcfg (0x10a);
 *  - cbo.zero to an unmapped address: store/AMO access fault (cause 7),
 *    mtval = the (block-aligned) address.
 * menvcfg is 0x30a. */
#include "harness.h"

#define CBIE_FLUSH (1 << 4)
#define CBIE_INVAL (3 << 4)
#define CBCFE (1 << 6)
#define CBZE  (1 << 7)
#define PAT 0xa5a5a5a5a5a5a5a5

/* fill the 192-byte buffer at s0 with PAT */
.macro FILL
    li t0, PAT
    mv t1, s0
    addi t2, s0, 192
1:  sd t0, 0(t1)
    addi t1, t1, 8
    bne t1, t2, 1b
.endm

/* test n: bytes [0,64) and [128,192) of the buffer hold PAT, [64,128) hold
 * zval (0 after cbo.zero, PAT otherwise) */
.macro CHECK_BUF n, zval
    li gp, \n
    li t0, PAT
    li t3, \zval
    mv t1, s0
    li t4, 0
1:  ld t2, 0(t1)
    addi t6, t4, -64
    sltiu t6, t6, 64            /* in the middle block? */
    beqz t6, 2f
    bne t2, t3, fail_testnum
    j 3f
2:  bne t2, t0, fail_testnum
3:  addi t1, t1, 8
    addi t4, t4, 8
    li t6, 192
    bne t4, t6, 1b
.endm

TEST_BEGIN
  la s0, cbuf
  addi s1, s0, 64 + 13          /* inside the middle block, unaligned */
  addi s2, s0, 64               /* the middle block */

#ifdef QEMU_QUIRKS
  /* QEMU 7.2 has neither Zicbom nor Zicboz (they came in QEMU 8.0): when
   * cbo.zero is illegal even in M mode, the rest is skipped (pass) */
  li gp, 0
  EXPECT m, CAUSE_ILLEGAL, CAUSE_ILLEGAL, TV_ANY, zero, 1f, zicbo_absent
1: cbo.zero (s2)
  la t5, trap_exp_m
  SREG zero, X_ARMED(t5)
#endif
  /* ---- M mode, menvcfg = 0: everything allowed ---- */
  csrw menvcfg, zero
  csrw senvcfg, zero
  FILL
  cbo.zero (s1)
  CHECK_BUF 1, 0
  FILL
  cbo.zero (s2)
  CHECK_BUF 2, 0
  FILL
  addi t0, s0, 127              /* last byte of the middle block */
  cbo.zero (t0)
  CHECK_BUF 3, 0
  FILL
  cbo.clean (s1)
  cbo.flush (s1)
  cbo.inval (s1)
  CHECK_BUF 4, PAT
  /* menvcfg fields are writable (WARL, all four implemented) */
  TEST_CASE(5, a0, CBZE | CBCFE | CBIE_INVAL, li a1, CBZE | CBCFE | CBIE_INVAL; csrw menvcfg, a1; csrr a0, menvcfg; andi a0, a0, 0xf0)
  TEST_CASE(6, a0, CBZE | CBCFE | CBIE_INVAL, li a1, CBZE | CBCFE | CBIE_INVAL; csrw senvcfg, a1; csrr a0, senvcfg; andi a0, a0, 0xf0)
  /* cbo.zero on an unmapped address: store/AMO access fault */
  li s3, UNMAPPED_ADDR
  TEST_TRAP 7, CAUSE_STORE_ACCESS, TV_EXACT, s3, cbo.zero 0(s3)
  csrw menvcfg, zero
  csrw senvcfg, zero

  /* ---- S mode, menvcfg = 0: all four are illegal ---- */
  FILL
  ENTER_MODE PRV_S
  TEST_ILLEGAL 10, cbo.zero 0(s1)
  TEST_ILLEGAL 11, cbo.clean 0(s1)
  TEST_ILLEGAL 12, cbo.flush 0(s1)
  TEST_ILLEGAL 13, cbo.inval 0(s1)
  TO_M
  CHECK_BUF 14, PAT             /* the illegal cbo.zero wrote nothing */

  /* S mode, senvcfg set but menvcfg not: still illegal */
  li t0, CBZE | CBCFE | CBIE_INVAL
  csrw senvcfg, t0
  ENTER_MODE PRV_S
  TEST_ILLEGAL 15, cbo.zero 0(s1)
  TEST_ILLEGAL 16, cbo.flush 0(s1)
  TO_M
  csrw senvcfg, zero

  /* S mode with each enable on its own */
  li t0, CBZE
  csrw menvcfg, t0
  ENTER_MODE PRV_S
  cbo.zero (s1)
  TEST_ILLEGAL 20, cbo.clean 0(s1)
  TEST_ILLEGAL 21, cbo.inval 0(s1)
  TO_M
  CHECK_BUF 22, 0
  FILL
  li t0, CBCFE
  csrw menvcfg, t0
  ENTER_MODE PRV_S
  cbo.clean (s1)
  cbo.flush (s1)
  TEST_ILLEGAL 23, cbo.zero 0(s1)
  TEST_ILLEGAL 24, cbo.inval 0(s1)
  TO_M
  CHECK_BUF 25, PAT
  li t0, CBIE_INVAL
  csrw menvcfg, t0
  ENTER_MODE PRV_S
  cbo.inval (s1)
  TEST_ILLEGAL 26, cbo.clean 0(s1)
  TEST_ILLEGAL 27, cbo.zero 0(s1)
  TO_M
  CHECK_BUF 28, PAT
#ifndef QEMU_QUIRKS
  /* CBIE = 01: cbo.inval is allowed and performs a flush (QEMU 7.2 wants
   * both CBIE bits set and raises illegal instruction: skipped there) */
  li t0, CBIE_FLUSH
  csrw menvcfg, t0
  ENTER_MODE PRV_S
  cbo.inval (s1)
  TO_M
  CHECK_BUF 29, PAT
#endif
  /* cbo.zero in S also zeroes exactly one block */
  li t0, CBZE
  csrw menvcfg, t0
  FILL
  ENTER_MODE PRV_S
  cbo.zero (s2)
  TO_M
  CHECK_BUF 30, 0

  /* ---- U mode: menvcfg and senvcfg must both allow ---- */
  li t0, CBZE | CBCFE | CBIE_INVAL
  csrw menvcfg, t0
  csrw senvcfg, zero
  FILL
  ENTER_MODE PRV_U
  TEST_ILLEGAL 40, cbo.zero 0(s1)
  TEST_ILLEGAL 41, cbo.clean 0(s1)
  TEST_ILLEGAL 42, cbo.flush 0(s1)
  TEST_ILLEGAL 43, cbo.inval 0(s1)
  TO_M
  CHECK_BUF 44, PAT
  li t0, CBZE | CBCFE | CBIE_INVAL
  csrw senvcfg, t0
  ENTER_MODE PRV_U
  cbo.clean (s1)
  cbo.flush (s1)
  cbo.inval (s1)
  cbo.zero (s1)
  TO_M
  CHECK_BUF 45, 0
  /* senvcfg allows, menvcfg does not: illegal in U */
  FILL
  csrw menvcfg, zero
  ENTER_MODE PRV_U
  TEST_ILLEGAL 46, cbo.zero 0(s1)
  TEST_ILLEGAL 47, cbo.clean 0(s1)
  TEST_ILLEGAL 48, cbo.inval 0(s1)
  TO_M
  CHECK_BUF 49, PAT
  /* only senvcfg.CBZE cleared: zero illegal in U, clean allowed */
  li t0, CBZE | CBCFE | CBIE_INVAL
  csrw menvcfg, t0
  li t0, CBCFE
  csrw senvcfg, t0
  ENTER_MODE PRV_U
  cbo.clean (s1)
  TEST_ILLEGAL 50, cbo.zero 0(s1)
  TO_M
  CHECK_BUF 51, PAT
  csrw menvcfg, zero
  csrw senvcfg, zero
zicbo_absent:
TEST_END

  .data
  .align 6
cbuf: .skip 256
