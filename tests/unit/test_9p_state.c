/* Saved state of a 9P2000.L session: a P9Server driven with raw 9P
 * messages on a real temporary host directory, its session saved,
 * the server and backend destroyed, and the state loaded into a new
 * server on a fresh backend over the same directory. Checks that
 * restored fids read, write, list and clunk as before; that fids whose
 * files vanished or were replaced on the host answer ESTALE; that
 * truncated or corrupted states fail cleanly and leave the server usable;
 * and the same through a whole virtio-9p device (virtio_save/virtio_load). */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "devices/host/fs_local.h"
#include "devices/state.h"
#include "devices/virtio/p9_server.h"
#include "devices/virtio/virtio.h"
#include "devices/virtio/virtio_9p.h"
#include "tests/unit/p9msg.h"

/* --- reporting ------------------------------------------------------------ */

static int passed, failed;

#define CHECK(cond, what) check_at((cond), (what), __LINE__)

static void check_at(bool ok, const char *what, int line)
{
    if (ok) {
        passed++;
        printf("ok - %s\n", what);
    } else {
        failed++;
        printf("not ok - %s (test_9p_state.c:%d)\n", what, line);
    }
}

/* --- 9P messages ---------------------------------------------------------- */

enum { MSIZE = 65536, UID = 1000 };

static P9Server *srv;
static uint8_t reply_buf[P9MSG_MAX];

/* msg handed to srv directly. */
static Reply server_send(P9Conn *c)
{
    size_t n = p9_handle(srv, msg.b, msg.n, reply_buf, sizeof(reply_buf));
    return reply_at(reply_buf, n);
}

/* Where messages go: srv, or a virtio-9p device through its queue (see
 * the virtio section). */
static P9Conn to_server = { server_send };
static P9Conn *conn = &to_server;

/* True when the walk made newfid (every name walked). */
static bool walk_ok(uint32_t fid, uint32_t newfid, const char *const *names)
{
    size_t n = 0;
    while (names[n]) {
        n++;
    }
    Reply r = t_walk(conn, fid, newfid, names);
    return r.type == TWALK + 1 && r16(&r) == n;
}

/* True when Tread of fid at off returns exactly text. */
static bool reads(uint32_t fid, uint64_t off, const char *text)
{
    size_t n = strlen(text);
    Reply r = t_read(conn, fid, off, (uint32_t)n + 100);
    return r.type == TREAD + 1 && r32(&r) == n && memcmp(r.p + r.pos, text, n) == 0;
}

static bool writes(uint32_t fid, uint64_t off, const char *text)
{
    uint32_t n = (uint32_t)strlen(text);
    Reply r = t_write(conn, fid, off, text, n);
    return r.type == TWRITE + 1 && r32(&r) == n;
}

static bool clunks(uint32_t fid)
{
    return t_fid(conn, TCLUNK, fid).type == TCLUNK + 1;
}

/* Names looked for in a listing, and which were seen. */
typedef struct Wanted {
    const char *const *names;
    bool *seen;
    int n;
} Wanted;

static void mark_wanted(const char *name, void *arg)
{
    Wanted *w = arg;
    for (int i = 0; i < w->n; i++) {
        w->seen[i] |= strcmp(name, w->names[i]) == 0;
    }
}

/* --- host side ------------------------------------------------------------ */

static void host_mkdir(const char *name)
{
    if (mkdir(hpath(name), 0755) != 0) {
        perror(hpath(name));
        exit(2);
    }
}

static uint64_t host_ino(const char *name)
{
    struct stat st;
    return lstat(hpath(name), &st) == 0 ? st.st_ino : 0;
}

static int open_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    int n = 0;
    while (d && readdir(d)) {
        n++;
    }
    if (d) {
        closedir(d);
    }
    return n;
}

/* Removes the temporary tree (depth 3 is all the tests make). */
static void rm_tree(const char *path)
{
    DIR *d = opendir(path);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        char sub[512];
        snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
        if (e->d_type == DT_DIR) {
            rm_tree(sub);
        } else {
            unlink(sub);
        }
    }
    if (d) {
        closedir(d);
    }
    rmdir(path);
}

