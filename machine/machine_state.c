/* Saving and restoring a whole machine (machine.h): the board's counters,
 * the hart (hart_state.c), every device with state in its own section (by
 * registry name and instance, devices/state.h) and guest RAM. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "devices/state.h"
#include "devices/virtio/virtio.h"
#include "machine/backends.h"
#include "machine/board.h"
#include "machine/hart_state.h"

static int fail(char *err, size_t errlen, const char *msg)
{
    snprintf(err, errlen, "%s", msg);
    return -1;
}

#define BOARD_STATE_VERSION 2
#define MACHINE_SHAPE_MAX 1024   /* bytes of describe()'s line */
#define RAM_CHUNK (256ull << 20)    /* RAM is saved in sections of this size */

/* RAM as sections "ram" 0, 1, ... of RAM_CHUNK bytes each: the chunk's
 * offset and length, a bitmap of its 4 KiB pages that hold anything but
 * zeros (bit n of byte n / 8 for page n), then those pages, in order, as
 * one zlib stream. A booted guest's RAM is mostly untouched zeros, so the
 * file holds only what the guest wrote, and a load touches only those
 * pages. */
#define RAM_PAGE 4096u

static bool page_is_zero(const uint8_t *p)
{
    const uint64_t *q = (const uint64_t *)p;
    for (unsigned i = 0; i < RAM_PAGE / 8; i += 4) {
        if (q[i] | q[i + 1] | q[i + 2] | q[i + 3]) {
            return false;
        }
    }
    return true;
}

/* Marks in used (one bit per page, as the bitmap) the pages of
 * ram[0, len) the host has ever backed: present or swapped out, from
 * /proc/self/pagemap. A page never touched reads as zeros, and reading it
 * would make the host allocate (and clear) it, 2 MiB at a time with huge
 * pages. Returns 0, or -1 when the host cannot tell (then every page is
 * looked at). */
static int touched_pages(const uint8_t *ram, uint64_t len, uint8_t *used)
{
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
    long psize = sysconf(_SC_PAGESIZE);
    int fd = psize == RAM_PAGE ? open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC) : -1;
    if (fd < 0) {
        return -1;
    }
    uint64_t entries[512];
    uint64_t pages = len / RAM_PAGE, first = (uintptr_t)ram / RAM_PAGE;
    for (uint64_t i = 0; i < pages; i += 512) {
        size_t n = pages - i < 512 ? (size_t)(pages - i) : 512;
        ssize_t got = pread(fd, entries, n * 8, (off_t)((first + i) * 8));
        if (got != (ssize_t)(n * 8)) {
            close(fd);
            return -1;
        }
        for (size_t k = 0; k < n; k++) {
            if (entries[k] >> 62) {   /* bit 63 present, bit 62 swapped */
                used[(i + k) / 8] |= (uint8_t)(1u << ((i + k) % 8));
            }
        }
    }
    close(fd);
    return 0;
#else
    (void)ram;
    (void)len;
    (void)used;
    return -1;
#endif
}

/* Deflates the chunk's non-zero pages into w after their bitmap. Returns
 * 0 or -1 (out of memory, zlib). */
static int save_chunk(const uint8_t *ram, uint64_t len, StateWriter *w)
{
    uint64_t pages = len / RAM_PAGE;
    uint8_t *bitmap = calloc((size_t)(pages + 7) / 8, 1);
    uint8_t *used = calloc((size_t)(pages + 7) / 8, 1);
    uint8_t out[64 << 10];
    z_stream zs = { 0 };
    if (!bitmap || !used || deflateInit(&zs, 1) != Z_OK) {
        free(bitmap);
        free(used);
        return -1;
    }
    if (touched_pages(ram, len, used) != 0) {
        memset(used, 0xff, (size_t)(pages + 7) / 8);
    }
    for (uint64_t i = 0; i < pages; i++) {
        if ((used[i / 8] & (1u << (i % 8))) && !page_is_zero(ram + i * RAM_PAGE)) {
            bitmap[i / 8] |= (uint8_t)(1u << (i % 8));
        }
    }
    state_put_bytes(w, bitmap, (size_t)(pages + 7) / 8);
    int zr = Z_OK;
    for (uint64_t i = 0; i <= pages && zr == Z_OK; i++) {
        bool last = i == pages;
        if (!last && !(bitmap[i / 8] & (1u << (i % 8)))) {
            continue;
        }
        zs.next_in = last ? NULL : (Bytef *)(ram + i * RAM_PAGE);
        zs.avail_in = last ? 0 : RAM_PAGE;
        do {
            zs.next_out = out;
            zs.avail_out = sizeof(out);
            zr = deflate(&zs, last ? Z_FINISH : Z_NO_FLUSH);
            state_put_bytes(w, out, sizeof(out) - zs.avail_out);
        } while (zs.avail_out == 0 && zr == Z_OK);
        if (last) {
            zr = zr == Z_STREAM_END ? Z_OK : Z_DATA_ERROR;
            break;
        }
    }
    deflateEnd(&zs);
    free(bitmap);
    free(used);
    return zr == Z_OK ? 0 : -1;
}

