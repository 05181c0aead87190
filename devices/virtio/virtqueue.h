/* Split virtqueues, device side (virtio 1.2 §2.7). All ring and descriptor
 * accesses go through the checked GuestRam API in little-endian order; a
 * malformed ring or chain is reported as an error, never trusted. */
#ifndef RVBOX_DEVICES_VIRTQUEUE_H
#define RVBOX_DEVICES_VIRTQUEUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/device.h"

#define VIRTQ_MAX_SIZE 32768   /* virtio 1.2 §2.7: queue size limit */
#define VIRTQ_CHAIN_MAX 1024   /* segments one popped chain may hold */
/* Bytes one popped chain may cover, readable and writable together: the
 * host work one request can ask for is bounded. More than any device's
 * config lets a driver send (virtio-blk's size_max x seg_max is 254 MiB). */
#define VIRTQ_CHAIN_BYTES_MAX (256u << 20)

/* Descriptor flags (virtio 1.2 §2.7.5). */
#define VIRTQ_DESC_F_NEXT 1
#define VIRTQ_DESC_F_WRITE 2
#define VIRTQ_DESC_F_INDIRECT 4
/* Ring flags (virtio 1.2 §2.7.6, §2.7.8). */
#define VIRTQ_AVAIL_F_NO_INTERRUPT 1
#define VIRTQ_USED_F_NO_NOTIFY 1

/* One queue's device-side state. The transport fills size/addresses and
 * the negotiated flags; the rest is maintained by the functions below. */
typedef struct VirtQueue {
    uint16_t size;          /* entries, power of two */
    bool ready;
    bool event_idx;         /* VIRTIO_F_EVENT_IDX negotiated */
    bool indirect;          /* VIRTIO_F_INDIRECT_DESC negotiated */
    uint64_t desc_addr;     /* descriptor table, 16-byte aligned */
    uint64_t driver_addr;   /* available ring, 2-byte aligned */
    uint64_t device_addr;   /* used ring, 4-byte aligned */
    uint16_t last_avail_idx; /* next available entry to consume */
    uint16_t used_idx;      /* shadow of used.idx (never read back) */
    uint16_t signalled_used; /* used_idx when the driver was last notified */
} VirtQueue;

/* One guest buffer of a chain. */
typedef struct VirtqSeg {
    uint64_t addr;          /* guest physical address, inside RAM */
    uint32_t len;           /* bytes */
    bool writable;          /* device-writable (VIRTQ_DESC_F_WRITE) */
} VirtqSeg;

/* A popped descriptor chain: readable segments first, then writable. */
typedef struct VirtqChain {
    uint16_t head;          /* id to return in the used element */
    unsigned nseg;
    unsigned nreadable;     /* segments [0, nreadable) are device-readable */
    uint64_t readable_len;  /* bytes in readable segments */
    uint64_t writable_len;  /* bytes in writable segments */
    uint32_t written;       /* bytes written so far (for used.len) */
    VirtqSeg seg[VIRTQ_CHAIN_MAX];
} VirtqChain;

/* Resets the queue to its post-reset state (not ready, addresses 0,
 * indices 0) with size = max_size (virtio 1.2 §2.4, §4.2.2). */
void virtq_reset(VirtQueue *q, uint16_t max_size);

/* Checks a queue the driver is enabling: size a power of two in
 * [1, max_size], rings aligned (desc 16, avail 2, used 4) and inside RAM
 * (virtio 1.2 §2.7, table 2.7.1). Returns 0 or -EINVAL. */
int virtq_check(const VirtQueue *q, const GuestRam *ram, uint16_t max_size);

/* Pops the next available chain into c, following NEXT and INDIRECT
 * (virtio 1.2 §2.7.5, §2.7.5.3). With EVENT_IDX, also publishes
 * avail_event = last_avail_idx (§2.7.10). Returns 1 when a chain was
 * popped, 0 when none is available, or a negative errno for a driver
 * error: -EFAULT (ring or buffer outside RAM), -ELOOP (chain longer than
 * the queue or indirect table), -EINVAL (bad index, writable before
 * readable, nested indirect, bad table length, NEXT with INDIRECT,
 * INDIRECT not negotiated, avail.idx ahead by more than the queue size),
 * -E2BIG (more than VIRTQ_CHAIN_MAX segments or VIRTQ_CHAIN_BYTES_MAX
 * bytes). On error the queue is unusable until reset: the caller sets
 * DEVICE_NEEDS_RESET. */
int virtq_pop(VirtQueue *q, const GuestRam *ram, VirtqChain *c);

/* Copies up to len bytes from the chain's readable part, starting off bytes
 * into it, to dst. Returns the number of bytes copied (less than len when
 * the readable part is shorter). */
size_t virtq_chain_read(const VirtqChain *c, const GuestRam *ram, uint64_t off,
                        void *dst, size_t len);

/* Copies up to len bytes from src into the chain's writable part, starting
 * off bytes into it, and adds them to c->written. Returns the number of
 * bytes copied (less than len when the writable part is shorter). */
size_t virtq_chain_write(VirtqChain *c, const GuestRam *ram, uint64_t off,
                         const void *src, size_t len);

/* Returns a chain to the driver: writes used element {head, len}, a release
 * barrier, then used.idx (virtio 1.2 §2.7.8). len is the number of bytes
 * the device wrote. Returns 0 or -EFAULT (used ring outside RAM). */
int virtq_push(VirtQueue *q, const GuestRam *ram, uint16_t head, uint32_t len);

/* True when the driver wants a used-buffer notification for the elements
 * pushed since the last call that returned true: honours
 * VIRTQ_AVAIL_F_NO_INTERRUPT, or used_event with EVENT_IDX (virtio 1.2
 * §2.7.7, §2.7.10). */
bool virtq_should_notify(VirtQueue *q, const GuestRam *ram);

#endif
