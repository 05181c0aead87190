/* Debugger access to a hart: memory through the hart's current translation,
 * registers by GDB register number, and single steps that report what the
 * step did (for instruction traces and the GDB stub).
 *
 * Reads have no effect on guest-visible state when they hit RAM: the page
 * walk here sets no A/D bits, fills no TLB entry and raises no trap. */
#ifndef RVBOX_EMU_DEBUG_H
#define RVBOX_EMU_DEBUG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hart.h"

/* GDB's RISC-V register numbers (gdb/riscv-tdep.h): x0-x31 = 0-31, pc = 32,
 * f0-f31 = 33-64, CSR n = 65 + n (fflags 66, frm 67, fcsr 68), and the
 * virtual "priv" register. */
enum {
    DBG_REG_PC = 32,
    DBG_REG_F0 = 33,
    DBG_REG_CSR0 = 65,
    DBG_REG_PRIV = 65 + 4096,
};

/* Reads len bytes at virtual address vaddr as the hart would see them now
 * (satp and privilege; M mode or Bare: physical). Page permissions are not
 * checked: a debugger may look at any mapped page. RAM is read directly;
 * other physical addresses go to the device (a device read may have the
 * device's read side effects). Returns false, with buf partly filled, when
 * a page is unmapped or an address decodes to nothing. */
bool hart_debug_read(Hart *h, uint64_t vaddr, void *buf, size_t len);

/* Writes len bytes at vaddr, translated as for hart_debug_read; the bytes
 * land in RAM or go to the device as byte writes. False when a page is
 * unmapped or an address decodes to nothing (earlier bytes stay written). */
bool hart_debug_write(Hart *h, uint64_t vaddr, const void *buf, size_t len);

/* Reads register regno (DBG_REG_*; x0-x31, pc, f0-f31 raw 64-bit, CSRs
 * read as from M mode, priv). Values are XLEN wide (FP registers 64 bits).
 * False for a register that does not exist. */
bool hart_debug_get_reg(Hart *h, int regno, uint64_t *value);

/* Writes register regno; x0 ignores writes, CSRs are written as from M
 * mode with the CSR's own WARL rules, priv accepts 0, 1 and 3. False when
 * the register does not exist or refuses the write. */
bool hart_debug_set_reg(Hart *h, int regno, uint64_t value);

/* What one hart_debug_step() did. */
typedef struct HartStep {
    uint64_t pc;         /* pc of the instruction attempted */
    uint32_t insn;       /* its bits (low 16 for a compressed one) */
    bool have_insn;      /* insn could be read */
    bool retired;        /* the instruction retired */
    bool interrupt;      /* an interrupt was taken before it ... */
    uint64_t irq_pc;     /* ... at this pc */
    bool trap;           /* the instruction raised an exception */
    uint64_t cause, tval; /* for interrupt/trap: xcause and xtval of the
                          * mode that took it */
    uint64_t handler;    /* pc after the trap */
    int dest;            /* GDB number of the register it wrote, or -1 */
    bool watch;          /* a debugger breakpoint or watchpoint stopped the
                          * hart before it (nothing done; see below) */
} HartStep;

/* Executes one instruction (taking any pending interrupt first) and fills
 * *s. Returns the number of instructions hart_run() counted: 0 when the
 * hart sits in WFI with nothing pending (nothing executed), else 1. */
int hart_debug_step(Hart *h, HartStep *s);

/* A debugger's hardware breakpoints and watchpoints (GDB's Z1-Z4). The
 * hart checks them with the code of its Sdtrig triggers (trigger.h) but
 * keeps them apart: the guest's tselect/tdata1 never show them, and a
 * guest reprogramming its triggers cannot remove them. They match in every
 * privilege, on virtual addresses, before the access or instruction: when
 * one matches, hart_run returns with the instruction not done and pc on
 * it (the debugger steps over it with the watch removed, as GDB does). */
enum {
    HART_WATCH_LOAD = TRIG_LOAD,   /* a load or AMO reads a byte of it */
    HART_WATCH_STORE = TRIG_STORE, /* a store, AMO or cbo writes one */
    HART_WATCH_EXEC = TRIG_EXEC,   /* an instruction at its first byte runs */
};

/* Arms a watch on the bytes [addr, addr + len) (len >= 1; for
 * HART_WATCH_EXEC use len 1) for kinds (HART_WATCH_* ORed). Inserting one
 * already there succeeds. False when len or kinds is 0, or HART_WATCHES
 * (16) are in use. */
bool hart_debug_watch_insert(Hart *h, uint64_t addr, uint64_t len, int kinds);

/* Removes the watch inserted with the same addr, len and kinds; false
 * when there is none. */
bool hart_debug_watch_remove(Hart *h, uint64_t addr, uint64_t len, int kinds);

/* Removes every watch (the debugger detached). */
void hart_debug_watch_clear(Hart *h);

/* True when the last hart_run (or hart_debug_step) stopped at a watch;
 * then *addr is the address that matched (a byte of the access inside the
 * watch, or the pc for a breakpoint) and *kinds the watch's kinds. Either
 * pointer may be NULL. */
bool hart_debug_watch_hit(const Hart *h, uint64_t *addr, int *kinds);

/* GDB number of the register the instruction insn (32-bit, or 16-bit
 * compressed) writes, or -1 when it writes none (stores, branches, x0). */
int hart_debug_dest_reg(uint32_t insn, int xlen);

#endif
