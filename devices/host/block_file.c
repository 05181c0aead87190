/* Raw image backend: pread/pwrite on the file; in snapshot mode written
 * sectors live in an in-memory hash table overlaid on reads, so the file
 * is never modified. */
#include "block_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

/* One dirty sector of a snapshot; data == NULL marks an empty slot. */
typedef struct DirtySector {
    uint64_t sector;
    uint8_t *data;
} DirtySector;

typedef struct BlockFile {
    BlockBackend be;   /* first: the BlockBackend * is a BlockFile * */
    int fd;
    bool snapshot;
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

/* pwrite of wbuf when it is given, else pread into rbuf: all len bytes at
 * byte offset off, retried on EINTR and short transfers. Returns 0 or a
 * negative errno (-EIO when the file ends first). */
static int file_io(int fd, uint64_t off, void *rbuf, const void *wbuf, size_t len)
{
    size_t done = 0;
    while (done < len) {
        ssize_t n = wbuf ? pwrite(fd, (const uint8_t *)wbuf + done, len - done,
                                  (off_t)(off + done))
                         : pread(fd, (uint8_t *)rbuf + done, len - done, (off_t)(off + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return n < 0 ? -errno : -EIO;  /* nothing moved: the file shrank under us */
        }
        done += (size_t)n;
    }
    return 0;
}

static bool range_ok(const BlockBackend *b, uint64_t sector, uint32_t count)
{
    return sector <= b->sectors && count <= b->sectors - sector;
}

static int bf_read(BlockBackend *b, uint64_t sector, void *buf, uint32_t count)
{
    BlockFile *f = (BlockFile *)b;
    if (!range_ok(b, sector, count)) {
        return -EIO;
    }
    int err = file_io(f->fd, sector * SECTOR_SIZE, buf, NULL, (size_t)count * SECTOR_SIZE);
    if (err) {
        return err;
    }
    for (uint32_t i = 0; f->dirty_count && i < count; i++) {
        DirtySector *d = dirty_find(f, sector + i);
        if (d) {
            memcpy((uint8_t *)buf + (size_t)i * SECTOR_SIZE, d->data, SECTOR_SIZE);
        }
    }
    return 0;
}

static int bf_write(BlockBackend *b, uint64_t sector, const void *buf, uint32_t count)
{
    BlockFile *f = (BlockFile *)b;
    if (b->read_only) {
        return -EROFS;
    }
    if (!range_ok(b, sector, count)) {
        return -EIO;
    }
    if (f->snapshot) {
        for (uint32_t i = 0; i < count; i++) {
            int err = dirty_store(f, sector + i, (const uint8_t *)buf + (size_t)i * SECTOR_SIZE);
            if (err) {
                return err;
            }
        }
        return 0;
    }
    return file_io(f->fd, sector * SECTOR_SIZE, NULL, buf, (size_t)count * SECTOR_SIZE);
}

static int bf_flush(BlockBackend *b)
{
    BlockFile *f = (BlockFile *)b;
    if (b->read_only || f->snapshot) {
        return 0;  /* nothing of ours is in the file to make durable */
    }
    return fsync(f->fd) == 0 ? 0 : -errno;
}

static void bf_close(BlockBackend *b)
{
    BlockFile *f = (BlockFile *)b;
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
    f->snapshot = mode == BLOCK_FILE_SNAPSHOT;
    f->be = (BlockBackend){
        .sectors = (uint64_t)size / SECTOR_SIZE,
        .read_only = mode == BLOCK_FILE_RO,
        .read = bf_read,
        .write = bf_write,
        .flush = bf_flush,
        .close = bf_close,
    };
    return &f->be;
}
