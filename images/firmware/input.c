/* virtio-input self-test (virtio 1.2 §5.8): every input device present
 * (a keyboard, a tablet, a mouse ...) is brought up with no feature bits
 * (§5.8.3) and its configuration read the way Linux's driver reads it: the
 * driver writes select and subsel, then reads size and the union
 * (§5.8.4, §5.8.5). Printed: ID_NAME, ID_SERIAL, ID_DEVIDS, EV_BITS for
 * EV_KEY/EV_REL/EV_ABS/EV_LED/EV_REP and ABS_INFO for the X and Y axes.
 * Checked: a keyboard reports keys, LEDs and autorepeat; a pointer has
 * buttons and X/Y axes; an absolute axis spans 0..32767; what is not
 * supported answers size 0. Then 16 event buffers go on eventq (§5.8.6.1)
 * and a keyboard gets an LED event on statusq, which must complete
 * (§5.8.6.2).
 *
 * bootargs:
 *   inputevents=N  after the checks, print "# input: ready", then one line
 *                  "# input: dev=SLOT type=T code=C value=V" (decimal) per
 *                  event from any input device until N have arrived; the
 *                  host side (a window) sends them once it sees "ready"
 *   inputwait=MS   how long to wait for them (default 30000) */
#include "virtio.h"

#define INPUT_EVENTQ 0
#define INPUT_STATUSQ 1
#define MAX_INPUTS 8
#define EVENT_BUFS 16
#define EVENT_SIZE 8
#define STATUS_TIMEOUT_MS 2000
#define DEFAULT_WAIT_MS 30000

/* struct virtio_input_config (§5.8.4). */
#define CFG_SELECT 0
#define CFG_SUBSEL 1
#define CFG_SIZE 2
#define CFG_UNION 8
#define CFG_UNION_MAX 128

/* enum virtio_input_config_select. */
#define CFG_UNSET 0x00
#define CFG_ID_NAME 0x01
#define CFG_ID_SERIAL 0x02
#define CFG_ID_DEVIDS 0x03
#define CFG_PROP_BITS 0x10
#define CFG_EV_BITS 0x11
#define CFG_ABS_INFO 0x12

/* evdev (linux/input-event-codes.h). */
#define EV_KEY 0x01
#define EV_REL 0x02
#define EV_ABS 0x03
#define EV_SW 0x05
#define EV_LED 0x11
#define EV_REP 0x14
#define KEY_ESC 1
#define KEY_ENTER 28
#define KEY_A 30
#define KEY_Z 44
#define KEY_SPACE 57
#define BTN_LEFT 0x110
#define REL_X 0
#define REL_Y 1
#define ABS_X 0
#define ABS_Y 1
#define LED_CAPSL 1
#define BUS_VIRTUAL 0x06
#define ABS_EXPECTED_MAX 32767

/* struct virtio_input_event, little-endian like the hart. */
typedef struct InputEvent {
    uint16_t type;
    uint16_t code;
    uint32_t value;
} InputEvent;

typedef struct InputDev {
    VirtioDev vd;
    bool up;                   /* queues live, event buffers posted */
    bool keyboard;             /* reports KEY_A */
    InputEvent *bufs;          /* EVENT_BUFS event buffers */
} InputDev;

static InputDev devs[MAX_INPUTS];
static int ndevs;

/* --- configuration ------------------------------------------------------------ */

/* §5.8.5: select and subsel written, size read back. */
static uint8_t cfg_query(VirtioDev *d, uint8_t select, uint8_t subsel)
{
    virtio_cfg_write8(d, CFG_SELECT, select);
    virtio_cfg_write8(d, CFG_SUBSEL, subsel);
    return virtio_cfg8(d, CFG_SIZE);
}

/* The union's first n bytes (n <= CFG_UNION_MAX), the rest of dst zeroed. */
static void cfg_union(VirtioDev *d, uint8_t *dst, unsigned n)
{
    memset(dst, 0, CFG_UNION_MAX);
    for (unsigned i = 0; i < n && i < CFG_UNION_MAX; i++) {
        dst[i] = virtio_cfg8(d, CFG_UNION + i);
    }
}

