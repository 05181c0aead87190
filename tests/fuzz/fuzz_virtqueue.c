/* libFuzzer target: the split-virtqueue walker (devices/virtio/virtqueue.c)
 * on its own. The input chooses the queue (size, ring addresses, the
 * EVENT_IDX and INDIRECT_DESC flags, the device's indices as a restored
 * state may hold them) and fills a small guest RAM: descriptor table,
 * available ring, indirect tables and used ring wherever the addresses put
 * them, overlapping or not. A queue virtq_check accepts is then served as
 * a device would: pop until nothing is left or an error, read and write
 * every chain at offsets the input picks, push the chains back (at once or
 * in reverse order) and ask virtq_should_notify after each push; the
 * driver then makes more entries available and the device pops again.
 *
 * What must hold: no crash, no access outside RAM or the harness's
 * buffers, no undefined behaviour; only the errors virtqueue.h lists, and
 * none of them for a ring that virtq_check refused to let through; every
 * popped chain lies in RAM, readable segments before writable ones, with
 * lengths that add up, and a head below the queue size; chain reads and
 * writes move exactly the bytes the chain has past the offset, and reads
 * return what RAM holds there; the used element, used.idx and (with
 * EVENT_IDX) avail_event are where and what the spec says; should_notify
 * follows VIRTQ_AVAIL_F_NO_INTERRUPT or vring_need_event (virtio 1.2
 * §2.7.7, §2.7.10).
 *
 * Input: a 20-byte header, then the bytes of RAM from its start (the rest
 * of RAM is zero).
 *   0      bits 0-3: log2 of the queue size; bit 4: size minus one (not a
 *          power of two unless 1); bit 5 EVENT_IDX; bit 6 INDIRECT_DESC;
 *          bit 7: push in reverse order after each round
 *   1-6    u16 LE desc, driver, device: each ring at RAM_BASE - 0x100 + v
 *   7-12   u16 LE last_avail_idx, used_idx, signalled_used
 *   13     bit 0: virtq_check's max_size is VIRTQ_MAX_SIZE, else 256;
 *          bits 1-7: rounds (1 + value % 4)
 *   14-15  u16 LE entries the driver adds to avail.idx between rounds
 *   16-19  u32 LE seed for the offsets and lengths of chain reads/writes
 *
 * "--write-seeds DIR" writes the seeds of corpus/virtqueue/. See README.md. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/guest_ram.h"
#include "devices/virtio/virtqueue.h"
#include "tests/fuzz/fuzzlib.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE 0x2000u
enum { HEADER = 20, POPS_MAX = 1024, IO_MAX = 4096 };

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_virtqueue: %s\n", what);
    abort();
}

/* A small deterministic generator for offsets and lengths. */
static uint32_t rng_next(uint32_t *s)
{
    uint32_t x = *s ? *s : 0x9e3779b9u;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *s = x;
}

static uint16_t ram16(const GuestRam *ram, uint64_t addr, bool *ok)
{
    uint8_t *p = guest_ram_ptr(ram, addr, 2);
    *ok = p != NULL;
    return p ? get_le16(p) : 0;
}

/* The invariants of a chain virtq_pop just returned. */
static void check_chain(const VirtQueue *q, const GuestRam *ram, const VirtqChain *c)
{
    uint64_t rlen = 0, wlen = 0;
    if (c->head >= q->size || c->nseg > VIRTQ_CHAIN_MAX || c->nreadable > c->nseg ||
        c->written != 0) {
        fail("a popped chain with a bad head, segment count or written count");
    }
    for (unsigned i = 0; i < c->nseg; i++) {
        const VirtqSeg *s = &c->seg[i];
        if (s->len == 0 || !guest_ram_ptr(ram, s->addr, s->len)) {
            fail("a popped segment that is empty or outside RAM");
        }
        if (s->writable != (i >= c->nreadable)) {
            fail("a popped chain whose readable segments do not come first");
        }
        *(s->writable ? &wlen : &rlen) += s->len;
    }
    if (rlen != c->readable_len || wlen != c->writable_len) {
        fail("a popped chain whose lengths do not add up");
    }
}

/* What a read or write of len bytes at off into a part of total bytes moves. */
static size_t expect_moved(uint64_t total, uint64_t off, size_t len)
{
    return off >= total ? 0 : total - off < len ? (size_t)(total - off) : len;
}

