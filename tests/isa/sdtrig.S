/* Sdtrig (RISC-V Debug Specification 1.0, chapter 5): tselect, tinfo,
 * tdata1-3 and mcontrol6 (type 6) address triggers on execute, load and
 * store in M, S and U, raising breakpoint exceptions (cause 3) before the
 * instruction or access, with xepc = the instruction and xtval = the
 * matching address. Triggers with action 0 fire in M only while
 * mstatus.MIE = 1, and in S with breakpoints delegated only while SIE = 1
 * (§5.4, "Native Triggers", option 1), so the M tests set MIE (mie = 0:
 * no interrupt can come).
 *
 * QEMU 7.2 (-DQEMU_QUIRKS) has 2 triggers of an older draft: only the
 * checks common to both run there, xtval may be 0, a write of 0 to tdata1
 * does not disable a trigger (DISABLE writes an mcontrol6 value enabled
 * in no mode instead), and it neither gates triggers on MIE/SIE nor
 * implements chains, ranges, sizes or hit bits. */
#include "harness.h"

#define TYPE6 (6 << 60)
#define TYPE_SHIFT 60
#define MC6_LOAD 0x1
#define MC6_STORE 0x2
#define MC6_EXEC 0x4
#define MC6_U 0x8
#define MC6_S 0x10
#define MC6_M 0x40
#define MATCH(n) ((n) << 7)
#define MC6_CHAIN (1 << 11)
#define ACTION(n) ((n) << 12)
#define SIZE(n) ((n) << 16)
#define MC6_SELECT (1 << 21)
#define MC6_HIT0 (1 << 22)

#ifdef QEMU_QUIRKS
#define TV_TRIG TV_OR_ZERO
#else
#define TV_TRIG TV_EXACT
#endif

/* Disables the selected trigger: writing 0 must (§5.7.2); QEMU 7.2
 * ignores that write and keeps the trigger, so there an mcontrol6 value
 * with no mode enabled stands in. Clobbers t1. */
.macro DISABLE
#ifdef QEMU_QUIRKS
    li t1, TYPE6
    csrw tdata1, t1
#else
    csrw tdata1, zero
#endif
.endm

/* Trigger idx := tdata2 = register r, tdata1 = t1v, the spec's way
 * (§5.7: tdata1 = 0 first, so a half-written trigger never fires).
 * Clobbers t1. */
.macro SET_TRIG idx, t1v, r
    li t1, \idx
    csrw tselect, t1
    csrw tdata1, zero
    csrw tdata2, \r
    li t1, \t1v
    csrw tdata1, t1
.endm

.macro CLEAR_TRIG idx
    li t1, \idx
    csrw tselect, t1
    DISABLE
.endm

TEST_BEGIN
  /* ---- 1-9: enumeration (§5.5) ---- */
  TEST_CASE(1, a0, 0, csrw tselect, zero; csrr a0, tselect)
  TEST_CASE(2, a0, 1, li a1, 1; csrw tselect, a1; csrr a0, tselect)
  TEST_CASE(3, a0, 0x40, csrr a0, tinfo; andi a0, a0, 0x40)     /* type 6 */
  /* count: tselect reads back and tinfo.info is not 1 */
  li gp, 4
  li s2, 0
1: csrw tselect, s2
  csrr t0, tselect
  bne t0, s2, 2f
  csrr t0, tinfo
  slli t0, t0, 48
  srli t0, t0, 48
  li t1, 1
  beq t0, t1, 2f
  addi s2, s2, 1
  li t1, 64
  bltu s2, t1, 1b
2:
  TEST_CASE(4, a0, 0, sltiu a0, s2, 2)                          /* at least 2 */
#ifndef QEMU_QUIRKS
  TEST_CASE(5, a0, 4, mv a0, s2)
  /* tinfo: version 1 (the ratified 1.0), types 6 and 15 */
  TEST_CASE(6, a0, 0x01008040, csrw tselect, zero; csrr a0, tinfo)
  /* tselect is WARL: an index with no trigger is not kept */
  TEST_CASE(7, a0, 1, li a1, 1; csrw tselect, a1; li a1, 100; csrw tselect, a1; csrr a0, tselect)
#endif

  /* ---- 10-29: tdata1, tdata2, tdata3 ---- */
  csrw tselect, zero
  /* writing 0 disables the trigger, leaving a non-zero value */
  TEST_CASE(10, a0, 1, csrw tdata1, zero; csrr a0, tdata1; snez a0, a0)
#ifndef QEMU_QUIRKS
  TEST_CASE(11, a0, 15, csrr a0, tdata1; srli a0, a0, TYPE_SHIFT)
