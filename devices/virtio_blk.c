/* virtio-blk request processing (virtio 1.2 §5.2.6). Every request popped
 * from the queue is completed with a used element, whatever its type or
 * shape (TinyEMU dropped unknown types). */
#include "virtio_blk.h"

#include <stdlib.h>

#define VIRTIO_BLK_F_SIZE_MAX (1ull << 1)
#define VIRTIO_BLK_F_SEG_MAX (1ull << 2)
#define VIRTIO_BLK_F_RO (1ull << 5)
#define VIRTIO_BLK_F_BLK_SIZE (1ull << 6)
#define VIRTIO_BLK_F_FLUSH (1ull << 9)

enum { VIRTIO_BLK_T_IN = 0, VIRTIO_BLK_T_OUT = 1, VIRTIO_BLK_T_FLUSH = 4,
       VIRTIO_BLK_T_GET_ID = 8 };
enum { VIRTIO_BLK_S_OK = 0, VIRTIO_BLK_S_IOERR = 1, VIRTIO_BLK_S_UNSUPP = 2 };

enum {
    BLK_HEADER_SIZE = 16,
    BLK_ID_BYTES = 20,
    BLK_CONFIG_SIZE = 60,       /* up to and including write_zeroes_may_unmap */
    BLK_SIZE_MAX = 1 << 20,     /* largest segment the driver may use */
    BLK_SEG_MAX = VIRTIO_MMIO_QUEUE_MAX - 2, /* header and status take two */
    BLK_BOUNCE_SECTORS = 128,   /* 64 KiB per backend call */
};

typedef struct VirtioBlk {
    BlockBackend *backend;
    VirtqChain chain;
    uint8_t bounce[BLK_BOUNCE_SECTORS * SECTOR_SIZE];
} VirtioBlk;

/* virtio_blk_config (§5.2.4): capacity, size_max, seg_max, blk_size; the
 * geometry, topology and discard fields stay 0 (features not offered). */
static void blk_config_read(void *dev, uint8_t *buf)
{
    VirtioBlk *b = dev;
    put_le64(buf + 0, b->backend->sectors);
    put_le32(buf + 8, BLK_SIZE_MAX);
    put_le32(buf + 12, BLK_SEG_MAX);
    put_le32(buf + 20, SECTOR_SIZE);
}

/* Moves count sectors starting at sector between the backend and the
 * chain's data area (writable part from 0 for IN, readable part after the
 * header for OUT), one bounce buffer at a time. */
static int blk_transfer(VirtioBlk *b, const GuestRam *ram, uint64_t sector, uint64_t count,
                        bool to_guest)
{
    uint64_t done = 0;
    while (done < count) {
        uint32_t n = (uint32_t)(count - done < BLK_BOUNCE_SECTORS ? count - done
                                                                   : BLK_BOUNCE_SECTORS);
        size_t bytes = (size_t)n * SECTOR_SIZE;
        uint64_t off = done * SECTOR_SIZE;
        int err;
        if (to_guest) {
            err = b->backend->read(b->backend, sector + done, b->bounce, n);
            if (!err) {
                virtq_chain_write(&b->chain, ram, off, b->bounce, bytes);
            }
        } else {
            virtq_chain_read(&b->chain, ram, BLK_HEADER_SIZE + off, b->bounce, bytes);
            err = b->backend->write(b->backend, sector + done, b->bounce, n);
        }
        if (err) {
            return err;
        }
        done += n;
    }
    return 0;
}

static bool range_ok(const VirtioBlk *b, uint64_t sector, uint64_t bytes)
{
    uint64_t count = bytes / SECTOR_SIZE;
    return bytes % SECTOR_SIZE == 0 && sector <= b->backend->sectors &&
           count <= b->backend->sectors - sector;
}

static uint8_t blk_read(VirtioBlk *b, const GuestRam *ram, uint64_t sector, uint64_t data_len)
{
    if (!range_ok(b, sector, data_len)) {
        return VIRTIO_BLK_S_IOERR;
    }
    return blk_transfer(b, ram, sector, data_len / SECTOR_SIZE, true) ? VIRTIO_BLK_S_IOERR
                                                                      : VIRTIO_BLK_S_OK;
}

