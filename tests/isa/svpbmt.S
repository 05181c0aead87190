/* Svpbmt: page-based memory types in leaf PTE bits 62:61 (Sv39 here).
 *   menvcfg.PBMTE (bit 62 of menvcfg, 0x30a) is writable;
 *   PBMTE = 1: PBMT 0 (PMA), 1 (NC) and 2 (IO) translate normally (rvbox
 *     has no caches: same data), PBMT 3 is reserved -> page fault;
 *   PBMTE = 0: any non-zero PBMT -> page fault (bits 62:61 reserved);
 *   a non-leaf PTE with PBMT != 0 -> page fault either way.
 * Tables: VA 0x80000000 identity gigapage (code, data); VA 0x40000000 +
 *   0x0000 page_a PBMT 0      0x2000 page_a PBMT 2 (IO)
 *   0x1000 page_a PBMT 1 (NC) 0x3000 page_a PBMT 3 (reserved)
 * VA 0x40200000: through a non-leaf L1 entry with PBMT = 1 to the same L0.
 * Page faults are not delegated (M handler), tval = the VA.
 * QEMU 7.2 needs -cpu rv64,svpbmt=on for this (the Makefile passes it). */
#include "harness.h"

#define PTE_V 1
#define PTE_R 2
#define PTE_W 4
#define PTE_X 8
#define PTE_A 64
#define PTE_D 128
#define PBMT_NC (1 << 61)
#define PBMT_IO (2 << 61)
#define PBMT_RSV (3 << 61)
#define PBMTE (1 << 62)
#define VBASE 0x40000000
#define RWAD (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)

/* table[idx] = pte(label, flags | pbmt) */
.macro SETPTE table, idx, pa, flags, pbmt=0
    la t0, \pa
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, \flags
    li t1, \pbmt
    or t0, t0, t1
    la t1, \table
    sd t0, (\idx * 8)(t1)
.endm

/* S-mode checks of the four pages; n..n+7 */
.macro SET_MENVCFG val
    li t0, \val
    csrw menvcfg, t0
    sfence.vma
.endm

TEST_BEGIN
  li t0, (0x80000000 >> 12 << 10) | PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D
  la t1, root
  sd t0, 16(t1)
  SETPTE root, 1, l1, PTE_V
  SETPTE l1, 0, l0, PTE_V
  SETPTE l1, 1, l0, PTE_V, PBMT_NC          /* non-leaf with PBMT: reserved */
  SETPTE l0, 0, page_a, RWAD
  SETPTE l0, 1, page_a, RWAD, PBMT_NC
  SETPTE l0, 2, page_a, RWAD, PBMT_IO
  SETPTE l0, 3, page_a, RWAD, PBMT_RSV
  li t0, 0x1234
  la t1, page_a
  sd t0, 0(t1)
  la a1, root
  srli a1, a1, 12
  li t0, 8 << 60
  or a1, a1, t0
  csrw satp, a1
  sfence.vma

  /* menvcfg.PBMTE is writable */
  TEST_CASE(1, a0, PBMTE, li a1, PBMTE; csrw menvcfg, a1; csrr a0, menvcfg; and a0, a0, a1)
  TEST_CASE(2, a0, 0, csrw menvcfg, zero; csrr a0, menvcfg; li a1, PBMTE; and a0, a0, a1)

  /* ---- PBMTE = 1 ---- */
  SET_MENVCFG PBMTE
  ENTER_MODE PRV_S
  li s0, VBASE
  li s2, VBASE + 0x1000
  li s3, VBASE + 0x2000
  TEST_CASE(10, a0, 0x1234, ld a0, 0(s0))
  TEST_CASE(11, a0, 0x1234, ld a0, 0(s2))                   /* NC */
  TEST_CASE(12, a0, 0x1234, ld a0, 0(s3))                   /* IO */
  TEST_CASE(13, a0, 0x5678, li a1, 0x5678; sd a1, 0(s2); ld a0, 0(s0))
  TEST_CASE(14, a0, 0x9abc, li a1, 0x9abc; sd a1, 0(s3); ld a0, 0(s2))
#ifndef QEMU_QUIRKS   /* QEMU 7.2 accepts the reserved PBMT value 3: skipped */
  li s1, VBASE + 0x3000
  TEST_TRAP 15, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)       /* PBMT 3 */
  TEST_TRAP 16, CAUSE_STORE_PAGE, TV_EXACT, s1, sd a0, 0(s1)
  li gp, 17
  EXPECT m, CAUSE_FETCH_PAGE, CAUSE_FETCH_PAGE, TV_EXACT, s1, VBASE + 0x3000, 2f
  jalr ra, 0(s1)
2: CHECK_HIT m
#endif
  li s1, VBASE + 0x200000
  TEST_TRAP 18, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)       /* non-leaf PBMT */
  TO_M

  /* ---- PBMTE = 0: non-zero PBMT is reserved ---- */
  SET_MENVCFG 0
  ENTER_MODE PRV_S
  li s0, VBASE
  TEST_CASE(20, a0, 0x9abc, ld a0, 0(s0))
#ifndef QEMU_QUIRKS   /* QEMU 7.2 with svpbmt=on ignores PBMTE = 0: skipped */
  li s1, VBASE + 0x1000
  TEST_TRAP 21, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
  TEST_TRAP 22, CAUSE_STORE_PAGE, TV_EXACT, s1, sd a0, 0(s1)
  li s1, VBASE + 0x2000
  TEST_TRAP 23, CAUSE_LOAD_PAGE, TV_EXACT, s1, lw a0, 0(s1)
  li s1, VBASE + 0x3000
  TEST_TRAP 24, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
  li s1, VBASE + 0x200000
  TEST_TRAP 25, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
#endif
  TO_M
  /* the store of test 22 did not happen */
  TEST_CASE(26, a0, 0x9abc, la a1, page_a; ld a0, 0(a1))

  /* MPRV loads from M use the same rules */
  SET_MENVCFG PBMTE
  li t0, MSTATUS_MPRV | MSTATUS_MPP
  csrc mstatus, t0
  li t0, MSTATUS_MPRV | (PRV_S << 11)
  csrs mstatus, t0
  li s3, VBASE + 0x2000
  TEST_CASE(30, a0, 0x9abc, ld a0, 0(s3))
  li t0, MSTATUS_MPRV
  csrc mstatus, t0
  SET_MENVCFG 0
  csrwi satp, 0
  sfence.vma
TEST_END

  .data
  .align 12
root: .skip 4096
l1: .skip 4096
l0: .skip 4096
page_a: .skip 4096
