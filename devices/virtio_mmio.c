/* virtio-mmio transport, version 2 (virtio 1.2 §4.2.2). */
#include "virtio_mmio.h"

#include <errno.h>
#include <stdlib.h>

enum {
    REG_MAGIC = 0x000, REG_VERSION = 0x004, REG_DEVICE_ID = 0x008, REG_VENDOR_ID = 0x00c,
    REG_DEVICE_FEATURES = 0x010, REG_DEVICE_FEATURES_SEL = 0x014,
    REG_DRIVER_FEATURES = 0x020, REG_DRIVER_FEATURES_SEL = 0x024,
    REG_QUEUE_SEL = 0x030, REG_QUEUE_NUM_MAX = 0x034, REG_QUEUE_NUM = 0x038,
    REG_QUEUE_READY = 0x044, REG_QUEUE_NOTIFY = 0x050,
    REG_INTERRUPT_STATUS = 0x060, REG_INTERRUPT_ACK = 0x064, REG_STATUS = 0x070,
    REG_QUEUE_DESC_LOW = 0x080, REG_QUEUE_DESC_HIGH = 0x084,
    REG_QUEUE_DRIVER_LOW = 0x090, REG_QUEUE_DRIVER_HIGH = 0x094,
    REG_QUEUE_DEVICE_LOW = 0x0a0, REG_QUEUE_DEVICE_HIGH = 0x0a4,
    REG_SHM_SEL = 0x0ac, REG_SHM_LEN_LOW = 0x0b0, REG_SHM_BASE_HIGH = 0x0bc,
    REG_CONFIG_GENERATION = 0x0fc, REG_CONFIG = 0x100,
};

#define VIRTIO_MMIO_MAGIC 0x74726976u  /* "virt" */
#define VIRTIO_MMIO_VENDOR 0x554d4551u /* "QEMU", what guests are used to */

VirtioMmio *virtio_mmio_create(const VirtioDeviceClass *cls, void *dev, const GuestRam *ram,
                               IrqLine irq)
{
    if (cls->num_queues > VIRTIO_MMIO_MAX_QUEUES || cls->config_size > VIRTIO_MMIO_CONFIG_MAX) {
        return NULL;
    }
    VirtioMmio *t = calloc(1, sizeof(*t));
    if (!t) {
        return NULL;
    }
    t->cls = cls;
    t->dev = dev;
    t->ram = *ram;
    t->irq = irq;
    t->device_features = cls->features | VIRTIO_F_VERSION_1 | VIRTIO_F_INDIRECT_DESC |
                         VIRTIO_F_EVENT_IDX;
    for (unsigned i = 0; i < VIRTIO_MMIO_MAX_QUEUES; i++) {
        virtq_reset(&t->queue[i], i < cls->num_queues ? VIRTIO_MMIO_QUEUE_MAX : 0);
    }
    return t;
}

void virtio_mmio_destroy(VirtioMmio *t)
{
    if (!t) {
        return;
    }
    if (t->cls->destroy) {
        t->cls->destroy(t->dev);
    }
    free(t);
}

static void update_irq(VirtioMmio *t)
{
    bool level = t->interrupt_status != 0;
    if (level != t->irq_level) {
        t->irq_level = level;
        irq_line_set(&t->irq, level);
    }
}

static void raise_interrupt(VirtioMmio *t, uint32_t bits)
{
    t->interrupt_status |= bits;
    update_irq(t);
}

bool virtio_mmio_driver_ok(const VirtioMmio *t)
{
    return (t->status & (VIRTIO_STATUS_DRIVER_OK | VIRTIO_STATUS_NEEDS_RESET)) ==
           VIRTIO_STATUS_DRIVER_OK;
}

VirtQueue *virtio_mmio_live_queue(VirtioMmio *t, unsigned q)
{
    if (q >= t->cls->num_queues || !t->queue[q].ready || !virtio_mmio_driver_ok(t)) {
        return NULL;
    }
    return &t->queue[q];
}

