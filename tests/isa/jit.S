/* What a translator of guest code must get right, as plain guest
 * behaviour (the suite runs it translated and interpreted):
 *   1  a timer interrupt is taken inside a tight loop that never leaves
 *      itself (no call, no CSR, no exception in the loop);
 *   2  LR and SC in different basic blocks still pair up;
 *   3  loads and stores of the CLINT (MMIO) in the middle of a block;
 *   4  a page fault in the middle of a block is precise: mepc and mtval
 *      name the faulting load, the store before it happened, the store
 *      after it did not;
 *   5  two address spaces map the same virtual address to different code:
 *      after a satp switch the code of the new space runs, over and over.
 * Runs in M and S mode on rvbox's board (CLINT at 0x2000000). */
#include "harness.h"

#define CLINT_MTIMECMP 0x2004000
#define CLINT_MTIME 0x200bff8
#define MIE_MTIE (1 << 7)
#define PTE_V 1
#define PTE_R 2
#define PTE_W 4
#define PTE_X 8
#define PTE_A 64
#define PTE_D 128
#define VCODE 0x40000000

/* table[idx] = pte(pa_label, flags) */
.macro SETPTE table, idx, pa, flags
    la t0, \pa
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, \flags
    la t1, \table
    sd t0, (\idx * 8)(t1)
.endm

TEST_BEGIN
  /* ---- 1: timer interrupt in a tight loop, through our own vector ---- */
  li gp, 1
  csrr s2, mtvec
  la t0, timer_vector
  csrw mtvec, t0
  li s0, 0
  li t0, CLINT_MTIME
  ld t1, 0(t0)
  addi t1, t1, 500
  li t0, CLINT_MTIMECMP
  sd t1, 0(t0)
  li t0, MIE_MTIE
  csrs mie, t0
  csrsi mstatus, MSTATUS_MIE
spin:
  addi s0, s0, 1
  j spin
after_timer:
  csrw mtvec, s2
  CHECK_VAL s3, 1                   /* the vector saw the timer interrupt */
  la t0, spin
  sub t1, s4, t0
  sltiu t1, t1, 6                   /* mepc is in the loop (spin or spin + 4) */
  CHECK_VAL t1, 1
  sltu t1, zero, s0                 /* the loop ran */
  CHECK_VAL t1, 1

  /* ---- 2: LR/SC across basic blocks ---- */
  la a0, word
  li t0, 41
  sd t0, 0(a0)
  li gp, 2
  lr.d t1, (a0)
  addi t1, t1, 1
  beqz zero, 1f                     /* the block ends here */
  nop
1: sc.d t2, t1, (a0)
  CHECK_VAL t2, 0                   /* the reservation held */
  ld t3, 0(a0)
  CHECK_VAL t3, 42

  /* ---- 3: MMIO in the middle of a block ---- */
  li gp, 3
  li t0, CLINT_MTIME
  li t4, CLINT_MTIMECMP
  li t5, 0x123456789
  ld t1, 0(t0)
  sd t5, 0(t4)
  ld t2, 0(t0)
  ld t3, 0(t4)
  sltu t1, t2, t1                   /* time did not go back */
  CHECK_VAL t1, 0
  CHECK_VAL t3, 0x123456789
  li t5, -1
  sd t5, 0(t4)                      /* no timer from here on */

  /* ---- page tables: the identity gigapage and two spaces at VCODE ---- */
  li t0, (0x80000000 >> 12 << 10) | PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D
  la t1, root_a
  sd t0, 16(t1)
  la t1, root_b
  sd t0, 16(t1)
  SETPTE root_a, 1, l1_a, PTE_V
  SETPTE root_b, 1, l1_b, PTE_V
  SETPTE l1_a, 0, l0_a, PTE_V
  SETPTE l1_b, 0, l0_b, PTE_V
  SETPTE l0_a, 0, code_a, PTE_V | PTE_R | PTE_X | PTE_A
  SETPTE l0_b, 0, code_b, PTE_V | PTE_R | PTE_X | PTE_A
  SETPTE l0_a, 1, data_page, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D
  /* VCODE + 0x2000 stays unmapped in space A */
  la t1, root_a
  srli t1, t1, 12
  li t0, 8 << 60
  or s10, t1, t0                    /* satp for space A */
  la t1, root_b
  srli t1, t1, 12
  or s11, t1, t0                    /* satp for space B */
  csrw satp, s10
  sfence.vma
  ENTER_MODE PRV_S

  /* ---- 4: a precise page fault mid-block ---- */
  li s0, VCODE + 0x1000             /* data_page */
  li s1, VCODE + 0x2000             /* unmapped */
  li a1, 0x5a5a
  li gp, 4
  EXPECT m, CAUSE_LOAD_PAGE, CAUSE_LOAD_PAGE, TV_EXACT, s1, fault_at, after_fault
  sd a1, 0(s0)
fault_at:
  ld a2, 0(s1)
  sd a1, 8(s0)
after_fault:
  CHECK_HIT m
  ld t0, 0(s0)
  CHECK_VAL t0, 0x5a5a              /* the store before the fault happened */
  ld t0, 8(s0)
  CHECK_VAL t0, 0                   /* the one after it did not */

  /* ---- 5: the same virtual address in two address spaces ---- */
  li gp, 5
  li s3, 20
  li s4, 0
1: li t0, VCODE
  jalr ra, 0(t0)
  add s4, s4, a0
  addi s3, s3, -1
  bnez s3, 1b
  CHECK_VAL s4, 20                  /* space A: a0 = 1, twenty times */
  csrw satp, s11
  sfence.vma
  li s3, 20
  li s4, 0
1: li t0, VCODE
  jalr ra, 0(t0)
  add s4, s4, a0
  addi s3, s3, -1
  bnez s3, 1b
  CHECK_VAL s4, 40                  /* space B: a0 = 2 */
  csrw satp, s10                    /* and back, without sfence.vma */
  li t0, VCODE
  jalr ra, 0(t0)
  CHECK_VAL a0, 1
  TO_M
  csrw satp, zero
  PASS

  /* The timer's own vector: note the interrupt and where it hit, stop
   * the timer, resume after the loop. */
  .align 4
timer_vector:
  csrr t0, mcause
  li t1, CAUSE_INT | IRQ_MTI
  sub t0, t0, t1
  seqz s3, t0
  csrr s4, mepc
  li t0, CLINT_MTIMECMP
  li t1, -1
  sd t1, 0(t0)
  li t0, MIE_MTIE
  csrc mie, t0
  la t0, after_timer
  csrw mepc, t0
  li t0, MSTATUS_MPIE
  csrc mstatus, t0                  /* MIE stays 0 after mret */
  mret

  .data
  .align 3
word: .dword 0
  .align 12
root_a: .skip 4096
root_b: .skip 4096
l1_a: .skip 4096
l1_b: .skip 4096
l0_a: .skip 4096
l0_b: .skip 4096
data_page: .skip 4096
  .text
  .align 12
code_a:
  li a0, 1
  ret
  .align 12
code_b:
  li a0, 2
  ret
  .align 12
TEST_END
