/* virtio-rng self-test (virtio 1.2 §5.4): one virtqueue, requestq (queue 0,
 * §5.4.2), no feature bits (§5.4.3) and no configuration space (§5.4.4).
 * The driver posts device-writable buffers; the device fills each with
 * random bytes and reports how many in used.len (§5.4.6). Checks a single
 * request, several chains made available with one notify, a large request,
 * and the device's answer to a buffer it cannot write into. */
#include "virtio.h"

#define RNG_REQUESTQ 0
#define SMALL_SIZE 64
#define BATCH 3
#define LARGE_SIZE 4096
#define REQ_TIMEOUT_MS 3000
#define READONLY_FILL 0x5a

/* DMA memory: the lone request, a batch posted together, the buffer the
 * device may only read, and a large one. */
typedef struct RngMem {
    uint8_t single[SMALL_SIZE];
    uint8_t batch[BATCH][SMALL_SIZE];
    uint8_t readonly[SMALL_SIZE];
    uint8_t after[SMALL_SIZE];
    uint8_t large[LARGE_SIZE];
} RngMem;

static RngMem *mem;

static bool rng_init(VirtioDev *d)
{
    if (!mem) {
        mem = fw_alloc(sizeof(*mem), 64);
    }
    virtio_find(VIRTIO_ID_RNG, d);
    /* §5.4.3: no device-specific feature; only VERSION_1 is negotiated. */
    return virtio_begin(d, 0) && virtio_queue_setup(d, RNG_REQUESTQ, 16) &&
           virtio_driver_ok(d);
}

/* One single-buffer request and its completion; *len gets used.len. */
static int rng_request(VirtioDev *d, uint8_t *buf, uint32_t size, bool device_writes,
                       uint32_t *len)
{
    VBuf b = { buf, size, device_writes };
    *len = 0;
    return virtio_transact(d, RNG_REQUESTQ, &b, 1, len, REQ_TIMEOUT_MS);
}

static bool any_nonzero(const uint8_t *p, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        if (p[i]) {
            return true;
        }
    }
    return false;
}

/* §5.4.6.1: the device places one or more bytes, possibly fewer than the
 * buffer holds, so used.len is 1..size. */
static bool filled(int r, uint32_t len, uint32_t size)
{
    return r >= 0 && len >= 1 && len <= size;
}

/* Returns used.len of the request, or 0 when it failed. */
static uint32_t check_single(VirtioDev *d)
{
    uint32_t len;
    memset(mem->single, 0, SMALL_SIZE);
    int r = rng_request(d, mem->single, SMALL_SIZE, true, &len);
    bool ok = check(filled(r, len, SMALL_SIZE), "rng: 64-byte request filled (%s, used.len %u)",
                    vq_result_name(r), len);
    if (!ok) {
        return 0;
    }
    check(any_nonzero(mem->single, len), "rng: 64-byte request bytes not all zero");
    return len;
}

/* §2.7.13: several chains may be made available before one notification;
 * the device may complete them in any order. */
static bool check_batch(VirtioDev *d, uint32_t *lens)
{
    Vq *q = &d->vq[RNG_REQUESTQ];
    int heads[BATCH];
    bool done[BATCH];
    for (int i = 0; i < BATCH; i++) {
        memset(mem->batch[i], 0, SMALL_SIZE);
        VBuf b = { mem->batch[i], SMALL_SIZE, true };
        heads[i] = vq_add(q, &b, 1);
        lens[i] = 0;
        done[i] = false;
    }
    vq_notify(d, q);
    int r = 0;
    int completed = 0;
    bool stray = false;
    while (completed < BATCH) {
        uint32_t len = 0;
        r = vq_wait(d, q, &len, REQ_TIMEOUT_MS);
        if (r < 0) {
            break;
        }
        int k = 0;
        while (k < BATCH && (heads[k] != r || done[k])) {
            k++;
        }
        if (k == BATCH) {
            note("rng: completion of unexpected head %d", r);
            stray = true;
            continue;
        }
        done[k] = true;
        lens[k] = len;
        completed++;
    }
    bool ok = completed == BATCH && !stray;
    for (int i = 0; i < BATCH; i++) {
        bool good = filled(heads[i], lens[i], SMALL_SIZE) && any_nonzero(mem->batch[i], lens[i]);
        if (!good) {
            note("rng: batch request %d (head %d): %s, used.len %u", i, heads[i],
                 done[i] ? "completed" : "not completed", lens[i]);
        }
        ok = ok && good;
    }
    return check(ok, "rng: %d requests in one notify all filled (%d completed, %s)", BATCH,
                 completed, vq_result_name(r));
}

/* Each result is compared with every other over the bytes both hold. */
static void check_differ(uint32_t single_len, const uint32_t *batch_lens)
{
    const uint8_t *res[BATCH + 1] = { mem->single };
    uint32_t lens[BATCH + 1] = { single_len };
    for (int i = 0; i < BATCH; i++) {
        res[i + 1] = mem->batch[i];
        lens[i + 1] = batch_lens[i];
    }
    bool differ = true;
    for (int i = 0; i < BATCH + 1; i++) {
        for (int j = i + 1; j < BATCH + 1; j++) {
            uint32_t n = lens[i] < lens[j] ? lens[i] : lens[j];
            differ = differ && n > 0 && memcmp(res[i], res[j], n) != 0;
        }
    }
    check(differ, "rng: the %d 64-byte results all differ", BATCH + 1);
}

static void check_large(VirtioDev *d)
{
    uint32_t len;
    memset(mem->large, 0, LARGE_SIZE);
    int r = rng_request(d, mem->large, LARGE_SIZE, true, &len);
    check(filled(r, len, LARGE_SIZE) && any_nonzero(mem->large, len),
          "rng: 4096-byte request filled (%s, used.len %u)", vq_result_name(r), len);
}

/* §5.4.6.1 asks the driver for device-writable buffers only; this buffer is
 * deliberately device-readable, so the device has nowhere to put bytes. It
 * must give it back untouched with used.len 0, and keep serving requests. */
static void check_readonly(VirtioDev *d)
{
    uint32_t len;
    memset(mem->readonly, READONLY_FILL, SMALL_SIZE);
    int r = rng_request(d, mem->readonly, SMALL_SIZE, false, &len);
    bool untouched = true;
    for (int i = 0; i < SMALL_SIZE; i++) {
        untouched = untouched && mem->readonly[i] == READONLY_FILL;
    }
    check(r >= 0 && len == 0 && untouched,
          "rng: device-readable-only buffer returned with used.len 0 (%s, used.len %u%s)",
          vq_result_name(r), len, untouched ? "" : ", buffer written");
    memset(mem->after, 0, SMALL_SIZE);
    r = rng_request(d, mem->after, SMALL_SIZE, true, &len);
    check(filled(r, len, SMALL_SIZE) && any_nonzero(mem->after, len),
          "rng: request after the device-readable-only buffer filled (%s, used.len %u)",
          vq_result_name(r), len);
}

void rng_test(void)
{
    VirtioDev d;
    if (!check(rng_init(&d), "rng: init (features 0x%lx, status 0x%x)",
               (unsigned long)d.features, virtio_status(&d))) {
        return;
    }
    uint32_t single_len = check_single(&d);
    uint32_t batch_lens[BATCH];
    if (check_batch(&d, batch_lens) && single_len > 0) {
        check_differ(single_len, batch_lens);
    }
    check_large(&d);
    check_readonly(&d);
    virtio_reset(&d);
}
