/* virtio-input (virtio 1.2 §5.8): the keyboard, tablet and mouse made
 * through the device registry, driven from the host side through
 * virtio-mmio as a guest driver would, with events sent through the
 * machine's input hub (devices/input.h): config answers for each select
 * and subsel, events in order in posted buffers, events held while no
 * buffer is posted, FIFO overflow and SYN_DROPPED, statusq, short
 * buffers, save/load and reset. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/input.h"
#include "devices/state.h"
#include "tests/unit/testlib.h"

enum {
    RAM_SIZE = 1 << 20, QSIZE = 16,
    EVBUF = 0x10000,           /* event buffer i at EVBUF + 16 * i */
    STSBUF = 0x20000,          /* statusq buffers */
    FIFO_MAX = 1024,           /* the device's event FIFO (virtio_input.c) */
    EQ = 0, SQ = 1,
};

/* Config layout (§5.8.4) and selects. */
enum { C_SELECT = 0, C_SUBSEL = 1, C_SIZE = 2, C_U = 8 };
enum {
    S_UNSET = 0, S_NAME = 1, S_SERIAL = 2, S_DEVIDS = 3, S_PROP = 0x10, S_EV = 0x11,
    S_ABS = 0x12,
};
enum { SYN_DROPPED = 3, KEY_ESC = 1, KEY_A = 30, KEY_MICMUTE = 248, LED_NUML = 0,
       LED_CAPSL = 1 };

typedef struct Ev {
    uint16_t type, code;
    int32_t value;
} Ev;

/* A device and the driver's view of its eventq: buffers posted in order
 * (the device consumes them in that order), so buffer k sits in
 * descriptor k % QSIZE. */
typedef struct T {
    VDrv d;
    GuestRam ram;
    unsigned posted, used;
} T;

static InputHub hub;

static VirtioDevice *make(const char *name, GuestRam *ram, InputHub *h, char *err,
                          size_t errlen)
{
    IrqRec irq = { 0 };
    DeviceCtx ctx = { .ram = ram, .irq = irqrec_line(&irq, 5), .input = h,
                      .timebase_hz = 10000000 };
    Opts none = { 0 };
    const DeviceInfo *info = device_find(name);
    return info ? info->create(&ctx, &none, err, errlen) : NULL;
}

static void open_dev(T *t, const char *name, InputHub *h)
{
    char err[200] = "";
    memset(t, 0, sizeof(*t));
    t->ram = vd_ram(RAM_SIZE);
    VirtioDevice *v = make(name, &t->ram, h, err, sizeof(err));
    if (!v) {
        fprintf(stderr, "%s: %s\n", name, err);
        exit(2);
    }
    vd_attach(&t->d, v, &t->ram, QSIZE, NULL);
}

static void close_dev(T *t)
{
    vd_detach(&t->d);
    free(t->ram.host);
}

static bool up(T *t)
{
    t->posted = t->used = 0;
    return vd_init(&t->d, 2, 0);
}

/* --- config ------------------------------------------------------------------ */

static uint8_t cfg8(T *t, unsigned off)
{
    return (uint8_t)virtio_mmio_ops.read(t->d.t, R_CONFIG + off, 1);
}

static uint8_t query(T *t, uint8_t select, uint8_t subsel)
{
    virtio_mmio_ops.write(t->d.t, R_CONFIG + C_SELECT, select, 1);
    virtio_mmio_ops.write(t->d.t, R_CONFIG + C_SUBSEL, subsel, 1);
    return cfg8(t, C_SIZE);
}

static uint32_t cfg32(T *t, unsigned off)
{
    return (uint32_t)virtio_mmio_ops.read(t->d.t, R_CONFIG + off, 4);
}

static bool string_is(T *t, uint8_t select, const char *want)
{
    uint8_t size = query(t, select, 0);
    bool ok = size == strlen(want);
    for (unsigned i = 0; ok && i < size; i++) {
        ok = cfg8(t, C_U + i) == (uint8_t)want[i];
    }
    return ok;
}

