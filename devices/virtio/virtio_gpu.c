/* virtio-gpu, the 2D device (virtio 1.2 §5.7): one scanout, no 3D
 * (num_capsets 0), no blob resources.
 *
 * The guest creates resources (§5.7.6.8 RESOURCE_CREATE_2D): host buffers
 * of width x height pixels of 4 bytes, which the device keeps and counts
 * against max_hostmem. It attaches guest pages to a resource as its backing
 * (RESOURCE_ATTACH_BACKING, a scatter list of guest-physical entries), draws
 * there, and asks the device to copy a rectangle into the host buffer
 * (TRANSFER_TO_HOST_2D). SET_SCANOUT names the resource the display shows,
 * RESOURCE_FLUSH says which part changed. The host buffer of the scanned-out
 * resource is what the machine's Display (devices/display.h) shows, with no
 * copy: the device publishes a surface that points into it.
 *
 * controlq (queue 0) carries commands with a response each (§5.7.6.7),
 * answered at once, so a fenced command is done when its answer arrives;
 * cursorq (queue 1) carries UPDATE_CURSOR and MOVE_CURSOR, without response
 * (§5.7.6.10). Config space (§5.7.4): events_read, events_clear,
 * num_scanouts 1, num_capsets 0. When the host asks for another size
 * (display_request_size), the device sets VIRTIO_GPU_EVENT_DISPLAY in
 * events_read and raises a config-change interrupt; the driver then reads
 * GET_DISPLAY_INFO again.
 *
 * Guest input is untrusted: every request is bounds-checked, every backing
 * entry must lie in guest RAM, every copy stays within the resource and its
 * backing, and a malformed request gets the spec's error response. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/device.h"
#include "devices/display.h"
#include "devices/state.h"
#include "devices/virtio/virtio.h"

#define VIRTIO_GPU_F_EDID (1ull << 1)       /* §5.7.3 */
#define VIRTIO_GPU_EVENT_DISPLAY 1u         /* §5.7.4 events_read */
#define VIRTIO_GPU_FLAG_FENCE 1u            /* §5.7.6.7 ctrl_hdr.flags */

enum { GPU_CONTROLQ = 0, GPU_CURSORQ = 1 };

/* Command and response types (§5.7.6.7). */
enum {
    CMD_GET_DISPLAY_INFO = 0x0100, CMD_RESOURCE_CREATE_2D, CMD_RESOURCE_UNREF,
    CMD_SET_SCANOUT, CMD_RESOURCE_FLUSH, CMD_TRANSFER_TO_HOST_2D,
    CMD_RESOURCE_ATTACH_BACKING, CMD_RESOURCE_DETACH_BACKING, CMD_GET_CAPSET_INFO,
    CMD_GET_CAPSET, CMD_GET_EDID,
    CMD_UPDATE_CURSOR = 0x0300, CMD_MOVE_CURSOR,
    RESP_OK_NODATA = 0x1100, RESP_OK_DISPLAY_INFO, RESP_OK_CAPSET_INFO, RESP_OK_CAPSET,
    RESP_OK_EDID,
    RESP_ERR_UNSPEC = 0x1200, RESP_ERR_OUT_OF_MEMORY, RESP_ERR_INVALID_SCANOUT_ID,
    RESP_ERR_INVALID_RESOURCE_ID, RESP_ERR_INVALID_CONTEXT_ID, RESP_ERR_INVALID_PARAMETER,
};

/* Sizes of the spec's structures, in bytes. */
enum {
    HDR_SIZE = 24,              /* struct virtio_gpu_ctrl_hdr */
    REQ_MAX = 56,               /* the largest fixed request (transfer, cursor) */
    MAX_SCANOUTS = 16,          /* VIRTIO_GPU_MAX_SCANOUTS: display_info entries */
    DISPLAY_INFO_SIZE = HDR_SIZE + MAX_SCANOUTS * 24,
    EDID_BLOCK = 128,           /* one EDID base block */
    EDID_RESP_SIZE = HDR_SIZE + 8 + 1024,   /* struct virtio_gpu_resp_edid */
    MEM_ENTRY_SIZE = 16,        /* struct virtio_gpu_mem_entry */
    GPU_CONFIG_SIZE = 16,       /* struct virtio_gpu_config */
};

/* Host limits: what one guest may make the host hold beyond max_hostmem's
 * pixels. QEMU refuses more than 16384 entries per attach too. */
enum {
    MAX_RESOURCES = 4096,
    MAX_ENTRIES = 16384,            /* per RESOURCE_ATTACH_BACKING */
    MAX_TOTAL_ENTRIES = 1 << 20,    /* over every resource: 16 MiB of entries */
    RES_BUCKETS = 256,
    CURSOR_PIXELS = DISPLAY_CURSOR_SIZE * DISPLAY_CURSOR_SIZE,
};

#define GPU_STATE_VERSION 1
#define DEFAULT_XRES 1024
#define DEFAULT_YRES 768
#define DEFAULT_HOSTMEM (256ull << 20)   /* QEMU's max_hostmem default */

typedef struct GpuEntry {
    uint64_t addr;              /* guest physical, [addr, addr + len) in RAM */
    uint32_t len;               /* bytes */
} GpuEntry;

typedef struct Resource {
    uint32_t id, format, width, height;
    uint8_t *pixels;            /* host copy: width * height * 4 bytes, rows packed */
    GpuEntry *entries;          /* the backing, NULL when none is attached */
    uint32_t nentries;
    uint64_t backing_size;      /* bytes, the sum of the entries' lengths */
    struct Resource *next;      /* in its hash bucket */
} Resource;

typedef struct Rect {
    uint32_t x, y, w, h;
} Rect;

