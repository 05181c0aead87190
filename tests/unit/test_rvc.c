/* Unit test for emu/rvc.c: compressed-instruction expansion (unprivileged spec
 * chapter 16).
 *
 * Build: gcc -O2 -Iemu tests/unit/test_rvc.c emu/rvc.c (or via tests/unit/Makefile)
 *
 * The vectors below were generated once, at development time, from Debian's
 * cross binutils 2.40 (no toolchain is needed to run this test):
 *   1. every 16-bit halfword with low bits != 11 was disassembled with
 *      `riscv64-linux-gnu-objdump -D -b binary -m riscv:rv{32,64} -M no-aliases`;
 *   2. each c.* mnemonic was rewritten as the base instruction the spec defines
 *      it as (c.mv rd, rs2 -> add rd, x0, rs2; c.lwsp rd, off(sp) -> lw ...;
 *      c.j -> jal x0; branches and jumps as `. + offset`) and assembled with
 *      `.option norvc`, linked with --no-relax so pc-relative offsets resolve;
 *   3. halfwords objdump shows as .2byte / c.unimp expect 0 (reserved), and so do
 *      two cases where objdump is laxer than the spec: RV32 shifts with
 *      shamt[5] = 1 (§16.5: reserved for custom extensions) and c.addi16sp with
 *      nzimm = 0 (§16.5: reserved).
 * All 49152 halfwords of both XLENs matched rvc_expand() at that time; the
 * tables keep a sample of each (opcode, mnemonic, rd = 0, imm[4:0] = 0,
 * insn[12]) bucket, including its first and last encoding, so every opcode,
 * HINT and reserved form is represented. */
#include <stdint.h>
#include <stdio.h>

#include "../../emu/rvc.h"   /* relative: builds with -Iemu, -I. or no -I */

typedef struct RvcVector {
    uint16_t insn;
    uint32_t expanded;  /* 0: reserved, must be rejected */
} RvcVector;

