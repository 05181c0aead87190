/* Hart save/restore (see hart_state.h).
 *
 * Payload of section "hart", version 2, little-endian:
 *     u8 xlen, u8 priv, u8 fflags, u8 frm, u8 wfi (0/1),
 *     u64 pc, u64 x[0..31], u64 f[0..31],
 *     u64 for each field of HART_U64_FIELDS in order,
 *     u64 pmpcfg[0..3], u64 pmpaddr[0..15],
 *     u64 minstret_off, u64 tselect, and for each of the HART_TRIGGERS (4)
 *     triggers u64 tdata1, u64 tdata2.
 * Version 1 ended after pmpaddr: it loads with minstret_off 0 (its instret
 * was minstret) and every trigger reset. Any change to this layout needs a
 * new HART_STATE_VERSION. */
#include "hart_state.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../emu/debug.h"
#include "../emu/pmp.h"
#include "../emu/trigger.h"

/* The 64-bit fields saved one after another, in file order. */
#define HART_U64_FIELDS(X)                                                          \
    X(mstatus) X(misa) X(medeleg) X(mideleg) X(mie) X(mip)                          \
    X(mtvec) X(mscratch) X(mepc) X(mcause) X(mtval) X(mcounteren) X(menvcfg)        \
    X(stvec) X(sscratch) X(sepc) X(scause) X(stval) X(scounteren) X(satp)           \
    X(senvcfg) X(stimecmp) X(mhartid) X(instret) X(mcycle_off) X(reservation)

/* The saved fields, read and checked here before any reaches the hart. */
typedef struct SavedHart {
    uint8_t xlen, priv, fflags, frm;
    bool wfi;
    uint64_t pc, x[32], f[32];
#define DECLARE_FIELD(name) uint64_t name;
    HART_U64_FIELDS(DECLARE_FIELD)
#undef DECLARE_FIELD
    uint64_t pmpcfg[4], pmpaddr[PMP_ENTRIES];
    uint64_t minstret_off, tselect;               /* version 2 on */
    uint64_t tdata1[HART_TRIGGERS], tdata2[HART_TRIGGERS];
} SavedHart;

#define IRQ_BITS (MIP_SSIP | MIP_MSIP | MIP_STIP | MIP_MTIP | MIP_SEIP | MIP_MEIP)
/* Every mstatus bit hart.h names; the hart never sets any other. */
#define MSTATUS_KNOWN (MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_UBE |         \
                       MSTATUS_MPIE | MSTATUS_SPP | MSTATUS_MPP | MSTATUS_FS |          \
                       MSTATUS_XS | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR |          \
                       MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR | MSTATUS_UXL |           \
                       MSTATUS_SXL | MSTATUS_SD64)
/* satp as csr.c stores it: RV64 MODE and a 44-bit PPN (no ASIDs), RV32
 * MODE and a 22-bit PPN. */
#define SATP64_KEPT ((0xfull << 60) | ((1ull << 44) - 1))
#define SATP32_KEPT 0x803fffffull
#define PMP_CFG_RESERVED 0x60u /* pmpcfg bits 6:5 (priv spec §3.7.1) */
#define PMPADDR_MASK ((1ull << 54) - 1)

int hart_save(const Hart *h, StateWriter *w)
{
    if (h->mhartid > UINT32_MAX) {
        return -1;
    }
    state_begin_section(w, HART_STATE_SECTION, (uint32_t)h->mhartid, HART_STATE_VERSION);
    state_put_u8(w, (uint8_t)h->xlen);
    state_put_u8(w, (uint8_t)h->priv);
    state_put_u8(w, (uint8_t)h->fflags);
    state_put_u8(w, (uint8_t)h->frm);
    state_put_bool(w, h->wfi);
    state_put_u64(w, h->pc);
    state_put_u64(w, 0); /* x0: the hart keeps it 0, x[32] is only a sink */
    for (int i = 1; i < 32; i++) {
        state_put_u64(w, h->x[i]);
    }
    for (int i = 0; i < 32; i++) {
        state_put_u64(w, h->f[i]);
    }
#define PUT_FIELD(name) state_put_u64(w, h->name);
    HART_U64_FIELDS(PUT_FIELD)
#undef PUT_FIELD
    for (int i = 0; i < 4; i++) {
        state_put_u64(w, h->pmpcfg[i]);
    }
    for (int i = 0; i < PMP_ENTRIES; i++) {
        state_put_u64(w, h->pmpaddr[i]);
    }
    state_put_u64(w, h->minstret_off);
    state_put_u64(w, h->trig.tselect);
    for (int i = 0; i < HART_TRIGGERS; i++) {
        state_put_u64(w, h->trig.tdata1[i]);
        state_put_u64(w, h->trig.tdata2[i]);
    }
    state_end_section(w);
    return w->failed ? -1 : 0;
}