/* EV_BITS of type: bit n of the bitmap, and its size. */
static bool ev_bit(T *t, uint8_t type, unsigned n)
{
    uint8_t size = query(t, S_EV, type);
    return n / 8 < size && (cfg8(t, C_U + n / 8) >> (n % 8) & 1);
}

static void check_common(T *t, const char *name, uint16_t product)
{
    CHECK(string_is(t, S_NAME, name));
    CHECK(string_is(t, S_SERIAL, "0000"));
    CHECK(query(t, S_DEVIDS, 0) == 8 && cfg32(t, C_U) == (0x0627u << 16 | 0x06) &&
          cfg32(t, C_U + 4) == (1u << 16 | product));
    CHECK(query(t, S_UNSET, 0) == 0 && query(t, S_PROP, 0) == 0 && query(t, 0x7f, 0) == 0);
    CHECK(query(t, S_NAME, 1) == 0 && query(t, S_DEVIDS, 2) == 0);
    CHECK(query(t, S_EV, INPUT_EV_SYN) == 0 && query(t, S_EV, 5) == 0 &&
          query(t, S_EV, 0xff) == 0);
    CHECK(query(t, S_ABS, 0x2f) == 0);
    /* select and subsel read back; size is the device's. */
    virtio_mmio_ops.write(t->d.t, R_CONFIG + C_SIZE, 99, 1);
    CHECK(cfg8(t, C_SELECT) == S_ABS && cfg8(t, C_SUBSEL) == 0x2f && cfg8(t, C_SIZE) == 0);
    /* Both selectors in one 16-bit write. */
    virtio_mmio_ops.write(t->d.t, R_CONFIG + C_SELECT, S_SERIAL, 2);
    CHECK(cfg8(t, C_SIZE) == 4);
    CHECK(virtio_mmio_ops.read(t->d.t, R_CONFIG + 136, 1) == 0);
}

static void test_config_keyboard(void)
{
    T t;
    open_dev(&t, "virtio-keyboard-device", &hub);
    CHECK(vd_rd(&t.d, R_DEVICE_ID) == 18);
    check_common(&t, "rvbox virtio keyboard", 1);
    CHECK(query(&t, S_EV, INPUT_EV_KEY) == 32);
    bool keys = true;
    for (unsigned k = KEY_ESC; k <= KEY_MICMUTE; k++) {
        keys = keys && ev_bit(&t, INPUT_EV_KEY, k);
    }
    CHECK(keys && !ev_bit(&t, INPUT_EV_KEY, 0) && !ev_bit(&t, INPUT_EV_KEY, INPUT_BTN_LEFT));
    CHECK(query(&t, S_EV, INPUT_EV_LED) == 1 && cfg8(&t, C_U) == 0x07);
    CHECK(query(&t, S_EV, INPUT_EV_REP) == 1 && cfg8(&t, C_U) == 0);
    CHECK(query(&t, S_EV, INPUT_EV_REL) == 0 && query(&t, S_EV, INPUT_EV_ABS) == 0);
    CHECK(query(&t, S_ABS, INPUT_ABS_X) == 0);
    /* A reset forgets the query. */
    query(&t, S_NAME, 0);
    vd_wr(&t.d, R_STATUS, 0);
    CHECK(cfg8(&t, C_SELECT) == 0 && cfg8(&t, C_SIZE) == 0);
    close_dev(&t);
}

static void check_abs(T *t, unsigned axis)
{
    CHECK(query(t, S_ABS, (uint8_t)axis) == 20);
    CHECK(cfg32(t, C_U) == 0 && cfg32(t, C_U + 4) == INPUT_ABS_MAX && cfg32(t, C_U + 8) == 0 &&
          cfg32(t, C_U + 12) == 0 && cfg32(t, C_U + 16) == 0);
}

