/* Bit manipulation (Zba, Zbb, Zbc, Zbs; unprivileged spec chapter 28) and
 * integer conditional operations (Zicond). */
#ifndef RVBOX_EMU_ZB_H
#define RVBOX_EMU_ZB_H

#include <stdbool.h>
#include <stdint.h>

/* Executes insn if it is a Zba/Zbb/Zbc/Zbs/Zicond instruction.
 *
 * insn: a 32-bit instruction with major opcode OP (0x33), OP-IMM (0x13),
 * OP-32 (0x3b) or OP-IMM-32 (0x1b); rs1_val/rs2_val: the source registers
 * (rs2_val is ignored by unary and immediate forms); xlen: 32 or 64.
 *
 * Returns true and stores the value for rd in *result when insn is one of
 * these instructions for that xlen; returns false and leaves *result alone
 * for anything else: base/M instructions, reserved encodings, the OP-32 and
 * OP-IMM-32 forms and add.uw/slli.uw/zext.h(64) when xlen is 32, and RV32
 * shift-immediates with shamt[5] set. The caller raises illegal instruction
 * (or tries its other decoders) on false.
 *
 * xlen 32: only the low 32 bits of the inputs are used and the result is
 * the 32-bit value sign-extended to 64 bits, as RV32 registers are kept. */
bool zb_execute(uint32_t insn, uint64_t rs1_val, uint64_t rs2_val, int xlen,
                uint64_t *result);

#endif
