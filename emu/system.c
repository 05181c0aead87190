/* Instructions executed out of line by the interpreter: atomics (A, chapter
 * 8), Zicsr (chapter 9), SYSTEM (ecall, ebreak, xRET, wfi, sfence.vma;
 * privileged spec §3.3) and the Zicbom/Zicboz cache-block operations. */
#include "hart_priv.h"
#include "pmp.h"

#define FUNCT3(i) (((i) >> 12) & 7)
#define RS1(i) (((i) >> 15) & 31)
#define RS2(i) (((i) >> 20) & 31)
#define FUNCT7(i) ((i) >> 25)

static uint64_t sext_xlen(const Hart *h, uint64_t v)
{
    return h->xlen == 32 ? (uint64_t)(int64_t)(int32_t)v : v;
}

static uint64_t amo_compute(uint32_t f5, uint64_t old, uint64_t src, bool word, bool *ok)
{
    int64_t so = word ? (int32_t)old : (int64_t)old, ss = word ? (int32_t)src : (int64_t)src;
    uint64_t uo = word ? (uint32_t)old : old, us = word ? (uint32_t)src : src;
    switch (f5) {
    case 0x00: return old + src;
    case 0x01: return src;
    case 0x04: return old ^ src;
    case 0x08: return old | src;
    case 0x0c: return old & src;
    case 0x10: return so < ss ? old : src;
    case 0x14: return so > ss ? old : src;
    case 0x18: return uo < us ? old : src;
    case 0x1c: return uo > us ? old : src;
    default: *ok = false; return 0;
    }
}

static bool exec_lr_sc(Hart *h, uint32_t insn, uint64_t va, int size, uint64_t *rd_val)
{
    if ((insn >> 27) == 0x02) {
        uint64_t v;
        if (!mmu_load_slow(h, va, size, &v))
            return false;
        h->reservation = va;
        *rd_val = size == 4 ? (uint64_t)(int64_t)(int32_t)v : v;
        return true;
    }
    bool hit = h->reservation == va;
    h->reservation = UINT64_MAX;
    if (hit && !mmu_store_slow(h, va, size, h->x[RS2(insn)]))
        return false;
    *rd_val = !hit;
    return true;
}

/* lr, sc and the AMO operations of the A extension (unpriv spec §8.4):
 * amoadd 0x00, amoswap 0x01, lr 0x02, sc 0x03, amoxor 0x04, amoor 0x08,
 * amoand 0x0c, amomin 0x10, amomax 0x14, amominu 0x18, amomaxu 0x1c. */
static bool amo_known(uint32_t f5)
{
    static const uint32_t known = 1u << 0x00 | 1u << 0x01 | 1u << 0x02 | 1u << 0x03 |
                                  1u << 0x04 | 1u << 0x08 | 1u << 0x0c | 1u << 0x10 |
                                  1u << 0x14 | 1u << 0x18 | 1u << 0x1c;
    return f5 < 32 && (known >> f5) & 1;
}

/* Data triggers on an atomic (Debug spec §5.6.1): lr is a load, sc a
 * store, an AMO both. They come before a misaligned-address trap (§5.3). */
static bool amo_triggers_pass(Hart *h, uint32_t f5, uint64_t va, int size)
{
    if (likely(!(h->trig.armed & (TRIG_LOAD | TRIG_STORE))))
        return true;
    if (f5 != 0x03 && !trig_check_data(h, va, (uint64_t)size, TRIG_LOAD))
        return false;
    return f5 == 0x02 || trig_check_data(h, va, (uint64_t)size, TRIG_STORE);
}

int exec_amo(Hart *h, uint32_t insn, uint64_t va, uint64_t *rd_val)
{
    uint32_t f5 = insn >> 27;
    int size = FUNCT3(insn) == 2 ? 4 : (FUNCT3(insn) == 3 && h->xlen == 64) ? 8 : 0;
    bool ok = true;
    if (!size || (f5 == 0x02 && RS2(insn)) || !amo_known(f5))
        return -1; /* illegal before anything can fault or match a trigger */
    if (!amo_triggers_pass(h, f5, va, size))
        return 0;
    if (va & (uint64_t)(size - 1)) {
        hart_raise(h, f5 == 0x02 ? CAUSE_MISALIGNED_LOAD : CAUSE_MISALIGNED_STORE, va);
        return 0;
    }
    if (f5 == 0x02 || f5 == 0x03)
        return exec_lr_sc(h, insn, va, size, rd_val) ? 1 : 0;
    uint64_t pa;
    uint8_t *p;
    if (!mmu_access(h, va, size, ACCESS_WRITE, &pa, &p))
        return 0;
    /* An AMO needs read and write permission; mmu_access checked write
     * (priv spec §3.7.1: a failure is a store/AMO access fault). */
    if (!p || !pmp_check(h, pa, (uint64_t)size, ACCESS_READ, hart_data_priv(h))) {
        hart_raise(h, CAUSE_STORE_ACCESS, va); /* no AMOs on MMIO */
        return 0;
    }
    uint64_t old = 0;
    memcpy(&old, p, (size_t)size);
    uint64_t nv = amo_compute(f5, old, h->x[RS2(insn)], size == 4, &ok);
    if (!ok)
        return -1;
    memcpy(p, &nv, (size_t)size);
    *rd_val = size == 4 ? (uint64_t)(int64_t)(int32_t)old : old;
    return 1;
}

