/* libFuzzer target: a virtio-net device (virtio 1.2 §5.1) and its offloads
 * (net_offload.c), driven through virtio-mmio as a guest driver would, over
 * a recording backend. Whatever the driver and the network hand it, the
 * device must not crash, read or write out of bounds, hit undefined
 * behaviour, hand the backend a frame larger than the link carries, or
 * give the guest a receive buffer it cannot make sense of.
 *
 * Input: byte 0, then records until the input ends.
 *   byte 0   bit 0 CSUM, 1 GUEST_CSUM, 2 HOST_TSO4, 3 MRG_RXBUF, 4 MTU: the
 *            features the driver asks for (it gets those offered);
 *            bit 5: records are received frames, else transmitted ones;
 *            bits 6-7: the backend (its MTU and checksum promise, profiles[])
 *   TX record  12-byte struct virtio_net_hdr, u16 LE frame length, a layout
 *            byte (bits 0-3: descriptors the frame is cut into, 0 = header
 *            and frame in one; bit 4: length + 65536; bit 5: the header
 *            itself cut in two; bit 6: the backend loops sent frames back to
 *            the device), then the frame
 *   RX record  a post byte (bits 0-3: receive buffers to post; bit 4:
 *            notify the receive queue after posting; bit 5: length +
 *            65536), a u16 LE size per buffer (0 = the largest), u16 LE
 *            frame length, then the frame, delivered as the backend would
 * A frame longer than what is left of the input is completed with filler
 * bytes, so a short input can still describe a 64 KiB frame.
 *
 * "--write-seeds DIR" writes the seeds of corpus/net/ (see
 * LLVMFuzzerInitialize). See README.md. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/guest_ram.h"
#include "devices/net.h"
#include "devices/virtio/virtio.h"
#include "devices/virtio/virtio_mmio.h"
#include "devices/virtio/virtio_net.h"
#include "tests/fuzz/fuzzlib.h"

/* Feature bits (§5.1.3) and struct virtio_net_hdr (§5.1.6). */
#define F_CSUM (1ull << 0)
#define F_GUEST_CSUM (1ull << 1)
#define F_MTU (1ull << 3)
#define F_MAC (1ull << 5)
#define F_HOST_TSO4 (1ull << 11)
#define F_MRG_RXBUF (1ull << 15)
#define F_STATUS (1ull << 16)
enum { HDR = 12, HDR_F_NEEDS_CSUM = 1, HDR_F_DATA_VALID = 2, GSO_TCPV4 = 1, GSO_UDP = 3 };

/* The input's first byte. */
enum { IN_RX = 1 << 5, IN_PROFILE_SHIFT = 6 };
/* TX layout and RX post bytes. */
enum { TX_PIECES = 15, TX_LEN_HIGH = 1 << 4, TX_SPLIT_HDR = 1 << 5, TX_LOOPBACK = 1 << 6 };
enum { RX_BUFS = 15, RX_NOTIFY = 1 << 4, RX_LEN_HIGH = 1 << 5 };
enum { RECORDS_MAX = 32, RESETS_MAX = 4 };

/* The backends a device may sit on. */
static const struct {
    unsigned mtu;
    bool csum_ok;
} profiles[4] = {
    { 0, true },        /* Ethernet's MTU, checksums vouched for */
    { 576, false },     /* a small link: large TCP frames must be cut */
    { 9000, false },    /* jumbo frames, checksums unverified */
    { 65520, true },    /* slirp */
};

/* Guest RAM: the queues' rings, one transmit area and a slot per receive
 * descriptor, each large enough for a header and the largest frame. */
enum { QSIZE = 16, RXQ = 0, TXQ = 1 };
#define RAM_BASE 0x80000000ull
#define SLOT 0x10100u
#define RING(q) (RAM_BASE + 0x1000 + (q) * 0x3000ull)
#define TX_AREA (RAM_BASE + 0x8000)
#define RX_AREA (RAM_BASE + 0x20000)
#define RAM_SIZE (0x20000 + QSIZE * SLOT)

