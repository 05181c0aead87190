/* guestfwd on the libslirp backend, driven as a guest drives it: Ethernet,
 * ARP and TCP frames built here go in through send(), slirp's frames come
 * back through the receiver, and a real TCP server listens on 127.0.0.1.
 * Then the backend's saved state: the guest's connection outlives a save,
 * a close and a load into a fresh backend, and reaches the server again
 * on a new host connection. Also what is refused: bad guestfwd syntax and
 * truncated or corrupt states. */
#define _GNU_SOURCE   /* accept4 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "devices/host/net_slirp.h"
#include "devices/state.h"
#include "machine/backends.h"
#include "machine/config.h"
#include "tests/unit/netframe.h"
#include "tests/unit/testlib.h"

enum { GPORT = 5555, WAIT_MS = 3000, RXQ = 64, FRAME_MAX = 4096 };
enum { FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10 };

static const uint8_t fwd_ip[4] = { 10, 0, 2, 100 };
static const uint8_t bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

/* Frames slirp handed the guest, oldest first. */
typedef struct RxQueue {
    int head, n;
    size_t len[RXQ];
    uint8_t frame[RXQ][FRAME_MAX];
} RxQueue;

/* The guest: its backend, what it received, and its TCP connection from
 * 10.0.2.15:sport to 10.0.2.100:GPORT. */
typedef struct Guest {
    NetBackend *net;
    RxQueue rx;
    uint8_t fwd_mac[6];
    uint16_t sport, ip_id;
    uint32_t seq, ack;    /* next byte to send, next byte expected */
} Guest;

/* One TCP segment of the guest's connection, as slirp sent it. */
typedef struct Seg {
    uint8_t flags;
    uint32_t seq, ack;
    size_t len;
    uint8_t data[FRAME_MAX];
} Seg;

static int64_t now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* --- the backend ---------------------------------------------------------- */

static enum NetRxResult rx_frame(void *opaque, const uint8_t *frame, size_t len)
{
    RxQueue *q = opaque;
    if (len > FRAME_MAX) {
        return NET_RX_DROPPED;
    }
    if (q->n == RXQ) {
        return NET_RX_FULL;
    }
    int i = (q->head + q->n++) % RXQ;
    memcpy(q->frame[i], frame, len);
    q->len[i] = len;
    return NET_RX_TAKEN;
}

/* A -netdev user backend from options as -netdev gives them (without the
 * "user,"), checked as the command line checks them; NULL with err. */
static NetBackend *open_net(const char *spec, char *err, size_t errlen)
{
    Opts o = { 0 };
    void *b = NULL;
    if (opts_parse(&o, spec, "-netdev", false, err, errlen) == 0 &&
        backend_check(BACKEND_NET, &o, "-netdev", err, errlen) == 0) {
        b = backend_open(BACKEND_NET, &o, false, err, errlen);
    }
    opts_free(&o);
    return b;
}

static void guest_attach(Guest *g, NetBackend *net)
{
    NetReceiver r = { .receive = rx_frame, .opaque = &g->rx };
    g->net = net;
    g->rx.head = g->rx.n = 0;
    net->set_receiver(net, &r);
}

/* One round of the host poll loop, as the frontend runs it. */
static void pump_net(NetBackend *net, int ms)
{
    struct pollfd fds[64];
    int timeout = ms;
    int n = net->pollfds(net, fds, 64, &timeout);
    if (poll(fds, (nfds_t)n, timeout) < 0) {
        for (int i = 0; i < n; i++) {
            fds[i].revents = 0;
        }
    }
    net->poll_done(net, fds, n);
}

/* --- guest frames --------------------------------------------------------- */

