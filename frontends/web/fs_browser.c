/* The browser's shared directory (-fsdev / fs0): a tree in the module's
 * file system, which the worker keeps in IndexedDB (IDBFS) so it outlives
 * a reload, and where files dropped on the page appear and files the
 * guest writes can be downloaded from. The whole file system is the
 * worker's own memory, so the path-based POSIX calls of emscripten's FS
 * are all this needs: there is no host outside it to escape to. Names
 * still come one component at a time and are checked again here. Every
 * change is reported to the page (web_fs_changed), which writes the tree
 * back to IndexedDB shortly after. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "devices/backend.h"
#include "devices/fs.h"
#include "frontends/web/web_host.h"

#define BROWSER_PATH_MAX 4096

struct FsNode {
    char *path;                /* full path in the module's file system */
    int fd;                    /* open file, -1 when not opened (or a directory) */
    bool is_dir_open;
};

typedef struct BrowserFs {
    FsBackend base;
    char root[BROWSER_PATH_MAX];
} BrowserFs;

static int neg_errno(void)
{
    return errno ? -errno : -EIO;
}

static int sys_ok(int r)
{
    return r < 0 ? neg_errno() : 0;
}

static bool bad_name(const char *name)
{
    return !name[0] || !strcmp(name, ".") || !strcmp(name, "..") || strchr(name, '/');
}

static int new_node(const char *path, FsNode **out)
{
    FsNode *n = calloc(1, sizeof(*n));
    if (!n || !(n->path = strdup(path))) {
        free(n);
        return -ENOMEM;
    }
    n->fd = -1;
    *out = n;
    return 0;
}

/* dir's path joined with name into buf. */
static int child_path(const FsNode *dir, const char *name, char *buf)
{
    if (bad_name(name)) {
        return -EINVAL;
    }
    if (snprintf(buf, BROWSER_PATH_MAX, "%s/%s", dir->path, name) >= BROWSER_PATH_MAX) {
        return -ENAMETOOLONG;
    }
    return 0;
}

static void changed(void)
{
    web_fs_changed();
}

static int b_root(FsBackend *fs, FsNode **out)
{
    return new_node(((BrowserFs *)fs)->root, out);
}

static int b_walk(FsBackend *fs, FsNode *dir, const char *name, FsNode **out)
{
    char p[BROWSER_PATH_MAX];
    struct stat st;
    int r = child_path(dir, name, p);
    if (r != 0) {
        return r;
    }
    if (lstat(p, &st) != 0) {
        return neg_errno();
    }
    return new_node(p, out);
}

static int b_clone(FsBackend *fs, FsNode *n, FsNode **out)
{
    return new_node(n->path, out);
}

static void b_release(FsBackend *fs, FsNode *n)
{
    if (n->fd >= 0) {
        close(n->fd);
    }
    free(n->path);
    free(n);
}

static int b_getattr(FsBackend *fs, FsNode *n, FsStat *out)
{
    struct stat st;
    if (lstat(n->path, &st) != 0) {
        return neg_errno();
    }
    *out = (FsStat){
        .dev = st.st_dev, .ino = st.st_ino, .mode = st.st_mode, .uid = st.st_uid,
        .gid = st.st_gid, .nlink = st.st_nlink, .rdev = st.st_rdev, .size = (uint64_t)st.st_size,
        .blksize = 4096, .blocks = ((uint64_t)st.st_size + 511) / 512,
        .atime_sec = st.st_atim.tv_sec, .atime_nsec = st.st_atim.tv_nsec,
        .mtime_sec = st.st_mtim.tv_sec, .mtime_nsec = st.st_mtim.tv_nsec,
        .ctime_sec = st.st_ctim.tv_sec, .ctime_nsec = st.st_ctim.tv_nsec,
    };
    return 0;
}

static int set_times(FsNode *n, const FsSetattr *a)
{
    struct timespec ts[2] = { { 0, UTIME_OMIT }, { 0, UTIME_OMIT } };
    if (a->valid & FS_SET_ATIME) {
        ts[0] = (a->valid & FS_SET_ATIME_NOW) ? (struct timespec){ 0, UTIME_NOW }
                                               : (struct timespec){ a->atime_sec, a->atime_nsec };
    }
    if (a->valid & FS_SET_MTIME) {
        ts[1] = (a->valid & FS_SET_MTIME_NOW) ? (struct timespec){ 0, UTIME_NOW }
                                               : (struct timespec){ a->mtime_sec, a->mtime_nsec };
    }
    return sys_ok(utimensat(AT_FDCWD, n->path, ts, 0));
}

/* Owners do not exist in the browser's file system: uid and gid are
 * accepted and not kept. */