typedef struct VirtioGpu {
    VirtioDevice *v;
    Display *display;
    uint32_t xres, yres;        /* the size offered while the host has no opinion */
    uint64_t max_hostmem;       /* bytes all resources' pixels may take */
    uint64_t hostmem;           /* bytes they take now */
    uint32_t nresources, total_entries;
    Resource *bucket[RES_BUCKETS];
    uint32_t events_read;       /* VIRTIO_GPU_EVENT_* not yet cleared */
    uint32_t scanout_res;       /* the resource shown, 0 = scanout disabled */
    Rect scanout;               /* its part shown, in resource pixels */
    bool cursor_on;
    uint32_t cursor_hot_x, cursor_hot_y;
    int32_t cursor_x, cursor_y; /* scanout pixels; may be negative */
    uint32_t cursor[CURSOR_PIXELS];   /* 0xAARRGGBB, while cursor_on */
    VirtqChain chain;
    uint8_t req[REQ_MAX];       /* the fixed part of the current request */
    uint64_t req_len;           /* its readable bytes */
    uint8_t resp[EDID_RESP_SIZE];
} VirtioGpu;

/* --- pixel formats (§5.7.6.8) ------------------------------------------------ */

/* Byte offsets of red, green, blue and alpha (-1: none, opaque) in a pixel
 * of each format, named by its bytes in memory order. */
static const struct {
    uint32_t format;
    int8_t r, g, b, a;
} formats[] = {
    { DISPLAY_B8G8R8A8, 2, 1, 0, 3 },  { DISPLAY_B8G8R8X8, 2, 1, 0, -1 },
    { DISPLAY_A8R8G8B8, 1, 2, 3, 0 },  { DISPLAY_X8R8G8B8, 1, 2, 3, -1 },
    { DISPLAY_R8G8B8A8, 0, 1, 2, 3 },  { DISPLAY_X8B8G8R8, 3, 2, 1, -1 },
    { DISPLAY_A8B8G8R8, 3, 2, 1, 0 },  { DISPLAY_R8G8B8X8, 0, 1, 2, -1 },
};

static int format_index(uint32_t format)
{
    for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
        if (formats[i].format == format) {
            return (int)i;
        }
    }
    return -1;
}

/* The pixel at p, of resource format f, as 0xAARRGGBB. */
static uint32_t pixel_argb(int f, const uint8_t *p)
{
    uint32_t a = formats[f].a < 0 ? 0xff : p[formats[f].a];
    return a << 24 | (uint32_t)p[formats[f].r] << 16 | (uint32_t)p[formats[f].g] << 8 |
           p[formats[f].b];
}

/* --- resources ---------------------------------------------------------------- */

static uint64_t res_bytes(const Resource *res)
{
    return (uint64_t)res->width * res->height * 4;
}

static Resource *res_find(const VirtioGpu *g, uint32_t id)
{
    Resource *res = g->bucket[id % RES_BUCKETS];
    while (res && res->id != id) {
        res = res->next;
    }
    return res;
}

/* Appends res to its bucket (in order, so a saved state loads back into the
 * same order and saves the same again). */
static void res_insert(VirtioGpu *g, Resource *res)
{
    Resource **p = &g->bucket[res->id % RES_BUCKETS];
    while (*p) {
        p = &(*p)->next;
    }
    res->next = NULL;
    *p = res;
    g->nresources++;
    g->hostmem += res_bytes(res);
}

static void backing_free(VirtioGpu *g, Resource *res)
{
    g->total_entries -= res->nentries;
    free(res->entries);
    res->entries = NULL;
    res->nentries = 0;
    res->backing_size = 0;
}

/* Publishes the scanout to the display: the scanout rectangle of the
 * resource's host copy, or nothing. */
static void scanout_publish(VirtioGpu *g)
{
    Resource *res = g->scanout_res ? res_find(g, g->scanout_res) : NULL;
    if (!res) {
        display_set_surface(g->display, NULL);
        return;
    }
    size_t stride = (size_t)res->width * 4;
    DisplaySurface s = {
        .width = (int)g->scanout.w, .height = (int)g->scanout.h, .stride = (int)stride,
        .format = (enum DisplayFormat)res->format,
        .pixels = res->pixels + g->scanout.y * stride + (size_t)g->scanout.x * 4,
    };
    display_set_surface(g->display, &s);
}

static void scanout_disable(VirtioGpu *g)
{
    g->scanout_res = 0;
    g->scanout = (Rect){ 0 };
    display_set_surface(g->display, NULL);
}

/* Unlinks res and frees it; the display stops showing it first. */
static void res_destroy(VirtioGpu *g, Resource *res)
{
    if (g->scanout_res == res->id) {
        scanout_disable(g);
    }
    Resource **p = &g->bucket[res->id % RES_BUCKETS];
    while (*p != res) {
        p = &(*p)->next;
    }
    *p = res->next;
    g->nresources--;
    g->hostmem -= res_bytes(res);
    backing_free(g, res);
    free(res->pixels);
    free(res);
}

static void res_destroy_all(VirtioGpu *g)
{
    for (unsigned b = 0; b < RES_BUCKETS; b++) {
        while (g->bucket[b]) {
            res_destroy(g, g->bucket[b]);
        }
    }
}

/* True when rectangle r lies within a width x height area (64-bit sums:
 * x + w may not fit 32 bits). */
static bool rect_inside(const Rect *r, uint32_t width, uint32_t height)
{
    return (uint64_t)r->x + r->w <= width && (uint64_t)r->y + r->h <= height;
}

/* Where a walk over a backing's entries stands. */
typedef struct BackingPos {
    uint32_t i;                 /* entry index */
    uint64_t start;             /* backing offset of entry i, bytes */
} BackingPos;

/* Copies len bytes from byte off of res's backing (checked to lie within
 * it) to dst. *pos remembers the entry where the last copy ended: a
 * transfer copies its rows in ascending order (off never goes back), so
 * its walk over the entries is linear. */
