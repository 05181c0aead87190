/* virtio-net on a real libslirp stack, driven from the host side as a guest
 * driver would: frames built here go out through the transmit ring and
 * slirp's answers (ARP, DHCP, TCP) come back through the receive ring.
 * Also the -netdev / eth0 options as a user types them. */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "devices/host/net_slirp.h"
#include "devices/virtio/virtio_net.h"
#include "machine/config.h"
#include "tests/unit/netframe.h"
#include "tests/unit/testlib.h"

enum { RAM_SIZE = VNET_RAM_MIN, QSIZE = 16 };
#define F_MAC (1ull << 5)
#define F_MRG_RXBUF (1ull << 15)
#define F_STATUS (1ull << 16)

/* The driver and the NIC's backend. */
typedef struct Drv {
    VDrv vd;
    GuestRam ram;
    NetBackend *net;
} Drv;

static uint32_t rd(Drv *d, uint64_t off) { return vd_rd(&d->vd, off); }
static void wr(Drv *d, uint64_t off, uint32_t v) { vd_wr(&d->vd, off, v); }

/* Creates backend + NIC and brings the driver up with features. */
static bool drv_open(Drv *d, const NetSlirpConfig *cfg, uint64_t features)
{
    char err[200];
    memset(d, 0, sizeof(*d));
    d->ram = vd_ram(RAM_SIZE);
    d->net = net_slirp_create(cfg, err, sizeof(err));
    if (!d->net) {
        fprintf(stderr, "net_slirp_create: %s\n", err);
        return false;
    }
    vd_attach(&d->vd, virtio_net_create(&d->ram, d->net, guest_mac), &d->ram, QSIZE, NULL);
    uint32_t st = vd_negotiate(&d->vd, features);
    vd_setup_queue(&d->vd, VNET_RXQ);
    vd_setup_queue(&d->vd, VNET_TXQ);
    wr(d, R_STATUS, st | VIRTIO_STATUS_DRIVER_OK);
    return (rd(d, R_STATUS) & VIRTIO_STATUS_DRIVER_OK) != 0;
}

static void drv_close(Drv *d)
{
    vd_detach(&d->vd);
    d->net->close(d->net);
    free(d->ram.host);
}

/* Posts n receive buffers of len bytes each. */
static void post_rx(Drv *d, int n, uint32_t len, bool notify)
{
    vnet_post_rx(&d->vd, n, len, notify);
}

/* Sends one frame with a zero virtio_net_hdr; true when the device used it. */
static bool send_frame(Drv *d, const uint8_t *frame, size_t len)
{
    return vnet_send(&d->vd, NULL, frame, len, 0);
}

/* Takes the next received frame into buf; returns its length without
 * header, or -1 if none. */
static int recv_frame(Drv *d, uint8_t *buf, size_t max, int *nbufs)
{
    return vnet_recv(&d->vd, buf, max, NULL, nbufs);
}

/* One round of the host poll loop, as the frontend runs it. */
static void pump(Drv *d, int ms)
{
    struct pollfd fds[64];
    int timeout = ms;
    int n = d->net->pollfds(d->net, fds, 64, &timeout);
    if (poll(fds, (nfds_t)n, timeout) < 0) {
        for (int i = 0; i < n; i++) {
            fds[i].revents = 0;
        }
    }
    d->net->poll_done(d->net, fds, n);
}

/* Pumps until a frame arrives that match() accepts, for at most ms. */
static int wait_frame(Drv *d, uint8_t *buf, size_t max, int ms,
                      bool (*match)(const uint8_t *, int))
{
    struct timespec t0, t;
    int nb;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (;;) {
        int n;
        while ((n = recv_frame(d, buf, max, &nb)) >= 0) {
            post_rx(d, nb, VNET_RX_BUF, true);
            if (match(buf, n)) {
                return n;
            }
        }
        clock_gettime(CLOCK_MONOTONIC, &t);
        if ((t.tv_sec - t0.tv_sec) * 1000 + (t.tv_nsec - t0.tv_nsec) / 1000000 > ms) {
            return -1;
        }
        pump(d, 20);
    }
}

