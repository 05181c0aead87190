/* The host-directory backend. Each node holds an O_PATH fd for its file
 * and one for the directory it was found in, so later operations act on
 * what was resolved, not on a path that could have been swapped. Files are
 * reopened for I/O and changed through /proc/self/fd/N, which names the
 * inode the fd holds (never a guest-chosen path), and only for regular
 * files and directories, so no host symlink is ever followed. */
#define _GNU_SOURCE
#include "devices/host/fs_local.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "devices/backend.h"

#define NAME_MAX_BYTES 255
#define DIRENT_BUF 32768

/* An O_PATH fd shared by the nodes that refer to it (a file's handle, or
 * the directory its children were found in), so a guest holding many fids
 * costs about one host fd per file. */
typedef struct LocalFs LocalFs;

typedef struct PathFd {
    int fd;
    unsigned refs;
    LocalFs *fs;               /* whose descriptor count it is in */
} PathFd;

struct LocalFs {
    FsBackend base;
    PathFd *root;              /* the shared directory */
    unsigned held;             /* host fds its nodes hold (path and I/O fds) */
    unsigned cap;              /* at most this many; then EMFILE */
};

/* Host fds held by every share together, and their budget: the process's
 * fd limit less FD_RESERVE for the rest of rvbox (disk images, sockets,
 * event fds), so guests filling their shares never starve the host side.
 * Each share may take half the budget at most (FS_LOCAL_MAX_FDS at most),
 * so one share cannot starve another. Shares run on their own threads. */
enum { FD_RESERVE = 256 };
static atomic_uint fds_held_all;
static unsigned fds_budget;

struct FsNode {
    PathFd *self;              /* O_PATH | O_NOFOLLOW handle on the file */
    PathFd *parent;            /* the directory it was found in, or NULL (root) */
    int fd;                    /* self->fd */
    int parent_fd;             /* parent->fd, or -1 */
    int io_fd;                 /* opened for I/O, or -1 */
    char *name;                /* its name there (NULL for the root) */
    mode_t type;               /* S_IFMT bits */
};

/* Names from the guest are single components; anything that could walk
 * out of a directory is refused. */
static bool valid_name(const char *name)
{
    size_t n = strlen(name);
    return n > 0 && n <= NAME_MAX_BYTES && strcmp(name, ".") != 0 && strcmp(name, "..") != 0 &&
           !strchr(name, '/');
}

/* The /proc path of an fd we hold: the kernel resolves it to that inode.
 * Returned by value so a call can use proc_path(fd).s in place. */
typedef struct ProcPath {
    char s[32];
} ProcPath;

static ProcPath proc_path(int fd)
{
    ProcPath p;
    snprintf(p.s, sizeof(p.s), "/proc/self/fd/%d", fd);
    return p;
}

static int neg_errno(void)
{
    return errno ? -errno : -EIO;
}

/* 0, or the negative errno of a syscall that returned rc < 0. */
static int sys_ok(long rc)
{
    return rc < 0 ? neg_errno() : 0;
}

static int stat_fd(int fd, struct stat *st)
{
    return sys_ok(fstatat(fd, "", st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW));
}

/* Takes n descriptor slots for l: 0, or -EMFILE when l or all shares
 * together are at their cap. */
static int fd_take(LocalFs *l, unsigned n)
{
    if (l->held + n > l->cap) {
        return -EMFILE;
    }
    if (atomic_fetch_add(&fds_held_all, n) + n > fds_budget) {
        atomic_fetch_sub(&fds_held_all, n);
        return -EMFILE;
    }
    l->held += n;
    return 0;
}

static void fd_give_back(LocalFs *l, unsigned n)
{
    l->held -= n;
    atomic_fetch_sub(&fds_held_all, n);
}

/* Wraps fd (taken over: closed on failure), whose slot was taken with
 * fd_take; NULL when out of memory (the slot is given back). */
static PathFd *pathfd_new(LocalFs *l, int fd)
{
    PathFd *p = malloc(sizeof(*p));
    if (!p) {
        close(fd);
        fd_give_back(l, 1);
        return NULL;
    }
    *p = (PathFd){ .fd = fd, .refs = 1, .fs = l };
    return p;
}

static PathFd *pathfd_ref(PathFd *p)
{
    if (p) {
        p->refs++;
    }
    return p;
}

