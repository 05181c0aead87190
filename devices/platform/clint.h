/* SiFive CLINT (core-local interruptor) as on QEMU's virt board: one hart's
 * msip, mtimecmp and a read-only mtime view of the machine's time source. */
#ifndef RVBOX_DEVICES_CLINT_H
#define RVBOX_DEVICES_CLINT_H

#include <stdint.h>

#include "devices/device.h"

#define CLINT_SIZE 0x10000

typedef struct Clint Clint;

/* Creates a CLINT driving a hart's MSIP and MTIP inputs. get_time(opaque)
 * returns mtime in timebase ticks. mtimecmp starts at UINT64_MAX (no timer).
 * Returns NULL when out of memory. */
Clint *clint_create(IrqLine msip, IrqLine mtip, uint64_t (*get_time)(void *opaque),
                    void *opaque);

/* MMIO handlers (opaque = Clint *), SiFive CLINT layout: msip at 0x0, mtimecmp at 0x4000,
 * mtime at 0xbff8 (writes ignored); 4- and 8-byte accesses, both halves. */
extern const MmioOps clint_mmio_ops;

/* Sets or clears MTIP from mtime >= mtimecmp (privileged spec §3.2.1). Call once per slice (and
 * after the host slept), so a timer that became due is seen. */
void clint_update(Clint *c);

/* Timebase ticks until MTIP becomes due: 0 if already due, UINT64_MAX if
 * mtimecmp is UINT64_MAX (timer off). Lets the frontend sleep on WFI. */
uint64_t clint_ticks_until_timer(Clint *c);

/* Frees the CLINT; NULL is accepted. */
void clint_destroy(Clint *c);

#endif
