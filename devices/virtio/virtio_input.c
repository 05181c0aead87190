/* virtio-input (virtio 1.2 §5.8): a keyboard, a tablet (absolute pointer)
 * and a mouse (relative pointer), three registered devices sharing this one
 * implementation, with QEMU's names and device ids.
 *
 * Events come from the machine's InputHub (devices/input.h), in evdev
 * terms, and go to the driver through eventq (queue 0), one 8-byte
 * struct virtio_input_event per buffer. Between the two sits a FIFO of
 * FIFO_MAX events, so nothing is lost or reordered while the driver is
 * slow to post buffers (or not running yet). When the FIFO is full the
 * incoming event is dropped and the stream is marked; the next event that
 * finds room is preceded by EV_SYN/SYN_DROPPED, evdev's convention for
 * "events were lost here, resynchronise" (a reader discards events up to
 * the next SYN_REPORT). A driver reset empties the FIFO: events from
 * before the driver came up are stale.
 *
 * The device only passes on what its config says it reports: a key the
 * keyboard's EV_KEY bitmap lacks is dropped here, not sent to a driver
 * that was told it never comes.
 *
 * statusq (queue 1) carries events from the driver (LEDs, autorepeat
 * settings): each buffer is consumed and completed; the keyboard records
 * EV_LED in its state (saved with it). Nothing else is acted on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/device.h"
#include "devices/input.h"
#include "devices/state.h"
#include "devices/virtio/virtio.h"

#define VIRTIO_ID_INPUT 18

enum { INPUT_EVENTQ = 0, INPUT_STATUSQ = 1 };

/* struct virtio_input_config (§5.8.4): select, subsel, size, 5 reserved
 * bytes, then a 128-byte union (string, bitmap, absinfo, devids). */
enum {
    CFG_SELECT = 0, CFG_SUBSEL = 1, CFG_SIZE = 2, CFG_UNION = 8, CFG_UNION_SIZE = 128,
    CFG_TOTAL = CFG_UNION + CFG_UNION_SIZE,
};

/* enum virtio_input_config_select (§5.8.4). */
enum {
    CFG_UNSET = 0x00, CFG_ID_NAME = 0x01, CFG_ID_SERIAL = 0x02, CFG_ID_DEVIDS = 0x03,
    CFG_PROP_BITS = 0x10, CFG_EV_BITS = 0x11, CFG_ABS_INFO = 0x12,
};

/* evdev values input.h does not name. */
enum {
    SYN_DROPPED = 3, BUS_VIRTUAL = 0x06,
    LED_NUML = 0, LED_CAPSL = 1, LED_SCROLLL = 2,
    KEY_ESC = 1, KEY_MICMUTE = 248,
};

enum {
    EVENT_SIZE = 8,            /* struct virtio_input_event */
    FIFO_MAX = 1024,           /* events held for the driver */
    TYPE_MAX = 0x1f,           /* evdev EV_MAX */
    CODE_BYTES = (INPUT_KEY_MAX + 1) / 8,   /* a bitmap of codes 0..KEY_MAX */
    STATUS_EVENTS_MAX = 16,    /* events read from one statusq buffer */
    INPUT_STATE_VERSION = 1,
};

#define INPUT_VENDOR 0x0627    /* QEMU's (the one of its USB HID devices) */
#define INPUT_SERIAL "0000"

/* What distinguishes the three devices. */
typedef struct InputKind {
    const char *dev_name;      /* registry name, for messages */
    const char *name;          /* ID_NAME */
    uint16_t product;          /* ID_DEVIDS product, QEMU's */
    unsigned cls;              /* INPUT_CLASS_* it takes from the hub */
} InputKind;

static const InputKind kind_keyboard = {
    "virtio-keyboard-device", "rvbox virtio keyboard", 1, INPUT_CLASS_KEYBOARD,
};
static const InputKind kind_mouse = {
    "virtio-mouse-device", "rvbox virtio mouse", 2, INPUT_CLASS_MOUSE,
};
static const InputKind kind_tablet = {
    "virtio-tablet-device", "rvbox virtio tablet", 3, INPUT_CLASS_TABLET,
};

typedef struct InputEvent {
    uint16_t type, code;
    int32_t value;
} InputEvent;