void virtio_mmio_notify_used(VirtioMmio *t, unsigned q)
{
    if (q < t->cls->num_queues && virtq_should_notify(&t->queue[q], &t->ram)) {
        raise_interrupt(t, VIRTIO_INT_USED);
    }
}

void virtio_mmio_serve_queue(VirtioMmio *t, unsigned q, VirtqChain *c,
                             int (*complete)(void *dev, VirtQueue *queue, const GuestRam *ram))
{
    VirtQueue *vq = virtio_mmio_live_queue(t, q);
    int r = 0;
    while (vq && (r = virtq_pop(vq, &t->ram, c)) == 1) {
        if (complete(t->dev, vq, &t->ram) != 0) {
            r = -EFAULT;
            break;
        }
    }
    if (vq && r < 0) {
        virtio_mmio_set_needs_reset(t);
    }
    virtio_mmio_notify_used(t, q);
}

void virtio_mmio_config_changed(VirtioMmio *t)
{
    t->config_generation++;
    if (t->status & VIRTIO_STATUS_DRIVER_OK) {
        raise_interrupt(t, VIRTIO_INT_CONFIG);
    }
}

void virtio_mmio_set_needs_reset(VirtioMmio *t)
{
    if (t->status & VIRTIO_STATUS_NEEDS_RESET) {
        return;
    }
    t->status |= VIRTIO_STATUS_NEEDS_RESET;
    if (t->status & VIRTIO_STATUS_DRIVER_OK) {
        raise_interrupt(t, VIRTIO_INT_CONFIG);
    }
}

/* §2.4: writing 0 to Status returns the device to its initial state. */
static void transport_reset(VirtioMmio *t)
{
    t->driver_features = 0;
    t->device_features_sel = t->driver_features_sel = 0;
    t->queue_sel = 0;
    t->status = 0;
    t->interrupt_status = 0;
    for (unsigned i = 0; i < t->cls->num_queues; i++) {
        virtq_reset(&t->queue[i], VIRTIO_MMIO_QUEUE_MAX);
    }
    update_irq(t);
    if (t->cls->reset) {
        t->cls->reset(t->dev);
    }
}

/* §2.2.1, §3.1.1: FEATURES_OK latches only for a subset of the offered
 * features that includes VERSION_1 (this transport is modern only). */
static bool features_acceptable(const VirtioMmio *t)
{
    return !(t->driver_features & ~t->device_features) &&
           (t->driver_features & VIRTIO_F_VERSION_1);
}

static void notify_all_queues(VirtioMmio *t)
{
    for (unsigned q = 0; q < t->cls->num_queues; q++) {
        if (virtio_mmio_live_queue(t, q)) {
            t->cls->queue_notify(t, t->dev, q);
        }
    }
}

static void write_status(VirtioMmio *t, uint32_t value)
{
    if (value == 0) {
        transport_reset(t);
        return;
    }
    uint32_t old = t->status;
    /* Bits only accumulate until reset; NEEDS_RESET is the device's own. */
    uint32_t next = (old | (value & 0xff)) & ~(uint32_t)VIRTIO_STATUS_NEEDS_RESET;
    next |= old & VIRTIO_STATUS_NEEDS_RESET;
    if ((next & VIRTIO_STATUS_FEATURES_OK) && !(old & VIRTIO_STATUS_FEATURES_OK) &&
        !features_acceptable(t)) {
        next &= ~(uint32_t)VIRTIO_STATUS_FEATURES_OK;
    }
    t->status = next;
    /* Buffers made available before DRIVER_OK were not consumed (§2.1.2);
     * look at them now. */
    if ((next & VIRTIO_STATUS_DRIVER_OK) && !(old & VIRTIO_STATUS_DRIVER_OK)) {
        notify_all_queues(t);
    }
}

static VirtQueue *selected_queue(VirtioMmio *t)
{
    return t->queue_sel < t->cls->num_queues ? &t->queue[t->queue_sel] : NULL;
}

