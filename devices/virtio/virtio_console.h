/* virtio-console (virtio 1.2 §5.3), single port, with VIRTIO_CONSOLE_F_SIZE
 * and VIRTIO_CONSOLE_F_EMERG_WRITE. receiveq0 = queue 0, transmitq0 =
 * queue 1. */
#ifndef RVBOX_DEVICES_VIRTIO_CONSOLE_H
#define RVBOX_DEVICES_VIRTIO_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/chardev.h"
#include "devices/device.h"
#include "devices/virtio/virtio.h"

/* Creates a console writing guest output to out (not owned; may be NULL)
 * with a cols x rows terminal size (clamped to 0..65535). Returns NULL when
 * out of memory. */
VirtioDevice *virtio_console_create(const GuestRam *ram, CharBackend *out, int cols, int rows);

/* Copies up to len host input bytes into buffers the driver posted on
 * receiveq0 (§5.3.6). Returns the bytes accepted: 0 when the driver is not
 * ready or has posted no buffer; the caller keeps the rest and retries
 * (e.g. next slice). */
size_t virtio_console_receive(VirtioDevice *t, const uint8_t *buf, size_t len);

/* True when input can be delivered: DRIVER_OK set, receiveq0 ready, no
 * pending device error. */
bool virtio_console_ready(VirtioDevice *t);

/* New terminal size (clamped to 0..65535): updates cols/rows in config,
 * bumps ConfigGeneration and raises a config-change interrupt (§5.3.4). */
void virtio_console_resize(VirtioDevice *t, int cols, int rows);

#endif