static void test_config_pointers(void)
{
    T t;
    open_dev(&t, "virtio-tablet-device", &hub);
    check_common(&t, "rvbox virtio tablet", 3);
    CHECK(query(&t, S_EV, INPUT_EV_KEY) == 35 && ev_bit(&t, INPUT_EV_KEY, INPUT_BTN_LEFT) &&
          ev_bit(&t, INPUT_EV_KEY, INPUT_BTN_RIGHT) &&
          ev_bit(&t, INPUT_EV_KEY, INPUT_BTN_MIDDLE) && !ev_bit(&t, INPUT_EV_KEY, KEY_A));
    CHECK(query(&t, S_EV, INPUT_EV_ABS) == 1 && cfg8(&t, C_U) == 0x03);
    CHECK(query(&t, S_EV, INPUT_EV_REL) == 2 && cfg8(&t, C_U) == 0 && cfg8(&t, C_U + 1) == 1);
    CHECK(query(&t, S_EV, INPUT_EV_LED) == 0 && query(&t, S_EV, INPUT_EV_REP) == 0);
    check_abs(&t, INPUT_ABS_X);
    check_abs(&t, INPUT_ABS_Y);
    CHECK(query(&t, S_ABS, 2) == 0);
    close_dev(&t);

    open_dev(&t, "virtio-mouse-device", &hub);
    check_common(&t, "rvbox virtio mouse", 2);
    CHECK(query(&t, S_EV, INPUT_EV_KEY) == 35 && ev_bit(&t, INPUT_EV_KEY, INPUT_BTN_MIDDLE));
    CHECK(query(&t, S_EV, INPUT_EV_REL) == 2 && cfg8(&t, C_U) == 0x03 && cfg8(&t, C_U + 1) == 1);
    CHECK(query(&t, S_EV, INPUT_EV_ABS) == 0 && query(&t, S_ABS, INPUT_ABS_X) == 0);
    close_dev(&t);
}

/* --- eventq -------------------------------------------------------------------- */

/* Posts event buffers until QSIZE are outstanding (or n more), each of len
 * bytes, then notifies when asked. */
static void post(T *t, unsigned n, uint32_t len, bool notify)
{
    for (unsigned i = 0; i < n && t->posted - t->used < QSIZE; i++) {
        unsigned id = t->posted++ % QSIZE;
        uint8_t *table = vd_host(&t->d, vd_ring(EQ));
        memset(vd_host(&t->d, VD_RAM_BASE + EVBUF + 16 * id), 0xee, 16);
        vd_put_desc(table + 16 * id, VD_RAM_BASE + EVBUF + 16 * id, len, VIRTQ_DESC_F_WRITE,
                    0);
        vd_make_avail(&t->d, EQ, (uint16_t)id, false);
    }
    if (notify) {
        vd_wr(&t->d, R_NOTIFY, EQ);
    }
}

/* Takes the used event buffers, at most max; returns how many, with their
 * events in e and their lengths in lens (may be NULL). */
static int take(T *t, Ev *e, uint32_t *lens, int max)
{
    uint32_t id, len;
    int n = 0;
    while (n < max && vd_get_used(&t->d, EQ, &id, &len)) {
        const uint8_t *p = vd_host(&t->d, VD_RAM_BASE + EVBUF + 16 * id);
        if (id != t->used % QSIZE || (!lens && len != 8)) {
            CHECK_NAMED(false, "event buffers come back in order, 8 bytes each");
        }
        t->used++;
        e[n] = (Ev){ get_le16(p), get_le16(p + 2), (int32_t)get_le32(p + 4) };
        if (lens) {
            lens[n] = len;
        }
        n++;
    }
    return n;
}

/* Collects up to max events, posting buffers as they are used. */
static int drain(T *t, Ev *e, int max)
{
    int n = 0, got;
    do {
        post(t, QSIZE, 8, true);
        got = take(t, e + n, NULL, max - n);
        n += got;
    } while (got > 0 && n < max);
    return n;
}

static bool ev_is(const Ev *e, uint16_t type, uint16_t code, int32_t value)
{
    return e->type == type && e->code == code && e->value == value;
}

