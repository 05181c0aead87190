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

typedef struct DecodedInsn {
    uint32_t check;  /* the 32 bits at the instruction's address when decoded */
    int32_t imm;     /* sign-extended immediate or shift amount; for the
                      * out-of-line operations (AMO, CSR, SYSTEM, CBO, FP, ZB)
                      * the whole instruction, expanded if compressed */
    const void *handler; /* the interpreter's code for op (set by the interpreter) */
    uint16_t op;     /* OP_* */
    uint8_t rd;      /* destination, REG_SINK for x0 (an f register for FLW/FLD) */
    uint8_t rs1, rs2;
    uint8_t len;     /* 2 or 4 bytes */
} DecodedInsn;

/* Decodes the instruction whose first 32 bits (little-endian, the upper
 * half may belong to the next instruction) are bits, for xlen 32 or 64.
 * Illegal encodings decode to OP_ILLEGAL. */
void decode_insn(DecodedInsn *d, uint32_t bits, int xlen);

#endif
