/* virtio-net, one queue pair (virtio 1.2 §5.1). Every frame on either
 * queue is preceded by the 12-byte struct virtio_net_hdr (§5.1.6: with
 * VERSION_1 num_buffers is always present). Received frames are written
 * into one chain, or several with MRG_RXBUF; a frame that finds no room
 * is handed back to the backend, never waited for.
 *
 * Offloads, so the guest neither checksums nor segments in software:
 * transmitted frames may ask for their TCP/UDP checksum (CSUM) or be TCP
 * segments of up to 64 KiB (HOST_TSO4); received TCP/UDP frames are marked
 * as checksummed (GUEST_CSUM) when the backend vouches for them; and the
 * guest learns the backend's MTU (VIRTIO_NET_F_MTU), so a backend with a
 * large one moves large segments in single frames. The packet work behind
 * these offloads (checksums, segmentation, fragmentation) is
 * net_offload.c's; this file decides when it is done. */
#include "devices/virtio/virtio_net.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/virtio/net_offload.h"

/* Feature bits (§5.1.3). */
#define VIRTIO_NET_F_CSUM (1ull << 0)
#define VIRTIO_NET_F_GUEST_CSUM (1ull << 1)
#define VIRTIO_NET_F_MTU (1ull << 3)
#define VIRTIO_NET_F_MAC (1ull << 5)
#define VIRTIO_NET_F_HOST_TSO4 (1ull << 11)
#define VIRTIO_NET_F_MRG_RXBUF (1ull << 15)
#define VIRTIO_NET_F_STATUS (1ull << 16)
#define VIRTIO_NET_S_LINK_UP 1

/* struct virtio_net_hdr flags and gso_type (§5.1.6). */
#define VIRTIO_NET_HDR_F_NEEDS_CSUM 1
#define VIRTIO_NET_HDR_F_DATA_VALID 2
#define VIRTIO_NET_HDR_GSO_NONE 0
#define VIRTIO_NET_HDR_GSO_TCPV4 1
#define VIRTIO_NET_HDR_GSO_ECN 0x80

enum { NET_RXQ = 0, NET_TXQ = 1 };
enum {
    NET_HDR_SIZE = 12,          /* struct virtio_net_hdr incl. num_buffers */
    NET_HDR_FLAGS = 0,          /* field offsets */
    NET_HDR_GSO_TYPE = 1,
    NET_HDR_HDR_LEN = 2,
    NET_HDR_GSO_SIZE = 4,
    NET_HDR_CSUM_START = 6,
    NET_HDR_CSUM_OFFSET = 8,
    NET_HDR_NUM_BUFFERS = 10,
    NET_CONFIG_SIZE = 12,       /* mac, status, max_virtqueue_pairs, mtu */
    NET_MTU_MIN = 68,           /* §5.1.4.1: the mtu field is 68..65535 */
    NET_TX_FRAME_MAX = NET_BIG_FRAME_MAX,   /* larger guest frames are dropped */
};

typedef struct VirtioNet {
    VirtioDevice *t;            /* its transport-independent part */
    NetBackend *backend;
    uint8_t mac[6];
    uint16_t mtu;               /* the config's mtu: the backend's */
    bool rx_pushed;             /* receive chains used since the last notify */
    VirtqChain rx_first;        /* holds the header of the frame being received */
    VirtqChain rx_more;         /* each further merged buffer, in turn */
    VirtqChain tx;
    uint16_t rx_head[VIRTIO_QUEUE_MAX]; /* chains used by one frame */
    uint32_t rx_len[VIRTIO_QUEUE_MAX];
    uint8_t tx_frame[NET_TX_FRAME_MAX];
    /* Pieces of a split frame, one for each direction: sending a piece to
     * the backend may deliver a frame to the guest before it returns. */
    uint8_t tx_piece[NET_BIG_FRAME_MAX];
    uint8_t rx_piece[NET_BIG_FRAME_MAX];
} VirtioNet;

/* --- the device ------------------------------------------------------------ */

/* struct virtio_net_config (§5.1.4): mac, status, max_virtqueue_pairs,
 * mtu. */
static void net_config_read(void *dev, uint8_t *buf)
{
    VirtioNet *n = dev;
    memcpy(buf, n->mac, 6);
    put_le16(buf + 6, VIRTIO_NET_S_LINK_UP);
    put_le16(buf + 8, 1);
    put_le16(buf + 10, n->mtu);
}

/* The largest IP packet the backend takes whole. */
static size_t backend_mtu(const VirtioNet *n)
{
    return n->backend->mtu ? n->backend->mtu : NET_MTU_DEFAULT;
}