#endif
  TEST_CASE(12, a0, 0x123456, li a1, 0x123456; csrw tdata2, a1; csrr a0, tdata2)
  /* an mcontrol6 trigger reads back as written (MIE = 0: it cannot fire) */
  TEST_CASE(13, a0, TYPE6 | MC6_M | MC6_EXEC, li a1, TYPE6 | MC6_M | MC6_EXEC; csrw tdata1, a1; csrr a0, tdata1)
  DISABLE
  /* every trigger has its own tdata registers */
  TEST_CASE(14, a0, 0x123456, li a1, 1; csrw tselect, a1; csrw tdata1, zero; li a1, 0x777; csrw tdata2, a1; csrw tselect, zero; csrr a0, tdata2)
  TEST_CASE(15, a0, 0x777, li a1, 1; csrw tselect, a1; csrr a0, tdata2)
  csrw tselect, zero
#ifndef QEMU_QUIRKS
  /* what this hart does not implement reads back disabled (type 15):
   * type 2 (mcontrol), action 1 (Debug Mode), select 1 (data), match 4 */
  TEST_CASE(16, a0, 15, li a1, (2 << TYPE_SHIFT) | MC6_M | MC6_LOAD; csrw tdata1, a1; csrr a0, tdata1; srli a0, a0, TYPE_SHIFT)
  TEST_CASE(17, a0, 15, li a1, TYPE6 | ACTION(1) | MC6_M | MC6_EXEC; csrw tdata1, a1; csrr a0, tdata1; srli a0, a0, TYPE_SHIFT)
  TEST_CASE(18, a0, 15, li a1, TYPE6 | MC6_SELECT | MC6_M | MC6_LOAD; csrw tdata1, a1; csrr a0, tdata1; srli a0, a0, TYPE_SHIFT)
  TEST_CASE(19, a0, 15, li a1, TYPE6 | MATCH(4) | MC6_M | MC6_LOAD; csrw tdata1, a1; csrr a0, tdata1; srli a0, a0, TYPE_SHIFT)
  /* dmode (Debug Mode only), uncertain, hit1, vs, vu read 0; size, match,
   * chain, hit0 are kept */
  TEST_CASE(20, a0, TYPE6 | SIZE(3) | MATCH(2) | MC6_CHAIN | MC6_HIT0 | MC6_U | MC6_LOAD, li a1, TYPE6 | (1 << 59) | (0xf << 23) | SIZE(3) | MATCH(2) | MC6_CHAIN | MC6_HIT0 | MC6_U | MC6_LOAD; csrw tdata1, a1; csrr a0, tdata1)
  /* NAPOT: maskmax6 = 63, so all ones in tdata2 clears bit 62 */
  TEST_CASE(21, a0, 0xbfffffffffffffff, li a1, TYPE6 | MATCH(1); csrw tdata1, a1; li a1, -1; csrw tdata2, a1; csrr a0, tdata2)
  /* tdata3 (textra64) implements no field */
  TEST_CASE(22, a0, 0, li a1, -1; csrw tdata3, a1; csrr a0, tdata3)
  /* the last trigger has nothing to chain to */
  TEST_CASE(23, a0, 0, li a1, 3; csrw tselect, a1; li a1, TYPE6 | MC6_CHAIN; csrw tdata1, a1; csrr a0, tdata1; li a1, MC6_CHAIN; and a0, a0, a1)
  CLEAR_TRIG 3
#endif
  CLEAR_TRIG 0
  /* the trigger CSRs belong to M */
  ENTER_MODE PRV_S
  TEST_ILLEGAL 24, csrr a0, tselect
  TEST_ILLEGAL 25, csrw tdata1, zero
  TEST_ILLEGAL 26, csrr a0, tinfo
  TO_M

  /* ---- 30-39: execute triggers in M ---- */
  li gp, 30
  li a0, 0
  la s1, 1f
  SET_TRIG 0, TYPE6 | MC6_M | MC6_EXEC, s1
  csrsi mstatus, MSTATUS_MIE
  EXPECT m, CAUSE_BREAKPOINT, CAUSE_BREAKPOINT, TV_TRIG, s1, 1f, 2f
1: addi a0, a0, 1                  /* the trigger fires before it runs */
2: CHECK_HIT m
  csrci mstatus, MSTATUS_MIE
  TEST_CASE(31, a0, 0, nop)
#ifndef QEMU_QUIRKS
  /* with MIE = 0 (as in an M trap handler) an M trigger does not fire */
  la s1, 1f
  SET_TRIG 0, TYPE6 | MC6_M | MC6_EXEC, s1
  li gp, 32
1: addi a0, a0, 1
  TEST_CASE(33, a0, 1, nop)
