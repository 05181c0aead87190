/* PLIC, following the RISC-V PLIC specification 1.0.0 with QEMU virt's
 * SiFive register layout and 3-bit priorities. */
#include "devices/platform/plic.h"

#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/fdt_node.h"
#include "devices/state.h"
#include "emu/hart.h"   /* IRQ_* numbers of the mip bits */

#define PLIC_WORDS (PLIC_NUM_SOURCES / 32)

enum {
    PLIC_PENDING = 0x1000,
    PLIC_ENABLE = 0x2000,
    PLIC_ENABLE_STRIDE = 0x80,
    PLIC_CONTEXT = 0x200000,
    PLIC_CONTEXT_STRIDE = 0x1000,
};

struct Plic {
    int ncontexts;
    IrqLine out[PLIC_MAX_CONTEXTS];  /* each context's hart input */
    uint32_t priority[PLIC_NUM_SOURCES];
    uint32_t level[PLIC_WORDS];    /* input lines as devices drive them */
    uint32_t pending[PLIC_WORDS];  /* gateway output, not yet claimed */
    uint32_t claimed[PLIC_WORDS];  /* claimed, completion outstanding */
    uint32_t enable[PLIC_MAX_CONTEXTS][PLIC_WORDS];
    uint32_t threshold[PLIC_MAX_CONTEXTS];
};

Plic *plic_create(int ncontexts, const IrqLine *out)
{
    if (ncontexts < 2 || ncontexts > PLIC_MAX_CONTEXTS || (ncontexts & 1)) {
        return NULL;
    }
    Plic *p = calloc(1, sizeof(*p));
    if (p) {
        p->ncontexts = ncontexts;
        memcpy(p->out, out, sizeof(p->out[0]) * (size_t)ncontexts);
    }
    return p;
}

void plic_destroy(Plic *p)
{
    free(p);
}

static bool bit_get(const uint32_t *words, int irq)
{
    return (words[irq / 32] >> (irq % 32)) & 1;
}

static void bit_set(uint32_t *words, int irq, bool on)
{
    uint32_t m = 1u << (irq % 32);
    words[irq / 32] = on ? words[irq / 32] | m : words[irq / 32] & ~m;
}

/* Highest-priority pending, enabled source above the context's threshold;
 * ties go to the lowest id (PLIC spec §5). 0 when there is none. */
static int best_irq(const Plic *p, int ctx)
{
    int best = 0;
    uint32_t best_prio = p->threshold[ctx];
    for (int w = 0; w < PLIC_WORDS; w++) {
        uint32_t cand = p->pending[w] & p->enable[ctx][w];
        while (cand) {
            int irq = w * 32 + __builtin_ctz(cand);
            cand &= cand - 1;
            if (p->priority[irq] > best_prio) {
                best_prio = p->priority[irq];
                best = irq;
            }
        }
    }
    return best;
}

/* Recomputes every context's notification line. */
static void plic_update(Plic *p)
{
    for (int ctx = 0; ctx < p->ncontexts; ctx++) {
        irq_line_set(&p->out[ctx], best_irq(p, ctx) != 0);
    }
}

void plic_set_irq(void *plic, int irq, int level)
{
    Plic *p = plic;
    if (irq <= 0 || irq >= PLIC_NUM_SOURCES) {
        return;
    }
    bit_set(p->level, irq, level != 0);
    /* Level-triggered gateway (PLIC spec §4 and QEMU's sifive_plic alike):
     * pending follows the line until claimed; a claimed source waits for
     * its completion, and is pending again then only if its line is still
     * high. No edge is remembered: a line that drops before the claim
     * leaves nothing pending. */
    bit_set(p->pending, irq, level != 0 && !bit_get(p->claimed, irq));
    plic_update(p);
}

static uint32_t plic_claim(Plic *p, int ctx)
{
    int irq = best_irq(p, ctx);
    if (irq) {
        bit_set(p->pending, irq, false);
        bit_set(p->claimed, irq, true);
        plic_update(p);
    }
    return (uint32_t)irq;
}

/* Completion for a source not enabled in this context is ignored (PLIC
 * spec §9); a source whose line is still high becomes pending again. */
static void plic_complete(Plic *p, int ctx, uint32_t irq)
{
    if (irq == 0 || irq >= PLIC_NUM_SOURCES || !bit_get(p->enable[ctx], (int)irq)) {
        return;
    }
    bit_set(p->claimed, (int)irq, false);
    bit_set(p->pending, (int)irq, bit_get(p->level, (int)irq));
    plic_update(p);
}

