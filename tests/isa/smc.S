/* Self-modifying code: an instruction rewritten by a store (then fence.i)
 * executes in its new form, even after the old one ran many times; the
 * same for a compressed instruction and for a 32-bit one replaced by two
 * compressed ones (unprivileged spec §3.2, Zifencei). */
#include "harness.h"

TEST_BEGIN
  /* run the original a few times so it is decoded and cached */
  li s1, 5
1: jal ra, patch_me
  addi s1, s1, -1
  bnez s1, 1b
  TEST_CASE(1, a0, 1, jal ra, patch_me)
  /* addi a0, zero, 2 */
  TEST_CASE(2, a0, 2, la t0, patch_me; li t1, 0x00200513; sw t1, 0(t0); fence.i; jal ra, patch_me)
  /* c.li a0, 3 ; c.nop */
  TEST_CASE(3, a0, 3, la t0, patch_me; li t1, 0x0001450d; sw t1, 0(t0); fence.i; jal ra, patch_me)
  /* back to a 32-bit addi a0, zero, 4, in a loop that runs it before and after */
  li s1, 3
2: jal ra, patch_me
  addi s1, s1, -1
  bnez s1, 2b
  TEST_CASE(4, a0, 4, la t0, patch_me; li t1, 0x00400513; sw t1, 0(t0); fence.i; jal ra, patch_me)
  /* a compressed instruction rewritten with a halfword store */
  TEST_CASE(5, a0, 7, jal ra, patch_c; la t0, patch_c; li t1, 0x451d; sh t1, 0(t0); fence.i; jal ra, patch_c)
  PASS

  .align 2
  .option push
  .option norvc
patch_me:
  addi a0, zero, 1
  ret
  .option pop
patch_c:
  .option push
  .option rvc
  c.li a0, 6
  .option pop
  ret
TEST_END
