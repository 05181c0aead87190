/* PCI configuration access, BAR assignment and virtio-pci capability
 * parsing, written from PCI Local Bus 3.0 §6 and virtio 1.2 §4.1. */
#include "pci.h"

#define ECAM_BASE 0x30000000ul       /* QEMU virt's PCIe ECAM window */
#define MEM_BASE 0x40000000ul        /* its 32-bit memory window */
#define MEM_SIZE 0x40000000ul

enum {
    CFG_VENDOR = 0x00, CFG_DEVICE = 0x02, CFG_COMMAND = 0x04, CFG_STATUS = 0x06,
    CFG_REVISION = 0x08, CFG_CLASS = 0x0a, CFG_BAR0 = 0x10, CFG_SUBSYS_VENDOR = 0x2c,
    CFG_CAP_PTR = 0x34, CFG_INT_PIN = 0x3d,
    CMD_MEMORY = 1 << 1, CMD_MASTER = 1 << 2, STATUS_CAP_LIST = 1 << 4,
    CAP_VNDR = 0x09,
};

/* virtio_pci_cap cfg_type values (§4.1.4). */
enum { VCAP_COMMON = 1, VCAP_NOTIFY = 2, VCAP_ISR = 3, VCAP_DEVICE = 4, VCAP_PCI = 5 };

static bool set_up;
static bool have_ecam;

static uintptr_t cfg_addr(int dev, int reg)
{
    return ECAM_BASE + ((uintptr_t)dev << 15) + (uintptr_t)reg;
}

uint32_t pci_cfg_read32(int dev, int reg)
{
    return mmio_read32(cfg_addr(dev, reg));
}

uint16_t pci_cfg_read16(int dev, int reg)
{
    return mmio_read16(cfg_addr(dev, reg));
}

uint8_t pci_cfg_read8(int dev, int reg)
{
    return mmio_read8(cfg_addr(dev, reg));
}

void pci_cfg_write32(int dev, int reg, uint32_t v)
{
    mmio_write32(cfg_addr(dev, reg), v);
}

void pci_cfg_write16(int dev, int reg, uint16_t v)
{
    mmio_write16(cfg_addr(dev, reg), v);
}

void pci_cfg_write8(int dev, int reg, uint8_t v)
{
    mmio_write8(cfg_addr(dev, reg), v);
}

bool pci_present(int dev, uint16_t *vendor, uint16_t *device)
{
    *vendor = *device = 0xffff;
    if (!pci_setup()) {
        return false;
    }
    uint32_t id = pci_cfg_read32(dev, CFG_VENDOR);
    *vendor = (uint16_t)id;
    *device = (uint16_t)(id >> 16);
    return *vendor != 0xffff;   /* an empty slot reads all-ones */
}

/* Sizes BAR n by writing all-ones and reading back the writable bits
 * (§6.2.5.1); restores the old value. Returns the size (0: no BAR) and
 * whether it is a 64-bit memory BAR. */
static uint64_t bar_size(int dev, int n, bool *is64, bool *is_io)
{
    int reg = CFG_BAR0 + 4 * n;
    uint32_t old = pci_cfg_read32(dev, reg);
    *is_io = old & 1;
    *is64 = !*is_io && ((old >> 1) & 3) == 2;
    pci_cfg_write32(dev, reg, 0xffffffffu);
    uint64_t mask = pci_cfg_read32(dev, reg) & (*is_io ? ~3u : ~15u);
    pci_cfg_write32(dev, reg, old);
    if (*is64) {
        uint32_t old_hi = pci_cfg_read32(dev, reg + 4);
        pci_cfg_write32(dev, reg + 4, 0xffffffffu);
        mask |= (uint64_t)pci_cfg_read32(dev, reg + 4) << 32;
        pci_cfg_write32(dev, reg + 4, old_hi);
    } else {
        mask |= 0xffffffff00000000ull;
    }
    return mask == 0xffffffff00000000ull ? 0 : ~mask + 1;
}

