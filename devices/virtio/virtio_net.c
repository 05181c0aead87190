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
 * large one moves large segments in single frames. */
#include "devices/virtio/virtio_net.h"

#include <stdio.h>
#include <stdlib.h>

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

/* IPv4 and TCP as far as the offloads look into them. */
enum {
    ETHERTYPE_IPV4 = 0x0800,
    IP_PROTO_TCP = 6,
    IP_PROTO_UDP = 17,
    IP_HDR_MIN = 20,
    IP_DF = 0x4000,
    IP_MF = 0x2000,
    IP_OFFMASK = 0x1fff,
    TCP_HDR_MIN = 20,
    UDP_HDR = 8,
    TCP_FIN = 0x01,
    TCP_PSH = 0x08,
    TCP_CWR = 0x80,
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

/* --- packet helpers -------------------------------------------------------- */

static uint16_t net_be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static uint32_t net_be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static void net_put_be16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}
static void net_put_be32(uint8_t *p, uint32_t v)
{
    net_put_be16(p, (uint16_t)(v >> 16));
    net_put_be16(p + 2, (uint16_t)v);
}

/* Adds p[0, len) as big-endian 16-bit words (an odd last byte padded with
 * zero) to the Internet checksum sum acc (RFC 1071). Summing 32-bit words
 * gives the same ones' complement result once folded, since 2^16 = 1 in
 * that arithmetic; 64 bits cannot overflow for any frame. */
static uint64_t csum_add(uint64_t acc, const uint8_t *p, size_t len)
{
    for (; len >= 4; p += 4, len -= 4) {
        acc += net_be32(p);
    }
    if (len >= 2) {
        acc += net_be16(p);
        p += 2;
        len -= 2;
    }
    if (len) {
        acc += (uint32_t)p[0] << 8;
    }
    return acc;
}

/* The checksum field value for sum acc: its folded ones' complement. */
static uint16_t csum_finish(uint64_t acc)
{
    while (acc >> 16) {
        acc = (acc & 0xffff) + (acc >> 16);
    }
    return (uint16_t)~acc;
}

/* An IPv4 packet inside an Ethernet frame. */
typedef struct Ip4 {
    size_t hl;          /* header bytes, at NET_ETH_HLEN */
    size_t len;         /* total length, from the header */
    uint8_t proto;
    bool fragment;      /* MF or a fragment offset: no whole L4 packet */
} Ip4;

/* Finds the IPv4 header of frame f[0, len). False when f carries no IPv4
 * (an untagged EtherType 0x0800) or its header does not fit. The total
 * length is not checked against len: callers decide. */
static bool ip4_parse(const uint8_t *f, size_t len, Ip4 *ip)
{
    if (len < NET_ETH_HLEN + IP_HDR_MIN || net_be16(f + 12) != ETHERTYPE_IPV4) {
        return false;
    }
    const uint8_t *h = f + NET_ETH_HLEN;
    ip->hl = (size_t)(h[0] & 15) * 4;
    ip->len = net_be16(h + 2);
    ip->proto = h[9];
    ip->fragment = (net_be16(h + 6) & (IP_MF | IP_OFFMASK)) != 0;
    return h[0] >> 4 == 4 && ip->hl >= IP_HDR_MIN && NET_ETH_HLEN + ip->hl <= len;
}

/* Bytes of the TCP header at offset l4 of frame f[0, len), or 0 when its
 * data offset is bad or the header does not fit. */
static size_t tcp_hlen(const uint8_t *f, size_t len, size_t l4)
{
    if (l4 + TCP_HDR_MIN > len) {
        return 0;
    }
    size_t thl = (size_t)(f[l4 + 12] >> 4) * 4;
    return thl >= TCP_HDR_MIN && l4 + thl <= len ? thl : 0;
}

/* Sets the total length of the IPv4 header h (hl bytes) and recomputes
 * its checksum. */
static void ip4_finish(uint8_t *h, size_t hl, size_t total)
{
    net_put_be16(h + 2, (uint16_t)total);
    net_put_be16(h + 10, 0);
    net_put_be16(h + 10, csum_finish(csum_add(0, h, hl)));
}