static FsBackend *open_share(void)
{
    char err[256];
    FsBackend *fs = fs_local_open(share_dir, false, err, sizeof(err));
    if (!fs) {
        fprintf(stderr, "%s\n", err);
        exit(2);
    }
    return fs;
}

/* --- the session ---------------------------------------------------------- */

static const char DATA[] = "0123456789abcdef";
enum { BIG_SIZE = 100000 };

static void make_tree(void)
{
    static uint8_t big[BIG_SIZE];
    for (size_t i = 0; i < sizeof(big); i++) {
        big[i] = (uint8_t)i;
    }
    host_mkdir("sub");
    host_mkdir("sub/inner");
    host_mkdir("mv");
    host_text("sub/data.txt", DATA);
    host_text("gone.txt", "doomed");
    host_text("swap.txt", "old contents");
    host_text("mv/f.txt", "moved file");
    host_text("r1.txt", "renamed file");
    host_write("big.bin", big, sizeof(big));
}

/* The fids the session holds when it is saved. */
enum {
    F_ROOT = 0, F_DATA = 1, F_NEW = 2, F_SUBDIR = 3, F_GONE = 4, F_CLONE = 5, F_BIG = 6,
    F_MOVED = 7, F_RENAMED = 8, F_SWAP = 9, F_INNER = 10,
};

/* Builds the session on srv; every step must succeed. */
static bool build_session(void)
{
    static const char *const none[] = { NULL };
    static const char *const data[] = { "sub", "data.txt", NULL };
    static const char *const sub[] = { "sub", NULL };
    static const char *const inner[] = { "sub", "inner", NULL };
    bool ok = t_version(conn, MSIZE, "9P2000.L").type == TVERSION + 1 &&
              t_attach(conn, F_ROOT, "user", UID).type == TATTACH + 1;
    ok = ok && walk_ok(F_ROOT, F_DATA, data) &&
         t_lopen(conn, F_DATA, O_RDONLY_L).type == TLOPEN + 1;
    ok = ok && reads(F_DATA, 0, DATA);
    uint32_t create = O_RDWR_L | O_CREAT_L | O_EXCL_L | O_TRUNC_L;
    ok = ok && walk_ok(F_ROOT, F_NEW, sub) &&
         t_lcreate(conn, F_NEW, "new.txt", create, 0644).type == TLCREATE + 1 &&
         writes(F_NEW, 0, "hello");
    ok = ok && walk_ok(F_ROOT, F_SUBDIR, sub) &&
         t_lopen(conn, F_SUBDIR, O_RDONLY_L | O_DIRECTORY_L).type == TLOPEN + 1;
    ok = ok && walk_ok(F_ROOT, F_GONE, (const char *const[]){ "gone.txt", NULL }) &&
         t_lopen(conn, F_GONE, O_RDONLY_L).type == TLOPEN + 1;
    ok = ok && walk_ok(F_ROOT, F_CLONE, none);
    ok = ok && walk_ok(F_ROOT, F_BIG, (const char *const[]){ "big.bin", NULL }) &&
         t_lopen(conn, F_BIG, O_RDONLY_L).type == TLOPEN + 1;
    ok = ok && walk_ok(F_ROOT, F_MOVED, (const char *const[]){ "mv", "f.txt", NULL }) &&
         t_lopen(conn, F_MOVED, O_RDONLY_L).type == TLOPEN + 1;
    ok = ok && walk_ok(F_ROOT, F_RENAMED, (const char *const[]){ "r1.txt", NULL }) &&
         t_lopen(conn, F_RENAMED, O_RDONLY_L).type == TLOPEN + 1;
    ok = ok && walk_ok(F_ROOT, F_SWAP, (const char *const[]){ "swap.txt", NULL });
    ok = ok && walk_ok(F_ROOT, F_INNER, inner);
    return ok;
}

/* Renames through the server: the directory above F_MOVED (Trenameat)
 * and F_RENAMED itself (Trename). */