static void send_arp(Guest *g, uint16_t op, const uint8_t *dst_mac, const uint8_t *tha,
                     const uint8_t *tpa)
{
    uint8_t f[64];
    size_t n = eth_header(f, dst_mac, guest_mac, 0x0806);
    uint8_t *a = f + n;
    put_be16(a, 1);
    put_be16(a + 2, 0x0800);
    a[4] = 6;
    a[5] = 4;
    put_be16(a + 6, op);
    memcpy(a + 8, guest_mac, 6);
    memcpy(a + 14, guest_ip, 4);
    memcpy(a + 18, tha, 6);
    memcpy(a + 24, tpa, 4);
    CHECK(g->net->send(g->net, f, n + 28) == 0);
}

/* A segment of the guest's connection with the guest's seq and ack. */
static void send_tcp(Guest *g, uint8_t flags, const void *data, size_t len)
{
    uint8_t f[FRAME_MAX];
    size_t n = eth_header(f, g->fwd_mac, guest_mac, 0x0800);
    ipv4_header(f + n, 6, guest_ip, fwd_ip, 20 + len, g->ip_id++, 0);
    tcp_header(f + n + 20, g->sport, GPORT, g->seq, g->ack, flags);
    if (len) {
        memcpy(f + n + 40, data, len);
    }
    l4_set_csum(f + n, 16);
    CHECK(g->net->send(g->net, f, n + 40 + len) == 0);
    g->seq += (uint32_t)len + ((flags & (SYN | FIN)) ? 1 : 0);
}

/* Takes the next frame slirp sent into buf (FRAME_MAX bytes), pumping the
 * backend until the deadline; answers slirp's ARP requests for the guest's
 * address on the way, as the guest's kernel would. Returns its length or
 * -1. */
static int next_frame(Guest *g, uint8_t *buf, int64_t deadline)
{
    for (;;) {
        while (g->rx.n) {
            RxQueue *q = &g->rx;
            size_t len = q->len[q->head];
            memcpy(buf, q->frame[q->head], len);
            q->head = (q->head + 1) % RXQ;
            q->n--;
            g->net->rx_ready(g->net);
            if (len >= 42 && be16(buf + 12) == 0x0806 && be16(buf + 20) == 1 &&
                !memcmp(buf + 38, guest_ip, 4)) {
                send_arp(g, 2, buf + 22, buf + 22, buf + 28);
                continue;
            }
            return (int)len;
        }
        if (now_ms() > deadline) {
            return -1;
        }
        pump_net(g->net, 10);
    }
}

/* The forward's MAC, from slirp's answer to an ARP request for it. */
static bool guest_arp(Guest *g)
{
    static const uint8_t zero[6] = { 0 };
    uint8_t f[FRAME_MAX];
    int64_t deadline = now_ms() + WAIT_MS;
    send_arp(g, 1, bcast, zero, fwd_ip);
    for (int n; (n = next_frame(g, f, deadline)) >= 0;) {
        if (n >= 42 && be16(f + 12) == 0x0806 && be16(f + 20) == 2 &&
            !memcmp(f + 28, fwd_ip, 4)) {
            memcpy(g->fwd_mac, f + 22, 6);
            return true;
        }
    }
    return false;
}

/* The next segment of the guest's connection (other frames are skipped). */
static bool next_seg(Guest *g, Seg *s, int64_t deadline)
{
    uint8_t f[FRAME_MAX];
    for (int n; (n = next_frame(g, f, deadline)) >= 0;) {
        const uint8_t *ip = f + 14, *th = ip + (ip[0] & 15) * 4;
        if (n < 54 || be16(f + 12) != 0x0800 || ip[9] != 6 || memcmp(ip + 12, fwd_ip, 4) ||
            memcmp(ip + 16, guest_ip, 4) || be16(th) != GPORT || be16(th + 2) != g->sport) {
            continue;
        }
        size_t hl = (size_t)(th - ip) + (th[12] >> 4) * 4u;
        s->flags = th[13];
        s->seq = be32(th + 4);
        s->ack = be32(th + 8);
        s->len = be16(ip + 2) - hl;
        memcpy(s->data, ip + hl, s->len);
        return l4_csum_ok(ip);
    }
    return false;
}