#endif
  /* enabled in S and U only: nothing in M */
  li a0, 0
  la s1, 1f
  SET_TRIG 0, TYPE6 | MC6_S | MC6_U | MC6_EXEC, s1
  csrsi mstatus, MSTATUS_MIE
  li gp, 34
1: addi a0, a0, 1
  csrci mstatus, MSTATUS_MIE
  TEST_CASE(35, a0, 1, nop)
  /* a disabled trigger does nothing */
  li a0, 0
  la s1, 1f
  SET_TRIG 0, TYPE6 | MC6_M | MC6_EXEC, s1
  DISABLE
  csrsi mstatus, MSTATUS_MIE
  li gp, 36
1: addi a0, a0, 1
  csrci mstatus, MSTATUS_MIE
  TEST_CASE(37, a0, 1, nop)

  /* ---- 40-49: load triggers in M ---- */
  la s1, tdat + 16
  SET_TRIG 0, TYPE6 | MC6_M | MC6_LOAD, s1
  csrsi mstatus, MSTATUS_MIE
  li a0, 7
  TEST_TRAP 40, CAUSE_BREAKPOINT, TV_TRIG, s1, ld a0, 0(s1)
  TEST_CASE(41, a0, 7, nop)                         /* not loaded */
  TEST_CASE(42, a0, 0x2222, ld a0, 8(s1))           /* another address */
  TEST_CASE(43, a0, 0x3333, li a0, 0x3333; sd a0, 0(s1))   /* a store */
  TEST_TRAP 44, CAUSE_BREAKPOINT, TV_TRIG, s1, fld f0, 0(s1)
  TEST_TRAP 45, CAUSE_BREAKPOINT, TV_TRIG, s1, lr.d a0, (s1)
  TEST_TRAP 46, CAUSE_BREAKPOINT, TV_TRIG, s1, amoadd.d a0, a1, (s1)
  TEST_TRAP 47, CAUSE_BREAKPOINT, TV_TRIG, s1, lbu a0, 0(s1)
#ifndef QEMU_QUIRKS
  /* an access covering the address: xtval is the byte that matched */
  TEST_TRAP 48, CAUSE_BREAKPOINT, TV_EXACT, s1, ld a0, -4(s1)
  TEST_TRAP 49, CAUSE_BREAKPOINT, TV_EXACT, s1, lw a0, -2(s1)
#endif
  csrci mstatus, MSTATUS_MIE

  /* ---- 50-59: store triggers in M ---- */
  SET_TRIG 0, TYPE6 | MC6_M | MC6_STORE, s1
  csrsi mstatus, MSTATUS_MIE
  li a1, 0x55
  TEST_TRAP 50, CAUSE_BREAKPOINT, TV_TRIG, s1, sd a1, 0(s1)
  TEST_CASE(51, a0, 0x3333, ld a0, 0(s1))           /* not stored; loads pass */
  TEST_TRAP 52, CAUSE_BREAKPOINT, TV_TRIG, s1, sb a1, 0(s1)
  TEST_TRAP 53, CAUSE_BREAKPOINT, TV_TRIG, s1, fsd f0, 0(s1)
  TEST_TRAP 54, CAUSE_BREAKPOINT, TV_TRIG, s1, amoswap.d a0, a1, (s1)
#ifndef QEMU_QUIRKS
  lr.d a0, (s1)
  TEST_TRAP 55, CAUSE_BREAKPOINT, TV_EXACT, s1, sc.d a0, a1, (s1)
  TEST_TRAP 56, CAUSE_BREAKPOINT, TV_EXACT, s1, sd a1, -4(s1)
#endif
  TEST_CASE(57, a0, 0x3333, ld a0, 0(s1))           /* still untouched */
  TEST_CASE(58, a0, 0x55, sd a1, 8(s1); ld a0, 8(s1))
  csrci mstatus, MSTATUS_MIE

  /* ---- 60-69: U and S ---- */
  /* U load trigger, breakpoints taken in M */
  SET_TRIG 0, TYPE6 | MC6_U | MC6_LOAD, s1
  ENTER_MODE PRV_U
  TEST_TRAP 60, CAUSE_BREAKPOINT, TV_TRIG, s1, ld a0, 0(s1)
  TEST_CASE(61, a0, 0x55, ld a0, 8(s1))
  TO_M
  csrsi mstatus, MSTATUS_MIE
  TEST_CASE(62, a0, 0x3333, ld a0, 0(s1))           /* not in M */
  csrci mstatus, MSTATUS_MIE
  /* S execute trigger, taken in M */
  la s2, 1f
  SET_TRIG 0, TYPE6 | MC6_S | MC6_EXEC, s2
  ENTER_MODE PRV_S
  li gp, 63
  li a0, 0
  EXPECT m, CAUSE_BREAKPOINT, CAUSE_BREAKPOINT, TV_TRIG, s2, 1f, 2f