/* Whether the frame (len bytes after its header) of the transmit chain
 * just popped is longer than the backend's link carries: its MTU, the
 * Ethernet header and an 802.1Q tag when the frame has one. Such a frame
 * is dropped, as a link drops it: a driver that took VIRTIO_NET_F_MTU
 * sends none (§5.1.4.2), and the backend takes no more whole (net.h). */
static bool tx_too_long(VirtioNet *n, size_t len)
{
    size_t max = NET_ETH_HLEN + backend_mtu(n);
    uint8_t type[2];
    if (len <= max) {
        return false;
    }
    return len > max + 4 ||
           virtq_chain_read(&n->tx, &n->t->ram, NET_HDR_SIZE + 12, type, 2) != 2 ||
           type[0] != 0x81 || type[1] != 0x00;
}

static int tx_sink(void *ctx, const uint8_t *frame, size_t len)
{
    VirtioNet *n = ctx;
    n->backend->send(n->backend, frame, len);
    return 0;
}

/* Sends a GSO_TCPV4 frame f[0, len) (§5.1.6.2). The headers are parsed
 * here: hdr_len is only a hint the device must not rely on (§5.1.6.2.2),
 * though one pointing past the frame marks a broken header. A frame the
 * backend takes whole goes as one packet with its lengths and checksums
 * made right; otherwise it is cut into gso_size segments, smaller ones
 * when those would not fit the backend's MTU (a driver that did not take
 * VIRTIO_NET_F_MTU sizes them for 1500 bytes; smaller segments are still
 * the same TCP stream). Anything malformed is dropped. */
static void tx_tso4(VirtioNet *n, uint8_t *f, size_t len, size_t hdr_len, size_t gso_size)
{
    NetIp4 ip;
    size_t thl;
    if (gso_size == 0 || hdr_len > len || !net_ip4_parse(f, len, &ip) ||
        ip.proto != NET_IP_PROTO_TCP || ip.fragment ||
        !(thl = net_tcp_hlen(f, len, NET_ETH_HLEN + ip.hl)) || len - NET_ETH_HLEN > NET_MTU_MAX) {
        return;
    }
    uint8_t *h = f + NET_ETH_HLEN;
    size_t hdr = NET_ETH_HLEN + ip.hl + thl;
    if (len - NET_ETH_HLEN <= backend_mtu(n)) {
        /* Computed afresh rather than completed from the driver's partial
         * sum: drivers differ in the length they put in the pseudo-header
         * of a GSO frame. */
        net_ip4_finish(h, ip.hl, len - NET_ETH_HLEN);
        net_tcp4_set_checksum(h, ip.hl, len - NET_ETH_HLEN);
        n->backend->send(n->backend, f, len);
        return;
    }
    size_t mtu = backend_mtu(n);
    if (mtu <= ip.hl + thl) {
        return;
    }
    size_t mss = gso_size < mtu - ip.hl - thl ? gso_size : mtu - ip.hl - thl;
    net_tcp4_segment(f, len, ip.hl, hdr, mss, n->tx_piece, tx_sink, n);
}

/* The frame of the transmit chain just popped (len bytes after its
 * header) as a pointer into guest RAM, when it lies in one buffer; else
 * NULL. */
static const uint8_t *tx_frame_in_place(const VirtqChain *c, const GuestRam *ram, size_t len)
{
    uint64_t skip = NET_HDR_SIZE;
    for (unsigned i = 0; i < c->nreadable; i++) {
        const VirtqSeg *s = &c->seg[i];
        if (skip < s->len) {
            return s->len - skip >= len ? guest_ram_ptr(ram, s->addr + skip, len) : NULL;
        }
        skip -= s->len;
    }
    return NULL;
}

/* One transmitted frame of len bytes with header hdr (§5.1.6.2). A frame
 * needing no change goes to the backend straight from guest RAM when it
 * is contiguous there (the backend copies it anyway); the others are
 * copied first, as the device may not write into the driver's buffers. */