static void test_events(void)
{
    T k, tb, m;
    Ev e[32];
    open_dev(&k, "virtio-keyboard-device", &hub);
    open_dev(&tb, "virtio-tablet-device", &hub);
    open_dev(&m, "virtio-mouse-device", &hub);
    CHECK(up(&k) && up(&tb) && up(&m));
    post(&k, QSIZE, 8, true);
    post(&tb, QSIZE, 8, true);
    post(&m, QSIZE, 8, true);
    CHECK(input_has(&hub, INPUT_CLASS_KEYBOARD) && input_has(&hub, INPUT_CLASS_TABLET));

    int irq_before = k.d.irq.raised;
    input_key(&hub, KEY_A, true);
    input_sync(&hub);
    CHECK(take(&k, e, NULL, 32) == 2 && ev_is(&e[0], INPUT_EV_KEY, KEY_A, 1) &&
          ev_is(&e[1], INPUT_EV_SYN, 0, 0));
    CHECK(k.d.irq.raised > irq_before);
    CHECK(take(&tb, e, NULL, 32) == 0 && take(&m, e, NULL, 32) == 0);

    input_pointer_abs(&hub, 50, 100, 101, 201);
    input_button(&hub, INPUT_BTN_LEFT, true);
    input_wheel(&hub, -1);
    input_sync(&hub);
    CHECK(take(&tb, e, NULL, 32) == 5 && ev_is(&e[0], INPUT_EV_ABS, INPUT_ABS_X, 16383) &&
          ev_is(&e[1], INPUT_EV_ABS, INPUT_ABS_Y, 16383) &&
          ev_is(&e[2], INPUT_EV_KEY, INPUT_BTN_LEFT, 1) &&
          ev_is(&e[3], INPUT_EV_REL, INPUT_REL_WHEEL, -1) && ev_is(&e[4], INPUT_EV_SYN, 0, 0));
    CHECK(take(&m, e, NULL, 32) == 3 && ev_is(&e[0], INPUT_EV_KEY, INPUT_BTN_LEFT, 1) &&
          ev_is(&e[1], INPUT_EV_REL, INPUT_REL_WHEEL, -1) && ev_is(&e[2], INPUT_EV_SYN, 0, 0));
    CHECK(take(&k, e, NULL, 32) == 0);

    input_pointer_rel(&hub, 3, -4);
    input_sync(&hub);
    CHECK(take(&m, e, NULL, 32) == 3 && ev_is(&e[0], INPUT_EV_REL, INPUT_REL_X, 3) &&
          ev_is(&e[1], INPUT_EV_REL, INPUT_REL_Y, -4) && ev_is(&e[2], INPUT_EV_SYN, 0, 0));
    CHECK(take(&tb, e, NULL, 32) == 0);

    /* A key the keyboard does not report is not passed on. */
    input_key(&hub, 0x1d0, true);
    input_sync(&hub);
    CHECK(take(&k, e, NULL, 32) == 1 && ev_is(&e[0], INPUT_EV_SYN, 0, 0));

    close_dev(&m);
    close_dev(&tb);
    close_dev(&k);
    CHECK(hub.nsinks == 0);
}

/* Events wait in the FIFO while no buffer is posted, and come out in
 * order as buffers arrive: on a notify, or on the per-slice update. */
static void test_queued(void)
{
    T k;
    Ev e[256];
    open_dev(&k, "virtio-keyboard-device", &hub);
    /* Before the driver's reset: stale, thrown away by it. */
    input_key(&hub, KEY_ESC, true);
    CHECK(up(&k));
    for (int i = 0; i < 100; i++) {
        input_key(&hub, (uint16_t)(KEY_ESC + i), i % 2 == 0);
    }
    input_sync(&hub);
    CHECK(take(&k, e, NULL, 256) == 0);
    post(&k, 10, 8, false);
    CHECK(take(&k, e, NULL, 256) == 0);
    k.d.v->cls->update(k.d.v, k.d.v->dev);
    int n = take(&k, e, NULL, 256);
    n += drain(&k, e + n, 256 - n);
    bool order = n == 101;
    for (int i = 0; order && i < 100; i++) {
        order = ev_is(&e[i], INPUT_EV_KEY, (uint16_t)(KEY_ESC + i), i % 2 == 0);
    }
    CHECK(order && ev_is(&e[100], INPUT_EV_SYN, 0, 0));

    /* Buffers made available before DRIVER_OK are used once it is set. */
    uint32_t st = vd_negotiate(&k.d, vd_offered(&k.d));
    vd_setup_queue(&k.d, EQ);
    vd_setup_queue(&k.d, SQ);
    k.posted = k.used = 0;
    post(&k, 4, 8, true);
    input_key(&hub, KEY_A, true);
    CHECK(take(&k, e, NULL, 256) == 0);
    vd_wr(&k.d, R_STATUS, st | VIRTIO_STATUS_DRIVER_OK);
    CHECK(take(&k, e, NULL, 256) == 1 && ev_is(&e[0], INPUT_EV_KEY, KEY_A, 1));
    close_dev(&k);
}

