/* The file-system backend interface: what the 9P2000.L server asks of a
 * shared directory tree. Files are reached one path component at a time
 * from the share root through opaque node handles (never by path strings),
 * so a backend can pin every step to what it resolved before. Every call
 * returns 0 (or a byte count) on success and a negative host errno on
 * failure; the 9P server maps host errno values to the guest's. */
#ifndef RVBOX_DEVICES_FS_H
#define RVBOX_DEVICES_FS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct FsBackend FsBackend;
typedef struct FsNode FsNode;   /* one resolved file, defined by the backend */

/* What stat(2) says about a node; mode holds Linux S_IF* type bits. */
typedef struct FsStat {
    uint64_t dev, ino;
    uint32_t mode, uid, gid;
    uint64_t nlink, rdev, size, blksize, blocks;
    int64_t atime_sec, atime_nsec, mtime_sec, mtime_nsec, ctime_sec, ctime_nsec;
} FsStat;

typedef struct FsStatfs {
    uint32_t type, bsize, namelen;
    uint64_t blocks, bfree, bavail, files, ffree, fsid;
} FsStatfs;

/* Fields of an FsSetattr to apply (a subset of struct iattr's). */
enum {
    FS_SET_MODE = 1, FS_SET_UID = 2, FS_SET_GID = 4, FS_SET_SIZE = 8,
    FS_SET_ATIME = 16, FS_SET_MTIME = 32,   /* time given below, or "now" */
    FS_SET_ATIME_NOW = 64, FS_SET_MTIME_NOW = 128,
};

typedef struct FsSetattr {
    unsigned valid;            /* FS_SET_* bits */
    uint32_t mode;             /* permission bits only (07777) */
    uint32_t uid, gid;
    uint64_t size;
    int64_t atime_sec, atime_nsec, mtime_sec, mtime_nsec;
} FsSetattr;

/* The owner a newly created file gets (the attaching guest user). */
typedef struct FsCred {
    uint32_t uid, gid;
} FsCred;

/* One directory entry; off is the cookie that resumes after it. */
typedef struct FsDirent {
    uint64_t ino, off;
    uint8_t type;              /* DT_* value (Linux) */
    const char *name;
} FsDirent;

/* Receives entries from readdir; returns false when it has no room (that
 * entry is then not consumed and readdir stops). */
typedef bool (*FsDirentFn)(void *ctx, const FsDirent *e);

/* Open flags for FsBackendOps.open/create: Linux O_* values (the same as
 * the host's on Linux hosts; the server translates 9P's anyway). Names
 * passed to the backend are single components: never empty, ".", ".." or
 * containing '/' (the backend checks this again). */
struct FsBackend {
    bool read_only;            /* every modifying call fails with -EROFS */
    /* A new handle on the share root. */
    int (*root)(FsBackend *fs, FsNode **out);
    /* A new handle on name inside directory dir, without following a
     * symlink at name (a symlink is returned as itself). */
    int (*walk)(FsBackend *fs, FsNode *dir, const char *name, FsNode **out);
    /* A second handle on the same file (unopened). */
    int (*clone)(FsBackend *fs, FsNode *n, FsNode **out);
    /* Drops a handle (closes its open file, if any). */
    void (*release)(FsBackend *fs, FsNode *n);
    int (*getattr)(FsBackend *fs, FsNode *n, FsStat *st);
    int (*setattr)(FsBackend *fs, FsNode *n, const FsSetattr *a);
    /* Opens n for I/O with O_* flags (regular files and directories only). */
    int (*open)(FsBackend *fs, FsNode *n, int flags);
    /* Creates and opens regular file name in dir; *out is the opened node. */
    int (*create)(FsBackend *fs, FsNode *dir, const char *name, int flags, uint32_t mode,
                  const FsCred *cred, FsNode **out);
    /* pread/pwrite on an opened node: bytes moved, or negative errno. */
    int64_t (*read)(FsBackend *fs, FsNode *n, uint64_t off, void *buf, size_t len);
    int64_t (*write)(FsBackend *fs, FsNode *n, uint64_t off, const void *buf, size_t len);
    /* Entries of an opened directory after cookie off (0 = from the start). */
    int (*readdir)(FsBackend *fs, FsNode *n, uint64_t off, FsDirentFn fn, void *ctx);
    int (*mkdir)(FsBackend *fs, FsNode *dir, const char *name, uint32_t mode,
                 const FsCred *cred);
    int (*symlink)(FsBackend *fs, FsNode *dir, const char *name, const char *target,
                   const FsCred *cred);
    /* mode includes the S_IF* type; rdev is the device number. */
    int (*mknod)(FsBackend *fs, FsNode *dir, const char *name, uint32_t mode, uint64_t rdev,
                 const FsCred *cred);
    /* The target text of symlink n, NUL-terminated; length or -errno. */
    int (*readlink)(FsBackend *fs, FsNode *n, char *buf, size_t len);
    /* New hard link dir/name to the file of n. */
    int (*link)(FsBackend *fs, FsNode *n, FsNode *dir, const char *name);
    int (*rename)(FsBackend *fs, FsNode *olddir, const char *oldname, FsNode *newdir,
                  const char *newname);
    /* Moves the file of n (which remembers where it was found) to dir/name. */
    int (*rename_node)(FsBackend *fs, FsNode *n, FsNode *dir, const char *name);
    /* Removes dir/name; rmdir semantics when is_dir. */
    int (*unlink)(FsBackend *fs, FsNode *dir, const char *name, bool is_dir);
    /* Removes the file of n from the directory it was found in. */
    int (*remove_node)(FsBackend *fs, FsNode *n);
    int (*statfs)(FsBackend *fs, FsNode *n, FsStatfs *st);
    /* Flushes an opened node to stable storage (no-op when not opened). */
    int (*fsync)(FsBackend *fs, FsNode *n, bool datasync);
    /* Frees the backend; every node must have been released. */
    void (*close)(FsBackend *fs);
};

#endif
