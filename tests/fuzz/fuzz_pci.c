/* libFuzzer target: the PCIe host bridge (devices/pci/gpex.c) with two
 * virtio-pci functions (devices/virtio/virtio_pci.c) behind it, virtio-rng
 * in device number 1 and virtio-console in 2, reached as a guest reaches
 * them: configuration cycles through ECAM at any slot, function and
 * offset, accesses of any size anywhere in the memory and I/O windows
 * (BARs wherever the guest put them), guest RAM the devices DMA into, and
 * the board's save/load and reset.
 *
 * What must hold, besides no crash and no sanitizer report: every line is
 * driven with 0 or 1, and each of the four INTx lines is high exactly
 * while a function routed to it asserts INTx (its ISR is non-zero and
 * INTx is not disabled); the IDs, the capability list and the BARs' low
 * bits read back as the device made them whatever was written; empty
 * slots read all-ones; the bridge's saved state loads back and saves the
 * same.
 *
 * Input: operations until the input ends; the op byte's low 3 bits pick
 * the operation, see run_op(). "--write-seeds DIR" writes corpus/pci/. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/chardev.h"
#include "devices/device.h"
#include "devices/pci/pci.h"
#include "devices/state.h"
#include "devices/virtio/virtio_pci.h"
#include "tests/fuzz/fuzzlib.h"
#include "tests/fuzz/seed.h"

#define MEM_BASE 0x40000000ull
#define IO_BASE 0x3000000ull
#define FIRST_IRQ 32
#define RAM_BASE 0x80000000ull
#define RAM_SIZE 0x10000ull
#define NFN 2
#define OPS_MAX 1024

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_pci: %s\n", what);
    abort();
}

typedef struct Board {
    const DeviceInfo *gpex;
    void *bridge;
    const MmioOps *mem_ops, *io_ops;
    int level[4];
    GuestRam ram;
    CharBackend console;
    VirtioDevice *v[NFN];
    VirtioPci *t[NFN];
    uint8_t ids[NFN][0x40];          /* the header as made */
} Board;

static Board board;

static void line_set(void *ctx, int irq, int level)
{
    if (irq < FIRST_IRQ || irq >= FIRST_IRQ + 4 || (level != 0 && level != 1)) {
        fail("a line outside 32..35 or a level other than 0/1");
    }
    board.level[irq - FIRST_IRQ] = level;
}

static int map_window(void *b, uint64_t base, uint64_t size, const MmioOps *ops, void *dev,
                      char *err, size_t errlen)
{
    if (base == MEM_BASE) {
        board.mem_ops = ops;
    } else {
        board.io_ops = ops;
    }
    return 0;
}

static void console_write(CharBackend *c, const uint8_t *buf, size_t len)
{
    (void)c, (void)buf, (void)len;
}

static void *make(const char *name, DeviceCtx *ctx)
{
    char err[200] = "";
    void *d = device_find(name)->create(ctx, &(Opts){ 0 }, err, sizeof(err));
    if (!d) {
        fprintf(stderr, "%s: %s\n", name, err);
        fail("a device could not be made");
    }
    return d;
}

static void setup(void)
{
    memset(board.level, 0, sizeof(board.level));
    board.gpex = device_find("gpex-pcihost");
    DeviceCtx ctx = { .board = &board, .ram = &board.ram, .nwindows = 2,
                      .irq = { .set = line_set, .irq = FIRST_IRQ }, .map_window = map_window,
                      .console = &board.console };
    ctx.window[0].base = MEM_BASE, ctx.window[0].size = 0x40000000;
    ctx.window[1].base = IO_BASE, ctx.window[1].size = 0x10000;
    board.bridge = make("gpex-pcihost", &ctx);
    board.v[0] = make("virtio-rng-pci", &ctx);
    board.v[1] = make("virtio-serial-pci", &ctx);
    char err[200];
    for (int i = 0; i < NFN; i++) {
        board.t[i] = virtio_pci_create(board.v[i]);
        PciFunction *f = board.t[i] ? virtio_pci_function(board.t[i]) : NULL;
        if (!f || board.gpex->pci_plug(board.bridge, f, -1, err, sizeof(err)) != 0) {
            fail("a function could not be plugged");
        }
        memcpy(board.ids[i], f->config, sizeof(board.ids[i]));
    }
}

static void teardown(void)
{
    for (int i = NFN - 1; i >= 0; i--) {
        chardev_detach(&board.console, board.v[i]);
        virtio_pci_destroy(board.t[i]);
        virtio_device_destroy(board.v[i]);
    }
    board.gpex->destroy(board.bridge);
}

/* --- invariants ---------------------------------------------------------- */

