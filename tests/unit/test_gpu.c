/* virtio-gpu (devices/virtio/virtio_gpu.c) driven from the host side as a
 * guest driver would: made through the registry, behind virtio-mmio, with
 * requests and backings in a fake guest RAM and a DisplayListener that
 * records what reaches the display. Covers the config space, display info
 * and EDID, resources in every format, scatter backings, transfers (with
 * the offset semantics Linux relies on), scanout and flush clipping, the
 * cursor queue, every error the spec names, the host-memory and resource
 * caps, a host resize (config interrupt + events_read), save/load (round
 * trip, truncated and hand-made bad states) and reset. Last, the bundled
 * firmware's gpu test on a whole machine (when build/firmware/fwtest.bin
 * exists, i.e. run from the top of the tree): the host asks for another
 * size while it waits, and the machine is saved and restored half-way. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "devices/display.h"
#include "devices/state.h"
#include "machine/machine.h"
#include "tests/unit/testlib.h"

enum {
    RAM_SIZE = 1 << 20, QSIZE = 16,
    REQ = 0x8000, ENTRIES = 0x9000, RESP = 0xa000, BACK = 0x10000,
};

/* Command and response types (virtio 1.2 §5.7.6.7). */
enum {
    GET_DISPLAY_INFO = 0x100, CREATE_2D, UNREF, SET_SCANOUT, FLUSH, TRANSFER, ATTACH, DETACH,
    GET_EDID = 0x10a, UPDATE_CURSOR = 0x300, MOVE_CURSOR,
    OK_NODATA = 0x1100, OK_DISPLAY_INFO, OK_EDID = 0x1104,
    ERR_UNSPEC = 0x1200, ERR_OUT_OF_MEMORY, ERR_INVALID_SCANOUT_ID, ERR_INVALID_RESOURCE_ID,
    ERR_INVALID_PARAMETER = 0x1205,
};

#define F_EDID (1ull << 1)

/* --- the display's side ----------------------------------------------------- */

typedef struct Rec {
    int surfaces, updates, defines, moves;
    bool shown;
    DisplaySurface s;
    int ux, uy, uw, uh;
    bool cursor_on;
    uint32_t cursor[DISPLAY_CURSOR_SIZE * DISPLAY_CURSOR_SIZE];
    int hot_x, hot_y, mx, my;
} Rec;

static void rec_surface(void *o, const DisplaySurface *s)
{
    Rec *r = o;
    r->surfaces++;
    r->shown = s != NULL;
    r->s = s ? *s : (DisplaySurface){ 0 };
}

static void rec_update(void *o, int x, int y, int w, int h)
{
    Rec *r = o;
    r->updates++;
    r->ux = x, r->uy = y, r->uw = w, r->uh = h;
}

static void rec_cursor(void *o, const uint32_t *argb, int hx, int hy)
{
    Rec *r = o;
    r->defines++;
    r->cursor_on = argb != NULL;
    if (argb) {
        memcpy(r->cursor, argb, sizeof(r->cursor));
    }
    r->hot_x = hx, r->hot_y = hy;
}

static void rec_move(void *o, int x, int y)
{
    Rec *r = o;
    r->moves++;
    r->mx = x, r->my = y;
}

/* --- the driver's side ------------------------------------------------------- */

typedef struct Gpu {
    VDrv d;
    GuestRam ram;
    Display disp;
    Rec rec;
} Gpu;

/* A device made through the registry with options opts ("" for none), on
 * its own display and RAM. NULL (err set) when create refuses. */
static void *make(Gpu *g, const char *opts, char *err, size_t errlen)
{
    Opts o = { 0 };
    DeviceCtx ctx = { .ram = &g->ram, .display = &g->disp, .timebase_hz = 10000000 };
    if (opts_parse(&o, opts, "-device", false, err, errlen) != 0) {
        return NULL;
    }
    void *v = device_find("virtio-gpu-device")->create(&ctx, &o, err, errlen);
    opts_free(&o);
    return v;
}

static void gpu_open_ram(Gpu *g, const char *opts, uint64_t ram_size)
{
    char err[200] = "";
    memset(g, 0, sizeof(*g));
    g->ram = vd_ram(ram_size);
    const DisplayListener l = { rec_surface, rec_update, rec_cursor, rec_move, &g->rec };
    display_attach(&g->disp, &l);
    VirtioDevice *v = make(g, opts, err, sizeof(err));
    if (!v) {
        fprintf(stderr, "virtio-gpu-device: %s\n", err);
        exit(2);
    }
    vd_attach(&g->d, v, &g->ram, QSIZE, NULL);
}

static void gpu_open(Gpu *g, const char *opts)
{
    gpu_open_ram(g, opts, RAM_SIZE);
}

static void gpu_close(Gpu *g)
{
    vd_detach(&g->d);
    free(g->ram.host);
}

static uint8_t *host(Gpu *g, uint64_t off)
{
    return vd_host(&g->d, VD_RAM_BASE + off);
}

/* Starts a request of type at REQ (zeroed); returns it for the fields. */
static uint8_t *req(Gpu *g, uint32_t type)
{
    uint8_t *p = host(g, REQ);
    memset(p, 0, 64);
    put_le32(p, type);
    return p;
}

/* Sends req_len bytes at REQ, entry_bytes at ENTRIES in their own
 * descriptor, resp_len bytes of room at RESP, on queue q (no response part
 * on the cursorq). Returns the response type (0: none written, 0xffffffff:
 * not completed); *used gets used.len. */
static uint32_t send_q(Gpu *g, unsigned q, uint32_t req_len, uint32_t entry_bytes,
                       uint32_t resp_len, uint32_t *used)
{
    VdBuf b[3];
    int n = 0;
    uint32_t id, len;
    b[n++] = (VdBuf){ VD_RAM_BASE + REQ, req_len, false };
    if (entry_bytes) {
        b[n++] = (VdBuf){ VD_RAM_BASE + ENTRIES, entry_bytes, false };
    }
    if (resp_len) {
        b[n++] = (VdBuf){ VD_RAM_BASE + RESP, resp_len, true };
    }
    memset(host(g, RESP), 0, 2048);
    vd_write_chain(vd_host(&g->d, vd_ring(q)), b, n);
    vd_make_avail(&g->d, q, 0, true);
    if (!vd_get_used(&g->d, q, &id, &len) || id != 0) {
        return 0xffffffffu;
    }
    if (used) {
        *used = len;
    }
    return get_le32(host(g, RESP));
}

