/* virtio-net's offloads (virtio 1.2 §5.1.6), driven through virtio-mmio
 * with a recording backend: the checksum a transmitted frame asks for
 * (NEEDS_CSUM), TCP segmentation of a 64 KiB GSO_TCPV4 frame (cut into MSS
 * frames for a backend with a small MTU, passed whole to one with a large
 * MTU), malformed GSO and checksum headers dropped, frames handed to the
 * backend straight from guest RAM, DATA_VALID on received frames, and
 * received frames larger than the guest's MTU split into segments or
 * fragments. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "devices/net.h"
#include "devices/virtio/virtio.h"
#include "devices/virtio/virtio_net.h"
#include "tests/unit/netframe.h"
#include "tests/unit/testlib.h"

enum { RAM_SIZE = 4 << 20, QSIZE = 64, HDR = VNET_HDR };

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
    VDrv vd;
    GuestRam ram;
    TestBackend be;
} Drv;

/* A NIC on a recording backend with the given MTU, driver features set. */
static bool drv_open(Drv *d, unsigned mtu, bool csum_ok, uint64_t features)
{
    memset(d, 0, sizeof(*d));
    d->ram = vd_ram(RAM_SIZE);
    d->be.base = (NetBackend){ .send = be_send, .set_receiver = be_set_receiver,
                               .rx_ready = be_rx_ready, .opaque = &d->be, .mtu = mtu,
                               .rx_csum_ok = csum_ok };
    d->be.ram = &d->ram;
    vd_attach(&d->vd, virtio_net_create(&d->ram, &d->be.base, guest_mac), &d->ram, QSIZE,
              NULL);
    if (!d->vd.t) {
        return false;
    }
    uint32_t st = vd_negotiate(&d->vd, features | VIRTIO_F_VERSION_1);
    if (!(st & VIRTIO_STATUS_FEATURES_OK)) {
        return false;
    }
    for (unsigned q = 0; q < 2; q++) {
        vd_setup_queue(&d->vd, q);
        if (vd_rd(&d->vd, R_QREADY) != 1) {
            return false;
        }
    }
    vd_wr(&d->vd, R_STATUS, st | VIRTIO_STATUS_DRIVER_OK);
    return virtio_driver_ok(d->vd.v);
}

static void drv_close(Drv *d)
{
    vd_detach(&d->vd);
    be_clear(&d->be);
    free(d->ram.host);
}

static bool needs_reset(Drv *d)
{
    return (d->vd.v->status & VIRTIO_STATUS_NEEDS_RESET) != 0;
}

/* Transmits hdr + frame, split over descriptors after the header as
 * pieces says (0 = header and frame in one descriptor). True when the
 * device used the chain and needs no reset. */
static bool transmit(Drv *d, const uint8_t *hdr, const uint8_t *frame, size_t len, int pieces)
{
    return vnet_send(&d->vd, hdr, frame, len, pieces) && !needs_reset(d);
}

/* Posts n receive buffers of VNET_RX_BUF bytes. */
static void post_rx(Drv *d, int n)
{
    vnet_post_rx(&d->vd, n, VNET_RX_BUF, true);
}

/* Takes the next received frame into buf (max bytes) and its header
 * flags; returns its length, or -1 when none. */
static int receive(Drv *d, uint8_t *buf, size_t max, uint8_t *flags)
{
    return vnet_recv(&d->vd, buf, max, flags, NULL);
}

/* --- frames --------------------------------------------------------------- */

enum { TCP_OPTS = 12 };   /* a timestamp option, as Linux sends */

/* An IPv4 TCP frame with payload bytes of pattern (byte i = i * 7 + 3),
 * headers 14 + 20 + 32; checksums left zero. Returns its length. */
static size_t tcp_frame(uint8_t *f, size_t payload, uint32_t seq, uint8_t tcp_flags)
{
    static const uint8_t dst_mac[6] = { 0x52, 0x52, 0x52, 0x52, 0x52, 0x52 };
    uint8_t *ip = f + 14, *th = ip + 20;
    eth_header(f, dst_mac, guest_mac, 0x0800);
    ipv4_header(ip, 6, guest_ip, host_ip, 20 + TCP_OPTS + payload, 0x1234, 0x4000); /* DF */
    tcp_header(th, 40000, 8080, seq, 0x01020304, tcp_flags);
    th[12] = (20 + TCP_OPTS) / 4 << 4;
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
    ip_set_csum(ip);
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
    put_be16(f + field, csum_fold(csum_pseudo(ip, l4len)));
}