static void read_saved(StateReader *r, SavedHart *s)
{
    s->xlen = state_get_u8(r);
    s->priv = state_get_u8(r);
    s->fflags = state_get_u8(r);
    s->frm = state_get_u8(r);
    s->wfi = state_get_bool(r);
    s->pc = state_get_u64(r);
    for (int i = 0; i < 32; i++) {
        s->x[i] = state_get_u64(r);
    }
    for (int i = 0; i < 32; i++) {
        s->f[i] = state_get_u64(r);
    }
#define GET_FIELD(name) s->name = state_get_u64(r);
    HART_U64_FIELDS(GET_FIELD)
#undef GET_FIELD
    for (int i = 0; i < 4; i++) {
        s->pmpcfg[i] = state_get_u64(r);
    }
    for (int i = 0; i < PMP_ENTRIES; i++) {
        s->pmpaddr[i] = state_get_u64(r);
    }
}

/* What version 2 added. A version 1 state gets what hart_init gives an
 * xlen-bit hart: no minstret offset (its instret was minstret), triggers
 * reset. */
static void read_saved_v2(StateReader *r, SavedHart *s, int xlen, uint32_t version)
{
    if (version < 2) {
        s->minstret_off = 0;
        s->tselect = 0;
        for (int i = 0; i < HART_TRIGGERS; i++) {
            s->tdata1[i] = trig_reset_tdata1(xlen);
            s->tdata2[i] = 0;
        }
        return;
    }
    s->minstret_off = state_get_u64(r);
    s->tselect = state_get_u64(r);
    for (int i = 0; i < HART_TRIGGERS; i++) {
        s->tdata1[i] = state_get_u64(r);
        s->tdata2[i] = state_get_u64(r);
    }
}

/* The first trigger value the trigger CSRs could never hold, or NULL. */
static const char *check_triggers(const SavedHart *s)
{
    if (s->tselect >= HART_TRIGGERS) {
        return "tselect selects no trigger";
    }
    for (int i = 0; i < HART_TRIGGERS; i++) {
        if (trig_legal_tdata1(s->tdata1[i], s->xlen, i) != s->tdata1[i]) {
            return "tdata1 holds a value a write could not leave";
        }
        if (s->xlen == 32 && s->tdata2[i] > UINT32_MAX) {
            return "tdata2 wider than XLEN";
        }
    }
    return NULL;
}

/* The first pmpcfg problem, or NULL. Entry i's byte sits where pmp.h
 * says: xlen/8 entries per slot. */
static const char *check_pmpcfg(const SavedHart *s)
{
    int per_slot = s->xlen / 8;
    for (int k = 0; k < 4; k++) {
        bool used = k < PMP_ENTRIES / per_slot;
        uint64_t width_mask = s->xlen == 64 ? 0 : ~0xffffffffull;
        if ((!used && s->pmpcfg[k]) || (used && (s->pmpcfg[k] & width_mask))) {
            return "pmpcfg slot beyond XLEN is not zero";
        }
    }
    for (int i = 0; i < PMP_ENTRIES; i++) {
        unsigned cfg = (unsigned)(s->pmpcfg[i / per_slot] >> (8 * (i % per_slot))) & 0xff;
        if (cfg & PMP_CFG_RESERVED) {
            return "pmpcfg reserved bits set";
        }
        if ((cfg & PMP_W) && !(cfg & PMP_R)) {
            return "pmpcfg entry with W but not R";
        }
    }
    for (int i = 0; i < PMP_ENTRIES; i++) {
        if (s->pmpaddr[i] & ~PMPADDR_MASK) {
            return "pmpaddr wider than 54 bits";
        }
    }
    return NULL;
}

/* The first value h could never hold, or NULL when s may be loaded into h.
 * These are what the hart's CSR write rules and trap entry guarantee;
 * anything else means a corrupt file or one from an incompatible hart. */