static const RvcVector vectors_rv64[] = {
    {0x0084, 0x04010493}, /* c.addi4spn s1, sp, 64 -> addi s1, sp, 64 */
    {0x0534, 0x28810693}, /* c.addi4spn a3, sp, 648 -> addi a3, sp, 648 */
    {0x0678, 0x30c10713}, /* c.addi4spn a4, sp, 780 -> addi a4, sp, 780 */
    {0x0840, 0x01410413}, /* c.addi4spn s0, sp, 20 -> addi s0, sp, 20 */
    {0x0870, 0x01c10613}, /* c.addi4spn a2, sp, 28 -> addi a2, sp, 28 */
    {0x0ffc, 0x3dc10793}, /* c.addi4spn a5, sp, 988 -> addi a5, sp, 988 */
    {0x1084, 0x06010493}, /* c.addi4spn s1, sp, 96 -> addi s1, sp, 96 */
    {0x1098, 0x06010713}, /* c.addi4spn a4, sp, 96 -> addi a4, sp, 96 */
    {0x1440, 0x22410413}, /* c.addi4spn s0, sp, 548 -> addi s0, sp, 548 */
    {0x1760, 0x3ac10413}, /* c.addi4spn s0, sp, 940 -> addi s0, sp, 940 */
    {0x17e0, 0x3ec10413}, /* c.addi4spn s0, sp, 1004 -> addi s0, sp, 1004 */
    {0x1ffc, 0x3fc10793}, /* c.addi4spn a5, sp, 1020 -> addi a5, sp, 1020 */
    {0x0080, 0x04010413}, /* c.addi4spn s0, sp, 64 -> addi s0, sp, 64 */
    {0x0700, 0x38010413}, /* c.addi4spn s0, sp, 896 -> addi s0, sp, 896 */
    {0x0b00, 0x19010413}, /* c.addi4spn s0, sp, 400 -> addi s0, sp, 400 */
    {0x0b80, 0x1d010413}, /* c.addi4spn s0, sp, 464 -> addi s0, sp, 464 */
    {0x0e00, 0x31010413}, /* c.addi4spn s0, sp, 784 -> addi s0, sp, 784 */
    {0x0f80, 0x3d010413}, /* c.addi4spn s0, sp, 976 -> addi s0, sp, 976 */
    {0x1080, 0x06010413}, /* c.addi4spn s0, sp, 96 -> addi s0, sp, 96 */
    {0x1400, 0x22010413}, /* c.addi4spn s0, sp, 544 -> addi s0, sp, 544 */
    {0x1480, 0x26010413}, /* c.addi4spn s0, sp, 608 -> addi s0, sp, 608 */
    {0x1500, 0x2a010413}, /* c.addi4spn s0, sp, 672 -> addi s0, sp, 672 */
    {0x1a80, 0x17010413}, /* c.addi4spn s0, sp, 368 -> addi s0, sp, 368 */
    {0x1f80, 0x3f010413}, /* c.addi4spn s0, sp, 1008 -> addi s0, sp, 1008 */
    {0x0020, 0x00810413}, /* c.addi4spn s0, sp, 8 -> addi s0, sp, 8 */
    {0x0030, 0x00810613}, /* c.addi4spn a2, sp, 8 -> addi a2, sp, 8 */
    {0x0044, 0x00410493}, /* c.addi4spn s1, sp, 4 -> addi s1, sp, 4 */
    {0x0048, 0x00410513}, /* c.addi4spn a0, sp, 4 -> addi a0, sp, 4 */
    {0x0074, 0x00c10693}, /* c.addi4spn a3, sp, 12 -> addi a3, sp, 12 */
    {0x007c, 0x00c10793}, /* c.addi4spn a5, sp, 12 -> addi a5, sp, 12 */
    {0x1004, 0x02010493}, /* c.addi4spn s1, sp, 32 -> addi s1, sp, 32 */
    {0x1028, 0x02810513}, /* c.addi4spn a0, sp, 40 -> addi a0, sp, 40 */
    {0x1050, 0x02410613}, /* c.addi4spn a2, sp, 36 -> addi a2, sp, 36 */
    {0x1060, 0x02c10413}, /* c.addi4spn s0, sp, 44 -> addi s0, sp, 44 */
    {0x1068, 0x02c10513}, /* c.addi4spn a0, sp, 44 -> addi a0, sp, 44 */
    {0x107c, 0x02c10793}, /* c.addi4spn a5, sp, 44 -> addi a5, sp, 44 */
    {0x1000, 0x02010413}, /* c.addi4spn s0, sp, 32 -> addi s0, sp, 32 */
    {0x0004, 0x00000000}, /* reserved */
    {0x0008, 0x00000000}, /* reserved */
    {0x000c, 0x00000000}, /* reserved */
    {0x0014, 0x00000000}, /* reserved */
    {0x0018, 0x00000000}, /* reserved */
    {0x001c, 0x00000000}, /* reserved */
    {0x0000, 0x00000000}, /* reserved */
    {0x0085, 0x00108093}, /* c.addi ra, 1 -> addi ra, ra, 1 */
    {0x00f5, 0x01d08093}, /* c.addi ra, 29 -> addi ra, ra, 29 */
    {0x080d, 0x00380813}, /* c.addi a6, 3 -> addi a6, a6, 3 */
    {0x082d, 0x00b80813}, /* c.addi a6, 11 -> addi a6, a6, 11 */
    {0x0aed, 0x01ba8a93}, /* c.addi s5, 27 -> addi s5, s5, 27 */
    {0x0ffd, 0x01ff8f93}, /* c.addi t6, 31 -> addi t6, t6, 31 */
    {0x1085, 0xfe108093}, /* c.addi ra, -31 -> addi ra, ra, -31 */
    {0x1565, 0xff950513}, /* c.addi a0, -7 -> addi a0, a0, -7 */
    {0x1a65, 0xff9a0a13}, /* c.addi s4, -7 -> addi s4, s4, -7 */
    {0x1ad9, 0xff6a8a93}, /* c.addi s5, -10 -> addi s5, s5, -10 */
    {0x1c21, 0xfe8c0c13}, /* c.addi s8, -24 -> addi s8, s8, -24 */
    {0x1ffd, 0xffff8f93}, /* c.addi t6, -1 -> addi t6, t6, -1 */
    {0x0081, 0x00008093}, /* c.addi ra, 0 -> addi ra, ra, 0 */
    {0x0401, 0x00040413}, /* c.addi s0, 0 -> addi s0, s0, 0 */
    {0x0501, 0x00050513}, /* c.addi a0, 0 -> addi a0, a0, 0 */
    {0x0601, 0x00060613}, /* c.addi a2, 0 -> addi a2, a2, 0 */
    {0x0d01, 0x000d0d13}, /* c.addi s10, 0 -> addi s10, s10, 0 */
    {0x0f81, 0x000f8f93}, /* c.addi t6, 0 -> addi t6, t6, 0 */
    {0x1081, 0xfe008093}, /* c.addi ra, -32 -> addi ra, ra, -32 */
    {0x1181, 0xfe018193}, /* c.addi gp, -32 -> addi gp, gp, -32 */
    {0x1481, 0xfe048493}, /* c.addi s1, -32 -> addi s1, s1, -32 */
    {0x1701, 0xfe070713}, /* c.addi a4, -32 -> addi a4, a4, -32 */
    {0x1d01, 0xfe0d0d13}, /* c.addi s10, -32 -> addi s10, s10, -32 */
    {0x1f81, 0xfe0f8f93}, /* c.addi t6, -32 -> addi t6, t6, -32 */
    {0x0005, 0x00100013}, /* c.addi zero, 1 -> addi zero, zero, 1 */
    {0x0031, 0x00c00013}, /* c.addi zero, 12 -> addi zero, zero, 12 */
    {0x0039, 0x00e00013}, /* c.addi zero, 14 -> addi zero, zero, 14 */
    {0x0041, 0x01000013}, /* c.addi zero, 16 -> addi zero, zero, 16 */
    {0x0045, 0x01100013}, /* c.addi zero, 17 -> addi zero, zero, 17 */
    {0x007d, 0x01f00013}, /* c.addi zero, 31 -> addi zero, zero, 31 */
    {0x1005, 0xfe100013}, /* c.addi zero, -31 -> addi zero, zero, -31 */
    {0x1019, 0xfe600013}, /* c.addi zero, -26 -> addi zero, zero, -26 */
    {0x1029, 0xfea00013}, /* c.addi zero, -22 -> addi zero, zero, -22 */
    {0x104d, 0xff300013}, /* c.addi zero, -13 -> addi zero, zero, -13 */
    {0x1055, 0xff500013}, /* c.addi zero, -11 -> addi zero, zero, -11 */
    {0x107d, 0xfff00013}, /* c.addi zero, -1 -> addi zero, zero, -1 */
    {0x0001, 0x00000013}, /* c.addi zero, 0 -> addi zero, zero, 0 */
    {0x1001, 0xfe000013}, /* c.addi zero, -32 -> addi zero, zero, -32 */
    {0x0086, 0x00109093}, /* c.slli ra, 0x1 -> slli ra, ra, 0x1 */
    {0x013e, 0x00f11113}, /* c.slli sp, 0xf -> slli sp, sp, 0xf */
    {0x01e2, 0x01819193}, /* c.slli gp, 0x18 -> slli gp, gp, 0x18 */
    {0x052e, 0x00b51513}, /* c.slli a0, 0xb -> slli a0, a0, 0xb */
    {0x0a12, 0x004a1a13}, /* c.slli s4, 0x4 -> slli s4, s4, 0x4 */
    {0x0ffe, 0x01ff9f93}, /* c.slli t6, 0x1f -> slli t6, t6, 0x1f */
    {0x1086, 0x02109093}, /* c.slli ra, 0x21 -> slli ra, ra, 0x21 */
    {0x109e, 0x02709093}, /* c.slli ra, 0x27 -> slli ra, ra, 0x27 */
    {0x1926, 0x02991913}, /* c.slli s2, 0x29 -> slli s2, s2, 0x29 */
    {0x1d92, 0x024d9d93}, /* c.slli s11, 0x24 -> slli s11, s11, 0x24 */
    {0x1e42, 0x030e1e13}, /* c.slli t3, 0x30 -> slli t3, t3, 0x30 */
    {0x1ffe, 0x03ff9f93}, /* c.slli t6, 0x3f -> slli t6, t6, 0x3f */
    {0x1082, 0x02009093}, /* c.slli ra, 0x20 -> slli ra, ra, 0x20 */
    {0x1282, 0x02029293}, /* c.slli t0, 0x20 -> slli t0, t0, 0x20 */
    {0x1402, 0x02041413}, /* c.slli s0, 0x20 -> slli s0, s0, 0x20 */
    {0x1602, 0x02061613}, /* c.slli a2, 0x20 -> slli a2, a2, 0x20 */
    {0x1802, 0x02081813}, /* c.slli a6, 0x20 -> slli a6, a6, 0x20 */
    {0x1f82, 0x020f9f93}, /* c.slli t6, 0x20 -> slli t6, t6, 0x20 */
    {0x0006, 0x00101013}, /* c.slli zero, 0x1 -> slli zero, zero, 0x1 */
    {0x000e, 0x00301013}, /* c.slli zero, 0x3 -> slli zero, zero, 0x3 */
    {0x002a, 0x00a01013}, /* c.slli zero, 0xa -> slli zero, zero, 0xa */
    {0x002e, 0x00b01013}, /* c.slli zero, 0xb -> slli zero, zero, 0xb */
    {0x003e, 0x00f01013}, /* c.slli zero, 0xf -> slli zero, zero, 0xf */
    {0x007e, 0x01f01013}, /* c.slli zero, 0x1f -> slli zero, zero, 0x1f */
    {0x1006, 0x02101013}, /* c.slli zero, 0x21 -> slli zero, zero, 0x21 */
    {0x101a, 0x02601013}, /* c.slli zero, 0x26 -> slli zero, zero, 0x26 */
    {0x1042, 0x03001013}, /* c.slli zero, 0x30 -> slli zero, zero, 0x30 */
    {0x105e, 0x03701013}, /* c.slli zero, 0x37 -> slli zero, zero, 0x37 */
    {0x1062, 0x03801013}, /* c.slli zero, 0x38 -> slli zero, zero, 0x38 */
    {0x107e, 0x03f01013}, /* c.slli zero, 0x3f -> slli zero, zero, 0x3f */
    {0x1002, 0x02001013}, /* c.slli zero, 0x20 -> slli zero, zero, 0x20 */
    {0x0082, 0x00009093}, /* c.slli64 ra -> slli ra, ra, 0 */
    {0x0782, 0x00079793}, /* c.slli64 a5 -> slli a5, a5, 0 */
    {0x0802, 0x00081813}, /* c.slli64 a6 -> slli a6, a6, 0 */
    {0x0d82, 0x000d9d93}, /* c.slli64 s11 -> slli s11, s11, 0 */
    {0x0e02, 0x000e1e13}, /* c.slli64 t3 -> slli t3, t3, 0 */
    {0x0f82, 0x000f9f93}, /* c.slli64 t6 -> slli t6, t6, 0 */
    {0x0002, 0x00001013}, /* c.slli64 zero -> slli zero, zero, 0 */
    {0x2084, 0x0004b487}, /* c.fld fs1, 0(s1) -> fld fs1, 0(s1) */
    {0x20bc, 0x0404b787}, /* c.fld fa5, 64(s1) -> fld fa5, 64(s1) */
    {0x2858, 0x09043707}, /* c.fld fa4, 144(s0) -> fld fa4, 144(s0) */
    {0x2e60, 0x0d863407}, /* c.fld fs0, 216(a2) -> fld fs0, 216(a2) */
    {0x2fac, 0x0587b587}, /* c.fld fa1, 88(a5) -> fld fa1, 88(a5) */
    {0x2ffc, 0x0d87b787}, /* c.fld fa5, 216(a5) -> fld fa5, 216(a5) */
    {0x3084, 0x0204b487}, /* c.fld fs1, 32(s1) -> fld fs1, 32(s1) */
    {0x3288, 0x0206b507}, /* c.fld fa0, 32(a3) -> fld fa0, 32(a3) */
    {0x3804, 0x03043487}, /* c.fld fs1, 48(s0) -> fld fs1, 48(s0) */
    {0x3c0c, 0x03843587}, /* c.fld fa1, 56(s0) -> fld fa1, 56(s0) */
    {0x3da4, 0x0785b487}, /* c.fld fs1, 120(a1) -> fld fs1, 120(a1) */
    {0x3ffc, 0x0f87b787}, /* c.fld fa5, 248(a5) -> fld fa5, 248(a5) */
    {0x2080, 0x0004b407}, /* c.fld fs0, 0(s1) -> fld fs0, 0(s1) */
    {0x2180, 0x0005b407}, /* c.fld fs0, 0(a1) -> fld fs0, 0(a1) */
    {0x2800, 0x01043407}, /* c.fld fs0, 16(s0) -> fld fs0, 16(s0) */
    {0x2a00, 0x01063407}, /* c.fld fs0, 16(a2) -> fld fs0, 16(a2) */
    {0x2d80, 0x0185b407}, /* c.fld fs0, 24(a1) -> fld fs0, 24(a1) */
    {0x2f80, 0x0187b407}, /* c.fld fs0, 24(a5) -> fld fs0, 24(a5) */
    {0x3080, 0x0204b407}, /* c.fld fs0, 32(s1) -> fld fs0, 32(s1) */
    {0x3280, 0x0206b407}, /* c.fld fs0, 32(a3) -> fld fs0, 32(a3) */
    {0x3400, 0x02843407}, /* c.fld fs0, 40(s0) -> fld fs0, 40(s0) */
    {0x3a80, 0x0306b407}, /* c.fld fs0, 48(a3) -> fld fs0, 48(a3) */
    {0x3b80, 0x0307b407}, /* c.fld fs0, 48(a5) -> fld fs0, 48(a5) */
    {0x3f80, 0x0387b407}, /* c.fld fs0, 56(a5) -> fld fs0, 56(a5) */
    {0x2004, 0x00043487}, /* c.fld fs1, 0(s0) -> fld fs1, 0(s0) */
    {0x2030, 0x04043607}, /* c.fld fa2, 64(s0) -> fld fa2, 64(s0) */
    {0x2034, 0x04043687}, /* c.fld fa3, 64(s0) -> fld fa3, 64(s0) */
    {0x2074, 0x0c043687}, /* c.fld fa3, 192(s0) -> fld fa3, 192(s0) */
    {0x2078, 0x0c043707}, /* c.fld fa4, 192(s0) -> fld fa4, 192(s0) */
    {0x207c, 0x0c043787}, /* c.fld fa5, 192(s0) -> fld fa5, 192(s0) */
    {0x3004, 0x02043487}, /* c.fld fs1, 32(s0) -> fld fs1, 32(s0) */
    {0x3008, 0x02043507}, /* c.fld fa0, 32(s0) -> fld fa0, 32(s0) */
    {0x3048, 0x0a043507}, /* c.fld fa0, 160(s0) -> fld fa0, 160(s0) */
    {0x3054, 0x0a043687}, /* c.fld fa3, 160(s0) -> fld fa3, 160(s0) */
    {0x3058, 0x0a043707}, /* c.fld fa4, 160(s0) -> fld fa4, 160(s0) */
    {0x307c, 0x0e043787}, /* c.fld fa5, 224(s0) -> fld fa5, 224(s0) */
    {0x2000, 0x00043407}, /* c.fld fs0, 0(s0) -> fld fs0, 0(s0) */
    {0x3000, 0x02043407}, /* c.fld fs0, 32(s0) -> fld fs0, 32(s0) */
    {0x2085, 0x0010809b}, /* c.addiw ra, 1 -> addiw ra, ra, 1 */
    {0x25c9, 0x0125859b}, /* c.addiw a1, 18 -> addiw a1, a1, 18 */
    {0x271d, 0x0077071b}, /* c.addiw a4, 7 -> addiw a4, a4, 7 */
    {0x2861, 0x0188081b}, /* c.addiw a6, 24 -> addiw a6, a6, 24 */
    {0x2a79, 0x01ea0a1b}, /* c.addiw s4, 30 -> addiw s4, s4, 30 */
    {0x2ffd, 0x01ff8f9b}, /* c.addiw t6, 31 -> addiw t6, t6, 31 */
    {0x3085, 0xfe10809b}, /* c.addiw ra, -31 -> addiw ra, ra, -31 */
    {0x38f1, 0xffc8889b}, /* c.addiw a7, -4 -> addiw a7, a7, -4 */
    {0x3b8d, 0xfe3b8b9b}, /* c.addiw s7, -29 -> addiw s7, s7, -29 */
    {0x3d6d, 0xffbd0d1b}, /* c.addiw s10, -5 -> addiw s10, s10, -5 */
    {0x3df1, 0xffcd8d9b}, /* c.addiw s11, -4 -> addiw s11, s11, -4 */
    {0x3ffd, 0xffff8f9b}, /* c.addiw t6, -1 -> addiw t6, t6, -1 */
    {0x2081, 0x0000809b}, /* c.addiw ra, 0 -> addiw ra, ra, 0 */
    {0x2181, 0x0001819b}, /* c.addiw gp, 0 -> addiw gp, gp, 0 */
    {0x2a81, 0x000a8a9b}, /* c.addiw s5, 0 -> addiw s5, s5, 0 */
    {0x2b01, 0x000b0b1b}, /* c.addiw s6, 0 -> addiw s6, s6, 0 */
    {0x2d81, 0x000d8d9b}, /* c.addiw s11, 0 -> addiw s11, s11, 0 */
    {0x2f81, 0x000f8f9b}, /* c.addiw t6, 0 -> addiw t6, t6, 0 */
    {0x3081, 0xfe00809b}, /* c.addiw ra, -32 -> addiw ra, ra, -32 */
    {0x3201, 0xfe02021b}, /* c.addiw tp, -32 # 0xffffffffffffffe0 */
    {0x3401, 0xfe04041b}, /* c.addiw s0, -32 -> addiw s0, s0, -32 */
    {0x3581, 0xfe05859b}, /* c.addiw a1, -32 -> addiw a1, a1, -32 */
    {0x3b81, 0xfe0b8b9b}, /* c.addiw s7, -32 -> addiw s7, s7, -32 */
    {0x3f81, 0xfe0f8f9b}, /* c.addiw t6, -32 -> addiw t6, t6, -32 */
    {0x2005, 0x00000000}, /* reserved */
    {0x200d, 0x00000000}, /* reserved */
    {0x2011, 0x00000000}, /* reserved */
    {0x2021, 0x00000000}, /* reserved */
    {0x2049, 0x00000000}, /* reserved */
    {0x207d, 0x00000000}, /* reserved */
    {0x3005, 0x00000000}, /* reserved */
    {0x3009, 0x00000000}, /* reserved */
    {0x3035, 0x00000000}, /* reserved */
    {0x3055, 0x00000000}, /* reserved */
    {0x3079, 0x00000000}, /* reserved */
    {0x307d, 0x00000000}, /* reserved */
    {0x2001, 0x00000000}, /* reserved */
    {0x3001, 0x00000000}, /* reserved */
    {0x2086, 0x04013087}, /* c.fldsp ft1, 64(sp) -> fld ft1, 64(sp) */
    {0x2262, 0x01813207}, /* c.fldsp ft4, 24(sp) -> fld ft4, 24(sp) */
    {0x2bda, 0x19013b87}, /* c.fldsp fs7, 400(sp) -> fld fs7, 400(sp) */
    {0x2cb2, 0x10813c87}, /* c.fldsp fs9, 264(sp) -> fld fs9, 264(sp) */
    {0x2e6e, 0x0d813e07}, /* c.fldsp ft8, 216(sp) -> fld ft8, 216(sp) */
    {0x2ffe, 0x1d813f87}, /* c.fldsp ft11, 472(sp) -> fld ft11, 472(sp) */
    {0x3086, 0x06013087}, /* c.fldsp ft1, 96(sp) -> fld ft1, 96(sp) */
    {0x314e, 0x0f013107}, /* c.fldsp ft2, 240(sp) -> fld ft2, 240(sp) */
    {0x36fe, 0x1f813687}, /* c.fldsp fa3, 504(sp) -> fld fa3, 504(sp) */
    {0x3d26, 0x06813d07}, /* c.fldsp fs10, 104(sp) -> fld fs10, 104(sp) */
    {0x3e7e, 0x1f813e07}, /* c.fldsp ft8, 504(sp) -> fld ft8, 504(sp) */
    {0x3ffe, 0x1f813f87}, /* c.fldsp ft11, 504(sp) -> fld ft11, 504(sp) */
    {0x2082, 0x00013087}, /* c.fldsp ft1, 0(sp) -> fld ft1, 0(sp) */
    {0x2282, 0x00013287}, /* c.fldsp ft5, 0(sp) -> fld ft5, 0(sp) */
    {0x2a82, 0x00013a87}, /* c.fldsp fs5, 0(sp) -> fld fs5, 0(sp) */
    {0x2b82, 0x00013b87}, /* c.fldsp fs7, 0(sp) -> fld fs7, 0(sp) */
    {0x2e82, 0x00013e87}, /* c.fldsp ft9, 0(sp) -> fld ft9, 0(sp) */
    {0x2f82, 0x00013f87}, /* c.fldsp ft11, 0(sp) -> fld ft11, 0(sp) */
    {0x3082, 0x02013087}, /* c.fldsp ft1, 32(sp) -> fld ft1, 32(sp) */
    {0x3302, 0x02013307}, /* c.fldsp ft6, 32(sp) -> fld ft6, 32(sp) */
    {0x3402, 0x02013407}, /* c.fldsp fs0, 32(sp) -> fld fs0, 32(sp) */
    {0x3482, 0x02013487}, /* c.fldsp fs1, 32(sp) -> fld fs1, 32(sp) */
    {0x3982, 0x02013987}, /* c.fldsp fs3, 32(sp) -> fld fs3, 32(sp) */
    {0x3f82, 0x02013f87}, /* c.fldsp ft11, 32(sp) -> fld ft11, 32(sp) */
    {0x2006, 0x04013007}, /* c.fldsp ft0, 64(sp) -> fld ft0, 64(sp) */
    {0x2012, 0x10013007}, /* c.fldsp ft0, 256(sp) -> fld ft0, 256(sp) */
    {0x2022, 0x00813007}, /* c.fldsp ft0, 8(sp) -> fld ft0, 8(sp) */
    {0x2046, 0x05013007}, /* c.fldsp ft0, 80(sp) -> fld ft0, 80(sp) */
    {0x207a, 0x19813007}, /* c.fldsp ft0, 408(sp) -> fld ft0, 408(sp) */
    {0x207e, 0x1d813007}, /* c.fldsp ft0, 472(sp) -> fld ft0, 472(sp) */
    {0x3006, 0x06013007}, /* c.fldsp ft0, 96(sp) -> fld ft0, 96(sp) */
    {0x3012, 0x12013007}, /* c.fldsp ft0, 288(sp) -> fld ft0, 288(sp) */
    {0x3016, 0x16013007}, /* c.fldsp ft0, 352(sp) -> fld ft0, 352(sp) */
    {0x3026, 0x06813007}, /* c.fldsp ft0, 104(sp) -> fld ft0, 104(sp) */
    {0x3056, 0x17013007}, /* c.fldsp ft0, 368(sp) -> fld ft0, 368(sp) */
    {0x307e, 0x1f813007}, /* c.fldsp ft0, 504(sp) -> fld ft0, 504(sp) */
    {0x2002, 0x00013007}, /* c.fldsp ft0, 0(sp) -> fld ft0, 0(sp) */
    {0x3002, 0x02013007}, /* c.fldsp ft0, 32(sp) -> fld ft0, 32(sp) */
    {0x4084, 0x0004a483}, /* c.lw s1, 0(s1) -> lw s1, 0(s1) */
    {0x4124, 0x04052483}, /* c.lw s1, 64(a0) -> lw s1, 64(a0) */
    {0x46e8, 0x04c6a503}, /* c.lw a0, 76(a3) -> lw a0, 76(a3) */
    {0x4730, 0x04872603}, /* c.lw a2, 72(a4) -> lw a2, 72(a4) */
    {0x4738, 0x04872703}, /* c.lw a4, 72(a4) -> lw a4, 72(a4) */
    {0x4ffc, 0x05c7a783}, /* c.lw a5, 92(a5) -> lw a5, 92(a5) */
    {0x5084, 0x0204a483}, /* c.lw s1, 32(s1) -> lw s1, 32(s1) */
    {0x582c, 0x07042583}, /* c.lw a1, 112(s0) -> lw a1, 112(s0) */
    {0x5834, 0x07042683}, /* c.lw a3, 112(s0) -> lw a3, 112(s0) */
    {0x5c90, 0x0384a603}, /* c.lw a2, 56(s1) -> lw a2, 56(s1) */
    {0x5f18, 0x03872703}, /* c.lw a4, 56(a4) -> lw a4, 56(a4) */
    {0x5ffc, 0x07c7a783}, /* c.lw a5, 124(a5) -> lw a5, 124(a5) */
    {0x4080, 0x0004a403}, /* c.lw s0, 0(s1) -> lw s0, 0(s1) */
    {0x4100, 0x00052403}, /* c.lw s0, 0(a0) -> lw s0, 0(a0) */
    {0x4480, 0x0084a403}, /* c.lw s0, 8(s1) -> lw s0, 8(s1) */
    {0x4780, 0x0087a403}, /* c.lw s0, 8(a5) -> lw s0, 8(a5) */
    {0x4b80, 0x0107a403}, /* c.lw s0, 16(a5) -> lw s0, 16(a5) */
    {0x4f80, 0x0187a403}, /* c.lw s0, 24(a5) -> lw s0, 24(a5) */
    {0x5080, 0x0204a403}, /* c.lw s0, 32(s1) -> lw s0, 32(s1) */
    {0x5380, 0x0207a403}, /* c.lw s0, 32(a5) -> lw s0, 32(a5) */
    {0x5480, 0x0284a403}, /* c.lw s0, 40(s1) -> lw s0, 40(s1) */
    {0x5700, 0x02872403}, /* c.lw s0, 40(a4) -> lw s0, 40(a4) */
    {0x5b00, 0x03072403}, /* c.lw s0, 48(a4) -> lw s0, 48(a4) */
    {0x5f80, 0x0387a403}, /* c.lw s0, 56(a5) -> lw s0, 56(a5) */
    {0x4004, 0x00042483}, /* c.lw s1, 0(s0) -> lw s1, 0(s0) */
    {0x4010, 0x00042603}, /* c.lw a2, 0(s0) -> lw a2, 0(s0) */
    {0x4034, 0x04042683}, /* c.lw a3, 64(s0) -> lw a3, 64(s0) */
    {0x4044, 0x00442483}, /* c.lw s1, 4(s0) -> lw s1, 4(s0) */
    {0x4078, 0x04442703}, /* c.lw a4, 68(s0) -> lw a4, 68(s0) */
    {0x407c, 0x04442783}, /* c.lw a5, 68(s0) -> lw a5, 68(s0) */
    {0x5004, 0x02042483}, /* c.lw s1, 32(s0) -> lw s1, 32(s0) */
    {0x5010, 0x02042603}, /* c.lw a2, 32(s0) -> lw a2, 32(s0) */
    {0x501c, 0x02042783}, /* c.lw a5, 32(s0) -> lw a5, 32(s0) */
    {0x5038, 0x06042703}, /* c.lw a4, 96(s0) -> lw a4, 96(s0) */
    {0x5068, 0x06442503}, /* c.lw a0, 100(s0) -> lw a0, 100(s0) */
    {0x507c, 0x06442783}, /* c.lw a5, 100(s0) -> lw a5, 100(s0) */
    {0x4000, 0x00042403}, /* c.lw s0, 0(s0) -> lw s0, 0(s0) */
    {0x5000, 0x02042403}, /* c.lw s0, 32(s0) -> lw s0, 32(s0) */
    {0x4085, 0x00100093}, /* c.li ra, 1 -> addi ra, zero, 1 */
    {0x4249, 0x01200213}, /* c.li tp, 18 -> addi tp, zero, 18 */
    {0x4269, 0x01a00213}, /* c.li tp, 26 -> addi tp, zero, 26 */
    {0x4531, 0x00c00513}, /* c.li a0, 12 -> addi a0, zero, 12 */
    {0x4af1, 0x01c00a93}, /* c.li s5, 28 -> addi s5, zero, 28 */
    {0x4ffd, 0x01f00f93}, /* c.li t6, 31 -> addi t6, zero, 31 */
    {0x5085, 0xfe100093}, /* c.li ra, -31 -> addi ra, zero, -31 */
    {0x52d5, 0xff500293}, /* c.li t0, -11 -> addi t0, zero, -11 */
    {0x57ad, 0xfeb00793}, /* c.li a5, -21 -> addi a5, zero, -21 */
    {0x5809, 0xfe200813}, /* c.li a6, -30 -> addi a6, zero, -30 */
    {0x5e61, 0xff800e13}, /* c.li t3, -8 -> addi t3, zero, -8 */
    {0x5ffd, 0xfff00f93}, /* c.li t6, -1 -> addi t6, zero, -1 */
    {0x4081, 0x00000093}, /* c.li ra, 0 -> addi ra, zero, 0 */
    {0x4281, 0x00000293}, /* c.li t0, 0 -> addi t0, zero, 0 */
    {0x4401, 0x00000413}, /* c.li s0, 0 -> addi s0, zero, 0 */
    {0x4501, 0x00000513}, /* c.li a0, 0 -> addi a0, zero, 0 */
    {0x4681, 0x00000693}, /* c.li a3, 0 -> addi a3, zero, 0 */
    {0x4f81, 0x00000f93}, /* c.li t6, 0 -> addi t6, zero, 0 */
    {0x5081, 0xfe000093}, /* c.li ra, -32 -> addi ra, zero, -32 */
    {0x5281, 0xfe000293}, /* c.li t0, -32 -> addi t0, zero, -32 */
    {0x5681, 0xfe000693}, /* c.li a3, -32 -> addi a3, zero, -32 */
    {0x5701, 0xfe000713}, /* c.li a4, -32 -> addi a4, zero, -32 */
    {0x5e81, 0xfe000e93}, /* c.li t4, -32 -> addi t4, zero, -32 */
    {0x5f81, 0xfe000f93}, /* c.li t6, -32 -> addi t6, zero, -32 */
    {0x4005, 0x00100013}, /* c.li zero, 1 -> addi zero, zero, 1 */
    {0x4019, 0x00600013}, /* c.li zero, 6 -> addi zero, zero, 6 */
    {0x4021, 0x00800013}, /* c.li zero, 8 -> addi zero, zero, 8 */
    {0x4035, 0x00d00013}, /* c.li zero, 13 -> addi zero, zero, 13 */
    {0x4045, 0x01100013}, /* c.li zero, 17 -> addi zero, zero, 17 */
    {0x407d, 0x01f00013}, /* c.li zero, 31 -> addi zero, zero, 31 */
    {0x5005, 0xfe100013}, /* c.li zero, -31 -> addi zero, zero, -31 */
    {0x5031, 0xfec00013}, /* c.li zero, -20 -> addi zero, zero, -20 */
    {0x5041, 0xff000013}, /* c.li zero, -16 -> addi zero, zero, -16 */
    {0x5059, 0xff600013}, /* c.li zero, -10 -> addi zero, zero, -10 */
    {0x506d, 0xffb00013}, /* c.li zero, -5 -> addi zero, zero, -5 */
    {0x507d, 0xfff00013}, /* c.li zero, -1 -> addi zero, zero, -1 */
    {0x4001, 0x00000013}, /* c.li zero, 0 -> addi zero, zero, 0 */
    {0x5001, 0xfe000013}, /* c.li zero, -32 -> addi zero, zero, -32 */
    {0x4086, 0x04012083}, /* c.lwsp ra, 64(sp) -> lw ra, 64(sp) */
    {0x4362, 0x01812303}, /* c.lwsp t1, 24(sp) -> lw t1, 24(sp) */
    {0x43f2, 0x01c12383}, /* c.lwsp t2, 28(sp) -> lw t2, 28(sp) */
    {0x473e, 0x0cc12703}, /* c.lwsp a4, 204(sp) -> lw a4, 204(sp) */
    {0x4eba, 0x08c12e83}, /* c.lwsp t4, 140(sp) -> lw t4, 140(sp) */
    {0x4ffe, 0x0dc12f83}, /* c.lwsp t6, 220(sp) -> lw t6, 220(sp) */
    {0x5086, 0x06012083}, /* c.lwsp ra, 96(sp) -> lw ra, 96(sp) */
    {0x50de, 0x0f412083}, /* c.lwsp ra, 244(sp) -> lw ra, 244(sp) */
    {0x578e, 0x0e012783}, /* c.lwsp a5, 224(sp) -> lw a5, 224(sp) */
    {0x5b62, 0x03812b03}, /* c.lwsp s6, 56(sp) -> lw s6, 56(sp) */
    {0x5e7e, 0x0fc12e03}, /* c.lwsp t3, 252(sp) -> lw t3, 252(sp) */
    {0x5ffe, 0x0fc12f83}, /* c.lwsp t6, 252(sp) -> lw t6, 252(sp) */
    {0x4082, 0x00012083}, /* c.lwsp ra, 0(sp) -> lw ra, 0(sp) */
    {0x4202, 0x00012203}, /* c.lwsp tp, 0(sp) -> lw tp, 0(sp) */
    {0x4502, 0x00012503}, /* c.lwsp a0, 0(sp) -> lw a0, 0(sp) */
    {0x4802, 0x00012803}, /* c.lwsp a6, 0(sp) -> lw a6, 0(sp) */
    {0x4982, 0x00012983}, /* c.lwsp s3, 0(sp) -> lw s3, 0(sp) */
    {0x4f82, 0x00012f83}, /* c.lwsp t6, 0(sp) -> lw t6, 0(sp) */
    {0x5082, 0x02012083}, /* c.lwsp ra, 32(sp) -> lw ra, 32(sp) */
    {0x5182, 0x02012183}, /* c.lwsp gp, 32(sp) -> lw gp, 32(sp) */
    {0x5c82, 0x02012c83}, /* c.lwsp s9, 32(sp) -> lw s9, 32(sp) */
    {0x5d02, 0x02012d03}, /* c.lwsp s10, 32(sp) -> lw s10, 32(sp) */
    {0x5e02, 0x02012e03}, /* c.lwsp t3, 32(sp) -> lw t3, 32(sp) */
    {0x5f82, 0x02012f83}, /* c.lwsp t6, 32(sp) -> lw t6, 32(sp) */
    {0x4006, 0x00000000}, /* reserved */
    {0x4022, 0x00000000}, /* reserved */
    {0x402a, 0x00000000}, /* reserved */
    {0x4042, 0x00000000}, /* reserved */
    {0x4062, 0x00000000}, /* reserved */
    {0x407e, 0x00000000}, /* reserved */
    {0x5006, 0x00000000}, /* reserved */
    {0x501e, 0x00000000}, /* reserved */
    {0x5042, 0x00000000}, /* reserved */
    {0x504a, 0x00000000}, /* reserved */
    {0x5056, 0x00000000}, /* reserved */
    {0x507e, 0x00000000}, /* reserved */
    {0x4002, 0x00000000}, /* reserved */
    {0x5002, 0x00000000}, /* reserved */
    {0x6084, 0x0004b483}, /* c.ld s1, 0(s1) -> ld s1, 0(s1) */
    {0x62b4, 0x0406b683}, /* c.ld a3, 64(a3) -> ld a3, 64(a3) */
    {0x67cc, 0x0887b583}, /* c.ld a1, 136(a5) -> ld a1, 136(a5) */
    {0x68cc, 0x0904b583}, /* c.ld a1, 144(s1) -> ld a1, 144(s1) */
    {0x6a3c, 0x05063783}, /* c.ld a5, 80(a2) -> ld a5, 80(a2) */
    {0x6ffc, 0x0d87b783}, /* c.ld a5, 216(a5) -> ld a5, 216(a5) */
    {0x7084, 0x0204b483}, /* c.ld s1, 32(s1) -> ld s1, 32(s1) */
    {0x71d0, 0x0a05b603}, /* c.ld a2, 160(a1) -> ld a2, 160(a1) */
    {0x789c, 0x0304b783}, /* c.ld a5, 48(s1) -> ld a5, 48(s1) */
    {0x79a4, 0x0705b483}, /* c.ld s1, 112(a1) -> ld s1, 112(a1) */
    {0x7d1c, 0x03853783}, /* c.ld a5, 56(a0) -> ld a5, 56(a0) */
    {0x7ffc, 0x0f87b783}, /* c.ld a5, 248(a5) -> ld a5, 248(a5) */
    {0x6080, 0x0004b403}, /* c.ld s0, 0(s1) -> ld s0, 0(s1) */
    {0x6200, 0x00063403}, /* c.ld s0, 0(a2) -> ld s0, 0(a2) */
    {0x6a80, 0x0106b403}, /* c.ld s0, 16(a3) -> ld s0, 16(a3) */
    {0x6b00, 0x01073403}, /* c.ld s0, 16(a4) -> ld s0, 16(a4) */
    {0x6c00, 0x01843403}, /* c.ld s0, 24(s0) -> ld s0, 24(s0) */
    {0x6f80, 0x0187b403}, /* c.ld s0, 24(a5) -> ld s0, 24(a5) */
    {0x7080, 0x0204b403}, /* c.ld s0, 32(s1) -> ld s0, 32(s1) */
    {0x7100, 0x02053403}, /* c.ld s0, 32(a0) -> ld s0, 32(a0) */
    {0x7580, 0x0285b403}, /* c.ld s0, 40(a1) -> ld s0, 40(a1) */
    {0x7780, 0x0287b403}, /* c.ld s0, 40(a5) -> ld s0, 40(a5) */
    {0x7b00, 0x03073403}, /* c.ld s0, 48(a4) -> ld s0, 48(a4) */
    {0x7f80, 0x0387b403}, /* c.ld s0, 56(a5) -> ld s0, 56(a5) */
    {0x6004, 0x00043483}, /* c.ld s1, 0(s0) -> ld s1, 0(s0) */
    {0x600c, 0x00043583}, /* c.ld a1, 0(s0) -> ld a1, 0(s0) */
    {0x6040, 0x08043403}, /* c.ld s0, 128(s0) -> ld s0, 128(s0) */
    {0x6060, 0x0c043403}, /* c.ld s0, 192(s0) -> ld s0, 192(s0) */
    {0x6068, 0x0c043503}, /* c.ld a0, 192(s0) -> ld a0, 192(s0) */
    {0x607c, 0x0c043783}, /* c.ld a5, 192(s0) -> ld a5, 192(s0) */
    {0x7004, 0x02043483}, /* c.ld s1, 32(s0) -> ld s1, 32(s0) */
    {0x7008, 0x02043503}, /* c.ld a0, 32(s0) -> ld a0, 32(s0) */
    {0x702c, 0x06043583}, /* c.ld a1, 96(s0) -> ld a1, 96(s0) */
    {0x7044, 0x0a043483}, /* c.ld s1, 160(s0) -> ld s1, 160(s0) */
    {0x7064, 0x0e043483}, /* c.ld s1, 224(s0) -> ld s1, 224(s0) */
    {0x707c, 0x0e043783}, /* c.ld a5, 224(s0) -> ld a5, 224(s0) */
    {0x6000, 0x00043403}, /* c.ld s0, 0(s0) -> ld s0, 0(s0) */
    {0x7000, 0x02043403}, /* c.ld s0, 32(s0) -> ld s0, 32(s0) */
    {0x6105, 0x02010113}, /* c.addi16sp sp, 32 -> addi sp, sp, 32 */
    {0x6111, 0x10010113}, /* c.addi16sp sp, 256 -> addi sp, sp, 256 */
    {0x6119, 0x18010113}, /* c.addi16sp sp, 384 -> addi sp, sp, 384 */
    {0x6149, 0x09010113}, /* c.addi16sp sp, 144 -> addi sp, sp, 144 */
    {0x615d, 0x1b010113}, /* c.addi16sp sp, 432 -> addi sp, sp, 432 */
    {0x617d, 0x1f010113}, /* c.addi16sp sp, 496 -> addi sp, sp, 496 */
    {0x7105, 0xe2010113}, /* c.addi16sp sp, -480 -> addi sp, sp, -480 */
    {0x710d, 0xea010113}, /* c.addi16sp sp, -352 -> addi sp, sp, -352 */
    {0x7129, 0xec010113}, /* c.addi16sp sp, -320 -> addi sp, sp, -320 */
    {0x7131, 0xf4010113}, /* c.addi16sp sp, -192 -> addi sp, sp, -192 */
    {0x7135, 0xf6010113}, /* c.addi16sp sp, -160 -> addi sp, sp, -160 */
    {0x717d, 0xff010113}, /* c.addi16sp sp, -16 -> addi sp, sp, -16 */
    {0x7101, 0xe0010113}, /* c.addi16sp sp, -512 -> addi sp, sp, -512 */
    {0x6085, 0x000010b7}, /* c.lui ra, 0x1 -> lui ra, 0x1 */
    {0x6429, 0x0000a437}, /* c.lui s0, 0xa -> lui s0, 0xa */
    {0x6475, 0x0001d437}, /* c.lui s0, 0x1d -> lui s0, 0x1d */
    {0x64b1, 0x0000c4b7}, /* c.lui s1, 0xc -> lui s1, 0xc */
    {0x6885, 0x000018b7}, /* c.lui a7, 0x1 -> lui a7, 0x1 */
    {0x6ffd, 0x0001ffb7}, /* c.lui t6, 0x1f -> lui t6, 0x1f */
    {0x7085, 0xfffe10b7}, /* c.lui ra, 0xfffe1 -> lui ra, 0xfffe1 */
    {0x70b9, 0xfffee0b7}, /* c.lui ra, 0xfffee -> lui ra, 0xfffee */
    {0x74a9, 0xfffea4b7}, /* c.lui s1, 0xfffea -> lui s1, 0xfffea */
    {0x7b6d, 0xffffbb37}, /* c.lui s6, 0xffffb -> lui s6, 0xffffb */
    {0x7cdd, 0xffff7cb7}, /* c.lui s9, 0xffff7 -> lui s9, 0xffff7 */
    {0x7ffd, 0xffffffb7}, /* c.lui t6, 0xfffff -> lui t6, 0xfffff */
    {0x7081, 0xfffe00b7}, /* c.lui ra, 0xfffe0 -> lui ra, 0xfffe0 */
    {0x7401, 0xfffe0437}, /* c.lui s0, 0xfffe0 -> lui s0, 0xfffe0 */
    {0x7601, 0xfffe0637}, /* c.lui a2, 0xfffe0 -> lui a2, 0xfffe0 */
    {0x7701, 0xfffe0737}, /* c.lui a4, 0xfffe0 -> lui a4, 0xfffe0 */
    {0x7a81, 0xfffe0ab7}, /* c.lui s5, 0xfffe0 -> lui s5, 0xfffe0 */
    {0x7f81, 0xfffe0fb7}, /* c.lui t6, 0xfffe0 -> lui t6, 0xfffe0 */
    {0x6005, 0x00001037}, /* c.lui zero, 0x1 -> lui zero, 0x1 */
    {0x6009, 0x00002037}, /* c.lui zero, 0x2 -> lui zero, 0x2 */
    {0x6025, 0x00009037}, /* c.lui zero, 0x9 -> lui zero, 0x9 */
    {0x6055, 0x00015037}, /* c.lui zero, 0x15 -> lui zero, 0x15 */
    {0x6075, 0x0001d037}, /* c.lui zero, 0x1d -> lui zero, 0x1d */
    {0x607d, 0x0001f037}, /* c.lui zero, 0x1f -> lui zero, 0x1f */
    {0x7005, 0xfffe1037}, /* c.lui zero, 0xfffe1 -> lui zero, 0xfffe1 */
    {0x7009, 0xfffe2037}, /* c.lui zero, 0xfffe2 -> lui zero, 0xfffe2 */
    {0x7015, 0xfffe5037}, /* c.lui zero, 0xfffe5 -> lui zero, 0xfffe5 */
    {0x7035, 0xfffed037}, /* c.lui zero, 0xfffed -> lui zero, 0xfffed */
    {0x7055, 0xffff5037}, /* c.lui zero, 0xffff5 -> lui zero, 0xffff5 */
    {0x707d, 0xfffff037}, /* c.lui zero, 0xfffff -> lui zero, 0xfffff */
    {0x7001, 0xfffe0037}, /* c.lui zero, 0xfffe0 -> lui zero, 0xfffe0 */
    {0x6081, 0x00000000}, /* reserved */
    {0x6101, 0x00000000}, /* reserved; objdump decodes c.addi16sp sp,0 */
    {0x6901, 0x00000000}, /* reserved */
    {0x6b01, 0x00000000}, /* reserved */
    {0x6b81, 0x00000000}, /* reserved */
    {0x6f81, 0x00000000}, /* reserved */
    {0x6001, 0x00000000}, /* reserved */
    {0x6086, 0x04013083}, /* c.ldsp ra, 64(sp) -> ld ra, 64(sp) */
    {0x63ea, 0x09813383}, /* c.ldsp t2, 152(sp) -> ld t2, 152(sp) */
    {0x642e, 0x0c813403}, /* c.ldsp s0, 200(sp) -> ld s0, 200(sp) */
    {0x68d2, 0x11013883}, /* c.ldsp a7, 272(sp) -> ld a7, 272(sp) */
    {0x6d8a, 0x08013d83}, /* c.ldsp s11, 128(sp) -> ld s11, 128(sp) */
    {0x6ffe, 0x1d813f83}, /* c.ldsp t6, 472(sp) -> ld t6, 472(sp) */
    {0x7086, 0x06013083}, /* c.ldsp ra, 96(sp) -> ld ra, 96(sp) */
    {0x796a, 0x0b813903}, /* c.ldsp s2, 184(sp) -> ld s2, 184(sp) */
    {0x7ae2, 0x03813a83}, /* c.ldsp s5, 56(sp) -> ld s5, 56(sp) */
    {0x7e76, 0x17813e03}, /* c.ldsp t3, 376(sp) -> ld t3, 376(sp) */
    {0x7e9e, 0x1e013e83}, /* c.ldsp t4, 480(sp) -> ld t4, 480(sp) */
    {0x7ffe, 0x1f813f83}, /* c.ldsp t6, 504(sp) -> ld t6, 504(sp) */
    {0x6082, 0x00013083}, /* c.ldsp ra, 0(sp) -> ld ra, 0(sp) */
    {0x6a82, 0x00013a83}, /* c.ldsp s5, 0(sp) -> ld s5, 0(sp) */
    {0x6b02, 0x00013b03}, /* c.ldsp s6, 0(sp) -> ld s6, 0(sp) */
    {0x6c02, 0x00013c03}, /* c.ldsp s8, 0(sp) -> ld s8, 0(sp) */
    {0x6d82, 0x00013d83}, /* c.ldsp s11, 0(sp) -> ld s11, 0(sp) */
    {0x6f82, 0x00013f83}, /* c.ldsp t6, 0(sp) -> ld t6, 0(sp) */
    {0x7082, 0x02013083}, /* c.ldsp ra, 32(sp) -> ld ra, 32(sp) */
    {0x7482, 0x02013483}, /* c.ldsp s1, 32(sp) -> ld s1, 32(sp) */
    {0x7882, 0x02013883}, /* c.ldsp a7, 32(sp) -> ld a7, 32(sp) */
    {0x7c02, 0x02013c03}, /* c.ldsp s8, 32(sp) -> ld s8, 32(sp) */
    {0x7f02, 0x02013f03}, /* c.ldsp t5, 32(sp) -> ld t5, 32(sp) */
    {0x7f82, 0x02013f83}, /* c.ldsp t6, 32(sp) -> ld t6, 32(sp) */
    {0x6006, 0x00000000}, /* reserved */
    {0x601e, 0x00000000}, /* reserved */
    {0x6046, 0x00000000}, /* reserved */
    {0x6052, 0x00000000}, /* reserved */
    {0x606a, 0x00000000}, /* reserved */
    {0x607e, 0x00000000}, /* reserved */
    {0x7006, 0x00000000}, /* reserved */
    {0x7016, 0x00000000}, /* reserved */
    {0x7032, 0x00000000}, /* reserved */
    {0x7042, 0x00000000}, /* reserved */
    {0x704e, 0x00000000}, /* reserved */
    {0x707e, 0x00000000}, /* reserved */
    {0x6002, 0x00000000}, /* reserved */
    {0x7002, 0x00000000}, /* reserved */
    {0x8084, 0x00000000}, /* reserved */
    {0x881c, 0x00000000}, /* reserved */
    {0x8c4c, 0x00000000}, /* reserved */
    {0x8c5c, 0x00000000}, /* reserved */
    {0x8cdc, 0x00000000}, /* reserved */
    {0x8ffc, 0x00000000}, /* reserved */
    {0x9084, 0x00000000}, /* reserved */
    {0x924c, 0x00000000}, /* reserved */
    {0x9358, 0x00000000}, /* reserved */
    {0x93a4, 0x00000000}, /* reserved */
    {0x9f78, 0x00000000}, /* reserved */
    {0x9ffc, 0x00000000}, /* reserved */
    {0x8080, 0x00000000}, /* reserved */
    {0x8180, 0x00000000}, /* reserved */
    {0x8600, 0x00000000}, /* reserved */
    {0x8c00, 0x00000000}, /* reserved */
    {0x8f00, 0x00000000}, /* reserved */
    {0x8f80, 0x00000000}, /* reserved */
    {0x9080, 0x00000000}, /* reserved */
    {0x9200, 0x00000000}, /* reserved */
    {0x9500, 0x00000000}, /* reserved */
    {0x9a80, 0x00000000}, /* reserved */
    {0x9d80, 0x00000000}, /* reserved */
    {0x9f80, 0x00000000}, /* reserved */
    {0x8004, 0x00000000}, /* reserved */
    {0x8008, 0x00000000}, /* reserved */
    {0x8014, 0x00000000}, /* reserved */
    {0x8018, 0x00000000}, /* reserved */
    {0x8078, 0x00000000}, /* reserved */
    {0x807c, 0x00000000}, /* reserved */
    {0x9004, 0x00000000}, /* reserved */
    {0x9010, 0x00000000}, /* reserved */
    {0x9050, 0x00000000}, /* reserved */
    {0x905c, 0x00000000}, /* reserved */
    {0x9064, 0x00000000}, /* reserved */
    {0x907c, 0x00000000}, /* reserved */
    {0x8000, 0x00000000}, /* reserved */
    {0x9000, 0x00000000}, /* reserved */
    {0x9c21, 0x0084043b}, /* c.addw s0, s0 -> addw s0, s0, s0 */
    {0x9da9, 0x00a585bb}, /* c.addw a1, a0 -> addw a1, a1, a0 */
    {0x9db5, 0x00d585bb}, /* c.addw a1, a3 -> addw a1, a1, a3 */
    {0x9eb1, 0x00c686bb}, /* c.addw a3, a2 -> addw a3, a3, a2 */
    {0x9f3d, 0x00f7073b}, /* c.addw a4, a5 -> addw a4, a4, a5 */
    {0x9fbd, 0x00f787bb}, /* c.addw a5, a5 -> addw a5, a5, a5 */
    {0x8c61, 0x00847433}, /* c.and s0, s0 -> and s0, s0, s0 */
    {0x8ce9, 0x00a4f4b3}, /* c.and s1, a0 -> and s1, s1, a0 */
    {0x8ced, 0x00b4f4b3}, /* c.and s1, a1 -> and s1, s1, a1 */
    {0x8d7d, 0x00f57533}, /* c.and a0, a5 -> and a0, a0, a5 */
    {0x8fed, 0x00b7f7b3}, /* c.and a5, a1 -> and a5, a5, a1 */
    {0x8ffd, 0x00f7f7b3}, /* c.and a5, a5 -> and a5, a5, a5 */
    {0x8805, 0x00147413}, /* c.andi s0, 1 -> andi s0, s0, 1 */
    {0x8825, 0x00947413}, /* c.andi s0, 9 -> andi s0, s0, 9 */
    {0x88a1, 0x0084f493}, /* c.andi s1, 8 -> andi s1, s1, 8 */
    {0x8a5d, 0x01767613}, /* c.andi a2, 23 -> andi a2, a2, 23 */
    {0x8ba9, 0x00a7f793}, /* c.andi a5, 10 -> andi a5, a5, 10 */
    {0x8bfd, 0x01f7f793}, /* c.andi a5, 31 -> andi a5, a5, 31 */
    {0x9805, 0xfe147413}, /* c.andi s0, -31 -> andi s0, s0, -31 */
    {0x98a5, 0xfe94f493}, /* c.andi s1, -23 -> andi s1, s1, -23 */
    {0x9acd, 0xff36f693}, /* c.andi a3, -13 -> andi a3, a3, -13 */
    {0x9afd, 0xfff6f693}, /* c.andi a3, -1 -> andi a3, a3, -1 */
    {0x9b39, 0xfee77713}, /* c.andi a4, -18 -> andi a4, a4, -18 */
    {0x9bfd, 0xfff7f793}, /* c.andi a5, -1 -> andi a5, a5, -1 */
    {0x8801, 0x00047413}, /* c.andi s0, 0 -> andi s0, s0, 0 */
    {0x8901, 0x00057513}, /* c.andi a0, 0 -> andi a0, a0, 0 */
    {0x8981, 0x0005f593}, /* c.andi a1, 0 -> andi a1, a1, 0 */
    {0x8a81, 0x0006f693}, /* c.andi a3, 0 -> andi a3, a3, 0 */
    {0x8b01, 0x00077713}, /* c.andi a4, 0 -> andi a4, a4, 0 */
    {0x8b81, 0x0007f793}, /* c.andi a5, 0 -> andi a5, a5, 0 */
    {0x9801, 0xfe047413}, /* c.andi s0, -32 -> andi s0, s0, -32 */
    {0x9881, 0xfe04f493}, /* c.andi s1, -32 -> andi s1, s1, -32 */
    {0x9981, 0xfe05f593}, /* c.andi a1, -32 -> andi a1, a1, -32 */
    {0x9a01, 0xfe067613}, /* c.andi a2, -32 -> andi a2, a2, -32 */
    {0x9b01, 0xfe077713}, /* c.andi a4, -32 -> andi a4, a4, -32 */
    {0x9b81, 0xfe07f793}, /* c.andi a5, -32 -> andi a5, a5, -32 */
    {0x8c41, 0x00846433}, /* c.or s0, s0 -> or s0, s0, s0 */
    {0x8ed5, 0x00d6e6b3}, /* c.or a3, a3 -> or a3, a3, a3 */
    {0x8edd, 0x00f6e6b3}, /* c.or a3, a5 -> or a3, a3, a5 */
    {0x8f5d, 0x00f76733}, /* c.or a4, a5 -> or a4, a4, a5 */
    {0x8fc1, 0x0087e7b3}, /* c.or a5, s0 -> or a5, a5, s0 */
    {0x8fdd, 0x00f7e7b3}, /* c.or a5, a5 -> or a5, a5, a5 */
    {0x8405, 0x40145413}, /* c.srai s0, 0x1 -> srai s0, s0, 0x1 */
    {0x8415, 0x40545413}, /* c.srai s0, 0x5 -> srai s0, s0, 0x5 */
    {0x84cd, 0x4134d493}, /* c.srai s1, 0x13 -> srai s1, s1, 0x13 */
    {0x856d, 0x41b55513}, /* c.srai a0, 0x1b -> srai a0, a0, 0x1b */
    {0x8769, 0x41a75713}, /* c.srai a4, 0x1a -> srai a4, a4, 0x1a */
    {0x87fd, 0x41f7d793}, /* c.srai a5, 0x1f -> srai a5, a5, 0x1f */
    {0x9405, 0x42145413}, /* c.srai s0, 0x21 -> srai s0, s0, 0x21 */
    {0x9455, 0x43545413}, /* c.srai s0, 0x35 -> srai s0, s0, 0x35 */
    {0x94e1, 0x4384d493}, /* c.srai s1, 0x38 -> srai s1, s1, 0x38 */
    {0x9599, 0x4265d593}, /* c.srai a1, 0x26 -> srai a1, a1, 0x26 */
    {0x97ed, 0x43b7d793}, /* c.srai a5, 0x3b -> srai a5, a5, 0x3b */
    {0x97fd, 0x43f7d793}, /* c.srai a5, 0x3f -> srai a5, a5, 0x3f */
    {0x9401, 0x42045413}, /* c.srai s0, 0x20 -> srai s0, s0, 0x20 */
    {0x9501, 0x42055513}, /* c.srai a0, 0x20 -> srai a0, a0, 0x20 */
    {0x9581, 0x4205d593}, /* c.srai a1, 0x20 -> srai a1, a1, 0x20 */
    {0x9681, 0x4206d693}, /* c.srai a3, 0x20 -> srai a3, a3, 0x20 */
    {0x9701, 0x42075713}, /* c.srai a4, 0x20 -> srai a4, a4, 0x20 */
    {0x9781, 0x4207d793}, /* c.srai a5, 0x20 -> srai a5, a5, 0x20 */
    {0x8401, 0x40045413}, /* c.srai64 s0 -> srai s0, s0, 0 */
    {0x8501, 0x40055513}, /* c.srai64 a0 -> srai a0, a0, 0 */
    {0x8581, 0x4005d593}, /* c.srai64 a1 -> srai a1, a1, 0 */
    {0x8681, 0x4006d693}, /* c.srai64 a3 -> srai a3, a3, 0 */
    {0x8701, 0x40075713}, /* c.srai64 a4 -> srai a4, a4, 0 */
    {0x8781, 0x4007d793}, /* c.srai64 a5 -> srai a5, a5, 0 */
    {0x8085, 0x0014d493}, /* c.srli s1, 0x1 -> srli s1, s1, 0x1 */
    {0x80ad, 0x00b4d493}, /* c.srli s1, 0xb -> srli s1, s1, 0xb */
    {0x80bd, 0x00f4d493}, /* c.srli s1, 0xf -> srli s1, s1, 0xf */
    {0x8211, 0x00465613}, /* c.srli a2, 0x4 -> srli a2, a2, 0x4 */
    {0x822d, 0x00b65613}, /* c.srli a2, 0xb -> srli a2, a2, 0xb */
    {0x83fd, 0x01f7d793}, /* c.srli a5, 0x1f -> srli a5, a5, 0x1f */
    {0x9085, 0x0214d493}, /* c.srli s1, 0x21 -> srli s1, s1, 0x21 */
    {0x9229, 0x02a65613}, /* c.srli a2, 0x2a -> srli a2, a2, 0x2a */
    {0x9259, 0x03665613}, /* c.srli a2, 0x36 -> srli a2, a2, 0x36 */
    {0x9325, 0x02975713}, /* c.srli a4, 0x29 -> srli a4, a4, 0x29 */
    {0x9399, 0x0267d793}, /* c.srli a5, 0x26 -> srli a5, a5, 0x26 */
    {0x93fd, 0x03f7d793}, /* c.srli a5, 0x3f -> srli a5, a5, 0x3f */
    {0x9081, 0x0204d493}, /* c.srli s1, 0x20 -> srli s1, s1, 0x20 */
    {0x9101, 0x02055513}, /* c.srli a0, 0x20 -> srli a0, a0, 0x20 */
    {0x9181, 0x0205d593}, /* c.srli a1, 0x20 -> srli a1, a1, 0x20 */
    {0x9281, 0x0206d693}, /* c.srli a3, 0x20 -> srli a3, a3, 0x20 */
    {0x9301, 0x02075713}, /* c.srli a4, 0x20 -> srli a4, a4, 0x20 */
    {0x9381, 0x0207d793}, /* c.srli a5, 0x20 -> srli a5, a5, 0x20 */
    {0x8005, 0x00145413}, /* c.srli s0, 0x1 -> srli s0, s0, 0x1 */
    {0x8039, 0x00e45413}, /* c.srli s0, 0xe -> srli s0, s0, 0xe */
    {0x804d, 0x01345413}, /* c.srli s0, 0x13 -> srli s0, s0, 0x13 */
    {0x8051, 0x01445413}, /* c.srli s0, 0x14 -> srli s0, s0, 0x14 */
    {0x8059, 0x01645413}, /* c.srli s0, 0x16 -> srli s0, s0, 0x16 */
    {0x807d, 0x01f45413}, /* c.srli s0, 0x1f -> srli s0, s0, 0x1f */
    {0x9005, 0x02145413}, /* c.srli s0, 0x21 -> srli s0, s0, 0x21 */
    {0x9009, 0x02245413}, /* c.srli s0, 0x22 -> srli s0, s0, 0x22 */
    {0x9011, 0x02445413}, /* c.srli s0, 0x24 -> srli s0, s0, 0x24 */
    {0x906d, 0x03b45413}, /* c.srli s0, 0x3b -> srli s0, s0, 0x3b */
    {0x9075, 0x03d45413}, /* c.srli s0, 0x3d -> srli s0, s0, 0x3d */
    {0x907d, 0x03f45413}, /* c.srli s0, 0x3f -> srli s0, s0, 0x3f */
    {0x9001, 0x02045413}, /* c.srli s0, 0x20 -> srli s0, s0, 0x20 */
    {0x8081, 0x0004d493}, /* c.srli64 s1 -> srli s1, s1, 0 */
    {0x8101, 0x00055513}, /* c.srli64 a0 -> srli a0, a0, 0 */
    {0x8181, 0x0005d593}, /* c.srli64 a1 -> srli a1, a1, 0 */
    {0x8201, 0x00065613}, /* c.srli64 a2 -> srli a2, a2, 0 */
    {0x8281, 0x0006d693}, /* c.srli64 a3 -> srli a3, a3, 0 */
    {0x8381, 0x0007d793}, /* c.srli64 a5 -> srli a5, a5, 0 */
    {0x8001, 0x00045413}, /* c.srli64 s0 -> srli s0, s0, 0 */
    {0x8c05, 0x40940433}, /* c.sub s0, s1 -> sub s0, s0, s1 */
    {0x8c8d, 0x40b484b3}, /* c.sub s1, a1 -> sub s1, s1, a1 */
    {0x8d15, 0x40d50533}, /* c.sub a0, a3 -> sub a0, a0, a3 */
    {0x8d9d, 0x40f585b3}, /* c.sub a1, a5 -> sub a1, a1, a5 */
    {0x8e91, 0x40c686b3}, /* c.sub a3, a2 -> sub a3, a3, a2 */
    {0x8f9d, 0x40f787b3}, /* c.sub a5, a5 -> sub a5, a5, a5 */
    {0x8c01, 0x40840433}, /* c.sub s0, s0 -> sub s0, s0, s0 */
    {0x8c81, 0x408484b3}, /* c.sub s1, s0 -> sub s1, s1, s0 */
    {0x8d01, 0x40850533}, /* c.sub a0, s0 -> sub a0, a0, s0 */
    {0x8e01, 0x40860633}, /* c.sub a2, s0 -> sub a2, a2, s0 */
    {0x8f01, 0x40870733}, /* c.sub a4, s0 -> sub a4, a4, s0 */
    {0x8f81, 0x408787b3}, /* c.sub a5, s0 -> sub a5, a5, s0 */
    {0x9c05, 0x4094043b}, /* c.subw s0, s1 -> subw s0, s0, s1 */
    {0x9d0d, 0x40b5053b}, /* c.subw a0, a1 -> subw a0, a0, a1 */
    {0x9d19, 0x40e5053b}, /* c.subw a0, a4 -> subw a0, a0, a4 */
    {0x9e9d, 0x40f686bb}, /* c.subw a3, a5 -> subw a3, a3, a5 */
    {0x9f0d, 0x40b7073b}, /* c.subw a4, a1 -> subw a4, a4, a1 */
    {0x9f9d, 0x40f787bb}, /* c.subw a5, a5 -> subw a5, a5, a5 */
    {0x9c01, 0x4084043b}, /* c.subw s0, s0 -> subw s0, s0, s0 */
    {0x9c81, 0x408484bb}, /* c.subw s1, s0 -> subw s1, s1, s0 */
    {0x9e01, 0x4086063b}, /* c.subw a2, s0 -> subw a2, a2, s0 */
    {0x9e81, 0x408686bb}, /* c.subw a3, s0 -> subw a3, a3, s0 */
    {0x9f01, 0x4087073b}, /* c.subw a4, s0 -> subw a4, a4, s0 */
    {0x9f81, 0x408787bb}, /* c.subw a5, s0 -> subw a5, a5, s0 */
    {0x8c21, 0x00844433}, /* c.xor s0, s0 -> xor s0, s0, s0 */
    {0x8c29, 0x00a44433}, /* c.xor s0, a0 -> xor s0, s0, a0 */
    {0x8cbd, 0x00f4c4b3}, /* c.xor s1, a5 -> xor s1, s1, a5 */
    {0x8e3d, 0x00f64633}, /* c.xor a2, a5 -> xor a2, a2, a5 */
    {0x8fb5, 0x00d7c7b3}, /* c.xor a5, a3 -> xor a5, a5, a3 */
    {0x8fbd, 0x00f7c7b3}, /* c.xor a5, a5 -> xor a5, a5, a5 */
    {0x9c41, 0x00000000}, /* reserved */
    {0x9c61, 0x00000000}, /* reserved */
    {0x9cf5, 0x00000000}, /* reserved */
    {0x9ed5, 0x00000000}, /* reserved */
    {0x9f59, 0x00000000}, /* reserved */
    {0x9ffd, 0x00000000}, /* reserved */
    {0x9086, 0x001080b3}, /* c.add ra, ra -> add ra, ra, ra */
    {0x9506, 0x00150533}, /* c.add a0, ra -> add a0, a0, ra */
    {0x954a, 0x01250533}, /* c.add a0, s2 -> add a0, a0, s2 */
    {0x97ee, 0x01b787b3}, /* c.add a5, s11 -> add a5, a5, s11 */
    {0x9ece, 0x013e8eb3}, /* c.add t4, s3 -> add t4, t4, s3 */
    {0x9ffe, 0x01ff8fb3}, /* c.add t6, t6 -> add t6, t6, t6 */
    {0x9006, 0x00100033}, /* c.add zero, ra -> add zero, zero, ra */
    {0x901e, 0x00700033}, /* c.add zero, t2 -> add zero, zero, t2 */
    {0x9026, 0x00900033}, /* c.add zero, s1 -> add zero, zero, s1 */
    {0x906a, 0x01a00033}, /* c.add zero, s10 -> add zero, zero, s10 */
    {0x906e, 0x01b00033}, /* c.add zero, s11 -> add zero, zero, s11 */
    {0x907e, 0x01f00033}, /* c.add zero, t6 -> add zero, zero, t6 */
    {0x9002, 0x00100073}, /* c.ebreak -> ebreak */
    {0x9082, 0x000080e7}, /* c.jalr ra -> jalr ra, 0(ra) */
    {0x9382, 0x000380e7}, /* c.jalr t2 -> jalr ra, 0(t2) */
    {0x9802, 0x000800e7}, /* c.jalr a6 -> jalr ra, 0(a6) */
    {0x9b82, 0x000b80e7}, /* c.jalr s7 -> jalr ra, 0(s7) */
    {0x9c02, 0x000c00e7}, /* c.jalr s8 -> jalr ra, 0(s8) */
    {0x9f82, 0x000f80e7}, /* c.jalr t6 -> jalr ra, 0(t6) */
    {0x8082, 0x00008067}, /* c.jr ra -> jalr zero, 0(ra) */
    {0x8182, 0x00018067}, /* c.jr gp -> jalr zero, 0(gp) */
    {0x8702, 0x00070067}, /* c.jr a4 -> jalr zero, 0(a4) */
    {0x8d02, 0x000d0067}, /* c.jr s10 -> jalr zero, 0(s10) */
    {0x8e02, 0x000e0067}, /* c.jr t3 -> jalr zero, 0(t3) */
    {0x8f82, 0x000f8067}, /* c.jr t6 -> jalr zero, 0(t6) */
    {0x8086, 0x001000b3}, /* c.mv ra, ra -> add ra, zero, ra */
    {0x8316, 0x00500333}, /* c.mv t1, t0 -> add t1, zero, t0 */
    {0x8436, 0x00d00433}, /* c.mv s0, a3 -> add s0, zero, a3 */
    {0x8a4e, 0x01300a33}, /* c.mv s4, s3 -> add s4, zero, s3 */
    {0x8fd6, 0x01500fb3}, /* c.mv t6, s5 -> add t6, zero, s5 */
    {0x8ffe, 0x01f00fb3}, /* c.mv t6, t6 -> add t6, zero, t6 */
    {0x8006, 0x00100033}, /* c.mv zero, ra -> add zero, zero, ra */
    {0x802e, 0x00b00033}, /* c.mv zero, a1 -> add zero, zero, a1 */
    {0x803a, 0x00e00033}, /* c.mv zero, a4 -> add zero, zero, a4 */
    {0x804e, 0x01300033}, /* c.mv zero, s3 -> add zero, zero, s3 */
    {0x8066, 0x01900033}, /* c.mv zero, s9 -> add zero, zero, s9 */
    {0x807e, 0x01f00033}, /* c.mv zero, t6 -> add zero, zero, t6 */
    {0x8002, 0x00000000}, /* reserved */
    {0xa084, 0x0094b027}, /* c.fsd fs1, 0(s1) -> fsd fs1, 0(s1) */
    {0xa248, 0x08a63027}, /* c.fsd fa0, 128(a2) -> fsd fa0, 128(a2) */
    {0xa4e8, 0x0ca4b427}, /* c.fsd fa0, 200(s1) -> fsd fa0, 200(s1) */
    {0xacc4, 0x0894bc27}, /* c.fsd fs1, 152(s1) -> fsd fs1, 152(s1) */
    {0xae3c, 0x04f63c27}, /* c.fsd fa5, 88(a2) -> fsd fa5, 88(a2) */
    {0xaffc, 0x0cf7bc27}, /* c.fsd fa5, 216(a5) -> fsd fa5, 216(a5) */
    {0xb084, 0x0294b027}, /* c.fsd fs1, 32(s1) -> fsd fs1, 32(s1) */
    {0xbd20, 0x06853c27}, /* c.fsd fs0, 120(a0) -> fsd fs0, 120(a0) */
    {0xbda8, 0x06a5bc27}, /* c.fsd fa0, 120(a1) -> fsd fa0, 120(a1) */
    {0xbe40, 0x0a863c27}, /* c.fsd fs0, 184(a2) -> fsd fs0, 184(a2) */
    {0xbf2c, 0x06b73c27}, /* c.fsd fa1, 120(a4) -> fsd fa1, 120(a4) */
    {0xbffc, 0x0ef7bc27}, /* c.fsd fa5, 248(a5) -> fsd fa5, 248(a5) */
    {0xa080, 0x0084b027}, /* c.fsd fs0, 0(s1) -> fsd fs0, 0(s1) */
    {0xa300, 0x00873027}, /* c.fsd fs0, 0(a4) -> fsd fs0, 0(a4) */
    {0xa580, 0x0085b427}, /* c.fsd fs0, 8(a1) -> fsd fs0, 8(a1) */
    {0xa600, 0x00863427}, /* c.fsd fs0, 8(a2) -> fsd fs0, 8(a2) */
    {0xa700, 0x00873427}, /* c.fsd fs0, 8(a4) -> fsd fs0, 8(a4) */
    {0xaf80, 0x0087bc27}, /* c.fsd fs0, 24(a5) -> fsd fs0, 24(a5) */
    {0xb080, 0x0284b027}, /* c.fsd fs0, 32(s1) -> fsd fs0, 32(s1) */
    {0xb500, 0x02853427}, /* c.fsd fs0, 40(a0) -> fsd fs0, 40(a0) */
    {0xb600, 0x02863427}, /* c.fsd fs0, 40(a2) -> fsd fs0, 40(a2) */
    {0xb980, 0x0285b827}, /* c.fsd fs0, 48(a1) -> fsd fs0, 48(a1) */
    {0xbc80, 0x0284bc27}, /* c.fsd fs0, 56(s1) -> fsd fs0, 56(s1) */
    {0xbf80, 0x0287bc27}, /* c.fsd fs0, 56(a5) -> fsd fs0, 56(a5) */
    {0xa004, 0x00943027}, /* c.fsd fs1, 0(s0) -> fsd fs1, 0(s0) */
    {0xa018, 0x00e43027}, /* c.fsd fa4, 0(s0) -> fsd fa4, 0(s0) */
    {0xa01c, 0x00f43027}, /* c.fsd fa5, 0(s0) -> fsd fa5, 0(s0) */
    {0xa054, 0x08d43027}, /* c.fsd fa3, 128(s0) -> fsd fa3, 128(s0) */
    {0xa068, 0x0ca43027}, /* c.fsd fa0, 192(s0) -> fsd fa0, 192(s0) */
    {0xa07c, 0x0cf43027}, /* c.fsd fa5, 192(s0) -> fsd fa5, 192(s0) */
    {0xb004, 0x02943027}, /* c.fsd fs1, 32(s0) -> fsd fs1, 32(s0) */
    {0xb008, 0x02a43027}, /* c.fsd fa0, 32(s0) -> fsd fa0, 32(s0) */
    {0xb044, 0x0a943027}, /* c.fsd fs1, 160(s0) -> fsd fs1, 160(s0) */
    {0xb048, 0x0aa43027}, /* c.fsd fa0, 160(s0) -> fsd fa0, 160(s0) */
    {0xb060, 0x0e843027}, /* c.fsd fs0, 224(s0) -> fsd fs0, 224(s0) */
    {0xb07c, 0x0ef43027}, /* c.fsd fa5, 224(s0) -> fsd fa5, 224(s0) */
    {0xa000, 0x00843027}, /* c.fsd fs0, 0(s0) -> fsd fs0, 0(s0) */
    {0xb000, 0x02843027}, /* c.fsd fs0, 32(s0) -> fsd fs0, 32(s0) */
    {0xa085, 0x0600006f}, /* c.j . + 96 -> jal zero, . + 96 */
    {0xa0d5, 0x0e40006f}, /* c.j . + 228 -> jal zero, . + 228 */
    {0xa1e1, 0x4c80006f}, /* c.j . + 1224 -> jal zero, . + 1224 */
    {0xa51d, 0x6260006f}, /* c.j . + 1574 -> jal zero, . + 1574 */
    {0xac2d, 0x23a0006f}, /* c.j . + 570 -> jal zero, . + 570 */
    {0xaffd, 0x7fe0006f}, /* c.j . + 2046 -> jal zero, . + 2046 */
    {0xb085, 0x861ff06f}, /* c.j . + -1952 -> jal zero, . + -1952 */
    {0xb221, 0x909ff06f}, /* c.j . + -1784 -> jal zero, . + -1784 */
    {0xb99d, 0xc77ff06f}, /* c.j . + -906 -> jal zero, . + -906 */
    {0xbcb9, 0xa5fff06f}, /* c.j . + -1442 -> jal zero, . + -1442 */
    {0xbe71, 0xb9dff06f}, /* c.j . + -1124 -> jal zero, . + -1124 */
    {0xbffd, 0xfffff06f}, /* c.j . + -2 -> jal zero, . + -2 */
    {0xa081, 0x0400006f}, /* c.j . + 64 -> jal zero, . + 64 */
    {0xa201, 0x1000006f}, /* c.j . + 256 -> jal zero, . + 256 */
    {0xa381, 0x5400006f}, /* c.j . + 1344 -> jal zero, . + 1344 */
    {0xa481, 0x2400006f}, /* c.j . + 576 -> jal zero, . + 576 */
    {0xad81, 0x6500006f}, /* c.j . + 1616 -> jal zero, . + 1616 */
    {0xaf81, 0x7500006f}, /* c.j . + 1872 -> jal zero, . + 1872 */
    {0xb081, 0x841ff06f}, /* c.j . + -1984 -> jal zero, . + -1984 */
    {0xb201, 0x901ff06f}, /* c.j . + -1792 -> jal zero, . + -1792 */
    {0xb601, 0xb01ff06f}, /* c.j . + -1280 -> jal zero, . + -1280 */
    {0xb801, 0x811ff06f}, /* c.j . + -2032 -> jal zero, . + -2032 */
    {0xbe81, 0xb51ff06f}, /* c.j . + -1200 -> jal zero, . + -1200 */
    {0xbf81, 0xf51ff06f}, /* c.j . + -176 -> jal zero, . + -176 */
    {0xa005, 0x0200006f}, /* c.j . + 32 -> jal zero, . + 32 */
    {0xa00d, 0x0220006f}, /* c.j . + 34 -> jal zero, . + 34 */
    {0xa025, 0x0280006f}, /* c.j . + 40 -> jal zero, . + 40 */
    {0xa059, 0x0860006f}, /* c.j . + 134 -> jal zero, . + 134 */
    {0xa05d, 0x0a60006f}, /* c.j . + 166 -> jal zero, . + 166 */
    {0xa07d, 0x0ae0006f}, /* c.j . + 174 -> jal zero, . + 174 */
    {0xb005, 0x821ff06f}, /* c.j . + -2016 -> jal zero, . + -2016 */
    {0xb011, 0x805ff06f}, /* c.j . + -2044 -> jal zero, . + -2044 */
    {0xb02d, 0x82bff06f}, /* c.j . + -2006 -> jal zero, . + -2006 */
    {0xb039, 0x80fff06f}, /* c.j . + -2034 -> jal zero, . + -2034 */
    {0xb071, 0x88dff06f}, /* c.j . + -1908 -> jal zero, . + -1908 */
    {0xb07d, 0x8afff06f}, /* c.j . + -1874 -> jal zero, . + -1874 */
    {0xa001, 0x0000006f}, /* c.j . + 0 -> jal zero, . + 0 */
    {0xb001, 0x801ff06f}, /* c.j . + -2048 -> jal zero, . + -2048 */
    {0xa086, 0x04113027}, /* c.fsdsp ft1, 64(sp) -> fsd ft1, 64(sp) */
    {0xa6b6, 0x14d13427}, /* c.fsdsp fa3, 328(sp) -> fsd fa3, 328(sp) */
    {0xa76e, 0x19b13427}, /* c.fsdsp fs11, 392(sp) -> fsd fs11, 392(sp) */
    {0xa87e, 0x01f13827}, /* c.fsdsp ft11, 16(sp) -> fsd ft11, 16(sp) */
    {0xaa5a, 0x11613827}, /* c.fsdsp fs6, 272(sp) -> fsd fs6, 272(sp) */
    {0xaffe, 0x1df13c27}, /* c.fsdsp ft11, 472(sp) -> fsd ft11, 472(sp) */
    {0xb086, 0x06113027}, /* c.fsdsp ft1, 96(sp) -> fsd ft1, 96(sp) */
    {0xb3d6, 0x1f513027}, /* c.fsdsp fs5, 480(sp) -> fsd fs5, 480(sp) */
    {0xb46e, 0x03b13427}, /* c.fsdsp fs11, 40(sp) -> fsd fs11, 40(sp) */
    {0xba92, 0x16413827}, /* c.fsdsp ft4, 368(sp) -> fsd ft4, 368(sp) */
    {0xbfd6, 0x1f513c27}, /* c.fsdsp fs5, 504(sp) -> fsd fs5, 504(sp) */
    {0xbffe, 0x1ff13c27}, /* c.fsdsp ft11, 504(sp) -> fsd ft11, 504(sp) */
    {0xa082, 0x04013027}, /* c.fsdsp ft0, 64(sp) -> fsd ft0, 64(sp) */
    {0xa302, 0x18013027}, /* c.fsdsp ft0, 384(sp) -> fsd ft0, 384(sp) */
    {0xa402, 0x00013427}, /* c.fsdsp ft0, 8(sp) -> fsd ft0, 8(sp) */
    {0xa502, 0x08013427}, /* c.fsdsp ft0, 136(sp) -> fsd ft0, 136(sp) */
    {0xab02, 0x18013827}, /* c.fsdsp ft0, 400(sp) -> fsd ft0, 400(sp) */
    {0xaf82, 0x1c013c27}, /* c.fsdsp ft0, 472(sp) -> fsd ft0, 472(sp) */
    {0xb082, 0x06013027}, /* c.fsdsp ft0, 96(sp) -> fsd ft0, 96(sp) */
    {0xb302, 0x1a013027}, /* c.fsdsp ft0, 416(sp) -> fsd ft0, 416(sp) */
    {0xb602, 0x12013427}, /* c.fsdsp ft0, 296(sp) -> fsd ft0, 296(sp) */
    {0xb682, 0x16013427}, /* c.fsdsp ft0, 360(sp) -> fsd ft0, 360(sp) */
    {0xbc02, 0x02013c27}, /* c.fsdsp ft0, 56(sp) -> fsd ft0, 56(sp) */
    {0xbf82, 0x1e013c27}, /* c.fsdsp ft0, 504(sp) -> fsd ft0, 504(sp) */
    {0xa006, 0x00113027}, /* c.fsdsp ft1, 0(sp) -> fsd ft1, 0(sp) */
    {0xa00e, 0x00313027}, /* c.fsdsp ft3, 0(sp) -> fsd ft3, 0(sp) */
    {0xa016, 0x00513027}, /* c.fsdsp ft5, 0(sp) -> fsd ft5, 0(sp) */
    {0xa01e, 0x00713027}, /* c.fsdsp ft7, 0(sp) -> fsd ft7, 0(sp) */
    {0xa056, 0x01513027}, /* c.fsdsp fs5, 0(sp) -> fsd fs5, 0(sp) */
    {0xa07e, 0x01f13027}, /* c.fsdsp ft11, 0(sp) -> fsd ft11, 0(sp) */
    {0xb006, 0x02113027}, /* c.fsdsp ft1, 32(sp) -> fsd ft1, 32(sp) */
    {0xb016, 0x02513027}, /* c.fsdsp ft5, 32(sp) -> fsd ft5, 32(sp) */
    {0xb066, 0x03913027}, /* c.fsdsp fs9, 32(sp) -> fsd fs9, 32(sp) */
    {0xb06a, 0x03a13027}, /* c.fsdsp fs10, 32(sp) -> fsd fs10, 32(sp) */
    {0xb07a, 0x03e13027}, /* c.fsdsp ft10, 32(sp) -> fsd ft10, 32(sp) */
    {0xb07e, 0x03f13027}, /* c.fsdsp ft11, 32(sp) -> fsd ft11, 32(sp) */
    {0xa002, 0x00013027}, /* c.fsdsp ft0, 0(sp) -> fsd ft0, 0(sp) */
    {0xb002, 0x02013027}, /* c.fsdsp ft0, 32(sp) -> fsd ft0, 32(sp) */
    {0xc084, 0x0094a023}, /* c.sw s1, 0(s1) -> sw s1, 0(s1) */
    {0xc204, 0x00962023}, /* c.sw s1, 0(a2) -> sw s1, 0(a2) */
    {0xc750, 0x00c72623}, /* c.sw a2, 12(a4) -> sw a2, 12(a4) */
    {0xcaf4, 0x04d6aa23}, /* c.sw a3, 84(a3) -> sw a3, 84(a3) */
    {0xcc10, 0x00c42c23}, /* c.sw a2, 24(s0) -> sw a2, 24(s0) */
    {0xcffc, 0x04f7ae23}, /* c.sw a5, 92(a5) -> sw a5, 92(a5) */
    {0xd084, 0x0294a023}, /* c.sw s1, 32(s1) -> sw s1, 32(s1) */
    {0xd4dc, 0x02f4a623}, /* c.sw a5, 44(s1) -> sw a5, 44(s1) */
    {0xd548, 0x02a52623}, /* c.sw a0, 44(a0) -> sw a0, 44(a0) */
    {0xde1c, 0x02f62c23}, /* c.sw a5, 56(a2) -> sw a5, 56(a2) */
    {0xdf8c, 0x02b7ac23}, /* c.sw a1, 56(a5) -> sw a1, 56(a5) */
    {0xdffc, 0x06f7ae23}, /* c.sw a5, 124(a5) -> sw a5, 124(a5) */
    {0xc080, 0x0084a023}, /* c.sw s0, 0(s1) -> sw s0, 0(s1) */
    {0xc580, 0x0085a423}, /* c.sw s0, 8(a1) -> sw s0, 8(a1) */
    {0xc700, 0x00872423}, /* c.sw s0, 8(a4) -> sw s0, 8(a4) */
    {0xcb80, 0x0087a823}, /* c.sw s0, 16(a5) -> sw s0, 16(a5) */
    {0xce80, 0x0086ac23}, /* c.sw s0, 24(a3) -> sw s0, 24(a3) */
    {0xcf80, 0x0087ac23}, /* c.sw s0, 24(a5) -> sw s0, 24(a5) */
    {0xd080, 0x0284a023}, /* c.sw s0, 32(s1) -> sw s0, 32(s1) */
    {0xd380, 0x0287a023}, /* c.sw s0, 32(a5) -> sw s0, 32(a5) */
    {0xd580, 0x0285a423}, /* c.sw s0, 40(a1) -> sw s0, 40(a1) */
    {0xd680, 0x0286a423}, /* c.sw s0, 40(a3) -> sw s0, 40(a3) */
    {0xdd00, 0x02852c23}, /* c.sw s0, 56(a0) -> sw s0, 56(a0) */
    {0xdf80, 0x0287ac23}, /* c.sw s0, 56(a5) -> sw s0, 56(a5) */
    {0xc004, 0x00942023}, /* c.sw s1, 0(s0) -> sw s1, 0(s0) */
    {0xc020, 0x04842023}, /* c.sw s0, 64(s0) -> sw s0, 64(s0) */
    {0xc02c, 0x04b42023}, /* c.sw a1, 64(s0) -> sw a1, 64(s0) */
    {0xc03c, 0x04f42023}, /* c.sw a5, 64(s0) -> sw a5, 64(s0) */
    {0xc048, 0x00a42223}, /* c.sw a0, 4(s0) -> sw a0, 4(s0) */
    {0xc07c, 0x04f42223}, /* c.sw a5, 68(s0) -> sw a5, 68(s0) */
    {0xd004, 0x02942023}, /* c.sw s1, 32(s0) -> sw s1, 32(s0) */
    {0xd030, 0x06c42023}, /* c.sw a2, 96(s0) -> sw a2, 96(s0) */
    {0xd038, 0x06e42023}, /* c.sw a4, 96(s0) -> sw a4, 96(s0) */
    {0xd03c, 0x06f42023}, /* c.sw a5, 96(s0) -> sw a5, 96(s0) */
    {0xd048, 0x02a42223}, /* c.sw a0, 36(s0) -> sw a0, 36(s0) */
    {0xd07c, 0x06f42223}, /* c.sw a5, 100(s0) -> sw a5, 100(s0) */
    {0xc000, 0x00842023}, /* c.sw s0, 0(s0) -> sw s0, 0(s0) */
    {0xd000, 0x02842023}, /* c.sw s0, 32(s0) -> sw s0, 32(s0) */
    {0xc085, 0x02048063}, /* c.beqz s1, . + 32 -> beq s1, zero, . + 32 */
    {0xc745, 0x0a070463}, /* c.beqz a4, . + 168 -> beq a4, zero, . + 168 */
    {0xc8ed, 0x0e048963}, /* c.beqz s1, . + 242 -> beq s1, zero, . + 242 */
    {0xca3d, 0x06060b63}, /* c.beqz a2, . + 118 -> beq a2, zero, . + 118 */
    {0xcfa5, 0x06078c63}, /* c.beqz a5, . + 120 -> beq a5, zero, . + 120 */
    {0xcffd, 0x0e078f63}, /* c.beqz a5, . + 254 -> beq a5, zero, . + 254 */
    {0xd085, 0xf20480e3}, /* c.beqz s1, . + -224 -> beq s1, zero, . + -224 */
    {0xd1f9, 0xfc0583e3}, /* c.beqz a1, . + -58 -> beq a1, zero, . + -58 */
    {0xd2d5, 0xfa0682e3}, /* c.beqz a3, . + -92 -> beq a3, zero, . + -92 */
    {0xd93d, 0xf6050be3}, /* c.beqz a0, . + -138 -> beq a0, zero, . + -138 */
    {0xdc09, 0xf0040de3}, /* c.beqz s0, . + -230 -> beq s0, zero, . + -230 */
    {0xdffd, 0xfe078fe3}, /* c.beqz a5, . + -2 -> beq a5, zero, . + -2 */
    {0xc081, 0x00048063}, /* c.beqz s1, . + 0 -> beq s1, zero, . + 0 */
    {0xc101, 0x00050063}, /* c.beqz a0, . + 0 -> beq a0, zero, . + 0 */
    {0xc301, 0x00070063}, /* c.beqz a4, . + 0 -> beq a4, zero, . + 0 */
    {0xc401, 0x00040463}, /* c.beqz s0, . + 8 -> beq s0, zero, . + 8 */
    {0xc901, 0x00050863}, /* c.beqz a0, . + 16 -> beq a0, zero, . + 16 */
    {0xcf81, 0x00078c63}, /* c.beqz a5, . + 24 -> beq a5, zero, . + 24 */
    {0xd081, 0xf00480e3}, /* c.beqz s1, . + -256 -> beq s1, zero, . + -256 */
    {0xd301, 0xf00700e3}, /* c.beqz a4, . + -256 -> beq a4, zero, . + -256 */
    {0xd401, 0xf00404e3}, /* c.beqz s0, . + -248 -> beq s0, zero, . + -248 */
    {0xd481, 0xf00484e3}, /* c.beqz s1, . + -248 -> beq s1, zero, . + -248 */
    {0xd601, 0xf00604e3}, /* c.beqz a2, . + -248 -> beq a2, zero, . + -248 */
    {0xdf81, 0xf0078ce3}, /* c.beqz a5, . + -232 -> beq a5, zero, . + -232 */
    {0xc005, 0x02040063}, /* c.beqz s0, . + 32 -> beq s0, zero, . + 32 */
    {0xc009, 0x00040163}, /* c.beqz s0, . + 2 -> beq s0, zero, . + 2 */
    {0xc015, 0x02040263}, /* c.beqz s0, . + 36 -> beq s0, zero, . + 36 */
    {0xc041, 0x08040063}, /* c.beqz s0, . + 128 -> beq s0, zero, . + 128 */
    {0xc06d, 0x0e040163}, /* c.beqz s0, . + 226 -> beq s0, zero, . + 226 */
    {0xc07d, 0x0e040363}, /* c.beqz s0, . + 230 -> beq s0, zero, . + 230 */
    {0xd005, 0xf20400e3}, /* c.beqz s0, . + -224 -> beq s0, zero, . + -224 */
    {0xd021, 0xf40400e3}, /* c.beqz s0, . + -192 -> beq s0, zero, . + -192 */
    {0xd02d, 0xf60401e3}, /* c.beqz s0, . + -158 -> beq s0, zero, . + -158 */
    {0xd041, 0xf80400e3}, /* c.beqz s0, . + -128 -> beq s0, zero, . + -128 */
    {0xd06d, 0xfe0401e3}, /* c.beqz s0, . + -30 -> beq s0, zero, . + -30 */
    {0xd07d, 0xfe0403e3}, /* c.beqz s0, . + -26 -> beq s0, zero, . + -26 */
    {0xc001, 0x00040063}, /* c.beqz s0, . + 0 -> beq s0, zero, . + 0 */
    {0xd001, 0xf00400e3}, /* c.beqz s0, . + -256 -> beq s0, zero, . + -256 */
    {0xc086, 0x04112023}, /* c.swsp ra, 64(sp) -> sw ra, 64(sp) */
    {0xc6aa, 0x04a12623}, /* c.swsp a0, 76(sp) -> sw a0, 76(sp) */
    {0xc776, 0x09d12623}, /* c.swsp t4, 140(sp) -> sw t4, 140(sp) */
    {0xcaf2, 0x05c12a23}, /* c.swsp t3, 84(sp) -> sw t3, 84(sp) */
    {0xcc62, 0x01812c23}, /* c.swsp s8, 24(sp) -> sw s8, 24(sp) */
    {0xcffe, 0x0df12e23}, /* c.swsp t6, 220(sp) -> sw t6, 220(sp) */
    {0xd086, 0x06112023}, /* c.swsp ra, 96(sp) -> sw ra, 96(sp) */
    {0xd48a, 0x06212423}, /* c.swsp sp, 104(sp) -> sw sp, 104(sp) */
    {0xd552, 0x0b412423}, /* c.swsp s4, 168(sp) -> sw s4, 168(sp) */
    {0xd60a, 0x02212623}, /* c.swsp sp, 44(sp) -> sw sp, 44(sp) */
    {0xd756, 0x0b512623}, /* c.swsp s5, 172(sp) -> sw s5, 172(sp) */
    {0xdffe, 0x0ff12e23}, /* c.swsp t6, 252(sp) -> sw t6, 252(sp) */
    {0xc082, 0x04012023}, /* c.swsp zero, 64(sp) -> sw zero, 64(sp) */
    {0xc702, 0x08012623}, /* c.swsp zero, 140(sp) -> sw zero, 140(sp) */
    {0xca82, 0x04012a23}, /* c.swsp zero, 84(sp) -> sw zero, 84(sp) */
    {0xce82, 0x04012e23}, /* c.swsp zero, 92(sp) -> sw zero, 92(sp) */
    {0xcf02, 0x08012e23}, /* c.swsp zero, 156(sp) -> sw zero, 156(sp) */
    {0xcf82, 0x0c012e23}, /* c.swsp zero, 220(sp) -> sw zero, 220(sp) */
    {0xd082, 0x06012023}, /* c.swsp zero, 96(sp) -> sw zero, 96(sp) */
    {0xd382, 0x0e012223}, /* c.swsp zero, 228(sp) -> sw zero, 228(sp) */
    {0xd702, 0x0a012623}, /* c.swsp zero, 172(sp) -> sw zero, 172(sp) */
    {0xda82, 0x06012a23}, /* c.swsp zero, 116(sp) -> sw zero, 116(sp) */
    {0xdd82, 0x0e012c23}, /* c.swsp zero, 248(sp) -> sw zero, 248(sp) */
    {0xdf82, 0x0e012e23}, /* c.swsp zero, 252(sp) -> sw zero, 252(sp) */
    {0xc006, 0x00112023}, /* c.swsp ra, 0(sp) -> sw ra, 0(sp) */
    {0xc016, 0x00512023}, /* c.swsp t0, 0(sp) -> sw t0, 0(sp) */
    {0xc01e, 0x00712023}, /* c.swsp t2, 0(sp) -> sw t2, 0(sp) */
    {0xc056, 0x01512023}, /* c.swsp s5, 0(sp) -> sw s5, 0(sp) */
    {0xc076, 0x01d12023}, /* c.swsp t4, 0(sp) -> sw t4, 0(sp) */
    {0xc07e, 0x01f12023}, /* c.swsp t6, 0(sp) -> sw t6, 0(sp) */
    {0xd006, 0x02112023}, /* c.swsp ra, 32(sp) -> sw ra, 32(sp) */
    {0xd052, 0x03412023}, /* c.swsp s4, 32(sp) -> sw s4, 32(sp) */
    {0xd05a, 0x03612023}, /* c.swsp s6, 32(sp) -> sw s6, 32(sp) */
    {0xd072, 0x03c12023}, /* c.swsp t3, 32(sp) -> sw t3, 32(sp) */
    {0xd07a, 0x03e12023}, /* c.swsp t5, 32(sp) -> sw t5, 32(sp) */
    {0xd07e, 0x03f12023}, /* c.swsp t6, 32(sp) -> sw t6, 32(sp) */
    {0xc002, 0x00012023}, /* c.swsp zero, 0(sp) -> sw zero, 0(sp) */
    {0xd002, 0x02012023}, /* c.swsp zero, 32(sp) -> sw zero, 32(sp) */
    {0xe084, 0x0094b023}, /* c.sd s1, 0(s1) -> sd s1, 0(s1) */
    {0xe0f4, 0x0cd4b023}, /* c.sd a3, 192(s1) -> sd a3, 192(s1) */
    {0xe218, 0x00e63023}, /* c.sd a4, 0(a2) -> sd a4, 0(a2) */
    {0xe2c0, 0x0886b023}, /* c.sd s0, 128(a3) -> sd s0, 128(a3) */
    {0xea34, 0x04d63823}, /* c.sd a3, 80(a2) -> sd a3, 80(a2) */
    {0xeffc, 0x0cf7bc23}, /* c.sd a5, 216(a5) -> sd a5, 216(a5) */
    {0xf084, 0x0294b023}, /* c.sd s1, 32(s1) -> sd s1, 32(s1) */
    {0xf3d4, 0x0ad7b023}, /* c.sd a3, 160(a5) -> sd a3, 160(a5) */
    {0xf8e4, 0x0e94b823}, /* c.sd s1, 240(s1) -> sd s1, 240(s1) */
    {0xfaa8, 0x06a6b823}, /* c.sd a0, 112(a3) -> sd a0, 112(a3) */
    {0xff44, 0x0a973c23}, /* c.sd s1, 184(a4) -> sd s1, 184(a4) */
    {0xfffc, 0x0ef7bc23}, /* c.sd a5, 248(a5) -> sd a5, 248(a5) */
    {0xe080, 0x0084b023}, /* c.sd s0, 0(s1) -> sd s0, 0(s1) */
    {0xe400, 0x00843423}, /* c.sd s0, 8(s0) -> sd s0, 8(s0) */
    {0xe480, 0x0084b423}, /* c.sd s0, 8(s1) -> sd s0, 8(s1) */
    {0xe680, 0x0086b423}, /* c.sd s0, 8(a3) -> sd s0, 8(a3) */
    {0xef00, 0x00873c23}, /* c.sd s0, 24(a4) -> sd s0, 24(a4) */
    {0xef80, 0x0087bc23}, /* c.sd s0, 24(a5) -> sd s0, 24(a5) */
    {0xf080, 0x0284b023}, /* c.sd s0, 32(s1) -> sd s0, 32(s1) */
    {0xf100, 0x02853023}, /* c.sd s0, 32(a0) -> sd s0, 32(a0) */
    {0xf580, 0x0285b423}, /* c.sd s0, 40(a1) -> sd s0, 40(a1) */
    {0xf780, 0x0287b423}, /* c.sd s0, 40(a5) -> sd s0, 40(a5) */
    {0xff00, 0x02873c23}, /* c.sd s0, 56(a4) -> sd s0, 56(a4) */
    {0xff80, 0x0287bc23}, /* c.sd s0, 56(a5) -> sd s0, 56(a5) */
    {0xe004, 0x00943023}, /* c.sd s1, 0(s0) -> sd s1, 0(s0) */
    {0xe028, 0x04a43023}, /* c.sd a0, 64(s0) -> sd a0, 64(s0) */
    {0xe02c, 0x04b43023}, /* c.sd a1, 64(s0) -> sd a1, 64(s0) */
    {0xe05c, 0x08f43023}, /* c.sd a5, 128(s0) -> sd a5, 128(s0) */
    {0xe060, 0x0c843023}, /* c.sd s0, 192(s0) -> sd s0, 192(s0) */
    {0xe07c, 0x0cf43023}, /* c.sd a5, 192(s0) -> sd a5, 192(s0) */
    {0xf004, 0x02943023}, /* c.sd s1, 32(s0) -> sd s1, 32(s0) */
    {0xf008, 0x02a43023}, /* c.sd a0, 32(s0) -> sd a0, 32(s0) */
    {0xf020, 0x06843023}, /* c.sd s0, 96(s0) -> sd s0, 96(s0) */
    {0xf02c, 0x06b43023}, /* c.sd a1, 96(s0) -> sd a1, 96(s0) */
    {0xf064, 0x0e943023}, /* c.sd s1, 224(s0) -> sd s1, 224(s0) */
    {0xf07c, 0x0ef43023}, /* c.sd a5, 224(s0) -> sd a5, 224(s0) */
    {0xe000, 0x00843023}, /* c.sd s0, 0(s0) -> sd s0, 0(s0) */
    {0xf000, 0x02843023}, /* c.sd s0, 32(s0) -> sd s0, 32(s0) */
    {0xe085, 0x02049063}, /* c.bnez s1, . + 32 -> bne s1, zero, . + 32 */
    {0xe2ed, 0x0e069163}, /* c.bnez a3, . + 226 -> bne a3, zero, . + 226 */
    {0xe529, 0x04051563}, /* c.bnez a0, . + 74 -> bne a0, zero, . + 74 */
    {0xe929, 0x04051963}, /* c.bnez a0, . + 82 -> bne a0, zero, . + 82 */
    {0xec35, 0x06041e63}, /* c.bnez s0, . + 124 -> bne s0, zero, . + 124 */
    {0xeffd, 0x0e079f63}, /* c.bnez a5, . + 254 -> bne a5, zero, . + 254 */
    {0xf085, 0xf20490e3}, /* c.bnez s1, . + -224 -> bne s1, zero, . + -224 */
    {0xf4c1, 0xf80494e3}, /* c.bnez s1, . + -120 -> bne s1, zero, . + -120 */
    {0xf5d9, 0xf80597e3}, /* c.bnez a1, . + -114 -> bne a1, zero, . + -114 */
    {0xf64d, 0xfa0615e3}, /* c.bnez a2, . + -86 -> bne a2, zero, . + -86 */
    {0xfe2d, 0xf6061de3}, /* c.bnez a2, . + -134 -> bne a2, zero, . + -134 */
    {0xfffd, 0xfe079fe3}, /* c.bnez a5, . + -2 -> bne a5, zero, . + -2 */
    {0xe081, 0x00049063}, /* c.bnez s1, . + 0 -> bne s1, zero, . + 0 */
    {0xe181, 0x00059063}, /* c.bnez a1, . + 0 -> bne a1, zero, . + 0 */
    {0xe201, 0x00061063}, /* c.bnez a2, . + 0 -> bne a2, zero, . + 0 */
    {0xe401, 0x00041463}, /* c.bnez s0, . + 8 -> bne s0, zero, . + 8 */
    {0xe801, 0x00041863}, /* c.bnez s0, . + 16 -> bne s0, zero, . + 16 */
    {0xef81, 0x00079c63}, /* c.bnez a5, . + 24 -> bne a5, zero, . + 24 */
    {0xf081, 0xf00490e3}, /* c.bnez s1, . + -256 -> bne s1, zero, . + -256 */
    {0xf101, 0xf00510e3}, /* c.bnez a0, . + -256 -> bne a0, zero, . + -256 */
    {0xf401, 0xf00414e3}, /* c.bnez s0, . + -248 -> bne s0, zero, . + -248 */
    {0xf501, 0xf00514e3}, /* c.bnez a0, . + -248 -> bne a0, zero, . + -248 */
    {0xfa81, 0xf00698e3}, /* c.bnez a3, . + -240 -> bne a3, zero, . + -240 */
    {0xff81, 0xf0079ce3}, /* c.bnez a5, . + -232 -> bne a5, zero, . + -232 */
    {0xe005, 0x02041063}, /* c.bnez s0, . + 32 -> bne s0, zero, . + 32 */
    {0xe025, 0x06041063}, /* c.bnez s0, . + 96 -> bne s0, zero, . + 96 */
    {0xe035, 0x06041263}, /* c.bnez s0, . + 100 -> bne s0, zero, . + 100 */
    {0xe045, 0x0a041063}, /* c.bnez s0, . + 160 -> bne s0, zero, . + 160 */
    {0xe071, 0x0c041263}, /* c.bnez s0, . + 196 -> bne s0, zero, . + 196 */
    {0xe07d, 0x0e041363}, /* c.bnez s0, . + 230 -> bne s0, zero, . + 230 */
    {0xf005, 0xf20410e3}, /* c.bnez s0, . + -224 -> bne s0, zero, . + -224 */
    {0xf015, 0xf20412e3}, /* c.bnez s0, . + -220 -> bne s0, zero, . + -220 */
    {0xf029, 0xf40411e3}, /* c.bnez s0, . + -190 -> bne s0, zero, . + -190 */
    {0xf045, 0xfa0410e3}, /* c.bnez s0, . + -96 -> bne s0, zero, . + -96 */
    {0xf061, 0xfc0410e3}, /* c.bnez s0, . + -64 -> bne s0, zero, . + -64 */
    {0xf07d, 0xfe0413e3}, /* c.bnez s0, . + -26 -> bne s0, zero, . + -26 */
    {0xe001, 0x00041063}, /* c.bnez s0, . + 0 -> bne s0, zero, . + 0 */
    {0xf001, 0xf00410e3}, /* c.bnez s0, . + -256 -> bne s0, zero, . + -256 */
    {0xe086, 0x04113023}, /* c.sdsp ra, 64(sp) -> sd ra, 64(sp) */
    {0xe17e, 0x09f13023}, /* c.sdsp t6, 128(sp) -> sd t6, 128(sp) */
    {0xe642, 0x11013423}, /* c.sdsp a6, 264(sp) -> sd a6, 264(sp) */
    {0xe6d2, 0x15413423}, /* c.sdsp s4, 328(sp) -> sd s4, 328(sp) */
    {0xee22, 0x10813c23}, /* c.sdsp s0, 280(sp) -> sd s0, 280(sp) */
    {0xeffe, 0x1df13c23}, /* c.sdsp t6, 472(sp) -> sd t6, 472(sp) */
    {0xf086, 0x06113023}, /* c.sdsp ra, 96(sp) -> sd ra, 96(sp) */
    {0xf0c2, 0x07013023}, /* c.sdsp a6, 96(sp) -> sd a6, 96(sp) */
    {0xf1d2, 0x0f413023}, /* c.sdsp s4, 224(sp) -> sd s4, 224(sp) */
    {0xf41e, 0x02713423}, /* c.sdsp t2, 40(sp) -> sd t2, 40(sp) */
    {0xf656, 0x13513423}, /* c.sdsp s5, 296(sp) -> sd s5, 296(sp) */
    {0xfffe, 0x1ff13c23}, /* c.sdsp t6, 504(sp) -> sd t6, 504(sp) */
    {0xe082, 0x04013023}, /* c.sdsp zero, 64(sp) -> sd zero, 64(sp) */
    {0xe582, 0x0c013423}, /* c.sdsp zero, 200(sp) -> sd zero, 200(sp) */
    {0xe602, 0x10013423}, /* c.sdsp zero, 264(sp) -> sd zero, 264(sp) */
    {0xe702, 0x18013423}, /* c.sdsp zero, 392(sp) -> sd zero, 392(sp) */
    {0xeb02, 0x18013823}, /* c.sdsp zero, 400(sp) -> sd zero, 400(sp) */
    {0xef82, 0x1c013c23}, /* c.sdsp zero, 472(sp) -> sd zero, 472(sp) */
    {0xf082, 0x06013023}, /* c.sdsp zero, 96(sp) -> sd zero, 96(sp) */
    {0xf402, 0x02013423}, /* c.sdsp zero, 40(sp) -> sd zero, 40(sp) */
    {0xf502, 0x0a013423}, /* c.sdsp zero, 168(sp) -> sd zero, 168(sp) */
    {0xf882, 0x06013823}, /* c.sdsp zero, 112(sp) -> sd zero, 112(sp) */
    {0xfa02, 0x12013823}, /* c.sdsp zero, 304(sp) -> sd zero, 304(sp) */
    {0xff82, 0x1e013c23}, /* c.sdsp zero, 504(sp) -> sd zero, 504(sp) */
    {0xe006, 0x00113023}, /* c.sdsp ra, 0(sp) -> sd ra, 0(sp) */
    {0xe012, 0x00413023}, /* c.sdsp tp, 0(sp) -> sd tp, 0(sp) */
    {0xe01e, 0x00713023}, /* c.sdsp t2, 0(sp) -> sd t2, 0(sp) */
    {0xe06a, 0x01a13023}, /* c.sdsp s10, 0(sp) -> sd s10, 0(sp) */
    {0xe076, 0x01d13023}, /* c.sdsp t4, 0(sp) -> sd t4, 0(sp) */
    {0xe07e, 0x01f13023}, /* c.sdsp t6, 0(sp) -> sd t6, 0(sp) */
    {0xf006, 0x02113023}, /* c.sdsp ra, 32(sp) -> sd ra, 32(sp) */
    {0xf052, 0x03413023}, /* c.sdsp s4, 32(sp) -> sd s4, 32(sp) */
    {0xf056, 0x03513023}, /* c.sdsp s5, 32(sp) -> sd s5, 32(sp) */
    {0xf062, 0x03813023}, /* c.sdsp s8, 32(sp) -> sd s8, 32(sp) */
    {0xf076, 0x03d13023}, /* c.sdsp t4, 32(sp) -> sd t4, 32(sp) */
    {0xf07e, 0x03f13023}, /* c.sdsp t6, 32(sp) -> sd t6, 32(sp) */
    {0xe002, 0x00013023}, /* c.sdsp zero, 0(sp) -> sd zero, 0(sp) */
    {0xf002, 0x02013023}, /* c.sdsp zero, 32(sp) -> sd zero, 32(sp) */
};

