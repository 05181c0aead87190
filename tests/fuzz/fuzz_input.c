/* libFuzzer target: the three virtio-input devices (virtio 1.2 §5.8), a
 * keyboard, a tablet and a mouse, made through the device registry on one
 * input hub and put behind virtio-mmio, with a guest driver and a host
 * side (key presses, pointer motion, buttons, wheel, bursts that overflow
 * the device's FIFO) both taken from the input.
 *
 * Byte 0 bit 0 picks the driver. A careful driver (bit set) only does what
 * a correct guest may: bring-up, config queries, event buffers in their own
 * slots (some too short for an event, some split over two descriptors),
 * statusq events, notifies, resets. Then the event stream is checked
 * against a model: per device, the events the hub sent that its config
 * (EV_BITS, read at creation) says it reports, through a FIFO of 1024 with
 * the documented overflow rule (the incoming event is dropped, SYN_DROPPED
 * precedes the next one that fits), reset by a device reset. Every event
 * the guest gets must be the model's next one; a buffer with less than 8
 * writable bytes comes back with used.len 0, others with 8, in the order
 * posted; statusq buffers come back with 0; the device never asks for a
 * reset. A careless driver (bit clear) may also write any register and
 * any guest RAM, post chains of any shape and load mutated device state;
 * then only the general rules are checked.
 *
 * Always checked after every operation: no crash or sanitizer report; the
 * interrupt line is high exactly while InterruptStatus is not 0; a ready
 * queue passes virtq_check; a config answer is at most 128 bytes and 0 for
 * UNSET; a save/load round trip gives the same bytes; a refused state
 * names its cause in one line.
 *
 * Input: byte 0, then operations, each an op byte (low nibble: the
 * operation, high nibble % 3: the device, 0 keyboard, 1 tablet, 2 mouse)
 * and its operands; see run_op().
 *
 * "--write-seeds DIR" writes the seeds of corpus/input/. See README.md. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/device.h"
#include "devices/guest_ram.h"
#include "devices/input.h"
#include "devices/state.h"
#include "devices/virtio/virtio.h"
#include "devices/virtio/virtio_mmio.h"
#include "tests/fuzz/fuzzlib.h"
#include "tests/fuzz/seed.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE 0x10000u
enum { NDEV = 3, QSIZE = 16, OPS_MAX = 512, FIFO_MAX = 1024, SLOTS = 8, CODES = 0x300 };
enum { EQ = 0, SQ = 1, SYN_DROPPED = 3 };
/* Guest RAM: queue q of device d at RING(d, q) (descriptors, an indirect
 * table at +0x400, the available ring at +0x800, the used ring at +0xc00);
 * event buffer slot s of device d at EVBUF(d, s) (two segments, at +0 and
 * +32); statusq buffers at STSBUF(d, s); anything else in DATA. */
#define RING(d, q) (0x1000u * (2 * (d) + (q)))
#define EVBUF(d, s) (0x6000u + 0x400u * (d) + 64u * (s))
#define STSBUF(d, s) (0x7000u + 0x400u * (d) + 64u * (s))
#define DATA 0x8000u

enum {
    R_DEV_FEAT = 0x010, R_DEV_FEAT_SEL = 0x014, R_DRV_FEAT = 0x020, R_DRV_FEAT_SEL = 0x024,
    R_QSEL = 0x030, R_QNUM = 0x038, R_QREADY = 0x044, R_NOTIFY = 0x050, R_INT_STATUS = 0x060,
    R_INT_ACK = 0x064, R_STATUS = 0x070, R_QDESC = 0x080, R_QDRIVER = 0x090, R_QDEVICE = 0x0a0,
    R_CONFIG = 0x100,
};

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_input: %s\n", what);
    abort();
}

static uint8_t *ram_host;
static GuestRam ram;

typedef struct Ev {
    uint16_t type, code;
    int32_t value;
} Ev;

/* What the device should hold: the events sent and not yet seen by the
 * guest, and whether one was dropped since. */
typedef struct Model {
    bool valid;                  /* false after a foreign state was loaded */
    Ev q[FIFO_MAX];
    unsigned head, count;
    bool dropped;
} Model;

