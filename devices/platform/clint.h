/* SiFive CLINT (core-local interruptor) as on QEMU's virt board: each
 * hart's msip (at 4 * hart) and mtimecmp (at 0x4000 + 8 * hart), and a
 * read-only mtime view of the machine's time source. */
#ifndef RVBOX_DEVICES_CLINT_H
#define RVBOX_DEVICES_CLINT_H

#include <stdint.h>

#include "devices/device.h"

#define CLINT_SIZE 0x10000
#define CLINT_MAX_HARTS 8

typedef struct Clint Clint;

/* Creates a CLINT driving the MSIP and MTIP inputs of nharts harts
 * (1..CLINT_MAX_HARTS; msip[i], mtip[i] for hart i). get_time(opaque)
 * returns mtime in timebase ticks. mtimecmp starts at UINT64_MAX (no
 * timer). Returns NULL when out of memory or nharts is out of range. */
Clint *clint_create(int nharts, const IrqLine *msip, const IrqLine *mtip,
                    uint64_t (*get_time)(void *opaque), void *opaque);

/* MMIO handlers (opaque = Clint *), SiFive CLINT layout: msip at 0x0, mtimecmp at 0x4000,
 * mtime at 0xbff8 (writes ignored); 4- and 8-byte accesses, both halves. */
extern const MmioOps clint_mmio_ops;

/* Sets or clears MTIP from mtime >= mtimecmp (privileged spec §3.2.1). Call once per slice (and
 * after the host slept), so a timer that became due is seen. */
void clint_update(Clint *c);

/* Timebase ticks until the first hart's MTIP becomes due: 0 if one is
 * due, UINT64_MAX if every mtimecmp is UINT64_MAX (timers off). Lets the
 * frontend sleep on WFI. */
uint64_t clint_ticks_until_timer(Clint *c);

/* Frees the CLINT; NULL is accepted. */
void clint_destroy(Clint *c);

#endif