static void write_queue_ready(VirtioMmio *t, VirtQueue *q, uint32_t value)
{
    if (!(value & 1)) {
        q->ready = false;
        return;
    }
    if (q->ready) {
        return;
    }
    if (virtq_check(q, &t->ram, VIRTIO_MMIO_QUEUE_MAX) != 0) {
        return;  /* refused: QueueReady reads back 0 */
    }
    q->event_idx = (t->driver_features & VIRTIO_F_EVENT_IDX) != 0;
    q->indirect = (t->driver_features & VIRTIO_F_INDIRECT_DESC) != 0;
    q->ready = true;
}

static uint64_t set_half(uint64_t reg, bool high, uint32_t value)
{
    return high ? (reg & 0xffffffffull) | (uint64_t)value << 32
                : (reg & ~0xffffffffull) | value;
}

/* Queue size and ring addresses may only change while the queue is off. */
static void write_queue_reg(VirtioMmio *t, uint64_t offset, uint32_t value)
{
    VirtQueue *q = selected_queue(t);
    if (!q) {
        return;
    }
    if (offset == REG_QUEUE_READY) {
        write_queue_ready(t, q, value);
        return;
    }
    if (q->ready) {
        return;
    }
    switch (offset) {
    case REG_QUEUE_NUM: q->size = (uint16_t)(value > 0xffff ? 0 : value); break;
    case REG_QUEUE_DESC_LOW: q->desc_addr = set_half(q->desc_addr, false, value); break;
    case REG_QUEUE_DESC_HIGH: q->desc_addr = set_half(q->desc_addr, true, value); break;
    case REG_QUEUE_DRIVER_LOW: q->driver_addr = set_half(q->driver_addr, false, value); break;
    case REG_QUEUE_DRIVER_HIGH: q->driver_addr = set_half(q->driver_addr, true, value); break;
    case REG_QUEUE_DEVICE_LOW: q->device_addr = set_half(q->device_addr, false, value); break;
    case REG_QUEUE_DEVICE_HIGH: q->device_addr = set_half(q->device_addr, true, value); break;
    default: break;
    }
}

static uint64_t read_queue_reg(VirtioMmio *t, uint64_t offset)
{
    VirtQueue *q = selected_queue(t);
    if (!q) {
        return 0;
    }
    switch (offset) {
    case REG_QUEUE_NUM_MAX: return VIRTIO_MMIO_QUEUE_MAX;
    case REG_QUEUE_NUM: return q->size;
    case REG_QUEUE_READY: return q->ready;
    case REG_QUEUE_DESC_LOW: return (uint32_t)q->desc_addr;
    case REG_QUEUE_DESC_HIGH: return (uint32_t)(q->desc_addr >> 32);
    case REG_QUEUE_DRIVER_LOW: return (uint32_t)q->driver_addr;
    case REG_QUEUE_DRIVER_HIGH: return (uint32_t)(q->driver_addr >> 32);
    case REG_QUEUE_DEVICE_LOW: return (uint32_t)q->device_addr;
    case REG_QUEUE_DEVICE_HIGH: return (uint32_t)(q->device_addr >> 32);
    default: return 0;
    }
}

static uint64_t read_features(const VirtioMmio *t)
{
    switch (t->device_features_sel) {
    case 0: return (uint32_t)t->device_features;
    case 1: return (uint32_t)(t->device_features >> 32);
    default: return 0;
    }
}

static uint64_t read_register(VirtioMmio *t, uint64_t offset)
{
    switch (offset) {
    case REG_MAGIC: return VIRTIO_MMIO_MAGIC;
    case REG_VERSION: return 2;
    case REG_DEVICE_ID: return t->cls->device_id;
    case REG_VENDOR_ID: return VIRTIO_MMIO_VENDOR;
    case REG_DEVICE_FEATURES: return read_features(t);
    case REG_INTERRUPT_STATUS: return t->interrupt_status;
    case REG_STATUS: return t->status;
    case REG_CONFIG_GENERATION: return t->config_generation;
    default: break;
    }
    if (offset >= REG_SHM_LEN_LOW && offset <= REG_SHM_BASE_HIGH) {
        return 0xffffffffu;  /* §4.2.2: no shared memory regions: length -1 */
    }
    if (offset >= REG_QUEUE_NUM_MAX && offset <= REG_QUEUE_DEVICE_HIGH) {
        return read_queue_reg(t, offset);
    }
    return 0;
}