/* One eventq buffer as posted: its segments. */
typedef struct Slot {
    uint32_t off[2], len[2];
    bool writable[2];
    unsigned n;
} Slot;

typedef struct Dev {
    VirtioDevice *v;
    VirtioMmio *t;
    int level;                   /* the interrupt line as the transport drives it */
    uint8_t reports[32][CODES / 8];   /* EV_BITS as the config answers them */
    uint16_t avail_idx[2], next_desc[2];
    unsigned posted[2], done[2]; /* careful driver: chains posted, used seen */
    uint16_t used_seen[2];
    Slot slot[SLOTS];
    Model m;
} Dev;

static struct {
    Dev dev[NDEV];
    InputHub hub;
    bool careful;
} board;

static const char *const dev_names[NDEV] = {
    "virtio-keyboard-device", "virtio-tablet-device", "virtio-mouse-device",
};
static const unsigned dev_class[NDEV] = {
    INPUT_CLASS_KEYBOARD, INPUT_CLASS_TABLET, INPUT_CLASS_MOUSE,
};

static uint8_t *host(uint32_t off) { return ram_host + off; }

static uint64_t rd(int d, uint64_t off, int size)
{
    return virtio_mmio_ops.read(board.dev[d].t, off, size);
}

static void wr(int d, uint64_t off, uint64_t v, int size)
{
    virtio_mmio_ops.write(board.dev[d].t, off, v, size);
}

/* --- the model ------------------------------------------------------------------ */

static bool reports(const Dev *dv, uint16_t type, uint16_t code)
{
    if (type == INPUT_EV_SYN) {
        return code == INPUT_SYN_REPORT;
    }
    return type < 32 && code < CODES && (dv->reports[type][code / 8] >> (code % 8) & 1);
}

static void model_put(Model *m, Ev e)
{
    m->q[(m->head + m->count++) % FIFO_MAX] = e;
}

/* The device's documented rule (virtio_input.c): a full FIFO drops the
 * incoming event; SYN_DROPPED takes a slot before the next one. */
static void model_push(Model *m, Ev e)
{
    unsigned need = m->dropped ? 2 : 1;
    if (FIFO_MAX - m->count < need) {
        m->dropped = true;
        return;
    }
    if (m->dropped) {
        model_put(m, (Ev){ INPUT_EV_SYN, SYN_DROPPED, 0 });
        m->dropped = false;
    }
    model_put(m, e);
}

static void model_reset(Model *m)
{
    m->head = m->count = 0;
    m->dropped = false;
    m->valid = true;
}

/* The careful driver's view of the event a used buffer holds: the first 8
 * bytes of its writable segments. */
static bool slot_event(const Slot *s, Ev *e)
{
    uint8_t raw[8];
    unsigned got = 0;
    for (unsigned i = 0; i < s->n && got < 8; i++) {
        for (uint32_t j = 0; s->writable[i] && j < s->len[i] && got < 8; j++) {
            raw[got++] = *host(s->off[i] + j);
        }
    }
    *e = (Ev){ get_le16(raw), get_le16(raw + 2), (int32_t)get_le32(raw + 4) };
    return got == 8;
}

/* One used eventq buffer: in posting order, 8 bytes holding the model's
 * next event, or 0 when it had no room. */
static void check_event_used(Dev *dv, uint32_t id, uint32_t len)
{
    unsigned k = dv->done[EQ]++;
    const Slot *s = &dv->slot[k % SLOTS];
    Ev e;
    bool room = slot_event(s, &e);
    if (id != 2 * (k % SLOTS)) {
        fail("eventq buffers came back out of order");
    }
    if (len != (room ? 8u : 0u)) {
        fail("an eventq buffer came back with the wrong used.len");
    }
    if (!room || !dv->m.valid) {
        return;
    }
    Model *m = &dv->m;
    if (m->count == 0) {
        fail("the guest got an event nobody sent");
    }
    const Ev *want = &m->q[m->head];
    if (e.type != want->type || e.code != want->code || e.value != want->value) {
        fprintf(stderr, "got %u/%u/%d, want %u/%u/%d\n", e.type, e.code, e.value, want->type,
                want->code, want->value);
        fail("an event was lost, changed or reordered");
    }
    m->head = (m->head + 1) % FIFO_MAX;
    m->count--;
}

