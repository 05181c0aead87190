/* The browser's disk: an image on the web server, read lazily in chunks
 * (a -drive file=NAME is NAME.json, its size and chunk size, and the
 * chunk files NAME.d/00000 ...), so a boot waits only for what the guest
 * reads. Guest writes land in the chunk copies here and go to an overlay
 * the page keeps in IndexedDB, so they outlive a reload; the server's
 * image is never written. Chunks the guest wrote before come back from the
 * overlay rather than the server.
 *
 * Requests complete in order: one that needs a chunk not here yet waits
 * (and every later one behind it) until the page delivers it, then
 * completes from the machine's loop. A FLUSH completes once IndexedDB has
 * committed every earlier write. A failed or truncated download fails the
 * requests that needed it with -EIO (the guest sees an I/O error) and the
 * terminal says why. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/backend.h"
#include "devices/block.h"
#include "frontends/web/web_api.h"
#include "frontends/web/web_host.h"

#define HTTP_DISKS_MAX 8

enum ChunkState { CHUNK_ABSENT, CHUNK_LOADING, CHUNK_HERE, CHUNK_FAILED };

typedef struct Waiting {
    BlockRequest *req;
    uint32_t flush_token;      /* FLUSH: the token web_block_flush was given */
    bool flush_sent, flushed;
    int flush_result;
    struct Waiting *next;
} Waiting;

typedef struct HttpDisk {
    BlockBackend base;
    int id;                    /* the page's disk id */
    char name[128];
    uint64_t bytes;
    uint32_t chunk_bytes, nchunks;
    uint8_t **chunk;           /* nchunks pointers, NULL until loaded */
    uint8_t *state;            /* enum ChunkState per chunk */
    bool persist;              /* writes go to the overlay (not snapshot=on) */
    Waiting *head, *tail;      /* requests not yet complete, in order */
    uint32_t next_token;
} HttpDisk;

static HttpDisk *disks[HTTP_DISKS_MAX];

/* The chunks [first, last] that bytes [off, off + len) touch. */
static void chunk_span(const HttpDisk *d, uint64_t off, uint64_t len, uint32_t *first,
                       uint32_t *last)
{
    *first = (uint32_t)(off / d->chunk_bytes);
    *last = (uint32_t)((off + len - 1) / d->chunk_bytes);
}

static uint64_t request_bytes(const BlockRequest *r)
{
    uint64_t n = 0;
    for (int i = 0; i < r->iovcnt; i++) {
        n += r->iov[i].iov_len;
    }
    return n;
}

/* 1: every chunk of r is here; 0: some are on their way (asked for now);
 * -EIO: one failed to load. */
static int chunks_ready(HttpDisk *d, const BlockRequest *r)
{
    uint64_t len = request_bytes(r);
    if (len == 0) {
        return 1;
    }
    uint32_t first, last;
    int ready = 1;
    chunk_span(d, r->sector * SECTOR_SIZE, len, &first, &last);
    for (uint32_t c = first; c <= last; c++) {
        if (d->state[c] == CHUNK_FAILED) {
            return -EIO;
        }
        if (d->state[c] == CHUNK_ABSENT) {
            d->state[c] = CHUNK_LOADING;
            web_block_fetch(d->id, c);
        }
        ready &= d->state[c] == CHUNK_HERE;
    }
    return ready;
}

/* Moves the data of a READ or WRITE between its iovecs and the chunks;
 * every chunk a write touched then goes to the overlay, once. */
static void transfer(HttpDisk *d, BlockRequest *r)
{
    uint64_t off = r->sector * SECTOR_SIZE, len = request_bytes(r);
    uint32_t first, last;
    if (len == 0) {
        return;
    }
    chunk_span(d, off, len, &first, &last);
    for (int i = 0; i < r->iovcnt; i++) {
        uint8_t *p = r->iov[i].iov_base;
        for (size_t left = r->iov[i].iov_len; left > 0;) {
            uint32_t c = (uint32_t)(off / d->chunk_bytes), in = (uint32_t)(off % d->chunk_bytes);
            size_t n = d->chunk_bytes - in < left ? d->chunk_bytes - in : left;
            if (r->op == BLOCK_READ) {
                memcpy(p, d->chunk[c] + in, n);
            } else {
                memcpy(d->chunk[c] + in, p, n);
            }
            p += n, off += n, left -= n;
        }
    }
    for (uint32_t c = first; r->op == BLOCK_WRITE && d->persist && c <= last; c++) {
        web_block_store(d->id, c, d->chunk[c], d->chunk_bytes);
    }
}

/* Tries the first waiting request: 1 when it completed (removed), 0 when
 * it must wait. */
static int try_first(HttpDisk *d)
{
    Waiting *w = d->head;
    BlockRequest *r = w->req;
    int result = 0;
    if (r->op == BLOCK_FLUSH) {
        if (!w->flush_sent) {
            w->flush_sent = true;
            w->flush_token = ++d->next_token;
            web_block_flush(d->id, w->flush_token);
        }
        if (!w->flushed) {
            return 0;
        }
        result = w->flush_result;
    } else {
        int ready = chunks_ready(d, r);
        if (ready == 0) {
            return 0;
        }
        result = ready < 0 ? ready : 0;
        if (ready > 0) {
            transfer(d, r);
        }
    }
    d->head = w->next;
    if (!d->head) {
        d->tail = NULL;
    }
    free(w);
    r->complete(r, result);
    return 1;
}

static void run_queue(HttpDisk *d)
{
    while (d->head && try_first(d)) {
    }
}

