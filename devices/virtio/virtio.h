/* A virtio device independent of its transport (virtio 1.2 §2, §3): device
 * status, feature bits, config space, virtqueues and the interrupt status,
 * with the rules every transport shares. A device model supplies a
 * VirtioDeviceClass and its own state; a transport (virtio-mmio today,
 * virtio-pci later) maps its registers onto these functions and turns
 * interrupt-status changes into an interrupt (VirtioDevice.notify). Device
 * code calls only the functions here, never the transport. */
#ifndef RVBOX_DEVICES_VIRTIO_VIRTIO_H
#define RVBOX_DEVICES_VIRTIO_VIRTIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/device.h"
#include "devices/virtio/virtqueue.h"

#define VIRTIO_MAX_QUEUES 8
#define VIRTIO_QUEUE_MAX 256     /* QueueNumMax of every queue */
#define VIRTIO_CONFIG_MAX 256    /* bytes of device config space */

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

/* Interrupt status bits (virtio-mmio InterruptStatus, virtio-pci ISR). */
#define VIRTIO_INT_USED 1
#define VIRTIO_INT_CONFIG 2

typedef struct VirtioDevice VirtioDevice;

/* What a device model tells the core. dev is the device's own state. */
typedef struct VirtioDeviceClass {
    uint32_t device_id;       /* virtio 1.2 §5 (2 = block, 3 = console) */
    uint64_t features;        /* device-specific feature bits offered */
    unsigned num_queues;      /* <= VIRTIO_MAX_QUEUES */
    uint32_t config_size;     /* <= VIRTIO_CONFIG_MAX */
    /* Driver notified queue q (only called with DRIVER_OK and q ready). */
    void (*queue_notify)(VirtioDevice *v, void *dev, unsigned q);
    /* Fills buf[0, config_size) with the current config (little-endian). */
    void (*config_read)(void *dev, uint8_t *buf);
    /* The driver wrote bytes [off, off+len) of config; buf is the whole
     * config with the write merged. May be NULL (config read-only). */
    void (*config_write)(void *dev, const uint8_t *buf, uint32_t off, uint32_t len);
    /* Completes every request handed to a backend (waits for it), so
     * inflight is 0: called before a reset and a save. May be NULL when
     * requests always complete at once. */
    void (*drain)(void *dev);
    /* For a device whose requests finish on another thread (NULL, or -1
     * from event_fd, otherwise): a host file descriptor that polls
     * readable while finished requests wait, and the call that returns
     * them to the driver on the machine's thread. */
    int (*event_fd)(void *dev);
    void (*complete_ready)(void *dev);
    /* Device reset (status written 0), after the core's. May be NULL. */
    void (*reset)(void *dev);
    /* Once per slice (DeviceInfo.update). May be NULL. */
    void (*update)(VirtioDevice *v, void *dev);
    /* The device's own saved state, beyond what the core saves (status,
     * features, queues). May be NULL when it has none. load returns 0 or
     * -1 with a one-line message. */
    int (*save)(void *dev, StateWriter *w);
    int (*load)(void *dev, StateReader *r, char *err, size_t errlen);
    /* Frees dev (from virtio_device_destroy). May be NULL. */
    void (*destroy)(void *dev);
} VirtioDeviceClass;

struct VirtioDevice {
    const VirtioDeviceClass *cls;
    void *dev;
    GuestRam ram;
    uint64_t device_features;  /* offered: class bits + transport bits */
    uint64_t driver_features;  /* written by the driver */
    uint32_t status;
    uint32_t isr;              /* VIRTIO_INT_* not yet acknowledged */
    uint32_t config_generation;
    unsigned inflight;         /* requests handed to a backend, not completed */
    bool serving;              /* inside virtio_serve_queue (see virtio_complete) */
    VirtQueue queue[VIRTIO_MAX_QUEUES];
    /* Set by the transport: called when isr changed. */
    void (*notify)(void *transport);
    void *transport;
};

/* Creates the transport-independent part of a device of class cls with
 * state dev. Offers cls->features plus VERSION_1, INDIRECT_DESC and
 * EVENT_IDX; the device may add bits to device_features before the guest
 * runs. Returns NULL when out of memory or cls is invalid. */
VirtioDevice *virtio_device_create(const VirtioDeviceClass *cls, void *dev, const GuestRam *ram);

/* Frees v and, through cls->destroy, its device state. NULL is ok. */
void virtio_device_destroy(VirtioDevice *v);