static int b_setattr(FsBackend *fs, FsNode *n, const FsSetattr *a)
{
    int r = 0;
    if (fs->read_only) {
        return -EROFS;
    }
    if (a->valid & FS_SET_MODE) {
        r = sys_ok(chmod(n->path, a->mode & 07777));
    }
    if (r == 0 && (a->valid & FS_SET_SIZE)) {
        r = sys_ok(truncate(n->path, (off_t)a->size));
    }
    if (r == 0 && (a->valid & (FS_SET_ATIME | FS_SET_MTIME))) {
        r = set_times(n, a);
    }
    changed();
    return r;
}

static int b_open(FsBackend *fs, FsNode *n, int flags)
{
    struct stat st;
    if (lstat(n->path, &st) != 0) {
        return neg_errno();
    }
    if (fs->read_only && ((flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC))) {
        return -EROFS;
    }
    if (S_ISDIR(st.st_mode)) {
        n->is_dir_open = true;
        return 0;
    }
    if (!S_ISREG(st.st_mode)) {
        return -EINVAL;
    }
    int fd = open(n->path, flags & (O_ACCMODE | O_TRUNC | O_APPEND));
    if (fd < 0) {
        return neg_errno();
    }
    if (n->fd >= 0) {
        close(n->fd);
    }
    n->fd = fd;
    if (flags & O_TRUNC) {
        changed();
    }
    return 0;
}

static int b_create(FsBackend *fs, FsNode *dir, const char *name, int flags, uint32_t mode,
                    const FsCred *cred, FsNode **out)
{
    char p[BROWSER_PATH_MAX];
    int r = fs->read_only ? -EROFS : child_path(dir, name, p);
    if (r != 0) {
        return r;
    }
    int fd = open(p, (flags & (O_ACCMODE | O_APPEND)) | O_CREAT | O_EXCL, mode & 07777);
    if (fd < 0) {
        return neg_errno();
    }
    r = new_node(p, out);
    if (r != 0) {
        close(fd);
        return r;
    }
    (*out)->fd = fd;
    changed();
    return 0;
}

static int64_t b_read(FsBackend *fs, FsNode *n, uint64_t off, void *buf, size_t len)
{
    if (n->fd < 0) {
        return n->is_dir_open ? -EISDIR : -EBADF;
    }
    ssize_t got = pread(n->fd, buf, len, (off_t)off);
    return got < 0 ? neg_errno() : got;
}

static int64_t b_write(FsBackend *fs, FsNode *n, uint64_t off, const void *buf, size_t len)
{
    if (n->fd < 0) {
        return n->is_dir_open ? -EISDIR : -EBADF;
    }
    ssize_t put = pwrite(n->fd, buf, len, (off_t)off);
    changed();
    return put < 0 ? neg_errno() : put;
}

/* Entries in directory order; the cookie of entry i is i + 1. */
static int b_readdir(FsBackend *fs, FsNode *n, uint64_t off, FsDirentFn fn, void *ctx)
{
    if (!n->is_dir_open) {
        return -EBADF;
    }
    DIR *d = opendir(n->path);
    if (!d) {
        return neg_errno();
    }
    uint64_t i = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL; i++) {
        if (i < off) {
            continue;
        }
        FsDirent de = { .ino = e->d_ino, .off = i + 1, .type = e->d_type, .name = e->d_name };
        if (!fn(ctx, &de)) {
            break;
        }
    }
    closedir(d);
    return 0;
}

static int b_mkdir(FsBackend *fs, FsNode *dir, const char *name, uint32_t mode,
                   const FsCred *cred)
{
    char p[BROWSER_PATH_MAX];
    int r = fs->read_only ? -EROFS : child_path(dir, name, p);
    r = r != 0 ? r : sys_ok(mkdir(p, mode & 07777));
    changed();
    return r;
}

static int b_symlink(FsBackend *fs, FsNode *dir, const char *name, const char *target,
                     const FsCred *cred)
{
    char p[BROWSER_PATH_MAX];
    int r = fs->read_only ? -EROFS : child_path(dir, name, p);
    r = r != 0 ? r : sys_ok(symlink(target, p));
    changed();
    return r;
}

/* Only regular files: the browser's file system has no device nodes or
 * FIFOs to give the guest. */
static int b_mknod(FsBackend *fs, FsNode *dir, const char *name, uint32_t mode, uint64_t rdev,
                   const FsCred *cred)
{
    char p[BROWSER_PATH_MAX];
    int r = fs->read_only ? -EROFS : child_path(dir, name, p);
    if (r != 0) {
        return r;
    }
    if (!S_ISREG(mode)) {
        return -EPERM;
    }
    int fd = open(p, O_WRONLY | O_CREAT | O_EXCL, mode & 07777);
    if (fd < 0) {
        return neg_errno();
    }
    close(fd);
    changed();
    return 0;
}

