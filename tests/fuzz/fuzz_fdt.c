/* libFuzzer target: device-tree generation (machine/fdt.h, fdt_build) for a
 * board description and a devices callback the input makes up, into a
 * buffer whose size the input chooses: tiny buffers, very long bootargs,
 * huge RAM and initrd values, many device nodes.
 *
 * Input (little-endian):
 *   u32 buffer size (taken modulo 256 KiB)
 *   u64 ram_base, u64 ram_size, u64 initrd_start, u64 initrd_end,
 *   u32 timebase_hz, u32 cbo_block_size
 *   u8  mode: bits 0-1 bootargs (0 none, 1 a string from the input, 2 'a'
 *       repeated u32 % 1 MiB times, 3 empty); bit 2 no devices callback;
 *       bit 3 isa and mmu-type are strings from the input; bits 4-6 the
 *       hart count less one (cpu nodes, their interrupt controllers)
 *   strings where the mode asks for them: u8 length, then the bytes (zero
 *       bytes become 'x'); the u32 count for mode 2
 *   device records until the input ends: u8 op, u8 name length (% 32),
 *       the name (mapped onto node-name characters), u64 base, u64 size,
 *       u8 irq. op bit 0: the node goes in the root (FDT_PHASE_ROOT), not
 *       /soc; bit 1: it is the console (writes stdout_path); bit 2:
 *       interrupt-parent and interrupts; bits 3-7: a cells property of
 *       that many cells (over 16 is refused by fdt_prop_cells). A record
 *       whose name length byte is 0xff makes the callback fail with
 *       -FDT_ERR_BADSTATE.
 *
 * What must hold: no crash or undefined behaviour, and nothing written
 * past the buffer (64 guard bytes after it stay untouched); the result is
 * a libfdt error or the size of a blob that fits the buffer, passes
 * fdt_check_full and holds the bootargs and memory node it was given. A
 * build that failed only for room (-FDT_ERR_NOSPACE) succeeds in a buffer
 * large enough for everything.
 *
 * "--write-seeds DIR" writes the seeds of corpus/fdt/ and exits. */
#include <libfdt.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "machine/fdt.h"
#include "tests/fuzz/fuzzlib.h"

#define BUF_MOD (256u << 10)
#define LONG_MOD (1u << 20)
#define GUARD 64
#define NAME_MAX_LEN 32
#define HEADER 44

enum { MODE_BOOTARGS = 3, MODE_NO_DEVICES = 1 << 2, MODE_STRINGS = 1 << 3 };
enum { OP_ROOT = 1, OP_CONSOLE = 2, OP_IRQ = 4, OP_CELLS_SHIFT = 3 };

typedef struct Reader {
    const uint8_t *p;
    size_t left;
} Reader;

static uint64_t get(Reader *r, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n && r->left > 0; i++, r->left--) {
        v |= (uint64_t)*r->p++ << (8 * i);
    }
    return v;
}

/* A malloc'd string: u8 length, then the bytes, none of them NUL. */
static char *get_str(Reader *r)
{
    size_t n = (size_t)get(r, 1);
    n = n < r->left ? n : r->left;
    char *s = malloc(n + 1);
    if (!s) {
        abort();
    }
    for (size_t i = 0; i < n; i++) {
        s[i] = r->p[i] ? (char)r->p[i] : 'x';
    }
    s[n] = '\0';
    r->p += n;
    r->left -= n;
    return s;
}

/* The devices callback: walks the records on every call (one per phase). */
typedef struct Devices {
    const uint8_t *p;
    size_t len;
} Devices;

static int write_devices(void *opaque, FdtNodeCtx *f)
{
    static const char chars[] = "abcdefghijklmnopqrstuvwxyz0123456789,._+-";
    const Devices *d = opaque;
    Reader r = { d->p, d->len };
    while (r.left > 0) {
        uint8_t op = (uint8_t)get(&r, 1);
        uint8_t nlen = (uint8_t)get(&r, 1);
        char name[NAME_MAX_LEN + 1];
        size_t n = nlen % NAME_MAX_LEN;
        for (size_t i = 0; i < n; i++) {
            name[i] = chars[get(&r, 1) % (sizeof(chars) - 1)];
        }
        name[n] = '\0';
        if (n == 0) {
            strcpy(name, "dev");
        }
        uint64_t base = get(&r, 8), size = get(&r, 8);
        uint32_t irq = (uint32_t)get(&r, 1);
        if (nlen == 0xff) {
            return -FDT_ERR_BADSTATE;
        }
        if ((op & OP_ROOT) != (f->phase == FDT_PHASE_ROOT)) {
            continue;
        }
        f->base = base;
        f->size = size;
        f->irq = irq;
        FDT_TRY(fdt_begin_device(f, name, FDT_COMPAT("rvbox,fuzz\0simple")));
        if (op & OP_IRQ) {
            FDT_TRY(fdt_prop_irq(f));
        }
        uint32_t cells[32];
        int ncells = op >> OP_CELLS_SHIFT;
        for (int i = 0; i < ncells; i++) {
            cells[i] = fdt_alloc_phandle(f) ^ (uint32_t)base;
        }
        if (ncells) {
            FDT_TRY(fdt_prop_cells(f->fdt, "cells", cells, ncells));
        }
        FDT_TRY(fdt_end_node(f->fdt));
        if (op & OP_CONSOLE) {
            snprintf(f->stdout_path, sizeof(f->stdout_path), "%s%s@%llx",
                     f->phase == FDT_PHASE_SOC ? "/soc/" : "/", name, (unsigned long long)base);
        }
    }
    return 0;
}