static uint32_t send(Gpu *g, uint32_t req_len)
{
    return send_q(g, 0, req_len, 0, 24, NULL);
}

static uint32_t create(Gpu *g, uint32_t id, uint32_t format, uint32_t w, uint32_t h)
{
    uint8_t *p = req(g, CREATE_2D);
    put_le32(p + 24, id);
    put_le32(p + 28, format);
    put_le32(p + 32, w);
    put_le32(p + 36, h);
    return send(g, 40);
}

static uint32_t by_id(Gpu *g, uint32_t type, uint32_t id)
{
    put_le32(req(g, type) + 24, id);
    return send(g, 32);
}

static void put_rect(uint8_t *p, uint32_t x, uint32_t y, uint32_t w, uint32_t h)
{
    put_le32(p, x);
    put_le32(p + 4, y);
    put_le32(p + 8, w);
    put_le32(p + 12, h);
}

/* Attaches n entries {guest address, len}, claiming nr of them. */
static uint32_t attach(Gpu *g, uint32_t id, const uint64_t (*e)[2], uint32_t n, uint32_t nr)
{
    uint8_t *p = req(g, ATTACH);
    put_le32(p + 24, id);
    put_le32(p + 28, nr);
    for (uint32_t i = 0; i < n; i++) {
        put_le64(host(g, ENTRIES) + 16 * i, e[i][0]);
        put_le32(host(g, ENTRIES) + 16 * i + 8, (uint32_t)e[i][1]);
        put_le32(host(g, ENTRIES) + 16 * i + 12, 0);
    }
    return send_q(g, 0, 32, 16 * n, 24, NULL);
}

static uint32_t transfer(Gpu *g, uint32_t id, uint32_t x, uint32_t y, uint32_t w, uint32_t h,
                         uint64_t offset)
{
    uint8_t *p = req(g, TRANSFER);
    put_rect(p + 24, x, y, w, h);
    put_le64(p + 40, offset);
    put_le32(p + 48, id);
    return send(g, 56);
}

static uint32_t scanout(Gpu *g, uint32_t sid, uint32_t id, uint32_t x, uint32_t y, uint32_t w,
                        uint32_t h)
{
    uint8_t *p = req(g, SET_SCANOUT);
    put_rect(p + 24, x, y, w, h);
    put_le32(p + 40, sid);
    put_le32(p + 44, id);
    return send(g, 48);
}

static uint32_t flush(Gpu *g, uint32_t id, uint32_t x, uint32_t y, uint32_t w, uint32_t h)
{
    uint8_t *p = req(g, FLUSH);
    put_rect(p + 24, x, y, w, h);
    put_le32(p + 40, id);
    return send(g, 48);
}

/* GET_DISPLAY_INFO: the size of scanout 0 (0 x 0 when not answered). */
static uint32_t display_info(Gpu *g, uint32_t *w, uint32_t *h)
{
    req(g, GET_DISPLAY_INFO);
    uint32_t t = send_q(g, 0, 24, 0, 408, NULL);
    const uint8_t *m = host(g, RESP + 24);
    bool on = get_le32(m + 16) == 1;
    *w = on ? get_le32(m + 8) : 0;
    *h = on ? get_le32(m + 12) : 0;
    return t;
}

static uint32_t cfg32(Gpu *g, unsigned off)
{
    return (uint32_t)virtio_mmio_ops.read(g->d.t, R_CONFIG + off, 4);
}

/* --- tests ----------------------------------------------------------------------- */

static void test_registers(void)
{
    int before = t_failed;
    Gpu g;
    gpu_open(&g, "");
    CHECK(vd_rd(&g.d, R_DEVICE_ID) == 16);
    CHECK(vd_offered(&g.d) & F_EDID);
    CHECK(cfg32(&g, 0) == 0 && cfg32(&g, 4) == 0 && cfg32(&g, 8) == 1 && cfg32(&g, 12) == 0);
    vd_wr(&g.d, R_QSEL, 1);
    CHECK(vd_rd(&g.d, R_QNUM_MAX) == 256);
    vd_wr(&g.d, R_QSEL, 2);
    CHECK(vd_rd(&g.d, R_QNUM_MAX) == 0);
    CHECK(vd_init(&g.d, 2, 0));
    uint32_t w, h;
    CHECK(display_info(&g, &w, &h) == OK_DISPLAY_INFO && w == 1024 && h == 768);
    CHECK(get_le32(host(&g, RESP + 24 + 24 + 16)) == 0);   /* scanout 1 off */
    gpu_close(&g);

    gpu_open(&g, "xres=800,yres=600,edid=off");
    CHECK(!(vd_offered(&g.d) & F_EDID));
    CHECK(vd_init(&g.d, 2, 0));
    CHECK(display_info(&g, &w, &h) == OK_DISPLAY_INFO && w == 800 && h == 600);
    req(&g, GET_EDID);
    CHECK(send_q(&g, 0, 32, 0, 1056, NULL) == ERR_UNSPEC);   /* not negotiated */
    gpu_close(&g);
    t_ok(t_failed == before, "config space, queues, GET_DISPLAY_INFO at xres x yres");
}

static void test_options(void)
{
    static const char *const bad[] = { "xres=0", "xres=100000", "yres=8193", "xres=12a",
                                       "max_hostmem=abc", "max_hostmem=5Q", "edid=maybe" };
    int before = t_failed;
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        Gpu g = { 0 };
        char err[200] = "";
        CHECK(make(&g, bad[i], err, sizeof(err)) == NULL);
        CHECK(strstr(err, "virtio-gpu-device") && !strchr(err, '\n'));
    }
    Gpu g;
    char err[200] = "";
    gpu_open(&g, "max_hostmem=2K");
    CHECK(make(&g, "", err, sizeof(err)) == NULL && strstr(err, "display"));  /* one per display */
    gpu_close(&g);
    gpu_open(&g, "");   /* the display is free again once the device is gone */
    gpu_close(&g);
    t_ok(t_failed == before, "bad options and a second device on one display are refused");
}

