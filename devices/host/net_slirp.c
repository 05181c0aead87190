/* libslirp as a NetBackend. Slirp never runs on its own: the host's poll
 * loop asks for its descriptors and timeout (pollfds), polls, and hands
 * the results back (poll_done), which also fires due timers. Frames for a
 * guest without free receive buffers wait in a bounded queue; beyond it
 * they are dropped, as on a real wire, and TCP retransmits. */
#include "devices/host/net_slirp.h"

#include <arpa/inet.h>
#include <errno.h>
#include <slirp/libslirp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "devices/backend.h"

#define NET_ADDR(a, b, c, d) ((uint32_t)(a) << 24 | (b) << 16 | (c) << 8 | (d))
#define VNETWORK NET_ADDR(10, 0, 2, 0)
#define VNETMASK NET_ADDR(255, 255, 255, 0)
#define VHOST NET_ADDR(10, 0, 2, 2)
#define VNAMESERVER NET_ADDR(10, 0, 2, 3)
#define VDHCP_START NET_ADDR(10, 0, 2, 15)
#define HELD_MAX 512     /* frames kept while the guest's ring is full */
#define HELD_BYTES_MAX (4u << 20)   /* ... and their bytes at most */
/* The link MTU. Slirp's TCP sends segments of up to min(if_mtu, if_mru) - 40
 * bytes (capped at its TCP_MAXSEG_MAX, 32 KiB) when the guest's MSS allows,
 * and it takes guest frames of any size (slirp_input grows its mbuf), so a
 * large MTU lets a guest that knows it (virtio-net's VIRTIO_NET_F_MTU) move
 * a 32 KiB segment per frame instead of 1460 bytes. Below IF_MTU_MAX. */
#define SLIRP_MTU 65520

typedef struct SlirpTimer {
    struct SlirpTimer *next;
    SlirpTimerId id;          /* timer_new_opaque timers */
    SlirpTimerCb cb;          /* timer_new timers (cb != NULL) */
    void *cb_opaque;
    int64_t expire_ms;        /* -1 = not armed */
} SlirpTimer;

typedef struct HeldFrame {
    size_t len;
    uint8_t *data;            /* malloc'd: frames range up to 64 KiB */
} HeldFrame;

#define FRAG_TRACK 16    /* fragmented datagrams followed at once */

/* An IPv4 datagram whose first fragment went to slirp. */
typedef struct FragSeen {
    uint32_t src;
    uint16_t id;
    bool used;
} FragSeen;

typedef struct NetSlirp {
    NetBackend base;
    Slirp *slirp;
    NetReceiver rx;           /* rx.receive == NULL: no device */
    SlirpTimer *timers;
    struct pollfd *fill_fds;  /* the array being filled by pollfds() */
    int fill_max, fill_n;
    const struct pollfd *done_fds;
    int done_n;
    unsigned held_head, held_count;
    size_t held_bytes;
    HeldFrame held[HELD_MAX];
    /* IPv4 datagrams whose first fragment went to slirp (see
     * fragment_allowed): source address and identification. */
    FragSeen frag[FRAG_TRACK];
    unsigned frag_next;
} NetSlirp;

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* --- frames to the guest ------------------------------------------------- */

static void hold(NetSlirp *s, const uint8_t *frame, size_t len)
{
    if (s->held_count == HELD_MAX || s->held_bytes + len > HELD_BYTES_MAX) {
        return;   /* dropped */
    }
    uint8_t *data = malloc(len);
    if (!data) {
        return;
    }
    memcpy(data, frame, len);
    s->held[(s->held_head + s->held_count++) % HELD_MAX] = (HeldFrame){ len, data };
    s->held_bytes += len;
}

/* Forgets the oldest held frame. */
static void drop_held(NetSlirp *s)
{
    HeldFrame *h = &s->held[s->held_head];
    s->held_bytes -= h->len;
    free(h->data);
    *h = (HeldFrame){ 0 };
    s->held_head = (s->held_head + 1) % HELD_MAX;
    s->held_count--;
}