static void check_lines(void)
{
    bool want[4] = { false };
    for (int i = 0; i < NFN; i++) {
        PciFunction *f = virtio_pci_function(board.t[i]);
        bool asserted = board.v[i]->isr != 0 &&
                        !(pci_get16(f->config + PCI_COMMAND) & PCI_COMMAND_INTX_DISABLE);
        if (asserted != pci_intx_asserted(f)) {
            fail("INTx does not follow the ISR status and INTx-disable");
        }
        want[(i + 1) % 4] |= asserted;   /* device number i + 1, INTA */
    }
    for (int l = 0; l < 4; l++) {
        if (want[l] != (board.level[l] != 0)) {
            fail("an INTx line disagrees with the functions routed to it");
        }
    }
}

static uint32_t ecam_read(int slot, uint32_t reg, int size)
{
    return (uint32_t)board.gpex->mmio->read(board.bridge, (uint64_t)slot << 15 | reg, size);
}

static void check_ids(void)
{
    for (int i = 0; i < NFN; i++) {
        int slot = i + 1;
        for (uint32_t reg = 0; reg < 0x40; reg += 4) {
            uint32_t got = ecam_read(slot, reg, 4), made;
            memcpy(&made, board.ids[i] + reg, 4);
            uint32_t ro = reg == 0x00 || reg == 0x08 || reg == 0x2c || reg == 0x34 ? ~0u
                        : reg == 0x20 ? 0xfu : reg == 0x3c ? 0xff00u : 0;
            if ((got & ro) != (made & ro)) {
                fail("a read-only header field changed");
            }
        }
    }
    if (ecam_read(5, 0, 4) != 0xffffffffu) {
        fail("an empty slot does not read all-ones");
    }
}

