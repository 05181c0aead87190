/* C extension: expansion of 16-bit instructions to their 32-bit equivalents
 * (unprivileged spec chapter 16, "C" Standard Extension; the encoding tables
 * are §16.8, the instruction listings §16.3-§16.7).
 *
 * Every compressed instruction is defined as one base instruction, so the
 * interpreter only needs this function and its ordinary decoder. HINT
 * encodings are expanded to the base instruction they name (which is then a
 * HINT there too, e.g. addi x0, x0, 5); reserved encodings return 0. */
#include "rvc.h"

#include <stdbool.h>

/* Base opcodes (unprivileged spec chapter 34, table "RV32/64G opcode map"). */
enum {
    OP_LOAD = 0x03, OP_LOAD_FP = 0x07, OP_OP_IMM = 0x13, OP_OP_IMM_32 = 0x1b,
    OP_STORE = 0x23, OP_STORE_FP = 0x27, OP_OP = 0x33, OP_LUI = 0x37,
    OP_OP_32 = 0x3b, OP_BRANCH = 0x63, OP_JALR = 0x67, OP_JAL = 0x6f,
    OP_SYSTEM = 0x73,
};

enum { REG_ZERO = 0, REG_RA = 1, REG_SP = 2 };

/* ---- Field extraction ------------------------------------------------ */

/* Bits [hi:lo] of x, right-aligned. */
static uint32_t bits(uint32_t x, int hi, int lo)
{
    return (x >> lo) & ((1u << (hi - lo + 1)) - 1);
}

/* Bit n of x moved to bit position 'to'. */
static uint32_t bit_to(uint32_t x, int n, int to)
{
    return ((x >> n) & 1u) << to;
}

/* Sign-extends the low 'width' bits of x. */
static int32_t sext(uint32_t x, int width)
{
    uint32_t m = 1u << (width - 1);
    x &= (m << 1) - 1;
    return (int32_t)((x ^ m) - m);
}

/* The 3-bit register fields rd'/rs1'/rs2' name x8-x15 (§16.2). */
static uint32_t creg(uint32_t field)
{
    return field + 8;
}

/* ---- 32-bit instruction formats (§2.2, §2.3) ------------------------- */

static uint32_t enc_r(uint32_t op, uint32_t f3, uint32_t f7, uint32_t rd, uint32_t rs1,
                      uint32_t rs2)
{
    return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op;
}

