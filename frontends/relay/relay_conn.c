/* One rvbox-relay client's frames (see relay_conn.h). */
#include "frontends/relay/relay_conn.h"

#include <stdlib.h>
#include <string.h>

/* The token bucket counts thousandths of a frame, so that a refill of
 * RELAY_RX_RATE frames/s is a whole number per millisecond. */
#define TOKEN 1000u
#define BUCKET_FULL ((uint64_t)RELAY_RX_BURST * TOKEN)

typedef struct QueuedFrame {
    struct QueuedFrame *next;
    size_t len;
    uint8_t buf[];            /* headroom, then the frame */
} QueuedFrame;

struct RelayConn {
    NetBackend *backend;
    size_t headroom;
    RelayWakeFn wake;
    void *opaque;
    enum RelayError error;
    uint64_t now_ms;
    /* A message arriving in pieces is gathered here (allocated on first
     * use: most messages come whole). */
    uint8_t *gather;
    size_t gather_len;
    bool gathering;           /* a message has begun and not ended */
    /* The token bucket for frames from the client. */
    uint64_t tokens;
    uint64_t tokens_ms;       /* when tokens was last refilled */
    /* Frames toward the client, oldest first. */
    QueuedFrame *head, **tail;
    uint64_t waiting_since_ms;   /* when head began to wait, or was taken */
    RelayStats stats;
};

const char *relay_error_str(enum RelayError e)
{
    switch (e) {
    case RELAY_OK: return "no error";
    case RELAY_ERR_TEXT: return "a text message";
    case RELAY_ERR_SHORT: return "a frame shorter than an Ethernet header";
    case RELAY_ERR_LONG: return "a frame longer than the largest Ethernet frame";
    case RELAY_ERR_RATE: return "too many frames per second";
    case RELAY_ERR_STALLED: return "not reading: frames waited too long";
    case RELAY_ERR_SOCKETS: return "too many host sockets";
    case RELAY_ERR_NOMEM: return "out of memory";
    }
    return "unknown error";
}

/* Frees every queued frame without counting it as taken. */
static void discard_queue(RelayConn *c)
{
    while (c->head) {
        QueuedFrame *q = c->head;
        c->head = q->next;
        free(q);
    }
    c->tail = &c->head;
    c->stats.queued_frames = 0;
    c->stats.queued_bytes = 0;
}

void relay_conn_fail(RelayConn *c, enum RelayError e)
{
    if (c->error != RELAY_OK || e == RELAY_OK) {
        return;
    }
    c->error = e;
    discard_queue(c);   /* frames for a client being closed are of no use */
    c->wake(c->opaque);
}

/* The clock never runs backwards for the limits, whatever the caller says. */
static void advance(RelayConn *c, uint64_t now_ms)
{
    if (now_ms > c->now_ms) {
        c->now_ms = now_ms;
    }
}

/* --- frames toward the client ------------------------------------------ */

/* NetReceiver.receive: a frame from the backend for the client. Queued,
 * or dropped when the queue is at its bounds (never NET_RX_FULL: the
 * backend would then hold frames for us, a second queue to bound). */
static enum NetRxResult on_backend_frame(void *opaque, const uint8_t *frame, size_t len)
{
    RelayConn *c = opaque;
    if (c->error != RELAY_OK || len == 0 || len > RELAY_FRAME_MAX) {
        return NET_RX_DROPPED;
    }
    if (c->stats.queued_frames >= RELAY_TX_FRAMES_MAX ||
        c->stats.queued_bytes + len > RELAY_TX_BYTES_MAX) {
        c->stats.tx_dropped++;
        return NET_RX_DROPPED;
    }
    QueuedFrame *q = malloc(sizeof(*q) + c->headroom + len);
    if (!q) {
        c->stats.tx_dropped++;
        return NET_RX_DROPPED;
    }
    q->next = NULL;
    q->len = len;
    memcpy(q->buf + c->headroom, frame, len);
    bool was_empty = !c->head;
    *c->tail = q;
    c->tail = &q->next;
    c->stats.queued_frames++;
    c->stats.queued_bytes += len;
    if (was_empty) {
        c->waiting_since_ms = c->now_ms;
        c->wake(c->opaque);
    }
    return NET_RX_TAKEN;
}

uint8_t *relay_conn_peek(RelayConn *c, size_t *len)
{
    if (!c->head || c->error != RELAY_OK) {
        return NULL;
    }
    *len = c->head->len;
    return c->head->buf + c->headroom;
}

void relay_conn_pop(RelayConn *c)
{
    QueuedFrame *q = c->head;
    if (!q) {
        return;
    }
    c->head = q->next;
    if (!c->head) {
        c->tail = &c->head;
    }
    c->stats.queued_frames--;
    c->stats.queued_bytes -= q->len;
    c->stats.tx_frames++;
    c->waiting_since_ms = c->now_ms;   /* the client reads: not stalled */
    free(q);
}