static void backing_read(const VirtioGpu *g, const Resource *res, BackingPos *pos,
                         uint64_t off, uint8_t *dst, uint64_t len)
{
    while (len > 0 && pos->i < res->nentries) {
        const GpuEntry *e = &res->entries[pos->i];
        if (off >= pos->start + e->len) {
            pos->start += e->len;
            pos->i++;
            continue;
        }
        uint64_t in = off - pos->start;
        uint64_t n = len < e->len - in ? len : e->len - in;
        const uint8_t *src = guest_ram_ptr(&g->v->ram, e->addr + in, n);
        if (src) {
            memcpy(dst, src, n);
        } else {
            memset(dst, 0, n);   /* cannot happen: entries were checked */
        }
        dst += n;
        off += n;
        len -= n;
    }
}

/* --- requests ------------------------------------------------------------------ */

static uint32_t req32(const VirtioGpu *g, unsigned off)
{
    return get_le32(g->req + off);
}

/* The rectangle of a request at byte off (struct virtio_gpu_rect). */
static Rect req_rect(const VirtioGpu *g, unsigned off)
{
    return (Rect){ req32(g, off), req32(g, off + 4), req32(g, off + 8), req32(g, off + 12) };
}

/* The size the display wants: the host's request, else xres x yres. */
static void wanted_size(const VirtioGpu *g, uint32_t *w, uint32_t *h)
{
    bool host = g->display->want_width > 0 && g->display->want_height > 0;
    *w = host ? (uint32_t)g->display->want_width : g->xres;
    *h = host ? (uint32_t)g->display->want_height : g->yres;
}

/* §5.7.6.8 GET_DISPLAY_INFO: scanout 0 enabled at the wanted size. */
static uint32_t cmd_get_display_info(VirtioGpu *g, size_t *resp_len)
{
    uint32_t w, h;
    wanted_size(g, &w, &h);
    put_le32(g->resp + HDR_SIZE + 8, w);
    put_le32(g->resp + HDR_SIZE + 12, h);
    put_le32(g->resp + HDR_SIZE + 16, 1);   /* enabled */
    *resp_len = DISPLAY_INFO_SIZE;
    return RESP_OK_DISPLAY_INFO;
}

/* The detailed timing descriptor (18 bytes at d) of w x h pixels (at most
 * 4095 each), wmm x hmm millimetres: reduced blanking at 60 Hz, slower
 * when the pixel clock would not fit its 16 bits of 10 kHz, faster for
 * tiny modes, whose clock would be below the 10 MHz decoders accept. */
static void edid_timing(uint8_t *d, uint32_t w, uint32_t h, uint32_t wmm, uint32_t hmm)
{
    enum { HFRONT = 48, HSYNC = 32, HBLANK = 160, VFRONT = 3, VSYNC = 6, VBLANK = 23 };
    uint64_t total = (uint64_t)(w + HBLANK) * (h + VBLANK);
    uint64_t hz = total * 60 > 655350000u ? 655350000u / total : 60;
    uint32_t clock = (uint32_t)((total * hz + 9999) / 10000);
    clock = clock < 1000 ? 1000 : clock;
    d[0] = (uint8_t)clock, d[1] = (uint8_t)(clock >> 8);
    d[2] = (uint8_t)w, d[3] = HBLANK, d[4] = (uint8_t)((w >> 8) << 4 | HBLANK >> 8);
    d[5] = (uint8_t)h, d[6] = VBLANK, d[7] = (uint8_t)((h >> 8) << 4 | VBLANK >> 8);
    d[8] = HFRONT, d[9] = HSYNC, d[10] = VFRONT << 4 | VSYNC, d[11] = 0;
    d[12] = (uint8_t)wmm, d[13] = (uint8_t)hmm, d[14] = (uint8_t)((wmm >> 8) << 4 | hmm >> 8);
    d[15] = d[16] = 0;                         /* no border */
    d[17] = 0x1a;                              /* digital separate sync, hsync +, vsync - */
}

/* An EDID 1.4 base block (VESA E-EDID): vendor "RVB", digital 8-bit
 * DisplayPort input, sRGB, the monitor name "rvbox", and one detailed
 * timing, the preferred mode: w x h. A detailed timing holds at most
 * 4095 x 4095: larger sizes are clamped there (Linux takes the size from
 * GET_DISPLAY_INFO anyway). Screen size as at 96 dpi. */
static void edid_build(uint8_t *e, uint32_t w, uint32_t h)
{
    static const uint8_t head[35] = {
        0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00,   /* header */
        0x4a, 0xc2, 0x01, 0x00, 0, 0, 0, 0,   /* "RVB", product 1, no serial */
        1, 34, 1, 4,                          /* week 1 of 2024, EDID 1.4 */
        0xa5, 0, 0, 0x78, 0x06,               /* input, size (below), gamma 2.2, sRGB */
        0xee, 0x91, 0xa3, 0x54, 0x4c, 0x99, 0x26, 0x0f, 0x50, 0x54,   /* sRGB */
    };
    static const uint8_t name[18] = { 0, 0, 0, 0xfc, 0, 'r', 'v', 'b', 'o', 'x', '\n',
                                      ' ', ' ', ' ', ' ', ' ', ' ', ' ' };
    memset(e, 0, EDID_BLOCK);
    memcpy(e, head, sizeof(head));
    w = w > 4095 ? 4095 : w;
    h = h > 4095 ? 4095 : h;
    uint32_t wmm = w * 254 / 960, hmm = h * 254 / 960;   /* at least 1 cm */
    wmm = wmm < 10 ? 10 : wmm;
    hmm = hmm < 10 ? 10 : hmm;
    e[21] = (uint8_t)(wmm / 10 > 255 ? 255 : wmm / 10);   /* cm */
    e[22] = (uint8_t)(hmm / 10 > 255 ? 255 : hmm / 10);
    memset(e + 38, 0x01, 16);                  /* standard timings: unused */
    edid_timing(e + 54, w, h, wmm, hmm);
    memcpy(e + 72, name, sizeof(name));
    e[90 + 3] = 0x10;                          /* two dummy descriptors */
    e[108 + 3] = 0x10;
    uint8_t sum = 0;
    for (int i = 0; i < EDID_BLOCK - 1; i++) {
        sum = (uint8_t)(sum + e[i]);
    }
    e[EDID_BLOCK - 1] = (uint8_t)(0x100 - sum);   /* all 128 bytes sum to 0 */
}

