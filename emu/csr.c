/* Control and status registers, traps, interrupts and xRET
 * (privileged spec chapters 2-4, Sstc). */
#include "hart_priv.h"
#include "pmp.h"

#define MSTATUS_WRITABLE (MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE | \
                          MSTATUS_SPP | MSTATUS_MPP | MSTATUS_FS | MSTATUS_MPRV | \
                          MSTATUS_SUM | MSTATUS_MXR | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR)
#define SSTATUS_VISIBLE (0x80000000ull | MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | \
                         MSTATUS_XS | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_UXL | MSTATUS_SD64)
#define SSTATUS_WRITABLE (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | \
                          MSTATUS_SUM | MSTATUS_MXR)
#define MIE_WRITABLE (MIP_SSIP | MIP_MSIP | MIP_STIP | MIP_MTIP | MIP_SEIP | MIP_MEIP)
#define MIDELEG_WRITABLE (MIP_SSIP | MIP_STIP | MIP_SEIP)
/* Every exception but ecall from M can be delegated (priv spec §3.1.8). */
#define MEDELEG_WRITABLE 0xb3ffull
#define SENVCFG_WRITABLE (ENVCFG_CBZE | ENVCFG_CBCFE | ENVCFG_CBIE | 1ull)
#define MENVCFG_WRITABLE (MENVCFG_STCE | MENVCFG_PBMTE | SENVCFG_WRITABLE)

enum {
    CSR_FFLAGS = 0x001, CSR_FRM = 0x002, CSR_FCSR = 0x003,
    CSR_CYCLE = 0xc00, CSR_TIME = 0xc01, CSR_INSTRET = 0xc02,
    CSR_HPMCOUNTER3 = 0xc03, CSR_HPMCOUNTER31 = 0xc1f,
    CSR_SSTATUS = 0x100, CSR_SIE = 0x104, CSR_STVEC = 0x105, CSR_SCOUNTEREN = 0x106,
    CSR_SENVCFG = 0x10a, CSR_SSCRATCH = 0x140, CSR_SEPC = 0x141, CSR_SCAUSE = 0x142,
    CSR_STVAL = 0x143, CSR_SIP = 0x144, CSR_STIMECMP = 0x14d, CSR_SATP = 0x180,
    CSR_MVENDORID = 0xf11, CSR_MARCHID = 0xf12, CSR_MIMPID = 0xf13, CSR_MHARTID = 0xf14,
    CSR_MCONFIGPTR = 0xf15,
    CSR_MSTATUS = 0x300, CSR_MISA = 0x301, CSR_MEDELEG = 0x302, CSR_MIDELEG = 0x303,
    CSR_MIE = 0x304, CSR_MTVEC = 0x305, CSR_MCOUNTEREN = 0x306, CSR_MENVCFG = 0x30a,
    CSR_MCOUNTINHIBIT = 0x320, CSR_MHPMEVENT3 = 0x323, CSR_MHPMEVENT31 = 0x33f,
    CSR_MSCRATCH = 0x340, CSR_MEPC = 0x341, CSR_MCAUSE = 0x342, CSR_MTVAL = 0x343,
    CSR_MIP = 0x344, CSR_PMPCFG0 = 0x3a0, CSR_PMPCFG15 = 0x3af,
    CSR_PMPADDR0 = 0x3b0, CSR_PMPADDR63 = 0x3ef,
    CSR_MCYCLE = 0xb00, CSR_MINSTRET = 0xb02,
    CSR_MHPMCOUNTER3 = 0xb03, CSR_MHPMCOUNTER31 = 0xb1f,
    /* RV32 only: the upper halves of 64-bit CSRs */
    CSR_STIMECMPH = 0x15d, CSR_MSTATUSH = 0x310, CSR_MENVCFGH = 0x31a,
    CSR_CYCLEH = 0xc80, CSR_TIMEH = 0xc81, CSR_INSTRETH = 0xc82,
    CSR_HPMCOUNTER3H = 0xc83, CSR_HPMCOUNTER31H = 0xc9f,
    CSR_MCYCLEH = 0xb80, CSR_MINSTRETH = 0xb82,
    CSR_MHPMCOUNTER3H = 0xb83, CSR_MHPMCOUNTER31H = 0xb9f,
};

