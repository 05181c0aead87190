/* "sifive,test1" test finisher: the guest powers off (with an exit code)
 * or resets the machine by writing one 32-bit word. */
#ifndef RVBOX_DEVICES_SYSCON_H
#define RVBOX_DEVICES_SYSCON_H

#include "devices/device.h"

#define SYSCON_SIZE 0x1000

enum { SYSCON_POWEROFF = 1, SYSCON_RESET = 2 };

typedef struct Syscon Syscon;

/* Creates the finisher. on_event(opaque, event, code) is called with
 * SYSCON_POWEROFF and the exit code (0 = pass, else the guest's code), or
 * SYSCON_RESET and code 0. Returns NULL when out of memory. */
Syscon *syscon_create(void (*on_event)(void *opaque, int event, int code), void *opaque);

/* MMIO handlers (opaque = Syscon *): a 2- or 4-byte write (OpenSBI uses
 * 16-bit writes) at offset 0 with low 16 bits 0x5555 (pass), 0x3333
 * (fail, code = value >> 16) or 0x7777 (reset); anything else is ignored,
 * reads return 0. */
extern const MmioOps syscon_mmio_ops;

/* Frees the finisher; NULL is accepted. */
void syscon_destroy(Syscon *s);

#endif
