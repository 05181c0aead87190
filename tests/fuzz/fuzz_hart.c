/* libFuzzer target: one hart in a sandbox (emu/hart.h), RV64 and then RV32,
 * running whatever instructions the input holds, plus the disassembler
 * (emu/disasm.h) and hart_debug_dest_reg on the same words.
 *
 * Input:
 *   byte 0   bits 0-1: the privilege the hart starts in (2 means M);
 *            bit 2: the first 64 instructions go through hart_debug_step;
 *            bit 3: the word at RAM + 0x1000 is watched (HartBus.watch_paddr)
 *   byte 1   bits 0-2: how many register records follow
 *   records  u16 LE register number (GDB numbering, emu/debug.h; taken
 *            modulo DBG_REG_PRIV + 1) and u64 LE value, written with
 *            hart_debug_set_reg (so CSRs obey their WARL rules)
 *   rest     the first bytes of RAM (64 KiB at 0x80000000), where the hart
 *            starts; RAM past them is zero
 * The bus has a small device at 0x10000000 (0x100 bytes): reads return a
 * value mixed from the address and a counter; a write at offset 0 sets MEIP
 * to bit 0 of the value, at 8 MTIP, at 0x18 SEIP, at 0x10 ends the slice.
 * Every other address outside RAM is refused (an access fault). The hart
 * runs at most 10000 instructions; a hart idle in WFI is woken with a
 * timer interrupt, then by hart_wake.
 *
 * What must hold: no crash, out-of-bounds access or undefined behaviour
 * (traps are fine); afterwards the hart is in U, S or M mode with an even
 * pc and x0 reads 0. The disassembler returns 2 or 4 as the encoding says,
 * always NUL-terminates and never writes past the size it is given.
 *
 * The seeds (corpus/hart/) are small programs assembled with
 * riscv64-linux-gnu-gcc: integer, atomics, compressed and traps; an Sv39
 * gigapage and a drop to S mode; F and D; the device's interrupts and WFI;
 * Zba/Zbb/Zbc/Zbs, Zicond and cbo.zero; Sdtrig triggers (triggers.bin: an
 * M load/store trigger set by register records, loads, stores, FP, LR/SC
 * and AMOs that fire it with mstatus.MIE = 1 and a handler that skips
 * them, then an execute trigger the program arms itself). */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "emu/debug.h"
#include "emu/disasm.h"
#include "emu/hart.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (64u << 10)
#define DEV_BASE 0x10000000ull
#define DEV_SIZE 0x100
#define MAX_INSNS 10000
#define STEPPED 64
#define DISASM_WORDS 512

enum { IN_PRIV = 3, IN_STEP = 1 << 2, IN_WATCH = 1 << 3 };

static uint8_t *ram;   /* RAM_SIZE + 8 bytes of slack (hart_init) */
static Hart hart;
static uint64_t dev_reads, ticks;

static bool dev_read(void *opaque, uint64_t pa, int size, uint64_t *v)
{
    (void)opaque;
    if (pa - DEV_BASE >= DEV_SIZE) {
        return false;
    }
    uint64_t x = (pa + ++dev_reads) * 0x9e3779b97f4a7c15ull;
    *v = size == 8 ? x : x & ((1ull << (8 * size)) - 1);
    return true;
}

static bool dev_write(void *opaque, uint64_t pa, int size, uint64_t v)
{
    Hart *h = opaque;
    (void)size;
    if (pa - DEV_BASE >= DEV_SIZE) {
        return false;
    }
    switch (pa - DEV_BASE) {
    case 0x00: hart_set_irq(h, MIP_MEIP, v & 1); break;
    case 0x08: hart_set_irq(h, MIP_MTIP, v & 1); break;
    case 0x18: hart_set_irq(h, MIP_SEIP, v & 1); break;
    case 0x10: hart_end_slice(h); break;
    default: break;
    }
    return true;
}

static uint64_t get_time(void *opaque)
{
    (void)opaque;
    return ticks += 7;
}

static uint64_t le(const uint8_t *p, int n)
{
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--) {
        v = v << 8 | p[i];
    }
    return v;
}

