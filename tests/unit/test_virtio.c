/* virtio-mmio, virtqueue, virtio-blk and virtio-console driven from the host
 * side as a guest driver would (in the style of QEMU's libqos): registers
 * through virtio_mmio_ops, rings and buffers in a fake guest RAM, a real
 * image file through block_file_open. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "devices/host/block_file.h"
#include "devices/virtio/virtio_blk.h"
#include "devices/virtio/virtio_console.h"
#include "tests/unit/testlib.h"

enum {
    RAM_BASE = 0x80000000u, RAM_SIZE = 1 << 20, QSIZE = 16,
    DATA = 0x10000, HDR = 0x8000, STATUS = 0x8100, TABLE = 0x9000,
    DISK_SECTORS = 64,
};

typedef IrqRec Irq;
typedef VDrv Drv;
typedef VdBuf Buf;

static uint64_t desc_addr(unsigned q) { return vd_ring(q); }
static uint64_t avail_addr(unsigned q) { return vd_ring(q) + 0x1000; }
static uint64_t used_addr(unsigned q) { return vd_ring(q) + 0x2000; }

/* Submits a direct chain (descriptors 0..n-1) on queue q. */
static void submit(Drv *d, unsigned q, const Buf *b, int n)
{
    vd_write_chain(vd_host(d, desc_addr(q)), b, n);
    vd_make_avail(d, q, 0, true);
}

/* Submits the chain as one indirect descriptor (table at TABLE). */
static void submit_indirect(Drv *d, unsigned q, const Buf *b, int n)
{
    vd_write_chain(vd_host(d, RAM_BASE + TABLE), b, n);
    vd_put_desc(vd_host(d, desc_addr(q)), RAM_BASE + TABLE, (uint32_t)(16 * n),
             VIRTQ_DESC_F_INDIRECT, 0);
    vd_make_avail(d, q, 0, true);
}

/* --- virtio-blk -------------------------------------------------------- */

typedef struct Disk {
    char path[64];
    uint8_t orig[DISK_SECTORS * 512];
} Disk;

static void make_disk(Disk *k)
{
    snprintf(k->path, sizeof(k->path), "/tmp/rvbox-test-virtio-XXXXXX");
    int fd = mkstemp(k->path);
    for (size_t i = 0; i < sizeof(k->orig); i++) {
        k->orig[i] = (uint8_t)(i * 7 + i / 512);
    }
    if (fd < 0 || write(fd, k->orig, sizeof(k->orig)) != (ssize_t)sizeof(k->orig)) {
        perror("make_disk");
        exit(2);
    }
    close(fd);
}

static void read_disk(const Disk *k, uint8_t *buf)
{
    int fd = open(k->path, O_RDONLY);
    ssize_t n = fd >= 0 ? read(fd, buf, DISK_SECTORS * 512) : -1;
    if (n != DISK_SECTORS * 512) {
        perror("read_disk");
        exit(2);
    }
    close(fd);
}

/* Issues one block request: header, optional data, status; returns status
 * (0xff if no used element) and the used length through *used_len. */
static uint8_t blk_request(Drv *d, uint32_t type, uint64_t sector, uint32_t data_len,
                           bool data_write, bool indirect, uint32_t *used_len)
{
    uint8_t *hdr = vd_host(d, RAM_BASE + HDR);
    put_le32(hdr, type);
    put_le32(hdr + 4, 0);
    put_le64(hdr + 8, sector);
    *vd_host(d, RAM_BASE + STATUS) = 0xff;
    Buf b[3] = { { RAM_BASE + HDR, 16, false } };
    int n = 1;
    if (data_len) {
        b[n++] = (Buf){ RAM_BASE + DATA, data_len, data_write };
    }
    b[n++] = (Buf){ RAM_BASE + STATUS, 1, true };
    if (indirect) {
        submit_indirect(d, 0, b, n);
    } else {
        submit(d, 0, b, n);
    }
    uint32_t id;
    if (!vd_get_used(d, 0, &id, used_len) || id != 0) {
        return 0xff;
    }
    return *vd_host(d, RAM_BASE + STATUS);
}

