/* virtio-9p, the 9P2000.L server and the host-directory backend, driven
 * from the host side as Linux's 9p client would: registers through
 * virtio_mmio_ops, hand-built T-messages in a fake guest RAM, replies
 * parsed from it, and every effect checked in a real temporary directory.
 * Includes escape attempts and malformed messages. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "devices/host/fs_local.h"
#include "devices/virtio/p9_server.h"
#include "devices/virtio/virtio_9p.h"
#include "machine/config.h"
#include "tests/unit/testlib.h"

enum {
    RAM_BASE = 0x80000000u, RAM_SIZE = 4 << 20, QSIZE = 16,
    REQ = 0x10000, RESP = 0x100000, BUF_MAX = 0x80000, MSIZE = 65536,
};

/* 9P2000.L message types and the Linux errno values a guest sees. */
enum {
    RLERROR = 7, TSTATFS = 8, TLOPEN = 12, TLCREATE = 14, TSYMLINK = 16, TMKNOD = 18,
    TRENAME = 20, TREADLINK = 22, TGETATTR = 24, TSETATTR = 26, TXATTRWALK = 30,
    TREADDIR = 40, TFSYNC = 50, TLOCK = 52, TGETLOCK = 54, TLINK = 70, TMKDIR = 72,
    TRENAMEAT = 74, TUNLINKAT = 76, TVERSION = 100, TAUTH = 102, TATTACH = 104,
    TFLUSH = 108, TWALK = 110, TREAD = 116, TWRITE = 118, TCLUNK = 120, TREMOVE = 122,
};
enum {
    L_EPERM = 1, L_ENOENT = 2, L_EBADF = 9, L_ENOTDIR = 20, L_EINVAL = 22, L_EROFS = 30,
    L_ELOOP = 40, L_ENODATA = 61, L_EOPNOTSUPP = 95,
};
enum { O_RDONLY_L = 0, O_WRONLY_L = 1, O_RDWR_L = 2, O_CREAT_L = 0100, O_DIRECTORY_L = 0200000 };

typedef VDrv Drv;

static bool init_device(Drv *d) { return vd_init(d, 1, 0); }

typedef struct Msg {
    uint8_t b[BUF_MAX];
    size_t n;
} Msg;

static Msg msg;

static void m8(uint8_t v) { msg.b[msg.n++] = v; }
static void m16(uint16_t v) { put_le16(msg.b + msg.n, v); msg.n += 2; }
static void m32(uint32_t v) { put_le32(msg.b + msg.n, v); msg.n += 4; }
static void m64(uint64_t v) { put_le64(msg.b + msg.n, v); msg.n += 8; }
static void mstr(const char *s)
{
    m16((uint16_t)strlen(s));
    memcpy(msg.b + msg.n, s, strlen(s));
    msg.n += strlen(s);
}
static void mbegin(uint8_t type)
{
    msg.n = 0;
    m32(0);
    m8(type);
    m16(1);  /* tag */
}

/* A parsed reply. */
typedef struct Reply {
    uint8_t *p;
    uint32_t len;      /* used.len */
    uint8_t type;
    size_t pos;
} Reply;

static uint32_t r32(Reply *r) { uint32_t v = get_le32(r->p + r->pos); r->pos += 4; return v; }
static uint64_t r64(Reply *r) { uint64_t v = get_le64(r->p + r->pos); r->pos += 8; return v; }
static uint16_t r16(Reply *r) { uint16_t v = get_le16(r->p + r->pos); r->pos += 2; return v; }
static uint8_t r8(Reply *r) { return r->p[r->pos++]; }
static void rstr(Reply *r, char *dst, size_t cap)
{
    uint16_t n = r16(r);
    size_t k = n < cap - 1 ? n : cap - 1;
    memcpy(dst, r->p + r->pos, k);
    dst[k] = '\0';
    r->pos += n;
}

/* Sends msg.b[0, len) as the readable part (split in two descriptors, as
 * Linux's zero-copy path does) with a writable part of resp_len bytes
 * (also split), and returns the reply. The size field is set from msg.n
 * unless keep_size. */