/* --- frames ------------------------------------------------------------ */

static const uint8_t bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

static size_t arp_request(uint8_t *f, const uint8_t *target_ip)
{
    size_t n = eth_header(f, bcast, guest_mac, 0x0806);
    uint8_t *a = f + n;
    memset(a, 0, 28);
    put_be16(a, 1);
    put_be16(a + 2, 0x0800);
    a[4] = 6;
    a[5] = 4;
    put_be16(a + 6, 1);
    memcpy(a + 8, guest_mac, 6);
    memcpy(a + 14, guest_ip, 4);
    memcpy(a + 24, target_ip, 4);
    return n + 28;
}

static size_t dhcp_discover(uint8_t *f)
{
    static const uint8_t any[4] = { 0 }, all[4] = { 255, 255, 255, 255 };
    enum { BOOTP = 236 + 312 };
    size_t n = eth_header(f, bcast, guest_mac, 0x0800);
    uint8_t *udp = f + n + 20, *bp = udp + 8;
    memset(udp, 0, 8 + BOOTP);
    put_be16(udp, 68);
    put_be16(udp + 2, 67);
    put_be16(udp + 4, 8 + BOOTP);
    bp[0] = 1;            /* BOOTREQUEST */
    bp[1] = 1;
    bp[2] = 6;
    memcpy(bp + 4, "\x12\x34\x56\x78", 4);
    memcpy(bp + 28, guest_mac, 6);
    memcpy(bp + 236, "\x63\x82\x53\x63\x35\x01\x01\xff", 8); /* cookie, DISCOVER, end */
    ipv4_header(f + n, 17, any, all, 8 + BOOTP, 0, 0);
    return n + 20 + 8 + BOOTP;
}

/* A TCP SYN from the guest's 10.0.2.15:40000 to dst:port. */
static size_t tcp_syn(uint8_t *f, const uint8_t *dst_mac, const uint8_t *dst, uint16_t port)
{
    size_t n = eth_header(f, dst_mac, guest_mac, 0x0800);
    ipv4_header(f + n, 6, guest_ip, dst, 20, 0, 0);
    tcp_header(f + n + 20, 40000, port, 0x1000, 0, 0x02);   /* SYN */
    l4_set_csum(f + n, 16);
    return n + 40;
}

static bool is_arp_reply_from_host(const uint8_t *f, int n)
{
    return n >= 42 && be16(f + 12) == 0x0806 && be16(f + 20) == 2 &&
           !memcmp(f + 28, host_ip, 4) && !memcmp(f + 32, guest_mac, 6) &&
           !memcmp(f, guest_mac, 6);
}

static bool is_dhcp_offer(const uint8_t *f, int n)
{
    if (n < 14 + 20 + 8 + 240 || be16(f + 12) != 0x0800 || f[23] != 17) {
        return false;
    }
    const uint8_t *udp = f + 14 + (f[14] & 15) * 4, *bp = udp + 8;
    return be16(udp) == 67 && be16(udp + 2) == 68 && bp[0] == 2 &&
           !memcmp(bp + 4, "\x12\x34\x56\x78", 4) && !memcmp(bp + 16, guest_ip, 4) &&
           !memcmp(bp + 240, "\x35\x01\x02", 3);
}

static uint16_t fwd_port;

/* slirp forwarding a host connection: SYN to 10.0.2.15:80. */
static bool is_syn_to_guest80(const uint8_t *f, int n)
{
    if (n < 54 || be16(f + 12) != 0x0800 || f[23] != 6 || memcmp(f + 30, guest_ip, 4)) {
        return false;
    }
    const uint8_t *t = f + 14 + (f[14] & 15) * 4;
    return be16(t + 2) == 80 && (t[13] & 0x12) == 0x02;
}

static uint16_t host_listen_port;