/* §5.7.6.8 GET_EDID (with VIRTIO_GPU_F_EDID): the block of scanout 0. */
static uint32_t cmd_get_edid(VirtioGpu *g, size_t *resp_len)
{
    uint32_t w, h;
    if (!virtio_has_feature(g->v, VIRTIO_GPU_F_EDID)) {
        return RESP_ERR_UNSPEC;
    }
    if (req32(g, HDR_SIZE) != 0) {
        return RESP_ERR_INVALID_PARAMETER;
    }
    wanted_size(g, &w, &h);
    put_le32(g->resp + HDR_SIZE, EDID_BLOCK);
    edid_build(g->resp + HDR_SIZE + 8, w, h);
    *resp_len = EDID_RESP_SIZE;
    return RESP_OK_EDID;
}

/* §5.7.6.8 RESOURCE_CREATE_2D {resource_id, format, width, height}: a
 * zeroed host buffer, within max_hostmem. */
static uint32_t cmd_resource_create_2d(VirtioGpu *g, size_t *resp_len)
{
    uint32_t id = req32(g, HDR_SIZE), format = req32(g, HDR_SIZE + 4);
    uint32_t w = req32(g, HDR_SIZE + 8), h = req32(g, HDR_SIZE + 12);
    if (id == 0 || res_find(g, id)) {
        return RESP_ERR_INVALID_RESOURCE_ID;
    }
    if (format_index(format) < 0 || w == 0 || h == 0 || w > DISPLAY_MAX_WIDTH ||
        h > DISPLAY_MAX_HEIGHT) {
        return RESP_ERR_INVALID_PARAMETER;
    }
    uint64_t bytes = (uint64_t)w * h * 4;
    if (g->nresources >= MAX_RESOURCES || bytes > g->max_hostmem - g->hostmem) {
        return RESP_ERR_OUT_OF_MEMORY;
    }
    Resource *res = calloc(1, sizeof(*res));
    uint8_t *pixels = res ? calloc(1, bytes) : NULL;
    if (!pixels) {
        free(res);
        return RESP_ERR_OUT_OF_MEMORY;
    }
    *res = (Resource){ .id = id, .format = format, .width = w, .height = h, .pixels = pixels };
    res_insert(g, res);
    return RESP_OK_NODATA;
}

/* §5.7.6.8 RESOURCE_UNREF {resource_id}. */
static uint32_t cmd_resource_unref(VirtioGpu *g, size_t *resp_len)
{
    Resource *res = res_find(g, req32(g, HDR_SIZE));
    if (!res) {
        return RESP_ERR_INVALID_RESOURCE_ID;
    }
    res_destroy(g, res);
    return RESP_OK_NODATA;
}

/* §5.7.6.8 SET_SCANOUT {rect, scanout_id, resource_id}: resource 0
 * disables the scanout; otherwise the rectangle, not empty, must lie within
 * the resource. */
static uint32_t cmd_set_scanout(VirtioGpu *g, size_t *resp_len)
{
    Rect r = req_rect(g, HDR_SIZE);
    uint32_t scanout_id = req32(g, HDR_SIZE + 16), id = req32(g, HDR_SIZE + 20);
    if (scanout_id != 0) {
        return RESP_ERR_INVALID_SCANOUT_ID;
    }
    if (id == 0) {
        scanout_disable(g);
        return RESP_OK_NODATA;
    }
    Resource *res = res_find(g, id);
    if (!res) {
        return RESP_ERR_INVALID_RESOURCE_ID;
    }
    if (r.w == 0 || r.h == 0 || !rect_inside(&r, res->width, res->height)) {
        return RESP_ERR_INVALID_PARAMETER;
    }
    g->scanout_res = id;
    g->scanout = r;
    scanout_publish(g);
    return RESP_OK_NODATA;
}

/* §5.7.6.8 RESOURCE_FLUSH {rect, resource_id}: the part of the rectangle
 * the scanout shows is redrawn. */
static uint32_t cmd_resource_flush(VirtioGpu *g, size_t *resp_len)
{
    Rect r = req_rect(g, HDR_SIZE);
    uint32_t id = req32(g, HDR_SIZE + 16);
    Resource *res = res_find(g, id);
    if (!res) {
        return RESP_ERR_INVALID_RESOURCE_ID;
    }
    if (!rect_inside(&r, res->width, res->height)) {
        return RESP_ERR_INVALID_PARAMETER;
    }
    if (g->scanout_res != id) {
        return RESP_OK_NODATA;
    }
    const Rect *s = &g->scanout;
    uint32_t x0 = r.x > s->x ? r.x : s->x, y0 = r.y > s->y ? r.y : s->y;
    uint32_t x1 = r.x + r.w < s->x + s->w ? r.x + r.w : s->x + s->w;   /* all <= 8192 */
    uint32_t y1 = r.y + r.h < s->y + s->h ? r.y + r.h : s->y + s->h;
    if (x0 < x1 && y0 < y1) {
        display_update(g->display, (int)(x0 - s->x), (int)(y0 - s->y), (int)(x1 - x0),
                       (int)(y1 - y0));
    }
    return RESP_OK_NODATA;
}

