/* Sv57 paging (satp MODE 10): the body of mmu.inc with five levels.
 * Page tables built at run time (root57 -> root48 -> root39 -> l1 -> l0):
 *   VA 0x80000000 (1 GiB)  identity gigapage, R W X A D (code, data, tohost)
 *   VA 0x40000000 + 4 KiB pages through an L1 and an L0 table:
 *     +0x0000 page_a  R W A D         +0x5000 page_a  R A D (read-only)
 *     +0x1000 invalid                 +0x6000 page_a  W without R (reserved)
 *     +0x2000 page_u  R W U A D       +0x7000 page_d  R W A, D = 0
 *     +0x3000 page_x  X A (exec-only) +0x8000 ucode   R X U A
 *     +0x4000 page_ad R W, A = D = 0
 *   VA 0x40200000: 2 MiB leaf with a misaligned PPN (page fault)
 *   VA 0x80_0000_0000: 512 GiB terapage (level 3 leaf) mapping PA 0
 *   VA 0x1_0000_0000_0000: 256 TiB petapage (level 4 leaf) mapping PA 0
 *   VA 0x2_0000_0000_0000: petapage with a misaligned PPN (page fault)
 * Traps are not delegated: page faults go to the M handler.
 * If satp does not accept MODE 10 (Sv57 not implemented: the write is
 * ignored), the test passes without running; if it does, Sv57 must work. */
#include "harness.h"

#define PTE_V 1
#define PTE_R 2
#define PTE_W 4
#define PTE_X 8
#define PTE_U 16
#define PTE_A 64
#define PTE_D 128
#define VBASE 0x40000000

/* table[idx] = pte(pa_label or pa_reg, flags) */
.macro SETPTE table, idx, pa, flags
    la t0, \pa
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, \flags
    la t1, \table
    sd t0, (\idx * 8)(t1)
.endm

TEST_BEGIN
  SETPTE root39, 1, l1, PTE_V
  li t0, (0x80000000 >> 12 << 10) | PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D
  la t1, root39
  sd t0, 16(t1)
  SETPTE l1, 0, l0, PTE_V
  SETPTE l1, 1, page_misaligned, PTE_V | PTE_R | PTE_A | PTE_D
  SETPTE l0, 0, page_a, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D
  SETPTE l0, 2, page_u, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D
  SETPTE l0, 3, page_x, PTE_V | PTE_X | PTE_A
  SETPTE l0, 4, page_ad, PTE_V | PTE_R | PTE_W
  SETPTE l0, 5, page_a, PTE_V | PTE_R | PTE_A | PTE_D
  SETPTE l0, 6, page_a, PTE_V | PTE_W | PTE_A | PTE_D
  SETPTE l0, 7, page_d, PTE_V | PTE_R | PTE_W | PTE_A
  SETPTE l0, 8, ucode, PTE_V | PTE_R | PTE_X | PTE_U | PTE_A
  SETPTE root57, 0, root48, PTE_V
  li t0, PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D   /* PA 0, 256 TiB */
  la t1, root57
  sd t0, 8(t1)
  SETPTE root57, 2, page_a, PTE_V | PTE_R | PTE_A | PTE_D   /* misaligned */
#if 1 /* (Sv57 has every level) */
  SETPTE root48, 0, root39, PTE_V
  li t0, PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D   /* PA 0, 512 GiB */
  la t1, root48
  sd t0, 8(t1)