1: addi a0, a0, 1
2: CHECK_HIT m
  TEST_CASE(64, a0, 0, nop)
  TO_M
  /* S store trigger with breakpoints delegated to S: taken in S with SIE = 1 */
  li t0, 1 << CAUSE_BREAKPOINT
  csrs medeleg, t0
  SET_TRIG 0, TYPE6 | MC6_S | MC6_STORE, s1
  ENTER_MODE PRV_S
  csrsi sstatus, MSTATUS_SIE
  TEST_TRAP_S 65, CAUSE_BREAKPOINT, TV_TRIG, s1, sd a1, 0(s1)
  csrci sstatus, MSTATUS_SIE
#ifndef QEMU_QUIRKS
  /* SIE = 0, as in the S handler: no breakpoint, the store happens */
  TEST_CASE(66, a0, 0x66, li a1, 0x66; sd a1, 0(s1); ld a0, 0(s1))
#endif
  TO_M
  csrw medeleg, zero
  CLEAR_TRIG 0

#ifndef QEMU_QUIRKS
  /* ---- 70-79: ranges, chains, NAPOT, sizes, hit0 ---- */
  /* trigger 0 (ge A, chain) and trigger 1 (lt A + 16): [A, A + 16) */
  addi s2, s1, 16
  SET_TRIG 1, TYPE6 | MC6_M | MC6_LOAD | MATCH(3), s2
  SET_TRIG 0, TYPE6 | MC6_M | MC6_LOAD | MATCH(2) | MC6_CHAIN, s1
  csrsi mstatus, MSTATUS_MIE
  addi s3, s1, 8
  TEST_TRAP 70, CAUSE_BREAKPOINT, TV_EXACT, s3, ld a0, 8(s1)
  TEST_CASE(71, a0, 1, ld a0, 16(s1); ld a0, -8(s1); li a0, 1)   /* outside */
  TEST_TRAP 72, CAUSE_BREAKPOINT, TV_EXACT, s1, ld a0, -4(s1)   /* straddles A */
  csrci mstatus, MSTATUS_MIE
  /* hit0 (fired before the instruction) on both triggers of the chain */
  TEST_CASE(73, a0, MC6_HIT0, csrw tselect, zero; csrr a0, tdata1; li a1, MC6_HIT0; and a0, a0, a1)
  TEST_CASE(74, a0, MC6_HIT0, li a1, 1; csrw tselect, a1; csrr a0, tdata1; li a1, MC6_HIT0; and a0, a0, a1)
  CLEAR_TRIG 1
  /* NAPOT: tdata2 = A + 7 matches [A, A + 15] */
  addi s2, s1, 7
  SET_TRIG 0, TYPE6 | MC6_M | MC6_STORE | MATCH(1), s2
  csrsi mstatus, MSTATUS_MIE
  addi s3, s1, 12
  TEST_TRAP 75, CAUSE_BREAKPOINT, TV_EXACT, s3, sw a1, 12(s1)
  TEST_CASE(76, a0, 1, sw a1, 16(s1); sw a1, -4(s1); li a0, 1)
  csrci mstatus, MSTATUS_MIE
  /* size 3: 32-bit accesses only */
  SET_TRIG 0, TYPE6 | MC6_M | MC6_LOAD | SIZE(3), s1
  csrsi mstatus, MSTATUS_MIE
  TEST_CASE(77, a0, 1, lb a0, 0(s1); ld a0, 0(s1); li a0, 1)
  TEST_TRAP 78, CAUSE_BREAKPOINT, TV_EXACT, s1, lw a0, 0(s1)
  csrci mstatus, MSTATUS_MIE
  /* size 2 on execute: 16-bit instructions only */
  la s2, 1f
  SET_TRIG 0, TYPE6 | MC6_M | MC6_EXEC | SIZE(2), s2
  csrsi mstatus, MSTATUS_MIE
  li gp, 79
  .option push
  .option norvc
1: addi a0, a0, 1                  /* 32 bits: no match */
  .option pop
  la s2, 1f
  SET_TRIG 0, TYPE6 | MC6_M | MC6_EXEC | SIZE(2), s2
  li gp, 80
  EXPECT m, CAUSE_BREAKPOINT, CAUSE_BREAKPOINT, TV_EXACT, s2, 1f, 2f
1: c.addi a0, 1
2: CHECK_HIT m
  csrci mstatus, MSTATUS_MIE
  CLEAR_TRIG 0
#endif
TEST_END

  .section .data
  .align 6
  .skip 64
tdat:
  .dword 0x0000, 0x1111, 0x2222, 0x2222, 0x4444, 0x5555
  .skip 64
