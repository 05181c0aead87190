/* Misaligned loads and stores, within a page and across page boundaries,
 * in M mode (physical) and S mode (Sv39). Each access is either done by
 * hardware with the right value, or traps with cause 4/6 (or access fault
 * 5/7) and mtval = the address (TEST_MAYTRAP). Across pages the two halves
 * must use their own translations: VA 0x40001000 maps a page that is NOT
 * physically next to the one at VA 0x40000000. A misaligned access that
 * runs into an unmapped page faults: cause 13/15 (or 4/6), mtval = the
 * access address or the start of the unmapped page.
 *   page0 (VA 0x40000000) bytes 0xff8..0xfff = 10 11 12 13 14 15 16 17
 *   page1 (physically after page0, unmapped)  bytes 0..7 = e0 .. e7
 *   page2 (VA 0x40001000) bytes 0..7         = 18 19 1a 1b 1c 1d 1e 1f
 *   VA 0x40002000: invalid PTE */
#include "harness.h"

#define PTE_V 1
#define PTE_R 2
#define PTE_W 4
#define PTE_X 8
#define PTE_A 64
#define PTE_D 128
#define RWAD (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define VBASE 0x40000000

.macro SETPTE table, idx, pa, flags
    la t0, \pa
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, \flags
    la t1, \table
    sd t0, (\idx * 8)(t1)
.endm

/* restore the patterns */
.macro INIT_PAGES
    la t1, page0 + 0xff8
    li t0, 0x1716151413121110
    sd t0, 0(t1)
    la t1, page1
    li t0, 0xe7e6e5e4e3e2e1e0
    sd t0, 0(t1)
    la t1, page2
    li t0, 0x1f1e1d1c1b1a1918
    sd t0, 0(t1)
.endm

/* s4 = 1 if the last TEST_MAYTRAP trapped (read before the next EXPECT) */
.macro SAVE_HIT
    la t5, trap_exp_m
    ld s4, X_HIT(t5)
.endm

/* test n: ld from the physical address label+off equals (s4 ? old : new) */
#define MEMCHK(n, label, off, old, new) \
  TEST_CASE(n, a0, 0, la a1, label + off; ld a0, 0(a1); li a2, new; beqz s4, 1f; li a2, old; 1: sub a0, a0, a2)

