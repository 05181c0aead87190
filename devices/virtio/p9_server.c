/* The 9P2000.L protocol engine: message decoding with bounds checks, the
 * fid table and one handler per message type. Handlers parse the whole
 * request before acting, return 0 or a negative host errno, and the reply
 * header and Rlerror are produced in one place (p9_handle). The session
 * is saved as each fid's path from the share root and found again from
 * it on load (the last section). */
#define _GNU_SOURCE
#include "devices/virtio/p9_server.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sysmacros.h>

#include "devices/device.h"
#include "devices/state.h"

/* Message types (Linux include/net/9p/9p.h); the reply is type + 1. */
enum {
    P9_TLERROR = 6, P9_RLERROR = 7, P9_TSTATFS = 8, P9_TLOPEN = 12, P9_TLCREATE = 14,
    P9_TSYMLINK = 16, P9_TMKNOD = 18, P9_TRENAME = 20, P9_TREADLINK = 22, P9_TGETATTR = 24,
    P9_TSETATTR = 26, P9_TXATTRWALK = 30, P9_TREADDIR = 40, P9_TFSYNC = 50, P9_TLOCK = 52,
    P9_TGETLOCK = 54, P9_TLINK = 70, P9_TMKDIR = 72, P9_TRENAMEAT = 74, P9_TUNLINKAT = 76,
    P9_TVERSION = 100, P9_TATTACH = 104, P9_TFLUSH = 108, P9_TWALK = 110, P9_TREAD = 116,
    P9_TWRITE = 118, P9_TCLUNK = 120, P9_TREMOVE = 122,
};

enum {
    HDR = 7,                    /* size[4] type[1] tag[2] */
    QID_SIZE = 13,
    MAXWELEM = 16,              /* names in one Twalk */
    NAME_CAP = 256,             /* a file name: 255 bytes + NUL */
    TARGET_CAP = 4096,          /* a symlink target: PATH_MAX with its NUL */
    FID_BUCKETS = 256,
    MAX_FIDS = 65536,
    QT_DIR = 0x80, QT_SYMLINK = 0x02, QT_FILE = 0,
    NOTAG = 0xffff,
    GETATTR_BASIC = 0x7ff,
    AT_REMOVEDIR_L = 0x200,     /* Tunlinkat flag (Linux AT_REMOVEDIR) */
    LOCK_SUCCESS = 0, F_UNLCK_L = 2,
    MSIZE_MIN = 4096,
};

/* Tsetattr valid bits (Linux P9_ATTR_*). */
enum {
    ATTR_MODE = 1, ATTR_UID = 2, ATTR_GID = 4, ATTR_SIZE = 8, ATTR_ATIME = 16,
    ATTR_MTIME = 32, ATTR_ATIME_SET = 128, ATTR_MTIME_SET = 256,
};

/* A fid's path is the names walked from the share root, joined by '/'
 * ("" for the root itself). It is all a saved state needs to find the
 * file again, so it follows every move made through this server (Twalk,
 * Tlcreate, Trename, Trenameat); moves made on the host are caught on
 * restore by comparing qids. */
typedef struct Fid {
    uint32_t id;
    FsNode *node;               /* NULL when stale */
    char *path;
    bool opened;
    bool stale;                 /* not found again on restore: every use is ESTALE */
    uint32_t oflags;            /* 9P2000.L flags of Tlopen/Tlcreate, when opened */
    uint32_t uid;               /* n_uname from Tattach */
    struct Fid *next;
} Fid;

struct P9Server {
    FsBackend *fs;
    uint32_t msize;
    bool dotl;                  /* the last Tversion agreed on 9P2000.L */
    unsigned nfids;
    Fid *fids[FID_BUCKETS];
};

/* --- wire format -------------------------------------------------------- */

typedef struct Rd {
    const uint8_t *p;
    size_t len, pos;
    int err;                    /* first error as a positive host errno */
    bool stale;                 /* a stale fid was named (reported by check) */
} Rd;

typedef struct Wr {
    uint8_t *p;
    size_t max, pos;
    bool overflow;
} Wr;

static const uint8_t *rd_bytes(Rd *r, size_t n)
{
    if (r->err || n > r->len - r->pos) {
        r->err = r->err ? r->err : EINVAL;
        return NULL;
    }
    const uint8_t *p = r->p + r->pos;
    r->pos += n;
    return p;
}

static uint8_t rd8(Rd *r)
{
    const uint8_t *p = rd_bytes(r, 1);
    return p ? p[0] : 0;
}

static uint16_t rd16(Rd *r)
{
    const uint8_t *p = rd_bytes(r, 2);
    return p ? get_le16(p) : 0;
}

static uint32_t rd32(Rd *r)
{
    const uint8_t *p = rd_bytes(r, 4);
    return p ? get_le32(p) : 0;
}

static uint64_t rd64(Rd *r)
{
    const uint8_t *p = rd_bytes(r, 8);
    return p ? get_le64(p) : 0;
}

/* A string[s] into dst (cap bytes with the NUL). Embedded NULs are
 * refused (EINVAL): the host would see a shorter name. Too long for cap:
 * ENAMETOOLONG. */
static void rd_str(Rd *r, char *dst, size_t cap)
{
    uint16_t n = rd16(r);
    const uint8_t *p = rd_bytes(r, n);
    dst[0] = '\0';
    if (!p) {
        return;
    }
    if (memchr(p, 0, n)) {
        r->err = EINVAL;
    } else if (n >= cap) {
        r->err = ENAMETOOLONG;
    } else {
        memcpy(dst, p, n);
        dst[n] = '\0';
    }
}

/* Room for n bytes at the write position, or NULL (overflow noted). */
static uint8_t *wr_room(Wr *w, size_t n)
{
    if (w->overflow || n > w->max - w->pos) {
        w->overflow = true;
        return NULL;
    }
    uint8_t *p = w->p + w->pos;
    w->pos += n;
    return p;
}

static void wr8(Wr *w, uint8_t v)
{
    uint8_t *p = wr_room(w, 1);
    if (p) {
        p[0] = v;
    }
}

static void wr16(Wr *w, uint16_t v)
{
    uint8_t *p = wr_room(w, 2);
    if (p) {
        put_le16(p, v);
    }
}