/* A full FIFO drops what comes; SYN_DROPPED then precedes the next event
 * that finds room. */
static void test_overflow(void)
{
    T k;
    static Ev e[FIFO_MAX + 64];
    open_dev(&k, "virtio-keyboard-device", &hub);
    CHECK(up(&k));
    for (int i = 0; i < FIFO_MAX + 20; i++) {
        input_key(&hub, (uint16_t)(KEY_ESC + i % 200), i < FIFO_MAX);
    }
    post(&k, QSIZE, 8, true);
    CHECK(take(&k, e, NULL, QSIZE) == QSIZE);
    input_key(&hub, KEY_A, false);
    input_sync(&hub);
    int n = QSIZE + drain(&k, e + QSIZE, FIFO_MAX + 64 - QSIZE);
    bool kept = n == FIFO_MAX + 3;
    for (int i = 0; kept && i < FIFO_MAX; i++) {
        kept = ev_is(&e[i], INPUT_EV_KEY, (uint16_t)(KEY_ESC + i % 200), 1);
    }
    CHECK(kept);
    CHECK(ev_is(&e[FIFO_MAX], INPUT_EV_SYN, SYN_DROPPED, 0) &&
          ev_is(&e[FIFO_MAX + 1], INPUT_EV_KEY, KEY_A, 0) &&
          ev_is(&e[FIFO_MAX + 2], INPUT_EV_SYN, 0, 0));
    /* The stream is whole again: no second SYN_DROPPED. */
    input_key(&hub, KEY_A, true);
    CHECK(drain(&k, e, 8) == 1 && ev_is(&e[0], INPUT_EV_KEY, KEY_A, 1));
    close_dev(&k);
}

/* A buffer too small for an event comes back empty; the event goes into
 * the next one, also when split over two descriptors. */
static void test_short_buffers(void)
{
    T k;
    Ev e[4];
    uint32_t lens[4];
    open_dev(&k, "virtio-keyboard-device", &hub);
    CHECK(up(&k));
    post(&k, 1, 4, false);
    post(&k, 1, 8, true);
    input_key(&hub, KEY_A, true);
    CHECK(take(&k, e, lens, 4) == 2 && lens[0] == 0 && lens[1] == 8 &&
          ev_is(&e[1], INPUT_EV_KEY, KEY_A, 1));
    /* A device-readable buffer holds nothing either. */
    uint8_t *table = vd_host(&k.d, vd_ring(EQ));
    unsigned id = k.posted++ % QSIZE;
    vd_put_desc(table + 16 * id, VD_RAM_BASE + EVBUF + 16 * id, 8, 0, 0);
    vd_make_avail(&k.d, EQ, (uint16_t)id, true);
    input_key(&hub, KEY_A, false);
    CHECK(take(&k, e, lens, 4) == 1 && lens[0] == 0);
    /* 3 + 5 bytes in a chain of two. */
    id = k.posted++ % QSIZE;
    VdBuf two[2] = { { VD_RAM_BASE + EVBUF + 0x800, 3, true },
                     { VD_RAM_BASE + EVBUF + 0x900, 5, true } };
    uint8_t *desc = table + 16 * id;
    vd_put_desc(desc, two[0].addr, 3, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT,
                (uint16_t)((id + 1) % QSIZE));
    vd_put_desc(table + 16 * ((id + 1) % QSIZE), two[1].addr, 5, VIRTQ_DESC_F_WRITE, 0);
    vd_make_avail(&k.d, EQ, (uint16_t)id, true);
    uint32_t uid, ulen;
    CHECK(vd_get_used(&k.d, EQ, &uid, &ulen) && uid == id && ulen == 8);
    const uint8_t *a = vd_host(&k.d, two[0].addr), *b = vd_host(&k.d, two[1].addr);
    CHECK(a[0] == INPUT_EV_KEY && a[1] == 0 && a[2] == KEY_A && b[0] == 0 && b[1] == 0);
    close_dev(&k);
}

