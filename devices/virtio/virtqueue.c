/* Split virtqueues, device side (virtio 1.2 §2.7). The device keeps its
 * own copies of last_avail_idx and used.idx; guest memory is only read for
 * what the driver owns (avail ring, descriptors) and written for what the
 * device owns (used ring, avail_event). */
#include "devices/virtio/virtqueue.h"

#include <errno.h>

enum { DESC_SIZE = 16, USED_ELEM_SIZE = 8 };

void virtq_reset(VirtQueue *q, uint16_t max_size)
{
    *q = (VirtQueue){ .size = max_size };
}

int virtq_check(const VirtQueue *q, const GuestRam *ram, uint16_t max_size)
{
    uint64_t n = q->size;
    if (n == 0 || n > max_size || (n & (n - 1))) {
        return -EINVAL;
    }
    if ((q->desc_addr & 15) || (q->driver_addr & 1) || (q->device_addr & 3)) {
        return -EINVAL;
    }
    if (!guest_ram_ptr(ram, q->desc_addr, DESC_SIZE * n) ||
        !guest_ram_ptr(ram, q->driver_addr, 6 + 2 * n) ||
        !guest_ram_ptr(ram, q->device_addr, 6 + USED_ELEM_SIZE * n)) {
        return -EINVAL;
    }
    return 0;
}

static bool read_le16(const GuestRam *ram, uint64_t addr, uint16_t *v)
{
    uint8_t b[2];
    if (!guest_ram_read(ram, addr, b, 2)) {
        return false;
    }
    *v = get_le16(b);
    return true;
}

static bool write_le16(const GuestRam *ram, uint64_t addr, uint16_t v)
{
    uint8_t b[2];
    put_le16(b, v);
    return guest_ram_write(ram, addr, b, 2);
}

/* Tells an EVENT_IDX driver to notify once it adds past what we consumed. */
static void publish_avail_event(const VirtQueue *q, const GuestRam *ram)
{
    if (q->event_idx) {
        write_le16(ram, q->device_addr + 4 + (uint64_t)USED_ELEM_SIZE * q->size,
                   q->last_avail_idx);
    }
}

static int add_seg(VirtqChain *c, const GuestRam *ram, uint64_t addr, uint32_t len,
                   bool writable)
{
    if (!writable && c->nseg > c->nreadable) {
        return -EINVAL;  /* §2.7.5: readable descriptors come first */
    }
    if (!guest_ram_ptr(ram, addr, len)) {
        return -EFAULT;
    }
    if (len == 0) {
        return 0;
    }
    if (c->nseg == VIRTQ_CHAIN_MAX ||
        c->readable_len + c->writable_len + len > VIRTQ_CHAIN_BYTES_MAX) {
        return -E2BIG;
    }
    c->seg[c->nseg++] = (VirtqSeg){ .addr = addr, .len = len, .writable = writable };
    if (writable) {
        c->writable_len += len;
    } else {
        c->nreadable = c->nseg;
        c->readable_len += len;
    }
    return 0;
}

/* Walks a chain through a descriptor table of count entries starting at
 * idx. A walk of more than count descriptors must have revisited one. */
static int walk_table(const VirtQueue *q, const GuestRam *ram, VirtqChain *c,
                      uint64_t table, uint32_t count, uint32_t idx, bool nested)
{
    for (uint32_t n = 0;; n++) {
        uint8_t d[DESC_SIZE];
        if (n >= count) {
            return -ELOOP;
        }
        if (idx >= count) {
            return -EINVAL;
        }
        if (!guest_ram_read(ram, table + (uint64_t)DESC_SIZE * idx, d, DESC_SIZE)) {
            return -EFAULT;
        }
        uint64_t addr = get_le64(d);
        uint32_t len = get_le32(d + 8);
        uint16_t flags = get_le16(d + 12);
        if (flags & VIRTQ_DESC_F_INDIRECT) {
            /* §2.7.5.3.1: one level only, never with NEXT, whole entries;
             * the table itself is device-read-only (its WRITE bit ignored). */
            if (nested || !q->indirect || (flags & VIRTQ_DESC_F_NEXT) ||
                len == 0 || len % DESC_SIZE) {
                return -EINVAL;
            }
            if (!guest_ram_ptr(ram, addr, len)) {
                return -EFAULT;
            }
            return walk_table(q, ram, c, addr, len / DESC_SIZE, 0, true);
        }
        int err = add_seg(c, ram, addr, len, flags & VIRTQ_DESC_F_WRITE);
        if (err) {
            return err;
        }
        if (!(flags & VIRTQ_DESC_F_NEXT)) {
            return 0;
        }
        idx = get_le16(d + 14);
    }
}

