/* The character backend interface: where a console's output goes. Input
 * flows the other way: the frontend pushes bytes into the device with the
 * device's own receive function. A backend embeds CharBackend as its first
 * member and finds its own state from the pointer it is called with. */
#ifndef RVBOX_DEVICES_CHARDEV_H
#define RVBOX_DEVICES_CHARDEV_H

#include <stddef.h>
#include <stdint.h>

typedef struct CharBackend CharBackend;
struct CharBackend {
    /* Writes len bytes of guest output; never blocks for long. */
    void (*write)(CharBackend *c, const uint8_t *buf, size_t len);
};

#endif
