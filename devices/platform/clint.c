/* SiFive CLINT (core-local interruptor), QEMU virt layout (riscv,clint0).
 * Only one hart is wired. */
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
    IrqLine msip_line, mtip_line;   /* the hart's MSIP and MTIP inputs */
    uint64_t (*get_time)(void *opaque);
    void *opaque;
    uint32_t msip;
    uint64_t mtimecmp;
};

Clint *clint_create(IrqLine msip, IrqLine mtip, uint64_t (*get_time)(void *opaque),
                    void *opaque)
{
    Clint *c = calloc(1, sizeof(*c));
    if (!c) {
        return NULL;
    }
    c->msip_line = msip;
    c->mtip_line = mtip;
    c->get_time = get_time;
    c->opaque = opaque;
    c->mtimecmp = UINT64_MAX;
    return c;
}

void clint_destroy(Clint *c)
{
    free(c);
}

void clint_update(Clint *c)
{
    irq_line_set(&c->mtip_line, c->get_time(c->opaque) >= c->mtimecmp);
}

uint64_t clint_ticks_until_timer(Clint *c)
{
    if (c->mtimecmp == UINT64_MAX) {
        return UINT64_MAX;
    }
    uint64_t now = c->get_time(c->opaque);
    return now >= c->mtimecmp ? 0 : c->mtimecmp - now;
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

static uint64_t clint_read(void *dev, uint64_t offset, int size)
{
    Clint *c = dev;
    if (offset + (uint64_t)size <= CLINT_MSIP + 4) {
        return reg_slice(c->msip, (unsigned)offset, size);
    }
    if (in_reg64(offset, size, CLINT_MTIMECMP)) {
        return reg_slice(c->mtimecmp, (unsigned)(offset - CLINT_MTIMECMP), size);
    }
    if (in_reg64(offset, size, CLINT_MTIME)) {
        return reg_slice(c->get_time(c->opaque), (unsigned)(offset - CLINT_MTIME), size);
    }
    return 0;
}

static void clint_write(void *dev, uint64_t offset, uint64_t value, int size)
{
    Clint *c = dev;
    if (offset + (uint64_t)size <= CLINT_MSIP + 4) {
        /* Only bit 0 of msip is implemented (privileged spec: WARL). */
        c->msip = (uint32_t)reg_merge(c->msip, (unsigned)offset, value, size) & 1;
        irq_line_set(&c->msip_line, c->msip != 0);
    } else if (in_reg64(offset, size, CLINT_MTIMECMP)) {
        c->mtimecmp = reg_merge(c->mtimecmp, (unsigned)(offset - CLINT_MTIMECMP), value, size);
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
    Clint *c = clint_create(ctx->hart_line(ctx->board, 0, IRQ_M_SOFT),
                            ctx->hart_line(ctx->board, 0, IRQ_M_TIMER), ctx->time_ticks,
                            ctx->board);
    if (!c) {
        snprintf(err, errlen, "out of memory");
    }
    return c;
}

static int clint_fdt(void *dev, FdtNodeCtx *f)
{
    const uint32_t irqs[] = { FDT_PH_CPU_INTC, IRQ_M_SOFT, FDT_PH_CPU_INTC, IRQ_M_TIMER };
    if (f->phase != FDT_PHASE_SOC) {
        return 0;
    }
    FDT_TRY(fdt_begin_device(f, "clint", FDT_COMPAT("sifive,clint0\0riscv,clint0")));
    FDT_TRY(fdt_prop_cells(f->fdt, "interrupts-extended", irqs, 4));
    return fdt_end_node(f->fdt);
}

static void clint_reset(void *dev)
{
    Clint *c = dev;
    c->msip = 0;
    c->mtimecmp = UINT64_MAX;
    irq_line_set(&c->msip_line, 0);
    irq_line_set(&c->mtip_line, 0);
}

static int clint_save(void *dev, StateWriter *w)
{
    Clint *c = dev;
    state_put_u32(w, c->msip);
    state_put_u64(w, c->mtimecmp);
    return 0;
}

static int clint_load(void *dev, StateReader *r, char *err, size_t errlen)
{
    Clint *c = dev;
    uint32_t msip = state_get_u32(r);
    uint64_t mtimecmp = state_get_u64(r);
    if (r->failed) {
        snprintf(err, errlen, "CLINT: saved state is truncated");
        return -1;
    }
    c->msip = msip & 1;
    c->mtimecmp = mtimecmp;
    irq_line_set(&c->msip_line, c->msip != 0);
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
