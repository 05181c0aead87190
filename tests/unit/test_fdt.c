/* The device tree a board gives its guest (machine/fdt.c and every
 * device's own nodes): read back with libfdt, the properties OpenSBI and
 * Linux rely on are checked. */
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "machine/fdt.h"
#include "machine/machine.h"
#include "tests/unit/testlib.h"

static uint8_t blob[64 * 1024];

static char tmpdir[] = "/tmp/rvbox-test-fdt.XXXXXX";

/* A file of size bytes in tmpdir; returns its path (static buffer). */
static const char *make_file(const char *name, size_t size)
{
    static char paths[4][300];
    static int next;
    char *p = paths[next++ % 4];
    snprintf(p, 300, "%s/%s", tmpdir, name);
    FILE *f = fopen(p, "wb");
    for (size_t i = 0; f && i < size; i++) {
        fputc((int)(i & 0xff), f);
    }
    if (!f || fclose(f) != 0) {
        perror(p);
        exit(2);
    }
    return p;
}

/* Builds the machine the command line describes and copies the device
 * tree it gave the guest into blob. Returns the blob size, or -1. */
static int board_tree(int argc, char **argv)
{
    MachineConfig cfg;
    char err[300];
    bool help;
    if (config_parse_args(&cfg, argc, argv, &help, err, sizeof(err)) != 0) {
        fprintf(stderr, "config: %s\n", err);
        return -1;
    }
    Machine *m = machine_create(&cfg, err, sizeof(err));
    config_free(&cfg);
    if (!m) {
        fprintf(stderr, "machine: %s\n", err);
        return -1;
    }
    const void *fdt = machine_device_tree(m);
    int size = (int)fdt_totalsize(fdt);
    memcpy(blob, fdt, (size_t)size < sizeof(blob) ? (size_t)size : sizeof(blob));
    machine_destroy(m);
    return size;
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
    int len, off = node("/cpus/cpu@0");
    const char *isa = off < 0 ? NULL : fdt_getprop(blob, off, "riscv,isa", &len);
    CHECK(isa && !strncmp(isa, "rv64imafdc_", 11) && strstr(isa, "_sstc"));
    CHECK(prop_str("/cpus/cpu@0", "mmu-type", "riscv,sv57"));
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

    /* The PCIe host bridge as QEMU virt describes it: ECAM, the I/O and
     * 32-bit memory windows, INTA..INTD of device numbers 0..3 swizzled
     * onto PLIC sources 32..35. */
    const char *pci = "/soc/pci@30000000";
    const uint32_t ranges[] = { 0x01000000, 0, 0, 0, 0x3000000, 0, 0x10000,
                                0x02000000, 0, 0x40000000, 0, 0x40000000, 0, 0x40000000 };
    const uint32_t mask[] = { 0x1800, 0, 0, 7 }, bus_range[] = { 0, 255 };
    CHECK(compatible(pci, "pci-host-ecam-generic") && prop_str(pci, "device_type", "pci"));
    CHECK(prop_reg(pci, 0x30000000, 0x10000000));
    CHECK(prop_u32(pci, "#address-cells", 3) && prop_u32(pci, "#size-cells", 2) &&
          prop_u32(pci, "#interrupt-cells", 1));
    CHECK(prop_cells(pci, "ranges", ranges, 14) && prop_cells(pci, "bus-range", bus_range, 2));
    CHECK(prop_cells(pci, "interrupt-map-mask", mask, 4));
    uint32_t map[16 * 6];
    for (int slot = 0, k = 0; slot < 4; slot++) {
        for (int pin = 1; pin <= 4; pin++) {
            const uint32_t e[6] = { (uint32_t)slot << 11, 0, 0, (uint32_t)pin, plic,
                                    32 + (uint32_t)((slot + pin - 1) % 4) };
            memcpy(map + k, e, sizeof(e));
            k += 6;
        }
    }
    CHECK(prop_cells(pci, "interrupt-map", map, 16 * 6));
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
    const char *k = make_file("kernel", 4096);
    char *plain[] = { "rvbox", "-bios", "none", "-kernel", (char *)k, NULL };
    int size = board_tree(5, plain);
    CHECK(size > 0 && fdt_check_header(blob) == 0);
    CHECK(!has_prop("/chosen", "bootargs") && !has_prop("/chosen", "linux,initrd-start"));
    CHECK(has_prop("/chosen", "stdout-path"));
    /* Only the console: one virtio slot. */
    CHECK(prop_u32("/soc/virtio_mmio@10001000", "interrupts", 1));
    CHECK(fdt_path_offset(blob, "/soc/virtio_mmio@10002000") < 0);

    /* A -device takes the next slot after the console. */
    char *rng[] = { "rvbox", "-bios", "none", "-kernel", (char *)k, "-device",
                    "virtio-rng-device", NULL };
    CHECK(board_tree(7, rng) > 0 && prop_u32("/soc/virtio_mmio@10002000", "interrupts", 2));

    FdtBoard b = { .isa = "rv64imac", .mmu_type = "riscv,sv39", .timebase_hz = 10000000,
                   .ram_base = 0x80000000, .ram_size = 16 << 20 };
    CHECK(fdt_build(&b, blob, 256) == -FDT_ERR_NOSPACE);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 2;
    }
    const char *k = make_file("Image", 4096), *rd = make_file("initrd", 0x123456);
    const char *disk = make_file("disk.img", 64 * 512);
    char drive[400];
    snprintf(drive, sizeof(drive), "file=%s,format=raw", disk);
    char *argv[] = { "rvbox", "-bios", "none", "-kernel", (char *)k, "-initrd", (char *)rd,
                     "-append", "console=ttyS0 root=/dev/vda", "-drive", drive, NULL };
    int size = board_tree(11, argv);

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
    char cmd[300];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) {
        fprintf(stderr, "cannot remove %s\n", tmpdir);
    }
    return t_summary("test_fdt");
}
