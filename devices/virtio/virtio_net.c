/* virtio-net, one queue pair (virtio 1.2 §5.1). Every frame on either
 * queue is preceded by the 12-byte struct virtio_net_hdr (§5.1.6: with
 * VERSION_1 num_buffers is always present). Received frames are written
 * into one chain, or several with MRG_RXBUF; a frame that finds no room
 * is handed back to the backend, never waited for. */
#include "devices/virtio/virtio_net.h"

#include <stdio.h>
#include <stdlib.h>

#define VIRTIO_NET_F_MAC (1ull << 5)
#define VIRTIO_NET_F_MRG_RXBUF (1ull << 15)
#define VIRTIO_NET_F_STATUS (1ull << 16)
#define VIRTIO_NET_S_LINK_UP 1

enum { NET_RXQ = 0, NET_TXQ = 1 };
enum {
    NET_HDR_SIZE = 12,          /* struct virtio_net_hdr incl. num_buffers */
    NET_HDR_NUM_BUFFERS = 10,   /* offset of num_buffers */
    NET_CONFIG_SIZE = 10,       /* mac, status, max_virtqueue_pairs */
    NET_TX_FRAME_MAX = 65536,   /* larger guest frames are dropped */
};

typedef struct VirtioNet {
    VirtioDevice *t;            /* its transport-independent part */
    NetBackend *backend;
    uint8_t mac[6];
    VirtqChain rx_first;        /* holds the header of the frame being received */
    VirtqChain rx_more;         /* each further merged buffer, in turn */
    VirtqChain tx;
    uint16_t rx_head[VIRTIO_QUEUE_MAX]; /* chains used by one frame */
    uint32_t rx_len[VIRTIO_QUEUE_MAX];
    uint8_t tx_frame[NET_TX_FRAME_MAX];
} VirtioNet;

/* struct virtio_net_config (§5.1.4): mac, status, max_virtqueue_pairs. */
static void net_config_read(void *dev, uint8_t *buf)
{
    VirtioNet *n = dev;
    memcpy(buf, n->mac, 6);
    put_le16(buf + 6, VIRTIO_NET_S_LINK_UP);
    put_le16(buf + 8, 1);
}

/* Sends the frame (after its header) of the transmit chain just popped to
 * the backend and returns the chain (§5.1.6.2; virtio_serve_queue's
 * complete). */
static int net_tx_complete(void *dev, VirtQueue *q, const GuestRam *ram)
{
    VirtioNet *n = dev;
    uint64_t len = n->tx.readable_len;
    if (len > NET_HDR_SIZE && len - NET_HDR_SIZE <= NET_TX_FRAME_MAX) {
        size_t got = virtq_chain_read(&n->tx, ram, NET_HDR_SIZE, n->tx_frame,
                                      (size_t)(len - NET_HDR_SIZE));
        n->backend->send(n->backend, n->tx_frame, got);
    }
    return virtq_push(q, ram, n->tx.head, 0);
}

static void net_queue_notify(VirtioDevice *t, void *dev, unsigned qi)
{
    VirtioNet *n = dev;
    if (qi == NET_RXQ) {
        /* New receive buffers: let the backend offer what it held back. */
        n->backend->rx_ready(n->backend);
    } else if (qi == NET_TXQ) {
        virtio_serve_queue(t, qi, &n->tx, net_tx_complete);
    }
}

static void net_destroy(void *dev)
{
    VirtioNet *n = dev;
    n->backend->set_receiver(n->backend, NULL);
    free(n);
}

static const VirtioDeviceClass virtio_net_class = {
    .device_id = 1,
    .features = VIRTIO_NET_F_MAC | VIRTIO_NET_F_STATUS | VIRTIO_NET_F_MRG_RXBUF,
    .num_queues = 2,
    .config_size = NET_CONFIG_SIZE,
    .queue_notify = net_queue_notify,
    .config_read = net_config_read,
    .destroy = net_destroy,
};

/* Writes frame bytes [*off, len) into chain c (after skip bytes of it);
 * advances *off. Returns the bytes the chain now holds. */
static uint32_t fill_chain(VirtioNet *n, VirtqChain *c, uint32_t skip, const uint8_t *frame,
                           size_t len, size_t *off)
{
    size_t done = virtq_chain_write(c, &n->t->ram, skip, frame + *off, len - *off);
    *off += done;
    return skip + (uint32_t)done;
}

/* Pops the chains a frame needs and fills them; the header goes to the
 * first. Returns the chain count, 0 when the ring ran out (the pops are
 * undone), or -1 for a driver error. */
static int rx_fill(VirtioNet *n, VirtQueue *q, const uint8_t *frame, size_t len, bool mrg)
{
    const GuestRam *ram = &n->t->ram;
    size_t off = 0;
    int count = 1, r = virtq_pop(q, ram, &n->rx_first);
    if (r <= 0) {
        return r < 0 ? -1 : 0;
    }
    /* §5.1.6.3.1: every buffer holds at least a header. */
    if (n->rx_first.writable_len < NET_HDR_SIZE) {
        return -1;
    }
    n->rx_head[0] = n->rx_first.head;
    n->rx_len[0] = fill_chain(n, &n->rx_first, NET_HDR_SIZE, frame, len, &off);
    while (mrg && off < len && count < q->size) {
        r = virtq_pop(q, ram, &n->rx_more);
        if (r <= 0 || n->rx_more.writable_len < NET_HDR_SIZE) {
            break;
        }
        n->rx_head[count] = n->rx_more.head;
        n->rx_len[count++] = fill_chain(n, &n->rx_more, 0, frame, len, &off);
    }
    if (r < 0 || (r == 1 && off < len && mrg)) {
        return -1;
    }
    if (off < len && mrg) {
        /* The ring ran dry mid-frame. Nothing is used yet and the guest does
         * not run meanwhile, so the chains simply stay available. */
        q->last_avail_idx = (uint16_t)(q->last_avail_idx - count);
        return 0;
    }
    return count;
}

