/* libslirp as a NetBackend. Slirp never runs on its own: the host's poll
 * loop asks for its descriptors and timeout (pollfds), polls, and hands
 * the results back (poll_done), which also fires due timers. Frames for a
 * guest without free receive buffers wait in a bounded queue; beyond it
 * they are dropped, as on a real wire, and TCP retransmits.
 *
 * guestfwd= rules (QEMU's) carry a guest TCP connection to an address
 * inside 10.0.2.0/24 to a host TCP server: slirp hands the guest's bytes
 * to gfwd_write, which connects to the server on the first bytes; the
 * server's bytes go back through slirp_socket_recv, polled with slirp's
 * own sockets. As in QEMU, a rule serves one guest connection at a time.
 * When the server closes, the forward stops: libslirp cannot close the
 * guest's side, so that stays open, and its further bytes are dropped
 * until the guest opens a new connection to the rule.
 *
 * A machine snapshot saves slirp's own state, which holds the TCP state
 * of guestfwd connections only (others are lost, as in QEMU); after a load
 * the guest's next bytes on a restored connection open a new connection
 * to the host server. Guest bytes the old server had not taken yet are
 * lost with the old connection. */
#include "devices/host/net_slirp.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <slirp/libslirp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "devices/backend.h"
#include "devices/state.h"

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
 * 16 KiB per frame instead of 1460 bytes. Not more: a guest's TCP rounds
 * the receive window it advertises down to whole segments of its own MSS
 * (Linux's __tcp_select_window), so an MSS near its receive buffer (64 KiB
 * by default) leaves it offering a zero window that slirp's 1-byte probes
 * never reopen. With 65520, about one download in ten stalled that way
 * after its first segment; 16384 keeps four segments in the default
 * buffer. Below IF_MTU_MAX. */
#define SLIRP_MTU NET_USER_MTU
/* libslirp's address for a guestfwd rule that names none (check_guestfwd). */
#define VGUESTFWD_DEFAULT NET_ADDR(10, 0, 2, 4)
/* Guest bytes kept for a host server that does not read them fast enough;
 * slirp has already acknowledged them to the guest, so beyond this the
 * forward stops rather than lose bytes in the middle of the stream. */
#define GFWD_OUT_MAX (8u << 20)

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

/* One guestfwd rule: guest TCP connections to guest_addr:guest_port go to
 * the host server host_addr:host_port (IPv4, host byte order). */
typedef struct GuestFwdRule {
    uint32_t guest_addr;
    uint16_t guest_port;
    uint32_t host_addr;
    uint16_t host_port;
} GuestFwdRule;

typedef struct GuestFwdConfig {
    int n;
    GuestFwdRule rule[NET_SLIRP_MAX_FWD];
} GuestFwdConfig;

/* Where a rule's host connection is. */
enum GfwdState {
    GFWD_IDLE,        /* none: the guest's next bytes open one */
    GFWD_CONNECTING,  /* non-blocking connect() under way */
    GFWD_CONNECTED,
    GFWD_STOPPED,     /* the server closed or failed: bytes are dropped until
                       * the guest opens a new connection to the rule */
};

struct NetSlirp;

/* A rule's host side; its address is the opaque slirp hands gfwd_write. */
typedef struct GuestFwd {
    struct NetSlirp *s;
    GuestFwdRule rule;
    enum GfwdState state;
    int fd;                   /* -1 unless CONNECTING or CONNECTED */
    uint8_t *out;             /* guest bytes the server has not taken yet */
    size_t out_len, out_cap;
    int poll_idx;             /* its entry in the pollfds array, or -1 */
} GuestFwd;

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
    int ngfwd;
    GuestFwd gfwd[NET_SLIRP_MAX_FWD];
    bool muted;               /* frames for the guest are dropped (during a load) */
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
    if (len > NET_ETH_HLEN + SLIRP_MTU || !s->rx.receive || s->muted) {
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

/* --- guestfwd: the host side --------------------------------------------- */

static struct in_addr in4(uint32_t host_order)
{
    return (struct in_addr){ .s_addr = htonl(host_order) };
}

/* Closes the rule's host connection and forgets its unsent bytes; the rule
 * then waits in state: IDLE (the next guest bytes reconnect) or STOPPED. */
static void gfwd_disconnect(GuestFwd *g, enum GfwdState state)
{
    if (g->fd >= 0) {
        close(g->fd);
        g->fd = -1;
    }
    free(g->out);
    g->out = NULL;
    g->out_len = g->out_cap = 0;
    g->state = state;
}

/* Starts a non-blocking connection to the rule's server: a remote server
 * must not stall the guest. Returns 0, or -1 (refused, no descriptors). */
static int gfwd_connect(GuestFwd *g)
{
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(g->rule.host_port),
                             .sin_addr = in4(g->rule.host_addr) };
    int one = 1;
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -1;
    }
    /* The guest's TCP has already gathered small writes; no second delay. */
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    if (connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0) {
        g->state = GFWD_CONNECTED;
    } else if (errno == EINPROGRESS) {
        g->state = GFWD_CONNECTING;
    } else {
        close(fd);
        return -1;
    }
    g->fd = fd;
    return 0;
}

