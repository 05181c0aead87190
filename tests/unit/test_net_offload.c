/* virtio-net's offloads (virtio 1.2 §5.1.6), driven through the
 * transport-independent VirtioDevice API with a recording backend: the
 * checksum a transmitted frame asks for (NEEDS_CSUM), TCP segmentation of
 * a 64 KiB GSO_TCPV4 frame (cut into MSS frames for a backend with a small
 * MTU, passed whole to one with a large MTU), malformed GSO and checksum
 * headers dropped, frames handed to the backend straight from guest RAM,
 * DATA_VALID on received frames, and received frames larger than the
 * guest's MTU split into segments or fragments. Stands alone: builds with
 * the library only. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/net.h"
#include "devices/virtio/virtio.h"
#include "devices/virtio/virtio_net.h"

enum { RAM_BASE = 0x80000000u, RAM_SIZE = 4 << 20, QSIZE = 64, HDR = 12, RXBUF = 0x800 };
enum { RXQ = 0, TXQ = 1 };
enum { TX_AREA = 0x100000, RX_AREA = 0x200000 };

#define F_CSUM (1ull << 0)
#define F_GUEST_CSUM (1ull << 1)
#define F_MTU (1ull << 3)
#define F_MAC (1ull << 5)
#define F_HOST_TSO4 (1ull << 11)
#define F_MRG_RXBUF (1ull << 15)
#define F_STATUS (1ull << 16)

#define HDR_F_NEEDS_CSUM 1
#define HDR_F_DATA_VALID 2
#define GSO_TCPV4 1
#define GSO_UDP 3

static int passed, failed;

static void check(bool ok, const char *name)
{
    if (ok) {
        passed++;
        printf("ok - %s\n", name);
    } else {
        failed++;
        printf("not ok - %s\n", name);
    }
}

/* --- a recording backend -------------------------------------------------- */

#define REC_MAX 128

typedef struct Rec {
    size_t len;
    uint8_t *data;
    bool in_guest_ram;   /* send() was handed a pointer into guest RAM */
} Rec;

typedef struct TestBackend {
    NetBackend base;
    NetReceiver rx;
    const GuestRam *ram;
    int n;
    Rec rec[REC_MAX];
} TestBackend;

static int be_send(NetBackend *b, const uint8_t *frame, size_t len)
{
    TestBackend *t = b->opaque;
    if (t->n == REC_MAX) {
        return -1;
    }
    Rec *r = &t->rec[t->n++];
    r->len = len;
    r->data = malloc(len);
    memcpy(r->data, frame, len);
    r->in_guest_ram = frame >= t->ram->host && frame + len <= t->ram->host + t->ram->size;
    return 0;
}

static void be_set_receiver(NetBackend *b, const NetReceiver *r)
{
    TestBackend *t = b->opaque;
    t->rx = r ? *r : (NetReceiver){ 0 };
}

static void be_rx_ready(NetBackend *b) { (void)b; }

static void be_clear(TestBackend *t)
{
    for (int i = 0; i < t->n; i++) {
        free(t->rec[i].data);
    }
    t->n = 0;
}

/* --- a driver ------------------------------------------------------------- */

typedef struct Drv {
    GuestRam ram;
    TestBackend be;
    VirtioDevice *v;
    uint16_t avail_idx[2], used_seen[2];
} Drv;

static uint8_t *gp(Drv *d, uint64_t gpa) { return d->ram.host + (gpa - RAM_BASE); }
static uint64_t ring(unsigned q) { return RAM_BASE + 0x10000u * (q + 1); }

static void put_desc(Drv *d, unsigned q, uint16_t i, uint64_t addr, uint32_t len, uint16_t flags,
                     uint16_t next)
{
    uint8_t *p = gp(d, ring(q) + 16u * i);
    put_le64(p, addr);
    put_le32(p + 8, len);
    put_le16(p + 12, flags);
    put_le16(p + 14, next);
}

static void make_avail(Drv *d, unsigned q, uint16_t head)
{
    uint8_t *avail = gp(d, ring(q) + 0x1000);
    put_le16(avail + 4 + 2 * (d->avail_idx[q] % QSIZE), head);
    put_le16(avail + 2, ++d->avail_idx[q]);
}