static void write_driver_features(VirtioMmio *t, uint32_t value)
{
    /* Frozen once FEATURES_OK is set (§3.1.1). */
    if (t->status & VIRTIO_STATUS_FEATURES_OK) {
        return;
    }
    if (t->driver_features_sel == 0) {
        t->driver_features = set_half(t->driver_features, false, value);
    } else if (t->driver_features_sel == 1) {
        t->driver_features = set_half(t->driver_features, true, value);
    }
}

static void write_queue_notify(VirtioMmio *t, uint32_t value)
{
    /* §2.1.2 and TinyEMU's mistake: nothing moves before DRIVER_OK. */
    if (virtio_mmio_live_queue(t, value)) {
        t->cls->queue_notify(t, t->dev, value);
    }
}

static void write_register(VirtioMmio *t, uint64_t offset, uint32_t value)
{
    switch (offset) {
    case REG_DEVICE_FEATURES_SEL: t->device_features_sel = value; break;
    case REG_DRIVER_FEATURES: write_driver_features(t, value); break;
    case REG_DRIVER_FEATURES_SEL: t->driver_features_sel = value; break;
    case REG_QUEUE_SEL: t->queue_sel = value; break;
    case REG_QUEUE_NOTIFY: write_queue_notify(t, value); break;
    case REG_INTERRUPT_ACK:
        t->interrupt_status &= ~value;
        update_irq(t);
        break;
    case REG_STATUS: write_status(t, value); break;
    default:
        if (offset >= REG_QUEUE_NUM && offset <= REG_QUEUE_DEVICE_HIGH) {
            write_queue_reg(t, offset, value);
        }
        break;
    }
}

static bool config_access_ok(const VirtioMmio *t, uint64_t off, int size)
{
    return (size == 1 || size == 2 || size == 4 || size == 8) &&
           off + (uint64_t)size <= t->cls->config_size;
}

static uint64_t read_config(VirtioMmio *t, uint64_t off, int size)
{
    uint8_t buf[VIRTIO_MMIO_CONFIG_MAX] = { 0 };
    uint64_t v = 0;
    if (!config_access_ok(t, off, size)) {
        return 0;
    }
    t->cls->config_read(t->dev, buf);
    for (int i = size - 1; i >= 0; i--) {
        v = v << 8 | buf[off + (uint64_t)i];
    }
    return v;
}

static void write_config(VirtioMmio *t, uint64_t off, uint64_t value, int size)
{
    uint8_t buf[VIRTIO_MMIO_CONFIG_MAX] = { 0 };
    if (!config_access_ok(t, off, size) || !t->cls->config_write) {
        return;
    }
    t->cls->config_read(t->dev, buf);
    for (int i = 0; i < size; i++) {
        buf[off + (uint64_t)i] = (uint8_t)(value >> (8 * i));
    }
    t->cls->config_write(t->dev, buf, (uint32_t)off, (uint32_t)size);
}

static uint64_t vm_read(void *opaque, uint64_t offset, int size)
{
    VirtioMmio *t = opaque;
    if (offset >= REG_CONFIG) {
        return read_config(t, offset - REG_CONFIG, size);
    }
    return size == 4 && !(offset & 3) ? read_register(t, offset) : 0;
}

static void vm_write(void *opaque, uint64_t offset, uint64_t value, int size)
{
    VirtioMmio *t = opaque;
    if (offset >= REG_CONFIG) {
        write_config(t, offset - REG_CONFIG, value, size);
    } else if (size == 4 && !(offset & 3)) {
        write_register(t, offset, (uint32_t)value);
    }
}

const MmioOps virtio_mmio_ops = {
    .read = vm_read,
    .write = vm_write,
};
