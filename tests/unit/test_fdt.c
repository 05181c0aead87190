/* Unit tests for machine/fdt.c: the tree is read back with libfdt and the
 * properties OpenSBI and Linux rely on are checked. */
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "machine/fdt.h"

static int passed, failed;

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (cond) {                                                        \
            passed++;                                                      \
        } else {                                                           \
            failed++;                                                      \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                  \
    } while (0)

static uint8_t blob[64 * 1024];

static FdtBoard virt_board(void)
{
    FdtBoard b = {
        .isa = "rv64imafdc_zicsr_zifencei", .mmu_type = "riscv,sv48",
        .timebase_hz = 10000000, .ram_base = 0x80000000, .ram_size = 256ull << 20,
        .clint_base = 0x2000000, .clint_size = 0x10000,
        .plic_base = 0xc000000, .plic_size = 0x600000, .plic_ndev = 95,
        .uart_base = 0x10000000, .uart_size = 0x100, .uart_irq = 10, .uart_clock_hz = 3686400,
        .syscon_base = 0x100000, .syscon_size = 0x1000,
        .rtc_base = 0x101000, .rtc_size = 0x1000, .rtc_irq = 11,
        .nvirtio = 2, .bootargs = "console=ttyS0 root=/dev/vda",
        .initrd_start = 0x88000000, .initrd_end = 0x88123456,
    };

    for (int i = 0; i < 2; i++) {
        b.virtio[i].base = 0x10001000 + 0x1000 * i;
        b.virtio[i].size = 0x1000;
        b.virtio[i].irq = 1 + i;
    }
    return b;
}

static int node(const char *path)
{
    int off = fdt_path_offset(blob, path);

    if (off < 0) {
        fprintf(stderr, "  no node %s\n", path);
    }
    return off;
}

static bool prop_str(const char *path, const char *name, const char *want)
{
    int len, off = node(path);
    const char *v = off < 0 ? NULL : fdt_getprop(blob, off, name, &len);

    return v && len == (int)strlen(want) + 1 && memcmp(v, want, (size_t)len) == 0;
}

/* Compares a property with big-endian 32-bit cells. */
static bool prop_cells(const char *path, const char *name, const uint32_t *want, int n)
{
    int len, off = node(path);
    const fdt32_t *v = off < 0 ? NULL : fdt_getprop(blob, off, name, &len);

    if (!v || len != n * 4) {
        return false;
    }
    for (int i = 0; i < n; i++) {
        if (fdt32_to_cpu(v[i]) != want[i]) {
            return false;
        }
    }
    return true;
}

static bool prop_u32(const char *path, const char *name, uint32_t want)
{
    return prop_cells(path, name, &want, 1);
}

static bool prop_reg(const char *path, uint64_t base, uint64_t size)
{
    uint32_t want[4] = { (uint32_t)(base >> 32), (uint32_t)base, (uint32_t)(size >> 32),
                         (uint32_t)size };
    return prop_cells(path, "reg", want, 4);
}

static bool has_prop(const char *path, const char *name)
{
    int off = node(path);

    return off >= 0 && fdt_getprop(blob, off, name, NULL) != NULL;
}

static bool compatible(const char *path, const char *compat)
{
    int off = node(path);

    return off >= 0 && fdt_node_check_compatible(blob, off, compat) == 0;
}

static uint32_t phandle_of(const char *path)
{
    int off = node(path);

    return off < 0 ? 0 : fdt_get_phandle(blob, off);
}

static void test_root_cpus_memory(void)
{
    CHECK(prop_u32("/", "#address-cells", 2) && prop_u32("/", "#size-cells", 2));
    CHECK(prop_str("/", "compatible", "riscv-virtio"));
    CHECK(has_prop("/", "model"));
    CHECK(prop_u32("/cpus", "timebase-frequency", 10000000));
    CHECK(prop_u32("/cpus", "#address-cells", 1) && prop_u32("/cpus", "#size-cells", 0));
    CHECK(prop_str("/cpus/cpu@0", "device_type", "cpu"));
    CHECK(prop_u32("/cpus/cpu@0", "reg", 0));
    CHECK(prop_str("/cpus/cpu@0", "status", "okay"));
    CHECK(prop_str("/cpus/cpu@0", "compatible", "riscv"));
    CHECK(prop_str("/cpus/cpu@0", "riscv,isa", "rv64imafdc_zicsr_zifencei"));
    CHECK(prop_str("/cpus/cpu@0", "mmu-type", "riscv,sv48"));
    CHECK(compatible("/cpus/cpu@0/interrupt-controller", "riscv,cpu-intc"));
    CHECK(prop_u32("/cpus/cpu@0/interrupt-controller", "#interrupt-cells", 1));
    CHECK(has_prop("/cpus/cpu@0/interrupt-controller", "interrupt-controller"));
    CHECK(phandle_of("/cpus/cpu@0/interrupt-controller") != 0);
    CHECK(prop_str("/memory@80000000", "device_type", "memory"));
    CHECK(prop_reg("/memory@80000000", 0x80000000, 256ull << 20));
}