static bool rename_session(void)
{
    bool ok = t_renameat(conn, F_ROOT, "mv", F_ROOT, "mv2").type == TRENAMEAT + 1;
    ok = ok && t_rename(conn, F_RENAMED, F_ROOT, "r2.txt").type == TRENAME + 1;
    return ok && host_has(hpath("mv2/f.txt"), "moved file") &&
           host_has(hpath("r2.txt"), "renamed file");
}

/* Loads w's bytes into a new server on a fresh backend; NULL on failure. */
static P9Server *load_new(const StateWriter *w, FsBackend **fs, char *err, size_t errlen)
{
    StateReader r;
    *fs = open_share();
    P9Server *s = p9_server_create(*fs);
    state_reader_init(&r, w->buf, w->len);
    if (!s || p9_server_load(s, &r, err, errlen) != 0 || state_remaining(&r) != 0) {
        p9_server_destroy(s);
        (*fs)->close(*fs);
        return NULL;
    }
    return s;
}

static void drop(P9Server *s, FsBackend *fs)
{
    p9_server_destroy(s);
    fs->close(fs);
}

/* Saving a restored session gives the same bytes: nothing is lost. */
static void test_lossless(const StateWriter *w)
{
    char err[256] = "";
    FsBackend *fs;
    P9Server *t = load_new(w, &fs, err, sizeof(err));
    CHECK(t != NULL, "the saved session loads into a new server");
    if (!t) {
        fprintf(stderr, "# %s\n", err);
        return;
    }
    StateWriter again;
    state_writer_init(&again);
    CHECK(p9_server_save(t, &again) == 0 && again.len == w->len &&
          memcmp(again.buf, w->buf, w->len) == 0,
          "saving the restored session gives the same bytes (msize, version, uids, flags, "
          "qids, paths)");
    state_writer_free(&again);
    drop(t, fs);
}

/* Between save and restore: gone.txt is deleted and swap.txt replaced by
 * another file (made while the old one is still held, so it cannot get
 * the same inode). */
static void change_host(void)
{
    unlink(hpath("gone.txt"));
    host_text("swap.tmp", "new contents");
    rename(hpath("swap.tmp"), hpath("swap.txt"));
}

static void check_restored_io(void)
{
    CHECK(reads(F_DATA, 4, "456789abcdef"), "a restored open fid reads the file's bytes");
    CHECK(writes(F_NEW, 5, " world") && host_has(hpath("sub/new.txt"), "hello world"),
          "writes through the restored created fid land in the host file (not truncated)");
    CHECK(reads(F_MOVED, 0, "moved file"),
          "a fid under a directory renamed with Trenameat is found at its new path");
    CHECK(reads(F_RENAMED, 0, "renamed file"), "a fid renamed with Trename is found again");
    Reply r = t_read(conn, F_BIG, 0, 0xffffffffu);
    CHECK(r.type == TREAD + 1 && r32(&r) == MSIZE - 11,
          "the negotiated msize is restored (a huge Tread is cut to msize - 11)");
    static const char *const want[] = { "data.txt", "new.txt", "inner" };
    bool seen[3] = { false, false, false };
    Wanted wd = { want, seen, 3 };
    int n = list_dir(conn, F_SUBDIR, 64, mark_wanted, &wd);
    CHECK(n == 5 && seen[0] && seen[1] && seen[2],
          "Treaddir on the restored directory fid lists it (with resumed offsets)");
    static const char *const data[] = { "sub", "data.txt", NULL };
    CHECK(walk_ok(F_CLONE, 20, data) && t_lopen(conn, 20, O_RDONLY_L).type == TLOPEN + 1 &&
          reads(20, 0, DATA), "an unopened restored fid walks, opens and reads");
    CHECK(walk_ok(F_INNER, 21, (const char *const[]){ NULL }) &&
          t_fid(conn, TGETATTR, 21).type == TGETATTR + 1, "a restored subdirectory fid walks");
    CHECK(t_lopen(conn, F_DATA, O_RDONLY_L).type == RLERROR,
          "a restored fid is still open (Tlopen again is refused)");
}

