/* Synchronous single-buffer access over the asynchronous block interface. */
#include "devices/block.h"

#include <errno.h>

typedef struct SyncWait {
    bool done;
    int result;
} SyncWait;

static void sync_complete(BlockRequest *req, int result)
{
    SyncWait *w = req->opaque;
    w->result = result;
    w->done = true;
}

static int run_sync(BlockBackend *b, enum BlockOp op, uint64_t sector, void *buf,
                    uint32_t count)
{
    SyncWait w = { 0 };
    struct iovec iov = { .iov_base = buf, .iov_len = (size_t)count * SECTOR_SIZE };
    BlockRequest req = { .op = op, .sector = sector, .iov = &iov, .iovcnt = op != BLOCK_FLUSH,
                         .complete = sync_complete, .opaque = &w };
    b->submit(b, &req);
    if (!w.done && b->drain) {
        b->drain(b);
    }
    return w.done ? w.result : -EIO;
}

int block_read(BlockBackend *b, uint64_t sector, void *buf, uint32_t count)
{
    return run_sync(b, BLOCK_READ, sector, buf, count);
}

int block_write(BlockBackend *b, uint64_t sector, const void *buf, uint32_t count)
{
    return run_sync(b, BLOCK_WRITE, sector, (void *)buf, count);
}

int block_flush(BlockBackend *b)
{
    return run_sync(b, BLOCK_FLUSH, 0, NULL, 0);
}