/* The careful driver reads the used rings of device d. */
static void collect(int d)
{
    Dev *dv = &board.dev[d];
    for (unsigned q = 0; q < 2; q++) {
        const uint8_t *used = host(RING(d, q) + 0xc00);
        while (get_le16(used + 2) != dv->used_seen[q]) {
            const uint8_t *e = used + 4 + 8 * (dv->used_seen[q] % QSIZE);
            uint32_t id = get_le32(e), len = get_le32(e + 4);
            dv->used_seen[q]++;
            if (q == EQ) {
                check_event_used(dv, id, len);
            } else if (len != 0 || id != dv->done[SQ]++ % QSIZE) {
                fail("a statusq buffer came back written to, or out of order");
            }
        }
    }
}

/* A second sink per class, added before the devices: it sees each event
 * just before the device does, catches up with what the guest got, then
 * feeds the model. */
static void recorder_event(void *opaque, uint16_t type, uint16_t code, int32_t value)
{
    int d = (int)((Dev *)opaque - board.dev);
    Dev *dv = opaque;
    if (!board.careful || !dv->m.valid) {
        return;
    }
    collect(d);
    if (reports(dv, type, code)) {
        model_push(&dv->m, (Ev){ type, code, value });
    }
}

/* --- the board ------------------------------------------------------------------------ */

static void irq_set(void *ctx, int irq, int level)
{
    board.dev[irq].level = level;
}

/* What the config says device d reports: EV_BITS for every type. */
static void read_reports(int d)
{
    Dev *dv = &board.dev[d];
    for (unsigned type = 0; type < 32; type++) {
        wr(d, R_CONFIG + 0, 0x11, 1);
        wr(d, R_CONFIG + 1, type, 1);
        unsigned size = (unsigned)rd(d, R_CONFIG + 2, 1);
        for (unsigned i = 0; i < size && i < CODES / 8; i++) {
            dv->reports[type][i] = (uint8_t)rd(d, R_CONFIG + 8 + i, 1);
        }
    }
    wr(d, R_CONFIG, 0, 2);
}

static void board_create(void)
{
    char err[200];
    memset(&board, 0, sizeof(board));
    for (int i = 0; i < NDEV; i++) {
        const InputSink rec = { .classes = dev_class[i], .event = recorder_event,
                                .dev = &board.dev[i] };
        if (input_add_sink(&board.hub, &rec) != 0) {
            fail("the hub refused a sink");
        }
    }
    for (int i = 0; i < NDEV; i++) {
        const DeviceInfo *info = device_find(dev_names[i]);
        DeviceCtx ctx = { .ram = &ram, .irq = { irq_set, NULL, i }, .timebase_hz = 10000000,
                          .sync_io = true, .input = &board.hub };
        Opts opts = { 0 };
        if (!info || !info->virtio) {
            fail("a device is not registered");
        }
        board.dev[i].v = info->create(&ctx, &opts, err, sizeof(err));
        if (!board.dev[i].v) {
            fail(err);
        }
        board.dev[i].t = virtio_mmio_create(board.dev[i].v, ctx.irq);
        if (!board.dev[i].t) {
            fail("out of memory");
        }
        read_reports(i);
        model_reset(&board.dev[i].m);
    }
}

static void board_destroy(void)
{
    for (int i = 0; i < NDEV; i++) {
        virtio_mmio_destroy(board.dev[i].t);
        virtio_device_destroy(board.dev[i].v);
    }
    if (board.hub.nsinks != NDEV) {
        fail("a destroyed device is still on the hub");
    }
}

/* --- what a driver does --------------------------------------------------------------- */

