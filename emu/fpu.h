/* F and D extensions: the computational instructions (unprivileged spec
 * chapters 11 and 12). FP loads and stores live in the interpreter. */
#ifndef RVBOX_EMU_FPU_H
#define RVBOX_EMU_FPU_H

#include <stdbool.h>
#include <stdint.h>

#include "hart.h"

/* Executes one instruction of major opcode OP-FP (0x53), FMADD (0x43),
 * FMSUB (0x47), FNMSUB (0x4b) or FNMADD (0x4f): reads/writes h->f, h->x,
 * h->fflags, honours h->frm for rm=7, NaN-boxes single results, marks
 * mstatus.FS dirty when it writes f[] or fflags.
 * Returns false (nothing changed) when the instruction is illegal: FS is
 * Off, an unknown encoding, or an invalid rounding mode. */
bool fpu_execute(Hart *h, uint32_t insn);

#endif
