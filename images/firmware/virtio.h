/* fwtest's virtio core: the virtio-mmio (virtio 1.2 §4.2) and virtio-pci
 * (§4.1) transports, device initialisation (§3.1) and split virtqueues
 * (§2.7). Devices are numbered by "slot": 0..7 are the virtio-mmio slots,
 * 8 + n is PCI device number n. */
#ifndef VIRTIO_H
#define VIRTIO_H

#include "fw.h"
#include "pci.h"

/* Device IDs (§5). */
#define VIRTIO_ID_NET 1
#define VIRTIO_ID_BLOCK 2
#define VIRTIO_ID_CONSOLE 3
#define VIRTIO_ID_RNG 4
#define VIRTIO_ID_9P 9
#define VIRTIO_ID_GPU 16
#define VIRTIO_ID_INPUT 18

/* Device status bits (§2.1). */
#define VIRTIO_STATUS_ACKNOWLEDGE 1
#define VIRTIO_STATUS_DRIVER 2
#define VIRTIO_STATUS_DRIVER_OK 4
#define VIRTIO_STATUS_FEATURES_OK 8
#define VIRTIO_STATUS_NEEDS_RESET 64
#define VIRTIO_STATUS_FAILED 128

#define VIRTIO_F_VERSION_1 (1ull << 32)

/* Descriptor flags (§2.7.5). */
#define VRING_DESC_F_NEXT 1
#define VRING_DESC_F_WRITE 2

#define VQ_MAX_SIZE 64
#define VQ_COUNT 4

/* Completion codes of vq_wait besides a head index. */
#define VQ_TIMEOUT (-1)
#define VQ_NEEDS_RESET (-2)

/* Split-virtqueue layout (§2.7.5, §2.7.6, §2.7.8), little-endian. */
typedef struct VringDesc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
    uint16_t next;
} VringDesc;

typedef struct VringAvail {
    uint16_t flags;
    uint16_t idx;
    uint16_t ring[];
} VringAvail;

typedef struct VringUsedElem {
    uint32_t id;
    uint32_t len;
} VringUsedElem;

typedef struct VringUsed {
    uint16_t flags;
    uint16_t idx;
    VringUsedElem ring[];
} VringUsed;

typedef struct Vq {
    uint16_t index;
    uint16_t num;
    volatile VringDesc *desc;
    volatile VringAvail *avail;
    volatile VringUsed *used;
    uint16_t free_head;
    uint16_t nfree;
    uint16_t avail_idx;   /* the driver's shadow of avail->idx */
    uint16_t last_used;   /* next used entry to consume */
    uintptr_t notify_addr; /* virtio-pci: this queue's notification address */
} Vq;

#define VIRTIO_PCI_SLOT0 8       /* slot of PCI device number 0 */
#define VIRTIO_SLOTS (VIRTIO_PCI_SLOT0 + PCI_DEVICES)

typedef struct VirtioDev {
    uintptr_t base;       /* virtio-mmio: the register window */
    bool pci;             /* virtio-pci: regs instead of base */
    VirtioPciRegs regs;
    int slot;
    uint32_t device_id;
    uint64_t offered;
    uint64_t features;    /* negotiated */
    Vq vq[VQ_COUNT];
} VirtioDev;

/* One buffer of a descriptor chain. */
typedef struct VBuf {
    const void *addr;
    uint32_t len;
    bool device_writes;
} VBuf;

bool virtio_find(uint32_t device_id, VirtioDev *dev);
bool virtio_find_from(uint32_t device_id, int first_slot, VirtioDev *dev);
int virtio_slot_count(void);
void virtio_reset(VirtioDev *d);
bool virtio_begin(VirtioDev *d, uint64_t wanted);
bool virtio_queue_setup(VirtioDev *d, uint16_t index, uint16_t size);
bool virtio_driver_ok(VirtioDev *d);
uint32_t virtio_status(VirtioDev *d);
uint8_t virtio_cfg8(VirtioDev *d, uint32_t off);
uint16_t virtio_cfg16(VirtioDev *d, uint32_t off);
uint32_t virtio_cfg32(VirtioDev *d, uint32_t off);
void virtio_cfg_write32(VirtioDev *d, uint32_t off, uint32_t v);
void virtio_cfg_write8(VirtioDev *d, uint32_t off, uint8_t v);
uint64_t virtio_cfg64(VirtioDev *d, uint32_t off);

int vq_add(Vq *q, const VBuf *bufs, int n);
void vq_set_desc(Vq *q, uint16_t i, uint64_t addr, uint32_t len, uint16_t flags,
                 uint16_t next);
void vq_publish(Vq *q, uint16_t head);
void vq_notify(VirtioDev *d, Vq *q);
int vq_poll(VirtioDev *d, Vq *q, uint32_t *len);
int vq_wait(VirtioDev *d, Vq *q, uint32_t *len, uint32_t timeout_ms);
int virtio_transact(VirtioDev *d, uint16_t qi, const VBuf *bufs, int n, uint32_t *len,
                    uint32_t timeout_ms);
const char *vq_result_name(int r);

#endif