/* The EDID block: header, checksum, preferred timing at the wanted size. */
static void test_edid(void)
{
    int before = t_failed;
    Gpu g;
    gpu_open(&g, "xres=1280,yres=720");
    CHECK(vd_init(&g.d, 2, 0));
    req(&g, GET_EDID);
    uint32_t used = 0;
    CHECK(send_q(&g, 0, 32, 0, 1056, &used) == OK_EDID && used == 1056);
    const uint8_t *e = host(&g, RESP + 32);
    static const uint8_t head[8] = { 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0 };
    uint8_t sum = 0;
    for (int i = 0; i < 128; i++) {
        sum = (uint8_t)(sum + e[i]);
    }
    CHECK(get_le32(host(&g, RESP + 24)) == 128 && memcmp(e, head, 8) == 0 && sum == 0);
    CHECK(e[18] == 1 && e[19] == 4);   /* EDID 1.4 */
    const uint8_t *t = e + 54;
    CHECK((t[2] | (t[4] >> 4) << 8) == 1280 && (t[5] | (t[7] >> 4) << 8) == 720);
    CHECK((t[0] | t[1] << 8) != 0);   /* a pixel clock */
    put_le32(req(&g, GET_EDID) + 24, 1);
    CHECK(send_q(&g, 0, 32, 0, 1056, NULL) == ERR_INVALID_PARAMETER);   /* scanout 1 */
    g.disp.want_width = 8192, g.disp.want_height = 8192;
    req(&g, GET_EDID);
    CHECK(send_q(&g, 0, 32, 0, 1056, NULL) == OK_EDID);
    sum = 0;
    for (int i = 0; i < 128; i++) {
        sum = (uint8_t)(sum + e[i]);
    }
    CHECK(sum == 0 && (t[2] | (t[4] >> 4) << 8) == 4095 && (t[0] | t[1] << 8) != 0);
    gpu_close(&g);
    t_ok(t_failed == before, "GET_EDID: an EDID 1.4 block with the preferred size");
}

/* Backing byte o of the 64 x 32 resource lies in one of three entries,
 * out of order in RAM: [0, 1000) at BACK + 0x3000, [1000, 4000) at BACK,
 * [4000, 8192) at BACK + 0x5000. */
static const uint64_t three[3][2] = { { VD_RAM_BASE + BACK + 0x3000, 1000 },
                                      { VD_RAM_BASE + BACK, 3000 },
                                      { VD_RAM_BASE + BACK + 0x5000, 4192 } };

static uint8_t *backing_byte(Gpu *g, uint32_t o)
{
    return o < 1000 ? host(g, BACK + 0x3000 + o)
                    : o < 4000 ? host(g, BACK + o - 1000) : host(g, BACK + 0x5000 + o - 4000);
}

static void fill_backing(Gpu *g, int seed)
{
    for (uint32_t o = 0; o < 8192; o++) {
        *backing_byte(g, o) = (uint8_t)(o * (uint32_t)seed + 3);
    }
}

/* Create, attach (three entries), transfer, scanout, flush. */
static void test_draw(void)
{
    int before = t_failed;
    Gpu g;
    gpu_open(&g, "");
    CHECK(vd_init(&g.d, 2, 0));
    CHECK(create(&g, 5, DISPLAY_B8G8R8A8, 64, 32) == OK_NODATA);
    CHECK(attach(&g, 5, three, 3, 3) == OK_NODATA);
    fill_backing(&g, 7);
    CHECK(transfer(&g, 5, 0, 0, 64, 32, 0) == OK_NODATA);
    CHECK(!g.rec.shown);
    CHECK(scanout(&g, 0, 5, 0, 0, 64, 32) == OK_NODATA);
    CHECK(g.rec.shown && g.rec.s.width == 64 && g.rec.s.height == 32 &&
          g.rec.s.stride == 256 && g.rec.s.format == DISPLAY_B8G8R8A8);
    const uint8_t *pix = g.rec.s.pixels;
    bool same = true;
    for (uint32_t o = 0; o < 8192; o++) {
        same = same && pix[o] == (uint8_t)(o * 7 + 3);
    }
    CHECK(same);

    /* A sub-rectangle: row k from backing offset + k * stride. */
    fill_backing(&g, 5);
    CHECK(transfer(&g, 5, 3, 5, 10, 4, 5 * 256 + 3 * 4) == OK_NODATA);
    CHECK(transfer(&g, 5, 40, 20, 2, 2, 0) == OK_NODATA);
    same = true;
    for (uint32_t y = 0; y < 32; y++) {
        for (uint32_t x = 0; x < 64; x++) {
            for (uint32_t j = 0; j < 4; j++) {
                uint32_t o = y * 256 + x * 4 + j;
                uint8_t want = (uint8_t)(o * 7 + 3);
                if (x >= 3 && x < 13 && y >= 5 && y < 9) {
                    want = (uint8_t)(o * 5 + 3);
                } else if (x >= 40 && x < 42 && y >= 20 && y < 22) {
                    uint32_t src = (y - 20) * 256 + (x - 40) * 4 + j;
                    want = (uint8_t)(src * 5 + 3);
                }
                same = same && pix[o] == want;
            }
        }
    }
    CHECK(same);

    /* A scanout of part of the resource, and flushes clipped to it. */
    CHECK(scanout(&g, 0, 5, 8, 4, 32, 16) == OK_NODATA);
    CHECK(g.rec.s.width == 32 && g.rec.s.height == 16 && g.rec.s.stride == 256 &&
          g.rec.s.pixels == pix + 4 * 256 + 32);
    CHECK(display_pixel_rgb(&g.rec.s, 0, 0) ==
          ((uint32_t)pix[4 * 256 + 34] << 16 | pix[4 * 256 + 33] << 8 | pix[4 * 256 + 32]));
    int updates = g.rec.updates;
    CHECK(flush(&g, 5, 0, 0, 16, 8) == OK_NODATA);
    CHECK(g.rec.updates == updates + 1 && g.rec.ux == 0 && g.rec.uy == 0 && g.rec.uw == 8 &&
          g.rec.uh == 4);
    CHECK(flush(&g, 5, 30, 10, 20, 20) == OK_NODATA);
    CHECK(g.rec.ux == 22 && g.rec.uy == 6 && g.rec.uw == 10 && g.rec.uh == 10);
    CHECK(flush(&g, 5, 0, 0, 8, 32) == OK_NODATA && g.rec.updates == updates + 2);  /* outside */
    CHECK(create(&g, 6, DISPLAY_R8G8B8X8, 16, 16) == OK_NODATA);
    CHECK(flush(&g, 6, 0, 0, 16, 16) == OK_NODATA && g.rec.updates == updates + 2);

    /* Detach keeps the host copy; unref of the scanout blanks the display. */
    CHECK(by_id(&g, DETACH, 5) == OK_NODATA && pix[0] == 3);
    CHECK(transfer(&g, 5, 0, 0, 1, 1, 0) == ERR_UNSPEC);
    CHECK(scanout(&g, 0, 0, 0, 0, 0, 0) == OK_NODATA && !g.rec.shown);
    CHECK(scanout(&g, 0, 5, 0, 0, 64, 32) == OK_NODATA && g.rec.shown);
    CHECK(by_id(&g, UNREF, 5) == OK_NODATA && !g.rec.shown);
    CHECK(by_id(&g, UNREF, 6) == OK_NODATA);
    gpu_close(&g);
    t_ok(t_failed == before, "create, scatter backing, transfer, scanout, clipped flushes");
}