/* --- statusq ------------------------------------------------------------------------ */

/* The device's own state: version u32, product u16, select u8, subsel u8,
 * then the LEDs (u16). */
static uint16_t leds_of(T *t)
{
    StateWriter w;
    state_writer_init(&w);
    t->d.v->cls->save(t->d.v->dev, &w);
    uint16_t leds = w.len >= 10 ? get_le16(w.buf + 8) : 0xffff;
    state_writer_free(&w);
    return leds;
}

/* Sends n status events in one buffer; true when it came back empty. */
static bool status(T *t, const Ev *ev, int n)
{
    static uint16_t next;
    uint8_t *p = vd_host(&t->d, VD_RAM_BASE + STSBUF);
    for (int i = 0; i < n; i++) {
        put_le16(p + 8 * i, ev[i].type);
        put_le16(p + 8 * i + 2, ev[i].code);
        put_le32(p + 8 * i + 4, (uint32_t)ev[i].value);
    }
    uint16_t id = next++ % QSIZE;
    vd_put_desc(vd_host(&t->d, vd_ring(SQ)) + 16 * id, VD_RAM_BASE + STSBUF, 8u * (unsigned)n,
                0, 0);
    vd_make_avail(&t->d, SQ, id, true);
    uint32_t uid, len;
    return vd_get_used(&t->d, SQ, &uid, &len) && uid == id && len == 0;
}

static void test_status(void)
{
    T k, tb;
    open_dev(&k, "virtio-keyboard-device", &hub);
    open_dev(&tb, "virtio-tablet-device", &hub);
    CHECK(up(&k) && up(&tb));
    CHECK(leds_of(&k) == 0);
    CHECK(status(&k, &(Ev){ INPUT_EV_LED, LED_CAPSL, 1 }, 1) && leds_of(&k) == 2);
    Ev two[2] = { { INPUT_EV_LED, LED_NUML, 1 }, { INPUT_EV_LED, LED_CAPSL, 0 } };
    CHECK(status(&k, two, 2) && leds_of(&k) == 1);
    CHECK(status(&k, &(Ev){ INPUT_EV_LED, 5, 1 }, 1) && leds_of(&k) == 1);
    CHECK(status(&k, &(Ev){ INPUT_EV_REP, 0, 250 }, 1) && leds_of(&k) == 1);
    CHECK(status(&tb, &(Ev){ INPUT_EV_LED, LED_CAPSL, 1 }, 1) && leds_of(&tb) == 0);
    /* A buffer shorter than an event, and a reset that turns LEDs off. */
    CHECK(status(&k, &(Ev){ INPUT_EV_LED, LED_CAPSL, 1 }, 0) && leds_of(&k) == 1);
    vd_wr(&k.d, R_STATUS, 0);
    CHECK(leds_of(&k) == 0);
    close_dev(&tb);
    close_dev(&k);
}

/* --- save/load, reset, life ------------------------------------------------------------------ */

static void save(T *t, StateWriter *w)
{
    state_writer_init(w);
    CHECK(virtio_mmio_save(t->d.t, w) == 0 && virtio_save(t->d.v, w) == 0 && !w->failed);
}

static bool load(T *t, const StateWriter *w, char *err, size_t errlen)
{
    StateReader r;
    state_reader_init(&r, w->buf, w->len);
    return virtio_mmio_load(t->d.t, &r) == 0 && virtio_load(t->d.v, &r, err, errlen) == 0 &&
           state_remaining(&r) == 0;
}

/* Device payload only (cls->save / cls->load). */
static void save_own(T *t, StateWriter *w)
{
    state_writer_init(w);
    t->d.v->cls->save(t->d.v->dev, w);
}

