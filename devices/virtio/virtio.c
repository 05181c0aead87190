/* The transport-independent virtio device (virtio 1.2 §2, §3). */
#include "devices/virtio/virtio.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "devices/state.h"

VirtioDevice *virtio_device_create(const VirtioDeviceClass *cls, void *dev, const GuestRam *ram)
{
    if (cls->num_queues > VIRTIO_MAX_QUEUES || cls->config_size > VIRTIO_CONFIG_MAX) {
        return NULL;
    }
    VirtioDevice *v = calloc(1, sizeof(*v));
    if (!v) {
        return NULL;
    }
    v->cls = cls;
    v->dev = dev;
    v->ram = *ram;
    v->device_features = cls->features | VIRTIO_F_VERSION_1 | VIRTIO_F_INDIRECT_DESC |
                         VIRTIO_F_EVENT_IDX;
    for (unsigned i = 0; i < VIRTIO_MAX_QUEUES; i++) {
        virtq_reset(&v->queue[i], i < cls->num_queues ? VIRTIO_QUEUE_MAX : 0);
    }
    return v;
}

void virtio_device_destroy(VirtioDevice *v)
{
    if (!v) {
        return;
    }
    if (v->cls->destroy) {
        v->cls->destroy(v->dev);
    }
    free(v);
}

static void raise_interrupt(VirtioDevice *v, uint32_t bits)
{
    v->isr |= bits;
    if (v->notify) {
        v->notify(v->transport);
    }
}

bool virtio_driver_ok(const VirtioDevice *v)
{
    return (v->status & (VIRTIO_STATUS_DRIVER_OK | VIRTIO_STATUS_NEEDS_RESET)) ==
           VIRTIO_STATUS_DRIVER_OK;
}

VirtQueue *virtio_live_queue(VirtioDevice *v, unsigned q)
{
    if (q >= v->cls->num_queues || !v->queue[q].ready || !virtio_driver_ok(v)) {
        return NULL;
    }
    return &v->queue[q];
}

void virtio_notify_used(VirtioDevice *v, unsigned q)
{
    if (q < v->cls->num_queues && virtq_should_notify(&v->queue[q], &v->ram)) {
        raise_interrupt(v, VIRTIO_INT_USED);
    }
}

void virtio_serve_queue(VirtioDevice *v, unsigned q, VirtqChain *c,
                        int (*complete)(void *dev, VirtQueue *queue, const GuestRam *ram))
{
    VirtQueue *vq = virtio_live_queue(v, q);
    int r = 0;
    v->serving = true;
    while (vq && (r = virtq_pop(vq, &v->ram, c)) == 1) {
        if ((r = complete(v->dev, vq, &v->ram)) != 0) {
            break;
        }
    }
    v->serving = false;
    if (vq && r < 0) {
        virtio_set_needs_reset(v);
    }
    virtio_notify_used(v, q);
}

void virtio_complete(VirtioDevice *v, VirtQueue *q, uint16_t head, uint32_t len)
{
    if (virtq_push(q, &v->ram, head, len) != 0) {
        virtio_set_needs_reset(v);
    }
    if (!v->serving) {
        virtio_notify_used(v, (unsigned)(q - v->queue));
    }
}

void virtio_config_changed(VirtioDevice *v)
{
    v->config_generation++;
    if (v->status & VIRTIO_STATUS_DRIVER_OK) {
        raise_interrupt(v, VIRTIO_INT_CONFIG);
    }
}

void virtio_set_needs_reset(VirtioDevice *v)
{
    if (v->status & VIRTIO_STATUS_NEEDS_RESET) {
        return;
    }
    v->status |= VIRTIO_STATUS_NEEDS_RESET;
    if (v->status & VIRTIO_STATUS_DRIVER_OK) {
        raise_interrupt(v, VIRTIO_INT_CONFIG);
    }
}

void virtio_reset(VirtioDevice *v)
{
    if (v->cls->drain) {
        v->cls->drain(v->dev);
    }
    v->driver_features = 0;
    v->status = 0;
    v->isr = 0;
    for (unsigned i = 0; i < v->cls->num_queues; i++) {
        virtq_reset(&v->queue[i], VIRTIO_QUEUE_MAX);
    }
    if (v->notify) {
        v->notify(v->transport);
    }
    if (v->cls->reset) {
        v->cls->reset(v->dev);
    }
}

/* §2.2.1, §3.1.1: FEATURES_OK latches only for a subset of the offered
 * features. */