static bool get_used(Drv *d, unsigned q, uint32_t *id, uint32_t *len)
{
    uint8_t *used = gp(d, ring(q) + 0x2000);
    if (get_le16(used + 2) == d->used_seen[q]) {
        return false;
    }
    uint8_t *e = used + 4 + 8 * (d->used_seen[q]++ % QSIZE);
    *id = get_le32(e);
    *len = get_le32(e + 4);
    return true;
}

/* A NIC on a recording backend with the given MTU, driver features set. */
static bool drv_open(Drv *d, unsigned mtu, bool csum_ok, uint64_t features)
{
    static const uint8_t mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
    memset(d, 0, sizeof(*d));
    d->ram = (GuestRam){ .host = calloc(1, RAM_SIZE), .base = RAM_BASE, .size = RAM_SIZE };
    d->be.base = (NetBackend){ .send = be_send, .set_receiver = be_set_receiver,
                               .rx_ready = be_rx_ready, .opaque = &d->be, .mtu = mtu,
                               .rx_csum_ok = csum_ok };
    d->be.ram = &d->ram;
    d->v = virtio_net_create(&d->ram, &d->be.base, mac);
    if (!d->v) {
        return false;
    }
    VirtioDevice *v = d->v;
    virtio_write_status(v, VIRTIO_STATUS_ACKNOWLEDGE);
    virtio_write_status(v, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);
    features |= VIRTIO_F_VERSION_1;
    virtio_write_driver_features(v, 0, (uint32_t)features);
    virtio_write_driver_features(v, 1, (uint32_t)(features >> 32));
    virtio_write_status(v, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER |
                        VIRTIO_STATUS_FEATURES_OK);
    if (!(v->status & VIRTIO_STATUS_FEATURES_OK)) {
        return false;
    }
    for (unsigned q = 0; q < 2; q++) {
        v->queue[q].size = QSIZE;
        v->queue[q].desc_addr = ring(q);
        v->queue[q].driver_addr = ring(q) + 0x1000;
        v->queue[q].device_addr = ring(q) + 0x2000;
        if (!virtio_queue_set_ready(v, q, true)) {
            return false;
        }
    }
    virtio_write_status(v, v->status | VIRTIO_STATUS_DRIVER_OK);
    return virtio_driver_ok(v);
}

static void drv_close(Drv *d)
{
    virtio_device_destroy(d->v);
    be_clear(&d->be);
    free(d->ram.host);
}

static uint64_t offered(Drv *d)
{
    return virtio_read_device_features(d->v, 0) |
           (uint64_t)virtio_read_device_features(d->v, 1) << 32;
}

/* Transmits hdr + frame, split over descriptors after the header as
 * pieces says (0 = header and frame in one descriptor). True when the
 * device used the chain. */
static bool transmit(Drv *d, const uint8_t *hdr, const uint8_t *frame, size_t len, int pieces)
{
    uint64_t a = RAM_BASE + TX_AREA;
    memcpy(gp(d, a), hdr, HDR);
    memcpy(gp(d, a + HDR), frame, len);
    if (pieces == 0) {
        put_desc(d, TXQ, 0, a, (uint32_t)(HDR + len), 0, 0);
    } else {
        put_desc(d, TXQ, 0, a, HDR, VIRTQ_DESC_F_NEXT, 1);
        size_t off = 0, step = (len + (size_t)pieces - 1) / (size_t)pieces;
        for (int i = 0; i < pieces; i++) {
            size_t n = len - off < step ? len - off : step;
            bool last = i == pieces - 1;
            put_desc(d, TXQ, (uint16_t)(i + 1), a + HDR + off, (uint32_t)n,
                     last ? 0 : VIRTQ_DESC_F_NEXT, (uint16_t)(i + 2));
            off += n;
        }
    }
    make_avail(d, TXQ, 0);
    virtio_queue_notify(d->v, TXQ);
    uint32_t id, ulen;
    return get_used(d, TXQ, &id, &ulen) && id == 0 &&
           !(d->v->status & VIRTIO_STATUS_NEEDS_RESET);
}