static void check_stale(void)
{
    CHECK(lerror(t_read(conn, F_GONE, 0, 10)) == L_ESTALE,
          "Tread on a fid whose file was deleted on the host answers ESTALE");
    CHECK(lerror(t_fid(conn, TGETATTR, F_GONE)) == L_ESTALE, "Tgetattr on it answers ESTALE");
    CHECK(lerror(t_walk(conn, F_GONE, 30, (const char *const[]){ NULL })) == L_ESTALE &&
          lerror(t_fid(conn, TCLUNK, 30)) == L_EBADF, "Twalk from it answers ESTALE, makes no fid");
    CHECK(lerror(t_fid(conn, TGETATTR, F_SWAP)) == L_ESTALE &&
          lerror(t_lopen(conn, F_SWAP, O_RDWR_L)) == L_ESTALE,
          "a fid whose file was replaced on the host answers ESTALE");
    CHECK(lerror(t_fid(conn, TREMOVE, F_SWAP)) == L_ESTALE &&
          lerror(t_fid(conn, TCLUNK, F_SWAP)) == L_EBADF &&
          host_has(hpath("swap.txt"), "new contents"),
          "Tremove on it answers ESTALE, clunks it and leaves the new file alone");
}

/* A restored session saved again keeps its stale fid stale. */
static void check_second_generation(void)
{
    StateWriter w;
    char err[256] = "";
    state_writer_init(&w);
    CHECK(p9_server_save(srv, &w) == 0, "a restored session saves again");
    FsBackend *fs;
    P9Server *keep = srv;
    srv = load_new(&w, &fs, err, sizeof(err));
    CHECK(srv != NULL, "and loads again");
    if (srv) {
        CHECK(lerror(t_read(conn, F_GONE, 0, 10)) == L_ESTALE && reads(F_DATA, 0, DATA),
              "a stale fid stays stale across a second save and load; others still read");
        drop(srv, fs);
    }
    srv = keep;
    state_writer_free(&w);
}

static void check_clunks(void)
{
    static const uint32_t fids[] = {
        F_ROOT, F_DATA, F_NEW, F_SUBDIR, F_GONE, F_CLONE, F_BIG, F_MOVED, F_RENAMED, F_INNER,
        20, 21,
    };
    bool ok = true;
    for (size_t i = 0; i < sizeof(fids) / sizeof(fids[0]); i++) {
        ok = ok && clunks(fids[i]);
    }
    CHECK(ok, "Tclunk works on every restored fid (stale ones too)");
    CHECK(lerror(t_fid(conn, TCLUNK, F_DATA)) == L_EBADF, "a clunked restored fid is gone");
}

/* Saves a session, restores it on a fresh backend and checks it. Leaves
 * the saved state in w for the malformed-state tests. */
static void test_restore(StateWriter *w, FsBackend **fs_out)
{
    FsBackend *fs = open_share();
    srv = p9_server_create(fs);
    CHECK(srv && build_session(), "a session with open, created and directory fids");
    CHECK(rename_session(), "Trenameat and Trename move fids on the host");
    CHECK(p9_server_save(srv, w) == 0 && !w->failed, "p9_server_save");
    test_lossless(w);
    change_host();
    drop(srv, fs);

    char err[256] = "";
    srv = load_new(w, &fs, err, sizeof(err));
    CHECK(srv != NULL, "the session loads after the host changed");
    if (!srv) {
        fprintf(stderr, "# %s\n", err);
        exit(1);
    }
    check_restored_io();
    check_stale();
    check_second_generation();
    check_clunks();
    *fs_out = fs;
}

/* --- malformed states ------------------------------------------------------ */

/* Loads buf[0, len) (copied to a buffer of exactly that size, so a read
 * past the end is seen by the sanitizers) into srv. True when the load
 * fails with a one-line message and srv is left reset and usable. */
static bool fails_cleanly(const void *buf, size_t len)
{
    char err[256] = "";
    StateReader r;
    uint8_t *copy = malloc(len ? len : 1);
    memcpy(copy, buf, len);
    state_reader_init(&r, copy, len);
    int rc = p9_server_load(srv, &r, err, sizeof(err));
    free(copy);
    bool reset = lerror(t_fid(conn, TCLUNK, F_ROOT)) == L_EBADF;
    Reply v = t_version(conn, MSIZE, "9P2000.L");
    return rc == -1 && err[0] && !strchr(err, '\n') && reset && v.type == TVERSION + 1;
}