/* virtio-mmio registers (§4.2.2). */
enum {
    R_DEV_FEAT = 0x010, R_DEV_FEAT_SEL = 0x014, R_DRV_FEAT = 0x020, R_DRV_FEAT_SEL = 0x024,
    R_QSEL = 0x030, R_QNUM = 0x038, R_QREADY = 0x044, R_NOTIFY = 0x050, R_STATUS = 0x070,
    R_QDESC = 0x080, R_QDRIVER = 0x090, R_QDEVICE = 0x0a0, R_CONFIG = 0x100,
};

/* Ends the run on something the device must never do; libFuzzer keeps
 * the input. */
_Noreturn static void fail(const char *what)
{
    fprintf(stderr, "fuzz_net: %s\n", what);
    abort();
}

/* --- the backend ------------------------------------------------------------ */

typedef struct Backend {
    NetBackend base;
    NetReceiver rx;
    const GuestRam *ram;
    bool loopback;               /* sent frames go back to the receiver */
    bool holding;                /* held[0, held_len) waits for buffers */
    size_t held_len;
    unsigned sent;
} Backend;

static uint8_t held[NET_BIG_FRAME_MAX], sent_copy[NET_BIG_FRAME_MAX];

/* The largest frame the backend's link carries: its MTU, the Ethernet
 * header and an 802.1Q tag when the frame has one. */
static size_t link_frame_max(const NetBackend *b, const uint8_t *f, size_t len)
{
    size_t mtu = b->mtu ? b->mtu : NET_MTU_DEFAULT;
    bool tagged = len >= NET_ETH_HLEN && f[12] == 0x81 && f[13] == 0x00;
    return NET_ETH_HLEN + mtu + (tagged ? 4 : 0);
}

/* The receiver's contract (net.h): Ethernet's frame size, or the MTU's. */
static size_t rx_frame_max(const NetBackend *b)
{
    size_t mtu = b->mtu ? b->mtu : NET_MTU_DEFAULT;
    return NET_ETH_HLEN + mtu > NET_FRAME_MAX ? NET_ETH_HLEN + mtu : NET_FRAME_MAX;
}

/* Offers a frame to the device, holding it when the device has no room. */
static void be_offer(Backend *be, const uint8_t *f, size_t len)
{
    if (!be->rx.receive) {
        return;
    }
    if (be->rx.receive(be->rx.opaque, f, len) != NET_RX_FULL) {
        be->holding = be->holding && f != held;
        return;
    }
    if (f != held) {
        memcpy(held, f, len);
    }
    be->held_len = len;
    be->holding = true;
}

static int be_send(NetBackend *b, const uint8_t *frame, size_t len)
{
    Backend *be = b->opaque;
    uintptr_t p = (uintptr_t)frame, ram = (uintptr_t)be->ram->host;
    if (!frame || len > NET_BIG_FRAME_MAX ||
        (p >= ram && p < ram + be->ram->size && len > ram + be->ram->size - p)) {
        fail("a sent frame runs past guest RAM or is longer than any frame");
    }
    memcpy(sent_copy, frame, len);   /* outside guest RAM, ASan checks each byte */
    if (len > link_frame_max(b, sent_copy, len)) {
        fail("a sent frame is longer than the link carries");
    }
    be->sent++;
    if (be->loopback) {
        be_offer(be, sent_copy, len);
    }
    return 0;
}

static void be_set_receiver(NetBackend *b, const NetReceiver *r)
{
    Backend *be = b->opaque;
    be->rx = r ? *r : (NetReceiver){ 0 };
}

static void be_rx_ready(NetBackend *b)
{
    Backend *be = b->opaque;
    if (be->holding) {
        be_offer(be, held, be->held_len);
    }
}

/* --- the driver ------------------------------------------------------------- */

typedef struct Drv {
    GuestRam ram;
    Backend be;
    VirtioDevice *v;
    VirtioMmio *t;
    uint64_t want;               /* the features asked for */
    uint64_t features;           /* ... and those negotiated */
    size_t rx_max;               /* the largest frame the guest may receive */
    bool rx_mode;
    unsigned resets;
    uint16_t avail_idx[2], used_seen[2];
    bool posted[QSIZE];          /* receive descriptor i is the device's */
    uint32_t size[QSIZE];        /* ... and its bytes */
    /* A received frame spread over several buffers (MRG_RXBUF). */
    unsigned pending;
    size_t frame_len;
} Drv;