/* Posts n receive buffers of RXBUF bytes. */
static void post_rx(Drv *d, int n)
{
    for (int i = 0; i < n; i++) {
        uint16_t id = (uint16_t)(d->avail_idx[RXQ] % QSIZE);
        put_desc(d, RXQ, id, RAM_BASE + RX_AREA + id * (uint64_t)RXBUF, RXBUF,
                 VIRTQ_DESC_F_WRITE, 0);
        make_avail(d, RXQ, id);
    }
    virtio_queue_notify(d->v, RXQ);
}

/* Takes the next received frame into buf (max bytes) and its header
 * flags; returns its length, or -1 when none. */
static int receive(Drv *d, uint8_t *buf, size_t max, uint8_t *flags)
{
    uint32_t id, len;
    if (!get_used(d, RXQ, &id, &len) || len < HDR) {
        return -1;
    }
    uint8_t *p = gp(d, RAM_BASE + RX_AREA + id * (uint64_t)RXBUF);
    int nbufs = get_le16(p + 10);
    size_t got = len - HDR;
    *flags = p[0];
    if (got > max) {
        return -1;
    }
    memcpy(buf, p + HDR, got);
    for (int i = 1; i < nbufs; i++) {
        if (!get_used(d, RXQ, &id, &len) || got + len > max) {
            return -1;
        }
        memcpy(buf + got, gp(d, RAM_BASE + RX_AREA + id * (uint64_t)RXBUF), len);
        got += len;
    }
    return (int)got;
}

/* --- frames --------------------------------------------------------------- */

static uint16_t be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static void put_be16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }
static void put_be32(uint8_t *p, uint32_t v)
{
    put_be16(p, (uint16_t)(v >> 16));
    put_be16(p + 2, (uint16_t)v);
}

static uint32_t sum16(const uint8_t *p, size_t n, uint32_t s)
{
    for (size_t i = 0; i + 1 < n; i += 2) {
        s += be16(p + i);
    }
    if (n & 1) {
        s += (uint32_t)p[n - 1] << 8;
    }
    return s;
}

static uint16_t fold(uint32_t s)
{
    while (s >> 16) {
        s = (s & 0xffff) + (s >> 16);
    }
    return (uint16_t)s;
}

/* Pseudo-header sum of the IPv4 packet at ip for an L4 length. */
static uint32_t pseudo(const uint8_t *ip, size_t l4len)
{
    return sum16(ip + 12, 8, 0) + ip[9] + (uint32_t)l4len;
}

static bool ip_csum_ok(const uint8_t *ip)
{
    return fold(sum16(ip, (ip[0] & 15) * 4u, 0)) == 0xffff;
}

/* The L4 checksum of the IPv4 packet at ip verifies. */
static bool l4_csum_ok(const uint8_t *ip)
{
    size_t hl = (ip[0] & 15) * 4u, total = be16(ip + 2);
    return fold(sum16(ip + hl, total - hl, pseudo(ip, total - hl))) == 0xffff;
}

static const uint8_t guest_ip[4] = { 10, 0, 2, 15 }, host_ip[4] = { 10, 0, 2, 2 };

enum { TCP_OPTS = 12 };   /* a timestamp option, as Linux sends */

/* An IPv4 TCP frame with payload bytes of pattern (byte i = i * 7 + 3),
 * headers 14 + 20 + 32; checksums left zero. Returns its length. */
static size_t tcp_frame(uint8_t *f, size_t payload, uint32_t seq, uint8_t tcp_flags)
{
    memset(f, 0, 14 + 20 + 20 + TCP_OPTS);
    memset(f, 0x52, 6);
    memcpy(f + 6, "\x52\x54\x00\x12\x34\x56", 6);
    put_be16(f + 12, 0x0800);
    uint8_t *ip = f + 14, *th = ip + 20;
    ip[0] = 0x45;
    put_be16(ip + 2, (uint16_t)(20 + 20 + TCP_OPTS + payload));
    put_be16(ip + 4, 0x1234);
    put_be16(ip + 6, 0x4000);       /* DF */
    ip[8] = 64;
    ip[9] = 6;
    memcpy(ip + 12, guest_ip, 4);
    memcpy(ip + 16, host_ip, 4);
    put_be16(ip + 10, (uint16_t)~fold(sum16(ip, 20, 0)));
    put_be16(th, 40000);
    put_be16(th + 2, 8080);
    put_be32(th + 4, seq);
    put_be32(th + 8, 0x01020304);
    th[12] = (20 + TCP_OPTS) / 4 << 4;
    th[13] = tcp_flags;
    put_be16(th + 14, 65535);
    memcpy(th + 20, "\x01\x01\x08\x0a\x00\x00\x00\x01\x00\x00\x00\x02", TCP_OPTS);
    for (size_t i = 0; i < payload; i++) {
        th[20 + TCP_OPTS + i] = (uint8_t)(i * 7 + 3);
    }
    return 14 + 20 + 20 + TCP_OPTS + payload;
}

