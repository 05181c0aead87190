/* libFuzzer target: three virtio devices behind the virtio-mmio transport
 * (virtio 1.2 §4.2.2), driven by a guest that may do anything: a
 * virtio-blk disk on a real raw image (block_file_open, snapshot mode, so
 * the file is never written; read-only when the input says so), a
 * virtio-rng and a virtio-serial console whose host side records output
 * and offers input. All three are made through the device registry
 * (DeviceInfo.create), as the board makes them. The input is a sequence of
 * operations: MMIO reads and writes of any offset and size into a
 * device's register window, writes into guest RAM (so rings and requests
 * are the input's), and shortcuts a driver would take (bring a device up,
 * post a descriptor chain, build a disk request, notify, console input and
 * resize, the per-slice update, a save/load round trip).
 *
 * What must hold after every operation: no crash, no sanitizer report; the
 * interrupt line is high exactly while InterruptStatus is not 0; a queue
 * that reads ready passes virtq_check; no disk request is left in flight
 * (the image backend completes at once); every iovec handed to the disk
 * backend and every console write that points into guest RAM lies wholly
 * inside it (the one console write from outside RAM is the single
 * emergency-write byte); the state a device saves loads back and saves the
 * same again. After the input, the image file is unchanged.
 *
 * Input: byte 0 (bit 0: the image is opened read-only), then operations,
 * each an op byte (low nibble: the operation, high nibble % 3: the device,
 * 0 disk, 1 rng, 2 console) and its operands; see run_op().
 *
 * "--write-seeds DIR" writes the seeds of corpus/virtio_mmio/. See README.md. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "devices/block.h"
#include "devices/chardev.h"
#include "devices/device.h"
#include "devices/guest_ram.h"
#include "devices/host/block_file.h"
#include "devices/state.h"
#include "devices/virtio/virtio.h"
#include "devices/virtio/virtio_mmio.h"
#include "tests/fuzz/fuzzlib.h"
#include "tests/fuzz/seed.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE 0x20000u
enum { NDEV = 3, DEV_BLK = 0, DEV_RNG = 1, DEV_CON = 2 };
enum { QSIZE = 16, OPS_MAX = 256, IMAGE_SECTORS = 128 };
/* Guest RAM of the shortcuts: queue q of device d at RING(d, q) (descriptors,
 * an indirect table at +0x400, the available ring at +0x800, the used ring
 * at +0xc00), buffers in DATA, disk requests in 4 KiB slots of BLK_AREA. */
#define RING(d, q) (0x1000u * (2 * (d) + (q)))
#define DATA 0x8000u
#define BLK_AREA 0x18000u

/* virtio-mmio registers (§4.2.2). */
enum {
    R_DEV_FEAT = 0x010, R_DEV_FEAT_SEL = 0x014, R_DRV_FEAT = 0x020, R_DRV_FEAT_SEL = 0x024,
    R_QSEL = 0x030, R_QNUM = 0x038, R_QREADY = 0x044, R_NOTIFY = 0x050, R_INT_STATUS = 0x060,
    R_INT_ACK = 0x064, R_STATUS = 0x070, R_QDESC = 0x080, R_QDRIVER = 0x090, R_QDEVICE = 0x0a0,
};

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_virtio_mmio: %s\n", what);
    abort();
}

static uint8_t *ram_host;
static GuestRam ram;

/* True when [p, p + len) lies inside guest RAM. */
static bool in_ram(const void *p, size_t len)
{
    uintptr_t a = (uintptr_t)p, base = (uintptr_t)ram_host;
    return a >= base && a - base <= RAM_SIZE && len <= RAM_SIZE - (a - base);
}

/* --- the disk: a checking BlockBackend in front of the image file ---------- */

typedef struct Disk {
    BlockBackend base;
    BlockBackend *file;
} Disk;

static char image_path[64];
static struct stat image_st;

