/* One rvbox-relay client, without the WebSocket server: the messages it
 * sends become Ethernet frames for its own network backend (a slirp
 * stack), and the frames that backend hands back wait in a bounded queue
 * until the server writes them to the client. Everything that judges what
 * a client sends, and every limit, lives here, so a fuzz harness can drive
 * it without a socket (tests/fuzz/fuzz_relay.c).
 *
 * Time comes from the caller (now_ms: milliseconds of any monotonic clock)
 * so that runs repeat exactly. Nothing here blocks or reads a clock. */
#ifndef RVBOX_FRONTENDS_RELAY_RELAY_CONN_H
#define RVBOX_FRONTENDS_RELAY_RELAY_CONN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/net.h"

/* A client message is one Ethernet frame of RELAY_FRAME_MIN ..
 * RELAY_FRAME_MAX bytes. */
#define RELAY_FRAME_MIN NET_ETH_HLEN
#define RELAY_FRAME_MAX NET_BIG_FRAME_MAX
/* Frames waiting for a client that does not read: beyond either bound
 * they are dropped (as on a congested wire; TCP in the guest resends). */
#define RELAY_TX_FRAMES_MAX 4096
#define RELAY_TX_BYTES_MAX (8u << 20)
/* A client that takes no frame for this long (ms) while frames wait for
 * it is closed: it is not reading at all. (A browser reads its socket
 * even while the page's script is busy.) */
#define RELAY_TX_STALL_MS 10000
/* Frames a client may send: RELAY_RX_RATE per second sustained, plus a
 * burst of RELAY_RX_BURST at once (a token bucket); more closes it. */
#define RELAY_RX_RATE 20000
#define RELAY_RX_BURST 20000

/* Why a connection must be closed. The first reason sticks. */
enum RelayError {
    RELAY_OK = 0,
    RELAY_ERR_TEXT,      /* a text message */
    RELAY_ERR_SHORT,     /* a message shorter than RELAY_FRAME_MIN */
    RELAY_ERR_LONG,      /* a message longer than RELAY_FRAME_MAX */
    RELAY_ERR_RATE,      /* frames faster than RELAY_RX_RATE/s beyond the burst */
    RELAY_ERR_STALLED,   /* frames waited RELAY_TX_STALL_MS, none taken */
    RELAY_ERR_SOCKETS,   /* its network stack holds too many host sockets */
    RELAY_ERR_NOMEM,     /* out of memory */
};

/* A short phrase for e ("a text message"), for log lines. */
const char *relay_error_str(enum RelayError e);

typedef struct RelayConn RelayConn;

/* What a connection counted. */
typedef struct RelayStats {
    uint64_t rx_frames;       /* client frames handed to the backend */
    uint64_t rx_dropped;      /* valid client frames the network refused */
    uint64_t tx_frames;       /* frames the client took (relay_conn_pop) */
    uint64_t tx_dropped;      /* frames for the client dropped: queue full */
    size_t queued_frames;     /* waiting now ... */
    size_t queued_bytes;      /* ... and their bytes (frames only) */
} RelayStats;

/* Called when a connection gets frames to write while its queue was
 * empty, and when it fails: the server should then write or close it. */
typedef void (*RelayWakeFn)(void *opaque);

/* Takes ownership of backend (closed by relay_conn_free) and registers as
 * its receiver. Every queued frame gets headroom writable bytes in front
 * of it (the server's framing, LWS_PRE). Returns NULL when out of memory
 * (backend is then closed too). */
RelayConn *relay_conn_create(NetBackend *backend, size_t headroom, RelayWakeFn wake,
                             void *opaque, uint64_t now_ms);

/* Closes the backend, then frees the queue and the connection. */
void relay_conn_free(RelayConn *c);

/* The connection's backend, for the host's poll loop (pollfds/poll_done). */
NetBackend *relay_conn_backend(RelayConn *c);

/* One piece of a client message: len bytes, binary or text, final when it
 * ends the message (a message may come in any number of pieces). A whole
 * message that is a valid frame goes to the backend's send(), except IPv4
 * fragments (relay_frame_is_ipv4_fragment), which are dropped. Returns
 * RELAY_OK, or why the client must be closed (also for every later call). */
enum RelayError relay_conn_receive(RelayConn *c, const uint8_t *data, size_t len, bool binary,
                                   bool final, uint64_t now_ms);

/* Advances the connection's clock; call it at least every second or so.
 * Returns RELAY_OK, or the failure (RELAY_ERR_STALLED once frames have
 * waited RELAY_TX_STALL_MS without the client taking one). */
enum RelayError relay_conn_tick(RelayConn *c, uint64_t now_ms);

/* Marks the connection failed with e (unless it failed already) and wakes
 * it, e.g. RELAY_ERR_SOCKETS found by the poll loop. */
void relay_conn_fail(RelayConn *c, enum RelayError e);

/* RELAY_OK, or why the connection failed. */
enum RelayError relay_conn_error(const RelayConn *c);

/* The oldest queued frame: returns its first byte and sets *len, with the
 * headroom bytes before it free for the caller; NULL when none waits or
 * the connection failed. It stays queued until relay_conn_pop. */
uint8_t *relay_conn_peek(RelayConn *c, size_t *len);

/* Forgets the oldest queued frame (the client has it). */
void relay_conn_pop(RelayConn *c);

void relay_conn_stats(const RelayConn *c, RelayStats *s);

#endif
