/* libFuzzer target: the platform devices through their MMIO handlers, as a
 * guest reaches them: the PLIC, the CLINT, the 16550 UART, the goldfish RTC
 * and the syscon finisher (devices/platform/), each made with its create
 * function, on recording interrupt lines and a fake clock. The UART and
 * the RTC drive PLIC sources 10 and 11 as on the board. The input is a
 * sequence of operations: an MMIO read or write of any size at any offset
 * inside a device's window, time moving on (then the per-slice updates),
 * PLIC source lines driven up or down, host input into the UART, and
 * what the board does through the registry's DeviceInfo (reset, and a
 * save/load round trip).
 *
 * What must hold, besides no crash and no sanitizer report: every line is
 * driven with 0 or 1; each PLIC context's line is high exactly while a
 * source is pending, enabled and above its threshold (read back through
 * the registers), and a claim returns the highest-priority such source,
 * the lowest id among equals (PLIC spec 1.0.0); msip's line follows msip
 * bit 0; after an update MTIP is mtime >= mtimecmp and
 * clint_ticks_until_timer agrees; the UART's line is high while received
 * data waits with its interrupt enabled and low with no interrupt
 * enabled; the RTC's line is low while its interrupt is disabled; the
 * finisher reports only the writes it documents, with their codes; a
 * device's saved state loads back and saves the same.
 *
 * Input: operations until the input ends, each an op byte (bits 0-2 the
 * operation, bits 3-7 operands) and its operands; see run_op().
 *
 * "--write-seeds DIR" writes the seeds of corpus/platform/. See README.md. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/chardev.h"
#include "devices/device.h"
#include "devices/platform/clint.h"
#include "devices/platform/goldfish_rtc.h"
#include "devices/platform/plic.h"

#define PLIC_CTX 2   /* one hart: its M and S contexts */
#include "devices/platform/syscon.h"
#include "devices/platform/uart16550.h"
#include "devices/state.h"
#include "tests/fuzz/fuzzlib.h"

enum { D_PLIC, D_CLINT, D_UART, D_RTC, D_SYSCON, NDEV };
enum { UART_IRQ = 10, RTC_IRQ = 11, OPS_MAX = 512 };
/* Lines recorded: PLIC contexts 0 and 1, msip, mtip, the UART, the RTC. */
enum { L_MEIP, L_SEIP, L_MSIP, L_MTIP, L_UART, L_RTC, NLINES };

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_platform: %s\n", what);
    abort();
}

typedef struct Board {
    Plic *plic;
    Clint *clint;
    Uart *uart;
    GoldfishRtc *rtc;
    Syscon *syscon;
    int level[NLINES];
    uint64_t mtime;              /* timebase ticks */
    unsigned events;
    CharBackend out;
    size_t output;               /* bytes the UART sent */
    uint8_t last_out;
} Board;

static Board board;

static const struct {
    const char *name;            /* in the device registry */
    uint64_t size;
    const MmioOps *ops;
    uint32_t base[4];            /* where the register groups start */
} devs[NDEV] = {
    { "riscv.sifive.plic", PLIC_SIZE, &plic_mmio_ops, { 0, 0x1000, 0x2000, 0x200000 } },
    { "riscv.sifive.clint", CLINT_SIZE, &clint_mmio_ops, { 0, 0x4000, 0xbff8, 0 } },
    { "serial", UART_SIZE, &uart_mmio_ops, { 0 } },
    { "goldfish_rtc", GOLDFISH_RTC_SIZE, &goldfish_rtc_mmio_ops, { 0 } },
    { "riscv.sifive.test", SYSCON_SIZE, &syscon_mmio_ops, { 0 } },
};

static void *dev_of(int d)
{
    void *const p[NDEV] = { board.plic, board.clint, board.uart, board.rtc, board.syscon };
    return p[d];
}

/* A line into the recorder; the UART's and the RTC's go on to the PLIC. */
static void line_set(void *ctx, int line, int level)
{
    if (level != 0 && level != 1) {
        fail("a line driven with a level other than 0 or 1");
    }
    board.level[line] = level;
    if (line == L_UART || line == L_RTC) {
        plic_set_irq(board.plic, line == L_UART ? UART_IRQ : RTC_IRQ, level);
    }
}