static Drv open_blk(GuestRam *ram, Irq *irq, Disk *k, int mode, BlockBackend **be)
{
    char err[256];
    *be = block_file_open(k->path, mode, err, sizeof(err));
    if (!*be) {
        fprintf(stderr, "%s\n", err);
        exit(2);
    }
    Drv d;
    vd_attach(&d, virtio_blk_create(ram, *be), ram, QSIZE, irq);
    return d;
}

static void test_blk_registers(Drv *d)
{
    CHECK(vd_rd(d, R_MAGIC) == 0x74726976);
    CHECK(vd_rd(d, R_VERSION) == 2);
    CHECK(vd_rd(d, R_DEVICE_ID) == 2);
    uint64_t f = vd_offered(d);
    CHECK(f & VIRTIO_F_VERSION_1);
    CHECK(f & VIRTIO_F_INDIRECT_DESC);
    CHECK(f & VIRTIO_F_EVENT_IDX);
    CHECK(f & (1u << 9));   /* FLUSH */
    CHECK(f & (1u << 6));   /* BLK_SIZE */
    CHECK(!(f & (1u << 5))); /* not RO */
    vd_wr(d, R_QSEL, 0);
    CHECK(vd_rd(d, R_QNUM_MAX) == 256);
    vd_wr(d, R_QSEL, 1);
    CHECK(vd_rd(d, R_QNUM_MAX) == 0);
    CHECK(virtio_mmio_ops.read(d->t, R_CONFIG, 8) == DISK_SECTORS);
    CHECK(virtio_mmio_ops.read(d->t, R_CONFIG + 4, 4) == 0);
    CHECK(virtio_mmio_ops.read(d->t, R_CONFIG + 20, 4) == 512);
    CHECK(virtio_mmio_ops.read(d->t, R_CONFIG + 20, 2) == 512);
    CHECK(virtio_mmio_ops.read(d->t, R_CONFIG + 21, 1) == 2);
}

static void test_blk_features(Drv *d)
{
    /* RING_PACKED (34) is not offered: FEATURES_OK must not latch. */
    uint32_t st = vd_negotiate(d, VIRTIO_F_VERSION_1 | (1ull << 34));
    CHECK(!(st & VIRTIO_STATUS_FEATURES_OK));
    /* A driver without VERSION_1 (xv6 writes only bits 0-31) gets
     * FEATURES_OK, as QEMU grants it. */
    st = vd_negotiate(d, 1u << 9);
    CHECK(st & VIRTIO_STATUS_FEATURES_OK);
    /* Without FEATURES_OK there is no DRIVER_OK (§3.1.1): the device never
     * runs on features nobody agreed on. */
    st = vd_negotiate(d, 1ull << 34);
    vd_wr(d, R_STATUS, st | VIRTIO_STATUS_DRIVER_OK);
    CHECK(!(vd_rd(d, R_STATUS) & VIRTIO_STATUS_DRIVER_OK));
    st = vd_negotiate(d, VIRTIO_F_VERSION_1 | (1u << 9));
    CHECK(st & VIRTIO_STATUS_FEATURES_OK);
}

