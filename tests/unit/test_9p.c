/* virtio-9p, the 9P2000.L server and the host-directory backend, driven
 * from the host side as Linux's 9p client would: registers through
 * virtio_mmio_ops, hand-built T-messages in a fake guest RAM, replies
 * parsed from it, and every effect checked in a real temporary directory.
 * Includes escape attempts and malformed messages. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "devices/host/fs_local.h"
#include "devices/virtio/p9_server.h"
#include "devices/virtio/virtio_9p.h"
#include "machine/config.h"
#include "tests/unit/p9msg.h"
#include "tests/unit/testlib.h"

enum {
    RAM_BASE = 0x80000000u, RAM_SIZE = 4 << 20, QSIZE = 16,
    REQ = 0x10000, RESP = 0x100000, MSIZE = 65536,
};

/* virtio-9p behind virtio-mmio, and the way to its server through
 * queue 0. */
typedef struct Drv {
    VDrv vd;
    P9Conn c;
} Drv;

static bool init_device(Drv *d) { return vd_init(&d->vd, 1, 0); }

/* Sends msg.b[0, len) as the readable part (split in two descriptors, as
 * Linux's zero-copy path does) with a writable part of resp_len bytes
 * (also split), and returns the reply. The size field is set from msg.n
 * unless keep_size. */
static Reply send_raw(Drv *d, size_t len, uint32_t resp_len, bool keep_size)
{
    VDrv *v = &d->vd;
    if (!keep_size) {
        put_le32(msg.b, (uint32_t)msg.n);
    }
    memcpy(vd_host(v, RAM_BASE + REQ), msg.b, len);
    memset(vd_host(v, RAM_BASE + RESP), 0xcc, resp_len);
    uint8_t *table = vd_host(v, vd_ring(0));
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
                VIRTQ_DESC_F_WRITE | (resp_len > rfirst ? VIRTQ_DESC_F_NEXT : 0),
                (uint16_t)(n + 1));
    n++;
    if (resp_len > rfirst) {
        vd_put_desc(table + 16 * n, RAM_BASE + RESP + rfirst, resp_len - rfirst,
                    VIRTQ_DESC_F_WRITE, 0);
    }
    vd_make_avail(v, 0, 0, true);
    vd_settle(v);
    uint32_t id, len_used;
    if (!vd_get_used(v, 0, &id, &len_used)) {
        return (Reply){ .p = vd_host(v, RAM_BASE + RESP), .pos = 7 };
    }
    return reply_at(vd_host(v, RAM_BASE + RESP), len_used);
}

/* The transport of d->c: one request chain through queue 0. */
static Reply vq_send(P9Conn *c)
{
    Drv *d = (Drv *)((char *)c - offsetof(Drv, c));
    return send_raw(d, msg.n, MSIZE, true);
}

static void drv_attach(Drv *d, VirtioDevice *v, GuestRam *ram)
{
    vd_attach(&d->vd, v, ram, QSIZE, NULL);
    d->c.send = vq_send;
}

/* Walks from fid 0 (the root) to newfid. */
static Reply walk1(P9Conn *c, uint32_t newfid, const char *name)
{
    const char *names[] = { name, NULL };
    return t_walk(c, 0, newfid, names);
}

/* --- tests --------------------------------------------------------------- */

static void test_config(Drv *d)
{
    CHECK(vd_rd(&d->vd, R_DEVICE_ID) == 9);
    vd_wr(&d->vd, R_DEV_FEAT_SEL, 0);
    CHECK(vd_rd(&d->vd, R_DEV_FEAT) & 1);  /* MOUNT_TAG */
    CHECK(virtio_mmio_ops.read(d->vd.t, R_CONFIG, 2) == 5);
    char tag[6] = { 0 };
    for (int i = 0; i < 5; i++) {
        tag[i] = (char)virtio_mmio_ops.read(d->vd.t, R_CONFIG + 2 + (uint64_t)i, 1);
    }
    CHECK(strcmp(tag, "host0") == 0);
}