/* §5.7.6.8 TRANSFER_TO_HOST_2D {rect, offset, resource_id}: row k of the
 * rectangle comes from backing byte offset + k * stride (stride: the
 * resource's row, width * 4), as Linux and QEMU lay the backing out like
 * the resource. Everything read must lie within the backing. */
static uint32_t cmd_transfer_to_host_2d(VirtioGpu *g, size_t *resp_len)
{
    Rect r = req_rect(g, HDR_SIZE);
    uint64_t offset = get_le64(g->req + HDR_SIZE + 16);
    Resource *res = res_find(g, req32(g, HDR_SIZE + 24));
    if (!res) {
        return RESP_ERR_INVALID_RESOURCE_ID;
    }
    if (!rect_inside(&r, res->width, res->height)) {
        return RESP_ERR_INVALID_PARAMETER;
    }
    if (!res->entries) {
        return RESP_ERR_UNSPEC;
    }
    if (r.w == 0 || r.h == 0) {
        return RESP_OK_NODATA;
    }
    uint64_t stride = (uint64_t)res->width * 4, row = (uint64_t)r.w * 4;
    uint64_t span = stride * (r.h - 1) + row;
    if (offset > res->backing_size || span > res->backing_size - offset) {
        return RESP_ERR_INVALID_PARAMETER;
    }
    BackingPos pos = { 0, 0 };
    uint8_t *dst = res->pixels + r.y * stride + (uint64_t)r.x * 4;
    if (r.x == 0 && r.w == res->width) {
        backing_read(g, res, &pos, offset, dst, stride * r.h);   /* rows are contiguous */
        return RESP_OK_NODATA;
    }
    for (uint32_t k = 0; k < r.h; k++) {
        backing_read(g, res, &pos, offset + k * stride, dst + k * stride, row);
    }
    return RESP_OK_NODATA;
}

/* §5.7.6.8 RESOURCE_ATTACH_BACKING {resource_id, nr_entries}, followed in
 * the request by nr_entries virtio_gpu_mem_entry {addr, length}: every
 * entry must lie in guest RAM. */
static uint32_t cmd_resource_attach_backing(VirtioGpu *g, size_t *resp_len)
{
    Resource *res = res_find(g, req32(g, HDR_SIZE));
    uint32_t n = req32(g, HDR_SIZE + 4);
    if (!res) {
        return RESP_ERR_INVALID_RESOURCE_ID;
    }
    if (res->entries || n == 0 || n > MAX_ENTRIES ||
        g->req_len - (HDR_SIZE + 8) < (uint64_t)n * MEM_ENTRY_SIZE) {
        return RESP_ERR_UNSPEC;
    }
    if (n > MAX_TOTAL_ENTRIES - g->total_entries) {
        return RESP_ERR_OUT_OF_MEMORY;
    }
    uint8_t *raw = malloc((size_t)n * MEM_ENTRY_SIZE);
    GpuEntry *e = malloc((size_t)n * sizeof(*e));
    uint64_t size = 0;
    bool ok = raw && e &&
              virtq_chain_read(&g->chain, &g->v->ram, HDR_SIZE + 8, raw,
                               (size_t)n * MEM_ENTRY_SIZE) == (size_t)n * MEM_ENTRY_SIZE;
    for (uint32_t i = 0; ok && i < n; i++) {
        e[i] = (GpuEntry){ get_le64(raw + i * MEM_ENTRY_SIZE),
                           get_le32(raw + i * MEM_ENTRY_SIZE + 8) };
        ok = guest_ram_ptr(&g->v->ram, e[i].addr, e[i].len) != NULL;
        size += e[i].len;
    }
    free(raw);
    if (!ok) {
        free(e);
        return raw && e ? RESP_ERR_UNSPEC : RESP_ERR_OUT_OF_MEMORY;
    }
    res->entries = e;
    res->nentries = n;
    res->backing_size = size;
    g->total_entries += n;
    return RESP_OK_NODATA;
}

/* §5.7.6.8 RESOURCE_DETACH_BACKING {resource_id}: the host copy stays. */
static uint32_t cmd_resource_detach_backing(VirtioGpu *g, size_t *resp_len)
{
    Resource *res = res_find(g, req32(g, HDR_SIZE));
    if (!res) {
        return RESP_ERR_INVALID_RESOURCE_ID;
    }
    if (!res->entries) {
        return RESP_ERR_UNSPEC;
    }
    backing_free(g, res);
    return RESP_OK_NODATA;
}

/* The controlq commands with the size of their fixed request. */
static const struct {
    uint32_t type;
    uint32_t size;
    uint32_t (*run)(VirtioGpu *g, size_t *resp_len);
} commands[] = {
    { CMD_GET_DISPLAY_INFO, HDR_SIZE, cmd_get_display_info },
    { CMD_GET_EDID, HDR_SIZE + 8, cmd_get_edid },
    { CMD_RESOURCE_CREATE_2D, HDR_SIZE + 16, cmd_resource_create_2d },
    { CMD_RESOURCE_UNREF, HDR_SIZE + 8, cmd_resource_unref },
    { CMD_SET_SCANOUT, HDR_SIZE + 24, cmd_set_scanout },
    { CMD_RESOURCE_FLUSH, HDR_SIZE + 24, cmd_resource_flush },
    { CMD_TRANSFER_TO_HOST_2D, HDR_SIZE + 32, cmd_transfer_to_host_2d },
    { CMD_RESOURCE_ATTACH_BACKING, HDR_SIZE + 8, cmd_resource_attach_backing },
    { CMD_RESOURCE_DETACH_BACKING, HDR_SIZE + 8, cmd_resource_detach_backing },
};

/* Runs the request in g->req; returns the response type, the response
 * (beyond its header) in g->resp and its length in *resp_len. A request
 * shorter than its command's structure, or of a type this device does not
 * know (3D, capsets, blobs), gets ERR_UNSPEC. */
