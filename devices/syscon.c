/* sifive,test1 finisher, command encoding as QEMU's hw/misc/sifive_test.c
 * and OpenSBI's sifive_test driver use it. */
#include "syscon.h"

#include <stdlib.h>

enum { FINISHER_FAIL = 0x3333, FINISHER_PASS = 0x5555, FINISHER_RESET = 0x7777 };

struct Syscon {
    void (*on_event)(void *opaque, int event, int code);
    void *opaque;
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
