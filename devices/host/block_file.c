/* Raw image backend: pread/pwrite on the file; in snapshot mode written
 * sectors live in an in-memory hash table overlaid on reads, so the file
 * is never modified. */
#include "devices/host/block_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/uio.h>
#include <unistd.h>
#include <zlib.h>

#include "devices/backend.h"
#include "devices/host/block_thread.h"

/* One dirty sector of a snapshot; data == NULL marks an empty slot. */
typedef struct DirtySector {
    uint64_t sector;
    uint8_t *data;
} DirtySector;

typedef struct BlockFile {
    BlockBackend be;   /* first: the BlockBackend * is a BlockFile * */
    int fd;
    bool snapshot;
    char *path;        /* for messages */
    DirtySector *dirty;
    size_t dirty_cap;  /* slots, power of two (0 = no table yet) */
    size_t dirty_count;
} BlockFile;

static size_t slot_of(const BlockFile *f, uint64_t sector)
{
    uint64_t h = sector * 0x9e3779b97f4a7c15ull;  /* Fibonacci hashing */
    return (size_t)(h >> 17) & (f->dirty_cap - 1);
}

static DirtySector *dirty_find(const BlockFile *f, uint64_t sector)
{
    if (!f->dirty_cap) {
        return NULL;
    }
    for (size_t i = slot_of(f, sector);; i = (i + 1) & (f->dirty_cap - 1)) {
        if (!f->dirty[i].data) {
            return NULL;
        }
        if (f->dirty[i].sector == sector) {
            return &f->dirty[i];
        }
    }
}

/* Doubles the table (kept at most 3/4 full so probes stay short). */
static int dirty_grow(BlockFile *f)
{
    size_t cap = f->dirty_cap ? f->dirty_cap * 2 : 64;
    DirtySector *t = calloc(cap, sizeof(*t));
    if (!t) {
        return -ENOMEM;
    }
    DirtySector *old = f->dirty;
    size_t old_cap = f->dirty_cap;
    f->dirty = t;
    f->dirty_cap = cap;
    for (size_t i = 0; i < old_cap; i++) {
        if (old[i].data) {
            size_t j = slot_of(f, old[i].sector);
            while (t[j].data) {
                j = (j + 1) & (cap - 1);
            }
            t[j] = old[i];
        }
    }
    free(old);
    return 0;
}

static int dirty_store(BlockFile *f, uint64_t sector, const uint8_t *data)
{
    DirtySector *d = dirty_find(f, sector);
    if (!d) {
        if ((f->dirty_count + 1) * 4 > f->dirty_cap * 3 && dirty_grow(f) != 0) {
            return -ENOMEM;
        }
        uint8_t *copy = malloc(SECTOR_SIZE);
        if (!copy) {
            return -ENOMEM;
        }
        size_t i = slot_of(f, sector);
        while (f->dirty[i].data) {
            i = (i + 1) & (f->dirty_cap - 1);
        }
        f->dirty[i] = (DirtySector){ .sector = sector, .data = copy };
        f->dirty_count++;
        d = &f->dirty[i];
    }
    memcpy(d->data, data, SECTOR_SIZE);
    return 0;
}

#define BF_IOV_MAX 1024   /* Linux's UIO_MAXIOV: what one preadv takes */

/* Copies len bytes between buf and the iovecs, starting off bytes into
 * them (to_iov: into the iovecs). The range lies inside them. */
static void iov_copy(const struct iovec *iov, int iovcnt, size_t off, void *buf, size_t len,
                     bool to_iov)
{
    uint8_t *p = buf;
    for (int i = 0; i < iovcnt && len; i++) {
        if (off >= iov[i].iov_len) {
            off -= iov[i].iov_len;
            continue;
        }
        size_t n = iov[i].iov_len - off < len ? iov[i].iov_len - off : len;
        uint8_t *base = (uint8_t *)iov[i].iov_base + off;
        memcpy(to_iov ? base : p, to_iov ? p : base, n);
        p += n;
        len -= n;
        off = 0;
    }
}

static size_t iov_bytes(const struct iovec *iov, int iovcnt)
{
    size_t n = 0;
    for (int i = 0; i < iovcnt; i++) {
        n += iov[i].iov_len;
    }
    return n;
}

/* preadv/pwritev of all the iovecs at byte offset off, straight into or
 * out of guest RAM, retried on EINTR and short transfers. Returns 0 or a
 * negative errno (-EIO when the file ends first). */
