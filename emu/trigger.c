/* Debug triggers (see trigger.h): the Sdtrig CSRs, mcontrol6 address
 * matching (RISC-V Debug Specification 1.0, §5.7), and the debugger's
 * breakpoints and watchpoints (debug.h), checked by the same code. */
#include "trigger.h"

#include "debug.h"
#include "hart_priv.h"

enum {
    CSR_TSELECT = 0x7a0, CSR_TDATA1 = 0x7a1, CSR_TDATA2 = 0x7a2, CSR_TDATA3 = 0x7a3,
    CSR_TINFO = 0x7a4,
};

/* tdata1.type (§5.7.2) */
enum { TYPE_MCONTROL6 = 6, TYPE_DISABLED = 15 };

/* mcontrol6 fields (§5.7.11). Not implemented, so reading 0: dmode (no
 * Debug Mode), uncertain, hit1, vs, vu (no H), uncertainen. */
#define MC6_LOAD (1ull << 0)
#define MC6_STORE (1ull << 1)
#define MC6_EXECUTE (1ull << 2)
#define MC6_U (1ull << 3)
#define MC6_S (1ull << 4)
#define MC6_M (1ull << 6)
#define MC6_MATCH_SHIFT 7     /* 4 bits */
#define MC6_CHAIN (1ull << 11)
#define MC6_ACTION_SHIFT 12   /* 4 bits; only 0, a breakpoint exception */
#define MC6_SIZE_SHIFT 16     /* 3 bits */
#define MC6_SELECT (1ull << 21) /* 1 = data-value match: not offered, legalized to disabled */
#define MC6_HIT0 (1ull << 22)
#define MC6_KINDS (MC6_LOAD | MC6_STORE | MC6_EXECUTE)
#define MC6_KEPT (MC6_KINDS | MC6_U | MC6_S | MC6_M | (0xfull << MC6_MATCH_SHIFT) | \
                  MC6_CHAIN | (7ull << MC6_SIZE_SHIFT) | MC6_HIT0)

/* mcontrol6.match values implemented: each selects one address range. */
enum { MATCH_EQUAL = 0, MATCH_NAPOT = 1, MATCH_GE = 2, MATCH_LT = 3 };

/* tinfo (§5.7.6): version 1 (the ratified 1.0), types 6 and 15. */
#define TINFO_VALUE ((1u << 24) | (1u << TYPE_MCONTROL6) | (1u << TYPE_DISABLED))

#define ALL_PRIVS ((1u << PRV_U) | (1u << PRV_S) | (1u << PRV_M))

static uint64_t type_bits(int type, int xlen)
{
    return (uint64_t)type << (xlen - 4);
}

static int tdata1_type(uint64_t v, int xlen)
{
    return (int)(v >> (xlen - 4)) & 0xf;
}

/* Bytes an access must have for mcontrol6.size (0 = any size), or -1 for
 * the sizes no RV64GC access has (48, 128 bits). */
static int size_bytes(unsigned size)
{
    static const int bytes[8] = { 0, 1, 2, 4, -1, 8, -1, -1 };
    return bytes[size & 7];
}

static unsigned mc6_field(uint64_t v, int shift, unsigned mask)
{
    return (unsigned)(v >> shift) & mask;
}

uint64_t trig_legal_tdata1(uint64_t v, int xlen, int index)
{
    uint64_t disabled = type_bits(TYPE_DISABLED, xlen);
    if (xlen == 32) {
        v = (uint32_t)v;
    }
    if (tdata1_type(v, xlen) != TYPE_MCONTROL6 || (v & MC6_SELECT) ||
        mc6_field(v, MC6_ACTION_SHIFT, 0xf) != 0 ||
        mc6_field(v, MC6_MATCH_SHIFT, 0xf) > MATCH_LT ||
        size_bytes(mc6_field(v, MC6_SIZE_SHIFT, 7)) < 0) {
        return disabled;
    }
    v &= MC6_KEPT;
    if (index == HART_TRIGGERS - 1) {
        v &= ~MC6_CHAIN; /* there is no next trigger to chain to */
    }
    return type_bits(TYPE_MCONTROL6, xlen) | v;
}

/* The low bits a NAPOT tdata2 leaves out of the compare: everything up to
 * and including its least-significant 0 bit (§5.7.11, match = 1). */