static IrqLine line(int n) { return (IrqLine){ line_set, NULL, n }; }

static uint64_t get_mtime(void *opaque) { return board.mtime; }

static uint64_t get_wall(void *opaque) { return 1700000000000000000ull + board.mtime * 100; }

static void on_event(void *opaque, int event, int code)
{
    (void)opaque, (void)event, (void)code;
    board.events++;
}

static void out_write(CharBackend *c, const uint8_t *buf, size_t len)
{
    if (!buf || len != 1) {
        fail("UART output that is not one byte");
    }
    board.last_out = buf[0];   /* read: ASan checks the byte */
    board.output++;
}

static uint64_t rd(int d, uint64_t off, int size)
{
    return devs[d].ops->read(dev_of(d), off, size);
}

/* --- the PLIC as its registers describe it --------------------------------------- */

/* The source a claim by each context should return (0 for none). */
static void plic_expected(uint32_t best[PLIC_CTX])
{
    enum { WORDS = PLIC_NUM_SOURCES / 32 };
    uint32_t pend[WORDS], en[PLIC_CTX][WORDS], best_prio[PLIC_CTX];
    for (int w = 0; w < WORDS; w++) {
        pend[w] = (uint32_t)rd(D_PLIC, 0x1000 + 4 * w, 4);
        for (int ctx = 0; ctx < PLIC_CTX; ctx++) {
            en[ctx][w] = (uint32_t)rd(D_PLIC, 0x2000 + 0x80 * ctx + 4 * w, 4);
        }
    }
    for (int ctx = 0; ctx < PLIC_CTX; ctx++) {
        best[ctx] = 0;
        best_prio[ctx] = (uint32_t)rd(D_PLIC, 0x200000 + 0x1000 * ctx, 4);
    }
    for (uint32_t irq = 1; irq < PLIC_NUM_SOURCES; irq++) {
        if (!(pend[irq / 32] >> (irq % 32) & 1)) {
            continue;
        }
        uint32_t prio = (uint32_t)rd(D_PLIC, 4 * irq, 4);
        for (int ctx = 0; ctx < PLIC_CTX; ctx++) {
            if ((en[ctx][irq / 32] >> (irq % 32) & 1) && prio > best_prio[ctx]) {
                best[ctx] = irq;
                best_prio[ctx] = prio;
            }
        }
    }
}

static void check_plic(void)
{
    uint32_t best[PLIC_CTX];
    plic_expected(best);
    for (int ctx = 0; ctx < PLIC_CTX; ctx++) {
        if (board.level[L_MEIP + ctx] != (best[ctx] != 0)) {
            fail("a PLIC context's line does not follow pending, enable and threshold");
        }
    }
}

/* --- the other devices' invariants ------------------------------------------------- */

static void check_clint_timer(void)
{
    uint64_t cmp = rd(D_CLINT, 0x4000, 8);
    uint64_t until = clint_ticks_until_timer(board.clint);
    if (board.level[L_MTIP] != (board.mtime >= cmp)) {
        fail("MTIP does not follow mtime >= mtimecmp after an update");
    }
    if (until != (cmp == UINT64_MAX ? UINT64_MAX : board.mtime >= cmp ? 0 : cmp - board.mtime)) {
        fail("clint_ticks_until_timer disagrees with mtimecmp");
    }
}

static void check_lines(void)
{
    /* Levels first: the reads below update the UART's line themselves. */
    int uart = board.level[L_UART], rtc = board.level[L_RTC], msip = board.level[L_MSIP];
    if (msip != (int)(rd(D_CLINT, 0, 4) & 1)) {
        fail("msip's line does not follow msip");
    }
    uint8_t lcr = (uint8_t)rd(D_UART, 3, 1);
    uint8_t lsr = (uint8_t)rd(D_UART, 5, 1);
    uint8_t ier = 0;
    if (!(lcr & 0x80)) {
        ier = (uint8_t)rd(D_UART, 1, 1);
        if ((ier & 1) && (lsr & 1) && !uart) {
            fail("the UART's line is low with received data and its interrupt enabled");
        }
        if (!(ier & 3) && uart) {
            fail("the UART's line is high with no interrupt enabled");
        }
    }
    if (!(rd(D_RTC, 0x10, 4) & 1) && rtc) {
        fail("the RTC's line is high with its interrupt disabled");
    }
    check_plic();
}

