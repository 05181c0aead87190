/* The board: QEMU-virt memory map, boot ROM, device wiring, time, HTIF and
 * the slice-by-slice run loop. */
#include "machine.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../devices/clint.h"
#include "../devices/goldfish_rtc.h"
#include "../devices/host/block_file.h"
#include "../devices/host/fs_local.h"
#include "../devices/host/net_slirp.h"
#include "../devices/plic.h"
#include "../devices/syscon.h"
#include "../devices/uart16550.h"
#include "../devices/virtio_9p.h"
#include "../devices/virtio_blk.h"
#include "../devices/virtio_console.h"
#include "../devices/virtio_mmio.h"
#include "../devices/virtio_net.h"
#include "../emu/hart.h"
#include "../emu/debug.h"
#include "fdt.h"
#include "loader.h"
#include "trace.h"

#define DEFAULT_BIOS "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin"

/* The memory map (QEMU hw/riscv/virt.c), one table for board and FDT;
 * region sizes are the devices' own. */
enum {
    MAP_MROM_BASE = 0x1000, MAP_MROM_SIZE = 0xf000,
    MAP_SYSCON_BASE = 0x100000, MAP_SYSCON_SIZE = SYSCON_SIZE,
    MAP_RTC_BASE = 0x101000, MAP_RTC_SIZE = GOLDFISH_RTC_SIZE, MAP_RTC_IRQ = 11,
    MAP_CLINT_BASE = 0x2000000, MAP_CLINT_SIZE = CLINT_SIZE,
    MAP_PLIC_BASE = 0xc000000, MAP_PLIC_SIZE = PLIC_SIZE, MAP_PLIC_NDEV = PLIC_NUM_SOURCES - 1,
    MAP_UART_BASE = 0x10000000, MAP_UART_SIZE = UART_SIZE, MAP_UART_IRQ = 10,
    MAP_UART_CLOCK = 3686400,
    MAP_VIRTIO_BASE = 0x10001000, MAP_VIRTIO_STRIDE = VIRTIO_MMIO_SIZE, MAP_VIRTIO_IRQ = 1,
    MAP_VIRTIO_SLOTS = FDT_MAX_VIRTIO,
};
#define RAM_BASE 0x80000000ull
#define TIMEBASE_HZ 10000000u
#define KERNEL_OFFSET 0x200000ull      /* kernel at RAM + 2 MiB (RV64 Image) */
#define SLICE_INSNS 200000             /* a slice: ~1-2 ms of guest time */
#define FDT_MAX_SIZE 0x10000
#define MAX_REGIONS 24
/* What the hart implements, in canonical order (unprivileged spec §27). */
#define ISA_EXTENSIONS \
    "imafdc_zicbom_zicboz_zicntr_zicond_zicsr_zifencei_zihpm_zba_zbb_zbc_zbs_sstc_svpbmt"

typedef struct Region {
    uint64_t base, size;
    const MmioOps *ops;
    void *dev;
} Region;

struct Machine {
    Hart hart;
    GuestRam guest_ram;        /* owns the RAM block; the hart and DMA see it */
    uint8_t rom[MAP_MROM_SIZE];
    Region regions[MAX_REGIONS];
    int nregions;

    Clint *clint;
    Plic *plic;
    Uart *uart;
    Syscon *syscon;
    GoldfishRtc *rtc;
    VirtioMmio *virtio[MAP_VIRTIO_SLOTS];
    int nvirtio;
    VirtioMmio *console;
    bool console_ready;        /* its driver has been told the terminal size */
    BlockBackend *drives[MAX_DRIVES];
    int ndrives;
    CharBackend *console_out;
    NetBackend *net;            /* the NIC's backend, NULL without a NIC */
    FsBackend *shares[MAX_FS];  /* virtio-9p backends */
    int nshares;

    bool deterministic;
    uint64_t start_ns;
    uint64_t tohost, fromhost; /* HTIF symbol addresses, 0 = none */

    enum MachineState state;
    int exit_code;

