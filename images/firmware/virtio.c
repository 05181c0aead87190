/* virtio-mmio and virtio-pci transports and split virtqueues, written
 * from the virtio 1.2 spec: §4.2.2 (MMIO register layout), §4.2.3
 * (MMIO-specific initialisation), §4.1.4 (PCI capabilities and the common
 * configuration), §3.1.1 (driver initialisation sequence), §2.7 (split
 * virtqueues). */
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

/* struct virtio_pci_common_cfg offsets, §4.1.4.3. */
#define CC_DFSELECT 0x00
#define CC_DF 0x04
#define CC_GFSELECT 0x08
#define CC_GF 0x0c
#define CC_STATUS 0x14
#define CC_CFGGEN 0x15
#define CC_Q_SELECT 0x16
#define CC_Q_SIZE 0x18
#define CC_Q_ENABLE 0x1c
#define CC_Q_NOFF 0x1e
#define CC_Q_DESC 0x20
#define CC_Q_DRIVER 0x28
#define CC_Q_DEVICE 0x30

#define VIRTIO_PCI_VENDOR 0x1af4
#define VIRTIO_PCI_MODERN 0x1040   /* device ID = 0x1040 + virtio device ID */

static uint32_t rd(VirtioDev *d, uint32_t off)
{
    return mmio_read32(d->base + off);
}

static void wr(VirtioDev *d, uint32_t off, uint32_t v)
{
    mmio_write32(d->base + off, v);
}

/* The common configuration's fields, each accessed with its own width. */
static uint32_t cc_rd32(VirtioDev *d, uint32_t off)
{
    return mmio_read32(d->regs.common + off);
}

static void cc_wr32(VirtioDev *d, uint32_t off, uint32_t v)
{
    mmio_write32(d->regs.common + off, v);
}

static uint16_t cc_rd16(VirtioDev *d, uint32_t off)
{
    return mmio_read16(d->regs.common + off);
}

static void cc_wr16(VirtioDev *d, uint32_t off, uint16_t v)
{
    mmio_write16(d->regs.common + off, v);
}

/* 64-bit fields as two 32-bit halves, low first (§4.1.3.1). */
static void cc_wr64(VirtioDev *d, uint32_t off, uint64_t v)
{
    cc_wr32(d, off, (uint32_t)v);
    cc_wr32(d, off + 4, (uint32_t)(v >> 32));
}

/* --- discovery ------------------------------------------------------------ */

/* Which transports discovery looks at: bootarg transport=mmio|pci, both
 * by default (virtio-mmio slots first). */
static bool transport_wanted(bool pci)
{
    static int want = -1;   /* bit 0: mmio, bit 1: pci; read once (arg_str's
                             * buffers are reused) */
    if (want < 0) {
        const char *t = arg_str("transport", NULL);
        want = !t ? 3 : !strcmp(t, "mmio") ? 1 : !strcmp(t, "pci") ? 2 : 0;
    }
    return want & (pci ? 2 : 1);
}

/* §4.2.2: a slot with magic "virt", version 2 (non-legacy) and a non-zero
 * device ID holds a device; ID 0 is an empty placeholder. */
static bool mmio_slot_device(int slot, uint32_t *id)
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

/* §4.1.2: vendor 0x1af4 and device 0x1040 + ID is a modern virtio device
 * (transitional IDs below 0x1040 are not looked for). */
static bool pci_slot_device(int dev, uint32_t *id)
{
    uint16_t vendor, device;
    if (!pci_present(dev, &vendor, &device) || vendor != VIRTIO_PCI_VENDOR ||
        device < VIRTIO_PCI_MODERN || device > VIRTIO_PCI_MODERN + 0x3f) {
        return false;
    }
    *id = device - VIRTIO_PCI_MODERN;
    return true;
}

static bool slot_device(int slot, uint32_t *id)
{
    if (slot < MMIO_SLOTS) {
        return transport_wanted(false) && mmio_slot_device(slot, id);
    }
    return transport_wanted(true) && pci_slot_device(slot - VIRTIO_PCI_SLOT0, id);
}

static bool open_slot(int slot, uint32_t id, VirtioDev *dev)
{
    memset(dev, 0, sizeof(*dev));
    dev->slot = slot;
    dev->device_id = id;
    if (slot < MMIO_SLOTS) {
        dev->base = MMIO_SLOT0 + (uintptr_t)slot * MMIO_STRIDE;
        return true;
    }
    dev->pci = true;
    if (!pci_virtio_regs(slot - VIRTIO_PCI_SLOT0, &dev->regs)) {
        note("PCI device %02x.0: virtio capabilities missing", slot - VIRTIO_PCI_SLOT0);
        return false;
    }
    return true;
}