static void pathfd_unref(PathFd *p)
{
    if (p && --p->refs == 0) {
        close(p->fd);
        fd_give_back(p->fs, 1);
        free(p);
    }
}

static void node_free(FsNode *n)
{
    if (n->io_fd >= 0) {
        close(n->io_fd);
        fd_give_back(n->self->fs, 1);
    }
    pathfd_unref(n->parent);
    pathfd_unref(n->self);
    free(n->name);
    free(n);
}

/* A node on self (reference taken over, dropped on failure) found as name
 * in parent (borrowed, NULL for the root). */
static int node_new(PathFd *self, PathFd *parent, const char *name, FsNode **out)
{
    FsNode *n = self ? calloc(1, sizeof(*n)) : NULL;
    struct stat st;
    if (!n) {
        pathfd_unref(self);
        return -ENOMEM;
    }
    *n = (FsNode){ .self = self, .fd = self->fd, .parent_fd = -1, .io_fd = -1 };
    int r = stat_fd(n->fd, &st);
    if (r == 0 && parent) {
        n->parent = pathfd_ref(parent);
        n->parent_fd = parent->fd;
        n->name = strdup(name);
        r = n->name ? 0 : -ENOMEM;
    }
    if (r != 0) {
        node_free(n);
        return r;
    }
    n->type = st.st_mode & S_IFMT;
    *out = n;
    return 0;
}

static int local_root(FsBackend *fs, FsNode **out)
{
    LocalFs *l = (LocalFs *)fs;
    return node_new(pathfd_ref(l->root), NULL, NULL, out);
}

static int local_walk(FsBackend *fs, FsNode *dir, const char *name, FsNode **out)
{
    if (!valid_name(name)) {
        return -EINVAL;
    }
    LocalFs *l = (LocalFs *)fs;
    int r = fd_take(l, 1);
    if (r != 0) {
        return r;
    }
    int fd = openat(dir->fd, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        r = neg_errno();
        fd_give_back(l, 1);
        return r;
    }
    return node_new(pathfd_new(l, fd), dir->self, name, out);
}

static int local_clone(FsBackend *fs, FsNode *n, FsNode **out)
{
    return node_new(pathfd_ref(n->self), n->parent, n->name, out);
}

static void local_release(FsBackend *fs, FsNode *n)
{
    if (n) {
        node_free(n);
    }
}

static int local_getattr(FsBackend *fs, FsNode *n, FsStat *out)
{
    struct stat st;
    int r = stat_fd(n->fd, &st);
    if (r != 0) {
        return r;
    }
    *out = (FsStat){
        .dev = st.st_dev, .ino = st.st_ino, .mode = st.st_mode, .uid = st.st_uid,
        .gid = st.st_gid, .nlink = st.st_nlink, .rdev = st.st_rdev, .size = (uint64_t)st.st_size,
        .blksize = (uint64_t)st.st_blksize, .blocks = (uint64_t)st.st_blocks,
        .atime_sec = st.st_atim.tv_sec, .atime_nsec = st.st_atim.tv_nsec,
        .mtime_sec = st.st_mtim.tv_sec, .mtime_nsec = st.st_mtim.tv_nsec,
        .ctime_sec = st.st_ctim.tv_sec, .ctime_nsec = st.st_ctim.tv_nsec,
    };
    return 0;
}

/* True when parent/name still is the file n holds (it may have been
 * renamed or replaced since it was walked). */
