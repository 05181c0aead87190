/* virtio-console, one port without MULTIPORT (virtio 1.2 §5.3). */
#include "virtio_console.h"

#include <stdlib.h>

#define VIRTIO_CONSOLE_F_SIZE (1ull << 0)
#define VIRTIO_CONSOLE_F_EMERG_WRITE (1ull << 2)

enum { CONSOLE_RXQ = 0, CONSOLE_TXQ = 1 };
enum { CONSOLE_CONFIG_SIZE = 12, CONSOLE_EMERG_WR = 8 };

typedef struct VirtioConsole {
    CharBackend *out;
    uint16_t cols, rows;
    VirtqChain chain;
} VirtioConsole;

static void console_output(VirtioConsole *c, const uint8_t *buf, size_t len)
{
    if (c->out && c->out->write && len) {
        c->out->write(c->out, buf, len);
    }
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
 * it empty (virtio_mmio_serve_queue's complete). */
static int console_tx_complete(void *dev, VirtQueue *q, const GuestRam *ram)
{
    VirtioConsole *c = dev;
    for (unsigned i = 0; i < c->chain.nreadable; i++) {
        const VirtqSeg *s = &c->chain.seg[i];
        console_output(c, guest_ram_ptr(ram, s->addr, s->len), s->len);
    }
    return virtq_push(q, ram, c->chain.head, 0);
}

static void console_queue_notify(VirtioMmio *t, void *dev, unsigned qi)
{
    VirtioConsole *c = dev;
    /* New receive buffers need nothing: nothing is held back here, the host
     * offers its pending input again with virtio_console_receive. */
    if (qi == CONSOLE_TXQ) {
        virtio_mmio_serve_queue(t, qi, &c->chain, console_tx_complete);
    }
}

static const VirtioDeviceClass virtio_console_class = {
    .device_id = 3,
    .features = VIRTIO_CONSOLE_F_SIZE | VIRTIO_CONSOLE_F_EMERG_WRITE,
    .num_queues = 2,
    .config_size = CONSOLE_CONFIG_SIZE,
    .queue_notify = console_queue_notify,
    .config_read = console_config_read,
    .config_write = console_config_write,
    .destroy = free,
};

static uint16_t clamp16(int v)
{
    return (uint16_t)(v < 0 ? 0 : v > 0xffff ? 0xffff : v);
}

VirtioMmio *virtio_console_create(const GuestRam *ram, IrqLine irq, CharBackend *out,
                                  int cols, int rows)
{
    VirtioConsole *c = calloc(1, sizeof(*c));
    if (!c) {
        return NULL;
    }
    c->out = out;
    c->cols = clamp16(cols);
    c->rows = clamp16(rows);
    VirtioMmio *t = virtio_mmio_create(&virtio_console_class, c, ram, irq);
    if (!t) {
        free(c);
    }
    return t;
}

bool virtio_console_ready(VirtioMmio *t)
{
    return virtio_mmio_live_queue(t, CONSOLE_RXQ) != NULL;
}

size_t virtio_console_receive(VirtioMmio *t, const uint8_t *buf, size_t len)
{
    VirtioConsole *c = t->dev;
    VirtQueue *q = virtio_mmio_live_queue(t, CONSOLE_RXQ);
    size_t done = 0;
    int r = 0;
    while (q && done < len && (r = virtq_pop(q, &t->ram, &c->chain)) == 1) {
        done += virtq_chain_write(&c->chain, &t->ram, 0, buf + done, len - done);
        if (virtq_push(q, &t->ram, c->chain.head, c->chain.written) != 0) {
            r = -1;
            break;
        }
    }
    if (r < 0) {
        virtio_mmio_set_needs_reset(t);
    }
    if (q) {
        virtio_mmio_notify_used(t, CONSOLE_RXQ);
    }
    return done;
}

void virtio_console_resize(VirtioMmio *t, int cols, int rows)
{
    VirtioConsole *c = t->dev;
    c->cols = clamp16(cols);
    c->rows = clamp16(rows);
    virtio_mmio_config_changed(t);
}