static uint8_t *host(Drv *d, uint64_t gpa) { return d->ram.host + (gpa - RAM_BASE); }

static uint32_t rd(Drv *d, uint64_t off) { return (uint32_t)virtio_mmio_ops.read(d->t, off, 4); }

static void wr(Drv *d, uint64_t off, uint32_t v) { virtio_mmio_ops.write(d->t, off, v, 4); }

static void put_desc(Drv *d, unsigned q, unsigned i, uint64_t addr, uint32_t len, uint16_t flags)
{
    uint8_t *p = host(d, RING(q) + 16 * i);
    put_le64(p, addr);
    put_le32(p + 8, len);
    put_le16(p + 12, flags);
    put_le16(p + 14, (uint16_t)(i + 1));
}

static void make_avail(Drv *d, unsigned q, uint16_t head)
{
    uint8_t *avail = host(d, RING(q) + 0x1000);
    put_le16(avail + 4 + 2 * (d->avail_idx[q] % QSIZE), head);
    put_le16(avail + 2, ++d->avail_idx[q]);
}

static bool get_used(Drv *d, unsigned q, uint32_t *id, uint32_t *len)
{
    uint8_t *used = host(d, RING(q) + 0x2000);
    if (get_le16(used + 2) == d->used_seen[q]) {
        return false;
    }
    uint8_t *e = used + 4 + 8 * (d->used_seen[q]++ % QSIZE);
    *id = get_le32(e);
    *len = get_le32(e + 4);
    return true;
}

static void setup_queue(Drv *d, unsigned q)
{
    memset(host(d, RING(q)), 0, 0x3000);
    wr(d, R_QSEL, q);
    wr(d, R_QNUM, QSIZE);
    wr(d, R_QDESC, (uint32_t)RING(q));
    wr(d, R_QDESC + 4, (uint32_t)(RING(q) >> 32));
    wr(d, R_QDRIVER, (uint32_t)(RING(q) + 0x1000));
    wr(d, R_QDRIVER + 4, 0);
    wr(d, R_QDEVICE, (uint32_t)(RING(q) + 0x2000));
    wr(d, R_QDEVICE + 4, 0);
    wr(d, R_QREADY, 1);
}

/* Resets the device and brings it up (§3.1.1) with what it offers of
 * d->want; it must come up. */
static void drv_up(Drv *d)
{
    const uint32_t ack = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER;
    wr(d, R_STATUS, 0);
    wr(d, R_STATUS, ack);
    wr(d, R_DEV_FEAT_SEL, 0);
    uint64_t offered = rd(d, R_DEV_FEAT);
    wr(d, R_DEV_FEAT_SEL, 1);
    offered |= (uint64_t)rd(d, R_DEV_FEAT) << 32;
    d->features = offered & d->want;
    wr(d, R_DRV_FEAT_SEL, 0);
    wr(d, R_DRV_FEAT, (uint32_t)d->features);
    wr(d, R_DRV_FEAT_SEL, 1);
    wr(d, R_DRV_FEAT, (uint32_t)(d->features >> 32));
    wr(d, R_STATUS, ack | VIRTIO_STATUS_FEATURES_OK);
    if (!(rd(d, R_STATUS) & VIRTIO_STATUS_FEATURES_OK)) {
        fail("features the device offered were refused");
    }
    size_t mtu = d->features & F_MTU ? virtio_mmio_ops.read(d->t, R_CONFIG + 10, 2)
                                     : NET_MTU_DEFAULT;
    d->rx_max = NET_ETH_HLEN + mtu > NET_FRAME_MAX ? NET_ETH_HLEN + mtu : NET_FRAME_MAX;
    memset(d->avail_idx, 0, sizeof(d->avail_idx));
    memset(d->used_seen, 0, sizeof(d->used_seen));
    memset(d->posted, 0, sizeof(d->posted));
    d->pending = 0;
    setup_queue(d, RXQ);
    setup_queue(d, TXQ);
    wr(d, R_STATUS, ack | VIRTIO_STATUS_FEATURES_OK | VIRTIO_STATUS_DRIVER_OK);
    if (!virtio_driver_ok(d->v)) {
        fail("the device did not come up");
    }
}

