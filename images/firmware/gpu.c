/* virtio-gpu self-test (virtio 1.2 §5.7): controlq (queue 0) and cursorq
 * (queue 1, §5.7.2), feature VIRTIO_GPU_F_EDID (§5.7.3), config space
 * {events_read, events_clear, num_scanouts, num_capsets} (§5.7.4). Every
 * controlq request is a device-readable struct starting with
 * virtio_gpu_ctrl_hdr, answered in a device-writable one (§5.7.6.7).
 *
 * gpu_test puts a known picture on the scanout the way a 2D driver does
 * (§5.7.6.1): GET_DISPLAY_INFO, GET_EDID, RESOURCE_CREATE_2D,
 * RESOURCE_ATTACH_BACKING (two scatter entries), TRANSFER_TO_HOST_2D,
 * SET_SCANOUT, RESOURCE_FLUSH, and leaves it there for the host to look at:
 * pixel (x, y) has B = (3x + y) & 0xff, G = y & 0xff, R = x & 0xff. With
 * bootarg gpuresize=1 it then waits (gpuwait= ms, default 20000) for the
 * host to ask for another size (events_read bit 0) and shows the picture
 * again at that size. gpu_misuse_test sends requests a driver must not and
 * checks the error response of each (§5.7.6.7). */
#include "virtio.h"

#define VIRTIO_GPU_F_EDID (1ull << 1)
#define GPU_CONTROLQ 0
#define GPU_CURSORQ 1
#define CFG_EVENTS_READ 0
#define CFG_EVENTS_CLEAR 4
#define CFG_NUM_SCANOUTS 8
#define EVENT_DISPLAY 1u
#define FLAG_FENCE 1u

/* Command and response types (§5.7.6.7). */
#define CMD_GET_DISPLAY_INFO 0x0100
#define CMD_RESOURCE_CREATE_2D 0x0101
#define CMD_RESOURCE_UNREF 0x0102
#define CMD_SET_SCANOUT 0x0103
#define CMD_RESOURCE_FLUSH 0x0104
#define CMD_TRANSFER_TO_HOST_2D 0x0105
#define CMD_RESOURCE_ATTACH_BACKING 0x0106
#define CMD_RESOURCE_DETACH_BACKING 0x0107
#define CMD_GET_EDID 0x010a
#define CMD_CTX_CREATE 0x0200
#define CMD_BOGUS 0x01ff
#define RESP_OK_NODATA 0x1100
#define RESP_OK_DISPLAY_INFO 0x1101
#define RESP_OK_EDID 0x1104
#define RESP_ERR_UNSPEC 0x1200
#define RESP_ERR_OUT_OF_MEMORY 0x1201
#define RESP_ERR_INVALID_SCANOUT_ID 0x1202
#define RESP_ERR_INVALID_RESOURCE_ID 0x1203
#define RESP_ERR_INVALID_PARAMETER 0x1205
#define RESP_UNTOUCHED 0

#define FORMAT_B8G8R8X8 2           /* §5.7.6.8 */
#define FB_MAX_W 1024               /* the picture is clamped to this */
#define FB_MAX_H 768
#define MAX_SCANOUTS 16
#define EDID_BLOCK 128
#define REQ_TIMEOUT_MS 3000
#define RES_FIRST 1
#define RES_RESIZED 2
#define RES_MISUSE 10
#define RES_MISUSE2 11
#define RES_ABSENT 77
#define MISUSE_SIDE 64              /* the misuse resource is 64 x 64 */
#define BOOT_ROM_ADDR 0x1000ull     /* not RAM */
#define OUTSIDE_RAM 0xdead0000000ull

typedef struct CtrlHdr {
    uint32_t type;
    uint32_t flags;
    uint64_t fence_id;
    uint32_t ctx_id;
    uint8_t ring_idx;
    uint8_t padding[3];
} CtrlHdr;

typedef struct Rect {
    uint32_t x, y, w, h;
} Rect;

typedef struct MemEntry {
    uint64_t addr;
    uint32_t length;
    uint32_t padding;
} MemEntry;

