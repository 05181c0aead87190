/* The generic PCIe host bridge of QEMU's virt board ("gpex-pcihost"):
 * configuration space through ECAM (PCIe 4.0 §7.2.2), a 32-bit memory
 * window and an I/O window whose bus addresses are the windows' own
 * (identity ranges), one bus with 32 device numbers, function 0 each, and
 * the four INTx lines on four consecutive interrupt sources, swizzled by
 * device number as QEMU does ((slot + pin) mod 4). Device 0 is the host
 * bridge itself. No MSI: guests use INTx. The device tree node is the
 * "pci-host-ecam-generic" binding Linux and U-Boot probe. */
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/fdt_node.h"
#include "devices/pci/pci.h"
#include "devices/state.h"

#define PCI_SLOTS 32
#define PCI_INTX_LINES 4
#define ECAM_FN_SHIFT 12              /* 4 KiB of config per function */
#define ECAM_DEV_SHIFT 15
#define ECAM_BUS_SHIFT 20

/* PCI bus-address space codes of the ranges property (PCI binding). */
#define FDT_PCI_SPACE_IO 0x01000000u
#define FDT_PCI_SPACE_MEM32 0x02000000u

typedef struct Gpex {
    PciFunction host;                  /* device 0: the bridge itself */
    PciFunction *slot[PCI_SLOTS];
    bool asserted[PCI_SLOTS];          /* each function's INTx, as last told */
    bool line_level[PCI_INTX_LINES];
    IrqLine line[PCI_INTX_LINES];
    uint64_t mem_base, mem_size, io_base, io_size;
} Gpex;

/* --- INTx ------------------------------------------------------------------ */

/* The line device slot's pin (1 = INTA) raises (QEMU virt's swizzle). */
static int intx_line(int slot, int pin)
{
    return (slot + pin - 1) % PCI_INTX_LINES;
}

static void drive_lines(Gpex *g, bool force)
{
    for (int l = 0; l < PCI_INTX_LINES; l++) {
        bool level = false;
        for (int s = 0; s < PCI_SLOTS; s++) {
            level |= g->slot[s] && g->asserted[s] &&
                     intx_line(s, g->slot[s]->config[PCI_INTERRUPT_PIN]) == l;
        }
        if (force || level != g->line_level[l]) {
            g->line_level[l] = level;
            irq_line_set(&g->line[l], level);
        }
    }
}

static void gpex_set_intx(void *bridge, PciFunction *f, bool level)
{
    Gpex *g = bridge;
    for (int s = 0; s < PCI_SLOTS; s++) {
        if (g->slot[s] == f) {
            g->asserted[s] = level;
        }
    }
    drive_lines(g, false);
}

/* --- ECAM ------------------------------------------------------------------- */

/* The function a configuration address names: bus 0, function 0 only. */
static PciFunction *ecam_function(Gpex *g, uint64_t offset)
{
    uint64_t bus = offset >> ECAM_BUS_SHIFT;
    uint64_t dev = (offset >> ECAM_DEV_SHIFT) & (PCI_SLOTS - 1);
    uint64_t fn = (offset >> ECAM_FN_SHIFT) & 7;
    return bus == 0 && fn == 0 ? g->slot[dev] : NULL;
}

static uint64_t ecam_read(void *dev, uint64_t offset, int size)
{
    PciFunction *f = ecam_function(dev, offset);
    uint64_t all_ones = size == 8 ? UINT64_MAX : (1ull << (8 * size)) - 1;
    if (!f || size == 8) {
        return all_ones;   /* no device: a master abort reads all-ones */
    }
    return pci_config_read(f, (uint32_t)(offset & 0xfff), size);
}

static void ecam_write(void *dev, uint64_t offset, uint64_t value, int size)
{
    PciFunction *f = ecam_function(dev, offset);
    if (f && size <= 4) {
        pci_config_write(f, (uint32_t)(offset & 0xfff), (uint32_t)value, size);
    }
}

static const MmioOps ecam_ops = { .read = ecam_read, .write = ecam_write };

/* --- memory and I/O windows ---------------------------------------------- */

/* The BAR of kind io (or memory) decoding [addr, addr + size), with the
 * offset into it. */
static PciFunction *decode(Gpex *g, bool io, uint64_t addr, int size, int *bar, uint64_t *off)
{
    for (int s = 0; s < PCI_SLOTS; s++) {
        PciFunction *f = g->slot[s];
        for (int n = 0; f && n < PCI_NUM_BARS; n++) {
            if (!f->bar[n].ops || (f->bar[n].kind == PCI_BAR_IO) != io) {
                continue;
            }
            uint64_t base = pci_bar_address(f, n);
            if (base != UINT64_MAX && addr - base < f->bar[n].size &&
                addr - base + (uint64_t)size <= f->bar[n].size) {
                *bar = n;
                *off = addr - base;
                return f;
            }
        }
    }
    return NULL;
}

