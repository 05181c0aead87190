/* virtio-mmio transport, version 2 (virtio 1.2 §4.2.2). */
#include "devices/virtio/virtio_mmio.h"

#include <libfdt.h>
#include <stdlib.h>

#include "devices/fdt_node.h"
#include "devices/state.h"

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

/* VirtioDevice.notify: the line follows InterruptStatus != 0. */
static void update_irq(void *opaque)
{
    VirtioMmio *t = opaque;
    bool level = t->vdev->isr != 0;
    if (level != t->irq_level) {
        t->irq_level = level;
        irq_line_set(&t->irq, level);
    }
}

VirtioMmio *virtio_mmio_create(VirtioDevice *vdev, IrqLine irq)
{
    VirtioMmio *t = calloc(1, sizeof(*t));
    if (!t) {
        return NULL;
    }
    t->vdev = vdev;
    t->irq = irq;
    vdev->notify = update_irq;
    vdev->transport = t;
    return t;
}

void virtio_mmio_destroy(VirtioMmio *t)
{
    free(t);
}

static VirtQueue *selected_queue(VirtioMmio *t)
{
    return t->queue_sel < t->vdev->cls->num_queues ? &t->vdev->queue[t->queue_sel] : NULL;
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
        virtio_queue_set_ready(t->vdev, t->queue_sel, value & 1);
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
    case REG_QUEUE_NUM_MAX: return VIRTIO_QUEUE_MAX;
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

static uint64_t read_register(VirtioMmio *t, uint64_t offset)
{
    VirtioDevice *v = t->vdev;
    switch (offset) {
    case REG_MAGIC: return VIRTIO_MMIO_MAGIC;
    case REG_VERSION: return 2;
    case REG_DEVICE_ID: return v->cls->device_id;
    case REG_VENDOR_ID: return VIRTIO_MMIO_VENDOR;
    case REG_DEVICE_FEATURES: return virtio_read_device_features(v, t->device_features_sel);
    case REG_INTERRUPT_STATUS: return v->isr;
    case REG_STATUS: return v->status;
    case REG_CONFIG_GENERATION: return v->config_generation;
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

static void write_register(VirtioMmio *t, uint64_t offset, uint32_t value)
{
    VirtioDevice *v = t->vdev;
    switch (offset) {
    case REG_DEVICE_FEATURES_SEL: t->device_features_sel = value; break;
    case REG_DRIVER_FEATURES:
        virtio_write_driver_features(v, t->driver_features_sel, value);
        break;
    case REG_DRIVER_FEATURES_SEL: t->driver_features_sel = value; break;
    case REG_QUEUE_SEL: t->queue_sel = value; break;
    case REG_QUEUE_NOTIFY: virtio_queue_notify(v, value); break;
    case REG_INTERRUPT_ACK: virtio_ack_interrupt(v, value); break;
    case REG_STATUS:
        if (value == 0) {
            /* §4.2.2: the selectors are transport state reset with it. */
            t->device_features_sel = t->driver_features_sel = t->queue_sel = 0;
        }
        virtio_write_status(v, value);
        break;
    default:
        if (offset >= REG_QUEUE_NUM && offset <= REG_QUEUE_DEVICE_HIGH) {
            write_queue_reg(t, offset, value);
        }
        break;
    }
}

static uint64_t vm_read(void *opaque, uint64_t offset, int size)
{
    VirtioMmio *t = opaque;
    if (offset >= REG_CONFIG) {
        return virtio_config_read(t->vdev, offset - REG_CONFIG, size);
    }
    return size == 4 && !(offset & 3) ? read_register(t, offset) : 0;
}

static void vm_write(void *opaque, uint64_t offset, uint64_t value, int size)
{
    VirtioMmio *t = opaque;
    if (offset >= REG_CONFIG) {
        virtio_config_write(t->vdev, offset - REG_CONFIG, value, size);
    } else if (size == 4 && !(offset & 3)) {
        write_register(t, offset, (uint32_t)value);
    }
}

const MmioOps virtio_mmio_ops = {
    .read = vm_read,
    .write = vm_write,
};

int virtio_mmio_fdt_node(VirtioMmio *t, FdtNodeCtx *f)
{
    if (f->phase != FDT_PHASE_SOC) {
        return 0;
    }
    FDT_TRY(fdt_begin_device(f, "virtio_mmio", FDT_COMPAT("virtio,mmio")));
    FDT_TRY(fdt_prop_irq(f));
    return fdt_end_node(f->fdt);
}

int virtio_mmio_save(VirtioMmio *t, StateWriter *w)
{
    state_put_u32(w, t->device_features_sel);
    state_put_u32(w, t->driver_features_sel);
    state_put_u32(w, t->queue_sel);
    return 0;
}

int virtio_mmio_load(VirtioMmio *t, StateReader *r)
{
    t->device_features_sel = state_get_u32(r);
    t->driver_features_sel = state_get_u32(r);
    t->queue_sel = state_get_u32(r);
    /* Drive the line to match the restored isr, whatever it was before. */
    t->irq_level = t->vdev->isr != 0;
    irq_line_set(&t->irq, t->irq_level);
    return r->failed ? -1 : 0;
}
