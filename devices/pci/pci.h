/* A PCI function as the host bridge sees it (PCI Local Bus 3.0, PCIe 4.0
 * §7): a type-0 configuration header with its capability list, up to six
 * BARs the guest places, and an INTx pin. A function model (virtio-pci)
 * fills the header and the BARs' handlers; the host bridge (gpex.c)
 * decodes configuration cycles (ECAM) and the memory and I/O windows into
 * it and routes its INTx line to the interrupt controller. */
#ifndef RVBOX_DEVICES_PCI_PCI_H
#define RVBOX_DEVICES_PCI_PCI_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/device.h"

#define PCI_CONFIG_SIZE 256        /* the header and capabilities we model */
#define PCI_NUM_BARS 6

/* Configuration header offsets (type 0). */
enum {
    PCI_VENDOR_ID = 0x00, PCI_DEVICE_ID = 0x02, PCI_COMMAND = 0x04, PCI_STATUS = 0x06,
    PCI_REVISION_ID = 0x08, PCI_CLASS_PROG = 0x09, PCI_CLASS_DEVICE = 0x0a,
    PCI_CACHE_LINE_SIZE = 0x0c, PCI_LATENCY_TIMER = 0x0d, PCI_HEADER_TYPE = 0x0e,
    PCI_BAR0 = 0x10, PCI_SUBSYSTEM_VENDOR_ID = 0x2c, PCI_SUBSYSTEM_ID = 0x2e,
    PCI_CAPABILITY_LIST = 0x34, PCI_INTERRUPT_LINE = 0x3c, PCI_INTERRUPT_PIN = 0x3d,
    PCI_CAP_START = 0x40,
};

/* Command and status bits. */
enum {
    PCI_COMMAND_IO = 1 << 0, PCI_COMMAND_MEMORY = 1 << 1, PCI_COMMAND_MASTER = 1 << 2,
    PCI_COMMAND_INTX_DISABLE = 1 << 10,
    PCI_STATUS_INTERRUPT = 1 << 3, PCI_STATUS_CAP_LIST = 1 << 4,
};

/* BAR kinds (the low bits of a BAR). */
enum PciBarKind { PCI_BAR_NONE, PCI_BAR_IO, PCI_BAR_MEM32, PCI_BAR_MEM64 };

typedef struct PciBar {
    enum PciBarKind kind;
    bool prefetchable;
    uint64_t size;             /* bytes, a power of two (>= 16; >= 4 for I/O) */
    const MmioOps *ops;        /* offsets are relative to the BAR's address */
} PciBar;

typedef struct PciFunction PciFunction;
struct PciFunction {
    uint8_t config[PCI_CONFIG_SIZE];
    uint8_t wmask[PCI_CONFIG_SIZE];     /* bits the guest may write */
    uint8_t initial[PCI_CONFIG_SIZE];   /* config at power-on (reset) */
    PciBar bar[PCI_NUM_BARS];           /* a 64-bit BAR n also takes n + 1 */
    void *opaque;                       /* passed to the BAR handlers and hooks */
    /* Optional: a read of config bytes [reg, reg+size) the model answers
     * itself (true), e.g. a window into a BAR; false for the plain bytes. */
    bool (*config_read)(void *opaque, uint32_t reg, int size, uint32_t *value);
    /* Optional: told after the guest wrote config bytes [reg, reg+size). */
    void (*config_written)(void *opaque, uint32_t reg, int size);
    /* Set by the host bridge when plugged: drives the function's INTx. */
    void (*set_intx)(void *bridge, PciFunction *f, bool level);
    void *bridge;
    bool intx_level;                    /* what the model asks for */
    uint8_t cap_end;                    /* where the next capability goes */
};

/* Sets up an empty function: IDs, class (24 bits: class, subclass,
 * prog-if), interrupt pin (1 = INTA .. 4 = INTD, 0 = none), the writable
 * bits of the command register, cache line, latency and interrupt line. */
void pci_function_init(PciFunction *f, uint16_t vendor, uint16_t device, uint8_t revision,
                       uint32_t class_code, uint16_t sub_vendor, uint16_t sub_id,
                       uint8_t intx_pin, void *opaque);

/* Declares BAR n (0..5; a 64-bit BAR takes n and n + 1) of size bytes (a
 * power of two) with its handlers. Returns 0, or -1 for a bad n or size. */
int pci_function_set_bar(PciFunction *f, int n, enum PciBarKind kind, bool prefetchable,
                         uint64_t size, const MmioOps *ops);

/* Appends a capability of len bytes (id, then the next pointer, then
 * body[0 .. len-2) as given). Returns its config offset, or -1 when the
 * config space is full. */
int pci_function_add_cap(PciFunction *f, uint8_t id, const uint8_t *body, int len);

/* Call once the header is complete: what reset returns to. */
void pci_function_finish(PciFunction *f);

/* Back to power-on: BARs unassigned, decoding off, INTx as the model
 * drives it. */
void pci_function_reset(PciFunction *f);

/* Configuration access of size 1, 2 or 4 bytes at reg (naturally aligned;
 * others read all-ones / are ignored). Offsets past PCI_CONFIG_SIZE (PCIe
 * extended space) read 0. Writes honour wmask, so BAR sizing (all-ones
 * written, size read back) works as PCI 3.0 §6.2.5.1 describes. */
uint32_t pci_config_read(PciFunction *f, uint32_t reg, int size);
void pci_config_write(PciFunction *f, uint32_t reg, uint32_t value, int size);

/* The bus address BAR n decodes now, or UINT64_MAX when it does not
 * decode (unassigned, its command bit off, or not a BAR). */
uint64_t pci_bar_address(const PciFunction *f, int n);

/* The model raises (true) or lowers its INTx pin; the line is masked
 * while the command register's INTx-disable bit is set, and the status
 * register's interrupt bit shows the pin. */
void pci_set_intx(PciFunction *f, bool level);

/* The level the function drives on its INTx line now (pin and mask). */
bool pci_intx_asserted(const PciFunction *f);

/* Little-endian helpers on the config bytes. */
static inline void pci_put16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8);
}

static inline void pci_put32(uint8_t *p, uint32_t v)
{
    pci_put16(p, (uint16_t)v), pci_put16(p + 2, (uint16_t)(v >> 16));
}

static inline uint16_t pci_get16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static inline uint32_t pci_get32(const uint8_t *p)
{
    return (uint32_t)pci_get16(p) | (uint32_t)pci_get16(p + 2) << 16;
}

#endif
