/* Debug triggers: the Sdtrig trigger module the guest programs through
 * tselect/tdata1-3/tinfo (RISC-V Debug Specification 1.0, chapter 5,
 * mcontrol6 address triggers), and a debugger's hardware breakpoints and
 * watchpoints (emu/debug.h), which share the match code but not the
 * state: a debugger never changes what the guest reads in tdata1.
 *
 * Nothing is checked while trig.armed is 0. With an execute trigger or
 * breakpoint armed, hart_run runs one instruction at a time and checks its
 * address first; with a load or store trigger armed, the soft TLB caches no
 * data page a trigger covers, so every access to one reaches the slow path
 * in mmu.c, which checks it before it happens. */
#ifndef RVBOX_EMU_TRIGGER_H
#define RVBOX_EMU_TRIGGER_H

#include <stdbool.h>
#include <stdint.h>

#define HART_TRIGGERS 4    /* guest triggers: tselect 0..3 */
#define HART_WATCHES 16    /* debugger breakpoints and watchpoints */

/* What an access is, as the low bits of mcontrol6 (load 0, store 1,
 * execute 2) spell it. */
enum { TRIG_LOAD = 1, TRIG_STORE = 2, TRIG_EXEC = 4 };

/* One trigger as the match code sees it: it matches an access of a kind in
 * kinds, made in a privilege whose bit (1 << PRV_x) is in privs, of size
 * bytes (0 = any size), that touches a byte in [lo, hi]. A guest trigger
 * with chain set matches only together with the next one (mcontrol6.chain). */
typedef struct TrigMatch {
    uint64_t lo, hi;
    uint8_t kinds, privs, size;
    bool chain;
} TrigMatch;

typedef struct Triggers {
    /* The guest's trigger module: its CSRs as read back (legal values). */
    uint64_t tselect;
    uint64_t tdata1[HART_TRIGGERS], tdata2[HART_TRIGGERS];
    TrigMatch guest[HART_TRIGGERS];   /* decoded from tdata1/tdata2 */

    /* The debugger's breakpoints (TRIG_EXEC, lo = hi) and watchpoints. */
    TrigMatch watch[HART_WATCHES];
    int nwatch;

    /* Every kind some enabled trigger or watch fires on: 0 when the hart
     * needs no checks at all. */
    uint8_t armed;

    /* The debugger watch that stopped the last hart_run: the address that
     * matched (a byte of the access inside the watch; the pc for a
     * breakpoint) and the watch's kinds. */
    bool hit;
    uint64_t hit_addr;
    uint8_t hit_kinds;
} Triggers;

struct Hart;

/* Disables every guest trigger and forgets the debugger's (reset). */
void trig_reset(struct Hart *h);

/* Reads or writes trigger CSR csr (tselect 0x7a0 .. tinfo 0x7a4) with its
 * WARL rules; false for any other CSR number. */
bool trig_csr_read(struct Hart *h, uint32_t csr, uint64_t *value);
bool trig_csr_write(struct Hart *h, uint32_t csr, uint64_t value);

/* The value tdata1 of trigger index (0 .. HART_TRIGGERS-1) holds after a
 * write of v on an xlen-bit hart: an mcontrol6 trigger with only the
 * fields this hart implements, or type 15 (disabled) for anything it does
 * not support (Debug spec §5.7: writing an unsupported configuration may
 * leave the trigger disabled). */
uint64_t trig_legal_tdata1(uint64_t v, int xlen, int index);

/* tdata1 of a trigger after reset: an mcontrol6 trigger enabled in no
 * mode, which never matches. */
uint64_t trig_reset_tdata1(int xlen);

/* Recomputes what is armed after a change of tdata1/tdata2 (or a loaded
 * state): flushes the soft TLB when data triggers may now cover pages it
 * caches. */
void trig_update(struct Hart *h);

/* Before the instruction at h->pc runs (hart_run, only while TRIG_EXEC is
 * armed): true when an execute trigger fired, either a guest breakpoint
 * exception, taken now (xepc = xtval = pc), or a debugger breakpoint,
 * which ends the slice with nothing done. */
bool trig_check_exec(struct Hart *h);

/* Before a data access of size bytes at virtual address va (kind
 * TRIG_LOAD or TRIG_STORE; only while that kind is armed). False when a
 * trigger fired: hart_raise() holds a breakpoint exception with xtval =
 * the matching address, or the debugger stop (TRAP_DEBUGGER). */
bool trig_check_data(struct Hart *h, uint64_t va, uint64_t size, int kind);

/* True when a trigger of the kind that access (ACCESS_READ/WRITE) checks
 * covers a byte of the page at va: its TLB entry must stay empty. */
bool trig_page_watched(const struct Hart *h, uint64_t va, int access);

#endif
