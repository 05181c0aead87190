/* Device tree for the board, written with libfdt's sequential-write API.
 * The layout and properties follow QEMU's riscv virt machine so that
 * OpenSBI and Linux treat this board exactly like it (bindings: Linux's
 * Documentation/devicetree/bindings/riscv/cpus.yaml); the devices write
 * their own nodes. */
#include "machine/fdt.h"

#include <libfdt.h>
#include <stdio.h>

#define TRY FDT_TRY

static int add_cpu(void *fdt, const FdtBoard *b, int n)
{
    TRY(fdt_begin_node_at(fdt, "cpu", (uint64_t)n));
    TRY(fdt_property_string(fdt, "device_type", "cpu"));
    TRY(fdt_property_u32(fdt, "reg", (uint32_t)n));
    TRY(fdt_property_string(fdt, "status", "okay"));
    TRY(fdt_property_string(fdt, "compatible", "riscv"));
    TRY(fdt_property_string(fdt, "riscv,isa", b->isa));
    TRY(fdt_property_string(fdt, "mmu-type", b->mmu_type));
    if (b->cbo_block_size) {
        /* Zicbom/Zicboz block size (Linux: riscv,cbo*-block-size) */
        TRY(fdt_property_u32(fdt, "riscv,cbom-block-size", b->cbo_block_size));
        TRY(fdt_property_u32(fdt, "riscv,cboz-block-size", b->cbo_block_size));
    }

    TRY(fdt_begin_node(fdt, "interrupt-controller"));
    TRY(fdt_property_u32(fdt, "#interrupt-cells", 1));
    /* Interrupt providers need it (dtc check); no child addresses here. */
    TRY(fdt_property_u32(fdt, "#address-cells", 0));
    TRY(fdt_property(fdt, "interrupt-controller", NULL, 0));
    TRY(fdt_property_string(fdt, "compatible", "riscv,cpu-intc"));
    TRY(fdt_property_u32(fdt, "phandle", fdt_hart_intc(n)));
    TRY(fdt_end_node(fdt));
    return fdt_end_node(fdt);
}

static int add_cpus(void *fdt, const FdtBoard *b)
{
    TRY(fdt_begin_node(fdt, "cpus"));
    TRY(fdt_property_u32(fdt, "#address-cells", 1));
    TRY(fdt_property_u32(fdt, "#size-cells", 0));
    TRY(fdt_property_u32(fdt, "timebase-frequency", b->timebase_hz));
    for (int n = 0; n < (b->nharts > 0 ? b->nharts : 1); n++) {
        TRY(add_cpu(fdt, b, n));
    }
    return fdt_end_node(fdt);
}

static int add_memory(void *fdt, const FdtBoard *b)
{
    TRY(fdt_begin_node_at(fdt, "memory", b->ram_base));
    TRY(fdt_property_string(fdt, "device_type", "memory"));
    TRY(fdt_prop_reg(fdt, b->ram_base, b->ram_size));
    return fdt_end_node(fdt);
}

static int add_soc(void *fdt, const FdtBoard *b, FdtNodeCtx *f)
{
    TRY(fdt_begin_node(fdt, "soc"));
    TRY(fdt_property_u32(fdt, "#address-cells", 2));
    TRY(fdt_property_u32(fdt, "#size-cells", 2));
    TRY(fdt_property_string(fdt, "compatible", "simple-bus"));
    TRY(fdt_property(fdt, "ranges", NULL, 0));
    f->phase = FDT_PHASE_SOC;
    if (b->devices) {
        TRY(b->devices(b->opaque, f));
    }
    return fdt_end_node(fdt);
}

static int add_chosen(void *fdt, const FdtBoard *b, const char *stdout_path)
{
    TRY(fdt_begin_node(fdt, "chosen"));
    if (b->bootargs) {
        TRY(fdt_property_string(fdt, "bootargs", b->bootargs));
    }
    if (stdout_path[0]) {
        TRY(fdt_property_string(fdt, "stdout-path", stdout_path));
    }
    if (b->initrd_start || b->initrd_end) {
        TRY(fdt_property_u64(fdt, "linux,initrd-start", b->initrd_start));
        TRY(fdt_property_u64(fdt, "linux,initrd-end", b->initrd_end));
    }
    return fdt_end_node(fdt);
}

static int add_aliases(void *fdt, const char *stdout_path)
{
    TRY(fdt_begin_node(fdt, "aliases"));
    if (stdout_path[0]) {
        TRY(fdt_property_string(fdt, "serial0", stdout_path));
    }
    return fdt_end_node(fdt);
}

static int build(const FdtBoard *b, void *buf, size_t bufsize)
{
    int nharts = b->nharts > 0 ? b->nharts : 1;
    FdtNodeCtx f = { .fdt = buf, .phase = FDT_PHASE_ROOT, .nharts = nharts,
                     .next_phandle = 2 * (uint32_t)nharts + 1 };

    TRY(fdt_create(buf, (int)bufsize));
    TRY(fdt_finish_reservemap(buf));
    TRY(fdt_begin_node(buf, ""));
    TRY(fdt_property_u32(buf, "#address-cells", 2));
    TRY(fdt_property_u32(buf, "#size-cells", 2));
    TRY(fdt_property_string(buf, "compatible", "riscv-virtio"));
    TRY(fdt_property_string(buf, "model", "riscv-virtio,qemu"));
    if (b->devices) {
        TRY(b->devices(b->opaque, &f));
    }
    TRY(add_chosen(buf, b, f.stdout_path));
    TRY(add_aliases(buf, f.stdout_path));
    TRY(add_memory(buf, b));
    TRY(add_cpus(buf, b));
    TRY(add_soc(buf, b, &f));
    TRY(fdt_end_node(buf));
    return fdt_finish(buf);
}

/* See fdt.h. Returns the blob size (bytes) or a negative FDT_ERR_* code,
 * -FDT_ERR_NOSPACE when bufsize is too small. */
int fdt_build(const FdtBoard *board, void *buf, size_t bufsize)
{
    if (bufsize > INT32_MAX) {
        bufsize = INT32_MAX;
    }
    int rc = build(board, buf, bufsize);
    if (rc < 0) {
        return rc;
    }
    return (int)fdt_totalsize(buf);
}