/* An IPv4 UDP frame with payload bytes of the same pattern. */
static size_t udp_frame(uint8_t *f, size_t payload)
{
    tcp_frame(f, 0, 0, 0);   /* Ethernet and IP headers, then made UDP */
    uint8_t *ip = f + 14, *u = ip + 20;
    ip[9] = 17;
    put_be16(ip + 2, (uint16_t)(20 + 8 + payload));
    put_be16(ip + 6, 0);
    put_be16(ip + 10, 0);
    put_be16(ip + 10, (uint16_t)~fold(sum16(ip, 20, 0)));
    put_be16(u, 53);
    put_be16(u + 2, 5353);
    put_be16(u + 4, (uint16_t)(8 + payload));
    put_be16(u + 6, 0);
    for (size_t i = 0; i < payload; i++) {
        u[8 + i] = (uint8_t)(i * 7 + 3);
    }
    return 14 + 20 + 8 + payload;
}

/* A virtio_net_hdr. */
static void net_hdr(uint8_t *h, uint8_t flags, uint8_t gso, uint16_t hdr_len, uint16_t gso_size,
                    uint16_t start, uint16_t offset)
{
    memset(h, 0, HDR);
    h[0] = flags;
    h[1] = gso;
    put_le16(h + 2, hdr_len);
    put_le16(h + 4, gso_size);
    put_le16(h + 6, start);
    put_le16(h + 8, offset);
}

/* A frame whose L4 checksum field holds the pseudo-header sum, as a
 * driver asking for NEEDS_CSUM leaves it (§5.1.6.2). */
static void partial_csum(uint8_t *f, size_t field)
{
    uint8_t *ip = f + 14;
    size_t l4len = be16(ip + 2) - 20u;
    put_be16(f + field, fold(pseudo(ip, l4len)));
}

static uint8_t frame[70000], out[70000];

/* --- tests ---------------------------------------------------------------- */

static void test_features(void)
{
    Drv d;
    bool up = drv_open(&d, 65520, true, F_MAC | F_MTU);
    uint64_t f = offered(&d);
    check(up, "the driver comes up with MTU negotiated");
    check((f & (F_CSUM | F_GUEST_CSUM | F_HOST_TSO4 | F_MTU | F_MRG_RXBUF)) ==
          (F_CSUM | F_GUEST_CSUM | F_HOST_TSO4 | F_MTU | F_MRG_RXBUF),
          "CSUM, GUEST_CSUM, HOST_TSO4, MTU and MRG_RXBUF are offered");
    check(virtio_config_read(d.v, 10, 2) == 65520, "config mtu is the backend's (65520)");
    drv_close(&d);
    up = drv_open(&d, 0, false, F_MAC);
    f = offered(&d);
    check(up && !(f & F_MTU) && !(f & F_GUEST_CSUM),
          "a 1500-byte backend without checksum guarantee: no MTU, no GUEST_CSUM");
    drv_close(&d);
}