/* Builds into a buffer of exactly bufsize bytes plus a guard; returns
 * fdt_build's result after checking the guard and a successful blob. */
static int build(const FdtBoard *b, size_t bufsize)
{
    uint8_t *buf = malloc(bufsize + GUARD);
    if (!buf) {
        abort();
    }
    memset(buf, 0xa5, bufsize + GUARD);
    int rc = fdt_build(b, buf, bufsize);
    for (size_t i = bufsize; i < bufsize + GUARD; i++) {
        if (buf[i] != 0xa5) {
            abort();   /* written past the buffer */
        }
    }
    if (rc < -FDT_ERR_MAX) {
        abort();
    }
    if (rc >= 0) {
        if ((size_t)rc > bufsize || fdt_totalsize(buf) != (uint32_t)rc ||
            fdt_check_full(buf, bufsize) != 0) {
            abort();
        }
        int chosen = fdt_path_offset(buf, "/chosen");
        int len = -1;
        const char *args = chosen >= 0 ? fdt_getprop(buf, chosen, "bootargs", &len) : NULL;
        if (chosen < 0 || (b->bootargs && (!args || (size_t)len != strlen(b->bootargs) + 1 ||
                                           memcmp(args, b->bootargs, (size_t)len) != 0)) ||
            (!b->bootargs && args)) {
            abort();
        }
        char mem[40];
        snprintf(mem, sizeof(mem), "/memory@%llx", (unsigned long long)b->ram_base);
        int node = fdt_path_offset(buf, mem);
        const void *reg = node >= 0 ? fdt_getprop(buf, node, "reg", &len) : NULL;
        fdt64_t cells[2];   /* properties are only 4-byte aligned */
        if (!reg || len != 16 || !memcpy(cells, reg, sizeof(cells)) ||
            fdt64_to_cpu(cells[0]) != b->ram_base || fdt64_to_cpu(cells[1]) != b->ram_size) {
            abort();
        }
    }
    free(buf);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < HEADER + 1) {
        return 0;
    }
    Reader r = { data, size };
    size_t bufsize = (size_t)(get(&r, 4) % BUF_MOD);
    FdtBoard b = { .isa = "rv64imafdc_zicsr_zifencei_zicntr_sstc", .mmu_type = "riscv,sv57" };
    b.ram_base = get(&r, 8);
    b.ram_size = get(&r, 8);
    b.initrd_start = get(&r, 8);
    b.initrd_end = get(&r, 8);
    b.timebase_hz = (uint32_t)get(&r, 4);
    b.cbo_block_size = (uint32_t)get(&r, 4);
    uint8_t mode = (uint8_t)get(&r, 1);
    b.nharts = 1 + ((mode >> 4) & 7);

    char *isa = NULL, *mmu = NULL, *args = NULL;
    if (mode & MODE_STRINGS) {
        b.isa = isa = get_str(&r);
        b.mmu_type = mmu = get_str(&r);
    }
    switch (mode & MODE_BOOTARGS) {
    case 1:
        args = get_str(&r);
        break;
    case 2: {
        size_t n = (size_t)(get(&r, 4) % LONG_MOD);
        args = malloc(n + 1);
        if (!args) {
            abort();
        }
        memset(args, 'a', n);
        args[n] = '\0';
        break;
    }
    case 3:
        args = strdup("");
        break;
    default:
        break;
    }
    b.bootargs = args;
    Devices devs = { r.p, r.left };
    if (!(mode & MODE_NO_DEVICES)) {
        b.devices = write_devices;
        b.opaque = &devs;
    }

    int rc = build(&b, bufsize);
    if (rc == -FDT_ERR_NOSPACE) {
        /* Room for every string and node, with plenty to spare. */
        size_t big = 64 * 1024 + 2 * (strlen(b.isa) + strlen(b.mmu_type)) +
                     (args ? strlen(args) : 0) + 64 * devs.len;
        if (build(&b, big) == -FDT_ERR_NOSPACE) {
            abort();
        }
    }
    free(isa);
    free(mmu);
    free(args);
    return 0;
}