/* The driver reset device d: it forgets its queues, the device its FIFO. */
static void driver_reset(int d)
{
    Dev *dv = &board.dev[d];
    wr(d, R_STATUS, 0, 4);
    memset(host(RING(d, EQ)), 0, 0x1000);
    memset(host(RING(d, SQ)), 0, 0x1000);
    memset(dv->avail_idx, 0, sizeof(dv->avail_idx));
    memset(dv->next_desc, 0, sizeof(dv->next_desc));
    memset(dv->posted, 0, sizeof(dv->posted));
    memset(dv->done, 0, sizeof(dv->done));
    memset(dv->used_seen, 0, sizeof(dv->used_seen));
    model_reset(&dv->m);
}

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
}

/* Brings device d up (§3.1.1). how: bit 0 drops EVENT_IDX, bit 1
 * INDIRECT_DESC, bit 2 VERSION_1 (a driver like xv6's), bit 3
 * leaves DRIVER_OK unset, bit 4 sets up only eventq. */
static void driver_up(int d, uint8_t how)
{
    const uint32_t ack = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER;
    driver_reset(d);
    wr(d, R_STATUS, VIRTIO_STATUS_ACKNOWLEDGE, 4);
    wr(d, R_STATUS, ack, 4);
    wr(d, R_DEV_FEAT_SEL, 0, 4);
    uint64_t f = rd(d, R_DEV_FEAT, 4);
    wr(d, R_DEV_FEAT_SEL, 1, 4);
    f |= rd(d, R_DEV_FEAT, 4) << 32;
    f &= ~((how & 1 ? VIRTIO_F_EVENT_IDX : 0) | (how & 2 ? VIRTIO_F_INDIRECT_DESC : 0) |
           (how & 4 ? VIRTIO_F_VERSION_1 : 0));
    wr(d, R_DRV_FEAT_SEL, 0, 4);
    wr(d, R_DRV_FEAT, (uint32_t)f, 4);
    wr(d, R_DRV_FEAT_SEL, 1, 4);
    wr(d, R_DRV_FEAT, f >> 32, 4);
    wr(d, R_STATUS, ack | VIRTIO_STATUS_FEATURES_OK, 4);
    setup_queue(d, EQ);
    if (!(how & 16)) {
        setup_queue(d, SQ);
    }
    if (!(how & 8)) {
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

static void make_avail(int d, unsigned q, uint16_t head, bool notify)
{
    Dev *dv = &board.dev[d];
    uint8_t *avail = host(RING(d, q) + 0x800);
    put_le16(avail + 4 + 2 * (dv->avail_idx[q] % QSIZE), head);
    put_le16(avail + 2, ++dv->avail_idx[q]);
    if (notify) {
        wr(d, R_NOTIFY, q, 4);
    }
}

/* An eventq buffer in the next slot (descriptors 2s and 2s + 1): layout
 * bits 0-3 the first segment's length (0: one segment only), bits 4-7 the
 * second's; flags bit 0 the first segment is device-readable. */
static void post_event_buf(int d, uint8_t layout, uint8_t flags)
{
    Dev *dv = &board.dev[d];
    if (dv->posted[EQ] - dv->done[EQ] >= SLOTS) {
        return;
    }
    unsigned s = dv->posted[EQ]++ % SLOTS;
    Slot *sl = &dv->slot[s];
    uint32_t a = layout & 15, b = 1 + (layout >> 4);
    *sl = (Slot){ .n = 0 };
    if (a) {
        sl->off[0] = EVBUF(d, s), sl->len[0] = a, sl->writable[0] = !(flags & 1);
        sl->n = 1;
    }
    sl->off[sl->n] = EVBUF(d, s) + 32, sl->len[sl->n] = b, sl->writable[sl->n] = true;
    sl->n++;
    memset(host(EVBUF(d, s)), 0xa5, 64);
    for (unsigned i = 0; i < sl->n; i++) {
        put_desc(RING(d, EQ) + 16 * (2 * s + i), RAM_BASE + sl->off[i], sl->len[i],
                 (uint16_t)((sl->writable[i] ? VIRTQ_DESC_F_WRITE : 0) |
                            (i + 1 < sl->n ? VIRTQ_DESC_F_NEXT : 0)),
                 (uint16_t)(2 * s + i + 1));
    }
    make_avail(d, EQ, (uint16_t)(2 * s), false);
}

/* A statusq buffer of len bytes (events from the input). */
static void post_status(int d, const uint8_t *bytes, uint32_t len, bool notify)
{
    Dev *dv = &board.dev[d];
    if (dv->posted[SQ] - dv->done[SQ] >= QSIZE || len == 0) {
        return;
    }
    unsigned s = dv->posted[SQ]++ % QSIZE;
    memcpy(host(STSBUF(d, s % 16)), bytes, len);
    put_desc(RING(d, SQ) + 16 * s, RAM_BASE + STSBUF(d, s % 16), len, 0, 0);
    make_avail(d, SQ, (uint16_t)s, notify);
}

typedef struct Seg {
    uint64_t addr;
    uint32_t len;
    bool writable;
} Seg;

/* A chain of any shape at the next free descriptors (the careless driver). */
static void post_any(int d, unsigned q, const Seg *segs, unsigned n, bool indirect, bool notify)
{
    Dev *dv = &board.dev[d];
    uint32_t ring = RING(d, q);
    uint16_t head = dv->next_desc[q] % QSIZE;
    for (unsigned i = 0; i < n; i++) {
        uint16_t slot = indirect ? (uint16_t)i : (uint16_t)(dv->next_desc[q]++ % QSIZE);
        uint32_t at = indirect ? ring + 0x400 + 16 * i : ring + 16u * slot;
        uint16_t next = indirect ? (uint16_t)(i + 1) : (uint16_t)((slot + 1) % QSIZE);
        put_desc(at, segs[i].addr, segs[i].len,
                 (uint16_t)((segs[i].writable ? VIRTQ_DESC_F_WRITE : 0) |
                            (i + 1 < n ? VIRTQ_DESC_F_NEXT : 0)),
                 next);
    }
    if (indirect) {
        put_desc(ring + 16 * head, RAM_BASE + ring + 0x400, 16 * n, VIRTQ_DESC_F_INDIRECT, 0);
        dv->next_desc[q]++;
    }
    make_avail(d, q, head, notify);
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

/* select and subsel, then size and every byte of the union, as a driver
 * reads them. */
static void config_query(int d, uint8_t select, uint8_t subsel)
{
    wr(d, R_CONFIG + 0, select, 1);
    wr(d, R_CONFIG + 1, subsel, 1);
    unsigned size = (unsigned)rd(d, R_CONFIG + 2, 1);
    if (size > 128 || (select == 0 && size != 0)) {
        fail("a config answer of a size the spec does not allow");
    }
    if (rd(d, R_CONFIG + 0, 1) != select || rd(d, R_CONFIG + 1, 1) != subsel) {
        fail("select or subsel did not read back");
    }
    for (unsigned i = 0; i < size; i++) {
        rd(d, R_CONFIG + 8 + i, 1);
    }
}

/* Host-side input through the hub: u8 kind, then its operands. */
static void host_input(In *in)
{
    InputHub *h = &board.hub;
    static const uint16_t btn[3] = { INPUT_BTN_LEFT, INPUT_BTN_RIGHT, INPUT_BTN_MIDDLE };
    switch (take(in, 1) % 7) {
    case 0: {
        uint16_t code = (uint16_t)take(in, 2);
        input_key(h, code, take(in, 1) & 1);
        break;
    }
    case 1: {
        int x = (int16_t)take(in, 2), y = (int16_t)take(in, 2);
        int w = (int16_t)take(in, 2), ht = (int16_t)take(in, 2);
        input_pointer_abs(h, x, y, w, ht);
        break;
    }
    case 2: {
        int dx = (int16_t)take(in, 2), dy = (int16_t)take(in, 2);
        input_pointer_rel(h, dx, dy);
        break;
    }
    case 3: {
        uint16_t b = btn[take(in, 1) % 3];
        input_button(h, b, take(in, 1) & 1);
        break;
    }
    case 4:
        input_wheel(h, (int8_t)take(in, 1));
        break;
    case 5:
        input_sync(h);
        break;
    default: {   /* a burst: 8 x n key presses from one code up, then a sync */
        unsigned n = 8 * take(in, 1);
        uint16_t code = (uint16_t)take(in, 1);
        for (unsigned i = 0; i < n; i++) {
            input_key(h, (uint16_t)(1 + (code + i) % 300), i & 1);
        }
        input_sync(h);
        break;
    }
    }
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

/* The device's own payload from the input (u8 length, bytes; bytes past
 * the input are the device's own state): refused with one line, or taken
 * and then saved and loaded back the same. */
static void load_foreign(int d, In *in)
{
    Dev *dv = &board.dev[d];
    uint8_t buf[512];
    StateWriter own;
    state_writer_init(&own);
    dv->v->cls->save(dv->v->dev, &own);
    size_t len = take(in, 1) * 2, n = 0;
    for (; n < len && n < sizeof(buf); n++) {
        buf[n] = in->n ? (uint8_t)take(in, 1) : n < own.len ? own.buf[n] : 0;
    }
    state_writer_free(&own);
    StateReader r;
    char err[200] = "";
    state_reader_init(&r, buf, n);
    if (dv->v->cls->load(dv->v->dev, &r, err, sizeof(err)) != 0) {
        if (!err[0] || strchr(err, '\n')) {
            fail("a refused state without a one-line cause");
        }
        return;
    }
    dv->m.valid = false;
    save_load(d);
}

/* One operation; false at the end of the input. */
static bool run_op(In *in)
{
    if (!in->n) {
        return false;
    }
    uint8_t op = (uint8_t)take(in, 1);
    int d = (op >> 4) % NDEV;
    bool careless = !board.careful;
    switch (op & 15) {
    case 0: {   /* MMIO write: u16 offset, u8 size, value; careful: config only */
        uint64_t off = take(in, 2) % VIRTIO_MMIO_SIZE;
        int size = sizes[take(in, 1) & 3];
        uint64_t v = take(in, 4);
        if (size == 8) {
            v |= (uint64_t)take(in, 4) << 32;
        }
        off = careless ? off : R_CONFIG + off % 0x100;
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
    case 2: {   /* RAM write (careless): u16 address / 2, u8 length, bytes */
        uint32_t at = take(in, 2) * 2;
        uint32_t len = take(in, 1);
        for (uint32_t i = 0; i < len; i++) {
            uint8_t b = (uint8_t)take(in, 1);
            if (careless && at + i < RAM_SIZE) {
                ram_host[at + i] = b;
            }
        }
        break;
    }
    case 3:     /* bring up: u8 how (driver_up) */
        driver_up(d, (uint8_t)take(in, 1));
        break;
    case 4: {   /* event buffers: u8 count (1..8), then per buffer u8 layout, u8 flags;
                 * the count's bit 7: no notify */
        uint8_t c = (uint8_t)take(in, 1);
        for (unsigned i = 0; i < 1u + (c & 7); i++) {
            uint8_t layout = (uint8_t)take(in, 1);
            post_event_buf(d, layout, (uint8_t)take(in, 1));
        }
        if (!(c & 128)) {
            wr(d, R_NOTIFY, EQ, 4);
        }
        break;
    }
    case 5: {   /* a statusq buffer: u8 length (bit 7: no notify), bytes */
        uint8_t c = (uint8_t)take(in, 1);
        uint8_t bytes[64];
        uint32_t len = (c & 63) + 1;
        for (uint32_t i = 0; i < len; i++) {
            bytes[i] = (uint8_t)take(in, 1);
        }
        post_status(d, bytes, len, !(c & 128));
        break;
    }
    case 6: {   /* config query: u8 select, u8 subsel */
        uint8_t select = (uint8_t)take(in, 1);
        config_query(d, select, (uint8_t)take(in, 1));
        break;
    }
    case 7:
        host_input(in);
        break;
    case 8:     /* notify: u8 queue (careful: 0 or 1) */
        wr(d, R_NOTIFY, careless ? take(in, 1) : take(in, 1) & 1, 4);
        break;
    case 9:     /* a slice: every device's update */
        for (int i = 0; i < NDEV; i++) {
            VirtioDevice *v = board.dev[i].v;
            v->cls->update(v, v->dev);
        }
        break;
    case 10:
        save_load(d);
        break;
    case 11:    /* the interrupt handler: acknowledge what is pending */
        wr(d, R_INT_ACK, rd(d, R_INT_STATUS, 4), 4);
        break;
    case 12:
        if (careless) {
            load_foreign(d, in);
        }
        break;
    case 13: {  /* a chain of any shape (careless): u8 shape, then per segment u16 offset
                 * in DATA, u16 length, u8 flags (bit 0 writable); shape bits 0-1
                 * segments - 1, bit 2 queue 1, bit 3 indirect, bit 4 no notify */
        uint8_t shape = (uint8_t)take(in, 1);
        Seg s[4];
        unsigned n = 1 + (shape & 3);
        for (unsigned i = 0; i < n; i++) {
            uint32_t off = take(in, 2), len = take(in, 2);
            s[i] = (Seg){ RAM_BASE + DATA + off, len, take(in, 1) & 1 };
        }
        if (careless) {
            post_any(d, (shape >> 2) & 1, s, n, shape & 8, !(shape & 16));
        }
        break;
    }
    case 14:
        driver_reset(d);
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
        for (unsigned q = 0; q < v->cls->num_queues; q++) {
            if (v->queue[q].ready && virtq_check(&v->queue[q], &ram, VIRTIO_QUEUE_MAX) != 0) {
                fail("a ready queue does not pass virtq_check");
            }
        }
        if (board.careful) {
            collect(i);
            if (v->status & VIRTIO_STATUS_NEEDS_RESET) {
                fail("a careful driver was told to reset the device");
            }
        }
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
    board_create();
    board.careful = data[0] & 1;
    In in = { data + 1, size - 1 };
    for (int i = 0; i < OPS_MAX && run_op(&in); i++) {
        check_board();
    }
    board_destroy();
    return 0;
}

/* --- seeds ----------------------------------------------------------------------------- */

static void op(Seed *s, int code, int dev) { s8(s, (unsigned)(dev << 4 | code)); }

static void op_up(Seed *s, int dev, unsigned how)
{
    op(s, 3, dev);
    s8(s, how);
}

/* n event buffers of 8 bytes in one segment (layout 0x70), or as given. */
static void op_bufs(Seed *s, int dev, unsigned n, unsigned layout)
{
    op(s, 4, dev);
    s8(s, n - 1);
    for (unsigned i = 0; i < n; i++) {
        s8(s, layout);
        s8(s, 0);
    }
}

static void op_key(Seed *s, unsigned code, bool down)
{
    op(s, 7, 0);
    s8(s, 0);
    s16(s, code);
    s8(s, down);
}

static void op_sync(Seed *s)
{
    op(s, 7, 0);
    s8(s, 5);
}

static void op_query(Seed *s, int dev, unsigned select, unsigned subsel)
{
    op(s, 6, dev);
    s8(s, select);
    s8(s, subsel);
}

/* A careful session: every device up, typing, pointing, LEDs, save/load. */
static void seed_session(Seed *s)
{
    s8(s, 1);
    for (int d = 0; d < NDEV; d++) {
        op_up(s, d, 0);
        op_bufs(s, d, 8, 0x70);
    }
    op_key(s, 30, true);
    op_key(s, 30, false);
    op_sync(s);
    op(s, 7, 0);                /* pointer at (10, 20) of 100 x 50 */
    s8(s, 1);
    s16(s, 10);
    s16(s, 20);
    s16(s, 100);
    s16(s, 50);
    op(s, 7, 0);                /* relative motion */
    s8(s, 2);
    s16(s, 5);
    s16(s, 0xfffd);
    op(s, 7, 0);                /* left button down */
    s8(s, 3);
    s8(s, 0);
    s8(s, 1);
    op(s, 7, 0);                /* wheel */
    s8(s, 4);
    s8(s, 0xff);
    op_sync(s);
    op(s, 5, 0);                /* statusq: EV_LED LED_CAPSL 1 */
    s8(s, 7);
    static const uint8_t led[8] = { 0x11, 0, 1, 0, 1, 0, 0, 0 };
    for (int i = 0; i < 8; i++) {
        s8(s, led[i]);
    }
    op(s, 11, 0);
    op(s, 10, 0);
    op(s, 10, 1);
    op_key(s, 57, true);
    op_sync(s);
    op_bufs(s, 0, 4, 0x70);
}

/* The FIFO overflows while the driver posts nothing, then drains. */
static void seed_overflow(Seed *s)
{
    s8(s, 1);
    op_up(s, 0, 0);
    for (int i = 0; i < 6; i++) {
        op(s, 7, 0);
        s8(s, 6);
        s8(s, 30);              /* 240 key events */
        s8(s, 1);
    }
    op(s, 10, 0);               /* saved with a pending SYN_DROPPED */
    op_bufs(s, 0, 1, 0x70);     /* one slot free: not enough for SYN_DROPPED + key */
    op_key(s, 44, true);
    for (int i = 0; i < 140; i++) {
        op_bufs(s, 0, 8, 0x70);
        if (i == 2) {
            op_key(s, 45, true);
        }
    }
}

/* Config queries of every select on every device. */
static void seed_config(Seed *s)
{
    static const unsigned sel[][2] = {
        { 0, 0 }, { 1, 0 }, { 2, 0 }, { 3, 0 }, { 0x10, 0 }, { 0x11, 1 }, { 0x11, 2 },
        { 0x11, 3 }, { 0x11, 0x11 }, { 0x11, 0x14 }, { 0x12, 0 }, { 0x12, 1 }, { 0x12, 9 },
        { 0x7f, 0 },
    };
    s8(s, 1);
    for (int d = 0; d < NDEV; d++) {
        for (size_t i = 0; i < sizeof(sel) / sizeof(sel[0]); i++) {
            op_query(s, d, sel[i][0], sel[i][1]);
        }
    }
}

/* Short and split buffers, buffers before DRIVER_OK, a driver without
 * VERSION_1. */
static void seed_buffers(Seed *s)
{
    s8(s, 1);
    op_up(s, 0, 8);             /* no DRIVER_OK yet */
    op_bufs(s, 0, 3, 0x03);     /* 3 + 1 bytes: too short */
    op_key(s, 2, true);
    op_bufs(s, 0, 2, 0x34);     /* 4 + 4 bytes */
    op(s, 0, 0);                /* careful MMIO write lands in config */
    s16(s, 0);
    s8(s, 1);
    s16(s, 0x11);
    s16(s, 0);
    op_up(s, 0, 0);
    op_bufs(s, 0, 4, 0x23);
    op_key(s, 2, false);
    op_sync(s);
    op(s, 9, 0);
    op_up(s, 1, 4);             /* VERSION_1 dropped: granted, as on QEMU */
    op_bufs(s, 1, 2, 0x70);
    op(s, 7, 0);
    s8(s, 3);
    s8(s, 1);
    s8(s, 1);
}

/* A careless driver: bad chains, registers, foreign state. */
static void seed_careless(Seed *s)
{
    s8(s, 0);
    op_up(s, 0, 0);
    op(s, 13, 0);               /* a readable chain on eventq */
    s8(s, 1);
    for (int i = 0; i < 2; i++) {
        s16(s, 0x100 * i);
        s16(s, 8);
        s8(s, 0);
    }
    op_key(s, 30, true);
    op(s, 13, 0);               /* a buffer outside RAM */
    s8(s, 0);
    s16(s, 0xfff0);
    s16(s, 64);
    s8(s, 1);
    op(s, 12, 0);               /* a state of 20 bytes */
    s8(s, 10);
    static const uint8_t st[20] = { 1, 0, 0, 0, 1, 0, 0x11, 0x11, 2, 0, 0, 1, 0, 0, 0,
                                    1, 0, 30, 0, 1 };
    for (int i = 0; i < 20; i++) {
        s8(s, st[i]);
    }
    op(s, 0, 0);                /* status 0 through the register */
    s16(s, R_STATUS);
    s8(s, 0);
    s16(s, 0);
    s16(s, 0);
    op(s, 10, 0);
}

int fuzz_write_seeds(const char *dir)
{
    static const struct {
        const char *name;
        void (*make)(Seed *s);
    } seeds[] = {
        { "session", seed_session }, { "overflow", seed_overflow }, { "config", seed_config },
        { "buffers", seed_buffers }, { "careless", seed_careless },
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
