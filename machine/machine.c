/* The board: QEMU-virt memory map, boot ROM, the devices the configuration
 * asks for (created through the device registry, placed by the board),
 * their host backends, time, HTIF and the slice-by-slice run loop. */
#include "machine/machine.h"

#include <errno.h>
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "devices/block.h"
#include "devices/chardev.h"
#include "devices/fdt_node.h"
#include "devices/host/char_fd.h"
#include "devices/net.h"
#include "devices/state.h"
#include "devices/virtio/virtio.h"
#include "devices/virtio/virtio_mmio.h"
#include "emu/debug.h"
#include "emu/hart.h"
#include "emu/jit/jit.h"
#include "machine/backends.h"
#include "machine/fdt.h"
#include "machine/board.h"
#include "machine/loader.h"
#include "machine/trace.h"

#define DEFAULT_BIOS "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin"

/* The memory map (QEMU hw/riscv/virt.c): the boot ROM and the virtio-mmio
 * slots here, the platform devices in board_layout below. */
#define MROM_BASE 0x1000ull
#define VIRTIO_BASE 0x10001000ull
#define VIRTIO_SLOTS 8                 /* QEMU virt's VIRTIO_COUNT */
#define VIRTIO_IRQ 1                   /* slot n raises source 1 + n */
#define RAM_BASE 0x80000000ull
#define TIMEBASE_HZ 10000000u
#define KERNEL_OFFSET 0x200000ull      /* kernel at RAM + 2 MiB (RV64 Image) */
#define SLICE_INSNS 200000             /* a slice: ~1-2 ms of guest time */
#define STEP_TURN 64                   /* a hart's turn when single-stepping */
#define FDT_MAX_SIZE 0x10000
#define RAM_HUGE_PAGE (2u << 20)
/* What the hart implements, in canonical order (unprivileged spec §27). */
#define ISA_EXTENSIONS \
    "imafdc_zicbom_zicboz_zicntr_zicond_zicsr_zifencei_zihpm_zba_zbb_zbc_zbs_sstc_svpbmt"

/* The platform devices of QEMU's virt board, by registry name. The
 * interrupt controller comes first: the others' lines lead to it. */
static const struct {
    const char *name;
    uint64_t base;
    uint32_t irq;    /* (first) interrupt source, 0 = none */
    struct { uint64_t base, size; } window[DEVICE_MAX_WINDOWS];   /* more windows */
} board_layout[] = {
    { "riscv.sifive.plic", 0xc000000, 0, { { 0 } } },
    { "riscv.sifive.clint", 0x2000000, 0, { { 0 } } },
    { "riscv.sifive.test", 0x100000, 0, { { 0 } } },
    { "goldfish_rtc", 0x101000, 11, { { 0 } } },
    { "serial", 0x10000000, 10, { { 0 } } },
    /* PCIe: ECAM at 0x30000000, INTA..INTD on sources 32..35, a 1 GiB
     * 32-bit memory window and 64 KiB of I/O (QEMU virt's, without its
     * 64-bit window above RAM). */
    { "gpex-pcihost", 0x30000000, 32, { { 0x40000000, 0x40000000 }, { 0x3000000, 0x10000 } } },
};