/* Opens the guest's connection from sport: SYN, SYN-ACK, ACK. */
static bool guest_connect(Guest *g, uint16_t sport)
{
    Seg s;
    g->sport = sport;
    g->seq = 0x10000000u + sport;
    g->ack = 0;
    send_tcp(g, SYN, NULL, 0);
    if (!next_seg(g, &s, now_ms() + WAIT_MS) || (s.flags & (SYN | ACK | RST)) != (SYN | ACK) ||
        s.ack != g->seq) {
        return false;
    }
    g->ack = s.seq + 1;
    send_tcp(g, ACK, NULL, 0);
    return true;
}

/* Receives want bytes in order on the guest's connection within ms and
 * acknowledges them; false on a timeout or a reset. */
static bool guest_recv_within(Guest *g, uint8_t *buf, size_t want, int ms)
{
    int64_t deadline = now_ms() + ms;
    size_t got = 0;
    Seg s;
    while (got < want) {
        if (!next_seg(g, &s, deadline) || (s.flags & RST)) {
            return false;
        }
        if (s.len == 0 || s.seq != g->ack) {
            continue;   /* a bare ACK, or not the next bytes */
        }
        size_t take = s.len < want - got ? s.len : want - got;
        memcpy(buf + got, s.data, take);
        got += take;
        g->ack += (uint32_t)s.len;
        send_tcp(g, ACK, NULL, 0);
    }
    return true;
}

static bool guest_recv(Guest *g, uint8_t *buf, size_t want)
{
    return guest_recv_within(g, buf, want, WAIT_MS);
}

/* Waits for slirp to send want bytes on the guest's connection, which the
 * guest then never acknowledges (as if they were still on the wire). */
static bool guest_miss(Guest *g, size_t want)
{
    int64_t deadline = now_ms() + WAIT_MS;
    size_t got = 0;
    Seg s;
    while (got < want) {
        if (!next_seg(g, &s, deadline) || (s.flags & RST)) {
            return false;
        }
        got += s.len;
    }
    return got == want;
}

/* --- the host server ------------------------------------------------------ */

static int listen_local(uint16_t *port)
{
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t len = sizeof(a);
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof(a)) != 0 || listen(fd, 16) != 0 ||
        getsockname(fd, (struct sockaddr *)&a, &len) != 0) {
        perror("test_net_guestfwd: listen");
        exit(1);
    }
    *port = ntohs(a.sin_port);
    return fd;
}

/* A connection the backend made to the server within ms, or -1; the
 * backend runs meanwhile. */
static int host_accept(Guest *g, int lfd, int ms)
{
    int64_t deadline = now_ms() + ms;
    for (;;) {
        int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK);
        if (fd >= 0 || now_ms() > deadline) {
            return fd;
        }
        pump_net(g->net, 10);
    }
}

/* Reads exactly want bytes on the server's side of a connection. */
static bool host_recv(Guest *g, int fd, uint8_t *buf, size_t want)
{
    int64_t deadline = now_ms() + WAIT_MS;
    size_t got = 0;
    while (got < want && now_ms() <= deadline) {
        ssize_t n = recv(fd, buf + got, want - got, 0);
        if (n == 0) {
            return false;
        }
        if (n > 0) {
            got += (size_t)n;
        } else {
            pump_net(g->net, 10);
        }
    }
    return got == want;
}

/* The backend's end of fd was closed: reading gives end of file. */
static bool host_eof(int fd)
{
    struct pollfd p = { .fd = fd, .events = POLLIN };
    uint8_t c;
    return poll(&p, 1, WAIT_MS) == 1 && recv(fd, &c, 1, 0) == 0;
}

/* Closes connections the listening socket holds that nobody accepted. */
static void drain_listener(int lfd)
{
    for (int fd; (fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK)) >= 0;) {
        close(fd);
    }
}

/* --- saved states that must be refused, or at least survived ----------------- */

