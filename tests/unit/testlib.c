/* Shared unit-test helpers (see testlib.h). */
#include "tests/unit/testlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int t_passed, t_failed;

void t_check(bool ok, const char *what, const char *file, int line)
{
    if (ok) {
        t_passed++;
    } else {
        t_failed++;
        fprintf(stderr, "%s:%d: FAILED: %s\n", file, line, what);
    }
}

void t_ok(bool ok, const char *what)
{
    printf("%s - %s\n", ok ? "ok" : "not ok", what);
    t_passed += ok;
    t_failed += !ok;
}

int t_summary(const char *name)
{
    printf("%s: %d passed, %d failed\n", name, t_passed, t_failed);
    return t_failed != 0;
}

static void irqrec_set(void *ctx, int irq, int level)
{
    IrqRec *r = ctx;
    r->raised += level && !r->level;
    r->level = level;
    r->irq = irq;
}

IrqLine irqrec_line(IrqRec *r, int irq)
{
    return (IrqLine){ .set = irqrec_set, .ctx = r, .irq = irq };
}

static void charrec_write(CharBackend *c, const uint8_t *buf, size_t len)
{
    CharRec *r = (CharRec *)c;
    for (size_t i = 0; i < len && r->len < sizeof(r->buf); i++) {
        r->buf[r->len++] = buf[i];
    }
}

void charrec_init(CharRec *r)
{
    memset(r, 0, sizeof(*r));
    chardev_init(&r->cb);
    r->cb.write = charrec_write;
}

GuestRam vd_ram(uint64_t size)
{
    GuestRam ram = { .host = calloc(1, size + 8), .base = VD_RAM_BASE, .size = size };
    if (!ram.host) {
        perror("vd_ram");
        exit(2);
    }
    return ram;
}

void vd_attach(VDrv *d, VirtioDevice *v, GuestRam *ram, unsigned qsize, IrqRec *irq)
{
    memset(d, 0, sizeof(*d));
    d->v = v;
    d->ram = ram;
    d->qsize = qsize;
    d->t = v ? virtio_mmio_create(v, irqrec_line(irq ? irq : &d->irq, 1)) : NULL;
}

void vd_detach(VDrv *d)
{
    virtio_mmio_destroy(d->t);
    virtio_device_destroy(d->v);
    d->t = NULL;
    d->v = NULL;
}

uint64_t vd_ring(unsigned q)
{
    return VD_RAM_BASE + 0x1000 + q * 0x3000;
}

uint8_t *vd_host(VDrv *d, uint64_t gpa)
{
    return d->ram->host + (gpa - VD_RAM_BASE);
}

uint32_t vd_rd(VDrv *d, uint64_t off)
{
    return (uint32_t)virtio_mmio_ops.read(d->t, off, 4);
}

void vd_wr(VDrv *d, uint64_t off, uint32_t v)
{
    virtio_mmio_ops.write(d->t, off, v, 4);
}

uint64_t vd_offered(VDrv *d)
{
    vd_wr(d, R_DEV_FEAT_SEL, 0);
    uint64_t f = vd_rd(d, R_DEV_FEAT);
    vd_wr(d, R_DEV_FEAT_SEL, 1);
    return f | (uint64_t)vd_rd(d, R_DEV_FEAT) << 32;
}

uint32_t vd_negotiate(VDrv *d, uint64_t features)
{
    vd_wr(d, R_STATUS, 0);
    vd_wr(d, R_STATUS, VIRTIO_STATUS_ACKNOWLEDGE);
    vd_wr(d, R_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);
    vd_wr(d, R_DRV_FEAT_SEL, 0);
    vd_wr(d, R_DRV_FEAT, (uint32_t)features);
    vd_wr(d, R_DRV_FEAT_SEL, 1);
    vd_wr(d, R_DRV_FEAT, (uint32_t)(features >> 32));
    vd_wr(d, R_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER |
          VIRTIO_STATUS_FEATURES_OK);
    return vd_rd(d, R_STATUS);
}

void vd_setup_queue(VDrv *d, unsigned q)
{
    uint64_t ring = vd_ring(q);
    memset(vd_host(d, ring), 0, 0x3000);
    d->avail_idx[q] = d->used_seen[q] = 0;
    vd_wr(d, R_QSEL, q);
    vd_wr(d, R_QNUM, d->qsize);
    vd_wr(d, R_QDESC, (uint32_t)ring);
    vd_wr(d, R_QDESC + 4, (uint32_t)(ring >> 32));
    vd_wr(d, R_QDRIVER, (uint32_t)(ring + 0x1000));
    vd_wr(d, R_QDRIVER + 4, 0);
    vd_wr(d, R_QDEVICE, (uint32_t)(ring + 0x2000));
    vd_wr(d, R_QDEVICE + 4, 0);
    vd_wr(d, R_QREADY, 1);
}

bool vd_init(VDrv *d, unsigned nq, uint64_t drop)
{
    uint32_t st = vd_negotiate(d, vd_offered(d) & ~drop);
    for (unsigned q = 0; q < nq; q++) {
        vd_setup_queue(d, q);
    }
    vd_wr(d, R_STATUS, st | VIRTIO_STATUS_DRIVER_OK);
    return (st & VIRTIO_STATUS_FEATURES_OK) &&
           vd_rd(d, R_STATUS) == (st | VIRTIO_STATUS_DRIVER_OK);
}

void vd_put_desc(uint8_t *p, uint64_t addr, uint32_t len, uint16_t flags, uint16_t next)
{
    put_le64(p, addr);
    put_le32(p + 8, len);
    put_le16(p + 12, flags);
    put_le16(p + 14, next);
}

void vd_write_chain(uint8_t *table, const VdBuf *b, int n)
{
    for (int i = 0; i < n; i++) {
        uint16_t flags = (b[i].write ? VIRTQ_DESC_F_WRITE : 0) |
                         (i + 1 < n ? VIRTQ_DESC_F_NEXT : 0);
        vd_put_desc(table + 16 * i, b[i].addr, b[i].len, flags, (uint16_t)(i + 1));
    }
}

void vd_make_avail(VDrv *d, unsigned q, uint16_t head, bool notify)
{
    uint8_t *avail = vd_host(d, vd_ring(q) + 0x1000);
    put_le16(avail + 4 + 2 * (d->avail_idx[q] % d->qsize), head);
    d->avail_idx[q]++;
    put_le16(avail + 2, d->avail_idx[q]);
    if (notify) {
        vd_wr(d, R_NOTIFY, q);
    }
}

void vd_settle(VDrv *d)
{
    if (d->v && d->v->cls->drain) {
        d->v->cls->drain(d->v->dev);
    }
}

bool vd_get_used(VDrv *d, unsigned q, uint32_t *id, uint32_t *len)
{
    uint8_t *used = vd_host(d, vd_ring(q) + 0x2000);
    if (get_le16(used + 2) == d->used_seen[q]) {
        return false;
    }
    uint8_t *e = used + 4 + 8 * (d->used_seen[q] % d->qsize);
    *id = get_le32(e);
    *len = get_le32(e + 4);
    d->used_seen[q]++;
    return true;
}
