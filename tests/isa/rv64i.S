/* RV64I: ALU register/immediate (incl. W forms, shift edges), LUI/AUIPC,
 * branches, JAL/JALR link values, loads/stores of every width. */
#include "harness.h"

#define RR(n, op, res, v1, v2) TEST_CASE(n, a0, res, li a1, v1; li a2, v2; op a0, a1, a2)
#define RI(n, op, res, v1, imm) TEST_CASE(n, a0, res, li a1, v1; op a0, a1, imm)
/* branch taken (t=1) or not (t=0): a0 = 1 if taken */
#define BR(n, op, t, v1, v2) TEST_CASE(n, a0, t, li a1, v1; li a2, v2; li a0, 1; op a1, a2, 1f; li a0, 0; 1:)

TEST_BEGIN
  /* add/sub/logic */
  RR(1, add, 3, 1, 2)
  RR(2, add, 0, -1, 1)
  RR(3, add, 0x8000000000000000, 0x7fffffffffffffff, 1)
  RR(4, sub, -1, 1, 2)
  RR(5, sub, 0x7fffffffffffffff, 0x8000000000000000, 1)
  RR(6, and, 0x0f000f00, 0xff00ff00, 0x0f0f0f0f)
  RR(7, or,  0xff0fff0f, 0xff00ff00, 0x0f0f0f0f)
  RR(8, xor, 0xf00ff00f, 0xff00ff00, 0x0f0f0f0f)
  RR(9, slt, 1, -1, 0)
  RR(10, slt, 0, 0, -1)
  RR(11, sltu, 0, -1, 0)
  RR(12, sltu, 1, 0, -1)
  RR(13, sll, 0x8000000000000000, 1, 63)
  RR(14, sll, 2, 1, 65)                       /* only low 6 bits of rs2 */
  RR(15, srl, 1, 0x8000000000000000, 63)
  RR(16, srl, 0x4000000000000000, 0x8000000000000000, 0x41)
  RR(17, sra, -1, 0x8000000000000000, 63)
  RR(18, sra, 0xc000000000000000, 0x8000000000000000, 0xffffffc1)
  RR(19, sll, 0x1234, 0x1234, 64)             /* shift by 64 = shift by 0 */
  /* immediates */
  RI(20, addi, 0x7ff, 0, 0x7ff)
  RI(21, addi, -0x800, 0, -0x800)
  RI(22, addi, 0xfffffffffffff800, 0, -2048)
  RI(23, andi, 0xff00ff00, 0xff00ff00, -1)
  RI(24, andi, 0x0f0, 0xff00fff0, 0x0f0)
  RI(25, ori, -1, 0, -1)
  RI(26, xori, 0x00ff00ff00ff0000, 0x00ff00ff00ff00ff, 0xff)
  RI(27, xori, 0xff00ff00ff00ff00, 0x00ff00ff00ff00ff, -1)
  RI(28, slti, 1, -2, -1)
  RI(29, slti, 0, 0x7fffffffffffffff, -1)
  RI(30, sltiu, 1, 5, -1)                     /* imm sign-extended then unsigned */
  RI(31, sltiu, 0, -1, -1)
  RI(32, slli, 0x8000000000000000, 1, 63)
  RI(33, srli, 1, 0x8000000000000000, 63)
  RI(34, srai, -1, 0x8000000000000000, 63)
  RI(35, srai, 0x0000000012345678, 0x0000000012345678, 0)
  RI(36, srli, 0x00000000ffffffff, 0xffffffffffffffff, 32)
  /* W forms: 32-bit result sign-extended */
  RR(37, addw, 0xffffffff80000000, 0x7fffffff, 1)
  RR(38, addw, 0, 0xffffffff, 1)
  RR(39, addw, 2, 0x1234567800000001, 0x4321000000000001)
  RR(40, subw, 0x000000007fffffff, 0x80000000, 1)
  RR(41, subw, -1, 0, 1)
  RR(42, sllw, 0xffffffff80000000, 1, 31)
  RR(43, sllw, 2, 1, 33)                      /* low 5 bits of rs2 */
  RR(44, srlw, 1, 0x80000000, 31)
  RR(45, srlw, 0x0000000000ffffff, 0xffffffffffffffff, 8)
  RR(46, srlw, 0xffffffff80000000, 0xffffffff80000000, 32)  /* shift 0 -> sext */
  RR(47, sraw, -1, 0x80000000, 31)
  RR(48, sraw, 0xfffffffff8000000, 0x0000000080000000, 4)
  RR(49, sraw, 0x0000000007ffffff, 0xffffffff7fffffff, 4)   /* upper ignored */
  RI(50, addiw, 0xffffffff80000000, 0x7fffffff, 1)
  RI(51, addiw, 0x7fffffff, 0xffffffff7fffffff, 0)         /* sext.w */
  RI(52, addiw, -1, 0, -1)
  RI(53, slliw, 0xffffffff80000000, 1, 31)
  RI(54, slliw, 0, 0x100000000, 0)
  RI(55, srliw, 0x0000000000000001, 0xffffffff80000000, 31)
  RI(56, srliw, 0xffffffff80000000, 0x80000000, 0)
  RI(57, sraiw, 0xffffffffffffffff, 0x80000000, 31)
  RI(58, sraiw, 0x0000000000000001, 0xffffffff7fffffff, 30)
  /* x0 destination and source */
  TEST_CASE(59, x0, 0, li a1, 5; add x0, a1, a1)
  TEST_CASE(60, a0, 7, li a1, 7; add a0, a1, x0)
  TEST_CASE(61, a0, 14, li a0, 7; add a0, a0, a0)
  /* lui / auipc */
  TEST_CASE(62, a0, 0x12345000, lui a0, 0x12345)
  TEST_CASE(63, a0, 0xffffffff80000000, lui a0, 0x80000)
  TEST_CASE(64, a0, 0xfffffffffffff000, lui a0, 0xfffff)
  TEST_CASE(65, a0, 0, .option push; .option norvc; 1: auipc a0, 0; la a1, 1b; sub a0, a0, a1; .option pop)
  TEST_CASE(66, a0, 0x1000, .option push; .option norvc; 1: auipc a0, 1; la a1, 1b; sub a0, a0, a1; .option pop)
  TEST_CASE(67, a0, 0xffffffff80000000, .option push; .option norvc; 1: auipc a0, 0x80000; la a1, 1b; sub a0, a0, a1; .option pop)
  /* branches */
  BR(70, beq, 1, 5, 5)
  BR(71, beq, 0, 5, 6)
  BR(72, bne, 1, 5, 6)
  BR(73, bne, 0, -1, -1)
  BR(74, blt, 1, -1, 0)
  BR(75, blt, 0, 0, -1)
  BR(76, blt, 0, 3, 3)
  BR(77, bge, 1, 3, 3)
  BR(78, bge, 1, 0, -1)
  BR(79, bge, 0, -1, 0)
  BR(80, bltu, 1, 0, -1)
  BR(81, bltu, 0, -1, 0)
  BR(82, bgeu, 1, -1, 0)
  BR(83, bgeu, 0, 0, -1)
  BR(84, bgeu, 1, 0x8000000000000000, 0x8000000000000000)
  BR(85, blt, 1, 0x8000000000000000, 0x7fffffffffffffff)
  BR(86, bltu, 0, 0x8000000000000000, 0x7fffffffffffffff)
  /* backward branch loop: sum 1..10 */
  TEST_CASE(87, a0, 55, li a0, 0; li a1, 10; 1: add a0, a0, a1; addi a1, a1, -1; bnez a1, 1b)
  /* jal / jalr link values */
  TEST_CASE(88, a0, 0, .option push; .option norvc; jal ra, 1f; 2: li a0, 99; j 3f; 1: la a1, 2b; sub a0, ra, a1; 3: .option pop)
  TEST_CASE(89, a0, 0, .option push; .option norvc; la t0, 1f; jalr ra, 0(t0); 2: li a0, 99; j 3f; 1: la a1, 2b; sub a0, ra, a1; 3: .option pop)
  /* jalr target = (rs1 + imm) & ~1 */
  TEST_CASE(90, a0, 1, .option push; .option norvc; la t0, 1f; addi t0, t0, -7; li a0, 0; jalr ra, 8(t0); li a0, 2; 1: addi a0, a0, 1; .option pop)
  /* jalr with rd == rs1: target uses the old value */
  TEST_CASE(91, a0, 1, .option push; .option norvc; la t0, 1f; li a0, 0; jalr t0, 0(t0); li a0, 2; 1: addi a0, a0, 1; .option pop)
  TEST_CASE(92, x0, 0, .option push; .option norvc; jal x0, 1f; li a0, 99; 1: .option pop)

  /* loads: sign and zero extension */
  la s0, ldata
  TEST_CASE(100, a0, 0xffffffffffffff81, lb a0, 0(s0))
  TEST_CASE(101, a0, 0x81, lbu a0, 0(s0))
  TEST_CASE(102, a0, 0x7f, lb a0, 1(s0))
  TEST_CASE(103, a0, 0xffffffffffff8282, lh a0, 2(s0))
  TEST_CASE(104, a0, 0x8282, lhu a0, 2(s0))
  TEST_CASE(105, a0, 0xffffffff84838281, lw a0, 4(s0))
  TEST_CASE(106, a0, 0x84838281, lwu a0, 4(s0))
  TEST_CASE(107, a0, 0x0807060504030201, ld a0, 8(s0))
  TEST_CASE(108, a0, 0x0000000004030201, lw a0, 8(s0))
  TEST_CASE(109, a0, 0x0000000004030201, lwu a0, 8(s0))
  TEST_CASE(110, a0, 0x0000000000000605, lh a0, 12(s0))
  TEST_CASE(111, a0, 0x7f, lbu a0, 1(s0))
  TEST_CASE(112, a0, 0x0807060504030201, addi s1, s0, 16; ld a0, -8(s1))
  /* stores of every width, read back with ld */
  la s0, sdata
  TEST_CASE(120, a0, 0x00000000000000aa, li a1, -1; sd zero, 0(s0); li a1, 0x12345678aa; sb a1, 0(s0); ld a0, 0(s0))
  TEST_CASE(121, a0, 0x0000000000bbaaaa, li a1, 0xbbaa; sh a1, 1(s0); ld a0, 0(s0))
  TEST_CASE(122, a0, 0xffffffff00bbaaaa, li a1, 0x87654321ffffffff; sw a1, 4(s0); ld a0, 0(s0))
  TEST_CASE(123, a0, 0x1122334455667788, li a1, 0x1122334455667788; sd a1, 0(s0); ld a0, 0(s0))
  TEST_CASE(140, a0, 0x1122334455007788, sb zero, 2(s0); sh zero, 8(s0); ld a0, 0(s0))
  TEST_CASE(141, a0, 0xffffffffffff8877, li t0, 0x8877; sh t0, 0(s0); lh a0, 0(s0))
  TEST_CASE(142, a0, 0xffffffffffffffff, li a1, -1; sd a1, 16(s0); lw a0, 16(s0))
  TEST_CASE(143, a0, 0x00000000ffffffff, lwu a0, 20(s0))
  TEST_CASE(128, a0, 0xff, lbu a0, 23(s0))
  /* loading into x0 has no effect */
  TEST_CASE(129, x0, 0, ld x0, 0(s0))
  /* fence / fence.i are accepted */
  TEST_CASE(130, a0, 1, fence; fence rw, rw; fence.i; li a0, 1)
  /* self-modifying code after fence.i: patch "li a0, 1" into "li a0, 2" */
  TEST_CASE(131, a0, 2, .option push; .option norvc; la t0, 1f; la t1, 2f; lw t1, 0(t1); sw t1, 0(t0); fence.i; 1: li a0, 1; j 3f; 2: li a0, 2; 3: .option pop)
TEST_END

  .data
  .align 4
ldata:
  .byte 0x81, 0x7f, 0x82, 0x82
  .byte 0x81, 0x82, 0x83, 0x84
  .byte 1, 2, 3, 4, 5, 6, 7, 8
sdata:
  .skip 32
