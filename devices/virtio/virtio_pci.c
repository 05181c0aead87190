/* virtio-pci modern transport (virtio 1.2 §4.1). BAR 4 (64-bit, 16 KiB)
 * holds the four structures at QEMU's offsets, so guests and tools see the
 * layout they know from QEMU. */
#include "devices/virtio/virtio_pci.h"

#include <stdlib.h>
#include <string.h>

#include "devices/state.h"

#define VIRTIO_PCI_VENDOR 0x1af4        /* Red Hat / Qumranet */
#define VIRTIO_PCI_DEVICE_BASE 0x1040   /* + device id: modern only (§4.1.2) */
#define VIRTIO_PCI_SUBSYSTEM 0x1100     /* QEMU's subsystem id */
#define VIRTIO_PCI_BAR 4
#define VIRTIO_PCI_BAR_SIZE 0x4000
#define NOTIFY_MULTIPLIER 4             /* queue q's doorbell at 4 * q */
#define NO_VECTOR 0xffff                /* no MSI-X: every vector reads NO_VECTOR */

/* Structure offsets in the BAR and their cfg_type (§4.1.4). */
enum {
    COMMON_OFF = 0x0000, ISR_OFF = 0x1000, DEVICE_OFF = 0x2000, NOTIFY_OFF = 0x3000,
    REGION_SIZE = 0x1000,
};
enum { CFG_COMMON = 1, CFG_NOTIFY = 2, CFG_ISR = 3, CFG_DEVICE = 4, CFG_PCI = 5 };
#define PCI_CAP_ID_VNDR 0x09

/* struct virtio_pci_common_cfg (§4.1.4.3). */
enum {
    CC_DFSELECT = 0x00, CC_DF = 0x04, CC_GFSELECT = 0x08, CC_GF = 0x0c, CC_MSIX = 0x10,
    CC_NUMQ = 0x12, CC_STATUS = 0x14, CC_CFGGEN = 0x15, CC_Q_SELECT = 0x16,
    CC_Q_SIZE = 0x18, CC_Q_MSIX = 0x1a, CC_Q_ENABLE = 0x1c, CC_Q_NOFF = 0x1e,
    CC_Q_DESC = 0x20, CC_Q_DRIVER = 0x28, CC_Q_DEVICE = 0x30, CC_Q_NDATA = 0x38,
    CC_Q_RESET = 0x3a, CC_SIZE = 0x3c,
};

/* PCI class codes QEMU gives each kind of virtio device. */
static uint32_t class_code(uint32_t device_id)
{
    switch (device_id) {
    case 1: return 0x020000;   /* network: Ethernet */
    case 2: return 0x010000;   /* storage: SCSI, as QEMU's virtio-blk-pci */
    case 3: return 0x078000;   /* communication: other */
    case 9: return 0x018000;   /* storage: other */
    case 16: return 0x038000;  /* display: other */
    case 18: return 0x098000;  /* input: other */
    default: return 0xff0000;  /* unassigned class */
    }
}

struct VirtioPci {
    PciFunction fn;
    VirtioDevice *vdev;            /* not owned */
    uint32_t dfselect, gfselect;
    uint16_t queue_sel;
    int pci_cfg;                   /* config offset of the PCI access capability */
};

static VirtQueue *selected_queue(VirtioPci *t)
{
    return t->queue_sel < t->vdev->cls->num_queues ? &t->vdev->queue[t->queue_sel] : NULL;
}

/* VirtioDevice.notify: INTx follows the ISR status (§4.1.4.5). */
static void update_irq(void *opaque)
{
    VirtioPci *t = opaque;
    pci_set_intx(&t->fn, t->vdev->isr != 0);
}

/* --- common configuration ------------------------------------------------ */

static uint64_t queue_field(VirtQueue *q, unsigned qi, uint64_t off)
{
    switch (off) {
    case CC_Q_SIZE: return q->size;
    case CC_Q_MSIX: return NO_VECTOR;
    case CC_Q_ENABLE: return q->ready;
    case CC_Q_NOFF: case CC_Q_NDATA: return qi;
    case CC_Q_DESC: return q->desc_addr;
    case CC_Q_DRIVER: return q->driver_addr;
    case CC_Q_DEVICE: return q->device_addr;
    default: return 0;
    }
}