static Reply send_raw(Drv *d, size_t len, uint32_t resp_len, bool keep_size)
{
    if (!keep_size) {
        put_le32(msg.b, (uint32_t)msg.n);
    }
    memcpy(vd_host(d, RAM_BASE + REQ), msg.b, len);
    memset(vd_host(d, RAM_BASE + RESP), 0xcc, resp_len);
    uint8_t *table = vd_host(d, vd_ring(0));
    uint32_t first = len > 13 ? 13 : (uint32_t)len;
    int n = 0;
    vd_put_desc(table + 16 * n, RAM_BASE + REQ, first, VIRTQ_DESC_F_NEXT, (uint16_t)(n + 1));
    n++;
    if (len > first) {
        vd_put_desc(table + 16 * n, RAM_BASE + REQ + first, (uint32_t)(len - first),
                 VIRTQ_DESC_F_NEXT, (uint16_t)(n + 1));
        n++;
    }
    uint32_t rfirst = resp_len > 11 ? 11 : resp_len;
    vd_put_desc(table + 16 * n, RAM_BASE + RESP, rfirst,
             VIRTQ_DESC_F_WRITE | (resp_len > rfirst ? VIRTQ_DESC_F_NEXT : 0), (uint16_t)(n + 1));
    n++;
    if (resp_len > rfirst) {
        vd_put_desc(table + 16 * n, RAM_BASE + RESP + rfirst, resp_len - rfirst, VIRTQ_DESC_F_WRITE,
                 0);
    }
    vd_make_avail(d, 0, 0, true);
    Reply r = { .p = vd_host(d, RAM_BASE + RESP), .pos = 7 };
    uint32_t id;
    if (!vd_get_used(d, 0, &id, &r.len)) {
        r.type = 0;
        return r;
    }
    r.type = r.p[4];
    return r;
}

static Reply send(Drv *d)
{
    return send_raw(d, msg.n, MSIZE, false);
}

/* The Linux errno of an Rlerror reply, or -1 for any other reply. */
static int lerror(Reply r)
{
    return r.type == RLERROR && r.len == 11 ? (int)get_le32(r.p + 7) : -1;
}

/* --- message helpers --------------------------------------------------- */

static Reply t_version(Drv *d, uint32_t msize, const char *v)
{
    mbegin(TVERSION);
    put_le16(msg.b + 5, 0xffff);
    m32(msize);
    mstr(v);
    return send(d);
}

static Reply t_attach(Drv *d, uint32_t fid)
{
    mbegin(TATTACH);
    m32(fid);
    m32(~0u);
    mstr("root");
    mstr("");
    m32(0);
    return send(d);
}

/* Walks fid to newfid through the n names (a NULL-terminated list). */
static Reply t_walk(Drv *d, uint32_t fid, uint32_t newfid, const char *const *names)
{
    mbegin(TWALK);
    m32(fid);
    m32(newfid);
    size_t at = msg.n;
    m16(0);
    uint16_t n = 0;
    for (; names[n]; n++) {
        mstr(names[n]);
    }
    put_le16(msg.b + at, n);
    return send(d);
}

static Reply t_fid(Drv *d, uint8_t type, uint32_t fid)
{
    mbegin(type);
    m32(fid);
    return send(d);
}

static Reply t_lopen(Drv *d, uint32_t fid, uint32_t flags)
{
    mbegin(TLOPEN);
    m32(fid);
    m32(flags);
    return send(d);
}

static Reply t_lcreate(Drv *d, uint32_t fid, const char *name, uint32_t flags, uint32_t mode)
{
    mbegin(TLCREATE);
    m32(fid);
    mstr(name);
    m32(flags);
    m32(mode);
    m32(0);
    return send(d);
}

static Reply t_write(Drv *d, uint32_t fid, uint64_t off, const void *data, uint32_t n)
{
    mbegin(TWRITE);
    m32(fid);
    m64(off);
    m32(n);
    memcpy(msg.b + msg.n, data, n);
    msg.n += n;
    return send(d);
}

static Reply t_read(Drv *d, uint32_t fid, uint64_t off, uint32_t count)
{
    mbegin(TREAD);
    m32(fid);
    m64(off);
    m32(count);
    return send(d);
}

static Reply t_dir_name(Drv *d, uint8_t type, uint32_t dfid, const char *name, uint32_t mode)
{
    mbegin(type);
    m32(dfid);
    mstr(name);
    if (type == TMKDIR) {
        m32(mode);
        m32(0);
    } else if (type == TUNLINKAT) {
        m32(mode);  /* flags */
    }
    return send(d);
}

static Reply t_symlink(Drv *d, uint32_t dfid, const char *name, const char *target)
{
    mbegin(TSYMLINK);
    m32(dfid);
    mstr(name);
    mstr(target);
    m32(0);
    return send(d);
}

static Reply t_setattr(Drv *d, uint32_t fid, uint32_t valid, uint32_t mode, uint64_t size,
                       uint64_t mtime)
{
    mbegin(TSETATTR);
    m32(fid);
    m32(valid);
    m32(mode);
    m32(0);
    m32(0);
    m64(size);
    m64(0);
    m64(0);
    m64(mtime);
    m64(0);
    return send(d);
}

