/* libFuzzer target: rvbox-relay's handling of one client
 * (frontends/relay/relay_conn.c) without a socket: client messages, whole
 * or in pieces, binary or text, go through relay_conn_receive into a real
 * slirp stack (restricted, so nothing leaves the machine; it still
 * answers ARP, DHCP and ICMP), which is polled with a zero timeout after
 * every record; the frames it answers with are taken from the queue as
 * the server would write them. Besides the sanitizers, the harness aborts
 * when a message is judged otherwise than its length and type say, the
 * rate limit strikes before RELAY_RX_BURST frames or fails to strike
 * after them with the clock standing still, a failure is not sticky or
 * leaves frames queued, the queue exceeds its bounds or hands out a frame
 * of a bad size, frames wait without the server having been woken, the
 * frame counts disagree with what the harness did (a stray IPv4 fragment
 * must be dropped by net_slirp.c: libslirp 4.7.0 crashes on it, which the
 * sanitizers see), or a client is called stalled
 * before frames waited RELAY_TX_STALL_MS for it.
 *
 * Input: records until the input ends (at most RECORDS_MAX), each an op
 * byte, bits 0-1 its kind:
 *   0 message  u16 LE length (+65536 with op bit 2), then its bytes
 *              (completed with filler when the input is shorter); bits
 *              3-5: cut into that many + 1 pieces; bit 6: text; bit 7:
 *              the server then writes every queued frame
 *   1 burst    u16 LE count (at most BURST_MAX): the last valid frame
 *              again, that many times (an ARP request if none yet)
 *   2 time     u16 LE: the clock advances that many ms (times 1000 with
 *              op bit 2)
 *   3 write    the server writes op >> 2 queued frames (0: all)
 *
 * "--write-seeds DIR" writes the seeds of corpus/relay/. See README.md. */
#include <poll.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/host/net_slirp.h"
#include "devices/net.h"
#include "frontends/relay/relay_conn.h"
#include "tests/fuzz/fuzzlib.h"

enum { K_MESSAGE = 0, K_BURST = 1, K_TIME = 2, K_WRITE = 3 };
enum { M_LEN_HIGH = 1 << 2, M_PIECES_SHIFT = 3, M_TEXT = 1 << 6, M_WRITE = 1 << 7 };
enum { T_SECONDS = 1 << 2 };
enum { RECORDS_MAX = 64, BURST_MAX = 25000, HEADROOM = 16, POLL_MAX = 64 };
#define START_MS 1000

_Noreturn static void fail(const char *what)
{
    fprintf(stderr, "fuzz_relay: %s\n", what);
    abort();
}

/* What the harness knows of the connection, to check it against. */
typedef struct Run {
    RelayConn *c;
    uint64_t now;
    uint64_t valid;          /* valid frames (each took a token) ... */
    uint64_t written;        /* frames taken from the queue */
    bool woken;              /* the server was told to write or close */
    bool clock_moved;
    uint64_t quiet_since;    /* last seen with nothing waiting, or written */
    uint8_t last[RELAY_FRAME_MAX];   /* the last valid frame, for bursts */
    size_t last_len;
} Run;

static uint8_t message[2 * 65536];

static void on_wake(void *opaque) { ((Run *)opaque)->woken = true; }

/* Byte i of a message the input did not supply. */
static uint8_t filler(size_t i) { return (uint8_t)(i * 7 + 3); }

/* --- the server's side ---------------------------------------------------- */

static void check_queue(Run *r)
{
    RelayStats st;
    relay_conn_stats(r->c, &st);
    if (st.queued_frames > RELAY_TX_FRAMES_MAX || st.queued_bytes > RELAY_TX_BYTES_MAX) {
        fail("the queue is past its bounds");
    }
    if (st.queued_frames && !r->woken) {
        fail("frames wait but the server was not woken");
    }
    if (st.rx_frames + st.rx_dropped != r->valid ||
        st.tx_frames != r->written) {
        fail("the frame counts disagree with the harness");
    }
}

/* Writes up to n queued frames (0: all) as the server would: the headroom
 * is the server's to fill, every frame byte is read. */
static void write_frames(Run *r, unsigned n)
{
    static volatile uint8_t sink;
    size_t len;
    uint8_t *f;
    for (unsigned i = 0; (n == 0 || i < n) && (f = relay_conn_peek(r->c, &len)); i++) {
        if (len == 0 || len > RELAY_FRAME_MAX) {
            fail("a queued frame of a bad size");
        }
        memset(f - HEADROOM, 0xa5, HEADROOM);
        uint8_t x = 0;
        for (size_t k = 0; k < len; k++) {
            x ^= f[k];
        }
        sink = x;
        relay_conn_pop(r->c);
        r->written++;
        r->quiet_since = r->now;
    }
    if (!relay_conn_peek(r->c, &len)) {
        r->woken = false;   /* all written: the next frame must wake it again */
    }
}

