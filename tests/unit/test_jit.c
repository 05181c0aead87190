/* The translator against the interpreter, in lockstep: random programs of
 * every instruction class (integer, M, A with LR/SC, F/D with every
 * rounding mode and a frm that may be invalid, C, Zb*, CSR reads and
 * writes, loads and stores across page boundaries, MMIO, branches and
 * jumps) run on two harts from the same state, one interpreting and one
 * translating. After every step of a random number of instructions the
 * architectural state must be identical: registers, pc, fflags, frm,
 * instret, the trap CSRs, guest memory and the device's log. A difference
 * prints the seed, the step, the pc and the instruction words there.
 *
 * Then targeted cases: code changed by a store and by "DMA" between runs,
 * fence.i after a store into the next instructions, a block that spans
 * into the next page, a fault in the middle of a block (precise mepc and
 * mtval, earlier stores done, later not), MMIO inside a block, and the
 * budget: a tight loop gives back control after exactly the instructions
 * it was allowed. RVBOX_JIT_SEEDS=N runs N programs (default 300). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu/hart.h"
#include "emu/jit/jit.h"
#include "testlib.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (1u << 20)
#define CODE 0x80000000ull
#define HANDLER 0x80008000ull
#define DATA 0x80010000ull
#define DATA_SIZE 0x10000u
#define DEV_BASE 0x10000000ull
#define MAX_INSNS 400

typedef struct Side {
    Hart h;
    uint8_t *ram;
    uint64_t dev_count, dev_log;
} Side;

static bool dev_read(void *opaque, uint64_t pa, int size, uint64_t *v)
{
    Side *s = opaque;
    if (pa - DEV_BASE >= 0x1000) {
        return false;
    }
    uint64_t x = (pa * 0x9e3779b97f4a7c15ull) ^ (s->dev_count++ * 0x100000001b3ull);
    *v = size == 8 ? x : x & ((1ull << (8 * size)) - 1);
    return true;
}

static bool dev_write(void *opaque, uint64_t pa, int size, uint64_t v)
{
    Side *s = opaque;
    if (pa - DEV_BASE >= 0x1000) {
        return false;
    }
    s->dev_log = (s->dev_log ^ pa ^ ((uint64_t)size << 56) ^ v) * 0x100000001b3ull;
    return true;
}

static uint64_t get_time(void *opaque)
{
    return ((Side *)opaque)->h.instret / 10;
}

static void side_init_xlen(Side *s, bool jit, int xlen)
{
    memset(s, 0, sizeof(*s));
    s->ram = calloc(1, RAM_SIZE + 8);
    HartBus bus = { .opaque = s, .ram = s->ram, .ram_base = RAM_BASE, .ram_size = RAM_SIZE,
                    .mmio_read = dev_read, .mmio_write = dev_write, .get_time = get_time };
    hart_init(&s->h, &bus, 0, CODE, xlen);
    s->h.jit = jit ? jit_create() : NULL;
}

static void side_init(Side *s, bool jit)
{
    side_init_xlen(s, jit, 64);
}

static void side_free(Side *s)
{
    hart_free(&s->h);
    free(s->ram);
}

/* --- a small random source (xorshift64*) --------------------------------- */

static uint64_t rng_state;

static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dull;
}

static uint32_t pick(uint32_t n)
{
    return (uint32_t)(rnd() % n);
}

/* --- encoders ----------------------------------------------------------------- */

static uint32_t r_type(uint32_t f7, uint32_t rs2, uint32_t rs1, uint32_t f3, uint32_t rd,
                       uint32_t opc)
{
    return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc;
}