/* slirp accepting the guest's connection to the host: SYN-ACK. */
static bool is_synack_from_host(const uint8_t *f, int n)
{
    if (n < 54 || be16(f + 12) != 0x0800 || f[23] != 6 || memcmp(f + 26, host_ip, 4)) {
        return false;
    }
    const uint8_t *t = f + 14 + (f[14] & 15) * 4;
    return be16(t) == host_listen_port && be16(t + 2) == 40000 && (t[13] & 0x12) == 0x12;
}

/* --- tests ------------------------------------------------------------- */

static void test_config_space(void)
{
    Drv d;
    NetSlirpConfig cfg = { 0 };
    CHECK(drv_open(&d, &cfg, F_MAC | F_STATUS | F_MRG_RXBUF | VIRTIO_F_VERSION_1));
    CHECK(rd(&d, R_DEVICE_ID) == 1);
    wr(&d, R_DEV_FEAT_SEL, 0);
    uint32_t f = rd(&d, R_DEV_FEAT);
    CHECK((f & F_MAC) && (f & F_MRG_RXBUF) && (f & F_STATUS));
    CHECK((f & 3) == 3);   /* CSUM and GUEST_CSUM: slirp's checksums are trusted */
    uint8_t cfgb[8];
    for (int i = 0; i < 8; i++) {
        cfgb[i] = (uint8_t)virtio_mmio_ops.read(d.vd.t, R_CONFIG + i, 1);
    }
    CHECK(!memcmp(cfgb, guest_mac, 6));
    CHECK(get_le16(cfgb + 6) == 1);   /* VIRTIO_NET_S_LINK_UP */
    drv_close(&d);
}

static void test_arp_and_flow_control(void)
{
    Drv d;
    NetSlirpConfig cfg = { 0 };
    uint8_t f[2048], r[4096];
    int nb = 0;
    CHECK(drv_open(&d, &cfg, F_MAC | F_STATUS | VIRTIO_F_VERSION_1));
    /* No receive buffer yet: slirp's replies wait in the backend. */
    CHECK(send_frame(&d, f, arp_request(f, host_ip)));
    CHECK(send_frame(&d, f, arp_request(f, host_ip)));
    CHECK(recv_frame(&d, r, sizeof(r), &nb) < 0);
    wr(&d, R_INT_ACK, rd(&d, R_INT_STATUS));
    int irqs = d.vd.irq.raised;
    post_rx(&d, 1, VNET_RX_BUF, true);
    int n = recv_frame(&d, r, sizeof(r), &nb);
    CHECK(is_arp_reply_from_host(r, n) && nb == 1);
    CHECK(d.vd.irq.raised > irqs && (rd(&d, R_INT_STATUS) & VIRTIO_INT_USED));
    CHECK(recv_frame(&d, r, sizeof(r), &nb) < 0);  /* the second waits for a buffer */
    post_rx(&d, 1, VNET_RX_BUF, true);
    CHECK(is_arp_reply_from_host(r, recv_frame(&d, r, sizeof(r), &nb)));
    /* Without MRG_RXBUF a buffer too small for the frame comes back empty. */
    post_rx(&d, 1, 40, false);
    CHECK(send_frame(&d, f, arp_request(f, host_ip)));
    uint32_t id, len;
    CHECK(vd_get_used(&d.vd, VNET_RXQ, &id, &len) && len == 0);
    drv_close(&d);
}

static void test_mergeable_buffers(void)
{
    Drv d;
    NetSlirpConfig cfg = { 0 };
    uint8_t f[2048], r[4096];
    int nb = 0;
    CHECK(drv_open(&d, &cfg, F_MAC | F_STATUS | F_MRG_RXBUF | VIRTIO_F_VERSION_1));
    /* 24-byte buffers: the 12-byte header plus at least 42 frame bytes
     * need three of them. One is not enough: the frame waits. */
    post_rx(&d, 1, 24, true);
    CHECK(send_frame(&d, f, arp_request(f, host_ip)));
    CHECK(recv_frame(&d, r, sizeof(r), &nb) < 0);
    post_rx(&d, 4, 24, true);
    int n = recv_frame(&d, r, sizeof(r), &nb);
    CHECK(is_arp_reply_from_host(r, n));
    CHECK(nb == (VNET_HDR + n + 23) / 24);
    drv_close(&d);
}