/* Posts a receive buffer of size bytes when a descriptor is free. */
static void post_rx(Drv *d, uint32_t size)
{
    uint16_t id = d->avail_idx[RXQ] % QSIZE;
    if (d->posted[id]) {
        return;
    }
    put_desc(d, RXQ, id, RX_AREA + id * (uint64_t)SLOT, size, VIRTQ_DESC_F_WRITE);
    d->posted[id] = true;
    d->size[id] = size;
    make_avail(d, RXQ, id);
}

/* The header at the start of a received frame (§5.1.6.4): flags, no GSO,
 * num_buffers. Aborts on what a driver could not accept. */
static void check_rx_header(Drv *d, const uint8_t *h)
{
    unsigned nbufs = get_le16(h + 10);
    bool mrg = d->features & F_MRG_RXBUF;
    bool valid_ok = d->features & F_GUEST_CSUM;
    if ((h[0] & ~HDR_F_DATA_VALID) || ((h[0] & HDR_F_DATA_VALID) && !valid_ok) || h[1] != 0 ||
        nbufs == 0 || nbufs > QSIZE || (!mrg && nbufs != 1)) {
        fail("a receive header with bad flags, gso_type or num_buffers");
    }
    d->pending = nbufs;
    d->frame_len = 0;
}

/* Takes every used receive buffer, as the guest's driver would. */
static void collect_rx(Drv *d)
{
    uint32_t id, len;
    while (get_used(d, RXQ, &id, &len)) {
        if (id >= QSIZE || !d->posted[id] || len > d->size[id]) {
            fail("a used receive buffer the device did not hold, or overfilled");
        }
        d->posted[id] = false;
        if (d->pending == 0) {
            if (len == 0) {
                continue;   /* a frame that did not fit, returned empty */
            }
            if (len < HDR) {
                fail("a received frame shorter than its header");
            }
            check_rx_header(d, host(d, RX_AREA + id * (uint64_t)SLOT));
            len -= HDR;
        }
        d->frame_len += len;
        if (--d->pending == 0 && d->frame_len > d->rx_max) {
            fail("a received frame larger than the guest's MTU allows");
        }
    }
    if (d->pending && !(rd(d, R_STATUS) & VIRTIO_STATUS_NEEDS_RESET)) {
        fail("fewer used buffers than num_buffers says");
    }
}

/* In transmit mode, loopback frames find full-size receive buffers. */
static void refill_rx(Drv *d)
{
    for (int i = 0; i < QSIZE; i++) {
        post_rx(d, SLOT);
    }
    wr(d, R_NOTIFY, RXQ);
}

/* --- records ---------------------------------------------------------------- */

typedef struct In {
    const uint8_t *p;
    size_t n;
} In;

static bool take(In *in, void *dst, size_t len)
{
    if (in->n < len) {
        return false;
    }
    memcpy(dst, in->p, len);
    in->p += len;
    in->n -= len;
    return true;
}

static bool take_u16(In *in, uint32_t *v)
{
    uint8_t b[2];
    if (!take(in, b, 2)) {
        return false;
    }
    *v = get_le16(b);
    return true;
}

/* Byte i of a frame the input did not supply. */
static uint8_t filler(size_t i) { return (uint8_t)(i * 7 + 3); }

/* A frame of len bytes at dst: what the input has, then filler. */
static void take_frame(In *in, uint8_t *dst, size_t len)
{
    size_t have = in->n < len ? in->n : len;
    take(in, dst, have);
    for (size_t i = have; i < len; i++) {
        dst[i] = filler(i);
    }
}

/* Descriptors for the transmit area [0, HDR + len): the header alone or
 * cut in two, the frame in pieces (or sharing the header's). */
