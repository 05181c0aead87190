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
#include "devices/state.h"

/* The largest message the server handles (its msize ceiling); a transport
 * needs request and reply buffers of this size. */
#define P9_MSIZE_MAX (512 * 1024)
/* The smallest reply buffer p9_handle can answer into (an Rlerror). */
#define P9_REPLY_MIN 11

typedef struct P9Server P9Server;

/* A server on fs (not owned: close it after p9_server_destroy). NULL when
 * out of memory. */
P9Server *p9_server_create(FsBackend *fs);

/* Forgets every fid, the negotiated msize and version (transport reset). */
void p9_server_reset(P9Server *s);

/* Releases every fid and frees the server. NULL is ok. */
void p9_server_destroy(P9Server *s);

/* Handles one T-message req[0, req_len) and writes the R-message to
 * reply[0, reply_max). Returns the reply's length in bytes (its size
 * field), or 0 when reply_max < P9_REPLY_MIN. Errors become Rlerror with
 * a Linux errno: EINVAL for a malformed message (short, size field larger
 * than req_len, string past the end), EBADF for an unknown or reused fid,
 * ESTALE for a fid p9_server_load could not find again (Tclunk succeeds
 * on one; Tremove answers ESTALE and clunks it), EOPNOTSUPP for a message type
 * 9P2000.L does not define or the server does not implement, the
 * backend's errno otherwise. Twalk names and the names of Trename and
 * Trenameat must be single components (not empty, ".", ".." or holding
 * '/'): the server does not walk up, so EINVAL. */
size_t p9_handle(P9Server *s, const uint8_t *req, size_t req_len, uint8_t *reply,
                 size_t reply_max);

/* Appends the session to w (see devices/state.h), so that a guest with the
 * share mounted and files open carries on after p9_server_load:
 *
 *     u32 version (1), u32 msize (4096..P9_MSIZE_MAX),
 *     str version agreed by Tversion ("9P2000.L", or "" when none was),
 *     u32 fid count (<= 65536), then per fid:
 *       u32 fid, u32 uid (Tattach n_uname, inherited by Twalk),
 *       u8 bits (1 = opened, 2 = stale),
 *       u32 Tlopen/Tlcreate flags (9P2000.L P9_DOTL_* values; 0 unless opened),
 *       qid: u8 type, u32 version, u64 path,
 *       u32 depth, then depth str names: the path from the share root
 *           (0 for the root; each name one component of 1..255 bytes; the
 *           names joined by '/' at most 65535 bytes, a deeper fid is saved
 *           stale as the root).
 *
 * A fid's path follows the fid's own moves (Twalk, Tlcreate) and renames
 * made through the server (Trename, Trenameat on it or a directory above
 * it). The server keeps no readdir position (Treaddir carries the host's
 * d_off cookie, which is valid after a reopen where the host file system's
 * cookies are stable, as ext4's, xfs's and btrfs's are), no xattr fids
 * (Txattrwalk always fails) and no locks (Tlock grants without recording),
 * so none is saved. Returns 0, or -1 when w failed (out of memory). */
int p9_server_save(P9Server *s, StateWriter *w);

/* Replaces the session with one saved by p9_server_save, reading from r's
 * position. Each fid is found again by walking its path from the share
 * root through the backend and, when it was open, reopened with its saved
 * flags less P9_DOTL_CREATE, EXCL and TRUNC. A fid whose file is gone, is
 * another file now (the qid type or path differs: replaced or renamed on
 * the host), or cannot be reopened, is restored stale: every request on it
 * answers Rlerror ESTALE. So is a file the guest unlinked while holding it
 * open: its data lived only in the host's open file. The share root is the backend's root whatever
 * its qid path. Returns 0, or -1 with a one-line message in err (errlen
 * bytes) when the state is truncated or malformed (another version, msize
 * out of range, too many fids, a fid twice, a name that is empty, ".",
 * ".." or holds '/'); the server is then reset, ready for a new Tversion. */
int p9_server_load(P9Server *s, StateReader *r, char *err, size_t errlen);

#endif