TEST_BEGIN
  li t0, (0x80000000 >> 12 << 10) | PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D
  la t1, root
  sd t0, 16(t1)
  SETPTE root, 1, l1, PTE_V
  SETPTE l1, 0, l0, PTE_V
  SETPTE l0, 0, page0, RWAD
  SETPTE l0, 1, page2, RWAD
  la a1, root
  srli a1, a1, 12
  li t0, 8 << 60
  or a1, a1, t0
  csrw satp, a1
  sfence.vma
  INIT_PAGES

  /* ---- M mode, physical addresses ---- */
  la s0, page0
  addi s1, s0, 0x7f9          /* within the page */
  addi s1, s1, 0x7f9          /* page0 + 0xff2: odd, within */
  addi s1, s1, 7              /* page0 + 0xff9 */
  TEST_MAYTRAP 1, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0x1211, lhu a0, 0(s1)
  TEST_MAYTRAP 2, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0x14131211, lw a0, 0(s1)
  TEST_MAYTRAP 3, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0xe017161514131211, ld a0, 0(s1)
  addi s1, s1, 3              /* page0 + 0xffc: crosses into page1 */
  TEST_MAYTRAP 4, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0xe3e2e1e017161514, ld a0, 0(s1)
  addi s1, s1, 2              /* page0 + 0xffe */
  TEST_MAYTRAP 5, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0xffffffffe1e01716, lw a0, 0(s1)
  addi s1, s1, 1              /* page0 + 0xfff */
  TEST_MAYTRAP 6, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0xffffffffffffe017, lh a0, 0(s1)
  /* crossing store in M: sd at page0 + 0xffb */
  addi s1, s1, -4
  li a1, 0x1122334455667788
  TEST_MAYTRAP 7, CAUSE_MISALIGNED_STORE, CAUSE_STORE_ACCESS, s1, zero, 0, sd a1, 0(s1)
  SAVE_HIT
  MEMCHK(8, page0, 0xff8, 0x1716151413121110, 0x4455667788121110)
  MEMCHK(9, page1, 0, 0xe7e6e5e4e3e2e1e0, 0xe7e6e5e4e3112233)
  /* FP: fld/fsd misaligned across the boundary */
  INIT_PAGES
  addi s1, s0, 0x7fe
  addi s1, s1, 0x7fe          /* page0 + 0xffc */
  fmv.d.x fa0, zero
  TEST_MAYTRAP 10, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, zero, 0, fld fa0, 0(s1)
  SAVE_HIT
  TEST_CASE(11, a0, 0xe3e2e1e017161514, fmv.x.d a0, fa0; beqz s4, 1f; li a0, 0xe3e2e1e017161514; 1:)

  /* ---- S mode, through Sv39: halves in different physical pages ---- */
  INIT_PAGES
  ENTER_MODE PRV_S
  li s1, VBASE + 0xff9
  TEST_MAYTRAP 20, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0x14131211, lwu a0, 0(s1)
  TEST_MAYTRAP 21, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0x1817161514131211, ld a0, 0(s1)
  li s1, VBASE + 0xffc
  TEST_MAYTRAP 22, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0x1b1a191817161514, ld a0, 0(s1)
  li s1, VBASE + 0xffe
  TEST_MAYTRAP 23, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0x19181716, lw a0, 0(s1)
  li s1, VBASE + 0xfff
  TEST_MAYTRAP 24, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0x1817, lhu a0, 0(s1)
  li s1, VBASE + 0xffd
  TEST_MAYTRAP 26, CAUSE_MISALIGNED_LOAD, CAUSE_LOAD_ACCESS, s1, a0, 0x18171615, lw a0, 0(s1)
  /* crossing store: sd at VA 0x40000ffb */
  li s1, VBASE + 0xffb
  li a1, 0x1122334455667788
  TEST_MAYTRAP 27, CAUSE_MISALIGNED_STORE, CAUSE_STORE_ACCESS, s1, zero, 0, sd a1, 0(s1)
  SAVE_HIT
  TO_M
  MEMCHK(28, page0, 0xff8, 0x1716151413121110, 0x4455667788121110)
  MEMCHK(29, page2, 0, 0x1f1e1d1c1b1a1918, 0x1f1e1d1c1b112233)
  TEST_CASE(30, a0, 0xe7e6e5e4e3e2e1e0, la a1, page1; ld a0, 0(a1))   /* never touched */
  /* crossing sw / sh */
  INIT_PAGES
  ENTER_MODE PRV_S
  li s1, VBASE + 0xffe
  li a1, 0xaabbccdd
  TEST_MAYTRAP 31, CAUSE_MISALIGNED_STORE, CAUSE_STORE_ACCESS, s1, zero, 0, sw a1, 0(s1)
  SAVE_HIT
  TO_M
  MEMCHK(32, page0, 0xff8, 0x1716151413121110, 0xccdd151413121110)
  MEMCHK(33, page2, 0, 0x1f1e1d1c1b1a1918, 0x1f1e1d1c1b1aaabb)
  INIT_PAGES
  ENTER_MODE PRV_S
  li s1, VBASE + 0xfff
  li a1, 0x5a6b
  TEST_MAYTRAP 34, CAUSE_MISALIGNED_STORE, CAUSE_STORE_ACCESS, s1, zero, 0, sh a1, 0(s1)
  SAVE_HIT
  TO_M
  MEMCHK(35, page0, 0xff8, 0x1716151413121110, 0x6b16151413121110)
  MEMCHK(36, page2, 0, 0x1f1e1d1c1b1a1918, 0x1f1e1d1c1b1a195a)
  /* within a page in S */
  INIT_PAGES
  ENTER_MODE PRV_S
  li s1, VBASE + 0xff9
  li a1, 0x0102030405060708
  TEST_MAYTRAP 37, CAUSE_MISALIGNED_STORE, CAUSE_STORE_ACCESS, s1, zero, 0, sw a1, 0(s1)
  SAVE_HIT
  TO_M
  MEMCHK(38, page0, 0xff8, 0x1716151413121110, 0x1716150506070810)

  /* ---- into an unmapped page: page fault (or misaligned trap) ---- */
  ENTER_MODE PRV_S
  li s1, VBASE + 0x1ffc
  li s2, VBASE + 0x2000
  li gp, 40
  EXPECT m, CAUSE_LOAD_PAGE, CAUSE_MISALIGNED_LOAD, TV_ANY, zero, 1f, 2f
1: ld a0, 0(s1)
2: CHECK_HIT m
  la t5, trap_exp_m
  ld t0, X_LTVAL(t5)
  beq t0, s1, 3f
  li gp, 41
  bne t0, s2, fail_testnum
3:
  li s1, VBASE + 0x1fff
  li gp, 42
  EXPECT m, CAUSE_STORE_PAGE, CAUSE_MISALIGNED_STORE, TV_ANY, zero, 1f, 2f
1: sh a0, 0(s1)
2: CHECK_HIT m
  la t5, trap_exp_m
  ld t0, X_LTVAL(t5)
  beq t0, s1, 3f
  li gp, 43
  bne t0, s2, fail_testnum
3:
  /* an aligned access to the last mapped bytes is fine */
  TEST_CASE(44, a0, 0, li a1, VBASE + 0x1ff8; ld a0, 0(a1))
  TO_M
  csrwi satp, 0
  sfence.vma
TEST_END

  .data
  .align 12
root: .skip 4096
l1: .skip 4096
l0: .skip 4096
page0: .skip 4096
page1: .skip 4096
page2: .skip 4096
