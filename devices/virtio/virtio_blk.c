/* virtio-blk request processing (virtio 1.2 §5.2.6). Every request popped
 * from the queue is completed with a used element, whatever its type or
 * shape (TinyEMU dropped unknown types). */
#include "devices/virtio/virtio_blk.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#define VIRTIO_BLK_F_SIZE_MAX (1ull << 1)
#define VIRTIO_BLK_F_SEG_MAX (1ull << 2)
#define VIRTIO_BLK_F_RO (1ull << 5)
#define VIRTIO_BLK_F_BLK_SIZE (1ull << 6)
#define VIRTIO_BLK_F_FLUSH (1ull << 9)
#define VIRTIO_BLK_F_TOPOLOGY (1ull << 10)

enum { VIRTIO_BLK_T_IN = 0, VIRTIO_BLK_T_OUT = 1, VIRTIO_BLK_T_FLUSH = 4,
       VIRTIO_BLK_T_GET_ID = 8 };
enum { VIRTIO_BLK_S_OK = 0, VIRTIO_BLK_S_IOERR = 1, VIRTIO_BLK_S_UNSUPP = 2 };

enum {
    BLK_HEADER_SIZE = 16,
    BLK_ID_BYTES = 20,
    BLK_CONFIG_SIZE = 60,       /* up to and including write_zeroes_may_unmap */
    BLK_SIZE_MAX = 1 << 20,     /* largest segment the driver may use */
    BLK_SEG_MAX = VIRTIO_QUEUE_MAX - 2, /* header and status take two */
    /* The request size the device serves best (topology's opt_io_size):
     * Linux reads ahead twice this, so sequential reads come in large
     * requests rather than 128 KiB ones. */
    BLK_OPT_IO = 1 << 20,
};

typedef struct VirtioBlk {
    VirtioDevice *v;
    BlockBackend *backend;
    VirtqChain chain;
} VirtioBlk;

/* One request handed to the backend: the iovecs point into guest RAM. */
typedef struct BlkReq {
    BlockRequest breq;
    VirtioBlk *blk;
    VirtQueue *q;
    uint16_t head;
    uint8_t *status;            /* host address of the status byte */
    uint32_t used_len;          /* bytes written into the chain on success */
    struct iovec iov[];
} BlkReq;

/* virtio_blk_config (§5.2.4): capacity, size_max, seg_max, blk_size and
 * the topology; the geometry and discard fields stay 0 (not offered). */
static void blk_config_read(void *dev, uint8_t *buf)
{
    VirtioBlk *b = dev;
    put_le64(buf + 0, b->backend->sectors);
    put_le32(buf + 8, BLK_SIZE_MAX);
    put_le32(buf + 12, BLK_SEG_MAX);
    put_le32(buf + 20, SECTOR_SIZE);
    put_le16(buf + 26, 1);                       /* min_io_size: one sector */
    put_le32(buf + 28, BLK_OPT_IO / SECTOR_SIZE); /* opt_io_size, in sectors */
}

/* iovecs for bytes [off, off + len) of the chain's readable or writable
 * part (segments were checked to lie in RAM when popped). Returns the
 * count. */
static int chain_iov(const VirtqChain *c, const GuestRam *ram, bool writable, uint64_t off,
                     uint64_t len, struct iovec *iov)
{
    int n = 0;
    unsigned first = writable ? c->nreadable : 0, end = writable ? c->nseg : c->nreadable;
    for (unsigned i = first; i < end && len; i++) {
        const VirtqSeg *s = &c->seg[i];
        if (off >= s->len) {
            off -= s->len;
            continue;
        }
        uint64_t take = s->len - off < len ? s->len - off : len;
        iov[n].iov_base = guest_ram_ptr(ram, s->addr + off, take);
        iov[n++].iov_len = (size_t)take;
        len -= take;
        off = 0;
    }
    return n;
}

/* Writes the status byte, returns the chain and tells the driver. */
static void blk_finish(BlkReq *r, uint8_t status, uint32_t used_len)
{
    *r->status = status;
    virtio_complete(r->blk->v, r->q, r->head, used_len);
    free(r);
}

/* BlockRequest.complete: the backend is done with the request. */
static void blk_request_done(BlockRequest *breq, int result)
{
    BlkReq *r = (BlkReq *)breq;
    r->blk->v->inflight--;
    blk_finish(r, result == 0 ? VIRTIO_BLK_S_OK : VIRTIO_BLK_S_IOERR,
               result == 0 ? r->used_len : 1);
}

static void blk_submit(VirtioBlk *b, BlkReq *r, enum BlockOp op, uint64_t sector,
                       uint64_t data_off, uint64_t data_len, bool writable)
{
    r->breq = (BlockRequest){ .op = op, .sector = sector, .iov = r->iov,
                              .complete = blk_request_done, .opaque = r };
    if (op != BLOCK_FLUSH) {
        r->breq.iovcnt = chain_iov(&b->chain, &b->v->ram, writable, data_off, data_len, r->iov);
    }
    b->v->inflight++;
    b->backend->submit(b->backend, &r->breq);
}

/* Starts the request in b->chain (§5.2.6): the header is the first 16
 * readable bytes, the status the last writable byte. */