static uint64_t napot_mask(uint64_t t2)
{
    int zero = ~t2 ? __builtin_ctzll(~t2) : 64;
    return zero >= 63 ? UINT64_MAX : (2ull << zero) - 1;
}

/* tdata2 after a write of v to trigger i: XLEN bits; under NAPOT, maskmax6
 * is XLEN-1, so all ones in bits XLEN-2:0 clear bit XLEN-2 (§5.7.11). */
static uint64_t legal_tdata2(const Hart *h, int i, uint64_t v)
{
    uint64_t t1 = h->trig.tdata1[i];
    uint64_t low = (1ull << (h->xlen - 1)) - 1;
    if (h->xlen == 32) {
        v = (uint32_t)v;
    }
    if (tdata1_type(t1, h->xlen) == TYPE_MCONTROL6 &&
        mc6_field(t1, MC6_MATCH_SHIFT, 0xf) == MATCH_NAPOT && (v & low) == low) {
        v &= ~(1ull << (h->xlen - 2));
    }
    return v;
}

/* What guest trigger tdata1/tdata2 matches; kinds 0 for a trigger that
 * cannot match (disabled, or lt 0). */
static TrigMatch decode(uint64_t t1, uint64_t t2, int xlen)
{
    TrigMatch m = { 0 };
    uint64_t top = xlen == 32 ? UINT32_MAX : UINT64_MAX;
    if (tdata1_type(t1, xlen) != TYPE_MCONTROL6) {
        return m;
    }
    m.kinds = (uint8_t)(t1 & MC6_KINDS);
    m.privs = (uint8_t)(((t1 & MC6_M) ? 1u << PRV_M : 0) | ((t1 & MC6_S) ? 1u << PRV_S : 0) |
                        ((t1 & MC6_U) ? 1u << PRV_U : 0));
    m.size = (uint8_t)size_bytes(mc6_field(t1, MC6_SIZE_SHIFT, 7));
    m.chain = t1 & MC6_CHAIN;
    switch (mc6_field(t1, MC6_MATCH_SHIFT, 0xf)) {
    case MATCH_EQUAL:
        m.lo = m.hi = t2;
        break;
    case MATCH_NAPOT:
        m.lo = t2 & ~napot_mask(t2);
        m.hi = (t2 | napot_mask(t2)) & top;
        break;
    case MATCH_GE:
        m.lo = t2;
        m.hi = top;
        break;
    default: /* MATCH_LT */
        m.hi = t2 - 1;
        m.kinds = t2 ? m.kinds : 0;
        break;
    }
    return m;
}

void trig_update(Hart *h)
{
    Triggers *t = &h->trig;
    uint8_t armed = 0;
    for (int i = 0; i < HART_TRIGGERS; i++) {
        t->guest[i] = decode(t->tdata1[i], t->tdata2[i], h->xlen);
        armed |= t->guest[i].privs ? t->guest[i].kinds : 0;
    }
    for (int i = 0; i < t->nwatch; i++) {
        armed |= t->watch[i].kinds;
    }
    t->armed = armed;
    if (armed & (TRIG_LOAD | TRIG_STORE)) {
        hart_tlb_flush(h); /* cached pages may now be watched */
    }
    h->budget = 0; /* hart_run looks at trig.armed before the next instruction */
}

uint64_t trig_reset_tdata1(int xlen)
{
    return type_bits(TYPE_MCONTROL6, xlen);
}

void trig_reset(Hart *h)
{
    Triggers *t = &h->trig;
    t->tselect = 0;
    for (int i = 0; i < HART_TRIGGERS; i++) {
        t->tdata1[i] = trig_reset_tdata1(h->xlen);
        t->tdata2[i] = 0;
    }
    t->nwatch = 0;
    t->hit = false;
    trig_update(h);
}

bool trig_csr_read(Hart *h, uint32_t csr, uint64_t *value)
{
    const Triggers *t = &h->trig;
    switch (csr) {
    case CSR_TSELECT: *value = t->tselect; return true;
    case CSR_TDATA1: *value = t->tdata1[t->tselect]; return true;
    case CSR_TDATA2: *value = t->tdata2[t->tselect]; return true;
    case CSR_TDATA3: *value = 0; return true; /* textra: no context match fields */
    case CSR_TINFO: *value = TINFO_VALUE; return true;
    default: return false;
    }
}