/* Counters (priv spec §3.1.11; unpriv spec §9.1, "CSR Instructions"): an
 * instruction reading minstret/mcycle sees the value from before it runs,
 * and a write replaces its own increment, "so a value written to instret
 * by one instruction will be the value read by the following instruction".
 * Both are offsets from h->instret, which already counts a CSR instruction
 * while it runs (h->in_csr_insn); a debugger reads between instructions. */
static uint64_t retired(const Hart *h)
{
    return h->instret - (h->in_csr_insn ? 1 : 0);
}

static uint64_t mcycle_now(const Hart *h)
{
    return retired(h) + h->mcycle_off;
}

static uint64_t minstret_now(const Hart *h)
{
    return retired(h) + h->minstret_off;
}

/* The offset that makes the next instruction read v: by then h->instret
 * counts every instruction up to this one, a writing CSR instruction
 * included (the increment the write replaces). */
static uint64_t counter_offset(const Hart *h, uint64_t v)
{
    return v - h->instret;
}

/* SD sits in the top bit of the XLEN-wide register (priv spec §3.1.6). */
static uint64_t mstatus_read(const Hart *h)
{
    uint64_t s = h->mstatus & ~(MSTATUS_SD64 | MSTATUS_UXL | MSTATUS_SXL);
    bool dirty = (s & MSTATUS_FS) == MSTATUS_FS;
    if (h->xlen == 32)
        return (uint32_t)s | (dirty ? 1u << 31 : 0);
    return s | (dirty ? MSTATUS_SD64 : 0) | (2ull << 32) | (2ull << 34); /* UXL = SXL = 64 */
}

/* Counter access from S/U is gated by mcounteren/scounteren (§3.1.11). */
static bool counter_allowed(const Hart *h, uint32_t csr)
{
    uint32_t bit = 1u << (csr & 31);
    if (h->priv < PRV_M && !(h->mcounteren & bit))
        return false;
    if (h->priv == PRV_U && !(h->scounteren & bit))
        return false;
    return true;
}

static uint64_t mip_read(Hart *h)
{
    uint64_t mip = h->mip;
    if (h->menvcfg & MENVCFG_STCE) {
        mip &= ~(uint64_t)MIP_STIP;
        if (hart_time(h) >= h->stimecmp)
            mip |= MIP_STIP;
    }
    return mip;
}

/* RV32: reads of the upper halves of 64-bit registers. Returns false when
 * csr is not one of them (or not readable from this mode). */
static bool csr_read_high(Hart *h, uint32_t csr, uint64_t *value, bool *handled)
{
    uint64_t full;
    *handled = true;
    switch (csr) {
    case CSR_MSTATUSH: *value = 0; return true; /* MBE = SBE = 0 */
    case CSR_MENVCFGH: *value = h->menvcfg >> 32; return true;
    case CSR_MCYCLEH: *value = mcycle_now(h) >> 32; return true;
    case CSR_MINSTRETH: *value = minstret_now(h) >> 32; return true;
    case CSR_CYCLEH: case CSR_INSTRETH: case CSR_TIMEH:
        if (!csr_read(h, csr - 0x80, &full))
            return false;
        *value = full >> 32;
        return true;
    case CSR_STIMECMPH:
        if (!csr_read(h, CSR_STIMECMP, &full))
            return false;
        *value = full >> 32;
        return true;
    default:
        break;
    }
    if ((csr >= CSR_HPMCOUNTER3H && csr <= CSR_HPMCOUNTER31H) ||
        (csr >= CSR_MHPMCOUNTER3H && csr <= CSR_MHPMCOUNTER31H)) {
        *value = 0;
        return csr < CSR_HPMCOUNTER3H || counter_allowed(h, csr);
    }
    *handled = false;
    return false;
}