/* The TCP checksum of the IPv4 packet at h (header hl bytes, total bytes
 * in all) over the pseudo-header (RFC 793), as it must be stored. */
static uint16_t tcp4_checksum(const uint8_t *h, size_t hl, size_t total)
{
    uint64_t acc = csum_add(IP_PROTO_TCP + (total - hl), h + 12, 8);
    return csum_finish(csum_add(acc, h + hl, total - hl));
}

static void tcp4_set_checksum(uint8_t *h, size_t hl, size_t total)
{
    net_put_be16(h + hl + 16, 0);
    net_put_be16(h + hl + 16, tcp4_checksum(h, hl, total));
}

/* Where the pieces of a split frame go: returns 0 to go on, else stop. */
typedef int (*FrameSink)(void *ctx, const uint8_t *frame, size_t len);

/* Splits the IPv4 TCP frame f[0, len), whose headers (Ethernet, IP of iphl
 * bytes, TCP) take hdr bytes, into segments of at most mss payload bytes
 * built in buf, as a TSO engine does: each gets its IP total length, an IP
 * id one above the previous, its sequence number, FIN and PSH only on the
 * last, CWR only on the first, and both checksums computed afresh. The
 * caller checked the headers, mss >= 1 and that f's IP packet fits in
 * 64 KiB; buf holds at least len bytes (no segment is larger than f).
 * Returns the segments handed to sink. */
static int tcp4_segment(const uint8_t *f, size_t len, size_t iphl, size_t hdr, size_t mss,
                        uint8_t *buf, FrameSink sink, void *ctx)
{
    const size_t payload = len - hdr;
    const uint16_t id = net_be16(f + NET_ETH_HLEN + 4);
    const uint32_t seq = net_be32(f + NET_ETH_HLEN + iphl + 4);
    size_t off = 0;
    int count = 0;
    do {
        size_t n = payload - off < mss ? payload - off : mss;
        uint8_t *ip = buf + NET_ETH_HLEN, *th = ip + iphl;
        memcpy(buf, f, hdr);
        memcpy(buf + hdr, f + hdr + off, n);
        net_put_be16(ip + 4, (uint16_t)(id + count));
        ip4_finish(ip, iphl, hdr - NET_ETH_HLEN + n);
        net_put_be32(th + 4, seq + (uint32_t)off);
        if (off + n < payload) {
            th[13] &= (uint8_t)~(TCP_FIN | TCP_PSH);
        }
        if (count) {
            th[13] &= (uint8_t)~TCP_CWR;
        }
        tcp4_set_checksum(ip, iphl, hdr - NET_ETH_HLEN + n);
        off += n;
        count++;
        if (sink(ctx, buf, hdr + n) != 0) {
            break;
        }
    } while (off < payload);
    return count;
}

/* Splits the IPv4 frame f[0, len) (header iphl bytes, len = NET_ETH_HLEN +
 * its total length) into fragments of at most mtu bytes built in buf (RFC
 * 791). DF is cleared: the fragments are what the link can carry, and
 * they are the only way the packet reaches the guest. Returns the
 * fragments handed to sink, or -1 when mtu leaves no room for data or the
 * offsets would overflow. */
static int ip4_fragment(const uint8_t *f, size_t len, size_t iphl, size_t mtu, uint8_t *buf,
                        FrameSink sink, void *ctx)
{
    const size_t hdr = NET_ETH_HLEN + iphl, data = len - hdr;
    const size_t chunk = mtu > iphl ? (mtu - iphl) & ~(size_t)7 : 0;
    const uint16_t off0 = net_be16(f + NET_ETH_HLEN + 6);
    const size_t base = (size_t)(off0 & IP_OFFMASK) * 8;
    if (chunk == 0 || base + data > 8 * (IP_OFFMASK + 1)) {
        return -1;
    }
    int count = 0;
    for (size_t off = 0; off < data; count++) {
        size_t n = data - off < chunk ? data - off : chunk;
        bool more = off + n < data || (off0 & IP_MF);
        uint8_t *ip = buf + NET_ETH_HLEN;
        memcpy(buf, f, hdr);
        memcpy(buf + hdr, f + hdr + off, n);
        net_put_be16(ip + 6, (uint16_t)((more ? IP_MF : 0) | (base + off) / 8));
        ip4_finish(ip, iphl, iphl + n);
        off += n;
        if (sink(ctx, buf, hdr + n) != 0) {
            return count + 1;
        }
    }
    return count;
}

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
 * made right; otherwise it is cut into gso_size segments. Anything
 * malformed is dropped. */