static uint32_t run_command(VirtioGpu *g, size_t *resp_len)
{
    uint32_t type = req32(g, 0);
    if (g->req_len < HDR_SIZE) {
        return RESP_ERR_UNSPEC;
    }
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
        if (commands[i].type == type) {
            return g->req_len < commands[i].size ? RESP_ERR_UNSPEC
                                                  : commands[i].run(g, resp_len);
        }
    }
    return RESP_ERR_UNSPEC;
}

/* Reads the fixed part of the popped request (zero-filled when short). */
static void read_request(VirtioGpu *g)
{
    memset(g->req, 0, sizeof(g->req));
    g->req_len = g->chain.readable_len;
    virtq_chain_read(&g->chain, &g->v->ram, 0, g->req, sizeof(g->req));
}

/* One controlq request: its response goes into the writable part, cut to
 * what fits (a driver that gave too little room still gets the chain back),
 * with the fence of the request echoed (§5.7.6.7: fenced commands are
 * complete when answered, as every command here is). */
static int gpu_ctrl_complete(void *dev, VirtQueue *q, const GuestRam *ram)
{
    VirtioGpu *g = dev;
    size_t len = HDR_SIZE;
    read_request(g);
    memset(g->resp, 0, sizeof(g->resp));
    put_le32(g->resp, run_command(g, &len));
    if (req32(g, 4) & VIRTIO_GPU_FLAG_FENCE) {
        put_le32(g->resp + 4, VIRTIO_GPU_FLAG_FENCE);
        memcpy(g->resp + 8, g->req + 8, 12);   /* fence_id, ctx_id */
    }
    virtq_chain_write(&g->chain, ram, 0, g->resp, len);
    return virtq_push(q, ram, g->chain.head, g->chain.written);
}

/* --- the cursor (§5.7.6.10) ------------------------------------------------------- */

/* UPDATE_CURSOR {pos, resource_id, hot_x, hot_y}: the image of a 64 x 64
 * resource (its host copy), or none for resource 0. A resource that does
 * not exist or has another size changes nothing. */
static void cursor_update(VirtioGpu *g)
{
    uint32_t id = req32(g, HDR_SIZE + 16);
    if (id == 0) {
        g->cursor_on = false;
        display_cursor_define(g->display, NULL, 0, 0);
        return;
    }
    Resource *res = res_find(g, id);
    if (!res || res->width != DISPLAY_CURSOR_SIZE || res->height != DISPLAY_CURSOR_SIZE) {
        return;
    }
    int f = format_index(res->format);
    for (int i = 0; i < CURSOR_PIXELS; i++) {
        g->cursor[i] = pixel_argb(f, res->pixels + 4 * i);
    }
    uint32_t hx = req32(g, HDR_SIZE + 20), hy = req32(g, HDR_SIZE + 24);
    g->cursor_hot_x = hx < DISPLAY_CURSOR_SIZE ? hx : DISPLAY_CURSOR_SIZE - 1;
    g->cursor_hot_y = hy < DISPLAY_CURSOR_SIZE ? hy : DISPLAY_CURSOR_SIZE - 1;
    g->cursor_on = true;
    display_cursor_define(g->display, g->cursor, (int)g->cursor_hot_x, (int)g->cursor_hot_y);
}

/* One cursorq request {hdr, pos {scanout_id, x, y}, ...}; nothing is
 * written back. Both commands move the cursor. */
static int gpu_cursor_complete(void *dev, VirtQueue *q, const GuestRam *ram)
{
    VirtioGpu *g = dev;
    read_request(g);
    uint32_t type = req32(g, 0);
    bool known = type == CMD_UPDATE_CURSOR || type == CMD_MOVE_CURSOR;
    if (known && g->req_len >= REQ_MAX && req32(g, HDR_SIZE) == 0) {
        if (type == CMD_UPDATE_CURSOR) {
            cursor_update(g);
        }
        g->cursor_x = (int32_t)req32(g, HDR_SIZE + 4);
        g->cursor_y = (int32_t)req32(g, HDR_SIZE + 8);
        display_cursor_move(g->display, g->cursor_x, g->cursor_y);
    }
    return virtq_push(q, ram, g->chain.head, 0);
}

static void gpu_queue_notify(VirtioDevice *v, void *dev, unsigned q)
{
    VirtioGpu *g = dev;
    virtio_serve_queue(v, q, &g->chain, q == GPU_CONTROLQ ? gpu_ctrl_complete
                                                          : gpu_cursor_complete);
}

/* --- config space, host events, reset ------------------------------------------ */

/* struct virtio_gpu_config (§5.7.4). */
static void gpu_config_read(void *dev, uint8_t *buf)
{
    VirtioGpu *g = dev;
    put_le32(buf + 0, g->events_read);
    put_le32(buf + 4, 0);       /* events_clear reads 0 */
    put_le32(buf + 8, 1);       /* num_scanouts */
    put_le32(buf + 12, 0);      /* num_capsets */
}

/* Bits written to events_clear clear the same bits of events_read. */
static void gpu_config_write(void *dev, const uint8_t *buf, uint32_t off, uint32_t len)
{
    VirtioGpu *g = dev;
    if (off < 8 && off + len > 4) {
        g->events_read &= ~get_le32(buf + 4);
    }
}

/* The display's resize handler: the host wants another size. */
static void gpu_display_resized(void *dev, int width, int height)
{
    VirtioGpu *g = dev;
    g->events_read |= VIRTIO_GPU_EVENT_DISPLAY;
    virtio_config_changed(g->v);
}

static void cursor_hide(VirtioGpu *g)
{
    g->cursor_on = false;
    g->cursor_hot_x = g->cursor_hot_y = 0;
    g->cursor_x = g->cursor_y = 0;
    display_cursor_define(g->display, NULL, 0, 0);
}