/* The requests (§5.7.6.8), laid out as the spec's structures. */
typedef union GpuReq {
    CtrlHdr hdr;
    struct { CtrlHdr hdr; uint32_t scanout, padding; } edid;
    struct { CtrlHdr hdr; uint32_t id, format, width, height; } create;
    struct { CtrlHdr hdr; uint32_t id, padding; } res;         /* unref, detach */
    struct { CtrlHdr hdr; uint32_t id, nr_entries; } attach;
    struct { CtrlHdr hdr; Rect r; uint32_t scanout, id; } scanout;
    struct { CtrlHdr hdr; Rect r; uint32_t id, padding; } flush;
    struct { CtrlHdr hdr; Rect r; uint64_t offset; uint32_t id, padding; } transfer;
} GpuReq;

typedef struct DisplayOne {
    Rect r;
    uint32_t enabled;
    uint32_t flags;
} DisplayOne;

typedef union GpuResp {
    CtrlHdr hdr;
    struct { CtrlHdr hdr; DisplayOne pmodes[MAX_SCANOUTS]; } info;
    struct { CtrlHdr hdr; uint32_t size, padding; uint8_t edid[1024]; } edid;
} GpuResp;

/* DMA memory: one request at a time. */
typedef struct GpuMem {
    GpuReq req;
    MemEntry entries[4];
    GpuResp resp;
    uint8_t small_backing[MISUSE_SIDE * MISUSE_SIDE * 4];
} GpuMem;

static GpuMem *mem;
/* The picture's backing, reused by the resized one (3 MiB, zeroed bss). */
static uint8_t fb[FB_MAX_W * FB_MAX_H * 4] __attribute__((aligned(4096)));
static uint32_t used_len;           /* used.len of the last request */

/* --- requests --------------------------------------------------------------- */

static const char *resp_name(int r)
{
    switch (r) {
    case RESP_OK_NODATA:
        return "OK_NODATA";
    case RESP_OK_DISPLAY_INFO:
        return "OK_DISPLAY_INFO";
    case RESP_OK_EDID:
        return "OK_EDID";
    case RESP_ERR_UNSPEC:
        return "ERR_UNSPEC";
    case RESP_ERR_OUT_OF_MEMORY:
        return "ERR_OUT_OF_MEMORY";
    case RESP_ERR_INVALID_SCANOUT_ID:
        return "ERR_INVALID_SCANOUT_ID";
    case RESP_ERR_INVALID_RESOURCE_ID:
        return "ERR_INVALID_RESOURCE_ID";
    case RESP_ERR_INVALID_PARAMETER:
        return "ERR_INVALID_PARAMETER";
    case RESP_UNTOUCHED:
        return "response not written";
    default:
        return r < 0 ? vq_result_name(r) : "unknown response";
    }
}

static bool is_error(int r)
{
    return r >= RESP_ERR_UNSPEC && r <= RESP_ERR_INVALID_PARAMETER;
}

static void req_begin(uint32_t type)
{
    memset(&mem->req, 0, sizeof(mem->req));
    mem->req.hdr.type = type;
}

/* Sends the first req_len bytes of mem->req, then nentries of mem->entries
 * in a descriptor of their own (as Linux does), with resp_len bytes of
 * room for the answer. Returns the response type, or a negative vq result. */
static int gpu_send(VirtioDev *d, uint32_t req_len, int nentries, uint32_t resp_len)
{
    VBuf b[3];
    int n = 0;
    b[n++] = (VBuf){ &mem->req, req_len, false };
    if (nentries) {
        b[n++] = (VBuf){ mem->entries, (uint32_t)(nentries * sizeof(MemEntry)), false };
    }
    b[n++] = (VBuf){ &mem->resp, resp_len, true };
    memset(&mem->resp, 0, sizeof(mem->resp));
    used_len = 0;
    int r = virtio_transact(d, GPU_CONTROLQ, b, n, &used_len, REQ_TIMEOUT_MS);
    return r < 0 ? r : (int)mem->resp.hdr.type;
}

static int gpu_cmd(VirtioDev *d, uint32_t req_len)
{
    return gpu_send(d, req_len, 0, sizeof(CtrlHdr));
}

static int cmd_display_info(VirtioDev *d)
{
    req_begin(CMD_GET_DISPLAY_INFO);
    return gpu_send(d, sizeof(CtrlHdr), 0, sizeof(mem->resp.info));
}