/* The host's poll loop, with nothing to wait for. */
static void poll_slirp(Run *r)
{
    struct pollfd fds[POLL_MAX];
    int timeout = -1;
    NetBackend *b = relay_conn_backend(r->c);
    int n = b->pollfds(b, fds, POLL_MAX, &timeout);
    if (n > 0 && poll(fds, (nfds_t)n, 0) < 0) {
        for (int i = 0; i < n; i++) {
            fds[i].revents = 0;
        }
    }
    b->poll_done(b, fds, n);
}

/* --- client messages ------------------------------------------------------ */

/* What relay_conn must answer to a whole message of len bytes. */
static enum RelayError expected(size_t len, bool text)
{
    return text ? RELAY_ERR_TEXT
           : len < RELAY_FRAME_MIN ? RELAY_ERR_SHORT
           : len > RELAY_FRAME_MAX ? RELAY_ERR_LONG
                                   : RELAY_OK;
}

/* Checks the answer to a complete valid-looking frame: OK, or the rate
 * limit where the bucket allows it. */
static void check_frame_answer(Run *r, enum RelayError got, const uint8_t *f, size_t len)
{
    if (got == RELAY_OK) {
        r->valid++;
        return;
    }
    if (got != RELAY_ERR_RATE || r->valid < RELAY_RX_BURST) {
        fail("a valid frame refused, or rate-limited within the burst");
    }
}

/* Feeds message[0, len) in pieces; returns relay_conn's last answer. */
static enum RelayError send_message(Run *r, size_t len, unsigned pieces, bool text)
{
    size_t step = (len + pieces - 1) / pieces, at = 0;
    enum RelayError e = RELAY_OK;
    do {
        size_t n = len - at < step ? len - at : step;
        bool final = at + n == len;
        e = relay_conn_receive(r->c, message + at, n, !text, final, r->now);
        at += n;
        if (!final && e != RELAY_OK) {
            /* Only text or too long is known before the end. */
            if (e != (text ? RELAY_ERR_TEXT : RELAY_ERR_LONG) || (!text && at <= RELAY_FRAME_MAX)) {
                fail("a piece of a message refused for the wrong reason");
            }
            return e;
        }
    } while (at < len);
    enum RelayError want = expected(len, text);
    if (want == RELAY_OK) {
        check_frame_answer(r, e, message, len);
    } else if (e != want) {
        fail("a message judged otherwise than its length and type say");
    }
    if (e == RELAY_OK) {
        memcpy(r->last, message, len);
        r->last_len = len;
    }
    return e;
}

/* --- records ------------------------------------------------------------- */

typedef struct In {
    const uint8_t *p;
    size_t n;
} In;

static bool take_u16(In *in, uint32_t *v)
{
    if (in->n < 2) {
        return false;
    }
    *v = (uint32_t)in->p[0] | (uint32_t)in->p[1] << 8;
    in->p += 2;
    in->n -= 2;
    return true;
}

static enum RelayError message_record(Run *r, In *in, uint8_t op)
{
    uint32_t len;
    if (!take_u16(in, &len)) {
        return RELAY_OK;
    }
    len += op & M_LEN_HIGH ? 65536 : 0;
    size_t have = in->n < len ? in->n : len;
    memcpy(message, in->p, have);
    for (size_t i = have; i < len; i++) {
        message[i] = filler(i);
    }
    in->p += have;
    in->n -= have;
    enum RelayError e = send_message(r, len, ((op >> M_PIECES_SHIFT) & 7) + 1, op & M_TEXT);
    if (e == RELAY_OK && (op & M_WRITE)) {
        poll_slirp(r);
        write_frames(r, 0);
    }
    return e;
}

/* An ARP request for 10.0.2.2 from 10.0.2.15: what a burst repeats when
 * no valid frame came before. */
static size_t arp_request(uint8_t *f)
{
    static const uint8_t arp[42] = {
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 0x08, 0x06,
        0x00, 0x01, 0x08, 0x00, 6, 4, 0x00, 0x01, 0x52, 0x54, 0x00, 0x12, 0x34, 0x56,
        10, 0, 2, 15, 0, 0, 0, 0, 0, 0, 10, 0, 2, 2,
    };
    memcpy(f, arp, sizeof(arp));
    memset(f + sizeof(arp), 0, 60 - sizeof(arp));
    return 60;
}