bool csr_read(Hart *h, uint32_t csr, uint64_t *value)
{
    if (((csr >> 8) & 3) > (uint32_t)h->priv)
        return false;
    if (h->xlen == 32) {
        bool handled, ok = csr_read_high(h, csr, value, &handled);
        if (handled)
            return ok;
    }
    switch (csr) {
    case CSR_FFLAGS: case CSR_FRM: case CSR_FCSR:
        if (!(h->mstatus & MSTATUS_FS))
            return false;
        *value = csr == CSR_FFLAGS ? h->fflags : csr == CSR_FRM ? h->frm
                                                                : (h->frm << 5) | h->fflags;
        return true;
    case CSR_CYCLE: case CSR_INSTRET:
        if (!counter_allowed(h, csr))
            return false;
        *value = csr == CSR_CYCLE ? mcycle_now(h) : minstret_now(h);
        return true;
    case CSR_TIME:
        if (!counter_allowed(h, csr))
            return false;
        *value = hart_time(h);
        return true;
    case CSR_SSTATUS: *value = mstatus_read(h) & SSTATUS_VISIBLE; return true;
    case CSR_SIE: *value = h->mie & h->mideleg; return true;
    case CSR_STVEC: *value = h->stvec; return true;
    case CSR_SCOUNTEREN: *value = h->scounteren; return true;
    case CSR_SENVCFG: *value = h->senvcfg; return true;
    case CSR_SSCRATCH: *value = h->sscratch; return true;
    case CSR_SEPC: *value = h->sepc; return true;
    case CSR_SCAUSE: *value = h->scause; return true;
    case CSR_STVAL: *value = h->stval; return true;
    case CSR_SIP: *value = mip_read(h) & h->mideleg; return true;
    case CSR_STIMECMP:
        if (h->priv < PRV_M && !(h->menvcfg & MENVCFG_STCE))
            return false;
        *value = h->stimecmp;
        return true;
    case CSR_SATP:
        if (h->priv == PRV_S && (h->mstatus & MSTATUS_TVM))
            return false;
        *value = h->satp;
        return true;
    case CSR_MVENDORID: case CSR_MARCHID: case CSR_MIMPID: case CSR_MCONFIGPTR:
        *value = 0;
        return true;
    case CSR_MHARTID: *value = h->mhartid; return true;
    case CSR_MSTATUS: *value = mstatus_read(h); return true;
    case CSR_MISA: *value = h->misa; return true;
    case CSR_MEDELEG: *value = h->medeleg; return true;
    case CSR_MIDELEG: *value = h->mideleg; return true;
    case CSR_MIE: *value = h->mie; return true;
    case CSR_MTVEC: *value = h->mtvec; return true;
    case CSR_MCOUNTEREN: *value = h->mcounteren; return true;
    case CSR_MENVCFG: *value = h->menvcfg; return true;
    case CSR_MCOUNTINHIBIT: *value = 0; return true;
    case CSR_MSCRATCH: *value = h->mscratch; return true;
    case CSR_MEPC: *value = h->mepc; return true;
    case CSR_MCAUSE: *value = h->mcause; return true;
    case CSR_MTVAL: *value = h->mtval; return true;
    case CSR_MIP: *value = mip_read(h); return true;
    /* One cycle per instruction; each counter has its own offset. */
    case CSR_MCYCLE: *value = mcycle_now(h); return true;
    case CSR_MINSTRET: *value = minstret_now(h); return true;
    default:
        break;
    }
    if (trig_csr_read(h, csr, value))
        return true;
    if (csr >= CSR_HPMCOUNTER3 && csr <= CSR_HPMCOUNTER31) {
        *value = 0;
        return counter_allowed(h, csr);
    }
    if ((csr >= CSR_MHPMCOUNTER3 && csr <= CSR_MHPMCOUNTER31) ||
        (csr >= CSR_MHPMEVENT3 && csr <= CSR_MHPMEVENT31)) {
        *value = 0;
        return true;
    }
    if (csr >= CSR_PMPCFG0 && csr <= CSR_PMPCFG15) {
        int slot = pmp_cfg_slot(h->xlen, (int)(csr - CSR_PMPCFG0));
        if (h->xlen == 64 && (csr & 1))
            return false; /* RV64 has only the even pmpcfg registers */
        *value = slot >= 0 ? h->pmpcfg[slot] : 0;
        return true;
    }
    if (csr >= CSR_PMPADDR0 && csr <= CSR_PMPADDR63) {
        *value = csr - CSR_PMPADDR0 < 16 ? h->pmpaddr[csr - CSR_PMPADDR0] : 0;
        return true;
    }
    return false;
}

/* Translation or interrupt state changed: drop what the TLB and the
 * current slice may have assumed. */
