/* virtio-9p request processing: each popped chain is one 9P exchange.
 * Exchanges run one at a time, in order, either at once or on a worker
 * thread (a slow or stuck host file system then delays the 9P requests,
 * never the hart); the chain goes back to the driver on the machine's
 * thread either way. */
#include "devices/virtio/virtio_9p.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "devices/virtio/p9_server.h"
#include "devices/worker.h"

#define VIRTIO_9P_F_MOUNT_TAG (1ull << 0)
#define P9_QUICK_NS 1000000   /* 1 ms: the longest a notify waits for the worker */

typedef struct Virtio9p {
    VirtioDevice *v;
    P9Server *server;
    Worker *worker;             /* NULL: exchanges run at once */
    VirtqChain chain;           /* the chain being popped */
    uint16_t tag_len;
    char tag[VIRTIO_9P_TAG_MAX];
    /* The message buffers of the one exchange running at a time. */
    uint8_t req[P9_MSIZE_MAX];
    uint8_t reply[P9_MSIZE_MAX];
} Virtio9p;

/* One exchange: the popped chain, until it goes back to the driver. */
typedef struct P9Exchange {
    WorkItem work;              /* first: the WorkItem * is a P9Exchange * */
    Virtio9p *dev;
    VirtQueue *q;
    VirtqChain chain;
} P9Exchange;

/* struct virtio_9p_config (§5.11.4): le16 tag_len, then the tag bytes
 * (not NUL-terminated). */
static void p9_config_read(void *dev, uint8_t *buf)
{
    Virtio9p *v = dev;
    memset(buf, 0, VIRTIO_CONFIG_MAX);
    put_le16(buf, v->tag_len);
    memcpy(buf + 2, v->tag, v->tag_len);
}

/* Serves the exchange's request (on the worker, or at once). A request
 * larger than the buffer is cut short; the server then sees its size field
 * lie and answers Rlerror EINVAL. */
static void exchange_run(WorkItem *it)
{
    P9Exchange *x = (P9Exchange *)it;
    Virtio9p *d = x->dev;
    const GuestRam *ram = &d->v->ram;
    VirtqChain *c = &x->chain;
    size_t len = virtq_chain_read(c, ram, 0, d->req, sizeof(d->req));
    size_t max = c->writable_len < sizeof(d->reply) ? (size_t)c->writable_len
                                                    : sizeof(d->reply);
    size_t n = p9_handle(d->server, d->req, len, d->reply, max);
    virtq_chain_write(c, ram, 0, d->reply, n);
}

/* Returns the chain to the driver (on the machine's thread). */
static void exchange_done(WorkItem *it)
{
    P9Exchange *x = (P9Exchange *)it;
    Virtio9p *d = x->dev;
    d->v->inflight--;
    virtio_complete(d->v, x->q, x->chain.head, x->chain.written);
    free(x);
}

/* Takes the chain just popped (virtio_serve_queue's complete) as a new
 * exchange: on the worker, or run here. Returns 0 or -ENOMEM. */
static int exchange_take(void *dev, VirtQueue *q, const GuestRam *ram)
{
    Virtio9p *d = dev;
    P9Exchange *x = malloc(sizeof(*x));
    if (!x) {
        return -ENOMEM;
    }
    /* Only the segments in use: the rest of the array is never read. */
    memcpy(&x->chain, &d->chain,
           offsetof(VirtqChain, seg) + d->chain.nseg * sizeof(d->chain.seg[0]));
    x->work = (WorkItem){ .run = exchange_run, .done = exchange_done };
    x->dev = d;
    x->q = q;
    d->v->inflight++;
    if (d->worker) {
        worker_submit(d->worker, &x->work);
    } else {
        exchange_run(&x->work);
        exchange_done(&x->work);
    }
    return 0;
}

static void p9_queue_notify(VirtioDevice *t, void *dev, unsigned qi)
{
    Virtio9p *d = dev;
    virtio_serve_queue(t, qi, &d->chain, exchange_take);
    /* Most exchanges take microseconds: wait for them briefly, so the reply
     * is there when the guest looks, as if served here; a slow host file
     * costs the hart at most this wait and then finishes on its own. */
    if (d->worker && t->inflight && worker_wait(d->worker, P9_QUICK_NS)) {
        worker_complete_ready(d->worker);
    }
}

/* Exchanges on the worker finish (into the ring) before a reset or save. */
static void p9_drain(void *dev)
{
    Virtio9p *d = dev;
    if (d->worker) {
        worker_drain(d->worker);
    }
}

static int p9_event_fd(void *dev)
{
    Virtio9p *d = dev;
    return d->worker ? worker_event_fd(d->worker) : -1;
}

static void p9_complete_ready(void *dev)
{
    Virtio9p *d = dev;
    if (d->worker) {
        worker_complete_ready(d->worker);
    }
}

/* A reset ends the 9P session: the guest's fids are gone with it. */
static void p9_reset(void *dev)
{
    Virtio9p *v = dev;
    p9_server_reset(v->server);
}