/* A string answer (ID_NAME, ID_SERIAL) into s (CFG_UNION_MAX + 1 bytes). */
static uint8_t cfg_string(VirtioDev *d, uint8_t select, char *s)
{
    uint8_t size = cfg_query(d, select, 0);
    cfg_union(d, (uint8_t *)s, size);
    s[CFG_UNION_MAX] = 0;
    return size;
}

/* EV_BITS for one event type: the size, and the bitmap in bits. */
static uint8_t cfg_bits(VirtioDev *d, uint8_t type, uint8_t *bits)
{
    uint8_t size = cfg_query(d, CFG_EV_BITS, type);
    cfg_union(d, bits, size);
    return size;
}

static bool has_bit(const uint8_t *bits, unsigned n)
{
    return n < CFG_UNION_MAX * 8 && ((bits[n / 8] >> (n % 8)) & 1);
}

static unsigned count_bits(const uint8_t *bits)
{
    unsigned n = 0;
    for (unsigned i = 0; i < CFG_UNION_MAX * 8; i++) {
        n += has_bit(bits, i);
    }
    return n;
}

/* "0,1,8" for the first codes of a bitmap, into a line of cap bytes. */
static void list_codes(const uint8_t *bits, char *line, size_t cap)
{
    size_t at = 0;
    line[0] = 0;
    for (unsigned i = 0; i < CFG_UNION_MAX * 8 && at + 8 < cap; i++) {
        if (has_bit(bits, i)) {
            at += (size_t)fw_snprintf(line + at, cap - at, "%s%u", at ? "," : "", i);
        }
    }
}

typedef struct Caps {
    uint8_t key[CFG_UNION_MAX], rel[CFG_UNION_MAX], abs[CFG_UNION_MAX];
    uint8_t led[CFG_UNION_MAX], rep[CFG_UNION_MAX];
    uint8_t key_size, rel_size, abs_size, led_size, rep_size;
} Caps;

static void print_bits(int slot, const char *what, uint8_t size, const uint8_t *bits)
{
    char codes[120];
    list_codes(bits, codes, sizeof(codes));
    unsigned n = count_bits(bits);
    if (n > 16) {
        note("input: slot %d EV_BITS %s: size %u, %u codes", slot, what, size, n);
    } else {
        note("input: slot %d EV_BITS %s: size %u, codes [%s]", slot, what, size, codes);
    }
}

static void read_caps(VirtioDev *d, Caps *c)
{
    c->key_size = cfg_bits(d, EV_KEY, c->key);
    c->rel_size = cfg_bits(d, EV_REL, c->rel);
    c->abs_size = cfg_bits(d, EV_ABS, c->abs);
    c->led_size = cfg_bits(d, EV_LED, c->led);
    c->rep_size = cfg_bits(d, EV_REP, c->rep);
    print_bits(d->slot, "EV_KEY", c->key_size, c->key);
    print_bits(d->slot, "EV_REL", c->rel_size, c->rel);
    print_bits(d->slot, "EV_ABS", c->abs_size, c->abs);
    print_bits(d->slot, "EV_LED", c->led_size, c->led);
    print_bits(d->slot, "EV_REP", c->rep_size, c->rep);
}

static void check_ids(VirtioDev *d)
{
    static char name[CFG_UNION_MAX + 1], serial[CFG_UNION_MAX + 1];
    uint8_t nsize = cfg_string(d, CFG_ID_NAME, name);
    cfg_string(d, CFG_ID_SERIAL, serial);
    note("input: slot %d name \"%s\" serial \"%s\"", d->slot, name, serial);
    check(nsize > 0 && strlen(name) == nsize, "input: slot %d ID_NAME is a %u-byte string",
          d->slot, nsize);
    uint8_t size = cfg_query(d, CFG_ID_DEVIDS, 0);
    uint16_t bus = virtio_cfg16(d, CFG_UNION), vendor = virtio_cfg16(d, CFG_UNION + 2);
    uint16_t product = virtio_cfg16(d, CFG_UNION + 4), version = virtio_cfg16(d, CFG_UNION + 6);
    note("input: slot %d devids bustype 0x%x vendor 0x%x product 0x%x version 0x%x", d->slot,
         bus, vendor, product, version);
    check(size == 8 && bus == BUS_VIRTUAL, "input: slot %d ID_DEVIDS (size %u, bustype 0x%x)",
          d->slot, size, bus);
}