static int save_ram(Machine *m, StateWriter *w)
{
    uint64_t chunks = (m->guest_ram.size + RAM_CHUNK - 1) / RAM_CHUNK;
    for (uint64_t i = 0; i < chunks; i++) {
        uint64_t off = i * RAM_CHUNK;
        uint64_t len = m->guest_ram.size - off < RAM_CHUNK ? m->guest_ram.size - off : RAM_CHUNK;
        state_begin_section(w, "ram", (uint32_t)i, 2);
        state_put_u64(w, off);
        state_put_u64(w, len);
        if (save_chunk(m->guest_ram.host + off, len, w) != 0) {
            return -1;
        }
        state_end_section(w);
    }
    return 0;
}

/* Inflates z[0, zlen) into the chunk's pages that bitmap marks, each
 * RAM_PAGE bytes at ram + n * RAM_PAGE; with ram NULL only checks that
 * the stream inflates to exactly that much (through a scratch page, so a
 * check costs no memory). Returns 0, or -1 for corrupt data or another
 * size. */
static int inflate_pages(const uint8_t *z, size_t zlen, const uint8_t *bitmap, uint64_t pages,
                         uint8_t *ram)
{
    uint8_t scratch[RAM_PAGE];
    z_stream zs = { .next_in = (Bytef *)z, .avail_in = (uInt)zlen };
    if (zlen > UINT32_MAX || inflateInit(&zs) != Z_OK) {
        return -1;
    }
    int zr = Z_OK;
    uint64_t i = 0;
    for (; i < pages; i++) {
        if (!(bitmap[i / 8] & (1u << (i % 8)))) {
            continue;
        }
        if (zr != Z_OK) {
            break;                   /* the stream ended before this page */
        }
        zs.next_out = ram ? ram + i * RAM_PAGE : scratch;
        zs.avail_out = RAM_PAGE;
        while (zs.avail_out && zr == Z_OK) {
            uInt before = zs.avail_out + zs.avail_in;
            zr = inflate(&zs, Z_NO_FLUSH);
            if (zr == Z_OK && before == zs.avail_out + zs.avail_in) {
                zr = Z_DATA_ERROR;   /* no progress: the stream is cut */
            }
        }
        if (zs.avail_out) {
            zr = Z_DATA_ERROR;       /* ended before this page was whole */
        }
    }
    if (i < pages || (zr != Z_OK && zr != Z_STREAM_END)) {
        zr = Z_DATA_ERROR;
    } else if (zr == Z_OK) {
        /* Every page is in: the stream must end here. */
        uint8_t one;
        zs.next_out = &one;
        zs.avail_out = 1;
        zr = inflate(&zs, Z_FINISH);
        zr = zr == Z_STREAM_END && zs.avail_out == 1 ? Z_STREAM_END : Z_DATA_ERROR;
    }
    zr = zr == Z_STREAM_END && zs.avail_in == 0 ? Z_OK : Z_DATA_ERROR;
    inflateEnd(&zs);
    return zr == Z_OK ? 0 : -1;
}

/* Checks that every RAM chunk is present and its pages inflate to their
 * exact size, then (with apply) clears RAM and writes them in. Returns 0
 * or -1. */
