/* Code spread over more pages than the decoded-instruction cache keeps
 * (2200 pages of 4 KiB): each page gets a tiny function that is called,
 * then the first ones are called again and rewritten, and must still run
 * correctly after the cache has been dropped and refilled. */
#include "harness.h"

#define NPAGES 2200
#define CODE_BASE 0x80100000

TEST_BEGIN
  li a0, 0
  li s1, CODE_BASE
  li s2, NPAGES
  li s3, 0x00150513      /* addi a0, a0, 1 */
  li s4, 0x00008067      /* ret (jalr x0, 0(ra)) */
1: sw s3, 0(s1)
  sw s4, 4(s1)
  fence.i
  jalr ra, 0(s1)
  li t0, 4096
  add s1, s1, t0
  addi s2, s2, -1
  bnez s2, 1b
  TEST_CASE(1, a0, NPAGES, nop)
  /* the first pages again, long after they left the cache */
  TEST_CASE(2, a0, NPAGES + 2, li t1, CODE_BASE; jalr ra, 0(t1); li t1, CODE_BASE + 4096; jalr ra, 0(t1))
  /* rewritten: addi a0, a0, 5 */
  TEST_CASE(3, a0, NPAGES + 7, li t1, CODE_BASE; li t2, 0x00550513; sw t2, 0(t1); fence.i; jalr ra, 0(t1))
  PASS
TEST_END