static uint64_t plic_read(void *dev, uint64_t offset, int size)
{
    Plic *p = dev;
    if (size != 4 || (offset & 3)) {
        return 0;
    }
    if (offset < PLIC_PENDING) {
        return offset / 4 < PLIC_NUM_SOURCES ? p->priority[offset / 4] : 0;
    }
    if (offset < PLIC_PENDING + 4 * PLIC_WORDS) {
        return p->pending[(offset - PLIC_PENDING) / 4];
    }
    if (offset >= PLIC_ENABLE && offset < PLIC_CONTEXT) {
        uint64_t ctx = (offset - PLIC_ENABLE) / PLIC_ENABLE_STRIDE;
        uint64_t word = (offset - PLIC_ENABLE) % PLIC_ENABLE_STRIDE / 4;
        return ctx < (uint64_t)p->ncontexts && word < PLIC_WORDS ? p->enable[ctx][word] : 0;
    }
    if (offset >= PLIC_CONTEXT) {
        uint64_t ctx = (offset - PLIC_CONTEXT) / PLIC_CONTEXT_STRIDE;
        uint64_t reg = (offset - PLIC_CONTEXT) % PLIC_CONTEXT_STRIDE;
        if (ctx < (uint64_t)p->ncontexts && reg == 0) {
            return p->threshold[ctx];
        }
        if (ctx < (uint64_t)p->ncontexts && reg == 4) {
            return plic_claim(p, (int)ctx);
        }
    }
    return 0;
}

static void plic_write_enable(Plic *p, uint64_t offset, uint32_t value)
{
    uint64_t ctx = (offset - PLIC_ENABLE) / PLIC_ENABLE_STRIDE;
    uint64_t word = (offset - PLIC_ENABLE) % PLIC_ENABLE_STRIDE / 4;
    if (ctx < (uint64_t)p->ncontexts && word < PLIC_WORDS) {
        p->enable[ctx][word] = word == 0 ? value & ~1u : value;  /* source 0 */
        plic_update(p);
    }
}

static void plic_write_context(Plic *p, uint64_t offset, uint32_t value)
{
    uint64_t ctx = (offset - PLIC_CONTEXT) / PLIC_CONTEXT_STRIDE;
    uint64_t reg = (offset - PLIC_CONTEXT) % PLIC_CONTEXT_STRIDE;
    if (ctx >= (uint64_t)p->ncontexts) {
        return;
    }
    if (reg == 0) {
        p->threshold[ctx] = value & PLIC_MAX_PRIORITY;
        plic_update(p);
    } else if (reg == 4) {
        plic_complete(p, (int)ctx, value);
    }
}

static void plic_write(void *dev, uint64_t offset, uint64_t value, int size)
{
    Plic *p = dev;
    if (size != 4 || (offset & 3)) {
        return;
    }
    if (offset < PLIC_PENDING) {
        if (offset / 4 > 0 && offset / 4 < PLIC_NUM_SOURCES) {
            p->priority[offset / 4] = (uint32_t)value & PLIC_MAX_PRIORITY;
            plic_update(p);
        }
    } else if (offset >= PLIC_ENABLE && offset < PLIC_CONTEXT) {
        plic_write_enable(p, offset, (uint32_t)value);
    } else if (offset >= PLIC_CONTEXT) {
        plic_write_context(p, offset, (uint32_t)value);
    }
}

const MmioOps plic_mmio_ops = {
    .read = plic_read,
    .write = plic_write,
};

/* --- the device descriptor ------------------------------------------------ */

/* Context 2n = hart n M mode (MEIP), 2n + 1 = hart n S mode (SEIP). */
static void *plic_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    IrqLine out[PLIC_MAX_CONTEXTS];
    int n = ctx->nharts > 0 ? ctx->nharts : 1;
    for (int i = 0; i < n && 2 * i < PLIC_MAX_CONTEXTS; i++) {
        out[2 * i] = ctx->hart_line(ctx->board, i, IRQ_M_EXT);
        out[2 * i + 1] = ctx->hart_line(ctx->board, i, IRQ_S_EXT);
    }
    Plic *p = plic_create(2 * n, out);
    if (!p) {
        snprintf(err, errlen, 2 * n > PLIC_MAX_CONTEXTS ? "PLIC: at most %d harts"
                                                          : "out of memory",
                 PLIC_MAX_CONTEXTS / 2);
    }
    return p;
}