/* Every format of §5.7.6.8: the surface's RGB comes out right. */
static void test_formats(void)
{
    int before = t_failed;
    static const struct {
        uint32_t f;
        uint8_t bytes[4];
    } fm[] = {
        { DISPLAY_B8G8R8A8, { 0x33, 0x22, 0x11, 0x80 } },
        { DISPLAY_B8G8R8X8, { 0x33, 0x22, 0x11, 0 } },
        { DISPLAY_A8R8G8B8, { 0x80, 0x11, 0x22, 0x33 } },
        { DISPLAY_X8R8G8B8, { 0, 0x11, 0x22, 0x33 } },
        { DISPLAY_R8G8B8A8, { 0x11, 0x22, 0x33, 0x80 } },
        { DISPLAY_X8B8G8R8, { 0, 0x33, 0x22, 0x11 } },
        { DISPLAY_A8B8G8R8, { 0x80, 0x33, 0x22, 0x11 } },
        { DISPLAY_R8G8B8X8, { 0x11, 0x22, 0x33, 0 } },
    };
    Gpu g;
    gpu_open(&g, "");
    CHECK(vd_init(&g.d, 2, 0));
    const uint64_t one[1][2] = { { VD_RAM_BASE + BACK, 4 } };
    for (size_t i = 0; i < sizeof(fm) / sizeof(fm[0]); i++) {
        memcpy(host(&g, BACK), fm[i].bytes, 4);
        CHECK(create(&g, 100 + (uint32_t)i, fm[i].f, 1, 1) == OK_NODATA);
        CHECK(attach(&g, 100 + (uint32_t)i, one, 1, 1) == OK_NODATA);
        CHECK(transfer(&g, 100 + (uint32_t)i, 0, 0, 1, 1, 0) == OK_NODATA);
        CHECK(scanout(&g, 0, 100 + (uint32_t)i, 0, 0, 1, 1) == OK_NODATA);
        CHECK(g.rec.s.format == (enum DisplayFormat)fm[i].f &&
              display_pixel_rgb(&g.rec.s, 0, 0) == 0x112233);
    }
    CHECK(create(&g, 200, 5, 1, 1) == ERR_INVALID_PARAMETER);
    gpu_close(&g);
    t_ok(t_failed == before, "all 8 formats reach the display with the right colours");
}

/* Each error the spec names, and the device still works after them. */
static void test_errors(void)
{
    int before = t_failed;
    Gpu g;
    gpu_open(&g, "");
    CHECK(vd_init(&g.d, 2, 0));
    CHECK(create(&g, 5, DISPLAY_B8G8R8X8, 64, 32) == OK_NODATA);
    CHECK(create(&g, 5, DISPLAY_B8G8R8X8, 64, 32) == ERR_INVALID_RESOURCE_ID);
    CHECK(create(&g, 0, DISPLAY_B8G8R8X8, 64, 32) == ERR_INVALID_RESOURCE_ID);
    CHECK(create(&g, 6, DISPLAY_B8G8R8X8, 0, 32) == ERR_INVALID_PARAMETER);
    CHECK(create(&g, 6, DISPLAY_B8G8R8X8, 64, 8193) == ERR_INVALID_PARAMETER);
    CHECK(transfer(&g, 5, 0, 0, 64, 32, 0) == ERR_UNSPEC);   /* no backing */
    const uint64_t outside[2][2] = { { VD_RAM_BASE + BACK, 4096 }, { 0x1000, 4096 } };
    const uint64_t past_end[1][2] = { { VD_RAM_BASE + RAM_SIZE - 16, 32 } };
    CHECK(attach(&g, 5, outside, 2, 2) == ERR_UNSPEC);
    CHECK(attach(&g, 5, past_end, 1, 1) == ERR_UNSPEC);
    CHECK(attach(&g, 5, three, 2, 3) == ERR_UNSPEC);          /* entries missing */
    CHECK(attach(&g, 5, three, 0, 0) == ERR_UNSPEC);          /* no entries */
    CHECK(attach(&g, 5, three, 1, 16385) == ERR_UNSPEC);      /* over the cap */
    CHECK(attach(&g, 77, three, 3, 3) == ERR_INVALID_RESOURCE_ID);
    CHECK(attach(&g, 5, three, 3, 3) == OK_NODATA);
    CHECK(attach(&g, 5, three, 3, 3) == ERR_UNSPEC);          /* already attached */
    CHECK(transfer(&g, 5, 1, 0, 64, 32, 0) == ERR_INVALID_PARAMETER);
    CHECK(transfer(&g, 5, 0, 0xffffffffu, 1, 2, 0) == ERR_INVALID_PARAMETER);
    CHECK(transfer(&g, 5, 0, 0, 64, 32, 4) == ERR_INVALID_PARAMETER);   /* past the backing */
    CHECK(transfer(&g, 5, 0, 31, 64, 1, 31 * 256 + 1) == ERR_INVALID_PARAMETER);
    CHECK(transfer(&g, 5, 0, 0, 1, 1, UINT64_MAX - 2) == ERR_INVALID_PARAMETER);
    CHECK(transfer(&g, 5, 0, 31, 64, 1, 31 * 256) == OK_NODATA);       /* the last row */
    CHECK(transfer(&g, 5, 10, 10, 0, 0, 0) == OK_NODATA);               /* empty */
    CHECK(transfer(&g, 77, 0, 0, 1, 1, 0) == ERR_INVALID_RESOURCE_ID);
    CHECK(scanout(&g, 1, 5, 0, 0, 64, 32) == ERR_INVALID_SCANOUT_ID);
    CHECK(scanout(&g, 5, 5, 0, 0, 64, 32) == ERR_INVALID_SCANOUT_ID);
    CHECK(scanout(&g, 0, 77, 0, 0, 64, 32) == ERR_INVALID_RESOURCE_ID);
    CHECK(scanout(&g, 0, 5, 1, 0, 64, 32) == ERR_INVALID_PARAMETER);
    CHECK(scanout(&g, 0, 5, 0, 0, 0, 32) == ERR_INVALID_PARAMETER);
    CHECK(scanout(&g, 0, 5, 0xfffffff0u, 0, 32, 32) == ERR_INVALID_PARAMETER);
    CHECK(flush(&g, 77, 0, 0, 1, 1) == ERR_INVALID_RESOURCE_ID);
    CHECK(flush(&g, 5, 0, 0, 65, 1) == ERR_INVALID_PARAMETER);
    CHECK(by_id(&g, UNREF, 77) == ERR_INVALID_RESOURCE_ID);
    CHECK(by_id(&g, DETACH, 77) == ERR_INVALID_RESOURCE_ID);
    CHECK(!g.rec.shown && g.rec.updates == 0);

    /* Not commands, too short, no room for the answer. */
    req(&g, 0x1ff);
    CHECK(send(&g, 24) == ERR_UNSPEC);
    req(&g, 0x200);   /* CTX_CREATE: no 3D */
    CHECK(send(&g, 96) == ERR_UNSPEC);
    req(&g, 0x108);   /* GET_CAPSET_INFO: no capsets */
    CHECK(send(&g, 32) == ERR_UNSPEC);
    req(&g, GET_DISPLAY_INFO);
    CHECK(send(&g, 10) == ERR_UNSPEC);
    uint32_t used = 99;
    CHECK(send_q(&g, 0, 0, 0, 24, &used) == ERR_UNSPEC && used == 24);  /* nothing readable */
    put_le32(req(&g, CREATE_2D) + 24, 9);
    CHECK(send(&g, 39) == ERR_UNSPEC);
    req(&g, GET_DISPLAY_INFO);
    CHECK(send_q(&g, 0, 24, 0, 10, &used) == 0x1101 && used == 10);   /* cut to 10 bytes */
    req(&g, GET_DISPLAY_INFO);
    CHECK(send_q(&g, 0, 24, 0, 0, &used) == 0 && used == 0);          /* no room at all */

    /* The fence is echoed (§5.7.6.7). */
    uint8_t *p = req(&g, GET_DISPLAY_INFO);
    put_le32(p + 4, 1);
    put_le64(p + 8, 0x0102030405060708ull);
    put_le32(p + 16, 7);
    CHECK(send_q(&g, 0, 24, 0, 408, NULL) == OK_DISPLAY_INFO);
    CHECK(get_le32(host(&g, RESP + 4)) == 1 &&
          get_le64(host(&g, RESP + 8)) == 0x0102030405060708ull &&
          get_le32(host(&g, RESP + 16)) == 7);
    req(&g, GET_DISPLAY_INFO);
    CHECK(send_q(&g, 0, 24, 0, 408, NULL) == OK_DISPLAY_INFO &&
          get_le32(host(&g, RESP + 4)) == 0);
    CHECK(!(vd_rd(&g.d, R_STATUS) & VIRTIO_STATUS_NEEDS_RESET));
    gpu_close(&g);
    t_ok(t_failed == before,
         "every hostile request gets the spec's error; the device keeps working");
}