static void test_dhcp(void)
{
    Drv d;
    NetSlirpConfig cfg = { 0 };
    uint8_t f[2048], r[4096];
    CHECK(drv_open(&d, &cfg, F_MAC | F_STATUS | F_MRG_RXBUF | VIRTIO_F_VERSION_1));
    post_rx(&d, 8, VNET_RX_BUF, true);
    CHECK(send_frame(&d, f, dhcp_discover(f)));
    CHECK(wait_frame(&d, r, sizeof(r), 2000, is_dhcp_offer) > 0);
    drv_close(&d);
}

static uint16_t free_port(int *keep_fd, bool listen_on_it)
{
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t len = sizeof(a);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    bind(fd, (struct sockaddr *)&a, sizeof(a));
    getsockname(fd, (struct sockaddr *)&a, &len);
    if (listen_on_it) {
        listen(fd, 4);
        *keep_fd = fd;
    } else {
        close(fd);
    }
    return ntohs(a.sin_port);
}

/* A host connection to a forwarded port reaches the guest as a SYN. */
static void test_hostfwd(void)
{
    Drv d;
    NetSlirpConfig cfg = { .nfwd = 1 };
    uint8_t f[2048], r[4096];
    char err[200];
    fwd_port = free_port(NULL, false);
    char spec[64];
    snprintf(spec, sizeof(spec), "tcp:127.0.0.1:%u-:80", fwd_port);
    CHECK(net_slirp_parse_hostfwd(spec, &cfg.fwd[0], err, sizeof(err)) == 0);
    CHECK(drv_open(&d, &cfg, F_MAC | F_STATUS | F_MRG_RXBUF | VIRTIO_F_VERSION_1));
    post_rx(&d, 8, VNET_RX_BUF, true);
    CHECK(send_frame(&d, f, arp_request(f, host_ip)));  /* slirp learns our MAC */
    int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(fwd_port),
                             .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    connect(s, (struct sockaddr *)&a, sizeof(a));
    CHECK(wait_frame(&d, r, sizeof(r), 2000, is_syn_to_guest80) > 0);
    close(s);
    /* The same host port cannot be forwarded twice. */
    NetBackend *again = net_slirp_create(&cfg, err, sizeof(err));
    CHECK(!again && strstr(err, "port"));
    drv_close(&d);
}

/* The guest connects to a host service through 10.0.2.2, unless
 * restricted. */
static void guest_connects(bool restricted)
{
    Drv d;
    NetSlirpConfig cfg = { .restricted = restricted };
    uint8_t f[2048], r[4096];
    int lfd = -1, nb;
    host_listen_port = free_port(&lfd, true);
    CHECK(drv_open(&d, &cfg, F_MAC | F_STATUS | F_MRG_RXBUF | VIRTIO_F_VERSION_1));
    post_rx(&d, 8, VNET_RX_BUF, true);
    CHECK(send_frame(&d, f, arp_request(f, host_ip)));
    int n = recv_frame(&d, r, sizeof(r), &nb);
    CHECK(is_arp_reply_from_host(r, n));
    uint8_t host_mac[6];
    memcpy(host_mac, r + 22, 6);
    post_rx(&d, nb, VNET_RX_BUF, true);
    CHECK(send_frame(&d, f, tcp_syn(f, host_mac, host_ip, host_listen_port)));
    int got = wait_frame(&d, r, sizeof(r), restricted ? 700 : 3000, is_synack_from_host);
    CHECK(restricted ? got < 0 : got > 0);
    close(lfd);
    drv_close(&d);
}