/* Gives each memory BAR of dev a naturally aligned place in the window. */
static void assign_bars(int dev, uintptr_t *next)
{
    pci_cfg_write16(dev, CFG_COMMAND, 0);   /* no decoding while sizing */
    for (int n = 0; n < 6; n++) {
        bool is64, is_io;
        uint64_t size = bar_size(dev, n, &is64, &is_io);
        if (size && !is_io && size <= MEM_SIZE) {
            uintptr_t at = (*next + size - 1) & ~(uintptr_t)(size - 1);
            if (at + size <= MEM_BASE + MEM_SIZE) {
                int reg = CFG_BAR0 + 4 * n;
                pci_cfg_write32(dev, reg, (uint32_t)at | (pci_cfg_read32(dev, reg) & 15));
                if (is64) {
                    pci_cfg_write32(dev, reg + 4, (uint32_t)((uint64_t)at >> 32));
                }
                *next = at + size;
            }
        }
        n += is64;
    }
    pci_cfg_write16(dev, CFG_COMMAND, CMD_MEMORY | CMD_MASTER);
}

bool pci_setup(void)
{
    if (set_up) {
        return have_ecam;
    }
    set_up = true;
    uint32_t id;
    have_ecam = probe_read32(cfg_addr(0, CFG_VENDOR), &id);
    uintptr_t next = MEM_BASE;
    for (int dev = 0; have_ecam && dev < PCI_DEVICES; dev++) {
        if ((pci_cfg_read32(dev, CFG_VENDOR) & 0xffff) != 0xffff) {
            assign_bars(dev, &next);
        }
    }
    return have_ecam;
}

uint64_t pci_bar_address(int dev, int n)
{
    uint32_t low = pci_cfg_read32(dev, CFG_BAR0 + 4 * n);
    uint64_t a = low & ~15u;
    if (((low >> 1) & 3) == 2 && n < 5) {
        a |= (uint64_t)pci_cfg_read32(dev, CFG_BAR0 + 4 * n + 4) << 32;
    }
    return a;
}

bool pci_virtio_regs(int dev, VirtioPciRegs *r)
{
    memset(r, 0, sizeof(*r));
    if (!(pci_cfg_read16(dev, CFG_STATUS) & STATUS_CAP_LIST)) {
        return false;
    }
    int guard = 0;
    for (int cap = pci_cfg_read8(dev, CFG_CAP_PTR) & ~3; cap && guard++ < 48;
         cap = pci_cfg_read8(dev, cap + 1) & ~3) {
        if (pci_cfg_read8(dev, cap) != CAP_VNDR) {
            continue;
        }
        uint8_t type = pci_cfg_read8(dev, cap + 3), bar = pci_cfg_read8(dev, cap + 4);
        uintptr_t at = bar < 6 ? (uintptr_t)pci_bar_address(dev, bar) +
                                     pci_cfg_read32(dev, cap + 8) : 0;
        /* The first capability of each type is the preferred one (§4.1.4). */
        if (type == VCAP_COMMON && !r->common) {
            r->common = at;
        } else if (type == VCAP_ISR && !r->isr) {
            r->isr = at;
        } else if (type == VCAP_DEVICE && !r->device) {
            r->device = at;
        } else if (type == VCAP_NOTIFY && !r->notify) {
            r->notify = at;
            r->notify_mult = pci_cfg_read32(dev, cap + 16);
        } else if (type == VCAP_PCI && !r->cfg_cap) {
            r->cfg_cap = cap;
        }
    }
    return r->common && r->isr && r->notify;
}

int pci_virtio_count(void)
{
    int n = 0;
    uint16_t vendor, device;
    for (int dev = 1; dev < PCI_DEVICES; dev++) {
        n += pci_present(dev, &vendor, &device) && vendor == 0x1af4 && device >= 0x1040;
    }
    return n;
}

/* --- the self-test ----------------------------------------------------------- */

/* Reads size bytes at offset off of BAR bar through the PCI configuration
 * access capability at cap (§4.1.4.9). */