static void disk_submit(BlockBackend *b, BlockRequest *req)
{
    Disk *d = (Disk *)b;
    if (req->op != BLOCK_READ && req->op != BLOCK_WRITE && req->op != BLOCK_FLUSH) {
        fail("a disk request of no known kind");
    }
    if (req->iovcnt < 0 || (req->iovcnt > 0 && !req->iov) || !req->complete) {
        fail("a malformed disk request");
    }
    for (int i = 0; i < req->iovcnt; i++) {
        if (!req->iov[i].iov_base || !in_ram(req->iov[i].iov_base, req->iov[i].iov_len)) {
            fail("a disk iovec outside guest RAM");
        }
    }
    d->file->submit(d->file, req);
}

/* --- the console: records guest output --------------------------------------- */

typedef struct Console {
    CharBackend cb;
    uint8_t last[4096];
    size_t total;
} Console;

static void con_write(CharBackend *c, const uint8_t *buf, size_t len)
{
    Console *con = (Console *)c;
    if (!buf || (!in_ram(buf, len) && len != 1)) {
        fail("console output from outside guest RAM");
    }
    size_t n = len < sizeof(con->last) ? len : sizeof(con->last);
    memcpy(con->last, buf, n);   /* every byte is read: ASan checks them */
    con->total += len;
}

/* --- the board ------------------------------------------------------------------ */

typedef struct Dev {
    VirtioDevice *v;
    VirtioMmio *t;
    int level;                   /* the interrupt line as the transport drives it */
    uint16_t avail_idx[2], next_desc[2];
} Dev;

typedef struct Board {
    Dev dev[NDEV];
    Disk disk;
    bool disk_taken;
    unsigned blk_slot;           /* the BLK_AREA slot of the next disk request */
    Console con;
} Board;

static Board board;

static void irq_set(void *ctx, int irq, int level)
{
    board.dev[irq].level = level;
}

static void *ctx_backend(void *b, enum BackendKind kind, const char *id, char *err,
                         size_t errlen)
{
    Board *bd = b;
    if (kind != BACKEND_BLOCK || strcmp(id, "disk") != 0 || bd->disk_taken) {
        snprintf(err, errlen, "no backend %s", id);
        return NULL;
    }
    bd->disk_taken = true;
    return &bd->disk.base;
}

static const char *const dev_names[NDEV] = {
    "virtio-blk-device", "virtio-rng-device", "virtio-serial-device",
};

static void board_create(bool read_only)
{
    char err[200];
    memset(&board, 0, sizeof(board));
    chardev_init(&board.con.cb);
    board.con.cb.write = con_write;
    board.disk.file = block_file_open(image_path, read_only ? BLOCK_FILE_RO : BLOCK_FILE_SNAPSHOT,
                                      err, sizeof(err));
    if (!board.disk.file) {
        fail(err);
    }
    board.disk.base = (BlockBackend){ .sectors = board.disk.file->sectors,
                                      .read_only = board.disk.file->read_only,
                                      .submit = disk_submit };
    for (int i = 0; i < NDEV; i++) {
        const DeviceInfo *info = device_find(dev_names[i]);
        DeviceCtx ctx = { .board = &board, .ram = &ram, .irq = { irq_set, NULL, i },
                          .instance = 0, .timebase_hz = 10000000, .sync_io = true,
                          .console = &board.con.cb, .backend = ctx_backend };
        Opts opts = { 0 };
        if (!info || !info->virtio || (i == DEV_BLK && opts_add(&opts, "drive", "disk") != 0)) {
            fail("a device is not registered");
        }
        board.dev[i].v = info->create(&ctx, &opts, err, sizeof(err));
        opts_free(&opts);
        if (!board.dev[i].v) {
            fail(err);
        }
        board.dev[i].t = virtio_mmio_create(board.dev[i].v, ctx.irq);
        if (!board.dev[i].t) {
            fail("out of memory");
        }
    }
}

static void board_destroy(void)
{
    for (int i = 0; i < NDEV; i++) {
        virtio_mmio_destroy(board.dev[i].t);
        virtio_device_destroy(board.dev[i].v);
    }
    board.disk.file->close(board.disk.file);
    if (board.con.cb.nfe != 0) {
        fail("a destroyed device is still attached to the console");
    }
}