/* The value of the field at off (64-bit fields whole). */
static uint64_t common_field(VirtioPci *t, uint64_t off)
{
    VirtioDevice *v = t->vdev;
    switch (off) {
    case CC_DFSELECT: return t->dfselect;
    case CC_DF: return virtio_read_device_features(v, t->dfselect);
    case CC_GFSELECT: return t->gfselect;
    case CC_GF:
        return t->gfselect < 2 ? (uint32_t)(v->driver_features >> (32 * t->gfselect)) : 0;
    case CC_MSIX: return NO_VECTOR;
    case CC_NUMQ: return v->cls->num_queues;
    case CC_STATUS: return v->status;
    case CC_CFGGEN: return v->config_generation & 0xff;
    case CC_Q_SELECT: return t->queue_sel;
    default: break;
    }
    VirtQueue *q = selected_queue(t);
    return q ? queue_field(q, t->queue_sel, off) : 0;
}

static const uint8_t field_width[CC_SIZE] = {
    [CC_DFSELECT] = 4, [CC_DF] = 4, [CC_GFSELECT] = 4, [CC_GF] = 4, [CC_MSIX] = 2,
    [CC_NUMQ] = 2, [CC_STATUS] = 1, [CC_CFGGEN] = 1, [CC_Q_SELECT] = 2, [CC_Q_SIZE] = 2,
    [CC_Q_MSIX] = 2, [CC_Q_ENABLE] = 2, [CC_Q_NOFF] = 2, [CC_Q_DESC] = 8, [CC_Q_DRIVER] = 8,
    [CC_Q_DEVICE] = 8, [CC_Q_NDATA] = 2, [CC_Q_RESET] = 2,
};

/* The field containing byte off: its start, or -1. */
static int field_start(uint64_t off)
{
    for (int s = (int)off; s >= 0 && s > (int)off - 8; s--) {
        if (field_width[s] && off < (uint64_t)s + field_width[s]) {
            return s;
        }
    }
    return -1;
}

/* A read of the field at off or of a 32-bit half of a 64-bit one; other
 * shapes read 0. */
static uint64_t common_read(VirtioPci *t, uint64_t off, int size)
{
    int s = off < CC_SIZE ? field_start(off) : -1;
    if (s < 0) {
        return 0;
    }
    bool whole = (uint64_t)s == off && size == field_width[s];
    bool half = field_width[s] == 8 && size == 4 && !(off & 3);
    if (!whole && !half) {
        return 0;
    }
    uint64_t v = common_field(t, (uint64_t)s);
    return half ? (uint32_t)(v >> (8 * (off - (uint64_t)s))) : v;
}

static void set_bits(uint64_t *reg, uint64_t off_in_field, int size, uint64_t value)
{
    uint64_t mask = size == 8 ? UINT64_MAX : ((1ull << (8 * size)) - 1) << (8 * off_in_field);
    *reg = (*reg & ~mask) | ((value << (8 * off_in_field)) & mask);
}

/* Queue size and ring addresses only change while the queue is off
 * (§4.1.4.3.2); enabling checks them (virtq_check); 0 is not a valid
 * queue_enable write (queue_reset is not offered). */
static void write_queue_field(VirtioPci *t, int s, uint64_t off, int size, uint64_t value)
{
    VirtQueue *q = selected_queue(t);
    if (!q) {
        return;
    }
    if (s == CC_Q_ENABLE) {
        if (value == 1) {
            virtio_queue_set_ready(t->vdev, t->queue_sel, true);
        }
        return;
    }
    if (q->ready) {
        return;
    }
    uint64_t *addr = s == CC_Q_DESC ? &q->desc_addr : s == CC_Q_DRIVER ? &q->driver_addr
                   : s == CC_Q_DEVICE ? &q->device_addr : NULL;
    if (addr) {
        set_bits(addr, off - (uint64_t)s, size, value);
    } else if (s == CC_Q_SIZE) {
        q->size = (uint16_t)value;
    }
}

