/* Loading of images into guest RAM: raw binaries, gzip, ELF. */
#ifndef RVBOX_MACHINE_LOADER_H
#define RVBOX_MACHINE_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Reads a whole file into a malloc'd buffer, decompressing it (zlib) when it
 * starts with the gzip magic. Returns NULL with a one-line message naming
 * the file and the cause in err (missing, unreadable, corrupt gzip, larger
 * than max_size bytes). */
uint8_t *loader_read_file(const char *path, size_t max_size, size_t *size,
                          char *err, size_t errlen);

/* Reads a whole file (gzip undone, as loader_read_file) straight into
 * dst, which has room for max_size bytes; *size gets the bytes read.
 * Returns 0, or -1 with the message in err (as loader_read_file; dst may
 * then hold part of the file). */
int loader_read_into(const char *path, uint8_t *dst, size_t max_size, size_t *size,
                     char *err, size_t errlen);

/* Reads the first n bytes of a file (decompressed as loader_read_file
 * does) into buf: enough to tell an ELF from a raw image without reading
 * the rest. Returns how many bytes it got (0..n), or -1 with a one-line
 * message. */
long loader_read_head(const char *path, uint8_t *buf, size_t n, char *err, size_t errlen);

/* True when buf starts like an ELF file (the magic and a whole e_ident),
 * for any machine: loader_load_elf then names what is wrong with it. */
bool loader_is_elf(const uint8_t *buf, size_t size);

/* Where an ELF went. tohost/fromhost are 0 when the symbols are absent. */
typedef struct ElfInfo {
    uint64_t entry;
    uint64_t tohost, fromhost;  /* HTIF symbol addresses */
    bool has_tohost;            /* a tohost symbol exists (even at 0) */
    uint64_t low, high;         /* lowest and highest+1 byte loaded */
    int xlen;                   /* 32 or 64 from ELF class */
} ElfInfo;

/* Copies the PT_LOAD segments of an ELF (ELF32 or ELF64) into RAM
 * (ram_base .. ram_base+ram_size, physical addresses p_paddr), zeroing bss,
 * and finds the tohost/fromhost symbols. Returns 0, or -1 with a message
 * when a segment falls outside RAM or the file is malformed. */
int loader_load_elf(const uint8_t *buf, size_t size, uint8_t *ram, uint64_t ram_base,
                    uint64_t ram_size, ElfInfo *info, char *err, size_t errlen);

#endif