/* --- what a driver does ------------------------------------------------------------ */

static uint64_t rd(int d, uint64_t off, int size)
{
    return virtio_mmio_ops.read(board.dev[d].t, off, size);
}

static void wr(int d, uint64_t off, uint64_t v, int size)
{
    virtio_mmio_ops.write(board.dev[d].t, off, v, size);
}

static uint8_t *host(uint32_t off) { return ram_host + off; }

static void setup_queue(int d, unsigned q)
{
    uint64_t ring = RAM_BASE + RING(d, q);
    memset(host(RING(d, q)), 0, 0x1000);
    wr(d, R_QSEL, q, 4);
    wr(d, R_QNUM, QSIZE, 4);
    wr(d, R_QDESC, (uint32_t)ring, 4);
    wr(d, R_QDESC + 4, ring >> 32, 4);
    wr(d, R_QDRIVER, (uint32_t)(ring + 0x800), 4);
    wr(d, R_QDRIVER + 4, (ring + 0x800) >> 32, 4);
    wr(d, R_QDEVICE, (uint32_t)(ring + 0xc00), 4);
    wr(d, R_QDEVICE + 4, (ring + 0xc00) >> 32, 4);
    wr(d, R_QREADY, 1, 4);
    board.dev[d].avail_idx[q] = board.dev[d].next_desc[q] = 0;
}

/* Brings device d up (§3.1.1). how: bit 0 drops EVENT_IDX, bit 1
 * INDIRECT_DESC, bit 2 the device's own features, bit 3 VERSION_1 (so
 * FEATURES_OK does not stick), bit 4 leaves DRIVER_OK unset. */
static void driver_up(int d, uint8_t how)
{
    const uint32_t ack = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER;
    wr(d, R_STATUS, 0, 4);
    wr(d, R_STATUS, VIRTIO_STATUS_ACKNOWLEDGE, 4);
    wr(d, R_STATUS, ack, 4);
    wr(d, R_DEV_FEAT_SEL, 0, 4);
    uint64_t f = rd(d, R_DEV_FEAT, 4);
    wr(d, R_DEV_FEAT_SEL, 1, 4);
    f |= rd(d, R_DEV_FEAT, 4) << 32;
    f &= ~((how & 1 ? VIRTIO_F_EVENT_IDX : 0) | (how & 2 ? VIRTIO_F_INDIRECT_DESC : 0) |
           (how & 4 ? 0xffffffull : 0) | (how & 8 ? VIRTIO_F_VERSION_1 : 0));
    wr(d, R_DRV_FEAT_SEL, 0, 4);
    wr(d, R_DRV_FEAT, (uint32_t)f, 4);
    wr(d, R_DRV_FEAT_SEL, 1, 4);
    wr(d, R_DRV_FEAT, f >> 32, 4);
    wr(d, R_STATUS, ack | VIRTIO_STATUS_FEATURES_OK, 4);
    for (unsigned q = 0; q < board.dev[d].v->cls->num_queues; q++) {
        setup_queue(d, q);
    }
    if (!(how & 16)) {
        wr(d, R_STATUS, ack | VIRTIO_STATUS_FEATURES_OK | VIRTIO_STATUS_DRIVER_OK, 4);
    }
}

static void put_desc(uint32_t at, uint64_t addr, uint32_t len, uint16_t flags, uint16_t next)
{
    put_le64(host(at), addr);
    put_le32(host(at + 8), len);
    put_le16(host(at + 12), flags);
    put_le16(host(at + 14), next);
}

typedef struct Seg {
    uint64_t addr;
    uint32_t len;
    bool writable;
} Seg;

/* Makes segs[0, n) available on queue q of device d as one chain, in the
 * descriptor table or (indirect) in the queue's indirect table. */