static bool one_line(const char *err)
{
    return err[0] && !strchr(err, '\n');
}

/* Loads len bytes of p into a fresh backend on spec. When the load is
 * accepted the restored connection is exercised a little (saved is the
 * guest as it was at the save). Returns the load's result. */
static int load_fresh(const char *spec, const Guest *saved, int lfd, const uint8_t *p,
                      size_t len, char *err, size_t errlen)
{
    static Guest g;
    NetBackend *net = open_net(spec, err, errlen);
    if (!net) {
        return -2;
    }
    StateReader r;
    state_reader_init(&r, p, len);
    err[0] = '\0';
    int rc = net->load(net, &r, err, errlen);
    if (rc == 0) {
        static const uint8_t zero[6] = { 0 };
        uint8_t f[FRAME_MAX];
        guest_attach(&g, net);
        memcpy(g.fwd_mac, saved->fwd_mac, 6);
        g.sport = saved->sport;
        g.seq = saved->seq;
        g.ack = saved->ack;
        /* slirp learns the guest's MAC first: libslirp 4.7.0 leaks packets
         * still waiting for ARP when it is closed. */
        send_arp(&g, 1, bcast, zero, fwd_ip);
        send_tcp(&g, PSH | ACK, "x\n", 2);
        for (int i = 0; i < 3; i++) {
            pump_net(net, 0);
            while (next_frame(&g, f, 0) >= 0) {
            }
        }
    }
    net->close(net);
    drain_listener(lfd);
    return rc;
}

static void test_bad_states(const StateWriter *w, const char *spec, const char *plain_spec,
                            const Guest *saved, int lfd)
{
    int before = t_failed;
    char err[256];
    uint8_t *p = malloc(w->len);
    CHECK(p != NULL && w->len > 200);
    if (!p || w->len <= 200) {
        free(p);
        t_ok(false, "saved states: truncated and corrupt ones are refused");
        return;
    }
    /* Cut anywhere: refused, without touching the network. */
    NetBackend *net = open_net(spec, err, sizeof(err));
    CHECK(net != NULL);
    size_t step = w->len / 64 + 1;
    for (size_t len = 0; net && len < w->len; len++) {
        if (len >= 300 && len + 300 < w->len && len % step != 0) {
            continue;   /* every cut near the ends, some in the middle */
        }
        StateReader r;
        state_reader_init(&r, w->buf, len);
        err[0] = '\0';
        CHECK_NAMED(net->load(net, &r, err, sizeof(err)) == -1 && one_line(err),
                    "a truncated state is refused with a message");
    }
    if (net) {
        net->close(net);
    }
    /* Another libslirp state version; a connection to a rule the backend lacks. */
    memcpy(p, w->buf, w->len);
    p[4] = 5;   /* the little-endian u32 after this backend's own version */
    CHECK(load_fresh(spec, saved, lfd, p, w->len, err, sizeof(err)) == -1 &&
          strstr(err, "version") && one_line(err));
    CHECK(load_fresh(plain_spec, saved, lfd, w->buf, w->len, err, sizeof(err)) == -1 &&
          strstr(err, "guestfwd 10.0.2.100:5555") && one_line(err));
    /* A receive buffer of 4 GiB (libslirp would allocate it). The offset
     * follows libslirp 4.7.0's state.c: this backend's 12 bytes, the record
     * marker, so_urgc, two addresses, iptos/emu/type, so_state, sb_cc. */
    enum { RCV_DATALEN = 12 + 1 + 4 + 8 + 8 + 3 + 4 + 4 };
    memcpy(p, w->buf, w->len);
    memset(p + RCV_DATALEN, 0xff, 4);
    CHECK(load_fresh(spec, saved, lfd, p, w->len, err, sizeof(err)) == -1 &&
          strstr(err, "corrupt") && one_line(err));
    /* Every byte of the headers and of the TCP state, flipped in turn:
     * refused with a message, or accepted and then run without harm. */
    size_t snd_at = RCV_DATALEN + 4 + 8 + be32(w->buf + RCV_DATALEN);
    int refused = 0, flips = 0;
    for (size_t i = 0; i < w->len; i++) {
        bool header = i < RCV_DATALEN + 12 || (i >= snd_at - 4 && i < snd_at + 16) ||
                      i + 300 >= w->len;
        if (!header) {
            continue;
        }
        memcpy(p, w->buf, w->len);
        p[i] ^= 0xff;
        int rc = load_fresh(spec, saved, lfd, p, w->len, err, sizeof(err));
        CHECK_NAMED(rc == 0 || (rc == -1 && one_line(err)), "a corrupt state: ok or a message");
        refused += rc == -1;
        flips++;
    }
    printf("# %d of %d one-byte corruptions refused\n", refused, flips);
    CHECK(refused > 0);
    free(p);
    t_ok(t_failed == before, "saved states: truncated and corrupt ones are refused with a "
                             "one-line message, without a crash");
}

