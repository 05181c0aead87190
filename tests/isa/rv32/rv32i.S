/* RV32I: ALU register/immediate with 32-bit results, 5-bit shift amounts,
 * sltu/sltiu/bltu on values >= 0x80000000, LUI/AUIPC, branches, JAL/JALR
 * links, loads/stores (no lwu/ld/sd on RV32: illegal), fence.i. */
#include "harness.h"

#define RR(n, op, res, v1, v2) TEST_CASE(n, a0, res, li a1, v1; li a2, v2; op a0, a1, a2)
#define RI(n, op, res, v1, imm) TEST_CASE(n, a0, res, li a1, v1; op a0, a1, imm)
#define BR(n, op, t, v1, v2) TEST_CASE(n, a0, t, li a1, v1; li a2, v2; li a0, 1; op a1, a2, 1f; li a0, 0; 1:)

TEST_BEGIN
  RR(1, add, 3, 1, 2)
  RR(2, add, 0, -1, 1)
  RR(3, add, 0x80000000, 0x7fffffff, 1)          /* wraps at 32 bits */
  RR(4, add, 0, 0xffffffff, 1)
  RR(5, sub, 0x7fffffff, 0x80000000, 1)
  RR(6, sub, 0xffffffff, 0, 1)
  RR(7, and, 0x0f000f00, 0xff00ff00, 0x0f0f0f0f)
  RR(8, or,  0xff0fff0f, 0xff00ff00, 0x0f0f0f0f)
  RR(9, xor, 0xf00ff00f, 0xff00ff00, 0x0f0f0f0f)
  RR(10, slt, 1, 0x80000000, 0x7fffffff)
  RR(11, slt, 0, 0x7fffffff, 0x80000000)
  RR(12, sltu, 0, 0x80000000, 0x7fffffff)
  RR(13, sltu, 1, 0x7fffffff, 0x80000000)
  RR(14, sltu, 1, 0x80000000, 0xffffffff)
  RR(15, sltu, 0, 0xffffffff, 0x80000000)
  RR(16, sltu, 1, 0, 0x80000000)
  RR(17, slt, 1, 0xffffffff, 0)
  /* register shifts use rs2[4:0] */
  RR(20, sll, 0x80000000, 1, 31)
  RR(21, sll, 1, 1, 32)                         /* 32 & 31 = 0 */
  RR(22, sll, 2, 1, 33)
  RR(23, srl, 1, 0x80000000, 31)
  RR(24, srl, 0x80000000, 0x80000000, 32)
  RR(25, srl, 0x40000000, 0x80000000, 0xffffffe1)
  RR(26, sra, 0xffffffff, 0x80000000, 31)
  RR(27, sra, 0xc0000000, 0x80000000, 0x21)
  RR(28, sra, 0x3fffffff, 0x7fffffff, 1)
  /* immediates: sign-extended to 32 bits */
  RI(30, addi, 0x7ff, 0, 0x7ff)
  RI(31, addi, 0xfffff800, 0, -2048)
  RI(32, addi, 0x80000000, 0x7fffffff, 1)
  RI(33, addi, 0x7fffffff, 0x80000000, -1)
  RI(34, andi, 0xff00ff00, 0xff00ff00, -1)
  RI(35, ori, 0xffffffff, 0, -1)
  RI(36, xori, 0x00ff00ff, 0xff00ff00, -1)
  RI(37, slti, 1, 0x80000000, 0)
  RI(38, slti, 0, 0x7fffffff, -1)
  RI(39, sltiu, 1, 0x80000000, -1)              /* -1 = 0xffffffff unsigned */
  RI(40, sltiu, 0, 0xffffffff, -1)
  RI(41, sltiu, 0, 0x80000000, 0x7ff)
  RI(42, sltiu, 1, 0x7ff, 0x800 - 0x1000)
  /* shift immediates: 5-bit shamt */
  RI(43, slli, 0x80000000, 1, 31)
  RI(44, slli, 0xfffffff0, 0xffffffff, 4)
  RI(45, srli, 1, 0x80000000, 31)
  RI(46, srli, 0x0fffffff, 0xffffffff, 4)
  RI(47, srai, 0xffffffff, 0x80000000, 31)
  RI(48, srai, 0xf8000000, 0x80000000, 4)
  RI(49, srai, 0x07ffffff, 0x7fffffff, 4)
  RI(50, srli, 0x12345678, 0x12345678, 0)
  /* x0 */
  TEST_CASE(51, x0, 0, li a1, 5; add x0, a1, a1)
  TEST_CASE(52, a0, 14, li a0, 7; add a0, a0, a0)
  /* lui / auipc: 32-bit results */
  TEST_CASE(53, a0, 0x12345000, lui a0, 0x12345)
  TEST_CASE(54, a0, 0x80000000, lui a0, 0x80000)
  TEST_CASE(55, a0, 0xfffff000, lui a0, 0xfffff)
  TEST_CASE(56, a0, 0x1000, .option push; .option norvc; 1: auipc a0, 1; la a1, 1b; sub a0, a0, a1; .option pop)
  /* auipc 0x80000 at 0x8000xxxx wraps around 2^32 */
  TEST_CASE(57, a0, 0x80000000, .option push; .option norvc; 1: auipc a0, 0x80000; la a1, 1b; sub a0, a0, a1; .option pop)
  TEST_CASE(58, a0, 1, .option push; .option norvc; 1: auipc a0, 0x80000; la a1, 1b; sltu a0, a0, a1; .option pop)
  /* branches: signed vs unsigned around 0x80000000 */
  BR(60, beq, 1, 0x80000000, 0x80000000)
  BR(61, bne, 1, 0x80000000, 0)
  BR(62, blt, 1, 0x80000000, 0)
  BR(63, blt, 0, 0, 0x80000000)
  BR(64, bge, 1, 0x7fffffff, 0x80000000)
  BR(65, bltu, 1, 0x7fffffff, 0x80000000)
  BR(66, bltu, 0, 0x80000000, 0x7fffffff)
  BR(67, bgeu, 1, 0xffffffff, 0x80000000)
  BR(68, bgeu, 0, 0x80000000, 0xffffffff)
  BR(69, blt, 1, 0xffffffff, 1)
  BR(70, bltu, 0, 0xffffffff, 1)
  TEST_CASE(71, a0, 55, li a0, 0; li a1, 10; 1: add a0, a0, a1; addi a1, a1, -1; bnez a1, 1b)
  /* jal / jalr */
  TEST_CASE(72, a0, 0, .option push; .option norvc; jal ra, 1f; 2: li a0, 99; j 3f; 1: la a1, 2b; sub a0, ra, a1; 3: .option pop)
  TEST_CASE(73, a0, 0, .option push; .option norvc; la t0, 1f; jalr ra, 0(t0); 2: li a0, 99; j 3f; 1: la a1, 2b; sub a0, ra, a1; 3: .option pop)
  TEST_CASE(74, a0, 1, .option push; .option norvc; la t0, 1f; addi t0, t0, -7; li a0, 0; jalr ra, 8(t0); li a0, 2; 1: addi a0, a0, 1; .option pop)
  TEST_CASE(75, a0, 1, .option push; .option norvc; la t0, 1f; li a0, 0; jalr t0, 0(t0); li a0, 2; 1: addi a0, a0, 1; .option pop)

  /* loads: sign/zero extension to 32 bits */
  la s0, ldata
  TEST_CASE(80, a0, 0xffffff81, lb a0, 0(s0))
  TEST_CASE(81, a0, 0x81, lbu a0, 0(s0))
  TEST_CASE(82, a0, 0xffff8282, lh a0, 2(s0))
  TEST_CASE(83, a0, 0x8282, lhu a0, 2(s0))
  TEST_CASE(84, a0, 0x84838281, lw a0, 4(s0))
  TEST_CASE(85, a0, 0x04030201, lw a0, 8(s0))
  TEST_CASE(86, a0, 0x08070605, addi s1, s0, 16; lw a0, -4(s1))
  la s0, sdata
  TEST_CASE(90, a0, 0xaa, sw zero, 0(s0); li a1, 0x345678aa; sb a1, 0(s0); lw a0, 0(s0))
  TEST_CASE(91, a0, 0x00bbaaaa, li a1, 0xffffbbaa; sh a1, 1(s0); lw a0, 0(s0))
  TEST_CASE(92, a0, 0x87654321, li a1, 0x87654321; sw a1, 4(s0); lw a0, 4(s0))
  TEST_CASE(93, a0, 0x00bbaaaa, lw a0, 0(s0))           /* neighbour untouched */
  TEST_CASE(94, x0, 0, lw x0, 0(s0))
  /* RV64-only encodings are illegal on RV32 */
  TEST_ILLEGAL 100, .word 0x0002b503          /* ld a0, 0(t0) */
  TEST_ILLEGAL 101, .word 0x00a2b023          /* sd a0, 0(t0) */
  TEST_ILLEGAL 102, .word 0x0002e503          /* lwu a0, 0(t0) */
  TEST_ILLEGAL 103, .word 0x0015851b          /* addiw a0, a1, 1 */
  TEST_ILLEGAL 104, .word 0x00c5853b          /* addw a0, a1, a2 */
  TEST_ILLEGAL 105, .word 0x02059513          /* slli a0, a1, 32 (shamt[5] = 1) */
  TEST_ILLEGAL 106, .word 0x0205d513          /* srli a0, a1, 32 */
  TEST_ILLEGAL 107, .word 0x4205d513          /* srai a0, a1, 32 */
  /* fence / fence.i, self-modifying code */
  TEST_CASE(110, a0, 1, fence; fence.i; li a0, 1)
  TEST_CASE(111, a0, 2, .option push; .option norvc; la t0, 1f; la t1, 2f; lw t1, 0(t1); sw t1, 0(t0); fence.i; 1: li a0, 1; j 3f; 2: li a0, 2; 3: .option pop)
TEST_END

  .data
  .align 4
ldata:
  .byte 0x81, 0x7f, 0x82, 0x82
  .byte 0x81, 0x82, 0x83, 0x84
  .byte 1, 2, 3, 4, 5, 6, 7, 8
sdata:
  .skip 32