static uint64_t host_ns(int clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* mtime in 10 MHz ticks: host monotonic time, or instret in deterministic
 * mode (one tick per ten instructions) so runs repeat exactly. */
static uint64_t machine_time(void *opaque)
{
    Machine *m = opaque;
    if (m->deterministic)
        return m->harts[0].instret / 10;   /* idle harts are credited (run_harts) */
    return (host_ns(CLOCK_MONOTONIC) - m->start_ns) / (1000000000u / TIMEBASE_HZ);
}

uint64_t machine_mtime(Machine *m)
{
    return machine_time(m);
}

void machine_set_mtime(Machine *m, uint64_t ticks)
{
    if (!m->deterministic) {
        m->start_ns = host_ns(CLOCK_MONOTONIC) - ticks * (1000000000u / TIMEBASE_HZ);
    }
}

static uint64_t wall_ns(void *opaque)
{
    Machine *m = opaque;
    if (m->deterministic)
        return machine_time(m) * (1000000000u / TIMEBASE_HZ);
    return host_ns(CLOCK_REALTIME);
}

static const Region *find_region(const Machine *m, uint64_t paddr, int size)
{
    for (int i = 0; i < m->nregions; i++) {
        const Region *r = &m->regions[i];
        if (paddr - r->base < r->size && paddr - r->base + (uint64_t)size <= r->size)
            return r;
    }
    return NULL;
}

static bool bus_read(void *opaque, uint64_t paddr, int size, uint64_t *value)
{
    Machine *m = opaque;
    const Region *r = find_region(m, paddr, size);
    if (!r)
        return false;
    *value = r->ops->read(r->dev, paddr - r->base, size);
    return true;
}

static bool bus_write(void *opaque, uint64_t paddr, int size, uint64_t value)
{
    Machine *m = opaque;
    const Region *r = find_region(m, paddr, size);
    if (!r)
        return false;
    r->ops->write(r->dev, paddr - r->base, value, size);
    return true;
}

static uint64_t rom_read(void *dev, uint64_t offset, int size)
{
    const uint8_t *rom = dev;
    uint64_t v = 0;
    memcpy(&v, rom + offset, (size_t)size);
    return v;
}

static void rom_write(void *dev, uint64_t offset, uint64_t value, int size)
{
    (void)dev, (void)offset, (void)value, (void)size; /* read-only */
}

static const MmioOps rom_ops = { .read = rom_read, .write = rom_write };

static int fail(char *err, size_t errlen, const char *msg)
{
    snprintf(err, errlen, "%s", msg);
    return -1;
}

/* Maps a device window; a full table or an overlap is a board bug,
 * reported rather than ignored. */
static int map_region(Machine *m, uint64_t base, uint64_t size, const MmioOps *ops, void *dev,
                      char *err, size_t errlen)
{
    if (m->nregions == MAX_REGIONS) {
        return fail(err, errlen, "too many device windows on the board");
    }
    for (int i = 0; i < m->nregions; i++) {
        const Region *r = &m->regions[i];
        if (base < r->base + r->size && r->base < base + size) {
            snprintf(err, errlen, "device window at 0x%llx overlaps another",
                     (unsigned long long)base);
            return -1;
        }
    }
    m->regions[m->nregions++] = (Region){ .base = base, .size = size, .ops = ops, .dev = dev };
    return 0;
}

/* Guest RAM: zeroed anonymous memory in 2 MiB huge pages where the host
 * has them, so first touches (the guest's, or a disk read landing in a
 * fresh page) fault 512 times less often and the soft TLB's host pointers
 * hit the host's TLB. 8 bytes of slack follow for instruction fetch (see
 * hart_init). NULL when out of memory. */
static uint8_t *ram_alloc(uint64_t size)
{
    size_t len = (size_t)size + RAM_HUGE_PAGE;   /* the slack, rounded up */
    void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    madvise(p, len, MADV_HUGEPAGE);   /* a hint: fine if the host says no */
    return p;
}

static void ram_free(uint8_t *ram, uint64_t size)
{
    if (ram) {
        munmap(ram, (size_t)size + RAM_HUGE_PAGE);
    }
}

void machine_ram_clear(Machine *m)
{
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
    /* Private anonymous pages read as zeros once dropped. */
    if (madvise(m->guest_ram.host, (size_t)m->guest_ram.size, MADV_DONTNEED) == 0) {
        return;
    }
#endif
    memset(m->guest_ram.host, 0, (size_t)m->guest_ram.size);
}

/* --- the board's services to devices (DeviceCtx) --------------------------- */

static void board_event(void *opaque, int event, int code)
{
    Machine *m = opaque;
    m->state = event == DEVICE_EVENT_RESET ? MACHINE_RESET : MACHINE_POWEROFF;
    m->exit_code = code;
    hart_end_slice(&m->harts[m->cur]);
}

static IrqLine board_hart_line(void *opaque, int hartid, int mip_bit)
{
    Machine *m = opaque;
    if (hartid < 0 || hartid >= m->nharts) {
        return (IrqLine){ 0 };
    }
    return (IrqLine){ .set = hart_irq_input, .ctx = &m->harts[hartid], .irq = mip_bit };
}

static void *board_backend(void *opaque, enum BackendKind kind, const char *id, char *err,
                           size_t errlen)
{
    static const char *const what[] = { "drive", "netdev", "fsdev" };
    Machine *m = opaque;
    for (int i = 0; i < m->nbackends; i++) {
        BoardBackend *b = &m->backends[i];
        if (b->kind != kind || strcmp(b->id, id) != 0) {
            continue;
        }
        if (b->taken) {
            snprintf(err, errlen, "%s '%s' is already in use by another device", what[kind], id);
            return NULL;
        }
        b->taken = true;
        return b->be;
    }
    snprintf(err, errlen, "no %s with id '%s'", what[kind], id);
    return NULL;
}

static int board_map_window(void *opaque, uint64_t base, uint64_t size, const MmioOps *ops,
                            void *dev, char *err, size_t errlen)
{
    return map_region(opaque, base, size, ops, dev, err, errlen);
}

static int open_backends(Machine *m, const MachineConfig *cfg, char *err, size_t errlen)
{
    for (int i = 0; i < cfg->nbackends; i++) {
        const BackendConfig *c = &cfg->backends[i];
        BoardBackend *b = &m->backends[m->nbackends];
        b->kind = c->kind;
        snprintf(b->id, sizeof(b->id), "%s", c->id);
        b->be = backend_open(c->kind, &c->opts, m->sync_io, err, errlen);
        if (!b->be) {
            return -1;
        }
        m->nbackends++;
    }
    return 0;
}

/* --- creating devices ------------------------------------------------------ */

static int same_name_count(const Machine *m, const DeviceInfo *info)
{
    int n = 0;
    for (int i = 0; i < m->ndevices; i++) {
        n += m->devices[i].info == info;
    }
    return n;
}

static DeviceCtx device_ctx(Machine *m, uint64_t base, uint64_t size, uint32_t irq,
                            int instance)
{
    return (DeviceCtx){
        .board = m, .ram = &m->guest_ram, .base = base, .size = size,
        .irq = irq ? (IrqLine){ .set = m->intc_input, .ctx = m->intc, .irq = (int)irq }
                   : (IrqLine){ 0 },
        .instance = instance, .nharts = m->nharts, .timebase_hz = TIMEBASE_HZ,
        .sync_io = m->sync_io,
        .console = m->console, .display = &m->display, .input = &m->input,
        .hart_line = board_hart_line, .time_ticks = machine_time, .wall_ns = wall_ns,
        .event = board_event, .backend = board_backend, .map_window = board_map_window,
    };
}

/* Platform device i of board_layout at its fixed place in the memory map. */
static int add_platform(Machine *m, int i, char *err, size_t errlen)
{
    const char *name = board_layout[i].name;
    uint64_t base = board_layout[i].base;
    uint32_t irq = board_layout[i].irq;
    const DeviceInfo *info = device_find(name);
    if (!info || !info->mmio) {
        snprintf(err, errlen, "board device %s is not built in", name);
        return -1;
    }
    BoardDevice *d = &m->devices[m->ndevices];
    DeviceCtx ctx = device_ctx(m, base, info->mmio_size, irq, same_name_count(m, info));
    for (int w = 0; w < DEVICE_MAX_WINDOWS && board_layout[i].window[w].size; w++) {
        ctx.window[w].base = board_layout[i].window[w].base;
        ctx.window[w].size = board_layout[i].window[w].size;
        ctx.nwindows = w + 1;
    }
    *d = (BoardDevice){ .info = info, .base = base, .size = info->mmio_size, .irq = irq,
                        .instance = ctx.instance };
    d->dev = info->create(&ctx, &(Opts){ 0 }, err, errlen);
    if (!d->dev) {
        return -1;
    }
    m->ndevices++;
    if (info->irq_input && !m->intc) {
        m->intc = d->dev;
        m->intc_input = info->irq_input;
    }
    if (info->pci_plug && !m->pci_host) {
        m->pci_host = d->dev;
        m->pci_info = info;
    }
    return map_region(m, base, info->mmio_size, info->mmio, d->dev, err, errlen);
}

/* The virtio-mmio slot a -device asks for with QEMU's bus=virtio-mmio-bus.N
 * (xv6's command line puts its disk in slot 0 so), -1 for the next free
 * one, or -2 with a message in err. */
static int wanted_slot(const Machine *m, const DeviceInfo *info, const Opts *opts, char *err,
                       size_t errlen)
{
    const char *bus = opts_get(opts, "bus");
    if (!bus) {
        return -1;
    }
    char *end;
    long n = strncmp(bus, "virtio-mmio-bus.", 16) ? -1 : strtol(bus + 16, &end, 10);
    if (n < 0 || n >= VIRTIO_SLOTS || *end) {
        snprintf(err, errlen, "%s: no bus '%s' (virtio-mmio-bus.0 .. virtio-mmio-bus.%d)",
                 info->name, bus, VIRTIO_SLOTS - 1);
        return -2;
    }
    if (m->virtio_used & (1u << n)) {
        snprintf(err, errlen, "%s: %s is taken by another device", info->name, bus);
        return -2;
    }
    return (int)n;
}

/* A virtio device in virtio-mmio slot slot, or the lowest free one when
 * slot is -1 (QEMU virt: 8 slots of 4 KiB from 0x10001000, slot n raising
 * source 1 + n). */
static int add_virtio(Machine *m, const DeviceInfo *info, const Opts *opts, int slot,
                      char *err, size_t errlen)
{
    for (int n = 0; slot < 0 && n < VIRTIO_SLOTS; n++) {
        slot = m->virtio_used & (1u << n) ? -1 : n;
    }
    if (slot < 0) {
        snprintf(err, errlen, "%s: no free virtio slot (at most %d virtio devices)", info->name,
                 VIRTIO_SLOTS);
        return -1;
    }
    uint64_t base = VIRTIO_BASE + (uint64_t)slot * VIRTIO_MMIO_SIZE;
    uint32_t irq = VIRTIO_IRQ + (uint32_t)slot;
    BoardDevice *d = &m->devices[m->ndevices];
    DeviceCtx ctx = device_ctx(m, base, VIRTIO_MMIO_SIZE, irq, same_name_count(m, info));
    *d = (BoardDevice){ .info = info, .base = base, .size = VIRTIO_MMIO_SIZE, .irq = irq,
                        .instance = ctx.instance };
    d->dev = info->create(&ctx, opts, err, errlen);
    if (!d->dev) {
        return -1;
    }
    m->ndevices++;
    d->transport = virtio_mmio_create(d->dev, ctx.irq);
    if (!d->transport) {
        return fail(err, errlen, "out of memory");
    }
    m->virtio_used |= (uint8_t)(1u << slot);
    return map_region(m, base, VIRTIO_MMIO_SIZE, &virtio_mmio_ops, d->transport, err, errlen);
}

/* The PCI device number a -device asks for with QEMU's addr=SLOT[.0]
 * (hex), -1 for the next free one, or -2 with a message in err. bus=
 * may name QEMU virt's root bus, pcie.0. */
static int wanted_pci_slot(const char *driver, const Opts *opts, char *err, size_t errlen)
{
    const char *bus = opts_get(opts, "bus"), *addr = opts_get(opts, "addr");
    if (bus && strcmp(bus, "pcie.0") != 0) {
        snprintf(err, errlen, "%s: no bus '%s' (the PCI bus is pcie.0)", driver, bus);
        return -2;
    }
    if (!addr) {
        return -1;
    }
    char *end;
    long n = strtol(addr, &end, 16);
    if (end == addr || n < 1 || n > 31 || (*end && strcmp(end, ".0") != 0)) {
        snprintf(err, errlen, "%s: addr '%s' is not a PCI slot 01..1f (function 0)", driver,
                 addr);
        return -2;
    }
    return (int)n;
}

/* A virtio device on the PCI bus, behind the virtio-pci transport. */
static int add_virtio_pci(Machine *m, const DeviceInfo *info, const char *driver,
                          const Opts *opts, char *err, size_t errlen)
{
    int slot = wanted_pci_slot(driver, opts, err, errlen);
    if (slot == -2) {
        return -1;
    }
    if (!m->pci_host) {
        snprintf(err, errlen, "%s: this board has no PCI bus", driver);
        return -1;
    }
    BoardDevice *d = &m->devices[m->ndevices];
    DeviceCtx ctx = device_ctx(m, 0, 0, 0, same_name_count(m, info));
    *d = (BoardDevice){ .info = info, .instance = ctx.instance };
    d->dev = info->create(&ctx, opts, err, errlen);
    if (!d->dev) {
        return -1;
    }
    m->ndevices++;
    d->pci = virtio_pci_create(d->dev);
    if (!d->pci) {
        return fail(err, errlen, "out of memory");
    }
    if (m->pci_info->pci_plug(m->pci_host, virtio_pci_function(d->pci), slot, err,
                              errlen) < 0) {
        return -1;
    }
    return 0;
}

/* cfg's virtio devices: first those that name their place (bus=, addr=),
 * then the rest, in order: virtio-mmio ones in the lowest free slots,
 * virtio-pci ones (NAME-pci) on the lowest free PCI device numbers. */
static int add_virtio_devices(Machine *m, const MachineConfig *cfg, char *err, size_t errlen)
{
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < cfg->ndevices; i++) {
            const char *driver = cfg->devices[i].driver;
            const DeviceInfo *info = device_find(driver);
            const Opts *opts = &cfg->devices[i].opts;
            if (!info || !info->virtio) {
                snprintf(err, errlen, "%s: not a device this board can add", driver);
                return -1;
            }
            bool placed = opts_get(opts, "bus") != NULL || opts_get(opts, "addr") != NULL;
            if (placed != (pass == 0)) {
                continue;
            }
            if (device_name_is_pci(driver)) {
                if (add_virtio_pci(m, info, driver, opts, err, errlen) < 0) {
                    return -1;
                }
                continue;
            }
            int slot = wanted_slot(m, info, opts, err, errlen);
            if (slot == -2 || add_virtio(m, info, opts, slot, err, errlen) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int create_devices(Machine *m, const MachineConfig *cfg, char *err, size_t errlen)
{
    m->own_console = !cfg->console;
    m->console = cfg->console ? cfg->console : char_fd_create(STDOUT_FILENO);
    if (!m->console) {
        return fail(err, errlen, "out of memory");
    }
    if (map_region(m, MROM_BASE, MROM_SIZE, &rom_ops, m->rom, err, errlen) < 0) {
        return -1;
    }
    for (size_t i = 0; i < sizeof(board_layout) / sizeof(board_layout[0]); i++) {
        if (add_platform(m, (int)i, err, errlen) < 0) {
            return -1;
        }
    }
    if (open_backends(m, cfg, err, errlen) < 0) {
        return -1;
    }
    if (add_virtio_devices(m, cfg, err, errlen) < 0) {
        return -1;
    }
    for (int i = 0; i < m->nbackends; i++) {
        if (!m->backends[i].taken) {
            fprintf(stderr, "rvbox: warning: backend '%s' is not used by any device\n",
                    m->backends[i].id);
        }
    }
    return 0;
}

/* --- the device tree -------------------------------------------------------- */

static int by_base(const void *a, const void *b)
{
    const BoardDevice *x = *(const BoardDevice *const *)a, *y = *(const BoardDevice *const *)b;
    return x->base < y->base ? -1 : x->base > y->base;
}

/* FdtBoard.devices: every device's nodes in ascending address order
 * (Linux numbers vda, vdb ... in probe order, which follows the tree). */
static int write_device_nodes(void *opaque, FdtNodeCtx *f)
{
    Machine *m = opaque;
    BoardDevice *order[MAX_BOARD_DEVICES];
    for (int i = 0; i < m->ndevices; i++) {
        order[i] = &m->devices[i];
    }
    qsort(order, (size_t)m->ndevices, sizeof(order[0]), by_base);
    for (int i = 0; i < m->ndevices; i++) {
        BoardDevice *d = order[i];
        f->base = d->base;
        f->size = d->size;
        f->irq = d->irq;
        int rc = d->pci ? 0   /* found by enumeration, not in the tree */
                 : d->transport ? virtio_mmio_fdt_node(d->transport, f)
                 : d->info->fdt_node ? d->info->fdt_node(d->dev, f) : 0;
        if (rc < 0) {
            return rc;
        }
    }
    return 0;
}

static void describe_board(Machine *m, const MachineConfig *cfg, FdtBoard *b)
{
    *b = (FdtBoard){
        .isa = m->harts[0].xlen == 32 ? "rv32" ISA_EXTENSIONS : "rv64" ISA_EXTENSIONS,
        .mmu_type = m->harts[0].xlen == 32 ? "riscv,sv32" : "riscv,sv57",
        .cbo_block_size = CBO_BLOCK_SIZE, .timebase_hz = TIMEBASE_HZ, .nharts = m->nharts,
        .ram_base = RAM_BASE, .ram_size = m->guest_ram.size,
        .bootargs = cfg->cmdline, .devices = write_device_nodes, .opaque = m,
    };
}

/* Boot ROM at 0x1000, as QEMU's virt: a0 = hartid, a1 = device tree,
 * a2 = fw_dynamic_info (OpenSBI fw_dynamic.h), then jump to start. */
static void write_boot_rom(Machine *m, uint64_t start, uint64_t fdt_addr, uint64_t next_addr)
{
    static const uint32_t code[] = {
        0x00000297, /* auipc t0, 0 */
        0x02828613, /* addi  a2, t0, 40 */
        0xf1402573, /* csrr  a0, mhartid */
        0x0202b583, /* ld    a1, 32(t0) */
        0x0182b283, /* ld    t0, 24(t0) */
        0x00028067, /* jr    t0 */
    };
    uint64_t words[] = {
        start, fdt_addr,
        /* fw_dynamic_info: magic "OSBI", version 2, next_addr, next_mode S,
         * options, boot_hart */
        0x4942534f, 2, next_addr, 1, 0, 0,
    };
    memcpy(m->rom, code, sizeof(code));
    memcpy(m->rom + 0x18, words, sizeof(words));
}

/* Reads a whole image (gzip undone) of at most max bytes; an empty one is
 * refused, since nothing could run from it (firmware and kernels would
 * leave the hart in zeroed RAM, silently). what names it ("kernel"). */
static uint8_t *read_image(const char *path, const char *what, size_t max, size_t *size,
                           char *err, size_t errlen)
{
    uint8_t *buf = loader_read_file(path, max, size, err, errlen);
    if (buf && *size == 0) {
        snprintf(err, errlen, "%s: the %s file is empty", path, what);
        free(buf);
        return NULL;
    }
    return buf;
}

/* Places a file's bytes (gzip undone) at RAM offset off, read straight
 * into RAM; the rest of RAM is the room. An empty file is refused, as by
 * read_image. */
static int load_at(Machine *m, const char *path, const char *what, uint64_t off, size_t *size,
                   char *err, size_t errlen)
{
    if (loader_read_into(path, m->guest_ram.host + off, (size_t)(m->guest_ram.size - off),
                         size, err, errlen) < 0)
        return -1;
    if (*size == 0) {
        snprintf(err, errlen, "%s: the %s file is empty", path, what);
        return -1;
    }
    return 0;
}

/* Loads an ELF kernel. With tohost it is a bare-metal program that runs
 * in M mode from its entry, Spike-style; otherwise firmware starts it. */
static int load_elf_kernel(Machine *m, const uint8_t *buf, size_t size, const char *path,
                           uint64_t *entry, char *err, size_t errlen)
{
    ElfInfo info;
    char why[200];
    const GuestRam *ram = &m->guest_ram;
    if (loader_load_elf(buf, size, ram->host, ram->base, ram->size, &info, why, sizeof(why)) < 0) {
        snprintf(err, errlen, "%s: %s", path, why);
        return -1;
    }
    /* HTIF words are watched in RAM: one anywhere else would never be seen
     * and the program would run forever. */
    if (info.has_tohost && !guest_ram_ptr(ram, info.tohost, 8)) {
        snprintf(err, errlen, "%s: its tohost symbol (0x%llx) is not in RAM, so the program "
                 "could never exit", path, (unsigned long long)info.tohost);
        return -1;
    }
    if (info.fromhost && !guest_ram_ptr(ram, info.fromhost, 8)) {
        snprintf(err, errlen, "%s: its fromhost symbol (0x%llx) is not in RAM", path,
                 (unsigned long long)info.fromhost);
        return -1;
    }
    for (int i = 0; i < m->nharts && info.xlen != m->harts[i].xlen; i++) {
        /* The ELF class picks the hart (as Spike and QEMU's -cpu would):
         * nothing has run yet, so the hart is simply set up again. */
        HartBus bus = m->harts[i].bus;
        hart_free(&m->harts[i]);
        hart_init(&m->harts[i], &bus, (uint64_t)i, MROM_BASE, info.xlen);
    }
    *entry = info.entry;
    m->tohost = info.tohost;
    m->fromhost = info.fromhost;
    for (int i = 0; i < m->nharts; i++) {
        m->harts[i].bus.watch_paddr = info.tohost; /* see an HTIF request at once */
    }
    return 0;
}

/* True when the kernel file is an ELF (whose loading sets the harts up);
 * false with err empty for a raw image, or with a message. */
static bool kernel_is_elf(const char *path, char *err, size_t errlen)
{
    uint8_t head[64];
    err[0] = '\0';
    long n = loader_read_head(path, head, sizeof(head), err, errlen);
    return n > 0 && loader_is_elf(head, (size_t)n);
}

/* Loads firmware, kernel, initrd and the device tree; sets the reset pc.
 * With cfg->ram_from_state a raw kernel and the initrd are left out: the
 * saved RAM about to be loaded holds them. */
static int load_images(Machine *m, const MachineConfig *cfg, char *err, size_t errlen)
{
    const GuestRam *ram = &m->guest_ram;
    uint64_t kernel_entry = RAM_BASE + KERNEL_OFFSET;
    bool have_kernel = cfg->kernel != NULL;
    bool elf = have_kernel && kernel_is_elf(cfg->kernel, err, errlen);
    if (have_kernel && !elf && err[0]) {
        return -1;
    }
    if (have_kernel && !elf && cfg->ram_from_state) {
        /* Its bytes would be overwritten by the state's RAM. */
    } else if (have_kernel && !elf) {
        /* A raw image goes straight to its place in RAM. */
        size_t size;
        if (load_at(m, cfg->kernel, "kernel", KERNEL_OFFSET, &size, err, errlen) < 0)
            return -1;
    } else if (have_kernel) {
        size_t size;
        uint8_t *buf = read_image(cfg->kernel, "kernel", (size_t)ram->size, &size, err, errlen);
        if (!buf)
            return -1;
        int r = load_elf_kernel(m, buf, size, cfg->kernel, &kernel_entry, err, errlen);
        free(buf);
        if (r < 0)
            return -1;
    }
    bool bare_metal = cfg->no_bios || (m->tohost && !cfg->bios);
    const char *bios = cfg->bios ? cfg->bios : (bare_metal ? NULL : DEFAULT_BIOS);
    if (!bios && !have_kernel)
        return fail(err, errlen, "nothing to boot: give a kernel or firmware");
    if (bios) {
        size_t size;
        if (load_at(m, bios, "firmware", 0, &size, err, errlen) < 0)
            return -1;
        if (have_kernel && size > KERNEL_OFFSET && kernel_entry == RAM_BASE + KERNEL_OFFSET) {
            snprintf(err, errlen, "%s: firmware larger than 2 MiB overlaps the kernel", bios);
            return -1;
        }
    }

    FdtBoard board;
    describe_board(m, cfg, &board);
    if (cfg->initrd && !cfg->ram_from_state) {
        /* As QEMU: half-way into RAM, at most 128 MiB in, clear of the kernel. */
        uint64_t off = ram->size / 2 < (128ull << 20) ? ram->size / 2 : (128ull << 20);
        size_t size;
        if (off >= ram->size - FDT_MAX_SIZE) {
            snprintf(err, errlen, "%s: no room in RAM for the initrd", cfg->initrd);
            return -1;
        }
        if (load_at(m, cfg->initrd, "initrd", off, &size, err, errlen) < 0)
            return -1;
        if (off + size > ram->size - 2 * (2ull << 20)) {
            snprintf(err, errlen, "%s: initrd (%zu bytes) does not fit in RAM", cfg->initrd,
                     size);
            return -1;
        }
        board.initrd_start = RAM_BASE + off;
        board.initrd_end = RAM_BASE + off + size;
    }
    uint64_t fdt_off = (ram->size - FDT_MAX_SIZE) & ~((2ull << 20) - 1);
    int n = fdt_build(&board, ram->host + fdt_off, FDT_MAX_SIZE);
    if (n == -FDT_ERR_NOSPACE) {
        snprintf(err, errlen, "the device tree does not fit in its %d KiB (the kernel command "
                 "line is %zu bytes)", FDT_MAX_SIZE >> 10, cfg->cmdline ? strlen(cfg->cmdline) : 0);
        return -1;
    }
    if (n < 0) {
        snprintf(err, errlen, "cannot build the device tree: %s", fdt_strerror(n));
        return -1;
    }
    m->fdt = ram->host + fdt_off;

    uint64_t start = bios ? RAM_BASE : kernel_entry;
    write_boot_rom(m, start, RAM_BASE + fdt_off, kernel_entry);
    for (int i = 0; i < m->nharts; i++) {
        /* Every hart starts there, as on QEMU's virt (xv6 counts on it). */
        m->harts[i].pc = bare_metal ? kernel_entry : MROM_BASE;
    }
    return 0;
}

Machine *machine_create(const MachineConfig *cfg, char *err, size_t errlen)
{
    if (cfg->xlen != 64 && cfg->xlen != 32) {
        fail(err, errlen, "the hart is rv64 or rv32 (-cpu rv64|rv32)");
        return NULL;
    }
    if (cfg->ram_size < (16ull << 20) || cfg->ram_size > (64ull << 30) ||
        (cfg->ram_size & 0xfff)) {
        fail(err, errlen, "memory size must be between 16 MiB and 64 GiB");
        return NULL;
    }
    Machine *m = calloc(1, sizeof(*m));
    if (!m) {
        fail(err, errlen, "out of memory");
        return NULL;
    }
    m->guest_ram = (GuestRam){
        .host = ram_alloc(cfg->ram_size),
        .base = RAM_BASE,
        .size = cfg->ram_size,
    };
    m->deterministic = cfg->deterministic;
    m->sync_io = cfg->deterministic || cfg->sync_io;
    m->start_ns = host_ns(CLOCK_MONOTONIC);
    if (!m->guest_ram.host) {
        snprintf(err, errlen, "cannot allocate %llu MiB of guest RAM",
                 (unsigned long long)(cfg->ram_size >> 20));
        free(m);
        return NULL;
    }
    HartBus bus = {
        .opaque = m, .ram = m->guest_ram.host, .ram_base = RAM_BASE,
        .ram_size = m->guest_ram.size,
        .mmio_read = bus_read, .mmio_write = bus_write, .get_time = machine_time,
    };
    m->nharts = cfg->cpus >= 1 && cfg->cpus <= MACHINE_MAX_HARTS ? cfg->cpus : 1;
    for (int i = 0; i < m->nharts; i++) {
        hart_init(&m->harts[i], &bus, (uint64_t)i, MROM_BASE, cfg->xlen);
    }
    if (create_devices(m, cfg, err, errlen) < 0 || load_images(m, cfg, err, errlen) < 0) {
        machine_destroy(m);
        return NULL;
    }
    for (int i = 1; i < m->nharts; i++) {
        hart_share_code(&m->harts[i], &m->harts[0]);   /* they run in turns */
    }
    for (int i = 0; i < m->nharts && !cfg->accel_interp; i++) {
        m->harts[i].jit = jit_create();   /* NULL: this host interprets */
    }
    m->trace.hart_ids = m->nharts > 1;
    if (cfg->trace && tracer_open(&m->trace, cfg->trace_file, err, errlen) < 0) {
        machine_destroy(m);
        return NULL;
    }
    return m;
}

/* HTIF (Spike's host-target interface): the program writes tohost;
 * device 0 command 0 with bit 0 set is exit with code tohost >> 1,
 * device 1 command 1 is a console byte. */
static void htif_poll(Machine *m)
{
    uint8_t *p = guest_ram_ptr(&m->guest_ram, m->tohost, 8);
    if (!p)
        return;
    uint64_t cmd = get_le64(p);
    if (!cmd)
        return;
    uint64_t dev = cmd >> 56, op = (cmd >> 48) & 0xff, payload = cmd & 0xffffffffffffull;
    if (dev == 0 && op == 0 && (payload & 1)) {
        m->state = MACHINE_POWEROFF;
        m->exit_code = (int)(payload >> 1);
        return;
    }
    if (dev == 1 && op == 1) {
        uint8_t c = (uint8_t)payload;
        chardev_write(m->console, NULL, &c, 1);
    }
    put_le64(p, 0);
    uint8_t *f = guest_ram_ptr(&m->guest_ram, m->fromhost, 8);
    if (f)
        put_le64(f, (dev << 56) | (op << 48));
}

/* Timebase ticks until a device or the hart's own timer (Sstc) fires. */
static uint64_t ticks_until_event(Machine *m)
{
    uint64_t ticks = UINT64_MAX;
    for (int i = 0; i < m->ndevices; i++) {
        const DeviceInfo *info = m->devices[i].info;
        if (info->ticks_until_event) {
            uint64_t t = info->ticks_until_event(m->devices[i].dev);
            ticks = t < ticks ? t : ticks;
        }
    }
    for (int i = 0; i < m->nharts; i++) {
        const Hart *h = &m->harts[i];
        if (h->menvcfg & MENVCFG_STCE) {
            uint64_t now = machine_time(m);
            uint64_t s = h->stimecmp > now ? h->stimecmp - now : 0;
            ticks = s < ticks ? s : ticks;
        }
    }
    return ticks;
}

/* Host sleep allowed while the hart waits in WFI: until the earliest timer. */
static int64_t idle_sleep_ns(Machine *m)
{
    uint64_t ticks = ticks_until_event(m);
    if (m->deterministic) {
        /* Time only moves with instructions: skip ahead to the deadline. */
        uint64_t skip = ticks == UINT64_MAX ? 1000 : ticks > 1000000 ? 1000000 : ticks;
        for (int i = 0; i < m->nharts; i++) {
            hart_credit_idle(&m->harts[i], skip * 10);
        }
        m->idle_skipped += skip * 10;
        return 0;
    }
    uint64_t ns = ticks > UINT64_MAX / 100 ? UINT64_MAX : ticks * (1000000000u / TIMEBASE_HZ);
    return ns > 10000000 ? 10000000 : (int64_t)ns; /* wake at least every 10 ms */
}

/* Steps hart n up to STEP_TURN instructions (fewer when it waits in WFI
 * or the machine stops); returns how many. */
static int step_hart(Machine *m, int n)
{
    Hart *h = &m->harts[n];
    int done = 0;
    m->cur = n;
    while (done < STEP_TURN && m->state == MACHINE_RUNNING) {
        HartStep s;
        if (hart_debug_step(h, &s) == 0) {
            break;  /* WFI with nothing pending */
        }
        done++;
        tracer_step(&m->trace, h, &s);
        if (m->tohost)
            htif_poll(m);
        if (m->state == MACHINE_RUNNING &&
            (s.watch || (m->stop_fn && m->stop_fn(m->stop_opaque, h->pc)))) {
            m->state = MACHINE_STOPPED;
        }
    }
    return done;
}

/* The slow path for tracing and debugging: one instruction at a time,
 * with HTIF looked at after each so the trace ends where the program did.
 * Several harts take turns of STEP_TURN instructions, so an LR/SC loop
 * (at most 16 instructions, unprivileged spec §8.3) can finish within a
 * turn; a hart leaving its turn drops its reservation, as in run_harts. */
static void run_stepping(Machine *m)
{
    for (int i = 0; i < SLICE_INSNS && m->state == MACHINE_RUNNING;) {
        int stepped = 0;
        for (int n = 0; n < m->nharts && m->state == MACHINE_RUNNING; n++) {
            stepped += step_hart(m, n);
            if (m->nharts > 1) {
                m->harts[n].reservation = UINT64_MAX;
            }
        }
        if (!stepped) {
            return;
        }
        i += stepped;
    }
}

/* Every hart runs its share of the slice in turn, in this one host thread;
 * a hart in WFI with nothing pending gives its turn back at once. Leaving
 * its turn ends a hart's LR/SC reservation: another hart or a device may
 * store to the address before it runs again, and an SC may always fail
 * (unprivileged spec §8.3), while within a turn no other agent runs, so
 * LR/SC and AMOs stay atomic. With --deterministic, an idle hart is
 * credited the instructions of its turn, so guest time (hart 0's count)
 * keeps moving while other harts work. Returns true when a hart stopped on
 * a debugger's hardware breakpoint or watchpoint. */
static bool run_harts(Machine *m)
{
    int64_t share = SLICE_INSNS / m->nharts;
    for (int i = 0; i < m->nharts && m->state == MACHINE_RUNNING; i++) {
        Hart *h = &m->harts[i];
        m->cur = i;
        int64_t ran = hart_run(h, share);
        if (hart_debug_watch_hit(h, NULL, NULL)) {
            return true;   /* a debugger breakpoint or watchpoint: stop here */
        }
        if (m->nharts == 1) {
            break;
        }
        h->reservation = UINT64_MAX;
        if (m->deterministic && ran < share && hart_idle(h)) {
            hart_credit_idle(h, (uint64_t)(share - ran));
            m->idle_skipped += i == 0 ? (uint64_t)(share - ran) : 0;
        }
    }
    return false;
}

static bool all_idle(const Machine *m)
{
    for (int i = 0; i < m->nharts; i++) {
        if (!hart_idle(&m->harts[i])) {
            return false;
        }
    }
    return true;
}

/* Once per slice: timers and deferred device work. */
static void update_devices(Machine *m)
{
    for (int i = 0; i < m->ndevices; i++) {
        BoardDevice *d = &m->devices[i];
        if (d->info->update) {
            d->info->update(d->dev);
        } else if (BOARD_VIRTIO(d)) {
            VirtioDevice *v = d->dev;
            if (v->cls->update) {
                v->cls->update(v, v->dev);
            }
        }
    }
}

enum MachineState machine_run(Machine *m, int64_t *sleep_ns)
{
    *sleep_ns = 0;
    update_devices(m);
    if (m->trace.f || m->stop_fn) {
        run_stepping(m);
        if (m->state == MACHINE_STOPPED) {
            m->state = MACHINE_RUNNING;  /* the next call resumes */
            return MACHINE_STOPPED;
        }
    } else {
        if (run_harts(m) && m->state == MACHINE_RUNNING)
            return MACHINE_STOPPED; /* a debugger breakpoint or watchpoint */
    }
    if (m->tohost)
        htif_poll(m);
    if (m->state != MACHINE_RUNNING)
        return m->state;
    if (all_idle(m))
        *sleep_ns = idle_sleep_ns(m);
    return MACHINE_RUNNING;
}

int machine_exit_code(const Machine *m)
{
    return m->exit_code;
}

size_t machine_console_input(Machine *m, const uint8_t *buf, size_t len)
{
    size_t n = chardev_input(m->console, buf, len);
    for (int i = 0; n && i < m->nharts; i++) {
        hart_wake(&m->harts[i]); /* the interrupt wakes one; look again soon */
    }
    return n;
}

void machine_console_resize(Machine *m, int cols, int rows)
{
    chardev_resize(m->console, cols, rows);
}

/* The pollfd entries of backend b: a network's sockets and timers, or the
 * event fd of a disk whose requests complete later. */
static int backend_pollfds(BoardBackend *b, struct pollfd *fds, int max, int *timeout_ms)
{
    if (b->kind == BACKEND_NET) {
        NetBackend *n = b->be;
        return n->pollfds ? n->pollfds(n, fds, max, timeout_ms) : 0;
    }
    BlockBackend *blk = b->be;
    if (b->kind != BACKEND_BLOCK || !blk->event_fd || max < 1) {
        return 0;
    }
    fds[0] = (struct pollfd){ .fd = blk->event_fd(blk), .events = POLLIN };
    return 1;
}

static void backend_poll_done(BoardBackend *b, const struct pollfd *fds, int n)
{
    if (b->kind == BACKEND_NET) {
        NetBackend *net = b->be;
        net->poll_done(net, fds, n);
    } else if (b->kind == BACKEND_BLOCK && (fds[0].revents & POLLIN)) {
        BlockBackend *blk = b->be;
        blk->complete_ready(blk);
    }
}

/* The event fd of a virtio device whose requests finish on a worker. */
static int device_pollfds(BoardDevice *d, struct pollfd *fds, int max)
{
    VirtioDevice *v = BOARD_VIRTIO(d) ? d->dev : NULL;
    int fd = v && v->cls->event_fd ? v->cls->event_fd(v->dev) : -1;
    if (fd < 0 || max < 1) {
        return 0;
    }
    fds[0] = (struct pollfd){ .fd = fd, .events = POLLIN };
    return 1;
}

int machine_pollfds(Machine *m, struct pollfd *fds, int max, int *timeout_ms)
{
    int n = 0;
    for (int i = 0; i < m->nbackends; i++) {
        m->backends[i].npoll = backend_pollfds(&m->backends[i], fds + n, max - n, timeout_ms);
        n += m->backends[i].npoll;
    }
    for (int i = 0; i < m->ndevices; i++) {
        m->devices[i].npoll = device_pollfds(&m->devices[i], fds + n, max - n);
        n += m->devices[i].npoll;
    }
    return n;
}

void machine_poll_done(Machine *m, const struct pollfd *fds, int n)
{
    /* A delivered frame or a finished disk request raises its device's
     * interrupt, which ends the hart's WFI in the next machine_run().
     * Each backend gets back the entries it added, in the same order. */
    int at = 0;
    for (int i = 0; i < m->nbackends; i++) {
        int mine = m->backends[i].npoll;
        if (mine && at + mine <= n) {
            backend_poll_done(&m->backends[i], fds + at, mine);
        }
        at += mine;
    }
    for (int i = 0; i < m->ndevices; i++) {
        VirtioDevice *v = m->devices[i].dev;
        if (m->devices[i].npoll && at < n && (fds[at].revents & POLLIN)) {
            v->cls->complete_ready(v->dev);
        }
        at += m->devices[i].npoll;
    }
}

uint64_t machine_icount(const Machine *m)
{
    return m->harts[0].instret - m->idle_skipped;
}

int machine_hart_count(const Machine *m)
{
    return m->nharts;
}

struct Hart *machine_hart_n(Machine *m, int n)
{
    return n >= 0 && n < m->nharts ? &m->harts[n] : NULL;
}

int machine_current_hart(const Machine *m)
{
    return m->cur;
}

struct Hart *machine_hart(Machine *m)
{
    return &m->harts[0];
}

Display *machine_display(Machine *m)
{
    return &m->display;
}

InputHub *machine_input(Machine *m)
{
    return &m->input;
}

const void *machine_device_tree(const Machine *m)
{
    return m->fdt;
}

void machine_set_stop_hook(Machine *m, MachineStopFn fn, void *opaque)
{
    m->stop_fn = fn;
    m->stop_opaque = opaque;
}

void machine_destroy(Machine *m)
{
    if (!m)
        return;
    /* Devices first: they unregister from their backends. */
    for (int i = m->ndevices - 1; i >= 0; i--) {
        BoardDevice *d = &m->devices[i];
        if (BOARD_VIRTIO(d)) {
            virtio_mmio_destroy(d->transport);
            virtio_pci_destroy(d->pci);
            virtio_device_destroy(d->dev);
        } else if (d->info->destroy) {
            d->info->destroy(d->dev);
        }
    }
    for (int i = 0; i < m->nbackends; i++) {
        backend_close(m->backends[i].kind, m->backends[i].be);
    }
    if (m->console && m->own_console && m->console->close) {
        m->console->close(m->console);
    }
    tracer_close(&m->trace);
    for (int i = 0; i < m->nharts; i++) {
        hart_free(&m->harts[i]);
    }
    ram_free(m->guest_ram.host, m->guest_ram.size);
    free(m);
}