/* §5.8.5.1: what the device does not support answers size 0. */
static void check_unsupported(VirtioDev *d)
{
    uint8_t unset = cfg_query(d, CFG_UNSET, 0);
    uint8_t unknown = cfg_query(d, 0x7f, 0);
    uint8_t sw = cfg_query(d, CFG_EV_BITS, EV_SW);
    uint8_t abs_z = cfg_query(d, CFG_ABS_INFO, 0x3f);
    check(unset == 0 && unknown == 0 && sw == 0 && abs_z == 0,
          "input: slot %d UNSET, an unknown select, EV_SW, ABS_INFO of an absent axis: size 0 "
          "(%u, %u, %u, %u)", d->slot, unset, unknown, sw, abs_z);
}

/* ABS_INFO of one axis: min, max, fuzz, flat, res (§5.8.4). */
static void check_axis(VirtioDev *d, uint8_t axis, const char *name)
{
    uint8_t size = cfg_query(d, CFG_ABS_INFO, axis);
    uint32_t v[5];
    for (int i = 0; i < 5; i++) {
        v[i] = (uint32_t)virtio_cfg16(d, CFG_UNION + 4 * i) |
               (uint32_t)virtio_cfg16(d, CFG_UNION + 4 * i + 2) << 16;
    }
    note("input: slot %d ABS_INFO %s: size %u min %d max %d fuzz %d flat %d res %d", d->slot,
         name, size, (int)v[0], (int)v[1], (int)v[2], (int)v[3], (int)v[4]);
    check(size >= 20 && v[0] == 0 && v[1] == ABS_EXPECTED_MAX,
          "input: slot %d ABS_INFO %s spans 0..%d", d->slot, name, ABS_EXPECTED_MAX);
}

static void check_keyboard(VirtioDev *d, const Caps *c)
{
    bool keys = has_bit(c->key, KEY_ESC) && has_bit(c->key, KEY_ENTER) &&
                has_bit(c->key, KEY_A) && has_bit(c->key, KEY_Z) && has_bit(c->key, KEY_SPACE);
    check(keys && count_bits(c->key) >= 100, "input: slot %d keyboard reports its keys (%u)",
          d->slot, count_bits(c->key));
    check(has_bit(c->led, LED_CAPSL), "input: slot %d keyboard has a Caps Lock LED", d->slot);
    check(c->rep_size > 0, "input: slot %d keyboard offers autorepeat (EV_REP size %u)",
          d->slot, c->rep_size);
}

/* A pointer: buttons and an X/Y position, absolute or relative. */
static void check_pointer(VirtioDev *d, const Caps *c)
{
    bool xy = (has_bit(c->abs, ABS_X) && has_bit(c->abs, ABS_Y)) ||
              (has_bit(c->rel, REL_X) && has_bit(c->rel, REL_Y));
    check(xy, "input: slot %d pointer reports X and Y (%s)", d->slot,
          c->abs_size ? "absolute" : "relative");
}

/* Reads and checks the whole configuration; returns whether the device is
 * a keyboard. */
static bool check_config(VirtioDev *d)
{
    static Caps c;
    check_ids(d);
    check_unsupported(d);
    read_caps(d, &c);
    bool keyboard = has_bit(c.key, KEY_A), pointer = has_bit(c.key, BTN_LEFT);
    check(keyboard || pointer, "input: slot %d is a keyboard or a pointer (%s)", d->slot,
          keyboard ? "keyboard" : pointer ? "pointer" : "neither");
    if (keyboard) {
        check_keyboard(d, &c);
    }
    if (pointer) {
        check_pointer(d, &c);
    }
    if (c.abs_size) {
        check_axis(d, ABS_X, "ABS_X");
        check_axis(d, ABS_Y, "ABS_Y");
    }
    return keyboard;
}

/* --- queues ----------------------------------------------------------------------- */

static void post_event_buf(InputDev *in, InputEvent *buf)
{
    VBuf b = { buf, EVENT_SIZE, true };
    vq_add(&in->vd.vq[INPUT_EVENTQ], &b, 1);
}

/* §3.1.1 with no feature bits (§5.8.3); config is read before DRIVER_OK,
 * as Linux does. */
