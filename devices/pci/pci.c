/* PCI function configuration space: the type-0 header, BAR sizing and
 * decoding, the capability list and INTx (PCI Local Bus 3.0 §6). */
#include "devices/pci/pci.h"

#include <string.h>

void pci_function_init(PciFunction *f, uint16_t vendor, uint16_t device, uint8_t revision,
                       uint32_t class_code, uint16_t sub_vendor, uint16_t sub_id,
                       uint8_t intx_pin, void *opaque)
{
    memset(f, 0, sizeof(*f));
    pci_put16(f->config + PCI_VENDOR_ID, vendor);
    pci_put16(f->config + PCI_DEVICE_ID, device);
    f->config[PCI_REVISION_ID] = revision;
    f->config[PCI_CLASS_PROG] = (uint8_t)class_code;
    pci_put16(f->config + PCI_CLASS_DEVICE, (uint16_t)(class_code >> 8));
    pci_put16(f->config + PCI_SUBSYSTEM_VENDOR_ID, sub_vendor);
    pci_put16(f->config + PCI_SUBSYSTEM_ID, sub_id);
    f->config[PCI_INTERRUPT_PIN] = intx_pin;
    pci_put16(f->wmask + PCI_COMMAND, PCI_COMMAND_IO | PCI_COMMAND_MEMORY |
                                          PCI_COMMAND_MASTER | PCI_COMMAND_INTX_DISABLE);
    f->wmask[PCI_CACHE_LINE_SIZE] = 0xff;
    f->wmask[PCI_LATENCY_TIMER] = 0xff;
    f->wmask[PCI_INTERRUPT_LINE] = 0xff;
    f->cap_end = PCI_CAP_START;
    f->opaque = opaque;
}

static bool is_pow2(uint64_t v)
{
    return v && !(v & (v - 1));
}

int pci_function_set_bar(PciFunction *f, int n, enum PciBarKind kind, bool prefetchable,
                         uint64_t size, const MmioOps *ops)
{
    int words = kind == PCI_BAR_MEM64 ? 2 : 1;
    uint64_t min = kind == PCI_BAR_IO ? 4 : 16;
    if (n < 0 || n + words > PCI_NUM_BARS || !is_pow2(size) || size < min ||
        (kind != PCI_BAR_MEM64 && size > (1ull << 31))) {
        return -1;
    }
    f->bar[n] = (PciBar){ .kind = kind, .prefetchable = prefetchable, .size = size, .ops = ops };
    uint8_t *reg = f->config + PCI_BAR0 + 4 * n;
    uint32_t low = kind == PCI_BAR_IO ? 1 : (kind == PCI_BAR_MEM64 ? 4 : 0) | (prefetchable ? 8 : 0);
    pci_put32(reg, low);
    /* Address bits above the size are writable; the size reads back as
     * the zeros below them (BAR sizing). */
    uint64_t mask = ~(size - 1);
    pci_put32(f->wmask + PCI_BAR0 + 4 * n, (uint32_t)mask & (kind == PCI_BAR_IO ? ~3u : ~15u));
    if (kind == PCI_BAR_MEM64) {
        pci_put32(f->wmask + PCI_BAR0 + 4 * n + 4, (uint32_t)(mask >> 32));
    }
    return 0;
}

int pci_function_add_cap(PciFunction *f, uint8_t id, const uint8_t *body, int len)
{
    int at = f->cap_end;
    if (len < 2 || at + len > PCI_CONFIG_SIZE) {
        return -1;
    }
    /* Link it at the end of the list. */
    uint8_t *link = f->config + PCI_CAPABILITY_LIST;
    while (*link) {
        link = f->config + *link + 1;
    }
    *link = (uint8_t)at;
    f->config[at] = id;
    f->config[at + 1] = 0;
    memcpy(f->config + at + 2, body, (size_t)len - 2);
    pci_put16(f->config + PCI_STATUS, pci_get16(f->config + PCI_STATUS) | PCI_STATUS_CAP_LIST);
    f->cap_end = (uint8_t)((at + len + 3) & ~3);
    return at;
}

void pci_function_finish(PciFunction *f)
{
    memcpy(f->initial, f->config, sizeof(f->config));
}

static void update_intx(PciFunction *f)
{
    uint16_t status = pci_get16(f->config + PCI_STATUS) & ~PCI_STATUS_INTERRUPT;
    pci_put16(f->config + PCI_STATUS, status | (f->intx_level ? PCI_STATUS_INTERRUPT : 0));
    if (f->set_intx) {
        f->set_intx(f->bridge, f, pci_intx_asserted(f));
    }
}

void pci_function_reset(PciFunction *f)
{
    memcpy(f->config, f->initial, sizeof(f->config));
    update_intx(f);
}

bool pci_intx_asserted(const PciFunction *f)
{
    return f->intx_level && f->config[PCI_INTERRUPT_PIN] &&
           !(pci_get16(f->config + PCI_COMMAND) & PCI_COMMAND_INTX_DISABLE);
}

void pci_set_intx(PciFunction *f, bool level)
{
    if (f->intx_level != level) {
        f->intx_level = level;
        update_intx(f);
    }
}

static bool aligned(uint32_t reg, int size)
{
    return (size == 1 || size == 2 || size == 4) && !(reg & (uint32_t)(size - 1));
}

uint32_t pci_config_read(PciFunction *f, uint32_t reg, int size)
{
    if (!aligned(reg, size)) {
        return 0xffffffffu;
    }
    if (reg >= PCI_CONFIG_SIZE) {
        return 0;
    }
    uint32_t v;
    if (f->config_read && f->config_read(f->opaque, reg, size, &v)) {
        return v;
    }
    v = 0;
    memcpy(&v, f->config + reg, (size_t)size);   /* little-endian host */
    return v;
}

void pci_config_write(PciFunction *f, uint32_t reg, uint32_t value, int size)
{
    if (!aligned(reg, size) || reg >= PCI_CONFIG_SIZE) {
        return;
    }
    for (int i = 0; i < size; i++) {
        uint8_t m = f->wmask[reg + i], b = (uint8_t)(value >> (8 * i));
        f->config[reg + i] = (uint8_t)((f->config[reg + i] & ~m) | (b & m));
    }
    if (reg < PCI_COMMAND + 2 && reg + (uint32_t)size > PCI_COMMAND) {
        update_intx(f);   /* INTx-disable may have changed */
    }
    if (f->config_written) {
        f->config_written(f->opaque, reg, size);
    }
}

uint64_t pci_bar_address(const PciFunction *f, int n)
{
    if (n < 0 || n >= PCI_NUM_BARS) {
        return UINT64_MAX;
    }
    const PciBar *b = &f->bar[n];
    uint16_t cmd = pci_get16(f->config + PCI_COMMAND);
    const uint8_t *reg = f->config + PCI_BAR0 + 4 * n;
    switch (b->kind) {
    case PCI_BAR_IO:
        return cmd & PCI_COMMAND_IO ? pci_get32(reg) & ~3u : UINT64_MAX;
    case PCI_BAR_MEM32:
        return cmd & PCI_COMMAND_MEMORY ? pci_get32(reg) & ~15u : UINT64_MAX;
    case PCI_BAR_MEM64:
        return cmd & PCI_COMMAND_MEMORY
                   ? ((uint64_t)pci_get32(reg + 4) << 32 | (pci_get32(reg) & ~15u))
                   : UINT64_MAX;
    default:
        return UINT64_MAX;
    }
}