static int load_ram(Machine *m, const StateReader *file, bool apply)
{
    uint64_t chunks = (m->guest_ram.size + RAM_CHUNK - 1) / RAM_CHUNK;
    if (apply) {
        machine_ram_clear(m);
    }
    for (uint64_t i = 0; i < chunks; i++) {
        StateReader r;
        uint32_t version;
        if (state_find_section(file, "ram", (uint32_t)i, &r, &version) != 0 || version != 2) {
            return -1;
        }
        uint64_t off = state_get_u64(&r), len = state_get_u64(&r);
        uint64_t want = m->guest_ram.size - i * RAM_CHUNK;
        if (r.failed || off != i * RAM_CHUNK || len != (want < RAM_CHUNK ? want : RAM_CHUNK)) {
            return -1;
        }
        uint64_t pages = len / RAM_PAGE;
        size_t bitmap_len = (size_t)(pages + 7) / 8;
        if (state_remaining(&r) < bitmap_len) {
            return -1;
        }
        const uint8_t *bitmap = r.p + r.pos;
        if (inflate_pages(bitmap + bitmap_len, state_remaining(&r) - bitmap_len, bitmap, pages,
                          apply ? m->guest_ram.host + off : NULL) != 0) {
            return -1;
        }
    }
    return 0;
}

static const char *backend_kind_name(enum BackendKind kind)
{
    return kind == BACKEND_BLOCK ? "drive" : kind == BACKEND_NET ? "netdev" : "fsdev";
}

/* The machine's shape as one line: harts, RAM, every device in board
 * order and every backend. A state is loaded only into a machine whose
 * line is the same (paths of images and directories may differ). */
static void describe(const Machine *m, char *buf, size_t len)
{
    size_t n = (size_t)snprintf(buf, len, "rv%d harts=%d ram=%llu",
                                m->harts[0].xlen, m->nharts,
                                (unsigned long long)m->guest_ram.size);
    for (int i = 0; i < m->ndevices && n < len; i++) {
        const BoardDevice *d = &m->devices[i];
        n += (size_t)snprintf(buf + n, len - n, " %s%s", d->info->name, d->pci ? "(pci)" : "");
    }
    for (int i = 0; i < m->nbackends && n < len; i++) {
        n += (size_t)snprintf(buf + n, len - n, " %s:%s", backend_kind_name(m->backends[i].kind),
                              m->backends[i].id);
    }
}

/* The first word where two shapes differ, as a one-line refusal. */
static void shape_difference(const char *saved, const char *here, char *err, size_t errlen)
{
    size_t i = 0, word = 0;
    while (saved[i] && saved[i] == here[i]) {
        if (saved[i++] == ' ') {
            word = i;
        }
    }
    int a = (int)strcspn(saved + word, " "), b = (int)strcspn(here + word, " ");
    snprintf(err, errlen, "saved state: made for another machine (it has %.*s where this "
             "one has %.*s)", a ? a > 80 ? 80 : a : 4, a ? saved + word : "none",
             b ? b > 80 ? 80 : b : 4, b ? here + word : "none");
}

static void save_device(const BoardDevice *d, StateWriter *w)
{
    if (BOARD_VIRTIO(d)) {
        state_begin_section(w, d->info->name, (uint32_t)d->instance, 1);
        if (d->pci) {
            virtio_pci_save(d->pci, w);
        } else {
            virtio_mmio_save(d->transport, w);
        }
        virtio_save(d->dev, w);
        state_end_section(w);
    } else if (d->info->save) {
        state_begin_section(w, d->info->name, (uint32_t)d->instance, 1);
        d->info->save(d->dev, w);
        state_end_section(w);
    }
}

int machine_save_state(Machine *m, StateWriter *w)
{
    state_put_header(w);
    char shape[MACHINE_SHAPE_MAX];
    describe(m, shape, sizeof(shape));
    state_begin_section(w, "board", 0, BOARD_STATE_VERSION);
    state_put_u64(w, m->idle_skipped);
    state_put_u64(w, m->guest_ram.size);
    state_put_str(w, shape);
    state_put_u64(w, machine_mtime(m));
    state_end_section(w);
    for (int i = 0; i < m->nharts; i++) {
        if (hart_save(&m->harts[i], w) != 0) {
            return -1;
        }
    }
    for (int i = 0; i < m->ndevices; i++) {
        save_device(&m->devices[i], w);
    }
    for (int i = 0; i < m->nbackends; i++) {
        BoardBackend *b = &m->backends[i];
        if (!backend_has_state(b->kind, b->be)) {
            continue;
        }
        state_begin_section(w, "backend", (uint32_t)i, 1);
        state_put_str(w, b->id);
        if (backend_save(b->kind, b->be, w) != 0) {
            return -1;
        }
        state_end_section(w);
    }
    return save_ram(m, w) != 0 || w->failed ? -1 : 0;
}