static bool bring_up(InputDev *in)
{
    VirtioDev *d = &in->vd;
    if (!virtio_begin(d, 0) || !virtio_queue_setup(d, INPUT_EVENTQ, EVENT_BUFS) ||
        !virtio_queue_setup(d, INPUT_STATUSQ, 4)) {
        return false;
    }
    in->keyboard = check_config(d);
    return virtio_driver_ok(d);
}

/* §5.8.6.1: the driver keeps eventq filled with 8-byte buffers. */
static void post_all(InputDev *in)
{
    if (!in->bufs) {
        in->bufs = fw_alloc(EVENT_BUFS * sizeof(InputEvent), 64);
    }
    for (int i = 0; i < EVENT_BUFS; i++) {
        post_event_buf(in, &in->bufs[i]);
    }
    vq_notify(&in->vd, &in->vd.vq[INPUT_EVENTQ]);
    in->up = true;
    check(in->vd.vq[INPUT_EVENTQ].nfree == 0 &&
          !(virtio_status(&in->vd) & VIRTIO_STATUS_NEEDS_RESET),
          "input: slot %d %d event buffers posted on eventq", in->vd.slot, EVENT_BUFS);
}

/* §5.8.6.2: an LED change on statusq is consumed and returned. */
static void check_status(InputDev *in)
{
    static InputEvent led;
    led = (InputEvent){ EV_LED, LED_CAPSL, 1 };
    uint32_t len = 0;
    VBuf b = { &led, EVENT_SIZE, false };
    int r = virtio_transact(&in->vd, INPUT_STATUSQ, &b, 1, &len, STATUS_TIMEOUT_MS);
    check(r >= 0 && len == 0, "input: slot %d statusq takes EV_LED LED_CAPSL 1 (%s, used.len %u)",
          in->vd.slot, vq_result_name(r), len);
}

/* --- events from the host ------------------------------------------------------------- */

/* Takes one used event buffer of in, prints the event and posts the
 * buffer again. Returns 1 for an event, 0 when none was waiting. */
static int take_event(InputDev *in)
{
    Vq *q = &in->vd.vq[INPUT_EVENTQ];
    uint32_t len = 0;
    int head = vq_poll(&in->vd, q, &len);
    if (head < 0) {
        return 0;
    }
    /* A completed descriptor keeps the address of its buffer. */
    InputEvent *e = (InputEvent *)(uintptr_t)q->desc[head].addr;
    if (len < EVENT_SIZE) {
        note("input: dev=%d returned an event buffer with used.len %u", in->vd.slot, len);
    } else {
        fw_printf("# input: dev=%d type=%u code=%u value=%d\n", in->vd.slot, e->type, e->code,
                  (int)e->value);
    }
    post_event_buf(in, e);
    vq_notify(&in->vd, q);
    return len >= EVENT_SIZE;
}

/* inputevents=N: every event from every device, until N or the wait ends. */
static void watch_events(unsigned long want)
{
    unsigned long wait = arg_num("inputwait", DEFAULT_WAIT_MS), got = 0;
    note("input: ready");
    uint64_t end = time_ms() + wait;
    while (got < want && time_ms() < end) {
        for (int i = 0; i < ndevs; i++) {
            if (devs[i].up) {
                got += (unsigned long)take_event(&devs[i]);
            }
        }
    }
    check(got >= want, "input: %lu of %lu events arrived within %lu ms", got, want, wait);
}

/* Brings one device up, checks its config and posts its buffers. */
static void start_device(InputDev *in)
{
    in->up = false;
    if (!check(bring_up(in), "input: slot %d init (status 0x%x)", in->vd.slot,
               virtio_status(&in->vd))) {
        return;
    }
    post_all(in);
    if (in->keyboard) {
        check_status(in);
    }
}

void input_test(void)
{
    int slot = 0;
    ndevs = 0;
    while (ndevs < MAX_INPUTS && virtio_find_from(VIRTIO_ID_INPUT, slot, &devs[ndevs].vd)) {
        InputDev *in = &devs[ndevs++];
        slot = in->vd.slot + 1;
        start_device(in);
    }
    note("input: %d device(s)", ndevs);
    if (arg_str("inputevents", NULL)) {
        watch_events(arg_num("inputevents", 0));
    }
    for (int i = 0; i < ndevs; i++) {
        virtio_reset(&devs[i].vd);
    }
}