static void test_truncated(const StateWriter *w)
{
    int fds = open_fds();
    size_t bad = 0;
    for (size_t len = 0; len < w->len; len++) {
        bad += !fails_cleanly(w->buf, len);
    }
    char what[128];
    snprintf(what, sizeof(what), "every one of the %zu truncated states fails cleanly "
             "(-1, one line, server reset, Tversion answered)", w->len);
    CHECK(bad == 0, what);
    CHECK(open_fds() == fds, "failed loads leak no host file descriptors");
}

/* A hand-made state: one fid at the given names. */
typedef struct Crafted {
    uint32_t version, msize;
    const char *dotl;
    uint32_t nfids;           /* as written; the fid follows once (twice if dup) */
    bool dup;
    uint8_t bits, qtype;
    uint32_t oflags;
    uint64_t qpath;
    uint32_t depth;           /* as written */
    const char *names[4];     /* NULL-terminated */
} Crafted;

static Crafted crafted_default(void)
{
    return (Crafted){
        .version = 1, .msize = MSIZE, .dotl = "9P2000.L", .nfids = 1, .qtype = 0,
        .qpath = host_ino("sub/data.txt"), .depth = 2, .names = { "sub", "data.txt" },
    };
}

static void craft(StateWriter *w, const Crafted *c)
{
    state_writer_init(w);
    state_put_u32(w, c->version);
    state_put_u32(w, c->msize);
    state_put_str(w, c->dotl);
    state_put_u32(w, c->nfids);
    for (int copy = 0; copy < (c->dup ? 2 : 1); copy++) {
        state_put_u32(w, 40);          /* fid */
        state_put_u32(w, UID);
        state_put_u8(w, c->bits);
        state_put_u32(w, c->oflags);
        state_put_u8(w, c->qtype);
        state_put_u32(w, 0);
        state_put_u64(w, c->qpath);
        state_put_u32(w, c->depth);
        for (int i = 0; c->names[i]; i++) {
            state_put_str(w, c->names[i]);
        }
    }
}

static bool crafted_fails(const Crafted *c)
{
    StateWriter w;
    craft(&w, c);
    bool ok = fails_cleanly(w.buf, w.len);
    state_writer_free(&w);
    return ok;
}

static bool crafted_loads(const Crafted *c)
{
    StateWriter w;
    StateReader r;
    char err[256];
    craft(&w, c);
    state_reader_init(&r, w.buf, w.len);
    bool ok = p9_server_load(srv, &r, err, sizeof(err)) == 0;
    state_writer_free(&w);
    return ok;
}

static void test_bad_names(void)
{
    static const char *const bad[] = { "..", "a/b", "", ".", "/sub", "sub/" };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        Crafted c = crafted_default();
        c.names[1] = bad[i];
        char what[96];
        snprintf(what, sizeof(what), "a state with a fid path name \"%s\" fails cleanly", bad[i]);
        CHECK(crafted_fails(&c), what);
    }
    char longname[300];
    memset(longname, 'x', sizeof(longname) - 1);
    longname[sizeof(longname) - 1] = '\0';
    Crafted c = crafted_default();
    c.names[1] = longname;
    CHECK(crafted_fails(&c), "a state with a 299-byte name fails cleanly");
    c = crafted_default();
    c.depth = 0xffffffffu;
    CHECK(crafted_fails(&c), "a state with a huge path depth fails cleanly");
    c = crafted_default();
    c.depth = 3;
    CHECK(crafted_fails(&c), "a state whose path depth runs past the end fails cleanly");
}