static void test_session(P9Conn *c)
{
    char v[32];
    Reply r = t_version(c, 1u << 30, "9P2000.L");
    CHECK(r.type == TVERSION + 1);
    uint32_t msize = r32(&r);
    rstr(&r, v, sizeof(v));
    CHECK(msize == P9_MSIZE_MAX && strcmp(v, "9P2000.L") == 0);
    r = t_version(c, MSIZE, "9P2000.u");
    r32(&r);
    rstr(&r, v, sizeof(v));
    CHECK(r.type == TVERSION + 1 && strcmp(v, "unknown") == 0);
    r = t_version(c, MSIZE, "9P2000.L");
    CHECK(r.type == TVERSION + 1 && r32(&r) == MSIZE);
    CHECK(r.len == get_le32(r.p));
    r = t_attach(c, 0, "root", 0);
    CHECK(r.type == TATTACH + 1 && r.p[7] == 0x80);  /* qid type: directory */
    CHECK(lerror(t_attach(c, 0, "root", 0)) == L_EBADF);        /* fid in use */
}

static void test_create_write_read(P9Conn *c)
{
    const char *none[] = { NULL };
    CHECK(t_walk(c, 0, 1, none).type == TWALK + 1);  /* clone the root */
    Reply r = t_lcreate(c, 1, "hello.txt", O_RDWR_L | O_CREAT_L, 0644);
    CHECK(r.type == TLCREATE + 1 && r.p[7] == 0);
    r = t_write(c, 1, 0, "hello 9p", 8);
    CHECK(r.type == TWRITE + 1 && r32(&r) == 8);
    CHECK(host_has(hpath("hello.txt"), "hello 9p"));
    r = t_write(c, 1, 6, "P9!", 3);
    CHECK(r.type == TWRITE + 1 && host_has(hpath("hello.txt"), "hello P9!"));
    CHECK(t_fid(c, TCLUNK, 1).type == TCLUNK + 1);
    CHECK(lerror(t_fid(c, TCLUNK, 1)) == L_EBADF);

    host_text("fromhost.txt", "bytes from the host");
    CHECK(walk1(c, 2, "fromhost.txt").type == TWALK + 1);
    CHECK(lerror(t_read(c, 2, 0, 100)) == L_EBADF);  /* not opened yet */
    CHECK(t_lopen(c, 2, O_RDONLY_L).type == TLOPEN + 1);
    r = t_read(c, 2, 6, 100);
    CHECK(r.type == TREAD + 1 && r32(&r) == 13 && memcmp(r.p + 11, "from the host", 13) == 0);
    r = t_read(c, 2, 1000, 100);
    CHECK(r.type == TREAD + 1 && r32(&r) == 0);  /* end of file */
    CHECK(lerror(t_write(c, 2, 0, "x", 1)) == L_EBADF);  /* opened read-only */
    t_fid(c, TCLUNK, 2);
}

