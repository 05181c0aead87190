/* PLIC, following the RISC-V PLIC specification 1.0.0 with QEMU virt's
 * SiFive register layout and 3-bit priorities. */
#include "plic.h"

#include <stdlib.h>

#define PLIC_WORDS (PLIC_NUM_SOURCES / 32)

enum {
    PLIC_PENDING = 0x1000,
    PLIC_ENABLE = 0x2000,
    PLIC_ENABLE_STRIDE = 0x80,
    PLIC_CONTEXT = 0x200000,
    PLIC_CONTEXT_STRIDE = 0x1000,
};

struct Plic {
    Hart *hart;
    uint32_t priority[PLIC_NUM_SOURCES];
    uint32_t level[PLIC_WORDS];    /* input lines as devices drive them */
    uint32_t pending[PLIC_WORDS];  /* gateway output, not yet claimed */
    uint32_t claimed[PLIC_WORDS];  /* claimed, completion outstanding */
    uint32_t enable[PLIC_NUM_CONTEXTS][PLIC_WORDS];
    uint32_t threshold[PLIC_NUM_CONTEXTS];
};

static const uint64_t context_mip[PLIC_NUM_CONTEXTS] = { MIP_MEIP, MIP_SEIP };

Plic *plic_create(Hart *hart)
{
    Plic *p = calloc(1, sizeof(*p));
    if (p) {
        p->hart = hart;
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

/* Recomputes both contexts' notification lines. */
static void plic_update(Plic *p)
{
    for (int ctx = 0; ctx < PLIC_NUM_CONTEXTS; ctx++) {
        hart_set_irq(p->hart, context_mip[ctx], best_irq(p, ctx) != 0);
    }
}

void plic_set_irq(void *plic, int irq, int level)
{
    Plic *p = plic;
    if (irq <= 0 || irq >= PLIC_NUM_SOURCES) {
        return;
    }
    bit_set(p->level, irq, level != 0);
    /* Level-triggered gateway: a claimed source waits for completion. */
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
        return ctx < PLIC_NUM_CONTEXTS && word < PLIC_WORDS ? p->enable[ctx][word] : 0;
    }
    if (offset >= PLIC_CONTEXT) {
        uint64_t ctx = (offset - PLIC_CONTEXT) / PLIC_CONTEXT_STRIDE;
        uint64_t reg = (offset - PLIC_CONTEXT) % PLIC_CONTEXT_STRIDE;
        if (ctx < PLIC_NUM_CONTEXTS && reg == 0) {
            return p->threshold[ctx];
        }
        if (ctx < PLIC_NUM_CONTEXTS && reg == 4) {
            return plic_claim(p, (int)ctx);
        }
    }
    return 0;
}

static void plic_write_enable(Plic *p, uint64_t offset, uint32_t value)
{
    uint64_t ctx = (offset - PLIC_ENABLE) / PLIC_ENABLE_STRIDE;
    uint64_t word = (offset - PLIC_ENABLE) % PLIC_ENABLE_STRIDE / 4;
    if (ctx < PLIC_NUM_CONTEXTS && word < PLIC_WORDS) {
        p->enable[ctx][word] = word == 0 ? value & ~1u : value;  /* source 0 */
        plic_update(p);
    }
}

static void plic_write_context(Plic *p, uint64_t offset, uint32_t value)
{
    uint64_t ctx = (offset - PLIC_CONTEXT) / PLIC_CONTEXT_STRIDE;
    uint64_t reg = (offset - PLIC_CONTEXT) % PLIC_CONTEXT_STRIDE;
    if (ctx >= PLIC_NUM_CONTEXTS) {
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