static enum RelayError burst_record(Run *r, In *in)
{
    uint32_t count;
    if (!take_u16(in, &count)) {
        return RELAY_OK;
    }
    if (r->last_len == 0) {
        r->last_len = arp_request(r->last);
    }
    count = count > BURST_MAX ? BURST_MAX : count;
    for (uint32_t i = 0; i < count; i++) {
        bool still = !r->clock_moved && r->valid == RELAY_RX_BURST;
        enum RelayError e = relay_conn_receive(r->c, r->last, r->last_len, true, true, r->now);
        check_frame_answer(r, e, r->last, r->last_len);
        if (still && e != RELAY_ERR_RATE) {
            fail("a frame past the burst with the clock standing still was taken");
        }
        if (e != RELAY_OK) {
            return e;
        }
        if (i % 256 == 255) {
            poll_slirp(r);   /* as the server's loop would between reads */
        }
    }
    return RELAY_OK;
}

static void time_record(Run *r, In *in, uint8_t op)
{
    uint32_t ms;
    if (take_u16(in, &ms) && ms) {
        r->now += (uint64_t)ms * (op & T_SECONDS ? 1000 : 1);
        r->clock_moved = true;
    }
}

/* After every record: slirp runs, the clock ticks, and the connection is
 * checked. Returns its error. */
static enum RelayError after_record(Run *r, enum RelayError e)
{
    poll_slirp(r);
    enum RelayError t = relay_conn_tick(r->c, r->now);
    if (e != RELAY_OK && t != e) {
        fail("a failure did not stick");
    }
    if (t == RELAY_ERR_STALLED && r->now - r->quiet_since < RELAY_TX_STALL_MS) {
        fail("called stalled before frames waited RELAY_TX_STALL_MS");
    }
    check_queue(r);
    size_t len;
    if (!relay_conn_peek(r->c, &len)) {
        r->quiet_since = r->now;
    }
    return t;
}

/* A failed connection: nothing queued, the server woken, and it keeps
 * its answer. */