bool virtio_find(uint32_t device_id, VirtioDev *dev)
{
    return virtio_find_from(device_id, 0, dev);
}

/* The first device of device_id in a slot >= first_slot (to walk every
 * device of a kind: start again after the slot found). */
bool virtio_find_from(uint32_t device_id, int first_slot, VirtioDev *dev)
{
    for (int slot = first_slot < 0 ? 0 : first_slot; slot < VIRTIO_SLOTS; slot++) {
        uint32_t id;
        if (slot_device(slot, &id) && id == device_id && open_slot(slot, id, dev)) {
            return true;
        }
    }
    return false;
}

int virtio_slot_count(void)
{
    int n = 0;
    for (int slot = 0; slot < VIRTIO_SLOTS; slot++) {
        uint32_t id;
        if (!slot_device(slot, &id)) {
            continue;
        }
        if (slot < MMIO_SLOTS) {
            note("slot %d (0x%lx): virtio device id %u", slot,
                 (unsigned long)(MMIO_SLOT0 + (uintptr_t)slot * MMIO_STRIDE), id);
        } else {
            note("slot %d (PCI %02x.0): virtio device id %u", slot, slot - VIRTIO_PCI_SLOT0, id);
        }
        n++;
    }
    return n;
}

/* --- initialisation ------------------------------------------------------- */

uint32_t virtio_status(VirtioDev *d)
{
    return d->pci ? mmio_read8(d->regs.common + CC_STATUS) : rd(d, REG_STATUS);
}

static void write_status(VirtioDev *d, uint32_t v)
{
    if (d->pci) {
        mmio_write8(d->regs.common + CC_STATUS, (uint8_t)v);
    } else {
        wr(d, REG_STATUS, v);
    }
}

/* §2.4.1/§4.2.3.1/§4.1.4.3.2: writing 0 resets; the driver waits for
 * status to read 0. */
void virtio_reset(VirtioDev *d)
{
    write_status(d, 0);
    uint64_t end = time_ms() + 1000;
    while (virtio_status(d) != 0 && time_ms() < end) {
    }
    for (int i = 0; i < VQ_COUNT; i++) {
        d->vq[i].num = 0;
    }
}

static void set_status(VirtioDev *d, uint32_t bits)
{
    write_status(d, virtio_status(d) | bits);
}

static uint32_t device_features_word(VirtioDev *d, uint32_t sel)
{
    if (d->pci) {
        cc_wr32(d, CC_DFSELECT, sel);
        return cc_rd32(d, CC_DF);
    }
    wr(d, REG_DEVICE_FEATURES_SEL, sel);
    return rd(d, REG_DEVICE_FEATURES);
}

static void driver_features_word(VirtioDev *d, uint32_t sel, uint32_t v)
{
    if (d->pci) {
        cc_wr32(d, CC_GFSELECT, sel);
        cc_wr32(d, CC_GF, v);
    } else {
        wr(d, REG_DRIVER_FEATURES_SEL, sel);
        wr(d, REG_DRIVER_FEATURES, v);
    }
}

static uint64_t read_device_features(VirtioDev *d)
{
    uint64_t hi = device_features_word(d, 1);
    return hi << 32 | device_features_word(d, 0);
}