/* Keeps len guest bytes for when the server takes them; false when that
 * would pass GFWD_OUT_MAX or memory ran out. */
static bool gfwd_queue(GuestFwd *g, const uint8_t *buf, size_t len)
{
    if (len > GFWD_OUT_MAX - g->out_len) {
        return false;
    }
    if (g->out_len + len > g->out_cap) {
        size_t cap = g->out_cap ? g->out_cap : 4096;
        while (cap < g->out_len + len) {
            cap *= 2;
        }
        uint8_t *p = realloc(g->out, cap);
        if (!p) {
            return false;
        }
        g->out = p;
        g->out_cap = cap;
    }
    memcpy(g->out + g->out_len, buf, len);
    g->out_len += len;
    return true;
}

/* Writes as much of buf as the server takes without waiting. Returns the
 * count, or -1 when the connection failed. */
static ssize_t gfwd_send_now(GuestFwd *g, const uint8_t *buf, size_t len)
{
    size_t done = 0;
    while (done < len) {
        ssize_t n = send(g->fd, buf + done, len - done, MSG_NOSIGNAL);
        if (n > 0) {
            done += (size_t)n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            break;
        } else {
            return -1;
        }
    }
    return (ssize_t)done;
}

/* Writes queued guest bytes the server now takes. */
static void gfwd_flush(GuestFwd *g)
{
    ssize_t n = gfwd_send_now(g, g->out, g->out_len);
    if (n < 0) {
        gfwd_disconnect(g, GFWD_STOPPED);
        return;
    }
    memmove(g->out, g->out + n, g->out_len - (size_t)n);
    g->out_len -= (size_t)n;
}

/* SlirpWriteCb of a rule: bytes the guest sent on its connection. Slirp
 * has acknowledged them to the guest already and ignores the result, so
 * what the server cannot take now is queued, never refused. */
static ssize_t gfwd_write(const void *buf, size_t len, void *opaque)
{
    GuestFwd *g = opaque;
    size_t done = 0;
    if (g->state == GFWD_IDLE && gfwd_connect(g) != 0) {
        g->state = GFWD_STOPPED;
    }
    if (g->state == GFWD_STOPPED) {
        return (ssize_t)len;   /* no server: the bytes go nowhere */
    }
    if (g->state == GFWD_CONNECTED && g->out_len == 0) {
        ssize_t n = gfwd_send_now(g, buf, len);
        if (n < 0) {
            gfwd_disconnect(g, GFWD_STOPPED);
            return (ssize_t)len;
        }
        done = (size_t)n;
    }
    if (done < len && !gfwd_queue(g, (const uint8_t *)buf + done, len - done)) {
        gfwd_disconnect(g, GFWD_STOPPED);
    }
    return (ssize_t)len;
}

/* Bytes the guest's connection to the rule takes now; 0 also when there
 * is no such connection. */
static size_t gfwd_room(const GuestFwd *g)
{
    return slirp_socket_can_recv(g->s->slirp, in4(g->rule.guest_addr), g->rule.guest_port);
}

/* Moves the server's bytes to the guest as far as its window allows. The
 * server closing (or failing) stops the forward; the guest's connection
 * stays open, since libslirp has no call to close it from this side. */
static void gfwd_read(GuestFwd *g)
{
    uint8_t buf[16384];
    for (int i = 0; i < 4; i++) {   /* bounded, so slirp's sockets get a turn */
        size_t room = gfwd_room(g);
        if (room == 0) {
            return;
        }
        ssize_t n = recv(g->fd, buf, room < sizeof(buf) ? room : sizeof(buf), 0);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            return;
        }
        if (n <= 0) {
            gfwd_disconnect(g, GFWD_STOPPED);
            return;
        }
        slirp_socket_recv(g->s->slirp, in4(g->rule.guest_addr), g->rule.guest_port, buf,
                          (int)n);
    }
}

/* Appends the host connections that wait for something to the array
 * pollfds is filling, after slirp's own descriptors. */
