/* Debugger access to a hart (see debug.h). The page walk follows the
 * table shape mmu.c uses (hart_paging_mode) but only reads: a debugger
 * looking at memory must not set A/D bits, fill the TLB or leave a trap
 * pending. */
#include "debug.h"

#include "hart_priv.h"
#include "rvc.h"

/* Reads one page-table entry of size bytes at physical address pa. */
static bool read_pte(const Hart *h, uint64_t pa, int size, uint64_t *pte)
{
    uint64_t off = pa - h->bus.ram_base;
    if (off >= h->bus.ram_size || h->bus.ram_size - off < (uint64_t)size) {
        return false;
    }
    *pte = 0;
    memcpy(pte, h->bus.ram + off, (size_t)size);
    return true;
}

/* The walk of the table satp selects (Sv32, Sv39, Sv48 or Sv57, privileged
 * spec §4.3-4.6), without permission checks or A/D updates. False when
 * vaddr is not mapped. */
static bool walk(const Hart *h, uint64_t vaddr, uint64_t *paddr)
{
    PagingMode m;
    hart_paging_mode(h, &m);
    int va_bits = 12 + m.vpn_bits * m.levels;
    if (h->xlen == 64 &&
        (uint64_t)((int64_t)(vaddr << (64 - va_bits)) >> (64 - va_bits)) != vaddr) {
        return false;
    }
    uint64_t table = m.root;
    for (int level = m.levels - 1; level >= 0; level--) {
        uint64_t vpn = (vaddr >> (12 + m.vpn_bits * level)) & ((1u << m.vpn_bits) - 1);
        uint64_t pte;
        if (!read_pte(h, table + vpn * (uint64_t)m.pte_size, m.pte_size, &pte) ||
            !(pte & PTE_V) || (!(pte & PTE_R) && (pte & PTE_W))) {
            return false;
        }
        uint64_t ppn = (pte >> 10) & PTE_PPN_MASK;
        if (!(pte & (PTE_R | PTE_X))) {
            table = ppn << 12;
            continue;
        }
        uint64_t low = (1ull << (m.vpn_bits * level)) - 1;
        uint64_t page = (ppn & ~low) | ((vaddr >> 12) & low);
        *paddr = (page << 12) | (vaddr & 0xfff);
        return true;
    }
    return false;
}

/* Physical address of vaddr for the hart's current privilege and satp. */
static bool translate(const Hart *h, uint64_t vaddr, uint64_t *paddr)
{
    if (h->xlen == 32) {
        vaddr = (uint32_t)vaddr;
    }
    if (h->priv == PRV_M || !hart_paging_on(h)) {
        *paddr = vaddr;
        return true;
    }
    return walk(h, vaddr, paddr);
}

bool hart_debug_read(Hart *h, uint64_t vaddr, void *buf, size_t len)
{
    uint8_t *out = buf;
    for (size_t i = 0; i < len; i++) {
        uint64_t pa, v;
        if (!translate(h, vaddr + i, &pa)) {
            return false;
        }
        uint8_t *p = hart_ram_ptr(h, pa);
        if (p) {
            out[i] = *p;
        } else if (h->bus.mmio_read(h->bus.opaque, pa, 1, &v)) {
            out[i] = (uint8_t)v;
        } else {
            return false;
        }
    }
    return true;
}

bool hart_debug_write(Hart *h, uint64_t vaddr, const void *buf, size_t len)
{
    const uint8_t *in = buf;
    for (size_t i = 0; i < len; i++) {
        uint64_t pa;
        if (!translate(h, vaddr + i, &pa)) {
            return false;
        }
        uint8_t *p = hart_ram_ptr(h, pa);
        if (p) {
            *p = in[i];
        } else if (!h->bus.mmio_write(h->bus.opaque, pa, 1, in[i])) {
            return false;
        }
    }
    /* A store by another agent breaks the LR/SC reservation (unpriv §8.2). */
    h->reservation = UINT64_MAX;
    return true;
}

static uint64_t xlen_mask(const Hart *h, uint64_t v)
{
    return h->xlen == 32 ? (uint32_t)v : v;
}

/* CSR access as from M mode: the privilege is raised for the call only. */
static bool csr_access(Hart *h, uint32_t csr, uint64_t *value, bool write)
{
    if (csr >= 1 && csr <= 3) {  /* FP CSRs: readable whatever mstatus.FS says */
        if (!write) {
            *value = csr == 1 ? h->fflags : csr == 2 ? h->frm : (h->frm << 5) | h->fflags;
            return true;
        }
        h->fflags = csr == 2 ? h->fflags : (uint32_t)*value & 31;
        h->frm = csr == 1 ? h->frm : csr == 2 ? (uint32_t)*value & 7 : ((uint32_t)*value >> 5) & 7;
        return true;
    }
    int priv = h->priv;
    h->priv = PRV_M;
    bool ok = write ? csr_write(h, csr, *value) : csr_read(h, csr, value);
    h->priv = priv;
    hart_update_tlb_sets(h);  /* csr_write may have re-selected them for M */
    return ok;
}