/* --- seeds ------------------------------------------------------------------ */

typedef struct Seed {
    uint8_t buf[512];
    size_t len;
} Seed;

static void put(Seed *s, uint64_t v, int n)
{
    for (int i = 0; i < n; i++) {
        s->buf[s->len++] = (uint8_t)(v >> (8 * i));
    }
}

static void put_str(Seed *s, const char *str)
{
    put(s, strlen(str), 1);
    memcpy(s->buf + s->len, str, strlen(str));
    s->len += strlen(str);
}

/* A device record; name from the node-name alphabet of write_devices. */
static void put_dev(Seed *s, uint8_t op, const char *name, uint64_t base, uint64_t size,
                    uint8_t irq)
{
    static const char chars[] = "abcdefghijklmnopqrstuvwxyz0123456789,._+-";
    put(s, op, 1);
    put(s, strlen(name), 1);
    for (const char *c = name; *c; c++) {
        put(s, (uint64_t)(strchr(chars, *c) - chars), 1);
    }
    put(s, base, 8);
    put(s, size, 8);
    put(s, irq, 1);
}

static void header(Seed *s, uint32_t bufsize, uint64_t ram_base, uint64_t ram_size,
                   uint64_t initrd_start, uint64_t initrd_end, uint8_t mode)
{
    s->len = 0;
    put(s, bufsize, 4);
    put(s, ram_base, 8);
    put(s, ram_size, 8);
    put(s, initrd_start, 8);
    put(s, initrd_end, 8);
    put(s, 10000000, 4);
    put(s, 64, 4);
    put(s, mode, 1);
}

static int save(const char *dirpath, const char *name, const Seed *s)
{
    return fuzz_save(dirpath, name, s->buf, s->len);
}

int fuzz_write_seeds(const char *d)
{
    static Seed s;
    int rc = 0;

    /* The virt board in 64 KiB: poweroff in the root, a UART console,
     * PLIC-like cells, two virtio slots. */
    header(&s, 0x10000, 0x80000000, 256ull << 20, 0x88000000, 0x88400000, 1);
    put_str(&s, "console=ttyS0 earlycon root=/dev/vda rw");
    put_dev(&s, OP_ROOT | 2 << OP_CELLS_SHIFT, "poweroff", 0x100000, 0x1000, 0);
    put_dev(&s, OP_IRQ, "clint", 0x2000000, 0x10000, 0);
    put_dev(&s, 4 << OP_CELLS_SHIFT, "plic", 0xc000000, 0x600000, 0);
    put_dev(&s, OP_CONSOLE | OP_IRQ, "serial", 0x10000000, 0x100, 10);
    put_dev(&s, OP_IRQ, "virtio_mmio", 0x10001000, 0x1000, 1);
    put_dev(&s, OP_IRQ, "virtio_mmio", 0x10002000, 0x1000, 2);
    rc |= save(d, "virt-board.bin", &s);

    /* Too small for the header: the first call must refuse. */
    header(&s, 16, 0x80000000, 16ull << 20, 0, 0, 0);
    rc |= save(d, "tiny-buffer.bin", &s);

    /* 200 KiB of bootargs in a 64 KiB buffer, huge RAM and initrd. */
    header(&s, 0x10000, 0xfffffffffffff000ull, UINT64_MAX, UINT64_MAX - 1, UINT64_MAX, 2);
    put(&s, 200 * 1024, 4);
    put_dev(&s, OP_CONSOLE, "uart", 0x10000000, 0x100, 1);
    rc |= save(d, "long-bootargs.bin", &s);

    /* Own isa and mmu-type strings, 17 cells (refused), a failing device. */
    header(&s, 0x2000, 0, 4096, 0, 0, MODE_STRINGS | 3);
    put_str(&s, "rv32imac_zicsr");
    put_str(&s, "riscv,sv32");
    put_dev(&s, 17 << OP_CELLS_SHIFT | OP_ROOT, "many-cells", 0x1000, 0x10, 3);
    put(&s, 0, 1);
    put(&s, 0xff, 1);
    rc |= save(d, "strings-errors.bin", &s);
    return rc;
}