static bool features_acceptable(const VirtioDevice *v)
{
    /* Not requiring VERSION_1: §6.1 lets a modern-only device refuse a
     * driver without it, but QEMU's virtio-mmio grants FEATURES_OK, and
     * xv6-riscv's virtio disk driver, which writes only DriverFeatures
     * bits 0-31 and panics without FEATURES_OK, depends on that. Such a
     * driver gets the modern layouts, which for virtio-blk are the legacy
     * ones. */
    return !(v->driver_features & ~v->device_features);
}

static void notify_all_queues(VirtioDevice *v)
{
    for (unsigned q = 0; q < v->cls->num_queues; q++) {
        if (virtio_live_queue(v, q)) {
            v->cls->queue_notify(v, v->dev, q);
        }
    }
}

void virtio_write_status(VirtioDevice *v, uint32_t value)
{
    if (value == 0) {
        virtio_reset(v);
        return;
    }
    uint32_t old = v->status;
    /* Bits only accumulate until reset; NEEDS_RESET is the device's own. */
    uint32_t next = (old | (value & 0xff)) & ~(uint32_t)VIRTIO_STATUS_NEEDS_RESET;
    next |= old & VIRTIO_STATUS_NEEDS_RESET;
    if ((next & VIRTIO_STATUS_FEATURES_OK) && !(old & VIRTIO_STATUS_FEATURES_OK) &&
        !features_acceptable(v)) {
        next &= ~(uint32_t)VIRTIO_STATUS_FEATURES_OK;
    }
    /* §3.1.1: DRIVER_OK only after FEATURES_OK, or the device would run
     * with feature bits nobody agreed on (this device is modern only). */
    if (!(next & VIRTIO_STATUS_FEATURES_OK)) {
        next &= ~(uint32_t)VIRTIO_STATUS_DRIVER_OK;
    }
    v->status = next;
    /* Buffers made available before DRIVER_OK were not consumed (§2.1.2);
     * look at them now. */
    if ((next & VIRTIO_STATUS_DRIVER_OK) && !(old & VIRTIO_STATUS_DRIVER_OK)) {
        notify_all_queues(v);
    }
}

static uint64_t set_half(uint64_t reg, bool high, uint32_t value)
{
    return high ? (reg & 0xffffffffull) | (uint64_t)value << 32
                : (reg & ~0xffffffffull) | value;
}

void virtio_write_driver_features(VirtioDevice *v, uint32_t sel, uint32_t value)
{
    if ((v->status & VIRTIO_STATUS_FEATURES_OK) || sel > 1) {
        return;
    }
    v->driver_features = set_half(v->driver_features, sel == 1, value);
}

uint32_t virtio_read_device_features(const VirtioDevice *v, uint32_t sel)
{
    return sel == 0 ? (uint32_t)v->device_features
                    : sel == 1 ? (uint32_t)(v->device_features >> 32) : 0;
}

bool virtio_queue_set_ready(VirtioDevice *v, unsigned qi, bool ready)
{
    if (qi >= v->cls->num_queues) {
        return false;
    }
    VirtQueue *q = &v->queue[qi];
    if (!ready || q->ready) {
        q->ready = ready;
        return ready;
    }
    if (virtq_check(q, &v->ram, VIRTIO_QUEUE_MAX) != 0) {
        return false;  /* refused: the ready flag reads back 0 */
    }
    q->event_idx = virtio_has_feature(v, VIRTIO_F_EVENT_IDX);
    q->indirect = virtio_has_feature(v, VIRTIO_F_INDIRECT_DESC);
    q->ready = true;
    return true;
}

void virtio_queue_notify(VirtioDevice *v, unsigned q)
{
    /* §2.1.2 and TinyEMU's mistake: nothing moves before DRIVER_OK. */
    if (virtio_live_queue(v, q)) {
        v->cls->queue_notify(v, v->dev, q);
    }
}

void virtio_ack_interrupt(VirtioDevice *v, uint32_t bits)
{
    v->isr &= ~bits;
    if (v->notify) {
        v->notify(v->transport);
    }
}

static bool config_access_ok(const VirtioDevice *v, uint64_t off, int size)
{
    return (size == 1 || size == 2 || size == 4 || size == 8) &&
           off + (uint64_t)size <= v->cls->config_size;
}

uint64_t virtio_config_read(VirtioDevice *v, uint64_t off, int size)
{
    uint8_t buf[VIRTIO_CONFIG_MAX] = { 0 };
    uint64_t val = 0;
    if (!config_access_ok(v, off, size)) {
        return 0;
    }
    v->cls->config_read(v->dev, buf);
    for (int i = size - 1; i >= 0; i--) {
        val = val << 8 | buf[off + (uint64_t)i];
    }
    return val;
}