static int plic_fdt(void *dev, FdtNodeCtx *f)
{
    uint32_t irqs[2 * PLIC_MAX_CONTEXTS];
    int n = f->nharts < PLIC_MAX_CONTEXTS / 2 ? f->nharts : PLIC_MAX_CONTEXTS / 2;
    if (f->phase != FDT_PHASE_SOC) {
        return 0;
    }
    for (int i = 0; i < n; i++) {
        irqs[4 * i] = fdt_hart_intc(i), irqs[4 * i + 1] = IRQ_M_EXT;
        irqs[4 * i + 2] = fdt_hart_intc(i), irqs[4 * i + 3] = IRQ_S_EXT;
    }
    FDT_TRY(fdt_begin_device(f, "plic", FDT_COMPAT("sifive,plic-1.0.0\0riscv,plic0")));
    FDT_TRY(fdt_property_u32(f->fdt, "#interrupt-cells", 1));
    FDT_TRY(fdt_property_u32(f->fdt, "#address-cells", 0));
    FDT_TRY(fdt_property(f->fdt, "interrupt-controller", NULL, 0));
    FDT_TRY(fdt_prop_cells(f->fdt, "interrupts-extended", irqs, 4 * n));
    FDT_TRY(fdt_property_u32(f->fdt, "riscv,ndev", PLIC_NUM_SOURCES - 1));
    FDT_TRY(fdt_property_u32(f->fdt, "phandle", FDT_PH_INTC));
    return fdt_end_node(f->fdt);
}

/* Input levels are the devices' and survive a reset; the rest clears. */
static void plic_reset(void *dev)
{
    Plic *p = dev;
    memset(p->priority, 0, sizeof(p->priority));
    memset(p->claimed, 0, sizeof(p->claimed));
    memset(p->enable, 0, sizeof(p->enable));
    memset(p->threshold, 0, sizeof(p->threshold));
    memcpy(p->pending, p->level, sizeof(p->pending));
    plic_update(p);
}

static void put_words(StateWriter *w, const uint32_t *v, int n)
{
    for (int i = 0; i < n; i++) {
        state_put_u32(w, v[i]);
    }
}

static void get_words(StateReader *r, uint32_t *v, int n)
{
    for (int i = 0; i < n; i++) {
        v[i] = state_get_u32(r);
    }
}

static int plic_save(void *dev, StateWriter *w)
{
    Plic *p = dev;
    put_words(w, p->priority, PLIC_NUM_SOURCES);
    put_words(w, p->level, PLIC_WORDS);
    put_words(w, p->pending, PLIC_WORDS);
    put_words(w, p->claimed, PLIC_WORDS);
    put_words(w, &p->enable[0][0], p->ncontexts * PLIC_WORDS);
    put_words(w, p->threshold, p->ncontexts);
    return 0;
}

static int plic_load(void *dev, StateReader *r, char *err, size_t errlen)
{
    Plic *p = dev, s = *p;
    get_words(r, s.priority, PLIC_NUM_SOURCES);
    get_words(r, s.level, PLIC_WORDS);
    get_words(r, s.pending, PLIC_WORDS);
    get_words(r, s.claimed, PLIC_WORDS);
    get_words(r, &s.enable[0][0], p->ncontexts * PLIC_WORDS);
    get_words(r, s.threshold, p->ncontexts);
    if (r->failed) {
        snprintf(err, errlen, "PLIC: saved state is truncated");
        return -1;
    }
    for (int i = 0; i < PLIC_NUM_SOURCES; i++) {
        s.priority[i] &= PLIC_MAX_PRIORITY;
    }
    for (int c = 0; c < p->ncontexts; c++) {
        s.threshold[c] &= PLIC_MAX_PRIORITY;
    }
    /* Source 0 does not exist (PLIC spec §3). */
    s.level[0] &= ~1u, s.pending[0] &= ~1u, s.claimed[0] &= ~1u;
    *p = s;
    plic_update(p);
    return 0;
}

static void plic_set_irq_hook(void *dev, int irq, int level)
{
    plic_set_irq(dev, irq, level);
}

DEVICE_REGISTER(plic_device) = {
    .name = "riscv.sifive.plic",
    .desc = "SiFive PLIC: 95 interrupt sources, M and S contexts of every hart",
    .options = (const DeviceOption[]){ { NULL } },
    .mmio_size = PLIC_SIZE,
    .mmio = &plic_mmio_ops,
    .irq_input = plic_set_irq_hook,
    .create = plic_new,
    .fdt_node = plic_fdt,
    .reset = plic_reset,
    .save = plic_save,
    .load = plic_load,
    .destroy = (void (*)(void *))plic_destroy,
};