/* --- for device models -------------------------------------------------- */

/* True once the driver set DRIVER_OK and the device does not need reset
 * (virtio 1.2 §2.1: before that no buffer may be used). */
bool virtio_driver_ok(const VirtioDevice *v);

/* True when the driver accepted feature bit(s) f. */
static inline bool virtio_has_feature(const VirtioDevice *v, uint64_t f)
{
    return (v->driver_features & f) == f;
}

/* Queue q if it exists, is ready and the device may use it, else NULL. */
VirtQueue *virtio_live_queue(VirtioDevice *v, unsigned q);

/* After pushing used elements on queue q: raises a used-buffer interrupt
 * if the driver wants one (virtio 1.2 §2.7.7, §2.7.10). */
void virtio_notify_used(VirtioDevice *v, unsigned q);

/* Serves queue q: pops every available chain into c and hands it to
 * complete(dev, queue, ram), which returns it (virtq_push or
 * virtio_complete, now or once a backend is done) and answers 0, or a
 * negative errno (the push failed, no memory). A malformed queue or a
 * failed completion sets DEVICE_NEEDS_RESET; then the driver is notified
 * once, as it asked (virtio 1.2 §2.7.7). */
void virtio_serve_queue(VirtioDevice *v, unsigned q, VirtqChain *c,
                        int (*complete)(void *dev, VirtQueue *queue, const GuestRam *ram));

/* Returns the chain of a request that finished, at once or later (a
 * backend's completion): writes used element {head, len} (len = bytes
 * written into the chain; a failed write sets DEVICE_NEEDS_RESET) and
 * notifies the driver, unless virtio_serve_queue is serving: it notifies
 * once at its end. */
void virtio_complete(VirtioDevice *v, VirtQueue *q, uint16_t head, uint32_t len);

/* After the device changed its config: bumps config_generation and, once
 * DRIVER_OK is set, raises a configuration-change interrupt (§2.5). */
void virtio_config_changed(VirtioDevice *v);

/* Marks an unrecoverable device error, e.g. a malformed queue: sets
 * DEVICE_NEEDS_RESET and raises a config-change interrupt (§2.1.2). */
void virtio_set_needs_reset(VirtioDevice *v);

/* --- for transports ------------------------------------------------------ */

/* §2.4: back to the initial state (status 0, queues off, no interrupt),
 * then cls->reset. Requests in flight complete first (cls->drain). */
void virtio_reset(VirtioDevice *v);

/* A driver write of the device status (§2.1, §3.1.1): 0 resets; bits
 * otherwise accumulate; FEATURES_OK sticks only for an acceptable feature
 * set (a subset of the offer; VERSION_1 is not required, as on QEMU);
 * DRIVER_OK makes the device look at buffers made available before it. */
void virtio_write_status(VirtioDevice *v, uint32_t value);

/* A driver write of 32 feature bits, word sel (0 = bits 0..31, 1 = bits
 * 32..63; others ignored). Ignored once FEATURES_OK is set (§3.1.1). */
void virtio_write_driver_features(VirtioDevice *v, uint32_t sel, uint32_t value);

/* 32 offered feature bits, word sel (0 or 1; others read 0). */
uint32_t virtio_read_device_features(const VirtioDevice *v, uint32_t sel);

/* Enables queue q (checks size and ring placement, virtq_check) or
 * disables it. Returns the resulting ready state. */
bool virtio_queue_set_ready(VirtioDevice *v, unsigned q, bool ready);

/* The driver notified queue q (ignored unless the queue is live: §2.1.2). */
void virtio_queue_notify(VirtioDevice *v, unsigned q);

/* Acknowledges interrupt bits (InterruptACK). */
void virtio_ack_interrupt(VirtioDevice *v, uint32_t bits);

/* Config space access of size 1, 2, 4 or 8 bytes at offset off; outside
 * the config or another size reads 0 / is ignored. */
uint64_t virtio_config_read(VirtioDevice *v, uint64_t off, int size);
void virtio_config_write(VirtioDevice *v, uint64_t off, uint64_t value, int size);

/* Saves and restores the core state (status, features, interrupt status,
 * config generation, every queue) and the device's own (cls->save/load).
 * load returns 0, or -1 with a one-line message when the state does not
 * fit this device (another device id, a queue outside RAM ...), leaving
 * the device reset. */
int virtio_save(VirtioDevice *v, StateWriter *w);
int virtio_load(VirtioDevice *v, StateReader *r, char *err, size_t errlen);

#endif