static void round_trip(void)
{
    StateWriter w, again;
    StateReader r;
    char err[200];
    state_writer_init(&w);
    state_writer_init(&again);
    if (board.gpex->save(board.bridge, &w) != 0 || w.failed) {
        fail("the bridge could not save");
    }
    state_reader_init(&r, w.buf, w.len);
    if (board.gpex->load(board.bridge, &r, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s\n", err);
        fail("the bridge refused its own state");
    }
    board.gpex->save(board.bridge, &again);
    if (again.len != w.len || memcmp(again.buf, w.buf, w.len) != 0) {
        fail("the bridge's state changed in a save/load round trip");
    }
    for (int i = 0; i < NFN; i++) {
        StateWriter s;
        state_writer_init(&s);
        virtio_pci_save(board.t[i], &s);
        virtio_save(board.v[i], &s);
        state_reader_init(&r, s.buf, s.len);
        if (virtio_pci_load(board.t[i], &r) != 0 || virtio_load(board.v[i], &r, err, sizeof(err))) {
            fprintf(stderr, "%s\n", err);
            fail("a virtio-pci function refused its own state");
        }
        state_writer_free(&s);
    }
    state_writer_free(&w);
    state_writer_free(&again);
}

/* --- operations ---------------------------------------------------------- */

typedef struct In {
    const uint8_t *p;
    size_t n;
} In;

static bool take(In *in, void *dst, size_t n)
{
    if (in->n < n) {
        return false;
    }
    memcpy(dst, in->p, n);
    in->p += n, in->n -= n;
    return true;
}

static int size_of(uint8_t code)
{
    static const int sizes[4] = { 4, 1, 2, 8 };
    return sizes[code & 3];
}

/* op & 7: 0 ECAM write, 1 ECAM read (offset u32, size, value u32); 2
 * memory-window write, 3 read (offset u32 in the window's first 16 MiB,
 * size, value u64); 4 I/O-window access; 5 RAM write (offset u16, 8
 * bytes); 6 save/load round trip; 7 reset. */
static bool run_op(In *in)
{
    uint8_t op, sz;
    uint32_t off = 0, v32 = 0;
    uint64_t v64 = 0;
    if (!take(in, &op, 1)) {
        return false;
    }
    switch (op & 7) {
    case 0: case 1:
        if (!take(in, &off, 4) || !take(in, &sz, 1) || ((op & 7) == 0 && !take(in, &v32, 4))) {
            return false;
        }
        off &= 0x0fffffff;
        if ((op & 7) == 0) {
            board.gpex->mmio->write(board.bridge, off, v32, size_of(sz));
        } else {
            board.gpex->mmio->read(board.bridge, off, size_of(sz));
        }
        return true;
    case 2: case 3: case 4:
        if (!take(in, &off, 4) || !take(in, &sz, 1) || ((op & 7) != 3 && !take(in, &v64, 8))) {
            return false;
        }
        if ((op & 7) == 4) {
            off &= 0xfff8;
            board.io_ops->write(board.bridge, off, v64, size_of(sz));
            board.io_ops->read(board.bridge, off, size_of(sz));
        } else if ((op & 7) == 2) {
            board.mem_ops->write(board.bridge, off & 0xfffff8, v64, size_of(sz));
        } else {
            board.mem_ops->read(board.bridge, off & 0xfffff8, size_of(sz));
        }
        return true;
    case 5: {
        uint16_t at;
        if (!take(in, &at, 2) || !take(in, &v64, 8)) {
            return false;
        }
        memcpy(board.ram.host + (at & (RAM_SIZE - 8)), &v64, 8);
        return true;
    }
    case 6:
        round_trip();
        return true;
    default:
        board.gpex->reset(board.bridge);
        for (int i = 0; i < NFN; i++) {
            virtio_reset(board.v[i]);
        }
        return true;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static uint8_t ram[RAM_SIZE + 8];
    memset(ram, 0, sizeof(ram));
    board.ram = (GuestRam){ .host = ram, .base = RAM_BASE, .size = RAM_SIZE };
    chardev_init(&board.console);
    board.console.write = console_write;
    setup();
    In in = { data, size };
    for (int i = 0; i < OPS_MAX && run_op(&in); i++) {
        check_lines();
    }
    check_ids();
    teardown();
    return 0;
}

/* --- seeds ----------------------------------------------------------------- */

static void s_ecam(Seed *s, int slot, uint32_t reg, int size, uint32_t v)
{
    s8(s, 0);
    s32(s, (uint32_t)slot << 15 | reg);
    s8(s, size == 1 ? 1 : size == 2 ? 2 : 0);
    s32(s, v);
}

static void s_mem(Seed *s, uint32_t off, int size, uint64_t v)
{
    s8(s, 2);
    s32(s, off);
    s8(s, size == 1 ? 1 : size == 2 ? 2 : size == 8 ? 3 : 0);
    s32(s, (uint32_t)v), s32(s, (uint32_t)(v >> 32));
}

static void s_ram(Seed *s, uint16_t at, uint64_t v)
{
    s8(s, 5);
    s16(s, at);
    s32(s, (uint32_t)v), s32(s, (uint32_t)(v >> 32));
}

/* Device 1 (rng): BAR 4 at window offset 0x4000, decoding on, features,
 * queue 0 of 8 entries in RAM, DRIVER_OK, one 64-byte request notified,
 * the ISR read; then a save/load and a reset. */
static void seed_request(Seed *s)
{
    const uint32_t bar = 0x4000;
    s_ecam(s, 1, 0x20, 4, 0xffffffff);
    s_ecam(s, 1, 0x20, 4, (uint32_t)MEM_BASE + bar);
    s_ecam(s, 1, 0x24, 4, 0);
    s_ecam(s, 1, 0x04, 2, 6);
    s_mem(s, bar + 0x14, 1, 3);
    s_mem(s, bar + 0x08, 4, 1);
    s_mem(s, bar + 0x0c, 4, 1);
    s_mem(s, bar + 0x14, 1, 11);
    s_mem(s, bar + 0x16, 2, 0);
    s_mem(s, bar + 0x18, 2, 8);
    s_mem(s, bar + 0x20, 8, RAM_BASE + 0x1000);
    s_mem(s, bar + 0x28, 8, RAM_BASE + 0x1100);
    s_mem(s, bar + 0x30, 8, RAM_BASE + 0x1200);
    s_mem(s, bar + 0x1c, 2, 1);
    s_mem(s, bar + 0x14, 1, 15);
    s_ram(s, 0x1000, RAM_BASE + 0x4000);                   /* desc 0: addr */
    s_ram(s, 0x1008, 64 | (uint64_t)2 << 32);              /* len 64, WRITE */
    s_ram(s, 0x1100, 1ull << 16);                          /* avail idx 1, ring[0] 0 */
    s_mem(s, bar + 0x3000, 2, 0);                          /* notify queue 0 */
    s8(s, 3), s32(s, bar + 0x1000), s8(s, 1);              /* ISR read */
    s_ecam(s, 1, 0x04, 2, 0x406);                          /* INTx disabled */
    s8(s, 6);
    s8(s, 7);
}

/* The PCI access capability of device 2 and header writes everywhere. */
static void seed_config(Seed *s)
{
    for (uint32_t reg = 0; reg < 0x100; reg += 4) {
        s_ecam(s, 2, reg, 4, 0xffffffff);
        s8(s, 1), s32(s, 2u << 15 | reg), s8(s, 0);
    }
    s_ecam(s, 2, 0x20, 4, (uint32_t)MEM_BASE);
    s_ecam(s, 2, 0x04, 2, 2);
    s_ecam(s, 2, 0x84 + 4, 1, 4);                 /* PCI access cap: BAR 4 */
    s_ecam(s, 2, 0x84 + 8, 4, 0x12);
    s_ecam(s, 2, 0x84 + 12, 4, 2);
    s8(s, 1), s32(s, 2u << 15 | (0x84 + 16)), s8(s, 0);
    s8(s, 6);
}

int fuzz_write_seeds(const char *dir)
{
    static Seed a, b;
    seed_request(&a);
    seed_config(&b);
    return fuzz_save(dir, "rng-request", a.b, a.n) || fuzz_save(dir, "config", b.b, b.n) ? -1 : 0;
}