#define ROOT root57
#define SATP_MODE 10
#else
#define ROOT root39
#define SATP_MODE 8
#endif
  /* page contents */
  li t0, 0x1111
  la t1, page_a
  sd t0, 0(t1)
  li t0, 0x2222
  la t1, page_u
  sd t0, 0(t1)
  li t0, 0x3333
  la t1, page_x
  sd t0, 0(t1)
  li t0, 0x4444
  la t1, page_ad
  sd t0, 0(t1)

  /* satp: a reserved MODE is ignored (whole write has no effect) */
  TEST_CASE(1, a0, 0, csrwi satp, 0; li a1, (1 << 60) | 0x1234; csrw satp, a1; csrr a0, satp)
  la a1, ROOT
  srli a1, a1, 12
  li t0, SATP_MODE << 60
  or s11, a1, t0
  /* Sv57 implemented? (a write with an unsupported MODE has no effect) */
  csrw satp, s11
  csrr a0, satp
  bne a0, s11, sv57_absent
  TEST_CASE(2, a0, 1, csrr a0, satp; sub a0, a0, s11; seqz a0, a0)
  sfence.vma
  /* M mode is not translated */
  TEST_CASE(3, a0, 0x1111, la a1, page_a; ld a0, 0(a1))

  ENTER_MODE PRV_S
  li s0, VBASE
  TEST_CASE(10, a0, 0x1111, ld a0, 0(s0))
  TEST_CASE(11, a0, 0x5555, li a1, 0x5555; sd a1, 0(s0); ld a0, 0(s0))
  /* identity gigapage works in S (we are running from it) */
  TEST_CASE(12, a0, 0x5555, la a1, page_a; ld a0, 0(a1))
  /* invalid PTE: load/store/fetch page faults, tval = VA */
  li s1, VBASE + 0x1000
  TEST_TRAP 13, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
  TEST_TRAP 14, CAUSE_STORE_PAGE, TV_EXACT, s1, sd a0, 0(s1)
  addi s2, s1, 0x10
  TEST_TRAP 15, CAUSE_LOAD_PAGE, TV_EXACT, s2, lw a0, 0x10(s1)
  li gp, 16
  EXPECT m, CAUSE_FETCH_PAGE, CAUSE_FETCH_PAGE, TV_EXACT, s1, VBASE + 0x1000, 2f
  jalr ra, 0(s1)
2: CHECK_HIT m
  /* SUM: S access to a U page faults unless SUM = 1 */
  li s1, VBASE + 0x2000
  TEST_TRAP 20, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
  TEST_TRAP 21, CAUSE_STORE_PAGE, TV_EXACT, s1, sd a0, 0(s1)
  li t0, MSTATUS_SUM
  csrs sstatus, t0
  TEST_CASE(22, a0, 0x2222, ld a0, 0(s1))
  TEST_CASE(23, a0, 0x2223, li a1, 0x2223; sd a1, 0(s1); ld a0, 0(s1))
  /* even with SUM = 1, S cannot execute from a U page */
  li s2, VBASE + 0x8000
  li gp, 24
  EXPECT m, CAUSE_FETCH_PAGE, CAUSE_FETCH_PAGE, TV_EXACT, s2, VBASE + 0x8000, 2f
  jalr ra, 0(s2)
2: CHECK_HIT m
  li t0, MSTATUS_SUM
  csrc sstatus, t0
  /* MXR: load from an execute-only page faults unless MXR = 1 */
  li s1, VBASE + 0x3000
  TEST_TRAP 30, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
  li t0, MSTATUS_MXR
  csrs sstatus, t0
  TEST_CASE(31, a0, 0x3333, ld a0, 0(s1))
  TEST_TRAP 32, CAUSE_STORE_PAGE, TV_EXACT, s1, sd a0, 0(s1)   /* MXR does not give W */
  li t0, MSTATUS_MXR
  csrc sstatus, t0
  /* A = 0: hardware sets A, or a page fault (then nothing else to check) */
  li s1, VBASE + 0x4000
  TEST_MAYTRAP 40, CAUSE_LOAD_PAGE, CAUSE_LOAD_PAGE, s1, a0, 0x4444, ld a0, 0(s1)
  TEST_CASE(41, a0, PTE_A, la t5, trap_exp_m; ld t6, X_HIT(t5); la a1, l0; ld a0, 32(a1); bnez t6, 1f; andi a0, a0, PTE_A; j 2f; 1: li a0, PTE_A; 2:)
  /* D = 0: a store sets D (and A), or a store page fault */
  li s1, VBASE + 0x7000
  TEST_MAYTRAP 42, CAUSE_STORE_PAGE, CAUSE_STORE_PAGE, s1, zero, 0, sd s1, 0(s1)
  TEST_CASE(43, a0, PTE_A | PTE_D, la t5, trap_exp_m; ld t6, X_HIT(t5); la a1, l0; ld a0, 56(a1); bnez t6, 1f; andi a0, a0, PTE_A | PTE_D; j 2f; 1: li a0, PTE_A | PTE_D; 2:)
  sfence.vma
  /* read-only page: store page fault; W without R: reserved, page fault */
  li s1, VBASE + 0x5000
  TEST_CASE(44, a0, 0x5555, ld a0, 0(s1))
  TEST_TRAP 45, CAUSE_STORE_PAGE, TV_EXACT, s1, sd a0, 0(s1)
  li s1, VBASE + 0x6000
  TEST_TRAP 46, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
  TEST_TRAP 47, CAUSE_STORE_PAGE, TV_EXACT, s1, sd a0, 0(s1)
  /* superpage with a misaligned PPN: page fault */
  li s1, VBASE + 0x200000
  TEST_TRAP 48, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
  /* non-canonical address: page fault */
  li s1, 0x0100000000000000    /* bit 56 set, bits 63:57 clear */
  TEST_TRAP 49, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
