/* Sdtrig on RV32 (see ../sdtrig.S for RV64): tdata1.type in bits 31:28,
 * 32-bit tdata2 (NAPOT maskmax6 = 31), and execute, load and store
 * mcontrol6 triggers in M (with mstatus.MIE = 1) and U. QEMU 7.2
 * (-DQEMU_QUIRKS): xtval may be 0, writing 0 to tdata1 does not disable,
 * a trigger also matches the word after its address, M triggers fire
 * with MIE = 0, and the legalization checks are skipped. */
#include "harness.h"

#define TYPE6 (6 << 28)
#define MC6_LOAD 0x1
#define MC6_STORE 0x2
#define MC6_EXEC 0x4
#define MC6_U 0x8
#define MC6_M 0x40
#define MATCH(n) ((n) << 7)

#ifdef QEMU_QUIRKS
#define TV_TRIG TV_OR_ZERO
#else
#define TV_TRIG TV_EXACT
#endif

/* Disables trigger 0 (see ../sdtrig.S: QEMU 7.2 ignores a write of 0). */
.macro DISABLE0
    csrw tselect, zero
#ifdef QEMU_QUIRKS
    li t1, TYPE6
    csrw tdata1, t1
#else
    csrw tdata1, zero
#endif
.endm

/* Trigger 0 := tdata2 = register r, tdata1 = t1v. Clobbers t1. */
.macro SET_TRIG0 t1v, r
    csrw tselect, zero
    csrw tdata1, zero
    csrw tdata2, \r
    li t1, \t1v
    csrw tdata1, t1
.endm

TEST_BEGIN
  TEST_CASE(1, a0, 0x40, csrw tselect, zero; csrr a0, tinfo; andi a0, a0, 0x40)
  TEST_CASE(2, a0, TYPE6 | MC6_M | MC6_LOAD, li a1, TYPE6 | MC6_M | MC6_LOAD; csrw tdata1, a1; csrr a0, tdata1)
  TEST_CASE(3, a0, 0x89abcdef, li a1, 0x89abcdef; csrw tdata2, a1; csrr a0, tdata2)
#ifndef QEMU_QUIRKS
  TEST_CASE(4, a0, 0x01008040, csrr a0, tinfo)
  TEST_CASE(5, a0, 15, csrw tdata1, zero; csrr a0, tdata1; srli a0, a0, 28)
  /* a type-6 value in RV64's position (bits 63:60) is not type 6 here */
  TEST_CASE(6, a0, 15, li a1, 6; csrw tdata1, a1; csrr a0, tdata1; srli a0, a0, 28)
  TEST_CASE(7, a0, 0xbfffffff, li a1, TYPE6 | MATCH(1); csrw tdata1, a1; li a1, -1; csrw tdata2, a1; csrr a0, tdata2)
#endif
  DISABLE0

  /* execute, in M with MIE = 1 */
  li gp, 10
  li a0, 0
  la s1, 1f
  SET_TRIG0 TYPE6 | MC6_M | MC6_EXEC, s1
  csrsi mstatus, MSTATUS_MIE
  EXPECT m, CAUSE_BREAKPOINT, CAUSE_BREAKPOINT, TV_TRIG, s1, 1f, 2f
1: addi a0, a0, 1
2: CHECK_HIT m
  csrci mstatus, MSTATUS_MIE
  TEST_CASE(11, a0, 0, nop)

  /* load and store, in M */
  la s1, tdat + 8
  SET_TRIG0 TYPE6 | MC6_M | MC6_LOAD | MC6_STORE, s1
  csrsi mstatus, MSTATUS_MIE
  li a0, 7
  TEST_TRAP 12, CAUSE_BREAKPOINT, TV_TRIG, s1, lw a0, 0(s1)
  TEST_TRAP 13, CAUSE_BREAKPOINT, TV_TRIG, s1, sw a0, 0(s1)
  TEST_TRAP 14, CAUSE_BREAKPOINT, TV_TRIG, s1, fld f0, 0(s1)
  TEST_CASE(15, a0, 0x5555, lw a0, 12(s1))
#ifndef QEMU_QUIRKS
  TEST_CASE(19, a0, 0x2222, lw a0, 4(s1))     /* the next word (QEMU: fires) */
#endif
  csrci mstatus, MSTATUS_MIE
#ifndef QEMU_QUIRKS
  /* MIE = 0: no breakpoint (QEMU: fires), and the stores did not happen */
  TEST_CASE(16, a0, 0x3333, lw a0, 0(s1))
#endif

  /* load, in U (taken in M) */
  SET_TRIG0 TYPE6 | MC6_U | MC6_LOAD, s1
  ENTER_MODE PRV_U
  TEST_TRAP 17, CAUSE_BREAKPOINT, TV_TRIG, s1, lw a0, 0(s1)
  TO_M
  TEST_CASE(18, a0, 0x3333, lw a0, 0(s1))     /* not in M */
  DISABLE0
TEST_END

  .section .data
  .align 6
tdat:
  .word 0x0000, 0x1111, 0x3333, 0x2222, 0x4444, 0x5555