static void post(int d, unsigned q, const Seg *segs, unsigned n, bool indirect, bool notify)
{
    Dev *dv = &board.dev[d];
    uint32_t ring = RING(d, q);
    uint16_t head = dv->next_desc[q] % QSIZE;
    if (indirect) {
        for (unsigned i = 0; i < n; i++) {
            put_desc(ring + 0x400 + 16 * i, segs[i].addr, segs[i].len,
                     (uint16_t)((segs[i].writable ? VIRTQ_DESC_F_WRITE : 0) |
                                (i + 1 < n ? VIRTQ_DESC_F_NEXT : 0)),
                     (uint16_t)(i + 1));
        }
        put_desc(ring + 16 * head, RAM_BASE + ring + 0x400, 16 * n, VIRTQ_DESC_F_INDIRECT, 0);
        dv->next_desc[q]++;
    } else {
        for (unsigned i = 0; i < n; i++) {
            uint16_t slot = dv->next_desc[q]++ % QSIZE;
            put_desc(ring + 16 * slot, segs[i].addr, segs[i].len,
                     (uint16_t)((segs[i].writable ? VIRTQ_DESC_F_WRITE : 0) |
                                (i + 1 < n ? VIRTQ_DESC_F_NEXT : 0)),
                     (uint16_t)((slot + 1) % QSIZE));
        }
    }
    uint8_t *avail = host(ring + 0x800);
    put_le16(avail + 4 + 2 * (dv->avail_idx[q] % QSIZE), head);
    put_le16(avail + 2, ++dv->avail_idx[q]);
    if (notify) {
        wr(d, R_NOTIFY, q, 4);
    }
}

/* --- the input ------------------------------------------------------------------------ */

typedef struct In {
    const uint8_t *p;
    size_t n;
} In;

static uint32_t take(In *in, int bytes)
{
    uint32_t v = 0;
    for (int i = 0; i < bytes; i++) {
        if (in->n) {
            v |= (uint32_t)*in->p++ << (8 * i);
            in->n--;
        }
    }
    return v;
}

static const int sizes[4] = { 4, 1, 2, 8 };

/* A disk request in slot k of BLK_AREA: header, data, status byte.
 *   type: 0-3 IN, OUT, FLUSH, GET_ID; otherwise the byte is the type
 *   layout: bits 0-3 sectors of data; bit 4 data in two descriptors;
 *   bit 5 indirect; bit 6 one byte more data (not whole sectors);
 *   bit 7 no notify */
static void blk_request(In *in)
{
    static const uint32_t types[4] = { 0, 1, 4, 8 };
    uint8_t t = (uint8_t)take(in, 1);
    uint32_t sector = take(in, 4);
    uint8_t layout = (uint8_t)take(in, 1);
    uint32_t slot = BLK_AREA + 0x1000 * (board.blk_slot++ % 8);
    uint32_t data_len = (layout & 15) * 256 + (layout & 64 ? 1 : 0);
    uint32_t type = t < 4 ? types[t] : t;
    bool out = type == 1;
    put_le32(host(slot), type);
    put_le32(host(slot + 4), 0);
    put_le64(host(slot + 8), sector % 4 == 0 ? sector % (IMAGE_SECTORS + 4) : sector);
    Seg s[4];
    unsigned n = 0;
    s[n++] = (Seg){ RAM_BASE + slot, 16, false };
    if (data_len && (layout & 16)) {
        s[n++] = (Seg){ RAM_BASE + slot + 16, data_len / 2, !out };
        s[n++] = (Seg){ RAM_BASE + slot + 16 + data_len / 2, data_len - data_len / 2, !out };
    } else if (data_len) {
        s[n++] = (Seg){ RAM_BASE + slot + 16, data_len, !out };
    }
    s[n++] = (Seg){ RAM_BASE + slot + 0xfff, 1, true };
    post(DEV_BLK, 0, s, n, layout & 32, !(layout & 128));
}

/* Saves device d, loads the state back, and saves again: the same bytes. */
static void save_load(int d)
{
    StateWriter saved;
    const char *why = fuzz_virtio_round_trip(board.dev[d].t, board.dev[d].v, &saved);
    state_writer_free(&saved);
    if (why) {
        fail(why);
    }
}