int virtq_pop(VirtQueue *q, const GuestRam *ram, VirtqChain *c)
{
    uint16_t avail_idx, head;
    if (!read_le16(ram, q->driver_addr + 2, &avail_idx)) {
        return -EFAULT;
    }
    uint16_t pending = (uint16_t)(avail_idx - q->last_avail_idx);
    if (pending > q->size) {
        return -EINVAL;  /* §2.7.6: the driver cannot be that far ahead */
    }
    if (pending == 0) {
        publish_avail_event(q, ram);
        return 0;
    }
    /* Read the ring entry only after seeing the index that covers it. */
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    uint64_t slot = q->driver_addr + 4 + 2ull * (q->last_avail_idx % q->size);
    if (!read_le16(ram, slot, &head)) {
        return -EFAULT;
    }
    if (head >= q->size) {
        return -EINVAL;
    }
    q->last_avail_idx++;
    publish_avail_event(q, ram);
    c->head = head;
    c->nseg = c->nreadable = 0;
    c->readable_len = c->writable_len = 0;
    c->written = 0;
    int err = walk_table(q, ram, c, q->desc_addr, q->size, head, false);
    return err ? err : 1;
}

/* Copies len bytes between the host and segments [first, end) of c,
 * starting off bytes into them: from src into guest RAM when src is given,
 * else out of guest RAM into dst. Returns the bytes copied. */
static size_t chain_copy(const VirtqChain *c, const GuestRam *ram, unsigned first,
                         unsigned end, uint64_t off, uint8_t *dst, const uint8_t *src,
                         size_t len)
{
    size_t done = 0;
    for (unsigned i = first; i < end && done < len; i++) {
        const VirtqSeg *s = &c->seg[i];
        if (off >= s->len) {
            off -= s->len;
            continue;
        }
        uint64_t n = s->len - off < len - done ? s->len - off : len - done;
        bool ok = src ? guest_ram_write(ram, s->addr + off, src + done, n)
                      : guest_ram_read(ram, s->addr + off, dst + done, n);
        if (!ok) {
            break;  /* cannot happen: segments were checked at pop time */
        }
        done += n;
        off = 0;
    }
    return done;
}

size_t virtq_chain_read(const VirtqChain *c, const GuestRam *ram, uint64_t off,
                        void *dst, size_t len)
{
    return chain_copy(c, ram, 0, c->nreadable, off, dst, NULL, len);
}

size_t virtq_chain_write(VirtqChain *c, const GuestRam *ram, uint64_t off,
                         const void *src, size_t len)
{
    size_t done = chain_copy(c, ram, c->nreadable, c->nseg, off, NULL, src, len);
    c->written += (uint32_t)done;
    return done;
}

int virtq_push(VirtQueue *q, const GuestRam *ram, uint16_t head, uint32_t len)
{
    uint8_t elem[USED_ELEM_SIZE];
    put_le32(elem, head);
    put_le32(elem + 4, len);
    uint64_t slot = q->device_addr + 4 + (uint64_t)USED_ELEM_SIZE * (q->used_idx % q->size);
    if (!guest_ram_write(ram, slot, elem, sizeof(elem))) {
        return -EFAULT;
    }
    /* §2.7.8: the element must be visible before the index that
     * publishes it. */
    __atomic_thread_fence(__ATOMIC_RELEASE);
    q->used_idx++;
    return write_le16(ram, q->device_addr + 2, q->used_idx) ? 0 : -EFAULT;
}

bool virtq_should_notify(VirtQueue *q, const GuestRam *ram)
{
    uint16_t old = q->signalled_used, now = q->used_idx;
    uint16_t v;
    /* Order our used.idx store before reading the driver's suppression. */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    q->signalled_used = now;
    if (old == now) {
        return false;
    }
    if (q->event_idx) {
        /* §2.7.10: used_event sits after the avail ring. */
        if (!read_le16(ram, q->driver_addr + 4 + 2ull * q->size, &v)) {
            return true;
        }
        return (uint16_t)(now - v - 1) < (uint16_t)(now - old);
    }
    if (!read_le16(ram, q->driver_addr, &v)) {
        return true;
    }
    return !(v & VIRTQ_AVAIL_F_NO_INTERRUPT);
}