/* Reads and writes the chain where the generator says, and checks them. */
static void exercise_chain(const GuestRam *ram, VirtqChain *c, uint32_t *rng)
{
    static uint8_t src[IO_MAX];
    for (int k = 0; k < 2; k++) {
        uint32_t r = rng_next(rng);
        uint64_t off = r % 4 == 0 ? 0 : (r >> 2) % (c->readable_len + 64);
        size_t len = 1 + rng_next(rng) % IO_MAX;
        uint8_t *dst = malloc(len);   /* exact size: a write past it is caught */
        if (!dst) {
            fail("out of memory");
        }
        size_t got = virtq_chain_read(c, ram, off, dst, len);
        if (got != expect_moved(c->readable_len, off, len)) {
            fail("virtq_chain_read moved the wrong number of bytes");
        }
        /* The same bytes gathered from the segments directly. */
        uint64_t skip = off;
        size_t at = 0;
        for (unsigned i = 0; i < c->nreadable && at < got; i++) {
            const VirtqSeg *s = &c->seg[i];
            if (skip >= s->len) {
                skip -= s->len;
                continue;
            }
            size_t n = s->len - skip < got - at ? (size_t)(s->len - skip) : got - at;
            if (memcmp(dst + at, guest_ram_ptr(ram, s->addr + skip, n), n) != 0) {
                fail("virtq_chain_read returned bytes that are not in the chain");
            }
            at += n;
            skip = 0;
        }
        free(dst);
    }
    for (int k = 0; k < 2; k++) {
        uint32_t r = rng_next(rng);
        uint64_t off = r % 4 == 0 ? c->written : (r >> 2) % (c->writable_len + 64);
        size_t len = 1 + rng_next(rng) % IO_MAX;
        memset(src, (int)r, len);
        uint32_t before = c->written;
        size_t put = virtq_chain_write(c, ram, off, src, len);
        if (put != expect_moved(c->writable_len, off, len) ||
            c->written != (uint32_t)(before + put)) {
            fail("virtq_chain_write moved or counted the wrong number of bytes");
        }
    }
}

/* Pushes one element and checks the used ring, then asks whether the
 * driver wants an interrupt and checks that against the spec's rule. */
static void push_and_notify(VirtQueue *q, const GuestRam *ram, uint16_t head, uint32_t len)
{
    uint16_t slot_idx = q->used_idx;
    if (virtq_push(q, ram, head, len) != 0) {
        fail("virtq_push failed on a checked used ring");
    }
    uint8_t *e = guest_ram_ptr(ram, q->device_addr + 4 + 8ull * (slot_idx % q->size), 8);
    if (q->used_idx != (uint16_t)(slot_idx + 1) || get_le32(e) != head ||
        get_le32(e + 4) != len) {
        fail("virtq_push wrote the wrong used element");
    }
    bool ok;
    if (ram16(ram, q->device_addr + 2, &ok) != q->used_idx || !ok) {
        fail("virtq_push left used.idx behind");
    }
    uint16_t old = q->signalled_used, now = q->used_idx;
    bool want;
    if (old == now) {
        want = false;
    } else if (q->event_idx) {
        uint16_t ev = ram16(ram, q->driver_addr + 4 + 2ull * q->size, &ok);
        want = !ok || (uint16_t)(now - ev - 1) < (uint16_t)(now - old);
    } else {
        want = !(ram16(ram, q->driver_addr, &ok) & VIRTQ_AVAIL_F_NO_INTERRUPT) || !ok;
    }
    if (virtq_should_notify(q, ram) != want || q->signalled_used != now) {
        fail("virtq_should_notify disagrees with the spec");
    }
}