static int load_device(BoardDevice *d, const StateReader *file, char *err, size_t errlen)
{
    StateReader r;
    uint32_t version;
    int rc = state_find_section(file, d->info->name, (uint32_t)d->instance, &r, &version);
    if (rc == -ENOENT && !BOARD_VIRTIO(d) && !d->info->load) {
        return 0;   /* a device without state */
    }
    if (rc != 0) {
        snprintf(err, errlen, "saved state: no valid section for %s %d", d->info->name,
                 d->instance);
        return -1;
    }
    if (BOARD_VIRTIO(d)) {
        int trc = d->pci ? virtio_pci_load(d->pci, &r) : virtio_mmio_load(d->transport, &r);
        if (trc != 0) {
            snprintf(err, errlen, "%s: saved state is truncated", d->info->name);
            return -1;
        }
        return virtio_load(d->dev, &r, err, errlen);
    }
    return d->info->load(d->dev, &r, err, errlen);
}

static int load_backend(Machine *m, int i, const StateReader *file, char *err, size_t errlen)
{
    BoardBackend *b = &m->backends[i];
    StateReader r;
    char id[sizeof(b->id)];
    if (!backend_has_state(b->kind, b->be)) {
        return 0;
    }
    if (state_find_section(file, "backend", (uint32_t)i, &r, NULL) != 0) {
        snprintf(err, errlen, "saved state: no valid section for backend %s", b->id);
        return -1;
    }
    state_get_str(&r, id, sizeof(id));
    if (r.failed || strcmp(id, b->id) != 0) {
        snprintf(err, errlen, "saved state: backend %s is not the one saved", b->id);
        return -1;
    }
    return backend_load(b->kind, b->be, &r, err, errlen);
}

/* The board section and the machine's shape. Returns 0 or -1 with a
 * one-line message. */
static int check_shape(Machine *m, const void *buf, size_t len, uint64_t *skipped,
                       uint64_t *mtime, char *err, size_t errlen)
{
    StateReader file, r;
    uint32_t version;
    state_reader_init(&file, buf, len);
    if (state_find_section(&file, "board", 0, &r, &version) != 0 ||
        version != BOARD_STATE_VERSION) {
        return fail(err, errlen, "saved state: not a valid rvbox machine state");
    }
    *skipped = state_get_u64(&r);
    uint64_t ram_size = state_get_u64(&r);
    char saved[MACHINE_SHAPE_MAX], shape[MACHINE_SHAPE_MAX];
    state_get_str(&r, saved, sizeof(saved));
    *mtime = state_get_u64(&r);
    if (r.failed) {
        return fail(err, errlen, "saved state: not a valid rvbox machine state");
    }
    if (ram_size != m->guest_ram.size) {
        return fail(err, errlen, "saved state: made with another RAM size");
    }
    describe(m, shape, sizeof(shape));
    if (strcmp(saved, shape) != 0) {
        shape_difference(saved, shape, err, errlen);
        return -1;
    }
    return 0;
}

int machine_check_state(Machine *m, const void *buf, size_t len, char *err, size_t errlen)
{
    StateReader file;
    uint64_t skipped, mtime;
    if (check_shape(m, buf, len, &skipped, &mtime, err, errlen) != 0) {
        return -1;
    }
    state_reader_init(&file, buf, len);
    if (load_ram(m, &file, false) != 0) {
        return fail(err, errlen, "saved state: RAM contents missing or corrupt");
    }
    return 0;
}

int machine_load_state(Machine *m, const void *buf, size_t len, char *err, size_t errlen)
{
    StateReader file;
    uint64_t skipped, mtime;
    if (check_shape(m, buf, len, &skipped, &mtime, err, errlen) != 0) {
        return -1;
    }
    state_reader_init(&file, buf, len);
    for (int i = 0; i < m->nbackends; i++) {
        if (load_backend(m, i, &file, err, errlen) != 0) {
            return -1;
        }
    }
    for (int i = 0; i < m->nharts; i++) {
        if (hart_load(&m->harts[i], &file, err, errlen) != 0) {
            return -1;
        }
    }
    if (load_ram(m, &file, true) != 0) {
        return fail(err, errlen, "saved state: RAM contents missing or corrupt");
    }
    for (int i = 0; i < m->ndevices; i++) {
        if (load_device(&m->devices[i], &file, err, errlen) != 0) {
            return -1;
        }
    }
    m->idle_skipped = skipped;
    machine_set_mtime(m, mtime);
    return 0;
}
