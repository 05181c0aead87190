/* Device tree for the board, written with libfdt's sequential-write API.
 * The layout and properties follow QEMU's riscv virt machine so that
 * OpenSBI and Linux treat this board exactly like it; the bindings are
 * Linux's Documentation/devicetree/bindings (riscv/cpus, sifive,plic,
 * sifive,clint, syscon-poweroff/reboot, virtio/mmio, goldfish rtc). */
#include "fdt.h"

#include <libfdt.h>
#include <stdio.h>

/* phandles are arbitrary non-zero cookies; fixed values keep the blob
 * reproducible. */
enum { PH_CPU_INTC = 1, PH_PLIC = 2, PH_TEST = 3 };

/* Local interrupt numbers on the hart (privileged spec, mip bits). */
enum { IRQ_S_SOFT = 1, IRQ_M_SOFT = 3, IRQ_S_TIMER = 5, IRQ_M_TIMER = 7,
       IRQ_S_EXT = 9, IRQ_M_EXT = 11 };

#define TRY(expr)               \
    do {                        \
        int rc_ = (expr);       \
        if (rc_ < 0) {          \
            return rc_;         \
        }                       \
    } while (0)

/* Node "name@addr" with the unit address in lower-case hex, no 0x. */
static int begin_node_at(void *fdt, const char *name, uint64_t addr)
{
    char buf[64];

    snprintf(buf, sizeof(buf), "%s@%llx", name, (unsigned long long)addr);
    return fdt_begin_node(fdt, buf);
}

/* reg = <base size> with #address-cells = #size-cells = 2. */
static int prop_reg(void *fdt, uint64_t base, uint64_t size)
{
    fdt64_t reg[2] = { cpu_to_fdt64(base), cpu_to_fdt64(size) };

    return fdt_property(fdt, "reg", reg, sizeof(reg));
}

static int prop_cells(void *fdt, const char *name, const uint32_t *v, int n)
{
    fdt32_t cells[8];

    for (int i = 0; i < n; i++) {
        cells[i] = cpu_to_fdt32(v[i]);
    }
    return fdt_property(fdt, name, cells, (int)(n * sizeof(fdt32_t)));
}

/* A string-list property from a literal with embedded NULs. */
#define PROP_STRS(fdt, name, lit) fdt_property((fdt), (name), (lit), sizeof(lit))

static int add_cpus(void *fdt, const FdtBoard *b)
{
    TRY(fdt_begin_node(fdt, "cpus"));
    TRY(fdt_property_u32(fdt, "#address-cells", 1));
    TRY(fdt_property_u32(fdt, "#size-cells", 0));
    TRY(fdt_property_u32(fdt, "timebase-frequency", b->timebase_hz));

    TRY(begin_node_at(fdt, "cpu", 0));
    TRY(fdt_property_string(fdt, "device_type", "cpu"));
    TRY(fdt_property_u32(fdt, "reg", 0));
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
    TRY(fdt_property_u32(fdt, "phandle", PH_CPU_INTC));
    TRY(fdt_end_node(fdt));

    TRY(fdt_end_node(fdt));  /* cpu@0 */
    return fdt_end_node(fdt);
}

static int add_memory(void *fdt, const FdtBoard *b)
{
    TRY(begin_node_at(fdt, "memory", b->ram_base));
    TRY(fdt_property_string(fdt, "device_type", "memory"));
    TRY(prop_reg(fdt, b->ram_base, b->ram_size));
    return fdt_end_node(fdt);
}

static int add_clint(void *fdt, const FdtBoard *b)
{
    const uint32_t irqs[] = { PH_CPU_INTC, IRQ_M_SOFT, PH_CPU_INTC, IRQ_M_TIMER };

    TRY(begin_node_at(fdt, "clint", b->clint_base));
    TRY(PROP_STRS(fdt, "compatible", "sifive,clint0\0riscv,clint0"));
    TRY(prop_reg(fdt, b->clint_base, b->clint_size));
    TRY(prop_cells(fdt, "interrupts-extended", irqs, 4));
    return fdt_end_node(fdt);
}

/* PLIC contexts: 0 = hart 0 M mode, 1 = hart 0 S mode. */
static int add_plic(void *fdt, const FdtBoard *b)
{
    const uint32_t irqs[] = { PH_CPU_INTC, IRQ_M_EXT, PH_CPU_INTC, IRQ_S_EXT };

    TRY(begin_node_at(fdt, "plic", b->plic_base));
    TRY(fdt_property_u32(fdt, "#interrupt-cells", 1));
    TRY(fdt_property_u32(fdt, "#address-cells", 0));
    TRY(PROP_STRS(fdt, "compatible", "sifive,plic-1.0.0\0riscv,plic0"));
    TRY(fdt_property(fdt, "interrupt-controller", NULL, 0));
    TRY(prop_cells(fdt, "interrupts-extended", irqs, 4));
    TRY(prop_reg(fdt, b->plic_base, b->plic_size));
    TRY(fdt_property_u32(fdt, "riscv,ndev", b->plic_ndev));
    TRY(fdt_property_u32(fdt, "phandle", PH_PLIC));
    return fdt_end_node(fdt);
}

/* A device wired to one PLIC source. */
static int prop_plic_irq(void *fdt, uint32_t irq)
{
    TRY(fdt_property_u32(fdt, "interrupt-parent", PH_PLIC));
    return fdt_property_u32(fdt, "interrupts", irq);
}