/* Zicsr: csrrw with rd = x0 does not read; csrrs/csrrc with rs1 = x0 do not
 * write, so read-only CSRs can be read with them. */
static bool csr_read_write(Hart *h, uint32_t insn, bool rd_is_x0, uint64_t *old)
{
    uint32_t csr = insn >> 20, f3 = FUNCT3(insn), rs1 = RS1(insn);
    uint64_t src = (f3 & 4) ? rs1 : h->x[rs1];
    bool is_swap = (f3 & 3) == 1;
    bool reads = !is_swap || !rd_is_x0;
    bool writes = is_swap || rs1 != 0;
    *old = 0;
    if (reads && !csr_read(h, csr, old))
        return false;
    if (writes) {
        uint64_t nv = is_swap ? src : (f3 & 3) == 2 ? *old | src : *old & ~src;
        if (!csr_write(h, csr, nv))
            return false;
    }
    return true;
}

bool exec_csr(Hart *h, uint32_t insn, bool rd_is_x0, uint64_t *rd_val)
{
    uint64_t old;
    h->in_csr_insn = true; /* counters read as before this instruction (csr.c) */
    bool ok = csr_read_write(h, insn, rd_is_x0, &old);
    h->in_csr_insn = false;
    *rd_val = sext_xlen(h, old);
    return ok;
}

/* Returns 1 done (pc advances), 2 done and pc set (xRET), 0 trapped. */
int exec_system(Hart *h, uint32_t insn, uint32_t raw)
{
    if (FUNCT7(insn) == 0x09 && ((insn >> 7) & 31) == 0 && FUNCT3(insn) == 0) {
        if (h->priv == PRV_U || (h->priv == PRV_S && (h->mstatus & MSTATUS_TVM)))
            goto illegal;
        if (RS1(insn)) {
            mmu_flush_page(h, h->x[RS1(insn)]);
        } else {
            hart_tlb_flush(h);
            hart_code_map_changed(h);
        }
        return 1; /* the interpreter looks its code page up again after SYSTEM */
    }
    switch (insn) {
    case 0x00000073:
        hart_raise(h, CAUSE_ECALL_U + (uint64_t)h->priv, 0);
        return 0;
    case 0x00100073:
        hart_raise(h, CAUSE_BREAKPOINT, h->pc);
        return 0;
    case 0x30200073:
        return hart_mret(h) ? 2 : (hart_raise(h, CAUSE_ILLEGAL_INSN, raw), 0);
    case 0x10200073:
        return hart_sret(h) ? 2 : (hart_raise(h, CAUSE_ILLEGAL_INSN, raw), 0);
    case 0x10500073: /* wfi (priv spec §3.3.3) */
        if (h->priv == PRV_U || (h->priv == PRV_S && (h->mstatus & MSTATUS_TW)))
            goto illegal;
        if (!hart_irq_pending(h)) {
            h->wfi = true;
            h->budget = 0;
        }
        return 1;
    default:
        break;
    }
illegal:
    hart_raise(h, CAUSE_ILLEGAL_INSN, raw);
    return 0;
}

/* Zicbom/Zicboz (CMO spec §2): enabled per mode by menvcfg/senvcfg CBIE
 * (bits 5:4), CBCFE (6) and CBZE (7). Cache-block management is a no-op
 * here (no caches to manage); cbo.zero zeroes the 64-byte block. */
bool exec_cbo(Hart *h, uint32_t insn, uint64_t va, uint32_t raw)
{
    uint32_t op = insn >> 20;
    uint64_t bit = op == 4 ? (1u << 7) : op == 0 ? (3u << 4) : (1u << 6);
    if (op != 0 && op != 1 && op != 2 && op != 4) {
        hart_raise(h, CAUSE_ILLEGAL_INSN, raw);
        return false;
    }
    if ((h->priv < PRV_M && !(h->menvcfg & bit)) ||
        (h->priv == PRV_U && !(h->senvcfg & bit))) {
        hart_raise(h, CAUSE_ILLEGAL_INSN, raw);
        return false;
    }
    va &= ~(uint64_t)(CBO_BLOCK_SIZE - 1);
    /* Every cache-block operation matches data triggers as a store of the
     * whole block (Debug spec §5.6.3, its first option). */
    if (unlikely(h->trig.armed & TRIG_STORE) &&
        !trig_check_data(h, va, CBO_BLOCK_SIZE, TRIG_STORE))
        return false;
    if (op != 4) {
        /* The block must still be accessible: a fault is reported as a
         * store fault (CMO spec §2.5.1). */
        uint64_t pa;
        uint8_t *p;
        return mmu_access(h, va, 1, ACCESS_WRITE, &pa, &p);
    }
    for (int i = 0; i < CBO_BLOCK_SIZE; i += 8) {
        if (!mmu_store_unchecked(h, va + (uint64_t)i, 8, 0))
            return false;
    }
    return true;
}