static int cmd_create(VirtioDev *d, uint32_t id, uint32_t format, uint32_t w, uint32_t h)
{
    req_begin(CMD_RESOURCE_CREATE_2D);
    mem->req.create.id = id;
    mem->req.create.format = format;
    mem->req.create.width = w;
    mem->req.create.height = h;
    return gpu_cmd(d, sizeof(mem->req.create));
}

/* UNREF or DETACH_BACKING of resource id. */
static int cmd_res(VirtioDev *d, uint32_t type, uint32_t id)
{
    req_begin(type);
    mem->req.res.id = id;
    return gpu_cmd(d, sizeof(mem->req.res));
}

/* ATTACH_BACKING claiming nr_entries, of which n are sent. */
static int cmd_attach(VirtioDev *d, uint32_t id, const MemEntry *e, int n, uint32_t nr_entries)
{
    req_begin(CMD_RESOURCE_ATTACH_BACKING);
    mem->req.attach.id = id;
    mem->req.attach.nr_entries = nr_entries;
    memcpy(mem->entries, e, (size_t)n * sizeof(*e));
    return gpu_send(d, sizeof(mem->req.attach), n, sizeof(CtrlHdr));
}

static int cmd_transfer(VirtioDev *d, uint32_t id, Rect r, uint64_t offset)
{
    req_begin(CMD_TRANSFER_TO_HOST_2D);
    mem->req.transfer.r = r;
    mem->req.transfer.offset = offset;
    mem->req.transfer.id = id;
    return gpu_cmd(d, sizeof(mem->req.transfer));
}

static int cmd_scanout(VirtioDev *d, uint32_t scanout, uint32_t id, Rect r)
{
    req_begin(CMD_SET_SCANOUT);
    mem->req.scanout.r = r;
    mem->req.scanout.scanout = scanout;
    mem->req.scanout.id = id;
    return gpu_cmd(d, sizeof(mem->req.scanout));
}

static int cmd_flush(VirtioDev *d, uint32_t id, Rect r)
{
    req_begin(CMD_RESOURCE_FLUSH);
    mem->req.flush.r = r;
    mem->req.flush.id = id;
    return gpu_cmd(d, sizeof(mem->req.flush));
}

static bool gpu_init(VirtioDev *d)
{
    if (!mem) {
        mem = fw_alloc(sizeof(*mem), 64);
    }
    virtio_find(VIRTIO_ID_GPU, d);
    return virtio_begin(d, VIRTIO_GPU_F_EDID) && virtio_queue_setup(d, GPU_CONTROLQ, 16) &&
           virtio_queue_setup(d, GPU_CURSORQ, 16) && virtio_driver_ok(d);
}

/* --- the picture --------------------------------------------------------------- */

/* A w x h picture's backing in fb as two scatter entries in reverse order:
 * backing bytes [0, split) lie at fb + size - split, the rest at fb, so a
 * device that ignored the second entry's address would show it wrong. */
typedef struct Backing {
    uint32_t size, split;           /* bytes; split is a multiple of 4 */
} Backing;

static Backing backing_of(uint32_t w, uint32_t h)
{
    uint32_t size = w * h * 4;
    return (Backing){ size, (size / 2) & ~3u };
}

static void backing_entries(const Backing *b, MemEntry *e)
{
    e[0] = (MemEntry){ (uintptr_t)(fb + b->size - b->split), b->split, 0 };
    e[1] = (MemEntry){ (uintptr_t)fb, b->size - b->split, 0 };
}

/* Writes the pattern through the scatter mapping: B8G8R8X8 bytes. */
static void draw_pattern(const Backing *b, uint32_t w, uint32_t h)
{
    for (uint32_t y = 0; y < h; y++) {
        for (uint32_t x = 0; x < w; x++) {
            uint32_t off = (y * w + x) * 4;
            uint8_t *p = off < b->split ? fb + b->size - b->split + off : fb + off - b->split;
            *(uint32_t *)p = ((x * 3 + y) & 0xff) | (y & 0xff) << 8 | (x & 0xff) << 16;
        }
    }
}

static bool expect(int r, int want, const char *what, uint32_t w, uint32_t h)
{
    return check(r == want, "gpu: %s %ux%u (%s)", what, w, h, resp_name(r));
}

/* Creates resource id of w x h, attaches fb in two entries, draws,
 * transfers, and shows it on the scanout. */