/* Offers held frames in order until the device is full again. */
static void flush_held(NetSlirp *s)
{
    while (s->held_count && s->rx.receive) {
        HeldFrame *h = &s->held[s->held_head];
        if (s->rx.receive(s->rx.opaque, h->data, h->len) == NET_RX_FULL) {
            return;
        }
        drop_held(s);
    }
}

/* SlirpCb.send_packet: a frame from the network for the guest. */
static ssize_t cb_send_packet(const void *buf, size_t len, void *opaque)
{
    NetSlirp *s = opaque;
    if (len > NET_ETH_HLEN + SLIRP_MTU || !s->rx.receive) {
        return (ssize_t)len;
    }
    /* Keep order: nothing overtakes frames already waiting. */
    if (s->held_count || s->rx.receive(s->rx.opaque, buf, len) == NET_RX_FULL) {
        hold(s, buf, len);
    }
    return (ssize_t)len;
}

/* --- timers -------------------------------------------------------------- */

static void *add_timer(NetSlirp *s, SlirpTimerId id, SlirpTimerCb cb, void *cb_opaque)
{
    SlirpTimer *t = calloc(1, sizeof(*t));
    if (!t) {
        return NULL;
    }
    *t = (SlirpTimer){ .next = s->timers, .id = id, .cb = cb, .cb_opaque = cb_opaque,
                       .expire_ms = -1 };
    s->timers = t;
    return t;
}

static void *cb_timer_new(SlirpTimerCb cb, void *cb_opaque, void *opaque)
{
    return add_timer(opaque, SLIRP_TIMER_NUM, cb, cb_opaque);
}

static void *cb_timer_new_opaque(SlirpTimerId id, void *cb_opaque, void *opaque)
{
    return add_timer(opaque, id, NULL, cb_opaque);
}

static void cb_timer_free(void *timer, void *opaque)
{
    NetSlirp *s = opaque;
    for (SlirpTimer **p = &s->timers; *p; p = &(*p)->next) {
        if (*p == timer) {
            *p = (*p)->next;
            free(timer);
            return;
        }
    }
}

/* expire_time is in ms of the clock_get_ns clock. */
static void cb_timer_mod(void *timer, int64_t expire_time, void *opaque)
{
    ((SlirpTimer *)timer)->expire_ms = expire_time;
}

/* Fires one due timer; returns false when none is due. Slirp may re-arm
 * or free timers from the callback, so the list is searched again. */
static bool fire_one_timer(NetSlirp *s, int64_t now_ms)
{
    for (SlirpTimer *t = s->timers; t; t = t->next) {
        if (t->expire_ms >= 0 && t->expire_ms <= now_ms) {
            t->expire_ms = -1;
            if (t->cb) {
                t->cb(t->cb_opaque);
            } else {
                slirp_handle_timer(s->slirp, t->id, t->cb_opaque);
            }
            return true;
        }
    }
    return false;
}

/* Milliseconds until the earliest armed timer, or -1 when none. */
static int64_t next_timer_ms(const NetSlirp *s, int64_t now_ms)
{
    int64_t best = -1;
    for (const SlirpTimer *t = s->timers; t; t = t->next) {
        if (t->expire_ms >= 0) {
            int64_t d = t->expire_ms > now_ms ? t->expire_ms - now_ms : 0;
            best = best < 0 || d < best ? d : best;
        }
    }
    return best;
}

/* --- the rest of SlirpCb ------------------------------------------------- */

static void cb_guest_error(const char *msg, void *opaque)
{
    (void)msg, (void)opaque;  /* the guest's own business; nothing to report */
}

static int64_t cb_clock_get_ns(void *opaque)
{
    return now_ns();
}

/* The fd set is rebuilt from slirp's sockets before every poll. */
static void cb_register_poll_fd(int fd, void *opaque) { (void)fd, (void)opaque; }
static void cb_unregister_poll_fd(int fd, void *opaque) { (void)fd, (void)opaque; }
/* Slirp is polled after every guest slice, so no wake-up is needed. */
static void cb_notify(void *opaque) { (void)opaque; }

