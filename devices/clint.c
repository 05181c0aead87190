/* SiFive CLINT, QEMU virt layout (riscv,clint0). Only one hart is wired. */
#include "clint.h"

#include <stdlib.h>

enum {
    CLINT_MSIP = 0x0,
    CLINT_MTIMECMP = 0x4000,
    CLINT_MTIME = 0xbff8,
};

struct Clint {
    Hart *hart;
    uint64_t (*get_time)(void *opaque);
    void *opaque;
    uint32_t msip;
    uint64_t mtimecmp;
};

Clint *clint_create(Hart *hart, uint64_t (*get_time)(void *opaque), void *opaque)
{
    Clint *c = calloc(1, sizeof(*c));
    if (!c) {
        return NULL;
    }
    c->hart = hart;
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
    hart_set_irq(c->hart, MIP_MTIP, c->get_time(c->opaque) >= c->mtimecmp);
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
        hart_set_irq(c->hart, MIP_MSIP, c->msip != 0);
    } else if (in_reg64(offset, size, CLINT_MTIMECMP)) {
        c->mtimecmp = reg_merge(c->mtimecmp, (unsigned)(offset - CLINT_MTIMECMP), value, size);
        clint_update(c);
    }
}

const MmioOps clint_mmio_ops = {
    .read = clint_read,
    .write = clint_write,
};
