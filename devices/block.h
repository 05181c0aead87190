/* The block backend interface: what a disk device asks of a disk image.
 * Requests are asynchronous: submit() hands over a BlockRequest whose
 * complete() the backend calls once the transfer is done, either before
 * submit returns (a synchronous backend such as a local file) or later
 * from the machine's poll loop (a worker thread, a browser fetch). Data
 * moves straight between the image and the request's iovecs (guest RAM),
 * with no bounce copy. */
#ifndef RVBOX_DEVICES_BLOCK_H
#define RVBOX_DEVICES_BLOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include "devices/state.h"

#define SECTOR_SIZE 512

enum BlockOp { BLOCK_READ, BLOCK_WRITE, BLOCK_FLUSH };

typedef struct BlockRequest BlockRequest;
struct BlockRequest {
    enum BlockOp op;
    uint64_t sector;           /* first 512-byte sector (READ/WRITE) */
    const struct iovec *iov;   /* READ/WRITE: the data, a multiple of 512 bytes */
    int iovcnt;
    /* Called once with 0 or a negative errno: -EIO for a range past the
     * end (nothing touched), -EROFS for a write to a read-only image. */
    void (*complete)(BlockRequest *req, int result);
    void *opaque;              /* the device's */
    int result;                /* the backend's, while it holds the request */
};

typedef struct BlockBackend BlockBackend;
struct BlockBackend {
    uint64_t sectors;   /* capacity in 512-byte sectors */
    bool read_only;     /* writes fail with -EROFS */
    /* Starts req; req and its iovecs stay valid until complete(). */
    void (*submit)(BlockBackend *b, BlockRequest *req);
    /* For a backend that completes later (NULL otherwise): a host file
     * descriptor that polls readable while finished requests wait, and
     * the call that runs their complete() on the caller's thread. */
    int (*event_fd)(BlockBackend *b);
    void (*complete_ready)(BlockBackend *b);
    /* Waits for every submitted request and runs its complete(). NULL for
     * a backend that completes before submit returns. */
    void (*drain)(BlockBackend *b);
    /* Frees the backend (after drain). */
    void (*close)(BlockBackend *b);
    /* The image's saved state (devices/state.h), for a machine snapshot,
     * called after drain: save appends it (a snapshot overlay's sectors,
     * or a fingerprint of the file), load restores it into a backend
     * opened with the same options, or refuses with a one-line message
     * (the file changed since the save). Return 0 or -1. NULL: nothing. */
    int (*save)(BlockBackend *b, struct StateWriter *w);
    int (*load)(BlockBackend *b, struct StateReader *r, char *err, size_t errlen);
};

/* Synchronous helpers over submit for a single buffer (tools, tests):
 * count sectors at sector. Return 0 or a negative errno. */
int block_read(BlockBackend *b, uint64_t sector, void *buf, uint32_t count);
int block_write(BlockBackend *b, uint64_t sector, const void *buf, uint32_t count);
int block_flush(BlockBackend *b);

#endif