static const SlirpCb slirp_callbacks = {
    .send_packet = cb_send_packet,
    .guest_error = cb_guest_error,
    .clock_get_ns = cb_clock_get_ns,
    .timer_new = cb_timer_new,
    .timer_free = cb_timer_free,
    .timer_mod = cb_timer_mod,
    .register_poll_fd = cb_register_poll_fd,
    .unregister_poll_fd = cb_unregister_poll_fd,
    .notify = cb_notify,
    .timer_new_opaque = cb_timer_new_opaque,
};

/* --- poll integration ---------------------------------------------------- */

static int cb_add_poll(int fd, int events, void *opaque)
{
    NetSlirp *s = opaque;
    if (s->fill_n == s->fill_max) {
        return -1;   /* no room: this socket waits for the next round */
    }
    struct pollfd *p = &s->fill_fds[s->fill_n];
    p->fd = fd;
    p->events = (short)((events & SLIRP_POLL_IN ? POLLIN : 0) |
                        (events & SLIRP_POLL_OUT ? POLLOUT : 0) |
                        (events & SLIRP_POLL_PRI ? POLLPRI : 0));
    p->revents = 0;
    return s->fill_n++;
}

static int cb_get_revents(int idx, void *opaque)
{
    NetSlirp *s = opaque;
    if (idx < 0 || idx >= s->done_n) {
        return 0;
    }
    short r = s->done_fds[idx].revents;
    return (r & POLLIN ? SLIRP_POLL_IN : 0) | (r & POLLOUT ? SLIRP_POLL_OUT : 0) |
           (r & POLLPRI ? SLIRP_POLL_PRI : 0) | (r & POLLERR ? SLIRP_POLL_ERR : 0) |
           (r & POLLHUP ? SLIRP_POLL_HUP : 0);
}

static int slirp_pollfds(NetBackend *b, struct pollfd *fds, int max, int *timeout_ms)
{
    NetSlirp *s = b->opaque;
    uint32_t t = *timeout_ms < 0 ? UINT32_MAX : (uint32_t)*timeout_ms;
    s->fill_fds = fds;
    s->fill_max = max < 0 ? 0 : max;
    s->fill_n = 0;
    slirp_pollfds_fill(s->slirp, &t, cb_add_poll, s);
    int64_t next = next_timer_ms(s, now_ns() / 1000000);
    if (next >= 0 && next < t) {
        t = (uint32_t)next;
    }
    *timeout_ms = t == UINT32_MAX ? -1 : t > INT32_MAX ? INT32_MAX : (int)t;
    return s->fill_n;
}

static void slirp_poll_done(NetBackend *b, const struct pollfd *fds, int n)
{
    NetSlirp *s = b->opaque;
    s->done_fds = fds;
    s->done_n = n < s->fill_n ? n : s->fill_n;
    slirp_pollfds_poll(s->slirp, 0, cb_get_revents, s);
    s->done_fds = NULL;
    s->done_n = 0;
    int64_t now_ms = now_ns() / 1000000;
    while (fire_one_timer(s, now_ms)) {
    }
}

/* --- IPv4 fragments ---------------------------------------------------- */

/* Debian 12's libslirp 4.7.0 crashes when a fragment that is not the
 * first of its datagram reaches it before the first one did (its
 * reassembly reads the same list links through two struct types; with
 * strict aliasing the queue looks empty, hence complete, and it writes
 * through garbage; found by tests/fuzz/fuzz_relay). A guest that fragments
 * sends the first fragment first, so a later fragment passes only when
 * its datagram's first fragment did; any other is dropped, as a lost
 * fragment would be. Non-IPv4 frames and whole datagrams always pass. */