static uint8_t *ram_host;
static VirtqChain chain;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < HEADER) {
        return 0;
    }
    if (!ram_host && !(ram_host = malloc(RAM_SIZE))) {
        fail("out of memory");
    }
    GuestRam ram = { .host = ram_host, .base = RAM_BASE, .size = RAM_SIZE };
    size_t image = size - HEADER < RAM_SIZE ? size - HEADER : RAM_SIZE;
    memset(ram_host, 0, RAM_SIZE);
    memcpy(ram_host, data + HEADER, image);

    uint32_t qsize = 1u << (data[0] & 15);
    if ((data[0] & 16) && qsize > 1) {
        qsize--;
    }
    VirtQueue q = {
        .size = (uint16_t)qsize, .ready = true,
        .event_idx = data[0] & 32, .indirect = data[0] & 64,
        .desc_addr = RAM_BASE - 0x100 + get_le16(data + 1),
        .driver_addr = RAM_BASE - 0x100 + get_le16(data + 3),
        .device_addr = RAM_BASE - 0x100 + get_le16(data + 5),
        .last_avail_idx = get_le16(data + 7), .used_idx = get_le16(data + 9),
        .signalled_used = get_le16(data + 11),
    };
    bool reverse = data[0] & 128;
    uint16_t max = data[13] & 1 ? VIRTQ_MAX_SIZE : 256;
    int rounds = 1 + (data[13] >> 1) % 4;
    uint16_t bump = get_le16(data + 14);
    uint32_t rng = get_le32(data + 16);
    if (virtq_check(&q, &ram, max) != 0) {
        return 0;   /* a driver's enable is refused: the queue is never used */
    }

    static uint16_t heads[POPS_MAX];
    static uint32_t lens[POPS_MAX];
    int pops = 0;
    bool broken = false;
    for (int round = 0; round < rounds && !broken; round++) {
        int n = 0;
        while (pops < POPS_MAX) {
            uint16_t before = q.last_avail_idx;
            bool ok;
            uint16_t avail_idx = ram16(&ram, q.driver_addr + 2, &ok);
            int r = virtq_pop(&q, &ram, &chain);
            if (r < 0) {
                if (r != -EFAULT && r != -ELOOP && r != -EINVAL && r != -E2BIG) {
                    fail("virtq_pop returned an error virtqueue.h does not list");
                }
                broken = true;   /* the device sets NEEDS_RESET */
                break;
            }
            if (r > 1 || q.last_avail_idx != (uint16_t)(before + r)) {
                fail("virtq_pop moved last_avail_idx wrongly");
            }
            if (r == 0 && avail_idx != before) {
                fail("virtq_pop found nothing though entries were available");
            }
            if (q.event_idx &&
                ram16(&ram, q.device_addr + 4 + 8ull * q.size, &ok) != q.last_avail_idx) {
                fail("virtq_pop did not publish avail_event");
            }
            if (r == 0) {
                break;
            }
            check_chain(&q, &ram, &chain);
            exercise_chain(&ram, &chain, &rng);
            pops++;
            uint32_t len = rng_next(&rng) % 8 ? chain.written : rng_next(&rng);
            if (reverse) {
                heads[n] = chain.head;
                lens[n++] = len;
            } else {
                push_and_notify(&q, &ram, chain.head, len);
            }
        }
        while (n > 0) {
            n--;
            push_and_notify(&q, &ram, heads[n], lens[n]);
        }
        /* The driver makes more entries available. */
        uint8_t *idx = guest_ram_ptr(&ram, q.driver_addr + 2, 2);
        put_le16(idx, (uint16_t)(get_le16(idx) + bump));
    }
    return 0;
}

/* --- seeds ------------------------------------------------------------------ */

/* A seed being written: the header, then RAM from its start. */
typedef struct Seed {
    uint8_t b[HEADER + RAM_SIZE];
    size_t n;
} Seed;

static uint8_t *seed_ram(Seed *s, uint32_t off, size_t len)
{
    if (HEADER + off + len > s->n) {
        s->n = HEADER + off + len;
    }
    return s->b + HEADER + off;
}

static void seed_header(Seed *s, uint8_t flags, uint16_t desc, uint16_t drv, uint16_t dev,
                        uint16_t last_avail, uint8_t rounds_byte, uint16_t bump)
{
    memset(s->b, 0, sizeof(s->b));
    s->n = HEADER;
    s->b[0] = flags;
    put_le16(s->b + 1, (uint16_t)(desc + 0x100));
    put_le16(s->b + 3, (uint16_t)(drv + 0x100));
    put_le16(s->b + 5, (uint16_t)(dev + 0x100));
    put_le16(s->b + 7, last_avail);
    put_le16(s->b + 9, last_avail);
    put_le16(s->b + 11, last_avail);
    s->b[13] = rounds_byte;
    put_le16(s->b + 14, bump);
    put_le32(s->b + 16, 12345);
}

static void seed_desc(Seed *s, uint32_t table, unsigned i, uint32_t addr, uint32_t len,
                      uint16_t flags, uint16_t next)
{
    uint8_t *d = seed_ram(s, table + 16 * i, 16);
    put_le64(d, RAM_BASE + addr);
    put_le32(d + 8, len);
    put_le16(d + 12, flags);
    put_le16(d + 14, next);
}

static void seed_avail(Seed *s, uint32_t avail, unsigned size, uint16_t first,
                       const uint16_t *heads, unsigned n)
{
    uint8_t *a = seed_ram(s, avail, 6 + 2 * size);
    for (unsigned i = 0; i < n; i++) {
        put_le16(a + 4 + 2 * ((first + i) % size), heads[i]);
    }
    put_le16(a + 2, (uint16_t)(first + n));
}

