/* Sv32 paging (RV32): satp MODE = bit 31, PPN = bits 21:0; two-level tables
 * of 4-byte PTEs (PPN in PTE bits 31:10, i.e. up to 34-bit physical
 * addresses). Tables built at run time:
 *   VA 0x80000000 (root[0x200]) identity 4 MiB megapage R W X A D (code, data)
 *   VA 0xc0000000 (root[0x300]) 4 MiB megapage -> PA 0x80000000, R W A D
 *   VA 0x40000000 (root[0x100]) -> L0 table, 4 KiB pages:
 *     +0x0000 page_a  R W A D        +0x4000 page_ad R W, A = D = 0
 *     +0x1000 invalid                +0x5000 page_a  R A D (read-only)
 *     +0x2000 page_u  R W U A D      +0x6000 page_a  W without R (reserved)
 *     +0x3000 page_x  X A            +0x7000 page_d  R W A, D = 0
 *     +0x8000 ucode   R X U A
 *   VA 0x40400000 (root[0x101]) megapage with a misaligned PPN: page fault
 *   VA 0x40800000 (root[0x102]) megapage -> PA 0x1_8000_0000 (above 4 GiB:
 *     nothing there, so an access fault, not a wrap to 0x80000000)
 *   VA 0xffc00000 (root[0x3ff]) invalid: page fault, stval = the 32-bit VA
 * Page faults go to the M handler (not delegated). */
#include "harness.h"

#define PTE_V 1
#define PTE_R 2
#define PTE_W 4
#define PTE_X 8
#define PTE_U 16
#define PTE_A 64
#define PTE_D 128
#define VBASE 0x40000000

.macro SETPTE table, idx, pa, flags
    la t0, \pa
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, \flags
    la t1, \table
    sw t0, (\idx * 4)(t1)
.endm

TEST_BEGIN
  /* megapages built from constants */
  li t0, (0x80000000 >> 12 << 10) | PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D
  la t1, root
  li t2, 0x200 * 4
  add t2, t2, t1
  sw t0, 0(t2)
  li t0, (0x80000000 >> 12 << 10) | PTE_V | PTE_R | PTE_W | PTE_A | PTE_D
  li t2, 0x300 * 4
  add t2, t2, t1
  sw t0, 0(t2)
  li t0, (0x180000 << 10) | PTE_V | PTE_R | PTE_W | PTE_A | PTE_D   /* PPN 0x180000: PA 0x1_8000_0000 */
  sw t0, (0x102 * 4)(t1)
  SETPTE root, 0x100, l0, PTE_V
  SETPTE root, 0x101, page_misaligned, PTE_V | PTE_R | PTE_A | PTE_D
  SETPTE l0, 0, page_a, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D
  SETPTE l0, 2, page_u, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D
  SETPTE l0, 3, page_x, PTE_V | PTE_X | PTE_A
  SETPTE l0, 4, page_ad, PTE_V | PTE_R | PTE_W
  SETPTE l0, 5, page_a, PTE_V | PTE_R | PTE_A | PTE_D
  SETPTE l0, 6, page_a, PTE_V | PTE_W | PTE_A | PTE_D
  SETPTE l0, 7, page_d, PTE_V | PTE_R | PTE_W | PTE_A
  SETPTE l0, 8, ucode, PTE_V | PTE_R | PTE_X | PTE_U | PTE_A
  li t0, 0x1111
  la t1, page_a
  sw t0, 0(t1)
  li t0, 0x2222
  la t1, page_u
  sw t0, 0(t1)
  li t0, 0x3333
  la t1, page_x
  sw t0, 0(t1)
  li t0, 0x4444
  la t1, page_ad
  sw t0, 0(t1)

  /* satp: MODE bit 31, PPN bits 21:0 read back (ASID not checked) */
  la a1, root
  srli a1, a1, 12
  li t0, 0x80000000
  or s11, a1, t0
  TEST_CASE(1, a0, 0, csrw satp, s11; csrr a0, satp; li t0, 0x803fffff; and a0, a0, t0; sub a0, a0, s11)
  sfence.vma
  TEST_CASE(2, a0, 0x1111, la a1, page_a; lw a0, 0(a1))   /* M is not translated */

  ENTER_MODE PRV_S
  li s0, VBASE
  TEST_CASE(10, a0, 0x1111, lw a0, 0(s0))
  TEST_CASE(11, a0, 0x5555, li a1, 0x5555; sw a1, 0(s0); lw a0, 0(s0))
  TEST_CASE(12, a0, 0x5555, la a1, page_a; lw a0, 0(a1))
  /* 4 MiB megapage at 0xc0000000 maps PA 0x80000000 + offset */
  TEST_CASE(13, a0, 0x5555, la a1, page_a; li a2, 0x40000000; add a1, a1, a2; lw a0, 0(a1))
  TEST_CASE(14, a0, 0x6789, la a1, page_a; li a2, 0x40000000; add a1, a1, a2; li a2, 0x6789; sw a2, 4(a1); la a1, page_a; lw a0, 4(a1))
  /* invalid PTE: page faults with tval = VA */
  li s1, VBASE + 0x1000
  TEST_TRAP 15, CAUSE_LOAD_PAGE, TV_EXACT, s1, lw a0, 0(s1)
  TEST_TRAP 16, CAUSE_STORE_PAGE, TV_EXACT, s1, sw a0, 0(s1)
  li gp, 17
  EXPECT m, CAUSE_FETCH_PAGE, CAUSE_FETCH_PAGE, TV_EXACT, s1, VBASE + 0x1000, 2f
  jalr ra, 0(s1)
