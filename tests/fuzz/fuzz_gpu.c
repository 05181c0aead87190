/* libFuzzer target: the virtio-gpu device (devices/virtio/virtio_gpu.c)
 * behind virtio-mmio, made through the device registry, driven by a guest
 * that may do anything, on a Display whose listener reads every pixel it
 * is pointed at (so ASan sees a surface or cursor outside live memory).
 *
 * Input: byte 0 picks the options (bits 0-1 max_hostmem 64K/256K/1M/4M,
 * bit 2 edid=off, bits 3-4 xres x yres 1024x768/640x480/1x1/8192x8192),
 * then operations, each an op byte (low nibble) and its operands; see
 * run_op(). Besides raw MMIO, RAM writes and raw chains, the shortcuts
 * build well-formed controlq commands (of any field values, optionally cut
 * short, fenced, with a small response buffer, entries inline or in their
 * own descriptor), cursorq commands, host resizes and save/load.
 *
 * What must hold after every operation: no crash or sanitizer report; the
 * interrupt line follows InterruptStatus; a ready queue passes
 * virtq_check; a saved state loads back and saves the same bytes. While
 * the harness alone has driven the device since its last bring-up (no raw
 * MMIO, raw chains or writes to the rings), a small model of resources,
 * backings and scanout predicts every controlq answer: the response type
 * (the spec's error for every bad request), used.len (the response cut to
 * the room given), the fence echoed, the EDID checksum, the display size,
 * max_hostmem never exceeded; and the display shows exactly the modelled
 * scanout.
 *
 * "--write-seeds DIR" writes the seeds of corpus/gpu/. See README.md. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/device.h"
#include "devices/display.h"
#include "devices/guest_ram.h"
#include "devices/state.h"
#include "devices/virtio/virtio.h"
#include "devices/virtio/virtio_mmio.h"
#include "tests/fuzz/fuzzlib.h"
#include "tests/fuzz/seed.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE 0x40000u
enum { QSIZE = 16, OPS_MAX = 256, MODEL_MAX = OPS_MAX };
/* Guest RAM: queue q at RING(q) (descriptors, an indirect table at +0x400,
 * the available ring at +0x800, the used ring at +0xc00); one request at
 * REQ, its response at RESP, its entries at ENTRIES; backings in DATA.. */
#define RING(q) (0x1000u * (q))
#define REQ 0x2000u
#define RESP 0x2800u
#define ENTRIES 0x3000u
#define DATA 0x4000u

enum {
    R_DEV_FEAT = 0x010, R_DEV_FEAT_SEL = 0x014, R_DRV_FEAT = 0x020, R_DRV_FEAT_SEL = 0x024,
    R_QSEL = 0x030, R_QNUM = 0x038, R_QREADY = 0x044, R_NOTIFY = 0x050, R_INT_STATUS = 0x060,
    R_INT_ACK = 0x064, R_STATUS = 0x070, R_QDESC = 0x080, R_QDRIVER = 0x090, R_QDEVICE = 0x0a0,
};

/* virtio 1.2 §5.7.6.7. */
enum {
    GET_DISPLAY_INFO = 0x100, CREATE_2D, UNREF, SET_SCANOUT, FLUSH, TRANSFER, ATTACH, DETACH,
    GET_EDID = 0x10a, UPDATE_CURSOR = 0x300, MOVE_CURSOR,
    OK_NODATA = 0x1100, OK_DISPLAY_INFO, OK_EDID = 0x1104,
    ERR_UNSPEC = 0x1200, ERR_OUT_OF_MEMORY, ERR_INVALID_SCANOUT_ID, ERR_INVALID_RESOURCE_ID,
    ERR_INVALID_PARAMETER = 0x1205,
};
#define F_EDID (1ull << 1)

static const uint32_t formats[8] = { 1, 2, 3, 4, 67, 68, 121, 134 };
static const uint64_t hostmems[4] = { 64 << 10, 256 << 10, 1 << 20, 4 << 20 };
static const uint32_t sizes_xy[4][2] = { { 1024, 768 }, { 640, 480 }, { 1, 1 }, { 8192, 8192 } };
static const int access_sizes[4] = { 4, 1, 2, 8 };

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_gpu: %s\n", what);
    abort();
}

static uint8_t *ram_host;
static GuestRam ram;

/* --- the display: reads what it is shown ---------------------------------- */

static Display disp;
static volatile uint32_t sink;   /* keeps the reads */

/* Reads the first and last byte of each row of (x, y, w, h) of s. */
static void touch(const DisplaySurface *s, int x, int y, int w, int h)
{
    for (int r = y; r < y + h; r++) {
        const uint8_t *row = s->pixels + (size_t)r * (size_t)s->stride + (size_t)x * 4;
        sink += row[0] + row[(size_t)w * 4 - 1];
    }
}

static void on_surface(void *o, const DisplaySurface *s)
{
    if (s) {
        touch(s, 0, 0, s->width, s->height);
    }
}

