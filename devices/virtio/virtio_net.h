/* virtio-net (virtio 1.2 §5.1): one queue pair, receiveq1 = queue 0,
 * transmitq1 = queue 1, with VIRTIO_NET_F_MAC, VIRTIO_NET_F_STATUS (link
 * always up), VIRTIO_NET_F_MRG_RXBUF and the offloads that spare the guest
 * checksumming and segmenting: VIRTIO_NET_F_CSUM (the device completes a
 * transmitted frame's TCP/UDP checksum), VIRTIO_NET_F_HOST_TSO4 (it takes
 * TCP segments of up to 64 KiB), VIRTIO_NET_F_GUEST_CSUM (received frames
 * the backend vouches for are marked checksummed) and VIRTIO_NET_F_MTU
 * (the backend's MTU, when it is not Ethernet's 1500). TSO frames the
 * backend cannot take whole are segmented here (other frames that long are
 * dropped, as a link drops them), and received packets larger than a
 * guest's MTU are segmented or fragmented to fit. The packet work itself
 * is net_offload.h's. */
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