static void test_bad_fields(void)
{
    Crafted c = crafted_default();
    CHECK(crafted_loads(&c) && t_lopen(conn, 40, O_RDONLY_L).type == TLOPEN + 1 &&
          reads(40, 0, DATA),
          "a well-formed hand-made state loads (the format is as documented)");
    c.version = 2;
    CHECK(crafted_fails(&c), "another state version fails cleanly");
    c = crafted_default();
    c.msize = 100;
    CHECK(crafted_fails(&c), "an msize below 4096 fails cleanly");
    c.msize = P9_MSIZE_MAX + 1;
    CHECK(crafted_fails(&c), "an msize above P9_MSIZE_MAX fails cleanly");
    c = crafted_default();
    c.dotl = "9P2000.u";
    CHECK(crafted_fails(&c), "another protocol version fails cleanly");
    c = crafted_default();
    c.nfids = 65537;
    CHECK(crafted_fails(&c), "too many fids fails cleanly");
    c = crafted_default();
    c.nfids = 2;
    c.dup = true;
    CHECK(crafted_fails(&c), "the same fid twice fails cleanly");
    c = crafted_default();
    c.bits = 4;
    CHECK(crafted_fails(&c), "unknown fid bits fail cleanly");
}

static void test_crafted_semantics(void)
{
    Crafted c = crafted_default();
    c.qpath ^= 1;
    CHECK(crafted_loads(&c) && lerror(t_lopen(conn, 40, O_RDONLY_L)) == L_ESTALE,
          "a fid whose qid path differs from the file found is restored stale");
    c = crafted_default();
    c.qtype = 0x80;
    CHECK(crafted_loads(&c) && lerror(t_fid(conn, TGETATTR, 40)) == L_ESTALE,
          "a fid whose qid type differs is restored stale");
    c = crafted_default();
    c.bits = 1;
    c.oflags = O_RDWR_L | O_CREAT_L | O_EXCL_L | O_TRUNC_L;
    CHECK(crafted_loads(&c) && reads(40, 0, DATA) && host_has(hpath("sub/data.txt"), DATA),
          "reopening drops O_CREAT, O_EXCL and O_TRUNC (the file is not truncated)");
    c = crafted_default();
    c.depth = 0;
    c.names[0] = NULL;
    c.qtype = 0x80;
    c.qpath = 12345;
    CHECK(crafted_loads(&c) && t_fid(conn, TGETATTR, 40).type == TGETATTR + 1,
          "the share root is found again whatever its saved qid path");
    p9_server_reset(srv);
}

/* --- the virtio device ------------------------------------------------------ */

enum {
    RAM_BASE = 0x80000000u, RAM_SIZE = 1 << 20, QSIZE = 16,
    DESC = 0x1000, AVAIL = 0x2000, USED = 0x3000, REQ = 0x10000, RESP = 0x40000,
    RESP_LEN = 0x20000,
};

static GuestRam vram;
static VirtioDevice *vdev;
static uint16_t avail_idx, used_seen;

/* Feature negotiation and queue 0, as a driver does (virtio 1.2 §3.1.1). */
static bool vdev_init(void)
{
    uint32_t st = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER;
    virtio_write_status(vdev, st);
    virtio_write_driver_features(vdev, 0, 1);   /* VIRTIO_9P_F_MOUNT_TAG */
    virtio_write_driver_features(vdev, 1, 1);   /* VERSION_1 */
    virtio_write_status(vdev, st |= VIRTIO_STATUS_FEATURES_OK);
    VirtQueue *q = &vdev->queue[0];
    q->size = QSIZE;
    q->desc_addr = RAM_BASE + DESC;
    q->driver_addr = RAM_BASE + AVAIL;
    q->device_addr = RAM_BASE + USED;
    memset(vram.host + DESC, 0, 0x3000);
    avail_idx = used_seen = 0;
    bool ready = virtio_queue_set_ready(vdev, 0, true);
    virtio_write_status(vdev, st | VIRTIO_STATUS_DRIVER_OK);
    return ready && virtio_driver_ok(vdev);
}