void virtio_config_write(VirtioDevice *v, uint64_t off, uint64_t value, int size)
{
    uint8_t buf[VIRTIO_CONFIG_MAX] = { 0 };
    if (!config_access_ok(v, off, size) || !v->cls->config_write) {
        return;
    }
    v->cls->config_read(v->dev, buf);
    for (int i = 0; i < size; i++) {
        buf[off + (uint64_t)i] = (uint8_t)(value >> (8 * i));
    }
    v->cls->config_write(v->dev, buf, (uint32_t)off, (uint32_t)size);
}

/* --- saved state --------------------------------------------------------- */

#define VIRTIO_STATE_VERSION 1

int virtio_save(VirtioDevice *v, StateWriter *w)
{
    if (v->cls->drain) {
        v->cls->drain(v->dev);   /* what is in flight lands in the rings first */
    }
    state_put_u32(w, VIRTIO_STATE_VERSION);
    state_put_u32(w, v->cls->device_id);
    state_put_u64(w, v->device_features);
    state_put_u64(w, v->driver_features);
    state_put_u32(w, v->status);
    state_put_u32(w, v->isr);
    state_put_u32(w, v->config_generation);
    state_put_u32(w, v->cls->num_queues);
    for (unsigned i = 0; i < v->cls->num_queues; i++) {
        const VirtQueue *q = &v->queue[i];
        state_put_u16(w, q->size);
        state_put_bool(w, q->ready);
        state_put_bool(w, q->event_idx);
        state_put_bool(w, q->indirect);
        state_put_u64(w, q->desc_addr);
        state_put_u64(w, q->driver_addr);
        state_put_u64(w, q->device_addr);
        state_put_u16(w, q->last_avail_idx);
        state_put_u16(w, q->used_idx);
        state_put_u16(w, q->signalled_used);
    }
    return v->cls->save ? v->cls->save(v->dev, w) : 0;
}

static int load_fail(VirtioDevice *v, char *err, size_t errlen, const char *why)
{
    snprintf(err, errlen, "virtio device %u: %s", v->cls->device_id, why);
    virtio_reset(v);
    return -1;
}

int virtio_load(VirtioDevice *v, StateReader *r, char *err, size_t errlen)
{
    if (state_get_u32(r) != VIRTIO_STATE_VERSION) {
        return load_fail(v, err, errlen, "unknown saved-state version");
    }
    if (state_get_u32(r) != v->cls->device_id) {
        return load_fail(v, err, errlen, "saved state of another device type");
    }
    uint64_t offered = state_get_u64(r);
    uint64_t accepted = state_get_u64(r);
    uint32_t status = state_get_u32(r), isr = state_get_u32(r), gen = state_get_u32(r);
    /* Until FEATURES_OK latches, the driver's features are what it wrote,
     * offered or not (features_acceptable checks them then). */
    if (state_get_u32(r) != v->cls->num_queues || offered != v->device_features ||
        ((accepted & ~offered) && (status & VIRTIO_STATUS_FEATURES_OK))) {
        return load_fail(v, err, errlen, "saved state does not match the device's features");
    }
    virtio_reset(v);
    v->driver_features = accepted;
    v->status = status & 0xff;
    v->config_generation = gen;
    for (unsigned i = 0; i < v->cls->num_queues; i++) {
        VirtQueue *q = &v->queue[i];
        q->size = state_get_u16(r);
        bool ready = state_get_bool(r);
        q->event_idx = state_get_bool(r);
        q->indirect = state_get_bool(r);
        q->desc_addr = state_get_u64(r);
        q->driver_addr = state_get_u64(r);
        q->device_addr = state_get_u64(r);
        q->last_avail_idx = state_get_u16(r);
        q->used_idx = state_get_u16(r);
        q->signalled_used = state_get_u16(r);
        /* A ready queue must pass the checks a driver's enable passes. */
        if (ready && virtq_check(q, &v->ram, VIRTIO_QUEUE_MAX) != 0) {
            return load_fail(v, err, errlen, "saved queue is not valid in this machine");
        }
        q->ready = ready;
    }
    if (r->failed) {
        return load_fail(v, err, errlen, "saved state is truncated");
    }
    if (v->cls->load && v->cls->load(v->dev, r, err, errlen) != 0) {
        virtio_reset(v);
        return -1;
    }
    v->isr = isr & (VIRTIO_INT_USED | VIRTIO_INT_CONFIG);
    if (v->notify) {
        v->notify(v->transport);
    }
    return 0;
}