/* §3.1.1 steps 1-6: reset, ACKNOWLEDGE, DRIVER, negotiate the subset of
 * `wanted` the device offers (VERSION_1 is mandatory for both modern
 * transports), FEATURES_OK and re-read it to learn whether the device
 * took the subset. */
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
    driver_features_word(d, 0, (uint32_t)d->features);
    driver_features_word(d, 1, (uint32_t)(d->features >> 32));
    set_status(d, VIRTIO_STATUS_FEATURES_OK);
    if (!(virtio_status(d) & VIRTIO_STATUS_FEATURES_OK)) {
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

/* The selected queue's enable flag and maximum size (virtio-pci reads the
 * maximum from queue_size before the driver writes it, §4.1.4.3.2). */
static uint32_t queue_ready(VirtioDev *d)
{
    return d->pci ? cc_rd16(d, CC_Q_ENABLE) : rd(d, REG_QUEUE_READY);
}

static uint32_t queue_max(VirtioDev *d)
{
    return d->pci ? cc_rd16(d, CC_Q_SIZE) : rd(d, REG_QUEUE_NUM_MAX);
}

static void queue_program(VirtioDev *d, Vq *q)
{
    if (d->pci) {
        cc_wr16(d, CC_Q_SIZE, q->num);
        cc_wr64(d, CC_Q_DESC, (uintptr_t)q->desc);
        cc_wr64(d, CC_Q_DRIVER, (uintptr_t)q->avail);
        cc_wr64(d, CC_Q_DEVICE, (uintptr_t)q->used);
        q->notify_addr = d->regs.notify + (uintptr_t)cc_rd16(d, CC_Q_NOFF) * d->regs.notify_mult;
        mb();
        cc_wr16(d, CC_Q_ENABLE, 1);
        return;
    }
    wr(d, REG_QUEUE_NUM, q->num);
    wr64(d, REG_QUEUE_DESC_LOW, q->desc);
    wr64(d, REG_QUEUE_DRIVER_LOW, q->avail);
    wr64(d, REG_QUEUE_DEVICE_LOW, q->used);
    mb();
    wr(d, REG_QUEUE_READY, 1);
}

/* §4.2.3.2 / §4.1.5.1.3: select, check it is not live, read the maximum
 * size (0: absent), write the size and the three ring addresses, then
 * enable. */
bool virtio_queue_setup(VirtioDev *d, uint16_t index, uint16_t size)
{
    Vq *q = &d->vq[index];
    if (d->pci) {
        cc_wr16(d, CC_Q_SELECT, index);
    } else {
        wr(d, REG_QUEUE_SEL, index);
    }
    if (queue_ready(d) != 0) {
        note("queue %u of slot %d is already live", index, d->slot);
        return false;
    }
    uint32_t max = queue_max(d);
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
    queue_program(d, q);
    return queue_ready(d) == 1;
}

/* §3.1.1 step 7. */
bool virtio_driver_ok(VirtioDev *d)
{
    set_status(d, VIRTIO_STATUS_DRIVER_OK);
    uint32_t s = virtio_status(d);
    return (s & VIRTIO_STATUS_DRIVER_OK) && !(s & VIRTIO_STATUS_NEEDS_RESET);
}

/* --- configuration space (§4.2.2 ConfigGeneration, §4.1.4.6) --------------- */

static uintptr_t config_base(VirtioDev *d)
{
    return d->pci ? d->regs.device : d->base + REG_CONFIG;
}

static uint32_t config_generation(VirtioDev *d)
{
    return d->pci ? mmio_read8(d->regs.common + CC_CFGGEN) : rd(d, REG_CONFIG_GENERATION);
}

uint8_t virtio_cfg8(VirtioDev *d, uint32_t off)
{
    return mmio_read8(config_base(d) + off);
}

uint16_t virtio_cfg16(VirtioDev *d, uint32_t off)
{
    return (uint16_t)(virtio_cfg8(d, off) | virtio_cfg8(d, off + 1) << 8);
}

/* 32-bit fields are read and written with one 32-bit access (§4.2.2). */
uint32_t virtio_cfg32(VirtioDev *d, uint32_t off)
{
    return mmio_read32(config_base(d) + off);
}

void virtio_cfg_write32(VirtioDev *d, uint32_t off, uint32_t v)
{
    mmio_write32(config_base(d) + off, v);
}

/* A byte field (a selector the device answers through, like virtio-input's
 * select/subsel) written with one 8-bit access. */
void virtio_cfg_write8(VirtioDev *d, uint32_t off, uint8_t v)
{
    mmio_write8(config_base(d) + off, v);
}

/* A 64-bit field is read as two halves; a changed generation means the
 * device updated it in between, so read again (§2.5.1). */
uint64_t virtio_cfg64(VirtioDev *d, uint32_t off)
{
    uint32_t gen;
    uint64_t v;
    do {
        gen = config_generation(d);
        v = virtio_cfg32(d, off) | (uint64_t)virtio_cfg32(d, off + 4) << 32;
    } while (gen != config_generation(d));
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

/* §4.2.3.3: the queue index goes to QueueNotify; §4.1.5.2: on PCI it is
 * written to the queue's own notification address. */
void vq_notify(VirtioDev *d, Vq *q)
{
    mb();
    if (d->pci) {
        mmio_write16(q->notify_addr, q->index);
    } else {
        wr(d, REG_QUEUE_NOTIFY, q->index);
    }
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

/* Acknowledges the interrupt (§4.2.2 InterruptStatus/InterruptACK; on PCI
 * reading the ISR status does, §4.1.4.5) and consumes one used element, if
 * any: the used idx is read before the entry, with a barrier between
 * (§2.7.14). */
int vq_poll(VirtioDev *d, Vq *q, uint32_t *len)
{
    if (d->pci) {
        (void)mmio_read8(d->regs.isr);
    } else {
        uint32_t isr = rd(d, REG_INTERRUPT_STATUS);
        if (isr) {
            wr(d, REG_INTERRUPT_ACK, isr);
        }
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
        if (virtio_status(d) & VIRTIO_STATUS_NEEDS_RESET) {
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