static bool fragment_allowed(NetSlirp *s, const uint8_t *frame, size_t len)
{
    enum { ETHERTYPE = 12, IP = NET_ETH_HLEN, IP_DF = 0x4000, IP_MF = 0x2000 };
    if (len < IP + 20 || frame[ETHERTYPE] != 0x08 || frame[ETHERTYPE + 1] != 0x00) {
        return true;
    }
    uint16_t off = (uint16_t)(frame[IP + 6] << 8 | frame[IP + 7]);
    if ((off & ~IP_DF) == 0) {
        return true;   /* ip_input's own test: not a fragment */
    }
    uint16_t id = (uint16_t)(frame[IP + 4] << 8 | frame[IP + 5]);
    uint32_t src;
    memcpy(&src, frame + IP + 12, 4);
    if ((off & 0x1fff) == 0 && (off & IP_MF)) {   /* the first fragment */
        s->frag[s->frag_next] = (FragSeen){ src, id, true };
        s->frag_next = (s->frag_next + 1) % FRAG_TRACK;
        return true;
    }
    for (int i = 0; i < FRAG_TRACK; i++) {
        if (s->frag[i].used && s->frag[i].src == src && s->frag[i].id == id) {
            return true;
        }
    }
    return false;
}

/* --- NetBackend ---------------------------------------------------------- */

static int slirp_send(NetBackend *b, const uint8_t *frame, size_t len)
{
    NetSlirp *s = b->opaque;
    if (len > INT32_MAX || !fragment_allowed(s, frame, len)) {
        return -1;
    }
    slirp_input(s->slirp, frame, (int)len);
    return 0;
}

static void slirp_set_receiver(NetBackend *b, const NetReceiver *r)
{
    NetSlirp *s = b->opaque;
    s->rx = r ? *r : (NetReceiver){ 0 };
}

static void slirp_rx_ready(NetBackend *b)
{
    flush_held(b->opaque);
}

static void slirp_close(NetBackend *b)
{
    NetSlirp *s = b->opaque;
    if (s->slirp) {
        slirp_cleanup(s->slirp);
    }
    while (s->timers) {
        SlirpTimer *t = s->timers;
        s->timers = t->next;
        free(t);
    }
    while (s->held_count) {
        drop_held(s);
    }
    free(s);
}

static struct in_addr in4(uint32_t host_order)
{
    return (struct in_addr){ .s_addr = htonl(host_order) };
}

static int add_forwards(NetSlirp *s, const NetSlirpConfig *cfg, char *err, size_t errlen)
{
    for (int i = 0; i < cfg->nfwd; i++) {
        const NetSlirpFwd *f = &cfg->fwd[i];
        uint32_t guest = f->guest_addr ? f->guest_addr : VDHCP_START;
        if (slirp_add_hostfwd(s->slirp, f->udp, in4(f->host_addr), f->host_port, in4(guest),
                              f->guest_port) < 0) {
            snprintf(err, errlen, "hostfwd: cannot listen on host %s port %u (in use?)",
                     f->udp ? "UDP" : "TCP", f->host_port);
            return -1;
        }
    }
    return 0;
}

NetBackend *net_slirp_create(const NetSlirpConfig *cfg, char *err, size_t errlen)
{
    NetSlirp *s = calloc(1, sizeof(*s));
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->base = (NetBackend){
        .send = slirp_send, .set_receiver = slirp_set_receiver, .rx_ready = slirp_rx_ready,
        .pollfds = slirp_pollfds, .poll_done = slirp_poll_done, .close = slirp_close,
        .opaque = s, .mtu = SLIRP_MTU,
        /* Slirp builds every TCP and UDP packet it sends itself, with a
         * computed checksum (tcp_output, udp_output). */
        .rx_csum_ok = true,
    };
    SlirpConfig sc = {
        .version = 4,
        .restricted = cfg->restricted,
        .in_enabled = true,
        .vnetwork = in4(VNETWORK),
        .vnetmask = in4(VNETMASK),
        .vhost = in4(VHOST),
        .vhostname = "rvbox",
        .vdhcp_start = in4(VDHCP_START),
        .vnameserver = in4(VNAMESERVER),
        .if_mtu = SLIRP_MTU,
        .if_mru = SLIRP_MTU,
    };
    s->slirp = slirp_new(&sc, &slirp_callbacks, s);
    if (!s->slirp) {
        snprintf(err, errlen, "cannot start the user-mode network (slirp)");
        slirp_close(&s->base);
        return NULL;
    }
    if (add_forwards(s, cfg, err, errlen) < 0) {
        slirp_close(&s->base);
        return NULL;
    }
    return &s->base;
}

