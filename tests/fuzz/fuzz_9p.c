/* libFuzzer target: the 9P2000.L server (devices/virtio/p9_server.c) over
 * fs_local on a real host directory, as the guest's v9fs client talks to
 * it. A private temporary directory is made once (in /dev/shm when it
 * can be, so that the host's disk is spared the fsyncs): the share, with
 * a few files, a subdirectory and symlinks that point outside it (one
 * relative, one absolute), and beside it a directory "outside" holding a
 * file and a subdirectory the guest must never reach. Each input is a
 * sequence of 9P messages handed one by one to p9_handle; between
 * messages the input may also save the session and load it back
 * (p9_server_save/load). After the input the server is reset
 * (p9_server_reset) and the share is put back as it was.
 *
 * What must hold, besides no crash and no sanitizer report: every reply
 * fits the reply buffer and the negotiated msize, carries the request's
 * tag and its type + 1 (or is an 11-byte Rlerror with an errno), and
 * Rread, Rreaddir and Rwalk are as long as their counts say; a session
 * the server saved loads back; once reset, the server holds no host file
 * descriptor under the temporary directory beyond those it held before
 * the input; nothing outside the share was created, removed or changed
 * (the share's parent and the "outside" tree, names and attributes and
 * contents, are as before).
 *
 * Input: byte 0 bits 0-1 choose the reply buffer (P9_MSIZE_MAX, 8192,
 * 100 or P9_REPLY_MIN bytes); then chunks until the input ends, each
 *   u8 flags   bit 0: set the message's size field to the chunk length;
 *              bit 1: save the session and load it back first
 *   u16 LE length, then that many bytes: the message
 *
 * "--write-seeds DIR" writes the seeds of corpus/9p/. See README.md. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "devices/guest_ram.h"
#include "devices/host/fs_local.h"
#include "devices/state.h"
#include "devices/virtio/p9_server.h"
#include "tests/fuzz/fuzzlib.h"

enum { CHUNKS_MAX = 64, SNAP_MAX = 16384, RLERROR = 7 };
enum { TWALK = 110, TREAD = 116, TREADDIR = 40, TVERSION = 100 };

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_9p: %s\n", what);
    abort();
}

static char top[64], share[96], outside[96];
static int top_fd = -1, share_fd = -1;
static FsBackend *fs;
static P9Server *server;
static int base_fds;

/* --- the host tree ---------------------------------------------------------------- */

static void put_file(int dirfd, const char *name, const char *text)
{
    int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    size_t n = strlen(text);
    if (fd < 0 || write(fd, text, n) != (ssize_t)n || close(fd) != 0) {
        fail("cannot write the share");
    }
}

