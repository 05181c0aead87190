/* Guest RAM as devices see it: checked DMA access, and little-endian
 * accessors for guest-visible structures. */
#ifndef RVBOX_DEVICES_GUEST_RAM_H
#define RVBOX_DEVICES_GUEST_RAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Guest RAM as devices see it for DMA. */
typedef struct GuestRam {
    uint8_t *host;   /* host pointer to the first byte of RAM */
    uint64_t base;   /* guest physical address of that byte */
    uint64_t size;   /* bytes */
} GuestRam;

/* Host pointer for guest physical range [addr, addr+len), or NULL when any
 * byte of it lies outside RAM (the device then fails the request). */
static inline void *guest_ram_ptr(const GuestRam *ram, uint64_t addr, uint64_t len)
{
    if (addr < ram->base || len > ram->size || addr - ram->base > ram->size - len)
        return NULL;
    return ram->host + (addr - ram->base);
}

/* Copies between guest RAM and host buffers; false if out of RAM. */
static inline bool guest_ram_read(const GuestRam *ram, uint64_t addr, void *dst, uint64_t len)
{
    void *p = guest_ram_ptr(ram, addr, len);
    if (!p)
        return false;
    memcpy(dst, p, len);
    return true;
}

static inline bool guest_ram_write(const GuestRam *ram, uint64_t addr, const void *src,
                                   uint64_t len)
{
    void *p = guest_ram_ptr(ram, addr, len);
    if (!p)
        return false;
    memcpy(p, src, len);
    return true;
}

/* Little-endian accessors for guest-visible structures (rings, headers):
 * byte-wise so they are correct on any host and any alignment. */
static inline uint16_t get_le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static inline uint32_t get_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint64_t get_le64(const uint8_t *p)
{
    return (uint64_t)get_le32(p) | (uint64_t)get_le32(p + 4) << 32;
}
static inline void put_le16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static inline void put_le32(uint8_t *p, uint32_t v)
{
    put_le16(p, (uint16_t)v);
    put_le16(p + 2, (uint16_t)(v >> 16));
}
static inline void put_le64(uint8_t *p, uint64_t v)
{
    put_le32(p, (uint32_t)v);
    put_le32(p + 4, (uint32_t)(v >> 32));
}

#endif