/* Saves device d through its DeviceInfo, loads it back, saves again. */
static void save_load(int d)
{
    const DeviceInfo *info = device_find(devs[d].name);
    if (!info || !info->save) {
        return;
    }
    StateWriter w1, w2;
    StateReader r;
    char err[200];
    state_writer_init(&w1);
    state_writer_init(&w2);
    if (info->save(dev_of(d), &w1) != 0 || w1.failed) {
        fail("a device could not save its state");
    }
    state_reader_init(&r, w1.buf, w1.len);
    if (info->load(dev_of(d), &r, err, sizeof(err)) != 0) {
        fail("a device refused the state it saved");
    }
    if (info->save(dev_of(d), &w2) != 0 || w1.len != w2.len || memcmp(w1.buf, w2.buf, w1.len)) {
        fail("a device's state changed in a save/load round trip");
    }
    state_writer_free(&w1);
    state_writer_free(&w2);
}

/* --- the input ------------------------------------------------------------------------- */

typedef struct In {
    const uint8_t *p;
    size_t n;
} In;

static uint64_t take(In *in, int bytes)
{
    uint64_t v = 0;
    for (int i = 0; i < bytes; i++) {
        if (in->n) {
            v |= (uint64_t)*in->p++ << (8 * i);
            in->n--;
        }
    }
    return v;
}

static void slice_updates(void)
{
    clint_update(board.clint);
    goldfish_rtc_update(board.rtc);
    check_clint_timer();
}

/* An MMIO access. op bits 3-5: the device (% 5), bits 6-7: the register
 * group (devs[].base); then u16 offset from that base, u8 size (bits 0-1:
 * 4, 1, 2, 8), and for a write the value (u32, u64 for size 8). */
static void mmio(In *in, uint8_t op, bool write)
{
    static const int sizes[4] = { 4, 1, 2, 8 };
    int d = (op >> 3 & 7) % NDEV;
    uint64_t off = devs[d].base[op >> 6] + take(in, 2);
    int size = sizes[take(in, 1) & 3];
    uint64_t v = write ? take(in, size == 8 ? 8 : 4) : 0;
    if (off + (uint64_t)size > devs[d].size) {
        off %= devs[d].size - (uint64_t)size + 1;
    }
    if (d == D_PLIC && !write && size == 4 && off >= 0x200000 && (off - 0x200000) % 0x1000 == 4) {
        uint64_t ctx = (off - 0x200000) / 0x1000;
        uint32_t best[PLIC_CTX];
        plic_expected(best);
        uint32_t want = ctx < PLIC_CTX ? best[ctx] : 0;
        if (rd(d, off, size) != want) {
            fail("a PLIC claim did not return the best pending source");
        }
        return;
    }
    if (!write) {
        rd(d, off, size);
        return;
    }
    unsigned events = board.events;
    devs[d].ops->write(dev_of(d), off, v, size);
    if (board.events != events) {
        uint16_t cmd = (uint16_t)v;
        if (d != D_SYSCON || off != 0 || size < 2 || board.events != events + 1 ||
            (cmd != 0x5555 && cmd != 0x3333 && cmd != 0x7777)) {
            fail("the finisher reported an event for a write it does not document");
        }
    }
}