static bool still_there(FsNode *n)
{
    struct stat a, b;
    if (n->parent_fd < 0 || stat_fd(n->fd, &a) != 0 ||
        fstatat(n->parent_fd, n->name, &b, AT_SYMLINK_NOFOLLOW) != 0) {
        return false;
    }
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static int set_times(FsNode *n, const FsSetattr *a)
{
    struct timespec ts[2] = { { 0, UTIME_OMIT }, { 0, UTIME_OMIT } };
    if (a->valid & FS_SET_ATIME) {
        ts[0] = (struct timespec){ a->atime_sec, a->atime_nsec };
    } else if (a->valid & FS_SET_ATIME_NOW) {
        ts[0].tv_nsec = UTIME_NOW;
    }
    if (a->valid & FS_SET_MTIME) {
        ts[1] = (struct timespec){ a->mtime_sec, a->mtime_nsec };
    } else if (a->valid & FS_SET_MTIME_NOW) {
        ts[1].tv_nsec = UTIME_NOW;
    }
    if (n->type == S_IFLNK) {
        /* The link itself, by name in its directory, never followed. */
        if (!still_there(n)) {
            return -ESTALE;
        }
        return sys_ok(utimensat(n->parent_fd, n->name, ts, AT_SYMLINK_NOFOLLOW));
    }
    return sys_ok(utimensat(AT_FDCWD, proc_path(n->fd).s, ts, 0));
}

static int set_size(FsNode *n, uint64_t size)
{
    if (n->type == S_IFDIR) {
        return -EISDIR;
    }
    if (n->type != S_IFREG) {
        return -EINVAL;
    }
    if (size > INT64_MAX) {
        return -EFBIG;
    }
    return sys_ok(truncate(proc_path(n->fd).s, (off_t)size));
}

static int local_setattr(FsBackend *fs, FsNode *n, const FsSetattr *a)
{
    int r = 0;
    if (fs->read_only) {
        return -EROFS;
    }
    if (a->valid & FS_SET_MODE) {
        /* As Linux's fchmodat(AT_SYMLINK_NOFOLLOW): a link has no mode. */
        r = n->type == S_IFLNK ? -EOPNOTSUPP : sys_ok(chmod(proc_path(n->fd).s, a->mode & 07777));
    }
    if (r == 0 && (a->valid & (FS_SET_UID | FS_SET_GID))) {
        uid_t uid = (a->valid & FS_SET_UID) ? a->uid : (uid_t)-1;
        gid_t gid = (a->valid & FS_SET_GID) ? a->gid : (gid_t)-1;
        r = sys_ok(fchownat(n->fd, "", uid, gid, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW));
    }
    if (r == 0 && (a->valid & FS_SET_SIZE)) {
        r = set_size(n, a->size);
    }
    if (r == 0 && (a->valid & (FS_SET_ATIME | FS_SET_MTIME | FS_SET_ATIME_NOW |
                               FS_SET_MTIME_NOW))) {
        r = set_times(n, a);
    }
    return r;
}

static bool writes(int flags)
{
    return (flags & O_ACCMODE) != O_RDONLY || (flags & (O_TRUNC | O_APPEND));
}

/* Host open flags for a guest request: creation is done by create(), and
 * O_DIRECT/O_ASYNC would change how the emulator itself does I/O. */
static int io_flags(int flags)
{
    return (flags & ~(O_CREAT | O_EXCL | O_NOCTTY | O_NOFOLLOW | O_DIRECT | O_ASYNC)) |
           O_CLOEXEC;
}

static int local_open(FsBackend *fs, FsNode *n, int flags)
{
    if (n->io_fd >= 0) {
        return -EBUSY;
    }
    if (n->type == S_IFLNK) {
        return -ELOOP;
    }
    if (n->type != S_IFREG && n->type != S_IFDIR) {
        return -ENXIO;  /* FIFOs would block the emulator; devices are the host's */
    }
    if (fs->read_only && writes(flags)) {
        return -EROFS;
    }
    int r = fd_take((LocalFs *)fs, 1);
    if (r != 0) {
        return r;
    }
    n->io_fd = open(proc_path(n->fd).s, io_flags(flags));
    r = sys_ok(n->io_fd);
    if (r != 0) {
        fd_give_back((LocalFs *)fs, 1);
    }
    return r;
}

/* The checks before dir/name is made, changed or removed: a name that
 * could leave the directory is refused before a read-only share is. */
static int may_change(FsBackend *fs, const char *name)
{
    return !valid_name(name) ? -EINVAL : fs->read_only ? -EROFS : 0;
}

/* New files belong to the guest user who made them when we can do that. */
static void give_to(int dirfd, const char *name, int fd, const FsCred *cred)
{
    if (geteuid() != 0) {
        return;
    }
    int r = fd >= 0 ? fchown(fd, cred->uid, cred->gid)
                    : fchownat(dirfd, name, cred->uid, cred->gid, AT_SYMLINK_NOFOLLOW);
    (void)r;  /* best effort: the file exists either way */
}

/* The end of mkdir, symlink and mknod: rc is what the *at() call that
 * made dir/name returned (errno still its own). */
static int made(FsNode *dir, const char *name, int rc, const FsCred *cred)
{
    if (rc < 0) {
        return neg_errno();
    }
    give_to(dir->fd, name, -1, cred);
    return 0;
}

static int local_create(FsBackend *fs, FsNode *dir, const char *name, int flags, uint32_t mode,
                        const FsCred *cred, FsNode **out)
{
    int r = may_change(fs, name);
    if (r != 0) {
        return r;
    }
    LocalFs *l = (LocalFs *)fs;
    r = fd_take(l, 2);  /* the I/O fd and the node's path fd */
    if (r != 0) {
        return r;
    }
    /* O_NONBLOCK: name may already be a FIFO (the guest can make one with
     * Tmknod, the host can plant one), and opening a FIFO waits for its
     * other end. Only a regular file is kept, as open() does. */
    int io = openat(dir->fd, name,
                    io_flags(flags) | O_CREAT | O_NOFOLLOW | O_NONBLOCK | (flags & O_EXCL),
                    mode & 07777);
    struct stat st;
    if (io < 0 || fstat(io, &st) != 0 || !S_ISREG(st.st_mode)) {
        r = io < 0 ? neg_errno() : -ENXIO;
        if (io >= 0) {
            close(io);
        }
        fd_give_back(l, 2);
        return r;
    }
    fcntl(io, F_SETFL, fcntl(io, F_GETFL) & ~O_NONBLOCK);
    give_to(dir->fd, name, io, cred);
    int fd = open(proc_path(io).s, O_PATH | O_CLOEXEC);   /* the same inode, not the name again */
    if (fd < 0) {
        r = neg_errno();
        fd_give_back(l, 1);   /* the path fd's slot; the I/O fd's goes below */
    } else {
        r = node_new(pathfd_new(l, fd), dir->self, name, out);  /* gives its slot back itself */
    }
    if (r != 0) {
        close(io);
        fd_give_back(l, 1);
        return r;
    }
    (*out)->io_fd = io;
    return 0;
}

/* pwrite of wbuf when it is given, else pread into rbuf, on the opened
 * node; retried when a signal (the emulator's timers) interrupts it. */
static int64_t io_at(FsNode *n, uint64_t off, void *rbuf, const void *wbuf, size_t len)
{
    if (n->io_fd < 0) {
        return -EBADF;
    }
    if (off > INT64_MAX) {
        return -EINVAL;
    }
    ssize_t r;
    do {
        r = wbuf ? pwrite(n->io_fd, wbuf, len, (off_t)off) : pread(n->io_fd, rbuf, len, (off_t)off);
    } while (r < 0 && errno == EINTR);
    return r < 0 ? neg_errno() : r;
}

static int64_t local_read(FsBackend *fs, FsNode *n, uint64_t off, void *buf, size_t len)
{
    return io_at(n, off, buf, NULL, len);
}

static int64_t local_write(FsBackend *fs, FsNode *n, uint64_t off, const void *buf, size_t len)
{
    return io_at(n, off, NULL, buf, len);
}

/* Linux's struct linux_dirent64 (getdents64(2)). */
typedef struct HostDirent {
    uint64_t ino;
    int64_t off;
    unsigned short reclen;
    unsigned char type;
    char name[];
} HostDirent;

static int local_readdir(FsBackend *fs, FsNode *n, uint64_t off, FsDirentFn fn, void *ctx)
{
    static const size_t name_at = offsetof(HostDirent, name);
    if (n->io_fd < 0 || n->type != S_IFDIR) {
        return n->io_fd < 0 ? -EBADF : -ENOTDIR;
    }
    if (lseek(n->io_fd, (off_t)off, SEEK_SET) < 0) {
        return neg_errno();
    }
    char *buf = malloc(DIRENT_BUF);
    if (!buf) {
        return -ENOMEM;
    }
    int r = 0;
    bool more = true;
    while (more) {
        long got = syscall(SYS_getdents64, n->io_fd, buf, DIRENT_BUF);
        if (got <= 0) {
            r = got < 0 ? neg_errno() : 0;
            break;
        }
        for (long pos = 0; pos + (long)name_at < got && more;) {
            const HostDirent *d = (const HostDirent *)(buf + pos);
            FsDirent e = { .ino = d->ino, .off = (uint64_t)d->off, .type = d->type,
                           .name = d->name };
            more = fn(ctx, &e);
            pos += d->reclen;
        }
    }
    free(buf);
    return r;
}

static int local_mkdir(FsBackend *fs, FsNode *dir, const char *name, uint32_t mode,
                       const FsCred *cred)
{
    int r = may_change(fs, name);
    return r != 0 ? r : made(dir, name, mkdirat(dir->fd, name, mode & 07777), cred);
}

static int local_symlink(FsBackend *fs, FsNode *dir, const char *name, const char *target,
                         const FsCred *cred)
{
    int r = may_change(fs, name);
    return r != 0 ? r : made(dir, name, symlinkat(target, dir->fd, name), cred);
}

static int local_mknod(FsBackend *fs, FsNode *dir, const char *name, uint32_t mode, uint64_t rdev,
                       const FsCred *cred)
{
    mode_t type = mode & S_IFMT;
    int r = may_change(fs, name);
    if (r != 0) {
        return r;
    }
    if (type == S_IFCHR || type == S_IFBLK) {
        return -EPERM;  /* a device node in the share would open the host's device */
    }
    if (type != S_IFREG && type != S_IFIFO && type != S_IFSOCK && type != 0) {
        return -EINVAL;
    }
    mode_t how = (type ? type : S_IFREG) | (mode & 07777);
    return made(dir, name, mknodat(dir->fd, name, how, (dev_t)rdev), cred);
}

static int local_readlink(FsBackend *fs, FsNode *n, char *buf, size_t len)
{
    if (n->type != S_IFLNK) {
        return -EINVAL;
    }
    ssize_t r = readlinkat(n->fd, "", buf, len);
    if (r < 0) {
        return neg_errno();
    }
    if ((size_t)r >= len) {
        return -ENAMETOOLONG;
    }
    buf[r] = '\0';
    return (int)r;
}

static int local_link(FsBackend *fs, FsNode *n, FsNode *dir, const char *name)
{
    int r = may_change(fs, name);
    if (r != 0) {
        return r;
    }
    if (n->type == S_IFDIR) {
        return -EPERM;
    }
    if (linkat(n->fd, "", dir->fd, name, AT_EMPTY_PATH) == 0) {
        return 0;
    }
    if (errno != ENOENT || n->type == S_IFLNK) {
        return neg_errno();
    }
    /* Without CAP_DAC_READ_SEARCH AT_EMPTY_PATH fails; the /proc name of
     * the fd still denotes exactly that inode. */
    return sys_ok(linkat(AT_FDCWD, proc_path(n->fd).s, dir->fd, name, AT_SYMLINK_FOLLOW));
}

static int local_rename(FsBackend *fs, FsNode *olddir, const char *oldname, FsNode *newdir,
                        const char *newname)
{
    int r = valid_name(oldname) ? may_change(fs, newname) : -EINVAL;
    return r != 0 ? r : sys_ok(renameat(olddir->fd, oldname, newdir->fd, newname));
}

/* The checks before the file of n is moved or removed by the name it was
 * found under: the share root has none (EBUSY), and that name must still
 * lead to n (ESTALE), so the guest never acts on a file swapped in. */
static int may_change_node(FsBackend *fs, FsNode *n)
{
    return fs->read_only ? -EROFS : !n->name ? -EBUSY : !still_there(n) ? -ESTALE : 0;
}

static int local_rename_node(FsBackend *fs, FsNode *n, FsNode *dir, const char *name)
{
    int r = may_change_node(fs, n);
    if (r != 0) {
        return r;
    }
    char *copy = strdup(name);
    if (!copy) {
        return -ENOMEM;
    }
    r = local_rename(fs, &(FsNode){ .fd = n->parent_fd }, n->name, dir, name);
    if (r != 0) {
        free(copy);
        return r;
    }
    /* The node now lives in dir under name. */
    pathfd_unref(n->parent);
    n->parent = pathfd_ref(dir->self);
    n->parent_fd = dir->fd;
    free(n->name);
    n->name = copy;
    return 0;
}

static int local_unlink(FsBackend *fs, FsNode *dir, const char *name, bool is_dir)
{
    int r = may_change(fs, name);
    return r != 0 ? r : sys_ok(unlinkat(dir->fd, name, is_dir ? AT_REMOVEDIR : 0));
}

static int local_remove_node(FsBackend *fs, FsNode *n)
{
    int r = may_change_node(fs, n);
    if (r != 0) {
        return r;
    }
    return local_unlink(fs, &(FsNode){ .fd = n->parent_fd }, n->name, n->type == S_IFDIR);
}

static int local_statfs(FsBackend *fs, FsNode *n, FsStatfs *out)
{
    struct statfs st;
    if (fstatfs(n->fd, &st) < 0) {
        return neg_errno();
    }
    uint64_t fsid;
    memcpy(&fsid, &st.f_fsid, sizeof(fsid));
    *out = (FsStatfs){
        .type = (uint32_t)st.f_type, .bsize = (uint32_t)st.f_bsize,
        .namelen = (uint32_t)st.f_namelen, .blocks = st.f_blocks, .bfree = st.f_bfree,
        .bavail = st.f_bavail, .files = st.f_files, .ffree = st.f_ffree, .fsid = fsid,
    };
    return 0;
}

static int local_fsync(FsBackend *fs, FsNode *n, bool datasync)
{
    if (n->io_fd < 0) {
        return 0;
    }
    return sys_ok(datasync ? fdatasync(n->io_fd) : fsync(n->io_fd));
}

static void local_close(FsBackend *fs)
{
    LocalFs *l = (LocalFs *)fs;
    if (l) {
        pathfd_unref(l->root);
        free(l);
    }
}

static const FsBackend local_ops = {
    .root = local_root, .walk = local_walk, .clone = local_clone, .release = local_release,
    .getattr = local_getattr, .setattr = local_setattr, .open = local_open,
    .create = local_create, .read = local_read, .write = local_write,
    .readdir = local_readdir, .mkdir = local_mkdir, .symlink = local_symlink,
    .mknod = local_mknod, .readlink = local_readlink, .link = local_link,
    .rename = local_rename, .rename_node = local_rename_node, .unlink = local_unlink,
    .remove_node = local_remove_node, .statfs = local_statfs, .fsync = local_fsync,
    .close = local_close,
};

/* Every fid the guest holds (its kernel keeps one per cached dentry) costs
 * an fd here, so the soft limit, often 1024, is raised to the hard one;
 * the shares' budget is what that leaves above FD_RESERVE (64 at least). */
static void raise_fd_limit(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0) {
        rl.rlim_cur = 1024;
    } else if (rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
        getrlimit(RLIMIT_NOFILE, &rl);
    }
    rlim_t budget = rl.rlim_cur > 2 * FD_RESERVE ? rl.rlim_cur - FD_RESERVE : 64;
    fds_budget = budget > 1u << 30 ? 1u << 30 : (unsigned)budget;
}