typedef struct VirtioInput {
    VirtioDevice *v;
    InputHub *hub;             /* the machine's; outlives the device */
    const InputKind *kind;
    /* What the device reports (EV_BITS): the types, and per type the
     * codes. EV_REP is a type without codes. */
    bool has_type[TYPE_MAX + 1];
    uint8_t codes[TYPE_MAX + 1][CODE_BYTES];
    uint8_t select, subsel;    /* the driver's config query */
    uint16_t leds;             /* LED_* bits the driver last set */
    /* The FIFO: count events from fifo[head], wrapping. */
    InputEvent fifo[FIFO_MAX];
    unsigned head, count;
    bool dropped;              /* events lost; SYN_DROPPED comes next */
    VirtqChain chain;
} VirtioInput;

/* --- what each device reports ---------------------------------------------- */

static void set_code(VirtioInput *in, unsigned type, unsigned code)
{
    in->has_type[type] = true;
    in->codes[type][code / 8] |= (uint8_t)(1u << (code % 8));
}

static bool has_code(const VirtioInput *in, unsigned type, unsigned code)
{
    return type <= TYPE_MAX && in->has_type[type] && code < CODE_BYTES * 8 &&
           (in->codes[type][code / 8] & (1u << (code % 8)));
}

static void set_buttons(VirtioInput *in)
{
    set_code(in, INPUT_EV_KEY, INPUT_BTN_LEFT);
    set_code(in, INPUT_EV_KEY, INPUT_BTN_RIGHT);
    set_code(in, INPUT_EV_KEY, INPUT_BTN_MIDDLE);
}

/* QEMU's keyboard: the keys of a PC keyboard (KEY_ESC..KEY_MICMUTE), the
 * three LEDs, and EV_REP, which has no codes but makes Linux repeat held
 * keys (it sets EV_REP when the EV_REP query answers a non-zero size). */
static void keyboard_caps(VirtioInput *in)
{
    for (unsigned k = KEY_ESC; k <= KEY_MICMUTE; k++) {
        set_code(in, INPUT_EV_KEY, k);
    }
    set_code(in, INPUT_EV_LED, LED_NUML);
    set_code(in, INPUT_EV_LED, LED_CAPSL);
    set_code(in, INPUT_EV_LED, LED_SCROLLL);
    in->has_type[INPUT_EV_REP] = true;
}

static void tablet_caps(VirtioInput *in)
{
    set_buttons(in);
    set_code(in, INPUT_EV_ABS, INPUT_ABS_X);
    set_code(in, INPUT_EV_ABS, INPUT_ABS_Y);
    set_code(in, INPUT_EV_REL, INPUT_REL_WHEEL);
}

static void mouse_caps(VirtioInput *in)
{
    set_buttons(in);
    set_code(in, INPUT_EV_REL, INPUT_REL_X);
    set_code(in, INPUT_EV_REL, INPUT_REL_Y);
    set_code(in, INPUT_EV_REL, INPUT_REL_WHEEL);
}

/* --- config space (§5.8.4, §5.8.5) ------------------------------------------ */

/* A string answer: its bytes without the NUL (Linux copies size bytes). */
static uint8_t cfg_string(uint8_t *u, const char *s)
{
    size_t n = strlen(s);
    n = n < CFG_UNION_SIZE ? n : CFG_UNION_SIZE;
    memcpy(u, s, n);
    return (uint8_t)n;
}

/* EV_BITS for type subsel: the bitmap up to its last non-zero byte; a
 * supported type without codes (EV_REP) still answers size 1. */
static uint8_t cfg_ev_bits(const VirtioInput *in, uint8_t *u, unsigned type)
{
    if (type > TYPE_MAX || !in->has_type[type]) {
        return 0;
    }
    unsigned size = 1;
    for (unsigned i = 0; i < CODE_BYTES && i < CFG_UNION_SIZE; i++) {
        u[i] = in->codes[type][i];
        size = u[i] ? i + 1 : size;
    }
    return (uint8_t)size;
}

/* ABS_INFO: every axis spans 0..INPUT_ABS_MAX, no fuzz, flat or
 * resolution (what the hub sends, input.h). */
