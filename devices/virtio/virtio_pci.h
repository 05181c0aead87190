/* The virtio-pci modern transport (virtio 1.2 §4.1): a PCI function with
 * vendor-specific capabilities pointing into one 64-bit memory BAR (common
 * configuration, notifications, ISR status, device configuration) and a
 * PCI configuration access capability, interrupts on INTx. It maps them
 * onto a VirtioDevice, as virtio-mmio does for its register window. */
#ifndef RVBOX_DEVICES_VIRTIO_VIRTIO_PCI_H
#define RVBOX_DEVICES_VIRTIO_VIRTIO_PCI_H

#include <stdint.h>

#include "devices/pci/pci.h"
#include "devices/virtio/virtio.h"

typedef struct VirtioPci VirtioPci;

/* Puts vdev behind a virtio-pci function (not yet plugged into a bus;
 * virtio_pci_function gives what to plug). Returns NULL when out of
 * memory. The transport does not own vdev. */
VirtioPci *virtio_pci_create(VirtioDevice *vdev);

/* The PCI function to plug into a host bridge. */
PciFunction *virtio_pci_function(VirtioPci *t);

/* Frees the transport (not its device). NULL is ok. */
void virtio_pci_destroy(VirtioPci *t);

/* Saves / restores the transport's own registers (selectors, queue sizes
 * being set up, MSI-X vector fields); the configuration space is the host
 * bridge's and the device state virtio_save's. load returns 0 or -1
 * (truncated). */
int virtio_pci_save(VirtioPci *t, StateWriter *w);
int virtio_pci_load(VirtioPci *t, StateReader *r);

#endif
