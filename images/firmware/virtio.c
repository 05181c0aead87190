/* virtio-mmio transport and split virtqueues, written from the virtio 1.2
 * spec: §4.2.2 (register layout), §4.2.3 (MMIO-specific initialisation),
 * §3.1.1 (driver initialisation sequence), §2.7 (split virtqueues). */
#include "virtio.h"

#define MMIO_SLOT0 0x10001000ul
#define MMIO_STRIDE 0x1000ul
#define MMIO_SLOTS 8
#define VIRTIO_MAGIC 0x74726976u   /* "virt" */

/* Register offsets, §4.2.2. */
#define REG_MAGIC 0x000
#define REG_VERSION 0x004
#define REG_DEVICE_ID 0x008
#define REG_DEVICE_FEATURES 0x010
#define REG_DEVICE_FEATURES_SEL 0x014
#define REG_DRIVER_FEATURES 0x020
#define REG_DRIVER_FEATURES_SEL 0x024
#define REG_QUEUE_SEL 0x030
#define REG_QUEUE_NUM_MAX 0x034
#define REG_QUEUE_NUM 0x038
#define REG_QUEUE_READY 0x044
#define REG_QUEUE_NOTIFY 0x050
#define REG_INTERRUPT_STATUS 0x060
#define REG_INTERRUPT_ACK 0x064
#define REG_STATUS 0x070
#define REG_QUEUE_DESC_LOW 0x080
#define REG_QUEUE_DESC_HIGH 0x084
#define REG_QUEUE_DRIVER_LOW 0x090
#define REG_QUEUE_DRIVER_HIGH 0x094
#define REG_QUEUE_DEVICE_LOW 0x0a0
#define REG_QUEUE_DEVICE_HIGH 0x0a4
#define REG_CONFIG_GENERATION 0x0fc
#define REG_CONFIG 0x100

static uint32_t rd(VirtioDev *d, uint32_t off)
{
    return mmio_read32(d->base + off);
}

static void wr(VirtioDev *d, uint32_t off, uint32_t v)
{
    mmio_write32(d->base + off, v);
}

/* --- discovery ------------------------------------------------------------ */

/* §4.2.2: a slot with magic "virt", version 2 (non-legacy) and a non-zero
 * device ID holds a device; ID 0 is an empty placeholder. */
static bool slot_device(int slot, uint32_t *id)
{
    uintptr_t base = MMIO_SLOT0 + (uintptr_t)slot * MMIO_STRIDE;
    uint32_t magic;
    uint32_t version;
    if (!probe_read32(base + REG_MAGIC, &magic) || magic != VIRTIO_MAGIC) {
        return false;
    }
    if (!probe_read32(base + REG_VERSION, &version) || version != 2) {
        return false;
    }
    return probe_read32(base + REG_DEVICE_ID, id) && *id != 0;
}

bool virtio_find(uint32_t device_id, VirtioDev *dev)
{
    for (int slot = 0; slot < MMIO_SLOTS; slot++) {
        uint32_t id;
        if (slot_device(slot, &id) && id == device_id) {
            memset(dev, 0, sizeof(*dev));
            dev->base = MMIO_SLOT0 + (uintptr_t)slot * MMIO_STRIDE;
            dev->slot = slot;
            dev->device_id = id;
            return true;
        }
    }
    return false;
}

/* The first device of device_id in a slot >= first_slot (to walk every
 * device of a kind: start again after the slot found). */
bool virtio_find_from(uint32_t device_id, int first_slot, VirtioDev *dev)
{
    for (int slot = first_slot < 0 ? 0 : first_slot; slot < MMIO_SLOTS; slot++) {
        uint32_t id;
        if (slot_device(slot, &id) && id == device_id) {
            memset(dev, 0, sizeof(*dev));
            dev->base = MMIO_SLOT0 + (uintptr_t)slot * MMIO_STRIDE;
            dev->slot = slot;
            dev->device_id = id;
            return true;
        }
    }
    return false;
}