static void test_blk_io(Drv *d, Disk *k, Irq *irq)
{
    uint8_t file[DISK_SECTORS * 512];
    uint32_t len;
    uint8_t *data = vd_host(d, RAM_BASE + DATA);

    int before = irq->raised;
    CHECK(blk_request(d, 0, 2, 1024, true, false, &len) == 0);  /* IN */
    CHECK(len == 1025);
    CHECK(memcmp(data, k->orig + 2 * 512, 1024) == 0);
    CHECK(irq->raised == before + 1);
    CHECK(vd_rd(d, R_INT_STATUS) == VIRTIO_INT_USED);
    vd_wr(d, R_INT_ACK, VIRTIO_INT_USED);
    CHECK(irq->level == 0 && vd_rd(d, R_INT_STATUS) == 0);

    for (int i = 0; i < 1024; i++) {
        data[i] = (uint8_t)(0xa5 ^ i);
    }
    CHECK(blk_request(d, 1, 5, 1024, false, false, &len) == 0);  /* OUT */
    CHECK(len == 1);
    read_disk(k, file);
    CHECK(memcmp(file + 5 * 512, data, 1024) == 0);
    CHECK(memcmp(file, k->orig, 5 * 512) == 0);
    memcpy(k->orig + 5 * 512, data, 1024);

    CHECK(blk_request(d, 4, 0, 0, false, false, &len) == 0);  /* FLUSH */
    memset(data, 0xee, 32);
    CHECK(blk_request(d, 8, 0, 20, true, false, &len) == 0);  /* GET_ID */
    CHECK(len == 21);
    CHECK(memcmp(data, "rvbox\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 20) == 0 && data[20] == 0xee);
    CHECK(blk_request(d, 99, 0, 0, false, false, &len) == 2);  /* unknown: UNSUPP */
    CHECK(blk_request(d, 11, 0, 0, false, false, &len) == 2);  /* DISCARD: UNSUPP */
    CHECK(blk_request(d, 0, DISK_SECTORS, 512, true, false, &len) == 1);  /* past end */
    CHECK(blk_request(d, 0, DISK_SECTORS - 1, 1024, true, false, &len) == 1);
    CHECK(blk_request(d, 1, UINT64_MAX, 512, false, false, &len) == 1);
    CHECK(blk_request(d, 0, 0, 100, true, false, &len) == 1);  /* not sector multiple */
    CHECK(blk_request(d, 0, DISK_SECTORS - 1, 512, true, false, &len) == 0);
    CHECK(memcmp(data, k->orig + (DISK_SECTORS - 1) * 512, 512) == 0);
}

static void test_blk_indirect(Drv *d, Disk *k)
{
    uint32_t len;
    uint8_t *data = vd_host(d, RAM_BASE + DATA);
    memset(data, 0, 2048);
    CHECK(blk_request(d, 0, 7, 2048, true, true, &len) == 0);
    CHECK(len == 2049);
    CHECK(memcmp(data, k->orig + 7 * 512, 2048) == 0);

    /* A header split over two readable descriptors, data in two pieces. */
    uint8_t *hdr = vd_host(d, RAM_BASE + HDR);
    put_le32(hdr, 0);
    put_le64(hdr + 8, 1);
    Buf b[5] = {
        { RAM_BASE + HDR, 4, false }, { RAM_BASE + HDR + 4, 12, false },
        { RAM_BASE + DATA, 100, true }, { RAM_BASE + DATA + 100, 412, true },
        { RAM_BASE + STATUS, 1, true },
    };
    memset(data, 0, 512);
    submit_indirect(d, 0, b, 5);
    uint32_t id;
    CHECK(vd_get_used(d, 0, &id, &len) && len == 513);
    CHECK(*vd_host(d, RAM_BASE + STATUS) == 0);
    CHECK(memcmp(data, k->orig + 512, 512) == 0);

    /* A direct descriptor followed by an indirect one (§2.7.5.3). */
    uint8_t *dt = vd_host(d, desc_addr(0));
    put_le64(hdr + 8, 4);
    vd_write_chain(vd_host(d, RAM_BASE + TABLE), b + 2, 3);
    vd_put_desc(dt, RAM_BASE + HDR, 16, VIRTQ_DESC_F_NEXT, 3);
    vd_put_desc(dt + 48, RAM_BASE + TABLE, 48, VIRTQ_DESC_F_INDIRECT, 0);
    vd_make_avail(d, 0, 0, true);
    CHECK(vd_get_used(d, 0, &id, &len) && id == 0 && len == 513);
    CHECK(memcmp(data, k->orig + 4 * 512, 512) == 0);
}

/* Status-less and header-less requests still get a used element. */
static void test_blk_malformed(Drv *d)
{
    uint32_t id, len;
    Buf nostatus[1] = { { RAM_BASE + HDR, 16, false } };
    submit(d, 0, nostatus, 1);
    CHECK(vd_get_used(d, 0, &id, &len) && len == 0);
    Buf shorthdr[2] = { { RAM_BASE + HDR, 8, false }, { RAM_BASE + STATUS, 1, true } };
    submit(d, 0, shorthdr, 2);
    CHECK(vd_get_used(d, 0, &id, &len) && len == 1 && *vd_host(d, RAM_BASE + STATUS) == 1);
    CHECK(!(vd_rd(d, R_STATUS) & VIRTIO_STATUS_NEEDS_RESET));
}

/* A broken chain must not hang or crash; the device asks for a reset. */
static void test_blk_bad_chain(Drv *d, Irq *irq, const Buf *b, int n, bool loop)
{
    CHECK(vd_init(d, 1, 0));
    vd_write_chain(vd_host(d, desc_addr(0)), b, n);
    if (loop) {
        put_le16(vd_host(d, desc_addr(0)) + 16 * (n - 1) + 12, VIRTQ_DESC_F_NEXT);
        put_le16(vd_host(d, desc_addr(0)) + 16 * (n - 1) + 14, 0);
    }
    int before = irq->raised;
    vd_make_avail(d, 0, 0, true);
    uint32_t id, len;
    CHECK(!vd_get_used(d, 0, &id, &len));
    CHECK(vd_rd(d, R_STATUS) & VIRTIO_STATUS_NEEDS_RESET);
    CHECK(vd_rd(d, R_INT_STATUS) & VIRTIO_INT_CONFIG);
    CHECK(irq->raised == before + 1);
    /* Further notifications are ignored until reset, then all is well. */
    vd_wr(d, R_NOTIFY, 0);
    CHECK(!vd_get_used(d, 0, &id, &len));
    vd_wr(d, R_STATUS, 0);
    CHECK(vd_rd(d, R_STATUS) == 0 && vd_rd(d, R_INT_STATUS) == 0 && irq->level == 0);
    CHECK(vd_init(d, 1, 0));
}

static void test_blk_errors(Drv *d, Irq *irq)
{
    Buf loop[2] = { { RAM_BASE + HDR, 16, false }, { RAM_BASE + STATUS, 1, true } };
    test_blk_bad_chain(d, irq, loop, 2, true);
    Buf outside[2] = { { 0x1000, 16, false }, { RAM_BASE + STATUS, 1, true } };
    test_blk_bad_chain(d, irq, outside, 2, false);
    Buf straddle[2] = { { RAM_BASE + RAM_SIZE - 8, 16, false },
                        { RAM_BASE + STATUS, 1, true } };
    test_blk_bad_chain(d, irq, straddle, 2, false);
    Buf order[3] = { { RAM_BASE + STATUS, 1, true }, { RAM_BASE + HDR, 16, false },
                     { RAM_BASE + STATUS, 1, true } };
    test_blk_bad_chain(d, irq, order, 3, false);
}

/* Indirect loops, nested tables, and tables without the feature. */
static void test_blk_bad_indirect(Drv *d, Irq *irq)
{
    uint8_t *table = vd_host(d, RAM_BASE + TABLE);
    uint32_t id, len;
    CHECK(vd_init(d, 1, 0));
    vd_put_desc(table, RAM_BASE + HDR, 16, VIRTQ_DESC_F_NEXT, 1);
    vd_put_desc(table + 16, RAM_BASE + STATUS, 1, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 0);
    vd_put_desc(vd_host(d, desc_addr(0)), RAM_BASE + TABLE, 32, VIRTQ_DESC_F_INDIRECT, 0);
    vd_make_avail(d, 0, 0, true);
    CHECK(!vd_get_used(d, 0, &id, &len) && (vd_rd(d, R_STATUS) & VIRTIO_STATUS_NEEDS_RESET));

    CHECK(vd_init(d, 1, 0));
    vd_put_desc(table, RAM_BASE + TABLE, 16, VIRTQ_DESC_F_INDIRECT, 0);
    vd_put_desc(vd_host(d, desc_addr(0)), RAM_BASE + TABLE, 16, VIRTQ_DESC_F_INDIRECT, 0);
    vd_make_avail(d, 0, 0, true);
    CHECK(!vd_get_used(d, 0, &id, &len) && (vd_rd(d, R_STATUS) & VIRTIO_STATUS_NEEDS_RESET));

    CHECK(vd_init(d, 1, 0));
    vd_put_desc(vd_host(d, desc_addr(0)), RAM_BASE + TABLE, 24, VIRTQ_DESC_F_INDIRECT, 0);
    vd_make_avail(d, 0, 0, true);
    CHECK(!vd_get_used(d, 0, &id, &len) && (vd_rd(d, R_STATUS) & VIRTIO_STATUS_NEEDS_RESET));

    CHECK(vd_init(d, 1, VIRTIO_F_INDIRECT_DESC));
    uint32_t st;
    CHECK(blk_request(d, 0, 0, 512, true, true, &st) == 0xff);
    CHECK(vd_rd(d, R_STATUS) & VIRTIO_STATUS_NEEDS_RESET);
    (void)irq;

    CHECK(vd_init(d, 1, 0));
}

/* Nothing is consumed before DRIVER_OK (virtio 1.2 §2.1.2), and a queue
 * that is not ready is never touched. */
static void test_blk_driver_ok(Drv *d, Disk *k)
{
    uint32_t st = vd_negotiate(d, vd_offered(d));
    vd_setup_queue(d, 0);
    uint8_t *hdr = vd_host(d, RAM_BASE + HDR);
    put_le32(hdr, 0);
    put_le64(hdr + 8, 3);
    Buf b[3] = { { RAM_BASE + HDR, 16, false }, { RAM_BASE + DATA, 512, true },
                 { RAM_BASE + STATUS, 1, true } };
    submit(d, 0, b, 3);
    uint32_t id, len;
    CHECK(!vd_get_used(d, 0, &id, &len));
    vd_wr(d, R_STATUS, st | VIRTIO_STATUS_DRIVER_OK);
    CHECK(vd_get_used(d, 0, &id, &len) && len == 513);
    CHECK(memcmp(vd_host(d, RAM_BASE + DATA), k->orig + 3 * 512, 512) == 0);
    /* Queue registers are frozen while the queue is ready. */
    vd_wr(d, R_QSEL, 0);
    vd_wr(d, R_QNUM, 8);
    CHECK(vd_rd(d, R_QNUM) == QSIZE);
    /* A queue size that is not a power of two is refused. */
    vd_negotiate(d, vd_offered(d));
    vd_wr(d, R_QSEL, 0);
    vd_wr(d, R_QNUM, 12);
    vd_wr(d, R_QREADY, 1);
    CHECK(vd_rd(d, R_QREADY) == 0);
    CHECK(vd_init(d, 1, 0));
}

/* With EVENT_IDX the driver chooses when it is interrupted (§2.7.10). */
static void test_blk_event_idx(Drv *d, Irq *irq)
{
    uint32_t len;
    CHECK(vd_init(d, 1, 0));
    uint8_t *avail = vd_host(d, avail_addr(0));
    put_le16(avail + 4 + 2 * QSIZE, 5);  /* used_event: interrupt after #6 */
    int before = irq->raised;
    for (int i = 0; i < 5; i++) {
        CHECK(blk_request(d, 4, 0, 0, false, false, &len) == 0);
    }
    CHECK(irq->raised == before && vd_rd(d, R_INT_STATUS) == 0);
    CHECK(blk_request(d, 4, 0, 0, false, false, &len) == 0);
    CHECK(irq->raised == before + 1);
    vd_wr(d, R_INT_ACK, VIRTIO_INT_USED);
    /* avail_event tells the driver where to notify next. */
    CHECK(get_le16(vd_host(d, used_addr(0)) + 4 + 8 * QSIZE) == 6);

    /* Without EVENT_IDX, NO_INTERRUPT suppresses the interrupt. */
    CHECK(vd_init(d, 1, VIRTIO_F_EVENT_IDX));
    put_le16(vd_host(d, avail_addr(0)), VIRTQ_AVAIL_F_NO_INTERRUPT);
    before = irq->raised;
    CHECK(blk_request(d, 4, 0, 0, false, false, &len) == 0);
    CHECK(irq->raised == before);
    put_le16(vd_host(d, avail_addr(0)), 0);
    CHECK(blk_request(d, 4, 0, 0, false, false, &len) == 0);
    CHECK(irq->raised == before + 1);
    vd_wr(d, R_INT_ACK, VIRTIO_INT_USED);
}

static void test_blk_rw(GuestRam *ram, Disk *k)
{
    Irq irq = { 0 };
    BlockBackend *be;
    Drv d = open_blk(ram, &irq, k, BLOCK_FILE_RW, &be);
    test_blk_registers(&d);
    test_blk_features(&d);
    CHECK(vd_init(&d, 1, 0));
    test_blk_io(&d, k, &irq);
    test_blk_indirect(&d, k);
    test_blk_malformed(&d);
    test_blk_errors(&d, &irq);
    test_blk_bad_indirect(&d, &irq);
    test_blk_driver_ok(&d, k);
    test_blk_event_idx(&d, &irq);
    vd_detach(&d);
    be->close(be);
}

/* Chains of 32 MiB segments (all of a 32 MiB RAM, each): 7 of them are
 * served (IOERR: past the disk's end); 9, more than VIRTQ_CHAIN_BYTES_MAX
 * in all though under the queue size, are a driver error. */
static void test_blk_chain_bytes(Disk *k)
{
    enum { BIG_RAM = 32 << 20 };
    GuestRam ram = vd_ram(BIG_RAM);
    Irq irq = { 0 };
    BlockBackend *be;
    Drv d = open_blk(&ram, &irq, k, BLOCK_FILE_RO, &be);
    Buf b[11];
    uint32_t id, len;
    for (int n = 7; n <= 9; n += 2) {
        CHECK(vd_init(&d, 1, 0));
        b[0] = (Buf){ RAM_BASE + HDR, 16, false };
        for (int i = 1; i <= n; i++) {
            b[i] = (Buf){ RAM_BASE, BIG_RAM, true };
        }
        b[n + 1] = (Buf){ RAM_BASE + STATUS, 1, true };
        memset(vd_host(&d, RAM_BASE + HDR), 0, 16);   /* T_IN, sector 0 */
        submit(&d, 0, b, n + 2);
        bool used = vd_get_used(&d, 0, &id, &len);
        bool reset = vd_rd(&d, R_STATUS) & VIRTIO_STATUS_NEEDS_RESET;
        CHECK(n == 7 ? used && *vd_host(&d, RAM_BASE + STATUS) == 1 && !reset : !used && reset);
    }
    vd_detach(&d);
    be->close(be);
    free(ram.host);
}

/* Read-only and snapshot modes never change the image. */
static void test_blk_ro_snapshot(GuestRam *ram, Disk *k)
{
    uint8_t file[DISK_SECTORS * 512];
    uint32_t len;
    Irq irq = { 0 };
    BlockBackend *be;
    Drv d = open_blk(ram, &irq, k, BLOCK_FILE_RO, &be);
    CHECK(vd_offered(&d) & (1u << 5));
    CHECK(vd_init(&d, 1, 0));
    uint8_t *data = vd_host(&d, RAM_BASE + DATA);
    memset(data, 0x11, 512);
    CHECK(blk_request(&d, 1, 0, 512, false, false, &len) == 1);
    CHECK(blk_request(&d, 4, 0, 0, false, false, &len) == 0);
    CHECK(blk_request(&d, 0, 0, 512, true, false, &len) == 0);
    CHECK(memcmp(data, k->orig, 512) == 0);
    vd_detach(&d);
    be->close(be);
    read_disk(k, file);
    CHECK(memcmp(file, k->orig, sizeof(file)) == 0);

    d = open_blk(ram, &irq, k, BLOCK_FILE_SNAPSHOT, &be);
    CHECK(!(vd_offered(&d) & (1u << 5)));
    CHECK(vd_init(&d, 1, 0));
    for (int s = 0; s < DISK_SECTORS; s += 3) {  /* enough to grow the table */
        memset(data, s, 512);
        CHECK(blk_request(&d, 1, (uint64_t)s, 512, false, false, &len) == 0);
    }
    memset(data, 0x22, 1024);
    CHECK(blk_request(&d, 1, 9, 1024, false, false, &len) == 0);
    memset(data, 0, 4096);
    CHECK(blk_request(&d, 0, 8, 4096, true, false, &len) == 0);
    CHECK(memcmp(data, k->orig + 8 * 512, 512) == 0);
    CHECK(data[512] == 0x22 && data[1535] == 0x22);
    CHECK(memcmp(data + 1536, k->orig + 11 * 512, 512) == 0 && data[2048] == 0x0c);
    CHECK(blk_request(&d, 4, 0, 0, false, false, &len) == 0);
    vd_detach(&d);
    be->close(be);
    read_disk(k, file);
    CHECK(memcmp(file, k->orig, sizeof(file)) == 0);
}

static void test_block_file_errors(Disk *k)
{
    char err[256] = "";
    CHECK(!block_file_open("/nonexistent/rvbox.img", 0, err, sizeof(err)));
    CHECK(strstr(err, "/nonexistent/rvbox.img") && strstr(err, "No such file"));
    BlockBackend *a = block_file_open(k->path, BLOCK_FILE_RW, err, sizeof(err));
    CHECK(a != NULL);
    CHECK(!block_file_open(k->path, BLOCK_FILE_RW, err, sizeof(err)));
    CHECK(strstr(err, "locked") != NULL);
    uint8_t buf[512];
    CHECK(a && block_read(a, DISK_SECTORS, buf, 1) < 0);
    CHECK(a && block_write(a, DISK_SECTORS - 1, buf, 2) < 0);
    if (a) {
        a->close(a);
    }
}

/* --- virtio-console ---------------------------------------------------- */

static void test_console(GuestRam *ram)
{
    Irq irq = { 0 };
    CharRec rec;
    charrec_init(&rec);
    Drv d;
    vd_attach(&d, virtio_console_create(ram, &rec.cb, 80, 25), ram, QSIZE, &irq);
    uint32_t id, len;
    CHECK(vd_rd(&d, R_DEVICE_ID) == 3);
    CHECK(vd_offered(&d) & 1);  /* F_SIZE */
    CHECK(virtio_mmio_ops.read(d.t, R_CONFIG, 2) == 80);
    CHECK(virtio_mmio_ops.read(d.t, R_CONFIG + 2, 2) == 25);
    CHECK(!virtio_console_ready(d.v));
    CHECK(virtio_console_receive(d.v, (const uint8_t *)"x", 1) == 0);
    CHECK(vd_init(&d, 2, 0));
    CHECK(virtio_console_ready(d.v));
    CHECK(virtio_console_receive(d.v, (const uint8_t *)"x", 1) == 0);  /* no buffers */

    memcpy(vd_host(&d, RAM_BASE + DATA), "hello, ", 7);
    memcpy(vd_host(&d, RAM_BASE + DATA + 100), "world", 5);
    Buf tx[2] = { { RAM_BASE + DATA, 7, false }, { RAM_BASE + DATA + 100, 5, false } };
    int before = irq.raised;
    submit(&d, 1, tx, 2);
    CHECK(rec.len == 12 && memcmp(rec.buf, "hello, world", 12) == 0);
    CHECK(vd_get_used(&d, 1, &id, &len) && len == 0);
    CHECK(irq.raised == before + 1);
    vd_wr(&d, R_INT_ACK, VIRTIO_INT_USED);

    Buf rx[1] = { { RAM_BASE + DATA + 0x1000, 8, true } };
    submit(&d, 0, rx, 1);
    CHECK(virtio_console_receive(d.v, (const uint8_t *)"abcdefghij", 10) == 8);
    CHECK(vd_get_used(&d, 0, &id, &len) && len == 8);
    CHECK(memcmp(vd_host(&d, RAM_BASE + DATA + 0x1000), "abcdefgh", 8) == 0);
    CHECK(virtio_console_receive(d.v, (const uint8_t *)"ij", 2) == 0);
    CHECK(irq.raised == before + 2);
    vd_wr(&d, R_INT_ACK, VIRTIO_INT_USED);

    uint32_t gen = vd_rd(&d, R_GEN);
    virtio_console_resize(d.v, 132, 43);
    CHECK(vd_rd(&d, R_GEN) != gen);
    CHECK(virtio_mmio_ops.read(d.t, R_CONFIG, 4) == (43u << 16 | 132));
    CHECK(vd_rd(&d, R_INT_STATUS) == VIRTIO_INT_CONFIG && irq.level);
    vd_wr(&d, R_INT_ACK, VIRTIO_INT_CONFIG);
    CHECK(!irq.level);

    virtio_mmio_ops.write(d.t, R_CONFIG + 8, '!', 4);  /* emerg_wr */
    CHECK(rec.len == 13 && rec.buf[12] == '!');
    vd_detach(&d);
}

int main(void)
{
    GuestRam ram = vd_ram(RAM_SIZE);
    Disk k;
    make_disk(&k);
    test_blk_rw(&ram, &k);
    test_blk_ro_snapshot(&ram, &k);
    test_blk_chain_bytes(&k);
    test_block_file_errors(&k);
    test_console(&ram);
    unlink(k.path);
    free(ram.host);
    return t_summary("test_virtio");
}
