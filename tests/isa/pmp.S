/* Physical Memory Protection (privileged spec §3.7): NAPOT, NA4 and TOR
 * entries checked from U and S (access faults 1/5/7 with mtval = the
 * address, allowed accesses succeed), entry priority, partial matches,
 * S/U default deny, M-mode default allow, and lock bits (M-mode checks,
 * ignored pmpcfg/pmpaddr writes). Locks last until reset, so they come
 * last. Every PMP change is followed by sfence.vma (§3.7.2).
 *
 * Test area: four 4 KiB pages P0-P3 (s0-s3), 16 KiB aligned, each starting
 * with a `ret` so fetch permission can be tested by calling it. Entry 7 is
 * a NAPOT catch-all (RWX, all addresses) in most blocks so code, stack and
 * the harness data stay reachable from S and U. */
#include "harness.h"

#define CFG_R     0x01
#define CFG_W     0x02
#define CFG_X     0x04
#define CFG_TOR   0x08
#define CFG_NA4   0x10
#define CFG_NAPOT 0x18
#define CFG_L     0x80
#define CATCHALL  0x1f00000000000000   /* entry 7: NAPOT RWX */

/* M mode: pmpcfg0 = value, then drop cached translations. Clobbers t0. */
.macro SET_PMPCFG0 value
    li t0, \value
    csrw pmpcfg0, t0
    sfence.vma
.endm

/* M mode: pmpaddr<n> = NAPOT encoding of [base, base + size), base in a
 * register, size a power of two 8..16384. Clobbers t0. */
.macro SET_NAPOT n, base, size
    srli t0, \base, 2
    ori t0, t0, ((\size) >> 3) - 1
    csrw pmpaddr\n, t0
    sfence.vma
.endm

/* M mode: pmpaddr<n> = addr >> 2 (TOR bound, NA4 base). Clobbers t0. */
.macro SET_ADDR n, addr
    srli t0, \addr, 2
    csrw pmpaddr\n, t0
    sfence.vma
.endm

/* Test n: calling the `ret` at address reg must return (fetch allowed). */
.macro TEST_FETCH_OK n, reg
    TEST_CASE(\n, a0, 1, li a0, 0; jalr ra, 0(\reg); li a0, 1)
.endm

/* Test n: calling address reg (label lbl) must raise a fetch access fault
 * with mtval = mepc = lbl; resumes after the call, in the same mode. */
.macro TEST_FETCH_FAULT n, reg, lbl
    li TESTNUM, \n
    EXPECT m, CAUSE_FETCH_ACCESS, CAUSE_FETCH_ACCESS, TV_EXACT, \reg, \lbl, .Lres\@
    jalr ra, 0(\reg)
.Lres\@:
    CHECK_HIT m
.endm

/* Test n: load of an allowed address must return the value stored there. */
#define TEST_LOAD_OK(n, insn, addr, expected) TEST_CASE(n, a0, expected, insn a0, addr)