/* --- tests ---------------------------------------------------------------- */

static void test_forward_save_load(void)
{
    static Guest g;
    int before = t_failed;
    char err[256], spec[160], plain[32];
    uint8_t buf[64];
    uint16_t port;
    int lfd = listen_local(&port);
    snprintf(spec, sizeof(spec), "id=n0,guestfwd=tcp:10.0.2.100:%d-tcp:127.0.0.1:%u", GPORT,
             port);
    snprintf(plain, sizeof(plain), "id=n0");
    NetBackend *net = open_net(spec, err, sizeof(err));
    if (!net) {
        fprintf(stderr, "test_net_guestfwd: %s\n", err);
        t_ok(false, "guestfwd: the backend opens");
        return;
    }
    guest_attach(&g, net);
    CHECK(guest_arp(&g));   /* slirp answers for the forward's address */
    CHECK(guest_connect(&g, 40000));
    send_tcp(&g, PSH | ACK, "hello\n", 6);
    int c1 = host_accept(&g, lfd, WAIT_MS);
    CHECK(c1 >= 0 && host_recv(&g, c1, buf, 6) && !memcmp(buf, "hello\n", 6));
    CHECK(write(c1, "world\n", 6) == 6);
    CHECK(guest_recv(&g, buf, 6) && !memcmp(buf, "world\n", 6));
    t_ok(t_failed == before, "guestfwd: the guest's connection to 10.0.2.100:5555 reaches "
                             "the host server, and its reply the guest");

    /* Save with server bytes the guest has not acknowledged, close (the
     * host connection ends), load into a new backend. */
    before = t_failed;
    CHECK(write(c1, "more\n", 5) == 5);
    CHECK(guest_miss(&g, 5));
    StateWriter w;
    state_writer_init(&w);
    CHECK(net->save(net, &w) == 0 && !w.failed && w.len > 12);
    static Guest saved;
    saved = g;
    net->close(net);
    CHECK(c1 >= 0 && host_eof(c1));
    if (c1 >= 0) {
        close(c1);
    }
    net = open_net(spec, err, sizeof(err));
    CHECK(net != NULL);
    if (!net) {
        t_ok(false, "guestfwd: the connection goes on after save and load");
        state_writer_free(&w);
        close(lfd);
        return;
    }
    guest_attach(&g, net);
    StateReader r;
    state_reader_init(&r, w.buf, w.len);
    CHECK(net->load(net, &r, err, sizeof(err)) == 0);
    send_tcp(&g, PSH | ACK, "again\n", 6);   /* the sequence numbers go on */
    int c2 = host_accept(&g, lfd, WAIT_MS);
    CHECK(c2 >= 0 && host_recv(&g, c2, buf, 6) && !memcmp(buf, "again\n", 6));
    /* The unacknowledged bytes come again (slirp's retransmission timer,
     * 0.5 s ticks), then the new ones, in order. */
    CHECK(guest_recv_within(&g, buf, 5, 3 * WAIT_MS) && !memcmp(buf, "more\n", 5));
    CHECK(write(c2, "back\n", 5) == 5);
    CHECK(guest_recv(&g, buf, 5) && !memcmp(buf, "back\n", 5));
    t_ok(t_failed == before, "guestfwd: after save, close and load into a new backend the "
                             "connection goes on over a new host connection, unacknowledged "
                             "bytes resent");

    /* The server hangs up: the forward stops until the guest connects anew. */
    before = t_failed;
    if (c2 >= 0) {
        close(c2);
    }
    for (int i = 0; i < 10; i++) {
        pump_net(net, 10);
    }
    send_tcp(&g, PSH | ACK, "lost\n", 5);
    CHECK(host_accept(&g, lfd, 300) < 0);
    CHECK(guest_connect(&g, 40001));
    send_tcp(&g, PSH | ACK, "new\n", 4);
    int c3 = host_accept(&g, lfd, WAIT_MS);
    CHECK(c3 >= 0 && host_recv(&g, c3, buf, 4) && !memcmp(buf, "new\n", 4));
    CHECK(write(c3, "ok\n", 3) == 3);
    CHECK(guest_recv(&g, buf, 3) && !memcmp(buf, "ok\n", 3));
    if (c3 >= 0) {
        close(c3);
    }
    net->close(net);
    t_ok(t_failed == before, "guestfwd: the server closing stops the forward; a new guest "
                             "connection gets a new host connection");

    test_bad_states(&w, spec, plain, &saved, lfd);
    state_writer_free(&w);
    close(lfd);
}