/* §5.7 device reset: no resources, scanout off, no cursor, no event. */
static void gpu_reset(void *dev)
{
    VirtioGpu *g = dev;
    res_destroy_all(g);
    scanout_disable(g);
    cursor_hide(g);
    g->events_read = 0;
}

static void gpu_destroy(void *dev)
{
    VirtioGpu *g = dev;
    gpu_reset(g);
    if (g->display->resize_dev == g) {
        display_set_resize_handler(g->display, NULL, NULL);
    }
    free(g);
}

/* --- saved state ------------------------------------------------------------------ */

static void save_resource(const Resource *res, StateWriter *w)
{
    state_put_u32(w, res->id);
    state_put_u32(w, res->format);
    state_put_u32(w, res->width);
    state_put_u32(w, res->height);
    state_put_bool(w, res->entries != NULL);
    state_put_u32(w, res->nentries);
    for (uint32_t i = 0; i < res->nentries; i++) {
        state_put_u64(w, res->entries[i].addr);
        state_put_u32(w, res->entries[i].len);
    }
    state_put_bytes(w, res->pixels, res_bytes(res));
}

/* Layout: version, events_read, scanout (resource, rect), cursor (on,
 * hot spot, position, 4096 pixels when on), resource count, resources. */
static int gpu_save(void *dev, StateWriter *w)
{
    VirtioGpu *g = dev;
    state_put_u32(w, GPU_STATE_VERSION);
    state_put_u32(w, g->events_read);
    state_put_u32(w, g->scanout_res);
    state_put_u32(w, g->scanout.x);
    state_put_u32(w, g->scanout.y);
    state_put_u32(w, g->scanout.w);
    state_put_u32(w, g->scanout.h);
    state_put_bool(w, g->cursor_on);
    state_put_u32(w, g->cursor_hot_x);
    state_put_u32(w, g->cursor_hot_y);
    state_put_u32(w, (uint32_t)g->cursor_x);
    state_put_u32(w, (uint32_t)g->cursor_y);
    for (int i = 0; g->cursor_on && i < CURSOR_PIXELS; i++) {
        state_put_u32(w, g->cursor[i]);
    }
    state_put_u32(w, g->nresources);
    for (unsigned b = 0; b < RES_BUCKETS; b++) {
        for (const Resource *res = g->bucket[b]; res; res = res->next) {
            save_resource(res, w);
        }
    }
    return w->failed ? -1 : 0;
}

/* Reads a resource's backing; false when an entry is not in RAM or the
 * count is over the limits. */
static bool load_backing(VirtioGpu *g, Resource *res, StateReader *r)
{
    bool attached = state_get_bool(r);
    uint32_t n = state_get_u32_max(r, MAX_ENTRIES);
    if (r->failed || (!attached && n != 0) || (attached && n == 0) ||
        n > MAX_TOTAL_ENTRIES - g->total_entries ||
        (uint64_t)n * 12 > state_remaining(r)) {
        return false;
    }
    if (!attached) {
        return true;
    }
    res->entries = malloc((size_t)n * sizeof(*res->entries));
    if (!res->entries) {
        return false;
    }
    res->nentries = n;
    g->total_entries += n;
    for (uint32_t i = 0; i < n; i++) {
        GpuEntry *e = &res->entries[i];
        e->addr = state_get_u64(r);
        e->len = state_get_u32(r);
        res->backing_size += e->len;
        if (!guest_ram_ptr(&g->v->ram, e->addr, e->len)) {
            return false;
        }
    }
    return !r->failed;
}

/* Reads one resource into g; NULL with *why set when it is not valid. */
static const char *load_resource(VirtioGpu *g, StateReader *r)
{
    uint32_t id = state_get_u32(r), format = state_get_u32(r);
    uint32_t w = state_get_u32(r), h = state_get_u32(r);
    if (r->failed) {
        return "saved state is truncated";
    }
    if (id == 0 || res_find(g, id) || format_index(format) < 0 || w == 0 || h == 0 ||
        w > DISPLAY_MAX_WIDTH || h > DISPLAY_MAX_HEIGHT) {
        return "saved resource is not valid";
    }
    uint64_t bytes = (uint64_t)w * h * 4;
    if (g->nresources >= MAX_RESOURCES || bytes > g->max_hostmem - g->hostmem) {
        return "saved resources exceed max_hostmem";
    }
    if (bytes > state_remaining(r)) {   /* before allocating what is not there */
        return "saved state is truncated";
    }
    Resource *res = calloc(1, sizeof(*res));
    uint8_t *pixels = res ? malloc(bytes) : NULL;
    if (!pixels) {
        free(res);
        return "out of memory";
    }
    *res = (Resource){ .id = id, .format = format, .width = w, .height = h, .pixels = pixels };
    res_insert(g, res);   /* from here res_destroy_all frees it on failure */
    if (!load_backing(g, res, r)) {
        return "saved backing is not valid in this machine";
    }
    if (bytes > state_remaining(r)) {
        return "saved state is truncated";
    }
    state_get_bytes(r, pixels, bytes);
    return NULL;
}

/* Reads the scanout and cursor part of the state; NULL when valid. */
static const char *load_display(VirtioGpu *g, StateReader *r)
{
    g->events_read = state_get_u32(r);
    g->scanout_res = state_get_u32(r);
    g->scanout = (Rect){ state_get_u32(r), state_get_u32(r), state_get_u32(r),
                         state_get_u32(r) };
    g->cursor_on = state_get_bool(r);
    g->cursor_hot_x = state_get_u32(r);
    g->cursor_hot_y = state_get_u32(r);
    g->cursor_x = (int32_t)state_get_u32(r);
    g->cursor_y = (int32_t)state_get_u32(r);
    for (int i = 0; g->cursor_on && i < CURSOR_PIXELS; i++) {
        g->cursor[i] = state_get_u32(r);
    }
    if (r->failed) {
        return "saved state is truncated";
    }
    if (g->events_read & ~VIRTIO_GPU_EVENT_DISPLAY || g->cursor_hot_x >= DISPLAY_CURSOR_SIZE ||
        g->cursor_hot_y >= DISPLAY_CURSOR_SIZE) {
        return "saved scanout or cursor is not valid";
    }
    return NULL;
}