/* One operation; false at the end of the input. */
static bool run_op(In *in)
{
    if (!in->n) {
        return false;
    }
    uint8_t op = (uint8_t)take(in, 1);
    switch (op & 7) {
    case 0:
        mmio(in, op, true);
        break;
    case 1:
        mmio(in, op, false);
        break;
    case 2:     /* time: u32 ticks (bit 3: << 32), then the per-slice updates */
        board.mtime += take(in, 4) << (op & 8 ? 32 : 0);
        slice_updates();
        break;
    case 3:     /* a PLIC source line: u8 source (signed), bit 3 the level */
        plic_set_irq(board.plic, (int8_t)take(in, 1), op >> 3 & 1);
        break;
    case 4: {   /* UART input: u8 length, bytes */
        uint8_t buf[256];
        size_t len = (size_t)take(in, 1);
        for (size_t i = 0; i < len; i++) {
            buf[i] = (uint8_t)take(in, 1);
        }
        if (uart_receive(board.uart, buf, len) > len) {
            fail("the UART took more input than it was offered");
        }
        break;
    }
    case 5:
        slice_updates();
        break;
    case 6:     /* bits 3-5: the device (% 5) to save and load back */
        save_load((op >> 3 & 7) % NDEV);
        break;
    case 7: {   /* bits 3-5: the device (% 5) the board resets */
        int d = (op >> 3 & 7) % NDEV;
        const DeviceInfo *info = device_find(devs[d].name);
        if (info && info->reset) {
            info->reset(dev_of(d));
        }
        break;
    }
    }
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    memset(&board, 0, sizeof(board));
    chardev_init(&board.out);
    board.out.write = out_write;
    board.mtime = 1000;
    const IrqLine ctx_lines[PLIC_CTX] = { line(L_MEIP), line(L_SEIP) };
    board.plic = plic_create(PLIC_CTX, ctx_lines);
    const IrqLine msip = line(L_MSIP), mtip = line(L_MTIP);
    board.clint = clint_create(1, &msip, &mtip, get_mtime, NULL);
    board.uart = uart_create(line(L_UART), &board.out);
    board.rtc = goldfish_rtc_create(line(L_RTC), get_wall, NULL);
    board.syscon = syscon_create(on_event, NULL);
    if (!board.plic || !board.clint || !board.uart || !board.rtc || !board.syscon) {
        fail("out of memory");
    }
    In in = { data, size };
    for (int i = 0; i < OPS_MAX && run_op(&in); i++) {
        check_lines();
    }
    plic_destroy(board.plic);
    clint_destroy(board.clint);
    uart_destroy(board.uart);
    goldfish_rtc_destroy(board.rtc);
    syscon_destroy(board.syscon);
    return 0;
}

/* --- seeds ----------------------------------------------------------------------------- */

typedef struct Seed {
    uint8_t b[1024];
    size_t n;
} Seed;

static void s8(Seed *s, unsigned v) { s->b[s->n++] = (uint8_t)v; }

static void sn(Seed *s, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++) {
        s8(s, (unsigned)(v >> (8 * i)) & 0xff);
    }
}

/* size: 4, 1, 2 or 8 bytes. */
static unsigned size_code(int size) { return size == 1 ? 1 : size == 2 ? 2 : size == 8 ? 3 : 0; }

static void s_write(Seed *s, int d, int group, uint16_t off, int size, uint64_t v)
{
    s8(s, (unsigned)(group << 6 | d << 3 | 0));
    sn(s, off, 2);
    s8(s, size_code(size));
    sn(s, v, size == 8 ? 8 : 4);
}

static void s_read(Seed *s, int d, int group, uint16_t off, int size)
{
    s8(s, (unsigned)(group << 6 | d << 3 | 1));
    sn(s, off, 2);
    s8(s, size_code(size));
}

static void s_time(Seed *s, uint32_t ticks)
{
    s8(s, 2);
    sn(s, ticks, 4);
}

/* PLIC: two sources of different priority, claimed and completed by
 * context 1; a line that stays high comes back after completion. */
static void seed_plic(Seed *s)
{
    s_write(s, D_PLIC, 0, 4 * 5, 4, 3);         /* priority[5] = 3 */
    s_write(s, D_PLIC, 0, 4 * 40, 4, 6);        /* priority[40] = 6 */
    s_write(s, D_PLIC, 2, 0x80, 4, 1u << 5);    /* context 1 enables 5 ... */
    s_write(s, D_PLIC, 2, 0x84, 4, 1u << 8);    /* ... and 40 */
    s_write(s, D_PLIC, 3, 0x1000, 4, 1);        /* threshold 1 */
    s8(s, 3 | 8);                               /* source 5 high */
    s8(s, 5);
    s8(s, 3 | 8);                               /* source 40 high */
    s8(s, 40);
    s_read(s, D_PLIC, 3, 0x1004, 4);            /* claim: 40 */
    s8(s, 3);                                   /* source 40 low */
    s8(s, 40);
    s_write(s, D_PLIC, 3, 0x1004, 4, 40);       /* complete */
    s_read(s, D_PLIC, 3, 0x1004, 4);            /* claim: 5 */
    s_write(s, D_PLIC, 3, 0x1004, 4, 5);        /* complete: 5 is pending again */
    s_read(s, D_PLIC, 1, 0, 4);                 /* pending word 0 */
    s8(s, 6 | D_PLIC << 3);
    s8(s, 7 | D_PLIC << 3);
}

