/* virtio-console, one port without MULTIPORT (virtio 1.2 §5.3). */
#include "devices/virtio/virtio_console.h"

#include <stdio.h>
#include <stdlib.h>

#include "devices/state.h"

#define VIRTIO_CONSOLE_F_SIZE (1ull << 0)
#define VIRTIO_CONSOLE_F_EMERG_WRITE (1ull << 2)

enum { CONSOLE_RXQ = 0, CONSOLE_TXQ = 1 };
enum { CONSOLE_CONFIG_SIZE = 12, CONSOLE_EMERG_WR = 8 };

typedef struct VirtioConsole {
    VirtioDevice *v;
    CharBackend *out;
    uint16_t cols, rows;
    bool size_announced;       /* the driver has been told the size once up */
    VirtqChain chain;
} VirtioConsole;

static void console_output(VirtioConsole *c, const uint8_t *buf, size_t len)
{
    chardev_write(c->out, c->v, buf, len);
}

/* struct virtio_console_config (§5.3.4): cols, rows, max_nr_ports (0, no
 * MULTIPORT), emerg_wr (write-only, reads 0). */
static void console_config_read(void *dev, uint8_t *buf)
{
    VirtioConsole *c = dev;
    put_le16(buf + 0, c->cols);
    put_le16(buf + 2, c->rows);
}

/* §5.3.4: a write to emerg_wr outputs its low byte at once. */
static void console_config_write(void *dev, const uint8_t *buf, uint32_t off, uint32_t len)
{
    if (off == CONSOLE_EMERG_WR && len >= 1) {
        console_output(dev, buf + CONSOLE_EMERG_WR, 1);
    }
}

/* Sends every readable byte of the transmit chain just popped and returns
 * it empty (virtio_serve_queue's complete). */
static int console_tx_complete(void *dev, VirtQueue *q, const GuestRam *ram)
{
    VirtioConsole *c = dev;
    for (unsigned i = 0; i < c->chain.nreadable; i++) {
        const VirtqSeg *s = &c->chain.seg[i];
        console_output(c, guest_ram_ptr(ram, s->addr, s->len), s->len);
    }
    return virtq_push(q, ram, c->chain.head, 0);
}

static void console_queue_notify(VirtioDevice *t, void *dev, unsigned qi)
{
    VirtioConsole *c = dev;
    /* New receive buffers need nothing: nothing is held back here, the host
     * offers its pending input again with virtio_console_receive. */
    if (qi == CONSOLE_TXQ) {
        virtio_serve_queue(t, qi, &c->chain, console_tx_complete);
    }
}

/* Once per slice: a size set before the driver was up is announced again
 * when it is (Linux reads the size on a config change). */
static void console_update(VirtioDevice *v, void *dev)
{
    VirtioConsole *c = dev;
    if (!c->size_announced && virtio_console_ready(v)) {
        c->size_announced = true;
        virtio_config_changed(v);
    }
}

static void console_reset(void *dev)
{
    VirtioConsole *c = dev;
    c->size_announced = false;
}

static int console_save(void *dev, StateWriter *w)
{
    VirtioConsole *c = dev;
    state_put_u16(w, c->cols);
    state_put_u16(w, c->rows);
    state_put_bool(w, c->size_announced);
    return 0;
}

static int console_load(void *dev, StateReader *r, char *err, size_t errlen)
{
    VirtioConsole *c = dev;
    uint16_t cols = state_get_u16(r), rows = state_get_u16(r);
    bool announced = state_get_bool(r);
    if (r->failed) {
        snprintf(err, errlen, "virtio-serial-device: saved state is truncated");
        return -1;
    }
    c->cols = cols, c->rows = rows, c->size_announced = announced;
    return 0;
}

static void console_destroy(void *dev)
{
    VirtioConsole *c = dev;
    if (c->out) {
        chardev_detach(c->out, c->v);
    }
    free(c);
}

static const VirtioDeviceClass virtio_console_class = {
    .device_id = 3,
    .features = VIRTIO_CONSOLE_F_SIZE | VIRTIO_CONSOLE_F_EMERG_WRITE,
    .num_queues = 2,
    .config_size = CONSOLE_CONFIG_SIZE,
    .queue_notify = console_queue_notify,
    .config_read = console_config_read,
    .config_write = console_config_write,
    .reset = console_reset,
    .update = console_update,
    .save = console_save,
    .load = console_load,
    .destroy = console_destroy,
};

static uint16_t clamp16(int v)
{
    return (uint16_t)(v < 0 ? 0 : v > 0xffff ? 0xffff : v);
}

VirtioDevice *virtio_console_create(const GuestRam *ram, CharBackend *out, int cols, int rows)
{
    VirtioConsole *c = calloc(1, sizeof(*c));
    if (!c) {
        return NULL;
    }
    c->out = out;
    c->cols = clamp16(cols);
    c->rows = clamp16(rows);
    VirtioDevice *v = virtio_device_create(&virtio_console_class, c, ram);
    if (!v) {
        free(c);
        return NULL;
    }
    c->v = v;
    return v;
}

bool virtio_console_ready(VirtioDevice *v)
{
    return virtio_live_queue(v, CONSOLE_RXQ) != NULL;
}

size_t virtio_console_receive(VirtioDevice *v, const uint8_t *buf, size_t len)
{
    VirtioConsole *c = v->dev;
    VirtQueue *q = virtio_live_queue(v, CONSOLE_RXQ);
    size_t done = 0;
    int r = 0;
    while (q && done < len && (r = virtq_pop(q, &v->ram, &c->chain)) == 1) {
        done += virtq_chain_write(&c->chain, &v->ram, 0, buf + done, len - done);
        if (virtq_push(q, &v->ram, c->chain.head, c->chain.written) != 0) {
            r = -1;
            break;
        }
    }
    if (r < 0) {
        virtio_set_needs_reset(v);
    }
    if (q) {
        virtio_notify_used(v, CONSOLE_RXQ);
    }
    return done;
}

void virtio_console_resize(VirtioDevice *v, int cols, int rows)
{
    VirtioConsole *c = v->dev;
    c->cols = clamp16(cols);
    c->rows = clamp16(rows);
    virtio_config_changed(v);
}

/* --- the device descriptor ------------------------------------------------ */

static size_t fe_receive(void *opaque, const uint8_t *buf, size_t len)
{
    return virtio_console_receive(opaque, buf, len);
}

static bool fe_can_receive(void *opaque)
{
    return virtio_console_ready(opaque);
}

static void fe_resize(void *opaque, int cols, int rows)
{
    virtio_console_resize(opaque, cols, rows);
}

/* Attached to the machine's console; it receives input once the guest
 * writes to it (devices/chardev.h) and its driver has buffers posted. */
static void *console_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    VirtioDevice *v = virtio_console_create(ctx->ram, ctx->console, ctx->console->cols,
                                            ctx->console->rows);
    if (!v) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    const CharFrontend fe = { .receive = fe_receive, .can_receive = fe_can_receive,
                              .resize = fe_resize, .opaque = v };
    if (chardev_attach(ctx->console, &fe) != 0) {
        snprintf(err, errlen, "virtio-serial-device: too many devices on the console");
        virtio_device_destroy(v);
        return NULL;
    }
    return v;
}

DEVICE_REGISTER(virtio_console_device) = {
    .name = "virtio-serial-device",
    .desc = "virtio console (virtio 1.2 §5.3), one port on the machine's console (hvc0)",
    .options = (const DeviceOption[]){ { NULL } },
    .user_creatable = true,
    .virtio = true,
    .create = console_new,
};
