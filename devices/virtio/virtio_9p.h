/* virtio-9p (virtio 1.2 §5.11 "9P transport"; QEMU's virtio-9p-device):
 * 9P2000.L messages over one request queue, served by a P9Server on an
 * FsBackend. */
#ifndef RVBOX_DEVICES_VIRTIO_9P_H
#define RVBOX_DEVICES_VIRTIO_9P_H

#include "devices/device.h"
#include "devices/fs.h"
#include "devices/virtio/virtio.h"

/* The longest mount tag: it must fit the config space after its le16
 * length. */
#define VIRTIO_9P_TAG_MAX (VIRTIO_CONFIG_MAX - 2)

/* Creates a 9P device exporting fs (not owned: the caller closes it after
 * virtio_device_destroy) under mount_tag (1..VIRTIO_9P_TAG_MAX bytes), the
 * name a guest gives to mount -t 9p. Offers VIRTIO_9P_F_MOUNT_TAG; config
 * is le16 tag_len followed by the tag bytes. Each request chain carries a
 * T-message in its readable part and receives the R-message in its
 * writable part (used.len = bytes written). Returns NULL when out of
 * memory or the tag is empty or too long. */
VirtioDevice *virtio_9p_create(const GuestRam *ram, FsBackend *fs, const char *mount_tag);

/* From now on, serves exchanges on a worker thread, one at a time in
 * order; they complete on the machine's thread through the class's
 * event_fd / complete_ready (the board polls them), and drain waits for
 * them. Without it exchanges complete before the notify returns. Returns
 * 0, or -1 with a one-line message when the thread cannot start. */
int virtio_9p_start_worker(VirtioDevice *v, char *err, size_t errlen);

#endif
