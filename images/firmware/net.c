/* virtio-net self-test (virtio 1.2 §5.1): receiveq1 is queue 0, transmitq1
 * queue 1. Every packet is preceded by struct virtio_net_hdr, 12 bytes once
 * VERSION_1 is negotiated (num_buffers is always present, §5.1.6). With no
 * offload feature the header is all zero on transmit, and receive buffers
 * must hold a whole frame (§5.1.6.3.1: 1526 bytes with the header).
 * The test leases an address by DHCP, resolves the gateway by ARP and
 * exchanges a UDP datagram with an echo server on the host. */
#include "inet.h"
#include "virtio.h"

#define VIRTIO_NET_F_MAC (1ull << 5)
#define NET_RXQ 0
#define NET_TXQ 1
#define NET_HDR_LEN 12
#define RX_BUFS 16
#define BUF_SIZE 2048
#define TRIES 4
#define REPLY_TIMEOUT_MS 1500
#define LOCAL_PORT 40000

typedef struct Net {
    VirtioDev dev;
    uint8_t mac[6];
    uint32_t ip;
    uint8_t *tx;
    uint8_t *rx;
} Net;

/* What a wait is looking for; match() returns true when it is found. */
typedef struct Waiter {
    bool (*match)(Net *n, const uint8_t *frame, size_t len, void *ctx);
    void *ctx;
} Waiter;

static bool net_send(Net *n, size_t frame_len)
{
    memset(n->tx, 0, NET_HDR_LEN);
    VBuf b = { n->tx, (uint32_t)(NET_HDR_LEN + frame_len), false };
    return virtio_transact(&n->dev, NET_TXQ, &b, 1, NULL, 2000) >= 0;
}

static uint8_t *tx_frame(Net *n)
{
    return n->tx + NET_HDR_LEN;
}

static void post_rx(Net *n, uint8_t *buf)
{
    VBuf b = { buf, BUF_SIZE, true };
    vq_add(&n->dev.vq[NET_RXQ], &b, 1);
}

/* ARP requests for our address are answered whatever we wait for, so the
 * host side can always reach us. */
static void answer_arp(Net *n, const uint8_t *frame, size_t len)
{
    ArpPacket a;
    if (!n->ip || !arp_parse(frame, len, &a) || a.op != ARP_REQUEST || a.tpa != n->ip) {
        return;
    }
    uint8_t sha[6];
    memcpy(sha, a.sha, 6);
    net_send(n, arp_build(tx_frame(n), ARP_REPLY, n->mac, n->ip, sha, a.spa));
}

/* Handles one received buffer; true when the waiter matched it. */
static bool rx_one(Net *n, int head, uint32_t len, const Waiter *w)
{
    Vq *q = &n->dev.vq[NET_RXQ];
    uint8_t *buf = (uint8_t *)(uintptr_t)q->desc[head].addr;
    bool hit = false;
    if (len > NET_HDR_LEN && len <= BUF_SIZE) {
        const uint8_t *frame = buf + NET_HDR_LEN;
        size_t flen = len - NET_HDR_LEN;
        answer_arp(n, frame, flen);
        hit = w->match(n, frame, flen, w->ctx);
    }
    post_rx(n, buf);
    vq_notify(&n->dev, q);
    return hit;
}

static bool net_wait(Net *n, const Waiter *w, uint32_t timeout_ms)
{
    uint64_t end = time_ms() + timeout_ms;
    while (time_ms() < end) {
        uint32_t len;
        int head = vq_poll(&n->dev, &n->dev.vq[NET_RXQ], &len);
        if (head >= 0 && rx_one(n, head, len, w)) {
            return true;
        }
    }
    return false;
}