TEST_BEGIN
  la s0, pmp_p0
  la s1, pmp_p1
  la s2, pmp_p2
  la s3, pmp_p3
  li t0, -1
  csrw pmpaddr7, t0

  /* ---- NAPOT 4 KiB, R only, on P0 ---------------------------------- */
  SET_NAPOT 0, s0, 4096
  SET_PMPCFG0 CATCHALL | CFG_NAPOT | CFG_R
  li t1, CATCHALL | CFG_NAPOT | CFG_R
  TEST_CASE(1, a0, 0, csrr a0, pmpcfg0; sub a0, a0, t1)
  TEST_CASE(2, a0, 0, csrr a0, pmpaddr0; srli t1, s0, 2; ori t1, t1, 511; sub a0, a0, t1)
  ENTER_MODE PRV_U
  TEST_LOAD_OK(3, ld, 8(s0), 0x0000000100000001)
  addi s4, s0, 8
  TEST_TRAP 4, CAUSE_STORE_ACCESS, TV_EXACT, s4, sd zero, 8(s0)
  TEST_FETCH_FAULT 5, s0, pmp_p0
  /* the catch-all grants everything outside P0 */
  TEST_CASE(6, a0, 0x66, li a1, 0x66; sd a1, 24(s1); ld a0, 24(s1))
  TEST_FETCH_OK 7, s1
  /* the last bytes of P0 (s4 = P0 + 0xff8) */
  li s4, 0xff8
  add s4, s0, s4
  TEST_TRAP 8, CAUSE_STORE_ACCESS, TV_EXACT, s4, sw zero, 0(s4)
  TEST_LOAD_OK(9, lw, 4(s4), 0x7ff)
  TO_M
  ENTER_MODE PRV_S
  TEST_LOAD_OK(10, lbu, 8(s0), 1)
  addi s4, s0, 8
  TEST_TRAP 11, CAUSE_STORE_ACCESS, TV_EXACT, s4, sb zero, 8(s0)
  TEST_FETCH_FAULT 12, s0, pmp_p0
  TO_M
  /* an unlocked entry does not restrict M */
  TEST_CASE(13, a0, 0x13, li a1, 0x13; sd a1, 16(s0); ld a0, 16(s0))
  TEST_FETCH_OK 14, s0

  /* ---- NAPOT X only on P1, NAPOT 8 KiB RW on P2-P3 ------------------- */
  SET_NAPOT 0, s1, 4096
  SET_NAPOT 1, s2, 8192
  SET_PMPCFG0 CATCHALL | ((CFG_NAPOT | CFG_R | CFG_W) << 8) | CFG_NAPOT | CFG_X
  ENTER_MODE PRV_U
  TEST_FETCH_OK 20, s1
  addi s4, s1, 8
  TEST_TRAP 21, CAUSE_LOAD_ACCESS, TV_EXACT, s4, ld a0, 8(s1)
  TEST_TRAP 22, CAUSE_STORE_ACCESS, TV_EXACT, s4, sd zero, 8(s1)
  TEST_LOAD_OK(23, ld, 8(s2), 0x0000000300000003)
  TEST_CASE(24, a0, 0x24, li a1, 0x24; sd a1, 16(s3); ld a0, 16(s3))
  TEST_FETCH_FAULT 25, s2, pmp_p2
  TEST_FETCH_FAULT 26, s3, pmp_p3
  TO_M

  /* ---- NA4 on P1+8, and accesses that match it only partly ----------- */
  addi s4, s1, 8
  SET_ADDR 0, s4
  SET_PMPCFG0 CATCHALL | CFG_NA4 | CFG_R | CFG_W
  ENTER_MODE PRV_U
  TEST_LOAD_OK(30, lw, 8(s1), 2)
  TEST_TRAP 31, CAUSE_LOAD_ACCESS, TV_EXACT, s4, ld a0, 8(s1)
  TEST_TRAP 32, CAUSE_STORE_ACCESS, TV_EXACT, s4, sd zero, 8(s1)
  TEST_LOAD_OK(33, lw, 12(s1), 0)
  TEST_CASE(34, a0, 0x34, li a1, 0x34; sw a1, 12(s1); lw a0, 12(s1))
  TEST_LOAD_OK(35, ld, 0(s1), 0x8067)
  TO_M
  SET_PMPCFG0 CATCHALL | CFG_NA4
  ENTER_MODE PRV_S
  TEST_TRAP 36, CAUSE_LOAD_ACCESS, TV_EXACT, s4, lw a0, 8(s1)
  addi s5, s1, 11
  TEST_TRAP 37, CAUSE_LOAD_ACCESS, TV_EXACT, s5, lbu a0, 11(s1)
  TEST_LOAD_OK(38, lw, 12(s1), 0x34)
  TO_M
  /* a partial match fails even in M and even for an unlocked entry */
  TEST_TRAP 39, CAUSE_LOAD_ACCESS, TV_EXACT, s4, ld a0, 8(s1)
  TEST_LOAD_OK(40, lw, 8(s1), 2)

  /* ---- TOR: entry 0 (OFF) gives the base, entry 1 [P2, P3) R only ---- */
  SET_ADDR 0, s2
  SET_ADDR 1, s3
  SET_PMPCFG0 CATCHALL | ((CFG_TOR | CFG_R) << 8)
  ENTER_MODE PRV_U
  TEST_LOAD_OK(41, lw, 8(s2), 3)
  TEST_TRAP 42, CAUSE_STORE_ACCESS, TV_EXACT, s2, sw zero, 0(s2)
  addi s4, s3, -8
  TEST_TRAP 43, CAUSE_STORE_ACCESS, TV_EXACT, s4, sd zero, -8(s3)
  TEST_CASE(44, a0, 0x44, li a1, 0x44; sd a1, 24(s3); ld a0, 24(s3))
  TEST_CASE(45, a0, 0x45, li a1, 0x45; sd a1, -8(s2); ld a0, -8(s2))
  TEST_FETCH_FAULT 46, s2, pmp_p2
  TEST_FETCH_OK 47, s3
  TO_M

  /* ---- default: S/U accesses matching no entry fail, M's succeed ----- */
  /* only entry 0: TOR from address 0 to P0, RWX (code, stack, harness
   * data); U/S code running at all shows the TOR match from 0 works */
  SET_ADDR 0, s0
  SET_PMPCFG0 CFG_TOR | CFG_R | CFG_W | CFG_X
  ENTER_MODE PRV_U
  TEST_TRAP 51, CAUSE_LOAD_ACCESS, TV_EXACT, s0, lw a0, 0(s0)
  TEST_TRAP 52, CAUSE_STORE_ACCESS, TV_EXACT, s3, sw zero, 0(s3)
  TEST_FETCH_FAULT 53, s1, pmp_p1
  TO_M
  ENTER_MODE PRV_S
  TEST_TRAP 54, CAUSE_LOAD_ACCESS, TV_EXACT, s2, ld a0, 0(s2)
  TEST_FETCH_FAULT 55, s2, pmp_p2
  TO_M
  TEST_LOAD_OK(56, lw, 0(s2), 0x8067)
  TEST_CASE(57, a0, 0x57, li a1, 0x57; sd a1, 32(s2); ld a0, 32(s2))
  TEST_FETCH_OK 58, s2

  /* ---- priority: the lowest-numbered matching entry decides ---------- */
  SET_NAPOT 0, s0, 4096
  SET_NAPOT 1, s0, 16384
  SET_PMPCFG0 CATCHALL | ((CFG_NAPOT | CFG_R | CFG_W | CFG_X) << 8) | CFG_NAPOT | CFG_R
  ENTER_MODE PRV_U
  addi s4, s0, 8
  TEST_TRAP 60, CAUSE_STORE_ACCESS, TV_EXACT, s4, sd zero, 8(s0)
  TEST_CASE(61, a0, 0x61, li a1, 0x61; sd a1, 8(s1); ld a0, 8(s1))
  TO_M
  SET_NAPOT 0, s0, 16384
  SET_NAPOT 1, s0, 4096
  SET_PMPCFG0 CATCHALL | ((CFG_NAPOT) << 8) | CFG_NAPOT | CFG_R | CFG_W | CFG_X
  ENTER_MODE PRV_U
  TEST_CASE(62, a0, 0x62, li a1, 0x62; sd a1, 24(s0); ld a0, 24(s0))
  TEST_FETCH_OK 63, s0
  TO_M

  /* ---- lock: entry 0 NAPOT P3 R only + L binds M too ----------------- */
  li t0, 0x77
  sd t0, 8(s3)
  SET_NAPOT 0, s3, 4096
  SET_ADDR 1, s2
  SET_PMPCFG0 CATCHALL | CFG_L | CFG_NAPOT | CFG_R
  TEST_LOAD_OK(70, ld, 8(s3), 0x77)
  addi s4, s3, 8
  TEST_TRAP 71, CAUSE_STORE_ACCESS, TV_EXACT, s4, sd zero, 8(s3)
  TEST_FETCH_FAULT 72, s3, pmp_p3
  /* writes to a locked entry's cfg and pmpaddr are ignored */
  li t1, CATCHALL | CFG_L | CFG_NAPOT | CFG_R
  SET_PMPCFG0 CATCHALL | CFG_NAPOT | CFG_R | CFG_W | CFG_X
  TEST_CASE(73, a0, 0, csrr a0, pmpcfg0; sub a0, a0, t1)
  csrw pmpaddr0, zero
  TEST_CASE(74, a0, 0, csrr a0, pmpaddr0; srli t1, s3, 2; ori t1, t1, 511; sub a0, a0, t1)
  TEST_TRAP 75, CAUSE_STORE_ACCESS, TV_EXACT, s4, sd zero, 8(s3)
  ENTER_MODE PRV_U
  TEST_TRAP 76, CAUSE_STORE_ACCESS, TV_EXACT, s4, sd zero, 8(s3)
  TEST_LOAD_OK(77, ld, 8(s3), 0x77)
  TO_M
  /* locked TOR entry 2 [P2, P3) R only: pmpaddr1 (its base) is locked
   * too, entry 1's cfg is not */
  SET_ADDR 2, s3
  SET_PMPCFG0 CATCHALL | ((CFG_L | CFG_TOR | CFG_R) << 16)
  TEST_LOAD_OK(78, lw, 8(s2), 3)
  addi s4, s2, 8
  TEST_TRAP 79, CAUSE_STORE_ACCESS, TV_EXACT, s4, sw zero, 8(s2)
  csrw pmpaddr1, zero
  TEST_CASE(80, a0, 0, csrr a0, pmpaddr1; srli t1, s2, 2; sub a0, a0, t1)
  csrw pmpaddr2, zero
  TEST_CASE(81, a0, 0, csrr a0, pmpaddr2; srli t1, s3, 2; sub a0, a0, t1)
  li t1, 0x1234
  csrw pmpaddr3, t1
  TEST_CASE(82, a0, 0x1234, csrr a0, pmpaddr3)
  SET_PMPCFG0 CATCHALL | ((CFG_NA4 | CFG_R) << 8)
#define LOCKED_CFG (((CFG_L | CFG_TOR | CFG_R) << 16) | CFG_L | CFG_NAPOT | CFG_R)
  li t1, CATCHALL | LOCKED_CFG | ((CFG_NA4 | CFG_R) << 8)
  TEST_CASE(83, a0, 0, csrr a0, pmpcfg0; sub a0, a0, t1)
  TEST_TRAP 84, CAUSE_STORE_ACCESS, TV_EXACT, s4, sw zero, 8(s2)
TEST_END

  .section .data
  .align 14
pmp_p0:
  .word 0x00008067                  /* ret (not c.ret: offsets below count) */
  .word 0
  .dword 0x0000000100000001
  .skip 4096 - 20
  .word 0x7ff
pmp_p1:
  .word 0x00008067
  .word 0
  .dword 0x0000000000000002
  .skip 4096 - 16
pmp_p2:
  .word 0x00008067
  .word 0
  .dword 0x0000000300000003
  .skip 4096 - 16
pmp_p3:
  .word 0x00008067
  .word 0
  .skip 4096 - 8
