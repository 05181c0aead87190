/* sifive,test1 finisher, command encoding as QEMU's hw/misc/sifive_test.c
 * and OpenSBI's sifive_test driver use it. */
#include "devices/platform/syscon.h"

#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>

#include "devices/fdt_node.h"

enum { FINISHER_FAIL = 0x3333, FINISHER_PASS = 0x5555, FINISHER_RESET = 0x7777 };

struct Syscon {
    void (*on_event)(void *opaque, int event, int code);
    void *opaque;
    uint32_t phandle;   /* of its device-tree node, for syscon-poweroff/reboot */
};

Syscon *syscon_create(void (*on_event)(void *opaque, int event, int code), void *opaque)
{
    Syscon *s = calloc(1, sizeof(*s));
    if (s) {
        s->on_event = on_event;
        s->opaque = opaque;
    }
    return s;
}

void syscon_destroy(Syscon *s)
{
    free(s);
}

static uint64_t syscon_read(void *dev, uint64_t offset, int size)
{
    (void)dev;
    (void)offset;
    (void)size;
    return 0;
}

static void syscon_write(void *dev, uint64_t offset, uint64_t value, int size)
{
    Syscon *s = dev;
    if (offset != 0 || size < 2 || !s->on_event) {
        return;
    }
    uint32_t v = (uint32_t)value;
    switch (v & 0xffff) {
    case FINISHER_PASS:
        s->on_event(s->opaque, SYSCON_POWEROFF, 0);
        break;
    case FINISHER_FAIL:
        s->on_event(s->opaque, SYSCON_POWEROFF, (int)(v >> 16));
        break;
    case FINISHER_RESET:
        s->on_event(s->opaque, SYSCON_RESET, 0);
        break;
    default:
        break;
    }
}

const MmioOps syscon_mmio_ops = {
    .read = syscon_read,
    .write = syscon_write,
};

/* --- the device descriptor ------------------------------------------------ */

static void *syscon_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    Syscon *s = syscon_create(ctx->event, ctx->board);
    if (!s) {
        snprintf(err, errlen, "out of memory");
    }
    return s;
}

/* syscon-poweroff / syscon-reboot: writes of value to the finisher. */
static int add_action(void *fdt, const char *node, const char *compat, uint32_t regmap,
                      uint32_t value)
{
    FDT_TRY(fdt_begin_node(fdt, node));
    FDT_TRY(fdt_property_string(fdt, "compatible", compat));
    FDT_TRY(fdt_property_u32(fdt, "regmap", regmap));
    FDT_TRY(fdt_property_u32(fdt, "offset", 0));
    FDT_TRY(fdt_property_u32(fdt, "value", value));
    return fdt_end_node(fdt);
}

/* As QEMU's virt: /poweroff and /reboot at the root point at /soc/test. */
static int syscon_fdt(void *dev, FdtNodeCtx *f)
{
    Syscon *s = dev;
    if (f->phase == FDT_PHASE_ROOT) {
        s->phandle = fdt_alloc_phandle(f);
        FDT_TRY(add_action(f->fdt, "poweroff", "syscon-poweroff", s->phandle, FINISHER_PASS));
        return add_action(f->fdt, "reboot", "syscon-reboot", s->phandle, FINISHER_RESET);
    }
    FDT_TRY(fdt_begin_device(f, "test", FDT_COMPAT("sifive,test1\0sifive,test0\0syscon")));
    FDT_TRY(fdt_property_u32(f->fdt, "phandle", s->phandle));
    return fdt_end_node(f->fdt);
}

DEVICE_REGISTER(syscon_device) = {
    .name = "riscv.sifive.test",
    .desc = "SiFive test finisher: poweroff with an exit code, reset",
    .options = (const DeviceOption[]){ { NULL } },
    .mmio_size = SYSCON_SIZE,
    .mmio = &syscon_mmio_ops,
    .create = syscon_new,
    .fdt_node = syscon_fdt,
    .destroy = (void (*)(void *))syscon_destroy,
};