    Tracer trace;              /* --trace; trace.f NULL when off */
    MachineStopFn stop_fn;     /* debugger stop hook, NULL when none */
    void *stop_opaque;
    uint64_t idle_skipped;     /* instret credited by deterministic idle skips */
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
        return m->hart.instret / 10;
    return (host_ns(CLOCK_MONOTONIC) - m->start_ns) / (1000000000u / TIMEBASE_HZ);
}

static uint64_t rtc_now_ns(void *opaque)
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

static void map_region(Machine *m, uint64_t base, uint64_t size, const MmioOps *ops, void *dev)
{
    m->regions[m->nregions++] = (Region){ .base = base, .size = size, .ops = ops, .dev = dev };
}

static void syscon_event(void *opaque, int event, int code)
{
    Machine *m = opaque;
    m->state = event == SYSCON_RESET ? MACHINE_RESET : MACHINE_POWEROFF;
    m->exit_code = code;
    m->hart.stop = true;
    m->hart.budget = 0;
}

static IrqLine plic_line(Machine *m, int irq)
{
    return (IrqLine){ .set = plic_set_irq, .ctx = m->plic, .irq = irq };
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

static int fail(char *err, size_t errlen, const char *msg)
{
    snprintf(err, errlen, "%s", msg);
    return -1;
}

/* Places a file's bytes at RAM offset off; max is the room left. */
static int load_at(Machine *m, const char *path, uint64_t off, size_t *size, char *err,
                   size_t errlen)
{
    uint8_t *buf = loader_read_file(path, (size_t)(m->guest_ram.size - off), size, err, errlen);
    if (!buf)
        return -1;
    memcpy(m->guest_ram.host + off, buf, *size);
    free(buf);
    return 0;
}

/* QEMU's first NIC address, so guest scripts written for QEMU match. */
static const uint8_t nic_mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };

/* The virtio-net NIC on the user-mode network, in the next virtio slot. */
static int create_nic(Machine *m, const MachineConfig *cfg, char *err, size_t errlen)
{
    if (m->nvirtio == MAP_VIRTIO_SLOTS) {
        return fail(err, errlen, "no free virtio slot for the network device");
    }
    m->net = net_slirp_create(&cfg->net, err, errlen);
    if (!m->net) {
        return -1;
    }
    m->virtio[m->nvirtio] = virtio_net_create(&m->guest_ram,
                                              plic_line(m, MAP_VIRTIO_IRQ + m->nvirtio),
                                              m->net, nic_mac);
    m->nvirtio++;
    return 0;
}

/* One shared host directory: a virtio-9p device in the next virtio slot. */
static int create_share(Machine *m, const FsConfig *f, char *err, size_t errlen)
{
    if (m->nvirtio == MAP_VIRTIO_SLOTS) {
        return fail(err, errlen, "no free virtio slot for the shared directory");
    }
    FsBackend *fs = fs_local_open(f->path, f->readonly, err, errlen);
    if (!fs) {
        return -1;
    }
    m->shares[m->nshares++] = fs;
    m->virtio[m->nvirtio] = virtio_9p_create(&m->guest_ram,
                                             plic_line(m, MAP_VIRTIO_IRQ + m->nvirtio), fs,
                                             f->tag);
    m->nvirtio++;
    return 0;
}