static void test_tx_csum(void)
{
    Drv d;
    uint8_t h[HDR];
    check(drv_open(&d, 1500, true, F_MAC | F_CSUM), "driver up with CSUM");
    size_t len = tcp_frame(frame, 1000, 1, 0x18);
    partial_csum(frame, 14 + 20 + 16);
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, 14 + 20, 16);
    bool used = transmit(&d, h, frame, len, 1);
    check(used && d.be.n == 1 && d.be.rec[0].len == len && l4_csum_ok(d.be.rec[0].data + 14),
          "NEEDS_CSUM TCP: the device completes the checksum");
    check(d.be.n == 1 && !memcmp(d.be.rec[0].data, frame, 14 + 20 + 16) &&
          !memcmp(d.be.rec[0].data + 14 + 20 + 18, frame + 14 + 20 + 18, len - 52),
          "NEEDS_CSUM TCP: every other byte is unchanged");
    be_clear(&d.be);

    len = udp_frame(frame, 777);
    partial_csum(frame, 14 + 20 + 6);
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, 14 + 20, 6);
    used = transmit(&d, h, frame, len, 0);
    check(used && d.be.n == 1 && l4_csum_ok(d.be.rec[0].data + 14) &&
          !d.be.rec[0].in_guest_ram,
          "NEEDS_CSUM UDP (odd length): completed, in a copy of the frame");
    check(!memcmp(gp(&d, RAM_BASE + TX_AREA + HDR), frame, len),
          "NEEDS_CSUM: the driver's buffer is not written");
    be_clear(&d.be);

    /* §5.1.6.2: the checksum field must lie inside the frame. */
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, (uint16_t)len, 0);
    used = transmit(&d, h, frame, len, 0);
    check(used && d.be.n == 0, "csum_start at the frame's end: dropped, chain returned");
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, (uint16_t)(len - 10), 9);
    used = transmit(&d, h, frame, len, 0);
    check(used && d.be.n == 0, "checksum field one byte past the end: dropped");
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, 14 + 20, 0xffff);
    used = transmit(&d, h, frame, len, 0);
    check(used && d.be.n == 0, "csum_offset 65535: dropped");
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, (uint16_t)(len - 2), 0);
    used = transmit(&d, h, frame, len, 0);
    check(used && d.be.n == 1, "checksum field in the last two bytes: sent");
    check(!(d.v->status & VIRTIO_STATUS_NEEDS_RESET), "bad checksum requests need no reset");
    drv_close(&d);
}

static void test_tx_in_place(void)
{
    Drv d;
    uint8_t h[HDR];
    check(drv_open(&d, 1500, true, F_MAC | F_CSUM), "driver up");
    size_t len = tcp_frame(frame, 300, 1, 0x10);
    net_hdr(h, 0, 0, 0, 0, 0, 0);
    transmit(&d, h, frame, len, 0);
    transmit(&d, h, frame, len, 1);
    transmit(&d, h, frame, len, 3);
    check(d.be.n == 3, "three plain frames sent");
    check(d.be.n == 3 && d.be.rec[0].in_guest_ram && d.be.rec[1].in_guest_ram,
          "header and frame in one buffer, or the frame in one: sent from guest RAM");
    check(d.be.n == 3 && !d.be.rec[2].in_guest_ram, "a frame over three buffers: copied");
    bool same = true;
    for (int i = 0; i < d.be.n; i++) {
        same = same && d.be.rec[i].len == len && !memcmp(d.be.rec[i].data, frame, len);
    }
    check(same, "all three arrive intact");
    drv_close(&d);
}

/* A GSO_TCPV4 frame of the largest size (IP total length 65535). */
static size_t big_tso_frame(uint8_t *h, uint16_t mss, uint32_t seq)
{
    size_t payload = 65535 - 20 - 20 - TCP_OPTS;
    size_t len = tcp_frame(frame, payload, seq, 0x80 | 0x18 | 0x01);   /* CWR PSH ACK FIN */
    partial_csum(frame, 14 + 20 + 16);
    net_hdr(h, HDR_F_NEEDS_CSUM, GSO_TCPV4, 14 + 20 + 20 + TCP_OPTS, mss, 14 + 20, 16);
    return len;
}