/* Layout of the seeds: desc 0x000, avail 0x400, used 0x600, data 0x800. */
enum { S_DESC = 0, S_AVAIL = 0x400, S_USED = 0x600, S_DATA = 0x800 };

/* A request chain (header, data, status) and a lone writable buffer. */
static void seed_simple(Seed *s)
{
    seed_header(s, 3, S_DESC, S_AVAIL, S_USED, 0, 0, 0);
    seed_desc(s, S_DESC, 0, S_DATA, 16, VIRTQ_DESC_F_NEXT, 1);
    seed_desc(s, S_DESC, 1, S_DATA + 0x100, 512, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 2);
    seed_desc(s, S_DESC, 2, S_DATA + 0x400, 1, VIRTQ_DESC_F_WRITE, 0);
    seed_desc(s, S_DESC, 3, S_DATA + 0x500, 300, VIRTQ_DESC_F_WRITE, 0);
    memcpy(seed_ram(s, S_DATA, 16), "0123456789abcdef", 16);
    seed_avail(s, S_AVAIL, 8, 0, (const uint16_t[]){ 0, 3 }, 2);
}

/* EVENT_IDX and INDIRECT_DESC, indices about to wrap, two rounds. */
static void seed_indirect_event_idx(Seed *s)
{
    const uint32_t table = 0x700;
    seed_header(s, 4 | 32 | 64, S_DESC, S_AVAIL, S_USED, 0xfffe, 2, 1);
    seed_desc(s, S_DESC, 5, table, 3 * 16, VIRTQ_DESC_F_INDIRECT, 0);
    seed_desc(s, table, 0, S_DATA, 20, VIRTQ_DESC_F_NEXT, 1);
    seed_desc(s, table, 1, S_DATA + 0x40, 40, VIRTQ_DESC_F_NEXT, 2);
    seed_desc(s, table, 2, S_DATA + 0x100, 700, VIRTQ_DESC_F_WRITE, 0);
    seed_desc(s, S_DESC, 6, S_DATA + 0x600, 64, VIRTQ_DESC_F_WRITE, 0);
    seed_avail(s, S_AVAIL, 16, 0xfffe, (const uint16_t[]){ 5, 6, 5 }, 3);
    put_le16(seed_ram(s, S_AVAIL + 4 + 2 * 16, 2), 0xffff);   /* used_event */
}

/* Malformed chains the walker must refuse: a loop through NEXT. */
static void seed_loop(Seed *s)
{
    seed_header(s, 2, S_DESC, S_AVAIL, S_USED, 0, 0, 0);
    seed_desc(s, S_DESC, 0, S_DATA, 8, VIRTQ_DESC_F_NEXT, 1);
    seed_desc(s, S_DESC, 1, S_DATA, 8, VIRTQ_DESC_F_NEXT, 0);
    seed_avail(s, S_AVAIL, 4, 0, (const uint16_t[]){ 0 }, 1);
}

/* Rings that overlap one another, pushed in reverse order, with
 * VIRTQ_AVAIL_F_NO_INTERRUPT set. */
static void seed_overlap(Seed *s)
{
    seed_header(s, 3 | 128, S_DESC, 0x40, 0x44, 7, 6, 3);
    seed_desc(s, S_DESC, 0, S_DATA, 100, VIRTQ_DESC_F_WRITE, 0);
    seed_desc(s, S_DESC, 1, S_DATA + 0x80, 100, VIRTQ_DESC_F_NEXT, 2);
    seed_desc(s, S_DESC, 2, 0x40, 64, VIRTQ_DESC_F_WRITE, 0);
    seed_avail(s, 0x40, 8, 7, (const uint16_t[]){ 0, 1, 0 }, 3);
    put_le16(seed_ram(s, 0x40, 2), VIRTQ_AVAIL_F_NO_INTERRUPT);
}

int fuzz_write_seeds(const char *dir)
{
    static const struct {
        const char *name;
        void (*make)(Seed *s);
    } seeds[] = {
        { "simple", seed_simple }, { "indirect-event-idx", seed_indirect_event_idx },
        { "loop", seed_loop }, { "overlap", seed_overlap },
    };
    for (size_t i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++) {
        static Seed s;
        char name[64];
        seeds[i].make(&s);
        snprintf(name, sizeof(name), "%s.bin", seeds[i].name);
        if (fuzz_save(dir, name, s.b, s.n) != 0) {
            return -1;
        }
    }
    return 0;
}

