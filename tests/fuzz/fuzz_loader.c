/* libFuzzer target: image loading (machine/loader.h), as rvbox loads a
 * kernel, firmware or initrd the user names. The input is one file:
 *   - loader_is_elf, then loader_load_elf into a 64 KiB RAM at 0x80000000
 *     and into a 4 KiB RAM at address 0 (ELF32 and ELF64 alike);
 *   - loader_read_file on a temporary file holding the input as it is,
 *     when it starts with the gzip magic: what it returns is loaded as an
 *     ELF too, as machine_create does with a gzip-compressed ELF kernel;
 *   - for one input size in four (reading files is slow under ASan): the
 *     same file read with a limit above and one below its size, and the
 *     input gzip-compressed by the harness, which must read back exactly.
 * What must hold: no crash, out-of-bounds access (the RAM buffers are
 * exactly their size), leak or undefined behaviour; a failure names its
 * cause in one non-empty line; a loaded ELF reports xlen 32 or 64 and a
 * low..high range inside RAM; a plain file reads back unchanged, and a
 * file over the limit is refused.
 *
 * Seeds (corpus/loader/): a tiny RV64 and RV32 program and a gzip of the
 * RV64 one, made from this .S (a tohost symbol for the symbol scan):
 *     .globl _start
 *     _start: li a0, 1; la t0, tohost; sw a0, 0(t0); j .
 *     .data; .globl tohost; tohost: .word 0, 0
 * with riscv64-linux-gnu-gcc [-march=rv32imac -mabi=ilp32] -nostdlib
 * -static -Wl,-N -Wl,-Ttext=0x80000000 -Wl,--build-id=none, and gzip -9n. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "machine/loader.h"

#define BIG_BASE 0x80000000ull
#define BIG_SIZE (64u << 10)
#define SMALL_SIZE (4u << 10)

static char dir[64], raw_path[96], gz_path[96];

static void cleanup(void)
{
    unlink(raw_path);
    unlink(gz_path);
    rmdir(dir);
}

/* The files live in memory when /dev/shm exists: a file rewritten on every
 * run costs a disk flush on some file systems. */
static void setup(void)
{
    static bool done;
    if (done) {
        return;
    }
    snprintf(dir, sizeof(dir), "/dev/shm/rvbox-fuzz-loader-XXXXXX");
    if (!mkdtemp(dir)) {
        snprintf(dir, sizeof(dir), "/tmp/rvbox-fuzz-loader-XXXXXX");
        if (!mkdtemp(dir)) {
            abort();
        }
    }
    atexit(cleanup);
    snprintf(raw_path, sizeof(raw_path), "%s/image", dir);
    snprintf(gz_path, sizeof(gz_path), "%s/image.gz", dir);
    done = true;
}

static void check_err(const char *err, size_t errlen)
{
    if (!err[0] || !memchr(err, '\0', errlen) || strchr(err, '\n')) {
        abort();
    }
}

static void load_into(const uint8_t *buf, size_t size, uint64_t base, uint32_t ram_size)
{
    uint8_t *ram = malloc(ram_size);
    char err[200];
    ElfInfo info;
    if (!ram) {
        return;
    }
    err[0] = '\0';
    if (loader_load_elf(buf, size, ram, base, ram_size, &info, err, sizeof(err)) == 0) {
        if ((info.xlen != 32 && info.xlen != 64) || info.low < base ||
            info.high > base + ram_size || info.low >= info.high) {
            abort();
        }
    } else {
        check_err(err, sizeof(err));
    }
    free(ram);
}

static void load_elf(const uint8_t *buf, size_t size)
{
    if (!loader_is_elf(buf, size)) {
        return;
    }
    load_into(buf, size, BIG_BASE, BIG_SIZE);
    load_into(buf, size, 0, SMALL_SIZE);
}

static void write_file(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
        abort();
    }
}

static bool is_gzip(const uint8_t *data, size_t size)
{
    return size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
}

/* Reads path with limit max; the result must be plain data or an error. */
static uint8_t *read_back(const char *path, size_t max, size_t *got)
{
    char err[200] = "";
    *got = SIZE_MAX;
    uint8_t *buf = loader_read_file(path, max, got, err, sizeof(err));
    if (!buf) {
        check_err(err, sizeof(err));
    } else if (*got > max) {
        abort();
    }
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    setup();
    load_elf(data, size);

    /* Reading a file costs megabyte-sized buffers (slow under ASan): a
     * gzip input is always read, decompressed and loaded; the checks that
     * only read files back run for one input size in four. */
    bool gzip = is_gzip(data, size), read_checks = size % 4 == 0;
    if (!gzip && !read_checks) {
        return 0;
    }
    /* The file as it is: plain, or the gzip stream the input holds. */
    write_file(raw_path, data, size);
    size_t got;
    uint8_t *buf = read_back(raw_path, size + 4096, &got);
    if (buf && !gzip && (got != size || memcmp(buf, data, size) != 0)) {
        abort();
    }
    if (buf && gzip) {
        load_elf(buf, got);
    }
    free(buf);
    if (!read_checks) {
        return 0;
    }
    if (size > 0) {
        buf = read_back(raw_path, size - 1, &got);
        if (buf && !gzip) {
            abort();   /* one byte too many must be refused */
        }
        free(buf);
    }

    /* The input compressed: exactly the input comes back. */
    gzFile gz = gzopen(gz_path, "wb1");
    if (!gz || (size && gzwrite(gz, data, (unsigned)size) != (int)size) ||
        gzclose(gz) != Z_OK) {
        abort();
    }
    buf = read_back(gz_path, size, &got);
    if (!buf || got != size || memcmp(buf, data, size) != 0) {
        abort();
    }
    free(buf);
    return 0;
}
