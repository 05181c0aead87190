/* A host directory as an FsBackend (QEMU's "-virtfs local"). The guest
 * stays inside the directory: every name is resolved one component at a
 * time with openat(O_PATH | O_NOFOLLOW) relative to an fd for its parent,
 * all changes use *at() calls relative to such fds, and host symlinks are
 * never followed (readlink returns their text for the guest to follow in
 * its own namespace). Device nodes cannot be created or opened. */
#ifndef RVBOX_DEVICES_HOST_FS_LOCAL_H
#define RVBOX_DEVICES_HOST_FS_LOCAL_H

#include <stdbool.h>
#include <stddef.h>

#include "devices/fs.h"

/* Host fds one share may hold at most (path and I/O fds of its nodes). */
enum { FS_LOCAL_MAX_FDS = 16384 };

/* Opens directory dir as a share; with readonly every modifying call
 * fails with -EROFS. On error returns NULL with a one-line message in err
 * (errlen bytes, may be 0): "DIR: not a directory" when dir is missing or
 * not a directory. Needs /proc (files are reopened through
 * /proc/self/fd). Each node handle costs about one host fd, so this raises
 * the process's soft RLIMIT_NOFILE to its hard limit. A share holds at
 * most FS_LOCAL_MAX_FDS host fds, at most half of what that limit leaves
 * above 256 (kept for the rest of rvbox), and all shares together no more
 * than that; past it, walks, opens and creates fail with -EMFILE (9P
 * Rlerror EMFILE) until the guest clunks fids. Close with fs->close(fs). */
FsBackend *fs_local_open(const char *dir, bool readonly, char *err, size_t errlen);

#endif
