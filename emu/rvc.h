/* C extension: compressed instructions (unprivileged spec chapter 16). */
#ifndef RVBOX_EMU_RVC_H
#define RVBOX_EMU_RVC_H

#include <stdint.h>

/* Expands a 16-bit instruction (low two bits != 3) to the 32-bit instruction
 * it stands for, for xlen 32 or 64 (RV32 and RV64 differ in C.JAL/C.ADDIW,
 * C.FLW/C.LD and friends). Returns 0 for an illegal or reserved encoding
 * (including the all-zero instruction), which the caller traps. */
uint32_t rvc_expand(uint16_t insn, int xlen);

#endif