/* Walks from fid 0 (the root) to newfid. */
static Reply walk1(Drv *d, uint32_t newfid, const char *name)
{
    const char *names[] = { name, NULL };
    return t_walk(d, 0, newfid, names);
}

/* --- host side ----------------------------------------------------------- */

static char dir[64];

static char *hpath(const char *name)
{
    static char buf[4][256];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof(buf[i]), "%s/%s", dir, name);
    return buf[i];
}

static void host_write(const char *name, const char *text)
{
    int fd = open(hpath(name), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text)) {
        perror("host_write");
        exit(2);
    }
    close(fd);
}

static bool host_has(const char *path, const char *text)
{
    char buf[256] = { 0 };
    int fd = open(path, O_RDONLY);
    ssize_t n = fd >= 0 ? read(fd, buf, sizeof(buf) - 1) : -1;
    if (fd >= 0) {
        close(fd);
    }
    return n == (ssize_t)strlen(text) && memcmp(buf, text, (size_t)n) == 0;
}

static bool exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

/* --- tests --------------------------------------------------------------- */

static void test_config(Drv *d)
{
    CHECK(vd_rd(d, R_DEVICE_ID) == 9);
    vd_wr(d, R_DEV_FEAT_SEL, 0);
    CHECK(vd_rd(d, R_DEV_FEAT) & 1);  /* MOUNT_TAG */
    CHECK(virtio_mmio_ops.read(d->t, R_CONFIG, 2) == 5);
    char tag[6] = { 0 };
    for (int i = 0; i < 5; i++) {
        tag[i] = (char)virtio_mmio_ops.read(d->t, R_CONFIG + 2 + (uint64_t)i, 1);
    }
    CHECK(strcmp(tag, "host0") == 0);
}

static void test_session(Drv *d)
{
    char v[32];
    Reply r = t_version(d, 1u << 30, "9P2000.L");
    CHECK(r.type == TVERSION + 1);
    uint32_t msize = r32(&r);
    rstr(&r, v, sizeof(v));
    CHECK(msize == P9_MSIZE_MAX && strcmp(v, "9P2000.L") == 0);
    r = t_version(d, MSIZE, "9P2000.u");
    r32(&r);
    rstr(&r, v, sizeof(v));
    CHECK(r.type == TVERSION + 1 && strcmp(v, "unknown") == 0);
    r = t_version(d, MSIZE, "9P2000.L");
    CHECK(r.type == TVERSION + 1 && r32(&r) == MSIZE);
    CHECK(r.len == get_le32(r.p));
    r = t_attach(d, 0);
    CHECK(r.type == TATTACH + 1 && r.p[7] == 0x80);  /* qid type: directory */
    CHECK(lerror(t_attach(d, 0)) == L_EBADF);        /* fid in use */
}

static void test_create_write_read(Drv *d)
{
    const char *none[] = { NULL };
    CHECK(t_walk(d, 0, 1, none).type == TWALK + 1);  /* clone the root */
    Reply r = t_lcreate(d, 1, "hello.txt", O_RDWR_L | O_CREAT_L, 0644);
    CHECK(r.type == TLCREATE + 1 && r.p[7] == 0);
    r = t_write(d, 1, 0, "hello 9p", 8);
    CHECK(r.type == TWRITE + 1 && r32(&r) == 8);
    CHECK(host_has(hpath("hello.txt"), "hello 9p"));
    r = t_write(d, 1, 6, "P9!", 3);
    CHECK(r.type == TWRITE + 1 && host_has(hpath("hello.txt"), "hello P9!"));
    CHECK(t_fid(d, TCLUNK, 1).type == TCLUNK + 1);
    CHECK(lerror(t_fid(d, TCLUNK, 1)) == L_EBADF);

    host_write("fromhost.txt", "bytes from the host");
    CHECK(walk1(d, 2, "fromhost.txt").type == TWALK + 1);
    CHECK(lerror(t_read(d, 2, 0, 100)) == L_EBADF);  /* not opened yet */
    CHECK(t_lopen(d, 2, O_RDONLY_L).type == TLOPEN + 1);
    r = t_read(d, 2, 6, 100);
    CHECK(r.type == TREAD + 1 && r32(&r) == 13 && memcmp(r.p + 11, "from the host", 13) == 0);
    r = t_read(d, 2, 1000, 100);
    CHECK(r.type == TREAD + 1 && r32(&r) == 0);  /* end of file */
    CHECK(lerror(t_write(d, 2, 0, "x", 1)) == L_EBADF);  /* opened read-only */
    t_fid(d, TCLUNK, 2);
}