static void wr32(Wr *w, uint32_t v)
{
    uint8_t *p = wr_room(w, 4);
    if (p) {
        put_le32(p, v);
    }
}

static void wr64(Wr *w, uint64_t v)
{
    uint8_t *p = wr_room(w, 8);
    if (p) {
        put_le64(p, v);
    }
}

/* n consecutive u64 fields, for the replies made of runs of them. */
static void wr64s(Wr *w, const uint64_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        wr64(w, v[i]);
    }
}

static void wr_str(Wr *w, const char *s)
{
    size_t n = strlen(s);
    if (n > UINT16_MAX) {
        w->overflow = true;
        return;
    }
    wr16(w, (uint16_t)n);
    uint8_t *p = wr_room(w, n);
    if (p) {
        memcpy(p, s, n);
    }
}

typedef struct Qid {
    uint8_t type;
    uint32_t version;
    uint64_t path;
} Qid;

static void wr_qid(Wr *w, const Qid *q)
{
    wr8(w, q->type);
    wr32(w, q->version);
    wr64(w, q->path);
}

/* --- errno: host to Linux (the guest's) --------------------------------- */

/* Linux's asm-generic numbers, spelled out so that a host with different
 * values still answers the guest in its own terms. */
static uint32_t linux_errno(int host)
{
    static const struct { int host; uint32_t guest; } map[] = {
        { EPERM, 1 }, { ENOENT, 2 }, { EINTR, 4 }, { EIO, 5 }, { ENXIO, 6 }, { E2BIG, 7 },
        { EBADF, 9 }, { EAGAIN, 11 }, { ENOMEM, 12 }, { EACCES, 13 }, { EFAULT, 14 },
        { EBUSY, 16 }, { EEXIST, 17 }, { EXDEV, 18 }, { ENODEV, 19 }, { ENOTDIR, 20 },
        { EISDIR, 21 }, { EINVAL, 22 }, { ENFILE, 23 }, { EMFILE, 24 }, { ETXTBSY, 26 },
        { EFBIG, 27 }, { ENOSPC, 28 }, { ESPIPE, 29 }, { EROFS, 30 }, { EMLINK, 31 },
        { ERANGE, 34 }, { EDEADLK, 35 }, { ENAMETOOLONG, 36 }, { ENOLCK, 37 },
        { ENOSYS, 38 }, { ENOTEMPTY, 39 }, { ELOOP, 40 }, { ENODATA, 61 },
        { EOVERFLOW, 75 }, { EOPNOTSUPP, 95 }, { ESTALE, 116 }, { EDQUOT, 122 },
    };
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
        if (map[i].host == host) {
            return map[i].guest;
        }
    }
    return 5;  /* EIO: nothing better to tell the guest */
}

/* --- fids --------------------------------------------------------------- */

static Fid **fid_slot(P9Server *s, uint32_t id)
{
    Fid **pp = &s->fids[id % FID_BUCKETS];
    while (*pp && (*pp)->id != id) {
        pp = &(*pp)->next;
    }
    return pp;
}

static Fid *fid_get(P9Server *s, uint32_t id)
{
    return *fid_slot(s, id);
}

static void node_release(P9Server *s, FsNode *node)
{
    if (node) {
        s->fs->release(s->fs, node);
    }
}

/* Adds fid id holding node (NULL for a stale fid) found at path; both are
 * taken over (released on failure). -EBADF when id is in use, -ENOMEM
 * when path is NULL (its allocation failed) or no fid fits in memory. */
static int fid_add(P9Server *s, uint32_t id, FsNode *node, char *path, uint32_t uid)
{
    Fid **pp = fid_slot(s, id);
    Fid *f = (*pp || !path || s->nfids >= MAX_FIDS) ? NULL : calloc(1, sizeof(*f));
    if (!f) {
        node_release(s, node);
        free(path);
        return *pp ? -EBADF : s->nfids >= MAX_FIDS ? -EMFILE : -ENOMEM;
    }
    *f = (Fid){ .id = id, .node = node, .path = path, .stale = !node, .uid = uid };
    *pp = f;
    s->nfids++;
    return 0;
}

static int fid_del(P9Server *s, uint32_t id)
{
    Fid **pp = fid_slot(s, id);
    Fid *f = *pp;
    if (!f) {
        return -EBADF;
    }
    *pp = f->next;
    node_release(s, f->node);
    free(f->path);
    free(f);
    s->nfids--;
    return 0;
}

static void fid_clear(P9Server *s)
{
    for (int b = 0; b < FID_BUCKETS; b++) {
        while (s->fids[b]) {
            fid_del(s, s->fids[b]->id);
        }
    }
}

/* --- fid paths ------------------------------------------------------------ */

/* A name the server passes to the backend: one component, never empty,
 * "." or ".." (the server does not walk up; FsBackend refuses these too,
 * so a path never holds them). */
static bool name_ok(const char *name)
{
    return name[0] && strcmp(name, ".") != 0 && strcmp(name, "..") != 0 && !strchr(name, '/');
}

/* base followed by n names, '/'-separated; NULL when out of memory. */
static char *path_join(const char *base, const char (*names)[NAME_CAP], unsigned n)
{
    size_t len = strlen(base);
    for (unsigned i = 0; i < n; i++) {
        len += 1 + strlen(names[i]);
    }
    char *p = malloc(len + 1);
    if (!p) {
        return NULL;
    }
    size_t at = strlen(base);
    memcpy(p, base, at);
    for (unsigned i = 0; i < n; i++) {
        size_t k = strlen(names[i]);
        if (at > 0) {
            p[at++] = '/';
        }
        memcpy(p + at, names[i], k);
        at += k;
    }
    p[at] = '\0';
    return p;
}

