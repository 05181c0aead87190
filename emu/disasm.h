/* Disassembler for RV32/RV64 GC plus Zicsr, Zifencei, Zba, Zbb, Zbc, Zbs and
 * Zicond, in the style of GNU objdump (ABI register names, objdump's
 * aliases such as li, mv, ret, beqz, csrr). Used by the instruction trace
 * and available to any debugging tool. */
#ifndef RVBOX_EMU_DISASM_H
#define RVBOX_EMU_DISASM_H

#include <stddef.h>
#include <stdint.h>

/* Writes the disassembly of insn, fetched at pc, into buf (always
 * NUL-terminated when bufsize > 0; truncated to fit). insn holds a 16-bit
 * compressed instruction in its low half when its low two bits are not 11
 * (the upper half is then ignored). xlen is 32 or 64. Branch and jump
 * targets print as absolute addresses ("0x80000010"). An encoding that is
 * not a valid instruction prints as ".2byte 0x..." or ".4byte 0x...".
 * Returns the instruction length in bytes: 2 or 4. */
int disasm(char *buf, size_t bufsize, uint64_t pc, uint32_t insn, int xlen);

/* Name of a CSR as objdump spells it ("mstatus", "pmpaddr3"), or NULL when
 * it has none. csr is the 12-bit CSR number (privileged spec §2.2);
 * xlen 32 adds the RV32-only high halves (cycleh, mstatush ...). Names of
 * numbered families (pmpaddrN, mhpmcounterN) are formatted into tmp
 * (tmpsize bytes, 24 is enough) and that pointer is returned. */
const char *disasm_csr_name(uint32_t csr, int xlen, char *tmp, size_t tmpsize);

/* ABI names of the integer and floating-point registers ("zero", "ra", ...). */
extern const char *const disasm_xreg_names[32];
extern const char *const disasm_freg_names[32];

#endif