bool trig_csr_write(Hart *h, uint32_t csr, uint64_t value)
{
    Triggers *t = &h->trig;
    int i = (int)t->tselect;
    switch (csr) {
    case CSR_TSELECT:
        /* WARL: an index with no trigger leaves tselect as it was, so the
         * enumeration of §5.5 stops when it reads back another value. */
        if (value < HART_TRIGGERS) {
            t->tselect = value;
        }
        return true;
    case CSR_TDATA1:
        t->tdata1[i] = trig_legal_tdata1(value, h->xlen, i);
        trig_update(h);
        return true;
    case CSR_TDATA2:
        t->tdata2[i] = legal_tdata2(h, i, value);
        trig_update(h);
        return true;
    case CSR_TDATA3: case CSR_TINFO:
        return true; /* no writable fields */
    default:
        return false;
    }
}

/* True when m matches an access of kind by privilege priv, size bytes,
 * touching [lo, hi]; *addr is then the lowest byte of it that m covers. */
static bool matches(const TrigMatch *m, int kind, int priv, uint64_t size, uint64_t lo,
                    uint64_t hi, uint64_t *addr)
{
    if (!(m->kinds & kind) || !(m->privs & (1u << priv)) || (m->size && m->size != size) ||
        hi < m->lo || lo > m->hi) {
        return false;
    }
    *addr = lo > m->lo ? lo : m->lo;
    return true;
}

/* Option 1 of §5.4 ("Native Triggers") against re-entrancy: no trigger
 * breakpoint while the handler that would take it may be running, i.e. in
 * M with mstatus.MIE = 0, or in S with SIE = 0 when breakpoints are
 * delegated to S. (Option 2, tcontrol, would need medeleg[3] hard-wired to
 * 0, but Linux takes its own ebreaks in S.) */
static bool guest_may_fire(const Hart *h)
{
    if (h->priv == PRV_M) {
        return h->mstatus & MSTATUS_MIE;
    }
    if (h->priv == PRV_S && ((h->medeleg >> CAUSE_BREAKPOINT) & 1)) {
        return h->mstatus & MSTATUS_SIE;
    }
    return true;
}

/* The guest's triggers, chains in index order: a chain fires when all of
 * its triggers match the access. Sets hit0 on every trigger of the chain
 * that fired and *addr to the address that matched: the lowest byte of
 * the access that every trigger of the chain covers (for a chain of ge
 * and lt, the first byte inside the range). */
static bool guest_fires(Hart *h, int kind, uint64_t size, uint64_t lo, uint64_t hi,
                        uint64_t *addr)
{
    Triggers *t = &h->trig;
    bool all = true;
    int first = 0;
    uint64_t at = 0;
    if (!guest_may_fire(h)) {
        return false;
    }
    for (int i = 0; i < HART_TRIGGERS; i++) {
        uint64_t a;
        if (matches(&t->guest[i], kind, h->priv, size, lo, hi, &a)) {
            at = a > at ? a : at;
        } else {
            all = false;
        }
        if (t->guest[i].chain) {
            continue;
        }
        if (all) {
            for (int j = first; j <= i; j++) {
                t->tdata1[j] |= MC6_HIT0;
            }
            *addr = at;
            return true;
        }
        all = true;
        first = i + 1;
        at = 0;
    }
    return false;
}

/* The debugger's watches; the first that matches is recorded as the hit. */
static bool watch_fires(Hart *h, int kind, uint64_t size, uint64_t lo, uint64_t hi)
{
    Triggers *t = &h->trig;
    for (int i = 0; i < t->nwatch; i++) {
        uint64_t a;
        if (matches(&t->watch[i], kind, h->priv, size, lo, hi, &a)) {
            t->hit = true;
            t->hit_addr = a;
            t->hit_kinds = t->watch[i].kinds;
            return true;
        }
    }
    return false;
}

/* Length in bytes of the instruction at pc, or 0 when it cannot be read
 * (its fetch will fault). Only size-limited execute triggers need it. */
static uint64_t insn_length(Hart *h, uint64_t pc)
{
    for (int i = 0; i < HART_TRIGGERS; i++) {
        if ((h->trig.guest[i].kinds & TRIG_EXEC) && h->trig.guest[i].size) {
            uint16_t parcel;
            if (!hart_debug_read(h, pc, &parcel, 2)) {
                return 0;
            }
            return (parcel & 3) == 3 ? 4 : 2;
        }
    }
    return 0;
}

