/* Helpers for devices writing their device-tree nodes. */
#include "devices/fdt_node.h"

#include <libfdt.h>
#include <stdio.h>

uint32_t fdt_alloc_phandle(FdtNodeCtx *f)
{
    return f->next_phandle++;
}

int fdt_begin_node_at(void *fdt, const char *name, uint64_t addr)
{
    char buf[64];
    snprintf(buf, sizeof(buf), "%s@%llx", name, (unsigned long long)addr);
    return fdt_begin_node(fdt, buf);
}

int fdt_prop_reg(void *fdt, uint64_t base, uint64_t size)
{
    fdt64_t reg[2] = { cpu_to_fdt64(base), cpu_to_fdt64(size) };
    return fdt_property(fdt, "reg", reg, sizeof(reg));
}

int fdt_prop_cells(void *fdt, const char *name, const uint32_t *v, int n)
{
    fdt32_t cells[16];
    if (n < 0 || n > 16) {
        return -FDT_ERR_BADVALUE;
    }
    for (int i = 0; i < n; i++) {
        cells[i] = cpu_to_fdt32(v[i]);
    }
    return fdt_property(fdt, name, cells, (int)(n * sizeof(fdt32_t)));
}

int fdt_begin_device(FdtNodeCtx *f, const char *name, const char *compat, int complen)
{
    FDT_TRY(fdt_begin_node_at(f->fdt, name, f->base));
    FDT_TRY(fdt_property(f->fdt, "compatible", compat, complen));
    return fdt_prop_reg(f->fdt, f->base, f->size);
}

int fdt_prop_irq(FdtNodeCtx *f)
{
    FDT_TRY(fdt_property_u32(f->fdt, "interrupt-parent", FDT_PH_INTC));
    return fdt_property_u32(f->fdt, "interrupts", f->irq);
}
