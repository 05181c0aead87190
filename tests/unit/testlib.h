/* What the unit tests share: check counting with the summary line
 * tests/run-all.sh reads, recorders for interrupt lines and console
 * output, and a host-side virtio-mmio driver (in the style of QEMU's
 * libqos) that brings a device up and moves buffers through its queues in
 * a fake guest RAM. */
#ifndef RVBOX_TESTS_UNIT_TESTLIB_H
#define RVBOX_TESTS_UNIT_TESTLIB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/chardev.h"
#include "devices/device.h"
#include "devices/virtio/virtio.h"
#include "devices/virtio/virtio_mmio.h"

/* --- checks ---------------------------------------------------------------- */

extern int t_passed, t_failed;

/* Counts a check; a failed one is reported with its file and line. */
void t_check(bool ok, const char *what, const char *file, int line);
#define CHECK(cond) t_check((cond), #cond, __FILE__, __LINE__)

/* The same, reported by name (what the check means) rather than by its
 * expression. */
#define CHECK_NAMED(cond, name) t_check((cond), (name), __FILE__, __LINE__)

/* Counts a check and prints it as "ok - what" or "not ok - what" (the
 * lines run-all.sh shows). */
void t_ok(bool ok, const char *what);

/* Prints "NAME: N passed, M failed" and returns the exit status. */
int t_summary(const char *name);

/* --- recorders ------------------------------------------------------------- */

/* An interrupt line's state as a device drives it. */
typedef struct IrqRec {
    int level;
    int irq;          /* the input last driven */
    int raised;       /* rising edges seen */
} IrqRec;

/* A line into r (irq is passed through). */
IrqLine irqrec_line(IrqRec *r, int irq);

/* A console that keeps the first bytes of guest output. */
typedef struct CharRec {
    CharBackend cb;
    uint8_t buf[256];
    size_t len;
} CharRec;

void charrec_init(CharRec *r);

/* --- a virtio-mmio driver ----------------------------------------------------- */

#define VD_RAM_BASE 0x80000000ull
#define VD_MAX_QUEUES 8

/* One device behind a virtio-mmio transport. Queue q's rings live at
 * vd_ring(q): descriptors there, the available ring 4 KiB above, the used
 * ring 8 KiB above. */
typedef struct VDrv {
    VirtioDevice *v;
    VirtioMmio *t;
    GuestRam *ram;
    IrqRec irq;
    unsigned qsize;
    uint16_t avail_idx[VD_MAX_QUEUES], used_seen[VD_MAX_QUEUES];
} VDrv;

/* virtio-mmio register offsets (virtio 1.2 §4.2.2). */
enum {
    R_MAGIC = 0x000, R_VERSION = 0x004, R_DEVICE_ID = 0x008, R_DEV_FEAT = 0x010,
    R_DEV_FEAT_SEL = 0x014, R_DRV_FEAT = 0x020, R_DRV_FEAT_SEL = 0x024, R_QSEL = 0x030,
    R_QNUM_MAX = 0x034, R_QNUM = 0x038, R_QREADY = 0x044, R_NOTIFY = 0x050,
    R_INT_STATUS = 0x060, R_INT_ACK = 0x064, R_STATUS = 0x070, R_QDESC = 0x080,
    R_QDRIVER = 0x090, R_QDEVICE = 0x0a0, R_GEN = 0x0fc, R_CONFIG = 0x100,
};

/* A fresh zeroed guest RAM of size bytes at VD_RAM_BASE (exits on ENOMEM). */
GuestRam vd_ram(uint64_t size);

/* Puts v behind a transport whose line goes to irq (d->irq when NULL).
 * qsize is the queue size the driver uses. v may be NULL (creation
 * failed): d->t is then NULL. */
void vd_attach(VDrv *d, VirtioDevice *v, GuestRam *ram, unsigned qsize, IrqRec *irq);

/* Frees the transport and the device. */
void vd_detach(VDrv *d);

uint64_t vd_ring(unsigned q);
uint8_t *vd_host(VDrv *d, uint64_t gpa);
uint32_t vd_rd(VDrv *d, uint64_t off);
void vd_wr(VDrv *d, uint64_t off, uint32_t v);

/* The 64 offered feature bits. */
uint64_t vd_offered(VDrv *d);

/* Reset, ACKNOWLEDGE, DRIVER, features, FEATURES_OK; returns the status
 * read back. */
uint32_t vd_negotiate(VDrv *d, uint64_t features);

/* Zeroes queue q's rings and enables it with qsize entries. */
void vd_setup_queue(VDrv *d, unsigned q);

/* Full bring-up with every offered feature but drop, queues 0..nq-1, then
 * DRIVER_OK. True when the device accepted all of it. */
bool vd_init(VDrv *d, unsigned nq, uint64_t drop);

/* One descriptor at p. */
void vd_put_desc(uint8_t *p, uint64_t addr, uint32_t len, uint16_t flags, uint16_t next);

typedef struct VdBuf {
    uint64_t addr;
    uint32_t len;
    bool write;
} VdBuf;

/* Writes a chain of n descriptors at table (entries 0..n-1). */
void vd_write_chain(uint8_t *table, const VdBuf *b, int n);

/* Publishes head in queue q's available ring; notifies when asked. */
void vd_make_avail(VDrv *d, unsigned q, uint16_t head, bool notify);

/* Waits until the device has finished what it was given (its class's
 * drain: a worker thread, a backend completing later). */
void vd_settle(VDrv *d);

/* Takes the next used element of queue q; false when there is none. */
bool vd_get_used(VDrv *d, unsigned q, uint32_t *id, uint32_t *len);

#endif
