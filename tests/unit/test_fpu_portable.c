/* Unit test for emu/fpu.c's portable rounding path, the one the
 * WebAssembly build takes (no host FP flags or rounding modes): the same
 * fpu.c compiled with RVBOX_FPU_PORTABLE is run side by side with the
 * library's host-FPU build (x86-64 SSE, exact IEEE flags and modes) on
 * random and boundary operands, every arithmetic and conversion opcode and
 * every rounding mode; results and fflags must agree bit for bit. (The
 * portable path also passes test_fpu's QEMU-derived vectors: build that
 * test with -DRVBOX_FPU_PORTABLE emu/fpu.c.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu/fpu.h"

/* The portable build of fpu.c, under another name. */
#define RVBOX_FPU_PORTABLE 1
#define fpu_execute fpu_execute_portable
#include "emu/fpu.c"
#undef fpu_execute

static int passed, failed;

/* xorshift64*: reproducible operands. */
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dull;
}

/* An operand: random bits, or a boundary (zeros, the smallest and largest
 * subnormal and normal, one, infinities, NaNs) with a random sign, or one
 * near another operand (to get exact results, ties and cancellation). */
static uint64_t operand(bool dbl, uint64_t near)
{
    static const uint64_t sb[] = { 0, 1, 0x7fffff, 0x800000, 0x800001, 0x3f800000, 0x7f7fffff,
                                   0x7f800000, 0x7fc00000, 0x7f800001, 0x4b000000, 0x33800000,
                                   0x3f7fffff, 0x3f800001, 0x00ffffff };
    static const uint64_t db[] = { 0, 1, 0xfffffffffffffull, 0x10000000000000ull,
                                   0x3ff0000000000000ull, 0x7fefffffffffffffull,
                                   0x7ff0000000000000ull, 0x7ff8000000000000ull,
                                   0x7ff0000000000001ull, 0x4330000000000000ull,
                                   0x3ca0000000000000ull, 0x10000000000001ull,
                                   0x3fefffffffffffffull, 0x3ff0000000000001ull,
                                   0x1fffffffffffffull };
    uint64_t r = rnd(), v;
    switch (r % 8) {
    case 0: case 1:
        v = dbl ? db[(r >> 8) % 15] : sb[(r >> 8) % 15];
        v |= (r >> 20) & 1 ? (dbl ? 1ull << 63 : 1ull << 31) : 0;
        break;
    case 2: v = near + ((r >> 8) % 5) - 2; break;
    case 3: v = near ^ (dbl ? 1ull << 63 : 1ull << 31); break;   /* -near */
    case 4:   /* small exponents: subnormal and tiny results */
        v = dbl ? (rnd() & 0x801fffffffffffffull) : (rnd() & 0x80ffffffull);
        break;
    default: v = rnd(); break;
    }
    return dbl ? v : (0xffffffff00000000ull | (uint32_t)v);
}

/* OP-FP / FMA encodings with rd = 10, rs1 = 11, rs2 = 12, rs3 = 13 and
 * rm = 7 (dynamic: frm decides). fmt 0 = S, 1 = D. */
static uint32_t enc(unsigned funct7, unsigned rs2, unsigned rm)
{
    return funct7 << 25 | rs2 << 20 | 11u << 15 | rm << 12 | 10u << 7 | 0x53;
}

static uint32_t pick_insn(unsigned *dbl)
{
    unsigned fmt = rnd() & 1;
    *dbl = fmt;
    switch (rnd() % 12) {
    case 0: return enc(0x00 | fmt, 12, 7);            /* FADD */
    case 1: return enc(0x04 | fmt, 12, 7);            /* FSUB */
    case 2: return enc(0x08 | fmt, 12, 7);            /* FMUL */
    case 3: return enc(0x0c | fmt, 12, 7);            /* FDIV */
    case 4: return enc(0x2c | fmt, 0, 7);             /* FSQRT */
    case 5: case 6: {                                 /* FMADD/FMSUB/FNMSUB/FNMADD */
        unsigned op = rnd() & 3;
        return 13u << 27 | fmt << 25 | 12u << 20 | 11u << 15 | 7u << 12 | 10u << 7 |
               (0x43 | op << 2);
    }
    case 7: *dbl = !fmt; return enc(0x20 | fmt, !fmt, 7);   /* FCVT.S.D / FCVT.D.S */
    case 8: case 9: return enc(0x68 | fmt, rnd() % 4, 7);   /* FCVT.fmt.{W,WU,L,LU} */
    default: return enc(0x60 | fmt, rnd() % 4, 7);          /* FCVT.{W,WU,L,LU}.fmt */
    }
}

static void setup(Hart *h, uint32_t frm, uint64_t a, uint64_t b, uint64_t c)
{
    memset(h, 0, sizeof *h);
    h->xlen = 64;
    h->mstatus = 1ull << MSTATUS_FS_SHIFT;
    h->frm = frm;
    h->f[11] = a;
    h->f[12] = b;
    h->f[13] = c;
    h->x[11] = rnd() % 3 ? a : rnd() >> (rnd() % 64);   /* integer operand of FCVT.fmt.int */
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 2000000;
    static Hart host, port;
    long bad = 0;
    for (long i = 0; i < n; i++) {
        unsigned dbl;
        uint32_t insn = pick_insn(&dbl);
        uint64_t a = operand(dbl, 0), b = operand(dbl, a), c = operand(dbl, b);
        uint32_t frm = rnd() % 5;
        setup(&host, frm, a, b, c);
        port = host;
        bool ok1 = fpu_execute(&host, insn), ok2 = fpu_execute_portable(&port, insn);
        if (ok1 == ok2 && host.f[10] == port.f[10] && host.x[10] == port.x[10] &&
            host.fflags == port.fflags) {
            continue;
        }
        if (++bad <= 10) {
            printf("FAIL insn=0x%08x frm=%u a=%016llx b=%016llx c=%016llx x11=%016llx\n"
                   "     host f10=%016llx x10=%016llx fflags=%02x\n"
                   "     port f10=%016llx x10=%016llx fflags=%02x\n",
                   insn, frm, (unsigned long long)a, (unsigned long long)b,
                   (unsigned long long)c, (unsigned long long)host.x[11],
                   (unsigned long long)host.f[10], (unsigned long long)host.x[10], host.fflags,
                   (unsigned long long)port.f[10], (unsigned long long)port.x[10], port.fflags);
        }
    }
    if (bad) {
        failed++;
        printf("not ok - %ld of %ld random F/D operations differ\n", bad, n);
    } else {
        passed++;
        printf("ok - %ld random F/D operations agree with the host FPU\n", n);
    }
    printf("fpu_portable: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