/* One request chain: msg readable, RESP_LEN bytes writable. */
static Reply virtio_send(P9Conn *c)
{
    uint8_t *d = vram.host + DESC;
    memcpy(vram.host + REQ, msg.b, msg.n);
    put_le64(d, RAM_BASE + REQ);
    put_le32(d + 8, (uint32_t)msg.n);
    put_le16(d + 12, VIRTQ_DESC_F_NEXT);
    put_le16(d + 14, 1);
    put_le64(d + 16, RAM_BASE + RESP);
    put_le32(d + 24, RESP_LEN);
    put_le16(d + 28, VIRTQ_DESC_F_WRITE);
    uint8_t *avail = vram.host + AVAIL;
    put_le16(avail + 4 + 2 * (avail_idx % QSIZE), 0);
    put_le16(avail + 2, ++avail_idx);
    virtio_queue_notify(vdev, 0);
    uint8_t *used = vram.host + USED;
    if (get_le16(used + 2) == used_seen) {
        return reply_at(vram.host + RESP, 0);
    }
    uint32_t len = get_le32(used + 4 + 8 * (used_seen++ % QSIZE) + 4);
    return reply_at(vram.host + RESP, len);
}

static P9Conn to_virtio = { virtio_send };

static bool virtio_session(void)
{
    static const char *const data[] = { "sub", "data.txt", NULL };
    return vdev_init() && t_version(conn, MSIZE, "9P2000.L").type == TVERSION + 1 &&
           t_attach(conn, F_ROOT, "user", UID).type == TATTACH + 1 &&
           walk_ok(F_ROOT, F_DATA, data) && t_lopen(conn, F_DATA, O_RDONLY_L).type == TLOPEN + 1 &&
           reads(F_DATA, 0, DATA);
}

static int vload(VirtioDevice *v, const void *buf, size_t len, char *err, size_t errlen)
{
    StateReader r;
    state_reader_init(&r, buf, len);
    return virtio_load(v, &r, err, errlen);
}

static void test_virtio(void)
{
    vram = (GuestRam){ .host = calloc(1, RAM_SIZE), .base = RAM_BASE, .size = RAM_SIZE };
    FsBackend *fs = open_share();
    vdev = virtio_9p_create(&vram, fs, "share0");
    conn = &to_virtio;
    CHECK(vdev && virtio_session(), "a session through a virtio-9p device's queue");
    StateWriter w;
    state_writer_init(&w);
    CHECK(virtio_save(vdev, &w) == 0, "virtio_save of the device");
    virtio_device_destroy(vdev);
    fs->close(fs);

    char err[256] = "";
    fs = open_share();
    vdev = virtio_9p_create(&vram, fs, "share0");
    CHECK(vload(vdev, w.buf, w.len, err, sizeof(err)) == 0,
          "virtio_load into a new device on a fresh backend");
    CHECK(reads(F_DATA, 4, "456789abcdef") && clunks(F_DATA),
          "the restored device serves the open fid through its queue");
    virtio_device_destroy(vdev);

    vdev = virtio_9p_create(&vram, fs, "other");
    CHECK(vload(vdev, w.buf, w.len, err, sizeof(err)) == -1 && strstr(err, "share0") &&
          vdev->status == 0, "a state for another mount tag is refused, the device reset");
    bool trunc_ok = true;
    for (size_t len = 0; len < w.len; len += 1 + w.len / 64) {
        trunc_ok = trunc_ok && vload(vdev, w.buf, len, err, sizeof(err)) == -1;
    }
    CHECK(trunc_ok, "truncated device states are refused");
    CHECK(vdev_init() && t_version(conn, MSIZE, "9P2000.L").type == TVERSION + 1,
          "the device still serves after failed loads");
    virtio_device_destroy(vdev);
    fs->close(fs);
    conn = &to_server;
    state_writer_free(&w);
    free(vram.host);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (!share_make("rvbox-test-9p-state")) {
        return 2;
    }
    umask(022);
    make_tree();

    StateWriter w;
    FsBackend *fs;
    state_writer_init(&w);
    test_restore(&w, &fs);
    test_truncated(&w);
    test_bad_names();
    test_bad_fields();
    test_crafted_semantics();
    drop(srv, fs);
    state_writer_free(&w);
    test_virtio();

    rm_tree(share_dir);
    printf("test_9p_state: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