/* The scanout must show a resource that exists, within it. */
static bool scanout_valid(const VirtioGpu *g)
{
    if (g->scanout_res == 0) {
        return true;
    }
    const Resource *res = res_find(g, g->scanout_res);
    return res && g->scanout.w > 0 && g->scanout.h > 0 &&
           rect_inside(&g->scanout, res->width, res->height);
}

/* Called on a device the core has just reset (no resources). Everything
 * is checked; on failure the device is reset again and stays usable. */
static int gpu_load(void *dev, StateReader *r, char *err, size_t errlen)
{
    VirtioGpu *g = dev;
    const char *why = NULL;
    if (state_get_u32(r) != GPU_STATE_VERSION) {
        why = r->failed ? "saved state is truncated" : "unknown saved-state version";
    }
    why = why ? why : load_display(g, r);
    uint32_t n = why ? 0 : state_get_u32_max(r, MAX_RESOURCES);
    if (!why && r->failed) {
        why = "saved resource count is not valid";
    }
    for (uint32_t i = 0; !why && i < n; i++) {
        why = load_resource(g, r);
    }
    if (!why && !scanout_valid(g)) {
        why = "saved scanout is not valid";
    }
    if (why) {
        g->scanout_res = 0;   /* published nothing yet: nothing to take back */
        gpu_reset(g);
        snprintf(err, errlen, "virtio-gpu-device: %s", why);
        return -1;
    }
    if (g->scanout_res == 0) {
        g->scanout = (Rect){ 0 };
    }
    scanout_publish(g);
    if (g->cursor_on) {
        display_cursor_define(g->display, g->cursor, (int)g->cursor_hot_x,
                              (int)g->cursor_hot_y);
        display_cursor_move(g->display, g->cursor_x, g->cursor_y);
    }
    return 0;
}

static const VirtioDeviceClass virtio_gpu_class = {
    .device_id = 16,
    .num_queues = 2,
    .config_size = GPU_CONFIG_SIZE,
    .queue_notify = gpu_queue_notify,
    .config_read = gpu_config_read,
    .config_write = gpu_config_write,
    .reset = gpu_reset,
    .save = gpu_save,
    .load = gpu_load,
    .destroy = gpu_destroy,
};

/* --- options and creation ------------------------------------------------------ */

/* xres / yres: pixels, 1..8192. */
static int opt_pixels(const Opts *o, const char *key, uint32_t def, uint32_t *out, char *err,
                      size_t errlen)
{
    const char *s = opts_get(o, key);
    uint64_t v;
    if (opts_get_u64(o, key, def, false, &v) != 0 || v < 1 || v > DISPLAY_MAX_WIDTH) {
        snprintf(err, errlen, "virtio-gpu-device: %s must be 1..%d pixels, not '%s'", key,
                 DISPLAY_MAX_WIDTH, s);
        return -1;
    }
    *out = (uint32_t)v;
    return 0;
}

static int gpu_options(VirtioGpu *g, const Opts *o, bool *edid, char *err, size_t errlen)
{
    const char *mem = opts_get(o, "max_hostmem");
    if (opt_pixels(o, "xres", DEFAULT_XRES, &g->xres, err, errlen) != 0 ||
        opt_pixels(o, "yres", DEFAULT_YRES, &g->yres, err, errlen) != 0 ||
        opts_get_bool(o, "edid", true, edid, "virtio-gpu-device", err, errlen) != 0) {
        return -1;
    }
    if (opts_get_u64(o, "max_hostmem", DEFAULT_HOSTMEM, true, &g->max_hostmem) != 0) {
        snprintf(err, errlen,
                 "virtio-gpu-device: max_hostmem must be a size in bytes (K, M, G suffixes), "
                 "not '%s'", mem);
        return -1;
    }
    return 0;
}

/* Takes the machine's display: one virtio-gpu per machine. */
static void *gpu_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    bool edid;
    if (!ctx->display) {
        snprintf(err, errlen, "virtio-gpu-device: this machine has no display");
        return NULL;
    }
    if (ctx->display->resize) {
        snprintf(err, errlen, "virtio-gpu-device: the machine's display is taken "
                              "(one virtio-gpu-device at most)");
        return NULL;
    }
    VirtioGpu *g = calloc(1, sizeof(*g));
    if (!g) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if (gpu_options(g, opts, &edid, err, errlen) != 0) {
        free(g);
        return NULL;
    }
    g->display = ctx->display;
    g->v = virtio_device_create(&virtio_gpu_class, g, ctx->ram);
    if (!g->v) {
        free(g);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if (edid) {
        g->v->device_features |= VIRTIO_GPU_F_EDID;
    }
    display_set_resize_handler(g->display, gpu_display_resized, g);
    return g->v;
}

DEVICE_REGISTER(virtio_gpu_device) = {
    .name = "virtio-gpu-device",
    .desc = "virtio GPU, 2D (virtio 1.2 §5.7): one scanout on the machine's display",
    .options = (const DeviceOption[]){
        { "xres", "preferred width in pixels until the host asks otherwise (default 1024)" },
        { "yres", "preferred height in pixels (default 768)" },
        { "max_hostmem", "bytes all resources may take on the host (default 256M)" },
        { "edid", "on|off: offer VIRTIO_GPU_F_EDID (default on)" },
        { NULL, NULL } },
    .user_creatable = true,
    .virtio = true,
    .create = gpu_new,
};
