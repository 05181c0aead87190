/* Shared by the bare-metal benchmarks (no libc).
 *
 * A benchmark defines   static uint64_t work(void)   returning a checksum of
 * everything it computed, #defines EXPECTED, and ends with BENCH_MAIN.
 * main() exits 0 if work() == EXPECTED, else 3 (after printing the value on
 * the HTIF console). Built with -DCOUNT, it also prints "instret N", the
 * instructions work() retired (minstret), for cpu.py's MIPS figure.
 * Built with -DHOST (plain cc on the host) it prints the checksum: that is
 * how EXPECTED was found, e.g.  cc -O2 -DHOST sieve.c && ./a.out */
#ifndef BENCH_H
#define BENCH_H
#include <stdint.h>

#ifdef HOST
#include <stdio.h>
#define BENCH_MAIN                                                          \
    int main(void)                                                          \
    {                                                                       \
        uint64_t sum = work();                                              \
        printf("checksum 0x%016llxull (%s)\n", (unsigned long long)sum,     \
               sum == EXPECTED ? "matches EXPECTED" : "differs from EXPECTED"); \
        return sum != EXPECTED;                                             \
    }
#else
extern volatile uint64_t tohost, fromhost;

/* HTIF console, device 1 command 1: one byte; wait until the host took it */
static void putch(char c)
{
    tohost = (1ull << 56) | (1ull << 48) | (uint8_t)c;
    while (tohost)
        ;
    fromhost = 0;
}

static void puts_(const char *s)
{
    while (*s)
        putch(*s++);
}

static void put_u64(uint64_t v, int base)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    while (n)
        putch(buf[--n]);
}

static inline uint64_t rdinstret(void)
{
    uint64_t x;
    __asm__ volatile("csrr %0, minstret" : "=r"(x));
    return x;
}

#ifdef COUNT
static const int count_insns = 1;
#else
static const int count_insns = 0;
#endif

#define BENCH_MAIN                                                          \
    int main(void)                                                          \
    {                                                                       \
        uint64_t t0 = rdinstret();                                          \
        uint64_t sum = work();                                              \
        uint64_t n = rdinstret() - t0;                                      \
        if (count_insns) {                                                  \
            puts_("instret ");                                              \
            put_u64(n, 10);                                                 \
            putch('\n');                                                    \
        }                                                                   \
        if (sum == EXPECTED)                                                \
            return 0;                                                       \
        puts_("checksum mismatch: 0x");                                     \
        put_u64(sum, 16);                                                   \
        putch('\n');                                                        \
        return 3;                                                           \
    }
#endif

/* 64-bit LCG (Knuth's MMIX constants): deterministic inputs */
static inline uint64_t lcg(uint64_t *s)
{
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s >> 33;
}

#endif