static void run(Hart *h, bool step)
{
    int64_t left = MAX_INSNS;
    int idle = 0;
    for (int i = 0; i < 200 && left > 0; i++) {
        int64_t n;
        if (step && i < STEPPED) {
            HartStep s;
            n = hart_debug_step(h, &s);
            if (n != 0 && n != 1) {
                abort();
            }
        } else {
            n = hart_run(h, left);
            if (n < 0) {
                abort();
            }
        }
        left -= n > 0 ? n : 1;
        if (hart_idle(h)) {
            /* Waiting in WFI: first an interrupt, then a plain wake-up. */
            if (idle++ & 1) {
                hart_wake(h);
            } else {
                hart_set_irq(h, MIP_MTIP, true);
            }
        }
    }
}

static void check_hart(Hart *h)
{
    uint64_t v = 1, priv = 9;
    if (!hart_debug_get_reg(h, 0, &v) || v != 0 || !hart_debug_get_reg(h, DBG_REG_PRIV, &priv) ||
        (priv != PRV_U && priv != PRV_S && priv != PRV_M) || (h->pc & 1)) {
        abort();
    }
}

static void run_hart(const uint8_t *data, size_t size, int xlen)
{
    HartBus bus = {
        .opaque = &hart, .ram = ram, .ram_base = RAM_BASE, .ram_size = RAM_SIZE,
        .mmio_read = dev_read, .mmio_write = dev_write, .get_time = get_time,
    };
    uint8_t flags = size > 0 ? data[0] : 0;
    unsigned nregs = size > 1 ? data[1] & 7 : 0;
    size_t off = 2;

    if (flags & IN_WATCH) {
        bus.watch_paddr = RAM_BASE + 0x1000;
    }
    dev_reads = ticks = 0;
    memset(ram, 0, RAM_SIZE + 8);
    hart_init(&hart, &bus, 0, RAM_BASE, xlen);
    for (unsigned i = 0; i < nregs && off + 10 <= size; i++, off += 10) {
        int regno = (int)(le(data + off, 2) % (DBG_REG_PRIV + 1));
        hart_debug_set_reg(&hart, regno, le(data + off + 2, 8));
    }
    if (off < size) {
        size_t n = size - off < RAM_SIZE ? size - off : RAM_SIZE;
        memcpy(ram, data + off, n);
    }
    int priv = flags & IN_PRIV;
    hart_debug_set_reg(&hart, DBG_REG_PRIV, priv == 2 ? PRV_M : (uint64_t)priv);
    run(&hart, flags & IN_STEP);
    check_hart(&hart);
    hart_free(&hart);
}

/* disasm of insn at both widths, into a roomy buffer and a tight one. */
static void disasm_word(uint32_t insn, uint64_t pc)
{
    for (int xlen = 32; xlen <= 64; xlen += 32) {
        char buf[128], tight[8];
        int want = (insn & 3) == 3 ? 4 : 2;
        if (disasm(buf, sizeof(buf), pc, insn, xlen) != want || !memchr(buf, 0, sizeof(buf))) {
            abort();
        }
        size_t n = 1 + insn % sizeof(tight);
        memset(tight, 0x55, sizeof(tight));
        if (disasm(tight, n, pc, insn, xlen) != want || !memchr(tight, 0, n)) {
            abort();
        }
        for (size_t i = n; i < sizeof(tight); i++) {
            if (tight[i] != 0x55) {
                abort();
            }
        }
        int rd = hart_debug_dest_reg(insn, xlen);
        if (rd < -1 || rd > DBG_REG_PRIV || rd == 0) {
            abort();
        }
        char tmp[24];
        const char *name = disasm_csr_name(insn >> 20, xlen, tmp, sizeof(tmp));
        if (name == tmp && !memchr(tmp, 0, sizeof(tmp))) {
            abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ram) {
        ram = malloc(RAM_SIZE + 8);
        if (!ram) {
            abort();
        }
    }
    run_hart(data, size, 64);
    run_hart(data, size, 32);

    /* The words as they would be fetched: at every halfword. */
    for (size_t i = 0; i + 4 <= size && i / 2 < DISASM_WORDS; i += 2) {
        disasm_word((uint32_t)le(data + i, 4), RAM_BASE + i);
    }
    return 0;
}
