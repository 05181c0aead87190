/* The decoder: 32-bit and compressed instructions to DecodedInsn
 * (unprivileged spec chapters 2-16 and 28, privileged spec chapter 3). */
#include "decode.h"

#include <stdbool.h>

#include "rvc.h"

#define RD(i) (((i) >> 7) & 31)
#define RS1(i) (((i) >> 15) & 31)
#define RS2(i) (((i) >> 20) & 31)
#define FUNCT3(i) (((i) >> 12) & 7)
#define FUNCT7(i) ((i) >> 25)

/* Immediates (unprivileged spec §2.3); the sign comes from bit 31. */
static int32_t imm_i(uint32_t i) { return (int32_t)i >> 20; }
static int32_t imm_u(uint32_t i) { return (int32_t)(i & 0xfffff000u); }

static int32_t imm_s(uint32_t i)
{
    uint32_t u = ((i >> 20) & 0xfe0) | ((i >> 7) & 31);
    return (int32_t)(u << 20) >> 20;
}

static int32_t imm_b(uint32_t i)
{
    uint32_t u = ((i >> 19) & 0x1000) | ((i << 4) & 0x800) | ((i >> 20) & 0x7e0) |
                 ((i >> 7) & 0x1e);
    return (int32_t)(u << 19) >> 19;
}

static int32_t imm_j(uint32_t i)
{
    uint32_t u = ((i >> 11) & 0x100000) | (i & 0xff000) | ((i >> 9) & 0x800) |
                 ((i >> 20) & 0x7fe);
    return (int32_t)(u << 11) >> 11;
}

static const uint16_t branch_ops[8] = {
    OP_BEQ, OP_BNE, OP_ILLEGAL, OP_ILLEGAL, OP_BLT, OP_BGE, OP_BLTU, OP_BGEU,
};
static const uint16_t load_ops[8] = {
    OP_LB, OP_LH, OP_LW, OP_LD, OP_LBU, OP_LHU, OP_LWU, OP_ILLEGAL,
};
static const uint16_t store_ops[8] = {
    OP_SB, OP_SH, OP_SW, OP_SD, OP_ILLEGAL, OP_ILLEGAL, OP_ILLEGAL, OP_ILLEGAL,
};

/* OP-IMM: on RV32 the shifts and ADDI share the W forms' 32-bit semantics
 * because registers hold sign-extended 32-bit values. */
static uint16_t op_imm(uint32_t i, int xlen)
{
    uint32_t f6 = i >> 26;
    bool rv32 = xlen == 32;
    switch (FUNCT3(i)) {
    case 0: return rv32 ? OP_ADDIW : OP_ADDI;
    case 1:
        if (f6 || (rv32 && (i & (1u << 25))))
            return OP_ZB;
        return rv32 ? OP_SLLIW : OP_SLLI;
    case 2: return OP_SLTI;
    case 3: return OP_SLTIU;
    case 4: return OP_XORI;
    case 5:
        if ((f6 != 0 && f6 != 0x10) || (rv32 && (i & (1u << 25))))
            return OP_ZB;
        if (f6 == 0x10)
            return rv32 ? OP_SRAIW : OP_SRAI;
        return rv32 ? OP_SRLIW : OP_SRLI;
    case 6: return OP_ORI;
    default: return OP_ANDI;
    }
}

static uint16_t op_imm32(uint32_t i)
{
    switch (FUNCT3(i)) {
    case 0: return OP_ADDIW;
    case 1: return FUNCT7(i) == 0 ? OP_SLLIW : OP_ZB;
    case 5:
        if (FUNCT7(i) == 0)
            return OP_SRLIW;
        return FUNCT7(i) == 0x20 ? OP_SRAIW : OP_ZB;
    default: return OP_ZB;
    }
}

static uint16_t op_reg(uint32_t i, int xlen)
{
    static const uint16_t base64[16] = {
        [0] = OP_ADD, [1] = OP_SLL, [2] = OP_SLT, [3] = OP_SLTU, [4] = OP_XOR,
        [5] = OP_SRL, [6] = OP_OR, [7] = OP_AND, [8] = OP_SUB, [13] = OP_SRA,
    };
    static const uint16_t base32[16] = {
        [0] = OP_ADDW, [1] = OP_SLLW, [2] = OP_SLT, [3] = OP_SLTU, [4] = OP_XOR,
        [5] = OP_SRLW, [6] = OP_OR, [7] = OP_AND, [8] = OP_SUBW, [13] = OP_SRAW,
    };
    static const uint16_t mul64[8] = {
        OP_MUL, OP_MULH, OP_MULHSU, OP_MULHU, OP_DIV, OP_DIVU, OP_REM, OP_REMU,
    };
    static const uint16_t mul32[8] = {
        OP_MULW, OP_MULH32, OP_MULHSU32, OP_MULHU32, OP_DIVW, OP_DIVUW, OP_REMW, OP_REMUW,
    };
    uint32_t f7 = FUNCT7(i), f3 = FUNCT3(i);
    if (f7 == 1)
        return xlen == 32 ? mul32[f3] : mul64[f3];
    if (f7 != 0 && f7 != 0x20)
        return OP_ZB;
    uint16_t op = (xlen == 32 ? base32 : base64)[(f7 ? 8 : 0) | f3];
    return op ? op : OP_ZB;
}