/* Saved state: u32 version (1), str mount tag, then the 9P session
 * (p9_server_save). The tag is checked on load: a session only makes
 * sense on the share the guest mounted by that name. */
#define VIRTIO_9P_STATE_VERSION 1

static int p9_save(void *dev, StateWriter *w)
{
    Virtio9p *v = dev;
    char tag[VIRTIO_9P_TAG_MAX + 1];
    memcpy(tag, v->tag, v->tag_len);
    tag[v->tag_len] = '\0';
    state_put_u32(w, VIRTIO_9P_STATE_VERSION);
    state_put_str(w, tag);
    return p9_server_save(v->server, w);
}

static int p9_load(void *dev, StateReader *r, char *err, size_t errlen)
{
    Virtio9p *v = dev;
    char tag[VIRTIO_9P_TAG_MAX + 1];
    uint32_t version = state_get_u32(r);
    size_t len = state_get_str(r, tag, sizeof(tag));
    if (r->failed || version != VIRTIO_9P_STATE_VERSION) {
        p9_server_reset(v->server);
        snprintf(err, errlen, "virtio-9p: saved state is truncated or of another version");
        return -1;
    }
    if (len != v->tag_len || memcmp(tag, v->tag, len) != 0) {
        p9_server_reset(v->server);
        snprintf(err, errlen, "virtio-9p: saved state is for mount tag \"%s\", not \"%.*s\"",
                 tag, (int)v->tag_len, v->tag);
        return -1;
    }
    return p9_server_load(v->server, r, err, errlen);
}

static void p9_destroy(void *dev)
{
    Virtio9p *v = dev;
    worker_destroy(v->worker);
    p9_server_destroy(v->server);
    free(v);
}

static const VirtioDeviceClass virtio_9p_class = {
    .device_id = 9,
    .features = VIRTIO_9P_F_MOUNT_TAG,
    .num_queues = 1,
    /* The whole window, so any tag fits; bytes after it read as 0. */
    .config_size = VIRTIO_CONFIG_MAX,
    .queue_notify = p9_queue_notify,
    .config_read = p9_config_read,
    .drain = p9_drain,
    .event_fd = p9_event_fd,
    .complete_ready = p9_complete_ready,
    .reset = p9_reset,
    .save = p9_save,
    .load = p9_load,
    .destroy = p9_destroy,
};

/* See virtio_9p.h. */
VirtioDevice *virtio_9p_create(const GuestRam *ram, FsBackend *fs, const char *mount_tag)
{
    size_t tag_len = strlen(mount_tag);
    if (tag_len == 0 || tag_len > VIRTIO_9P_TAG_MAX) {
        return NULL;
    }
    Virtio9p *v = calloc(1, sizeof(*v));
    if (!v) {
        return NULL;
    }
    v->server = p9_server_create(fs);
    v->tag_len = (uint16_t)tag_len;
    memcpy(v->tag, mount_tag, tag_len);
    VirtioDevice *t = v->server ? virtio_device_create(&virtio_9p_class, v, ram) : NULL;
    if (!t) {
        p9_destroy(v);
        return NULL;
    }
    v->v = t;
    return t;
}

int virtio_9p_start_worker(VirtioDevice *v, char *err, size_t errlen)
{
    Virtio9p *d = v->dev;
    if (!d->worker) {
        d->worker = worker_create(err, errlen);
    }
    return d->worker ? 0 : -1;
}

/* --- the device descriptor ------------------------------------------------ */

static void *p9_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    const char *id = opts_get(opts, "fsdev"), *tag = opts_get(opts, "mount_tag");
    if (!id || !tag) {
        snprintf(err, errlen, "virtio-9p-device: fsdev=ID and mount_tag=TAG are required");
        return NULL;
    }
    size_t len = strlen(tag);
    if (len == 0 || len > VIRTIO_9P_TAG_MAX) {
        snprintf(err, errlen, "virtio-9p-device: mount_tag must be 1 to %d bytes",
                 VIRTIO_9P_TAG_MAX);
        return NULL;
    }
    FsBackend *fs = ctx->backend(ctx->board, BACKEND_FS, id, err, errlen);
    if (!fs) {
        return NULL;
    }
    VirtioDevice *v = virtio_9p_create(ctx->ram, fs, tag);
    if (!v) {
        snprintf(err, errlen, "out of memory");
    } else if (!ctx->sync_io && virtio_9p_start_worker(v, err, errlen) != 0) {
        virtio_device_destroy(v);
        return NULL;
    }
    return v;
}

DEVICE_REGISTER(virtio_9p_device) = {
    .name = "virtio-9p-device",
    .desc = "virtio 9P transport (virtio 1.2 §5.11): a -fsdev shared with the guest, 9P2000.L",
    .options = (const DeviceOption[]){
        { "fsdev", "ID of the -fsdev (local,id=ID,path=DIR) to share" },
        { "mount_tag", "the name the guest mounts it by (mount -t 9p TAG /mnt)" },
        { NULL },
    },
    .user_creatable = true,
    .virtio = true,
    .create = p9_new,
};