/* cfg has network id with restrict as given and nfwd hostfwd rules
 * (parsed into fwd), and exactly one virtio-net-device on it. */
static bool network(MachineConfig *cfg, const char *id, bool restricted, int nfwd,
                    NetSlirpFwd *fwd)
{
    char err[200];
    BackendConfig *b = config_find_backend(cfg, BACKEND_NET, id);
    const char *r = b ? opts_get(&b->opts, "restrict") : NULL;
    if (!b || (r && !strcmp(r, "on")) != restricted || opts_get_nth(&b->opts, "hostfwd", nfwd)) {
        return false;
    }
    for (int i = 0; i < nfwd; i++) {
        const char *f = opts_get_nth(&b->opts, "hostfwd", i);
        if (!f || net_slirp_parse_hostfwd(f, &fwd[i], err, sizeof(err)) != 0) {
            return false;
        }
    }
    int nics = 0;
    for (int i = 0; i < cfg->ndevices; i++) {
        const char *n = opts_get(&cfg->devices[i].opts, "netdev");
        nics += !strcmp(cfg->devices[i].driver, "virtio-net-device") && n && !strcmp(n, id);
    }
    return nics == 1;
}

static void test_options(void)
{
    MachineConfig cfg;
    bool help;
    char err[256];
    char *ok[] = { "rvbox", "-kernel", "k", "-netdev",
                   "user,id=n0,hostfwd=tcp::8080-:80,hostfwd=udp:127.0.0.1:5353-10.0.2.15:53,"
                   "restrict=on" };
    NetSlirpFwd fwd[2];
    CHECK(config_parse_args(&cfg, 5, ok, &help, err, sizeof(err)) == 0);
    CHECK(network(&cfg, "n0", true, 2, fwd));
    CHECK(!fwd[0].udp && fwd[0].host_port == 8080 && fwd[0].guest_port == 80 &&
          fwd[0].host_addr == 0);
    CHECK(fwd[1].udp && fwd[1].host_addr == 0x7f000001 && fwd[1].guest_addr == 0x0a00020f &&
          fwd[1].guest_port == 53);
    config_free(&cfg);
    char *nic[] = { "rvbox", "-kernel", "k", "-nic", "user" };
    CHECK(config_parse_args(&cfg, 5, nic, &help, err, sizeof(err)) == 0 &&
          network(&cfg, "net0", false, 0, fwd));
    config_free(&cfg);
    char *two[] = { "rvbox", "-kernel", "k", "-netdev", "user,id=a", "-device",
                    "virtio-net-device,netdev=a,mac=52:54:00:00:00:07" };
    CHECK(config_parse_args(&cfg, 7, two, &help, err, sizeof(err)) == 0 &&
          network(&cfg, "a", false, 0, fwd) && cfg.ndevices == 2);
    config_free(&cfg);
    static const struct { const char *spec, *msg; } bad[] = {
        { "tap,id=n0", "-netdev: only the 'user' network type is supported" },
        { "user,hostfwd=tcp::8080", "-netdev: hostfwd 'tcp::8080': expected" },
        { "user,hostfwd=tcp::99999-:80", "-netdev: hostfwd 'tcp::99999-:80'" },
        { "user,hostfwd=sctp::1-:2", "-netdev: hostfwd 'sctp::1-:2'" },
        { "user,restrict=maybe", "-netdev: restrict must be on or off, not 'maybe'" },
        { "user,ipv6=on", "-netdev: only ipv6=off is supported" },
        { "user,smb=/tmp", "-netdev: unknown option 'smb'" },
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        char *argv[] = { "rvbox", "-kernel", "k", "-netdev", (char *)bad[i].spec };
        int rc = config_parse_args(&cfg, 5, argv, &help, err, sizeof(err));
        CHECK(rc == -1 && !strncmp(err, bad[i].msg, strlen(bad[i].msg)) && !strchr(err, '\n'));
        if (rc == 0) {
            config_free(&cfg);
        }
    }
}