int virtio_slot_count(void)
{
    int n = 0;
    for (int slot = 0; slot < MMIO_SLOTS; slot++) {
        uint32_t id;
        if (slot_device(slot, &id)) {
            note("slot %d (0x%lx): virtio device id %u", slot,
                 (unsigned long)(MMIO_SLOT0 + (uintptr_t)slot * MMIO_STRIDE), id);
            n++;
        }
    }
    return n;
}

/* --- initialisation ------------------------------------------------------- */

/* §2.4.1/§4.2.3.1: writing 0 resets; the driver waits for status to read 0. */
void virtio_reset(VirtioDev *d)
{
    wr(d, REG_STATUS, 0);
    uint64_t end = time_ms() + 1000;
    while (rd(d, REG_STATUS) != 0 && time_ms() < end) {
    }
    for (int i = 0; i < VQ_COUNT; i++) {
        d->vq[i].num = 0;
    }
}

uint32_t virtio_status(VirtioDev *d)
{
    return rd(d, REG_STATUS);
}

static void set_status(VirtioDev *d, uint32_t bits)
{
    wr(d, REG_STATUS, rd(d, REG_STATUS) | bits);
}

static uint64_t read_device_features(VirtioDev *d)
{
    wr(d, REG_DEVICE_FEATURES_SEL, 1);
    uint64_t hi = rd(d, REG_DEVICE_FEATURES);
    wr(d, REG_DEVICE_FEATURES_SEL, 0);
    return hi << 32 | rd(d, REG_DEVICE_FEATURES);
}

/* §3.1.1 steps 1-6: reset, ACKNOWLEDGE, DRIVER, negotiate the subset of
 * `wanted` the device offers (VERSION_1 is mandatory over virtio-mmio v2),
 * FEATURES_OK and re-read it to learn whether the device took the subset. */
bool virtio_begin(VirtioDev *d, uint64_t wanted)
{
    virtio_reset(d);
    set_status(d, VIRTIO_STATUS_ACKNOWLEDGE);
    set_status(d, VIRTIO_STATUS_DRIVER);
    d->offered = read_device_features(d);
    if (!(d->offered & VIRTIO_F_VERSION_1)) {
        note("device in slot %d does not offer VERSION_1", d->slot);
        set_status(d, VIRTIO_STATUS_FAILED);
        return false;
    }
    d->features = (wanted | VIRTIO_F_VERSION_1) & d->offered;
    wr(d, REG_DRIVER_FEATURES_SEL, 0);
    wr(d, REG_DRIVER_FEATURES, (uint32_t)d->features);
    wr(d, REG_DRIVER_FEATURES_SEL, 1);
    wr(d, REG_DRIVER_FEATURES, (uint32_t)(d->features >> 32));
    set_status(d, VIRTIO_STATUS_FEATURES_OK);
    if (!(rd(d, REG_STATUS) & VIRTIO_STATUS_FEATURES_OK)) {
        note("device in slot %d refused features 0x%lx", d->slot,
             (unsigned long)d->features);
        set_status(d, VIRTIO_STATUS_FAILED);
        return false;
    }
    return true;
}

static void vq_init_rings(Vq *q)
{
    for (uint16_t i = 0; i < q->num; i++) {
        q->desc[i] = (VringDesc){ 0, 0, 0, (uint16_t)(i + 1) };
    }
    q->avail->flags = 0;
    q->avail->idx = 0;
    q->used->flags = 0;
    q->used->idx = 0;
    q->free_head = 0;
    q->nfree = q->num;
    q->avail_idx = 0;
    q->last_used = 0;
}

/* Rings are allocated once per queue and reused after a reset. Alignment
 * and sizes follow §2.7: descriptors 16, driver area 2, device area 4. */
static void vq_alloc(Vq *q, uint16_t num)
{
    if (!q->desc) {
        q->desc = fw_alloc(sizeof(VringDesc) * VQ_MAX_SIZE, 4096);
        q->avail = fw_alloc(6 + 2 * VQ_MAX_SIZE, 4096);
        q->used = fw_alloc(6 + sizeof(VringUsedElem) * VQ_MAX_SIZE, 4096);
    }
    q->num = num;
    vq_init_rings(q);
}