/* One operation; false at the end of the input. */
static bool run_op(In *in)
{
    if (!in->n) {
        return false;
    }
    uint8_t op = (uint8_t)take(in, 1);
    int d = (op >> 4) % NDEV;
    switch (op & 15) {
    case 0: {   /* MMIO write: u16 offset, u8 size, value (u32, or u64 for size 8) */
        uint64_t off = take(in, 2) % VIRTIO_MMIO_SIZE;
        int size = sizes[take(in, 1) & 3];
        uint64_t v = take(in, 4);
        if (size == 8) {
            v |= (uint64_t)take(in, 4) << 32;
        }
        if (off + (uint64_t)size <= VIRTIO_MMIO_SIZE) {
            wr(d, off, v, size);
        }
        break;
    }
    case 1: {   /* MMIO read: u16 offset, u8 size */
        uint64_t off = take(in, 2) % VIRTIO_MMIO_SIZE;
        int size = sizes[take(in, 1) & 3];
        if (off + (uint64_t)size <= VIRTIO_MMIO_SIZE) {
            rd(d, off, size);
        }
        break;
    }
    case 2: {   /* RAM write: u16 address / 2, u8 length, bytes */
        uint32_t at = take(in, 2) * 2;
        uint32_t len = take(in, 1);
        for (uint32_t i = 0; i < len && at + i < RAM_SIZE; i++) {
            ram_host[at + i] = (uint8_t)take(in, 1);
        }
        break;
    }
    case 3:     /* bring up: u8 how (driver_up) */
        driver_up(d, (uint8_t)take(in, 1));
        break;
    case 4: {   /* a chain: u8 shape, then per segment u16 offset in DATA, u16 length,
                 * u8 flags (bit 0 writable); shape bits 0-1 segments - 1, bit 2 queue 1,
                 * bit 3 indirect, bit 4 no notify */
        uint8_t shape = (uint8_t)take(in, 1);
        Seg s[4];
        unsigned n = 1 + (shape & 3);
        for (unsigned i = 0; i < n; i++) {
            uint32_t off = take(in, 2);
            uint32_t len = take(in, 2);
            s[i] = (Seg){ RAM_BASE + DATA + off, len, take(in, 1) & 1 };
        }
        post(d, (shape >> 2) & 1, s, n, shape & 8, !(shape & 16));
        break;
    }
    case 5:
        blk_request(in);
        break;
    case 6:     /* notify: u8 queue */
        wr(d, R_NOTIFY, take(in, 1), 4);
        break;
    case 7: {   /* console input: u8 length, bytes */
        uint8_t buf[256];
        size_t len = take(in, 1);
        for (size_t i = 0; i < len; i++) {
            buf[i] = (uint8_t)take(in, 1);
        }
        size_t took = chardev_input(&board.con.cb, buf, len);
        if (took > len) {
            fail("the console took more input than it was offered");
        }
        break;
    }
    case 8: {   /* console resize: u16 cols, u16 rows */
        int cols = (int)take(in, 2), rows = (int)take(in, 2);
        chardev_resize(&board.con.cb, cols, rows);
        break;
    }
    case 9:     /* a slice: every device's update */
        for (int i = 0; i < NDEV; i++) {
            VirtioDevice *v = board.dev[i].v;
            if (v->cls->update) {
                v->cls->update(v, v->dev);
            }
        }
        break;
    case 10:
        save_load(d);
        break;
    case 11:    /* the interrupt handler: acknowledge what is pending */
        wr(d, R_INT_ACK, rd(d, R_INT_STATUS, 4), 4);
        break;
    default:
        break;
    }
    return true;
}

/* The invariants that hold between operations. */
static void check_board(void)
{
    for (int i = 0; i < NDEV; i++) {
        VirtioDevice *v = board.dev[i].v;
        if (board.dev[i].level != (v->isr != 0)) {
            fail("the interrupt line does not follow InterruptStatus");
        }
        if (v->inflight != 0) {
            fail("a disk request was left in flight");
        }
        for (unsigned q = 0; q < v->cls->num_queues; q++) {
            if (v->queue[q].ready && virtq_check(&v->queue[q], &ram, VIRTIO_QUEUE_MAX) != 0) {
                fail("a ready queue does not pass virtq_check");
            }
        }
    }
}

