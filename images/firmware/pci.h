/* fwtest's PCI: configuration access through QEMU virt's ECAM window, BAR
 * assignment in its 32-bit memory window (PCI Local Bus 3.0 §6.2.5), and
 * the virtio-pci capabilities that locate a device's structures (virtio
 * 1.2 §4.1.4). Bus 0, function 0 of each device number only. */
#ifndef PCI_H
#define PCI_H

#include "fw.h"

#define PCI_DEVICES 32

/* Where a virtio-pci device's structures are, once its BARs are set. */
typedef struct VirtioPciRegs {
    uintptr_t common, isr, device, notify;
    uint32_t notify_mult;      /* notify_off_multiplier */
    int cfg_cap;               /* config offset of the PCI access capability, 0 = none */
} VirtioPciRegs;

/* Assigns every function's memory BARs and enables memory decoding and
 * bus mastering (once; later calls return at once). False when the
 * machine has no ECAM window. */
bool pci_setup(void);

uint32_t pci_cfg_read32(int dev, int reg);
uint16_t pci_cfg_read16(int dev, int reg);
uint8_t pci_cfg_read8(int dev, int reg);
void pci_cfg_write32(int dev, int reg, uint32_t v);
void pci_cfg_write16(int dev, int reg, uint16_t v);
void pci_cfg_write8(int dev, int reg, uint8_t v);

/* Vendor and device ID of device number dev; false when there is none. */
bool pci_present(int dev, uint16_t *vendor, uint16_t *device);

/* The address BAR n decodes (0 when unassigned). */
uint64_t pci_bar_address(int dev, int n);

/* Finds the virtio capabilities of device dev. False when the common,
 * ISR or notification structure is missing. */
bool pci_virtio_regs(int dev, VirtioPciRegs *r);

/* How many modern virtio devices (vendor 0x1af4) are on bus 0. */
int pci_virtio_count(void);

/* The PCI transport self-test: host bridge, BAR sizing, capabilities,
 * the PCI configuration access capability and the INTx status bit. */
void pci_test(void);

#endif