static void test_getattr_setattr(P9Conn *c)
{
    CHECK(walk1(c, 3, "hello.txt").type == TWALK + 1);
    Reply r = t_fid(c, TGETATTR, 3);
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

    CHECK(t_setattr(c, 3, 1, 0600, 0, 0).type == TSETATTR + 1);             /* MODE */
    CHECK(t_setattr(c, 3, 8, 0, 5, 0).type == TSETATTR + 1);                /* SIZE */
    CHECK(t_setattr(c, 3, 32 | 256, 0, 0, 1000000000).type == TSETATTR + 1); /* MTIME_SET */
    CHECK(stat(hpath("hello.txt"), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600 && st.st_size == 5 && st.st_mtim.tv_sec == 1000000000);
    CHECK(host_has(hpath("hello.txt"), "hello"));
    t_fid(c, TCLUNK, 3);
}

/* Entries named f0 .. f39 of a listing: each seen once. */
static void mark_seen(const char *name, void *arg)
{
    bool *seen = arg;
    int i;
    if (sscanf(name, "f%d", &i) == 1 && i >= 0 && i < 40) {
        CHECK(!seen[i]);  /* never listed twice */
        seen[i] = true;
    }
}

static void test_readdir(P9Conn *c)
{
    enum { N = 40 };
    bool seen[N] = { false };
    CHECK(t_dir_name(c, TMKDIR, 0, "list", 0755).type == TMKDIR + 1);
    for (int i = 0; i < N; i++) {
        char name[32];
        snprintf(name, sizeof(name), "list/f%d", i);
        host_text(name, "x");
    }
    CHECK(walk1(c, 4, "list").type == TWALK + 1);
    CHECK(t_lopen(c, 4, O_RDONLY_L | O_DIRECTORY_L).type == TLOPEN + 1);
    int n = list_dir(c, 4, 200, mark_seen, seen);  /* a few entries per call */
    CHECK(n == N + 2);                     /* with . and .. */
    int all = 0;
    for (int i = 0; i < N; i++) {
        all += seen[i];
    }
    CHECK(all == N);
    t_fid(c, TCLUNK, 4);
}

static void test_namespace_ops(P9Conn *c)
{
    CHECK(t_dir_name(c, TMKDIR, 0, "sub", 0755).type == TMKDIR + 1);
    struct stat st;
    CHECK(stat(hpath("sub"), &st) == 0 && S_ISDIR(st.st_mode));
    CHECK(walk1(c, 5, "sub").type == TWALK + 1);

    CHECK(t_renameat(c, 0, "hello.txt", 5, "moved.txt").type == TRENAMEAT + 1);
    CHECK(!exists(hpath("hello.txt")) && host_has(hpath("sub/moved.txt"), "hello"));

    host_text("old.txt", "old");
    CHECK(walk1(c, 6, "old.txt").type == TWALK + 1);
    CHECK(t_rename(c, 6, 0, "new.txt").type == TRENAME + 1);
    CHECK(!exists(hpath("old.txt")) && host_has(hpath("new.txt"), "old"));

    CHECK(t_link(c, 0, 6, "hard.txt").type == TLINK + 1);
    CHECK(stat(hpath("new.txt"), &st) == 0 && st.st_nlink == 2);

    Reply r = t_symlink(c, 0, "lnk", "new.txt");
    CHECK(r.type == TSYMLINK + 1 && r.p[7] == 0x02);
    char buf[64] = { 0 };
    CHECK(readlink(hpath("lnk"), buf, sizeof(buf)) == 7 && strcmp(buf, "new.txt") == 0);
    CHECK(walk1(c, 7, "lnk").type == TWALK + 1);
    r = t_fid(c, TREADLINK, 7);
    rstr(&r, buf, sizeof(buf));
    CHECK(r.type == TREADLINK + 1 && strcmp(buf, "new.txt") == 0);
    t_fid(c, TCLUNK, 7);

    mbegin(TMKNOD);
    m32(0);
    mstr("fifo");
    m32(S_IFIFO | 0644);
    m32(0);
    m32(0);
    m32(0);
    CHECK(send_msg(c).type == TMKNOD + 1);
    CHECK(lstat(hpath("fifo"), &st) == 0 && S_ISFIFO(st.st_mode));
    /* Creating over the FIFO must not wait for a reader or a writer (it
     * once blocked the whole emulator): refused at once, for reading and
     * for writing. A hang here ends the test by SIGALRM. */
    const char *none[] = { NULL };
    alarm(20);
    for (int mode = O_RDONLY_L; mode <= O_WRONLY_L; mode++) {
        t_walk(c, 0, 9, none);
        CHECK(lerror(t_lcreate(c, 9, "fifo", mode | O_CREAT_L, 0644)) == L_ENXIO);
        t_fid(c, TCLUNK, 9);
    }
    alarm(0);
    mbegin(TMKNOD);
    m32(0);
    mstr("null");
    m32(S_IFCHR | 0666);
    m32(1);
    m32(3);
    m32(0);
    CHECK(lerror(send_msg(c)) == L_EPERM);  /* no host device nodes */
    CHECK(!exists(hpath("null")));

    CHECK(t_dir_name(c, TUNLINKAT, 0, "hard.txt", 0).type == TUNLINKAT + 1);
    CHECK(!exists(hpath("hard.txt")));
    CHECK(lerror(t_dir_name(c, TUNLINKAT, 0, "sub", 0)) > 0);  /* a dir without REMOVEDIR */
    CHECK(t_dir_name(c, TUNLINKAT, 5, "moved.txt", 0).type == TUNLINKAT + 1);
    CHECK(t_dir_name(c, TUNLINKAT, 0, "sub", 0x200).type == TUNLINKAT + 1);
    CHECK(!exists(hpath("sub")));
    t_fid(c, TCLUNK, 5);

    CHECK(t_fid(c, TREMOVE, 6).type == TREMOVE + 1);  /* new.txt, and clunks fid 6 */
    CHECK(!exists(hpath("new.txt")));
    CHECK(lerror(t_fid(c, TCLUNK, 6)) == L_EBADF);
}

static void test_misc_ops(P9Conn *c)
{
    Reply r = t_fid(c, TSTATFS, 0);
    CHECK(r.type == TSTATFS + 1 && r.len == 7 + 60);
    CHECK(walk1(c, 8, "fromhost.txt").type == TWALK + 1);
    CHECK(t_lopen(c, 8, O_RDWR_L).type == TLOPEN + 1);
    mbegin(TFSYNC);
    m32(8);
    m32(0);
    CHECK(send_msg(c).type == TFSYNC + 1);
    mbegin(TLOCK);
    m32(8);
    m8(1);      /* F_WRLCK */
    m32(0);
    m64(0);
    m64(0);
    m32(42);
    mstr("guest");
    r = send_msg(c);
    CHECK(r.type == TLOCK + 1 && r8(&r) == 0);
    mbegin(TGETLOCK);
    m32(8);
    m8(1);
    m64(0);
    m64(10);
    m32(42);
    mstr("guest");
    r = send_msg(c);
    CHECK(r.type == TGETLOCK + 1 && r8(&r) == 2);  /* F_UNLCK */
    mbegin(TXATTRWALK);
    m32(8);
    m32(9);
    mstr("security.selinux");
    CHECK(lerror(send_msg(c)) == L_ENODATA);
    mbegin(TFLUSH);
    m16(1);
    CHECK(send_msg(c).type == TFLUSH + 1);
    mbegin(TAUTH);
    m32(1);
    mstr("u");
    mstr("");
    CHECK(lerror(send_msg(c)) == L_EOPNOTSUPP);
    t_fid(c, TCLUNK, 8);
}

static void test_escapes(P9Conn *c)
{
    const char *dotdot[] = { "..", NULL };
    const char *dot[] = { ".", NULL };
    const char *slash[] = { "a/b", NULL };
    CHECK(lerror(t_walk(c, 0, 10, dotdot)) == L_EINVAL);
    CHECK(lerror(t_walk(c, 0, 10, dot)) == L_EINVAL);
    CHECK(lerror(t_walk(c, 0, 10, slash)) == L_EINVAL);
    CHECK(lerror(t_lcreate(c, 0, "../escape", O_RDWR_L, 0644)) == L_EINVAL);

    /* A partial walk answers the qids it got and creates no newfid. */
    CHECK(t_dir_name(c, TMKDIR, 0, "d", 0755).type == TMKDIR + 1);
    const char *d_up[] = { "d", "..", "..", NULL };
    Reply r = t_walk(c, 0, 10, d_up);
    CHECK(r.type == TWALK + 1 && r16(&r) == 1);
    CHECK(lerror(t_fid(c, TCLUNK, 10)) == L_EBADF);

    /* A symlink planted on the host is only ever a link. */
    CHECK(symlink("/etc", hpath("etc_link")) == 0);
    const char *through[] = { "etc_link", "passwd", NULL };
    r = t_walk(c, 0, 10, through);
    CHECK(r.type == TWALK + 1 && r16(&r) == 1 && r.p[9] == 0x02);
    CHECK(walk1(c, 10, "etc_link").type == TWALK + 1);
    CHECK(lerror(t_lopen(c, 10, O_RDONLY_L)) == L_ELOOP);
    CHECK(lerror(t_lcreate(c, 10, "planted", O_RDWR_L, 0644)) == L_ENOTDIR);
    CHECK(!exists("/etc/planted"));
    r = t_fid(c, TREADLINK, 10);
    char buf[64];
    rstr(&r, buf, sizeof(buf));
    CHECK(strcmp(buf, "/etc") == 0);
    t_fid(c, TCLUNK, 10);

    /* A link to a host file outside: chmod/truncate/utimes stay off it. */
    char outside[96];
    snprintf(outside, sizeof(outside), "%s.outside", share_dir);
    int fd = open(outside, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0 && write(fd, "secret", 6) == 6);
    close(fd);
    CHECK(symlink(outside, hpath("out_link")) == 0);
    CHECK(walk1(c, 11, "out_link").type == TWALK + 1);
    CHECK(lerror(t_lopen(c, 11, O_RDWR_L)) == L_ELOOP);
    CHECK(lerror(t_setattr(c, 11, 1, 0777, 0, 0)) > 0);
    CHECK(lerror(t_setattr(c, 11, 8, 0, 0, 0)) == L_EINVAL);
    t_setattr(c, 11, 32 | 256, 0, 0, 12345);
    struct stat st;
    CHECK(stat(outside, &st) == 0 && (st.st_mode & 0777) == 0644 && st.st_size == 6 &&
          st.st_mtim.tv_sec != 12345);
    /* A hard link to the link, not to its target. */
    CHECK(t_link(c, 0, 11, "hard_to_link").type == TLINK + 1);
    CHECK(lstat(hpath("hard_to_link"), &st) == 0 && S_ISLNK(st.st_mode));
    t_fid(c, TCLUNK, 11);
    CHECK(host_has(outside, "secret"));
    unlink(outside);

    /* A symlink the guest makes to / resolves nowhere on the host. */
    CHECK(t_symlink(c, 0, "root_link", "/").type == TSYMLINK + 1);
    const char *via[] = { "root_link", "tmp", NULL };
    r = t_walk(c, 0, 12, via);
    CHECK(r.type == TWALK + 1 && r16(&r) == 1);
    CHECK(walk1(c, 12, "root_link").type == TWALK + 1);
    CHECK(lerror(t_dir_name(c, TMKDIR, 12, "rvbox_9p_escape", 0755)) == L_ENOTDIR);
    CHECK(!exists("/rvbox_9p_escape"));
    CHECK(lerror(t_lopen(c, 12, O_RDONLY_L | O_DIRECTORY_L)) == L_ELOOP);
    t_fid(c, TCLUNK, 12);
}

static void test_malformed(Drv *d)
{
    P9Conn *c = &d->c;
    mbegin(TGETATTR);
    m32(0);
    m64(0x7ff);
    Reply r = send_raw(d, 5, MSIZE, false);  /* shorter than a header */
    CHECK(lerror(r) == L_EINVAL && get_le16(r.p + 5) == 0xffff);
    r = send_raw(d, 9, MSIZE, false);        /* size field says 19, 9 sent */
    CHECK(lerror(r) == L_EINVAL);
    mbegin(TGETATTR);
    m32(0);                                  /* request_mask missing */
    CHECK(lerror(send_msg(c)) == L_EINVAL);

    mbegin(TGETATTR);
    m32(999);
    m64(0x7ff);
    CHECK(lerror(send_msg(c)) == L_EBADF);       /* unknown fid */

    mbegin(TWALK);
    m32(0);
    m32(20);
    m16(1);
    m16(1000);                               /* string runs past the end */
    mbytes("abc", 3);
    CHECK(lerror(send_msg(c)) == L_EINVAL);
    mbegin(TWALK);
    m32(0);
    m32(20);
    m16(17);                                 /* more names than 9P allows */
    CHECK(lerror(send_msg(c)) == L_EINVAL);
    const char *none[] = { NULL };
    CHECK(t_walk(c, 0, 21, none).type == TWALK + 1);
    CHECK(lerror(t_walk(c, 0, 21, none)) == L_EBADF);  /* newfid in use */
    t_fid(c, TCLUNK, 21);

    CHECK(walk1(c, 22, "fromhost.txt").type == TWALK + 1);
    CHECK(t_lopen(c, 22, O_RDONLY_L).type == TLOPEN + 1);
    CHECK(lerror(t_lopen(c, 22, O_RDONLY_L)) == L_EBADF);  /* opened twice */
    r = t_read(c, 22, 0, 0xffffffffu);       /* huge count: clamped */
    CHECK(r.type == TREAD + 1 && r32(&r) == 19 && r.len == 11 + 19);
    r = send_raw(d, msg.n, 11, false);       /* room for an Rlerror only */
    CHECK(r.len == 11);
    mbegin(TWRITE);
    m32(22);
    m64(0);
    m32(100);                                /* count larger than the data */
    m32(0);
    CHECK(lerror(send_msg(c)) == L_EINVAL);
    t_fid(c, TCLUNK, 22);

    mbegin(TMKDIR);
    m32(0);
    m16(3);
    mbytes("a\0b", 3);                       /* an embedded NUL */
    m32(0755);
    m32(0);
    CHECK(lerror(send_msg(c)) == L_EINVAL && !exists(hpath("a")));

    mbegin(200);
    CHECK(lerror(send_msg(c)) == L_EOPNOTSUPP);
    CHECK(t_fid(c, TGETATTR, 0).type == TGETATTR + 1);  /* still serving */
}

static void test_read_only(GuestRam *ram)
{
    char err[256];
    FsBackend *fs = fs_local_open(share_dir, true, err, sizeof(err));
    CHECK(fs != NULL);
    if (!fs) {
        return;
    }
    Drv d;
    drv_attach(&d, virtio_9p_create(ram, fs, "ro"), ram);
    CHECK(d.vd.t && init_device(&d));
    CHECK(t_version(&d.c, MSIZE, "9P2000.L").type == TVERSION + 1);
    CHECK(t_attach(&d.c, 0, "root", 0).type == TATTACH + 1);
    const char *none[] = { NULL };
    t_walk(&d.c, 0, 1, none);
    CHECK(lerror(t_lcreate(&d.c, 1, "nope", O_RDWR_L | O_CREAT_L, 0644)) == L_EROFS);
    CHECK(lerror(t_dir_name(&d.c, TMKDIR, 0, "nope", 0755)) == L_EROFS);
    CHECK(lerror(t_dir_name(&d.c, TUNLINKAT, 0, "fromhost.txt", 0)) == L_EROFS);
    CHECK(lerror(t_symlink(&d.c, 0, "nope", "x")) == L_EROFS);
    CHECK(walk1(&d.c, 2, "fromhost.txt").type == TWALK + 1);
    CHECK(lerror(t_lopen(&d.c, 2, O_WRONLY_L)) == L_EROFS);
    CHECK(lerror(t_setattr(&d.c, 2, 8, 0, 0, 0)) == L_EROFS);
    CHECK(t_lopen(&d.c, 2, O_RDONLY_L).type == TLOPEN + 1);
    Reply r = t_read(&d.c, 2, 0, 5);
    CHECK(r.type == TREAD + 1 && r32(&r) == 5 && memcmp(r.p + 11, "bytes", 5) == 0);
    CHECK(!exists(hpath("nope")) && host_has(hpath("fromhost.txt"), "bytes from the host"));
    vd_detach(&d.vd);
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
    snprintf(file, sizeof(file), "%s/vm.cfg", share_dir);
    FILE *f = fopen(file, "w");
    if (f) {
        fputs("{ kernel: \"k\", fs0: { file: \"share\", tag: \"t0\", readonly: true },\n"
              "  fs1: { path: \"/abs\" } }\n", f);
        fclose(f);
    }
    char *argv2[] = { "rvbox", file, NULL };
    CHECK(config_parse_args(&cfg, 2, argv2, &help, err, sizeof(err)) == 0);
    char want[128];
    snprintf(want, sizeof(want), "%s/share", share_dir);
    CHECK(cfg.nfs == 2 && share_is(&cfg, 0, want, "t0", true));
    CHECK(cfg.nfs == 2 && share_is(&cfg, 1, "/abs", "/dev/root", false)); /* TinyEMU's tag */
    config_free(&cfg);
    unlink(file);
}

/* The host-fd cap, in a child process whose fd limit is 1280 (so the
 * shares' budget is 1024 and one share's cap 512): a guest walking fid
 * after fid gets Rlerror EMFILE once its share holds 512 fds, never a
 * host failure; the host can still open files; a clunk frees a slot; a
 * second share gets what the first and a third left of the budget. */
static int fd_cap_child(GuestRam *ram)
{
    struct rlimit rl = { 1280, 1280 };
    char err[256];
    CHECK(setrlimit(RLIMIT_NOFILE, &rl) == 0);
    FsBackend *fs = fs_local_open(share_dir, false, err, sizeof(err));
    FsBackend *fs2 = fs_local_open(share_dir, true, err, sizeof(err));
    FsBackend *fs3 = fs_local_open(share_dir, true, err, sizeof(err));
    Drv d;
    drv_attach(&d, fs ? virtio_9p_create(ram, fs, "cap") : NULL, ram);
    if (!d.vd.t || !fs2 || !fs3 || !init_device(&d)) {
        CHECK(!"a share and its device");
        return 1;
    }
    CHECK(t_version(&d.c, MSIZE, "9P2000.L").type == TVERSION + 1);
    CHECK(t_attach(&d.c, 0, "root", 0).type == TATTACH + 1);
    uint32_t fid = 1;
    int e = 0;
    while (fid < 2000 && (e = lerror(walk1(&d.c, fid, "fromhost.txt"))) == -1) {
        fid++;
    }
    CHECK(e == 24 && fid == 512);  /* EMFILE; the root's fd and 511 more */
    int probe = open("/dev/null", O_RDONLY);
    CHECK(probe >= 0);             /* the host side still has descriptors */
    close(probe);
    CHECK(lerror(t_lopen(&d.c, 1, O_RDONLY_L)) == 24);  /* an I/O fd is one more */
    CHECK(t_fid(&d.c, TCLUNK, 1).type == TCLUNK + 1);
    CHECK(t_lopen(&d.c, 2, O_RDONLY_L).type == TLOPEN + 1);
    CHECK(lerror(walk1(&d.c, 1, "fromhost.txt")) == 24);
    FsNode *root, *n;
    int got = 0;
    CHECK(fs2->root(fs2, &root) == 0);
    while (got < 1000 && fs2->walk(fs2, root, "fromhost.txt", &n) == 0) {
        got++;   /* held until the process exits */
    }
    CHECK(got == 1024 - 512 - 1 - 1);   /* the budget less the first share and two roots */
    return t_failed;
}

static void test_fd_cap(GuestRam *ram)
{
    pid_t pid = fork();
    if (pid == 0) {
        _exit(fd_cap_child(ram) ? 1 : 0);
    }
    int status = 0;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
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
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", share_dir);
    if (system(cmd) != 0) {
        fprintf(stderr, "cannot remove %s\n", share_dir);
    }
}

int main(void)
{
    if (!share_make("rvbox-test-9p")) {
        return 2;
    }
    umask(022);
    GuestRam ram = vd_ram(RAM_SIZE);
    int fds_before = count_fds();
    char err[256];
    FsBackend *fs = fs_local_open(share_dir, false, err, sizeof(err));
    Drv d;
    drv_attach(&d, fs ? virtio_9p_create(&ram, fs, "host0") : NULL, &ram);
    CHECK(d.vd.t != NULL);
    /* This device serves its exchanges on a worker thread, as under
     * rvbox; the read-only one below serves them at once. */
    CHECK(d.vd.v && virtio_9p_start_worker(d.vd.v, err, sizeof(err)) == 0);
    if (d.vd.t) {
        CHECK(init_device(&d));
        test_config(&d);
        test_session(&d.c);
        test_create_write_read(&d.c);
        test_getattr_setattr(&d.c);
        test_readdir(&d.c);
        test_namespace_ops(&d.c);
        test_misc_ops(&d.c);
        test_escapes(&d.c);
        test_malformed(&d);
        vd_detach(&d.vd);
    }
    if (fs) {
        fs->close(fs);
    }
    test_read_only(&ram);
    test_fd_cap(&ram);
    CHECK(count_fds() == fds_before);  /* no host fd outlives the device */
    test_open_errors();
    test_config_parse();
    remove_tree();
    free(ram.host);
    return t_summary("test_9p");
}