static uint8_t cfg_abs_info(const VirtioInput *in, uint8_t *u, unsigned axis)
{
    if (!has_code(in, INPUT_EV_ABS, axis)) {
        return 0;
    }
    put_le32(u + 0, 0);
    put_le32(u + 4, INPUT_ABS_MAX);
    return 20;   /* min, max, fuzz, flat, res */
}

static uint8_t cfg_devids(const VirtioInput *in, uint8_t *u)
{
    put_le16(u + 0, BUS_VIRTUAL);
    put_le16(u + 2, INPUT_VENDOR);
    put_le16(u + 4, in->kind->product);
    put_le16(u + 6, 1);
    return 8;
}

/* The answer to (select, subsel) into the union u; returns its size, 0
 * for anything not supported (§5.8.5.1: PROP_BITS included, no device
 * here has input properties). */
static uint8_t cfg_answer(const VirtioInput *in, uint8_t *u)
{
    switch (in->select) {
    case CFG_ID_NAME:
        return in->subsel == 0 ? cfg_string(u, in->kind->name) : 0;
    case CFG_ID_SERIAL:
        return in->subsel == 0 ? cfg_string(u, INPUT_SERIAL) : 0;
    case CFG_ID_DEVIDS:
        return in->subsel == 0 ? cfg_devids(in, u) : 0;
    case CFG_EV_BITS:
        return cfg_ev_bits(in, u, in->subsel);
    case CFG_ABS_INFO:
        return cfg_abs_info(in, u, in->subsel);
    default:
        return 0;
    }
}

static void input_config_read(void *dev, uint8_t *buf)
{
    VirtioInput *in = dev;
    buf[CFG_SELECT] = in->select;
    buf[CFG_SUBSEL] = in->subsel;
    buf[CFG_SIZE] = cfg_answer(in, buf + CFG_UNION);
}

/* Only select and subsel are writable; buf holds both with the write
 * merged, whichever bytes it covered. */
static void input_config_write(void *dev, const uint8_t *buf, uint32_t off, uint32_t len)
{
    VirtioInput *in = dev;
    in->select = buf[CFG_SELECT];
    in->subsel = buf[CFG_SUBSEL];
}

/* --- events to the driver (§5.8.6.1) ------------------------------------------ */

static void fifo_put(VirtioInput *in, uint16_t type, uint16_t code, int32_t value)
{
    in->fifo[(in->head + in->count) % FIFO_MAX] = (InputEvent){ type, code, value };
    in->count++;
}

/* Queues one event, or drops it when full; after a drop, SYN_DROPPED
 * takes the first free slot and the event needs a second one. */
static void fifo_push(VirtioInput *in, uint16_t type, uint16_t code, int32_t value)
{
    unsigned need = in->dropped ? 2 : 1;
    if (FIFO_MAX - in->count < need) {
        in->dropped = true;
        return;
    }
    if (in->dropped) {
        fifo_put(in, INPUT_EV_SYN, SYN_DROPPED, 0);
        in->dropped = false;
    }
    fifo_put(in, type, code, value);
}

/* Fills the chain just popped with the oldest event; a buffer too small
 * for one comes back empty and the event waits for the next. Returns the
 * bytes written. */
static uint32_t deliver_one(VirtioInput *in)
{
    if (in->chain.writable_len < EVENT_SIZE) {
        return 0;
    }
    const InputEvent *e = &in->fifo[in->head];
    uint8_t raw[EVENT_SIZE];
    put_le16(raw, e->type);
    put_le16(raw + 2, e->code);
    put_le32(raw + 4, (uint32_t)e->value);
    virtq_chain_write(&in->chain, &in->v->ram, 0, raw, sizeof(raw));
    in->head = (in->head + 1) % FIFO_MAX;
    in->count--;
    return EVENT_SIZE;
}

/* Moves queued events into the buffers the driver made available, oldest
 * first, while there are both; then notifies once. */
static void input_deliver(VirtioInput *in)
{
    VirtioDevice *v = in->v;
    VirtQueue *q = virtio_live_queue(v, INPUT_EVENTQ);
    int r = 0;
    if (!q || in->count == 0) {
        return;
    }
    while (in->count > 0 && (r = virtq_pop(q, &v->ram, &in->chain)) == 1) {
        if (virtq_push(q, &v->ram, in->chain.head, deliver_one(in)) != 0) {
            r = -1;
            break;
        }
    }
    if (r < 0) {
        virtio_set_needs_reset(v);
    }
    virtio_notify_used(v, INPUT_EVENTQ);
}