static int create_devices(Machine *m, const MachineConfig *cfg, char *err, size_t errlen)
{
    m->plic = plic_create(&m->hart);
    m->clint = clint_create(&m->hart, machine_time, m);
    m->uart = uart_create(plic_line(m, MAP_UART_IRQ), m->console_out);
    m->syscon = syscon_create(syscon_event, m);
    m->rtc = goldfish_rtc_create(plic_line(m, MAP_RTC_IRQ), rtc_now_ns, m);
    if (!m->plic || !m->clint || !m->uart || !m->syscon || !m->rtc)
        return fail(err, errlen, "out of memory creating devices");
    map_region(m, MAP_MROM_BASE, MAP_MROM_SIZE, &rom_ops, m->rom);
    map_region(m, MAP_SYSCON_BASE, MAP_SYSCON_SIZE, &syscon_mmio_ops, m->syscon);
    map_region(m, MAP_RTC_BASE, MAP_RTC_SIZE, &goldfish_rtc_mmio_ops, m->rtc);
    map_region(m, MAP_CLINT_BASE, MAP_CLINT_SIZE, &clint_mmio_ops, m->clint);
    map_region(m, MAP_PLIC_BASE, MAP_PLIC_SIZE, &plic_mmio_ops, m->plic);
    map_region(m, MAP_UART_BASE, MAP_UART_SIZE, &uart_mmio_ops, m->uart);

    for (int i = 0; i < cfg->ndrives; i++) {
        BlockBackend *b = block_file_open(cfg->drives[i].file, (int)cfg->drives[i].mode,
                                          err, errlen);
        if (!b)
            return -1;
        m->drives[m->ndrives++] = b;
        m->virtio[m->nvirtio] = virtio_blk_create(&m->guest_ram,
                                                  plic_line(m, MAP_VIRTIO_IRQ + m->nvirtio), b);
        m->nvirtio++;
    }
    m->console = virtio_console_create(&m->guest_ram, plic_line(m, MAP_VIRTIO_IRQ + m->nvirtio),
                                       m->console_out, 80, 24);
    m->virtio[m->nvirtio++] = m->console;
    if (cfg->net_user && create_nic(m, cfg, err, errlen) < 0) {
        return -1;
    }
    for (int i = 0; i < cfg->nfs; i++) {
        if (create_share(m, &cfg->fs[i], err, errlen) < 0) {
            return -1;
        }
    }
    for (int i = 0; i < m->nvirtio; i++) {
        if (!m->virtio[i])
            return fail(err, errlen, "out of memory creating virtio devices");
        map_region(m, MAP_VIRTIO_BASE + (uint64_t)i * MAP_VIRTIO_STRIDE, MAP_VIRTIO_STRIDE,
                   &virtio_mmio_ops, m->virtio[i]);
    }
    return 0;
}

static void describe_board(const Machine *m, const MachineConfig *cfg, FdtBoard *b)
{
    *b = (FdtBoard){
        .isa = m->hart.xlen == 32 ? "rv32" ISA_EXTENSIONS : "rv64" ISA_EXTENSIONS,
        .mmu_type = m->hart.xlen == 32 ? "riscv,sv32" : "riscv,sv57",
        .cbo_block_size = CBO_BLOCK_SIZE, .timebase_hz = TIMEBASE_HZ,
        .ram_base = RAM_BASE, .ram_size = m->guest_ram.size,
        .clint_base = MAP_CLINT_BASE, .clint_size = MAP_CLINT_SIZE,
        .plic_base = MAP_PLIC_BASE, .plic_size = MAP_PLIC_SIZE, .plic_ndev = MAP_PLIC_NDEV,
        .uart_base = MAP_UART_BASE, .uart_size = MAP_UART_SIZE, .uart_irq = MAP_UART_IRQ,
        .uart_clock_hz = MAP_UART_CLOCK,
        .syscon_base = MAP_SYSCON_BASE, .syscon_size = MAP_SYSCON_SIZE,
        .rtc_base = MAP_RTC_BASE, .rtc_size = MAP_RTC_SIZE, .rtc_irq = MAP_RTC_IRQ,
        .nvirtio = m->nvirtio, .bootargs = cfg->cmdline,
    };
    for (int i = 0; i < m->nvirtio; i++) {
        b->virtio[i].base = MAP_VIRTIO_BASE + (uint64_t)i * MAP_VIRTIO_STRIDE;
        b->virtio[i].size = MAP_VIRTIO_STRIDE;
        b->virtio[i].irq = MAP_VIRTIO_IRQ + (uint32_t)i;
    }
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
    if (info.xlen != m->hart.xlen) {
        /* The ELF class picks the hart (as Spike and QEMU's -cpu would):
         * nothing has run yet, so the hart is simply set up again. */
        HartBus bus = m->hart.bus;
        hart_free(&m->hart);
        hart_init(&m->hart, &bus, 0, MAP_MROM_BASE, info.xlen);
    }
    *entry = info.entry;
    m->tohost = info.tohost;
    m->fromhost = info.fromhost;
    m->hart.bus.watch_paddr = info.tohost; /* see an HTIF request at once */
    return 0;
}