2: CHECK_HIT m
  /* invalid root entry high in the address space: 32-bit tval */
  li s1, 0xffc00010
  TEST_TRAP 18, CAUSE_LOAD_PAGE, TV_EXACT, s1, lw a0, 0(s1)
  TEST_TRAP 19, CAUSE_STORE_PAGE, TV_EXACT, s1, sb a0, 0(s1)
  /* SUM */
  li s1, VBASE + 0x2000
  TEST_TRAP 20, CAUSE_LOAD_PAGE, TV_EXACT, s1, lw a0, 0(s1)
  li t0, MSTATUS_SUM
  csrs sstatus, t0
  TEST_CASE(21, a0, 0x2222, lw a0, 0(s1))
  li s2, VBASE + 0x8000
  li gp, 22
  EXPECT m, CAUSE_FETCH_PAGE, CAUSE_FETCH_PAGE, TV_EXACT, s2, VBASE + 0x8000, 2f
  jalr ra, 0(s2)
2: CHECK_HIT m
  li t0, MSTATUS_SUM
  csrc sstatus, t0
  /* MXR */
  li s1, VBASE + 0x3000
  TEST_TRAP 30, CAUSE_LOAD_PAGE, TV_EXACT, s1, lw a0, 0(s1)
  li t0, MSTATUS_MXR
  csrs sstatus, t0
  TEST_CASE(31, a0, 0x3333, lw a0, 0(s1))
  li t0, MSTATUS_MXR
  csrc sstatus, t0
  /* A/D: set by hardware (in the 4-byte PTE) or page fault */
  li s1, VBASE + 0x4000
  TEST_MAYTRAP 40, CAUSE_LOAD_PAGE, CAUSE_LOAD_PAGE, s1, a0, 0x4444, lw a0, 0(s1)
  TEST_CASE(41, a0, PTE_A, la t5, trap_exp_m; lw t6, X_HIT(t5); la a1, l0; lw a0, 16(a1); bnez t6, 1f; andi a0, a0, PTE_A; j 2f; 1: li a0, PTE_A; 2:)
  li s1, VBASE + 0x7000
  TEST_MAYTRAP 42, CAUSE_STORE_PAGE, CAUSE_STORE_PAGE, s1, zero, 0, sw s1, 0(s1)
  TEST_CASE(43, a0, PTE_A | PTE_D, la t5, trap_exp_m; lw t6, X_HIT(t5); la a1, l0; lw a0, 28(a1); bnez t6, 1f; andi a0, a0, PTE_A | PTE_D; j 2f; 1: li a0, PTE_A | PTE_D; 2:)
  sfence.vma
  /* read-only, W without R */
  li s1, VBASE + 0x5000
  TEST_CASE(44, a0, 0x5555, lw a0, 0(s1))
  TEST_TRAP 45, CAUSE_STORE_PAGE, TV_EXACT, s1, sw a0, 0(s1)
  li s1, VBASE + 0x6000
  TEST_TRAP 46, CAUSE_LOAD_PAGE, TV_EXACT, s1, lw a0, 0(s1)
  /* megapage with a misaligned PPN */
  li s1, VBASE + 0x400000
  TEST_TRAP 47, CAUSE_LOAD_PAGE, TV_EXACT, s1, lw a0, 0(s1)
  /* a megapage whose PA is above 4 GiB: access fault (5/7), tval = VA.
   * QEMU 7.2 (riscv32 spike) drops PA bits 33:32 and reaches RAM at
   * 0x80000000 instead: skipped there. */
#ifndef QEMU_QUIRKS
  li s1, VBASE + 0x800000
  TEST_TRAP 48, CAUSE_LOAD_ACCESS, TV_EXACT, s1, lw a0, 0(s1)
  TEST_TRAP 49, CAUSE_STORE_ACCESS, TV_EXACT, s1, sw a0, 0(s1)
#endif
  TO_M

  TEST_CASE(60, a0, 0x5555, la a1, page_a; lw a0, 0(a1))
  /* U mode runs from a U page */
  li gp, 61
  li a0, 0
  EXPECT m, CAUSE_ECALL_U, CAUSE_ECALL_U, TV_EXACT, zero, VBASE + 0x8004, 2f, 1+PRV_M
  li t0, MSTATUS_MPP
  csrc mstatus, t0
  li t0, VBASE + 0x8000
  csrw mepc, t0
  mret
2: CHECK_HIT m
  CHECK_VAL a0, 0x77
  /* MPRV with MPP = S: M-mode loads go through the tables */
  li t0, MSTATUS_MPRV | MSTATUS_MPP
  csrc mstatus, t0
  li t0, MSTATUS_MPRV | (PRV_S << 11)
  csrs mstatus, t0
  li s0, VBASE
  TEST_CASE(62, a0, 0x5555, lw a0, 0(s0))
  li t0, MSTATUS_MPRV
  csrc mstatus, t0
  /* satp MODE = 0 (Bare) turns translation off again for S */
  csrwi satp, 0
  sfence.vma
  ENTER_MODE PRV_S
  TEST_CASE(63, a0, 0x5555, la a1, page_a; lw a0, 0(a1))
  li s1, 0x20000000
  TEST_TRAP 64, CAUSE_LOAD_ACCESS, TV_EXACT, s1, lw a0, 0(s1)   /* PA 0x20000000: nothing */
  TO_M
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
root: .skip 4096
l0: .skip 4096
page_a: .skip 4096
page_u: .skip 4096
page_x: .skip 4096
page_ad: .skip 4096
page_d: .skip 4096
page_misaligned: .skip 4096
