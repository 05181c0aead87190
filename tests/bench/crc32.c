/* (b) CRC-32 (IEEE, reflected, poly 0xEDB88320), bitwise and table-driven,
 * over a generated buffer that changes a little every round; the two must
 * agree, and CRC-32("123456789") must be 0xCBF43926. */
#include "bench.h"
#define LEN 16384
#define BIT_ROUNDS 104
#define TAB_ROUNDS 416
#define EXPECTED 0xc4327ea8b35baa9cull

static uint8_t buf[LEN];
static uint32_t table[256];
static volatile uint64_t seed = 0x243F6A8885A308D3ull;

static uint32_t crc_bitwise(const uint8_t *p, uint32_t n)
{
    uint32_t crc = 0xffffffffu;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
    }
    return ~crc;
}

static uint32_t crc_table(const uint8_t *p, uint32_t n)
{
    uint32_t crc = 0xffffffffu;
    while (n--)
        crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

static uint64_t work(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & -(c & 1));
        table[i] = c;
    }
    static const uint8_t check[] = "123456789";
    if (crc_bitwise(check, 9) != 0xCBF43926u || crc_table(check, 9) != 0xCBF43926u)
        return 1;

    uint64_t s = seed, sum = 0;
    for (uint32_t i = 0; i < LEN; i++)
        buf[i] = (uint8_t)lcg(&s);
    for (uint32_t r = 0; r < TAB_ROUNDS; r++) {
        buf[lcg(&s) % LEN] ^= (uint8_t)(r + 1);
        uint32_t t = crc_table(buf, LEN);
        if (r % (TAB_ROUNDS / BIT_ROUNDS) == 0 && crc_bitwise(buf, LEN) != t)
            return 2;
        sum = (sum << 7 | sum >> 57) ^ t;
    }
    return sum;
}

BENCH_MAIN