static void tx_chain(Drv *d, size_t len, unsigned layout)
{
    size_t cut[2 + TX_PIECES + 1], n = 0, end = HDR + len;
    unsigned pieces = layout & TX_PIECES;
    cut[n++] = 0;
    if (layout & TX_SPLIT_HDR) {
        cut[n++] = 5;
    }
    if (pieces) {
        size_t step = (len + pieces - 1) / pieces;
        for (size_t at = HDR; at < end && n < sizeof(cut) / sizeof(cut[0]) - 1; at += step) {
            cut[n++] = at;
        }
    }
    cut[n] = end;
    for (size_t i = 0; i < n; i++) {
        put_desc(d, TXQ, (unsigned)i, TX_AREA + cut[i], (uint32_t)(cut[i + 1] - cut[i]),
                 i + 1 < n ? VIRTQ_DESC_F_NEXT : 0);
    }
}

static bool tx_record(Drv *d, In *in)
{
    uint8_t hdr[HDR], layout;
    uint32_t len, id, ulen;
    if (!take(in, hdr, HDR) || !take_u16(in, &len) || !take(in, &layout, 1)) {
        return false;
    }
    if (layout & TX_LEN_HIGH) {
        len += 65536;
    }
    if (len > NET_BIG_FRAME_MAX + 1) {
        len = NET_BIG_FRAME_MAX + 1;   /* one byte more than the device takes */
    }
    memcpy(host(d, TX_AREA), hdr, HDR);
    take_frame(in, host(d, TX_AREA + HDR), len);
    tx_chain(d, len, layout);
    d->be.loopback = layout & TX_LOOPBACK;
    make_avail(d, TXQ, 0);
    wr(d, R_NOTIFY, TXQ);
    d->be.loopback = false;
    while (get_used(d, TXQ, &id, &ulen)) {
        if (id != 0 || ulen != 0) {
            fail("a used transmit chain that was not given, or written into");
        }
    }
    return true;
}

static bool rx_record(Drv *d, In *in)
{
    static uint8_t frame[NET_BIG_FRAME_MAX];
    uint8_t post;
    uint32_t size, len;
    if (!take(in, &post, 1)) {
        return false;
    }
    for (unsigned i = 0; i < (post & RX_BUFS); i++) {
        if (!take_u16(in, &size)) {
            return false;
        }
        post_rx(d, size ? size : SLOT);
    }
    if (post & RX_NOTIFY) {
        wr(d, R_NOTIFY, RXQ);
    }
    if (!take_u16(in, &len)) {
        return false;
    }
    len += post & RX_LEN_HIGH ? 65536 : 0;
    if (len > rx_frame_max(&d->be.base)) {
        len = (uint32_t)rx_frame_max(&d->be.base);
    }
    take_frame(in, frame, len);
    be_offer(&d->be, frame, len);
    return true;
}

/* After a record: the guest takes what it received; a device that asks
 * for a reset gets one, a few times. False to stop. */
static bool after_record(Drv *d)
{
    collect_rx(d);
    if (rd(d, R_STATUS) & VIRTIO_STATUS_NEEDS_RESET) {
        if (d->resets++ == RESETS_MAX) {
            return false;
        }
        drv_up(d);
    }
    if (!d->rx_mode) {
        refill_rx(d);
    }
    return true;
}

/* --- the target ------------------------------------------------------------- */

static uint8_t *ram_host;

