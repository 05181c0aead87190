/* Raw disk-image file as a BlockBackend. */
#ifndef RVBOX_DEVICES_HOST_BLOCK_FILE_H
#define RVBOX_DEVICES_HOST_BLOCK_FILE_H

#include <stddef.h>

#include "devices/block.h"

enum {
    BLOCK_FILE_RW = 0,        /* reads and writes go to the file */
    BLOCK_FILE_RO = 1,        /* opened O_RDONLY; writes fail with -EROFS */
    BLOCK_FILE_SNAPSHOT = 2,  /* opened O_RDONLY; writes kept in memory */
};

/* Opens path as a raw image in mode BLOCK_FILE_RW, _RO or _SNAPSHOT.
 * Capacity is the file size rounded down to 512-byte sectors (trailing
 * bytes of a partial sector are invisible to the guest); a file shorter
 * than one sector is rejected. A read-write image takes an exclusive
 * flock(2) and the other modes a shared one, so two machines cannot
 * write one image. On error returns NULL and puts a one-line message
 * naming the file and the cause into err (errlen bytes, may be 0).
 * Close with backend->close(backend). */
BlockBackend *block_file_open(const char *path, int mode, char *err, size_t errlen);

#endif