/* max_hostmem and the resource count. */
static void test_limits(void)
{
    int before = t_failed;
    Gpu g;
    gpu_open(&g, "max_hostmem=1M");
    CHECK(vd_init(&g.d, 2, 0));
    CHECK(create(&g, 1, DISPLAY_B8G8R8X8, 512, 511) == OK_NODATA);
    CHECK(create(&g, 2, DISPLAY_B8G8R8X8, 512, 2) == ERR_OUT_OF_MEMORY);
    CHECK(create(&g, 2, DISPLAY_B8G8R8X8, 512, 1) == OK_NODATA);   /* exactly 1 MiB */
    CHECK(create(&g, 3, DISPLAY_B8G8R8X8, 1, 1) == ERR_OUT_OF_MEMORY);
    CHECK(create(&g, 3, DISPLAY_B8G8R8X8, 8192, 8192) == ERR_OUT_OF_MEMORY);
    CHECK(by_id(&g, UNREF, 1) == OK_NODATA);
    CHECK(create(&g, 3, DISPLAY_B8G8R8X8, 512, 511) == OK_NODATA);
    gpu_close(&g);

    gpu_open(&g, "");
    CHECK(vd_init(&g.d, 2, 0));
    bool all = true;
    for (uint32_t id = 1; id <= 4096; id++) {
        all = all && create(&g, id, DISPLAY_B8G8R8X8, 1, 1) == OK_NODATA;
    }
    CHECK(all);
    CHECK(create(&g, 5000, DISPLAY_B8G8R8X8, 1, 1) == ERR_OUT_OF_MEMORY);
    CHECK(by_id(&g, UNREF, 4096) == OK_NODATA);
    CHECK(create(&g, 5000, DISPLAY_B8G8R8X8, 1, 1) == OK_NODATA);
    gpu_close(&g);
    t_ok(t_failed == before, "max_hostmem and the 4096-resource cap give ERR_OUT_OF_MEMORY");
}

/* The host asks for another size: event, config interrupt, new info. */
static void test_resize(void)
{
    int before = t_failed;
    Gpu g;
    gpu_open(&g, "");
    display_request_size(&g.disp, 640, 400);   /* before the driver: no interrupt */
    CHECK(cfg32(&g, 0) == 1 && !g.d.irq.level);
    CHECK(vd_init(&g.d, 2, 0));                 /* reset clears the event */
    CHECK(cfg32(&g, 0) == 0);
    uint32_t w, h, gen = vd_rd(&g.d, R_GEN);
    CHECK(display_info(&g, &w, &h) == OK_DISPLAY_INFO && w == 640 && h == 400);
    vd_wr(&g.d, R_INT_ACK, vd_rd(&g.d, R_INT_STATUS));
    int raised = g.d.irq.raised;
    display_request_size(&g.disp, 1920, 1080);
    CHECK(g.d.irq.raised == raised + 1 && g.d.irq.level);
    CHECK(vd_rd(&g.d, R_INT_STATUS) == VIRTIO_INT_CONFIG && vd_rd(&g.d, R_GEN) != gen);
    CHECK(cfg32(&g, 0) == 1);
    CHECK(display_info(&g, &w, &h) == OK_DISPLAY_INFO && w == 1920 && h == 1080);
    virtio_mmio_ops.write(g.d.t, R_CONFIG + 4, 0, 4);   /* clears nothing */
    CHECK(cfg32(&g, 0) == 1);
    virtio_mmio_ops.write(g.d.t, R_CONFIG + 4, 1, 1);
    CHECK(cfg32(&g, 0) == 0 && cfg32(&g, 4) == 0);
    vd_wr(&g.d, R_INT_ACK, VIRTIO_INT_CONFIG);
    CHECK(!g.d.irq.level);
    gpu_close(&g);
    t_ok(t_failed == before, "a host resize raises a config interrupt and events_read");
}