/* InputSink.event: one event from the host side. */
static void input_sink_event(void *dev, uint16_t type, uint16_t code, int32_t value)
{
    VirtioInput *in = dev;
    if (type != INPUT_EV_SYN && !has_code(in, type, code)) {
        return;
    }
    fifo_push(in, type, code, value);
    input_deliver(in);
}

/* --- status from the driver (§5.8.6.2) ------------------------------------------- */

/* Takes the events of one statusq buffer (up to STATUS_EVENTS_MAX: Linux
 * sends one per buffer) and returns it; LEDs the device has are
 * recorded. */
static int status_complete(void *dev, VirtQueue *q, const GuestRam *ram)
{
    VirtioInput *in = dev;
    uint8_t raw[STATUS_EVENTS_MAX * EVENT_SIZE];
    size_t n = virtq_chain_read(&in->chain, ram, 0, raw, sizeof(raw));
    for (size_t off = 0; off + EVENT_SIZE <= n; off += EVENT_SIZE) {
        uint16_t type = get_le16(raw + off), code = get_le16(raw + off + 2);
        uint32_t value = get_le32(raw + off + 4);
        if (type == INPUT_EV_LED && has_code(in, type, code)) {
            in->leds = value ? in->leds | (uint16_t)(1u << code)
                             : in->leds & (uint16_t)~(1u << code);
        }
    }
    return virtq_push(q, ram, in->chain.head, 0);
}

static void input_queue_notify(VirtioDevice *v, void *dev, unsigned q)
{
    VirtioInput *in = dev;
    if (q == INPUT_EVENTQ) {
        input_deliver(in);
    } else {
        virtio_serve_queue(v, q, &in->chain, status_complete);
    }
}

/* --- the device's life --------------------------------------------------------- */

/* Once per slice: events held back (a loaded state, a queue that was not
 * live yet) go out as soon as buffers are there. */
static void input_update(VirtioDevice *v, void *dev)
{
    input_deliver(dev);
}

static void input_reset(void *dev)
{
    VirtioInput *in = dev;
    in->head = in->count = 0;
    in->dropped = false;
    in->leds = 0;
    in->select = in->subsel = 0;
}

/* Payload: version, product (the three devices share device id 18),
 * select, subsel, LEDs, dropped, the queued events oldest first. */
static int input_save(void *dev, StateWriter *w)
{
    VirtioInput *in = dev;
    state_put_u32(w, INPUT_STATE_VERSION);
    state_put_u16(w, in->kind->product);
    state_put_u8(w, in->select);
    state_put_u8(w, in->subsel);
    state_put_u16(w, in->leds);
    state_put_bool(w, in->dropped);
    state_put_u32(w, in->count);
    for (unsigned i = 0; i < in->count; i++) {
        const InputEvent *e = &in->fifo[(in->head + i) % FIFO_MAX];
        state_put_u16(w, e->type);
        state_put_u16(w, e->code);
        state_put_u32(w, (uint32_t)e->value);
    }
    return 0;
}

/* An event this device could have queued: one it reports, SYN_REPORT or
 * SYN_DROPPED. */
static bool event_valid(const VirtioInput *in, const InputEvent *e)
{
    if (e->type == INPUT_EV_SYN) {
        return e->code == INPUT_SYN_REPORT || e->code == SYN_DROPPED;
    }
    return has_code(in, e->type, e->code);
}

static int load_fail(const VirtioInput *in, char *err, size_t errlen, const char *why)
{
    snprintf(err, errlen, "%s: saved state %s", in->kind->dev_name, why);
    return -1;
}

/* Reads the queued events into fifo (from slot 0); false when one is
 * malformed or not the device's. */
static bool load_events(const VirtioInput *in, StateReader *r, InputEvent *fifo,
                        unsigned count)
{
    for (unsigned i = 0; i < count; i++) {
        fifo[i].type = state_get_u16(r);
        fifo[i].code = state_get_u16(r);
        fifo[i].value = (int32_t)state_get_u32(r);
        if (!r->failed && !event_valid(in, &fifo[i])) {
            return false;
        }
    }
    return true;
}