static uint8_t frame[70000], out[70000];

/* --- tests ---------------------------------------------------------------- */

static void test_features(void)
{
    Drv d;
    bool up = drv_open(&d, 65520, true, F_MAC | F_MTU);
    uint64_t f = vd_offered(&d.vd);
    CHECK_NAMED(up, "the driver comes up with MTU negotiated");
    CHECK_NAMED((f & (F_CSUM | F_GUEST_CSUM | F_HOST_TSO4 | F_MTU | F_MRG_RXBUF)) ==
                (F_CSUM | F_GUEST_CSUM | F_HOST_TSO4 | F_MTU | F_MRG_RXBUF),
                "CSUM, GUEST_CSUM, HOST_TSO4, MTU and MRG_RXBUF are offered");
    CHECK_NAMED(virtio_config_read(d.vd.v, 10, 2) == 65520, "config mtu is the backend's (65520)");
    drv_close(&d);
    up = drv_open(&d, 0, false, F_MAC);
    f = vd_offered(&d.vd);
    CHECK_NAMED(up && !(f & F_MTU) && !(f & F_GUEST_CSUM),
                "a 1500-byte backend without checksum guarantee: no MTU, no GUEST_CSUM");
    drv_close(&d);
}

static void test_tx_csum(void)
{
    Drv d;
    uint8_t h[HDR];
    CHECK_NAMED(drv_open(&d, 1500, true, F_MAC | F_CSUM), "driver up with CSUM");
    size_t len = tcp_frame(frame, 1000, 1, 0x18);
    partial_csum(frame, 14 + 20 + 16);
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, 14 + 20, 16);
    bool used = transmit(&d, h, frame, len, 1);
    CHECK_NAMED(used && d.be.n == 1 && d.be.rec[0].len == len && l4_csum_ok(d.be.rec[0].data + 14),
                "NEEDS_CSUM TCP: the device completes the checksum");
    CHECK_NAMED(d.be.n == 1 && !memcmp(d.be.rec[0].data, frame, 14 + 20 + 16) &&
                !memcmp(d.be.rec[0].data + 14 + 20 + 18, frame + 14 + 20 + 18, len - 52),
                "NEEDS_CSUM TCP: every other byte is unchanged");
    be_clear(&d.be);

    len = udp_frame(frame, 777);
    partial_csum(frame, 14 + 20 + 6);
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, 14 + 20, 6);
    used = transmit(&d, h, frame, len, 0);
    CHECK_NAMED(used && d.be.n == 1 && l4_csum_ok(d.be.rec[0].data + 14) &&
                !d.be.rec[0].in_guest_ram,
                "NEEDS_CSUM UDP (odd length): completed, in a copy of the frame");
    CHECK_NAMED(!memcmp(vd_host(&d.vd, VNET_TX_AREA + HDR), frame, len),
                "NEEDS_CSUM: the driver's buffer is not written");
    be_clear(&d.be);

    /* §5.1.6.2: the checksum field must lie inside the frame. */
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, (uint16_t)len, 0);
    used = transmit(&d, h, frame, len, 0);
    CHECK_NAMED(used && d.be.n == 0, "csum_start at the frame's end: dropped, chain returned");
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, (uint16_t)(len - 10), 9);
    used = transmit(&d, h, frame, len, 0);
    CHECK_NAMED(used && d.be.n == 0, "checksum field one byte past the end: dropped");
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, 14 + 20, 0xffff);
    used = transmit(&d, h, frame, len, 0);
    CHECK_NAMED(used && d.be.n == 0, "csum_offset 65535: dropped");
    net_hdr(h, HDR_F_NEEDS_CSUM, 0, 0, 0, (uint16_t)(len - 2), 0);
    used = transmit(&d, h, frame, len, 0);
    CHECK_NAMED(used && d.be.n == 1, "checksum field in the last two bytes: sent");
    CHECK_NAMED(!needs_reset(&d), "bad checksum requests need no reset");
    drv_close(&d);
}