static const RvcVector vectors_rv32[] = {
    {0x0084, 0x04010493}, /* c.addi4spn s1, sp, 64 -> addi s1, sp, 64 */
    {0x0208, 0x10010513}, /* c.addi4spn a0, sp, 256 -> addi a0, sp, 256 */
    {0x02b0, 0x14810613}, /* c.addi4spn a2, sp, 328 -> addi a2, sp, 328 */
    {0x0a44, 0x11410493}, /* c.addi4spn s1, sp, 276 -> addi s1, sp, 276 */
    {0x0f08, 0x39010513}, /* c.addi4spn a0, sp, 912 -> addi a0, sp, 912 */
    {0x0ffc, 0x3dc10793}, /* c.addi4spn a5, sp, 988 -> addi a5, sp, 988 */
    {0x1084, 0x06010493}, /* c.addi4spn s1, sp, 96 -> addi s1, sp, 96 */
    {0x1394, 0x1e010693}, /* c.addi4spn a3, sp, 480 -> addi a3, sp, 480 */
    {0x1794, 0x3e010693}, /* c.addi4spn a3, sp, 992 -> addi a3, sp, 992 */
    {0x19a0, 0x0f810413}, /* c.addi4spn s0, sp, 248 -> addi s0, sp, 248 */
    {0x1ee4, 0x37c10493}, /* c.addi4spn s1, sp, 892 -> addi s1, sp, 892 */
    {0x1ffc, 0x3fc10793}, /* c.addi4spn a5, sp, 1020 -> addi a5, sp, 1020 */
    {0x0080, 0x04010413}, /* c.addi4spn s0, sp, 64 -> addi s0, sp, 64 */
    {0x0900, 0x09010413}, /* c.addi4spn s0, sp, 144 -> addi s0, sp, 144 */
    {0x0a00, 0x11010413}, /* c.addi4spn s0, sp, 272 -> addi s0, sp, 272 */
    {0x0c00, 0x21010413}, /* c.addi4spn s0, sp, 528 -> addi s0, sp, 528 */
    {0x0e80, 0x35010413}, /* c.addi4spn s0, sp, 848 -> addi s0, sp, 848 */
    {0x0f80, 0x3d010413}, /* c.addi4spn s0, sp, 976 -> addi s0, sp, 976 */
    {0x1080, 0x06010413}, /* c.addi4spn s0, sp, 96 -> addi s0, sp, 96 */
    {0x1280, 0x16010413}, /* c.addi4spn s0, sp, 352 -> addi s0, sp, 352 */
    {0x1380, 0x1e010413}, /* c.addi4spn s0, sp, 480 -> addi s0, sp, 480 */
    {0x1a00, 0x13010413}, /* c.addi4spn s0, sp, 304 -> addi s0, sp, 304 */
    {0x1e80, 0x37010413}, /* c.addi4spn s0, sp, 880 -> addi s0, sp, 880 */
    {0x1f80, 0x3f010413}, /* c.addi4spn s0, sp, 1008 -> addi s0, sp, 1008 */
    {0x0020, 0x00810413}, /* c.addi4spn s0, sp, 8 -> addi s0, sp, 8 */
    {0x0034, 0x00810693}, /* c.addi4spn a3, sp, 8 -> addi a3, sp, 8 */
    {0x0038, 0x00810713}, /* c.addi4spn a4, sp, 8 -> addi a4, sp, 8 */
    {0x006c, 0x00c10593}, /* c.addi4spn a1, sp, 12 -> addi a1, sp, 12 */
    {0x0078, 0x00c10713}, /* c.addi4spn a4, sp, 12 -> addi a4, sp, 12 */
    {0x007c, 0x00c10793}, /* c.addi4spn a5, sp, 12 -> addi a5, sp, 12 */
    {0x1004, 0x02010493}, /* c.addi4spn s1, sp, 32 -> addi s1, sp, 32 */
    {0x101c, 0x02010793}, /* c.addi4spn a5, sp, 32 -> addi a5, sp, 32 */
    {0x1020, 0x02810413}, /* c.addi4spn s0, sp, 40 -> addi s0, sp, 40 */
    {0x103c, 0x02810793}, /* c.addi4spn a5, sp, 40 -> addi a5, sp, 40 */
    {0x1044, 0x02410493}, /* c.addi4spn s1, sp, 36 -> addi s1, sp, 36 */
    {0x107c, 0x02c10793}, /* c.addi4spn a5, sp, 44 -> addi a5, sp, 44 */
    {0x1000, 0x02010413}, /* c.addi4spn s0, sp, 32 -> addi s0, sp, 32 */
    {0x0004, 0x00000000}, /* reserved */
    {0x0008, 0x00000000}, /* reserved */
    {0x000c, 0x00000000}, /* reserved */
    {0x0010, 0x00000000}, /* reserved */
    {0x0014, 0x00000000}, /* reserved */
    {0x001c, 0x00000000}, /* reserved */
    {0x0000, 0x00000000}, /* reserved */
    {0x0085, 0x00108093}, /* c.addi ra, 1 -> addi ra, ra, 1 */
    {0x0111, 0x00410113}, /* c.addi sp, 4 -> addi sp, sp, 4 */
    {0x0219, 0x00620213}, /* c.addi tp, 6 # 0x6 -> addi tp, tp, 6 # 0x6 */
    {0x0441, 0x01040413}, /* c.addi s0, 16 -> addi s0, s0, 16 */
    {0x0d75, 0x01dd0d13}, /* c.addi s10, 29 -> addi s10, s10, 29 */
    {0x0ffd, 0x01ff8f93}, /* c.addi t6, 31 -> addi t6, t6, 31 */
    {0x1085, 0xfe108093}, /* c.addi ra, -31 -> addi ra, ra, -31 */
    {0x1b39, 0xfeeb0b13}, /* c.addi s6, -18 -> addi s6, s6, -18 */
    {0x1bfd, 0xfffb8b93}, /* c.addi s7, -1 -> addi s7, s7, -1 */
    {0x1d99, 0xfe6d8d93}, /* c.addi s11, -26 -> addi s11, s11, -26 */
    {0x1db5, 0xfedd8d93}, /* c.addi s11, -19 -> addi s11, s11, -19 */
    {0x1ffd, 0xffff8f93}, /* c.addi t6, -1 -> addi t6, t6, -1 */
    {0x0081, 0x00008093}, /* c.addi ra, 0 -> addi ra, ra, 0 */
    {0x0601, 0x00060613}, /* c.addi a2, 0 -> addi a2, a2, 0 */
    {0x0901, 0x00090913}, /* c.addi s2, 0 -> addi s2, s2, 0 */
    {0x0d01, 0x000d0d13}, /* c.addi s10, 0 -> addi s10, s10, 0 */
    {0x0d81, 0x000d8d93}, /* c.addi s11, 0 -> addi s11, s11, 0 */
    {0x0f81, 0x000f8f93}, /* c.addi t6, 0 -> addi t6, t6, 0 */
    {0x1081, 0xfe008093}, /* c.addi ra, -32 -> addi ra, ra, -32 */
    {0x1401, 0xfe040413}, /* c.addi s0, -32 -> addi s0, s0, -32 */
    {0x1501, 0xfe050513}, /* c.addi a0, -32 -> addi a0, a0, -32 */
    {0x1a81, 0xfe0a8a93}, /* c.addi s5, -32 -> addi s5, s5, -32 */
    {0x1f01, 0xfe0f0f13}, /* c.addi t5, -32 -> addi t5, t5, -32 */
    {0x1f81, 0xfe0f8f93}, /* c.addi t6, -32 -> addi t6, t6, -32 */
    {0x0005, 0x00100013}, /* c.addi zero, 1 -> addi zero, zero, 1 */
    {0x0009, 0x00200013}, /* c.addi zero, 2 -> addi zero, zero, 2 */
    {0x004d, 0x01300013}, /* c.addi zero, 19 -> addi zero, zero, 19 */
    {0x0059, 0x01600013}, /* c.addi zero, 22 -> addi zero, zero, 22 */
    {0x0069, 0x01a00013}, /* c.addi zero, 26 -> addi zero, zero, 26 */
    {0x007d, 0x01f00013}, /* c.addi zero, 31 -> addi zero, zero, 31 */
    {0x1005, 0xfe100013}, /* c.addi zero, -31 -> addi zero, zero, -31 */
    {0x100d, 0xfe300013}, /* c.addi zero, -29 -> addi zero, zero, -29 */
    {0x1011, 0xfe400013}, /* c.addi zero, -28 -> addi zero, zero, -28 */
    {0x1019, 0xfe600013}, /* c.addi zero, -26 -> addi zero, zero, -26 */
    {0x1059, 0xff600013}, /* c.addi zero, -10 -> addi zero, zero, -10 */
    {0x107d, 0xfff00013}, /* c.addi zero, -1 -> addi zero, zero, -1 */
    {0x0001, 0x00000013}, /* c.addi zero, 0 -> addi zero, zero, 0 */
    {0x1001, 0xfe000013}, /* c.addi zero, -32 -> addi zero, zero, -32 */
    {0x0086, 0x00109093}, /* c.slli ra, 0x1 -> slli ra, ra, 0x1 */
    {0x0112, 0x00411113}, /* c.slli sp, 0x4 -> slli sp, sp, 0x4 */
    {0x02f2, 0x01c29293}, /* c.slli t0, 0x1c -> slli t0, t0, 0x1c */
    {0x06ea, 0x01a69693}, /* c.slli a3, 0x1a -> slli a3, a3, 0x1a */
    {0x0f6e, 0x01bf1f13}, /* c.slli t5, 0x1b -> slli t5, t5, 0x1b */
    {0x0ffe, 0x01ff9f93}, /* c.slli t6, 0x1f -> slli t6, t6, 0x1f */
    {0x0006, 0x00101013}, /* c.slli zero, 0x1 -> slli zero, zero, 0x1 */
    {0x0022, 0x00801013}, /* c.slli zero, 0x8 -> slli zero, zero, 0x8 */
    {0x002a, 0x00a01013}, /* c.slli zero, 0xa -> slli zero, zero, 0xa */
    {0x0032, 0x00c01013}, /* c.slli zero, 0xc -> slli zero, zero, 0xc */
    {0x003a, 0x00e01013}, /* c.slli zero, 0xe -> slli zero, zero, 0xe */
    {0x007e, 0x01f01013}, /* c.slli zero, 0x1f -> slli zero, zero, 0x1f */
    {0x0082, 0x00009093}, /* c.slli64 ra -> slli ra, ra, 0 */
    {0x0302, 0x00031313}, /* c.slli64 t1 -> slli t1, t1, 0 */
    {0x0582, 0x00059593}, /* c.slli64 a1 -> slli a1, a1, 0 */
    {0x0902, 0x00091913}, /* c.slli64 s2 -> slli s2, s2, 0 */
    {0x0b82, 0x000b9b93}, /* c.slli64 s7 -> slli s7, s7, 0 */
    {0x0f82, 0x000f9f93}, /* c.slli64 t6 -> slli t6, t6, 0 */
    {0x0002, 0x00001013}, /* c.slli64 zero -> slli zero, zero, 0 */
    {0x1086, 0x00000000}, /* reserved; objdump decodes c.slli ra,0x21 */
    {0x1642, 0x00000000}, /* reserved; objdump decodes c.slli a2,0x30 */
    {0x170a, 0x00000000}, /* reserved; objdump decodes c.slli a4,0x22 */
    {0x1abe, 0x00000000}, /* reserved; objdump decodes c.slli s5,0x2f */
    {0x1ad6, 0x00000000}, /* reserved; objdump decodes c.slli s5,0x35 */
    {0x1ffe, 0x00000000}, /* reserved; objdump decodes c.slli t6,0x3f */
    {0x1082, 0x00000000}, /* reserved; objdump decodes c.slli ra,0x20 */
    {0x1702, 0x00000000}, /* reserved; objdump decodes c.slli a4,0x20 */
    {0x1982, 0x00000000}, /* reserved; objdump decodes c.slli s3,0x20 */
    {0x1c02, 0x00000000}, /* reserved; objdump decodes c.slli s8,0x20 */
    {0x1c82, 0x00000000}, /* reserved; objdump decodes c.slli s9,0x20 */
    {0x1f82, 0x00000000}, /* reserved; objdump decodes c.slli t6,0x20 */
    {0x1006, 0x00000000}, /* reserved; objdump decodes c.slli zero,0x21 */
    {0x1022, 0x00000000}, /* reserved; objdump decodes c.slli zero,0x28 */
    {0x102a, 0x00000000}, /* reserved; objdump decodes c.slli zero,0x2a */
    {0x104a, 0x00000000}, /* reserved; objdump decodes c.slli zero,0x32 */
    {0x1072, 0x00000000}, /* reserved; objdump decodes c.slli zero,0x3c */
    {0x107e, 0x00000000}, /* reserved; objdump decodes c.slli zero,0x3f */
    {0x1002, 0x00000000}, /* reserved; objdump decodes c.slli zero,0x20 */
    {0x2084, 0x0004b487}, /* c.fld fs1, 0(s1) -> fld fs1, 0(s1) */
    {0x230c, 0x00073587}, /* c.fld fa1, 0(a4) -> fld fa1, 0(a4) */
    {0x263c, 0x04863787}, /* c.fld fa5, 72(a2) -> fld fa5, 72(a2) */
    {0x2744, 0x08873487}, /* c.fld fs1, 136(a4) -> fld fs1, 136(a4) */
    {0x2c58, 0x09843707}, /* c.fld fa4, 152(s0) -> fld fa4, 152(s0) */
    {0x2ffc, 0x0d87b787}, /* c.fld fa5, 216(a5) -> fld fa5, 216(a5) */
    {0x3084, 0x0204b487}, /* c.fld fs1, 32(s1) -> fld fs1, 32(s1) */
    {0x3248, 0x0a063507}, /* c.fld fa0, 160(a2) -> fld fa0, 160(a2) */
    {0x36d0, 0x0a86b607}, /* c.fld fa2, 168(a3) -> fld fa2, 168(a3) */
    {0x376c, 0x0e873587}, /* c.fld fa1, 232(a4) -> fld fa1, 232(a4) */
    {0x3c44, 0x0b843487}, /* c.fld fs1, 184(s0) -> fld fs1, 184(s0) */
    {0x3ffc, 0x0f87b787}, /* c.fld fa5, 248(a5) -> fld fa5, 248(a5) */
    {0x2080, 0x0004b407}, /* c.fld fs0, 0(s1) -> fld fs0, 0(s1) */
    {0x2280, 0x0006b407}, /* c.fld fs0, 0(a3) -> fld fs0, 0(a3) */
    {0x2600, 0x00863407}, /* c.fld fs0, 8(a2) -> fld fs0, 8(a2) */
    {0x2680, 0x0086b407}, /* c.fld fs0, 8(a3) -> fld fs0, 8(a3) */
    {0x2800, 0x01043407}, /* c.fld fs0, 16(s0) -> fld fs0, 16(s0) */
    {0x2f80, 0x0187b407}, /* c.fld fs0, 24(a5) -> fld fs0, 24(a5) */
    {0x3080, 0x0204b407}, /* c.fld fs0, 32(s1) -> fld fs0, 32(s1) */
    {0x3400, 0x02843407}, /* c.fld fs0, 40(s0) -> fld fs0, 40(s0) */
    {0x3700, 0x02873407}, /* c.fld fs0, 40(a4) -> fld fs0, 40(a4) */
    {0x3980, 0x0305b407}, /* c.fld fs0, 48(a1) -> fld fs0, 48(a1) */
    {0x3f00, 0x03873407}, /* c.fld fs0, 56(a4) -> fld fs0, 56(a4) */
    {0x3f80, 0x0387b407}, /* c.fld fs0, 56(a5) -> fld fs0, 56(a5) */
    {0x2004, 0x00043487}, /* c.fld fs1, 0(s0) -> fld fs1, 0(s0) */
    {0x2038, 0x04043707}, /* c.fld fa4, 64(s0) -> fld fa4, 64(s0) */
    {0x204c, 0x08043587}, /* c.fld fa1, 128(s0) -> fld fa1, 128(s0) */
    {0x2068, 0x0c043507}, /* c.fld fa0, 192(s0) -> fld fa0, 192(s0) */
    {0x206c, 0x0c043587}, /* c.fld fa1, 192(s0) -> fld fa1, 192(s0) */
    {0x207c, 0x0c043787}, /* c.fld fa5, 192(s0) -> fld fa5, 192(s0) */
    {0x3004, 0x02043487}, /* c.fld fs1, 32(s0) -> fld fs1, 32(s0) */
    {0x3018, 0x02043707}, /* c.fld fa4, 32(s0) -> fld fa4, 32(s0) */
    {0x3054, 0x0a043687}, /* c.fld fa3, 160(s0) -> fld fa3, 160(s0) */
    {0x3064, 0x0e043487}, /* c.fld fs1, 224(s0) -> fld fs1, 224(s0) */
    {0x3068, 0x0e043507}, /* c.fld fa0, 224(s0) -> fld fa0, 224(s0) */
    {0x307c, 0x0e043787}, /* c.fld fa5, 224(s0) -> fld fa5, 224(s0) */
    {0x2000, 0x00043407}, /* c.fld fs0, 0(s0) -> fld fs0, 0(s0) */
    {0x3000, 0x02043407}, /* c.fld fs0, 32(s0) -> fld fs0, 32(s0) */
    {0x2085, 0x060000ef}, /* c.jal . + 96 -> jal ra, . + 96 */
    {0x2199, 0x446000ef}, /* c.jal . + 1094 -> jal ra, . + 1094 */
    {0x23bd, 0x56e000ef}, /* c.jal . + 1390 -> jal ra, . + 1390 */
    {0x27b1, 0x74c000ef}, /* c.jal . + 1868 -> jal ra, . + 1868 */
    {0x2995, 0x474000ef}, /* c.jal . + 1140 -> jal ra, . + 1140 */
    {0x2ffd, 0x7fe000ef}, /* c.jal . + 2046 -> jal ra, . + 2046 */
    {0x3085, 0x861ff0ef}, /* c.jal . + -1952 -> jal ra, . + -1952 */
    {0x36b5, 0xb6dff0ef}, /* c.jal . + -1172 -> jal ra, . + -1172 */
    {0x395d, 0xcb7ff0ef}, /* c.jal . + -842 -> jal ra, . + -842 */
    {0x3a79, 0x99fff0ef}, /* c.jal . + -1634 -> jal ra, . + -1634 */
    {0x3d25, 0xe39ff0ef}, /* c.jal . + -456 -> jal ra, . + -456 */
    {0x3ffd, 0xfffff0ef}, /* c.jal . + -2 -> jal ra, . + -2 */
    {0x2081, 0x040000ef}, /* c.jal . + 64 -> jal ra, . + 64 */
    {0x2201, 0x100000ef}, /* c.jal . + 256 -> jal ra, . + 256 */
    {0x2701, 0x700000ef}, /* c.jal . + 1792 -> jal ra, . + 1792 */
    {0x2881, 0x050000ef}, /* c.jal . + 80 -> jal ra, . + 80 */
    {0x2a01, 0x110000ef}, /* c.jal . + 272 -> jal ra, . + 272 */
    {0x2f81, 0x750000ef}, /* c.jal . + 1872 -> jal ra, . + 1872 */
    {0x3081, 0x841ff0ef}, /* c.jal . + -1984 -> jal ra, . + -1984 */
    {0x3401, 0xa01ff0ef}, /* c.jal . + -1536 -> jal ra, . + -1536 */
    {0x3581, 0xe41ff0ef}, /* c.jal . + -448 -> jal ra, . + -448 */
    {0x3781, 0xf41ff0ef}, /* c.jal . + -192 -> jal ra, . + -192 */
    {0x3b01, 0xd11ff0ef}, /* c.jal . + -752 -> jal ra, . + -752 */
    {0x3f81, 0xf51ff0ef}, /* c.jal . + -176 -> jal ra, . + -176 */
    {0x2005, 0x020000ef}, /* c.jal . + 32 -> jal ra, . + 32 */
    {0x200d, 0x022000ef}, /* c.jal . + 34 -> jal ra, . + 34 */
    {0x2031, 0x00c000ef}, /* c.jal . + 12 -> jal ra, . + 12 */
    {0x203d, 0x02e000ef}, /* c.jal . + 46 -> jal ra, . + 46 */
    {0x2069, 0x08a000ef}, /* c.jal . + 138 -> jal ra, . + 138 */
    {0x207d, 0x0ae000ef}, /* c.jal . + 174 -> jal ra, . + 174 */
    {0x3005, 0x821ff0ef}, /* c.jal . + -2016 -> jal ra, . + -2016 */
    {0x3049, 0x883ff0ef}, /* c.jal . + -1918 -> jal ra, . + -1918 */
    {0x3051, 0x885ff0ef}, /* c.jal . + -1916 -> jal ra, . + -1916 */
    {0x305d, 0x8a7ff0ef}, /* c.jal . + -1882 -> jal ra, . + -1882 */
    {0x3065, 0x8a9ff0ef}, /* c.jal . + -1880 -> jal ra, . + -1880 */
    {0x307d, 0x8afff0ef}, /* c.jal . + -1874 -> jal ra, . + -1874 */
    {0x2001, 0x000000ef}, /* c.jal . + 0 -> jal ra, . + 0 */
    {0x3001, 0x801ff0ef}, /* c.jal . + -2048 -> jal ra, . + -2048 */
    {0x2086, 0x04013087}, /* c.fldsp ft1, 64(sp) -> fld ft1, 64(sp) */
    {0x21ce, 0x0d013187}, /* c.fldsp ft3, 208(sp) -> fld ft3, 208(sp) */
    {0x2386, 0x04013387}, /* c.fldsp ft7, 64(sp) -> fld ft7, 64(sp) */
    {0x2532, 0x10813507}, /* c.fldsp fa0, 264(sp) -> fld fa0, 264(sp) */
    {0x2faa, 0x08813f87}, /* c.fldsp ft11, 136(sp) -> fld ft11, 136(sp) */
    {0x2ffe, 0x1d813f87}, /* c.fldsp ft11, 472(sp) -> fld ft11, 472(sp) */
    {0x3086, 0x06013087}, /* c.fldsp ft1, 96(sp) -> fld ft1, 96(sp) */
    {0x3216, 0x16013207}, /* c.fldsp ft4, 352(sp) -> fld ft4, 352(sp) */
    {0x369e, 0x1e013687}, /* c.fldsp fa3, 480(sp) -> fld fa3, 480(sp) */
    {0x3ab2, 0x12813a87}, /* c.fldsp fs5, 296(sp) -> fld fs5, 296(sp) */
    {0x3d5e, 0x1f013d07}, /* c.fldsp fs10, 496(sp) -> fld fs10, 496(sp) */
    {0x3ffe, 0x1f813f87}, /* c.fldsp ft11, 504(sp) -> fld ft11, 504(sp) */
    {0x2082, 0x00013087}, /* c.fldsp ft1, 0(sp) -> fld ft1, 0(sp) */
    {0x2582, 0x00013587}, /* c.fldsp fa1, 0(sp) -> fld fa1, 0(sp) */
    {0x2882, 0x00013887}, /* c.fldsp fa7, 0(sp) -> fld fa7, 0(sp) */
    {0x2a02, 0x00013a07}, /* c.fldsp fs4, 0(sp) -> fld fs4, 0(sp) */
    {0x2d82, 0x00013d87}, /* c.fldsp fs11, 0(sp) -> fld fs11, 0(sp) */
    {0x2f82, 0x00013f87}, /* c.fldsp ft11, 0(sp) -> fld ft11, 0(sp) */
    {0x3082, 0x02013087}, /* c.fldsp ft1, 32(sp) -> fld ft1, 32(sp) */
    {0x3102, 0x02013107}, /* c.fldsp ft2, 32(sp) -> fld ft2, 32(sp) */
    {0x3482, 0x02013487}, /* c.fldsp fs1, 32(sp) -> fld fs1, 32(sp) */
    {0x3a02, 0x02013a07}, /* c.fldsp fs4, 32(sp) -> fld fs4, 32(sp) */
    {0x3e82, 0x02013e87}, /* c.fldsp ft9, 32(sp) -> fld ft9, 32(sp) */
    {0x3f82, 0x02013f87}, /* c.fldsp ft11, 32(sp) -> fld ft11, 32(sp) */
    {0x2006, 0x04013007}, /* c.fldsp ft0, 64(sp) -> fld ft0, 64(sp) */
    {0x2012, 0x10013007}, /* c.fldsp ft0, 256(sp) -> fld ft0, 256(sp) */
    {0x201e, 0x1c013007}, /* c.fldsp ft0, 448(sp) -> fld ft0, 448(sp) */
    {0x203a, 0x18813007}, /* c.fldsp ft0, 392(sp) -> fld ft0, 392(sp) */
    {0x2066, 0x05813007}, /* c.fldsp ft0, 88(sp) -> fld ft0, 88(sp) */
    {0x207e, 0x1d813007}, /* c.fldsp ft0, 472(sp) -> fld ft0, 472(sp) */
    {0x3006, 0x06013007}, /* c.fldsp ft0, 96(sp) -> fld ft0, 96(sp) */
    {0x3022, 0x02813007}, /* c.fldsp ft0, 40(sp) -> fld ft0, 40(sp) */
    {0x3026, 0x06813007}, /* c.fldsp ft0, 104(sp) -> fld ft0, 104(sp) */
    {0x303a, 0x1a813007}, /* c.fldsp ft0, 424(sp) -> fld ft0, 424(sp) */
    {0x305a, 0x1b013007}, /* c.fldsp ft0, 432(sp) -> fld ft0, 432(sp) */
    {0x307e, 0x1f813007}, /* c.fldsp ft0, 504(sp) -> fld ft0, 504(sp) */
    {0x2002, 0x00013007}, /* c.fldsp ft0, 0(sp) -> fld ft0, 0(sp) */
    {0x3002, 0x02013007}, /* c.fldsp ft0, 32(sp) -> fld ft0, 32(sp) */
    {0x4084, 0x0004a483}, /* c.lw s1, 0(s1) -> lw s1, 0(s1) */
    {0x41b8, 0x0405a703}, /* c.lw a4, 64(a1) -> lw a4, 64(a1) */
    {0x45d4, 0x00c5a683}, /* c.lw a3, 12(a1) -> lw a3, 12(a1) */
    {0x4974, 0x05452683}, /* c.lw a3, 84(a0) -> lw a3, 84(a0) */
    {0x4e30, 0x05862603}, /* c.lw a2, 88(a2) -> lw a2, 88(a2) */
    {0x4ffc, 0x05c7a783}, /* c.lw a5, 92(a5) -> lw a5, 92(a5) */
    {0x5084, 0x0204a483}, /* c.lw s1, 32(s1) -> lw s1, 32(s1) */
    {0x5484, 0x0284a483}, /* c.lw s1, 40(s1) -> lw s1, 40(s1) */
    {0x5778, 0x06c72703}, /* c.lw a4, 108(a4) -> lw a4, 108(a4) */
    {0x5808, 0x03042503}, /* c.lw a0, 48(s0) -> lw a0, 48(s0) */
    {0x5fc8, 0x03c7a503}, /* c.lw a0, 60(a5) -> lw a0, 60(a5) */
    {0x5ffc, 0x07c7a783}, /* c.lw a5, 124(a5) -> lw a5, 124(a5) */
    {0x4080, 0x0004a403}, /* c.lw s0, 0(s1) -> lw s0, 0(s1) */
    {0x4600, 0x00862403}, /* c.lw s0, 8(a2) -> lw s0, 8(a2) */
    {0x4880, 0x0104a403}, /* c.lw s0, 16(s1) -> lw s0, 16(s1) */
    {0x4e00, 0x01862403}, /* c.lw s0, 24(a2) -> lw s0, 24(a2) */
    {0x4f00, 0x01872403}, /* c.lw s0, 24(a4) -> lw s0, 24(a4) */
    {0x4f80, 0x0187a403}, /* c.lw s0, 24(a5) -> lw s0, 24(a5) */
    {0x5080, 0x0204a403}, /* c.lw s0, 32(s1) -> lw s0, 32(s1) */
    {0x5480, 0x0284a403}, /* c.lw s0, 40(s1) -> lw s0, 40(s1) */
    {0x5580, 0x0285a403}, /* c.lw s0, 40(a1) -> lw s0, 40(a1) */
    {0x5600, 0x02862403}, /* c.lw s0, 40(a2) -> lw s0, 40(a2) */
    {0x5880, 0x0304a403}, /* c.lw s0, 48(s1) -> lw s0, 48(s1) */
    {0x5f80, 0x0387a403}, /* c.lw s0, 56(a5) -> lw s0, 56(a5) */
    {0x4004, 0x00042483}, /* c.lw s1, 0(s0) -> lw s1, 0(s0) */
    {0x400c, 0x00042583}, /* c.lw a1, 0(s0) -> lw a1, 0(s0) */
    {0x4020, 0x04042403}, /* c.lw s0, 64(s0) -> lw s0, 64(s0) */
    {0x403c, 0x04042783}, /* c.lw a5, 64(s0) -> lw a5, 64(s0) */
    {0x4044, 0x00442483}, /* c.lw s1, 4(s0) -> lw s1, 4(s0) */
    {0x407c, 0x04442783}, /* c.lw a5, 68(s0) -> lw a5, 68(s0) */
    {0x5004, 0x02042483}, /* c.lw s1, 32(s0) -> lw s1, 32(s0) */
    {0x5020, 0x06042403}, /* c.lw s0, 96(s0) -> lw s0, 96(s0) */
    {0x502c, 0x06042583}, /* c.lw a1, 96(s0) -> lw a1, 96(s0) */
    {0x5060, 0x06442403}, /* c.lw s0, 100(s0) -> lw s0, 100(s0) */
    {0x5068, 0x06442503}, /* c.lw a0, 100(s0) -> lw a0, 100(s0) */
    {0x507c, 0x06442783}, /* c.lw a5, 100(s0) -> lw a5, 100(s0) */
    {0x4000, 0x00042403}, /* c.lw s0, 0(s0) -> lw s0, 0(s0) */
    {0x5000, 0x02042403}, /* c.lw s0, 32(s0) -> lw s0, 32(s0) */
    {0x4085, 0x00100093}, /* c.li ra, 1 -> addi ra, zero, 1 */
    {0x41f1, 0x01c00193}, /* c.li gp, 28 -> addi gp, zero, 28 */
    {0x47c5, 0x01100793}, /* c.li a5, 17 -> addi a5, zero, 17 */
    {0x4aa1, 0x00800a93}, /* c.li s5, 8 -> addi s5, zero, 8 */
    {0x4ba1, 0x00800b93}, /* c.li s7, 8 -> addi s7, zero, 8 */
    {0x4ffd, 0x01f00f93}, /* c.li t6, 31 -> addi t6, zero, 31 */
    {0x5085, 0xfe100093}, /* c.li ra, -31 -> addi ra, zero, -31 */
    {0x5571, 0xffc00513}, /* c.li a0, -4 -> addi a0, zero, -4 */
    {0x565d, 0xff700613}, /* c.li a2, -9 -> addi a2, zero, -9 */
    {0x5931, 0xfec00913}, /* c.li s2, -20 -> addi s2, zero, -20 */
    {0x5f39, 0xfee00f13}, /* c.li t5, -18 -> addi t5, zero, -18 */
    {0x5ffd, 0xfff00f93}, /* c.li t6, -1 -> addi t6, zero, -1 */
    {0x4081, 0x00000093}, /* c.li ra, 0 -> addi ra, zero, 0 */
    {0x4301, 0x00000313}, /* c.li t1, 0 -> addi t1, zero, 0 */
    {0x4501, 0x00000513}, /* c.li a0, 0 -> addi a0, zero, 0 */
    {0x4b01, 0x00000b13}, /* c.li s6, 0 -> addi s6, zero, 0 */
    {0x4f01, 0x00000f13}, /* c.li t5, 0 -> addi t5, zero, 0 */
    {0x4f81, 0x00000f93}, /* c.li t6, 0 -> addi t6, zero, 0 */
    {0x5081, 0xfe000093}, /* c.li ra, -32 -> addi ra, zero, -32 */
    {0x5601, 0xfe000613}, /* c.li a2, -32 -> addi a2, zero, -32 */
    {0x5a01, 0xfe000a13}, /* c.li s4, -32 -> addi s4, zero, -32 */
    {0x5a81, 0xfe000a93}, /* c.li s5, -32 -> addi s5, zero, -32 */
    {0x5b01, 0xfe000b13}, /* c.li s6, -32 -> addi s6, zero, -32 */
    {0x5f81, 0xfe000f93}, /* c.li t6, -32 -> addi t6, zero, -32 */
    {0x4005, 0x00100013}, /* c.li zero, 1 -> addi zero, zero, 1 */
    {0x400d, 0x00300013}, /* c.li zero, 3 -> addi zero, zero, 3 */
    {0x4035, 0x00d00013}, /* c.li zero, 13 -> addi zero, zero, 13 */
    {0x4065, 0x01900013}, /* c.li zero, 25 -> addi zero, zero, 25 */
    {0x406d, 0x01b00013}, /* c.li zero, 27 -> addi zero, zero, 27 */
    {0x407d, 0x01f00013}, /* c.li zero, 31 -> addi zero, zero, 31 */
    {0x5005, 0xfe100013}, /* c.li zero, -31 -> addi zero, zero, -31 */
    {0x502d, 0xfeb00013}, /* c.li zero, -21 -> addi zero, zero, -21 */
    {0x5041, 0xff000013}, /* c.li zero, -16 -> addi zero, zero, -16 */
    {0x5051, 0xff400013}, /* c.li zero, -12 -> addi zero, zero, -12 */
    {0x5055, 0xff500013}, /* c.li zero, -11 -> addi zero, zero, -11 */
    {0x507d, 0xfff00013}, /* c.li zero, -1 -> addi zero, zero, -1 */
    {0x4001, 0x00000013}, /* c.li zero, 0 -> addi zero, zero, 0 */
    {0x5001, 0xfe000013}, /* c.li zero, -32 -> addi zero, zero, -32 */
    {0x4086, 0x04012083}, /* c.lwsp ra, 64(sp) -> lw ra, 64(sp) */
    {0x421e, 0x0c412203}, /* c.lwsp tp, 196(sp) -> lw tp, 196(sp) */
    {0x4296, 0x04412283}, /* c.lwsp t0, 68(sp) -> lw t0, 68(sp) */
    {0x4312, 0x00412303}, /* c.lwsp t1, 4(sp) -> lw t1, 4(sp) */
    {0x4bce, 0x0d012b83}, /* c.lwsp s7, 208(sp) -> lw s7, 208(sp) */
    {0x4ffe, 0x0dc12f83}, /* c.lwsp t6, 220(sp) -> lw t6, 220(sp) */
    {0x5086, 0x06012083}, /* c.lwsp ra, 96(sp) -> lw ra, 96(sp) */
    {0x56aa, 0x0a812683}, /* c.lwsp a3, 168(sp) -> lw a3, 168(sp) */
    {0x5726, 0x06812703}, /* c.lwsp a4, 104(sp) -> lw a4, 104(sp) */
    {0x593a, 0x0ac12903}, /* c.lwsp s2, 172(sp) -> lw s2, 172(sp) */
    {0x5ba6, 0x06812b83}, /* c.lwsp s7, 104(sp) -> lw s7, 104(sp) */
    {0x5ffe, 0x0fc12f83}, /* c.lwsp t6, 252(sp) -> lw t6, 252(sp) */
    {0x4082, 0x00012083}, /* c.lwsp ra, 0(sp) -> lw ra, 0(sp) */
    {0x4502, 0x00012503}, /* c.lwsp a0, 0(sp) -> lw a0, 0(sp) */
    {0x4a02, 0x00012a03}, /* c.lwsp s4, 0(sp) -> lw s4, 0(sp) */
    {0x4d82, 0x00012d83}, /* c.lwsp s11, 0(sp) -> lw s11, 0(sp) */
    {0x4e02, 0x00012e03}, /* c.lwsp t3, 0(sp) -> lw t3, 0(sp) */
    {0x4f82, 0x00012f83}, /* c.lwsp t6, 0(sp) -> lw t6, 0(sp) */
    {0x5082, 0x02012083}, /* c.lwsp ra, 32(sp) -> lw ra, 32(sp) */
    {0x5102, 0x02012103}, /* c.lwsp sp, 32(sp) -> lw sp, 32(sp) */
    {0x5382, 0x02012383}, /* c.lwsp t2, 32(sp) -> lw t2, 32(sp) */
    {0x5582, 0x02012583}, /* c.lwsp a1, 32(sp) -> lw a1, 32(sp) */
    {0x5d02, 0x02012d03}, /* c.lwsp s10, 32(sp) -> lw s10, 32(sp) */
    {0x5f82, 0x02012f83}, /* c.lwsp t6, 32(sp) -> lw t6, 32(sp) */
    {0x4006, 0x00000000}, /* reserved */
    {0x402a, 0x00000000}, /* reserved */
    {0x404e, 0x00000000}, /* reserved */
    {0x406a, 0x00000000}, /* reserved */
    {0x4076, 0x00000000}, /* reserved */
    {0x407e, 0x00000000}, /* reserved */
    {0x5006, 0x00000000}, /* reserved */
    {0x501a, 0x00000000}, /* reserved */
    {0x5026, 0x00000000}, /* reserved */
    {0x5032, 0x00000000}, /* reserved */
    {0x507a, 0x00000000}, /* reserved */
    {0x507e, 0x00000000}, /* reserved */
    {0x4002, 0x00000000}, /* reserved */
    {0x5002, 0x00000000}, /* reserved */
    {0x6084, 0x0004a487}, /* c.flw fs1, 0(s1) -> flw fs1, 0(s1) */
    {0x659c, 0x0085a787}, /* c.flw fa5, 8(a1) -> flw fa5, 8(a1) */
    {0x69c4, 0x0145a487}, /* c.flw fs1, 20(a1) -> flw fs1, 20(a1) */
    {0x6b40, 0x01472407}, /* c.flw fs0, 20(a4) -> flw fs0, 20(a4) */
    {0x6d04, 0x01852487}, /* c.flw fs1, 24(a0) -> flw fs1, 24(a0) */
    {0x6ffc, 0x05c7a787}, /* c.flw fa5, 92(a5) -> flw fa5, 92(a5) */
    {0x7084, 0x0204a487}, /* c.flw fs1, 32(s1) -> flw fs1, 32(s1) */
    {0x72cc, 0x0246a587}, /* c.flw fa1, 36(a3) -> flw fa1, 36(a3) */
    {0x7598, 0x0285a707}, /* c.flw fa4, 40(a1) -> flw fa4, 40(a1) */
    {0x7b14, 0x03072687}, /* c.flw fa3, 48(a4) -> flw fa3, 48(a4) */
    {0x7dc8, 0x03c5a507}, /* c.flw fa0, 60(a1) -> flw fa0, 60(a1) */
    {0x7ffc, 0x07c7a787}, /* c.flw fa5, 124(a5) -> flw fa5, 124(a5) */
    {0x6080, 0x0004a407}, /* c.flw fs0, 0(s1) -> flw fs0, 0(s1) */
    {0x6680, 0x0086a407}, /* c.flw fs0, 8(a3) -> flw fs0, 8(a3) */
    {0x6700, 0x00872407}, /* c.flw fs0, 8(a4) -> flw fs0, 8(a4) */
    {0x6d00, 0x01852407}, /* c.flw fs0, 24(a0) -> flw fs0, 24(a0) */
    {0x6e00, 0x01862407}, /* c.flw fs0, 24(a2) -> flw fs0, 24(a2) */
    {0x6f80, 0x0187a407}, /* c.flw fs0, 24(a5) -> flw fs0, 24(a5) */
    {0x7080, 0x0204a407}, /* c.flw fs0, 32(s1) -> flw fs0, 32(s1) */
    {0x7480, 0x0284a407}, /* c.flw fs0, 40(s1) -> flw fs0, 40(s1) */
    {0x7500, 0x02852407}, /* c.flw fs0, 40(a0) -> flw fs0, 40(a0) */
    {0x7a00, 0x03062407}, /* c.flw fs0, 48(a2) -> flw fs0, 48(a2) */
    {0x7b80, 0x0307a407}, /* c.flw fs0, 48(a5) -> flw fs0, 48(a5) */
    {0x7f80, 0x0387a407}, /* c.flw fs0, 56(a5) -> flw fs0, 56(a5) */
    {0x6004, 0x00042487}, /* c.flw fs1, 0(s0) -> flw fs1, 0(s0) */
    {0x6028, 0x04042507}, /* c.flw fa0, 64(s0) -> flw fa0, 64(s0) */
    {0x6060, 0x04442407}, /* c.flw fs0, 68(s0) -> flw fs0, 68(s0) */
    {0x606c, 0x04442587}, /* c.flw fa1, 68(s0) -> flw fa1, 68(s0) */
    {0x6070, 0x04442607}, /* c.flw fa2, 68(s0) -> flw fa2, 68(s0) */
    {0x607c, 0x04442787}, /* c.flw fa5, 68(s0) -> flw fa5, 68(s0) */
    {0x7004, 0x02042487}, /* c.flw fs1, 32(s0) -> flw fs1, 32(s0) */
    {0x7030, 0x06042607}, /* c.flw fa2, 96(s0) -> flw fa2, 96(s0) */
    {0x703c, 0x06042787}, /* c.flw fa5, 96(s0) -> flw fa5, 96(s0) */
    {0x7040, 0x02442407}, /* c.flw fs0, 36(s0) -> flw fs0, 36(s0) */
    {0x7064, 0x06442487}, /* c.flw fs1, 100(s0) -> flw fs1, 100(s0) */
    {0x707c, 0x06442787}, /* c.flw fa5, 100(s0) -> flw fa5, 100(s0) */
    {0x6000, 0x00042407}, /* c.flw fs0, 0(s0) -> flw fs0, 0(s0) */
    {0x7000, 0x02042407}, /* c.flw fs0, 32(s0) -> flw fs0, 32(s0) */
    {0x6105, 0x02010113}, /* c.addi16sp sp, 32 -> addi sp, sp, 32 */
    {0x6129, 0x0c010113}, /* c.addi16sp sp, 192 -> addi sp, sp, 192 */
    {0x6149, 0x09010113}, /* c.addi16sp sp, 144 -> addi sp, sp, 144 */
    {0x6175, 0x17010113}, /* c.addi16sp sp, 368 -> addi sp, sp, 368 */
    {0x6179, 0x1d010113}, /* c.addi16sp sp, 464 -> addi sp, sp, 464 */
    {0x617d, 0x1f010113}, /* c.addi16sp sp, 496 -> addi sp, sp, 496 */
    {0x7105, 0xe2010113}, /* c.addi16sp sp, -480 -> addi sp, sp, -480 */
    {0x7129, 0xec010113}, /* c.addi16sp sp, -320 -> addi sp, sp, -320 */
    {0x712d, 0xee010113}, /* c.addi16sp sp, -288 -> addi sp, sp, -288 */
    {0x714d, 0xeb010113}, /* c.addi16sp sp, -336 -> addi sp, sp, -336 */
    {0x7169, 0xed010113}, /* c.addi16sp sp, -304 -> addi sp, sp, -304 */
    {0x717d, 0xff010113}, /* c.addi16sp sp, -16 -> addi sp, sp, -16 */
    {0x7101, 0xe0010113}, /* c.addi16sp sp, -512 -> addi sp, sp, -512 */
    {0x6085, 0x000010b7}, /* c.lui ra, 0x1 -> lui ra, 0x1 */
    {0x61e5, 0x000191b7}, /* c.lui gp, 0x19 -> lui gp, 0x19 */
    {0x68b1, 0x0000c8b7}, /* c.lui a7, 0xc -> lui a7, 0xc */
    {0x6da5, 0x00009db7}, /* c.lui s11, 0x9 -> lui s11, 0x9 */
    {0x6de5, 0x00019db7}, /* c.lui s11, 0x19 -> lui s11, 0x19 */
    {0x6ffd, 0x0001ffb7}, /* c.lui t6, 0x1f -> lui t6, 0x1f */
    {0x7085, 0xfffe10b7}, /* c.lui ra, 0xfffe1 -> lui ra, 0xfffe1 */
    {0x73b9, 0xfffee3b7}, /* c.lui t2, 0xfffee -> lui t2, 0xfffee */
    {0x76dd, 0xffff76b7}, /* c.lui a3, 0xffff7 -> lui a3, 0xffff7 */
    {0x7931, 0xfffec937}, /* c.lui s2, 0xfffec -> lui s2, 0xfffec */
    {0x79c9, 0xffff29b7}, /* c.lui s3, 0xffff2 -> lui s3, 0xffff2 */
    {0x7ffd, 0xffffffb7}, /* c.lui t6, 0xfffff -> lui t6, 0xfffff */
    {0x7081, 0xfffe00b7}, /* c.lui ra, 0xfffe0 -> lui ra, 0xfffe0 */
    {0x7201, 0xfffe0237}, /* c.lui tp, 0xfffe0 -> lui tp, 0xfffe0 */
    {0x7401, 0xfffe0437}, /* c.lui s0, 0xfffe0 -> lui s0, 0xfffe0 */
    {0x7601, 0xfffe0637}, /* c.lui a2, 0xfffe0 -> lui a2, 0xfffe0 */
    {0x7781, 0xfffe07b7}, /* c.lui a5, 0xfffe0 -> lui a5, 0xfffe0 */
    {0x7f81, 0xfffe0fb7}, /* c.lui t6, 0xfffe0 -> lui t6, 0xfffe0 */
    {0x6005, 0x00001037}, /* c.lui zero, 0x1 -> lui zero, 0x1 */
    {0x6009, 0x00002037}, /* c.lui zero, 0x2 -> lui zero, 0x2 */
    {0x6025, 0x00009037}, /* c.lui zero, 0x9 -> lui zero, 0x9 */
    {0x6041, 0x00010037}, /* c.lui zero, 0x10 -> lui zero, 0x10 */
    {0x6059, 0x00016037}, /* c.lui zero, 0x16 -> lui zero, 0x16 */
    {0x607d, 0x0001f037}, /* c.lui zero, 0x1f -> lui zero, 0x1f */
    {0x7005, 0xfffe1037}, /* c.lui zero, 0xfffe1 -> lui zero, 0xfffe1 */
    {0x7041, 0xffff0037}, /* c.lui zero, 0xffff0 -> lui zero, 0xffff0 */
    {0x7061, 0xffff8037}, /* c.lui zero, 0xffff8 -> lui zero, 0xffff8 */
    {0x7069, 0xffffa037}, /* c.lui zero, 0xffffa -> lui zero, 0xffffa */
    {0x7071, 0xffffc037}, /* c.lui zero, 0xffffc -> lui zero, 0xffffc */
    {0x707d, 0xfffff037}, /* c.lui zero, 0xfffff -> lui zero, 0xfffff */
    {0x7001, 0xfffe0037}, /* c.lui zero, 0xfffe0 -> lui zero, 0xfffe0 */
    {0x6081, 0x00000000}, /* reserved */
    {0x6101, 0x00000000}, /* reserved; objdump decodes c.addi16sp sp,0 */
    {0x6601, 0x00000000}, /* reserved */
    {0x6801, 0x00000000}, /* reserved */
    {0x6a81, 0x00000000}, /* reserved */
    {0x6f81, 0x00000000}, /* reserved */
    {0x6001, 0x00000000}, /* reserved */
    {0x6086, 0x04012087}, /* c.flwsp ft1, 64(sp) -> flw ft1, 64(sp) */
    {0x648a, 0x08012487}, /* c.flwsp fs1, 128(sp) -> flw fs1, 128(sp) */
    {0x66c6, 0x05012687}, /* c.flwsp fa3, 80(sp) -> flw fa3, 80(sp) */
    {0x69ea, 0x09812987}, /* c.flwsp fs3, 152(sp) -> flw fs3, 152(sp) */
    {0x6eea, 0x09812e87}, /* c.flwsp ft9, 152(sp) -> flw ft9, 152(sp) */
    {0x6ffe, 0x0dc12f87}, /* c.flwsp ft11, 220(sp) -> flw ft11, 220(sp) */
    {0x7086, 0x06012087}, /* c.flwsp ft1, 96(sp) -> flw ft1, 96(sp) */
    {0x7576, 0x07c12507}, /* c.flwsp fa0, 124(sp) -> flw fa0, 124(sp) */
    {0x7732, 0x02c12707}, /* c.flwsp fa4, 44(sp) -> flw fa4, 44(sp) */
    {0x7ae2, 0x03812a87}, /* c.flwsp fs5, 56(sp) -> flw fs5, 56(sp) */
    {0x7f22, 0x02812f07}, /* c.flwsp ft10, 40(sp) -> flw ft10, 40(sp) */
    {0x7ffe, 0x0fc12f87}, /* c.flwsp ft11, 252(sp) -> flw ft11, 252(sp) */
    {0x6082, 0x00012087}, /* c.flwsp ft1, 0(sp) -> flw ft1, 0(sp) */
    {0x6582, 0x00012587}, /* c.flwsp fa1, 0(sp) -> flw fa1, 0(sp) */
    {0x6682, 0x00012687}, /* c.flwsp fa3, 0(sp) -> flw fa3, 0(sp) */
    {0x6c82, 0x00012c87}, /* c.flwsp fs9, 0(sp) -> flw fs9, 0(sp) */
    {0x6f02, 0x00012f07}, /* c.flwsp ft10, 0(sp) -> flw ft10, 0(sp) */
    {0x6f82, 0x00012f87}, /* c.flwsp ft11, 0(sp) -> flw ft11, 0(sp) */
    {0x7082, 0x02012087}, /* c.flwsp ft1, 32(sp) -> flw ft1, 32(sp) */
    {0x7382, 0x02012387}, /* c.flwsp ft7, 32(sp) -> flw ft7, 32(sp) */
    {0x7482, 0x02012487}, /* c.flwsp fs1, 32(sp) -> flw fs1, 32(sp) */
    {0x7582, 0x02012587}, /* c.flwsp fa1, 32(sp) -> flw fa1, 32(sp) */
    {0x7b82, 0x02012b87}, /* c.flwsp fs7, 32(sp) -> flw fs7, 32(sp) */
    {0x7f82, 0x02012f87}, /* c.flwsp ft11, 32(sp) -> flw ft11, 32(sp) */
    {0x6006, 0x04012007}, /* c.flwsp ft0, 64(sp) -> flw ft0, 64(sp) */
    {0x600e, 0x0c012007}, /* c.flwsp ft0, 192(sp) -> flw ft0, 192(sp) */
    {0x601e, 0x0c412007}, /* c.flwsp ft0, 196(sp) -> flw ft0, 196(sp) */
    {0x606e, 0x0d812007}, /* c.flwsp ft0, 216(sp) -> flw ft0, 216(sp) */
    {0x607a, 0x09c12007}, /* c.flwsp ft0, 156(sp) -> flw ft0, 156(sp) */
    {0x607e, 0x0dc12007}, /* c.flwsp ft0, 220(sp) -> flw ft0, 220(sp) */
    {0x7006, 0x06012007}, /* c.flwsp ft0, 96(sp) -> flw ft0, 96(sp) */
    {0x7012, 0x02412007}, /* c.flwsp ft0, 36(sp) -> flw ft0, 36(sp) */
    {0x701a, 0x0a412007}, /* c.flwsp ft0, 164(sp) -> flw ft0, 164(sp) */
    {0x702a, 0x0a812007}, /* c.flwsp ft0, 168(sp) -> flw ft0, 168(sp) */
    {0x7032, 0x02c12007}, /* c.flwsp ft0, 44(sp) -> flw ft0, 44(sp) */
    {0x707e, 0x0fc12007}, /* c.flwsp ft0, 252(sp) -> flw ft0, 252(sp) */
    {0x6002, 0x00012007}, /* c.flwsp ft0, 0(sp) -> flw ft0, 0(sp) */
    {0x7002, 0x02012007}, /* c.flwsp ft0, 32(sp) -> flw ft0, 32(sp) */
    {0x8084, 0x00000000}, /* reserved */
    {0x80b8, 0x00000000}, /* reserved */
    {0x8764, 0x00000000}, /* reserved */
    {0x88c8, 0x00000000}, /* reserved */
    {0x8cf8, 0x00000000}, /* reserved */
    {0x8ffc, 0x00000000}, /* reserved */
    {0x9084, 0x00000000}, /* reserved */
    {0x9548, 0x00000000}, /* reserved */
    {0x9894, 0x00000000}, /* reserved */
    {0x9c68, 0x00000000}, /* reserved */
    {0x9d0c, 0x00000000}, /* reserved */
    {0x9ffc, 0x00000000}, /* reserved */
    {0x8080, 0x00000000}, /* reserved */
    {0x8380, 0x00000000}, /* reserved */
    {0x8600, 0x00000000}, /* reserved */
    {0x8700, 0x00000000}, /* reserved */
    {0x8d00, 0x00000000}, /* reserved */
    {0x8f80, 0x00000000}, /* reserved */
    {0x9080, 0x00000000}, /* reserved */
    {0x9300, 0x00000000}, /* reserved */
    {0x9500, 0x00000000}, /* reserved */
    {0x9680, 0x00000000}, /* reserved */
    {0x9b80, 0x00000000}, /* reserved */
    {0x9f80, 0x00000000}, /* reserved */
    {0x8004, 0x00000000}, /* reserved */
    {0x800c, 0x00000000}, /* reserved */
    {0x8028, 0x00000000}, /* reserved */
    {0x8040, 0x00000000}, /* reserved */
    {0x805c, 0x00000000}, /* reserved */
    {0x807c, 0x00000000}, /* reserved */
    {0x9004, 0x00000000}, /* reserved */
    {0x901c, 0x00000000}, /* reserved */
    {0x903c, 0x00000000}, /* reserved */
    {0x9054, 0x00000000}, /* reserved */
    {0x9064, 0x00000000}, /* reserved */
    {0x907c, 0x00000000}, /* reserved */
    {0x8000, 0x00000000}, /* reserved */
    {0x9000, 0x00000000}, /* reserved */
    {0x8c61, 0x00847433}, /* c.and s0, s0 -> and s0, s0, s0 */
    {0x8c7d, 0x00f47433}, /* c.and s0, a5 -> and s0, s0, a5 */
    {0x8dfd, 0x00f5f5b3}, /* c.and a1, a5 -> and a1, a1, a5 */
    {0x8e7d, 0x00f67633}, /* c.and a2, a5 -> and a2, a2, a5 */
    {0x8fe1, 0x0087f7b3}, /* c.and a5, s0 -> and a5, a5, s0 */
    {0x8ffd, 0x00f7f7b3}, /* c.and a5, a5 -> and a5, a5, a5 */
    {0x8805, 0x00147413}, /* c.andi s0, 1 -> andi s0, s0, 1 */
    {0x8841, 0x01047413}, /* c.andi s0, 16 -> andi s0, s0, 16 */
    {0x8999, 0x0065f593}, /* c.andi a1, 6 -> andi a1, a1, 6 */
    {0x8a51, 0x01467613}, /* c.andi a2, 20 -> andi a2, a2, 20 */
    {0x8b21, 0x00877713}, /* c.andi a4, 8 -> andi a4, a4, 8 */
    {0x8bfd, 0x01f7f793}, /* c.andi a5, 31 -> andi a5, a5, 31 */
    {0x9805, 0xfe147413}, /* c.andi s0, -31 -> andi s0, s0, -31 */
    {0x983d, 0xfef47413}, /* c.andi s0, -17 -> andi s0, s0, -17 */
    {0x987d, 0xfff47413}, /* c.andi s0, -1 -> andi s0, s0, -1 */
    {0x9a71, 0xffc67613}, /* c.andi a2, -4 -> andi a2, a2, -4 */
    {0x9b09, 0xfe277713}, /* c.andi a4, -30 -> andi a4, a4, -30 */
    {0x9bfd, 0xfff7f793}, /* c.andi a5, -1 -> andi a5, a5, -1 */
    {0x8801, 0x00047413}, /* c.andi s0, 0 -> andi s0, s0, 0 */
    {0x8881, 0x0004f493}, /* c.andi s1, 0 -> andi s1, s1, 0 */
    {0x8981, 0x0005f593}, /* c.andi a1, 0 -> andi a1, a1, 0 */
    {0x8a81, 0x0006f693}, /* c.andi a3, 0 -> andi a3, a3, 0 */
    {0x8b01, 0x00077713}, /* c.andi a4, 0 -> andi a4, a4, 0 */
    {0x8b81, 0x0007f793}, /* c.andi a5, 0 -> andi a5, a5, 0 */
    {0x9801, 0xfe047413}, /* c.andi s0, -32 -> andi s0, s0, -32 */
    {0x9881, 0xfe04f493}, /* c.andi s1, -32 -> andi s1, s1, -32 */
    {0x9981, 0xfe05f593}, /* c.andi a1, -32 -> andi a1, a1, -32 */
    {0x9a01, 0xfe067613}, /* c.andi a2, -32 -> andi a2, a2, -32 */
    {0x9a81, 0xfe06f693}, /* c.andi a3, -32 -> andi a3, a3, -32 */
    {0x9b81, 0xfe07f793}, /* c.andi a5, -32 -> andi a5, a5, -32 */
    {0x8c41, 0x00846433}, /* c.or s0, s0 -> or s0, s0, s0 */
    {0x8c59, 0x00e46433}, /* c.or s0, a4 -> or s0, s0, a4 */
    {0x8d4d, 0x00b56533}, /* c.or a0, a1 -> or a0, a0, a1 */
    {0x8dcd, 0x00b5e5b3}, /* c.or a1, a1 -> or a1, a1, a1 */
    {0x8f5d, 0x00f76733}, /* c.or a4, a5 -> or a4, a4, a5 */
    {0x8fdd, 0x00f7e7b3}, /* c.or a5, a5 -> or a5, a5, a5 */
    {0x8405, 0x40145413}, /* c.srai s0, 0x1 -> srai s0, s0, 0x1 */
    {0x842d, 0x40b45413}, /* c.srai s0, 0xb -> srai s0, s0, 0xb */
    {0x852d, 0x40b55513}, /* c.srai a0, 0xb -> srai a0, a0, 0xb */
    {0x8719, 0x40675713}, /* c.srai a4, 0x6 -> srai a4, a4, 0x6 */
    {0x8785, 0x4017d793}, /* c.srai a5, 0x1 -> srai a5, a5, 0x1 */
    {0x87fd, 0x41f7d793}, /* c.srai a5, 0x1f -> srai a5, a5, 0x1f */
    {0x8401, 0x40045413}, /* c.srai64 s0 -> srai s0, s0, 0 */
    {0x8481, 0x4004d493}, /* c.srai64 s1 -> srai s1, s1, 0 */
    {0x8501, 0x40055513}, /* c.srai64 a0 -> srai a0, a0, 0 */
    {0x8681, 0x4006d693}, /* c.srai64 a3 -> srai a3, a3, 0 */
    {0x8701, 0x40075713}, /* c.srai64 a4 -> srai a4, a4, 0 */
    {0x8781, 0x4007d793}, /* c.srai64 a5 -> srai a5, a5, 0 */
    {0x8085, 0x0014d493}, /* c.srli s1, 0x1 -> srli s1, s1, 0x1 */
    {0x80f1, 0x01c4d493}, /* c.srli s1, 0x1c -> srli s1, s1, 0x1c */
    {0x8125, 0x00955513}, /* c.srli a0, 0x9 -> srli a0, a0, 0x9 */
    {0x82a5, 0x0096d693}, /* c.srli a3, 0x9 -> srli a3, a3, 0x9 */
    {0x82c9, 0x0126d693}, /* c.srli a3, 0x12 -> srli a3, a3, 0x12 */
    {0x83fd, 0x01f7d793}, /* c.srli a5, 0x1f -> srli a5, a5, 0x1f */
    {0x8005, 0x00145413}, /* c.srli s0, 0x1 -> srli s0, s0, 0x1 */
    {0x8009, 0x00245413}, /* c.srli s0, 0x2 -> srli s0, s0, 0x2 */
    {0x800d, 0x00345413}, /* c.srli s0, 0x3 -> srli s0, s0, 0x3 */
    {0x8051, 0x01445413}, /* c.srli s0, 0x14 -> srli s0, s0, 0x14 */
    {0x8065, 0x01945413}, /* c.srli s0, 0x19 -> srli s0, s0, 0x19 */
    {0x807d, 0x01f45413}, /* c.srli s0, 0x1f -> srli s0, s0, 0x1f */
    {0x8081, 0x0004d493}, /* c.srli64 s1 -> srli s1, s1, 0 */
    {0x8101, 0x00055513}, /* c.srli64 a0 -> srli a0, a0, 0 */
    {0x8181, 0x0005d593}, /* c.srli64 a1 -> srli a1, a1, 0 */
    {0x8201, 0x00065613}, /* c.srli64 a2 -> srli a2, a2, 0 */
    {0x8301, 0x00075713}, /* c.srli64 a4 -> srli a4, a4, 0 */
    {0x8381, 0x0007d793}, /* c.srli64 a5 -> srli a5, a5, 0 */
    {0x8001, 0x00045413}, /* c.srli64 s0 -> srli s0, s0, 0 */
    {0x8c05, 0x40940433}, /* c.sub s0, s1 -> sub s0, s0, s1 */
    {0x8c85, 0x409484b3}, /* c.sub s1, s1 -> sub s1, s1, s1 */
    {0x8e85, 0x409686b3}, /* c.sub a3, s1 -> sub a3, a3, s1 */
    {0x8f89, 0x40a787b3}, /* c.sub a5, a0 -> sub a5, a5, a0 */
    {0x8f95, 0x40d787b3}, /* c.sub a5, a3 -> sub a5, a5, a3 */
    {0x8f9d, 0x40f787b3}, /* c.sub a5, a5 -> sub a5, a5, a5 */
    {0x8c01, 0x40840433}, /* c.sub s0, s0 -> sub s0, s0, s0 */
    {0x8c81, 0x408484b3}, /* c.sub s1, s0 -> sub s1, s1, s0 */
    {0x8d81, 0x408585b3}, /* c.sub a1, s0 -> sub a1, a1, s0 */
    {0x8e01, 0x40860633}, /* c.sub a2, s0 -> sub a2, a2, s0 */
    {0x8f01, 0x40870733}, /* c.sub a4, s0 -> sub a4, a4, s0 */
    {0x8f81, 0x408787b3}, /* c.sub a5, s0 -> sub a5, a5, s0 */
    {0x8c21, 0x00844433}, /* c.xor s0, s0 -> xor s0, s0, s0 */
    {0x8ca9, 0x00a4c4b3}, /* c.xor s1, a0 -> xor s1, s1, a0 */
    {0x8d35, 0x00d54533}, /* c.xor a0, a3 -> xor a0, a0, a3 */
    {0x8e29, 0x00a64633}, /* c.xor a2, a0 -> xor a2, a2, a0 */
    {0x8e39, 0x00e64633}, /* c.xor a2, a4 -> xor a2, a2, a4 */
    {0x8fbd, 0x00f7c7b3}, /* c.xor a5, a5 -> xor a5, a5, a5 */
    {0x9085, 0x00000000}, /* reserved; objdump decodes c.srli s1,0x21 */
    {0x9c21, 0x00000000}, /* reserved */
    {0x9c41, 0x00000000}, /* reserved */
    {0x9c61, 0x00000000}, /* reserved */
    {0x9e3d, 0x00000000}, /* reserved */
    {0x9ffd, 0x00000000}, /* reserved */
    {0x9081, 0x00000000}, /* reserved; objdump decodes c.srli s1,0x20 */
    {0x9101, 0x00000000}, /* reserved; objdump decodes c.srli a0,0x20 */
    {0x9601, 0x00000000}, /* reserved; objdump decodes c.srai a2,0x20 */
    {0x9c81, 0x00000000}, /* reserved */
    {0x9e01, 0x00000000}, /* reserved */
    {0x9f81, 0x00000000}, /* reserved */
    {0x9005, 0x00000000}, /* reserved; objdump decodes c.srli s0,0x21 */
    {0x9015, 0x00000000}, /* reserved; objdump decodes c.srli s0,0x25 */
    {0x901d, 0x00000000}, /* reserved; objdump decodes c.srli s0,0x27 */
    {0x9051, 0x00000000}, /* reserved; objdump decodes c.srli s0,0x34 */
    {0x906d, 0x00000000}, /* reserved; objdump decodes c.srli s0,0x3b */
    {0x907d, 0x00000000}, /* reserved; objdump decodes c.srli s0,0x3f */
    {0x9001, 0x00000000}, /* reserved; objdump decodes c.srli s0,0x20 */
    {0x9086, 0x001080b3}, /* c.add ra, ra -> add ra, ra, ra */
    {0x99d6, 0x015989b3}, /* c.add s3, s5 -> add s3, s3, s5 */
    {0x9aca, 0x012a8ab3}, /* c.add s5, s2 -> add s5, s5, s2 */
    {0x9ade, 0x017a8ab3}, /* c.add s5, s7 -> add s5, s5, s7 */
    {0x9b6a, 0x01ab0b33}, /* c.add s6, s10 -> add s6, s6, s10 */
    {0x9ffe, 0x01ff8fb3}, /* c.add t6, t6 -> add t6, t6, t6 */
    {0x9006, 0x00100033}, /* c.add zero, ra -> add zero, zero, ra */
    {0x9022, 0x00800033}, /* c.add zero, s0 -> add zero, zero, s0 */
    {0x9026, 0x00900033}, /* c.add zero, s1 -> add zero, zero, s1 */
    {0x903a, 0x00e00033}, /* c.add zero, a4 -> add zero, zero, a4 */
    {0x903e, 0x00f00033}, /* c.add zero, a5 -> add zero, zero, a5 */
    {0x907e, 0x01f00033}, /* c.add zero, t6 -> add zero, zero, t6 */
    {0x9002, 0x00100073}, /* c.ebreak -> ebreak */
    {0x9082, 0x000080e7}, /* c.jalr ra -> jalr ra, 0(ra) */
    {0x9882, 0x000880e7}, /* c.jalr a7 -> jalr ra, 0(a7) */
    {0x9b02, 0x000b00e7}, /* c.jalr s6 -> jalr ra, 0(s6) */
    {0x9e82, 0x000e80e7}, /* c.jalr t4 -> jalr ra, 0(t4) */
    {0x9f02, 0x000f00e7}, /* c.jalr t5 -> jalr ra, 0(t5) */
    {0x9f82, 0x000f80e7}, /* c.jalr t6 -> jalr ra, 0(t6) */
    {0x8082, 0x00008067}, /* c.jr ra -> jalr zero, 0(ra) */
    {0x8502, 0x00050067}, /* c.jr a0 -> jalr zero, 0(a0) */
    {0x8682, 0x00068067}, /* c.jr a3 -> jalr zero, 0(a3) */
    {0x8782, 0x00078067}, /* c.jr a5 -> jalr zero, 0(a5) */
    {0x8c82, 0x000c8067}, /* c.jr s9 -> jalr zero, 0(s9) */
    {0x8f82, 0x000f8067}, /* c.jr t6 -> jalr zero, 0(t6) */
    {0x8086, 0x001000b3}, /* c.mv ra, ra -> add ra, zero, ra */
    {0x8592, 0x004005b3}, /* c.mv a1, tp -> add a1, zero, tp */
    {0x8816, 0x00500833}, /* c.mv a6, t0 -> add a6, zero, t0 */
    {0x8906, 0x00100933}, /* c.mv s2, ra -> add s2, zero, ra */
    {0x8ff2, 0x01c00fb3}, /* c.mv t6, t3 -> add t6, zero, t3 */
    {0x8ffe, 0x01f00fb3}, /* c.mv t6, t6 -> add t6, zero, t6 */
    {0x8006, 0x00100033}, /* c.mv zero, ra -> add zero, zero, ra */
    {0x801a, 0x00600033}, /* c.mv zero, t1 -> add zero, zero, t1 */
    {0x8022, 0x00800033}, /* c.mv zero, s0 -> add zero, zero, s0 */
    {0x8046, 0x01100033}, /* c.mv zero, a7 -> add zero, zero, a7 */
    {0x805e, 0x01700033}, /* c.mv zero, s7 -> add zero, zero, s7 */
    {0x807e, 0x01f00033}, /* c.mv zero, t6 -> add zero, zero, t6 */
    {0x8002, 0x00000000}, /* reserved */
    {0xa084, 0x0094b027}, /* c.fsd fs1, 0(s1) -> fsd fs1, 0(s1) */
    {0xa5c8, 0x08a5b427}, /* c.fsd fa0, 136(a1) -> fsd fa0, 136(a1) */
    {0xa7dc, 0x08f7b427}, /* c.fsd fa5, 136(a5) -> fsd fa5, 136(a5) */
    {0xab98, 0x00e7b827}, /* c.fsd fa4, 16(a5) -> fsd fa4, 16(a5) */
    {0xae20, 0x04863c27}, /* c.fsd fs0, 88(a2) -> fsd fs0, 88(a2) */
    {0xaffc, 0x0cf7bc27}, /* c.fsd fa5, 216(a5) -> fsd fa5, 216(a5) */
    {0xb084, 0x0294b027}, /* c.fsd fs1, 32(s1) -> fsd fs1, 32(s1) */
    {0xb4bc, 0x06f4b427}, /* c.fsd fa5, 104(s1) -> fsd fa5, 104(s1) */
    {0xb4c8, 0x0aa4b427}, /* c.fsd fa0, 168(s1) -> fsd fa0, 168(s1) */
    {0xbba8, 0x06a7b827}, /* c.fsd fa0, 112(a5) -> fsd fa0, 112(a5) */
    {0xbea0, 0x0686bc27}, /* c.fsd fs0, 120(a3) -> fsd fs0, 120(a3) */
    {0xbffc, 0x0ef7bc27}, /* c.fsd fa5, 248(a5) -> fsd fa5, 248(a5) */
    {0xa080, 0x0084b027}, /* c.fsd fs0, 0(s1) -> fsd fs0, 0(s1) */
    {0xa280, 0x0086b027}, /* c.fsd fs0, 0(a3) -> fsd fs0, 0(a3) */
    {0xa900, 0x00853827}, /* c.fsd fs0, 16(a0) -> fsd fs0, 16(a0) */
    {0xaa80, 0x0086b827}, /* c.fsd fs0, 16(a3) -> fsd fs0, 16(a3) */
    {0xab00, 0x00873827}, /* c.fsd fs0, 16(a4) -> fsd fs0, 16(a4) */
    {0xaf80, 0x0087bc27}, /* c.fsd fs0, 24(a5) -> fsd fs0, 24(a5) */
    {0xb080, 0x0284b027}, /* c.fsd fs0, 32(s1) -> fsd fs0, 32(s1) */
    {0xb200, 0x02863027}, /* c.fsd fs0, 32(a2) -> fsd fs0, 32(a2) */
    {0xb680, 0x0286b427}, /* c.fsd fs0, 40(a3) -> fsd fs0, 40(a3) */
    {0xb800, 0x02843827}, /* c.fsd fs0, 48(s0) -> fsd fs0, 48(s0) */
    {0xb880, 0x0284b827}, /* c.fsd fs0, 48(s1) -> fsd fs0, 48(s1) */
    {0xbf80, 0x0287bc27}, /* c.fsd fs0, 56(a5) -> fsd fs0, 56(a5) */
    {0xa004, 0x00943027}, /* c.fsd fs1, 0(s0) -> fsd fs1, 0(s0) */
    {0xa018, 0x00e43027}, /* c.fsd fa4, 0(s0) -> fsd fa4, 0(s0) */
    {0xa038, 0x04e43027}, /* c.fsd fa4, 64(s0) -> fsd fa4, 64(s0) */
    {0xa03c, 0x04f43027}, /* c.fsd fa5, 64(s0) -> fsd fa5, 64(s0) */
    {0xa05c, 0x08f43027}, /* c.fsd fa5, 128(s0) -> fsd fa5, 128(s0) */
    {0xa07c, 0x0cf43027}, /* c.fsd fa5, 192(s0) -> fsd fa5, 192(s0) */
    {0xb004, 0x02943027}, /* c.fsd fs1, 32(s0) -> fsd fs1, 32(s0) */
    {0xb020, 0x06843027}, /* c.fsd fs0, 96(s0) -> fsd fs0, 96(s0) */
    {0xb030, 0x06c43027}, /* c.fsd fa2, 96(s0) -> fsd fa2, 96(s0) */
    {0xb034, 0x06d43027}, /* c.fsd fa3, 96(s0) -> fsd fa3, 96(s0) */
    {0xb044, 0x0a943027}, /* c.fsd fs1, 160(s0) -> fsd fs1, 160(s0) */
    {0xb07c, 0x0ef43027}, /* c.fsd fa5, 224(s0) -> fsd fa5, 224(s0) */
    {0xa000, 0x00843027}, /* c.fsd fs0, 0(s0) -> fsd fs0, 0(s0) */
    {0xb000, 0x02843027}, /* c.fsd fs0, 32(s0) -> fsd fs0, 32(s0) */
    {0xa085, 0x0600006f}, /* c.j . + 96 -> jal zero, . + 96 */
    {0xa1f5, 0x4ec0006f}, /* c.j . + 1260 -> jal zero, . + 1260 */
    {0xa339, 0x50e0006f}, /* c.j . + 1294 -> jal zero, . + 1294 */
    {0xa4e9, 0x2ca0006f}, /* c.j . + 714 -> jal zero, . + 714 */
    {0xacd9, 0x2d60006f}, /* c.j . + 726 -> jal zero, . + 726 */
    {0xaffd, 0x7fe0006f}, /* c.j . + 2046 -> jal zero, . + 2046 */
    {0xb085, 0x861ff06f}, /* c.j . + -1952 -> jal zero, . + -1952 */
    {0xb349, 0xd83ff06f}, /* c.j . + -638 -> jal zero, . + -638 */
    {0xb6a5, 0xb69ff06f}, /* c.j . + -1176 -> jal zero, . + -1176 */
    {0xbb59, 0xd97ff06f}, /* c.j . + -618 -> jal zero, . + -618 */
    {0xbc9d, 0xa77ff06f}, /* c.j . + -1418 -> jal zero, . + -1418 */
    {0xbffd, 0xfffff06f}, /* c.j . + -2 -> jal zero, . + -2 */
    {0xa081, 0x0400006f}, /* c.j . + 64 -> jal zero, . + 64 */
    {0xa101, 0x4000006f}, /* c.j . + 1024 -> jal zero, . + 1024 */
    {0xa781, 0x7400006f}, /* c.j . + 1856 -> jal zero, . + 1856 */
    {0xa801, 0x0100006f}, /* c.j . + 16 -> jal zero, . + 16 */
    {0xaf01, 0x7100006f}, /* c.j . + 1808 -> jal zero, . + 1808 */
    {0xaf81, 0x7500006f}, /* c.j . + 1872 -> jal zero, . + 1872 */
    {0xb081, 0x841ff06f}, /* c.j . + -1984 -> jal zero, . + -1984 */
    {0xb501, 0xe01ff06f}, /* c.j . + -512 -> jal zero, . + -512 */
    {0xb601, 0xb01ff06f}, /* c.j . + -1280 -> jal zero, . + -1280 */
    {0xb881, 0x851ff06f}, /* c.j . + -1968 -> jal zero, . + -1968 */
    {0xbc81, 0xa51ff06f}, /* c.j . + -1456 -> jal zero, . + -1456 */
    {0xbf81, 0xf51ff06f}, /* c.j . + -176 -> jal zero, . + -176 */
    {0xa005, 0x0200006f}, /* c.j . + 32 -> jal zero, . + 32 */
    {0xa019, 0x0060006f}, /* c.j . + 6 -> jal zero, . + 6 */
    {0xa041, 0x0800006f}, /* c.j . + 128 -> jal zero, . + 128 */
    {0xa04d, 0x0a20006f}, /* c.j . + 162 -> jal zero, . + 162 */
    {0xa06d, 0x0aa0006f}, /* c.j . + 170 -> jal zero, . + 170 */
    {0xa07d, 0x0ae0006f}, /* c.j . + 174 -> jal zero, . + 174 */
    {0xb005, 0x821ff06f}, /* c.j . + -2016 -> jal zero, . + -2016 */
    {0xb009, 0x803ff06f}, /* c.j . + -2046 -> jal zero, . + -2046 */
    {0xb031, 0x80dff06f}, /* c.j . + -2036 -> jal zero, . + -2036 */
    {0xb03d, 0x82fff06f}, /* c.j . + -2002 -> jal zero, . + -2002 */
    {0xb075, 0x8adff06f}, /* c.j . + -1876 -> jal zero, . + -1876 */
    {0xb07d, 0x8afff06f}, /* c.j . + -1874 -> jal zero, . + -1874 */
    {0xa001, 0x0000006f}, /* c.j . + 0 -> jal zero, . + 0 */
    {0xb001, 0x801ff06f}, /* c.j . + -2048 -> jal zero, . + -2048 */
    {0xa086, 0x04113027}, /* c.fsdsp ft1, 64(sp) -> fsd ft1, 64(sp) */
    {0xa42e, 0x00b13427}, /* c.fsdsp fa1, 8(sp) -> fsd fa1, 8(sp) */
    {0xad1a, 0x08613c27}, /* c.fsdsp ft6, 152(sp) -> fsd ft6, 152(sp) */
    {0xae76, 0x11d13c27}, /* c.fsdsp ft9, 280(sp) -> fsd ft9, 280(sp) */
    {0xaf2a, 0x18a13c27}, /* c.fsdsp fa0, 408(sp) -> fsd fa0, 408(sp) */
    {0xaffe, 0x1df13c27}, /* c.fsdsp ft11, 472(sp) -> fsd ft11, 472(sp) */
    {0xb086, 0x06113027}, /* c.fsdsp ft1, 96(sp) -> fsd ft1, 96(sp) */
    {0xbb9a, 0x1e613827}, /* c.fsdsp ft6, 496(sp) -> fsd ft6, 496(sp) */
    {0xbd9e, 0x0e713c27}, /* c.fsdsp ft7, 248(sp) -> fsd ft7, 248(sp) */
    {0xbf36, 0x1ad13c27}, /* c.fsdsp fa3, 440(sp) -> fsd fa3, 440(sp) */
    {0xbf96, 0x1e513c27}, /* c.fsdsp ft5, 504(sp) -> fsd ft5, 504(sp) */
    {0xbffe, 0x1ff13c27}, /* c.fsdsp ft11, 504(sp) -> fsd ft11, 504(sp) */
    {0xa082, 0x04013027}, /* c.fsdsp ft0, 64(sp) -> fsd ft0, 64(sp) */
    {0xa482, 0x04013427}, /* c.fsdsp ft0, 72(sp) -> fsd ft0, 72(sp) */
    {0xa502, 0x08013427}, /* c.fsdsp ft0, 136(sp) -> fsd ft0, 136(sp) */
    {0xab02, 0x18013827}, /* c.fsdsp ft0, 400(sp) -> fsd ft0, 400(sp) */
    {0xae82, 0x14013c27}, /* c.fsdsp ft0, 344(sp) -> fsd ft0, 344(sp) */
    {0xaf82, 0x1c013c27}, /* c.fsdsp ft0, 472(sp) -> fsd ft0, 472(sp) */
    {0xb082, 0x06013027}, /* c.fsdsp ft0, 96(sp) -> fsd ft0, 96(sp) */
    {0xb402, 0x02013427}, /* c.fsdsp ft0, 40(sp) -> fsd ft0, 40(sp) */
    {0xb582, 0x0e013427}, /* c.fsdsp ft0, 232(sp) -> fsd ft0, 232(sp) */
    {0xbe02, 0x12013c27}, /* c.fsdsp ft0, 312(sp) -> fsd ft0, 312(sp) */
    {0xbe82, 0x16013c27}, /* c.fsdsp ft0, 376(sp) -> fsd ft0, 376(sp) */
    {0xbf82, 0x1e013c27}, /* c.fsdsp ft0, 504(sp) -> fsd ft0, 504(sp) */
    {0xa006, 0x00113027}, /* c.fsdsp ft1, 0(sp) -> fsd ft1, 0(sp) */
    {0xa012, 0x00413027}, /* c.fsdsp ft4, 0(sp) -> fsd ft4, 0(sp) */
    {0xa042, 0x01013027}, /* c.fsdsp fa6, 0(sp) -> fsd fa6, 0(sp) */
    {0xa05a, 0x01613027}, /* c.fsdsp fs6, 0(sp) -> fsd fs6, 0(sp) */
    {0xa06a, 0x01a13027}, /* c.fsdsp fs10, 0(sp) -> fsd fs10, 0(sp) */
    {0xa07e, 0x01f13027}, /* c.fsdsp ft11, 0(sp) -> fsd ft11, 0(sp) */
    {0xb006, 0x02113027}, /* c.fsdsp ft1, 32(sp) -> fsd ft1, 32(sp) */
    {0xb046, 0x03113027}, /* c.fsdsp fa7, 32(sp) -> fsd fa7, 32(sp) */
    {0xb05e, 0x03713027}, /* c.fsdsp fs7, 32(sp) -> fsd fs7, 32(sp) */
    {0xb062, 0x03813027}, /* c.fsdsp fs8, 32(sp) -> fsd fs8, 32(sp) */
    {0xb07a, 0x03e13027}, /* c.fsdsp ft10, 32(sp) -> fsd ft10, 32(sp) */
    {0xb07e, 0x03f13027}, /* c.fsdsp ft11, 32(sp) -> fsd ft11, 32(sp) */
    {0xa002, 0x00013027}, /* c.fsdsp ft0, 0(sp) -> fsd ft0, 0(sp) */
    {0xb002, 0x02013027}, /* c.fsdsp ft0, 32(sp) -> fsd ft0, 32(sp) */
    {0xc084, 0x0094a023}, /* c.sw s1, 0(s1) -> sw s1, 0(s1) */
    {0xc684, 0x0096a423}, /* c.sw s1, 8(a3) -> sw s1, 8(a3) */
    {0xcb14, 0x00d72823}, /* c.sw a3, 16(a4) -> sw a3, 16(a4) */
    {0xcb30, 0x04c72823}, /* c.sw a2, 80(a4) -> sw a2, 80(a4) */
    {0xcedc, 0x00f6ae23}, /* c.sw a5, 28(a3) -> sw a5, 28(a3) */
    {0xcffc, 0x04f7ae23}, /* c.sw a5, 92(a5) -> sw a5, 92(a5) */
    {0xd084, 0x0294a023}, /* c.sw s1, 32(s1) -> sw s1, 32(s1) */
    {0xd114, 0x02d52023}, /* c.sw a3, 32(a0) -> sw a3, 32(a0) */
    {0xd7f4, 0x06d7a623}, /* c.sw a3, 108(a5) -> sw a3, 108(a5) */
    {0xd960, 0x06852a23}, /* c.sw s0, 116(a0) -> sw s0, 116(a0) */
    {0xdf48, 0x02a72e23}, /* c.sw a0, 60(a4) -> sw a0, 60(a4) */
    {0xdffc, 0x06f7ae23}, /* c.sw a5, 124(a5) -> sw a5, 124(a5) */
    {0xc080, 0x0084a023}, /* c.sw s0, 0(s1) -> sw s0, 0(s1) */
    {0xc280, 0x0086a023}, /* c.sw s0, 0(a3) -> sw s0, 0(a3) */
    {0xc600, 0x00862423}, /* c.sw s0, 8(a2) -> sw s0, 8(a2) */
    {0xc980, 0x0085a823}, /* c.sw s0, 16(a1) -> sw s0, 16(a1) */
    {0xca80, 0x0086a823}, /* c.sw s0, 16(a3) -> sw s0, 16(a3) */
    {0xcf80, 0x0087ac23}, /* c.sw s0, 24(a5) -> sw s0, 24(a5) */
    {0xd080, 0x0284a023}, /* c.sw s0, 32(s1) -> sw s0, 32(s1) */
    {0xd500, 0x02852423}, /* c.sw s0, 40(a0) -> sw s0, 40(a0) */
    {0xdb80, 0x0287a823}, /* c.sw s0, 48(a5) -> sw s0, 48(a5) */
    {0xdd80, 0x0285ac23}, /* c.sw s0, 56(a1) -> sw s0, 56(a1) */
    {0xde00, 0x02862c23}, /* c.sw s0, 56(a2) -> sw s0, 56(a2) */
    {0xdf80, 0x0287ac23}, /* c.sw s0, 56(a5) -> sw s0, 56(a5) */
    {0xc004, 0x00942023}, /* c.sw s1, 0(s0) -> sw s1, 0(s0) */
    {0xc00c, 0x00b42023}, /* c.sw a1, 0(s0) -> sw a1, 0(s0) */
    {0xc01c, 0x00f42023}, /* c.sw a5, 0(s0) -> sw a5, 0(s0) */
    {0xc044, 0x00942223}, /* c.sw s1, 4(s0) -> sw s1, 4(s0) */
    {0xc064, 0x04942223}, /* c.sw s1, 68(s0) -> sw s1, 68(s0) */
    {0xc07c, 0x04f42223}, /* c.sw a5, 68(s0) -> sw a5, 68(s0) */
    {0xd004, 0x02942023}, /* c.sw s1, 32(s0) -> sw s1, 32(s0) */
    {0xd008, 0x02a42023}, /* c.sw a0, 32(s0) -> sw a0, 32(s0) */
    {0xd020, 0x06842023}, /* c.sw s0, 96(s0) -> sw s0, 96(s0) */
    {0xd050, 0x02c42223}, /* c.sw a2, 36(s0) -> sw a2, 36(s0) */
    {0xd074, 0x06d42223}, /* c.sw a3, 100(s0) -> sw a3, 100(s0) */
    {0xd07c, 0x06f42223}, /* c.sw a5, 100(s0) -> sw a5, 100(s0) */
    {0xc000, 0x00842023}, /* c.sw s0, 0(s0) -> sw s0, 0(s0) */
    {0xd000, 0x02842023}, /* c.sw s0, 32(s0) -> sw s0, 32(s0) */
    {0xc085, 0x02048063}, /* c.beqz s1, . + 32 -> beq s1, zero, . + 32 */
    {0xc2ed, 0x0e068163}, /* c.beqz a3, . + 226 -> beq a3, zero, . + 226 */
    {0xc61d, 0x02060763}, /* c.beqz a2, . + 46 -> beq a2, zero, . + 46 */
    {0xc869, 0x0c040963}, /* c.beqz s0, . + 210 -> beq s0, zero, . + 210 */
    {0xc87d, 0x0e040b63}, /* c.beqz s0, . + 246 -> beq s0, zero, . + 246 */
    {0xcffd, 0x0e078f63}, /* c.beqz a5, . + 254 -> beq a5, zero, . + 254 */
    {0xd085, 0xf20480e3}, /* c.beqz s1, . + -224 -> beq s1, zero, . + -224 */
    {0xd0a5, 0xf60480e3}, /* c.beqz s1, . + -160 -> beq s1, zero, . + -160 */
    {0xd2b9, 0xf40683e3}, /* c.beqz a3, . + -186 -> beq a3, zero, . + -186 */
    {0xdf41, 0xf8070ce3}, /* c.beqz a4, . + -104 -> beq a4, zero, . + -104 */
    {0xdfa9, 0xf4078de3}, /* c.beqz a5, . + -166 -> beq a5, zero, . + -166 */
    {0xdffd, 0xfe078fe3}, /* c.beqz a5, . + -2 -> beq a5, zero, . + -2 */
    {0xc081, 0x00048063}, /* c.beqz s1, . + 0 -> beq s1, zero, . + 0 */
    {0xc181, 0x00058063}, /* c.beqz a1, . + 0 -> beq a1, zero, . + 0 */
    {0xc501, 0x00050463}, /* c.beqz a0, . + 8 -> beq a0, zero, . + 8 */
    {0xcc01, 0x00040c63}, /* c.beqz s0, . + 24 -> beq s0, zero, . + 24 */
    {0xcd01, 0x00050c63}, /* c.beqz a0, . + 24 -> beq a0, zero, . + 24 */
    {0xcf81, 0x00078c63}, /* c.beqz a5, . + 24 -> beq a5, zero, . + 24 */
    {0xd081, 0xf00480e3}, /* c.beqz s1, . + -256 -> beq s1, zero, . + -256 */
    {0xd201, 0xf00600e3}, /* c.beqz a2, . + -256 -> beq a2, zero, . + -256 */
    {0xd501, 0xf00504e3}, /* c.beqz a0, . + -248 -> beq a0, zero, . + -248 */
    {0xd781, 0xf00784e3}, /* c.beqz a5, . + -248 -> beq a5, zero, . + -248 */
    {0xdb01, 0xf00708e3}, /* c.beqz a4, . + -240 -> beq a4, zero, . + -240 */
    {0xdf81, 0xf0078ce3}, /* c.beqz a5, . + -232 -> beq a5, zero, . + -232 */
    {0xc005, 0x02040063}, /* c.beqz s0, . + 32 -> beq s0, zero, . + 32 */
    {0xc009, 0x00040163}, /* c.beqz s0, . + 2 -> beq s0, zero, . + 2 */
    {0xc02d, 0x06040163}, /* c.beqz s0, . + 98 -> beq s0, zero, . + 98 */
    {0xc041, 0x08040063}, /* c.beqz s0, . + 128 -> beq s0, zero, . + 128 */
    {0xc04d, 0x0a040163}, /* c.beqz s0, . + 162 -> beq s0, zero, . + 162 */
    {0xc07d, 0x0e040363}, /* c.beqz s0, . + 230 -> beq s0, zero, . + 230 */
    {0xd005, 0xf20400e3}, /* c.beqz s0, . + -224 -> beq s0, zero, . + -224 */
    {0xd01d, 0xf20403e3}, /* c.beqz s0, . + -218 -> beq s0, zero, . + -218 */
    {0xd029, 0xf40401e3}, /* c.beqz s0, . + -190 -> beq s0, zero, . + -190 */
    {0xd05d, 0xfa0403e3}, /* c.beqz s0, . + -90 -> beq s0, zero, . + -90 */
    {0xd079, 0xfc0403e3}, /* c.beqz s0, . + -58 -> beq s0, zero, . + -58 */
    {0xd07d, 0xfe0403e3}, /* c.beqz s0, . + -26 -> beq s0, zero, . + -26 */
    {0xc001, 0x00040063}, /* c.beqz s0, . + 0 -> beq s0, zero, . + 0 */
    {0xd001, 0xf00400e3}, /* c.beqz s0, . + -256 -> beq s0, zero, . + -256 */
    {0xc086, 0x04112023}, /* c.swsp ra, 64(sp) -> sw ra, 64(sp) */
    {0xc25a, 0x01612223}, /* c.swsp s6, 4(sp) -> sw s6, 4(sp) */
    {0xc5ba, 0x0ce12423}, /* c.swsp a4, 200(sp) -> sw a4, 200(sp) */
    {0xc642, 0x01012623}, /* c.swsp a6, 12(sp) -> sw a6, 12(sp) */
    {0xcf3e, 0x08f12e23}, /* c.swsp a5, 156(sp) -> sw a5, 156(sp) */
    {0xcffe, 0x0df12e23}, /* c.swsp t6, 220(sp) -> sw t6, 220(sp) */
    {0xd086, 0x06112023}, /* c.swsp ra, 96(sp) -> sw ra, 96(sp) */
    {0xd0d6, 0x07512023}, /* c.swsp s5, 96(sp) -> sw s5, 96(sp) */
    {0xd422, 0x02812423}, /* c.swsp s0, 40(sp) -> sw s0, 40(sp) */
    {0xd46e, 0x03b12423}, /* c.swsp s11, 40(sp) -> sw s11, 40(sp) */
    {0xdbe6, 0x0f912a23}, /* c.swsp s9, 244(sp) -> sw s9, 244(sp) */
    {0xdffe, 0x0ff12e23}, /* c.swsp t6, 252(sp) -> sw t6, 252(sp) */
    {0xc082, 0x04012023}, /* c.swsp zero, 64(sp) -> sw zero, 64(sp) */
    {0xc402, 0x00012423}, /* c.swsp zero, 8(sp) -> sw zero, 8(sp) */
    {0xc902, 0x08012823}, /* c.swsp zero, 144(sp) -> sw zero, 144(sp) */
    {0xca02, 0x00012a23}, /* c.swsp zero, 20(sp) -> sw zero, 20(sp) */
    {0xca82, 0x04012a23}, /* c.swsp zero, 84(sp) -> sw zero, 84(sp) */
    {0xcf82, 0x0c012e23}, /* c.swsp zero, 220(sp) -> sw zero, 220(sp) */
    {0xd082, 0x06012023}, /* c.swsp zero, 96(sp) -> sw zero, 96(sp) */
    {0xd482, 0x06012423}, /* c.swsp zero, 104(sp) -> sw zero, 104(sp) */
    {0xd702, 0x0a012623}, /* c.swsp zero, 172(sp) -> sw zero, 172(sp) */
    {0xd882, 0x06012823}, /* c.swsp zero, 112(sp) -> sw zero, 112(sp) */
    {0xdb02, 0x0a012a23}, /* c.swsp zero, 180(sp) -> sw zero, 180(sp) */
    {0xdf82, 0x0e012e23}, /* c.swsp zero, 252(sp) -> sw zero, 252(sp) */
    {0xc006, 0x00112023}, /* c.swsp ra, 0(sp) -> sw ra, 0(sp) */
    {0xc01e, 0x00712023}, /* c.swsp t2, 0(sp) -> sw t2, 0(sp) */
    {0xc04e, 0x01312023}, /* c.swsp s3, 0(sp) -> sw s3, 0(sp) */
    {0xc052, 0x01412023}, /* c.swsp s4, 0(sp) -> sw s4, 0(sp) */
    {0xc072, 0x01c12023}, /* c.swsp t3, 0(sp) -> sw t3, 0(sp) */
    {0xc07e, 0x01f12023}, /* c.swsp t6, 0(sp) -> sw t6, 0(sp) */
    {0xd006, 0x02112023}, /* c.swsp ra, 32(sp) -> sw ra, 32(sp) */
    {0xd01e, 0x02712023}, /* c.swsp t2, 32(sp) -> sw t2, 32(sp) */
    {0xd032, 0x02c12023}, /* c.swsp a2, 32(sp) -> sw a2, 32(sp) */
    {0xd04e, 0x03312023}, /* c.swsp s3, 32(sp) -> sw s3, 32(sp) */
    {0xd052, 0x03412023}, /* c.swsp s4, 32(sp) -> sw s4, 32(sp) */
    {0xd07e, 0x03f12023}, /* c.swsp t6, 32(sp) -> sw t6, 32(sp) */
    {0xc002, 0x00012023}, /* c.swsp zero, 0(sp) -> sw zero, 0(sp) */
    {0xd002, 0x02012023}, /* c.swsp zero, 32(sp) -> sw zero, 32(sp) */
    {0xe084, 0x0094a027}, /* c.fsw fs1, 0(s1) -> fsw fs1, 0(s1) */
    {0xe5fc, 0x04f5a627}, /* c.fsw fa5, 76(a1) -> fsw fa5, 76(a1) */
    {0xe7c0, 0x0087a627}, /* c.fsw fs0, 12(a5) -> fsw fs0, 12(a5) */
    {0xec70, 0x04c42e27}, /* c.fsw fa2, 92(s0) -> fsw fa2, 92(s0) */
    {0xed58, 0x00e52e27}, /* c.fsw fa4, 28(a0) -> fsw fa4, 28(a0) */
    {0xeffc, 0x04f7ae27}, /* c.fsw fa5, 92(a5) -> fsw fa5, 92(a5) */
    {0xf084, 0x0294a027}, /* c.fsw fs1, 32(s1) -> fsw fs1, 32(s1) */
    {0xf2f8, 0x06e6a227}, /* c.fsw fa4, 100(a3) -> fsw fa4, 100(a3) */
    {0xf49c, 0x02f4a427}, /* c.fsw fa5, 40(s1) -> fsw fa5, 40(s1) */
    {0xfaa4, 0x0696a827}, /* c.fsw fs1, 112(a3) -> fsw fs1, 112(a3) */
    {0xff78, 0x06e72e27}, /* c.fsw fa4, 124(a4) -> fsw fa4, 124(a4) */
    {0xfffc, 0x06f7ae27}, /* c.fsw fa5, 124(a5) -> fsw fa5, 124(a5) */
    {0xe080, 0x0084a027}, /* c.fsw fs0, 0(s1) -> fsw fs0, 0(s1) */
    {0xe300, 0x00872027}, /* c.fsw fs0, 0(a4) -> fsw fs0, 0(a4) */
    {0xe780, 0x0087a427}, /* c.fsw fs0, 8(a5) -> fsw fs0, 8(a5) */
    {0xe880, 0x0084a827}, /* c.fsw fs0, 16(s1) -> fsw fs0, 16(s1) */
    {0xee80, 0x0086ac27}, /* c.fsw fs0, 24(a3) -> fsw fs0, 24(a3) */
    {0xef80, 0x0087ac27}, /* c.fsw fs0, 24(a5) -> fsw fs0, 24(a5) */
    {0xf080, 0x0284a027}, /* c.fsw fs0, 32(s1) -> fsw fs0, 32(s1) */
    {0xf300, 0x02872027}, /* c.fsw fs0, 32(a4) -> fsw fs0, 32(a4) */
    {0xf500, 0x02852427}, /* c.fsw fs0, 40(a0) -> fsw fs0, 40(a0) */
    {0xfc00, 0x02842c27}, /* c.fsw fs0, 56(s0) -> fsw fs0, 56(s0) */
    {0xfe80, 0x0286ac27}, /* c.fsw fs0, 56(a3) -> fsw fs0, 56(a3) */
    {0xff80, 0x0287ac27}, /* c.fsw fs0, 56(a5) -> fsw fs0, 56(a5) */
    {0xe004, 0x00942027}, /* c.fsw fs1, 0(s0) -> fsw fs1, 0(s0) */
    {0xe058, 0x00e42227}, /* c.fsw fa4, 4(s0) -> fsw fa4, 4(s0) */
    {0xe064, 0x04942227}, /* c.fsw fs1, 68(s0) -> fsw fs1, 68(s0) */
    {0xe068, 0x04a42227}, /* c.fsw fa0, 68(s0) -> fsw fa0, 68(s0) */
    {0xe06c, 0x04b42227}, /* c.fsw fa1, 68(s0) -> fsw fa1, 68(s0) */
    {0xe07c, 0x04f42227}, /* c.fsw fa5, 68(s0) -> fsw fa5, 68(s0) */
    {0xf004, 0x02942027}, /* c.fsw fs1, 32(s0) -> fsw fs1, 32(s0) */
    {0xf018, 0x02e42027}, /* c.fsw fa4, 32(s0) -> fsw fa4, 32(s0) */
    {0xf030, 0x06c42027}, /* c.fsw fa2, 96(s0) -> fsw fa2, 96(s0) */
    {0xf060, 0x06842227}, /* c.fsw fs0, 100(s0) -> fsw fs0, 100(s0) */
    {0xf068, 0x06a42227}, /* c.fsw fa0, 100(s0) -> fsw fa0, 100(s0) */
    {0xf07c, 0x06f42227}, /* c.fsw fa5, 100(s0) -> fsw fa5, 100(s0) */
    {0xe000, 0x00842027}, /* c.fsw fs0, 0(s0) -> fsw fs0, 0(s0) */
    {0xf000, 0x02842027}, /* c.fsw fs0, 32(s0) -> fsw fs0, 32(s0) */
    {0xe085, 0x02049063}, /* c.bnez s1, . + 32 -> bne s1, zero, . + 32 */
    {0xe3b1, 0x04079263}, /* c.bnez a5, . + 68 -> bne a5, zero, . + 68 */
    {0xe9f5, 0x0e059a63}, /* c.bnez a1, . + 244 -> bne a1, zero, . + 244 */
    {0xea95, 0x02069a63}, /* c.bnez a3, . + 52 -> bne a3, zero, . + 52 */
    {0xec69, 0x0c041d63}, /* c.bnez s0, . + 218 -> bne s0, zero, . + 218 */
    {0xeffd, 0x0e079f63}, /* c.bnez a5, . + 254 -> bne a5, zero, . + 254 */
    {0xf085, 0xf20490e3}, /* c.bnez s1, . + -224 -> bne s1, zero, . + -224 */
    {0xf291, 0xf00692e3}, /* c.bnez a3, . + -252 -> bne a3, zero, . + -252 */
    {0xf99d, 0xf2059be3}, /* c.bnez a1, . + -202 -> bne a1, zero, . + -202 */
    {0xfd05, 0xf2051ce3}, /* c.bnez a0, . + -200 -> bne a0, zero, . + -200 */
    {0xff21, 0xf4071ce3}, /* c.bnez a4, . + -168 -> bne a4, zero, . + -168 */
    {0xfffd, 0xfe079fe3}, /* c.bnez a5, . + -2 -> bne a5, zero, . + -2 */
    {0xe081, 0x00049063}, /* c.bnez s1, . + 0 -> bne s1, zero, . + 0 */
    {0xe581, 0x00059463}, /* c.bnez a1, . + 8 -> bne a1, zero, . + 8 */
    {0xe701, 0x00071463}, /* c.bnez a4, . + 8 -> bne a4, zero, . + 8 */
    {0xeb81, 0x00079863}, /* c.bnez a5, . + 16 -> bne a5, zero, . + 16 */
    {0xed01, 0x00051c63}, /* c.bnez a0, . + 24 -> bne a0, zero, . + 24 */
    {0xef81, 0x00079c63}, /* c.bnez a5, . + 24 -> bne a5, zero, . + 24 */
    {0xf081, 0xf00490e3}, /* c.bnez s1, . + -256 -> bne s1, zero, . + -256 */
    {0xf581, 0xf00594e3}, /* c.bnez a1, . + -248 -> bne a1, zero, . + -248 */
    {0xf801, 0xf00418e3}, /* c.bnez s0, . + -240 -> bne s0, zero, . + -240 */
    {0xf901, 0xf00518e3}, /* c.bnez a0, . + -240 -> bne a0, zero, . + -240 */
    {0xfd01, 0xf0051ce3}, /* c.bnez a0, . + -232 -> bne a0, zero, . + -232 */
    {0xff81, 0xf0079ce3}, /* c.bnez a5, . + -232 -> bne a5, zero, . + -232 */
    {0xe005, 0x02041063}, /* c.bnez s0, . + 32 -> bne s0, zero, . + 32 */
    {0xe031, 0x04041263}, /* c.bnez s0, . + 68 -> bne s0, zero, . + 68 */
    {0xe04d, 0x0a041163}, /* c.bnez s0, . + 162 -> bne s0, zero, . + 162 */
    {0xe071, 0x0c041263}, /* c.bnez s0, . + 196 -> bne s0, zero, . + 196 */
    {0xe075, 0x0e041263}, /* c.bnez s0, . + 228 -> bne s0, zero, . + 228 */
    {0xe07d, 0x0e041363}, /* c.bnez s0, . + 230 -> bne s0, zero, . + 230 */
    {0xf005, 0xf20410e3}, /* c.bnez s0, . + -224 -> bne s0, zero, . + -224 */
    {0xf031, 0xf40412e3}, /* c.bnez s0, . + -188 -> bne s0, zero, . + -188 */
    {0xf039, 0xf40413e3}, /* c.bnez s0, . + -186 -> bne s0, zero, . + -186 */
    {0xf055, 0xfa0412e3}, /* c.bnez s0, . + -92 -> bne s0, zero, . + -92 */
    {0xf071, 0xfc0412e3}, /* c.bnez s0, . + -60 -> bne s0, zero, . + -60 */
    {0xf07d, 0xfe0413e3}, /* c.bnez s0, . + -26 -> bne s0, zero, . + -26 */
    {0xe001, 0x00041063}, /* c.bnez s0, . + 0 -> bne s0, zero, . + 0 */
    {0xf001, 0xf00410e3}, /* c.bnez s0, . + -256 -> bne s0, zero, . + -256 */
    {0xe086, 0x04112027}, /* c.fswsp ft1, 64(sp) -> fsw ft1, 64(sp) */
    {0xe5b2, 0x0cc12427}, /* c.fswsp fa2, 200(sp) -> fsw fa2, 200(sp) */
    {0xeac6, 0x05112a27}, /* c.fswsp fa7, 84(sp) -> fsw fa7, 84(sp) */
    {0xeaf6, 0x05d12a27}, /* c.fswsp ft9, 84(sp) -> fsw ft9, 84(sp) */
    {0xee76, 0x01d12e27}, /* c.fswsp ft9, 28(sp) -> fsw ft9, 28(sp) */
    {0xeffe, 0x0df12e27}, /* c.fswsp ft11, 220(sp) -> fsw ft11, 220(sp) */
    {0xf086, 0x06112027}, /* c.fswsp ft1, 96(sp) -> fsw ft1, 96(sp) */
    {0xf1b6, 0x0ed12027}, /* c.fswsp fa3, 224(sp) -> fsw fa3, 224(sp) */
    {0xf36a, 0x0ba12227}, /* c.fswsp fs10, 164(sp) -> fsw fs10, 164(sp) */
    {0xf7ee, 0x0fb12627}, /* c.fswsp fs11, 236(sp) -> fsw fs11, 236(sp) */
    {0xfdb6, 0x0ed12c27}, /* c.fswsp fa3, 248(sp) -> fsw fa3, 248(sp) */
    {0xfffe, 0x0ff12e27}, /* c.fswsp ft11, 252(sp) -> fsw ft11, 252(sp) */
    {0xe082, 0x04012027}, /* c.fswsp ft0, 64(sp) -> fsw ft0, 64(sp) */
    {0xe782, 0x0c012627}, /* c.fswsp ft0, 204(sp) -> fsw ft0, 204(sp) */
    {0xe802, 0x00012827}, /* c.fswsp ft0, 16(sp) -> fsw ft0, 16(sp) */
    {0xee02, 0x00012e27}, /* c.fswsp ft0, 28(sp) -> fsw ft0, 28(sp) */
    {0xee82, 0x04012e27}, /* c.fswsp ft0, 92(sp) -> fsw ft0, 92(sp) */
    {0xef82, 0x0c012e27}, /* c.fswsp ft0, 220(sp) -> fsw ft0, 220(sp) */
    {0xf082, 0x06012027}, /* c.fswsp ft0, 96(sp) -> fsw ft0, 96(sp) */
    {0xf182, 0x0e012027}, /* c.fswsp ft0, 224(sp) -> fsw ft0, 224(sp) */
    {0xf502, 0x0a012427}, /* c.fswsp ft0, 168(sp) -> fsw ft0, 168(sp) */
    {0xfb02, 0x0a012a27}, /* c.fswsp ft0, 180(sp) -> fsw ft0, 180(sp) */
    {0xfc82, 0x06012c27}, /* c.fswsp ft0, 120(sp) -> fsw ft0, 120(sp) */
    {0xff82, 0x0e012e27}, /* c.fswsp ft0, 252(sp) -> fsw ft0, 252(sp) */
    {0xe006, 0x00112027}, /* c.fswsp ft1, 0(sp) -> fsw ft1, 0(sp) */
    {0xe016, 0x00512027}, /* c.fswsp ft5, 0(sp) -> fsw ft5, 0(sp) */
    {0xe01e, 0x00712027}, /* c.fswsp ft7, 0(sp) -> fsw ft7, 0(sp) */
    {0xe066, 0x01912027}, /* c.fswsp fs9, 0(sp) -> fsw fs9, 0(sp) */
    {0xe06e, 0x01b12027}, /* c.fswsp fs11, 0(sp) -> fsw fs11, 0(sp) */
    {0xe07e, 0x01f12027}, /* c.fswsp ft11, 0(sp) -> fsw ft11, 0(sp) */
    {0xf006, 0x02112027}, /* c.fswsp ft1, 32(sp) -> fsw ft1, 32(sp) */
    {0xf012, 0x02412027}, /* c.fswsp ft4, 32(sp) -> fsw ft4, 32(sp) */
    {0xf04a, 0x03212027}, /* c.fswsp fs2, 32(sp) -> fsw fs2, 32(sp) */
    {0xf052, 0x03412027}, /* c.fswsp fs4, 32(sp) -> fsw fs4, 32(sp) */
    {0xf07a, 0x03e12027}, /* c.fswsp ft10, 32(sp) -> fsw ft10, 32(sp) */
    {0xf07e, 0x03f12027}, /* c.fswsp ft11, 32(sp) -> fsw ft11, 32(sp) */
    {0xe002, 0x00012027}, /* c.fswsp ft0, 0(sp) -> fsw ft0, 0(sp) */
    {0xf002, 0x02012027}, /* c.fswsp ft0, 32(sp) -> fsw ft0, 32(sp) */
};