static void common_write(VirtioPci *t, uint64_t off, int size, uint64_t value)
{
    int s = off < CC_SIZE ? field_start(off) : -1;
    if (s < 0 || !(((uint64_t)s == off && size == field_width[s]) ||
                   (field_width[s] == 8 && size == 4 && !(off & 3)))) {
        return;
    }
    VirtioDevice *v = t->vdev;
    switch (s) {
    case CC_DFSELECT: t->dfselect = (uint32_t)value; break;
    case CC_GFSELECT: t->gfselect = (uint32_t)value; break;
    case CC_GF: virtio_write_driver_features(v, t->gfselect, (uint32_t)value); break;
    case CC_Q_SELECT: t->queue_sel = (uint16_t)value; break;
    case CC_STATUS:
        if (value == 0) {
            t->dfselect = t->gfselect = 0;
            t->queue_sel = 0;
        }
        virtio_write_status(v, (uint32_t)value);
        break;
    case CC_Q_SIZE: case CC_Q_ENABLE: case CC_Q_DESC: case CC_Q_DRIVER: case CC_Q_DEVICE:
        write_queue_field(t, s, off, size, value);
        break;
    default:
        break;   /* read-only fields; MSI-X vectors stay NO_VECTOR */
    }
}

/* --- BAR 4 ------------------------------------------------------------------ */

static uint64_t bar_read(void *opaque, uint64_t off, int size)
{
    VirtioPci *t = opaque;
    if (off < COMMON_OFF + REGION_SIZE) {
        return common_read(t, off - COMMON_OFF, size);
    }
    if (off < ISR_OFF + REGION_SIZE) {
        /* Reading the ISR status acknowledges it (§4.1.4.5). */
        uint32_t isr = t->vdev->isr;
        if (off == ISR_OFF && isr) {
            virtio_ack_interrupt(t->vdev, isr);
        }
        return off == ISR_OFF ? isr : 0;
    }
    if (off < DEVICE_OFF + REGION_SIZE) {
        return virtio_config_read(t->vdev, off - DEVICE_OFF, size);
    }
    return 0;   /* notifications are write-only */
}

static void bar_write(void *opaque, uint64_t off, uint64_t value, int size)
{
    VirtioPci *t = opaque;
    if (off < COMMON_OFF + REGION_SIZE) {
        common_write(t, off - COMMON_OFF, size, value);
    } else if (off >= DEVICE_OFF && off < DEVICE_OFF + REGION_SIZE) {
        virtio_config_write(t->vdev, off - DEVICE_OFF, value, size);
    } else if (off >= NOTIFY_OFF && off < NOTIFY_OFF + REGION_SIZE) {
        /* queue_notify_off is the queue index: the address names the
         * queue whatever value is written (§4.1.4.4). */
        virtio_queue_notify(t->vdev, (unsigned)((off - NOTIFY_OFF) / NOTIFY_MULTIPLIER));
    }
}

static const MmioOps bar_ops = { .read = bar_read, .write = bar_write };

/* --- the PCI configuration access capability (§4.1.4.9) -------------------- */

enum { PCFG_BAR = 4, PCFG_OFFSET = 8, PCFG_LENGTH = 12, PCFG_DATA = 16 };

/* The BAR access the capability's fields describe, if it is valid: BAR 4,
 * length 1, 2 or 4, aligned, inside the BAR. */
static bool pcfg_access(VirtioPci *t, uint32_t *off, int *len)
{
    const uint8_t *cap = t->fn.config + t->pci_cfg;
    *off = pci_get32(cap + PCFG_OFFSET);
    *len = (int)pci_get32(cap + PCFG_LENGTH);
    return cap[PCFG_BAR] == VIRTIO_PCI_BAR && (*len == 1 || *len == 2 || *len == 4) &&
           !(*off & (uint32_t)(*len - 1)) && *off < VIRTIO_PCI_BAR_SIZE;
}

static bool overlaps_data(const VirtioPci *t, uint32_t reg, int size)
{
    uint32_t data = (uint32_t)t->pci_cfg + PCFG_DATA;
    return reg < data + 4 && reg + (uint32_t)size > data;
}