/* Sets l's cap and takes the slot of its root's fd. */
static int fd_take_root(LocalFs *l)
{
    l->cap = fds_budget / 2 < FS_LOCAL_MAX_FDS ? fds_budget / 2 : FS_LOCAL_MAX_FDS;
    return fd_take(l, 1);
}

/* See fs_local.h. */
FsBackend *fs_local_open(const char *dir, bool readonly, char *err, size_t errlen)
{
    struct stat st;
    int fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || fstat(fd, &st) < 0 || !S_ISDIR(st.st_mode)) {
        int e = errno;
        if (fd < 0 && e != ENOENT && e != ENOTDIR) {
            snprintf(err, errlen, "%s: %s", dir, strerror(e));
        } else {
            snprintf(err, errlen, "%s: not a directory", dir);
        }
        if (fd >= 0) {
            close(fd);
        }
        return NULL;
    }
    raise_fd_limit();
    LocalFs *l = calloc(1, sizeof(*l));
    if (!l || fd_take_root(l) != 0) {
        close(fd);
        free(l);
        snprintf(err, errlen, l ? "%s: too many open files" : "out of memory", dir);
        return NULL;
    }
    if (!(l->root = pathfd_new(l, fd))) {   /* closed fd */
        free(l);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    l->base = local_ops;
    l->base.read_only = readonly;
    return &l->base;
}

/* -fsdev local,path=DIR[,readonly=on]. */
static void *open_fs(const Opts *o, bool sync, char *err, size_t errlen)
{
    bool ro = false;
    opts_get_bool(o, "readonly", false, &ro, "-fsdev", err, errlen);
    return fs_local_open(opts_get(o, "path"), ro, err, errlen);
}

BACKEND_REGISTER(fs_local_backend) = {
    .kind = BACKEND_FS, .name = "host directory", .open = open_fs,
};