/* UPDATE_CURSOR / MOVE_CURSOR on the cursorq (no response written). */
static uint32_t cursor_cmd(Gpu *g, uint32_t type, uint32_t id, int32_t x, int32_t y,
                           uint32_t hx, uint32_t hy)
{
    uint8_t *p = req(g, type);
    put_le32(p + 28, (uint32_t)x);
    put_le32(p + 32, (uint32_t)y);
    put_le32(p + 40, id);
    put_le32(p + 44, hx);
    put_le32(p + 48, hy);
    uint32_t used = 99;
    send_q(g, 1, 56, 0, 0, &used);
    return used;
}

static void setup_cursor(Gpu *g)
{
    const uint64_t e[1][2] = { { VD_RAM_BASE + BACK, 64 * 64 * 4 } };
    for (uint32_t i = 0; i < 64 * 64; i++) {
        put_le32(host(g, BACK + 4 * i), 0x80000000u | i);   /* B8G8R8A8 = 0xAARRGGBB LE */
    }
    CHECK(create(g, 9, DISPLAY_B8G8R8A8, 64, 64) == OK_NODATA);
    CHECK(attach(g, 9, e, 1, 1) == OK_NODATA);
    CHECK(transfer(g, 9, 0, 0, 64, 64, 0) == OK_NODATA);
}

static void test_cursor(void)
{
    int before = t_failed;
    Gpu g;
    gpu_open(&g, "");
    CHECK(vd_init(&g.d, 2, 0));
    setup_cursor(&g);
    g.rec.defines = 0;   /* the reset of the bring-up hid the cursor */
    CHECK(cursor_cmd(&g, UPDATE_CURSOR, 9, 10, 20, 3, 200) == 0);
    CHECK(g.rec.defines == 1 && g.rec.cursor_on && g.rec.hot_x == 3 && g.rec.hot_y == 63);
    CHECK(g.rec.cursor[0] == 0x80000000u && g.rec.cursor[4095] == 0x80000fffu);
    CHECK(g.rec.moves == 1 && g.rec.mx == 10 && g.rec.my == 20);
    CHECK(cursor_cmd(&g, MOVE_CURSOR, 0, -5, 7, 0, 0) == 0);
    CHECK(g.rec.moves == 2 && g.rec.mx == -5 && g.rec.my == 7 && g.rec.defines == 1);
    CHECK(create(&g, 10, DISPLAY_B8G8R8A8, 32, 32) == OK_NODATA);
    CHECK(cursor_cmd(&g, UPDATE_CURSOR, 10, 0, 0, 0, 0) == 0 && g.rec.defines == 1);
    CHECK(cursor_cmd(&g, UPDATE_CURSOR, 77, 0, 0, 0, 0) == 0 && g.rec.defines == 1);
    put_le32(req(&g, MOVE_CURSOR) + 24, 1);   /* scanout 1: ignored */
    send_q(&g, 1, 56, 0, 0, NULL);
    CHECK(g.rec.moves == 4);
    req(&g, MOVE_CURSOR);
    send_q(&g, 1, 20, 0, 0, NULL);            /* short: ignored, still completed */
    req(&g, GET_DISPLAY_INFO);
    uint32_t used = 99;
    CHECK(send_q(&g, 1, 24, 0, 24, &used) == 0 && used == 0);   /* nothing written back */
    CHECK(g.rec.moves == 4);
    CHECK(cursor_cmd(&g, UPDATE_CURSOR, 0, 1, 1, 0, 0) == 0 && !g.rec.cursor_on);
    gpu_close(&g);
    t_ok(t_failed == before, "cursorq: UPDATE_CURSOR defines 0xAARRGGBB, MOVE_CURSOR moves");
}

/* --- saved state ------------------------------------------------------------------ */

static void save(Gpu *g, StateWriter *w)
{
    state_writer_init(w);
    CHECK(virtio_mmio_save(g->d.t, w) == 0 && virtio_save(g->d.v, w) == 0 && !w->failed);
}

static int load(Gpu *g, const void *buf, size_t len, char *err, size_t errlen)
{
    StateReader r;
    state_reader_init(&r, buf, len);
    err[0] = 0;
    if (virtio_mmio_load(g->d.t, &r) != 0) {
        snprintf(err, errlen, "transport state truncated");
        return -1;
    }
    return virtio_load(g->d.v, &r, err, errlen);
}