static bool fn_config_read(void *opaque, uint32_t reg, int size, uint32_t *value)
{
    VirtioPci *t = opaque;
    uint32_t off;
    int len;
    if (!overlaps_data(t, reg, size) || !pcfg_access(t, &off, &len)) {
        return false;
    }
    uint8_t *data = t->fn.config + t->pci_cfg + PCFG_DATA;
    pci_put32(data, (uint32_t)bar_read(t, off, len));
    return false;   /* the plain bytes now hold the BAR's answer */
}

static void fn_config_written(void *opaque, uint32_t reg, int size)
{
    VirtioPci *t = opaque;
    uint32_t off;
    int len;
    if (overlaps_data(t, reg, size) && pcfg_access(t, &off, &len)) {
        uint32_t v = pci_get32(t->fn.config + t->pci_cfg + PCFG_DATA);
        bar_write(t, off, len == 4 ? v : v & ((1u << (8 * len)) - 1), len);
    }
}

/* --- creation -------------------------------------------------------------- */

/* A struct virtio_pci_cap body after cap_vndr and cap_next (§4.1.4). */
static int add_virtio_cap(PciFunction *f, uint8_t type, uint32_t offset, uint32_t length,
                          int extra, uint32_t extra_value)
{
    uint8_t body[18] = { 0 };
    int len = 16 + extra;
    body[0] = (uint8_t)len;                 /* cap_len */
    body[1] = type;                         /* cfg_type */
    body[2] = type == CFG_PCI ? 0 : VIRTIO_PCI_BAR;
    pci_put32(body + 6, offset);
    pci_put32(body + 10, length);
    if (extra) {
        pci_put32(body + 14, extra_value);  /* notify_off_multiplier */
    }
    return pci_function_add_cap(f, PCI_CAP_ID_VNDR, body, len);
}

VirtioPci *virtio_pci_create(VirtioDevice *vdev)
{
    VirtioPci *t = calloc(1, sizeof(*t));
    if (!t) {
        return NULL;
    }
    t->vdev = vdev;
    uint32_t id = vdev->cls->device_id;
    PciFunction *f = &t->fn;
    pci_function_init(f, VIRTIO_PCI_VENDOR, (uint16_t)(VIRTIO_PCI_DEVICE_BASE + id), 1,
                      class_code(id), VIRTIO_PCI_VENDOR, VIRTIO_PCI_SUBSYSTEM, 1, t);
    pci_function_set_bar(f, VIRTIO_PCI_BAR, PCI_BAR_MEM64, true, VIRTIO_PCI_BAR_SIZE, &bar_ops);
    add_virtio_cap(f, CFG_COMMON, COMMON_OFF, REGION_SIZE, 0, 0);
    add_virtio_cap(f, CFG_ISR, ISR_OFF, REGION_SIZE, 0, 0);
    add_virtio_cap(f, CFG_DEVICE, DEVICE_OFF, REGION_SIZE, 0, 0);
    add_virtio_cap(f, CFG_NOTIFY, NOTIFY_OFF, REGION_SIZE, 4, NOTIFY_MULTIPLIER);
    t->pci_cfg = add_virtio_cap(f, CFG_PCI, 0, 0, 4, 0);
    /* The driver picks the BAR, offset and length, then moves data. */
    uint8_t *w = f->wmask + t->pci_cfg;
    w[PCFG_BAR] = 0xff;
    memset(w + PCFG_OFFSET, 0xff, 12);
    f->config_read = fn_config_read;
    f->config_written = fn_config_written;
    pci_function_finish(f);
    vdev->notify = update_irq;
    vdev->transport = t;
    return t;
}

PciFunction *virtio_pci_function(VirtioPci *t)
{
    return &t->fn;
}

void virtio_pci_destroy(VirtioPci *t)
{
    free(t);
}

int virtio_pci_save(VirtioPci *t, StateWriter *w)
{
    state_put_u32(w, t->dfselect);
    state_put_u32(w, t->gfselect);
    state_put_u16(w, t->queue_sel);
    return 0;
}

int virtio_pci_load(VirtioPci *t, StateReader *r)
{
    t->dfselect = state_get_u32(r);
    t->gfselect = state_get_u32(r);
    t->queue_sel = state_get_u16(r);
    return r->failed ? -1 : 0;
}
