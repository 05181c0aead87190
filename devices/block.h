/* The block backend interface: what virtio-blk asks of a disk. */
#ifndef RVBOX_DEVICES_BLOCK_H
#define RVBOX_DEVICES_BLOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SECTOR_SIZE 512

typedef struct BlockBackend BlockBackend;
struct BlockBackend {
    uint64_t sectors;   /* capacity in 512-byte sectors */
    bool read_only;     /* writes must fail with -EROFS */
    /* Each returns 0 or a negative errno. Sectors are 512 bytes; count is
     * in sectors; a range past the end returns -EIO and touches nothing. */
    int (*read)(BlockBackend *b, uint64_t sector, void *buf, uint32_t count);
    int (*write)(BlockBackend *b, uint64_t sector, const void *buf, uint32_t count);
    int (*flush)(BlockBackend *b);
    void (*close)(BlockBackend *b);
};

#endif
