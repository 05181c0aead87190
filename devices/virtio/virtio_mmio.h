/* The virtio-mmio transport, version 2 (virtio 1.2 §4.2.2): one register
 * window per device, mapping the registers onto a VirtioDevice, and one
 * interrupt line. */
#ifndef RVBOX_DEVICES_VIRTIO_VIRTIO_MMIO_H
#define RVBOX_DEVICES_VIRTIO_VIRTIO_MMIO_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/device.h"
#include "devices/virtio/virtio.h"

#define VIRTIO_MMIO_SIZE 0x1000

typedef struct VirtioMmio {
    VirtioDevice *vdev;        /* not owned */
    IrqLine irq;
    bool irq_level;
    uint32_t device_features_sel, driver_features_sel;
    uint32_t queue_sel;
} VirtioMmio;

/* MMIO handlers (opaque = VirtioMmio *); registers are 4-byte, config
 * space (from 0x100) takes 1-, 2-, 4- and 8-byte accesses. */
extern const MmioOps virtio_mmio_ops;

/* Puts vdev behind a virtio-mmio register window raising irq. Returns NULL
 * when out of memory. The transport does not own vdev. */
VirtioMmio *virtio_mmio_create(VirtioDevice *vdev, IrqLine irq);

/* Frees the transport (not its device). NULL is ok. */
void virtio_mmio_destroy(VirtioMmio *t);

/* Writes the /soc/virtio_mmio@BASE node (compatible "virtio,mmio"). */
int virtio_mmio_fdt_node(VirtioMmio *t, FdtNodeCtx *f);

/* Saves / restores the transport's own registers (the selectors); the
 * device state is virtio_save's. load returns 0 or -1 (truncated). */
int virtio_mmio_save(VirtioMmio *t, StateWriter *w);
int virtio_mmio_load(VirtioMmio *t, StateReader *r);

#endif
