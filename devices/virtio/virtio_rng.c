/* virtio-rng, the entropy device (virtio 1.2 §5.4): one request queue;
 * the driver posts device-writable buffers and the device fills them with
 * random bytes from the host kernel (getentropy(3): getrandom(2) on
 * Linux, crypto.getRandomValues in the browser). A buffer with nothing
 * writable comes back with used.len 0. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "devices/device.h"
#include "devices/virtio/virtio.h"

/* RNG_CHUNK: getentropy(3) gives at most 256 bytes a call. */
enum { RNG_CHUNK = 256, RNG_MAX_PER_REQUEST = 65536 };

typedef struct VirtioRng {
    VirtqChain chain;
    uint8_t buf[RNG_CHUNK];
} VirtioRng;

/* Fills the writable part of one chain (at most RNG_MAX_PER_REQUEST bytes,
 * a driver asks again for more) and returns it. */
static int rng_complete(void *dev, VirtQueue *q, const GuestRam *ram)
{
    VirtioRng *r = dev;
    uint64_t want = r->chain.writable_len < RNG_MAX_PER_REQUEST ? r->chain.writable_len
                                                                 : RNG_MAX_PER_REQUEST;
    uint64_t off = 0;
    while (off < want) {
        size_t n = want - off < RNG_CHUNK ? (size_t)(want - off) : RNG_CHUNK;
        if (getentropy(r->buf, n) != 0) {
            break;   /* hand back what is there; the driver asks again */
        }
        off += virtq_chain_write(&r->chain, ram, off, r->buf, n);
    }
    return virtq_push(q, ram, r->chain.head, r->chain.written);
}

static void rng_queue_notify(VirtioDevice *v, void *dev, unsigned q)
{
    VirtioRng *r = dev;
    virtio_serve_queue(v, q, &r->chain, rng_complete);
}

static const VirtioDeviceClass virtio_rng_class = {
    .device_id = 4,
    .num_queues = 1,
    .queue_notify = rng_queue_notify,
    .destroy = free,
};

static void *rng_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    VirtioRng *r = calloc(1, sizeof(*r));
    VirtioDevice *v = r ? virtio_device_create(&virtio_rng_class, r, ctx->ram) : NULL;
    if (!v) {
        free(r);
        snprintf(err, errlen, "out of memory");
    }
    return v;
}

DEVICE_REGISTER(virtio_rng_device) = {
    .name = "virtio-rng-device",
    .desc = "virtio entropy device (virtio 1.2 §5.4), random bytes from the host's entropy source",
    .options = (const DeviceOption[]){ { NULL } },
    .user_creatable = true,
    .virtio = true,
    .create = rng_new,
};
