/* (c) Multiply/divide mix: 64-bit mul, mulhu, signed and unsigned 64-bit
 * div/rem, 32-bit divw/remuw, on operands from an LCG (no divisor is 0, no
 * INT_MIN / -1). */
#include "bench.h"
#define ITERS 6000000
#define EXPECTED 0x417f254128180c8aull

static volatile uint64_t seed = 0x13198A2E03707344ull;

static uint64_t work(void)
{
    uint64_t x = seed, acc = 0;
    for (uint32_t i = 0; i < ITERS; i++) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        uint64_t a = x >> 7, b = (x >> 43) | 1;
        acc += a / b;
        acc ^= a % b;
        int64_t s = (int64_t)(x ^ acc) >> 3;
        int64_t d = (int64_t)(b & 0xffff) - 0x8000;
        if (d == 0)
            d = 7;
        acc += (uint64_t)(s / d) + (uint64_t)(s % d);
        acc += (uint64_t)(((unsigned __int128)a * acc) >> 64);
        int32_t w = (int32_t)acc;
        acc += (uint64_t)(int64_t)(w / (int32_t)((i & 0xfff) + 3));
        acc ^= (uint32_t)acc % ((uint32_t)(x >> 50) | 1);
        acc *= 0x9E3779B97F4A7C15ull;
    }
    return acc;
}

BENCH_MAIN