static void test_tso_segment(void)
{
    Drv d;
    uint8_t h[HDR];
    const uint16_t mss = 1448;
    const uint32_t seq0 = 0xfffff000u;   /* wraps within the frame */
    check(drv_open(&d, 1500, true, F_MAC | F_CSUM | F_HOST_TSO4), "driver up with HOST_TSO4");
    size_t len = big_tso_frame(h, mss, seq0);
    size_t hdr = 14 + 20 + 20 + TCP_OPTS, payload = len - hdr;
    size_t want = (payload + mss - 1) / mss;
    bool used = transmit(&d, h, frame, len, 4);
    check(used && (size_t)d.be.n == want, "64 KiB TSO frame: ceil(payload / gso_size) segments");
    bool lens = true, ids = true, seqs = true, ipck = true, tcpck = true, data = true;
    bool fin = true, psh = true, cwr = true, rest = true;
    size_t off = 0;
    for (int i = 0; i < d.be.n; i++) {
        const uint8_t *f = d.be.rec[i].data, *ip = f + 14, *th = ip + 20;
        size_t n = payload - off < mss ? payload - off : mss;
        bool last = i == d.be.n - 1, first = i == 0;
        lens = lens && d.be.rec[i].len == hdr + n && be16(ip + 2) == hdr - 14 + n;
        ids = ids && be16(ip + 4) == (uint16_t)(0x1234 + i);
        seqs = seqs && be32(th + 4) == seq0 + (uint32_t)off;
        ipck = ipck && ip_csum_ok(ip);
        tcpck = tcpck && l4_csum_ok(ip);
        data = data && !memcmp(f + hdr, frame + hdr + off, n);
        fin = fin && ((th[13] & 0x01) != 0) == last;
        psh = psh && ((th[13] & 0x08) != 0) == last;
        cwr = cwr && ((th[13] & 0x80) != 0) == first;
        rest = rest && (th[13] & 0x10) && !memcmp(th + 20, frame + 14 + 40, TCP_OPTS) &&
               !memcmp(f, frame, 14) && be32(th + 8) == 0x01020304;
        off += n;
    }
    check(lens, "segments: frame length and IP total length per segment");
    check(ids, "segments: IP id counts up");
    check(seqs, "segments: sequence numbers advance by the payload (wrapping)");
    check(ipck, "segments: IP header checksums");
    check(tcpck, "segments: TCP checksums");
    check(data, "segments: payload in order");
    check(fin && psh, "segments: FIN and PSH only on the last");
    check(cwr, "segments: CWR only on the first");
    check(rest, "segments: ACK, options, addresses and ack number kept");
    drv_close(&d);
}

static void test_tso_whole(void)
{
    Drv d;
    uint8_t h[HDR];
    check(drv_open(&d, 65520, true, F_MAC | F_CSUM | F_HOST_TSO4), "driver up, 65520 backend");
    size_t len = big_tso_frame(h, 1448, 5);
    /* Total length 65535 > 65520: still segmented. */
    transmit(&d, h, frame, len, 2);
    check(d.be.n == 46, "a packet above the backend's MTU is segmented");
    be_clear(&d.be);
    len = tcp_frame(frame, 40000, 77, 0x18);
    partial_csum(frame, 14 + 20 + 16);
    put_be16(frame + 14 + 2, 0);   /* some drivers leave the total length 0 */
    net_hdr(h, HDR_F_NEEDS_CSUM, GSO_TCPV4, 66, 1448, 14 + 20, 16);
    transmit(&d, h, frame, len, 2);
    const uint8_t *ip = d.be.n == 1 ? d.be.rec[0].data + 14 : NULL;
    check(ip && d.be.rec[0].len == len, "within the backend's MTU: passed whole");
    check(ip && be16(ip + 2) == len - 14 && ip_csum_ok(ip) && l4_csum_ok(ip) &&
          (ip[20 + 13] & 0x09) == 0x08,
          "passed whole: total length, IP and TCP checksums right, PSH kept");
    drv_close(&d);
}

/* A malformed GSO frame: used, nothing sent, no reset. */
static void bad_gso(Drv *d, const uint8_t *h, size_t len, const char *name)
{
    be_clear(&d->be);
    bool used = transmit(d, h, frame, len, 1);
    check(used && d->be.n == 0 && !(d->v->status & VIRTIO_STATUS_NEEDS_RESET), name);
}