#if 1 /* (Sv57 has every level) */
  /* terapage: VA 0x80_0000_0000 + x maps PA x */
  TEST_CASE(50, a0, 0x5555, la a1, page_a; li a2, 0x8000000000; add a1, a1, a2; ld a0, 0(a1))
  /* Sv39-canonical but unmapped in Sv48 (root index 0, L2 index 256) */
  li s1, 0x0000004000000000
  TEST_TRAP 51, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
  /* petapage: VA 0x1_0000_0000_0000 + x maps PA x */
  TEST_CASE(52, a0, 0x5555, la a1, page_a; li a2, 0x1000000000000; add a1, a1, a2; ld a0, 0(a1))
  TEST_CASE(53, a0, 0x5a5a, la a1, page_a; li a2, 0x1000000000000; add a1, a1, a2; li a3, 0x5a5a; sd a3, 16(a1); la a1, page_a; ld a0, 16(a1))
  /* Sv48-canonical but unmapped in Sv57 (level 4 index 0, level 3 index 256) */
  li s1, 0x0000800000000000
  TEST_TRAP 54, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
  /* top of the Sv57 space, canonical (bits 63:56 all ones), unmapped */
  li s1, 0xff00000000000000
  TEST_TRAP 55, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
  /* petapage whose PPN is not 256 TiB aligned: page fault */
  li s1, 0x2000000000000
  TEST_TRAP 56, CAUSE_LOAD_PAGE, TV_EXACT, s1, ld a0, 0(s1)
  /* bit 57 set with bit 56 clear: non-canonical */
  li s1, 0x0200000000000000
  TEST_TRAP 57, CAUSE_STORE_PAGE, TV_EXACT, s1, sd a0, 0(s1)
#endif
  TO_M

  /* the store through the mapping reached the physical page */
  TEST_CASE(60, a0, 0x5555, la a1, page_a; ld a0, 0(a1))
  /* U mode: executes from a U page; fetch from a non-U page faults */
  li gp, 61
  li a0, 0
  EXPECT m, CAUSE_ECALL_U, CAUSE_ECALL_U, TV_EXACT, zero, VBASE + 0x8004, 2f, 1+PRV_M
  li t0, MSTATUS_MPP
  csrc mstatus, t0
  li t0, VBASE + 0x8000
  csrw mepc, t0
  mret                       /* ucode: a0 = 0x77, ecall */
2: CHECK_HIT m
  CHECK_VAL a0, 0x77
  li gp, 62
  la s1, 1f
  EXPECT m, CAUSE_FETCH_PAGE, CAUSE_FETCH_PAGE, TV_EXACT, s1, 1f, 2f, 1+PRV_M
  ENTER_MODE PRV_U
1: nop
2: CHECK_HIT m
  /* MPRV: M-mode loads/stores translated with MPP's privilege */
  li t0, MSTATUS_MPRV | MSTATUS_MPP
  csrc mstatus, t0
  li t0, MSTATUS_MPRV | (PRV_S << 11)
  csrs mstatus, t0
  li s0, VBASE
  TEST_CASE(63, a0, 0x5555, ld a0, 0(s0))
  TEST_CASE(64, a0, 0x6666, li a1, 0x6666; sd a1, 8(s0); ld a0, 8(s0))
  /* fetches are not affected by MPRV: this code keeps running */
  li t0, MSTATUS_MPP
  csrc mstatus, t0           /* MPP = U */
  TEST_CASE(65, a0, 0x2223, li a1, VBASE + 0x2000; ld a0, 0(a1))
  li t0, MSTATUS_MPRV
  csrc mstatus, t0
  TEST_CASE(66, a0, 0x6666, la a1, page_a; ld a0, 8(a1))
  csrwi satp, 0
  sfence.vma
  j 1f
sv57_absent:
  csrwi satp, 0
1:
TEST_END

  .text
  .align 12
ucode:
  .option push
  .option norvc
  li a0, 0x77
  ecall
  .option pop
  .align 12

  .data
  .align 12
root57: .skip 4096
root39: .skip 4096
root48: .skip 4096
l1: .skip 4096
l0: .skip 4096
page_a: .skip 4096
page_u: .skip 4096
page_x: .skip 4096
page_ad: .skip 4096
page_d: .skip 4096
page_misaligned: .skip 4096