static void tx_frame(VirtioNet *n, const uint8_t *hdr, size_t len)
{
    VirtioDevice *t = n->t;
    const GuestRam *ram = &t->ram;
    bool csum = (hdr[NET_HDR_FLAGS] & VIRTIO_NET_HDR_F_NEEDS_CSUM) &&
                virtio_has_feature(t, VIRTIO_NET_F_CSUM);
    uint8_t gso = hdr[NET_HDR_GSO_TYPE] & (uint8_t)~VIRTIO_NET_HDR_GSO_ECN;
    size_t start = get_le16(hdr + NET_HDR_CSUM_START);
    size_t offset = get_le16(hdr + NET_HDR_CSUM_OFFSET);
    /* §5.1.6.2.1: GSO only as negotiated. */
    if (gso != VIRTIO_NET_HDR_GSO_NONE &&
        (gso != VIRTIO_NET_HDR_GSO_TCPV4 || !virtio_has_feature(t, VIRTIO_NET_F_HOST_TSO4))) {
        return;
    }
    if (gso == VIRTIO_NET_HDR_GSO_NONE && tx_too_long(n, len)) {
        return;
    }
    if (!csum && gso == VIRTIO_NET_HDR_GSO_NONE) {
        const uint8_t *p = tx_frame_in_place(&n->tx, ram, len);
        if (p) {
            n->backend->send(n->backend, p, len);
            return;
        }
    }
    size_t got = virtq_chain_read(&n->tx, ram, NET_HDR_SIZE, n->tx_frame, len);
    if (gso == VIRTIO_NET_HDR_GSO_TCPV4) {
        /* Its checksums are computed afresh; the request only has to
         * make sense. */
        if (!csum || (start <= got && offset + 2 <= got - start)) {
            tx_tso4(n, n->tx_frame, got, get_le16(hdr + NET_HDR_HDR_LEN),
                    get_le16(hdr + NET_HDR_GSO_SIZE));
        }
        return;
    }
    if (!csum || net_csum_complete(n->tx_frame, got, start, offset)) {
        n->backend->send(n->backend, n->tx_frame, got);
    }
}

/* Sends the frame (after its header) of the transmit chain just popped to
 * the backend and returns the chain (§5.1.6.2; virtio_serve_queue's
 * complete). */