static void on_update(void *o, int x, int y, int w, int h)
{
    const DisplaySurface *s = &disp.surface;
    if (!disp.enabled || x < 0 || y < 0 || w < 1 || h < 1 || x + w > s->width ||
        y + h > s->height) {
        fail("an update outside the surface");
    }
    touch(s, x, y, w, h);
}

static void on_cursor(void *o, const uint32_t *argb, int hx, int hy)
{
    if (argb) {
        for (int i = 0; i < DISPLAY_CURSOR_SIZE * DISPLAY_CURSOR_SIZE; i++) {
            sink += argb[i];
        }
    }
    if (hx < 0 || hy < 0 || hx >= DISPLAY_CURSOR_SIZE || hy >= DISPLAY_CURSOR_SIZE) {
        fail("a cursor hot spot outside the image");
    }
}

/* --- the model of the device -------------------------------------------------- */

typedef struct MRes {
    uint32_t id, w, h;
    bool backing;
    uint64_t backing_size;
} MRes;

static struct {
    bool trusted;            /* only the harness drove the device since bring-up */
    MRes res[MODEL_MAX];
    int n;
    uint64_t hostmem, max_hostmem;
    uint32_t scanout_id, sw, sh;   /* the resource shown, the shown size */
    bool edid;               /* VIRTIO_GPU_F_EDID negotiated */
    uint32_t xres, yres;
} model;

static MRes *m_find(uint32_t id)
{
    for (int i = 0; i < model.n; i++) {
        if (model.res[i].id == id) {
            return &model.res[i];
        }
    }
    return NULL;
}

static void m_clear(void)
{
    model.n = 0;
    model.hostmem = 0;
    model.scanout_id = 0;
}

/* --- the board ------------------------------------------------------------------ */

static VirtioDevice *dev;
static VirtioMmio *tr;
static int level;
static uint16_t avail_idx[2], used_seen[2];

static void irq_set(void *ctx, int irq, int lvl)
{
    level = lvl;
}

static void board_create(uint8_t cfg)
{
    char err[200], opt[64];
    memset(&disp, 0, sizeof(disp));
    const DisplayListener l = { on_surface, on_update, on_cursor, NULL, NULL };
    display_attach(&disp, &l);
    const DeviceInfo *info = device_find("virtio-gpu-device");
    Opts opts = { 0 };
    model.max_hostmem = hostmems[cfg & 3];
    model.xres = sizes_xy[(cfg >> 3) & 3][0];
    model.yres = sizes_xy[(cfg >> 3) & 3][1];
    snprintf(opt, sizeof(opt), "%llu", (unsigned long long)model.max_hostmem);
    opts_add(&opts, "max_hostmem", opt);
    opts_add(&opts, "edid", cfg & 4 ? "off" : "on");
    snprintf(opt, sizeof(opt), "%u", model.xres);
    opts_add(&opts, "xres", opt);
    snprintf(opt, sizeof(opt), "%u", model.yres);
    opts_add(&opts, "yres", opt);
    DeviceCtx ctx = { .ram = &ram, .irq = { irq_set, NULL, 0 }, .timebase_hz = 10000000,
                      .sync_io = true, .display = &disp };
    dev = info ? info->create(&ctx, &opts, err, sizeof(err)) : NULL;
    opts_free(&opts);
    if (!dev) {
        fail(info ? err : "virtio-gpu-device is not registered");
    }
    tr = virtio_mmio_create(dev, ctx.irq);
    if (!tr) {
        fail("out of memory");
    }
    level = 0;
    model.trusted = false;
    m_clear();
}

static void board_destroy(void)
{
    virtio_mmio_destroy(tr);
    virtio_device_destroy(dev);
    if (disp.enabled || disp.resize) {
        fail("a destroyed device left the display in use");
    }
}

static uint64_t rd(uint64_t off, int size) { return virtio_mmio_ops.read(tr, off, size); }
static void wr(uint64_t off, uint64_t v, int size) { virtio_mmio_ops.write(tr, off, v, size); }
static uint8_t *host(uint32_t off) { return ram_host + off; }

static void setup_queue(unsigned q)
{
    uint64_t ring = RAM_BASE + RING(q);
    memset(host(RING(q)), 0, 0x1000);
    wr(R_QSEL, q, 4);
    wr(R_QNUM, QSIZE, 4);
    wr(R_QDESC, (uint32_t)ring, 4);
    wr(R_QDESC + 4, ring >> 32, 4);
    wr(R_QDRIVER, (uint32_t)(ring + 0x800), 4);
    wr(R_QDRIVER + 4, (ring + 0x800) >> 32, 4);
    wr(R_QDEVICE, (uint32_t)(ring + 0xc00), 4);
    wr(R_QDEVICE + 4, (ring + 0xc00) >> 32, 4);
    wr(R_QREADY, 1, 4);
    avail_idx[q] = used_seen[q] = 0;
}

/* Brings the device up (§3.1.1). how: bit 0 drops EVENT_IDX, bit 1
 * INDIRECT_DESC, bit 2 EDID, bit 3 VERSION_1 (a driver like xv6's),
 * bit 4 leaves DRIVER_OK unset. The model starts over, trusted when the
 * device is live. */