/* --- hostfwd syntax ------------------------------------------------------ */

/* Parses a port 1..65535 from [s, end). */
static bool parse_port(const char *s, const char *end, uint16_t *port)
{
    unsigned long v = 0;
    if (s == end || end - s > 5) {
        return false;
    }
    for (const char *p = s; p < end; p++) {
        if (*p < '0' || *p > '9') {
            return false;
        }
        v = v * 10 + (unsigned long)(*p - '0');
    }
    *port = (uint16_t)v;
    return v >= 1 && v <= 65535;
}

/* Parses "[addr]:port" from [s, end): an empty addr leaves *addr 0. */
static bool parse_endpoint(const char *s, const char *end, uint32_t *addr, uint16_t *port)
{
    const char *colon = memchr(s, ':', (size_t)(end - s));
    char buf[16];
    struct in_addr a;
    if (!colon) {
        return false;
    }
    *addr = 0;
    if (colon > s) {
        if (colon - s >= (long)sizeof(buf)) {
            return false;
        }
        memcpy(buf, s, (size_t)(colon - s));
        buf[colon - s] = '\0';
        if (inet_pton(AF_INET, buf, &a) != 1) {
            return false;
        }
        *addr = ntohl(a.s_addr);
    }
    return parse_port(colon + 1, end, port);
}

int net_slirp_parse_hostfwd(const char *spec, NetSlirpFwd *fwd, char *err, size_t errlen)
{
    const char *p = spec, *dash = strchr(spec, '-');
    *fwd = (NetSlirpFwd){ 0 };
    if (!strncmp(p, "tcp:", 4) || !strncmp(p, "udp:", 4)) {
        fwd->udp = p[0] == 'u';
        p += 4;
    } else if (p[0] == ':') {
        p++;   /* protocol left out: TCP */
    } else {
        p = NULL;
    }
    if (!p || !dash || dash < p ||
        !parse_endpoint(p, dash, &fwd->host_addr, &fwd->host_port) ||
        !parse_endpoint(dash + 1, dash + 1 + strlen(dash + 1), &fwd->guest_addr,
                        &fwd->guest_port)) {
        snprintf(err, errlen, "hostfwd '%s': expected [tcp|udp]:[hostaddr]:hostport-"
                 "[guestaddr]:guestport", spec);
        return -1;
    }
    return 0;
}

/* Fills a slirp configuration from -netdev user options (already checked
 * for unknown keys by machine/backends.c). */
static int net_config(const Opts *o, NetSlirpConfig *c, const char *what, char *err,
                      size_t errlen)
{
    char why[200];
    *c = (NetSlirpConfig){ 0 };
    for (const char *f; (f = opts_get_nth(o, "hostfwd", c->nfwd)) != NULL; c->nfwd++) {
        if (c->nfwd == NET_SLIRP_MAX_FWD) {
            snprintf(err, errlen, "%s: too many hostfwd rules (at most %d)", what,
                     NET_SLIRP_MAX_FWD);
            return -1;
        }
        if (net_slirp_parse_hostfwd(f, &c->fwd[c->nfwd], why, sizeof(why)) != 0) {
            snprintf(err, errlen, "%s: %s", what, why);
            return -1;
        }
    }
    return opts_get_bool(o, "restrict", false, &c->restricted, what, err, errlen);
}

static int check_net(const Opts *o, const char *what, char *err, size_t errlen)
{
    NetSlirpConfig c;
    return net_config(o, &c, what, err, errlen);
}

static void *open_net(const Opts *o, bool sync, char *err, size_t errlen)
{
    NetSlirpConfig c;
    if (net_config(o, &c, "-netdev", err, errlen) != 0) {
        return NULL;
    }
    return net_slirp_create(&c, err, errlen);
}

BACKEND_REGISTER(net_slirp_backend) = {
    .kind = BACKEND_NET, .name = "libslirp", .check = check_net, .open = open_net,
};