static void run(Drv *d, In *in)
{
    static const uint8_t mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
    d->v = virtio_net_create(&d->ram, &d->be.base, mac);
    d->t = d->v ? virtio_mmio_create(d->v, (IrqLine){ 0 }) : NULL;
    if (!d->t) {
        fail("out of memory");
    }
    drv_up(d);
    if (!d->rx_mode) {
        refill_rx(d);
    }
    for (int i = 0; i < RECORDS_MAX && in->n; i++) {
        bool more = d->rx_mode ? rx_record(d, in) : tx_record(d, in);
        if (!after_record(d) || !more) {
            break;
        }
    }
    virtio_mmio_destroy(d->t);
    virtio_device_destroy(d->v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Drv d;
    if (size == 0) {
        return 0;
    }
    if (!ram_host && !(ram_host = malloc(RAM_SIZE))) {
        fail("out of memory");
    }
    memset(&d, 0, sizeof(d));
    d.ram = (GuestRam){ .host = ram_host, .base = RAM_BASE, .size = RAM_SIZE };
    unsigned profile = data[0] >> IN_PROFILE_SHIFT;
    d.be.base = (NetBackend){ .send = be_send, .set_receiver = be_set_receiver,
                              .rx_ready = be_rx_ready, .opaque = &d.be,
                              .mtu = profiles[profile].mtu,
                              .rx_csum_ok = profiles[profile].csum_ok };
    d.be.ram = &d.ram;
    d.rx_mode = data[0] & IN_RX;
    d.want = VIRTIO_F_VERSION_1 | F_MAC | F_STATUS |
             (data[0] & 1 ? F_CSUM : 0) | (data[0] & 2 ? F_GUEST_CSUM : 0) |
             (data[0] & 4 ? F_HOST_TSO4 : 0) | (data[0] & 8 ? F_MRG_RXBUF : 0) |
             (data[0] & 16 ? F_MTU : 0);
    In in = { data + 1, size - 1 };
    run(&d, &in);
    return 0;
}

/* --- seeds ------------------------------------------------------------------ */

/* A seed input being written. */
typedef struct Seed {
    uint8_t b[2048];
    size_t n;
} Seed;

static void seed_bytes(Seed *s, const void *p, size_t len)
{
    memcpy(s->b + s->n, p, len);
    s->n += len;
}

static void seed_u8(Seed *s, unsigned v) { s->b[s->n++] = (uint8_t)v; }

static void seed_u16(Seed *s, unsigned v)
{
    put_le16(s->b + s->n, (uint16_t)v);
    s->n += 2;
}

static void seed_hdr(Seed *s, uint8_t flags, uint8_t gso, unsigned hdr_len, unsigned gso_size,
                     unsigned start, unsigned offset)
{
    seed_u8(s, flags);
    seed_u8(s, gso);
    seed_u16(s, hdr_len);
    seed_u16(s, gso_size);
    seed_u16(s, start);
    seed_u16(s, offset);
    seed_u16(s, 0);
}

static void put_be16(uint8_t *p, unsigned v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

/* The ones' complement sum of p[0, n) onto acc, folded (RFC 1071). */
static uint16_t sum16(const uint8_t *p, size_t n, uint32_t acc)
{
    for (size_t i = 0; i < n; i++) {
        acc += i & 1 ? p[i] : (uint32_t)p[i] << 8;
        acc = (acc & 0xffff) + (acc >> 16);
    }
    return (uint16_t)acc;
}

/* The pseudo-header sum of the IPv4 packet at ip (RFC 793), folded: what
 * a driver asking for NEEDS_CSUM leaves in the checksum field. */
static uint16_t pseudo_sum(const uint8_t *ip)
{
    size_t l4 = (size_t)(ip[2] << 8 | ip[3]) - 20;
    return sum16(ip + 12, 8, ip[9] + (uint32_t)l4);
}

static uint8_t seed_frame[NET_BIG_FRAME_MAX];

/* A frame of len bytes in seed_frame: filler, then Ethernet, a 20-byte
 * IPv4 header (checksummed) for proto and a TCP header with opts bytes of
 * options (flags given) or a UDP header. Returns the header bytes. */
static size_t build_frame(size_t len, uint8_t proto, uint8_t tcp_flags, size_t opts)
{
    static const uint8_t macs[12] = { 0x52, 0x55, 0x0a, 0x00, 0x02, 0x02,
                                      0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
    static const uint8_t addrs[8] = { 10, 0, 2, 15, 10, 0, 2, 2 };
    uint8_t *f = seed_frame, *ip = f + 14, *l4 = ip + 20;
    for (size_t i = 0; i < len; i++) {
        f[i] = filler(i);
    }
    memcpy(f, macs, 12);
    put_be16(f + 12, 0x0800);
    memset(ip, 0, 20);
    ip[0] = 0x45;
    put_be16(ip + 2, (unsigned)(len - 14));
    put_be16(ip + 4, 0x1234);
    put_be16(ip + 6, 0x4000);   /* DF */
    ip[8] = 64;
    ip[9] = proto;
    memcpy(ip + 12, addrs, 8);
    put_be16(ip + 10, (uint16_t)~sum16(ip, 20, 0));
    if (proto == 17) {
        memset(l4, 0, 8);
        put_be16(l4, 40000);
        put_be16(l4 + 2, 53);
        put_be16(l4 + 4, (unsigned)(len - 34));
        return 42;
    }
    memset(l4, 0, 20 + opts);
    put_be16(l4, 40000);
    put_be16(l4 + 2, 8080);
    put_be16(l4 + 4, 0x1000);          /* seq */
    l4[12] = (uint8_t)((20 + opts) / 4 << 4);
    l4[13] = tcp_flags;
    put_be16(l4 + 14, 65535);          /* window */
    for (size_t i = 0; i < opts; i++) {
        l4[20 + i] = 1;                /* NOP */
    }
    return 34 + 20 + opts;
}

/* Stores the complete TCP or UDP checksum of the frame in seed_frame. */
static void finish_l4(size_t field)
{
    uint8_t *ip = seed_frame + 14;
    size_t l4 = (size_t)(ip[2] << 8 | ip[3]) - 20;
    put_be16(ip + 20 + field, 0);
    put_be16(ip + 20 + field, (uint16_t)~sum16(ip + 20, l4, pseudo_sum(ip)));
}

static void seed_tcp_syn(Seed *s)
{
    seed_u8(s, 1);                             /* CSUM, transmit, profile 0 */
    size_t len = build_frame(58, 6, 0x02, 4);  /* SYN, MSS 1460 */
    memcpy(seed_frame + 54, "\x02\x04\x05\xb4", 4);
    finish_l4(16);
    seed_hdr(s, 0, 0, 0, 0, 0, 0);
    seed_u16(s, (unsigned)len);
    seed_u8(s, 0);
    seed_bytes(s, seed_frame, len);
}

static void seed_tso_64k(Seed *s)
{
    seed_u8(s, 1 | 4);                         /* CSUM, HOST_TSO4; a 1500 backend */
    size_t hdr = build_frame(14 + 65535, 6, 0x18, 12);
    put_be16(seed_frame + 34 + 16, pseudo_sum(seed_frame + 14));
    seed_hdr(s, HDR_F_NEEDS_CSUM, GSO_TCPV4, (unsigned)hdr, 1448, 34, 16);
    seed_u16(s, 14 + 65535 - 65536);
    seed_u8(s, TX_LEN_HIGH | 4);               /* the frame in four descriptors */
    seed_bytes(s, seed_frame, hdr);            /* the payload is filler */
}

static void seed_udp_csum(Seed *s)
{
    seed_u8(s, 1);
    size_t hdr = build_frame(42 + 777, 17, 0, 0);
    put_be16(seed_frame + 34 + 6, pseudo_sum(seed_frame + 14));
    seed_hdr(s, HDR_F_NEEDS_CSUM, 0, 0, 0, 34, 6);
    seed_u16(s, 42 + 777);
    seed_u8(s, 1);
    seed_bytes(s, seed_frame, hdr);
}

/* A TCP segment of 8066 bytes from a 9000-byte link the guest does not
 * know of: checked, then cut into six 1500-byte segments. */
static void seed_rx_split(Seed *s)
{
    seed_u8(s, IN_RX | 2 | 8 | 2 << IN_PROFILE_SHIFT);
    size_t len = 66 + 8000, hdr = build_frame(len, 6, 0x19, 12);
    finish_l4(16);
    seed_u8(s, 15 | RX_NOTIFY);
    for (int i = 0; i < 15; i++) {
        seed_u16(s, 2048);
    }
    seed_u16(s, (unsigned)len);
    seed_bytes(s, seed_frame, hdr);
}

/* A 4028-byte UDP packet from slirp's link: three IPv4 fragments. */
static void seed_rx_fragments(Seed *s)
{
    seed_u8(s, IN_RX | 2 | 8 | 3 << IN_PROFILE_SHIFT);
    size_t len = 42 + 4000, hdr = build_frame(len, 17, 0, 0);
    finish_l4(6);
    seed_u8(s, 8 | RX_NOTIFY);
    for (int i = 0; i < 8; i++) {
        seed_u16(s, 1600);
    }
    seed_u16(s, (unsigned)len);
    seed_bytes(s, seed_frame, hdr);
}

/* Without MRG_RXBUF a full-size frame meets a 100-byte buffer, then a
 * large one. */
static void seed_rx_short_buffer(Seed *s)
{
    seed_u8(s, IN_RX);
    size_t len = 1514, hdr = build_frame(len, 6, 0x10, 0);
    finish_l4(16);
    seed_u8(s, 2);
    seed_u16(s, 100);
    seed_u16(s, 0);
    seed_u16(s, (unsigned)len);
    seed_bytes(s, seed_frame, hdr);
}

/* A 20 KiB TSO frame cut for a 9000-byte link, every segment looped back
 * to a guest that knows only 1500: segmented again on the way in. */
static void seed_tx_loopback(Seed *s)
{
    seed_u8(s, 1 | 2 | 4 | 8 | 2 << IN_PROFILE_SHIFT);
    size_t len = 66 + 20000, hdr = build_frame(len, 6, 0x18, 12);
    put_be16(seed_frame + 34 + 16, pseudo_sum(seed_frame + 14));
    seed_hdr(s, HDR_F_NEEDS_CSUM, GSO_TCPV4, (unsigned)hdr, 8000, 34, 16);
    seed_u16(s, (unsigned)len);
    seed_u8(s, TX_LOOPBACK | 2);
    seed_bytes(s, seed_frame, hdr);
}

/* GSO headers a device must refuse (§5.1.6.2), each on a whole frame. */
static void seed_bad_gso(Seed *s)
{
    static const struct {
        uint8_t flags, gso;
        uint16_t hdr_len, gso_size, start, offset;
    } bad[] = {
        { HDR_F_NEEDS_CSUM, GSO_TCPV4, 66, 0, 34, 16 },       /* gso_size 0 */
        { HDR_F_NEEDS_CSUM, GSO_TCPV4, 101, 1448, 34, 16 },   /* hdr_len past the frame */
        { HDR_F_NEEDS_CSUM, GSO_UDP, 42, 1448, 34, 6 },       /* not offered */
        { HDR_F_NEEDS_CSUM, GSO_TCPV4 | 0x80, 66, 1, 34, 0xffff },   /* field past the end */
        { 0, 0x7f, 66, 1448, 0, 0 },                          /* no such type */
    };
    const size_t len = 100;
    seed_u8(s, 1 | 4);
    build_frame(len, 6, 0x18, 12);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        seed_hdr(s, bad[i].flags, bad[i].gso, bad[i].hdr_len, bad[i].gso_size, bad[i].start,
                 bad[i].offset);
        seed_u16(s, (unsigned)len);
        seed_u8(s, 1);
        seed_bytes(s, seed_frame, len);
    }
}

int fuzz_write_seeds(const char *dir)
{
    static const struct {
        const char *name;
        void (*make)(Seed *s);
    } seeds[] = {
        { "tcp-syn", seed_tcp_syn }, { "tso-64k", seed_tso_64k },
        { "udp-csum", seed_udp_csum }, { "rx-split", seed_rx_split },
        { "rx-fragments", seed_rx_fragments }, { "rx-short-buffer", seed_rx_short_buffer },
        { "tx-loopback", seed_tx_loopback }, { "bad-gso", seed_bad_gso },
    };
    for (size_t i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++) {
        static Seed s;
        char name[64];
        s.n = 0;
        seeds[i].make(&s);
        snprintf(name, sizeof(name), "%s.bin", seeds[i].name);
        if (fuzz_save(dir, name, s.b, s.n) != 0) {
            return -1;
        }
    }
    return 0;
}