static int net_tx_complete(void *dev, VirtQueue *q, const GuestRam *ram)
{
    VirtioNet *n = dev;
    uint64_t len = n->tx.readable_len;
    if (len > NET_HDR_SIZE && len - NET_HDR_SIZE <= NET_TX_FRAME_MAX) {
        uint8_t hdr[NET_HDR_SIZE];
        virtq_chain_read(&n->tx, ram, 0, hdr, sizeof(hdr));
        tx_frame(n, hdr, (size_t)(len - NET_HDR_SIZE));
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

/* GUEST_CSUM and MTU are added by virtio_net_create when the backend
 * allows. HOST_TSO4 needs CSUM (§5.1.3.1). */
static const VirtioDeviceClass virtio_net_class = {
    .device_id = 1,
    .features = VIRTIO_NET_F_MAC | VIRTIO_NET_F_STATUS | VIRTIO_NET_F_MRG_RXBUF |
                VIRTIO_NET_F_CSUM | VIRTIO_NET_F_HOST_TSO4,
    .num_queues = 2,
    .config_size = NET_CONFIG_SIZE,
    .queue_notify = net_queue_notify,
    .config_read = net_config_read,
    .destroy = net_destroy,
};

/* --- receiving ------------------------------------------------------------- */

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

/* The header of a received frame (§5.1.6.4): flags, no GSO information,
 * num_buffers = chains used (1 without MRG_RXBUF). */
static void rx_header(VirtioNet *n, uint16_t num_buffers, uint8_t flags)
{
    uint8_t hdr[NET_HDR_SIZE] = { 0 };
    hdr[NET_HDR_FLAGS] = flags;
    put_le16(hdr + NET_HDR_NUM_BUFFERS, num_buffers);
    virtq_chain_write(&n->rx_first, &n->t->ram, 0, hdr, sizeof(hdr));
}

/* §5.1.6.4: DATA_VALID tells a driver that took GUEST_CSUM not to verify
 * the checksum. Set for whole IPv4 TCP and UDP packets the backend
 * vouches for. */
static uint8_t rx_flags(const VirtioNet *n, const uint8_t *f, size_t len)
{
    NetIp4 ip;
    if (!n->backend->rx_csum_ok || !virtio_has_feature(n->t, VIRTIO_NET_F_GUEST_CSUM) ||
        !net_ip4_parse(f, len, &ip) || ip.fragment || ip.len < ip.hl ||
        NET_ETH_HLEN + ip.len > len) {
        return 0;
    }
    size_t l4 = ip.len - ip.hl;
    bool whole = (ip.proto == NET_IP_PROTO_TCP && l4 >= NET_TCP_HDR_MIN) ||
                 (ip.proto == NET_IP_PROTO_UDP && l4 >= NET_UDP_HDR);
    return whole ? VIRTIO_NET_HDR_F_DATA_VALID : 0;
}

/* One frame into the receive queue (§5.1.6.4), without notifying. */
static enum NetRxResult rx_deliver(VirtioNet *n, VirtQueue *q, const uint8_t *frame, size_t len,
                                   uint8_t flags)
{
    VirtioDevice *t = n->t;
    bool mrg = virtio_has_feature(t, VIRTIO_NET_F_MRG_RXBUF);
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
        rx_header(n, (uint16_t)count, flags);
    } else {
        n->rx_len[0] = 0;
    }
    for (int i = 0; i < count; i++) {
        if (virtq_push(q, &t->ram, n->rx_head[i], n->rx_len[i]) != 0) {
            virtio_set_needs_reset(t);
            return NET_RX_DROPPED;
        }
        n->rx_pushed = true;
    }
    return fits ? NET_RX_TAKEN : NET_RX_DROPPED;
}

typedef struct RxSplit {
    VirtioNet *n;
    VirtQueue *q;
    uint8_t flags;
    int count;
    enum NetRxResult first;
} RxSplit;

static int rx_sink(void *ctx, const uint8_t *frame, size_t len)
{
    RxSplit *s = ctx;
    enum NetRxResult r = rx_deliver(s->n, s->q, frame, len, s->flags);
    if (s->count++ == 0) {
        s->first = r;
    }
    return r != NET_RX_TAKEN;
}

/* A packet larger than the guest's MTU (one that did not take
 * VIRTIO_NET_F_MTU, behind a backend with a larger one): TCP is cut into
 * segments that fit, anything else over IPv4 into fragments; the rest is
 * dropped. Only the first piece can be offered again later: once one
 * reached the guest, pieces finding no room are lost, as on a wire. */
static enum NetRxResult rx_split(VirtioNet *n, VirtQueue *q, const uint8_t *f, size_t len,
                                 size_t mtu)
{
    NetIp4 ip;
    size_t thl;
    if (!net_ip4_parse(f, len, &ip) || ip.len < ip.hl || NET_ETH_HLEN + ip.len > len) {
        return NET_RX_DROPPED;
    }
    len = NET_ETH_HLEN + ip.len;   /* without padding */
    RxSplit s = { .n = n, .q = q, .first = NET_RX_DROPPED };
    if (ip.proto == NET_IP_PROTO_TCP && !ip.fragment &&
        (thl = net_tcp_hlen(f, len, NET_ETH_HLEN + ip.hl)) && ip.hl + thl < mtu) {
        /* The segments get checksums computed here: check the original's
         * first unless the backend vouches for it. */
        if (!n->backend->rx_csum_ok &&
            net_tcp4_checksum(f + NET_ETH_HLEN, ip.hl, ip.len) != 0) {
            return NET_RX_DROPPED;
        }
        s.flags = virtio_has_feature(n->t, VIRTIO_NET_F_GUEST_CSUM) ?
                  VIRTIO_NET_HDR_F_DATA_VALID : 0;
        net_tcp4_segment(f, len, ip.hl, NET_ETH_HLEN + ip.hl + thl, mtu - ip.hl - thl,
                     n->rx_piece, rx_sink, &s);
    } else if (net_ip4_fragment(f, len, ip.hl, mtu, n->rx_piece, rx_sink, &s) < 0) {
        return NET_RX_DROPPED;
    }
    return s.count <= 1 ? s.first : NET_RX_TAKEN;
}

/* NetReceiver.receive: one frame into the receive queue (§5.1.6.4). */
static enum NetRxResult net_receive(void *opaque, const uint8_t *frame, size_t len)
{
    VirtioNet *n = opaque;
    VirtQueue *q = virtio_live_queue(n->t, NET_RXQ);
    if (!q) {
        return NET_RX_DROPPED;
    }
    /* §5.1.6.3: frames up to the negotiated MTU, else Ethernet's (still
     * allowing a VLAN tag). */
    size_t mtu = virtio_has_feature(n->t, VIRTIO_NET_F_MTU) ? n->mtu : NET_MTU_DEFAULT;
    size_t max = NET_ETH_HLEN + mtu > NET_FRAME_MAX ? NET_ETH_HLEN + mtu : NET_FRAME_MAX;
    enum NetRxResult r = len <= max ? rx_deliver(n, q, frame, len, rx_flags(n, frame, len))
                                    : rx_split(n, q, frame, len, mtu);
    if (n->rx_pushed) {
        n->rx_pushed = false;
        virtio_notify_used(n->t, NET_RXQ);
    }
    return r;
}

VirtioDevice *virtio_net_create(const GuestRam *ram, NetBackend *backend, const uint8_t mac[6])
{
    VirtioNet *n = calloc(1, sizeof(*n));
    if (!n) {
        return NULL;
    }
    n->backend = backend;
    memcpy(n->mac, mac, 6);
    unsigned mtu = backend->mtu ? backend->mtu : NET_MTU_DEFAULT;
    n->mtu = (uint16_t)(mtu < NET_MTU_MIN ? NET_MTU_MIN : mtu > NET_MTU_MAX ? NET_MTU_MAX : mtu);
    n->t = virtio_device_create(&virtio_net_class, n, ram);
    if (!n->t) {
        free(n);
        return NULL;
    }
    if (backend->rx_csum_ok) {
        n->t->device_features |= VIRTIO_NET_F_GUEST_CSUM;
    }
    if (n->mtu != NET_MTU_DEFAULT) {
        n->t->device_features |= VIRTIO_NET_F_MTU;
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