static bool show_pattern(VirtioDev *d, uint32_t id, uint32_t w, uint32_t h)
{
    Backing b = backing_of(w, h);
    MemEntry e[2];
    Rect all = { 0, 0, w, h };
    backing_entries(&b, e);
    if (!expect(cmd_create(d, id, FORMAT_B8G8R8X8, w, h), RESP_OK_NODATA,
                "RESOURCE_CREATE_2D B8G8R8X8", w, h) ||
        !expect(cmd_attach(d, id, e, 2, 2), RESP_OK_NODATA,
                "RESOURCE_ATTACH_BACKING, two scatter entries, for", w, h)) {
        return false;
    }
    draw_pattern(&b, w, h);
    return expect(cmd_transfer(d, id, all, 0), RESP_OK_NODATA, "TRANSFER_TO_HOST_2D", w, h) &&
           expect(cmd_scanout(d, 0, id, all), RESP_OK_NODATA, "SET_SCANOUT", w, h) &&
           expect(cmd_flush(d, id, all), RESP_OK_NODATA, "RESOURCE_FLUSH", w, h);
}

/* --- gpu_test ------------------------------------------------------------------- */

/* §5.7.6.8: the one scanout is enabled with a usable size. */
static bool check_display_info(VirtioDev *d, uint32_t *w, uint32_t *h)
{
    int r = cmd_display_info(d);
    const DisplayOne *m = &mem->resp.info.pmodes[0];
    *w = m->r.w;
    *h = m->r.h;
    bool others_off = true;
    for (int i = 1; i < MAX_SCANOUTS; i++) {
        others_off = others_off && !mem->resp.info.pmodes[i].enabled;
    }
    return check(r == RESP_OK_DISPLAY_INFO && m->enabled && others_off && *w >= 1 &&
                     *w <= 8192 && *h >= 1 && *h <= 8192,
                 "gpu: GET_DISPLAY_INFO: scanout 0 enabled at %ux%u (%s)", *w, *h,
                 resp_name(r));
}

/* The EDID base block: header, checksum, and a preferred detailed timing
 * of the display's size (a timing holds at most 4095 pixels a side). */
static void check_edid(VirtioDev *d, uint32_t w, uint32_t h)
{
    static const uint8_t header[8] = { 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00 };
    if (!(d->features & VIRTIO_GPU_F_EDID)) {
        note("gpu: VIRTIO_GPU_F_EDID not offered: no GET_EDID");
        return;
    }
    req_begin(CMD_GET_EDID);
    int r = gpu_send(d, sizeof(mem->req.edid), 0, sizeof(mem->resp.edid));
    const uint8_t *e = mem->resp.edid.edid;
    uint8_t sum = 0;
    for (int i = 0; i < EDID_BLOCK; i++) {
        sum = (uint8_t)(sum + e[i]);
    }
    check(r == RESP_OK_EDID && mem->resp.edid.size >= EDID_BLOCK && !memcmp(e, header, 8) &&
              sum == 0,
          "gpu: GET_EDID: header and checksum (%s, size %u, sum 0x%x)", resp_name(r),
          mem->resp.edid.size, sum);
    const uint8_t *t = e + 54;
    uint32_t tw = t[2] | (uint32_t)(t[4] >> 4) << 8, th = t[5] | (uint32_t)(t[7] >> 4) << 8;
    check(tw == (w < 4095 ? w : 4095) && th == (h < 4095 ? h : 4095),
          "gpu: EDID preferred timing is the display's size (%ux%u)", tw, th);
}

/* §5.7.6.7: a fenced request's answer carries the fence. */
static void check_fence(VirtioDev *d)
{
    req_begin(CMD_GET_DISPLAY_INFO);
    mem->req.hdr.flags = FLAG_FENCE;
    mem->req.hdr.fence_id = 0x1122334455667788ull;
    int r = gpu_send(d, sizeof(CtrlHdr), 0, sizeof(mem->resp.info));
    check(r == RESP_OK_DISPLAY_INFO && (mem->resp.hdr.flags & FLAG_FENCE) &&
              mem->resp.hdr.fence_id == 0x1122334455667788ull,
          "gpu: fenced GET_DISPLAY_INFO answered with its fence (%s, flags 0x%x)",
          resp_name(r), mem->resp.hdr.flags);
}

static uint32_t clamp(uint32_t v, uint32_t max)
{
    return v < max ? v : max;
}