static void gfwd_pollfds(NetSlirp *s)
{
    for (int i = 0; i < s->ngfwd; i++) {
        GuestFwd *g = &s->gfwd[i];
        short ev = 0;
        g->poll_idx = -1;
        if (g->fd < 0) {
            continue;
        }
        if (g->state == GFWD_CONNECTING || g->out_len) {
            ev |= POLLOUT;
        }
        if (g->state == GFWD_CONNECTED && gfwd_room(g) > 0) {
            ev |= POLLIN;   /* only then: unread bytes would wake every poll */
        }
        if (ev && s->fill_n < s->fill_max) {
            s->fill_fds[s->fill_n] = (struct pollfd){ .fd = g->fd, .events = ev };
            g->poll_idx = s->fill_n++;
        }
    }
}

static void gfwd_poll_done(NetSlirp *s, const struct pollfd *fds, int n)
{
    const short ready = POLLOUT | POLLERR | POLLHUP;
    for (int i = 0; i < s->ngfwd; i++) {
        GuestFwd *g = &s->gfwd[i];
        int idx = g->poll_idx;
        g->poll_idx = -1;
        /* The guest may have reset the rule since pollfds: check the fd. */
        if (idx < 0 || idx >= n || g->fd < 0 || fds[idx].fd != g->fd) {
            continue;
        }
        short r = fds[idx].revents;
        if (g->state == GFWD_CONNECTING && (r & ready)) {
            int e = 0;
            socklen_t elen = sizeof(e);
            if (getsockopt(g->fd, SOL_SOCKET, SO_ERROR, &e, &elen) != 0 || e != 0) {
                gfwd_disconnect(g, GFWD_STOPPED);
                continue;
            }
            g->state = GFWD_CONNECTED;
        }
        if (g->state == GFWD_CONNECTED && g->out_len && (r & ready)) {
            gfwd_flush(g);
        }
        if (g->state == GFWD_CONNECTED && (r & (POLLIN | POLLERR | POLLHUP))) {
            gfwd_read(g);
        }
    }
}

static uint16_t get_be16(const uint8_t *p)
{
    return (uint16_t)(p[0] << 8 | p[1]);
}

static uint32_t get_be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* A guest SYN to a rule opens a new guest connection: the rule's host
 * connection served an earlier one (or a server that has since closed),
 * so the new connection gets a fresh one on its first bytes. */