/* The share's contents, made again before every input. */
static void fill_share(void)
{
    char abs_target[160];
    snprintf(abs_target, sizeof(abs_target), "%s/secret", outside);
    put_file(share_fd, "hello.txt", "hello from the share\n");
    put_file(share_fd, "empty", "");
    if (mkdirat(share_fd, "sub", 0755) != 0) {
        fail("cannot make the share");
    }
    int sub = openat(share_fd, "sub", O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (sub < 0) {
        fail("cannot open the share");
    }
    put_file(sub, "inner.txt", "inside sub\n");
    if (mkdirat(sub, "deeper", 0700) != 0 || symlinkat("../../outside", share_fd, "link-out") ||
        symlinkat(abs_target, share_fd, "abs-link") || symlinkat("..", sub, "up")) {
        fail("cannot make the share");
    }
    close(sub);
    if (fchmod(share_fd, 0755) != 0 || fchown(share_fd, getuid(), getgid()) != 0) {
        fail("cannot restore the share");
    }
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dirfd but . and .., sorted; *n of them (free each, then
 * the array). Read with getdents64 into a static buffer: no DIR stream
 * to allocate for every listing. */
static char **list_dir(int dirfd, size_t *n)
{
    static char buf[16384];
    int fd = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    char **names = NULL;
    size_t cap = 0;
    long got;
    *n = 0;
    if (fd < 0) {
        fail("cannot list a directory");
    }
    while ((got = syscall(SYS_getdents64, fd, buf, sizeof(buf))) > 0) {
        for (long at = 0; at < got;) {
            const struct dirent64 *e = (const struct dirent64 *)(buf + at);
            at += e->d_reclen;
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) {
                continue;
            }
            if (*n == cap) {
                cap = cap ? 2 * cap : 16;
                names = realloc(names, cap * sizeof(*names));
            }
            if (!names || !(names[*n] = strdup(e->d_name))) {
                fail("out of memory");
            }
            (*n)++;
        }
    }
    close(fd);
    if (got < 0) {
        fail("cannot list a directory");
    }
    if (*n > 1) {
        qsort(names, *n, sizeof(*names), by_name);
    }
    return names;
}

/* Removes everything in dirfd, never following a symlink. */
static void wipe(int dirfd)
{
    size_t n;
    char **names = list_dir(dirfd, &n);
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (fstatat(dirfd, names[i], &st, AT_SYMLINK_NOFOLLOW) != 0) {
            fail("cannot stat in the share");
        }
        if (S_ISDIR(st.st_mode)) {
            fchmodat(dirfd, names[i], 0700, 0);
            int sub = openat(dirfd, names[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0) {
                wipe(sub);
                close(sub);
            }
        }
        if (unlinkat(dirfd, names[i], S_ISDIR(st.st_mode) ? AT_REMOVEDIR : 0) != 0) {
            fail("cannot clear the share");
        }
        free(names[i]);
    }
    free(names);
}

/* A description of everything outside the share: the parent's own
 * attributes and names, and the whole "outside" tree. */
typedef struct Snap {
    char s[SNAP_MAX];
    size_t n;
} Snap;

static void snap_add(Snap *sn, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void snap_add(Snap *sn, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(sn->s + sn->n, SNAP_MAX - sn->n, fmt, ap);
    va_end(ap);
    if (k < 0 || (size_t)k >= SNAP_MAX - sn->n) {
        fail("the outside of the share grew");
    }
    sn->n += (size_t)k;
}

static void snap_stat(Snap *sn, const char *name, const struct stat *st)
{
    snap_add(sn, "%s %o %u %u %lld %lu %lu %lld.%09ld %lld.%09ld\n", name, st->st_mode,
             st->st_uid, st->st_gid, (long long)st->st_size, (unsigned long)st->st_nlink,
             (unsigned long)st->st_ino, (long long)st->st_mtim.tv_sec, st->st_mtim.tv_nsec,
             (long long)st->st_ctim.tv_sec, st->st_ctim.tv_nsec);
}

static void snap_tree(Snap *sn, int dirfd, int depth)
{
    size_t n;
    char **names = list_dir(dirfd, &n);
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (fstatat(dirfd, names[i], &st, AT_SYMLINK_NOFOLLOW) != 0) {
            fail("cannot stat outside the share");
        }
        snap_stat(sn, names[i], &st);
        if (S_ISREG(st.st_mode)) {
            char buf[256];
            int fd = openat(dirfd, names[i], O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
            ssize_t got = fd >= 0 ? read(fd, buf, sizeof(buf) - 1) : -1;
            if (fd >= 0) {
                close(fd);
            }
            snap_add(sn, "  [%.*s]\n", got > 0 ? (int)got : 0, buf);
        } else if (S_ISDIR(st.st_mode) && depth < 4) {
            int sub = openat(dirfd, names[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0) {
                fail("cannot open outside the share");
            }
            snap_add(sn, "{\n");
            snap_tree(sn, sub, depth + 1);
            snap_add(sn, "}\n");
            close(sub);
        }
        free(names[i]);
    }
    free(names);
}

static void snapshot(Snap *sn)
{
    struct stat st;
    sn->n = 0;
    if (fstat(top_fd, &st) != 0) {
        fail("cannot stat the share's parent");
    }
    snap_stat(sn, ".", &st);
    size_t n;
    char **names = list_dir(top_fd, &n);
    for (size_t i = 0; i < n; i++) {
        snap_add(sn, "%s\n", names[i]);
        free(names[i]);
    }
    free(names);
    int out = openat(top_fd, "outside", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (out < 0 || fstatat(top_fd, "share", &st, AT_SYMLINK_NOFOLLOW) != 0) {
        fail("the outside directory or the share is gone");
    }
    snap_add(sn, "share %lu\n", (unsigned long)st.st_ino);
    snap_tree(sn, out, 0);
    close(out);
}

static Snap before, after;

/* Host file descriptors open on something under the temporary directory. */
static int count_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    int n = 0;
    if (!d) {
        fail("cannot list /proc/self/fd");
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char target[256];
        ssize_t k = readlinkat(dirfd(d), e->d_name, target, sizeof(target) - 1);
        if (k > 0) {
            target[k] = '\0';
            n += !strncmp(target, top, strlen(top));
        }
    }
    closedir(d);
    return n;
}

static void setup(void)
{
    const char *tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    char err[200];
    snprintf(top, sizeof(top), "%s/rvbox-fuzz-9p-XXXXXX", tmp);
    if (!mkdtemp(top)) {
        fail("cannot make the temporary directory");
    }
    snprintf(share, sizeof(share), "%s/share", top);
    snprintf(outside, sizeof(outside), "%s/outside", top);
    if (mkdir(share, 0755) != 0 || mkdir(outside, 0755) != 0) {
        fail("cannot make the temporary directory");
    }
    top_fd = open(top, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    share_fd = open(share, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int out = open(outside, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (top_fd < 0 || share_fd < 0 || out < 0 || mkdirat(out, "dir", 0755) != 0) {
        fail("cannot open the temporary directory");
    }
    put_file(out, "secret", "not for the guest\n");
    close(out);
    fill_share();
    fs = fs_local_open(share, false, err, sizeof(err));
    server = fs ? p9_server_create(fs) : NULL;
    if (!server) {
        fail(fs ? "out of memory" : err);
    }
    snapshot(&before);
    base_fds = count_fds();
}

static void cleanup(void)
{
    p9_server_destroy(server);
    fs->close(fs);
    wipe(share_fd);
    int out = openat(top_fd, "outside", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (out >= 0) {
        wipe(out);
        close(out);
    }
    unlinkat(top_fd, "share", AT_REMOVEDIR);
    unlinkat(top_fd, "outside", AT_REMOVEDIR);
    rmdir(top);
}

/* --- the messages ------------------------------------------------------------------- */

static uint32_t msize;   /* as the last Rversion said */

/* Checks a reply against its request (req_len bytes at req). */
static void check_reply(const uint8_t *req, size_t req_len, const uint8_t *reply, size_t len,
                        size_t reply_max)
{
    if (reply_max < P9_REPLY_MIN) {
        if (len != 0) {
            fail("a reply into a buffer too small for one");
        }
        return;
    }
    if (len < P9_REPLY_MIN - 4 || len > reply_max || len > msize || get_le32(reply) != len) {
        fail("a reply longer than its buffer or msize, or with a wrong size field");
    }
    uint16_t tag = req_len >= 7 ? get_le16(req + 5) : 0xffff;
    if (req_len >= 7 && get_le32(req) < req_len) {
        req_len = get_le32(req);   /* what the server parsed */
    }
    uint8_t type = req_len >= 7 ? req[4] : 0;
    if (get_le16(reply + 5) != tag) {
        fail("a reply with another tag");
    }
    if (reply[4] == RLERROR) {
        if (len != P9_REPLY_MIN || get_le32(reply + 7) == 0) {
            fail("a malformed Rlerror");
        }
        if (type == TVERSION) {
            msize = P9_MSIZE_MAX;   /* the server may have taken the new msize */
        }
        return;
    }
    if (reply[4] != (uint8_t)(type + 1)) {
        fail("a reply of the wrong type");
    }
    switch (type) {
    case TVERSION:
        if (len < 11 || get_le32(reply + 7) < 4096 || get_le32(reply + 7) > P9_MSIZE_MAX) {
            fail("an Rversion with a bad msize");
        }
        msize = get_le32(reply + 7);
        break;
    case TREAD:
        if (len < 11 || len != 11 + (size_t)get_le32(reply + 7) ||
            (req_len >= 23 && get_le32(reply + 7) > get_le32(req + 19))) {
            fail("an Rread whose count is wrong");
        }
        break;
    case TREADDIR: {
        if (len < 11 || len != 11 + (size_t)get_le32(reply + 7)) {
            fail("an Rreaddir whose count is wrong");
        }
        size_t at = 11;
        while (at < len) {   /* qid[13] offset[8] type[1] name[s] */
            if (len - at < 24 || len - at - 24 < get_le16(reply + at + 22)) {
                fail("an Rreaddir entry past the reply");
            }
            at += 24 + get_le16(reply + at + 22);
        }
        break;
    }
    case TWALK:
        if (len < 9 || len != 9 + 13 * (size_t)get_le16(reply + 7) ||
            (req_len >= 17 && get_le16(reply + 7) > get_le16(req + 15))) {
            fail("an Rwalk with more qids than names, or the wrong length");
        }
        break;
    default:
        break;
    }
}

static void save_load(void)
{
    StateWriter w;
    StateReader r;
    char err[200];
    state_writer_init(&w);
    if (p9_server_save(server, &w) != 0) {
        fail("the session could not be saved");
    }
    state_reader_init(&r, w.buf, w.len);
    if (p9_server_load(server, &r, err, sizeof(err)) != 0) {
        fprintf(stderr, "fuzz_9p: %s\n", err);
        fail("the server refused the session it saved");
    }
    state_writer_free(&w);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const size_t reply_sizes[4] = { P9_MSIZE_MAX, 8192, 100, P9_REPLY_MIN };
    if (!server) {
        setup();
        atexit(cleanup);
    }
    if (size == 0) {
        return 0;
    }
    static uint8_t *replies[4];   /* each exactly its size: a write past it is caught */
    size_t reply_max = reply_sizes[data[0] & 3];
    uint8_t *reply = replies[data[0] & 3];
    if (!reply && !(reply = replies[data[0] & 3] = malloc(reply_max))) {
        fail("out of memory");
    }
    msize = P9_MSIZE_MAX;
    size_t pos = 1;
    for (int i = 0; i < CHUNKS_MAX && size - pos >= 3; i++) {
        uint8_t flags = data[pos];
        size_t len = get_le16(data + pos + 1);
        pos += 3;
        if (len > size - pos) {
            len = size - pos;
        }
        uint8_t *req = malloc(len ? len : 1);   /* exact size: a read past it is caught */
        if (!req) {
            fail("out of memory");
        }
        memcpy(req, data + pos, len);
        pos += len;
        if ((flags & 1) && len >= 4) {
            put_le32(req, (uint32_t)len);
        }
        if (flags & 2) {
            save_load();
        }
        size_t got = p9_handle(server, req, len, reply, reply_max);
        check_reply(req, len, reply, got, reply_max);
        free(req);
    }
    p9_server_reset(server);
    if (count_fds() != base_fds) {
        fail("a host file descriptor outlived the session");
    }
    snapshot(&after);
    if (after.n != before.n || memcmp(after.s, before.s, before.n) != 0) {
        fprintf(stderr, "before:\n%.*s\nafter:\n%.*s\n", (int)before.n, before.s,
                (int)after.n, after.s);
        fail("something outside the share changed");
    }
    wipe(share_fd);
    fill_share();
    return 0;
}

/* --- seeds ------------------------------------------------------------------------------- */

typedef struct Seed {
    uint8_t b[8192];
    size_t n;
    size_t msg;                  /* where the message being built starts */
} Seed;

static void s8(Seed *s, unsigned v) { s->b[s->n++] = (uint8_t)v; }
static void s16(Seed *s, unsigned v) { put_le16(s->b + s->n, (uint16_t)v), s->n += 2; }
static void s32(Seed *s, uint32_t v) { put_le32(s->b + s->n, v), s->n += 4; }
static void s64(Seed *s, uint64_t v) { put_le64(s->b + s->n, v), s->n += 8; }

static void sstr(Seed *s, const char *str)
{
    s16(s, (unsigned)strlen(str));
    memcpy(s->b + s->n, str, strlen(str));
    s->n += strlen(str);
}

/* Starts a chunk with its message header (size filled in by end()). The
 * chunk asks for its size field to be set, so that a mutation that
 * changes the length keeps the message whole. */
static void begin(Seed *s, unsigned flags, unsigned type)
{
    s8(s, flags | 1);
    s16(s, 0);
    s->msg = s->n;
    s32(s, 0);
    s8(s, type);
    s16(s, 1);
}

static void end(Seed *s)
{
    size_t len = s->n - s->msg;
    put_le16(s->b + s->msg - 2, (uint16_t)len);
    put_le32(s->b + s->msg, (uint32_t)len);
}

enum { NOFID = 0xffffffffu, O_RDONLY_L = 0, O_RDWR_L = 2, O_CREAT_L = 0100,
       O_DIRECTORY_L = 0200000, AT_REMOVEDIR_L = 0x200 };

static void m_version(Seed *s, uint32_t msz)
{
    begin(s, 0, TVERSION);
    s32(s, msz);
    sstr(s, "9P2000.L");
    end(s);
}

static void m_attach(Seed *s, uint32_t fid)
{
    begin(s, 0, 104);
    s32(s, fid);
    s32(s, NOFID);
    sstr(s, "root");
    sstr(s, "");
    s32(s, 0);
    end(s);
}

static void m_walk(Seed *s, uint32_t fid, uint32_t newfid, const char *const *names, int n)
{
    begin(s, 0, TWALK);
    s32(s, fid);
    s32(s, newfid);
    s16(s, (unsigned)n);
    for (int i = 0; i < n; i++) {
        sstr(s, names[i]);
    }
    end(s);
}

static void m_fid32(Seed *s, unsigned type, uint32_t fid, uint32_t v)
{
    begin(s, 0, type);
    s32(s, fid);
    s32(s, v);
    end(s);
}

static void m_fid(Seed *s, unsigned type, uint32_t fid)
{
    begin(s, 0, type);
    s32(s, fid);
    end(s);
}

static void m_read(Seed *s, unsigned type, uint32_t fid, uint64_t off, uint32_t count)
{
    begin(s, 0, type);
    s32(s, fid);
    s64(s, off);
    s32(s, count);
    end(s);
}

static void session(Seed *s)
{
    s8(s, 0);
    m_version(s, 65536);
    m_attach(s, 0);
}

/* Tversion, Tattach, Twalk, Tlopen, Tread: a file, one below, a symlink. */
static void seed_read(Seed *s)
{
    session(s);
    m_walk(s, 0, 1, (const char *const[]){ "hello.txt" }, 1);
    m_fid32(s, 12, 1, O_RDONLY_L);
    m_read(s, TREAD, 1, 0, 4096);
    m_read(s, TREAD, 1, 6, 5);
    m_walk(s, 0, 2, (const char *const[]){ "sub", "inner.txt" }, 2);
    begin(s, 0, 24);                    /* Tgetattr */
    s32(s, 2);
    s64(s, 0x7ff);
    end(s);
    m_walk(s, 0, 3, (const char *const[]){ "link-out" }, 1);
    m_fid(s, 22, 3);                    /* Treadlink */
    m_walk(s, 3, 4, (const char *const[]){ "secret" }, 1);
    m_fid32(s, 12, 3, O_RDONLY_L);      /* a symlink: ELOOP */
    m_fid(s, 120, 1);                   /* Tclunk */
}

/* Tlcreate, Twrite, read back, truncate, fsync; the session saved and
 * loaded back with the file open. */
static void seed_create_write(Seed *s)
{
    session(s);
    m_walk(s, 0, 1, NULL, 0);
    begin(s, 0, 14);                    /* Tlcreate */
    s32(s, 1);
    sstr(s, "new.txt");
    s32(s, O_RDWR_L | O_CREAT_L);
    s32(s, 0644);
    s32(s, 0);
    end(s);
    begin(s, 0, 118);                   /* Twrite */
    s32(s, 1);
    s64(s, 0);
    s32(s, 12);
    memcpy(s->b + s->n, "written data", 12);
    s->n += 12;
    end(s);
    begin(s, 2, 116);                   /* Tread, after a save/load */
    s32(s, 1);
    s64(s, 0);
    s32(s, 100);
    end(s);
    begin(s, 0, 26);                    /* Tsetattr: size 4 */
    s32(s, 1);
    s32(s, 8);
    s32(s, 0), s32(s, 0), s32(s, 0);
    s64(s, 4);
    s64(s, 0), s64(s, 0), s64(s, 0), s64(s, 0);
    end(s);
    m_fid32(s, 50, 1, 1);               /* Tfsync */
    m_walk(s, 0, 2, NULL, 0);
    begin(s, 0, 14);                    /* Tlcreate over a symlink: refused */
    s32(s, 2);
    sstr(s, "abs-link");
    s32(s, O_RDWR_L | O_CREAT_L);
    s32(s, 0644);
    s32(s, 0);
    end(s);
}

/* Treaddir of the root in small pieces and of a subdirectory; Tstatfs. */
static void seed_readdir(Seed *s)
{
    s8(s, 1);                           /* an 8 KiB reply buffer */
    m_version(s, 8192);
    m_attach(s, 0);
    m_walk(s, 0, 1, NULL, 0);
    m_fid32(s, 12, 1, O_RDONLY_L | O_DIRECTORY_L);
    m_read(s, TREADDIR, 1, 0, 60);
    m_read(s, TREADDIR, 1, 0, 8192);
    m_walk(s, 0, 2, (const char *const[]){ "sub" }, 1);
    m_fid32(s, 12, 2, O_RDONLY_L);
    m_read(s, TREADDIR, 2, 0, 1000);
    m_fid(s, 8, 2);                     /* Tstatfs */
}

/* Tmkdir, Trenameat, Tsymlink, Tlink, Tunlinkat, Tmknod, and names that
 * try to leave the share. */
static void seed_dirs(Seed *s)
{
    session(s);
    begin(s, 0, 72);                    /* Tmkdir d1 */
    s32(s, 0);
    sstr(s, "d1");
    s32(s, 0755);
    s32(s, 0);
    end(s);
    begin(s, 0, 74);                    /* Trenameat d1 -> d2 */
    s32(s, 0);
    sstr(s, "d1");
    s32(s, 0);
    sstr(s, "d2");
    end(s);
    begin(s, 0, 74);                    /* Trenameat hello.txt -> ../x: refused */
    s32(s, 0);
    sstr(s, "hello.txt");
    s32(s, 0);
    sstr(s, "../x");
    end(s);
    begin(s, 0, 16);                    /* Tsymlink */
    s32(s, 0);
    sstr(s, "sl");
    sstr(s, "/etc/passwd");
    s32(s, 0);
    end(s);
    m_walk(s, 0, 1, (const char *const[]){ "hello.txt" }, 1);
    begin(s, 0, 70);                    /* Tlink hello2 to hello.txt */
    s32(s, 0);
    s32(s, 1);
    sstr(s, "hello2");
    end(s);
    begin(s, 0, 18);                    /* Tmknod a FIFO */
    s32(s, 0);
    sstr(s, "fifo");
    s32(s, 010644);
    s32(s, 0), s32(s, 0), s32(s, 0);
    end(s);
    m_walk(s, 0, 2, (const char *const[]){ ".." }, 1);
    m_walk(s, 0, 2, (const char *const[]){ "sub", "up", "x" }, 3);
    begin(s, 0, 76);                    /* Tunlinkat d2 */
    s32(s, 0);
    sstr(s, "d2");
    s32(s, AT_REMOVEDIR_L);
    end(s);
    begin(s, 0, 76);                    /* Tunlinkat sl */
    s32(s, 0);
    sstr(s, "sl");
    s32(s, 0);
    end(s);
    m_fid(s, 122, 1);                   /* Tremove hello.txt */
}

int fuzz_write_seeds(const char *dir)
{
    static const struct {
        const char *name;
        void (*make)(Seed *s);
    } seeds[] = {
        { "read", seed_read }, { "create-write", seed_create_write },
        { "readdir", seed_readdir }, { "dirs", seed_dirs },
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