bool hart_debug_get_reg(Hart *h, int regno, uint64_t *value)
{
    if (regno >= 0 && regno < 32) {
        *value = xlen_mask(h, regno ? h->x[regno] : 0);
    } else if (regno == DBG_REG_PC) {
        *value = xlen_mask(h, h->pc);
    } else if (regno >= DBG_REG_F0 && regno < DBG_REG_F0 + 32) {
        *value = h->f[regno - DBG_REG_F0];
    } else if (regno >= DBG_REG_CSR0 && regno < DBG_REG_PRIV) {
        if (!csr_access(h, (uint32_t)(regno - DBG_REG_CSR0), value, false)) {
            return false;
        }
        *value = xlen_mask(h, *value);
    } else if (regno == DBG_REG_PRIV) {
        *value = (uint64_t)h->priv;
    } else {
        return false;
    }
    return true;
}

bool hart_debug_set_reg(Hart *h, int regno, uint64_t value)
{
    value = regno >= DBG_REG_F0 && regno < DBG_REG_F0 + 32 ? value : xlen_mask(h, value);
    if (regno >= 0 && regno < 32) {
        h->x[regno] = regno ? value : 0;
    } else if (regno == DBG_REG_PC) {
        h->pc = value & ~1ull;
    } else if (regno >= DBG_REG_F0 && regno < DBG_REG_F0 + 32) {
        h->f[regno - DBG_REG_F0] = value;
    } else if (regno >= DBG_REG_CSR0 && regno < DBG_REG_PRIV) {
        return csr_access(h, (uint32_t)(regno - DBG_REG_CSR0), &value, true);
    } else if (regno == DBG_REG_PRIV && (value == PRV_U || value == PRV_S || value == PRV_M)) {
        h->priv = (int)value;
        hart_update_tlb_sets(h);
    } else {
        return false;
    }
    return true;
}

int hart_debug_dest_reg(uint32_t insn, int xlen)
{
    if ((insn & 3) != 3) {
        insn = rvc_expand((uint16_t)insn, xlen);
    }
    int rd = (int)((insn >> 7) & 31);
    switch (insn & 0x7f) {
    case 0x37: case 0x17: case 0x6f: case 0x67: case 0x03: case 0x13: case 0x1b:
    case 0x33: case 0x3b: case 0x2f:
        return rd ? rd : -1;
    case 0x73:
        return ((insn >> 12) & 7) && rd ? rd : -1;
    case 0x07: case 0x43: case 0x47: case 0x4b: case 0x4f:
        return DBG_REG_F0 + rd;
    case 0x53: {
        /* compares, fcvt to integer, fmv.x / fclass write x[rd] */
        uint32_t f5 = insn >> 27;
        if (f5 == 0x14 || f5 == 0x18 || f5 == 0x1c) {
            return rd ? rd : -1;
        }
        return DBG_REG_F0 + rd;
    }
    default:
        return -1;
    }
}

/* Snapshot of the trap CSRs, to see whether a trap was taken. */
typedef struct TrapState {
    uint64_t pc, mcause, scause, mepc, sepc;
    int priv;
} TrapState;

static TrapState trap_state(const Hart *h)
{
    return (TrapState){ h->pc, h->mcause, h->scause, h->mepc, h->sepc, h->priv };
}

static bool trap_taken(const TrapState *a, const TrapState *b)
{
    return a->pc != b->pc || a->mcause != b->mcause || a->scause != b->scause ||
           a->mepc != b->mepc || a->sepc != b->sepc || a->priv != b->priv;
}

static void record_trap(const Hart *h, HartStep *s)
{
    bool to_m = h->priv == PRV_M;
    s->cause = to_m ? h->mcause : h->scause;
    s->tval = to_m ? h->mtval : h->stval;
    s->handler = h->pc;
}

/* Fetches the instruction at pc without side effects. */
static bool peek_insn(Hart *h, uint64_t pc, uint32_t *insn)
{
    uint16_t lo, hi;
    if (!hart_debug_read(h, pc, &lo, 2)) {
        return false;
    }
    if ((lo & 3) != 3) {
        *insn = lo;
        return true;
    }
    if (!hart_debug_read(h, pc + 2, &hi, 2)) {
        return false;
    }
    *insn = lo | (uint32_t)hi << 16;
    return true;
}

int hart_debug_step(Hart *h, HartStep *s)
{
    memset(s, 0, sizeof(*s));
    s->dest = -1;
    /* Take pending interrupts now (until none is left to take), so that
     * the instruction read below is the one hart_run() executes. */
    for (int i = 0; i < 4; i++) {
        TrapState before = trap_state(h);
        hart_check_interrupts(h);
        TrapState after = trap_state(h);
        if (!trap_taken(&before, &after)) {
            break;
        }
        if (!s->interrupt) {
            s->irq_pc = before.pc;
        }
        s->interrupt = true;
        h->wfi = false;
        record_trap(h, s);
    }
    s->pc = h->pc;
    s->have_insn = peek_insn(h, h->pc, &s->insn);
    uint64_t instret = h->instret;
    TrapState before = trap_state(h);
    if (hart_run(h, 1) == 0) {
        return 0;
    }
    TrapState after = trap_state(h);
    s->retired = h->instret != instret;
    s->watch = hart_debug_watch_hit(h, NULL, NULL);
    if (s->retired) {
        s->dest = s->have_insn ? hart_debug_dest_reg(s->insn, h->xlen) : -1;
    } else if (trap_taken(&before, &after)) {
        s->trap = true;
        record_trap(h, s);
    }
    return 1;
}