static uint32_t cfg_window_read(int dev, int cap, uint8_t bar, uint32_t off, uint32_t size)
{
    pci_cfg_write8(dev, cap + 4, bar);
    pci_cfg_write32(dev, cap + 8, off);
    pci_cfg_write32(dev, cap + 12, size);
    uint32_t v = pci_cfg_read32(dev, cap + 16);
    return size == 4 ? v : v & ((1u << (8 * size)) - 1);
}

static void test_virtio_function(int dev, uint16_t device)
{
    check(pci_cfg_read8(dev, CFG_REVISION) == 1 && device >= 0x1040,
          "pci: %02x.0 is a modern virtio device (id 0x%x, revision 1)", dev, device);
    check(pci_cfg_read16(dev, CFG_SUBSYS_VENDOR) == 0x1af4 &&
              pci_cfg_read8(dev, CFG_INT_PIN) == 1,
          "pci: %02x.0 subsystem vendor 0x1af4, interrupt pin INTA", dev);
    /* BAR sizing with decoding off, then the assignment restored. */
    uint16_t cmd = pci_cfg_read16(dev, CFG_COMMAND);
    bool sized = false;
    for (int n = 0; n < 6; n++) {
        bool is64, is_io;
        pci_cfg_write16(dev, CFG_COMMAND, 0);
        uint64_t size = bar_size(dev, n, &is64, &is_io);
        pci_cfg_write16(dev, CFG_COMMAND, cmd);
        if (size) {
            note("pci: %02x.0 BAR%d: %s%s, %lu bytes at 0x%lx", dev, n, is_io ? "I/O" : "memory",
                 is64 ? " 64-bit" : "", (unsigned long)size,
                 (unsigned long)pci_bar_address(dev, n));
            sized |= !is_io && size >= 16 && !(size & (size - 1)) &&
                     !(pci_bar_address(dev, n) & (size - 1));
        }
        n += is64;
    }
    check(sized, "pci: %02x.0 has a naturally aligned power-of-two memory BAR", dev);
    VirtioPciRegs r;
    bool found = pci_virtio_regs(dev, &r);
    check(found && r.device && r.cfg_cap && r.notify_mult % 2 == 0,
          "pci: %02x.0 capabilities: common, notify (multiplier %u), ISR, device, PCI access",
          dev, r.notify_mult);
    if (!found || !r.cfg_cap) {
        return;
    }
    /* num_queues (common config offset 0x12) read directly and through the
     * configuration window must agree. */
    uint16_t direct = mmio_read16(r.common + 0x12);
    int bar = -1;
    for (int n = 0; n < 6; n++) {
        uint64_t a = pci_bar_address(dev, n);
        if (a && r.common >= a && r.common < a + 0x100000) {
            bar = n;
        }
    }
    uint32_t via = 0;
    if (bar >= 0) {
        uint32_t off = (uint32_t)(r.common - pci_bar_address(dev, bar));
        via = cfg_window_read(dev, r.cfg_cap, (uint8_t)bar, off + 0x12, 2);
    }
    check(direct != 0 && via == direct,
          "pci: %02x.0 num_queues through the PCI access capability (%u) = direct (%u)", dev,
          via, direct);
}

void pci_test(void)
{
    uint16_t vendor, device;
    if (!check(pci_present(0, &vendor, &device) && vendor == 0x1b36 && device == 0x0008 &&
                   pci_cfg_read16(0, CFG_CLASS) == 0x0600,
               "pci: 00.0 is the host bridge (0x%x:0x%x)", vendor, device)) {
        return;
    }
    int virtio = 0, empty = 0;
    for (int dev = 1; dev < PCI_DEVICES; dev++) {
        if (!pci_present(dev, &vendor, &device)) {
            empty++;
            continue;
        }
        if (vendor == 0x1af4) {
            test_virtio_function(dev, device);
            virtio++;
        }
    }
    check(virtio > 0, "pci: %d virtio device(s) on bus 0", virtio);
    check(empty == PCI_DEVICES - 1 - virtio, "pci: the %d empty slots read vendor 0xffff", empty);
}