/* gpuresize=1: the host asks for another size; show the picture at it. */
static void resize_test(VirtioDev *d, uint32_t old_id)
{
    uint32_t wait = (uint32_t)arg_num("gpuwait", 20000), w, h;
    note("gpu: waiting up to %u ms for a display change", wait);
    uint64_t end = time_ms() + wait;
    while (!(virtio_cfg32(d, CFG_EVENTS_READ) & EVENT_DISPLAY) && time_ms() < end) {
    }
    uint32_t events = virtio_cfg32(d, CFG_EVENTS_READ);
    if (!check(events & EVENT_DISPLAY, "gpu: display change event (events_read 0x%x)",
               events) ||
        !check_display_info(d, &w, &h)) {
        return;
    }
    w = clamp(w, FB_MAX_W);
    h = clamp(h, FB_MAX_H);
    /* The old resource keeps its host copy: its backing (fb) moves over. */
    if (!expect(cmd_res(d, CMD_RESOURCE_DETACH_BACKING, old_id), RESP_OK_NODATA,
                "RESOURCE_DETACH_BACKING before the resize to", w, h) ||
        !show_pattern(d, RES_RESIZED, w, h) ||
        !expect(cmd_res(d, CMD_RESOURCE_UNREF, old_id), RESP_OK_NODATA,
                "RESOURCE_UNREF of the old resource after the resize to", w, h)) {
        return;
    }
    virtio_cfg_write32(d, CFG_EVENTS_CLEAR, EVENT_DISPLAY);
    events = virtio_cfg32(d, CFG_EVENTS_READ);
    note("gpu: resized to %ux%u", w, h);
    check(!(events & EVENT_DISPLAY), "gpu: resized to %ux%u, event cleared (events_read 0x%x)",
          w, h, events);
}

/* gpubench=N: N full-screen updates (TRANSFER_TO_HOST_2D and
 * RESOURCE_FLUSH of the whole picture), a stripe of it redrawn before each
 * so every frame differs; prints the time they took (tests/bench). */
static void bench(VirtioDev *d, uint32_t id, uint32_t w, uint32_t h, uint32_t frames)
{
    Backing b = backing_of(w, h);
    Rect all = { 0, 0, w, h };
    uint64_t t0 = time_ms();
    uint32_t done = 0;
    for (; done < frames; done++) {
        uint32_t y0 = (done * 8) % h;
        uint32_t *row = (uint32_t *)(fb + b.size - b.split);   /* first scatter entry */
        for (uint32_t i = 0; i < 8 * w && (y0 * w + i) * 4 < b.split; i++) {
            row[y0 * w + i] = done * 0x010203u;
        }
        if (cmd_transfer(d, id, all, 0) != RESP_OK_NODATA || cmd_flush(d, id, all) != RESP_OK_NODATA) {
            break;
        }
    }
    uint64_t ms = time_ms() - t0;
    note("gpu: bench %u frames %ux%u in %lu ms", done, w, h, (unsigned long)ms);
    check(done == frames, "gpu: bench: %u full-screen updates of %ux%u", done, w, h);
}

void gpu_test(void)
{
    VirtioDev d;
    uint32_t w, h;
    if (!check(gpu_init(&d), "gpu: init (features 0x%lx, status 0x%x)",
               (unsigned long)d.features, virtio_status(&d))) {
        return;
    }
    uint32_t n = virtio_cfg32(&d, CFG_NUM_SCANOUTS);
    check(n == 1, "gpu: config num_scanouts is 1 (%u)", n);
    if (!check_display_info(&d, &w, &h)) {
        return;
    }
    check_edid(&d, w, h);
    check_fence(&d);
    if (show_pattern(&d, RES_FIRST, clamp(w, FB_MAX_W), clamp(h, FB_MAX_H)) &&
        arg_num("gpuresize", 0) == 1) {
        resize_test(&d, RES_FIRST);
    }
    uint32_t frames = (uint32_t)arg_num("gpubench", 0);
    if (frames) {
        bench(&d, RES_FIRST, clamp(w, FB_MAX_W), clamp(h, FB_MAX_H), frames);
    }
    /* No reset: the picture stays on the scanout for the host to check. */
}

/* --- gpu_misuse_test ---------------------------------------------------------------- */

