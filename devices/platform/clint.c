/* SiFive CLINT (core-local interruptor), QEMU virt layout (riscv,clint0):
 * msip and mtimecmp for each hart, one mtime. */
#include "devices/platform/clint.h"

#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>

#include "devices/fdt_node.h"
#include "devices/state.h"
#include "emu/hart.h"   /* IRQ_* numbers of the mip bits */

enum {
    CLINT_MSIP = 0x0,
    CLINT_MTIMECMP = 0x4000,
    CLINT_MTIME = 0xbff8,
};

struct Clint {
    int nharts;
    IrqLine msip_line[CLINT_MAX_HARTS], mtip_line[CLINT_MAX_HARTS];
    uint64_t (*get_time)(void *opaque);
    void *opaque;
    uint32_t msip[CLINT_MAX_HARTS];
    uint64_t mtimecmp[CLINT_MAX_HARTS];
};

Clint *clint_create(int nharts, const IrqLine *msip, const IrqLine *mtip,
                    uint64_t (*get_time)(void *opaque), void *opaque)
{
    if (nharts < 1 || nharts > CLINT_MAX_HARTS) {
        return NULL;
    }
    Clint *c = calloc(1, sizeof(*c));
    if (!c) {
        return NULL;
    }
    c->nharts = nharts;
    for (int i = 0; i < nharts; i++) {
        c->msip_line[i] = msip[i];
        c->mtip_line[i] = mtip[i];
        c->mtimecmp[i] = UINT64_MAX;
    }
    c->get_time = get_time;
    c->opaque = opaque;
    return c;
}

void clint_destroy(Clint *c)
{
    free(c);
}

void clint_update(Clint *c)
{
    uint64_t now = c->get_time(c->opaque);
    for (int i = 0; i < c->nharts; i++) {
        irq_line_set(&c->mtip_line[i], now >= c->mtimecmp[i]);
    }
}

uint64_t clint_ticks_until_timer(Clint *c)
{
    uint64_t now = c->get_time(c->opaque), ticks = UINT64_MAX;
    for (int i = 0; i < c->nharts; i++) {
        if (c->mtimecmp[i] != UINT64_MAX) {
            uint64_t t = now >= c->mtimecmp[i] ? 0 : c->mtimecmp[i] - now;
            ticks = t < ticks ? t : ticks;
        }
    }
    return ticks;
}

/* Extracts a size-byte window at byte offset shift of a 64-bit register. */
static uint64_t reg_slice(uint64_t reg, unsigned shift, int size)
{
    uint64_t v = reg >> (shift * 8);
    return size >= 8 ? v : v & ((1ull << (size * 8)) - 1);
}

/* Merges a size-byte write at byte offset shift into a 64-bit register. */
static uint64_t reg_merge(uint64_t reg, unsigned shift, uint64_t value, int size)
{
    uint64_t mask = size >= 8 ? UINT64_MAX : (1ull << (size * 8)) - 1;
    mask <<= shift * 8;
    return (reg & ~mask) | ((value << (shift * 8)) & mask);
}

static bool in_reg64(uint64_t offset, int size, uint64_t base)
{
    return offset >= base && offset + (uint64_t)size <= base + 8;
}

/* The hart whose size-byte register at byte off of an array of stride-byte
 * registers from base the access falls in, or -1. */
static int reg_hart(const Clint *c, uint64_t offset, int size, uint64_t base, unsigned stride)
{
    if (offset < base) {
        return -1;
    }
    uint64_t i = (offset - base) / stride, in = (offset - base) % stride;
    return i < (uint64_t)c->nharts && in + (uint64_t)size <= stride ? (int)i : -1;
}

static uint64_t clint_read(void *dev, uint64_t offset, int size)
{
    Clint *c = dev;
    int h;
    if (in_reg64(offset, size, CLINT_MTIME)) {
        return reg_slice(c->get_time(c->opaque), (unsigned)(offset - CLINT_MTIME), size);
    }
    if (offset < CLINT_MTIMECMP && (h = reg_hart(c, offset, size, CLINT_MSIP, 4)) >= 0) {
        return reg_slice(c->msip[h], (unsigned)(offset % 4), size);
    }
    if ((h = reg_hart(c, offset, size, CLINT_MTIMECMP, 8)) >= 0) {
        return reg_slice(c->mtimecmp[h], (unsigned)(offset % 8), size);
    }
    return 0;
}

