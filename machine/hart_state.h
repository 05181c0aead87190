/* Saving and restoring a hart's architectural state in a saved-state file
 * (devices/state.h): section "hart", instance = mhartid.
 *
 * Saved: x1-x31 (x0 as 0), f0-f31, pc, privilege, XLEN, fflags, frm,
 * every machine and supervisor CSR field of struct Hart (mstatus through
 * stimecmp, mhartid, pmpcfg, pmpaddr), instret, mcycle_off,
 * minstret_off, the trigger CSRs (tselect, tdata1/tdata2 of each trigger),
 * the LR/SC reservation and the WFI stall. A debugger's breakpoints and
 * watchpoints are not saved (they belong to the debugger) and survive a
 * load. Not saved, being rebuilt or belonging to
 * the machine: the soft TLB, the decoded-instruction cache, the bus, the
 * slice budget and stop flag, and the trap being raised inside an
 * instruction (saves happen between hart_run calls, when there is none). */
#ifndef RVBOX_MACHINE_HART_STATE_H
#define RVBOX_MACHINE_HART_STATE_H

#include <stddef.h>

#include "../devices/state.h"
#include "../emu/hart.h"

#define HART_STATE_SECTION "hart"
#define HART_STATE_VERSION 2   /* payload layout written by hart_save; 1 still loads */

/* Appends h's section to w (after state_put_header). Call between
 * hart_run calls. Returns 0, or -1 when w has failed (out of memory) or
 * mhartid does not fit the u32 section instance. */
int hart_save(const Hart *h, StateWriter *w);

/* Restores h from the "hart" section whose instance is h->mhartid in the
 * whole saved-state file file (header first; file->pos is ignored). h
 * must be set up by hart_init with the same XLEN (and misa) as the saved
 * hart, on the machine it is to run on; its bus is kept.
 *
 * Everything is validated before anything is assigned, so on an error h
 * is unchanged: the section must exist with version 1 (no minstret offset
 * or triggers: those are reset) or HART_STATE_VERSION and exactly the
 * length of that version; XLEN, misa and mhartid must equal h's;
 * priv must be 0, 1 or 3; fflags <= 31, frm <= 7; x0 = 0; pc even (and
 * < 2^32 on RV32); mstatus only known bits with MPP != 2; satp a supported
 * mode with no ASID bits; mip/mie/mideleg only interrupt bits 1,3,5,7,9,
 * 11; medeleg only causes 0-15; mtvec/stvec bit 1 clear; mepc/sepc bit 0
 * clear; counteren 32 bits; pmpcfg with reserved bits 6:5 clear, no
 * entry with W but not R, and the slots the XLEN leaves unused zero;
 * pmpaddr 54 bits; tselect < HART_TRIGGERS, each tdata1 a value a CSR
 * write leaves (trig_legal_tdata1), tdata2 XLEN bits. On success the soft TLB is flushed and the TLB sets
 * are re-selected for the restored privilege and MPRV/MPP.
 *
 * Returns 0, or -1 with a one-line reason (no newline) in err[0..errlen)
 * (err may be NULL when errlen is 0). */
int hart_load(Hart *h, const StateReader *file, char *err, size_t errlen);

#endif