static uint32_t enc_i(uint32_t op, uint32_t f3, uint32_t rd, uint32_t rs1, int32_t imm)
{
    return ((uint32_t)imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op;
}

static uint32_t enc_s(uint32_t op, uint32_t f3, uint32_t rs1, uint32_t rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return bits(u, 11, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | bits(u, 4, 0) << 7 | op;
}

static uint32_t enc_b(uint32_t f3, uint32_t rs1, uint32_t rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return bit_to(u, 12, 31) | bits(u, 10, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12
           | bits(u, 4, 1) << 8 | bit_to(u, 11, 7) | OP_BRANCH;
}

static uint32_t enc_j(uint32_t rd, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return bit_to(u, 20, 31) | bits(u, 10, 1) << 21 | bit_to(u, 11, 20) | bits(u, 19, 12) << 12
           | rd << 7 | OP_JAL;
}

/* Shift-immediate: shamt occupies imm[5:0], funct6 above it (§4.2.1 for RV64). */
static uint32_t enc_shift(uint32_t f3, uint32_t f6, uint32_t rd, uint32_t shamt)
{
    return f6 << 26 | shamt << 20 | rd << 15 | f3 << 12 | rd << 7 | OP_OP_IMM;
}

/* ---- Immediates of the compressed formats (§16.8, figures 16.x) ------- */

/* CI-format 6-bit signed immediate: imm[5] = insn[12], imm[4:0] = insn[6:2]. */
static int32_t ci_imm(uint32_t c)
{
    return sext(bit_to(c, 12, 5) | bits(c, 6, 2), 6);
}

/* CJ-format jump offset: offset[11|4|9:8|10|6|7|3:1|5]. */
static int32_t cj_offset(uint32_t c)
{
    uint32_t u = bit_to(c, 12, 11) | bit_to(c, 11, 4) | bits(c, 10, 9) << 8 | bit_to(c, 8, 10)
                 | bit_to(c, 7, 6) | bit_to(c, 6, 7) | bits(c, 5, 3) << 1 | bit_to(c, 2, 5);
    return sext(u, 12);
}

/* CB-format branch offset: offset[8|4:3] = insn[12|11:10],
 * offset[7:6|2:1|5] = insn[6:5|4:3|2]. */
static int32_t cb_offset(uint32_t c)
{
    uint32_t u = bit_to(c, 12, 8) | bits(c, 11, 10) << 3 | bits(c, 6, 5) << 6
                 | bits(c, 4, 3) << 1 | bit_to(c, 2, 5);
    return sext(u, 9);
}

/* CL/CS word offset (C.LW, C.SW, C.FLW, C.FSW): uimm[5:3|2|6]. */
static uint32_t cl_word_uimm(uint32_t c)
{
    return bits(c, 12, 10) << 3 | bit_to(c, 6, 2) | bit_to(c, 5, 6);
}

/* CL/CS doubleword offset (C.LD, C.SD, C.FLD, C.FSD): uimm[5:3|7:6]. */
static uint32_t cl_dword_uimm(uint32_t c)
{
    return bits(c, 12, 10) << 3 | bits(c, 6, 5) << 6;
}

/* CI stack-load word offset (C.LWSP, C.FLWSP): uimm[5] = insn[12],
 * uimm[4:2|7:6] = insn[6:4|3:2]. */
static uint32_t ci_lwsp_uimm(uint32_t c)
{
    return bit_to(c, 12, 5) | bits(c, 6, 4) << 2 | bits(c, 3, 2) << 6;
}

/* CI stack-load doubleword offset (C.LDSP, C.FLDSP): uimm[5] = insn[12],
 * uimm[4:3|8:6] = insn[6:5|4:2]. */
static uint32_t ci_ldsp_uimm(uint32_t c)
{
    return bit_to(c, 12, 5) | bits(c, 6, 5) << 3 | bits(c, 4, 2) << 6;
}

/* CSS stack-store word offset (C.SWSP, C.FSWSP): uimm[5:2|7:6] = insn[12:9|8:7]. */
static uint32_t css_sw_uimm(uint32_t c)
{
    return bits(c, 12, 9) << 2 | bits(c, 8, 7) << 6;
}

/* CSS stack-store doubleword offset (C.SDSP, C.FSDSP): uimm[5:3|8:6] = insn[12:10|9:7]. */
static uint32_t css_sd_uimm(uint32_t c)
{
    return bits(c, 12, 10) << 3 | bits(c, 9, 7) << 6;
}

/* ---- Quadrant 0 (§16.3, §16.5) --------------------------------------- */

/* C.ADDI4SPN: addi rd', x2, nzuimm; nzuimm[5:4|9:6|2|3] = insn[12:11|10:7|6|5].
 * nzuimm = 0 is reserved, which also makes the all-zero halfword illegal. */
static uint32_t expand_addi4spn(uint32_t c)
{
    uint32_t nzuimm = bits(c, 12, 11) << 4 | bits(c, 10, 7) << 6 | bit_to(c, 6, 2)
                      | bit_to(c, 5, 3);
    if (nzuimm == 0) {
        return 0;
    }
    return enc_i(OP_OP_IMM, 0, creg(bits(c, 4, 2)), REG_SP, (int32_t)nzuimm);
}

static uint32_t expand_q0(uint32_t c, int xlen)
{
    uint32_t rd = creg(bits(c, 4, 2));  /* rd' for loads, rs2' for stores */
    uint32_t rs1 = creg(bits(c, 9, 7));
    int32_t w = (int32_t)cl_word_uimm(c);
    int32_t d = (int32_t)cl_dword_uimm(c);

    switch (bits(c, 15, 13)) {
    case 0: return expand_addi4spn(c);
    case 1: return enc_i(OP_LOAD_FP, 3, rd, rs1, d);                     /* c.fld */
    case 2: return enc_i(OP_LOAD, 2, rd, rs1, w);                        /* c.lw */
    case 3:                                                              /* c.flw / c.ld */
        return xlen == 32 ? enc_i(OP_LOAD_FP, 2, rd, rs1, w) : enc_i(OP_LOAD, 3, rd, rs1, d);
    case 5: return enc_s(OP_STORE_FP, 3, rs1, rd, d);                    /* c.fsd */
    case 6: return enc_s(OP_STORE, 2, rs1, rd, w);                       /* c.sw */
    case 7:                                                              /* c.fsw / c.sd */
        return xlen == 32 ? enc_s(OP_STORE_FP, 2, rs1, rd, w) : enc_s(OP_STORE, 3, rs1, rd, d);
    default: return 0;  /* funct3 = 100 is reserved */
    }
}

/* ---- Quadrant 1 (§16.4, §16.5) --------------------------------------- */

/* funct3 = 011: C.ADDI16SP when rd = x2, else C.LUI; both reserved with a zero
 * immediate. C.LUI with rd = x0 is a HINT. */
static uint32_t expand_lui_addi16sp(uint32_t c)
{
    uint32_t rd = bits(c, 11, 7);
    if (rd == REG_SP) {
        /* nzimm[9] = insn[12], nzimm[4|6|8:7|5] = insn[6|5|4:3|2]. */
        uint32_t u = bit_to(c, 12, 9) | bit_to(c, 6, 4) | bit_to(c, 5, 6) | bits(c, 4, 3) << 7
                     | bit_to(c, 2, 5);
        if (u == 0) {
            return 0;
        }
        return enc_i(OP_OP_IMM, 0, REG_SP, REG_SP, sext(u, 10));
    }
    int32_t imm = ci_imm(c);  /* nzimm[17:12] */
    if (imm == 0) {
        return 0;
    }
    return ((uint32_t)imm & 0xfffff) << 12 | rd << 7 | OP_LUI;
}

/* funct3 = 100: shifts, C.ANDI and the register-register ALU group. */
static uint32_t expand_q1_alu(uint32_t c, int xlen)
{
    uint32_t rd = creg(bits(c, 9, 7));
    uint32_t rs2 = creg(bits(c, 4, 2));
    uint32_t shamt = bit_to(c, 12, 5) | bits(c, 6, 2);

    switch (bits(c, 11, 10)) {
    case 0:
    case 1:
        /* C.SRLI/C.SRAI. On RV32, shamt[5] = 1 is reserved for custom use (§16.5);
         * shamt = 0 is a HINT on RV32/RV64 and expands to a zero shift. */
        if (xlen == 32 && shamt >= 32) {
            return 0;
        }
        return enc_shift(5, bits(c, 11, 10) == 1 ? 0x10 : 0, rd, shamt);
    case 2:
        return enc_i(OP_OP_IMM, 7, rd, rd, ci_imm(c));                   /* c.andi */
    default:
        break;
    }
    static const uint8_t f3_op[4] = {0, 4, 6, 7};   /* sub, xor, or, and */
    uint32_t sel = bits(c, 6, 5);
    if (bits(c, 12, 12) == 0) {
        return enc_r(OP_OP, f3_op[sel], sel == 0 ? 0x20 : 0, rd, rd, rs2);
    }
    /* insn[12] = 1: C.SUBW / C.ADDW on RV64; the rest is reserved. */
    if (xlen == 32 || sel >= 2) {
        return 0;
    }
    return enc_r(OP_OP_32, 0, sel == 0 ? 0x20 : 0, rd, rd, rs2);
}

static uint32_t expand_q1(uint32_t c, int xlen)
{
    uint32_t rd = bits(c, 11, 7);
    uint32_t rs1c = creg(bits(c, 9, 7));

    switch (bits(c, 15, 13)) {
    case 0: return enc_i(OP_OP_IMM, 0, rd, rd, ci_imm(c));   /* c.addi, c.nop, HINTs */
    case 1:
        if (xlen == 32) {
            return enc_j(REG_RA, cj_offset(c));                  /* c.jal */
        }
        if (rd == 0) {
            return 0;                                            /* c.addiw rd=0 reserved */
        }
        return enc_i(OP_OP_IMM_32, 0, rd, rd, ci_imm(c));       /* c.addiw */
    case 2: return enc_i(OP_OP_IMM, 0, rd, REG_ZERO, ci_imm(c));   /* c.li */
    case 3: return expand_lui_addi16sp(c);
    case 4: return expand_q1_alu(c, xlen);
    case 5: return enc_j(REG_ZERO, cj_offset(c));                  /* c.j */
    case 6: return enc_b(0, rs1c, REG_ZERO, cb_offset(c));         /* c.beqz */
    default: return enc_b(1, rs1c, REG_ZERO, cb_offset(c));        /* c.bnez */
    }
}

/* ---- Quadrant 2 (§16.3-§16.5) ---------------------------------------- */

/* funct3 = 100: C.JR, C.MV, C.EBREAK, C.JALR, C.ADD. */
static uint32_t expand_q2_jr_mv_add(uint32_t c)
{
    uint32_t rd = bits(c, 11, 7);
    uint32_t rs2 = bits(c, 6, 2);
    bool bit12 = bits(c, 12, 12) != 0;

    if (rs2 == 0) {
        if (!bit12) {
            /* C.JR; rs1 = 0 is reserved. */
            return rd == 0 ? 0 : enc_i(OP_JALR, 0, REG_ZERO, rd, 0);
        }
        if (rd == 0) {
            return 0x00100073;                                   /* c.ebreak: ebreak */
        }
        return enc_i(OP_JALR, 0, REG_RA, rd, 0);                 /* c.jalr */
    }
    /* C.MV is add rd, x0, rs2 and C.ADD is add rd, rd, rs2; rd = 0 is a HINT. */
    return enc_r(OP_OP, 0, 0, rd, bit12 ? rd : REG_ZERO, rs2);
}

static uint32_t expand_q2(uint32_t c, int xlen)
{
    uint32_t rd = bits(c, 11, 7);
    uint32_t rs2 = bits(c, 6, 2);
    uint32_t shamt = bit_to(c, 12, 5) | bits(c, 6, 2);

    switch (bits(c, 15, 13)) {
    case 0:
        /* C.SLLI: shamt[5] = 1 reserved (custom) on RV32; rd = 0 or shamt = 0 HINT. */
        if (xlen == 32 && shamt >= 32) {
            return 0;
        }
        return enc_shift(1, 0, rd, shamt);
    case 1:
        return enc_i(OP_LOAD_FP, 3, rd, REG_SP, (int32_t)ci_ldsp_uimm(c));   /* c.fldsp */
    case 2:
        if (rd == 0) {
            return 0;                                            /* c.lwsp rd=0 reserved */
        }
        return enc_i(OP_LOAD, 2, rd, REG_SP, (int32_t)ci_lwsp_uimm(c));
    case 3:
        if (xlen == 32) {
            return enc_i(OP_LOAD_FP, 2, rd, REG_SP, (int32_t)ci_lwsp_uimm(c));  /* c.flwsp */
        }
        if (rd == 0) {
            return 0;                                            /* c.ldsp rd=0 reserved */
        }
        return enc_i(OP_LOAD, 3, rd, REG_SP, (int32_t)ci_ldsp_uimm(c));
    case 4:
        return expand_q2_jr_mv_add(c);
    case 5:
        return enc_s(OP_STORE_FP, 3, REG_SP, rs2, (int32_t)css_sd_uimm(c));  /* c.fsdsp */
    case 6:
        return enc_s(OP_STORE, 2, REG_SP, rs2, (int32_t)css_sw_uimm(c));     /* c.swsp */
    default:
        if (xlen == 32) {
            return enc_s(OP_STORE_FP, 2, REG_SP, rs2, (int32_t)css_sw_uimm(c));  /* c.fswsp */
        }
        return enc_s(OP_STORE, 3, REG_SP, rs2, (int32_t)css_sd_uimm(c));     /* c.sdsp */
    }
}

uint32_t rvc_expand(uint16_t insn, int xlen)
{
    uint32_t c = insn;
    switch (c & 3) {
    case 0: return expand_q0(c, xlen);
    case 1: return expand_q1(c, xlen);
    case 2: return expand_q2(c, xlen);
    default: return 0;  /* not a compressed instruction */
    }
}
