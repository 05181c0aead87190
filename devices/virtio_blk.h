/* virtio-blk (virtio 1.2 §5.2) over virtio-mmio, backed by a BlockBackend. */
#ifndef RVBOX_DEVICES_VIRTIO_BLK_H
#define RVBOX_DEVICES_VIRTIO_BLK_H

#include "block.h"
#include "device.h"
#include "virtio_mmio.h"

/* Creates a block device on backend (not owned: the caller closes it after
 * virtio_mmio_destroy). Offers SIZE_MAX, SEG_MAX, BLK_SIZE, FLUSH and, for
 * a read-only backend, RO. Returns the transport to map with
 * virtio_mmio_ops, or NULL when out of memory. */
VirtioMmio *virtio_blk_create(const GuestRam *ram, IrqLine irq, BlockBackend *backend);

#endif