static int b_readlink(FsBackend *fs, FsNode *n, char *buf, size_t len)
{
    if (len == 0) {
        return -ERANGE;
    }
    ssize_t r = readlink(n->path, buf, len - 1);
    if (r < 0) {
        return neg_errno();
    }
    buf[r] = 0;
    return (int)r;
}

/* The browser's file system has no hard links. */
static int b_link(FsBackend *fs, FsNode *n, FsNode *dir, const char *name)
{
    return fs->read_only ? -EROFS : -EPERM;
}

static int b_rename(FsBackend *fs, FsNode *olddir, const char *oldname, FsNode *newdir,
                    const char *newname)
{
    char a[BROWSER_PATH_MAX], b[BROWSER_PATH_MAX];
    int r = fs->read_only ? -EROFS : child_path(olddir, oldname, a);
    r = r != 0 ? r : child_path(newdir, newname, b);
    r = r != 0 ? r : sys_ok(rename(a, b));
    changed();
    return r;
}

static int b_rename_node(FsBackend *fs, FsNode *n, FsNode *dir, const char *name)
{
    char b[BROWSER_PATH_MAX];
    int r = fs->read_only ? -EROFS : child_path(dir, name, b);
    r = r != 0 ? r : sys_ok(rename(n->path, b));
    if (r == 0) {
        char *p = strdup(b);
        if (p) {
            free(n->path);
            n->path = p;
        }
    }
    changed();
    return r;
}

static int b_unlink(FsBackend *fs, FsNode *dir, const char *name, bool is_dir)
{
    char p[BROWSER_PATH_MAX];
    int r = fs->read_only ? -EROFS : child_path(dir, name, p);
    r = r != 0 ? r : sys_ok(is_dir ? rmdir(p) : unlink(p));
    changed();
    return r;
}

static int b_remove_node(FsBackend *fs, FsNode *n)
{
    struct stat st;
    if (fs->read_only) {
        return -EROFS;
    }
    if (lstat(n->path, &st) != 0) {
        return neg_errno();
    }
    int r = sys_ok(S_ISDIR(st.st_mode) ? rmdir(n->path) : unlink(n->path));
    changed();
    return r;
}

/* The browser's storage has no fixed size: a generous, steady answer. */
static int b_statfs(FsBackend *fs, FsNode *n, FsStatfs *st)
{
    *st = (FsStatfs){ .type = 0x01021997 /* V9FS_MAGIC */, .bsize = 4096, .namelen = 255,
                      .blocks = 1u << 20, .bfree = 1u << 19, .bavail = 1u << 19,
                      .files = 1u << 16, .ffree = 1u << 15, .fsid = 0 };
    return 0;
}

static int b_fsync(FsBackend *fs, FsNode *n, bool datasync)
{
    changed();
    return 0;
}

static void b_close(FsBackend *fs)
{
    free(fs);
}

static void *open_browser_fs(const Opts *o, bool sync, char *err, size_t errlen)
{
    const char *path = opts_get(o, "path");
    struct stat st;
    bool ro = false;
    opts_get_bool(o, "readonly", false, &ro, "-fsdev", err, errlen);
    if (mkdir(path, 0755) != 0 && errno != EEXIST) {
        snprintf(err, errlen, "-fsdev: %s: %s", path, strerror(errno));
        return NULL;
    }
    BrowserFs *b = calloc(1, sizeof(*b));
    if (!b || stat(path, &st) != 0 || !S_ISDIR(st.st_mode) ||
        snprintf(b->root, sizeof(b->root), "%s", path) >= (int)sizeof(b->root)) {
        free(b);
        snprintf(err, errlen, "-fsdev: %s: not a directory", path);
        return NULL;
    }
    b->base = (FsBackend){
        .read_only = ro, .root = b_root, .walk = b_walk, .clone = b_clone,
        .release = b_release, .getattr = b_getattr, .setattr = b_setattr, .open = b_open,
        .create = b_create, .read = b_read, .write = b_write, .readdir = b_readdir,
        .mkdir = b_mkdir, .symlink = b_symlink, .mknod = b_mknod, .readlink = b_readlink,
        .link = b_link, .rename = b_rename, .rename_node = b_rename_node, .unlink = b_unlink,
        .remove_node = b_remove_node, .statfs = b_statfs, .fsync = b_fsync, .close = b_close,
    };
    return b;
}

BACKEND_REGISTER(fs_browser_backend) = {
    .kind = BACKEND_FS, .name = "browser storage", .open = open_browser_fs,
};
