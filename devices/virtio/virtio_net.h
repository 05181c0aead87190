/* virtio-net (virtio 1.2 §5.1): one queue pair, receiveq1 = queue 0,
 * transmitq1 = queue 1, with VIRTIO_NET_F_MAC, VIRTIO_NET_F_STATUS (link
 * always up) and VIRTIO_NET_F_MRG_RXBUF. No checksum or segmentation
 * offloads: every frame carries a complete checksum and fits the MTU. */
#ifndef RVBOX_DEVICES_VIRTIO_NET_H
#define RVBOX_DEVICES_VIRTIO_NET_H

#include <stdint.h>

#include "devices/device.h"
#include "devices/net.h"
#include "devices/virtio/virtio.h"

/* Creates a NIC with address mac, sending to and receiving from backend
 * (not owned; registers itself as its receiver). Returns NULL when out of
 * memory. */
VirtioDevice *virtio_net_create(const GuestRam *ram, NetBackend *backend, const uint8_t mac[6]);

#endif