static const char *check_saved(const SavedHart *s, const Hart *h, char *buf, size_t len)
{
    bool rv32 = s->xlen == 32;
    if (s->xlen != h->xlen) {
        snprintf(buf, len, "saved hart is RV%u, this hart is RV%d", s->xlen, h->xlen);
        return buf;
    }
    if (s->misa != h->misa) {
        snprintf(buf, len, "saved misa %#" PRIx64 " differs from this hart's %#" PRIx64,
                 s->misa, h->misa);
        return buf;
    }
    if (s->mhartid != h->mhartid) {
        snprintf(buf, len, "section holds mhartid %" PRIu64, s->mhartid);
        return buf;
    }
    if (s->priv != PRV_U && s->priv != PRV_S && s->priv != PRV_M) {
        snprintf(buf, len, "privilege %u is not U, S or M", s->priv);
        return buf;
    }
    if (s->fflags > 31 || s->frm > 7) {
        return "fflags or frm out of range";
    }
    if (s->x[0] != 0) {
        return "x0 is not zero";
    }
    if ((s->pc & 1) || (rv32 && s->pc > UINT32_MAX)) {
        return "pc misaligned or wider than XLEN";
    }
    if ((s->mstatus & ~MSTATUS_KNOWN) ||
        ((s->mstatus & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT) == 2) {
        return "mstatus has reserved bits or MPP = 2";
    }
    if (rv32 ? (s->satp & ~SATP32_KEPT) != 0
             : (s->satp & ~SATP64_KEPT) != 0 ||
                   (s->satp >> 60 != 0 && (s->satp >> 60 < 8 || s->satp >> 60 > 10))) {
        return "satp has an unsupported mode or ASID bits";
    }
    if ((s->mip | s->mie | s->mideleg) & ~(uint64_t)IRQ_BITS) {
        return "mip, mie or mideleg has bits for no interrupt";
    }
    if (s->medeleg > 0xffff) {
        return "medeleg has bits for no exception";
    }
    if (((s->mtvec | s->stvec) & 2) || ((s->mepc | s->sepc) & 1)) {
        return "mtvec/stvec mode or mepc/sepc alignment invalid";
    }
    if ((s->mcounteren | s->scounteren) > UINT32_MAX) {
        return "mcounteren or scounteren wider than 32 bits";
    }
    const char *bad = check_pmpcfg(s);
    return bad ? bad : check_triggers(s);
}

static int fail(const Hart *h, char *err, size_t errlen, const char *fmt, ...)
{
    if (err && errlen) {
        int n = snprintf(err, errlen, "hart %" PRIu64 ": ", h->mhartid);
        if (n >= 0 && (size_t)n < errlen) {
            va_list ap;
            va_start(ap, fmt);
            vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
            va_end(ap);
        }
    }
    return -1;
}

int hart_load(Hart *h, const StateReader *file, char *err, size_t errlen)
{
    StateReader r;
    uint32_t version;
    SavedHart s;
    char why[128];

    if (h->mhartid > UINT32_MAX) {
        return fail(h, err, errlen, "hart id does not fit a section instance");
    }
    int rc = state_find_section(file, HART_STATE_SECTION, (uint32_t)h->mhartid, &r, &version);
    if (rc == -ENOENT) {
        return fail(h, err, errlen, "no saved state for this hart");
    }
    if (rc == -ENOTSUP) {
        return fail(h, err, errlen, "saved-state file has an unsupported format version");
    }
    if (rc < 0) {
        return fail(h, err, errlen, "saved-state file is malformed");
    }
    if (version < 1 || version > HART_STATE_VERSION) {
        return fail(h, err, errlen, "hart state version %" PRIu32 " (this build reads 1 to %d)",
                    version, HART_STATE_VERSION);
    }
    read_saved(&r, &s);
    read_saved_v2(&r, &s, h->xlen, version);
    if (r.failed) {
        return fail(h, err, errlen, "hart section truncated or malformed");
    }
    if (state_remaining(&r) != 0) {
        return fail(h, err, errlen, "%zu unexpected bytes at the end of the hart section",
                    state_remaining(&r));
    }
    const char *bad = check_saved(&s, h, why, sizeof(why));
    if (bad) {
        return fail(h, err, errlen, "%s", bad);
    }

    h->priv = s.priv;
    h->fflags = s.fflags;
    h->frm = s.frm;
    h->wfi = s.wfi;
    h->pc = s.pc;
    memcpy(h->x, s.x, sizeof(s.x));
    h->x[32] = 0;
    memcpy(h->f, s.f, sizeof(s.f));
#define SET_FIELD(name) h->name = s.name;
    HART_U64_FIELDS(SET_FIELD)
#undef SET_FIELD
    memcpy(h->pmpcfg, s.pmpcfg, sizeof(s.pmpcfg));
    memcpy(h->pmpaddr, s.pmpaddr, sizeof(s.pmpaddr));
    pmp_update(h);
    h->minstret_off = s.minstret_off;
    h->trig.tselect = s.tselect;
    memcpy(h->trig.tdata1, s.tdata1, sizeof(s.tdata1));
    memcpy(h->trig.tdata2, s.tdata2, sizeof(s.tdata2));
    trig_update(h); /* the debugger's own watches stay */

    /* Entries were filled under the old satp, PMP, MXR/SUM and privilege. */
    hart_tlb_flush(h);
    h->tlb_gen++;   /* and whatever caches the old code mapping (emu/jit/) */
    /* tlb_data/tlb_fetch follow priv and mstatus.MPRV/MPP; setting priv
     * through the debugger interface re-selects both for the new values.
     * The decoded-instruction cache needs nothing: entries depend only on
     * the instruction bits (checked against RAM on every use) and XLEN,
     * which is unchanged. */
    hart_debug_set_reg(h, DBG_REG_PRIV, (uint64_t)s.priv);
    return 0;
}