static uint32_t i_type(int32_t imm, uint32_t rs1, uint32_t f3, uint32_t rd, uint32_t opc)
{
    return ((uint32_t)imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc;
}

static uint32_t s_type(int32_t imm, uint32_t rs2, uint32_t rs1, uint32_t f3, uint32_t opc)
{
    uint32_t u = (uint32_t)imm;
    return ((u >> 5) & 0x7f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (u & 31) << 7 | opc;
}

static uint32_t b_type(int32_t off, uint32_t rs2, uint32_t rs1, uint32_t f3)
{
    uint32_t u = (uint32_t)off;
    return ((u >> 12) & 1) << 31 | ((u >> 5) & 0x3f) << 25 | rs2 << 20 | rs1 << 15 |
           f3 << 12 | ((u >> 1) & 15) << 8 | ((u >> 11) & 1) << 7 | 0x63;
}

static uint32_t j_type(int32_t off, uint32_t rd)
{
    uint32_t u = (uint32_t)off;
    return ((u >> 20) & 1) << 31 | ((u >> 1) & 0x3ff) << 21 | ((u >> 11) & 1) << 20 |
           ((u >> 12) & 0xff) << 12 | rd << 7 | 0x6f;
}

/* Registers the generator never writes: data bases, the MMIO base, t6
 * (the trap handler's). */
static const uint32_t bases[] = { 8, 9, 18 };
#define MMIO_REG 19
#define TRAP_REG 31

static uint32_t any_rd(void)
{
    for (;;) {
        uint32_t r = pick(32);
        if (r != 8 && r != 9 && r != 18 && r != MMIO_REG && r != TRAP_REG && r != 2) {
            return r;
        }
    }
}

static uint32_t any_rs(void)
{
    return pick(32);
}

/* Appends one random instruction (or a compressed one) at *at. */
static void gen_one(uint8_t *code, uint32_t *at, uint32_t end)
{
    uint32_t w;
    uint32_t kind = pick(100);
    if (kind < 10) {   /* compressed: c.addi, c.li, c.mv, c.add, c.slli */
        uint32_t rd = any_rd(), rs2 = 1 + pick(31), imm = pick(64);
        uint16_t c;
        switch (pick(5)) {
        case 0: c = (uint16_t)(((imm >> 5) & 1) << 12 | rd << 7 | (imm & 31) << 2 | 1); break;
        case 1: c = (uint16_t)(2 << 13 | ((imm >> 5) & 1) << 12 | rd << 7 | (imm & 31) << 2 | 1); break;
        case 2: c = (uint16_t)(4 << 13 | rd << 7 | rs2 << 2 | 2); break;
        case 3: c = (uint16_t)(4 << 13 | 1 << 12 | rd << 7 | rs2 << 2 | 2); break;
        default: c = (uint16_t)(((imm >> 5) & 1) << 12 | rd << 7 | (imm & 31) << 2 | 2); break;
        }
        if (rd == 0) {
            c = 0x0001;   /* c.nop */
        }
        memcpy(code + *at, &c, 2);
        *at += 2;
        return;
    }
    uint32_t rd = any_rd(), rs1 = any_rs(), rs2 = any_rs();
    int32_t imm = (int32_t)pick(4096) - 2048;
    if (kind < 30) {   /* integer and M register-register, W forms */
        static const uint32_t ops[][2] = { { 0, 0 }, { 0x20, 0 }, { 0, 1 }, { 0, 2 }, { 0, 3 },
                                           { 0, 4 }, { 0, 5 }, { 0x20, 5 }, { 0, 6 }, { 0, 7 },
                                           { 1, 0 }, { 1, 1 }, { 1, 2 }, { 1, 3 }, { 1, 4 },
                                           { 1, 5 }, { 1, 6 }, { 1, 7 } };
        uint32_t i = pick(18);
        bool word = pick(3) == 0;
        if (word && (ops[i][0] == 0x20 || ops[i][0] == 0) && ops[i][1] != 0 && ops[i][1] != 1 &&
            ops[i][1] != 5) {
            word = false;   /* no W form */
        }
        if (word && ops[i][0] == 1 && ops[i][1] >= 1 && ops[i][1] <= 3) {
            word = false;   /* no mulhW */
        }
        w = r_type(ops[i][0], rs2, rs1, ops[i][1], rd, word ? 0x3b : 0x33);
    } else if (kind < 45) {   /* immediate forms */
        uint32_t f3 = pick(8);
        bool word = pick(3) == 0;
        if (f3 == 1) {
            imm = (int32_t)pick(word ? 32 : 64);
        } else if (f3 == 5) {
            imm = (int32_t)(pick(word ? 32 : 64) | (pick(2) ? (word ? 0x400 : 0x400) : 0));
        }
        if (word && f3 != 0 && f3 != 1 && f3 != 5) {
            word = false;
        }
        if (pick(16) == 0) {
            imm = (int32_t)pick(2);   /* identities and annihilators: x op 0, x op 1 */
        }
        w = i_type(imm, rs1, f3, rd, word ? 0x1b : 0x13);
        if (pick(8) == 0) {
            w = (uint32_t)(rnd() & 0xfffff000) | rd << 7 | (pick(2) ? 0x37 : 0x17);   /* lui/auipc */
        }
    } else if (kind < 62) {   /* loads and stores: data, near a page end, MMIO */
        uint32_t base = pick(6) == 0 ? MMIO_REG : bases[pick(3)];
        int32_t off = base == MMIO_REG ? (int32_t)pick(256) : (int32_t)pick(512) - 256;
        if (pick(2)) {
            w = i_type(off, base, pick(7), rd, 0x03);
        } else {
            w = s_type(off, rs2, base, pick(4), 0x23);
        }
    } else if (kind < 70) {   /* branches and jumps: mostly forward */
        int32_t off = 4 * (int32_t)(1 + pick(12));
        if (pick(6) == 0) {
            off = -off;
        }
        if ((int64_t)*at + off < 0 || *at + off >= end) {
            off = 4;
        }
        switch (pick(4)) {
        case 0: w = j_type(off, pick(2) ? 1 : 0); break;
        default: {
            static const uint32_t f3s[] = { 0, 1, 4, 5, 6, 7 };
            w = b_type(off, rs2, rs1, f3s[pick(6)]);
            break;
        }
        }
    } else if (kind < 78) {   /* Zb */
        static const uint32_t zb[] = {
            0x40007033, 0x40006033, 0x40004033, 0x0a004033, 0x0a006033, 0x0a005033,
            0x0a007033, 0x60001033, 0x60005033, 0x20002033, 0x20004033, 0x20006033,
            0x60001013, 0x60101013, 0x60201013, 0x60401013, 0x60501013, 0x0800403b,
            0x2000203b, 0x0a001033, 0x48001033, 0x28001033, 0x68001033,
        };
        w = (zb[pick(sizeof(zb) / 4)] & ~0x000f8f80u) | rd << 7 | rs1 << 15;
        if ((w & 0x7f) == 0x33 || (w & 0x7f) == 0x3b) {
            w = (w & ~0x01f00000u) | rs2 << 20;
        }
    } else if (kind < 88) {   /* F/D with a random rounding mode */
        static const uint32_t f7s[] = { 0x01, 0x05, 0x09, 0x0d, 0x00, 0x08, 0x0c, 0x2d, 0x2c,
                                        0x61, 0x69, 0x71, 0x15, 0x51, 0x21, 0x20 };
        static const uint32_t rms[] = { 0, 1, 2, 3, 4, 7, 7 };
        uint32_t f7 = f7s[pick(16)], rm = rms[pick(7)], frs2 = pick(32);
        if (f7 == 0x2d || f7 == 0x2c) {
            frs2 = 0;
        } else if (f7 == 0x61) {
            frs2 = pick(4);                 /* fcvt.{w,wu,l,lu}.d */
        } else if (f7 == 0x69) {
            frs2 = pick(4);                 /* fcvt.d.{w,wu,l,lu} */
        } else if (f7 == 0x71) {
            frs2 = 0, rm = pick(2);         /* fmv.x.d, fclass.d */
        } else if (f7 == 0x15) {
            rm = pick(2);                   /* fmin/fmax */
        } else if (f7 == 0x51) {
            rm = pick(3);                   /* fle, flt, feq */
        } else if (f7 == 0x21) {
            frs2 = 0;                       /* fcvt.d.s */
        } else if (f7 == 0x20) {
            frs2 = 1;                       /* fcvt.s.d */
        }
        uint32_t frd = (f7 == 0x61 || f7 == 0x71 || f7 == 0x51) ? any_rd() : pick(32);
        uint32_t frs1 = f7 == 0x69 ? any_rs() : pick(32);
        w = r_type(f7, frs2, frs1, rm, frd, 0x53);
        if (pick(5) == 0) {   /* fmadd.d / fmsub.d / fnmadd.d */
            w = pick(32) << 27 | 1 << 25 | pick(32) << 20 | pick(32) << 15 | rms[pick(7)] << 12 |
                pick(32) << 7 | (0x43 + 4 * pick(3));
        }
    } else if (kind < 94) {   /* CSR reads and writes of fflags, frm, fcsr, counters, mscratch */
        static const uint32_t csrs[] = { 0x001, 0x002, 0x003, 0xc02, 0xc00, 0x340 };
        uint32_t csr = csrs[pick(6)];
        uint32_t f3 = (csr >= 0xc00) ? 2 : 1 + pick(3);
        w = csr << 20 | (f3 == 2 && csr >= 0xc00 ? 0 : rs1) << 15 | f3 << 12 | rd << 7 | 0x73;
    } else {   /* AMOs and LR/SC on the data area */
        static const uint32_t f5s[] = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x08, 0x0c, 0x10, 0x14, 0x18,
                                        0x1c };
        uint32_t f5 = f5s[pick(11)];
        uint32_t base = bases[pick(3)];
        if (pick(4) == 0) {
            rd = base;   /* amoadd.d s0, a1, (s0): the address is read before rd is written */
        }
        w = f5 << 27 | (f5 == 0x02 ? 0 : rs2) << 20 | base << 15 | (2 + pick(2)) << 12 |
            rd << 7 | 0x2f;
    }
    memcpy(code + *at, &w, 4);
    *at += 4;
}

static void put32(uint8_t *ram, uint64_t addr, uint32_t w)
{
    memcpy(ram + (addr - RAM_BASE), &w, 4);
}

/* The trap handler: skip the 4-byte instruction that trapped. */
static void put_handler(uint8_t *ram)
{
    put32(ram, HANDLER + 0, 0x34102ff3);    /* csrr t6, mepc */
    put32(ram, HANDLER + 4, 0x004f8f93);    /* addi t6, t6, 4 */
    put32(ram, HANDLER + 8, 0x341f9073);    /* csrw mepc, t6 */
    put32(ram, HANDLER + 12, 0x30200073);   /* mret */
}

/* A program of n random instructions ending in a self-loop. */
static uint32_t make_program(uint8_t *ram, int n)
{
    uint8_t *code = ram + (CODE - RAM_BASE);
    uint32_t at = 0, end = (uint32_t)n * 4;
    while (at < end) {
        gen_one(code, &at, end);
    }
    put32(ram, CODE + at, 0x0000006f);      /* j . */
    return at + 4;
}

static void set_state(Side *s, const uint64_t *x, const uint64_t *f, uint32_t frm)
{
    Hart *h = &s->h;
    memcpy(h->x, x, 32 * sizeof(uint64_t));
    memcpy(h->f, f, sizeof(h->f));
    h->x[8] = DATA + 0x1000;
    h->x[9] = DATA + 0x8ff8;                /* accesses around a page boundary */
    h->x[18] = DATA + 0x4000 + 3;           /* misaligned */
    h->x[MMIO_REG] = DEV_BASE;
    if (h->xlen == 32) {   /* RV32 registers hold sign-extended 32-bit values */
        for (int i = 0; i < 32; i++) {
            h->x[i] = (uint64_t)(int64_t)(int32_t)h->x[i];
        }
    }
    h->frm = frm;
    h->mstatus |= 1ull << 13;               /* FS = Initial */
    h->mtvec = HANDLER;
    h->pc = CODE;
}

/* Compares the two sides; prints what differs. */
static bool same(const Side *a, const Side *b, uint64_t seed, int step)
{
    const Hart *x = &a->h, *y = &b->h;
    const char *what = NULL;
    int reg = -1;
    for (int i = 0; i < 32 && !what; i++) {
        if (x->x[i] != y->x[i]) {
            what = "x", reg = i;
        } else if (x->f[i] != y->f[i]) {
            what = "f", reg = i;
        }
    }
    if (!what) {
        what = x->pc != y->pc ? "pc" : x->fflags != y->fflags ? "fflags"
             : x->frm != y->frm ? "frm" : x->instret != y->instret ? "instret"
             : x->mepc != y->mepc ? "mepc" : x->mcause != y->mcause ? "mcause"
             : x->mtval != y->mtval ? "mtval" : x->mstatus != y->mstatus ? "mstatus"
             : x->reservation != y->reservation ? "reservation"
             : a->dev_log != b->dev_log || a->dev_count != b->dev_count ? "device"
             : memcmp(a->ram + (DATA - RAM_BASE), b->ram + (DATA - RAM_BASE), DATA_SIZE)
                   ? "memory" : NULL;
    }
    if (!what) {
        return true;
    }
    printf("  seed %" PRIu64 " (RV%d) step %d: %s", seed, x->xlen, step, what);
    if (reg >= 0) {
        printf("%d: interp %016" PRIx64 " jit %016" PRIx64, reg,
               what[0] == 'x' ? x->x[reg] : x->f[reg], what[0] == 'x' ? y->x[reg] : y->f[reg]);
    }
    printf("\n  pc interp %016" PRIx64 " jit %016" PRIx64 " instret %" PRIu64 "/%" PRIu64 "\n",
           x->pc, y->pc, x->instret, y->instret);
    uint64_t pc = x->pc - 16 >= CODE ? x->pc - 16 : CODE;
    printf("  words from %016" PRIx64 ":", pc);
    for (int i = 0; i < 8 && pc + 4 * (uint64_t)i < CODE + MAX_INSNS * 4; i++) {
        uint32_t w;
        memcpy(&w, a->ram + (pc - RAM_BASE) + 4 * i, 4);
        printf(" %08x", w);
    }
    printf("\n");
    return false;
}

/* One random program in lockstep (every fourth on RV32 harts, where the
 * RV64-only encodings trap). */
static bool lockstep(uint64_t seed)
{
    rng_state = seed * 0x9e3779b97f4a7c15ull + 1;
    static Side a, b;
    int xlen = seed % 4 == 0 ? 32 : 64;
    side_init_xlen(&a, false, xlen);
    side_init_xlen(&b, true, xlen);
    uint64_t x[32], f[32];
    for (int i = 0; i < 32; i++) {
        static const uint64_t special[] = { 0, 1, UINT64_MAX, 0x8000000000000000ull,
                                            0x7fffffffffffffffull, 0xffffffff80000000ull };
        x[i] = pick(4) == 0 ? special[pick(6)] : rnd();
        f[i] = pick(3) == 0 ? (0xffffffff00000000ull | (uint32_t)rnd()) : rnd();
    }
    x[0] = 0;
    uint32_t frm = pick(6) == 0 ? 5 + pick(2) : pick(5);
    int n = 20 + (int)pick(MAX_INSNS - 20);
    make_program(a.ram, n);
    for (uint32_t i = 0; i < DATA_SIZE; i += 8) {
        uint64_t v = rnd();
        memcpy(a.ram + (DATA - RAM_BASE) + i, &v, 8);
    }
    put_handler(a.ram);
    memcpy(b.ram, a.ram, RAM_SIZE);
    set_state(&a, x, f, frm);
    set_state(&b, x, f, frm);
    bool ok = true;
    for (int step = 0; step < 200 && ok; step++) {
        int64_t k = 1 + pick(step % 3 ? 40 : 200);
        int64_t ra = hart_run(&a.h, k), rb = hart_run(&b.h, k);
        ok = ra == rb && same(&a, &b, seed, step);
        if (ra != rb) {
            printf("  seed %" PRIu64 " step %d: ran %" PRId64 " vs %" PRId64 " (budget %" PRId64
                   ", instret %" PRIu64 "/%" PRIu64 ", pc %" PRIx64 "/%" PRIx64 ")\n", seed, step,
                   ra, rb, k, a.h.instret, b.h.instret, a.h.pc, b.h.pc);
        }
    }
    side_free(&a);
    side_free(&b);
    return ok;
}

/* --- targeted cases -------------------------------------------------------------- */

static Side t;

static void fresh(void)
{
    side_init(&t, true);
    put_handler(t.ram);
    t.h.mtvec = HANDLER;
}

static void prog(uint64_t addr, const uint32_t *w, int n)
{
    for (int i = 0; i < n; i++) {
        put32(t.ram, addr + 4 * (uint64_t)i, w[i]);
    }
}

/* Code changed under a translated block: by a store of the hart, by a
 * device (a host write into RAM), and fence.i after a store into the
 * very next instructions. */
static void test_self_modifying(void)
{
    fresh();
    /* loop: addi a0, a0, 1; j loop (at CODE) */
    const uint32_t loop[] = { 0x00150513, 0xffdff06f };
    prog(CODE, loop, 2);
    hart_run(&t.h, 100);
    CHECK(t.h.x[10] == 50);
    /* "DMA": addi a0, a0, 1 becomes addi a0, a0, 3 */
    put32(t.ram, CODE, 0x00350513);
    hart_run(&t.h, 100);
    CHECK(t.h.x[10] == 50 + 3 * 50);
    side_free(&t);

    /* sw t0, 8(t1) writes the next-but-one instruction; fence.i; it runs. */
    fresh();
    const uint32_t smc[] = {
        0x00532423,   /* sw t0, 8(t1) */
        0x0000100f,   /* fence.i */
        0x00000013,   /* nop, overwritten with addi a1, zero, 7 */
        0x0000006f,   /* j . */
    };
    prog(CODE, smc, 4);
    t.h.x[5] = 0x00700593;   /* addi a1, zero, 7 */
    t.h.x[6] = CODE;
    hart_run(&t.h, 10);
    CHECK(t.h.x[11] == 7);
    side_free(&t);
}

/* A block running to the end of its page goes on in the next page; a
 * 4-byte instruction straddling the boundary runs too. */
static void test_page_boundary(void)
{
    fresh();
    uint64_t at = CODE + 0xff8;
    const uint32_t w[] = { 0x00150513, 0x00150513, 0x00150513, 0x0000006f };
    prog(at, w, 4);
    t.h.pc = at;
    hart_run(&t.h, 3);
    CHECK(t.h.x[10] == 3 && t.h.pc == at + 12);
    side_free(&t);

    fresh();
    at = CODE + 0x1ffa;   /* c.addi a0, 1 then a 4-byte addi straddling */
    uint16_t c = 0x0505;
    memcpy(t.ram + (at - RAM_BASE), &c, 2);
    uint32_t addi = 0x00250513;   /* addi a0, a0, 2 */
    memcpy(t.ram + (at + 2 - RAM_BASE), &addi, 4);
    put32(t.ram, at + 6, 0x0000006f);
    t.h.pc = at;
    hart_run(&t.h, 2);
    CHECK(t.h.x[10] == 3 && t.h.pc == at + 6);
    side_free(&t);
}

/* A load from nowhere in the middle of a block: the store before it
 * happened, the one after it did not, mepc and mtval are exact. */
static void test_precise_fault(void)
{
    fresh();
    const uint32_t w[] = {
        0x00b43023,   /* sd a1, 0(s0) */
        0x00053603,   /* ld a2, 0(a0): a0 = 0x1000, nothing there */
        0x00b43423,   /* sd a1, 8(s0) */
        0x0000006f,
    };
    prog(CODE, w, 4);
    t.h.x[8] = DATA;
    t.h.x[10] = 0x1000;
    t.h.x[11] = 0x1122334455667788ull;
    hart_run(&t.h, 2);   /* the store and the faulting load */
    uint64_t first, second;
    memcpy(&first, t.ram + (DATA - RAM_BASE), 8);
    memcpy(&second, t.ram + (DATA - RAM_BASE) + 8, 8);
    CHECK(t.h.mepc == CODE + 4 && t.h.mcause == 5 && t.h.mtval == 0x1000);
    CHECK(first == 0x1122334455667788ull && second == 0);
    CHECK(t.h.instret == 1 && t.h.pc == HANDLER);
    side_free(&t);
}

/* MMIO inside a block: every access reaches the device in order. */
static void test_mmio(void)
{
    fresh();
    const uint32_t w[] = {
        0x0004b503,   /* ld a0, 0(s1) */
        0x00a4b423,   /* sd a0, 8(s1) */
        0x0104b583,   /* ld a1, 16(s1) */
        0x0000006f,
    };
    prog(CODE, w, 4);
    t.h.x[9] = DEV_BASE;
    hart_run(&t.h, 3);
    CHECK(t.dev_count == 2 && t.dev_log != 0 && t.h.x[10] != 0 && t.h.x[11] != 0 &&
          t.h.pc == CODE + 12);
    side_free(&t);
}

/* A tight loop gives control back after exactly its budget, block after
 * block, and translated code was used. */
static void test_budget(void)
{
    fresh();
    const uint32_t loop[] = { 0x00150513, 0x00158593, 0xff9ff06f };   /* addi; addi; j -8 */
    prog(CODE, loop, 3);
    JitStats before, after;
    jit_stats(&before);
    int64_t ran = 0;
    for (int i = 0; i < 50; i++) {
        ran += hart_run(&t.h, 7);
    }
    jit_stats(&after);
    CHECK(ran == 350 && t.h.instret == 350);
    CHECK(t.h.x[10] + t.h.x[11] == 350 - 350 / 3 && t.h.pc == CODE + 4 * (350 % 3));
    CHECK(after.blocks > before.blocks);
    /* Emptying the code buffer (what a full one does) loses nothing. */
    jit_flush();
    for (int i = 0; i < 50; i++) {
        ran += hart_run(&t.h, 7);
    }
    JitStats flushed;
    jit_stats(&flushed);
    CHECK(ran == 700 && t.h.x[10] + t.h.x[11] == 700 - 700 / 3 && flushed.flushes > after.flushes &&
          flushed.blocks > after.blocks);
    side_free(&t);
}

int main(void)
{
    if (!jit_supported()) {
        t_ok(false, "the translator runs on this host (x86-64 Linux)");
        return t_summary("test_jit");
    }
    jit_set_hot_runs(1);   /* translate every block at once */
    const char *env = getenv("RVBOX_JIT_SEEDS");
    int seeds = env ? atoi(env) : 300;
    int failed = 0;
    for (int s = 1; s <= seeds && failed < 3; s++) {
        failed += !lockstep((uint64_t)s);
    }
    char what[120];
    snprintf(what, sizeof(what), "%d random programs: translator and interpreter agree", seeds);
    t_ok(failed == 0, what);
    test_self_modifying();
    test_page_boundary();
    test_precise_fault();
    test_mmio();
    test_budget();
    return t_summary("test_jit");
}