static int add_serial(void *fdt, const FdtBoard *b)
{
    TRY(begin_node_at(fdt, "serial", b->uart_base));
    TRY(fdt_property_string(fdt, "compatible", "ns16550a"));
    TRY(prop_reg(fdt, b->uart_base, b->uart_size));
    TRY(fdt_property_u32(fdt, "clock-frequency", b->uart_clock_hz));
    TRY(prop_plic_irq(fdt, b->uart_irq));
    return fdt_end_node(fdt);
}

static int add_test(void *fdt, const FdtBoard *b)
{
    TRY(begin_node_at(fdt, "test", b->syscon_base));
    TRY(PROP_STRS(fdt, "compatible", "sifive,test1\0sifive,test0\0syscon"));
    TRY(prop_reg(fdt, b->syscon_base, b->syscon_size));
    TRY(fdt_property_u32(fdt, "phandle", PH_TEST));
    return fdt_end_node(fdt);
}

static int add_rtc(void *fdt, const FdtBoard *b)
{
    TRY(begin_node_at(fdt, "rtc", b->rtc_base));
    TRY(fdt_property_string(fdt, "compatible", "google,goldfish-rtc"));
    TRY(prop_reg(fdt, b->rtc_base, b->rtc_size));
    TRY(prop_plic_irq(fdt, b->rtc_irq));
    return fdt_end_node(fdt);
}

/* Ascending addresses; Linux numbers vda, vdb ... in probe order, which
 * follows the tree order. */
static int add_virtio(void *fdt, const FdtBoard *b)
{
    for (int i = 0; i < b->nvirtio && i < FDT_MAX_VIRTIO; i++) {
        TRY(begin_node_at(fdt, "virtio_mmio", b->virtio[i].base));
        TRY(fdt_property_string(fdt, "compatible", "virtio,mmio"));
        TRY(prop_reg(fdt, b->virtio[i].base, b->virtio[i].size));
        TRY(prop_plic_irq(fdt, b->virtio[i].irq));
        TRY(fdt_end_node(fdt));
    }
    return 0;
}

static int add_soc(void *fdt, const FdtBoard *b)
{
    TRY(fdt_begin_node(fdt, "soc"));
    TRY(fdt_property_u32(fdt, "#address-cells", 2));
    TRY(fdt_property_u32(fdt, "#size-cells", 2));
    TRY(fdt_property_string(fdt, "compatible", "simple-bus"));
    TRY(fdt_property(fdt, "ranges", NULL, 0));
    TRY(add_test(fdt, b));
    TRY(add_rtc(fdt, b));
    TRY(add_clint(fdt, b));
    TRY(add_plic(fdt, b));
    TRY(add_serial(fdt, b));
    TRY(add_virtio(fdt, b));
    return fdt_end_node(fdt);
}

/* syscon-poweroff / syscon-reboot: writes of value to the test device. */
static int add_syscon_action(void *fdt, const char *node, const char *compat, uint32_t value)
{
    TRY(fdt_begin_node(fdt, node));
    TRY(fdt_property_string(fdt, "compatible", compat));
    TRY(fdt_property_u32(fdt, "regmap", PH_TEST));
    TRY(fdt_property_u32(fdt, "offset", 0));
    TRY(fdt_property_u32(fdt, "value", value));
    return fdt_end_node(fdt);
}

static int add_chosen(void *fdt, const FdtBoard *b, const char *uart_path)
{
    TRY(fdt_begin_node(fdt, "chosen"));
    if (b->bootargs) {
        TRY(fdt_property_string(fdt, "bootargs", b->bootargs));
    }
    TRY(fdt_property_string(fdt, "stdout-path", uart_path));
    if (b->initrd_start || b->initrd_end) {
        TRY(fdt_property_u64(fdt, "linux,initrd-start", b->initrd_start));
        TRY(fdt_property_u64(fdt, "linux,initrd-end", b->initrd_end));
    }
    return fdt_end_node(fdt);
}

static int add_aliases(void *fdt, const char *uart_path)
{
    TRY(fdt_begin_node(fdt, "aliases"));
    TRY(fdt_property_string(fdt, "serial0", uart_path));
    return fdt_end_node(fdt);
}

static int build(const FdtBoard *b, void *buf, size_t bufsize)
{
    char uart_path[64];

    snprintf(uart_path, sizeof(uart_path), "/soc/serial@%llx", (unsigned long long)b->uart_base);
    TRY(fdt_create(buf, (int)bufsize));
    TRY(fdt_finish_reservemap(buf));
    TRY(fdt_begin_node(buf, ""));
    TRY(fdt_property_u32(buf, "#address-cells", 2));
    TRY(fdt_property_u32(buf, "#size-cells", 2));
    TRY(fdt_property_string(buf, "compatible", "riscv-virtio"));
    TRY(fdt_property_string(buf, "model", "riscv-virtio,qemu"));
    TRY(add_syscon_action(buf, "poweroff", "syscon-poweroff", 0x5555));
    TRY(add_syscon_action(buf, "reboot", "syscon-reboot", 0x7777));
    TRY(add_chosen(buf, b, uart_path));
    TRY(add_aliases(buf, uart_path));
    TRY(add_memory(buf, b));
    TRY(add_cpus(buf, b));
    TRY(add_soc(buf, b));
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