static void test_tso_malformed(void)
{
    Drv d;
    uint8_t h[HDR];
    check(drv_open(&d, 1500, true, F_MAC | F_CSUM | F_HOST_TSO4), "driver up with HOST_TSO4");
    size_t len = big_tso_frame(h, 1448, 1);
    net_hdr(h, HDR_F_NEEDS_CSUM, GSO_TCPV4, 66, 0, 14 + 20, 16);
    bad_gso(&d, h, len, "gso_size 0: dropped");
    /* A 64 KiB frame is longer than any 16-bit field can point past. */
    size_t small = 14 + 20 + 20 + TCP_OPTS + 5000;
    net_hdr(h, HDR_F_NEEDS_CSUM, GSO_TCPV4, (uint16_t)(small + 1), 1448, 14 + 20, 16);
    bad_gso(&d, h, small, "hdr_len past the frame: dropped");
    net_hdr(h, HDR_F_NEEDS_CSUM, GSO_TCPV4, 66, 1448, (uint16_t)(small - 17), 16);
    bad_gso(&d, h, small, "TSO with its checksum field past the frame: dropped");
    net_hdr(h, HDR_F_NEEDS_CSUM, GSO_UDP, 42, 1448, 14 + 20, 6);
    bad_gso(&d, h, len, "GSO_UDP (not offered): dropped");
    net_hdr(h, HDR_F_NEEDS_CSUM, GSO_TCPV4, 66, 1448, 14 + 20, 16);
    put_be16(frame + 12, 0x86dd);
    bad_gso(&d, h, len, "TCPV4 on an IPv6 EtherType: dropped");
    put_be16(frame + 12, 0x0800);
    frame[14] = 0x44;
    bad_gso(&d, h, len, "IP header length 16: dropped");
    frame[14] = 0x35;
    bad_gso(&d, h, len, "IP version 3: dropped");
    /* Short frames: a header asking for nothing but segmentation. */
    uint8_t h2[HDR];
    net_hdr(h2, 0, GSO_TCPV4, 0, 1448, 0, 0);
    frame[14] = 0x4f;
    bad_gso(&d, h2, 14 + 40, "IP header length 60 in a 54-byte frame: dropped");
    bad_gso(&d, h2, 14 + 10, "frame shorter than an IP header: dropped");
    frame[14] = 0x45;
    frame[14 + 9] = 17;
    bad_gso(&d, h, len, "TCPV4 carrying UDP: dropped");
    frame[14 + 9] = 6;
    frame[14 + 20 + 12] = 3 << 4;
    bad_gso(&d, h, len, "TCP data offset 3: dropped");
    frame[14 + 20 + 12] = 15 << 4;
    bad_gso(&d, h2, 14 + 20 + 40, "TCP header past the frame: dropped");
    frame[14 + 20 + 12] = 8 << 4;
    put_be16(frame + 14 + 6, 0x2000);
    bad_gso(&d, h, len, "a fragment (MF): dropped");
    put_be16(frame + 14 + 6, 0x4000);
    be_clear(&d.be);
    check(transmit(&d, h, frame, len, 1) && d.be.n == 46, "the repaired frame goes out again");
    drv_close(&d);
    check(drv_open(&d, 1500, true, F_MAC | F_CSUM), "driver up without HOST_TSO4");
    bad_gso(&d, h, len, "TSO not negotiated: dropped");
    drv_close(&d);
}

/* Offers frame to the NIC as its backend would. */
static enum NetRxResult deliver(Drv *d, const uint8_t *f, size_t len)
{
    return d->be.rx.receive(d->be.rx.opaque, f, len);
}