static void gfwd_note_syn(NetSlirp *s, const uint8_t *frame, size_t len)
{
    enum { IP = NET_ETH_HLEN, SYN = 0x02, ACK = 0x10, MORE_FRAGMENTS = 0x2000 };
    if (s->ngfwd == 0 || len < IP + 20 || get_be16(frame + 12) != 0x0800 ||
        frame[IP] >> 4 != 4 || frame[IP + 9] != 6 ||
        (get_be16(frame + IP + 6) & (MORE_FRAGMENTS | 0x1fff)) != 0) {
        return;   /* not a whole IPv4 TCP segment */
    }
    size_t ihl = (size_t)(frame[IP] & 15) * 4;
    if (ihl < 20 || len < IP + ihl + 14) {
        return;
    }
    const uint8_t *th = frame + IP + ihl;
    if ((th[13] & (SYN | ACK)) != SYN) {
        return;
    }
    uint32_t dst = get_be32(frame + IP + 16);
    uint16_t port = get_be16(th + 2);
    for (int i = 0; i < s->ngfwd; i++) {
        GuestFwd *g = &s->gfwd[i];
        if (g->rule.guest_addr == dst && g->rule.guest_port == port) {
            gfwd_disconnect(g, GFWD_IDLE);
        }
    }
}

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
    gfwd_pollfds(s);
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
    gfwd_poll_done(s, fds, n);
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
    gfwd_note_syn(s, frame, len);
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
    for (int i = 0; i < s->ngfwd; i++) {
        gfwd_disconnect(&s->gfwd[i], GFWD_IDLE);
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

/* --- saved state --------------------------------------------------------- */

/* The payload: u32 NET_SLIRP_STATE_VERSION, u32 slirp_state_version(),
 * u32 length and that many bytes from slirp_state_save. Nothing of this
 * backend's own is kept: held frames are dropped (TCP retransmits) and
 * guestfwd host connections are made anew. */
#define NET_SLIRP_STATE_VERSION 1

/* What libslirp 4.7.0's state.c writes at its version 4, the only layout
 * check_slirp_state knows: a socket record per guestfwd connection (u8 42,
 * then vmstate_slirp_socket), u8 0, then vmstate_slirp. Integers are
 * big-endian. The limits are those of its tcp.h and tcp_timer.h. */
#define SLIRP_STATE_V4 4
#define SLIRP_RECORD 42
#define SLIRP_FAMILY_IPV4 2        /* SS_FAMILY_MIG_IPV4 */
#define SLIRP_SBUF_MAX (1u << 20)  /* far above its 128 KiB + one segment */
#define SLIRP_TCP_NSTATES 11
#define SLIRP_TCP_MAXRXTSHIFT 12   /* t_rxtshift indexes tcp_backoff[13] */
#define SLIRP_TCP_MAXSEG_MAX 32768
#define SLIRP_TCP_MAX_WINSHIFT 14
#define SLIRP_EMU_IDENT 7          /* the last TCP emulation */
#define SLIRP_EMU_NOCONNECT 0x10
/* so_state bits a guest-opened connection may have: SS_NOFDREF through
 * SS_FWDRAIN and SS_CTL; never a listener's or a hostfwd's. */
#define SLIRP_SS_ALLOWED 0x00dfu
#define SLIRP_NB_BOOTP_CLIENTS 16

/* A cursor over saved libslirp bytes: for checking them and for feeding
 * them to slirp_state_load. bad: a read ran past the end or a value was
 * out of range. */
typedef struct Blob {
    const uint8_t *p;
    size_t len, pos;
    bool bad;
} Blob;

/* Reads an n-byte (1, 2 or 4) big-endian integer; 0 and bad past the end. */
static uint32_t blob_get(Blob *b, int n)
{
    uint32_t v = 0;
    if (b->bad || b->len - b->pos < (size_t)n) {
        b->bad = true;
        return 0;
    }
    for (int i = 0; i < n; i++) {
        v = v << 8 | b->p[b->pos++];
    }
    return v;
}

static void blob_skip(Blob *b, size_t n)
{
    if (b->bad || b->len - b->pos < n) {
        b->bad = true;
        return;
    }
    b->pos += n;
}

static void blob_require(Blob *b, bool ok)
{
    b->bad |= !ok;
}

/* slirp-socket-addr: only IPv4 (IPv6 is off). addr and port are what the
 * socket holds in memory (network order), as state.c writes them. */
static void check_sockaddr(Blob *b, uint32_t *addr, uint16_t *port)
{
    blob_require(b, blob_get(b, 2) == SLIRP_FAMILY_IPV4);
    *addr = blob_get(b, 4);
    *port = (uint16_t)blob_get(b, 2);
}

/* Where a saved slirp-sbuf lies in the blob: cc bytes from roff (wrapping
 * at datalen) of the data at data_at; the write offset is at woff_at. */
typedef struct SbufAt {
    uint32_t cc, datalen, roff;
    size_t woff_at, data_at;
} SbufAt;

/* slirp-sbuf: sb_cc, sb_datalen, write and read offsets, then the data.
 * sb_datalen sizes an allocation and the offsets index it. */
static void check_sbuf(Blob *b, SbufAt *at)
{
    at->cc = blob_get(b, 4);
    at->datalen = blob_get(b, 4);
    at->woff_at = b->pos;
    uint32_t woff = blob_get(b, 4);
    at->roff = blob_get(b, 4);
    at->data_at = b->pos;
    blob_require(b, at->datalen > 0 && at->datalen <= SLIRP_SBUF_MAX &&
                        at->cc <= at->datalen && woff < at->datalen && at->roff < at->datalen &&
                        (at->roff + at->cc) % at->datalen == woff);
    blob_skip(b, at->datalen);
}

/* slirp-tcp: the fields that index arrays, divide or shift are checked,
 * and the order of the send sequence numbers; counters are anything. */
static void check_tcpcb(Blob *b)
{
    blob_require(b, blob_get(b, 2) < SLIRP_TCP_NSTATES);        /* t_state */
    for (int i = 0; i < 4; i++) {
        blob_require(b, blob_get(b, 2) < 0x8000);   /* t_timer[]: ticks left, >= 0 */
    }
    blob_require(b, blob_get(b, 2) <= SLIRP_TCP_MAXRXTSHIFT);   /* t_rxtshift */
    blob_skip(b, 2 + 2);                                         /* t_rxtcur, t_dupacks */
    uint32_t maxseg = blob_get(b, 2);
    blob_require(b, maxseg >= 1 && maxseg <= SLIRP_TCP_MAXSEG_MAX);
    blob_skip(b, 1 + 2);   /* t_force, t_flags */
    uint32_t seq[15];      /* snd_una, snd_nxt, ... snd_max, snd_cwnd, snd_ssthresh */
    for (int i = 0; i < 15; i++) {
        seq[i] = blob_get(b, 4);
    }
    /* snd_una <= snd_nxt <= snd_max: tcp_output takes snd_nxt - snd_una as
     * the offset of what to send, and a negative one fails its assertion. */
    blob_require(b, (int32_t)(seq[1] - seq[0]) >= 0 && (int32_t)(seq[12] - seq[1]) >= 0);
    /* t_idle, t_rtt, t_rtseq, t_srtt, t_rttvar, t_rttmin, max_sndwnd,
     * t_oobflags, t_iobc, t_softerror */
    blob_skip(b, 2 + 2 + 4 + 2 + 2 + 2 + 4 + 1 + 1 + 2);
    for (int i = 0; i < 4; i++) {   /* snd_scale, rcv_scale, requested scales */
        blob_require(b, blob_get(b, 1) <= SLIRP_TCP_MAX_WINSHIFT);
    }
    blob_skip(b, 3 * 4);   /* ts_recent, ts_recent_age, last_ack_sent */
}

/* One socket record after its marker; returns the rule it belongs to
 * (slirp's fhost is the rule's address), or -1 when none matches. snd:
 * where its send buffer (bytes for the guest) lies. */
static int check_socket(Blob *b, const NetSlirp *s, uint32_t *faddr, uint16_t *fport,
                        SbufAt *snd)
{
    uint32_t laddr;
    uint16_t lport;
    SbufAt rcv;
    /* so_urgc: urgent bytes reach a guestfwd at once, and a count would
     * be read past the (emptied) receive buffer. */
    blob_require(b, blob_get(b, 4) == 0);
    check_sockaddr(b, faddr, fport);
    check_sockaddr(b, &laddr, &lport);
    blob_skip(b, 1);                                             /* so_iptos */
    blob_require(b, (blob_get(b, 1) & ~SLIRP_EMU_NOCONNECT) <= SLIRP_EMU_IDENT);
    blob_require(b, blob_get(b, 1) == IPPROTO_TCP);              /* so_type */
    blob_require(b, (blob_get(b, 4) & ~SLIRP_SS_ALLOWED) == 0);  /* so_state */
    check_sbuf(b, &rcv);                                         /* so_rcv */
    check_sbuf(b, snd);                                          /* so_snd */
    check_tcpcb(b);
    for (int i = 0; i < s->ngfwd; i++) {
        const GuestFwdRule *r = &s->gfwd[i].rule;
        if (*faddr == htonl(r->guest_addr) && *fport == htons(r->guest_port)) {
            return i;
        }
    }
    return -1;
}

/* A restored connection's bytes for the guest that it had not acknowledged
 * at the save: libslirp 4.7.0 loads socket buffers empty (sbreserve in
 * sbuf_tmp_post_load clears sb_cc), so they are handed back to it after
 * the load, and its retransmission timer sends them again. */
typedef struct Unacked {
    int rule;
    SbufAt snd;
} Unacked;

/* Checks saved libslirp bytes before slirp_state_load sees them: it trusts
 * what it reads (sizes it allocates, indexes, divisors) and does not stop
 * at the end of the data. Fills u[0..*nu) with each restored connection's
 * send buffer. Returns 0, or -1 with a one-line message. */
static int check_slirp_state(const NetSlirp *s, const uint8_t *p, size_t len, Unacked *u,
                             int *nu, char *err, size_t errlen)
{
    Blob b = { .p = p, .len = len };
    bool seen[NET_SLIRP_MAX_FWD] = { false };
    uint32_t marker;
    *nu = 0;
    while (!b.bad && (marker = blob_get(&b, 1)) != 0) {
        uint32_t faddr;
        uint16_t fport;
        SbufAt snd;
        blob_require(&b, marker == SLIRP_RECORD);
        int rule = check_socket(&b, s, &faddr, &fport, &snd);
        if (!b.bad && rule < 0) {
            struct in_addr a = { .s_addr = faddr };
            char ip[INET_ADDRSTRLEN] = "?";
            inet_ntop(AF_INET, &a, ip, sizeof(ip));
            snprintf(err, errlen, "netdev: the saved network state has a connection to "
                     "guestfwd %s:%u, which this -netdev does not forward", ip, ntohs(fport));
            return -1;
        }
        /* state.c saves at most one connection per rule */
        blob_require(&b, rule < 0 || !seen[rule]);
        if (!b.bad) {
            seen[rule] = true;
            u[(*nu)++] = (Unacked){ rule, snd };
        }
    }
    blob_skip(&b, 2 + SLIRP_NB_BOOTP_CLIENTS * (2 + 6));   /* ip_id, bootp_clients */
    if (b.bad || b.pos != b.len) {
        snprintf(err, errlen, "netdev: saved network state is corrupt");
        return -1;
    }
    return 0;
}

/* SlirpWriteCb for slirp_state_save: appends to a StateWriter. */
static ssize_t save_chunk(const void *buf, size_t len, void *opaque)
{
    state_put_bytes(opaque, buf, len);
    return (ssize_t)len;
}

/* SlirpReadCb for slirp_state_load: never past the saved bytes; what is
 * missing reads as zeroes, is not counted, and marks the blob bad. */
static ssize_t load_chunk(void *buf, size_t len, void *opaque)
{
    Blob *b = opaque;
    size_t n = b->len - b->pos < len ? b->len - b->pos : len;
    memcpy(buf, b->p + b->pos, n);
    memset((uint8_t *)buf + n, 0, len - n);
    b->pos += n;
    b->bad |= n < len;
    return (ssize_t)n;
}

static int slirp_save(NetBackend *b, StateWriter *w)
{
    NetSlirp *s = b->opaque;
    StateWriter blob;
    if (slirp_state_version() != SLIRP_STATE_V4) {
        return -1;   /* a layout that load could not check */
    }
    state_writer_init(&blob);
    slirp_state_save(s->slirp, save_chunk, &blob);
    bool ok = !blob.failed && blob.len <= UINT32_MAX;
    if (ok) {
        state_put_u32(w, NET_SLIRP_STATE_VERSION);
        state_put_u32(w, SLIRP_STATE_V4);
        state_put_u32(w, (uint32_t)blob.len);
        state_put_bytes(w, blob.buf, blob.len);
    }
    state_writer_free(&blob);
    return ok && !w->failed ? 0 : -1;
}

/* Forgets what belonged to the running network before a load: frames
 * held for the guest and host connections (restored guest connections
 * reconnect on their next bytes). */
static void forget_for_load(NetSlirp *s)
{
    while (s->held_count) {
        drop_held(s);
    }
    memset(s->frag, 0, sizeof(s->frag));
    for (int i = 0; i < s->ngfwd; i++) {
        gfwd_disconnect(&s->gfwd[i], GFWD_IDLE);
    }
}

/* slirp_state_load on checked bytes p (changed: see Unacked), then each
 * restored connection gets back the bytes the guest had not acknowledged.
 * Returns 0, or -1 with a one-line message. */
static int load_checked(NetSlirp *s, uint8_t *p, size_t len, int version, const Unacked *u,
                        int nu, char *err, size_t errlen)
{
    uint8_t *back[NET_SLIRP_MAX_FWD] = { NULL };
    int rc = 0;
    for (int i = 0; i < nu && rc == 0; i++) {
        const SbufAt *b = &u[i].snd;
        size_t first = b->datalen - b->roff < b->cc ? b->datalen - b->roff : b->cc;
        back[i] = malloc(b->cc ? b->cc : 1);
        if (!back[i]) {
            rc = -1;
            break;
        }
        memcpy(back[i], p + b->data_at + b->roff, first);
        memcpy(back[i] + first, p + b->data_at, b->cc - first);
        /* An empty buffer at the read offset, where the bytes go back. */
        for (int k = 0; k < 4; k++) {
            p[b->woff_at + k] = (uint8_t)(b->roff >> (24 - 8 * k));
        }
    }
    if (rc == 0) {
        Blob in = { .p = p, .len = len };
        forget_for_load(s);
        if (slirp_state_load(s->slirp, version, load_chunk, &in) < 0 || in.bad ||
            in.pos != len) {
            rc = -1;
        }
    }
    /* Muted: the device is not loaded yet; the retransmission timer sends. */
    s->muted = true;
    for (int i = 0; i < nu && rc == 0; i++) {
        GuestFwd *g = &s->gfwd[u[i].rule];
        size_t room = gfwd_room(g), n = u[i].snd.cc < room ? u[i].snd.cc : room;
        if (n > 0) {
            slirp_socket_recv(s->slirp, in4(g->rule.guest_addr), g->rule.guest_port, back[i],
                              (int)n);
        }
    }
    s->muted = false;
    for (int i = 0; i < nu; i++) {
        free(back[i]);
    }
    if (rc != 0) {
        snprintf(err, errlen, "netdev: saved network state is corrupt");
    }
    return rc;
}

/* Restores into a backend just opened with the same guestfwd rules (a
 * restored connection must find its rule). A failure after slirp started
 * loading leaves the network unusable; the caller then discards it. */
static int slirp_load(NetBackend *b, StateReader *r, char *err, size_t errlen)
{
    NetSlirp *s = b->opaque;
    uint32_t ours = state_get_u32(r), version = state_get_u32(r);
    uint32_t len = state_get_u32(r);
    if (r->failed || ours != NET_SLIRP_STATE_VERSION || len > state_remaining(r)) {
        snprintf(err, errlen, "netdev: saved network state is corrupt");
        return -1;
    }
    if (version != SLIRP_STATE_V4 || slirp_state_version() != SLIRP_STATE_V4) {
        snprintf(err, errlen, "netdev: saved network state has libslirp state version %u, "
                 "this libslirp %d", version, slirp_state_version());
        return -1;
    }
    uint8_t *p = malloc(len ? len : 1);
    if (!p) {
        snprintf(err, errlen, "netdev: out of memory");
        return -1;
    }
    state_get_bytes(r, p, len);
    Unacked u[NET_SLIRP_MAX_FWD];
    int nu;
    int rc = check_slirp_state(s, p, len, u, &nu, err, errlen);
    if (rc == 0) {
        rc = load_checked(s, p, len, (int)version, u, nu, err, errlen);
    }
    free(p);
    return rc;
}

/* --- opening ------------------------------------------------------------- */

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

static int add_guestfwds(NetSlirp *s, const GuestFwdConfig *gc, char *err, size_t errlen)
{
    for (int i = 0; gc && i < gc->n; i++) {
        GuestFwd *g = &s->gfwd[i];
        struct in_addr guest = in4(gc->rule[i].guest_addr);
        *g = (GuestFwd){ .s = s, .rule = gc->rule[i], .state = GFWD_IDLE, .fd = -1,
                         .poll_idx = -1 };
        s->ngfwd = i + 1;
        if (slirp_add_guestfwd(s->slirp, gfwd_write, g, &guest, g->rule.guest_port) < 0) {
            char ip[INET_ADDRSTRLEN] = "?";
            inet_ntop(AF_INET, &guest, ip, sizeof(ip));
            snprintf(err, errlen, "guestfwd: cannot forward %s:%u", ip, g->rule.guest_port);
            return -1;
        }
    }
    return 0;
}

/* net_slirp_create with guestfwd rules (gc may be NULL: none). */
static NetBackend *slirp_open(const NetSlirpConfig *cfg, const GuestFwdConfig *gc, char *err,
                              size_t errlen)
{
    NetSlirp *s = calloc(1, sizeof(*s));
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->base = (NetBackend){
        .send = slirp_send, .set_receiver = slirp_set_receiver, .rx_ready = slirp_rx_ready,
        .pollfds = slirp_pollfds, .poll_done = slirp_poll_done, .close = slirp_close,
        .save = slirp_save, .load = slirp_load, .opaque = s, .mtu = SLIRP_MTU,
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
    if (add_forwards(s, cfg, err, errlen) < 0 || add_guestfwds(s, gc, err, errlen) < 0) {
        slirp_close(&s->base);
        return NULL;
    }
    return &s->base;
}

NetBackend *net_slirp_create(const NetSlirpConfig *cfg, char *err, size_t errlen)
{
    return slirp_open(cfg, NULL, err, errlen);
}

/* --- hostfwd and guestfwd syntax ----------------------------------------- */

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

/* Parses a dotted IPv4 address from [s, end) (a non-empty one). */
static bool parse_addr(const char *s, const char *end, uint32_t *addr)
{
    char buf[16];
    struct in_addr a;
    if (end <= s || end - s >= (long)sizeof(buf)) {
        return false;
    }
    memcpy(buf, s, (size_t)(end - s));
    buf[end - s] = '\0';
    if (inet_pton(AF_INET, buf, &a) != 1) {
        return false;
    }
    *addr = ntohl(a.s_addr);
    return true;
}

/* Parses "[addr]:port" from [s, end): an empty addr leaves *addr 0. */
static bool parse_endpoint(const char *s, const char *end, uint32_t *addr, uint16_t *port)
{
    const char *colon = memchr(s, ':', (size_t)(end - s));
    if (!colon) {
        return false;
    }
    *addr = 0;
    if (colon > s && !parse_addr(s, colon, addr)) {
        return false;
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

/* Parses the target "tcp:HOST:PORT" (HOST a dotted IPv4 address or
 * localhost) of a guestfwd rule. */
static bool parse_guestfwd_target(const char *dev, GuestFwdRule *g)
{
    const char *end = dev + strlen(dev), *colon;
    if (strncmp(dev, "tcp:", 4) != 0 || !(colon = strrchr(dev + 4, ':'))) {
        return false;
    }
    if (colon - (dev + 4) == 9 && !strncmp(dev + 4, "localhost", 9)) {
        g->host_addr = NET_ADDR(127, 0, 0, 1);
    } else if (!parse_addr(dev + 4, colon, &g->host_addr)) {
        return false;
    }
    return parse_port(colon + 1, end, &g->host_port);
}

/* Parses QEMU's guestfwd syntax as far as rvbox takes it:
 * "[tcp]:[guestaddr]:guestport-tcp:hostaddr:hostport". The guest address
 * (libslirp's 10.0.2.4 when left out) must lie in 10.0.2.0/24 and not be
 * the host's or the DNS server's. Returns 0, or -1 with a one-line
 * message. */
static int parse_guestfwd(const char *spec, GuestFwdRule *g, char *err, size_t errlen)
{
    const char *p = spec, *dash = strchr(spec, '-');
    *g = (GuestFwdRule){ 0 };
    if (!strncmp(p, "tcp:", 4)) {
        p += 4;
    } else if (p[0] == ':') {
        p++;   /* protocol left out: TCP */
    } else {
        p = NULL;
    }
    if (!p || !dash || dash < p || !parse_endpoint(p, dash, &g->guest_addr, &g->guest_port) ||
        !parse_guestfwd_target(dash + 1, g)) {
        snprintf(err, errlen, "guestfwd '%s': expected [tcp]:[guestaddr]:guestport-"
                 "tcp:hostaddr:hostport", spec);
        return -1;
    }
    if (!g->guest_addr) {
        g->guest_addr = VGUESTFWD_DEFAULT;
    }
    if ((g->guest_addr & VNETMASK) != VNETWORK || g->guest_addr == VHOST ||
        g->guest_addr == VNAMESERVER) {
        snprintf(err, errlen, "guestfwd '%s': the guest address must be in 10.0.2.0/24 "
                 "and not 10.0.2.2 or 10.0.2.3", spec);
        return -1;
    }
    return 0;
}

/* Reads every guestfwd= of o into gc, each guest address and port once. */
static int guestfwd_config(const Opts *o, GuestFwdConfig *gc, const char *what, char *err,
                           size_t errlen)
{
    char why[200];
    gc->n = 0;
    for (const char *f; (f = opts_get_nth(o, "guestfwd", gc->n)) != NULL; gc->n++) {
        if (gc->n == NET_SLIRP_MAX_FWD) {
            snprintf(err, errlen, "%s: too many guestfwd rules (at most %d)", what,
                     NET_SLIRP_MAX_FWD);
            return -1;
        }
        GuestFwdRule *g = &gc->rule[gc->n];
        if (parse_guestfwd(f, g, why, sizeof(why)) != 0) {
            snprintf(err, errlen, "%s: %s", what, why);
            return -1;
        }
        for (int i = 0; i < gc->n; i++) {
            if (gc->rule[i].guest_addr == g->guest_addr &&
                gc->rule[i].guest_port == g->guest_port) {
                snprintf(err, errlen, "%s: guestfwd '%s': that guest address and port "
                         "are forwarded twice", what, f);
                return -1;
            }
        }
    }
    return 0;
}

/* Fills a slirp configuration from -netdev user options (already checked
 * for unknown keys by machine/backends.c). */
static int net_config(const Opts *o, NetSlirpConfig *c, GuestFwdConfig *gc, const char *what,
                      char *err, size_t errlen)
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
    if (guestfwd_config(o, gc, what, err, errlen) != 0) {
        return -1;
    }
    return opts_get_bool(o, "restrict", false, &c->restricted, what, err, errlen);
}

static int check_net(const Opts *o, const char *what, char *err, size_t errlen)
{
    NetSlirpConfig c;
    GuestFwdConfig gc;
    return net_config(o, &c, &gc, what, err, errlen);
}

static void *open_net(const Opts *o, bool sync, char *err, size_t errlen)
{
    NetSlirpConfig c;
    GuestFwdConfig gc;
    if (net_config(o, &c, &gc, "-netdev", err, errlen) != 0) {
        return NULL;
    }
    return slirp_open(&c, &gc, err, errlen);
}

BACKEND_REGISTER(net_slirp_backend) = {
    .kind = BACKEND_NET, .name = "libslirp", .check = check_net, .open = open_net,
};