static uint16_t op_reg32(uint32_t i)
{
    static const uint16_t ops[16] = {
        [0] = OP_ADDW, [1] = OP_SLLW, [5] = OP_SRLW, [8] = OP_SUBW, [13] = OP_SRAW,
    };
    static const uint16_t mul[8] = {
        OP_MULW, 0, 0, 0, OP_DIVW, OP_DIVUW, OP_REMW, OP_REMUW,
    };
    uint32_t f7 = FUNCT7(i), f3 = FUNCT3(i);
    if (f7 == 1)
        return mul[f3] ? mul[f3] : OP_ILLEGAL;
    if (f7 != 0 && f7 != 0x20)
        return OP_ZB;
    uint16_t op = ops[(f7 ? 8 : 0) | f3];
    return op ? op : OP_ZB;
}

/* MISC-MEM: fence, fence.i, and the Zicbo* cache-block operations. */
static uint16_t op_misc_mem(uint32_t i)
{
    if (FUNCT3(i) <= 1)
        return OP_FENCE;
    if (FUNCT3(i) == 2 && RD(i) == 0)
        return OP_CBO;
    return OP_ILLEGAL;
}

static uint16_t decode_op(uint32_t i, int xlen, int32_t *imm)
{
    bool rv64 = xlen == 64;
    switch (i & 0x7f) {
    case 0x37: *imm = imm_u(i); return OP_LUI;
    case 0x17: *imm = imm_u(i); return OP_AUIPC;
    case 0x6f: *imm = imm_j(i); return OP_JAL;
    case 0x67: *imm = imm_i(i); return FUNCT3(i) ? OP_ILLEGAL : OP_JALR;
    case 0x63: *imm = imm_b(i); return branch_ops[FUNCT3(i)];
    case 0x03: {
        *imm = imm_i(i);
        uint16_t op = load_ops[FUNCT3(i)];
        return (!rv64 && (op == OP_LD || op == OP_LWU)) ? OP_ILLEGAL : op;
    }
    case 0x23: {
        *imm = imm_s(i);
        uint16_t op = store_ops[FUNCT3(i)];
        return (!rv64 && op == OP_SD) ? OP_ILLEGAL : op;
    }
    case 0x13: {
        uint16_t op = op_imm(i, xlen);
        bool shift = op == OP_SLLI || op == OP_SRLI || op == OP_SRAI ||
                     op == OP_SLLIW || op == OP_SRLIW || op == OP_SRAIW;
        *imm = shift ? (int32_t)((i >> 20) & 63) : imm_i(i);
        return op;
    }
    case 0x1b: {
        uint16_t op = op_imm32(i);
        *imm = op == OP_ADDIW ? imm_i(i) : (int32_t)((i >> 20) & 31);
        return rv64 ? op : OP_ILLEGAL;
    }
    case 0x33: return op_reg(i, xlen);
    case 0x3b: return rv64 ? op_reg32(i) : OP_ILLEGAL;
    case 0x0f: *imm = imm_i(i); return op_misc_mem(i);
    case 0x2f: return OP_AMO;
    case 0x73: *imm = (int32_t)(i >> 20); return FUNCT3(i) == 0 ? OP_SYSTEM
                                              : FUNCT3(i) == 4 ? OP_ILLEGAL : OP_CSR;
    case 0x07:
        *imm = imm_i(i);
        return FUNCT3(i) == 2 ? OP_FLW : FUNCT3(i) == 3 ? OP_FLD : OP_ILLEGAL;
    case 0x27:
        *imm = imm_s(i);
        return FUNCT3(i) == 2 ? OP_FSW : FUNCT3(i) == 3 ? OP_FSD : OP_ILLEGAL;
    case 0x43: case 0x47: case 0x4b: case 0x4f: case 0x53:
        return OP_FP;
    default:
        return OP_ILLEGAL;
    }
}

void decode_insn(DecodedInsn *d, uint32_t bits, int xlen)
{
    uint32_t insn = bits;
    d->check = bits;
    d->len = 4;
    if ((bits & 3) != 3) {
        insn = rvc_expand((uint16_t)bits, xlen);
        d->len = 2;
    }
    d->imm = 0;
    d->op = insn ? decode_op(insn, xlen, &d->imm) : OP_ILLEGAL;
    d->rd = RD(insn) ? (uint8_t)RD(insn) : REG_SINK;
    d->rs1 = (uint8_t)RS1(insn);
    d->rs2 = (uint8_t)RS2(insn);
    switch (d->op) {
    case OP_AMO: case OP_CSR: case OP_SYSTEM: case OP_CBO: case OP_FP: case OP_ZB:
        d->imm = (int32_t)insn; /* executed out of line from the whole instruction */
        break;
    case OP_FLW: case OP_FLD:
        d->rd = (uint8_t)RD(insn); /* f0 is an ordinary register */
        break;
    default:
        break;
    }
}