static void test_config_file(void)
{
    char path[64];
    snprintf(path, sizeof(path), "/tmp/rvbox-net-%d.cfg", (int)getpid());
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    static const char good[] = "{ kernel: \"k\", eth0: { driver: \"user\", "
                               "hostfwd: [\"tcp::2222-:22\"], restrict: true } }";
    static const char bad[] = "{ kernel: \"k\", eth0: { driver: \"tap\" } }";
    MachineConfig cfg;
    bool help;
    char err[256];
    char *argv[] = { "rvbox", path };
    CHECK(write(fd, good, sizeof(good) - 1) == (ssize_t)sizeof(good) - 1);
    NetSlirpFwd fwd[1];
    CHECK(config_parse_args(&cfg, 2, argv, &help, err, sizeof(err)) == 0 &&
          network(&cfg, "net0", true, 1, fwd) && fwd[0].host_port == 2222);
    config_free(&cfg);
    CHECK(ftruncate(fd, 0) == 0 && pwrite(fd, bad, sizeof(bad) - 1, 0) > 0);
    CHECK(config_parse_args(&cfg, 2, argv, &help, err, sizeof(err)) == -1 &&
          strstr(err, "eth0: only driver \"user\""));
    close(fd);
    unlink(path);
}

/* An IPv4/UDP fragment from the guest to the host: offset in 8-byte
 * units, more: the MF flag; 8 bytes of payload. */
static size_t udp_fragment(uint8_t *f, uint16_t id, uint16_t offset, bool more)
{
    static const uint8_t eth[14] = { 0x52, 0x55, 0x0a, 0x00, 0x02, 0x02,
                                     0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 0x08, 0x00 };
    memset(f, 0, 14 + 20 + 8);
    memcpy(f, eth, 14);
    uint8_t *ip = f + 14;
    ip[0] = 0x45;
    ip[3] = 28;                                    /* total length */
    ip[4] = id >> 8, ip[5] = id & 0xff;
    uint16_t off = (uint16_t)(offset | (more ? 0x2000 : 0));
    ip[6] = off >> 8, ip[7] = off & 0xff;
    ip[8] = 64, ip[9] = 17;                        /* TTL, UDP */
    memcpy(ip + 12, (uint8_t[]){ 10, 0, 2, 15, 10, 0, 2, 2 }, 8);
    uint32_t sum = 0;
    for (int i = 0; i < 20; i += 2) {
        sum += (uint32_t)(ip[i] << 8 | ip[i + 1]);
    }
    sum = (sum & 0xffff) + (sum >> 16);
    sum = ~((sum & 0xffff) + (sum >> 16)) & 0xffff;
    ip[10] = sum >> 8, ip[11] = sum & 0xff;
    return 14 + 20 + 8;
}

/* A fragment whose datagram's first fragment slirp never saw is dropped
 * (libslirp 4.7.0 crashes on a last fragment arriving first); fragments
 * in order pass. */
static void test_stray_fragment(void)
{
    char err[200];
    NetSlirpConfig cfg = { .restricted = true };
    NetBackend *n = net_slirp_create(&cfg, err, sizeof(err));
    uint8_t f[64];
    CHECK(n != NULL);
    if (!n) {
        return;
    }
    CHECK(n->send(n, f, udp_fragment(f, 0x1234, 1, false)) == -1);
    CHECK(n->send(n, f, udp_fragment(f, 0x1235, 0, true)) == 0);
    CHECK(n->send(n, f, udp_fragment(f, 0x1235, 1, false)) == 0);
    CHECK(n->send(n, f, udp_fragment(f, 0x1236, 1, true)) == -1);
    n->close(n);
}

int main(void)
{
    test_config_space();
    test_stray_fragment();
    test_arp_and_flow_control();
    test_mergeable_buffers();
    test_dhcp();
    test_hostfwd();
    guest_connects(false);
    guest_connects(true);
    test_options();
    test_config_file();
    return t_summary("test_net");
}
