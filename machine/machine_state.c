/* Saving and restoring a whole machine (machine.h): the board's counters,
 * the hart (hart_state.c), every device with state in its own section (by
 * registry name and instance, devices/state.h) and guest RAM. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

#define BOARD_STATE_VERSION 1
#define MACHINE_SHAPE_MAX 1024   /* bytes of describe()'s line */
#define RAM_CHUNK (256ull << 20)    /* RAM is saved in sections of this size */

/* RAM as sections "ram" 0, 1, ... of RAM_CHUNK bytes each, zlib-compressed
 * (guest RAM is mostly zeros and repeated pages). Returns 0 or -1. */
static int save_ram(Machine *m, StateWriter *w)
{
    uint64_t chunks = (m->guest_ram.size + RAM_CHUNK - 1) / RAM_CHUNK;
    uLong cap = compressBound((uLong)RAM_CHUNK);
    uint8_t *z = malloc(cap);
    if (!z) {
        return -1;
    }
    int rc = 0;
    for (uint64_t i = 0; i < chunks && rc == 0; i++) {
        uint64_t off = i * RAM_CHUNK;
        uint64_t len = m->guest_ram.size - off < RAM_CHUNK ? m->guest_ram.size - off : RAM_CHUNK;
        uLongf zlen = cap;
        if (compress2(z, &zlen, m->guest_ram.host + off, (uLong)len, 1) != Z_OK) {
            rc = -1;
            break;
        }
        state_begin_section(w, "ram", (uint32_t)i, 1);
        state_put_u64(w, off);
        state_put_u64(w, len);
        state_put_bytes(w, z, zlen);
        state_end_section(w);
    }
    free(z);
    return rc;
}

/* Inflates zlib data z[0, zlen) to exactly len bytes: into dst, or with
 * dst NULL only checks that it would (through a small scratch buffer, so
 * a check costs no memory). Returns 0, or -1 for corrupt data or another
 * size. */
static int inflate_exact(const uint8_t *z, size_t zlen, uint8_t *dst, uint64_t len)
{
    uint8_t scratch[16 << 10];
    z_stream zs = { .next_in = (Bytef *)z, .avail_in = (uInt)zlen };
    if (zlen > UINT32_MAX || inflateInit(&zs) != Z_OK) {
        return -1;
    }
    uint64_t done = 0;
    int zr = Z_OK;
    while (zr == Z_OK) {
        uint64_t room = dst ? len - done : sizeof(scratch);
        zs.next_out = dst ? dst + done : scratch;
        zs.avail_out = (uInt)(room < (1u << 30) ? room : (1u << 30));
        if (dst && zs.avail_out == 0) {
            zs.next_out = scratch;   /* past the end: is there more? */
            zs.avail_out = 1;
        }
        uInt before = zs.avail_out;
        zr = inflate(&zs, Z_NO_FLUSH);
        done += before - zs.avail_out;
        if (done > len || (zr == Z_OK && before == zs.avail_out && zs.avail_in == 0)) {
            zr = Z_DATA_ERROR;
        }
    }
    inflateEnd(&zs);
    return zr == Z_STREAM_END && done == len && zs.avail_in == 0 ? 0 : -1;
}

/* Checks that every RAM chunk is present and inflates to its exact size,
 * then (with apply) writes them into RAM. Returns 0 or -1. */
static int load_ram(Machine *m, const StateReader *file, bool apply)
{
    uint64_t chunks = (m->guest_ram.size + RAM_CHUNK - 1) / RAM_CHUNK;
    for (uint64_t i = 0; i < chunks; i++) {
        StateReader r;
        if (state_find_section(file, "ram", (uint32_t)i, &r, NULL) != 0) {
            return -1;
        }
        uint64_t off = state_get_u64(&r), len = state_get_u64(&r);
        uint64_t want = m->guest_ram.size - i * RAM_CHUNK;
        if (r.failed || off != i * RAM_CHUNK || len != (want < RAM_CHUNK ? want : RAM_CHUNK) ||
            inflate_exact(r.p + r.pos, state_remaining(&r),
                          apply ? m->guest_ram.host + off : NULL, len) != 0) {
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

int machine_check_state(Machine *m, const void *buf, size_t len, char *err, size_t errlen)
{
    StateReader file, r;
    state_reader_init(&file, buf, len);
    if (state_find_section(&file, "board", 0, &r, NULL) != 0) {
        return fail(err, errlen, "saved state: not a valid rvbox machine state");
    }
    state_get_u64(&r);
    uint64_t ram_size = state_get_u64(&r);
    char saved[MACHINE_SHAPE_MAX], shape[MACHINE_SHAPE_MAX];
    state_get_str(&r, saved, sizeof(saved));
    if (r.failed) {
        return fail(err, errlen, "saved state: not a valid rvbox machine state");
    }
    if (ram_size != m->guest_ram.size) {
        return fail(err, errlen, "saved state: made with another RAM size");
    }
    describe(m, shape, sizeof(shape));
    if (strcmp(saved, shape) != 0) {
        snprintf(err, errlen, "saved state: made for another machine (%.200s)", saved);
        return -1;
    }
    if (load_ram(m, &file, false) != 0) {
        return fail(err, errlen, "saved state: RAM contents missing or corrupt");
    }
    return 0;
}

int machine_load_state(Machine *m, const void *buf, size_t len, char *err, size_t errlen)
{
    StateReader file, r;
    if (machine_check_state(m, buf, len, err, errlen) != 0) {
        return -1;
    }
    state_reader_init(&file, buf, len);
    state_find_section(&file, "board", 0, &r, NULL);
    uint64_t skipped = state_get_u64(&r);
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
    load_ram(m, &file, true);
    for (int i = 0; i < m->ndevices; i++) {
        if (load_device(&m->devices[i], &file, err, errlen) != 0) {
            return -1;
        }
    }
    m->idle_skipped = skipped;
    return 0;
}