static void check_failed(Run *r, enum RelayError e)
{
    size_t len;
    RelayStats st;
    relay_conn_stats(r->c, &st);
    if (st.queued_frames || relay_conn_peek(r->c, &len) || !r->woken) {
        fail("a failed connection kept frames or did not wake the server");
    }
    static const uint8_t frame[60];
    if (relay_conn_receive(r->c, frame, sizeof(frame), true, true, r->now) != e ||
        relay_conn_error(r->c) != e) {
        fail("a failure did not stick");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Run r;
    char err[200];
    NetSlirpConfig cfg = { .restricted = true };
    NetBackend *b = net_slirp_create(&cfg, err, sizeof(err));
    if (!b) {
        fail(err);
    }
    r = (Run){ .now = START_MS, .quiet_since = START_MS };
    r.c = relay_conn_create(b, HEADROOM, on_wake, &r, r.now);
    if (!r.c) {
        fail("out of memory");
    }
    In in = { data, size };
    enum RelayError e = RELAY_OK;
    for (int i = 0; i < RECORDS_MAX && in.n && e == RELAY_OK; i++) {
        uint8_t op = *in.p++;
        in.n--;
        switch (op & 3) {
        case K_MESSAGE: e = message_record(&r, &in, op); break;
        case K_BURST: e = burst_record(&r, &in); break;
        case K_TIME: time_record(&r, &in, op); break;
        case K_WRITE: write_frames(&r, op >> 2); break;
        }
        e = after_record(&r, e);
    }
    if (e != RELAY_OK) {
        check_failed(&r, e);
    }
    relay_conn_free(r.c);
    return 0;
}

/* --- seeds ------------------------------------------------------------------ */

typedef struct Seed {
    uint8_t b[4096];
    size_t n;
} Seed;

static void s8(Seed *s, unsigned v) { s->b[s->n++] = (uint8_t)v; }
static void s16(Seed *s, unsigned v) { s8(s, v & 0xff), s8(s, v >> 8); }

static void s_bytes(Seed *s, const void *p, size_t n)
{
    memcpy(s->b + s->n, p, n);
    s->n += n;
}

/* A message record: len bytes of frame (fewer: the rest is filler). */
static void s_message(Seed *s, unsigned op, size_t len, const uint8_t *frame, size_t have)
{
    s8(s, K_MESSAGE | op | (len > 65535 ? M_LEN_HIGH : 0));
    s16(s, (unsigned)(len & 0xffff));
    s_bytes(s, frame, have);
}

static uint16_t ip_sum(const uint8_t *p, size_t n)
{
    uint32_t acc = 0;
    for (size_t i = 0; i + 1 < n; i += 2) {
        acc += (uint32_t)p[i] << 8 | p[i + 1];
    }
    while (acc >> 16) {
        acc = (acc & 0xffff) + (acc >> 16);
    }
    return (uint16_t)~acc;
}

/* A DHCPDISCOVER from 52:54:00:12:34:56 (548 bytes of BOOTP). */
static size_t dhcp_discover(uint8_t *f)
{
    static const uint8_t head[] = {
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 0x08, 0x00,
    };
    static const uint8_t opts[] = { 99, 130, 83, 99, 53, 1, 1, 55, 3, 1, 3, 6, 255 };
    size_t bootp = 548, udp = 8 + bootp, ip = 20 + udp;
    memset(f, 0, 14 + ip);
    memcpy(f, head, sizeof(head));
    uint8_t *h = f + 14, *u = h + 20, *bp = u + 8;
    h[0] = 0x45;
    h[2] = (uint8_t)(ip >> 8), h[3] = (uint8_t)ip;
    h[8] = 64, h[9] = 17;
    memset(h + 16, 0xff, 4);
    uint16_t sum = ip_sum(h, 20);
    h[10] = (uint8_t)(sum >> 8), h[11] = (uint8_t)sum;
    u[1] = 68, u[3] = 67;
    u[4] = (uint8_t)(udp >> 8), u[5] = (uint8_t)udp;
    bp[0] = 1, bp[1] = 1, bp[2] = 6;
    memcpy(bp + 4, "\x12\x34\x56\x78", 4);
    bp[10] = 0x80;
    memcpy(bp + 28, head + 6, 6);
    memcpy(bp + 236, opts, sizeof(opts));
    return 14 + ip;
}

int fuzz_write_seeds(const char *dir)
{
    static uint8_t f[1024];
    Seed s;
    int rc = 0;
    size_t n;

    s.n = 0;   /* a DHCPDISCOVER, the offer written */
    n = dhcp_discover(f);
    s_message(&s, M_WRITE, n, f, n);
    rc |= fuzz_save(dir, "dhcp-discover.bin", s.b, s.n);

    s.n = 0;   /* an ARP request in three pieces, then the reply written */
    n = arp_request(f);
    s_message(&s, 2 << M_PIECES_SHIFT, n, f, n);
    s8(&s, K_WRITE);
    rc |= fuzz_save(dir, "arp-pieces.bin", s.b, s.n);

    s.n = 0;   /* garbage frames of an unknown EtherType, the smallest frame */
    for (size_t i = 0; i < 64; i++) {
        f[i] = (uint8_t)(i * 37 + 11);
    }
    s_message(&s, 0, 64, f, 64);
    s_message(&s, 0, RELAY_FRAME_MIN, f, RELAY_FRAME_MIN);
    s_message(&s, 0, 1500, f, 0);
    rc |= fuzz_save(dir, "garbage.bin", s.b, s.n);

    s.n = 0;   /* a text message */
    s_message(&s, M_TEXT, 5, (const uint8_t *)"hello", 5);
    rc |= fuzz_save(dir, "text.bin", s.b, s.n);

    s.n = 0;   /* a 10-byte frame */
    s_message(&s, 0, 10, f, 10);
    rc |= fuzz_save(dir, "short.bin", s.b, s.n);

    s.n = 0;   /* one byte too long, in eight pieces */
    s_message(&s, 7 << M_PIECES_SHIFT, RELAY_FRAME_MAX + 1, f, 64);
    rc |= fuzz_save(dir, "long.bin", s.b, s.n);

    s.n = 0;   /* an ARP request, then a burst past the rate limit */
    n = arp_request(f);
    s_message(&s, 0, n, f, n);
    s8(&s, K_BURST);
    s16(&s, RELAY_RX_BURST + 10);
    rc |= fuzz_save(dir, "rate.bin", s.b, s.n);

    s.n = 0;   /* offers nobody takes fill the queue; 11 s later: stalled */
    n = dhcp_discover(f);
    s_message(&s, 0, n, f, n);
    s8(&s, K_BURST);
    s16(&s, 5000);
    s8(&s, K_TIME | T_SECONDS);
    s16(&s, 11);
    rc |= fuzz_save(dir, "stall.bin", s.b, s.n);
    return rc ? -1 : 0;
}
