/* PLIC (platform-level interrupt controller), SiFive layout as on QEMU's
 * virt board: 96 level-triggered sources (1..95), two contexts per hart:
 * context 2n = hart n's M mode (MIP_MEIP), 2n + 1 = its S mode (MIP_SEIP). */
#ifndef RVBOX_DEVICES_PLIC_H
#define RVBOX_DEVICES_PLIC_H

#include "devices/device.h"

#define PLIC_SIZE 0x600000
#define PLIC_NUM_SOURCES 96  /* source 0 is reserved: ids 1..95 */
#define PLIC_MAX_CONTEXTS 16   /* 8 harts */
#define PLIC_MAX_PRIORITY 7

typedef struct Plic Plic;

/* Creates a PLIC with ncontexts contexts (2..PLIC_MAX_CONTEXTS, even)
 * whose context c drives line out[c] (2n = hart n's MEIP, 2n + 1 its
 * SEIP); all priorities, enables and thresholds start at 0. Returns NULL
 * when out of memory or ncontexts is out of range. */
Plic *plic_create(int ncontexts, const IrqLine *out);

/* MMIO handlers (opaque = Plic *), 4-byte registers (PLIC spec 1.0.0 §3): priority at 4*irq,
 * pending bits at 0x1000, enables at 0x2000 + 0x80*ctx, threshold at
 * 0x200000 + 0x1000*ctx and claim/complete 4 bytes above it. */
extern const MmioOps plic_mmio_ops;

/* Drives level-triggered source irq (1..95; others ignored) to level (0 =
 * low, nonzero = high), through a level gateway (RISC-V PLIC spec 1.0.0):
 * pending follows the line until claimed, and is re-armed on completion.
 * Fits IrqLine.set with ctx = the Plic. */
void plic_set_irq(void *plic, int irq, int level);

/* Frees the PLIC; NULL is accepted. */
void plic_destroy(Plic *p);

#endif