/* The disk image, made once: IMAGE_SECTORS sectors of a pattern. */
static void setup(void)
{
    static uint8_t sector[SECTOR_SIZE];
    snprintf(image_path, sizeof(image_path), "/tmp/rvbox-fuzz-vmmio-XXXXXX");
    int fd = mkstemp(image_path);
    if (fd < 0) {
        fail("cannot create the disk image");
    }
    for (int s = 0; s < IMAGE_SECTORS; s++) {
        for (int i = 0; i < SECTOR_SIZE; i++) {
            sector[i] = (uint8_t)(s * 31 + i);
        }
        if (write(fd, sector, sizeof(sector)) != (ssize_t)sizeof(sector)) {
            fail("cannot write the disk image");
        }
    }
    if (fstat(fd, &image_st) != 0) {
        fail("cannot stat the disk image");
    }
    close(fd);
    ram_host = malloc(RAM_SIZE);
    if (!ram_host) {
        fail("out of memory");
    }
    ram = (GuestRam){ .host = ram_host, .base = RAM_BASE, .size = RAM_SIZE };
}

static void cleanup(void)
{
    unlink(image_path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ram_host) {
        setup();
        atexit(cleanup);
    }
    if (size == 0) {
        return 0;
    }
    memset(ram_host, 0, RAM_SIZE);
    board_create(data[0] & 1);
    In in = { data + 1, size - 1 };
    for (int i = 0; i < OPS_MAX && run_op(&in); i++) {
        check_board();
    }
    board_destroy();
    struct stat st;
    if (stat(image_path, &st) != 0 || st.st_size != image_st.st_size ||
        st.st_mtim.tv_sec != image_st.st_mtim.tv_sec ||
        st.st_mtim.tv_nsec != image_st.st_mtim.tv_nsec) {
        fail("the disk image changed");
    }
    return 0;
}

/* --- seeds ----------------------------------------------------------------------------- */

static void op(Seed *s, int code, int dev) { s8(s, (unsigned)(dev << 4 | code)); }

static void op_ram(Seed *s, uint32_t at, const void *p, unsigned len)
{
    op(s, 2, 0);
    s16(s, at / 2);
    s8(s, len);
    for (unsigned i = 0; i < len; i++) {
        s8(s, ((const uint8_t *)p)[i]);
    }
}

static void op_blk(Seed *s, unsigned type, uint32_t sector, unsigned layout)
{
    op(s, 5, DEV_BLK);
    s8(s, type);
    s32(s, sector);
    s8(s, layout);
}

static void op_chain(Seed *s, int dev, unsigned shape, const unsigned (*seg)[3])
{
    op(s, 4, dev);
    s8(s, shape);
    for (unsigned i = 0; i < 1 + (shape & 3); i++) {
        s16(s, seg[i][0]);
        s16(s, seg[i][1]);
        s8(s, seg[i][2]);
    }
}

/* Requests of every kind on the disk, one write read back. */
static void seed_blk(Seed *s)
{
    s8(s, 0);
    op(s, 3, DEV_BLK);
    s8(s, 0);
    op_ram(s, BLK_AREA + 16, "written by the guest", 20);
    op_blk(s, 1, 4, 2);         /* OUT, sector 4, 512 bytes */
    op_blk(s, 0, 4, 2 | 16);    /* IN, the same, in two descriptors */
    op_blk(s, 0, 8, 4 | 32);    /* IN, indirect */
    op_blk(s, 2, 0, 0);         /* FLUSH */
    op_blk(s, 3, 0, 1);         /* GET_ID */
    op_blk(s, 0, 127, 4);       /* IN past the end */
    op_blk(s, 0, 0, 1 | 64);    /* IN of 257 bytes */
    op_blk(s, 0x55, 0, 1);      /* an unknown type */
    op(s, 11, DEV_BLK);
    op(s, 10, DEV_BLK);
}

