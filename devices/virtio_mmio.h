/* The virtio-mmio transport, version 2 (virtio 1.2 §4.2.2), shared by all
 * virtio devices. A device model supplies a VirtioDeviceClass and its own
 * state; the transport owns registers, status, features, queues and the
 * interrupt line. */
#ifndef RVBOX_DEVICES_VIRTIO_MMIO_H
#define RVBOX_DEVICES_VIRTIO_MMIO_H

#include <stdbool.h>
#include <stdint.h>

#include "device.h"
#include "virtqueue.h"

#define VIRTIO_MMIO_SIZE 0x1000
#define VIRTIO_MMIO_MAX_QUEUES 8
#define VIRTIO_MMIO_QUEUE_MAX 256     /* QueueNumMax of every queue */
#define VIRTIO_MMIO_CONFIG_MAX 256    /* bytes of device config space */

/* Device status bits (virtio 1.2 §2.1). */
#define VIRTIO_STATUS_ACKNOWLEDGE 1
#define VIRTIO_STATUS_DRIVER 2
#define VIRTIO_STATUS_DRIVER_OK 4
#define VIRTIO_STATUS_FEATURES_OK 8
#define VIRTIO_STATUS_NEEDS_RESET 64
#define VIRTIO_STATUS_FAILED 128

/* Transport feature bits (virtio 1.2 §6). */
#define VIRTIO_F_INDIRECT_DESC (1ull << 28)
#define VIRTIO_F_EVENT_IDX (1ull << 29)
#define VIRTIO_F_VERSION_1 (1ull << 32)

/* InterruptStatus bits (virtio 1.2 §4.2.2). */
#define VIRTIO_INT_USED 1
#define VIRTIO_INT_CONFIG 2

typedef struct VirtioMmio VirtioMmio;

/* What a device model tells the transport. dev is the device's own state. */
typedef struct VirtioDeviceClass {
    uint32_t device_id;       /* virtio 1.2 §5 (2 = block, 3 = console) */
    uint64_t features;        /* device-specific feature bits offered */
    unsigned num_queues;      /* <= VIRTIO_MMIO_MAX_QUEUES */
    uint32_t config_size;     /* <= VIRTIO_MMIO_CONFIG_MAX */
    /* Driver notified queue q (only called with DRIVER_OK and q ready). */
    void (*queue_notify)(VirtioMmio *t, void *dev, unsigned q);
    /* Fills buf[0, config_size) with the current config (little-endian). */
    void (*config_read)(void *dev, uint8_t *buf);
    /* The driver wrote bytes [off, off+len) of config; buf is the whole
     * config with the write merged. May be NULL (config read-only). */
    void (*config_write)(void *dev, const uint8_t *buf, uint32_t off, uint32_t len);
    /* Device reset (Status written 0), after the transport reset. May be NULL. */
    void (*reset)(void *dev);
    /* Frees dev (from virtio_mmio_destroy). May be NULL. */
    void (*destroy)(void *dev);
} VirtioDeviceClass;

struct VirtioMmio {
    const VirtioDeviceClass *cls;
    void *dev;
    GuestRam ram;
    IrqLine irq;
    uint64_t device_features;  /* offered: class bits + transport bits */
    uint64_t driver_features;  /* written by the driver */
    uint32_t device_features_sel, driver_features_sel;
    uint32_t queue_sel;
    uint32_t status;
    uint32_t interrupt_status;
    uint32_t config_generation;
    bool irq_level;
    VirtQueue queue[VIRTIO_MMIO_MAX_QUEUES];
};

/* MMIO handlers (opaque = VirtioMmio *); registers are 4-byte, config
 * space (from 0x100) takes 1-, 2-, 4- and 8-byte accesses. */
extern const MmioOps virtio_mmio_ops;

/* Creates a transport for device dev of class cls. ram is copied. Offers
 * cls->features plus VERSION_1, INDIRECT_DESC and EVENT_IDX; a device may
 * add bits to t->device_features before the guest runs. Returns NULL when
 * out of memory or cls is invalid (too many queues, config too big). */
VirtioMmio *virtio_mmio_create(const VirtioDeviceClass *cls, void *dev, const GuestRam *ram,
                               IrqLine irq);

/* Frees the transport and, through cls->destroy, its device. NULL is ok. */
void virtio_mmio_destroy(VirtioMmio *t);

/* True once the driver set DRIVER_OK and the device does not need reset
 * (virtio 1.2 §2.1: before that no buffer may be used). */
bool virtio_mmio_driver_ok(const VirtioMmio *t);

/* Queue q if it exists, is ready and the device may use it, else NULL. */
VirtQueue *virtio_mmio_live_queue(VirtioMmio *t, unsigned q);

/* After pushing used elements on queue q: raises a used-buffer interrupt
 * if the driver wants one (virtio 1.2 §2.7.7, §2.7.10). */
void virtio_mmio_notify_used(VirtioMmio *t, unsigned q);

/* Serves queue q of a device whose requests complete at once: pops every
 * available chain into c and hands it to complete(t->dev, queue, ram),
 * which returns it with virtq_push (0, or -EFAULT when that failed). A
 * malformed queue or a failed completion sets DEVICE_NEEDS_RESET; then the
 * driver is notified as it asked (virtio 1.2 §2.7.7). */
void virtio_mmio_serve_queue(VirtioMmio *t, unsigned q, VirtqChain *c,
                             int (*complete)(void *dev, VirtQueue *queue, const GuestRam *ram));

/* After the device changed its config: bumps ConfigGeneration and, once
 * DRIVER_OK is set, raises a configuration-change interrupt (§2.5, §4.2.2). */
void virtio_mmio_config_changed(VirtioMmio *t);

/* Marks an unrecoverable device error, e.g. a malformed queue: sets
 * DEVICE_NEEDS_RESET and raises a config-change interrupt (§2.1.2). */
void virtio_mmio_set_needs_reset(VirtioMmio *t);

#endif