static void clint_write(void *dev, uint64_t offset, uint64_t value, int size)
{
    Clint *c = dev;
    int h;
    if (offset < CLINT_MTIMECMP && (h = reg_hart(c, offset, size, CLINT_MSIP, 4)) >= 0) {
        /* Only bit 0 of msip is implemented (privileged spec: WARL). */
        c->msip[h] = (uint32_t)reg_merge(c->msip[h], (unsigned)(offset % 4), value, size) & 1;
        irq_line_set(&c->msip_line[h], c->msip[h] != 0);
    } else if (offset < CLINT_MTIME &&
               (h = reg_hart(c, offset, size, CLINT_MTIMECMP, 8)) >= 0) {
        c->mtimecmp[h] = reg_merge(c->mtimecmp[h], (unsigned)(offset % 8), value, size);
        clint_update(c);
    }
}

const MmioOps clint_mmio_ops = {
    .read = clint_read,
    .write = clint_write,
};

/* --- the device descriptor ------------------------------------------------ */

static void *clint_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    IrqLine msip[CLINT_MAX_HARTS], mtip[CLINT_MAX_HARTS];
    int n = ctx->nharts > 0 ? ctx->nharts : 1;
    for (int i = 0; i < n && i < CLINT_MAX_HARTS; i++) {
        msip[i] = ctx->hart_line(ctx->board, i, IRQ_M_SOFT);
        mtip[i] = ctx->hart_line(ctx->board, i, IRQ_M_TIMER);
    }
    Clint *c = clint_create(n, msip, mtip, ctx->time_ticks, ctx->board);
    if (!c) {
        snprintf(err, errlen, n > CLINT_MAX_HARTS ? "CLINT: at most %d harts" : "out of memory",
                 CLINT_MAX_HARTS);
    }
    return c;
}

static int clint_fdt(void *dev, FdtNodeCtx *f)
{
    uint32_t irqs[4 * CLINT_MAX_HARTS];
    if (f->phase != FDT_PHASE_SOC) {
        return 0;
    }
    for (int i = 0; i < f->nharts && i < CLINT_MAX_HARTS; i++) {
        uint32_t intc = fdt_hart_intc(i);
        irqs[4 * i] = intc, irqs[4 * i + 1] = IRQ_M_SOFT;
        irqs[4 * i + 2] = intc, irqs[4 * i + 3] = IRQ_M_TIMER;
    }
    FDT_TRY(fdt_begin_device(f, "clint", FDT_COMPAT("sifive,clint0\0riscv,clint0")));
    FDT_TRY(fdt_prop_cells(f->fdt, "interrupts-extended", irqs, 4 * f->nharts));
    return fdt_end_node(f->fdt);
}

static void clint_reset(void *dev)
{
    Clint *c = dev;
    for (int i = 0; i < c->nharts; i++) {
        c->msip[i] = 0;
        c->mtimecmp[i] = UINT64_MAX;
        irq_line_set(&c->msip_line[i], 0);
        irq_line_set(&c->mtip_line[i], 0);
    }
}

/* Per hart: msip (u32), mtimecmp (u64); one hart's state is the layout
 * of the single-hart CLINT before. */
static int clint_save(void *dev, StateWriter *w)
{
    Clint *c = dev;
    for (int i = 0; i < c->nharts; i++) {
        state_put_u32(w, c->msip[i]);
        state_put_u64(w, c->mtimecmp[i]);
    }
    return 0;
}

static int clint_load(void *dev, StateReader *r, char *err, size_t errlen)
{
    Clint *c = dev;
    uint32_t msip[CLINT_MAX_HARTS];
    uint64_t mtimecmp[CLINT_MAX_HARTS];
    for (int i = 0; i < c->nharts; i++) {
        msip[i] = state_get_u32(r);
        mtimecmp[i] = state_get_u64(r);
    }
    if (r->failed) {
        snprintf(err, errlen, "CLINT: saved state is truncated");
        return -1;
    }
    for (int i = 0; i < c->nharts; i++) {
        c->msip[i] = msip[i] & 1;
        c->mtimecmp[i] = mtimecmp[i];
        irq_line_set(&c->msip_line[i], c->msip[i] != 0);
    }
    clint_update(c);
    return 0;
}

static uint64_t clint_next_event(void *dev)
{
    return clint_ticks_until_timer(dev);
}

static void clint_update_hook(void *dev)
{
    clint_update(dev);
}

DEVICE_REGISTER(clint_device) = {
    .name = "riscv.sifive.clint",
    .desc = "SiFive CLINT: machine software and timer interrupts (msip, mtimecmp, mtime)",
    .options = (const DeviceOption[]){ { NULL } },
    .mmio_size = CLINT_SIZE,
    .mmio = &clint_mmio_ops,
    .create = clint_new,
    .fdt_node = clint_fdt,
    .reset = clint_reset,
    .update = clint_update_hook,
    .ticks_until_event = clint_next_event,
    .save = clint_save,
    .load = clint_load,
    .destroy = (void (*)(void *))clint_destroy,
};
