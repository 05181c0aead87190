/* A 9P2000.L file server (the protocol Linux's v9fs speaks with
 * version=9p2000.L; see diod's protocol.md and Linux include/net/9p/9p.h)
 * over an FsBackend. It only turns request messages into reply messages:
 * the transport (virtio-9p) moves the bytes. Every malformed request gets
 * an Rlerror; none can make the server read or write outside the buffers
 * it is given. */
#ifndef RVBOX_DEVICES_P9_SERVER_H
#define RVBOX_DEVICES_P9_SERVER_H

#include <stddef.h>
#include <stdint.h>

#include "devices/fs.h"

/* The largest message the server handles (its msize ceiling); a transport
 * needs request and reply buffers of this size. */
#define P9_MSIZE_MAX (512 * 1024)
/* The smallest reply buffer p9_handle can answer into (an Rlerror). */
#define P9_REPLY_MIN 11

typedef struct P9Server P9Server;

/* A server on fs (not owned: close it after p9_server_destroy). NULL when
 * out of memory. */
P9Server *p9_server_create(FsBackend *fs);

/* Forgets every fid and the negotiated msize (transport reset). */
void p9_server_reset(P9Server *s);

/* Releases every fid and frees the server. NULL is ok. */
void p9_server_destroy(P9Server *s);

/* Handles one T-message req[0, req_len) and writes the R-message to
 * reply[0, reply_max). Returns the reply's length in bytes (its size
 * field), or 0 when reply_max < P9_REPLY_MIN. Errors become Rlerror with
 * a Linux errno: EINVAL for a malformed message (short, size field larger
 * than req_len, string past the end), EBADF for an unknown or reused fid,
 * EOPNOTSUPP for a message type 9P2000.L does not define or the server
 * does not implement, the backend's errno otherwise. */
size_t p9_handle(P9Server *s, const uint8_t *req, size_t req_len, uint8_t *reply,
                 size_t reply_max);

#endif