enum RelayError relay_conn_tick(RelayConn *c, uint64_t now_ms)
{
    advance(c, now_ms);
    if (c->head && c->now_ms - c->waiting_since_ms >= RELAY_TX_STALL_MS) {
        relay_conn_fail(c, RELAY_ERR_STALLED);
    }
    return c->error;
}

/* --- frames from the client -------------------------------------------- */

/* Takes one frame's token; false when the client has used them all. */
static bool take_token(RelayConn *c)
{
    uint64_t elapsed = c->now_ms - c->tokens_ms;
    c->tokens_ms = c->now_ms;
    /* Beyond a second the bucket is full anyway; capping first keeps the
     * product from overflowing. */
    uint64_t refill = elapsed >= 1000 ? BUCKET_FULL : elapsed * RELAY_RX_RATE;
    c->tokens = c->tokens + refill > BUCKET_FULL ? BUCKET_FULL : c->tokens + refill;
    if (c->tokens < TOKEN) {
        return false;
    }
    c->tokens -= TOKEN;
    return true;
}

/* A whole message: checked, then sent to the network. */
static enum RelayError deliver(RelayConn *c, const uint8_t *frame, size_t len)
{
    if (len < RELAY_FRAME_MIN) {
        relay_conn_fail(c, RELAY_ERR_SHORT);
    } else if (len > RELAY_FRAME_MAX) {
        relay_conn_fail(c, RELAY_ERR_LONG);
    } else if (!take_token(c)) {
        relay_conn_fail(c, RELAY_ERR_RATE);
    } else if (c->backend->send(c->backend, frame, len) != 0) {
        /* Dropped by the network (a stray IPv4 fragment, see net_slirp.c):
         * lost as on a wire, and not the client's fault. */
        c->stats.rx_dropped++;
    } else {
        c->stats.rx_frames++;
    }
    return c->error;
}

/* Appends a piece to the message being gathered. */
static enum RelayError gather(RelayConn *c, const uint8_t *data, size_t len)
{
    if (len > RELAY_FRAME_MAX - c->gather_len) {
        relay_conn_fail(c, RELAY_ERR_LONG);
        return c->error;
    }
    if (!c->gather && !(c->gather = malloc(RELAY_FRAME_MAX))) {
        relay_conn_fail(c, RELAY_ERR_NOMEM);
        return c->error;
    }
    if (len) {
        memcpy(c->gather + c->gather_len, data, len);
    }
    c->gather_len += len;
    return RELAY_OK;
}

enum RelayError relay_conn_receive(RelayConn *c, const uint8_t *data, size_t len, bool binary,
                                   bool final, uint64_t now_ms)
{
    if (c->error != RELAY_OK) {
        return c->error;
    }
    advance(c, now_ms);
    if (!binary) {
        relay_conn_fail(c, RELAY_ERR_TEXT);
        return c->error;
    }
    if (!c->gathering && final) {
        return deliver(c, data, len);   /* the usual case: no copy */
    }
    c->gathering = !final;
    if (gather(c, data, len) != RELAY_OK || !final) {
        return c->error;
    }
    size_t whole = c->gather_len;
    c->gather_len = 0;
    return deliver(c, c->gather, whole);
}

/* --- the connection ---------------------------------------------------- */

RelayConn *relay_conn_create(NetBackend *backend, size_t headroom, RelayWakeFn wake,
                             void *opaque, uint64_t now_ms)
{
    RelayConn *c = calloc(1, sizeof(*c));
    if (!c) {
        backend->close(backend);
        return NULL;
    }
    c->backend = backend;
    c->headroom = headroom;
    c->wake = wake;
    c->opaque = opaque;
    c->now_ms = now_ms;
    c->tokens = BUCKET_FULL;
    c->tokens_ms = now_ms;
    c->tail = &c->head;
    NetReceiver rx = { .receive = on_backend_frame, .opaque = c };
    backend->set_receiver(backend, &rx);
    return c;
}

void relay_conn_free(RelayConn *c)
{
    if (!c) {
        return;
    }
    /* The backend first: closing it must not hand us frames any more. */
    c->backend->set_receiver(c->backend, NULL);
    c->backend->close(c->backend);
    discard_queue(c);
    free(c->gather);
    free(c);
}

NetBackend *relay_conn_backend(RelayConn *c) { return c->backend; }

enum RelayError relay_conn_error(const RelayConn *c) { return c->error; }

void relay_conn_stats(const RelayConn *c, RelayStats *s) { *s = c->stats; }