/* Loads firmware, kernel, initrd and the device tree; sets the reset pc. */
static int load_images(Machine *m, const MachineConfig *cfg, char *err, size_t errlen)
{
    const GuestRam *ram = &m->guest_ram;
    uint64_t kernel_entry = RAM_BASE + KERNEL_OFFSET;
    bool have_kernel = cfg->kernel != NULL;
    if (have_kernel) {
        size_t size;
        uint8_t *buf = loader_read_file(cfg->kernel, (size_t)ram->size, &size, err, errlen);
        if (!buf)
            return -1;
        int r;
        if (loader_is_elf(buf, size)) {
            r = load_elf_kernel(m, buf, size, cfg->kernel, &kernel_entry, err, errlen);
        } else if (size > ram->size - KERNEL_OFFSET) {
            snprintf(err, errlen, "%s: kernel (%zu bytes) does not fit in %llu MiB of RAM",
                     cfg->kernel, size, (unsigned long long)(ram->size >> 20));
            r = -1;
        } else {
            memcpy(ram->host + KERNEL_OFFSET, buf, size);
            r = 0;
        }
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
        if (load_at(m, bios, 0, &size, err, errlen) < 0)
            return -1;
        if (have_kernel && size > KERNEL_OFFSET && kernel_entry == RAM_BASE + KERNEL_OFFSET) {
            snprintf(err, errlen, "%s: firmware larger than 2 MiB overlaps the kernel", bios);
            return -1;
        }
    }

    FdtBoard board;
    describe_board(m, cfg, &board);
    if (cfg->initrd) {
        /* As QEMU: half-way into RAM, at most 128 MiB in, clear of the kernel. */
        uint64_t off = ram->size / 2 < (128ull << 20) ? ram->size / 2 : (128ull << 20);
        size_t size;
        if (off >= ram->size - FDT_MAX_SIZE) {
            snprintf(err, errlen, "%s: no room in RAM for the initrd", cfg->initrd);
            return -1;
        }
        if (load_at(m, cfg->initrd, off, &size, err, errlen) < 0)
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
    if (n < 0)
        return fail(err, errlen, "cannot build the device tree");

    uint64_t start = bios ? RAM_BASE : kernel_entry;
    write_boot_rom(m, start, RAM_BASE + fdt_off, kernel_entry);
    m->hart.pc = bare_metal ? kernel_entry : MAP_MROM_BASE;
    return 0;
}

Machine *machine_create(const MachineConfig *cfg, CharBackend *console, char *err,
                        size_t errlen)
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
        .host = calloc(1, cfg->ram_size + 8) /* fetch slack, see hart_init */,
        .base = RAM_BASE,
        .size = cfg->ram_size,
    };
    m->console_out = console;
    m->deterministic = cfg->deterministic;
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
    hart_init(&m->hart, &bus, 0, MAP_MROM_BASE, cfg->xlen);
    if (create_devices(m, cfg, err, errlen) < 0 || load_images(m, cfg, err, errlen) < 0) {
        machine_destroy(m);
        return NULL;
    }
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
        if (m->console_out)
            m->console_out->write(m->console_out, &c, 1);
    }
    put_le64(p, 0);
    uint8_t *f = guest_ram_ptr(&m->guest_ram, m->fromhost, 8);
    if (f)
        put_le64(f, (dev << 56) | (op << 48));
}

/* Host sleep allowed while the hart waits in WFI: until the earliest timer. */
static int64_t idle_sleep_ns(Machine *m)
{
    uint64_t ticks = clint_ticks_until_timer(m->clint);
    if (m->hart.menvcfg & MENVCFG_STCE) {
        uint64_t now = machine_time(m);
        uint64_t s = m->hart.stimecmp > now ? m->hart.stimecmp - now : 0;
        if (s < ticks)
            ticks = s;
    }
    if (m->deterministic) {
        /* Time only moves with instructions: skip ahead to the deadline. */
        uint64_t skip = ticks == UINT64_MAX ? 1000 : ticks > 1000000 ? 1000000 : ticks;
        m->hart.instret += skip * 10;
        m->idle_skipped += skip * 10;
        return 0;
    }
    uint64_t ns = ticks > UINT64_MAX / 100 ? UINT64_MAX : ticks * (1000000000u / TIMEBASE_HZ);
    return ns > 10000000 ? 10000000 : (int64_t)ns; /* wake at least every 10 ms */
}