static void test_syntax(void)
{
    int before = t_failed;
    char err[256];
    static const char *const good[] = {
        "guestfwd=tcp:10.0.2.100:5555-tcp:127.0.0.1:8080",
        "guestfwd=:10.0.2.100:23-tcp:localhost:2323,restrict=on",
        "guestfwd=tcp::5555-tcp:192.0.2.1:80",   /* libslirp's 10.0.2.4 */
        "guestfwd=tcp:10.0.2.100:1-tcp:127.0.0.1:1,guestfwd=tcp:10.0.2.100:2-tcp:127.0.0.1:1",
    };
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        NetBackend *net = open_net(good[i], err, sizeof(err));
        CHECK_NAMED(net != NULL, good[i]);
        if (net) {
            net->close(net);
        }
    }
    static const struct { const char *spec, *msg; } bad[] = {
        { "guestfwd=tcp:10.0.2.100:5555",
          "-netdev: guestfwd 'tcp:10.0.2.100:5555': expected [tcp]:[guestaddr]:guestport-"
          "tcp:hostaddr:hostport" },
        { "guestfwd=udp:10.0.2.100:53-tcp:127.0.0.1:53", "-netdev: guestfwd 'udp:" },
        { "guestfwd=tcp:10.0.2.100:5555-cmd:netcat 10.0.0.1 80", "-netdev: guestfwd 'tcp:" },
        { "guestfwd=tcp:10.0.2.100:0-tcp:127.0.0.1:80", "-netdev: guestfwd 'tcp:" },
        { "guestfwd=tcp:10.0.2.100:5555-tcp:127.0.0.1:99999", "-netdev: guestfwd 'tcp:" },
        { "guestfwd=tcp:10.0.2.100:5555-tcp:example.com:80", "-netdev: guestfwd 'tcp:" },
        { "guestfwd=tcp:10.0.2.100:5555-tcp::80", "-netdev: guestfwd 'tcp:" },
        { "guestfwd=tcp:192.168.1.5:5555-tcp:127.0.0.1:80",
          "-netdev: guestfwd 'tcp:192.168.1.5:5555-tcp:127.0.0.1:80': the guest address "
          "must be in 10.0.2.0/24" },
        { "guestfwd=tcp:10.0.2.2:80-tcp:127.0.0.1:80", "-netdev: guestfwd 'tcp:10.0.2.2:80" },
        { "guestfwd=tcp:10.0.2.100:1-tcp:127.0.0.1:1,guestfwd=tcp:10.0.2.100:1-tcp:127.0.0.1:2",
          "-netdev: guestfwd 'tcp:10.0.2.100:1-tcp:127.0.0.1:2': that guest address and port "
          "are forwarded twice" },
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        NetBackend *net = open_net(bad[i].spec, err, sizeof(err));
        CHECK_NAMED(!net && !strncmp(err, bad[i].msg, strlen(bad[i].msg)) && one_line(err),
                    bad[i].spec);
        if (net) {
            net->close(net);
        }
    }
    t_ok(t_failed == before, "guestfwd: QEMU's syntax with a tcp:HOST:PORT target; bad "
                             "rules are refused with a one-line message");
}

