/* What a device needs to write its own device-tree nodes (devicetree spec
 * v0.4) with libfdt's sequential-write API. The board opens the tree and
 * calls each device's fdt_node twice: once with FDT_PHASE_ROOT while the
 * root node is open (for nodes that live there, e.g. syscon-poweroff), and
 * once with FDT_PHASE_SOC inside /soc (#address-cells = #size-cells = 2),
 * in ascending address order. */
#ifndef RVBOX_DEVICES_FDT_NODE_H
#define RVBOX_DEVICES_FDT_NODE_H

#include <stdint.h>

enum FdtPhase { FDT_PHASE_ROOT, FDT_PHASE_SOC };

/* phandles are arbitrary non-zero cookies; fixed values keep the blob
 * reproducible: hart n's interrupt controller is FDT_PH_CPU_INTC + 2 * n
 * (1, 3, 5 ...), the interrupt controller of the board's devices is
 * FDT_PH_INTC; fdt_alloc_phandle hands out the rest from 2 * nharts + 1
 * on, in device order. */
enum { FDT_PH_CPU_INTC = 1, FDT_PH_INTC = 2 };

/* The phandle of hart n's interrupt controller (riscv,cpu-intc). */
static inline uint32_t fdt_hart_intc(int n)
{
    return FDT_PH_CPU_INTC + 2 * (uint32_t)n;
}

typedef struct FdtNodeCtx FdtNodeCtx;
struct FdtNodeCtx {
    void *fdt;                 /* the blob being written */
    enum FdtPhase phase;
    uint64_t base, size;       /* the device's MMIO window */
    uint32_t irq;              /* its interrupt source on FDT_PH_INTC, 0 = none */
    int nharts;                /* harts 0 .. nharts - 1 (cpu nodes) */
    uint32_t next_phandle;     /* see fdt_alloc_phandle */
    char stdout_path[64];      /* a console device writes its node path here */
};

/* A fresh phandle (3, 4, ...). */
uint32_t fdt_alloc_phandle(FdtNodeCtx *f);

/* Opens node "name@base" for the device's window (unit address in
 * lower-case hex) and writes compatible (a string list, NUL-separated,
 * of complen bytes) and reg = <base size>. Returns 0 or a libfdt error. */
int fdt_begin_device(FdtNodeCtx *f, const char *name, const char *compat, int complen);

/* Opens node "name@addr". */
int fdt_begin_node_at(void *fdt, const char *name, uint64_t addr);

/* reg = <base size> with 2 address and 2 size cells. */
int fdt_prop_reg(void *fdt, uint64_t base, uint64_t size);

/* A property of n (<= 16) 32-bit cells. */
int fdt_prop_cells(void *fdt, const char *name, const uint32_t *v, int n);

/* interrupt-parent = FDT_PH_INTC and interrupts = <f->irq>. */
int fdt_prop_irq(FdtNodeCtx *f);

/* A string-list property from a literal with embedded NULs. */
#define FDT_PROP_STRS(fdt, name, lit) fdt_property((fdt), (name), (lit), sizeof(lit))
#define FDT_COMPAT(lit) (lit), (int)sizeof(lit)

/* Returns from the enclosing function when a libfdt call fails. */
#define FDT_TRY(expr)           \
    do {                        \
        int rc_ = (expr);       \
        if (rc_ < 0) {          \
            return rc_;         \
        }                       \
    } while (0)

#endif