/* The slow path for tracing and debugging: one instruction at a time,
 * with HTIF looked at after each so the trace ends where the program did. */
static void run_stepping(Machine *m)
{
    for (int i = 0; i < SLICE_INSNS && m->state == MACHINE_RUNNING; i++) {
        HartStep s;
        if (hart_debug_step(&m->hart, &s) == 0) {
            return;  /* WFI with nothing pending */
        }
        tracer_step(&m->trace, &m->hart, &s);
        if (m->tohost)
            htif_poll(m);
        if (m->stop_fn && m->state == MACHINE_RUNNING &&
            m->stop_fn(m->stop_opaque, m->hart.pc)) {
            m->state = MACHINE_STOPPED;
        }
    }
}

enum MachineState machine_run(Machine *m, int64_t *sleep_ns)
{
    *sleep_ns = 0;
    clint_update(m->clint);
    goldfish_rtc_update(m->rtc);
    if (m->trace.f || m->stop_fn) {
        run_stepping(m);
        if (m->state == MACHINE_STOPPED) {
            m->state = MACHINE_RUNNING;  /* the next call resumes */
            return MACHINE_STOPPED;
        }
    } else {
        hart_run(&m->hart, SLICE_INSNS);
    }
    if (m->tohost)
        htif_poll(m);
    if (!m->console_ready && virtio_console_ready(m->console)) {
        /* A size set before the driver was up is announced again now. */
        m->console_ready = true;
        virtio_mmio_config_changed(m->console);
    }
    if (m->state != MACHINE_RUNNING)
        return m->state;
    if (m->hart.wfi)
        *sleep_ns = idle_sleep_ns(m);
    return MACHINE_RUNNING;
}

int machine_exit_code(const Machine *m)
{
    return m->exit_code;
}

size_t machine_console_input(Machine *m, const uint8_t *buf, size_t len)
{
    size_t n = virtio_console_ready(m->console) ? virtio_console_receive(m->console, buf, len)
                                                : uart_receive(m->uart, buf, len);
    if (n)
        m->hart.wfi = false; /* the interrupt wakes it; look again soon */
    return n;
}

void machine_console_resize(Machine *m, int cols, int rows)
{
    virtio_console_resize(m->console, cols, rows);
}

int machine_pollfds(Machine *m, struct pollfd *fds, int max, int *timeout_ms)
{
    if (!m->net || !m->net->pollfds) {
        return 0;
    }
    return m->net->pollfds(m->net, fds, max, timeout_ms);
}

void machine_poll_done(Machine *m, const struct pollfd *fds, int n)
{
    /* A delivered frame raises the NIC's interrupt, which ends the hart's
     * WFI in the next machine_run(). */
    if (m->net && m->net->poll_done) {
        m->net->poll_done(m->net, fds, n);
    }
}

uint64_t machine_icount(const Machine *m)
{
    return m->hart.instret - m->idle_skipped;
}

struct Hart *machine_hart(Machine *m)
{
    return &m->hart;
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
    for (int i = 0; i < m->nvirtio; i++)
        virtio_mmio_destroy(m->virtio[i]);
    if (m->net) {
        m->net->close(m->net);   /* after the NIC, which unregisters from it */
    }
    for (int i = 0; i < m->nshares; i++) {
        m->shares[i]->close(m->shares[i]);   /* after their virtio-9p devices */
    }
    for (int i = 0; i < m->ndrives; i++)
        m->drives[i]->close(m->drives[i]);
    clint_destroy(m->clint);
    plic_destroy(m->plic);
    uart_destroy(m->uart);
    syscon_destroy(m->syscon);
    goldfish_rtc_destroy(m->rtc);
    tracer_close(&m->trace);
    hart_free(&m->hart);
    free(m->guest_ram.host);
    free(m);
}
