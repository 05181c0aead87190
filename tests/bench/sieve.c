/* (a) Sieve of Eratosthenes: byte flags, ROUNDS sieves of slightly different
 * sizes around N; checksum of the prime counts and a sum of primes. */
#include "bench.h"
#define N (1u << 20)
#define ROUNDS 9
#define EXPECTED 0xb803650c4933c2bfull

static uint8_t flags[N];
static volatile uint32_t shrink = 97; /* volatile: no folding at compile time */

static uint64_t work(void)
{
    uint64_t sum = 0;
    for (uint32_t r = 0; r < ROUNDS; r++) {
        uint32_t n = N - r * shrink;
        for (uint32_t i = 0; i < n; i++)
            flags[i] = 1;
        flags[0] = flags[1] = 0;
        for (uint32_t i = 2; i * i < n; i++)
            if (flags[i])
                for (uint32_t j = i * i; j < n; j += i)
                    flags[j] = 0;
        uint32_t count = 0;
        uint64_t psum = 0;
        for (uint32_t i = 0; i < n; i++)
            if (flags[i]) {
                count++;
                psum += i;
            }
        sum = sum * 1000003 + count;
        sum ^= psum;
    }
    return sum;
}

BENCH_MAIN