bool trig_check_exec(Hart *h)
{
    uint64_t pc = h->pc, addr;
    uint64_t len = insn_length(h, pc);
    if (watch_fires(h, TRIG_EXEC, len, pc, pc)) {
        hart_end_slice(h);
        return true;
    }
    if (guest_fires(h, TRIG_EXEC, len, pc, pc, &addr)) {
        hart_take_trap(h, CAUSE_BREAKPOINT, pc);
        return true;
    }
    return false;
}

bool trig_check_data(Hart *h, uint64_t va, uint64_t size, int kind)
{
    uint64_t top = h->xlen == 32 ? UINT32_MAX : UINT64_MAX;
    uint64_t hi = va + size - 1, addr;
    if (hi < va || hi > top) {
        hi = top; /* wraps around the address space: the end is enough */
    }
    if (watch_fires(h, kind, size, va, hi)) {
        hart_raise(h, TRAP_DEBUGGER, h->trig.hit_addr);
        return false;
    }
    if (guest_fires(h, kind, size, va, hi, &addr)) {
        hart_raise(h, CAUSE_BREAKPOINT, addr);
        return false;
    }
    return true;
}

bool trig_page_watched(const Hart *h, uint64_t va, int access)
{
    const Triggers *t = &h->trig;
    int kind = access == ACCESS_READ ? TRIG_LOAD : access == ACCESS_WRITE ? TRIG_STORE : 0;
    uint64_t lo = va & ~0xfffull, hi = lo | 0xfff;
    if (!(t->armed & kind)) {
        return false;
    }
    for (int i = 0; i < HART_TRIGGERS + t->nwatch; i++) {
        const TrigMatch *m = i < HART_TRIGGERS ? &t->guest[i] : &t->watch[i - HART_TRIGGERS];
        if ((m->kinds & kind) && hi >= m->lo && lo <= m->hi) {
            return true;
        }
    }
    return false;
}

/* --- the debugger's breakpoints and watchpoints (debug.h) ---------------- */

static int find_watch(const Triggers *t, uint64_t lo, uint64_t hi, int kinds)
{
    for (int i = 0; i < t->nwatch; i++) {
        if (t->watch[i].lo == lo && t->watch[i].hi == hi && t->watch[i].kinds == kinds) {
            return i;
        }
    }
    return -1;
}

/* The last byte of [addr, addr + len), kept inside the address space. */
static uint64_t watch_end(uint64_t addr, uint64_t len)
{
    uint64_t hi = addr + len - 1;
    return hi < addr ? UINT64_MAX : hi;
}

bool hart_debug_watch_insert(Hart *h, uint64_t addr, uint64_t len, int kinds)
{
    Triggers *t = &h->trig;
    kinds &= TRIG_LOAD | TRIG_STORE | TRIG_EXEC;
    if (len == 0 || kinds == 0) {
        return false;
    }
    uint64_t hi = watch_end(addr, len);
    if (find_watch(t, addr, hi, kinds) >= 0) {
        return true; /* GDB may insert the same one twice */
    }
    if (t->nwatch == HART_WATCHES) {
        return false;
    }
    t->watch[t->nwatch++] = (TrigMatch){ .lo = addr, .hi = hi, .kinds = (uint8_t)kinds,
                                         .privs = ALL_PRIVS };
    trig_update(h);
    return true;
}

bool hart_debug_watch_remove(Hart *h, uint64_t addr, uint64_t len, int kinds)
{
    Triggers *t = &h->trig;
    int i = len ? find_watch(t, addr, watch_end(addr, len), kinds) : -1;
    if (i < 0) {
        return false;
    }
    t->watch[i] = t->watch[--t->nwatch];
    trig_update(h);
    return true;
}

void hart_debug_watch_clear(Hart *h)
{
    h->trig.nwatch = 0;
    h->trig.hit = false;
    trig_update(h);
}

bool hart_debug_watch_hit(const Hart *h, uint64_t *addr, int *kinds)
{
    if (h->trig.hit) {
        if (addr) {
            *addr = h->trig.hit_addr;
        }
        if (kinds) {
            *kinds = h->trig.hit_kinds;
        }
    }
    return h->trig.hit;
}