static void mstatus_write(Hart *h, uint64_t value, uint64_t mask)
{
    uint64_t old = h->mstatus;
    uint64_t v = (old & ~mask) | (value & mask);
    if (((v & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT) == 2)
        v = (v & ~MSTATUS_MPP) | (old & MSTATUS_MPP); /* MPP is WARL: keep */
    h->mstatus = v;
    uint64_t changed = old ^ v;
    if (changed & MSTATUS_MXR)
        hart_tlb_flush(h);
    else if ((changed & MSTATUS_SUM) && !(v & MSTATUS_SUM) && h->tlb_s_has_user)
        mmu_drop_s_user(h);
    if (changed & (MSTATUS_MPRV | MSTATUS_MPP))
        hart_update_tlb_sets(h);
    if (changed & (MSTATUS_MIE | MSTATUS_SIE))
        h->budget = 0;
}

static void satp_write(Hart *h, uint64_t value)
{
    if (h->xlen == 32) {
        h->satp = value & 0x803fffffull; /* MODE and PPN; no ASIDs */
        hart_tlb_flush(h);
        hart_code_map_changed(h);
        return;
    }
    uint64_t mode = value >> 60;
    if (mode != SATP_MODE_BARE && mode != SATP_MODE_SV39 && mode != SATP_MODE_SV48 &&
        mode != SATP_MODE_SV57)
        return; /* WARL: unsupported modes leave satp unchanged (§4.1.11) */
    h->satp = value & ((0xfull << 60) | ((1ull << 44) - 1)); /* no ASIDs */
    hart_tlb_flush(h);
    hart_code_map_changed(h);
}

/* RV32: writes of the upper halves of 64-bit registers. */
static bool csr_write_high(Hart *h, uint32_t csr, uint64_t value, bool *handled)
{
    uint64_t hi = value << 32;
    *handled = true;
    switch (csr) {
    case CSR_MSTATUSH: return true;
    case CSR_MENVCFGH:
        h->menvcfg = (h->menvcfg & 0xffffffffull) | (hi & MENVCFG_WRITABLE);
        h->budget = 0;
        return true;
    case CSR_MCYCLEH:
        h->mcycle_off = counter_offset(h, (mcycle_now(h) & 0xffffffffull) | hi);
        return true;
    case CSR_MINSTRETH:
        h->minstret_off = counter_offset(h, (minstret_now(h) & 0xffffffffull) | hi);
        return true;
    case CSR_STIMECMPH:
        if (h->priv < PRV_M && !(h->menvcfg & MENVCFG_STCE))
            return false;
        h->stimecmp = (h->stimecmp & 0xffffffffull) | hi;
        h->budget = 0;
        return true;
    default:
        break;
    }
    if (csr >= CSR_MHPMCOUNTER3H && csr <= CSR_MHPMCOUNTER31H)
        return true;
    *handled = false;
    return false;
}

bool csr_write(Hart *h, uint32_t csr, uint64_t value)
{
    if (((csr >> 8) & 3) > (uint32_t)h->priv || (csr >> 10) == 3)
        return false;
    if (h->xlen == 32) {
        bool handled, ok;
        value = (uint32_t)value;
        ok = csr_write_high(h, csr, value, &handled);
        if (handled)
            return ok;
        /* The low halves of 64-bit registers keep their upper bits. */
        if (csr == CSR_MENVCFG || csr == CSR_STIMECMP || csr == CSR_MCYCLE ||
            csr == CSR_MINSTRET) {
            uint64_t old = csr == CSR_MENVCFG ? h->menvcfg : csr == CSR_STIMECMP ? h->stimecmp
                           : csr == CSR_MCYCLE ? mcycle_now(h) : minstret_now(h);
            value |= old & ~0xffffffffull;
        } else if (csr == CSR_MSTATUS) {
            value |= h->mstatus & ~0xffffffffull;
        }
    }
    switch (csr) {
    case CSR_FFLAGS: case CSR_FRM: case CSR_FCSR:
        if (!(h->mstatus & MSTATUS_FS))
            return false;
        if (csr == CSR_FFLAGS) {
            h->fflags = value & 31;
        } else if (csr == CSR_FRM) {
            h->frm = value & 7;
        } else {
            h->fflags = value & 31;
            h->frm = (value >> 5) & 7;
        }
        hart_fs_dirty(h);
        return true;
    case CSR_SSTATUS: mstatus_write(h, value, SSTATUS_WRITABLE); return true;
    case CSR_SIE:
        h->mie = (h->mie & ~h->mideleg) | (value & h->mideleg);
        h->budget = 0;
        return true;
    case CSR_STVEC: h->stvec = value & ~2ull; return true;
    case CSR_SCOUNTEREN: h->scounteren = value & 0xffffffff; return true;
    case CSR_SENVCFG: h->senvcfg = value & SENVCFG_WRITABLE; return true;
    case CSR_SSCRATCH: h->sscratch = value; return true;
    case CSR_SEPC: h->sepc = value & ~1ull; return true;
    case CSR_SCAUSE: h->scause = value; return true;
    case CSR_STVAL: h->stval = value; return true;
    case CSR_SIP:
        h->mip = (h->mip & ~(h->mideleg & MIP_SSIP)) | (value & h->mideleg & MIP_SSIP);
        h->budget = 0;
        return true;
    case CSR_STIMECMP:
        if (h->priv < PRV_M && !(h->menvcfg & MENVCFG_STCE))
            return false;
        h->stimecmp = value;
        h->budget = 0;
        return true;
    case CSR_SATP:
        if (h->priv == PRV_S && (h->mstatus & MSTATUS_TVM))
            return false;
        satp_write(h, value);
        return true;
    case CSR_MSTATUS: mstatus_write(h, value, MSTATUS_WRITABLE); return true;
    case CSR_MISA: return true; /* WARL, fixed */
    case CSR_MEDELEG: h->medeleg = value & MEDELEG_WRITABLE; return true;
    case CSR_MIDELEG: h->mideleg = value & MIDELEG_WRITABLE; h->budget = 0; return true;
    case CSR_MIE: h->mie = value & MIE_WRITABLE; h->budget = 0; return true;
    case CSR_MTVEC: h->mtvec = value & ~2ull; return true;
    case CSR_MCOUNTEREN: h->mcounteren = value & 0xffffffff; return true;
    case CSR_MENVCFG: h->menvcfg = value & MENVCFG_WRITABLE; h->budget = 0; return true;
    case CSR_MCOUNTINHIBIT: return true;
    case CSR_MSCRATCH: h->mscratch = value; return true;
    case CSR_MEPC: h->mepc = value & ~1ull; return true;
    case CSR_MCAUSE: h->mcause = value; return true;
    case CSR_MTVAL: h->mtval = value; return true;
    case CSR_MIP: {
        uint64_t mask = MIP_SSIP | MIP_SEIP | MIP_STIP;
        if (h->menvcfg & MENVCFG_STCE)
            mask &= ~(uint64_t)MIP_STIP; /* read-only under Sstc */
        h->mip = (h->mip & ~mask) | (value & mask);
        h->budget = 0;
        return true;
    }
    case CSR_MCYCLE: h->mcycle_off = counter_offset(h, value); return true;
    case CSR_MINSTRET: h->minstret_off = counter_offset(h, value); return true;
    default:
        break;
    }
    if (trig_csr_write(h, csr, value))
        return true;
    if ((csr >= CSR_MHPMCOUNTER3 && csr <= CSR_MHPMCOUNTER31) ||
        (csr >= CSR_MHPMEVENT3 && csr <= CSR_MHPMEVENT31))
        return true;
    if (csr >= CSR_PMPCFG0 && csr <= CSR_PMPCFG15) {
        if (h->xlen == 64 && (csr & 1))
            return false;
        int reg = (int)(csr - CSR_PMPCFG0), slot = pmp_cfg_slot(h->xlen, reg);
        if (slot >= 0) {
            h->pmpcfg[slot] = pmp_cfg_write(h, reg, value);
            pmp_update(h);
            hart_tlb_flush(h);
            hart_code_map_changed(h);
        }
        return true;
    }
    if (csr >= CSR_PMPADDR0 && csr <= CSR_PMPADDR63) {
        int i = (int)(csr - CSR_PMPADDR0);
        if (pmp_addr_writable(h, i)) {
            h->pmpaddr[i] = value & ((1ull << 54) - 1);
            pmp_update(h);
            hart_tlb_flush(h);
            hart_code_map_changed(h);
        }
        return true;
    }
    return false;
}

void hart_take_trap(Hart *h, uint64_t cause, uint64_t tval)
{
    if (unlikely(cause == TRAP_DEBUGGER)) {
        hart_end_slice(h); /* the debugger looks at the hart before it goes on */
        return;
    }
    bool irq = cause >> 63;
    uint64_t code = cause & 63;
    if (h->xlen == 32)
        cause = irq ? (1u << 31) | code : code; /* the interrupt bit is XLEN-1 */
    uint64_t deleg = irq ? h->mideleg : h->medeleg;
    h->wfi = false;
    h->reservation = UINT64_MAX;
    if (h->priv <= PRV_S && ((deleg >> code) & 1)) {
        h->scause = cause;
        h->sepc = h->pc;
        h->stval = tval;
        uint64_t s = h->mstatus & ~(MSTATUS_SPIE | MSTATUS_SIE | MSTATUS_SPP);
        if (h->mstatus & MSTATUS_SIE)
            s |= MSTATUS_SPIE;
        if (h->priv == PRV_S)
            s |= MSTATUS_SPP;
        h->mstatus = s;
        h->priv = PRV_S;
        h->pc = (h->stvec & ~3ull) + ((irq && (h->stvec & 1)) ? 4 * code : 0);
    } else {
        h->mcause = cause;
        h->mepc = h->pc;
        h->mtval = tval;
        uint64_t s = h->mstatus & ~(MSTATUS_MPIE | MSTATUS_MIE | MSTATUS_MPP);
        if (h->mstatus & MSTATUS_MIE)
            s |= MSTATUS_MPIE;
        s |= (uint64_t)h->priv << MSTATUS_MPP_SHIFT;
        h->mstatus = s;
        h->priv = PRV_M;
        h->pc = (h->mtvec & ~3ull) + ((irq && (h->mtvec & 1)) ? 4 * code : 0);
    }
    hart_update_tlb_sets(h);
}

bool hart_mret(Hart *h)
{
    if (h->priv != PRV_M)
        return false;
    int mpp = (int)((h->mstatus & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT);
    uint64_t s = h->mstatus & ~(MSTATUS_MIE | MSTATUS_MPP);
    if (s & MSTATUS_MPIE)
        s |= MSTATUS_MIE;
    s |= MSTATUS_MPIE;
    if (mpp != PRV_M)
        s &= ~MSTATUS_MPRV;
    h->mstatus = s;
    h->priv = mpp;
    h->pc = h->mepc;
    hart_update_tlb_sets(h);
    h->budget = 0;
    return true;
}

bool hart_sret(Hart *h)
{
    if (h->priv < PRV_S || (h->priv == PRV_S && (h->mstatus & MSTATUS_TSR)))
        return false;
    int spp = (h->mstatus & MSTATUS_SPP) ? PRV_S : PRV_U;
    uint64_t s = h->mstatus & ~(MSTATUS_SIE | MSTATUS_SPP | MSTATUS_MPRV);
    if (s & MSTATUS_SPIE)
        s |= MSTATUS_SIE;
    s |= MSTATUS_SPIE;
    h->mstatus = s;
    h->priv = spp;
    h->pc = h->sepc;
    hart_update_tlb_sets(h);
    h->budget = 0;
    return true;
}

/* Interrupt priority order (priv spec §3.1.9): MEI, MSI, MTI, SEI, SSI, STI. */
static const int irq_order[] = { IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER,
                                 IRQ_S_EXT, IRQ_S_SOFT, IRQ_S_TIMER };

static uint64_t enabled_pending(Hart *h)
{
    uint64_t pending = mip_read(h) & h->mie;
    if (!pending)
        return 0;
    uint64_t m_enabled = (h->priv < PRV_M || (h->mstatus & MSTATUS_MIE)) ? ~0ull : 0;
    uint64_t s_enabled = (h->priv < PRV_S || (h->priv == PRV_S && (h->mstatus & MSTATUS_SIE)))
                             ? ~0ull : 0;
    return (pending & ~h->mideleg & m_enabled) | (pending & h->mideleg & s_enabled);
}

bool hart_irq_pending(const Hart *h)
{
    return (mip_read((Hart *)h) & h->mie) != 0;
}

void hart_check_interrupts(Hart *h)
{
    uint64_t irqs = enabled_pending(h);
    if (!irqs)
        return;
    for (size_t i = 0; i < sizeof(irq_order) / sizeof(irq_order[0]); i++) {
        if (irqs & (1ull << irq_order[i])) {
            hart_take_trap(h, (1ull << 63) | (uint64_t)irq_order[i], 0);
            return;
        }
    }
}

void hart_irq_input(void *hart, int irq, int level)
{
    hart_set_irq(hart, 1ull << irq, level != 0);
}

void hart_set_irq(Hart *h, uint64_t mip_bits, bool level)
{
    uint64_t mip = level ? h->mip | mip_bits : h->mip & ~mip_bits;
    if (mip != h->mip) {
        h->mip = mip;
        h->budget = 0; /* only a change needs the interrupt check at once */
    }
}