static int file_iov_io(int fd, uint64_t off, const struct iovec *iov, int iovcnt, bool write)
{
    struct iovec v[BF_IOV_MAX];
    if (iovcnt > BF_IOV_MAX) {
        return -EINVAL;
    }
    memcpy(v, iov, (size_t)iovcnt * sizeof(*v));
    struct iovec *cur = v;
    while (iovcnt > 0) {
        ssize_t n = write ? pwritev(fd, cur, iovcnt, (off_t)off)
                          : preadv(fd, cur, iovcnt, (off_t)off);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return n < 0 ? -errno : -EIO;  /* nothing moved: the file shrank under us */
        }
        off += (uint64_t)n;
        while (iovcnt > 0 && (size_t)n >= cur->iov_len) {
            n -= (ssize_t)cur->iov_len;
            cur++;
            iovcnt--;
        }
        if (iovcnt > 0) {
            cur->iov_base = (uint8_t *)cur->iov_base + n;
            cur->iov_len -= (size_t)n;
        }
    }
    return 0;
}

static bool range_ok(const BlockBackend *b, uint64_t sector, uint64_t count)
{
    return sector <= b->sectors && count <= b->sectors - sector;
}

static int bf_read(BlockFile *f, const BlockRequest *req, uint64_t count)
{
    int err = file_iov_io(f->fd, req->sector * SECTOR_SIZE, req->iov, req->iovcnt, false);
    if (err) {
        return err;
    }
    /* Sectors written in snapshot mode cover what the file holds. */
    for (uint64_t i = 0; f->dirty_count && i < count; i++) {
        DirtySector *d = dirty_find(f, req->sector + i);
        if (d) {
            iov_copy(req->iov, req->iovcnt, i * SECTOR_SIZE, d->data, SECTOR_SIZE, true);
        }
    }
    return 0;
}

static int bf_write(BlockFile *f, const BlockRequest *req, uint64_t count)
{
    if (f->be.read_only) {
        return -EROFS;
    }
    if (!f->snapshot) {
        return file_iov_io(f->fd, req->sector * SECTOR_SIZE, req->iov, req->iovcnt, true);
    }
    uint8_t sector[SECTOR_SIZE];
    for (uint64_t i = 0; i < count; i++) {
        iov_copy(req->iov, req->iovcnt, i * SECTOR_SIZE, sector, SECTOR_SIZE, false);
        int err = dirty_store(f, req->sector + i, sector);
        if (err) {
            return err;
        }
    }
    return 0;
}

static int bf_flush(BlockFile *f)
{
    if (f->be.read_only || f->snapshot) {
        return 0;  /* nothing of ours is in the file to make durable */
    }
    /* The image keeps its size, so the data and what finds it is all
     * there is to make durable (QEMU flushes the same way). */
    return fdatasync(f->fd) == 0 ? 0 : -errno;
}

/* Every request completes before submit returns: the page cache makes
 * preadv/pwritev on a local file quick, and the guest's data moves once. */
static void bf_submit(BlockBackend *b, BlockRequest *req)
{
    BlockFile *f = (BlockFile *)b;
    int result;
    if (req->op == BLOCK_FLUSH) {
        result = bf_flush(f);
    } else {
        size_t bytes = iov_bytes(req->iov, req->iovcnt);
        uint64_t count = bytes / SECTOR_SIZE;
        if (bytes % SECTOR_SIZE || !range_ok(b, req->sector, count)) {
            result = -EIO;
        } else {
            result = req->op == BLOCK_READ ? bf_read(f, req, count) : bf_write(f, req, count);
        }
    }
    req->complete(req, result);
}

/* --- saved state ----------------------------------------------------------
 * A snapshot records the file's size and CRC-32: a state is only loaded
 * over the same bytes (the guest's page cache and file system in RAM
 * describe them). In snapshot mode the written sectors follow, since they
 * are part of what the guest sees and the file never holds them. */

#define BF_STATE_CHUNK (1u << 20)

/* CRC-32 of the whole file; 0 with *ok false when it cannot be read. */
static uint32_t file_crc(int fd, bool *ok)
{
    uint8_t *buf = malloc(BF_STATE_CHUNK);
    uLong crc = crc32(0, Z_NULL, 0);
    off_t off = 0;
    ssize_t n = 0;
    *ok = buf != NULL;
    while (*ok && (n = pread(fd, buf, BF_STATE_CHUNK, off)) != 0) {
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            *ok = false;
            break;
        }
        crc = crc32(crc, buf, (uInt)n);
        off += n;
    }
    free(buf);
    return (uint32_t)crc;
}

static int bf_save(BlockBackend *b, StateWriter *w)
{
    BlockFile *f = (BlockFile *)b;
    bool ok;
    uint32_t crc = file_crc(f->fd, &ok);
    if (!ok) {
        return -1;
    }
    state_put_u64(w, b->sectors);
    state_put_u32(w, crc);
    state_put_u64(w, f->snapshot ? f->dirty_count : 0);
    for (size_t i = 0; f->snapshot && i < f->dirty_cap; i++) {
        if (f->dirty[i].data) {
            state_put_u64(w, f->dirty[i].sector);
            state_put_bytes(w, f->dirty[i].data, SECTOR_SIZE);
        }
    }
    return 0;
}