static void http_submit(BlockBackend *b, BlockRequest *req)
{
    HttpDisk *d = (HttpDisk *)b;
    uint64_t len = request_bytes(req);
    if (req->op != BLOCK_FLUSH &&
        (req->sector > d->bytes / SECTOR_SIZE || len > d->bytes - req->sector * SECTOR_SIZE)) {
        req->complete(req, -EIO);
        return;
    }
    if (req->op == BLOCK_WRITE && b->read_only) {
        req->complete(req, -EROFS);
        return;
    }
    Waiting *w = calloc(1, sizeof(*w));
    if (!w) {
        req->complete(req, -ENOMEM);
        return;
    }
    w->req = req;
    if (d->tail) {
        d->tail->next = w;
    } else {
        d->head = w;
    }
    d->tail = w;
    run_queue(d);
}

void rvbox_web_block_loaded(int id, uint32_t index, uint8_t *data, size_t len, int err)
{
    HttpDisk *d = id >= 0 && id < HTTP_DISKS_MAX ? disks[id] : NULL;
    if (!d || index >= d->nchunks || d->state[index] != CHUNK_LOADING) {
        free(data);
        return;
    }
    /* The last chunk of an image may be short; the rest of it reads as 0. */
    uint64_t want = d->bytes - (uint64_t)index * d->chunk_bytes;
    want = want < d->chunk_bytes ? want : d->chunk_bytes;
    if (err == 0 && (!data || len != want)) {
        char msg[200];
        int n = snprintf(msg, sizeof(msg),
                         "\r\nrvbox: %s: chunk %u has %zu bytes, not %llu (a truncated image?)\r\n",
                         d->name, index, len, (unsigned long long)want);
        web_console_write((const uint8_t *)msg, (size_t)n);
        err = -EIO;
    }
    if (err == 0 && len < d->chunk_bytes) {
        uint8_t *full = realloc(data, d->chunk_bytes);
        if (!full) {
            err = -ENOMEM;
        } else {
            memset(full + len, 0, d->chunk_bytes - len);
            data = full;
        }
    }
    if (err != 0) {
        free(data);
        d->state[index] = CHUNK_FAILED;
    } else {
        d->chunk[index] = data;
        d->state[index] = CHUNK_HERE;
    }
    run_queue(d);
}

void rvbox_web_block_flushed(int id, uint32_t token, int err)
{
    HttpDisk *d = id >= 0 && id < HTTP_DISKS_MAX ? disks[id] : NULL;
    if (!d) {
        return;
    }
    for (Waiting *w = d->head; w; w = w->next) {
        if (w->req->op == BLOCK_FLUSH && w->flush_sent && w->flush_token == token) {
            w->flushed = true;
            w->flush_result = err;
        }
    }
    run_queue(d);
}

/* The browser cannot wait here: requests still waiting for a download
 * (only at a device reset or machine teardown) fail with -EIO. */
static void http_drain(BlockBackend *b)
{
    HttpDisk *d = (HttpDisk *)b;
    while (d->head) {
        Waiting *w = d->head;
        d->head = w->next;
        w->req->complete(w->req, -EIO);
        free(w);
    }
    d->tail = NULL;
}

static void http_close(BlockBackend *b)
{
    HttpDisk *d = (HttpDisk *)b;
    http_drain(b);
    for (uint32_t c = 0; c < d->nchunks; c++) {
        free(d->chunk[c]);
    }
    if (d->id >= 0 && d->id < HTTP_DISKS_MAX && disks[d->id] == d) {
        disks[d->id] = NULL;
    }
    free(d->chunk);
    free(d->state);
    free(d);
}

static void *open_http(const Opts *o, bool sync, char *err, size_t errlen)
{
    const char *name = opts_get(o, "file");
    bool ro = false, snap = false;
    opts_get_bool(o, "readonly", false, &ro, "-drive", err, errlen);
    opts_get_bool(o, "snapshot", false, &snap, "-drive", err, errlen);
    double bytes = 0, chunk = 0;
    int id = web_block_open(name, &bytes, &chunk);
    if (id < 0 || id >= HTTP_DISKS_MAX) {
        snprintf(err, errlen, "%s: no such disk image on the server", name);
        return NULL;
    }
    HttpDisk *d = calloc(1, sizeof(*d));
    uint64_t nchunks = chunk >= 4096 ? ((uint64_t)bytes + (uint64_t)chunk - 1) / (uint64_t)chunk
                                     : 0;
    if (!d || nchunks == 0 || nchunks > UINT32_MAX) {
        free(d);
        snprintf(err, errlen, "%s: bad image size or chunk size", name);
        return NULL;
    }
    d->id = id;
    snprintf(d->name, sizeof(d->name), "%s", name);
    d->bytes = (uint64_t)bytes / SECTOR_SIZE * SECTOR_SIZE;
    d->chunk_bytes = (uint32_t)chunk;
    d->nchunks = (uint32_t)nchunks;
    d->chunk = calloc(nchunks, sizeof(*d->chunk));
    d->state = calloc(nchunks, 1);
    d->persist = !snap;
    if (!d->chunk || !d->state) {
        d->nchunks = 0;
        http_close(&d->base);
        snprintf(err, errlen, "%s: out of memory", name);
        return NULL;
    }
    d->base = (BlockBackend){
        .sectors = d->bytes / SECTOR_SIZE, .read_only = ro, .submit = http_submit,
        .drain = http_drain, .close = http_close,
    };
    disks[id] = d;
    return d;
}

BACKEND_REGISTER(block_http_backend) = {
    .kind = BACKEND_BLOCK, .name = "web server image", .open = open_http,
};