static void driver_up(uint8_t how)
{
    const uint32_t ack = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER;
    wr(R_STATUS, 0, 4);
    wr(R_STATUS, VIRTIO_STATUS_ACKNOWLEDGE, 4);
    wr(R_STATUS, ack, 4);
    wr(R_DEV_FEAT_SEL, 0, 4);
    uint64_t f = rd(R_DEV_FEAT, 4);
    wr(R_DEV_FEAT_SEL, 1, 4);
    f |= rd(R_DEV_FEAT, 4) << 32;
    f &= ~((how & 1 ? VIRTIO_F_EVENT_IDX : 0) | (how & 2 ? VIRTIO_F_INDIRECT_DESC : 0) |
           (how & 4 ? F_EDID : 0) | (how & 8 ? VIRTIO_F_VERSION_1 : 0));
    wr(R_DRV_FEAT_SEL, 0, 4);
    wr(R_DRV_FEAT, (uint32_t)f, 4);
    wr(R_DRV_FEAT_SEL, 1, 4);
    wr(R_DRV_FEAT, f >> 32, 4);
    wr(R_STATUS, ack | VIRTIO_STATUS_FEATURES_OK, 4);
    setup_queue(0);
    setup_queue(1);
    if (!(how & 16)) {
        wr(R_STATUS, ack | VIRTIO_STATUS_FEATURES_OK | VIRTIO_STATUS_DRIVER_OK, 4);
    }
    m_clear();
    model.edid = (f & F_EDID) != 0;
    model.trusted = virtio_driver_ok(dev);
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

/* Makes segs[0, n) available on queue q as one chain (descriptors 0..n-1,
 * or the indirect table); returns its head. */
static uint16_t post(unsigned q, const Seg *segs, unsigned n, bool indirect, bool notify)
{
    uint32_t ring = RING(q), table = indirect ? ring + 0x400 : ring;
    for (unsigned i = 0; i < n; i++) {
        put_desc(table + 16 * i, segs[i].addr, segs[i].len,
                 (uint16_t)((segs[i].writable ? VIRTQ_DESC_F_WRITE : 0) |
                            (i + 1 < n ? VIRTQ_DESC_F_NEXT : 0)),
                 (uint16_t)(i + 1));
    }
    if (indirect) {
        put_desc(ring, RAM_BASE + table, 16 * n, VIRTQ_DESC_F_INDIRECT, 0);
    }
    uint8_t *avail = host(ring + 0x800);
    put_le16(avail + 4 + 2 * (avail_idx[q] % QSIZE), 0);
    put_le16(avail + 2, ++avail_idx[q]);
    if (notify) {
        wr(R_NOTIFY, q, 4);
    }
    return 0;
}

/* The last used element of queue q since the last call: false if none. */
static bool take_used(unsigned q, uint32_t *id, uint32_t *len)
{
    const uint8_t *used = host(RING(q) + 0xc00);
    uint16_t idx = get_le16(used + 2);
    if (idx == used_seen[q]) {
        return false;
    }
    const uint8_t *e = used + 4 + 8 * ((uint16_t)(idx - 1) % QSIZE);
    *id = get_le32(e);
    *len = get_le32(e + 4);
    used_seen[q] = idx;
    return true;
}

/* --- the input ------------------------------------------------------------------- */

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

/* A resource id: mostly 0..7, sometimes near 2^32 or a multiple of 256
 * plus one (the device's hash buckets collide). */
static uint32_t take_id(In *in)
{
    uint8_t b = (uint8_t)take(in, 1);
    return b & 0x80 ? 0xffffffffu - (b & 7) : b & 0x40 ? 256u * (b & 7) + 1 : b & 7;
}

/* A coordinate: 0..0xfeff, or near 2^32 (wrap-around). */
static uint32_t take_coord(In *in)
{
    uint32_t v = take(in, 2);
    return v >= 0xff00 ? 0xffffffffu - (v & 0xff) : v;
}

typedef struct Cmd {
    uint32_t type;
    uint32_t size;            /* bytes of the command's request structure */
    uint32_t req_len;         /* request bytes sent (before the entries) */
    uint32_t room;            /* response bytes the driver gives */
    uint32_t n_sent;          /* ATTACH: entries sent */
    bool inline_entries;
} Cmd;

/* The bytes of a command's request structure (§5.7.6.8); 24 for others. */
static uint32_t cmd_size(uint32_t type)
{
    switch (type) {
    case GET_EDID: case UNREF: case ATTACH: case DETACH:
        return 32;
    case CREATE_2D:
        return 40;
    case SET_SCANOUT: case FLUSH:
        return 48;
    case TRANSFER:
        return 56;
    default:
        return 24;
    }
}

/* The request as the device reads it: the readable segments one after the
 * other (a request cut short continues into the entries' descriptor). */
static uint8_t stream[4096];
static uint32_t stream_len;

/* Byte off.. of the stream, zero beyond its end. */
static uint64_t sget(uint32_t off, int bytes)
{
    uint64_t v = 0;
    for (int i = 0; i < bytes; i++) {
        v |= (uint64_t)(off + i < stream_len ? stream[off + i] : 0) << (8 * i);
    }
    return v;
}

static uint32_t rq32(uint32_t off) { return (uint32_t)sget(off, 4); }
static uint32_t rect32(unsigned off, int i) { return rq32(off + 4 * (unsigned)i); }

/* The rectangle at byte off of the request lies within r. */
static bool m_rect_inside(unsigned off, const MRes *r)
{
    return (uint64_t)rect32(off, 0) + rect32(off, 2) <= r->w &&
           (uint64_t)rect32(off, 1) + rect32(off, 3) <= r->h;
}

static uint32_t m_create(void)
{
    uint32_t id = rq32(24), f = rq32(28), w = rq32(32), h = rq32(36);
    bool known = false;
    for (int i = 0; i < 8; i++) {
        known = known || formats[i] == f;
    }
    if (id == 0 || m_find(id)) {
        return ERR_INVALID_RESOURCE_ID;
    }
    if (!known || w == 0 || h == 0 || w > 8192 || h > 8192) {
        return ERR_INVALID_PARAMETER;
    }
    uint64_t bytes = (uint64_t)w * h * 4;
    if (model.hostmem + bytes > model.max_hostmem) {
        return ERR_OUT_OF_MEMORY;
    }
    model.res[model.n++] = (MRes){ id, w, h, false, 0 };
    model.hostmem += bytes;
    return OK_NODATA;
}

static uint32_t m_unref(MRes *r)
{
    if (r->id == model.scanout_id) {
        model.scanout_id = 0;
    }
    model.hostmem -= (uint64_t)r->w * r->h * 4;
    *r = model.res[--model.n];
    return OK_NODATA;
}

static uint32_t m_attach(MRes *r)
{
    uint32_t nr = rq32(28);
    if (r->backing || nr == 0 || nr > 16384 || stream_len - 32 < 16ull * nr) {
        return ERR_UNSPEC;
    }
    uint64_t size = 0;
    for (uint32_t i = 0; i < nr; i++) {
        uint64_t a = sget(32 + 16 * i, 8);
        uint32_t len = rq32(32 + 16 * i + 8);
        if (!guest_ram_ptr(&ram, a, len)) {
            return ERR_UNSPEC;
        }
        size += len;
    }
    r->backing = true;
    r->backing_size = size;
    return OK_NODATA;
}

static uint32_t m_transfer(MRes *r)
{
    uint32_t w = rect32(24, 2), h = rect32(24, 3);
    uint64_t off = sget(40, 8), stride = 4ull * r->w;
    if (!m_rect_inside(24, r)) {
        return ERR_INVALID_PARAMETER;
    }
    if (!r->backing) {
        return ERR_UNSPEC;
    }
    if (w == 0 || h == 0) {
        return OK_NODATA;
    }
    uint64_t span = stride * (h - 1) + 4ull * w;
    return off > r->backing_size || span > r->backing_size - off ? ERR_INVALID_PARAMETER
                                                                  : OK_NODATA;
}

static uint32_t m_scanout(void)
{
    uint32_t sid = rq32(40), id = rq32(44);
    if (sid != 0) {
        return ERR_INVALID_SCANOUT_ID;
    }
    if (id == 0) {
        model.scanout_id = 0;
        return OK_NODATA;
    }
    MRes *r = m_find(id);
    if (!r) {
        return ERR_INVALID_RESOURCE_ID;
    }
    if (rect32(24, 2) == 0 || rect32(24, 3) == 0 || !m_rect_inside(24, r)) {
        return ERR_INVALID_PARAMETER;
    }
    model.scanout_id = id;
    model.sw = rect32(24, 2);
    model.sh = rect32(24, 3);
    return OK_NODATA;
}

/* Commands naming a resource by id at the given offset. */
static uint32_t m_by_id(uint32_t type)
{
    unsigned at = type == FLUSH ? 40 : type == TRANSFER ? 48 : 24;
    MRes *r = m_find(rq32(at));
    if (!r) {
        return ERR_INVALID_RESOURCE_ID;
    }
    switch (type) {
    case UNREF:
        return m_unref(r);
    case ATTACH:
        return m_attach(r);
    case DETACH:
        if (!r->backing) {
            return ERR_UNSPEC;
        }
        r->backing = false;
        return OK_NODATA;
    case TRANSFER:
        return m_transfer(r);
    default:   /* FLUSH */
        return m_rect_inside(24, r) ? OK_NODATA : ERR_INVALID_PARAMETER;
    }
}

/* The modelled answer to the request in the stream. */
static uint32_t m_answer(void)
{
    uint32_t type = rq32(0);
    if (stream_len < 24 || stream_len < cmd_size(type)) {
        return ERR_UNSPEC;
    }
    switch (type) {
    case GET_DISPLAY_INFO:
        return OK_DISPLAY_INFO;
    case GET_EDID:
        return !model.edid ? ERR_UNSPEC : rq32(24) ? ERR_INVALID_PARAMETER : OK_EDID;
    case CREATE_2D:
        return m_create();
    case SET_SCANOUT:
        return m_scanout();
    case UNREF: case FLUSH: case TRANSFER: case ATTACH: case DETACH:
        return m_by_id(type);
    default:
        return ERR_UNSPEC;
    }
}

static uint32_t resp_size(uint32_t type)
{
    return type == OK_DISPLAY_INFO ? 408 : type == OK_EDID ? 1056 : 24;
}

/* Checks the answer the device gave against the model's. */
static void check_answer(const Cmd *c, uint32_t len)
{
    uint32_t want = m_answer();
    uint32_t full = resp_size(want), cut = c->room < full ? c->room : full;
    if (len != cut) {
        fail("used.len is not the response cut to the room given");
    }
    if (cut >= 4 && get_le32(host(RESP)) != want) {
        fprintf(stderr, "fuzz_gpu: command 0x%x: answer 0x%x, expected 0x%x\n", c->type,
                get_le32(host(RESP)), want);
        fail("a controlq answer differs from the model's");
    }
    /* Flags and fence as far as the request holds them (zero-filled when
     * it is cut short). */
    bool fenced = rq32(4) & 1;
    uint64_t fence = sget(8, 8);
    if (cut >= 24 && fenced && ((get_le32(host(RESP + 4)) & 1) == 0 ||
                                get_le64(host(RESP + 8)) != fence)) {
        fail("a fenced command's answer lacks the fence");
    }
    if (cut >= 8 && !fenced && get_le32(host(RESP + 4)) != 0) {
        fail("an answer has flags its request did not");
    }
    if (want == OK_DISPLAY_INFO && cut >= 48) {
        uint32_t w = disp.want_width ? (uint32_t)disp.want_width : model.xres;
        uint32_t h = disp.want_height ? (uint32_t)disp.want_height : model.yres;
        if (get_le32(host(RESP + 32)) != w || get_le32(host(RESP + 36)) != h ||
            get_le32(host(RESP + 40)) != 1) {
            fail("GET_DISPLAY_INFO does not give the display's size");
        }
    }
    uint8_t sum = 0;
    for (int i = 0; want == OK_EDID && cut >= 160 && i < 128; i++) {
        sum = (uint8_t)(sum + *host(RESP + 32 + (uint32_t)i));
    }
    if (sum != 0) {
        fail("the EDID checksum is wrong");
    }
    if (model.hostmem > model.max_hostmem) {
        fail("resources exceed max_hostmem");
    }
}

/* Reads the command's fields into REQ; returns its layout. */
static Cmd build_command(In *in, uint8_t kind)
{
    static const uint32_t types[] = { GET_DISPLAY_INFO, GET_EDID, CREATE_2D, UNREF,
                                      SET_SCANOUT, FLUSH, TRANSFER, ATTACH, DETACH };
    unsigned k = kind & 15;
    Cmd c = { .type = k < 9 ? types[k] : k == 9 ? take(in, 2) : 0x200 + (k - 10) };
    c.size = cmd_size(c.type);
    memset(host(REQ), 0, 0x800);
    put_le32(host(REQ), c.type);
    if (kind & 16) {   /* fenced */
        put_le32(host(REQ + 4), 1);
        put_le64(host(REQ + 8), 0x1000000000000001ull * (kind | 1));
    }
    uint8_t *p = host(REQ + 24);
    switch (c.type) {
    case GET_EDID:
        put_le32(p, take(in, 1) % 3 == 2);
        break;
    case CREATE_2D: {
        uint8_t f = (uint8_t)take(in, 1);
        put_le32(p, take_id(in));
        put_le32(p + 4, f < 0xf8 ? formats[f & 7] : f);
        put_le32(p + 8, take(in, 2));
        put_le32(p + 12, take(in, 2));
        break;
    }
    case SET_SCANOUT: case FLUSH: case TRANSFER:
        for (int i = 0; i < 4; i++) {
            put_le32(p + 4 * i, take_coord(in));
        }
        if (c.type == SET_SCANOUT) {
            uint8_t s = (uint8_t)take(in, 1);
            put_le32(p + 16, s < 0xf0 ? 0 : s & 15);
            put_le32(p + 20, take_id(in));
        } else if (c.type == FLUSH) {
            put_le32(p + 16, take_id(in));
        } else {
            uint32_t off = take(in, 4);
            put_le64(p + 16, off >= 0xfff00000u ? ~0ull - (off & 0xfffff) : off);
            put_le32(p + 24, take_id(in));
        }
        break;
    case ATTACH: {
        put_le32(p, take_id(in));
        c.n_sent = take(in, 1) % 40;
        uint8_t claim = (uint8_t)take(in, 1);
        put_le32(p + 4, claim < 0xf0 ? c.n_sent - (claim & 1) : claim == 0xff ? 16385 : claim);
        c.inline_entries = (kind & 32) != 0;
        uint32_t at = c.inline_entries ? REQ + 32 : ENTRIES;
        for (uint32_t i = 0; i < c.n_sent; i++) {
            uint32_t a = take(in, 2), len = take(in, 2);
            uint64_t addr = a == 0xffff ? 0x1000 : a == 0xfffe ? RAM_BASE + RAM_SIZE - 8
                                                              : RAM_BASE + DATA + 4ull * a;
            put_le64(host(at + 16 * i), addr);
            put_le32(host(at + 16 * i + 8), len);
        }
        break;
    }
    case UNREF: case DETACH:
        put_le32(p, take_id(in));
        break;
    default:
        break;
    }
    c.req_len = c.inline_entries ? 32 + 16 * c.n_sent : k == 9 ? 24 : c.size;
    return c;
}

/* A controlq command: u8 kind (bits 0-3 the command: 0-8 as build_command
 * lists them, 9 a raw u16 type, 10-15 types 0x200.. (3D); bit 4 fenced;
 * bit 5 ATTACH entries inline; bit 6 request cut to a u8 length; bit 7 a
 * u8 response room), then its fields. */
static void command(In *in)
{
    uint8_t kind = (uint8_t)take(in, 1);
    Cmd c = build_command(in, kind);
    if (kind & 64) {
        c.req_len = take(in, 1) % (c.req_len + 1);
    }
    c.room = resp_size(c.type == GET_DISPLAY_INFO ? OK_DISPLAY_INFO
                       : c.type == GET_EDID ? OK_EDID : OK_NODATA);
    if (kind & 128) {
        c.room = take(in, 1) * 5;
    }
    Seg s[3];
    unsigned n = 0;
    s[n++] = (Seg){ RAM_BASE + REQ, c.req_len, false };
    if (c.type == ATTACH && !c.inline_entries && c.n_sent) {
        s[n++] = (Seg){ RAM_BASE + ENTRIES, 16 * c.n_sent, false };
    }
    if (c.room) {
        s[n++] = (Seg){ RAM_BASE + RESP, c.room, true };
    }
    memset(host(RESP), 0xee, 0x800);
    stream_len = 0;
    for (unsigned i = 0; i < n && !s[i].writable; i++) {
        memcpy(stream + stream_len, host((uint32_t)(s[i].addr - RAM_BASE)), s[i].len);
        stream_len += s[i].len;
    }
    bool live = model.trusted && virtio_driver_ok(dev);
    post(0, s, n, false, true);
    uint32_t id, len;
    bool done = take_used(0, &id, &len);
    if (live && (!done || id != 0)) {
        fail("a well-formed command was not completed at once");
    }
    if (live) {
        check_answer(&c, len);
    }
}

/* A cursorq command: u8 flags (bit 0 MOVE, bit 1 scanout 1, bit 2 cut
 * short), u8 id, i16 x, i16 y, u8 hot x, u8 hot y. */
static void cursor(In *in)
{
    uint8_t f = (uint8_t)take(in, 1);
    memset(host(REQ), 0, 64);
    put_le32(host(REQ), f & 1 ? MOVE_CURSOR : UPDATE_CURSOR);
    put_le32(host(REQ + 24), (f >> 1) & 1);
    put_le32(host(REQ + 40), take_id(in));
    put_le32(host(REQ + 28), (uint32_t)(int32_t)(int16_t)take(in, 2));
    put_le32(host(REQ + 32), (uint32_t)(int32_t)(int16_t)take(in, 2));
    put_le32(host(REQ + 44), take(in, 1));
    put_le32(host(REQ + 48), take(in, 1));
    Seg s = { RAM_BASE + REQ, f & 4 ? 40 : 56, false };
    post(1, &s, 1, false, true);
    uint32_t id, len;
    if (take_used(1, &id, &len) && model.trusted && len != 0) {
        fail("a cursorq command was answered");
    }
}

/* Saves the device, loads the state back, and saves again: same bytes.
 * cut != 0: then a prefix of cut / 256 of the state, which must be
 * refused (the device is then reset). */
static void save_load(uint8_t cut)
{
    StateWriter w1;
    StateReader r;
    char err[200];
    const char *why = fuzz_virtio_round_trip(tr, dev, &w1);
    if (why) {
        fail(why);
    }
    if (cut) {
        state_reader_init(&r, w1.buf, w1.len * cut / 256);
        if (virtio_mmio_load(tr, &r) == 0 && virtio_load(dev, &r, err, sizeof(err)) == 0) {
            fail("the device took a truncated state");
        }
        model.trusted = false;
    }
    state_writer_free(&w1);
}

/* One operation; false at the end of the input. */
static bool run_op(In *in)
{
    if (!in->n) {
        return false;
    }
    uint8_t op = (uint8_t)take(in, 1);
    switch (op & 15) {
    case 0: {   /* MMIO write: u16 offset, u8 size, value */
        uint64_t off = take(in, 2) % VIRTIO_MMIO_SIZE;
        int size = access_sizes[take(in, 1) & 3];
        uint64_t v = take(in, 4);
        if (size == 8) {
            v |= (uint64_t)take(in, 4) << 32;
        }
        if (off + (uint64_t)size <= VIRTIO_MMIO_SIZE) {
            wr(off, v, size);
            model.trusted = model.trusted && off >= 0x100;   /* config space only */
        }
        break;
    }
    case 1: {   /* MMIO read */
        uint64_t off = take(in, 2) % VIRTIO_MMIO_SIZE;
        int size = access_sizes[take(in, 1) & 3];
        if (off + (uint64_t)size <= VIRTIO_MMIO_SIZE) {
            rd(off, size);
        }
        break;
    }
    case 2: {   /* RAM write: u16 address / 4, u8 length, bytes */
        uint32_t at = take(in, 2) * 4, len = take(in, 1);
        for (uint32_t i = 0; i < len && at + i < RAM_SIZE; i++) {
            ram_host[at + i] = (uint8_t)take(in, 1);
        }
        model.trusted = model.trusted && at >= DATA;
        break;
    }
    case 3:
        driver_up((uint8_t)take(in, 1));
        break;
    case 4:
        command(in);
        break;
    case 5: {   /* a raw chain: u8 shape (bits 0-1 segments - 1, bit 2 cursorq,
                 * bit 3 indirect, bit 4 no notify), per segment u16 offset / 4,
                 * u16 length, u8 flags (bit 0 writable) */
        uint8_t shape = (uint8_t)take(in, 1);
        Seg s[4];
        unsigned n = 1 + (shape & 3);
        for (unsigned i = 0; i < n; i++) {
            uint32_t off = take(in, 2) * 4, len = take(in, 2);
            s[i] = (Seg){ RAM_BASE + off, len, take(in, 1) & 1 };
        }
        post((shape >> 2) & 1, s, n, shape & 8, !(shape & 16));
        model.trusted = false;
        break;
    }
    case 6:
        cursor(in);
        break;
    case 7: {   /* the host asks for another size: u16 w, u16 h */
        int w = (int)take(in, 2), h = (int)take(in, 2);
        display_request_size(&disp, w, h);
        break;
    }
    case 8:     /* save/load: u8 cut */
        save_load((uint8_t)take(in, 1));
        break;
    case 9:     /* the interrupt handler */
        wr(R_INT_ACK, rd(R_INT_STATUS, 4), 4);
        break;
    case 10:    /* notify: u8 queue */
        wr(R_NOTIFY, take(in, 1) % 3, 4);
        break;
    case 11: {  /* draw in the backing area: u16 offset / 4, u16 length, u8 seed */
        uint32_t at = DATA + take(in, 2) * 4, len = take(in, 2);
        uint8_t seed = (uint8_t)take(in, 1);
        for (uint32_t i = 0; i < len && at + i < RAM_SIZE; i++) {
            ram_host[at + i] = (uint8_t)(seed + i * 7);
        }
        break;
    }
    default:
        break;
    }
    return true;
}

/* The invariants that hold between operations. */
static void check_board(void)
{
    if (level != (dev->isr != 0)) {
        fail("the interrupt line does not follow InterruptStatus");
    }
    for (unsigned q = 0; q < 2; q++) {
        if (dev->queue[q].ready && virtq_check(&dev->queue[q], &ram, VIRTIO_QUEUE_MAX) != 0) {
            fail("a ready queue does not pass virtq_check");
        }
    }
    if (disp.enabled) {
        touch(&disp.surface, 0, 0, disp.surface.width, disp.surface.height);
    }
    if (model.trusted && (disp.enabled != (model.scanout_id != 0) ||
                          (disp.enabled && ((uint32_t)disp.surface.width != model.sw ||
                                            (uint32_t)disp.surface.height != model.sh)))) {
        fail("the display does not show the modelled scanout");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ram_host) {
        ram_host = malloc(RAM_SIZE);
        if (!ram_host) {
            fail("out of memory");
        }
        ram = (GuestRam){ .host = ram_host, .base = RAM_BASE, .size = RAM_SIZE };
    }
    if (size == 0) {
        return 0;
    }
    memset(ram_host, 0, RAM_SIZE);
    board_create(data[0]);
    In in = { data + 1, size - 1 };
    for (int i = 0; i < OPS_MAX && run_op(&in); i++) {
        check_board();
    }
    board_destroy();
    return 0;
}

/* --- seeds ---------------------------------------------------------------------------- */

static void rect(Seed *s, unsigned x, unsigned y, unsigned w, unsigned h)
{
    s16(s, x);
    s16(s, y);
    s16(s, w);
    s16(s, h);
}

static void c_create(Seed *s, unsigned id, unsigned f, unsigned w, unsigned h)
{
    s8(s, 4), s8(s, 2), s8(s, f), s8(s, id), s16(s, w), s16(s, h);
}

/* ATTACH of id with n entries {offset / 4 in DATA, len}; kind extra bits. */
static void c_attach(Seed *s, unsigned id, unsigned extra, unsigned n, const unsigned (*e)[2])
{
    s8(s, 4), s8(s, 7 | extra), s8(s, id), s8(s, n), s8(s, 0);
    for (unsigned i = 0; i < n; i++) {
        s16(s, e[i][0]);
        s16(s, e[i][1]);
    }
}

static void c_transfer(Seed *s, unsigned id, unsigned x, unsigned y, unsigned w, unsigned h,
                       uint32_t off)
{
    s8(s, 4), s8(s, 6);
    rect(s, x, y, w, h);
    s32(s, off);
    s8(s, id);
}

static void c_scanout(Seed *s, unsigned id, unsigned x, unsigned y, unsigned w, unsigned h)
{
    s8(s, 4), s8(s, 4);
    rect(s, x, y, w, h);
    s8(s, 0);
    s8(s, id);
}

static void c_flush(Seed *s, unsigned id, unsigned x, unsigned y, unsigned w, unsigned h)
{
    s8(s, 4), s8(s, 5);
    rect(s, x, y, w, h);
    s8(s, id);
}

/* What a driver does: info, EDID, a 64x48 picture through three entries,
 * scanout, flushes, a cursor, a resize, save/load, unref. */
static void seed_draw(Seed *s)
{
    static const unsigned e[3][2] = { { 0x800, 4096 }, { 0, 8192 }, { 0x1800, 12288 } };
    s8(s, 1);                   /* max_hostmem 256K, EDID, 1024x768 */
    s8(s, 3), s8(s, 0);
    s8(s, 4), s8(s, 0);         /* GET_DISPLAY_INFO */
    s8(s, 4), s8(s, 1 | 16), s8(s, 0);   /* GET_EDID, fenced */
    c_create(s, 1, 1, 64, 48);
    c_attach(s, 1, 0, 3, e);
    s8(s, 11), s16(s, 0), s16(s, 0xffff), s8(s, 5);
    c_transfer(s, 1, 0, 0, 64, 48, 0);
    c_transfer(s, 1, 8, 4, 16, 8, 4 * 256 + 32);
    c_scanout(s, 1, 4, 4, 32, 32);
    c_flush(s, 1, 0, 0, 64, 48);
    c_flush(s, 1, 30, 30, 20, 20);
    c_create(s, 2, 0, 64, 64);
    s8(s, 6), s8(s, 0), s8(s, 2), s16(s, 10), s16(s, 0xfffb), s8(s, 3), s8(s, 70);
    s8(s, 6), s8(s, 1), s8(s, 0), s16(s, 12), s16(s, 13), s8(s, 0), s8(s, 0);
    s8(s, 7), s16(s, 800), s16(s, 600);
    s8(s, 9);
    s8(s, 4), s8(s, 0);         /* GET_DISPLAY_INFO again */
    s8(s, 0), s16(s, 0x104), s8(s, 0), s32(s, 1);   /* events_clear */
    s8(s, 8), s8(s, 0);
    s8(s, 4), s8(s, 8), s8(s, 1);   /* DETACH */
    s8(s, 4), s8(s, 3), s8(s, 1);   /* UNREF of the scanout */
}

/* Hostile requests: outside rectangles, wrapping coordinates, entries
 * outside RAM, missing entries, unknown ids and commands, short requests,
 * no room for the answer, over max_hostmem. */
static void seed_misuse(Seed *s)
{
    static const unsigned bad[2][2] = { { 0xffff, 4096 }, { 0xfffe, 64 } };
    static const unsigned one[1][2] = { { 0, 4096 } };
    s8(s, 0);                   /* 64K */
    s8(s, 3), s8(s, 0);
    c_create(s, 1, 1, 32, 32);
    c_create(s, 2, 1, 200, 200);                   /* over 64K */
    c_create(s, 0, 1, 8, 8);
    c_create(s, 3, 0xfa, 8, 8);                    /* unknown format */
    c_attach(s, 1, 0, 2, bad);
    c_attach(s, 1, 32, 1, one);                    /* inline entries */
    c_transfer(s, 1, 0, 0, 32, 32, 0);
    c_transfer(s, 1, 0xff00, 0, 2, 1, 0);          /* x near 2^32 */
    c_transfer(s, 1, 0, 0, 32, 33, 0);
    c_transfer(s, 1, 0, 0, 32, 32, 0xffffffffu);
    c_scanout(s, 5, 0, 0, 8, 8);
    c_scanout(s, 1, 0, 0, 33, 8);
    s8(s, 4), s8(s, 4), rect(s, 0, 0, 8, 8), s8(s, 0xf5), s8(s, 1);   /* scanout 5 */
    c_flush(s, 0x85, 0, 0, 1, 1);
    s8(s, 4), s8(s, 9), s16(s, 0x1ff);             /* unknown type */
    s8(s, 4), s8(s, 10);                           /* 3D */
    s8(s, 4), s8(s, 2 | 64), s8(s, 1), s8(s, 1), s16(s, 8), s16(s, 8), s8(s, 30);   /* short */
    s8(s, 4), s8(s, 0 | 128), s8(s, 2);            /* 10 bytes of room */
    s8(s, 6), s8(s, 4), s8(s, 1), s16(s, 0), s16(s, 0), s8(s, 0), s8(s, 0);
    s8(s, 8), s8(s, 0);
    s8(s, 8), s8(s, 200);                          /* a cut state is refused */
    s8(s, 4), s8(s, 0);
}

int fuzz_write_seeds(const char *dir)
{
    static const struct {
        const char *name;
        void (*make)(Seed *s);
    } seeds[] = { { "draw", seed_draw }, { "misuse", seed_misuse } };
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