static void test_save_load(void)
{
    int before = t_failed;
    Gpu a, b;
    char err[200];
    gpu_open(&a, "max_hostmem=1M");
    gpu_open(&b, "max_hostmem=1M");
    CHECK(vd_init(&a.d, 2, 0));
    setup_cursor(&a);
    CHECK(cursor_cmd(&a, UPDATE_CURSOR, 9, -3, 4, 5, 6) == 0);
    CHECK(create(&a, 5, DISPLAY_X8R8G8B8, 64, 32) == OK_NODATA);
    CHECK(attach(&a, 5, three, 3, 3) == OK_NODATA);
    fill_backing(&a, 11);
    CHECK(transfer(&a, 5, 0, 0, 64, 32, 0) == OK_NODATA);
    CHECK(scanout(&a, 0, 5, 4, 2, 50, 20) == OK_NODATA);
    display_request_size(&a.disp, 800, 600);
    StateWriter w, w2;
    save(&a, &w);

    memcpy(b.ram.host, a.ram.host, RAM_SIZE);
    memcpy(b.d.avail_idx, a.d.avail_idx, sizeof(a.d.avail_idx));
    memcpy(b.d.used_seen, a.d.used_seen, sizeof(a.d.used_seen));
    CHECK(load(&b, w.buf, w.len, err, sizeof(err)) == 0);
    save(&b, &w2);
    CHECK(w2.len == w.len && memcmp(w.buf, w2.buf, w.len) == 0);
    state_writer_free(&w2);
    CHECK(b.rec.shown && b.rec.s.width == 50 && b.rec.s.height == 20 &&
          b.rec.s.format == DISPLAY_X8R8G8B8 &&
          memcmp(b.rec.s.pixels, a.rec.s.pixels, 19 * 256 + 200) == 0);
    CHECK(b.rec.cursor_on && b.rec.hot_x == 5 && b.rec.hot_y == 6 && b.rec.mx == -3 &&
          memcmp(b.rec.cursor, a.rec.cursor, sizeof(a.rec.cursor)) == 0);
    CHECK(cfg32(&b, 0) == 1);
    /* The restored device goes on: its resources, backing and caps hold. */
    fill_backing(&b, 13);
    CHECK(transfer(&b, 5, 0, 0, 64, 32, 0) == OK_NODATA &&
          b.rec.s.pixels[0] == (uint8_t)((2 * 256 + 4 * 4) * 13 + 3));   /* pixel (4, 2) */
    CHECK(create(&b, 5, DISPLAY_B8G8R8X8, 1, 1) == ERR_INVALID_RESOURCE_ID);
    CHECK(create(&b, 6, DISPLAY_B8G8R8X8, 512, 512) == ERR_OUT_OF_MEMORY);
    CHECK(flush(&b, 5, 0, 0, 64, 32) == OK_NODATA && b.rec.updates == 1 && b.rec.uw == 50);

    /* Every shorter prefix is refused in one line; the device stays usable. */
    bool refused = true;
    for (size_t n = 0; n < w.len; n += 1 + w.len / 64) {
        refused = refused && load(&b, w.buf, n, err, sizeof(err)) == -1 && err[0] &&
                  !strchr(err, '\n');
    }
    CHECK(refused);
    CHECK(load(&b, w.buf, w.len - 1, err, sizeof(err)) == -1 && !b.rec.shown && !b.rec.cursor_on);
    CHECK(vd_init(&b.d, 2, 0));
    uint32_t ww, hh;
    CHECK(display_info(&b, &ww, &hh) == OK_DISPLAY_INFO);
    CHECK(create(&b, 6, DISPLAY_B8G8R8X8, 512, 512) == OK_NODATA);   /* all memory free */
    state_writer_free(&w);
    gpu_close(&a);
    gpu_close(&b);
    t_ok(t_failed == before, "save/load round trip; truncated states refused");
}

/* Hand-made device payloads after a valid core state: each must be refused
 * (or, the last, accepted and shown). */
typedef void (*Payload)(StateWriter *w);

static void put_header(StateWriter *w, uint32_t version, uint32_t events, uint32_t scanout_res)
{
    state_put_u32(w, version);
    state_put_u32(w, events);
    state_put_u32(w, scanout_res);
    for (int i = 0; i < 4; i++) {
        state_put_u32(w, i < 2 ? 0 : 2);   /* rect 0, 0, 2, 2 */
    }
    state_put_bool(w, false);
    for (int i = 0; i < 4; i++) {
        state_put_u32(w, 0);   /* hot spot, position */
    }
}

static void put_res(StateWriter *w, uint32_t id, uint32_t side, uint64_t entry)
{
    state_put_u32(w, id);
    state_put_u32(w, DISPLAY_B8G8R8X8);
    state_put_u32(w, side);
    state_put_u32(w, side);
    state_put_bool(w, entry != 0);
    state_put_u32(w, entry != 0);
    if (entry) {
        state_put_u64(w, entry);
        state_put_u32(w, 16);
    }
    for (uint32_t i = 0; i < side * side; i++) {
        state_put_u32(w, 0x00aabbcc);
    }
}

static void p_version(StateWriter *w) { put_header(w, 2, 0, 0), state_put_u32(w, 0); }
static void p_events(StateWriter *w) { put_header(w, 1, 2, 0), state_put_u32(w, 0); }
static void p_no_scanout_res(StateWriter *w) { put_header(w, 1, 0, 3), state_put_u32(w, 0); }
static void p_count(StateWriter *w) { put_header(w, 1, 0, 0), state_put_u32(w, 4097); }

static void p_id0(StateWriter *w)
{
    put_header(w, 1, 0, 0);
    state_put_u32(w, 1);
    put_res(w, 0, 2, 0);
}

static void p_dup(StateWriter *w)
{
    put_header(w, 1, 0, 0);
    state_put_u32(w, 2);
    put_res(w, 3, 2, 0);
    put_res(w, 3, 2, 0);
}

static void p_hostmem(StateWriter *w)
{
    put_header(w, 1, 0, 0);
    state_put_u32(w, 1);
    put_res(w, 3, 1024, 0);   /* 4 MiB > 1 MiB */
}

static void p_entry(StateWriter *w)
{
    put_header(w, 1, 0, 0);
    state_put_u32(w, 1);
    put_res(w, 3, 2, VD_RAM_BASE + RAM_SIZE - 8);   /* runs past RAM */
}

static void p_scanout_rect(StateWriter *w)
{
    put_header(w, 1, 0, 3);
    state_put_u32(w, 1);
    put_res(w, 3, 1, 0);      /* the 2 x 2 scanout does not fit 1 x 1 */
}

static void p_good(StateWriter *w)
{
    put_header(w, 1, 1, 3);
    state_put_u32(w, 1);
    put_res(w, 3, 2, VD_RAM_BASE + BACK);
}

static void test_bad_states(void)
{
    static const Payload bad[] = { p_version, p_events, p_no_scanout_res, p_count, p_id0,
                                   p_dup, p_hostmem, p_entry, p_scanout_rect };
    Gpu g;
    char err[200];
    gpu_open(&g, "max_hostmem=1M");
    CHECK(vd_init(&g.d, 2, 0));
    StateWriter base;
    save(&g, &base);
    size_t core = base.len - 49;   /* a fresh device's own payload is 49 bytes */
    int before = t_failed;
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        StateWriter w;
        state_writer_init(&w);
        state_put_bytes(&w, base.buf, core);
        bad[i](&w);
        CHECK(load(&g, w.buf, w.len, err, sizeof(err)) == -1 &&
              strstr(err, "virtio-gpu-device: ") && !g.rec.shown);
        state_writer_free(&w);
    }
    StateWriter w;
    state_writer_init(&w);
    state_put_bytes(&w, base.buf, core);
    p_good(&w);
    CHECK(load(&g, w.buf, w.len, err, sizeof(err)) == 0);
    CHECK(g.rec.shown && g.rec.s.width == 2 && display_pixel_rgb(&g.rec.s, 1, 1) == 0xaabbcc);
    CHECK(cfg32(&g, 0) == 1);
    CHECK(transfer(&g, 3, 0, 0, 2, 2, 0) == OK_NODATA);   /* its 16-byte backing */
    state_writer_free(&w);
    state_writer_free(&base);
    gpu_close(&g);
    t_ok(t_failed == before, "hand-made bad states are refused with a one-line message");
}