static int load_own(T *t, const uint8_t *buf, size_t len, char *err, size_t errlen)
{
    StateReader r;
    state_reader_init(&r, buf, len);
    err[0] = 0;
    return t->d.v->cls->load(t->d.v->dev, &r, err, errlen);
}

/* Refused payloads leave the device as it was. */
static void check_refusals(T *k, T *tb)
{
    StateWriter w;
    char err[200];
    save_own(k, &w);
    for (size_t n = 0; n < w.len; n++) {
        if (load_own(k, w.buf, n, err, sizeof(err)) != -1 || !strchr(err, ':')) {
            CHECK_NAMED(false, "a truncated payload is refused");
            break;
        }
    }
    uint8_t *bad = malloc(w.len);
    memcpy(bad, w.buf, w.len);
    put_le16(bad + 8, 0x20);                 /* LED 5 */
    CHECK(load_own(k, bad, w.len, err, sizeof(err)) == -1 && strstr(err, "LED"));
    memcpy(bad, w.buf, w.len);
    put_le16(bad + 15, INPUT_EV_ABS);        /* first event: an axis */
    CHECK(load_own(k, bad, w.len, err, sizeof(err)) == -1 && strstr(err, "event"));
    memcpy(bad, w.buf, w.len);
    put_le32(bad + 11, FIFO_MAX + 1);        /* count */
    CHECK(load_own(k, bad, w.len, err, sizeof(err)) == -1 && err[0]);
    memcpy(bad, w.buf, w.len);
    put_le32(bad, 7);                        /* version */
    CHECK(load_own(k, bad, w.len, err, sizeof(err)) == -1 && strstr(err, "version"));
    CHECK(load_own(tb, w.buf, w.len, err, sizeof(err)) == -1 &&
          strstr(err, "virtio-tablet-device") && strstr(err, "another input device"));
    free(bad);
    StateWriter again;
    save_own(k, &again);
    CHECK(again.len == w.len && !memcmp(again.buf, w.buf, w.len));
    state_writer_free(&again);
    state_writer_free(&w);
}

static void test_save_load(void)
{
    T a, b, tb;
    InputHub hub2 = { 0 };
    Ev e[16];
    StateWriter w;
    char err[200] = "";
    open_dev(&a, "virtio-keyboard-device", &hub);
    open_dev(&tb, "virtio-tablet-device", &hub);
    CHECK(up(&a) && up(&tb));
    CHECK(status(&a, &(Ev){ INPUT_EV_LED, LED_CAPSL, 1 }, 1));
    for (int i = 0; i < 5; i++) {
        input_key(&hub, (uint16_t)(KEY_A + i), true);
    }
    input_sync(&hub);
    query(&a, S_EV, INPUT_EV_LED);
    check_refusals(&a, &tb);
    save(&a, &w);
    open_dev(&b, "virtio-keyboard-device", &hub2);
    memcpy(b.ram.host, a.ram.host, RAM_SIZE);
    b.d.avail_idx[SQ] = a.d.avail_idx[SQ];
    b.d.used_seen[SQ] = a.d.used_seen[SQ];
    CHECK(load(&b, &w, err, sizeof(err)));
    CHECK(leds_of(&b) == 2 && cfg8(&b, C_SELECT) == S_EV && cfg8(&b, C_SIZE) == 1);
    /* The restored queue has no buffer yet; then it has them. */
    CHECK(drain(&b, e, 16) == 6);
    bool same = true;
    for (int i = 0; i < 5; i++) {
        same = same && ev_is(&e[i], INPUT_EV_KEY, (uint16_t)(KEY_A + i), 1);
    }
    CHECK(same && ev_is(&e[5], INPUT_EV_SYN, 0, 0));
    /* The restored device takes the hub's events. */
    input_key(&hub2, KEY_A, false);
    CHECK(drain(&b, e, 16) == 1 && ev_is(&e[0], INPUT_EV_KEY, KEY_A, 0));
    /* A keyboard's state does not load into a tablet. */
    CHECK(!load(&tb, &w, err, sizeof(err)) && strstr(err, "another input device"));
    state_writer_free(&w);
    close_dev(&b);
    close_dev(&tb);
    close_dev(&a);
}