/* The console: output, input into posted buffers, resize, emergency write. */
static void seed_console(Seed *s)
{
    static const unsigned tx[2][3] = { { 0x100, 6, 0 }, { 0x200, 7, 0 } };
    static const unsigned rx[1][3] = { { 0x400, 64, 1 } };
    s8(s, 0);
    op(s, 3, DEV_CON);
    s8(s, 0);
    op_ram(s, DATA + 0x100, "hello ", 6);
    op_ram(s, DATA + 0x200, "world\r\n", 7);
    op_chain(s, DEV_CON, 1 | 4, tx);        /* transmitq0, two segments */
    op_chain(s, DEV_CON, 0, rx);            /* receiveq0 */
    op(s, 7, DEV_CON);
    s8(s, 5);
    for (int i = 0; i < 5; i++) {
        s8(s, 'a' + i);
    }
    op(s, 8, DEV_CON);
    s16(s, 132);
    s16(s, 43);
    op(s, 9, DEV_CON);
    op(s, 0, DEV_CON);                      /* emerg_wr = '!' */
    s16(s, 0x108);
    s8(s, 0);
    s32(s, '!');
    op(s, 1, DEV_CON);                      /* config: cols */
    s16(s, 0x100);
    s8(s, 2);
    op(s, 11, DEV_CON);
    op(s, 10, DEV_CON);
}

/* Entropy into an indirect chain and a plain one. */
static void seed_rng(Seed *s)
{
    static const unsigned bufs[3][3] = { { 0x1000, 100, 1 }, { 0x2000, 3000, 1 },
                                         { 0x3000, 1, 1 } };
    s8(s, 0);
    op(s, 3, DEV_RNG);
    s8(s, 1);                               /* no EVENT_IDX */
    op_chain(s, DEV_RNG, 2 | 8, bufs);
    op_chain(s, DEV_RNG, 0, bufs + 1);
    op(s, 10, DEV_RNG);
}

/* Drivers that get things wrong: no VERSION_1, buffers before DRIVER_OK,
 * a queue enabled outside RAM, a chain with a readable part after a
 * writable one; a read-only disk asked to write. */
static void seed_misuse(Seed *s)
{
    static const unsigned bad[2][3] = { { 0x100, 16, 1 }, { 0x200, 16, 0 } };
    s8(s, 1);
    op(s, 3, DEV_RNG);
    s8(s, 8);                               /* FEATURES_OK refused */
    op(s, 3, DEV_BLK);
    s8(s, 16);                              /* not DRIVER_OK yet */
    op_blk(s, 1, 0, 1);                     /* OUT on a read-only image */
    op(s, 0, DEV_BLK);                      /* ... now DRIVER_OK */
    s16(s, R_STATUS);
    s8(s, 0);
    s32(s, 15);
    op(s, 0, DEV_CON);                      /* queue 0 at 0x10 */
    s16(s, R_QDESC);
    s8(s, 0);
    s32(s, 0x10);
    op(s, 0, DEV_CON);
    s16(s, R_QREADY);
    s8(s, 0);
    s32(s, 1);
    op(s, 3, DEV_CON);
    s8(s, 0);
    op_chain(s, DEV_CON, 1 | 4, bad);
    op(s, 1, DEV_CON);
    s16(s, R_STATUS);
    s8(s, 0);
}

int fuzz_write_seeds(const char *dir)
{
    static const struct {
        const char *name;
        void (*make)(Seed *s);
    } seeds[] = {
        { "blk", seed_blk }, { "console", seed_console }, { "rng", seed_rng },
        { "misuse", seed_misuse },
    };
    for (size_t i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++) {
        static Seed s;
        char name[64];
        s.n = 0;
        seeds[i].make(&s);
        snprintf(name, sizeof(name), "%s.bin", seeds[i].name);
        if (fuzz_save(dir, name, s.b, s.n) != 0) {
            return -1;
        }
    }
    return 0;
}