static void test_soc(void)
{
    uint32_t intc = phandle_of("/cpus/cpu@0/interrupt-controller");
    uint32_t plic = phandle_of("/soc/plic@c000000");
    const uint32_t clint_irqs[] = { intc, 3, intc, 7 };
    const uint32_t plic_irqs[] = { intc, 11, intc, 9 };

    CHECK(compatible("/soc", "simple-bus") && has_prop("/soc", "ranges"));
    CHECK(compatible("/soc/clint@2000000", "sifive,clint0"));
    CHECK(compatible("/soc/clint@2000000", "riscv,clint0"));
    CHECK(prop_reg("/soc/clint@2000000", 0x2000000, 0x10000));
    CHECK(prop_cells("/soc/clint@2000000", "interrupts-extended", clint_irqs, 4));
    CHECK(compatible("/soc/plic@c000000", "sifive,plic-1.0.0"));
    CHECK(compatible("/soc/plic@c000000", "riscv,plic0"));
    CHECK(prop_u32("/soc/plic@c000000", "#interrupt-cells", 1));
    CHECK(prop_u32("/soc/plic@c000000", "#address-cells", 0));
    CHECK(has_prop("/soc/plic@c000000", "interrupt-controller"));
    CHECK(prop_u32("/soc/plic@c000000", "riscv,ndev", 95));
    CHECK(prop_cells("/soc/plic@c000000", "interrupts-extended", plic_irqs, 4));
    CHECK(plic != 0 && plic != intc);
    CHECK(compatible("/soc/serial@10000000", "ns16550a"));
    CHECK(prop_reg("/soc/serial@10000000", 0x10000000, 0x100));
    CHECK(prop_u32("/soc/serial@10000000", "clock-frequency", 3686400));
    CHECK(prop_u32("/soc/serial@10000000", "interrupts", 10));
    CHECK(prop_u32("/soc/serial@10000000", "interrupt-parent", plic));
    CHECK(compatible("/soc/rtc@101000", "google,goldfish-rtc"));
    CHECK(prop_u32("/soc/rtc@101000", "interrupts", 11));
    CHECK(compatible("/soc/virtio_mmio@10001000", "virtio,mmio"));
    CHECK(prop_u32("/soc/virtio_mmio@10001000", "interrupts", 1));
    CHECK(prop_reg("/soc/virtio_mmio@10002000", 0x10002000, 0x1000));
    CHECK(prop_u32("/soc/virtio_mmio@10002000", "interrupts", 2));
    CHECK(prop_u32("/soc/virtio_mmio@10002000", "interrupt-parent", plic));
    CHECK(fdt_path_offset(blob, "/soc/virtio_mmio@10003000") < 0);
}

static void test_syscon_chosen(void)
{
    uint32_t test = phandle_of("/soc/test@100000");

    CHECK(compatible("/soc/test@100000", "sifive,test1"));
    CHECK(compatible("/soc/test@100000", "sifive,test0"));
    CHECK(compatible("/soc/test@100000", "syscon"));
    CHECK(test != 0);
    CHECK(compatible("/poweroff", "syscon-poweroff") && prop_u32("/poweroff", "regmap", test));
    CHECK(prop_u32("/poweroff", "offset", 0) && prop_u32("/poweroff", "value", 0x5555));
    CHECK(compatible("/reboot", "syscon-reboot") && prop_u32("/reboot", "regmap", test));
    CHECK(prop_u32("/reboot", "value", 0x7777));
    CHECK(prop_str("/chosen", "bootargs", "console=ttyS0 root=/dev/vda"));
    CHECK(prop_str("/chosen", "stdout-path", "/soc/serial@10000000"));
    const uint32_t start[] = { 0, 0x88000000 }, end[] = { 0, 0x88123456 };
    CHECK(prop_cells("/chosen", "linux,initrd-start", start, 2));
    CHECK(prop_cells("/chosen", "linux,initrd-end", end, 2));
}

static void test_variants(void)
{
    FdtBoard b = virt_board();
    int size;

    b.bootargs = NULL;
    b.initrd_start = b.initrd_end = 0;
    b.nvirtio = 0;
    size = fdt_build(&b, blob, sizeof(blob));
    CHECK(size > 0 && fdt_check_header(blob) == 0);
    CHECK(!has_prop("/chosen", "bootargs") && !has_prop("/chosen", "linux,initrd-start"));
    CHECK(has_prop("/chosen", "stdout-path"));
    CHECK(fdt_path_offset(blob, "/soc/virtio_mmio@10001000") < 0);

    b = virt_board();
    CHECK(fdt_build(&b, blob, 256) == -FDT_ERR_NOSPACE);
}

int main(void)
{
    FdtBoard b = virt_board();
    int size = fdt_build(&b, blob, sizeof(blob));

    CHECK(size > 0 && (size_t)size <= sizeof(blob));
    CHECK(fdt_check_header(blob) == 0 && (int)fdt_totalsize(blob) == size);
    if (size > 0) {
        test_root_cpus_memory();
        test_soc();
        test_syscon_chosen();
        /* Optional dump for a person: TEST_FDT_DUMP=file.dtb, then dtc -I dtb. */
        const char *dump = getenv("TEST_FDT_DUMP");
        FILE *f = dump ? fopen(dump, "wb") : NULL;
        if (f) {
            fwrite(blob, 1, (size_t)size, f);
            fclose(f);
        }
    }
    test_variants();
    printf("test_fdt: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