/* A pending SYN_DROPPED survives a save/load round trip. */
static void test_save_dropped(void)
{
    T a, b;
    InputHub hub2 = { 0 };
    static Ev e[FIFO_MAX + 8];
    StateWriter w;
    char err[200] = "";
    open_dev(&a, "virtio-keyboard-device", &hub);
    CHECK(up(&a));
    for (int i = 0; i < FIFO_MAX + 1; i++) {
        input_key(&hub, KEY_A, i % 2);
    }
    save(&a, &w);
    open_dev(&b, "virtio-keyboard-device", &hub2);
    memcpy(b.ram.host, a.ram.host, RAM_SIZE);
    CHECK(load(&b, &w, err, sizeof(err)));
    CHECK(drain(&b, e, QSIZE) == QSIZE);
    input_key(&hub2, KEY_ESC, true);
    int n = QSIZE + drain(&b, e + QSIZE, FIFO_MAX + 8 - QSIZE);
    CHECK(n == FIFO_MAX + 2 && ev_is(&e[FIFO_MAX], INPUT_EV_SYN, SYN_DROPPED, 0) &&
          ev_is(&e[FIFO_MAX + 1], INPUT_EV_KEY, KEY_ESC, 1));
    state_writer_free(&w);
    close_dev(&b);
    close_dev(&a);
}

/* A reset empties the FIFO and forgets a pending SYN_DROPPED. */
static void test_reset(void)
{
    T k;
    Ev e[8];
    open_dev(&k, "virtio-keyboard-device", &hub);
    CHECK(up(&k));
    for (int i = 0; i < FIFO_MAX + 5; i++) {
        input_key(&hub, KEY_A, i % 2);
    }
    CHECK(up(&k));
    CHECK(drain(&k, e, 8) == 0);
    input_key(&hub, KEY_ESC, true);
    CHECK(drain(&k, e, 8) == 1 && ev_is(&e[0], INPUT_EV_KEY, KEY_ESC, 1));
    /* A malformed eventq: the device asks for a reset, and keeps the event. */
    put_le16(vd_host(&k.d, vd_ring(EQ) + 0x1000) + 2, (uint16_t)(k.d.avail_idx[EQ] + 100));
    input_key(&hub, KEY_ESC, false);
    CHECK(vd_rd(&k.d, R_STATUS) & VIRTIO_STATUS_NEEDS_RESET);
    close_dev(&k);
}

/* The hub holds INPUT_MAX_SINKS devices; destroy lets go of the hub. */
static void test_life(void)
{
    InputHub h = { 0 };
    GuestRam ram = vd_ram(RAM_SIZE);
    VirtioDevice *v[INPUT_MAX_SINKS];
    char err[200] = "";
    for (int i = 0; i < INPUT_MAX_SINKS; i++) {
        v[i] = make(i % 2 ? "virtio-mouse-device" : "virtio-keyboard-device", &ram, &h, err,
                    sizeof(err));
        CHECK(v[i] != NULL);
    }
    CHECK(make("virtio-tablet-device", &ram, &h, err, sizeof(err)) == NULL &&
          strstr(err, "virtio-tablet-device") && !strchr(err, '\n'));
    CHECK(h.nsinks == INPUT_MAX_SINKS);
    for (int i = 0; i < INPUT_MAX_SINKS; i++) {
        virtio_device_destroy(v[i]);
    }
    CHECK(h.nsinks == 0);
    /* Events with no driver at all stay bounded. */
    VirtioDevice *k = make("virtio-keyboard-device", &ram, &h, err, sizeof(err));
    for (int i = 0; i < 3 * FIFO_MAX; i++) {
        input_key(&h, KEY_A, i % 2);
    }
    virtio_device_destroy(k);
    free(ram.host);
}

int main(void)
{
    test_config_keyboard();
    test_config_pointers();
    test_events();
    test_queued();
    test_overflow();
    test_short_buffers();
    test_status();
    test_save_load();
    test_save_dropped();
    test_reset();
    test_life();
    return t_summary("test_input");
}