/* The header of a received frame (§5.1.6.4): no checksum or GSO
 * information, num_buffers = chains used (1 without MRG_RXBUF). */
static void rx_header(VirtioNet *n, uint16_t num_buffers)
{
    uint8_t hdr[NET_HDR_SIZE] = { 0 };
    put_le16(hdr + NET_HDR_NUM_BUFFERS, num_buffers);
    virtq_chain_write(&n->rx_first, &n->t->ram, 0, hdr, sizeof(hdr));
}

/* NetReceiver.receive: one frame into the receive queue (§5.1.6.4). */
static enum NetRxResult net_receive(void *opaque, const uint8_t *frame, size_t len)
{
    VirtioNet *n = opaque;
    VirtioDevice *t = n->t;
    VirtQueue *q = virtio_live_queue(t, NET_RXQ);
    if (!q) {
        return NET_RX_DROPPED;
    }
    bool mrg = (t->driver_features & VIRTIO_NET_F_MRG_RXBUF) != 0;
    int count = rx_fill(n, q, frame, len, mrg);
    if (count < 0) {
        virtio_set_needs_reset(t);
        return NET_RX_DROPPED;
    }
    if (count == 0) {
        return NET_RX_FULL;
    }
    /* Without MRG_RXBUF a short buffer is the driver's fault (§5.1.6.3.1):
     * the frame is lost and the buffer goes back empty. */
    bool fits = n->rx_len[count - 1] == NET_HDR_SIZE + len || mrg;
    if (fits) {
        rx_header(n, (uint16_t)count);
    } else {
        n->rx_len[0] = 0;
    }
    for (int i = 0; i < count; i++) {
        if (virtq_push(q, &t->ram, n->rx_head[i], n->rx_len[i]) != 0) {
            virtio_set_needs_reset(t);
            return NET_RX_DROPPED;
        }
    }
    virtio_notify_used(t, NET_RXQ);
    return fits ? NET_RX_TAKEN : NET_RX_DROPPED;
}

VirtioDevice *virtio_net_create(const GuestRam *ram, NetBackend *backend, const uint8_t mac[6])
{
    VirtioNet *n = calloc(1, sizeof(*n));
    if (!n) {
        return NULL;
    }
    n->backend = backend;
    memcpy(n->mac, mac, 6);
    n->t = virtio_device_create(&virtio_net_class, n, ram);
    if (!n->t) {
        free(n);
        return NULL;
    }
    NetReceiver r = { .receive = net_receive, .opaque = n };
    backend->set_receiver(backend, &r);
    return n->t;
}

/* --- the device descriptor ------------------------------------------------ */

/* "52:54:00:12:34:56" into mac. Returns 0 or -1. */
static int parse_mac(const char *s, uint8_t mac[6])
{
    unsigned b[6];
    char end;
    if (sscanf(s, "%2x:%2x:%2x:%2x:%2x:%2x%c", &b[0], &b[1], &b[2], &b[3], &b[4], &b[5],
               &end) != 6) {
        return -1;
    }
    for (int i = 0; i < 6; i++) {
        mac[i] = (uint8_t)b[i];
    }
    return 0;
}

/* QEMU's first NIC address (52:54:00:12:34:56), then :57, ... for further
 * NICs, so guest scripts written for QEMU match. */
static void *net_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    uint8_t mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, (uint8_t)(0x56 + ctx->instance) };
    const char *id = opts_get(opts, "netdev"), *m = opts_get(opts, "mac");
    if (m && parse_mac(m, mac) != 0) {
        snprintf(err, errlen, "virtio-net-device: mac must be like 52:54:00:12:34:56, not '%s'",
                 m);
        return NULL;
    }
    if (!id) {
        snprintf(err, errlen, "virtio-net-device: netdev=ID is required");
        return NULL;
    }
    NetBackend *be = ctx->backend(ctx->board, BACKEND_NET, id, err, errlen);
    if (!be) {
        return NULL;
    }
    VirtioDevice *v = virtio_net_create(ctx->ram, be, mac);
    if (!v) {
        snprintf(err, errlen, "out of memory");
    }
    return v;
}

DEVICE_REGISTER(virtio_net_device) = {
    .name = "virtio-net-device",
    .desc = "virtio network card (virtio 1.2 §5.1) on a -netdev",
    .options = (const DeviceOption[]){
        { "netdev", "ID of the -netdev it is plugged into" },
        { "mac", "its MAC address (default 52:54:00:12:34:56, then :57 ...)" },
        { NULL },
    },
    .user_creatable = true,
    .virtio = true,
    .create = net_new,
};
