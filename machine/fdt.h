/* Device-tree generation (devicetree spec v0.4) for the board, with libfdt:
 * the board's own nodes (cpus, memory, chosen, soc); every device writes
 * its own nodes (devices/fdt_node.h). */
#ifndef RVBOX_MACHINE_FDT_H
#define RVBOX_MACHINE_FDT_H

#include <stddef.h>
#include <stdint.h>

#include "devices/fdt_node.h"

/* What the device tree describes. Addresses are guest physical. */
typedef struct FdtBoard {
    const char *isa;           /* e.g. "rv64imafdc_zicsr_zifencei_zicntr_sstc" */
    const char *mmu_type;      /* e.g. "riscv,sv57", "riscv,sv32" */
    uint32_t cbo_block_size;   /* Zicbom/Zicboz block in bytes, 0 = no Zicbo* */
    uint32_t timebase_hz;      /* 10000000 */
    int nharts;                /* 1 .. MACHINE_MAX_HARTS: /cpus/cpu@0 ... */
    uint64_t ram_base, ram_size;
    const char *bootargs;      /* may be NULL */
    uint64_t initrd_start, initrd_end; /* both 0 = no initrd */
    /* Writes the devices' nodes for f->phase (called for FDT_PHASE_ROOT,
     * then FDT_PHASE_SOC). Returns 0 or a negative libfdt error. */
    int (*devices)(void *opaque, FdtNodeCtx *f);
    void *opaque;
} FdtBoard;

/* Builds a flattened device tree for board into buf (bufsize bytes).
 * Returns the blob size in bytes, or a negative libfdt error code. The tree
 * follows QEMU's virt board: the devices' root nodes (syscon-poweroff and
 * reboot), /chosen with bootargs, stdout-path (the console device's node)
 * and linux,initrd-start/end, /aliases, /memory, /cpus/cpu@N for every
 * hart with its interrupt-controller (phandle fdt_hart_intc(N)), and
 * /soc (simple-bus)
 * with every device's node. */
int fdt_build(const FdtBoard *board, void *buf, size_t bufsize);

#endif