static int passed, failed;

static void check_table(const RvcVector *v, size_t n, int xlen)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t got = rvc_expand(v[i].insn, xlen);
        if (got == v[i].expanded) {
            passed++;
        } else {
            failed++;
            printf("FAIL rv%d c=0x%04x: got 0x%08x want 0x%08x\n", xlen, v[i].insn, got,
                   v[i].expanded);
        }
    }
}

/* The same halfword must differ between XLENs exactly where the spec says so
 * (§16.3-§16.5): C.FLW/C.LD, C.FSW/C.SD, C.JAL/C.ADDIW, C.FLWSP/C.LDSP,
 * C.FSWSP/C.SDSP, C.SUBW/C.ADDW. */
static void check_xlen_split(void)
{
    static const struct {
        uint16_t insn;
        uint32_t rv32, rv64;
    } v[] = {
        {0x6188, 0x0005a507, 0x0005b503},   /* flw fa0, 0(a1) / ld a0, 0(a1) */
        {0xe188, 0x00a5a027, 0x00a5b023},   /* fsw fa0, 0(a1) / sd a0, 0(a1) */
        {0x2505, 0x620000ef, 0x0015051b},   /* jal ra, . + 1568 / addiw a0, a0, 1 */
        {0x6502, 0x00012507, 0x00013503},   /* flwsp fa0 / ldsp a0, 0(sp) */
        {0xe02a, 0x00a12027, 0x00a13023},   /* fswsp fa0 / sdsp a0, 0(sp) */
        {0x9d0d, 0x00000000, 0x40b5053b},   /* reserved / subw a0, a0, a1 */
        {0x9d2d, 0x00000000, 0x00b5053b},   /* reserved / addw a0, a0, a1 */
    };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        uint32_t g32 = rvc_expand(v[i].insn, 32);
        uint32_t g64 = rvc_expand(v[i].insn, 64);
        if (g32 == v[i].rv32 && g64 == v[i].rv64) {
            passed++;
        } else {
            failed++;
            printf("FAIL split c=0x%04x: rv32 0x%08x (want 0x%08x) rv64 0x%08x (want 0x%08x)\n",
                   v[i].insn, g32, v[i].rv32, g64, v[i].rv64);
        }
    }
}

int main(void)
{
    check_table(vectors_rv64, sizeof vectors_rv64 / sizeof vectors_rv64[0], 64);
    check_table(vectors_rv32, sizeof vectors_rv32 / sizeof vectors_rv32[0], 32);
    check_xlen_split();
    printf("rvc: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