/* Checks everything before changing anything, so a refused state leaves
 * the device as it was. */
static int input_load(void *dev, StateReader *r, char *err, size_t errlen)
{
    VirtioInput *in = dev;
    InputEvent fifo[FIFO_MAX];
    if (state_get_u32(r) != INPUT_STATE_VERSION && !r->failed) {
        return load_fail(in, err, errlen, "has an unknown version");
    }
    if (state_get_u16(r) != in->kind->product && !r->failed) {
        return load_fail(in, err, errlen, "is of another input device");
    }
    uint8_t select = state_get_u8(r), subsel = state_get_u8(r);
    uint16_t leds = state_get_u16(r);
    bool dropped = state_get_bool(r);
    uint32_t count = state_get_u32_max(r, FIFO_MAX);
    if (!r->failed && (leds & ~in->codes[INPUT_EV_LED][0])) {
        return load_fail(in, err, errlen, "sets LEDs the device does not have");
    }
    if (!r->failed && !load_events(in, r, fifo, count)) {
        return load_fail(in, err, errlen, "holds an event the device does not report");
    }
    if (r->failed) {
        return load_fail(in, err, errlen, "is truncated or malformed");
    }
    memcpy(in->fifo, fifo, count * sizeof(fifo[0]));
    in->head = 0, in->count = count, in->dropped = dropped;
    in->select = select, in->subsel = subsel, in->leds = leds;
    return 0;
}

static void input_destroy(void *dev)
{
    VirtioInput *in = dev;
    if (in->hub) {
        input_remove_sink(in->hub, in);
    }
    free(in);
}

static const VirtioDeviceClass virtio_input_class = {
    .device_id = VIRTIO_ID_INPUT,
    .num_queues = 2,
    .config_size = CFG_TOTAL,
    .queue_notify = input_queue_notify,
    .config_read = input_config_read,
    .config_write = input_config_write,
    .reset = input_reset,
    .update = input_update,
    .save = input_save,
    .load = input_load,
    .destroy = input_destroy,
};

/* One of the three devices, taking its class of events from the hub. */
static void *input_new(DeviceCtx *ctx, const InputKind *kind, void (*caps)(VirtioInput *),
                       char *err, size_t errlen)
{
    VirtioInput *in = calloc(1, sizeof(*in));
    VirtioDevice *v = in ? virtio_device_create(&virtio_input_class, in, ctx->ram) : NULL;
    if (!v) {
        free(in);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    in->v = v;
    in->kind = kind;
    caps(in);
    const InputSink sink = { .classes = kind->cls, .event = input_sink_event, .dev = in };
    if (ctx->input && input_add_sink(ctx->input, &sink) != 0) {
        snprintf(err, errlen, "%s: too many input devices (at most %d)", kind->dev_name,
                 INPUT_MAX_SINKS);
        virtio_device_destroy(v);
        return NULL;
    }
    in->hub = ctx->input;
    return v;
}

static void *keyboard_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    return input_new(ctx, &kind_keyboard, keyboard_caps, err, errlen);
}

static void *tablet_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    return input_new(ctx, &kind_tablet, tablet_caps, err, errlen);
}

static void *mouse_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    return input_new(ctx, &kind_mouse, mouse_caps, err, errlen);
}

DEVICE_REGISTER(virtio_keyboard_device) = {
    .name = "virtio-keyboard-device",
    .desc = "virtio-input keyboard (virtio 1.2 §5.8), the host's key presses",
    .options = (const DeviceOption[]){ { NULL } },
    .user_creatable = true,
    .virtio = true,
    .create = keyboard_new,
};

DEVICE_REGISTER(virtio_tablet_device) = {
    .name = "virtio-tablet-device",
    .desc = "virtio-input tablet (virtio 1.2 §5.8), absolute pointer and buttons",
    .options = (const DeviceOption[]){ { NULL } },
    .user_creatable = true,
    .virtio = true,
    .create = tablet_new,
};

DEVICE_REGISTER(virtio_mouse_device) = {
    .name = "virtio-mouse-device",
    .desc = "virtio-input mouse (virtio 1.2 §5.8), relative pointer and buttons",
    .options = (const DeviceOption[]){ { NULL } },
    .user_creatable = true,
    .virtio = true,
    .create = mouse_new,
};