static uint64_t window_read(Gpex *g, bool io, uint64_t addr, int size)
{
    int n;
    uint64_t off;
    PciFunction *f = decode(g, io, addr, size, &n, &off);
    if (!f) {
        return size == 8 ? UINT64_MAX : (1ull << (8 * size)) - 1;
    }
    return f->bar[n].ops->read(f->opaque, off, size);
}

static void window_write(Gpex *g, bool io, uint64_t addr, uint64_t value, int size)
{
    int n;
    uint64_t off;
    PciFunction *f = decode(g, io, addr, size, &n, &off);
    if (f) {
        f->bar[n].ops->write(f->opaque, off, value, size);
    }
}

/* Bus addresses equal CPU addresses in the memory window and start at 0
 * in the I/O window (the ranges in the device tree). */
static uint64_t mem_read(void *dev, uint64_t offset, int size)
{
    Gpex *g = dev;
    return window_read(g, false, g->mem_base + offset, size);
}

static void mem_write(void *dev, uint64_t offset, uint64_t value, int size)
{
    Gpex *g = dev;
    window_write(g, false, g->mem_base + offset, value, size);
}

static uint64_t io_read(void *dev, uint64_t offset, int size)
{
    return window_read(dev, true, offset, size);
}

static void io_write(void *dev, uint64_t offset, uint64_t value, int size)
{
    window_write(dev, true, offset, value, size);
}

static const MmioOps mem_ops = { .read = mem_read, .write = mem_write };
static const MmioOps io_ops = { .read = io_read, .write = io_write };

/* --- the device ------------------------------------------------------------ */

static int gpex_plug(void *dev, PciFunction *f, int slot, char *err, size_t errlen)
{
    Gpex *g = dev;
    for (int s = 1; slot < 0 && s < PCI_SLOTS; s++) {
        slot = g->slot[s] ? -1 : s;
    }
    if (slot < 0 || slot >= PCI_SLOTS || g->slot[slot]) {
        snprintf(err, errlen, slot < 0 ? "PCI bus: no free slot (at most %d devices)"
                                       : "PCI bus: slot %d is taken or does not exist",
                 slot < 0 ? PCI_SLOTS - 1 : slot);
        return -1;
    }
    g->slot[slot] = f;
    f->set_intx = gpex_set_intx;
    f->bridge = g;
    g->asserted[slot] = pci_intx_asserted(f);
    drive_lines(g, false);
    return 0;
}

/* QEMU's PCIe host bridge IDs (Red Hat, "QEMU PCIe Host bridge"). */
#define GPEX_VENDOR 0x1b36
#define GPEX_DEVICE 0x0008
#define PCI_CLASS_BRIDGE_HOST 0x060000

static void *gpex_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    if (ctx->nwindows != 2 || !ctx->irq.set) {
        snprintf(err, errlen, "gpex-pcihost: the board gave no memory and I/O windows");
        return NULL;
    }
    Gpex *g = calloc(1, sizeof(*g));
    if (!g) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    g->mem_base = ctx->window[0].base, g->mem_size = ctx->window[0].size;
    g->io_base = ctx->window[1].base, g->io_size = ctx->window[1].size;
    for (int l = 0; l < PCI_INTX_LINES; l++) {
        g->line[l] = ctx->irq;
        g->line[l].irq += l;
    }
    pci_function_init(&g->host, GPEX_VENDOR, GPEX_DEVICE, 0, PCI_CLASS_BRIDGE_HOST, 0, 0, 0, g);
    pci_function_finish(&g->host);
    g->slot[0] = &g->host;
    g->host.set_intx = gpex_set_intx;
    g->host.bridge = g;
    if (ctx->map_window(ctx->board, g->mem_base, g->mem_size, &mem_ops, g, err, errlen) < 0 ||
        ctx->map_window(ctx->board, g->io_base, g->io_size, &io_ops, g, err, errlen) < 0) {
        free(g);
        return NULL;
    }
    return g;
}

/* interrupt-map: for device numbers 0..3 (the mask repeats them) and pins
 * INTA..INTD, the PLIC source; 6 cells each (PCI address 3, pin 1, parent
 * phandle 1, parent source 1; the PLIC has no address cells). */
static int prop_interrupt_map(void *fdt, uint32_t first_irq)
{
    fdt32_t map[PCI_INTX_LINES * 4 * 6];
    int k = 0;
    for (int slot = 0; slot < PCI_INTX_LINES; slot++) {
        for (int pin = 1; pin <= 4; pin++) {
            uint32_t cells[6] = { (uint32_t)slot << 11, 0, 0, (uint32_t)pin, FDT_PH_INTC,
                                  first_irq + (uint32_t)intx_line(slot, pin) };
            for (int i = 0; i < 6; i++) {
                map[k++] = cpu_to_fdt32(cells[i]);
            }
        }
    }
    return fdt_property(fdt, "interrupt-map", map, sizeof(map));
}