static void test_tx_in_place(void)
{
    Drv d;
    uint8_t h[HDR];
    CHECK_NAMED(drv_open(&d, 1500, true, F_MAC | F_CSUM), "driver up");
    size_t len = tcp_frame(frame, 300, 1, 0x10);
    net_hdr(h, 0, 0, 0, 0, 0, 0);
    transmit(&d, h, frame, len, 0);
    transmit(&d, h, frame, len, 1);
    transmit(&d, h, frame, len, 3);
    CHECK_NAMED(d.be.n == 3, "three plain frames sent");
    CHECK_NAMED(d.be.n == 3 && d.be.rec[0].in_guest_ram && d.be.rec[1].in_guest_ram,
                "header and frame in one buffer, or the frame in one: sent from guest RAM");
    CHECK_NAMED(d.be.n == 3 && !d.be.rec[2].in_guest_ram, "a frame over three buffers: copied");
    bool same = true;
    for (int i = 0; i < d.be.n; i++) {
        same = same && d.be.rec[i].len == len && !memcmp(d.be.rec[i].data, frame, len);
    }
    CHECK_NAMED(same, "all three arrive intact");
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
    CHECK_NAMED(drv_open(&d, 1500, true, F_MAC | F_CSUM | F_HOST_TSO4), "driver up with HOST_TSO4");
    size_t len = big_tso_frame(h, mss, seq0);
    size_t hdr = 14 + 20 + 20 + TCP_OPTS, payload = len - hdr;
    size_t want = (payload + mss - 1) / mss;
    bool used = transmit(&d, h, frame, len, 4);
    CHECK_NAMED(used && (size_t)d.be.n == want,
                "64 KiB TSO frame: ceil(payload / gso_size) segments");
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
    CHECK_NAMED(lens, "segments: frame length and IP total length per segment");
    CHECK_NAMED(ids, "segments: IP id counts up");
    CHECK_NAMED(seqs, "segments: sequence numbers advance by the payload (wrapping)");
    CHECK_NAMED(ipck, "segments: IP header checksums");
    CHECK_NAMED(tcpck, "segments: TCP checksums");
    CHECK_NAMED(data, "segments: payload in order");
    CHECK_NAMED(fin && psh, "segments: FIN and PSH only on the last");
    CHECK_NAMED(cwr, "segments: CWR only on the first");
    CHECK_NAMED(rest, "segments: ACK, options, addresses and ack number kept");
    drv_close(&d);
}

static void test_tso_whole(void)
{
    Drv d;
    uint8_t h[HDR];
    CHECK_NAMED(drv_open(&d, 65520, true, F_MAC | F_CSUM | F_HOST_TSO4),
                "driver up, 65520 backend");
    size_t len = big_tso_frame(h, 1448, 5);
    /* Total length 65535 > 65520: still segmented. */
    transmit(&d, h, frame, len, 2);
    CHECK_NAMED(d.be.n == 46, "a packet above the backend's MTU is segmented");
    be_clear(&d.be);
    len = tcp_frame(frame, 40000, 77, 0x18);
    partial_csum(frame, 14 + 20 + 16);
    put_be16(frame + 14 + 2, 0);   /* some drivers leave the total length 0 */
    net_hdr(h, HDR_F_NEEDS_CSUM, GSO_TCPV4, 66, 1448, 14 + 20, 16);
    transmit(&d, h, frame, len, 2);
    const uint8_t *ip = d.be.n == 1 ? d.be.rec[0].data + 14 : NULL;
    CHECK_NAMED(ip && d.be.rec[0].len == len, "within the backend's MTU: passed whole");
    CHECK_NAMED(ip && be16(ip + 2) == len - 14 && ip_csum_ok(ip) && l4_csum_ok(ip) &&
                (ip[20 + 13] & 0x09) == 0x08,
                "passed whole: total length, IP and TCP checksums right, PSH kept");
    drv_close(&d);
}