static void tx_tso4(VirtioNet *n, uint8_t *f, size_t len, size_t hdr_len, size_t gso_size)
{
    Ip4 ip;
    size_t thl;
    if (gso_size == 0 || hdr_len > len || !ip4_parse(f, len, &ip) || ip.proto != IP_PROTO_TCP ||
        ip.fragment || !(thl = tcp_hlen(f, len, NET_ETH_HLEN + ip.hl)) ||
        len - NET_ETH_HLEN > NET_MTU_MAX) {
        return;
    }
    uint8_t *h = f + NET_ETH_HLEN;
    size_t hdr = NET_ETH_HLEN + ip.hl + thl;
    if (len - NET_ETH_HLEN <= backend_mtu(n)) {
        /* Computed afresh rather than completed from the driver's partial
         * sum: drivers differ in the length they put in the pseudo-header
         * of a GSO frame. */
        ip4_finish(h, ip.hl, len - NET_ETH_HLEN);
        tcp4_set_checksum(h, ip.hl, len - NET_ETH_HLEN);
        n->backend->send(n->backend, f, len);
        return;
    }
    tcp4_segment(f, len, ip.hl, hdr, gso_size, n->tx_piece, tx_sink, n);
}

/* §5.1.6.2: sums bytes [start, len) of f, whose field at start + offset
 * holds the pseudo-header sum, and stores the result there. False, with f
 * untouched, when that field is not inside the frame. */
static bool csum_complete(uint8_t *f, size_t len, size_t start, size_t offset)
{
    if (start > len || offset > len - start || len - start - offset < 2) {
        return false;
    }
    uint16_t c = csum_finish(csum_add(0, f + start, len - start));
    /* As Linux's skb_checksum_help: 0 would mean "no checksum" to UDP. */
    net_put_be16(f + start + offset, c ? c : 0xffff);
    return true;
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
    if (!csum || csum_complete(n->tx_frame, got, start, offset)) {
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
    Ip4 ip;
    if (!n->backend->rx_csum_ok || !virtio_has_feature(n->t, VIRTIO_NET_F_GUEST_CSUM) ||
        !ip4_parse(f, len, &ip) || ip.fragment || ip.len < ip.hl ||
        NET_ETH_HLEN + ip.len > len) {
        return 0;
    }
    size_t l4 = ip.len - ip.hl;
    bool whole = (ip.proto == IP_PROTO_TCP && l4 >= TCP_HDR_MIN) ||
                 (ip.proto == IP_PROTO_UDP && l4 >= UDP_HDR);
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
    Ip4 ip;
    size_t thl;
    if (!ip4_parse(f, len, &ip) || ip.len < ip.hl || NET_ETH_HLEN + ip.len > len) {
        return NET_RX_DROPPED;
    }
    len = NET_ETH_HLEN + ip.len;   /* without padding */
    RxSplit s = { .n = n, .q = q, .first = NET_RX_DROPPED };
    if (ip.proto == IP_PROTO_TCP && !ip.fragment &&
        (thl = tcp_hlen(f, len, NET_ETH_HLEN + ip.hl)) && ip.hl + thl < mtu) {
        /* The segments get checksums computed here: check the original's
         * first unless the backend vouches for it. */
        if (!n->backend->rx_csum_ok && tcp4_checksum(f + NET_ETH_HLEN, ip.hl, ip.len) != 0) {
            return NET_RX_DROPPED;
        }
        s.flags = virtio_has_feature(n->t, VIRTIO_NET_F_GUEST_CSUM) ?
                  VIRTIO_NET_HDR_F_DATA_VALID : 0;
        tcp4_segment(f, len, ip.hl, NET_ETH_HLEN + ip.hl + thl, mtu - ip.hl - thl,
                     n->rx_piece, rx_sink, &s);
    } else if (ip4_fragment(f, len, ip.hl, mtu, n->rx_piece, rx_sink, &s) < 0) {
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
