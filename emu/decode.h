/* Pre-decoded instructions: each instruction is decoded once into a compact
 * form (operation, registers, immediate) that the interpreter dispatches on
 * directly. XLEN differences are resolved here, so the interpreter's
 * operations need no run-time XLEN tests (RV32 ADD decodes as ADDW, ...). */
#ifndef RVBOX_EMU_DECODE_H
#define RVBOX_EMU_DECODE_H

#include <stdint.h>

/* Every operation the interpreter knows. DECODE marks a slot not decoded
 * yet; CROSS is a 32-bit instruction that straddles a page boundary;
 * PAGE_END is the sentinel after the last slot of a page. */
#define DECODE_OPS(X)                                                              \
    X(DECODE) X(ILLEGAL) X(CROSS) X(PAGE_END)                                      \
    X(LUI) X(AUIPC) X(JAL) X(JALR)                                                 \
    X(BEQ) X(BNE) X(BLT) X(BGE) X(BLTU) X(BGEU)                                    \
    X(LB) X(LH) X(LW) X(LD) X(LBU) X(LHU) X(LWU) X(SB) X(SH) X(SW) X(SD)           \
    X(ADDI) X(SLTI) X(SLTIU) X(XORI) X(ORI) X(ANDI) X(SLLI) X(SRLI) X(SRAI)        \
    X(ADD) X(SUB) X(SLL) X(SLT) X(SLTU) X(XOR) X(SRL) X(SRA) X(OR) X(AND)          \
    X(ADDIW) X(SLLIW) X(SRLIW) X(SRAIW) X(ADDW) X(SUBW) X(SLLW) X(SRLW) X(SRAW)    \
    X(MUL) X(MULH) X(MULHSU) X(MULHU) X(DIV) X(DIVU) X(REM) X(REMU)                \
    X(MULW) X(DIVW) X(DIVUW) X(REMW) X(REMUW) X(MULH32) X(MULHSU32) X(MULHU32)     \
    X(FENCE) X(CBO) X(AMO) X(CSR) X(SYSTEM)                                        \
    X(FLW) X(FLD) X(FSW) X(FSD) X(FP) X(ZB)

enum {
#define DECODE_ENUM(name) OP_##name,
    DECODE_OPS(DECODE_ENUM)
#undef DECODE_ENUM
    OP_COUNT
};

/* Register number that stands for x0 as a destination: writes land in a
 * sink register so no operation has to test rd == 0. */
#define REG_SINK 32

/* 16 bytes, so a decoded page (codecache.h) is 32 KiB. A zeroed entry is
 * a valid undecoded one: slot 0 is OP_DECODE. */
typedef struct DecodedInsn {
    uint32_t check;  /* the 32 bits at the instruction's address when decoded */
    int32_t imm;     /* sign-extended immediate or shift amount; for the
                      * out-of-line operations (AMO, CSR, SYSTEM, CBO, FP, ZB)
                      * the whole instruction, expanded if compressed */
    uint8_t op;      /* OP_* */
    uint8_t slot;    /* the interpreter's dispatch index: op, + SLOT_4 when
                      * the instruction is 4 bytes long */
    uint8_t rd;      /* destination, REG_SINK for x0 (an f register for FLW/FLD) */
    uint8_t rs1, rs2;
} DecodedInsn;

#define SLOT_4 128
_Static_assert(OP_COUNT <= SLOT_4, "an OP_* must fit in a slot's low 7 bits");

/* The instruction's length in bytes (2 or 4), from the bits it was decoded from. */
static inline int insn_len(const DecodedInsn *d)
{
    return (d->check & 3) == 3 ? 4 : 2;
}

/* Sets d->op (and its slot) to op, keeping the length. */
static inline void insn_set_op(DecodedInsn *d, int op)
{
    d->op = (uint8_t)op;
    d->slot = (uint8_t)(op + (insn_len(d) == 4 ? SLOT_4 : 0));
}

/* Decodes the instruction whose first 32 bits (little-endian, the upper
 * half may belong to the next instruction) are bits, for xlen 32 or 64.
 * Illegal encodings decode to OP_ILLEGAL. */
void decode_insn(DecodedInsn *d, uint32_t bits, int xlen);

#endif