static void wr64(VirtioDev *d, uint32_t low_reg, const volatile void *p)
{
    uint64_t a = (uintptr_t)p;
    wr(d, low_reg, (uint32_t)a);
    wr(d, low_reg + 4, (uint32_t)(a >> 32));
}

/* §4.2.3.2: select, check it is not live, read QueueNumMax (0: absent),
 * write QueueNum and the three ring addresses, then QueueReady = 1. */
bool virtio_queue_setup(VirtioDev *d, uint16_t index, uint16_t size)
{
    Vq *q = &d->vq[index];
    wr(d, REG_QUEUE_SEL, index);
    if (rd(d, REG_QUEUE_READY) != 0) {
        note("queue %u of slot %d is already live", index, d->slot);
        return false;
    }
    uint32_t max = rd(d, REG_QUEUE_NUM_MAX);
    if (max == 0) {
        note("queue %u of slot %d is not available", index, d->slot);
        return false;
    }
    uint16_t num = size < max ? size : (uint16_t)max;
    if (num > VQ_MAX_SIZE) {
        num = VQ_MAX_SIZE;
    }
    q->index = index;
    vq_alloc(q, num);
    wr(d, REG_QUEUE_NUM, num);
    wr64(d, REG_QUEUE_DESC_LOW, q->desc);
    wr64(d, REG_QUEUE_DRIVER_LOW, q->avail);
    wr64(d, REG_QUEUE_DEVICE_LOW, q->used);
    mb();
    wr(d, REG_QUEUE_READY, 1);
    return rd(d, REG_QUEUE_READY) == 1;
}

/* §3.1.1 step 7. */
bool virtio_driver_ok(VirtioDev *d)
{
    set_status(d, VIRTIO_STATUS_DRIVER_OK);
    uint32_t s = rd(d, REG_STATUS);
    return (s & VIRTIO_STATUS_DRIVER_OK) && !(s & VIRTIO_STATUS_NEEDS_RESET);
}

/* --- configuration space (§4.2.2, ConfigGeneration) ------------------------ */

uint8_t virtio_cfg8(VirtioDev *d, uint32_t off)
{
    return mmio_read8(d->base + REG_CONFIG + off);
}

uint16_t virtio_cfg16(VirtioDev *d, uint32_t off)
{
    return (uint16_t)(virtio_cfg8(d, off) | virtio_cfg8(d, off + 1) << 8);
}

/* 32-bit fields are read and written with one 32-bit access (§4.2.2). */
uint32_t virtio_cfg32(VirtioDev *d, uint32_t off)
{
    return rd(d, REG_CONFIG + off);
}

void virtio_cfg_write32(VirtioDev *d, uint32_t off, uint32_t v)
{
    wr(d, REG_CONFIG + off, v);
}

/* A byte field (a selector the device answers through, like virtio-input's
 * select/subsel) written with one 8-bit access. */
void virtio_cfg_write8(VirtioDev *d, uint32_t off, uint8_t v)
{
    __asm__ volatile("fence w, o" ::: "memory");
    *(volatile uint8_t *)(d->base + REG_CONFIG + off) = v;
}

/* A 64-bit field is read as two halves; a changed generation means the
 * device updated it in between, so read again (§2.5.1). */
uint64_t virtio_cfg64(VirtioDev *d, uint32_t off)
{
    uint32_t gen;
    uint64_t v;
    do {
        gen = rd(d, REG_CONFIG_GENERATION);
        v = rd(d, REG_CONFIG + off) | (uint64_t)rd(d, REG_CONFIG + off + 4) << 32;
    } while (gen != rd(d, REG_CONFIG_GENERATION));
    return v;
}

/* --- virtqueue operations ------------------------------------------------- */

void vq_set_desc(Vq *q, uint16_t i, uint64_t addr, uint32_t len, uint16_t flags,
                 uint16_t next)
{
    q->desc[i].addr = addr;
    q->desc[i].len = len;
    q->desc[i].flags = flags;
    q->desc[i].next = next;
}

/* §2.7.13: place the head in the next ring slot, then (after a barrier so
 * the device sees the ring entry first) bump idx. */