static int gpex_fdt(void *dev, FdtNodeCtx *f)
{
    Gpex *g = dev;
    if (f->phase != FDT_PHASE_SOC) {
        return 0;
    }
    const uint32_t ranges[] = {
        FDT_PCI_SPACE_IO, 0, 0, (uint32_t)(g->io_base >> 32), (uint32_t)g->io_base,
        (uint32_t)(g->io_size >> 32), (uint32_t)g->io_size,
        FDT_PCI_SPACE_MEM32, (uint32_t)(g->mem_base >> 32), (uint32_t)g->mem_base,
        (uint32_t)(g->mem_base >> 32), (uint32_t)g->mem_base,
        (uint32_t)(g->mem_size >> 32), (uint32_t)g->mem_size,
    };
    const uint32_t mask[] = { 0x1800, 0, 0, 7 };
    const uint32_t bus_range[] = { 0, (uint32_t)(f->size >> ECAM_BUS_SHIFT) - 1 };
    FDT_TRY(fdt_begin_device(f, "pci", FDT_COMPAT("pci-host-ecam-generic")));
    FDT_TRY(fdt_property_string(f->fdt, "device_type", "pci"));
    FDT_TRY(fdt_property_u32(f->fdt, "#address-cells", 3));
    FDT_TRY(fdt_property_u32(f->fdt, "#size-cells", 2));
    FDT_TRY(fdt_property_u32(f->fdt, "#interrupt-cells", 1));
    FDT_TRY(fdt_property_u32(f->fdt, "linux,pci-domain", 0));
    FDT_TRY(fdt_prop_cells(f->fdt, "bus-range", bus_range, 2));
    FDT_TRY(fdt_property(f->fdt, "dma-coherent", NULL, 0));
    FDT_TRY(fdt_prop_cells(f->fdt, "ranges", ranges, 14));
    FDT_TRY(fdt_prop_cells(f->fdt, "interrupt-map-mask", mask, 4));
    FDT_TRY(prop_interrupt_map(f->fdt, f->irq));
    return fdt_end_node(f->fdt);
}

static void gpex_reset(void *dev)
{
    Gpex *g = dev;
    for (int s = 0; s < PCI_SLOTS; s++) {
        if (g->slot[s]) {
            pci_function_reset(g->slot[s]);
        }
    }
}

/* Saved: every plugged function's config bytes, in slot order (the same
 * devices are plugged in the same order when the machine is made again). */
static int gpex_save(void *dev, StateWriter *w)
{
    Gpex *g = dev;
    for (int s = 0; s < PCI_SLOTS; s++) {
        state_put_bool(w, g->slot[s] != NULL);
        if (g->slot[s]) {
            state_put_bytes(w, g->slot[s]->config, PCI_CONFIG_SIZE);
        }
    }
    return 0;
}

static int gpex_load(void *dev, StateReader *r, char *err, size_t errlen)
{
    Gpex *g = dev;
    uint8_t config[PCI_SLOTS][PCI_CONFIG_SIZE];
    for (int s = 0; s < PCI_SLOTS; s++) {
        bool present = state_get_bool(r);
        if (!r->failed && present != (g->slot[s] != NULL)) {
            snprintf(err, errlen, "gpex-pcihost: saved state has other PCI devices");
            return -1;
        }
        if (present) {
            state_get_bytes(r, config[s], PCI_CONFIG_SIZE);
        }
    }
    if (r->failed) {
        snprintf(err, errlen, "gpex-pcihost: saved state is truncated");
        return -1;
    }
    for (int s = 0; s < PCI_SLOTS; s++) {
        PciFunction *f = g->slot[s];
        if (!f) {
            continue;
        }
        /* Only what the guest could have written changes: the IDs, the
         * capabilities and the BARs' low bits stay this machine's. */
        for (int i = 0; i < PCI_CONFIG_SIZE; i++) {
            f->config[i] = (uint8_t)((f->initial[i] & ~f->wmask[i]) | (config[s][i] & f->wmask[i]));
        }
        g->asserted[s] = pci_intx_asserted(f);
    }
    drive_lines(g, true);
    return 0;
}

static void gpex_destroy(void *dev)
{
    free(dev);
}

DEVICE_REGISTER(gpex_device) = {
    .name = "gpex-pcihost",
    .desc = "PCIe host bridge: ECAM, 32-bit memory and I/O windows, INTx (QEMU virt's)",
    .options = (const DeviceOption[]){ { NULL } },
    .mmio_size = 0x10000000,           /* ECAM for buses 0..255 */
    .mmio = &ecam_ops,
    .pci_plug = gpex_plug,
    .create = gpex_new,
    .fdt_node = gpex_fdt,
    .reset = gpex_reset,
    .save = gpex_save,
    .load = gpex_load,
    .destroy = gpex_destroy,
};