/* Reset drops every resource and the scanout, and frees host memory. */
static void test_reset(void)
{
    int before = t_failed;
    Gpu g;
    gpu_open(&g, "max_hostmem=1M");
    CHECK(vd_init(&g.d, 2, 0));
    setup_cursor(&g);
    CHECK(cursor_cmd(&g, UPDATE_CURSOR, 9, 0, 0, 0, 0) == 0 && g.rec.cursor_on);
    CHECK(create(&g, 5, DISPLAY_B8G8R8X8, 256, 256) == OK_NODATA);
    CHECK(scanout(&g, 0, 5, 0, 0, 256, 256) == OK_NODATA && g.rec.shown);
    vd_wr(&g.d, R_STATUS, 0);
    CHECK(!g.rec.shown && !g.rec.cursor_on);
    CHECK(vd_init(&g.d, 2, 0));
    CHECK(flush(&g, 5, 0, 0, 1, 1) == ERR_INVALID_RESOURCE_ID);
    CHECK(create(&g, 5, DISPLAY_B8G8R8X8, 512, 512) == OK_NODATA);   /* all 1 MiB free */
    gpu_close(&g);
    t_ok(t_failed == before, "reset drops resources, scanout and cursor");
}

/* --- the firmware on a whole machine ------------------------------------------------ */

#define FW_BIN "build/firmware/fwtest.bin"

/* The firmware's picture (images/firmware/gpu.c) fills the display. */
static bool pattern_shown(const Display *d, int w, int h)
{
    if (!d->enabled || d->surface.width != w || d->surface.height != h) {
        return false;
    }
    for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
            uint32_t want = (uint32_t)(x & 0xff) << 16 | (uint32_t)(y & 0xff) << 8 |
                            (uint32_t)((3 * x + y) & 0xff);
            if (display_pixel_rgb(&d->surface, x, y) != want) {
                return false;
            }
        }
    }
    return true;
}

/* Runs m until done(d) or the guest ends; false after 60 s. */
static bool run_until(Machine *m, bool (*done)(const Display *d), enum MachineState *st)
{
    time_t end = time(NULL) + 60;
    int64_t sleep_ns;
    *st = MACHINE_RUNNING;
    while (!done(machine_display(m)) && time(NULL) < end) {
        if ((*st = machine_run(m, &sleep_ns)) != MACHINE_RUNNING) {
            return true;
        }
    }
    return time(NULL) < end;
}

static bool first_frame(const Display *d)
{
    return d->enabled && d->frames > 0;
}

static bool never(const Display *d)
{
    return false;
}

/* The firmware's console is stdout: its lines go to a file while it runs,
 * to keep them out of this report. */
static int real_stdout = -1;

static void console_to(int fd)
{
    fflush(stdout);
    dup2(fd, STDOUT_FILENO);
}

/* Asks m's display for 800x600 and runs the firmware to its end: it must
 * pass, with the picture on screen at the new size. */
static bool resize_to_end(Machine *m, int console)
{
    enum MachineState st;
    console_to(console);
    display_request_size(machine_display(m), 800, 600);
    bool ended = run_until(m, never, &st) && st == MACHINE_POWEROFF;
    console_to(real_stdout);
    return ended && machine_exit_code(m) == 0 && pattern_shown(machine_display(m), 800, 600);
}

/* How many lines of file path start with prefix. */
static int count_lines(const char *path, const char *prefix)
{
    char line[256];
    int n = 0;
    FILE *f = fopen(path, "r");
    while (f && fgets(line, sizeof(line), f)) {
        n += strncmp(line, prefix, strlen(prefix)) == 0;
    }
    if (f) {
        fclose(f);
    }
    return n;
}

static void test_firmware_resize(void)
{
    if (access(FW_BIN, R_OK) != 0) {
        CHECK(!"the firmware is built (make firmware)");
        return;
    }
    char *argv[] = { "rvbox", "-m", "64", "-bios", FW_BIN, "-device",
                     "virtio-gpu-device,xres=640,yres=480", "-append",
                     "tests=gpu gpuresize=1 gpuwait=60000", NULL };
    char err[300], out[] = "/tmp/rvbox-test-gpu-XXXXXX";
    MachineConfig cfg;
    bool help;
    int console = mkstemp(out);
    real_stdout = dup(STDOUT_FILENO);
    CHECK(console >= 0 && real_stdout >= 0);
    CHECK(config_parse_args(&cfg, 9, argv, &help, err, sizeof(err)) == 0);
    console_to(console);
    Machine *a = machine_create(&cfg, err, sizeof(err)), *b = NULL;
    enum MachineState st;
    bool first = a && run_until(a, first_frame, &st) && st == MACHINE_RUNNING;
    StateWriter w;
    state_writer_init(&w);
    if (first && machine_save_state(a, &w) == 0) {
        b = machine_create(&cfg, err, sizeof(err));
    }
    bool loaded = b && machine_load_state(b, w.buf, w.len, err, sizeof(err)) == 0;
    console_to(real_stdout);
    t_ok(first && pattern_shown(machine_display(a), 640, 480),
         "firmware: its picture is on the display at 640x480");
    t_ok(loaded && pattern_shown(machine_display(b), 640, 480),
         "firmware: a machine restored from a state saved then shows it too");
    t_ok(a && resize_to_end(a, console),
         "firmware: host resize to 800x600; the firmware passes, its picture at 800x600");
    t_ok(loaded && resize_to_end(b, console),
         "firmware: the same on the restored machine");
    t_ok(count_lines(out, "# gpu: resized to 800x600") == 1 + loaded &&
             count_lines(out, "not ok") == 0,
         "firmware: \"# gpu: resized to 800x600\" printed, no \"not ok\"");
    state_writer_free(&w);
    machine_destroy(a);
    machine_destroy(b);
    config_free(&cfg);
    close(console);
    close(real_stdout);
    unlink(out);
}

int main(void)
{
    test_registers();
    test_options();
    test_edid();
    test_draw();
    test_formats();
    test_errors();
    test_limits();
    test_resize();
    test_cursor();
    test_save_load();
    test_bad_states();
    test_reset();
    test_firmware_resize();
    return t_summary("test_gpu");
}