static void blk_start(VirtioBlk *b, BlkReq *r)
{
    const VirtqChain *c = &b->chain;
    uint8_t hdr[BLK_HEADER_SIZE];
    uint64_t data_in = c->writable_len - 1;  /* status byte excluded */
    if (virtq_chain_read(c, &b->v->ram, 0, hdr, sizeof(hdr)) < sizeof(hdr)) {
        blk_finish(r, VIRTIO_BLK_S_IOERR, 1);
        return;
    }
    uint32_t type = get_le32(hdr);
    uint64_t sector = get_le64(hdr + 8);
    switch (type) {
    case VIRTIO_BLK_T_IN:
        r->used_len = (uint32_t)(data_in + 1);
        blk_submit(b, r, BLOCK_READ, sector, 0, data_in, true);
        return;
    case VIRTIO_BLK_T_OUT:
        if (b->backend->read_only) {
            break;
        }
        r->used_len = 1;
        blk_submit(b, r, BLOCK_WRITE, sector, BLK_HEADER_SIZE,
                   c->readable_len - BLK_HEADER_SIZE, false);
        return;
    case VIRTIO_BLK_T_FLUSH:
        r->used_len = 1;
        blk_submit(b, r, BLOCK_FLUSH, 0, 0, 0, false);
        return;
    case VIRTIO_BLK_T_GET_ID: {
        /* §5.2.6: 20 bytes, NUL-padded (not terminated when all 20 are used). */
        static const char id[BLK_ID_BYTES] = "rvbox";
        size_t n = data_in < BLK_ID_BYTES ? (size_t)data_in : BLK_ID_BYTES;
        VirtqChain *wc = &b->chain;
        virtq_chain_write(wc, &b->v->ram, 0, id, n);
        blk_finish(r, VIRTIO_BLK_S_OK, (uint32_t)n + 1);
        return;
    }
    default:
        blk_finish(r, VIRTIO_BLK_S_UNSUPP, 1);
        return;
    }
    blk_finish(r, VIRTIO_BLK_S_IOERR, 1);
}

/* Takes one popped chain (virtio_serve_queue's complete): every request
 * is completed with a used element, whatever its type or shape. Returns 0,
 * -EFAULT when the used ring could not be written, or -ENOMEM. */
static int blk_take(void *dev, VirtQueue *q, const GuestRam *ram)
{
    VirtioBlk *b = dev;
    VirtqChain *c = &b->chain;
    if (c->writable_len == 0) {
        /* Nowhere to put a status: complete the request empty so the
         * driver gets its descriptors back. */
        return virtq_push(q, &b->v->ram, c->head, 0);
    }
    const VirtqSeg *last = &c->seg[c->nseg - 1];
    BlkReq *r = malloc(sizeof(*r) + c->nseg * sizeof(struct iovec));
    if (!r) {
        return -ENOMEM;
    }
    *r = (BlkReq){ .blk = b, .q = q, .head = c->head,
                   .status = guest_ram_ptr(&b->v->ram, last->addr + last->len - 1, 1) };
    blk_start(b, r);
    return 0;
}

static void blk_queue_notify(VirtioDevice *v, void *dev, unsigned qi)
{
    VirtioBlk *b = dev;
    virtio_serve_queue(v, qi, &b->chain, blk_take);
}

/* Requests in flight complete (into the rings) before a reset or save. */
static void blk_drain(void *dev)
{
    VirtioBlk *b = dev;
    if (b->v->inflight && b->backend->drain) {
        b->backend->drain(b->backend);
    }
}

static const VirtioDeviceClass virtio_blk_class = {
    .device_id = 2,
    .features = VIRTIO_BLK_F_SIZE_MAX | VIRTIO_BLK_F_SEG_MAX | VIRTIO_BLK_F_BLK_SIZE |
                VIRTIO_BLK_F_FLUSH | VIRTIO_BLK_F_TOPOLOGY,
    .num_queues = 1,
    .config_size = BLK_CONFIG_SIZE,
    .queue_notify = blk_queue_notify,
    .config_read = blk_config_read,
    .drain = blk_drain,
    .destroy = free,
};

VirtioDevice *virtio_blk_create(const GuestRam *ram, BlockBackend *backend)
{
    VirtioBlk *b = calloc(1, sizeof(*b));
    if (!b) {
        return NULL;
    }
    b->backend = backend;
    b->v = virtio_device_create(&virtio_blk_class, b, ram);
    if (!b->v) {
        free(b);
        return NULL;
    }
    if (backend->read_only) {
        b->v->device_features |= VIRTIO_BLK_F_RO;
    }
    return b->v;
}

/* --- the device descriptor ------------------------------------------------ */

static void *blk_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    const char *id = opts_get(opts, "drive");
    if (!id) {
        snprintf(err, errlen, "virtio-blk-device: drive=ID is required");
        return NULL;
    }
    BlockBackend *be = ctx->backend(ctx->board, BACKEND_BLOCK, id, err, errlen);
    if (!be) {
        return NULL;
    }
    VirtioDevice *v = virtio_blk_create(ctx->ram, be);
    if (!v) {
        snprintf(err, errlen, "out of memory");
    }
    return v;
}

DEVICE_REGISTER(virtio_blk_device) = {
    .name = "virtio-blk-device",
    .desc = "virtio block device (virtio 1.2 §5.2) on a -drive",
    .options = (const DeviceOption[]){
        { "drive", "ID of the -drive (if=none,id=ID) holding the disk image" },
        { NULL },
    },
    .user_creatable = true,
    .virtio = true,
    .create = blk_new,
};
