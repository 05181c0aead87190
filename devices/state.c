/* Saved-state files: writer, bounds-checked reader and section framing
 * (see state.h). Integers are assembled byte by byte, so the format is
 * little-endian on any host and needs no alignment. */
#include "state.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void state_writer_init(StateWriter *w)
{
    *w = (StateWriter){ 0 };
}

void state_writer_free(StateWriter *w)
{
    free(w->buf);
    *w = (StateWriter){ 0 };
}

/* Room for n more bytes; false (and failed set) when out of memory. */
static bool reserve(StateWriter *w, size_t n)
{
    if (w->failed) {
        return false;
    }
    if (n <= w->cap - w->len) {
        return true;
    }
    if (n > SIZE_MAX / 2 - w->len) {
        w->failed = true;
        return false;
    }
    size_t cap = w->cap ? w->cap : 256;
    while (cap - w->len < n) {
        cap *= 2;
    }
    uint8_t *buf = realloc(w->buf, cap);
    if (!buf) {
        w->failed = true;
        return false;
    }
    w->buf = buf;
    w->cap = cap;
    return true;
}

/* Appends the n low bytes of v, least significant first. */
static void put_le(StateWriter *w, uint64_t v, int n)
{
    if (!reserve(w, (size_t)n)) {
        return;
    }
    for (int i = 0; i < n; i++) {
        w->buf[w->len++] = (uint8_t)(v >> (8 * i));
    }
}

void state_put_u8(StateWriter *w, uint8_t v) { put_le(w, v, 1); }
void state_put_u16(StateWriter *w, uint16_t v) { put_le(w, v, 2); }
void state_put_u32(StateWriter *w, uint32_t v) { put_le(w, v, 4); }
void state_put_u64(StateWriter *w, uint64_t v) { put_le(w, v, 8); }
void state_put_i64(StateWriter *w, int64_t v) { put_le(w, (uint64_t)v, 8); }
void state_put_bool(StateWriter *w, bool v) { put_le(w, v ? 1 : 0, 1); }

void state_put_bytes(StateWriter *w, const void *src, size_t n)
{
    if (n == 0 || !reserve(w, n)) {
        return;
    }
    memcpy(w->buf + w->len, src, n);
    w->len += n;
}

void state_put_str(StateWriter *w, const char *s)
{
    size_t n = strlen(s);
    if (n > UINT32_MAX) {
        w->failed = true;
        return;
    }
    state_put_u32(w, (uint32_t)n);
    state_put_bytes(w, s, n);
}

void state_put_header(StateWriter *w)
{
    state_put_bytes(w, STATE_MAGIC, STATE_MAGIC_LEN);
    state_put_u32(w, STATE_FORMAT_VERSION);
}

void state_begin_section(StateWriter *w, const char *name, uint32_t instance,
                         uint32_t version)
{
    size_t n = strlen(name);
    if (w->section_at != 0 || n == 0 || n > STATE_NAME_MAX) {
        w->failed = true;
        return;
    }
    state_put_u8(w, (uint8_t)n);
    state_put_bytes(w, name, n);
    state_put_u32(w, instance);
    state_put_u32(w, version);
    state_put_u32(w, 0); /* payload length, patched by state_end_section */
    if (!w->failed) {
        w->section_at = w->len; /* never 0: the tag comes before it */
    }
}

void state_end_section(StateWriter *w)
{
    size_t start = w->section_at;
    w->section_at = 0;
    if (w->failed) {
        return;
    }
    if (start == 0 || w->len - start > UINT32_MAX) {
        w->failed = true;
        return;
    }
    uint32_t n = (uint32_t)(w->len - start);
    for (int i = 0; i < 4; i++) {
        w->buf[start - 4 + (size_t)i] = (uint8_t)(n >> (8 * i));
    }
}

void state_reader_init(StateReader *r, const void *buf, size_t len)
{
    *r = (StateReader){ .p = buf, .len = buf ? len : 0 };
}

size_t state_remaining(const StateReader *r)
{
    return r->failed || r->pos > r->len ? 0 : r->len - r->pos;
}

void state_reader_fail(StateReader *r)
{
    r->failed = true;
}

/* The next n bytes, or NULL (and failed set) when fewer are left. */
static const uint8_t *take(StateReader *r, size_t n)
{
    if (n > state_remaining(r)) {
        r->failed = true;
        return NULL;
    }
    const uint8_t *q = r->p + r->pos;
    r->pos += n;
    return q;
}