/* True when path is old or lies below it. */
static bool path_under(const char *path, const char *old)
{
    size_t n = strlen(old);
    return strncmp(path, old, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

/* The new paths of the fids a rename of old to new moves (old itself and
 * everything below it), built before the rename so that running out of
 * memory cannot leave the table half-updated. */
typedef struct Moves {
    unsigned n;
    Fid **fid;
    char **path;
} Moves;

static void moves_drop(Moves *m)
{
    for (unsigned i = 0; i < m->n; i++) {
        free(m->path[i]);
    }
    free(m->fid);
    free(m->path);
    *m = (Moves){ 0 };
}

/* Plans the moves for old -> new. The share root ("") has no name and
 * cannot be moved, so it plans none. 0 or -ENOMEM. */
static int moves_plan(P9Server *s, const char *old, const char *new, Moves *m)
{
    *m = (Moves){ 0 };
    if (!old[0]) {
        return 0;
    }
    m->fid = calloc(s->nfids + 1, sizeof(*m->fid));
    m->path = calloc(s->nfids + 1, sizeof(*m->path));
    size_t oldlen = strlen(old), newlen = strlen(new);
    for (int b = 0; b < FID_BUCKETS && m->fid && m->path; b++) {
        for (Fid *f = s->fids[b]; f; f = f->next) {
            if (!path_under(f->path, old)) {
                continue;
            }
            size_t rest = strlen(f->path) - oldlen;
            char *p = malloc(newlen + rest + 1);
            if (!p) {
                moves_drop(m);
                return -ENOMEM;
            }
            memcpy(p, new, newlen);
            memcpy(p + newlen, f->path + oldlen, rest + 1);
            m->fid[m->n] = f;
            m->path[m->n++] = p;
        }
    }
    if (!m->fid || !m->path) {
        moves_drop(m);
        return -ENOMEM;
    }
    return 0;
}

/* After the rename: when it happened, every planned fid takes its new
 * path; the plan is freed either way. */
static void moves_finish(Moves *m, bool renamed)
{
    for (unsigned i = 0; renamed && i < m->n; i++) {
        free(m->fid[i]->path);
        m->fid[i]->path = m->path[i];
        m->path[i] = NULL;
    }
    moves_drop(m);
}

/* --- helpers -------------------------------------------------------------- */

static Qid qid_of_stat(const FsStat *st)
{
    uint32_t t = st->mode & 0170000;
    return (Qid){ .type = t == 0040000 ? QT_DIR : t == 0120000 ? QT_SYMLINK : QT_FILE,
                  .path = st->ino };
}

static int qid_of(P9Server *s, FsNode *n, Qid *q)
{
    FsStat st;
    int r = s->fs->getattr(s->fs, n, &st);
    if (r == 0) {
        *q = qid_of_stat(&st);
    }
    return r;
}

/* The qid of dir/name, for the replies to mkdir, symlink and mknod. */
static int qid_of_name(P9Server *s, FsNode *dir, const char *name, Qid *q)
{
    FsNode *n;
    int r = s->fs->walk(s->fs, dir, name, &n);
    if (r == 0) {
        r = qid_of(s, n, q);
        s->fs->release(s->fs, n);
    }
    return r;
}

/* Parses fid[4] and finds it; the lookup error waits for the parse. A
 * stale fid is noted in `in` for check(), which every handler calls
 * before touching a fid's node (a stale fid has none). */
static Fid *rd_fid(P9Server *s, Rd *in)
{
    Fid *f = fid_get(s, rd32(in));
    if (f && f->stale) {
        in->stale = true;
    }
    return f;
}

/* The parse error if any, else -EBADF when a fid was missing, else
 * -ESTALE when one was stale, else 0. */
static int check(const Rd *in, bool fids_ok)
{
    return in->err ? -in->err : !fids_ok ? -EBADF : in->stale ? -ESTALE : 0;
}

/* check() for one fid that must be opened (I/O) or not yet (Tlopen,
 * Tlcreate): the wrong state is -EBADF. */
static int check_opened(const Rd *in, const Fid *f, bool opened)
{
    int r = check(in, f != NULL);
    return r ? r : f->opened != opened ? -EBADF : 0;
}

/* Parses fid[4] name[s], the start of the requests that name a file in
 * a directory fid; name holds NAME_CAP bytes. */
static Fid *rd_fid_name(P9Server *s, Rd *in, char *name)
{
    Fid *d = rd_fid(s, in);
    rd_str(in, name, NAME_CAP);
    return d;
}

/* The qid of n, which is released when that fails (the caller's handle
 * would otherwise leak on the error path). */
static int qid_or_release(P9Server *s, FsNode *n, Qid *q)
{
    int r = qid_of(s, n, q);
    if (r) {
        s->fs->release(s->fs, n);
    }
    return r;
}

/* Tread and Treaddir: fid[4] offset[8] count[4] on an opened fid. */
typedef struct ReadReq {
    Fid *f;
    uint64_t off;
    uint32_t count;             /* cut to what the reply can carry */
} ReadReq;

/* Parses a ReadReq. Its reply ends in count[4] data[count], and count is
 * cut so that this fits both the reply buffer and the msize. */
static int rd_read_req(P9Server *s, Rd *in, const Wr *out, ReadReq *q)
{
    q->f = rd_fid(s, in);
    q->off = rd64(in);
    q->count = rd32(in);
    int r = check_opened(in, q->f, true);
    size_t room = out->max - out->pos - 4;
    if (room > s->msize - HDR - 4) {
        room = s->msize - HDR - 4;
    }
    if (q->count > room) {
        q->count = (uint32_t)room;
    }
    return r;
}

/* Parses fid[4] fid[4] name[s] (Tlink, Trename); name holds NAME_CAP. */
static int rd_fids_name(P9Server *s, Rd *in, Fid **a, Fid **b, char *name)
{
    *a = rd_fid(s, in);
    *b = rd_fid(s, in);
    rd_str(in, name, NAME_CAP);
    return check(in, *a && *b);
}

/* Rlopen and Rlcreate: qid[13] iounit[4]. */
static void wr_opened(Wr *w, const Qid *q)
{
    wr_qid(w, q);
    wr32(w, 0);  /* iounit 0: the client uses msize - 24 */
}

/* Rmkdir, Rsymlink and Rmknod, given made (the backend's result): the new
 * file's qid[13], looked up by name since those calls return no node. */
static int reply_made(P9Server *s, Wr *out, FsNode *dir, const char *name, int made)
{
    Qid q;
    int r = made ? made : qid_of_name(s, dir, name, &q);
    if (r == 0) {
        wr_qid(out, &q);
    }
    return r;
}

/* 9P2000.L open flags (P9_DOTL_*) to host O_* flags. */
static int host_open_flags(uint32_t f)
{
    static const struct { uint32_t dotl; int host; } map[] = {
        { 00000100, O_CREAT }, { 00000200, O_EXCL }, { 00000400, O_NOCTTY },
        { 00001000, O_TRUNC }, { 00002000, O_APPEND }, { 00004000, O_NONBLOCK },
        { 00010000, O_DSYNC }, { 00040000, O_DIRECT }, { 00200000, O_DIRECTORY },
        { 00400000, O_NOFOLLOW }, { 01000000, O_NOATIME }, { 04000000, O_SYNC },
    };
    int acc = (f & 3) == 1 ? O_WRONLY : (f & 3) == 2 ? O_RDWR : O_RDONLY;
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
        if (f & map[i].dotl) {
            acc |= map[i].host;
        }
    }
    return acc;
}

/* --- session ------------------------------------------------------------ */

static int op_version(P9Server *s, Rd *in, Wr *out)
{
    char version[32];
    uint32_t msize = rd32(in);
    rd_str(in, version, sizeof(version));
    if (in->err == ENAMETOOLONG) {
        in->err = 0;
        version[0] = '\0';  /* a long unknown version: answer "unknown" */
    }
    int r = check(in, true);
    if (r) {
        return r;
    }
    /* A new session: every fid of the old one is gone (9P version(5)). */
    fid_clear(s);
    bool ok = !strncmp(version, "9P2000.L", 8) && (version[8] == '\0' || version[8] == '.') &&
              msize >= MSIZE_MIN;
    s->msize = ok && msize < P9_MSIZE_MAX ? msize : P9_MSIZE_MAX;
    s->dotl = ok;
    wr32(out, s->msize);
    wr_str(out, ok ? "9P2000.L" : "unknown");
    return 0;
}

static int op_attach(P9Server *s, Rd *in, Wr *out)
{
    char uname[NAME_CAP], aname[TARGET_CAP];
    uint32_t fid = rd32(in);
    rd32(in);  /* afid: no authentication */
    rd_str(in, uname, sizeof(uname));
    rd_str(in, aname, sizeof(aname));
    uint32_t uid = rd32(in);
    int r = check(in, true);
    FsNode *root;
    Qid q;
    if (r || fid_get(s, fid)) {
        return r ? r : -EBADF;
    }
    if ((r = s->fs->root(s->fs, &root)) != 0 || (r = qid_or_release(s, root, &q)) != 0 ||
        (r = fid_add(s, fid, root, strdup(""), uid)) != 0) {
        return r;
    }
    wr_qid(out, &q);
    return 0;
}

/* The end of a full walk from f: newfid (f itself when the same id)
 * takes node cur (taken over) at f's path followed by names[0, n). */
static int walk_done(P9Server *s, Fid *f, uint32_t newfid, FsNode *cur,
                     const char (*names)[NAME_CAP], unsigned n)
{
    char *path = path_join(f->path, names, n);
    if (newfid != f->id) {
        return fid_add(s, newfid, cur, path, f->uid);
    }
    if (!path) {
        s->fs->release(s->fs, cur);
        return -ENOMEM;
    }
    s->fs->release(s->fs, f->node);
    f->node = cur;
    free(f->path);
    f->path = path;
    return 0;
}

static int op_walk(P9Server *s, Rd *in, Wr *out)
{
    char names[MAXWELEM][NAME_CAP];
    Fid *f = rd_fid(s, in);
    uint32_t newfid = rd32(in);
    uint16_t n = rd16(in);
    if (n > MAXWELEM) {
        return -EINVAL;
    }
    for (unsigned i = 0; i < n; i++) {
        rd_str(in, names[i], NAME_CAP);
    }
    int r = check(in, f != NULL);
    /* Walking from an opened fid is tolerated (QEMU does) as long as the
     * opened fid itself is not replaced. */
    if (r || (newfid == f->id ? f->opened : fid_get(s, newfid) != NULL)) {
        return r ? r : -EBADF;
    }
    FsNode *cur;
    if ((r = s->fs->clone(s->fs, f->node, &cur)) != 0) {
        return r;
    }
    Qid q[MAXWELEM];
    unsigned done = 0;
    for (; done < n; done++) {
        FsNode *next;
        r = name_ok(names[done]) ? s->fs->walk(s->fs, cur, names[done], &next) : -EINVAL;
        if (r != 0) {
            break;
        }
        s->fs->release(s->fs, cur);
        cur = next;
        if ((r = qid_of(s, cur, &q[done])) != 0) {
            break;
        }
    }
    if (done < n) {
        s->fs->release(s->fs, cur);
        if (done == 0) {
            return r;   /* the first name failed: an error */
        }
    } else if ((r = walk_done(s, f, newfid, cur, names, n)) != 0) {
        return r;
    }
    /* A partial walk answers the qids it got and creates no newfid. */
    wr16(out, (uint16_t)done);
    for (unsigned i = 0; i < done; i++) {
        wr_qid(out, &q[i]);
    }
    return 0;
}

static int op_clunk(P9Server *s, Rd *in, Wr *out)
{
    uint32_t fid = rd32(in);
    int r = check(in, true);
    return r ? r : fid_del(s, fid);
}

static int op_remove(P9Server *s, Rd *in, Wr *out)
{
    Fid *f = rd_fid(s, in);
    int r = check(in, f != NULL);
    if (r && r != -ESTALE) {
        return r;
    }
    r = r ? r : s->fs->remove_node(s->fs, f->node);
    fid_del(s, f->id);  /* Tremove clunks the fid even when it fails (stale too) */
    return r;
}

static int op_flush(P9Server *s, Rd *in, Wr *out)
{
    rd16(in);  /* oldtag: every request is answered before the next is read */
    return check(in, true);
}

/* --- files -------------------------------------------------------------- */

static int op_lopen(P9Server *s, Rd *in, Wr *out)
{
    Fid *f = rd_fid(s, in);
    uint32_t flags = rd32(in);
    int r = check_opened(in, f, false);
    Qid q;
    if (r || (r = qid_of(s, f->node, &q)) != 0 ||
        (r = s->fs->open(s->fs, f->node, host_open_flags(flags))) != 0) {
        return r;
    }
    f->opened = true;
    f->oflags = flags;
    wr_opened(out, &q);
    return 0;
}

static int op_lcreate(P9Server *s, Rd *in, Wr *out)
{
    char name[NAME_CAP];
    Fid *f = rd_fid_name(s, in, name);
    uint32_t flags = rd32(in), mode = rd32(in), gid = rd32(in);
    int r = check_opened(in, f, false);
    FsNode *n;
    Qid q;
    if (r) {
        return r;
    }
    FsCred cred = { .uid = f->uid, .gid = gid };
    char *path = path_join(f->path, &name, 1);
    r = !path ? -ENOMEM : !name_ok(name) ? -EINVAL
        : s->fs->create(s->fs, f->node, name, host_open_flags(flags), mode, &cred, &n);
    if (r || (r = qid_or_release(s, n, &q)) != 0) {
        free(path);
        return r;
    }
    /* The fid now stands for the new, opened file (9P2000.L lcreate). */
    s->fs->release(s->fs, f->node);
    f->node = n;
    free(f->path);
    f->path = path;
    f->opened = true;
    f->oflags = flags;
    wr_opened(out, &q);
    return 0;
}

static int op_read(P9Server *s, Rd *in, Wr *out)
{
    ReadReq q;
    int r = rd_read_req(s, in, out, &q);
    if (r) {
        return r;
    }
    int64_t got = s->fs->read(s->fs, q.f->node, q.off, out->p + out->pos + 4, q.count);
    if (got < 0) {
        return (int)got;
    }
    wr32(out, (uint32_t)got);
    wr_room(out, (size_t)got);
    return 0;
}

static int op_write(P9Server *s, Rd *in, Wr *out)
{
    Fid *f = rd_fid(s, in);
    uint64_t off = rd64(in);
    uint32_t count = rd32(in);
    const uint8_t *data = rd_bytes(in, count);
    int r = check_opened(in, f, true);
    if (r) {
        return r;
    }
    int64_t put = s->fs->write(s->fs, f->node, off, data, count);
    if (put < 0) {
        return (int)put;
    }
    wr32(out, (uint32_t)put);
    return 0;
}

static int op_getattr(P9Server *s, Rd *in, Wr *out)
{
    Fid *f = rd_fid(s, in);
    rd64(in);  /* request_mask: the basic set is always returned */
    int r = check(in, f != NULL);
    FsStat st;
    if (r || (r = s->fs->getattr(s->fs, f->node, &st)) != 0) {
        return r;
    }
    Qid q = qid_of_stat(&st);
    wr64(out, GETATTR_BASIC);
    wr_qid(out, &q);
    wr32(out, st.mode);
    wr32(out, st.uid);
    wr32(out, st.gid);
    const uint64_t v[] = {
        st.nlink, st.rdev, st.size, st.blksize, st.blocks,
        (uint64_t)st.atime_sec, (uint64_t)st.atime_nsec, (uint64_t)st.mtime_sec,
        (uint64_t)st.mtime_nsec, (uint64_t)st.ctime_sec, (uint64_t)st.ctime_nsec,
        0, 0,                   /* btime: not known */
        0, 0,                   /* gen, data_version */
    };
    wr64s(out, v, sizeof(v) / sizeof(v[0]));
    return 0;
}

static int op_setattr(P9Server *s, Rd *in, Wr *out)
{
    Fid *f = rd_fid(s, in);
    uint32_t valid = rd32(in);
    FsSetattr a = { .mode = rd32(in), .uid = rd32(in), .gid = rd32(in), .size = rd64(in) };
    a.atime_sec = (int64_t)rd64(in);
    a.atime_nsec = (int64_t)rd64(in);
    a.mtime_sec = (int64_t)rd64(in);
    a.mtime_nsec = (int64_t)rd64(in);
    int r = check(in, f != NULL);
    if (r) {
        return r;
    }
    a.valid = (valid & ATTR_MODE ? FS_SET_MODE : 0) | (valid & ATTR_UID ? FS_SET_UID : 0) |
              (valid & ATTR_GID ? FS_SET_GID : 0) | (valid & ATTR_SIZE ? FS_SET_SIZE : 0);
    /* ATIME alone means "now"; with ATIME_SET the given time (iattr). */
    if (valid & ATTR_ATIME) {
        a.valid |= valid & ATTR_ATIME_SET ? FS_SET_ATIME : FS_SET_ATIME_NOW;
    }
    if (valid & ATTR_MTIME) {
        a.valid |= valid & ATTR_MTIME_SET ? FS_SET_MTIME : FS_SET_MTIME_NOW;
    }
    if (((a.valid & FS_SET_ATIME) && (uint64_t)a.atime_nsec >= 1000000000u) ||
        ((a.valid & FS_SET_MTIME) && (uint64_t)a.mtime_nsec >= 1000000000u)) {
        return -EINVAL;
    }
    return a.valid ? s->fs->setattr(s->fs, f->node, &a) : 0;
}

/* Readdir output: entries qid[13] offset[8] type[1] name[s] while room. */
typedef struct DirOut {
    Wr *w;
    size_t limit;               /* w->pos may not pass this */
    unsigned entries;
} DirOut;

static bool emit_dirent(void *ctx, const FsDirent *e)
{
    DirOut *d = ctx;
    size_t n = strlen(e->name);
    if (n > UINT16_MAX || d->w->pos + QID_SIZE + 8 + 1 + 2 + n > d->limit) {
        return false;
    }
    Qid q = { .type = e->type == 4 ? QT_DIR : e->type == 10 ? QT_SYMLINK : QT_FILE,
              .path = e->ino };
    wr_qid(d->w, &q);
    wr64(d->w, e->off);
    wr8(d->w, e->type);
    wr_str(d->w, e->name);
    d->entries++;
    return true;
}

static int op_readdir(P9Server *s, Rd *in, Wr *out)
{
    ReadReq q;
    int r = rd_read_req(s, in, out, &q);
    if (r) {
        return r;
    }
    size_t count_at = out->pos;
    wr32(out, 0);
    DirOut d = { .w = out, .limit = out->pos + q.count };
    r = s->fs->readdir(s->fs, q.f->node, q.off, emit_dirent, &d);
    if (r && d.entries == 0) {
        return r;
    }
    put_le32(out->p + count_at, (uint32_t)(out->pos - count_at - 4));
    return 0;
}

static int op_fsync(P9Server *s, Rd *in, Wr *out)
{
    Fid *f = rd_fid(s, in);
    /* datasync[4] came with Linux 5.x; older clients send only the fid. */
    uint32_t datasync = in->len - in->pos >= 4 ? rd32(in) : 0;
    int r = check(in, f != NULL);
    return r ? r : s->fs->fsync(s->fs, f->node, datasync != 0);
}

static int op_statfs(P9Server *s, Rd *in, Wr *out)
{
    Fid *f = rd_fid(s, in);
    int r = check(in, f != NULL);
    FsStatfs st;
    if (r || (r = s->fs->statfs(s->fs, f->node, &st)) != 0) {
        return r;
    }
    wr32(out, st.type);
    wr32(out, st.bsize);
    const uint64_t v[] = { st.blocks, st.bfree, st.bavail, st.files, st.ffree, st.fsid };
    wr64s(out, v, sizeof(v) / sizeof(v[0]));
    wr32(out, st.namelen);
    return 0;
}

/* Locks are advisory and the guest kernel keeps its own lock table; the
 * server holds none, so every lock is granted and none is ever found. */
static int op_lock(P9Server *s, Rd *in, Wr *out)
{
    char client[NAME_CAP];
    Fid *f = rd_fid(s, in);
    rd8(in);   /* type */
    rd32(in);  /* flags */
    rd64(in);  /* start */
    rd64(in);  /* length */
    rd32(in);  /* proc_id */
    rd_str(in, client, sizeof(client));
    int r = check(in, f != NULL);
    if (r) {
        return r;
    }
    wr8(out, LOCK_SUCCESS);
    return 0;
}

static int op_getlock(P9Server *s, Rd *in, Wr *out)
{
    char client[NAME_CAP];
    Fid *f = rd_fid(s, in);
    rd8(in);  /* type asked about */
    uint64_t start = rd64(in), length = rd64(in);
    uint32_t proc_id = rd32(in);
    rd_str(in, client, sizeof(client));
    int r = check(in, f != NULL);
    if (r) {
        return r;
    }
    wr8(out, F_UNLCK_L);
    wr64(out, start);
    wr64(out, length);
    wr32(out, proc_id);
    wr_str(out, client);
    return 0;
}

static int op_xattrwalk(P9Server *s, Rd *in, Wr *out)
{
    char name[NAME_CAP];
    Fid *f = rd_fid(s, in);
    uint32_t newfid = rd32(in);
    rd_str(in, name, sizeof(name));
    int r = check(in, f != NULL);
    if (r || (newfid != f->id && fid_get(s, newfid))) {
        return r ? r : -EBADF;
    }
    /* No extended attributes: "no such attribute" for a get (what ls and
     * cp expect), "not supported" for a listing. */
    return name[0] ? -ENODATA : -EOPNOTSUPP;
}

/* --- directories -------------------------------------------------------- */

static int op_mkdir(P9Server *s, Rd *in, Wr *out)
{
    char name[NAME_CAP];
    Fid *d = rd_fid_name(s, in, name);
    uint32_t mode = rd32(in), gid = rd32(in);
    int r = check(in, d != NULL);
    if (r) {
        return r;
    }
    FsCred cred = { .uid = d->uid, .gid = gid };
    r = s->fs->mkdir(s->fs, d->node, name, mode, &cred);
    return reply_made(s, out, d->node, name, r);
}

static int op_symlink(P9Server *s, Rd *in, Wr *out)
{
    char name[NAME_CAP], target[TARGET_CAP];
    Fid *d = rd_fid_name(s, in, name);
    rd_str(in, target, sizeof(target));
    uint32_t gid = rd32(in);
    int r = check(in, d != NULL);
    if (r) {
        return r;
    }
    FsCred cred = { .uid = d->uid, .gid = gid };
    r = s->fs->symlink(s->fs, d->node, name, target, &cred);
    return reply_made(s, out, d->node, name, r);
}

static int op_mknod(P9Server *s, Rd *in, Wr *out)
{
    char name[NAME_CAP];
    Fid *d = rd_fid_name(s, in, name);
    uint32_t mode = rd32(in), major = rd32(in), minor = rd32(in), gid = rd32(in);
    int r = check(in, d != NULL);
    if (r) {
        return r;
    }
    FsCred cred = { .uid = d->uid, .gid = gid };
    r = s->fs->mknod(s->fs, d->node, name, mode, makedev(major, minor), &cred);
    return reply_made(s, out, d->node, name, r);
}

static int op_readlink(P9Server *s, Rd *in, Wr *out)
{
    char target[TARGET_CAP];
    Fid *f = rd_fid(s, in);
    int r = check(in, f != NULL);
    if (r || (r = s->fs->readlink(s->fs, f->node, target, sizeof(target))) < 0) {
        return r;
    }
    wr_str(out, target);
    return 0;
}

static int op_link(P9Server *s, Rd *in, Wr *out)
{
    char name[NAME_CAP];
    Fid *d, *f;
    int r = rd_fids_name(s, in, &d, &f, name);
    return r ? r : s->fs->link(s->fs, f->node, d->node, name);
}

static int op_rename(P9Server *s, Rd *in, Wr *out)
{
    char name[NAME_CAP];
    Fid *f, *d;
    Moves m;
    int r = rd_fids_name(s, in, &f, &d, name);
    if (r || !name_ok(name)) {
        return r ? r : -EINVAL;
    }
    char *to = path_join(d->path, &name, 1);
    if (!to || moves_plan(s, f->path, to, &m) != 0) {
        free(to);
        return -ENOMEM;
    }
    r = s->fs->rename_node(s->fs, f->node, d->node, name);
    moves_finish(&m, r == 0);
    free(to);
    return r;
}

static int op_renameat(P9Server *s, Rd *in, Wr *out)
{
    char oldname[NAME_CAP], newname[NAME_CAP];
    Fid *od = rd_fid_name(s, in, oldname);
    Fid *nd = rd_fid_name(s, in, newname);
    int r = check(in, od && nd);
    if (r || !name_ok(oldname) || !name_ok(newname)) {
        return r ? r : -EINVAL;
    }
    char *from = path_join(od->path, &oldname, 1), *to = path_join(nd->path, &newname, 1);
    Moves m;
    r = from && to ? moves_plan(s, from, to, &m) : -ENOMEM;
    if (r == 0) {
        r = s->fs->rename(s->fs, od->node, oldname, nd->node, newname);
        moves_finish(&m, r == 0);
    }
    free(from);
    free(to);
    return r;
}

static int op_unlinkat(P9Server *s, Rd *in, Wr *out)
{
    char name[NAME_CAP];
    Fid *d = rd_fid_name(s, in, name);
    uint32_t flags = rd32(in);
    int r = check(in, d != NULL);
    return r ? r : s->fs->unlink(s->fs, d->node, name, (flags & AT_REMOVEDIR_L) != 0);
}

/* --- dispatch ----------------------------------------------------------- */

typedef int (*OpFn)(P9Server *s, Rd *in, Wr *out);

static OpFn op_for(uint8_t type)
{
    switch (type) {
    case P9_TVERSION: return op_version;
    case P9_TATTACH: return op_attach;
    case P9_TWALK: return op_walk;
    case P9_TCLUNK: return op_clunk;
    case P9_TREMOVE: return op_remove;
    case P9_TFLUSH: return op_flush;
    case P9_TLOPEN: return op_lopen;
    case P9_TLCREATE: return op_lcreate;
    case P9_TREAD: return op_read;
    case P9_TWRITE: return op_write;
    case P9_TGETATTR: return op_getattr;
    case P9_TSETATTR: return op_setattr;
    case P9_TREADDIR: return op_readdir;
    case P9_TFSYNC: return op_fsync;
    case P9_TSTATFS: return op_statfs;
    case P9_TLOCK: return op_lock;
    case P9_TGETLOCK: return op_getlock;
    case P9_TXATTRWALK: return op_xattrwalk;
    case P9_TMKDIR: return op_mkdir;
    case P9_TSYMLINK: return op_symlink;
    case P9_TMKNOD: return op_mknod;
    case P9_TREADLINK: return op_readlink;
    case P9_TLINK: return op_link;
    case P9_TRENAME: return op_rename;
    case P9_TRENAMEAT: return op_renameat;
    case P9_TUNLINKAT: return op_unlinkat;
    default: return NULL;
    }
}

static size_t finish(uint8_t *reply, size_t len, uint8_t type, uint16_t tag)
{
    put_le32(reply, (uint32_t)len);
    reply[4] = type;
    put_le16(reply + 5, tag);
    return len;
}

static size_t lerror(uint8_t *reply, uint16_t tag, int host_err)
{
    put_le32(reply + HDR, linux_errno(host_err));
    return finish(reply, P9_REPLY_MIN, P9_RLERROR, tag);
}

/* See p9_server.h. */
size_t p9_handle(P9Server *s, const uint8_t *req, size_t req_len, uint8_t *reply,
                 size_t reply_max)
{
    if (reply_max < P9_REPLY_MIN) {
        return 0;
    }
    if (req_len < HDR) {
        return lerror(reply, NOTAG, EINVAL);
    }
    uint32_t size = get_le32(req);
    uint8_t type = req[4];
    uint16_t tag = get_le16(req + 5);
    if (size < HDR || size > req_len) {
        return lerror(reply, tag, EINVAL);
    }
    OpFn op = op_for(type);
    if (!op) {
        return lerror(reply, tag, EOPNOTSUPP);
    }
    size_t max = reply_max < s->msize ? reply_max : s->msize;
    Rd in = { .p = req, .len = size, .pos = HDR };
    Wr out = { .p = reply, .max = max, .pos = HDR };
    int r = op(s, &in, &out);
    if (r == 0 && in.err) {
        r = -in.err;
    }
    if (r == 0 && out.overflow) {
        r = -ERANGE;  /* the answer does not fit the client's buffer */
    }
    return r < 0 ? lerror(reply, tag, -r) : finish(reply, out.pos, (uint8_t)(type + 1), tag);
}

/* --- saved state --------------------------------------------------------- */

enum {
    P9_STATE_VERSION = 1,
    PATH_SAVE_MAX = 65535,      /* longest fid path saved; deeper fids are saved stale */
    DEPTH_MAX = (PATH_SAVE_MAX + 1) / 2,    /* names in such a path: 1 byte + '/' each */
    FIDF_OPENED = 1, FIDF_STALE = 2,
    /* Tlopen/Tlcreate bits that must not act again on reopen. */
    DOTL_CREATE = 00000100, DOTL_EXCL = 00000200, DOTL_TRUNC = 00001000,
};

/* A path as u32 count + that many str names (the layout state_get_str
 * reads), without copying each name out of it. Paths have no empty
 * names, so there is one more name than there are slashes. */
static void save_path(StateWriter *w, const char *path)
{
    uint32_t depth = path[0] ? 1 : 0;
    for (const char *p = strchr(path, '/'); p; p = strchr(p + 1, '/')) {
        depth++;
    }
    state_put_u32(w, depth);
    while (*path) {
        size_t n = strcspn(path, "/");
        state_put_u32(w, (uint32_t)n);
        state_put_bytes(w, path, n);
        path += n + (path[n] == '/');
    }
}

static void save_fid(P9Server *s, const Fid *f, StateWriter *w)
{
    Qid q = { 0 };
    bool deep = strlen(f->path) > PATH_SAVE_MAX;
    bool stale = f->stale || deep || qid_of(s, f->node, &q) != 0;
    state_put_u32(w, f->id);
    state_put_u32(w, f->uid);
    state_put_u8(w, (uint8_t)((f->opened ? FIDF_OPENED : 0) | (stale ? FIDF_STALE : 0)));
    state_put_u32(w, f->opened ? f->oflags : 0);
    state_put_u8(w, q.type);
    state_put_u32(w, q.version);
    state_put_u64(w, q.path);
    save_path(w, deep ? "" : f->path);
}

/* See p9_server.h. */
int p9_server_save(P9Server *s, StateWriter *w)
{
    state_put_u32(w, P9_STATE_VERSION);
    state_put_u32(w, s->msize);
    state_put_str(w, s->dotl ? "9P2000.L" : "");
    state_put_u32(w, s->nfids);
    for (int b = 0; b < FID_BUCKETS; b++) {
        for (const Fid *f = s->fids[b]; f; f = f->next) {
            save_fid(s, f, w);
        }
    }
    return w->failed ? -1 : 0;
}

/* Reads a path saved by save_path into path (PATH_SAVE_MAX + 1 bytes):
 * true when every name is a single component (name_ok, at most 255 bytes)
 * and the joined path fits. A truncated read leaves r failed. */
static bool load_path(StateReader *r, char *path)
{
    char name[NAME_CAP];
    uint32_t depth = state_get_u32_max(r, DEPTH_MAX);
    size_t at = 0;
    path[0] = '\0';
    for (uint32_t i = 0; i < depth && !r->failed; i++) {
        size_t n = state_get_str(r, name, sizeof(name));
        if (r->failed || !name_ok(name) || at + (at > 0) + n > PATH_SAVE_MAX) {
            return false;
        }
        if (at > 0) {
            path[at++] = '/';
        }
        memcpy(path + at, name, n + 1);
        at += n;
    }
    return !r->failed;
}

/* Walks path from the share root; *out is the node (path came from
 * load_path: single components joined by '/'). */
static int walk_path(P9Server *s, const char *path, FsNode **out)
{
    char name[NAME_CAP];
    FsNode *cur;
    int r = s->fs->root(s->fs, &cur);
    while (r == 0 && *path) {
        size_t n = strcspn(path, "/");
        memcpy(name, path, n);
        name[n] = '\0';
        path += n + (path[n] == '/');
        FsNode *next = NULL;
        r = s->fs->walk(s->fs, cur, name, &next);
        s->fs->release(s->fs, cur);
        cur = next;
    }
    if (r == 0) {
        *out = cur;
    }
    return r;
}

/* Finds a saved fid's file again and reopens it: the node, or NULL when
 * the file is gone, is another file now (its qid differs: replaced or
 * renamed on the host) or cannot be reopened. The share root is found by
 * configuration, so only its type is compared. Creation flags are dropped:
 * a reopen must not truncate what the guest wrote. */
static FsNode *refind(P9Server *s, const char *path, const Qid *want, bool opened,
                      uint32_t oflags)
{
    FsNode *n;
    Qid q;
    if (walk_path(s, path, &n) != 0) {
        return NULL;
    }
    oflags &= ~(uint32_t)(DOTL_CREATE | DOTL_EXCL | DOTL_TRUNC);
    if (qid_of(s, n, &q) != 0 || q.type != want->type || (path[0] && q.path != want->path) ||
        (opened && s->fs->open(s->fs, n, host_open_flags(oflags)) != 0)) {
        s->fs->release(s->fs, n);
        return NULL;
    }
    return n;
}

__attribute__((format(printf, 3, 4)))
static int load_fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

/* One saved fid; path is a PATH_SAVE_MAX + 1 byte buffer. */
static int load_fid(P9Server *s, StateReader *r, char *path, char *err, size_t errlen)
{
    uint32_t id = state_get_u32(r), uid = state_get_u32(r);
    uint8_t bits = state_get_u8(r);
    uint32_t oflags = state_get_u32(r);
    Qid q = { .type = state_get_u8(r) };
    q.version = state_get_u32(r);
    q.path = state_get_u64(r);
    bool path_ok = load_path(r, path);
    if (r->failed) {
        return load_fail(err, errlen, "9p: saved state is truncated or malformed");
    }
    if ((bits & ~(FIDF_OPENED | FIDF_STALE)) || !path_ok) {
        return load_fail(err, errlen, "9p: saved fid %u has a malformed path or flags", id);
    }
    if (fid_get(s, id)) {
        return load_fail(err, errlen, "9p: fid %u is saved twice", id);
    }
    bool opened = bits & FIDF_OPENED;
    FsNode *n = (bits & FIDF_STALE) ? NULL : refind(s, path, &q, opened, oflags);
    if (fid_add(s, id, n, strdup(path), uid) != 0) {
        return load_fail(err, errlen, "9p: out of memory restoring fid %u", id);
    }
    Fid *f = fid_get(s, id);
    f->opened = opened;
    f->oflags = opened ? oflags : 0;
    return 0;
}

static int load_session(P9Server *s, StateReader *r, char *path, char *err, size_t errlen)
{
    char version[16];
    uint32_t v = state_get_u32(r), msize = state_get_u32(r);
    state_get_str(r, version, sizeof(version));
    uint32_t nfids = state_get_u32(r);
    if (r->failed) {
        return load_fail(err, errlen, "9p: saved state is truncated or malformed");
    }
    if (v != P9_STATE_VERSION) {
        return load_fail(err, errlen, "9p: unknown saved-state version %u", v);
    }
    if (msize < MSIZE_MIN || msize > P9_MSIZE_MAX ||
        (version[0] && strcmp(version, "9P2000.L") != 0)) {
        return load_fail(err, errlen, "9p: saved session is malformed");
    }
    if (nfids > MAX_FIDS) {
        return load_fail(err, errlen, "9p: saved state holds %u fids (too many)", nfids);
    }
    s->msize = msize;
    s->dotl = version[0] != '\0';
    for (uint32_t i = 0; i < nfids; i++) {
        if (load_fid(s, r, path, err, errlen) != 0) {
            return -1;
        }
    }
    return 0;
}

/* See p9_server.h. */
int p9_server_load(P9Server *s, StateReader *r, char *err, size_t errlen)
{
    p9_server_reset(s);
    char *path = malloc(PATH_SAVE_MAX + 1);
    int rc = path ? load_session(s, r, path, err, errlen)
                  : load_fail(err, errlen, "9p: out of memory");
    free(path);
    if (rc != 0) {
        p9_server_reset(s);
    }
    return rc;
}

/* See p9_server.h. */
P9Server *p9_server_create(FsBackend *fs)
{
    P9Server *s = calloc(1, sizeof(*s));
    if (s) {
        s->fs = fs;
        s->msize = P9_MSIZE_MAX;
    }
    return s;
}

/* See p9_server.h. */
void p9_server_reset(P9Server *s)
{
    fid_clear(s);
    s->msize = P9_MSIZE_MAX;
    s->dotl = false;
}

/* See p9_server.h. */
void p9_server_destroy(P9Server *s)
{
    if (s) {
        fid_clear(s);
        free(s);
    }
}