/* CLINT: msip, a timer set with two 4-byte writes, time passing it. */
static void seed_clint(Seed *s)
{
    s_write(s, D_CLINT, 0, 0, 4, 1);
    s_write(s, D_CLINT, 1, 0, 4, 5000);
    s_write(s, D_CLINT, 1, 4, 4, 0);
    s_time(s, 3000);
    s_time(s, 3000);
    s_read(s, D_CLINT, 2, 0, 8);                /* mtime */
    s_write(s, D_CLINT, 1, 0, 8, UINT64_MAX);
    s_write(s, D_CLINT, 0, 0, 1, 0);
    s8(s, 6 | D_CLINT << 3);
    s8(s, 5);
}

/* UART: divisor latch, FIFO, interrupts for received data and THR empty,
 * output, loopback. */
static void seed_uart(Seed *s)
{
    s_write(s, D_UART, 0, 3, 1, 0x83);          /* DLAB */
    s_write(s, D_UART, 0, 0, 1, 1);
    s_write(s, D_UART, 0, 3, 1, 0x03);
    s_write(s, D_UART, 0, 2, 1, 0x07);          /* FIFO on, cleared */
    s_write(s, D_UART, 0, 1, 1, 0x03);          /* RDI | THRI */
    s_write(s, D_UART, 0, 0, 1, 'x');
    s_read(s, D_UART, 0, 2, 1);                 /* IIR */
    s8(s, 4);
    s8(s, 3);
    s8(s, 'a'), s8(s, 'b'), s8(s, 'c');
    s_read(s, D_UART, 0, 0, 1);
    s_read(s, D_UART, 0, 5, 1);
    s_write(s, D_UART, 0, 4, 1, 0x1f);          /* loopback */
    s_write(s, D_UART, 0, 0, 1, 'y');
    s_read(s, D_UART, 0, 6, 1);
    s_read(s, D_UART, 0, 0, 1);
    s8(s, 6 | D_UART << 3);
    s8(s, 7 | D_UART << 3);
}

/* RTC and finisher: set the clock, an alarm that fires, clear it; a
 * failing exit code, a reset, and writes the finisher ignores. */
static void seed_rtc_syscon(Seed *s)
{
    s_write(s, D_RTC, 0, 0x04, 4, 0x12345678);
    s_write(s, D_RTC, 0, 0x00, 4, 0x9abcdef0);
    s_read(s, D_RTC, 0, 0x00, 4);
    s_read(s, D_RTC, 0, 0x04, 4);
    s_write(s, D_RTC, 0, 0x10, 4, 1);
    s_write(s, D_RTC, 0, 0x0c, 4, 0x12345678);
    s_write(s, D_RTC, 0, 0x08, 4, 0x9abcdef0 + 500000);
    s_time(s, 10000);
    s_read(s, D_RTC, 0, 0x18, 4);
    s_write(s, D_RTC, 0, 0x1c, 4, 1);
    s8(s, 6 | D_RTC << 3);
    s_write(s, D_SYSCON, 0, 0, 4, 0x00033333);
    s_write(s, D_SYSCON, 0, 0, 2, 0x7777);
    s_write(s, D_SYSCON, 0, 0, 1, 0x55);
    s_write(s, D_SYSCON, 0, 4, 4, 0x5555);
}

int fuzz_write_seeds(const char *dir)
{
    static const struct {
        const char *name;
        void (*make)(Seed *s);
    } seeds[] = {
        { "plic", seed_plic }, { "clint", seed_clint }, { "uart", seed_uart },
        { "rtc-syscon", seed_rtc_syscon },
    };
    for (size_t i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++) {
        static Seed s;
        char name[64];
        s.n = 0;
        seeds[i].make(&s);
        snprintf(name, sizeof(name), "%s.bin", seeds[i].name);
        if (fuzz_save(dir, name, s.b, s.n) != 0) {
            return -1;
        }
    }
    return 0;
}