static bool net_init(Net *n)
{
    if (!n->tx) {
        n->tx = fw_alloc(BUF_SIZE, 64);
        n->rx = fw_alloc(RX_BUFS * BUF_SIZE, 64);
    }
    virtio_find(VIRTIO_ID_NET, &n->dev);
    if (!virtio_begin(&n->dev, VIRTIO_NET_F_MAC) ||
        !virtio_queue_setup(&n->dev, NET_RXQ, RX_BUFS) ||
        !virtio_queue_setup(&n->dev, NET_TXQ, 16)) {
        return false;
    }
    static const uint8_t fallback[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
    for (int i = 0; i < 6; i++) {
        bool from_cfg = n->dev.features & VIRTIO_NET_F_MAC;
        n->mac[i] = from_cfg ? virtio_cfg8(&n->dev, (uint32_t)i) : fallback[i];
    }
    if (!virtio_driver_ok(&n->dev)) {
        return false;
    }
    /* §5.1.6.3: receive buffers go in after DRIVER_OK so the notify is legal. */
    for (int i = 0; i < n->dev.vq[NET_RXQ].num; i++) {
        post_rx(n, n->rx + i * BUF_SIZE);
    }
    vq_notify(&n->dev, &n->dev.vq[NET_RXQ]);
    return true;
}

/* --- DHCP ------------------------------------------------------------------ */

typedef struct DhcpWait {
    uint32_t xid;
    uint8_t want;
    DhcpLease lease;
} DhcpWait;

static bool match_dhcp(Net *n, const uint8_t *frame, size_t len, void *ctx)
{
    DhcpWait *dw = ctx;
    UdpPacket u;
    if (!udp_parse(frame, len, &u) || u.dst_port != DHCP_CLIENT_PORT) {
        return false;
    }
    if (!dhcp_parse(u.data, u.len, dw->xid, &dw->lease)) {
        return false;
    }
    return dw->lease.type == dw->want || dw->lease.type == DHCP_NAK;
}

static bool dhcp_exchange(Net *n, uint8_t type, uint32_t req, uint32_t server, DhcpWait *dw)
{
    static uint8_t msg[400];
    UdpHeaderInfo h = { eth_broadcast, n->mac, 0, 0xffffffffu, DHCP_CLIENT_PORT,
                        DHCP_SERVER_PORT };
    size_t len = dhcp_build(msg, type, dw->xid, n->mac, req, server);
    Waiter w = { match_dhcp, dw };
    for (int t = 0; t < TRIES; t++) {
        if (net_send(n, udp_build(tx_frame(n), &h, msg, len)) &&
            net_wait(n, &w, REPLY_TIMEOUT_MS)) {
            return dw->lease.type == dw->want;
        }
    }
    return false;
}

static bool dhcp_lease(Net *n, DhcpLease *ack)
{
    char ip[16];
    char srv[16];
    DhcpWait dw = { .xid = 0x52564258u ^ (uint32_t)time_ms(), .want = DHCP_OFFER };
    bool offered = dhcp_exchange(n, DHCP_DISCOVER, 0, 0, &dw);
    ip_format(ip, sizeof(ip), dw.lease.yiaddr);
    ip_format(srv, sizeof(srv), dw.lease.server);
    if (!check(offered, "net: DHCP DISCOVER -> OFFER of %s from %s", ip, srv)) {
        return false;
    }
    DhcpLease offer = dw.lease;
    dw.want = DHCP_ACK;
    bool acked = dhcp_exchange(n, DHCP_REQUEST, offer.yiaddr, offer.server, &dw);
    acked = acked && dw.lease.yiaddr == offer.yiaddr;
    if (!check(acked, "net: DHCP REQUEST -> ACK for %s", ip)) {
        return false;
    }
    *ack = dw.lease;
    if (!ack->server) {
        ack->server = offer.server;
    }
    n->ip = ack->yiaddr;
    return true;
}

/* --- ARP and UDP --------------------------------------------------------- */

typedef struct ArpWait {
    uint32_t ip;
    uint8_t mac[6];
} ArpWait;

static bool match_arp(Net *n, const uint8_t *frame, size_t len, void *ctx)
{
    ArpWait *aw = ctx;
    ArpPacket a;
    if (!arp_parse(frame, len, &a) || a.op != ARP_REPLY || a.spa != aw->ip) {
        return false;
    }
    memcpy(aw->mac, a.sha, 6);
    return true;
}

static bool arp_resolve(Net *n, uint32_t ip, uint8_t *mac)
{
    static const uint8_t zero[6];
    ArpWait aw = { .ip = ip };
    Waiter w = { match_arp, &aw };
    for (int t = 0; t < TRIES; t++) {
        if (net_send(n, arp_build(tx_frame(n), ARP_REQUEST, n->mac, n->ip, zero, ip)) &&
            net_wait(n, &w, REPLY_TIMEOUT_MS)) {
            memcpy(mac, aw.mac, 6);
            return true;
        }
    }
    return false;
}

typedef struct EchoWait {
    uint32_t from;
    uint16_t port;
    const char *payload;
} EchoWait;

static bool match_echo(Net *n, const uint8_t *frame, size_t len, void *ctx)
{
    EchoWait *ew = ctx;
    UdpPacket u;
    size_t plen = strlen(ew->payload);
    return udp_parse(frame, len, &u) && u.src_ip == ew->from && u.src_port == ew->port &&
           u.dst_ip == n->ip && u.dst_port == LOCAL_PORT && u.len == plen &&
           !memcmp(u.data, ew->payload, plen);
}

static bool udp_echo(Net *n, const uint8_t *gw_mac, uint32_t host, uint16_t port)
{
    static const char payload[] = "rvbox-fwtest-udp-echo";
    UdpHeaderInfo h = { gw_mac, n->mac, n->ip, host, LOCAL_PORT, port };
    EchoWait ew = { host, port, payload };
    Waiter w = { match_echo, &ew };
    for (int t = 0; t < TRIES; t++) {
        size_t len = udp_build(tx_frame(n), &h, payload, sizeof(payload) - 1);
        if (net_send(n, len) && net_wait(n, &w, REPLY_TIMEOUT_MS)) {
            return true;
        }
    }
    return false;
}

void net_test(void)
{
    static Net n;
    bool up = net_init(&n);
    if (!check(up, "net: init (mac %02x:%02x:%02x:%02x:%02x:%02x, features 0x%lx)", n.mac[0],
               n.mac[1], n.mac[2], n.mac[3], n.mac[4], n.mac[5],
               (unsigned long)n.dev.features)) {
        return;
    }
    DhcpLease lease;
    if (!dhcp_lease(&n, &lease)) {
        virtio_reset(&n.dev);
        return;
    }
    uint32_t host = lease.router ? lease.router : lease.server;
    char hs[16];
    ip_format(hs, sizeof(hs), host);
    uint8_t gw[6] = { 0 };
    bool resolved = arp_resolve(&n, host, gw);
    if (check(resolved, "net: ARP resolves %s (%02x:%02x:%02x:%02x:%02x:%02x)", hs, gw[0],
              gw[1], gw[2], gw[3], gw[4], gw[5])) {
        uint16_t port = (uint16_t)arg_num("netport", 5555);
        check(udp_echo(&n, gw, host, port), "net: UDP echo through %s:%u", hs, port);
    }
    virtio_reset(&n.dev);
}