static uint64_t get_le(StateReader *r, int n)
{
    const uint8_t *q = take(r, (size_t)n);
    uint64_t v = 0;
    if (!q) {
        return 0;
    }
    for (int i = 0; i < n; i++) {
        v |= (uint64_t)q[i] << (8 * i);
    }
    return v;
}

uint8_t state_get_u8(StateReader *r) { return (uint8_t)get_le(r, 1); }
uint16_t state_get_u16(StateReader *r) { return (uint16_t)get_le(r, 2); }
uint32_t state_get_u32(StateReader *r) { return (uint32_t)get_le(r, 4); }
uint64_t state_get_u64(StateReader *r) { return get_le(r, 8); }
int64_t state_get_i64(StateReader *r) { return (int64_t)get_le(r, 8); }

bool state_get_bool(StateReader *r)
{
    uint8_t v = state_get_u8(r);
    if (v > 1) {
        r->failed = true;
        return false;
    }
    return v;
}

uint32_t state_get_u32_max(StateReader *r, uint32_t max)
{
    uint32_t v = state_get_u32(r);
    if (v > max) {
        r->failed = true;
        return 0;
    }
    return v;
}

uint64_t state_get_u64_max(StateReader *r, uint64_t max)
{
    uint64_t v = state_get_u64(r);
    if (v > max) {
        r->failed = true;
        return 0;
    }
    return v;
}

void state_get_bytes(StateReader *r, void *dst, size_t n)
{
    if (n == 0) {
        return;
    }
    const uint8_t *q = take(r, n);
    if (q) {
        memcpy(dst, q, n);
    } else {
        memset(dst, 0, n);
    }
}

size_t state_get_str(StateReader *r, char *dst, size_t max)
{
    if (max == 0) {
        r->failed = true;
        return 0;
    }
    dst[0] = '\0';
    uint32_t n = state_get_u32(r);
    if (r->failed || n >= max) {
        r->failed = true;
        return 0;
    }
    const uint8_t *q = take(r, n);
    if (!q || memchr(q, '\0', n)) {
        r->failed = true;
        return 0;
    }
    memcpy(dst, q, n);
    dst[n] = '\0';
    return n;
}

int state_check_header(StateReader *r)
{
    const uint8_t *magic = take(r, STATE_MAGIC_LEN);
    if (!magic || memcmp(magic, STATE_MAGIC, STATE_MAGIC_LEN) != 0) {
        r->failed = true;
        return -EINVAL;
    }
    uint32_t version = state_get_u32(r);
    if (r->failed) {
        return -EINVAL;
    }
    if (version != STATE_FORMAT_VERSION) {
        r->failed = true;
        return -ENOTSUP;
    }
    return 0;
}

int state_next_section(StateReader *file, char *name, size_t namemax, uint32_t *instance,
                       uint32_t *version, StateReader *payload)
{
    if (file->failed) {
        return -EINVAL;
    }
    size_t start = file->pos;
    if (state_remaining(file) == 0) {
        return 0;
    }
    uint8_t n = state_get_u8(file);
    const uint8_t *tag = take(file, n);
    uint32_t inst = state_get_u32(file), ver = state_get_u32(file);
    uint32_t plen = state_get_u32(file);
    const uint8_t *body = take(file, plen);
    if (n == 0 || !tag || !body || memchr(tag, '\0', n)) {
        file->failed = true;
        return -EINVAL;
    }
    if (name) {
        if (namemax <= n) {
            file->pos = start;
            return -ENAMETOOLONG;
        }
        memcpy(name, tag, n);
        name[n] = '\0';
    }
    if (instance) {
        *instance = inst;
    }
    if (version) {
        *version = ver;
    }
    if (payload) {
        state_reader_init(payload, body, plen);
    }
    return 1;
}

int state_find_section(const StateReader *file, const char *name, uint32_t instance,
                       StateReader *out, uint32_t *version)
{
    StateReader r, body = { 0 }, match = { 0 };
    char found[STATE_NAME_MAX + 1];
    uint32_t inst, ver, found_ver = 0;
    bool have = false;
    int rc;

    state_reader_init(&r, file->p, file->len);
    rc = state_check_header(&r);
    if (rc < 0) {
        return rc;
    }
    while ((rc = state_next_section(&r, found, sizeof(found), &inst, &ver, &body)) > 0) {
        if (inst != instance || strcmp(found, name) != 0) {
            continue;
        }
        if (have) {
            return -EINVAL; /* which of the two would be the machine's state? */
        }
        have = true;
        match = body;
        found_ver = ver;
    }
    if (rc < 0) {
        return -EINVAL;
    }
    if (!have) {
        return -ENOENT;
    }
    *out = match;
    if (version) {
        *version = found_ver;
    }
    return 0;
}