static void dirty_clear(BlockFile *f)
{
    for (size_t i = 0; i < f->dirty_cap; i++) {
        free(f->dirty[i].data);
        f->dirty[i].data = NULL;
    }
    f->dirty_count = 0;
}

static int bf_load(BlockBackend *b, StateReader *r, char *err, size_t errlen)
{
    BlockFile *f = (BlockFile *)b;
    uint64_t sectors = state_get_u64(r);
    uint32_t crc = state_get_u32(r);
    uint64_t count = state_get_u64_max(r, sectors);
    bool ok;
    if (r->failed || (count && !f->snapshot)) {
        snprintf(err, errlen, "%s: saved disk state is corrupt", f->path);
        return -1;
    }
    if (sectors != b->sectors || file_crc(f->fd, &ok) != crc || !ok) {
        snprintf(err, errlen, "%s: the image changed since the state was saved", f->path);
        return -1;
    }
    dirty_clear(f);
    uint8_t data[SECTOR_SIZE];
    for (uint64_t i = 0; i < count; i++) {
        uint64_t sector = state_get_u64_max(r, sectors - 1);
        state_get_bytes(r, data, SECTOR_SIZE);
        if (r->failed || dirty_store(f, sector, data) != 0) {
            dirty_clear(f);
            snprintf(err, errlen, "%s: saved disk state is corrupt", f->path);
            return -1;
        }
    }
    return 0;
}

static void bf_close(BlockBackend *b)
{
    BlockFile *f = (BlockFile *)b;
    free(f->path);
    for (size_t i = 0; i < f->dirty_cap; i++) {
        free(f->dirty[i].data);
    }
    free(f->dirty);
    close(f->fd);
    free(f);
}

static BlockBackend *open_fail(int fd, char *err, size_t errlen, const char *path,
                               const char *what)
{
    if (err && errlen) {
        snprintf(err, errlen, "%s: %s", path, what);
    }
    if (fd >= 0) {
        close(fd);
    }
    return NULL;
}

BlockBackend *block_file_open(const char *path, int mode, char *err, size_t errlen)
{
    if (mode < BLOCK_FILE_RW || mode > BLOCK_FILE_SNAPSHOT) {
        return open_fail(-1, err, errlen, path, "invalid block file mode");
    }
    int fd = open(path, (mode == BLOCK_FILE_RW ? O_RDWR : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) {
        return open_fail(fd, err, errlen, path, strerror(errno));
    }
    if (flock(fd, (mode == BLOCK_FILE_RW ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
        return open_fail(fd, err, errlen, path, errno == EWOULDBLOCK ?
                         "image is in use by another process (locked)" : strerror(errno));
    }
    off_t size = lseek(fd, 0, SEEK_END);
    if (size < 0) {
        return open_fail(fd, err, errlen, path, strerror(errno));
    }
    if (size < SECTOR_SIZE) {
        return open_fail(fd, err, errlen, path, "image is smaller than one 512-byte sector");
    }
    BlockFile *f = calloc(1, sizeof(*f));
    if (!f) {
        return open_fail(fd, err, errlen, path, strerror(ENOMEM));
    }
    f->fd = fd;
    f->path = strdup(path);
    f->snapshot = mode == BLOCK_FILE_SNAPSHOT;
    f->be = (BlockBackend){
        .sectors = (uint64_t)size / SECTOR_SIZE,
        .read_only = mode == BLOCK_FILE_RO,
        .submit = bf_submit,
        .close = bf_close,
        .save = bf_save,
        .load = bf_load,
    };
    return &f->be;
}

/* -drive file=PATH: a read-only drive cannot be written at all, so it wins
 * over snapshot; requests run on a worker thread (aio=threads, QEMU's
 * default too) unless aio=native is given or sync is set. */
static void *open_block(const Opts *o, bool sync, char *err, size_t errlen)
{
    bool ro = false, snap = false;
    opts_get_bool(o, "readonly", false, &ro, "-drive", err, errlen);
    opts_get_bool(o, "snapshot", false, &snap, "-drive", err, errlen);
    int mode = ro ? BLOCK_FILE_RO : snap ? BLOCK_FILE_SNAPSHOT : BLOCK_FILE_RW;
    BlockBackend *b = block_file_open(opts_get(o, "file"), mode, err, errlen);
    const char *aio = opts_get(o, "aio");
    if (b && !sync && (!aio || !strcmp(aio, "threads"))) {
        return block_thread_wrap(b, err, errlen);
    }
    return b;
}

BACKEND_REGISTER(block_file_backend) = {
    .kind = BACKEND_BLOCK, .name = "host file", .open = open_block,
};
