/* Seed inputs under construction, for the harnesses whose inputs are
 * byte-level operation lists (gpu, input, virtio_mmio): bytes appended
 * little-endian. */
#ifndef RVBOX_TESTS_FUZZ_SEED_H
#define RVBOX_TESTS_FUZZ_SEED_H

#include <stddef.h>
#include <stdint.h>

/* A seed under construction: bytes appended little-endian. */
typedef struct Seed {
    uint8_t b[8192];
    size_t n;
} Seed;

static inline void s8(Seed *s, unsigned v) { s->b[s->n++] = (uint8_t)v; }
static inline void s16(Seed *s, unsigned v) { s8(s, v & 0xff), s8(s, v >> 8); }
static inline void s32(Seed *s, uint32_t v) { s16(s, v & 0xffff), s16(s, v >> 16); }

#endif