static void misuse(int r, int want, const char *what)
{
    check(r == want, "gpu-misuse: %s -> %s (%s)", what, resp_name(want), resp_name(r));
}

/* Rectangles outside the resource or its backing, entries outside RAM,
 * missing entries. Resource RES_MISUSE is 64 x 64 with a backing of
 * exactly its size. */
static void misuse_bounds(VirtioDev *d)
{
    Rect all = { 0, 0, MISUSE_SIDE, MISUSE_SIDE };
    misuse(cmd_transfer(d, RES_MISUSE, (Rect){ 32, 0, MISUSE_SIDE, MISUSE_SIDE }, 0),
           RESP_ERR_INVALID_PARAMETER, "TRANSFER_TO_HOST_2D rectangle outside the resource");
    misuse(cmd_transfer(d, RES_MISUSE, (Rect){ 0xffffffffu, 0, 2, 1 }, 0),
           RESP_ERR_INVALID_PARAMETER, "TRANSFER_TO_HOST_2D with x + width past 2^32");
    misuse(cmd_transfer(d, RES_MISUSE, all, 4096), RESP_ERR_INVALID_PARAMETER,
           "TRANSFER_TO_HOST_2D reading past the backing");
    misuse(cmd_flush(d, RES_MISUSE, (Rect){ 0, 60, 64, 5 }), RESP_ERR_INVALID_PARAMETER,
           "RESOURCE_FLUSH rectangle outside the resource");
    misuse(cmd_scanout(d, 0, RES_MISUSE, (Rect){ 0, 0, 65, 64 }), RESP_ERR_INVALID_PARAMETER,
           "SET_SCANOUT rectangle outside the resource");
    misuse(cmd_scanout(d, 5, RES_MISUSE, all), RESP_ERR_INVALID_SCANOUT_ID,
           "SET_SCANOUT on scanout 5");
    MemEntry rom = { BOOT_ROM_ADDR, 4096, 0 }, far = { OUTSIDE_RAM, 4096, 0 };
    int r = cmd_attach(d, RES_MISUSE2, &rom, 1, 1);
    check(is_error(r), "gpu-misuse: ATTACH_BACKING entry at 0x1000 (not RAM) -> error (%s)",
          resp_name(r));
    r = cmd_attach(d, RES_MISUSE2, &far, 1, 1);
    check(is_error(r), "gpu-misuse: ATTACH_BACKING entry beyond RAM -> error (%s)",
          resp_name(r));
    MemEntry one = { (uintptr_t)mem->small_backing, 64, 0 };
    r = cmd_attach(d, RES_MISUSE2, &one, 1, 3);
    check(is_error(r), "gpu-misuse: ATTACH_BACKING with 3 entries claimed, 1 sent -> error (%s)",
          resp_name(r));
    misuse(cmd_transfer(d, RES_MISUSE2, all, 0), RESP_ERR_UNSPEC,
           "TRANSFER_TO_HOST_2D without backing");
    misuse(cmd_res(d, CMD_RESOURCE_DETACH_BACKING, RES_MISUSE2), RESP_ERR_UNSPEC,
           "RESOURCE_DETACH_BACKING without backing");
}

/* Every command that names a resource, with one that does not exist. */
static void misuse_ids(VirtioDev *d)
{
    Rect all = { 0, 0, MISUSE_SIDE, MISUSE_SIDE };
    MemEntry one = { (uintptr_t)mem->small_backing, 64, 0 };
    const int bad = RESP_ERR_INVALID_RESOURCE_ID;
    misuse(cmd_transfer(d, RES_ABSENT, all, 0), bad, "TRANSFER_TO_HOST_2D of resource 77");
    misuse(cmd_flush(d, RES_ABSENT, all), bad, "RESOURCE_FLUSH of resource 77");
    misuse(cmd_scanout(d, 0, RES_ABSENT, all), bad, "SET_SCANOUT of resource 77");
    misuse(cmd_attach(d, RES_ABSENT, &one, 1, 1), bad, "ATTACH_BACKING to resource 77");
    misuse(cmd_res(d, CMD_RESOURCE_DETACH_BACKING, RES_ABSENT), bad,
           "DETACH_BACKING of resource 77");
    misuse(cmd_res(d, CMD_RESOURCE_UNREF, RES_ABSENT), bad, "RESOURCE_UNREF of resource 77");
    misuse(cmd_create(d, 0, FORMAT_B8G8R8X8, 16, 16), bad, "RESOURCE_CREATE_2D of resource 0");
    misuse(cmd_create(d, RES_MISUSE, FORMAT_B8G8R8X8, 16, 16), bad,
           "RESOURCE_CREATE_2D of an existing resource id");
}

