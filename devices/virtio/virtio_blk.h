/* virtio-blk (virtio 1.2 §5.2) on any virtio transport, backed by a BlockBackend. */
#ifndef RVBOX_DEVICES_VIRTIO_BLK_H
#define RVBOX_DEVICES_VIRTIO_BLK_H

#include "devices/block.h"
#include "devices/device.h"
#include "devices/virtio/virtio.h"

/* Creates a block device on backend (not owned: the caller closes it after
 * virtio_device_destroy). Offers SIZE_MAX, SEG_MAX, BLK_SIZE, FLUSH and, for
 * a read-only backend, RO. Requests go to the backend asynchronously and
 * complete in any order. Returns NULL when out of memory. */
VirtioDevice *virtio_blk_create(const GuestRam *ram, BlockBackend *backend);

#endif