static void test_rx_csum(void)
{
    Drv d;
    uint8_t fl = 0xff;
    check(drv_open(&d, 1500, true, F_MAC | F_GUEST_CSUM | F_MRG_RXBUF), "driver up");
    post_rx(&d, 16);
    size_t len = tcp_frame(frame, 500, 9, 0x10);
    deliver(&d, frame, len);
    check(receive(&d, out, sizeof(out), &fl) == (int)len && fl == HDR_F_DATA_VALID,
          "TCP from a vouching backend: DATA_VALID");
    len = udp_frame(frame, 100);
    deliver(&d, frame, len);
    check(receive(&d, out, sizeof(out), &fl) == (int)len && fl == HDR_F_DATA_VALID,
          "UDP: DATA_VALID");
    put_be16(frame + 14 + 6, 0x2000);
    deliver(&d, frame, len);
    check(receive(&d, out, sizeof(out), &fl) == (int)len && fl == 0, "a fragment: no flag");
    put_be16(frame + 12, 0x0806);
    deliver(&d, frame, 60);
    check(receive(&d, out, sizeof(out), &fl) == 60 && fl == 0, "ARP: no flag");
    drv_close(&d);

    check(drv_open(&d, 1500, true, F_MAC | F_MRG_RXBUF), "driver up without GUEST_CSUM");
    post_rx(&d, 4);
    len = tcp_frame(frame, 500, 9, 0x10);
    deliver(&d, frame, len);
    check(receive(&d, out, sizeof(out), &fl) == (int)len && fl == 0,
          "GUEST_CSUM not negotiated: flags 0");
    drv_close(&d);
}

static void test_rx_split(void)
{
    Drv d;
    uint8_t fl = 0;
    check(drv_open(&d, 65520, true, F_MAC | F_GUEST_CSUM | F_MRG_RXBUF),
          "driver up without MTU, 65520 backend");
    post_rx(&d, QSIZE);
    size_t payload = 20000, hdr = 14 + 20 + 20 + TCP_OPTS;
    size_t len = tcp_frame(frame, payload, 100, 0x19);
    put_be16(frame + 14 + 20 + 16, (uint16_t)~fold(sum16(frame + 14 + 20, len - 34,
                                                         pseudo(frame + 14, len - 34))));
    check(deliver(&d, frame, len) == NET_RX_TAKEN, "a 20000-byte TCP segment is taken");
    size_t mss = 1500 - 20 - 20 - TCP_OPTS, off = 0;
    int segs = 0;
    bool ok = true;
    int n;
    while ((n = receive(&d, out, sizeof(out), &fl)) > 0) {
        size_t want = payload - off < mss ? payload - off : mss;
        ok = ok && (size_t)n == hdr + want && fl == HDR_F_DATA_VALID && ip_csum_ok(out + 14) &&
             l4_csum_ok(out + 14) && be32(out + 14 + 20 + 4) == 100 + off &&
             !memcmp(out + hdr, frame + hdr + off, want) &&
             ((out[14 + 20 + 13] & 1) != 0) == (off + want == payload);
        off += want;
        segs++;
    }
    check(ok && off == payload && segs == (int)((payload + mss - 1) / mss),
          "... reaching the guest as 1500-byte segments with valid checksums");
    len = udp_frame(frame, 4000);
    check(deliver(&d, frame, len) == NET_RX_TAKEN, "a 4028-byte UDP packet is taken");
    off = 0;
    ok = true;
    segs = 0;
    while ((n = receive(&d, out, sizeof(out), &fl)) > 0) {
        const uint8_t *ip = out + 14;
        size_t data = be16(ip + 2) - 20u;
        uint16_t fo = be16(ip + 6);
        ok = ok && n <= 1514 && fl == 0 && ip_csum_ok(ip) && (fo & 0x1fff) * 8u == off &&
             !memcmp(out + 34, frame + 34 + off, data) &&
             ((fo & 0x2000) != 0) == (off + data < 4008);
        off += data;
        segs++;
    }
    check(ok && off == 4008 && segs == 3, "... reaching the guest as three IP fragments");
    drv_close(&d);

    /* With the MTU negotiated the same segment arrives whole. */
    check(drv_open(&d, 65520, true, F_MAC | F_GUEST_CSUM | F_MRG_RXBUF | F_MTU),
          "driver up with MTU");
    post_rx(&d, QSIZE);
    len = tcp_frame(frame, payload, 100, 0x19);
    deliver(&d, frame, len);
    check(receive(&d, out, sizeof(out), &fl) == (int)len && fl == HDR_F_DATA_VALID &&
          !memcmp(out, frame, len), "MTU negotiated: the 20000-byte segment arrives whole");
    drv_close(&d);
}

int main(void)
{
    test_features();
    test_tx_csum();
    test_tx_in_place();
    test_tso_segment();
    test_tso_whole();
    test_tso_malformed();
    test_rx_csum();
    test_rx_split();
    printf("test_net_offload: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