static void test_getattr_setattr(Drv *d)
{
    CHECK(walk1(d, 3, "hello.txt").type == TWALK + 1);
    mbegin(TGETATTR);
    m32(3);
    m64(0x7ff);
    Reply r = send(d);
    struct stat st;
    CHECK(stat(hpath("hello.txt"), &st) == 0);
    CHECK(r.type == TGETATTR + 1 && r64(&r) == 0x7ff);
    r.pos += 13;
    CHECK(r32(&r) == (S_IFREG | 0644));
    r32(&r);
    r32(&r);
    CHECK(r64(&r) == 1);               /* nlink */
    r64(&r);
    CHECK(r64(&r) == 9);               /* size */
    r.pos += 16;
    r64(&r);
    r64(&r);
    CHECK(r64(&r) == (uint64_t)st.st_mtim.tv_sec);

    CHECK(t_setattr(d, 3, 1, 0600, 0, 0).type == TSETATTR + 1);             /* MODE */
    CHECK(t_setattr(d, 3, 8, 0, 5, 0).type == TSETATTR + 1);                /* SIZE */
    CHECK(t_setattr(d, 3, 32 | 256, 0, 0, 1000000000).type == TSETATTR + 1); /* MTIME_SET */
    CHECK(stat(hpath("hello.txt"), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600 && st.st_size == 5 && st.st_mtim.tv_sec == 1000000000);
    CHECK(host_has(hpath("hello.txt"), "hello"));
    t_fid(d, TCLUNK, 3);
}

/* Lists directory fid in chunks of count bytes, resuming at the last
 * entry's offset; returns how many entries were seen and checks names. */
static int list_dir(Drv *d, uint32_t fid, uint32_t count, bool *seen, int nseen)
{
    uint64_t off = 0;
    int total = 0;
    for (int round = 0; round < 100; round++) {
        mbegin(TREADDIR);
        m32(fid);
        m64(off);
        m32(count);
        Reply r = send(d);
        if (r.type != TREADDIR + 1) {
            return -1;
        }
        uint32_t n = r32(&r);
        if (n == 0) {
            return total;
        }
        size_t end = r.pos + n;
        while (r.pos < end) {
            char name[256];
            r.pos += 13;
            off = r64(&r);
            r8(&r);
            rstr(&r, name, sizeof(name));
            int i;
            if (sscanf(name, "f%d", &i) == 1 && i >= 0 && i < nseen) {
                CHECK(!seen[i]);  /* never listed twice */
                seen[i] = true;
            }
            total++;
        }
    }
    return -1;
}

static void test_readdir(Drv *d)
{
    enum { N = 40 };
    bool seen[N] = { false };
    CHECK(t_dir_name(d, TMKDIR, 0, "list", 0755).type == TMKDIR + 1);
    for (int i = 0; i < N; i++) {
        char name[32];
        snprintf(name, sizeof(name), "list/f%d", i);
        host_write(name, "x");
    }
    CHECK(walk1(d, 4, "list").type == TWALK + 1);
    CHECK(t_lopen(d, 4, O_RDONLY_L | O_DIRECTORY_L).type == TLOPEN + 1);
    int n = list_dir(d, 4, 200, seen, N);  /* a few entries per call */
    CHECK(n == N + 2);                     /* with . and .. */
    int all = 0;
    for (int i = 0; i < N; i++) {
        all += seen[i];
    }
    CHECK(all == N);
    t_fid(d, TCLUNK, 4);
}

static void test_namespace_ops(Drv *d)
{
    CHECK(t_dir_name(d, TMKDIR, 0, "sub", 0755).type == TMKDIR + 1);
    struct stat st;
    CHECK(stat(hpath("sub"), &st) == 0 && S_ISDIR(st.st_mode));
    CHECK(walk1(d, 5, "sub").type == TWALK + 1);

    mbegin(TRENAMEAT);
    m32(0);
    mstr("hello.txt");
    m32(5);
    mstr("moved.txt");
    CHECK(send(d).type == TRENAMEAT + 1);
    CHECK(!exists(hpath("hello.txt")) && host_has(hpath("sub/moved.txt"), "hello"));

    host_write("old.txt", "old");
    CHECK(walk1(d, 6, "old.txt").type == TWALK + 1);
    mbegin(TRENAME);
    m32(6);
    m32(0);
    mstr("new.txt");
    CHECK(send(d).type == TRENAME + 1);
    CHECK(!exists(hpath("old.txt")) && host_has(hpath("new.txt"), "old"));

    mbegin(TLINK);
    m32(0);
    m32(6);
    mstr("hard.txt");
    CHECK(send(d).type == TLINK + 1);
    CHECK(stat(hpath("new.txt"), &st) == 0 && st.st_nlink == 2);

    Reply r = t_symlink(d, 0, "lnk", "new.txt");
    CHECK(r.type == TSYMLINK + 1 && r.p[7] == 0x02);
    char buf[64] = { 0 };
    CHECK(readlink(hpath("lnk"), buf, sizeof(buf)) == 7 && strcmp(buf, "new.txt") == 0);
    CHECK(walk1(d, 7, "lnk").type == TWALK + 1);
    r = t_fid(d, TREADLINK, 7);
    rstr(&r, buf, sizeof(buf));
    CHECK(r.type == TREADLINK + 1 && strcmp(buf, "new.txt") == 0);
    t_fid(d, TCLUNK, 7);

    mbegin(TMKNOD);
    m32(0);
    mstr("fifo");
    m32(S_IFIFO | 0644);
    m32(0);
    m32(0);
    m32(0);
    CHECK(send(d).type == TMKNOD + 1);
    CHECK(lstat(hpath("fifo"), &st) == 0 && S_ISFIFO(st.st_mode));
    mbegin(TMKNOD);
    m32(0);
    mstr("null");
    m32(S_IFCHR | 0666);
    m32(1);
    m32(3);
    m32(0);
    CHECK(lerror(send(d)) == L_EPERM);  /* no host device nodes */
    CHECK(!exists(hpath("null")));

    CHECK(t_dir_name(d, TUNLINKAT, 0, "hard.txt", 0).type == TUNLINKAT + 1);
    CHECK(!exists(hpath("hard.txt")));
    CHECK(lerror(t_dir_name(d, TUNLINKAT, 0, "sub", 0)) > 0);  /* a dir without REMOVEDIR */
    CHECK(t_dir_name(d, TUNLINKAT, 5, "moved.txt", 0).type == TUNLINKAT + 1);
    CHECK(t_dir_name(d, TUNLINKAT, 0, "sub", 0x200).type == TUNLINKAT + 1);
    CHECK(!exists(hpath("sub")));
    t_fid(d, TCLUNK, 5);

    CHECK(t_fid(d, TREMOVE, 6).type == TREMOVE + 1);  /* new.txt, and clunks fid 6 */
    CHECK(!exists(hpath("new.txt")));
    CHECK(lerror(t_fid(d, TCLUNK, 6)) == L_EBADF);
}

static void test_misc_ops(Drv *d)
{
    Reply r = t_fid(d, TSTATFS, 0);
    CHECK(r.type == TSTATFS + 1 && r.len == 7 + 60);
    CHECK(walk1(d, 8, "fromhost.txt").type == TWALK + 1);
    CHECK(t_lopen(d, 8, O_RDWR_L).type == TLOPEN + 1);
    mbegin(TFSYNC);
    m32(8);
    m32(0);
    CHECK(send(d).type == TFSYNC + 1);
    mbegin(TLOCK);
    m32(8);
    m8(1);      /* F_WRLCK */
    m32(0);
    m64(0);
    m64(0);
    m32(42);
    mstr("guest");
    r = send(d);
    CHECK(r.type == TLOCK + 1 && r8(&r) == 0);
    mbegin(TGETLOCK);
    m32(8);
    m8(1);
    m64(0);
    m64(10);
    m32(42);
    mstr("guest");
    r = send(d);
    CHECK(r.type == TGETLOCK + 1 && r8(&r) == 2);  /* F_UNLCK */
    mbegin(TXATTRWALK);
    m32(8);
    m32(9);
    mstr("security.selinux");
    CHECK(lerror(send(d)) == L_ENODATA);
    mbegin(TFLUSH);
    m16(1);
    CHECK(send(d).type == TFLUSH + 1);
    mbegin(TAUTH);
    m32(1);
    mstr("u");
    mstr("");
    CHECK(lerror(send(d)) == L_EOPNOTSUPP);
    t_fid(d, TCLUNK, 8);
}

static void test_escapes(Drv *d)
{
    const char *dotdot[] = { "..", NULL };
    const char *dot[] = { ".", NULL };
    const char *slash[] = { "a/b", NULL };
    CHECK(lerror(t_walk(d, 0, 10, dotdot)) == L_EINVAL);
    CHECK(lerror(t_walk(d, 0, 10, dot)) == L_EINVAL);
    CHECK(lerror(t_walk(d, 0, 10, slash)) == L_EINVAL);
    CHECK(lerror(t_lcreate(d, 0, "../escape", O_RDWR_L, 0644)) == L_EINVAL);

    /* A partial walk answers the qids it got and creates no newfid. */
    CHECK(t_dir_name(d, TMKDIR, 0, "d", 0755).type == TMKDIR + 1);
    const char *d_up[] = { "d", "..", "..", NULL };
    Reply r = t_walk(d, 0, 10, d_up);
    CHECK(r.type == TWALK + 1 && r16(&r) == 1);
    CHECK(lerror(t_fid(d, TCLUNK, 10)) == L_EBADF);

    /* A symlink planted on the host is only ever a link. */
    CHECK(symlink("/etc", hpath("etc_link")) == 0);
    const char *through[] = { "etc_link", "passwd", NULL };
    r = t_walk(d, 0, 10, through);
    CHECK(r.type == TWALK + 1 && r16(&r) == 1 && r.p[9] == 0x02);
    CHECK(walk1(d, 10, "etc_link").type == TWALK + 1);
    CHECK(lerror(t_lopen(d, 10, O_RDONLY_L)) == L_ELOOP);
    CHECK(lerror(t_lcreate(d, 10, "planted", O_RDWR_L, 0644)) == L_ENOTDIR);
    CHECK(!exists("/etc/planted"));
    r = t_fid(d, TREADLINK, 10);
    char buf[64];
    rstr(&r, buf, sizeof(buf));
    CHECK(strcmp(buf, "/etc") == 0);
    t_fid(d, TCLUNK, 10);

    /* A link to a host file outside: chmod/truncate/utimes stay off it. */
    char outside[96];
    snprintf(outside, sizeof(outside), "%s.outside", dir);
    int fd = open(outside, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0 && write(fd, "secret", 6) == 6);
    close(fd);
    CHECK(symlink(outside, hpath("out_link")) == 0);
    CHECK(walk1(d, 11, "out_link").type == TWALK + 1);
    CHECK(lerror(t_lopen(d, 11, O_RDWR_L)) == L_ELOOP);
    CHECK(lerror(t_setattr(d, 11, 1, 0777, 0, 0)) > 0);
    CHECK(lerror(t_setattr(d, 11, 8, 0, 0, 0)) == L_EINVAL);
    t_setattr(d, 11, 32 | 256, 0, 0, 12345);
    struct stat st;
    CHECK(stat(outside, &st) == 0 && (st.st_mode & 0777) == 0644 && st.st_size == 6 &&
          st.st_mtim.tv_sec != 12345);
    mbegin(TLINK);  /* a hard link to the link, not to its target */
    m32(0);
    m32(11);
    mstr("hard_to_link");
    CHECK(send(d).type == TLINK + 1);
    CHECK(lstat(hpath("hard_to_link"), &st) == 0 && S_ISLNK(st.st_mode));
    t_fid(d, TCLUNK, 11);
    CHECK(host_has(outside, "secret"));
    unlink(outside);

    /* A symlink the guest makes to / resolves nowhere on the host. */
    CHECK(t_symlink(d, 0, "root_link", "/").type == TSYMLINK + 1);
    const char *via[] = { "root_link", "tmp", NULL };
    r = t_walk(d, 0, 12, via);
    CHECK(r.type == TWALK + 1 && r16(&r) == 1);
    CHECK(walk1(d, 12, "root_link").type == TWALK + 1);
    CHECK(lerror(t_dir_name(d, TMKDIR, 12, "rvbox_9p_escape", 0755)) == L_ENOTDIR);
    CHECK(!exists("/rvbox_9p_escape"));
    CHECK(lerror(t_lopen(d, 12, O_RDONLY_L | O_DIRECTORY_L)) == L_ELOOP);
    t_fid(d, TCLUNK, 12);
}

static void test_malformed(Drv *d)
{
    mbegin(TGETATTR);
    m32(0);
    m64(0x7ff);
    Reply r = send_raw(d, 5, MSIZE, false);  /* shorter than a header */
    CHECK(lerror(r) == L_EINVAL && get_le16(r.p + 5) == 0xffff);
    r = send_raw(d, 9, MSIZE, false);        /* size field says 19, 9 sent */
    CHECK(lerror(r) == L_EINVAL);
    mbegin(TGETATTR);
    m32(0);                                  /* request_mask missing */
    CHECK(lerror(send(d)) == L_EINVAL);

    mbegin(TGETATTR);
    m32(999);
    m64(0x7ff);
    CHECK(lerror(send(d)) == L_EBADF);       /* unknown fid */

    mbegin(TWALK);
    m32(0);
    m32(20);
    m16(1);
    m16(1000);                               /* string runs past the end */
    memcpy(msg.b + msg.n, "abc", 3);
    msg.n += 3;
    CHECK(lerror(send(d)) == L_EINVAL);
    mbegin(TWALK);
    m32(0);
    m32(20);
    m16(17);                                 /* more names than 9P allows */
    CHECK(lerror(send(d)) == L_EINVAL);
    const char *none[] = { NULL };
    CHECK(t_walk(d, 0, 21, none).type == TWALK + 1);
    CHECK(lerror(t_walk(d, 0, 21, none)) == L_EBADF);  /* newfid in use */
    t_fid(d, TCLUNK, 21);

    CHECK(walk1(d, 22, "fromhost.txt").type == TWALK + 1);
    CHECK(t_lopen(d, 22, O_RDONLY_L).type == TLOPEN + 1);
    CHECK(lerror(t_lopen(d, 22, O_RDONLY_L)) == L_EBADF);  /* opened twice */
    r = t_read(d, 22, 0, 0xffffffffu);       /* huge count: clamped */
    CHECK(r.type == TREAD + 1 && r32(&r) == 19 && r.len == 11 + 19);
    r = send_raw(d, msg.n, 11, false);       /* room for an Rlerror only */
    CHECK(r.len == 11);
    mbegin(TWRITE);
    m32(22);
    m64(0);
    m32(100);                                /* count larger than the data */
    m32(0);
    CHECK(lerror(send(d)) == L_EINVAL);
    t_fid(d, TCLUNK, 22);

    mbegin(TMKDIR);
    m32(0);
    m16(3);
    memcpy(msg.b + msg.n, "a\0b", 3);        /* an embedded NUL */
    msg.n += 3;
    m32(0755);
    m32(0);
    CHECK(lerror(send(d)) == L_EINVAL && !exists(hpath("a")));

    mbegin(200);
    CHECK(lerror(send(d)) == L_EOPNOTSUPP);
    mbegin(TGETATTR);
    m32(0);
    m64(0x7ff);
    CHECK(send(d).type == TGETATTR + 1);     /* still serving */
}

static void test_read_only(GuestRam *ram)
{
    char err[256];
    FsBackend *fs = fs_local_open(dir, true, err, sizeof(err));
    CHECK(fs != NULL);
    if (!fs) {
        return;
    }
    Drv d;
    vd_attach(&d, virtio_9p_create(ram, fs, "ro"), ram, QSIZE, NULL);
    CHECK(d.t && init_device(&d));
    CHECK(t_version(&d, MSIZE, "9P2000.L").type == TVERSION + 1);
    CHECK(t_attach(&d, 0).type == TATTACH + 1);
    const char *none[] = { NULL };
    t_walk(&d, 0, 1, none);
    CHECK(lerror(t_lcreate(&d, 1, "nope", O_RDWR_L | O_CREAT_L, 0644)) == L_EROFS);
    CHECK(lerror(t_dir_name(&d, TMKDIR, 0, "nope", 0755)) == L_EROFS);
    CHECK(lerror(t_dir_name(&d, TUNLINKAT, 0, "fromhost.txt", 0)) == L_EROFS);
    CHECK(lerror(t_symlink(&d, 0, "nope", "x")) == L_EROFS);
    CHECK(walk1(&d, 2, "fromhost.txt").type == TWALK + 1);
    CHECK(lerror(t_lopen(&d, 2, O_WRONLY_L)) == L_EROFS);
    CHECK(lerror(t_setattr(&d, 2, 8, 0, 0, 0)) == L_EROFS);
    CHECK(t_lopen(&d, 2, O_RDONLY_L).type == TLOPEN + 1);
    Reply r = t_read(&d, 2, 0, 5);
    CHECK(r.type == TREAD + 1 && r32(&r) == 5 && memcmp(r.p + 11, "bytes", 5) == 0);
    CHECK(!exists(hpath("nope")) && host_has(hpath("fromhost.txt"), "bytes from the host"));
    vd_detach(&d);
    fs->close(fs);
}

static void test_open_errors(void)
{
    char err[256] = "";
    CHECK(fs_local_open("/nonexistent/rvbox-9p", false, err, sizeof(err)) == NULL);
    CHECK(strcmp(err, "/nonexistent/rvbox-9p: not a directory") == 0);
    CHECK(fs_local_open("/etc/hostname", false, err, sizeof(err)) == NULL);
    CHECK(strcmp(err, "/etc/hostname: not a directory") == 0);
}

/* Share n of cfg: an fs backend with path and readonly, and the
 * virtio-9p-device exporting it under tag. */
static bool share_is(MachineConfig *cfg, int n, const char *path, const char *tag, bool ro)
{
    for (int i = 0; i < cfg->ndevices; i++) {
        const DeviceConfig *d = &cfg->devices[i];
        if (strcmp(d->driver, "virtio-9p-device") != 0 || n-- > 0) {
            continue;
        }
        BackendConfig *b = config_find_backend(cfg, BACKEND_FS, opts_get(&d->opts, "fsdev"));
        const char *r = b ? opts_get(&b->opts, "readonly") : NULL;
        return b && !strcmp(opts_get(&b->opts, "path"), path) &&
               !strcmp(opts_get(&d->opts, "mount_tag"), tag) &&
               (r && !strcmp(r, "on")) == ro;
    }
    return false;
}

/* -virtfs and fs0 reach MachineConfig as QEMU and TinyEMU users write them. */
static void test_config_parse(void)
{
    MachineConfig cfg;
    char err[256];
    bool help;
    char *argv[] = { "rvbox", "-kernel", "k", "-virtfs",
                     "local,path=/srv/share,mount_tag=host0,security_model=mapped-xattr",
                     "-virtfs", "local,path=/srv/ro,mount_tag=ro,readonly=on", NULL };
    CHECK(config_parse_args(&cfg, 7, argv, &help, err, sizeof(err)) == 0);
    CHECK(cfg.nfs == 2 && share_is(&cfg, 0, "/srv/share", "host0", false) &&
          share_is(&cfg, 1, "/srv/ro", "ro", true));
    config_free(&cfg);

    char *no_tag[] = { "rvbox", "-kernel", "k", "-virtfs", "local,path=/srv", NULL };
    CHECK(config_parse_args(&cfg, 5, no_tag, &help, err, sizeof(err)) == -1);
    CHECK(strcmp(err, "-virtfs: missing mount_tag=TAG") == 0);

    char file[128];
    snprintf(file, sizeof(file), "%s/vm.cfg", dir);
    FILE *f = fopen(file, "w");
    if (f) {
        fputs("{ kernel: \"k\", fs0: { file: \"share\", tag: \"t0\", readonly: true },\n"
              "  fs1: { path: \"/abs\" } }\n", f);
        fclose(f);
    }
    char *argv2[] = { "rvbox", file, NULL };
    CHECK(config_parse_args(&cfg, 2, argv2, &help, err, sizeof(err)) == 0);
    char want[128];
    snprintf(want, sizeof(want), "%s/share", dir);
    CHECK(cfg.nfs == 2 && share_is(&cfg, 0, want, "t0", true));
    CHECK(cfg.nfs == 2 && share_is(&cfg, 1, "/abs", "/dev/root", false)); /* TinyEMU's tag */
    config_free(&cfg);
    unlink(file);
}

/* Open host fds: every fid the server held must be closed with it. */
static int count_fds(void)
{
    int n = 0;
    for (int fd = 0; fd < 4096; fd++) {
        n += fcntl(fd, F_GETFD) >= 0;
    }
    return n;
}

static void remove_tree(void)
{
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    if (system(cmd) != 0) {
        fprintf(stderr, "cannot remove %s\n", dir);
    }
}

int main(void)
{
    snprintf(dir, sizeof(dir), "/tmp/rvbox-test-9p-XXXXXX");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }
    umask(022);
    GuestRam ram = vd_ram(RAM_SIZE);
    int fds_before = count_fds();
    char err[256];
    FsBackend *fs = fs_local_open(dir, false, err, sizeof(err));
    Drv d;
    vd_attach(&d, fs ? virtio_9p_create(&ram, fs, "host0") : NULL, &ram, QSIZE, NULL);
    CHECK(d.t != NULL);
    if (d.t) {
        CHECK(init_device(&d));
        test_config(&d);
        test_session(&d);
        test_create_write_read(&d);
        test_getattr_setattr(&d);
        test_readdir(&d);
        test_namespace_ops(&d);
        test_misc_ops(&d);
        test_escapes(&d);
        test_malformed(&d);
        vd_detach(&d);
    }
    if (fs) {
        fs->close(fs);
    }
    test_read_only(&ram);
    CHECK(count_fds() == fds_before);  /* no host fd outlives the device */
    test_open_errors();
    test_config_parse();
    remove_tree();
    free(ram.host);
    return t_summary("test_9p");
}