/* Sizes and formats a resource cannot have, and more than max_hostmem. */
static void misuse_create(VirtioDev *d)
{
    const int inval = RESP_ERR_INVALID_PARAMETER;
    misuse(cmd_create(d, 20, FORMAT_B8G8R8X8, 0, 16), inval, "RESOURCE_CREATE_2D 0x16");
    misuse(cmd_create(d, 20, FORMAT_B8G8R8X8, 8193, 16), inval, "RESOURCE_CREATE_2D 8193x16");
    misuse(cmd_create(d, 20, 99, 16, 16), inval, "RESOURCE_CREATE_2D of format 99");
    int r = cmd_create(d, 21, FORMAT_B8G8R8X8, 8192, 8192);
    misuse(r, RESP_ERR_OUT_OF_MEMORY, "RESOURCE_CREATE_2D 8192x8192 (256 MiB, over max_hostmem)");
    if (r == RESP_OK_NODATA) {
        note("gpu-misuse: run with max_hostmem below 256M");
        cmd_res(d, CMD_RESOURCE_UNREF, 21);
    }
}

/* Requests that are not commands, or have no room for the answer. */
static void misuse_requests(VirtioDev *d)
{
    req_begin(CMD_BOGUS);
    misuse(gpu_cmd(d, sizeof(CtrlHdr)), RESP_ERR_UNSPEC, "unknown command 0x1ff");
    req_begin(CMD_CTX_CREATE);
    misuse(gpu_cmd(d, sizeof(CtrlHdr) + 8), RESP_ERR_UNSPEC, "3D command CTX_CREATE");
    req_begin(CMD_GET_DISPLAY_INFO);
    misuse(gpu_cmd(d, 8), RESP_ERR_UNSPEC, "8-byte request (header cut short)");
    req_begin(CMD_RESOURCE_CREATE_2D);
    misuse(gpu_cmd(d, sizeof(CtrlHdr) + 4), RESP_ERR_UNSPEC,
           "RESOURCE_CREATE_2D cut short");
    req_begin(CMD_GET_DISPLAY_INFO);
    int r = gpu_send(d, sizeof(CtrlHdr), 0, sizeof(CtrlHdr));
    check(r == RESP_OK_DISPLAY_INFO && used_len == sizeof(CtrlHdr),
          "gpu-misuse: GET_DISPLAY_INFO with room for the header only: completed, cut "
          "(%s, used.len %u)", resp_name(r), used_len);
}

void gpu_misuse_test(void)
{
    VirtioDev d;
    uint32_t w, h;
    if (!check(gpu_init(&d), "gpu-misuse: init (status 0x%x)", virtio_status(&d))) {
        return;
    }
    MemEntry small = { (uintptr_t)mem->small_backing, sizeof(mem->small_backing), 0 };
    if (!check(cmd_create(&d, RES_MISUSE, FORMAT_B8G8R8X8, MISUSE_SIDE, MISUSE_SIDE) ==
                       RESP_OK_NODATA &&
                   cmd_attach(&d, RES_MISUSE, &small, 1, 1) == RESP_OK_NODATA &&
                   cmd_create(&d, RES_MISUSE2, FORMAT_B8G8R8X8, MISUSE_SIDE, MISUSE_SIDE) ==
                       RESP_OK_NODATA,
               "gpu-misuse: two 64x64 resources, one with backing")) {
        return;
    }
    misuse_bounds(&d);
    misuse_ids(&d);
    misuse_create(&d);
    misuse_requests(&d);
    Rect all = { 0, 0, MISUSE_SIDE, MISUSE_SIDE };
    misuse(cmd_transfer(&d, RES_MISUSE, all, 0), RESP_OK_NODATA,
           "a valid TRANSFER_TO_HOST_2D afterwards");
    check(check_display_info(&d, &w, &h) &&
              !(virtio_status(&d) & VIRTIO_STATUS_NEEDS_RESET),
          "gpu-misuse: the device still answers (status 0x%x)", virtio_status(&d));
    virtio_reset(&d);
}