void vq_publish(Vq *q, uint16_t head)
{
    q->avail->ring[q->avail_idx % q->num] = head;
    mb();
    q->avail_idx++;
    q->avail->idx = q->avail_idx;
    mb();
}

/* Builds a chain from the free list: device-readable buffers must come
 * before device-writable ones (§2.7.4.2). Returns the head, or -1. */
int vq_add(Vq *q, const VBuf *bufs, int n)
{
    if (n <= 0 || n > q->nfree) {
        return -1;
    }
    uint16_t head = q->free_head;
    uint16_t i = head;
    for (int k = 0; k < n; k++) {
        uint16_t next = q->desc[i].next;
        uint16_t flags = bufs[k].device_writes ? VRING_DESC_F_WRITE : 0;
        if (k + 1 < n) {
            flags |= VRING_DESC_F_NEXT;
        }
        vq_set_desc(q, i, (uintptr_t)bufs[k].addr, bufs[k].len, flags, next);
        if (k + 1 < n) {
            i = next;
        }
    }
    q->free_head = q->desc[i].next;
    q->nfree -= (uint16_t)n;
    vq_publish(q, head);
    return head;
}

/* §4.2.3.3: the queue index goes to QueueNotify. */
void vq_notify(VirtioDev *d, Vq *q)
{
    mb();
    wr(d, REG_QUEUE_NOTIFY, q->index);
}

static void vq_free_chain(Vq *q, uint16_t head)
{
    uint16_t i = head;
    uint16_t n = 1;
    while ((q->desc[i].flags & VRING_DESC_F_NEXT) && n < q->num) {
        i = q->desc[i].next % q->num;
        n++;
    }
    q->desc[i].next = q->free_head;
    q->free_head = head;
    q->nfree += n;
}

/* Acknowledges the interrupt (§4.2.2 InterruptStatus/InterruptACK) and
 * consumes one used element, if any: the used idx is read before the entry,
 * with a barrier between (§2.7.14). */
int vq_poll(VirtioDev *d, Vq *q, uint32_t *len)
{
    uint32_t isr = rd(d, REG_INTERRUPT_STATUS);
    if (isr) {
        wr(d, REG_INTERRUPT_ACK, isr);
    }
    if (q->used->idx == q->last_used) {
        return -1;
    }
    mb();
    volatile VringUsedElem *e = &q->used->ring[q->last_used % q->num];
    uint32_t id = e->id;
    if (len) {
        *len = e->len;
    }
    q->last_used++;
    if (id >= q->num) {
        note("device returned descriptor id %u >= queue size %u", id, q->num);
        return -1;
    }
    vq_free_chain(q, (uint16_t)id);
    return (int)id;
}

int vq_wait(VirtioDev *d, Vq *q, uint32_t *len, uint32_t timeout_ms)
{
    uint64_t end = time_ms() + timeout_ms;
    do {
        int head = vq_poll(d, q, len);
        if (head >= 0) {
            return head;
        }
        if (rd(d, REG_STATUS) & VIRTIO_STATUS_NEEDS_RESET) {
            return VQ_NEEDS_RESET;
        }
    } while (time_ms() < end);
    return VQ_TIMEOUT;
}

/* One request and its completion: add, notify, wait for this very head. */
int virtio_transact(VirtioDev *d, uint16_t qi, const VBuf *bufs, int n, uint32_t *len,
                    uint32_t timeout_ms)
{
    Vq *q = &d->vq[qi];
    int head = vq_add(q, bufs, n);
    if (head < 0) {
        return VQ_TIMEOUT;
    }
    vq_notify(d, q);
    int got = vq_wait(d, q, len, timeout_ms);
    if (got >= 0 && got != head) {
        note("queue %u completed head %d, expected %d", qi, got, head);
    }
    return got;
}

const char *vq_result_name(int r)
{
    if (r == VQ_TIMEOUT) {
        return "timeout";
    }
    if (r == VQ_NEEDS_RESET) {
        return "DEVICE_NEEDS_RESET";
    }
    return "completed";
}
