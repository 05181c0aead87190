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

/* Opens directory dir as a share; with readonly every modifying call
 * fails with -EROFS. On error returns NULL with a one-line message in err
 * (errlen bytes, may be 0): "DIR: not a directory" when dir is missing or
 * not a directory. Needs /proc (files are reopened through
 * /proc/self/fd). Each node handle costs about one host fd, so this raises
 * the process's soft RLIMIT_NOFILE to its hard limit. Close with
 * fs->close(fs). */
FsBackend *fs_local_open(const char *dir, bool readonly, char *err, size_t errlen);

#endif