/* A malformed GSO frame: used, nothing sent, no reset. */
static void bad_gso(Drv *d, const uint8_t *h, size_t len, const char *name)
{
    be_clear(&d->be);
    bool used = transmit(d, h, frame, len, 1);
    CHECK_NAMED(used && d->be.n == 0 && !needs_reset(d), name);
}

static void test_tso_malformed(void)
{
    Drv d;
    uint8_t h[HDR];
    CHECK_NAMED(drv_open(&d, 1500, true, F_MAC | F_CSUM | F_HOST_TSO4), "driver up with HOST_TSO4");
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
    CHECK_NAMED(transmit(&d, h, frame, len, 1) && d.be.n == 46,
                "the repaired frame goes out again");
    drv_close(&d);
    CHECK_NAMED(drv_open(&d, 1500, true, F_MAC | F_CSUM), "driver up without HOST_TSO4");
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
    CHECK_NAMED(drv_open(&d, 1500, true, F_MAC | F_GUEST_CSUM | F_MRG_RXBUF), "driver up");
    post_rx(&d, 16);
    size_t len = tcp_frame(frame, 500, 9, 0x10);
    deliver(&d, frame, len);
    CHECK_NAMED(receive(&d, out, sizeof(out), &fl) == (int)len && fl == HDR_F_DATA_VALID,
                "TCP from a vouching backend: DATA_VALID");
    len = udp_frame(frame, 100);
    deliver(&d, frame, len);
    CHECK_NAMED(receive(&d, out, sizeof(out), &fl) == (int)len && fl == HDR_F_DATA_VALID,
                "UDP: DATA_VALID");
    put_be16(frame + 14 + 6, 0x2000);
    deliver(&d, frame, len);
    CHECK_NAMED(receive(&d, out, sizeof(out), &fl) == (int)len && fl == 0, "a fragment: no flag");
    put_be16(frame + 12, 0x0806);
    deliver(&d, frame, 60);
    CHECK_NAMED(receive(&d, out, sizeof(out), &fl) == 60 && fl == 0, "ARP: no flag");
    drv_close(&d);

    CHECK_NAMED(drv_open(&d, 1500, true, F_MAC | F_MRG_RXBUF), "driver up without GUEST_CSUM");
    post_rx(&d, 4);
    len = tcp_frame(frame, 500, 9, 0x10);
    deliver(&d, frame, len);
    CHECK_NAMED(receive(&d, out, sizeof(out), &fl) == (int)len && fl == 0,
                "GUEST_CSUM not negotiated: flags 0");
    drv_close(&d);
}

static void test_rx_split(void)
{
    Drv d;
    uint8_t fl = 0;
    CHECK_NAMED(drv_open(&d, 65520, true, F_MAC | F_GUEST_CSUM | F_MRG_RXBUF),
                "driver up without MTU, 65520 backend");
    post_rx(&d, QSIZE);
    size_t payload = 20000, hdr = 14 + 20 + 20 + TCP_OPTS;
    size_t len = tcp_frame(frame, payload, 100, 0x19);
    l4_set_csum(frame + 14, 16);
    CHECK_NAMED(deliver(&d, frame, len) == NET_RX_TAKEN, "a 20000-byte TCP segment is taken");
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
    CHECK_NAMED(ok && off == payload && segs == (int)((payload + mss - 1) / mss),
                "... reaching the guest as 1500-byte segments with valid checksums");
    len = udp_frame(frame, 4000);
    CHECK_NAMED(deliver(&d, frame, len) == NET_RX_TAKEN, "a 4028-byte UDP packet is taken");
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
    CHECK_NAMED(ok && off == 4008 && segs == 3, "... reaching the guest as three IP fragments");
    drv_close(&d);

    /* With the MTU negotiated the same segment arrives whole. */
    CHECK_NAMED(drv_open(&d, 65520, true, F_MAC | F_GUEST_CSUM | F_MRG_RXBUF | F_MTU),
                "driver up with MTU");
    post_rx(&d, QSIZE);
    len = tcp_frame(frame, payload, 100, 0x19);
    deliver(&d, frame, len);
    CHECK_NAMED(receive(&d, out, sizeof(out), &fl) == (int)len && fl == HDR_F_DATA_VALID &&
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
    return t_summary("test_net_offload");
}