static uint8_t blk_write(VirtioBlk *b, const GuestRam *ram, uint64_t sector)
{
    uint64_t data_len = b->chain.readable_len - BLK_HEADER_SIZE;
    if (b->backend->read_only || !range_ok(b, sector, data_len)) {
        return VIRTIO_BLK_S_IOERR;
    }
    return blk_transfer(b, ram, sector, data_len / SECTOR_SIZE, false) ? VIRTIO_BLK_S_IOERR
                                                                       : VIRTIO_BLK_S_OK;
}

static uint8_t blk_get_id(VirtioBlk *b, const GuestRam *ram, uint64_t data_len)
{
    /* §5.2.6: 20 bytes, NUL-padded (not terminated when all 20 are used). */
    static const char id[BLK_ID_BYTES] = "rvbox";
    virtq_chain_write(&b->chain, ram, 0, id, data_len < BLK_ID_BYTES ? data_len : BLK_ID_BYTES);
    return VIRTIO_BLK_S_OK;
}

/* Executes the request in b->chain; returns its status byte. */
static uint8_t blk_execute(VirtioBlk *b, const GuestRam *ram)
{
    uint8_t hdr[BLK_HEADER_SIZE];
    if (virtq_chain_read(&b->chain, ram, 0, hdr, sizeof(hdr)) < sizeof(hdr)) {
        return VIRTIO_BLK_S_IOERR;
    }
    uint32_t type = get_le32(hdr);
    uint64_t sector = get_le64(hdr + 8);
    uint64_t data_in = b->chain.writable_len - 1;  /* status byte excluded */
    switch (type) {
    case VIRTIO_BLK_T_IN: return blk_read(b, ram, sector, data_in);
    case VIRTIO_BLK_T_OUT: return blk_write(b, ram, sector);
    case VIRTIO_BLK_T_FLUSH:
        return b->backend->flush(b->backend) ? VIRTIO_BLK_S_IOERR : VIRTIO_BLK_S_OK;
    case VIRTIO_BLK_T_GET_ID: return blk_get_id(b, ram, data_in);
    default: return VIRTIO_BLK_S_UNSUPP;
    }
}

/* Handles one popped chain and returns it with a used element. */
static int blk_complete(void *dev, VirtQueue *q, const GuestRam *ram)
{
    VirtioBlk *b = dev;
    VirtqChain *c = &b->chain;
    if (c->writable_len > 0) {
        uint8_t status = blk_execute(b, ram);
        /* The status byte is the last writable byte (§5.2.6). */
        virtq_chain_write(c, ram, c->writable_len - 1, &status, 1);
    }
    /* Without a writable byte there is nowhere to put a status: complete
     * the request empty so the driver gets its descriptors back. */
    return virtq_push(q, ram, c->head, c->written);
}

static void blk_queue_notify(VirtioMmio *t, void *dev, unsigned qi)
{
    VirtioBlk *b = dev;
    virtio_mmio_serve_queue(t, qi, &b->chain, blk_complete);
}

static const VirtioDeviceClass virtio_blk_class = {
    .device_id = 2,
    .features = VIRTIO_BLK_F_SIZE_MAX | VIRTIO_BLK_F_SEG_MAX | VIRTIO_BLK_F_BLK_SIZE |
                VIRTIO_BLK_F_FLUSH,
    .num_queues = 1,
    .config_size = BLK_CONFIG_SIZE,
    .queue_notify = blk_queue_notify,
    .config_read = blk_config_read,
    .destroy = free,
};

VirtioMmio *virtio_blk_create(const GuestRam *ram, IrqLine irq, BlockBackend *backend)
{
    VirtioBlk *b = calloc(1, sizeof(*b));
    if (!b) {
        return NULL;
    }
    b->backend = backend;
    VirtioMmio *t = virtio_mmio_create(&virtio_blk_class, b, ram, irq);
    if (!t) {
        free(b);
        return NULL;
    }
    if (backend->read_only) {
        t->device_features |= VIRTIO_BLK_F_RO;
    }
    return t;
}