/* The -netdev flag and the config file's eth0 take guestfwd. */
static void test_config(void)
{
    int before = t_failed;
    MachineConfig cfg;
    bool help;
    char err[256];
    char *ok[] = { "rvbox", "-kernel", "k", "-netdev",
                   "user,id=n0,guestfwd=tcp:10.0.2.100:5555-tcp:127.0.0.1:8080,"
                   "guestfwd=:10.0.2.101:23-tcp:localhost:2323" };
    if (config_parse_args(&cfg, 5, ok, &help, err, sizeof(err)) == 0) {
        BackendConfig *b = config_find_backend(&cfg, BACKEND_NET, "n0");
        const char *f = b ? opts_get_nth(&b->opts, "guestfwd", 1) : NULL;
        CHECK(f && !strcmp(f, ":10.0.2.101:23-tcp:localhost:2323"));
        config_free(&cfg);
    } else {
        CHECK_NAMED(false, err);
    }
    char *bad[] = { "rvbox", "-kernel", "k", "-netdev", "user,guestfwd=tcp:10.0.2.100:5555" };
    CHECK(config_parse_args(&cfg, 5, bad, &help, err, sizeof(err)) == -1 &&
          !strncmp(err, "-netdev: guestfwd 'tcp:10.0.2.100:5555': expected",
                   strlen("-netdev: guestfwd 'tcp:10.0.2.100:5555': expected")) &&
          one_line(err));

    char path[64];
    snprintf(path, sizeof(path), "/tmp/rvbox-guestfwd-%d.cfg", (int)getpid());
    static const char good_file[] = "{ kernel: \"k\", eth0: { driver: \"user\", guestfwd: "
                                    "[\"tcp:10.0.2.100:5555-tcp:127.0.0.1:8080\"] } }";
    static const char bad_file[] = "{ kernel: \"k\", eth0: { driver: \"user\", guestfwd: 5 } }";
    char *argv[] = { "rvbox", path };
    FILE *fp = fopen(path, "w");
    CHECK(fp && fputs(good_file, fp) >= 0 && fclose(fp) == 0);
    if (config_parse_args(&cfg, 2, argv, &help, err, sizeof(err)) == 0) {
        BackendConfig *b = config_find_backend(&cfg, BACKEND_NET, "net0");
        const char *f = b ? opts_get(&b->opts, "guestfwd") : NULL;
        CHECK(f && !strcmp(f, "tcp:10.0.2.100:5555-tcp:127.0.0.1:8080"));
        config_free(&cfg);
    } else {
        CHECK_NAMED(false, err);
    }
    fp = fopen(path, "w");
    CHECK(fp && fputs(bad_file, fp) >= 0 && fclose(fp) == 0);
    CHECK(config_parse_args(&cfg, 2, argv, &help, err, sizeof(err)) == -1 &&
          strstr(err, "eth0: guestfwd must be a list of strings"));
    unlink(path);
    t_ok(t_failed == before, "guestfwd: -netdev user,guestfwd=... and eth0 \"guestfwd\"");
}

int main(void)
{
    test_syntax();
    test_config();
    test_forward_save_load();
    return t_summary("test_net_guestfwd");
}
