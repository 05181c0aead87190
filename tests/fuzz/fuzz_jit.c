/* libFuzzer target: the translator (emu/jit/) against the interpreter on
 * whatever code the input holds. Two RV64 harts start from the same state
 * over two copies of the same RAM, one translating every block at once,
 * one interpreting, and run in lockstep steps of 1 to 64 instructions.
 *
 * Input:
 *   byte 0      the privilege to start in (0, 1, anything else: M)
 *   bytes 1-8   mstatus bits OR-ed in (FS, SUM, MXR ... as the hart's
 *               WARL rules let them through)
 *   bytes 9-16  the seed of the step sizes
 *   rest        the first bytes of RAM (64 KiB at 0x80000000), where both
 *               harts start with x1..x31 = RAM addresses spread over it
 * A small device at 0x10000000 answers reads with a value mixed from the
 * address and a per-hart counter and logs writes. mtvec points at RAM +
 * 0x1000, whose code the input may also supply.
 *
 * What must hold, besides no crash and no sanitizer report: after every
 * step both harts have the same registers, pc, privilege, fflags, frm,
 * instret, trap CSRs and mstatus, the same RAM, and the device saw the
 * same reads and writes. "--write-seeds DIR" writes corpus/jit/. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu/hart.h"
#include "emu/jit/jit.h"
#include "tests/fuzz/fuzzlib.h"
#include "tests/fuzz/seed.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (64u << 10)
#define DEV_BASE 0x10000000ull
#define STEPS 200

typedef struct Side {
    Hart h;
    uint8_t *ram;
    uint64_t dev_count, dev_log;
} Side;

static Side sides[2];

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_jit: %s (pc %llx / %llx)\n", what,
            (unsigned long long)sides[0].h.pc, (unsigned long long)sides[1].h.pc);
    abort();
}

static bool dev_read(void *opaque, uint64_t pa, int size, uint64_t *v)
{
    Side *s = opaque;
    if (pa - DEV_BASE >= 0x100) {
        return false;
    }
    uint64_t x = (pa * 0x9e3779b97f4a7c15ull) ^ (s->dev_count++ * 0x100000001b3ull);
    *v = size == 8 ? x : x & ((1ull << (8 * size)) - 1);
    return true;
}

static bool dev_write(void *opaque, uint64_t pa, int size, uint64_t v)
{
    Side *s = opaque;
    if (pa - DEV_BASE >= 0x100) {
        return false;
    }
    s->dev_log = (s->dev_log ^ pa ^ ((uint64_t)size << 56) ^ v) * 0x100000001b3ull;
    return true;
}

static uint64_t get_time(void *opaque)
{
    return ((Side *)opaque)->h.instret / 10;
}

static bool same(const Side *a, const Side *b)
{
    const Hart *x = &a->h, *y = &b->h;
    return !memcmp(x->x, y->x, 32 * sizeof(x->x[0])) && !memcmp(x->f, y->f, sizeof(x->f)) &&
           x->pc == y->pc && x->priv == y->priv && x->fflags == y->fflags && x->frm == y->frm &&
           x->instret == y->instret && x->mepc == y->mepc && x->mcause == y->mcause &&
           x->mtval == y->mtval && x->sepc == y->sepc && x->scause == y->scause &&
           x->stval == y->stval && x->mstatus == y->mstatus &&
           a->dev_count == b->dev_count && a->dev_log == b->dev_log &&
           !memcmp(a->ram, b->ram, RAM_SIZE);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 17 || !jit_supported()) {
        return 0;
    }
    jit_set_hot_runs(1);
    uint64_t status, seed;
    memcpy(&status, data + 1, 8);
    memcpy(&seed, data + 9, 8);
    for (int i = 0; i < 2; i++) {
        Side *s = &sides[i];
        memset(s, 0, sizeof(*s));
        s->ram = calloc(1, RAM_SIZE + 8);
        if (!s->ram) {
            fail("out of memory");
        }
        size_t n = size - 17 < RAM_SIZE ? size - 17 : RAM_SIZE;
        memcpy(s->ram, data + 17, n);
        HartBus bus = { .opaque = s, .ram = s->ram, .ram_base = RAM_BASE, .ram_size = RAM_SIZE,
                        .mmio_read = dev_read, .mmio_write = dev_write, .get_time = get_time };
        hart_init(&s->h, &bus, 0, RAM_BASE, 64);
        s->h.jit = i ? jit_create() : NULL;
        for (int r = 1; r < 32; r++) {
            s->h.x[r] = RAM_BASE + (uint64_t)r * 0x7f8;
        }
        s->h.x[31] = DEV_BASE;
        s->h.mtvec = RAM_BASE + 0x1000;
        s->h.mstatus |= status & (3ull << 13 | 1ull << 18 | 1ull << 19);
        s->h.priv = data[0] == 0 ? 0 : data[0] == 1 ? 1 : 3;
    }
    for (int step = 0; step < STEPS; step++) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        int64_t k = 1 + (int64_t)((seed >> 33) % 64);
        int64_t ra = hart_run(&sides[0].h, k), rb = hart_run(&sides[1].h, k);
        if (ra != rb) {
            fail("the harts ran different numbers of instructions");
        }
        if (!same(&sides[0], &sides[1])) {
            fail("the translator and the interpreter disagree");
        }
    }
    for (int i = 0; i < 2; i++) {
        hart_free(&sides[i].h);
        free(sides[i].ram);
    }
    return 0;
}

/* --- seeds ----------------------------------------------------------------- */

static void s64(Seed *s, uint64_t v)
{
    s32(s, (uint32_t)v), s32(s, (uint32_t)(v >> 32));
}

/* A loop of integer, M and memory work with a branch; then a load from
 * the device and a store to it; an ecall to the trap vector, which returns
 * with mret. */
static void seed_loop(Seed *s)
{
    s8(s, 3);
    s64(s, 1ull << 13);                   /* FS = Initial */
    s64(s, 12345);
    static const uint32_t code[] = {
        0x00a00293,   /* li t0, 10 */
        0x00150513,   /* 1: addi a0, a0, 1 */
        0x02b50633,   /* mul a2, a0, a1 */
        0x00c6b023,   /* sd a2, 0(a3) */
        0x0006b703,   /* ld a4, 0(a3) */
        0xfff28293,   /* addi t0, t0, -1 */
        0xfe0296e3,   /* bnez t0, 1b */
        0x000fb783,   /* ld a5, 0(t6) */
        0x00ffb423,   /* sd a5, 8(t6) */
        0x00000073,   /* ecall */
        0x0000006f,   /* j . */
    };
    for (size_t i = 0; i < sizeof(code) / 4; i++) {
        s32(s, code[i]);
    }
    while (s->n < 17 + 0x1000) {
        s8(s, 0);
    }
    /* the trap vector: mepc += 4; mret */
    s32(s, 0x34102f73);   /* csrr t5, mepc */
    s32(s, 0x004f0f13);   /* addi t5, t5, 4 */
    s32(s, 0x341f1073);   /* csrw mepc, t5 */
    s32(s, 0x30200073);   /* mret */
}

int fuzz_write_seeds(const char *dir)
{
    static Seed a;
    seed_loop(&a);
    return fuzz_save(dir, "loop", a.b, a.n);
}
