/* Unit tests for machine/loader.c: file reading (plain, gzip, errors) and
 * ELF loading from ELF images crafted in memory. */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "machine/loader.h"

static int passed, failed;

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (cond) {                                                        \
            passed++;                                                      \
        } else {                                                           \
            failed++;                                                      \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                  \
    } while (0)

#define MIB (1u << 20)
#define RAM_BASE 0x80000000ull
#define RAM_SIZE (64 * 1024)

static char tmpdir[] = "/tmp/test_loader.XXXXXX";
static char err[512];

static const char *tmp_path(const char *name)
{
    static char path[256];

    snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
    return path;
}

static void write_raw(const char *path, const void *buf, size_t len)
{
    FILE *f = fopen(path, "wb");
    fwrite(buf, 1, len, f);
    fclose(f);
}

static void write_gz(const char *path, const void *buf, size_t len)
{
    gzFile gz = gzopen(path, "wb9");
    gzwrite(gz, buf, (unsigned)len);
    gzclose(gz);
}

static uint8_t *pattern(size_t len)
{
    uint8_t *p = malloc(len);

    for (size_t i = 0; i < len; i++) {
        p[i] = (uint8_t)(i * 7 + (i >> 12));
    }
    return p;
}

static void test_plain_and_gzip(void)
{
    size_t len = 3 * MIB + 123, size = 0;
    uint8_t *data = pattern(len);
    uint8_t *got;

    write_raw(tmp_path("plain.bin"), data, len);
    got = loader_read_file(tmp_path("plain.bin"), 4 * MIB, &size, err, sizeof(err));
    CHECK(got && size == len && memcmp(got, data, len) == 0);
    free(got);

    write_gz(tmp_path("img.gz"), data, len);
    got = loader_read_file(tmp_path("img.gz"), 4 * MIB, &size, err, sizeof(err));
    CHECK(got && size == len && memcmp(got, data, len) == 0);
    free(got);

    /* Exactly the limit is fine; one byte over is not. */
    got = loader_read_file(tmp_path("img.gz"), len, &size, err, sizeof(err));
    CHECK(got && size == len);
    free(got);
    got = loader_read_file(tmp_path("img.gz"), 2 * MIB, &size, err, sizeof(err));
    CHECK(!got && strstr(err, "img.gz: larger than 2 MiB of RAM"));
    got = loader_read_file(tmp_path("plain.bin"), 1 * MIB, &size, err, sizeof(err));
    CHECK(!got && strstr(err, "plain.bin: larger than 1 MiB of RAM"));

    write_raw(tmp_path("empty"), "", 0);
    got = loader_read_file(tmp_path("empty"), MIB, &size, err, sizeof(err));
    CHECK(got && size == 0);
    free(got);

    /* The head of a file, gzip undone, without reading the rest. */
    uint8_t head[64];
    CHECK(loader_read_head(tmp_path("img.gz"), head, sizeof(head), err, sizeof(err)) == 64 &&
          memcmp(head, data, 64) == 0);
    CHECK(loader_read_head(tmp_path("plain.bin"), head, sizeof(head), err, sizeof(err)) == 64 &&
          memcmp(head, data, 64) == 0);
    CHECK(loader_read_head(tmp_path("empty"), head, sizeof(head), err, sizeof(err)) == 0);
    CHECK(loader_read_head(tmp_path("missing"), head, sizeof(head), err, sizeof(err)) == -1 &&
          strstr(err, "missing"));
    free(data);
}

static void test_bad_files(void)
{
    size_t len = 256 * 1024, size;
    uint8_t *data = pattern(len);
    char want[512];

    uint8_t *got = loader_read_file(tmp_path("missing"), MIB, &size, err, sizeof(err));
    snprintf(want, sizeof(want), "%s/missing: cannot open: No such file or directory", tmpdir);
    CHECK(!got && strcmp(err, want) == 0);
    CHECK(!loader_read_file(tmpdir, MIB, &size, err, sizeof(err)) && strstr(err, "directory"));

    /* Flip bytes in the middle of the deflate stream. */
    write_gz(tmp_path("bad.gz"), data, len);
    FILE *f = fopen(tmp_path("bad.gz"), "r+b");
    fseek(f, 0, SEEK_END);
    long gzlen = ftell(f);
    uint8_t *gz = malloc((size_t)gzlen);
    fseek(f, 0, SEEK_SET);
    CHECK(fread(gz, 1, (size_t)gzlen, f) == (size_t)gzlen);
    fclose(f);
    memset(gz + gzlen / 2, 0xa5, 64);
    write_raw(tmp_path("bad.gz"), gz, (size_t)gzlen);
    CHECK(!loader_read_file(tmp_path("bad.gz"), MIB, &size, err, sizeof(err)));
    CHECK(strstr(err, "bad.gz: corrupt gzip data") != NULL);

    /* A truncated gzip stream is corrupt too. */
    write_gz(tmp_path("cut.gz"), data, len);
    CHECK(truncate(tmp_path("cut.gz"), gzlen / 2) == 0);
    CHECK(!loader_read_file(tmp_path("cut.gz"), MIB, &size, err, sizeof(err)));
    CHECK(strstr(err, "cut.gz: corrupt gzip data") != NULL);
    free(gz);
    free(data);
}

/* Straight into a caller's buffer (guest RAM): the bytes land, a file of
 * exactly the room fits, one byte more is refused without a byte written
 * past the room. */
static void test_read_into(void)
{
    size_t len = 3 * MIB + 123, size = 0;
    uint8_t *data = pattern(len);
    uint8_t *ram = malloc(4 * MIB + 16);

    write_raw(tmp_path("plain.bin"), data, len);
    write_gz(tmp_path("img.gz"), data, len);
    CHECK(loader_read_into(tmp_path("plain.bin"), ram, 4 * MIB, &size, err, sizeof(err)) == 0 &&
          size == len && memcmp(ram, data, len) == 0);
    memset(ram, 0, 4 * MIB);
    CHECK(loader_read_into(tmp_path("img.gz"), ram, 4 * MIB, &size, err, sizeof(err)) == 0 &&
          size == len && memcmp(ram, data, len) == 0);
    memset(ram, 0x5a, 4 * MIB + 16);
    CHECK(loader_read_into(tmp_path("img.gz"), ram, len, &size, err, sizeof(err)) == 0 &&
          size == len && ram[len] == 0x5a);
    memset(ram, 0x5a, 4 * MIB + 16);
    CHECK(loader_read_into(tmp_path("img.gz"), ram, len - 1, &size, err, sizeof(err)) == -1 &&
          strstr(err, "img.gz: larger than") && ram[len - 1] == 0x5a);
    memset(ram, 0x5a, 4 * MIB + 16);
    CHECK(loader_read_into(tmp_path("plain.bin"), ram, 2 * MIB, &size, err, sizeof(err)) == -1 &&
          strstr(err, "plain.bin: larger than 2 MiB of RAM") && ram[2 * MIB] == 0x5a);
    CHECK(loader_read_into(tmp_path("empty"), ram, MIB, &size, err, sizeof(err)) == 0 &&
          size == 0);
    CHECK(loader_read_into(tmp_path("missing"), ram, MIB, &size, err, sizeof(err)) == -1 &&
          strstr(err, "missing: cannot open"));
    CHECK(loader_read_into(tmp_path("cut.gz"), ram, 4 * MIB, &size, err, sizeof(err)) == -1 &&
          strstr(err, "cut.gz: corrupt gzip data"));
    free(ram);
    free(data);
}

/* --- crafted ELF -------------------------------------------------------- */

/* Layout: ehdr | phdr | code (16 bytes) | symtab | strtab | shdrs. */
enum { CODE_LEN = 16, BSS_LEN = 32, LOAD_OFF = 0x1000 };

static const char strtab[] = "\0_start\0tohost\0fromhost";

static size_t build_elf64(uint8_t *buf, uint64_t paddr)
{
    Elf64_Ehdr eh = { 0 };
    Elf64_Phdr ph = { 0 };
    Elf64_Sym sym[4] = { { 0 } };
    Elf64_Shdr sh[3] = { { 0 } };
    size_t code = sizeof(eh) + sizeof(ph);
    size_t symoff = code + CODE_LEN, stroff = symoff + sizeof(sym);
    size_t shoff = (stroff + sizeof(strtab) + 7) & ~(size_t)7;

    memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_type = ET_EXEC;
    eh.e_machine = EM_RISCV;
    eh.e_version = EV_CURRENT;
    eh.e_entry = paddr;
    eh.e_phoff = sizeof(eh);
    eh.e_shoff = shoff;
    eh.e_ehsize = sizeof(eh);
    eh.e_phentsize = sizeof(ph);
    eh.e_phnum = 1;
    eh.e_shentsize = sizeof(Elf64_Shdr);
    eh.e_shnum = 3;
    ph.p_type = PT_LOAD;
    ph.p_offset = code;
    ph.p_vaddr = ph.p_paddr = paddr;
    ph.p_filesz = CODE_LEN;
    ph.p_memsz = CODE_LEN + BSS_LEN;
    sym[1].st_name = 1;
    sym[1].st_value = paddr;
    sym[2].st_name = 8;
    sym[2].st_value = paddr + CODE_LEN;
    sym[3].st_name = 15;
    sym[3].st_value = paddr + CODE_LEN + 8;
    sh[1].sh_type = SHT_SYMTAB;
    sh[1].sh_offset = symoff;
    sh[1].sh_size = sizeof(sym);
    sh[1].sh_link = 2;
    sh[1].sh_entsize = sizeof(Elf64_Sym);
    sh[2].sh_type = SHT_STRTAB;
    sh[2].sh_offset = stroff;
    sh[2].sh_size = sizeof(strtab);
    memset(buf, 0, shoff + sizeof(sh));
    memcpy(buf, &eh, sizeof(eh));
    memcpy(buf + sizeof(eh), &ph, sizeof(ph));
    for (int i = 0; i < CODE_LEN; i++) {
        buf[code + i] = (uint8_t)(0x10 + i);
    }
    memcpy(buf + symoff, sym, sizeof(sym));
    memcpy(buf + stroff, strtab, sizeof(strtab));
    memcpy(buf + shoff, sh, sizeof(sh));
    return shoff + sizeof(sh);
}

/* The same program as ELF32 (no symbols: a stripped image). */
static size_t build_elf32(uint8_t *buf, uint32_t paddr)
{
    Elf32_Ehdr eh = { 0 };
    Elf32_Phdr ph = { 0 };
    size_t code = sizeof(eh) + sizeof(ph);

    memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS32;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_machine = EM_RISCV;
    eh.e_entry = paddr + 4;
    eh.e_phoff = sizeof(eh);
    eh.e_phentsize = sizeof(ph);
    eh.e_phnum = 1;
    ph.p_type = PT_LOAD;
    ph.p_offset = code;
    ph.p_paddr = paddr;
    ph.p_filesz = CODE_LEN;
    ph.p_memsz = CODE_LEN;
    memcpy(buf, &eh, sizeof(eh));
    memcpy(buf + sizeof(eh), &ph, sizeof(ph));
    memset(buf + code, 0x33, CODE_LEN);
    return code + CODE_LEN;
}

static void test_elf64(void)
{
    uint8_t elf[1024], *ram = malloc(RAM_SIZE);
    size_t len = build_elf64(elf, RAM_BASE + LOAD_OFF);
    ElfInfo info;

    memset(ram, 0xee, RAM_SIZE);
    CHECK(loader_is_elf(elf, len));
    CHECK(loader_load_elf(elf, len, ram, RAM_BASE, RAM_SIZE, &info, err, sizeof(err)) == 0);
    CHECK(info.entry == RAM_BASE + LOAD_OFF && info.xlen == 64);
    CHECK(info.tohost == RAM_BASE + LOAD_OFF + CODE_LEN);
    CHECK(info.fromhost == RAM_BASE + LOAD_OFF + CODE_LEN + 8);
    CHECK(info.low == RAM_BASE + LOAD_OFF);
    CHECK(info.high == RAM_BASE + LOAD_OFF + CODE_LEN + BSS_LEN);
    CHECK(ram[LOAD_OFF] == 0x10 && ram[LOAD_OFF + CODE_LEN - 1] == 0x10 + CODE_LEN - 1);
    CHECK(ram[LOAD_OFF + CODE_LEN] == 0 && ram[LOAD_OFF + CODE_LEN + BSS_LEN - 1] == 0);
    CHECK(ram[LOAD_OFF - 1] == 0xee && ram[LOAD_OFF + CODE_LEN + BSS_LEN] == 0xee);

    /* Every truncation is rejected cleanly (section headers come last). */
    int rejected = 0;
    for (size_t cut = 0; cut < len; cut++) {
        rejected += loader_load_elf(elf, cut, ram, RAM_BASE, RAM_SIZE, &info, err,
                                    sizeof(err)) != 0;
    }
    CHECK(rejected == (int)len);
    CHECK(loader_load_elf(elf, 100, ram, RAM_BASE, RAM_SIZE, &info, err, sizeof(err)) == -1 &&
          strstr(err, "malformed ELF: "));
    free(ram);
}

static void test_elf64_bad(void)
{
    uint8_t elf[1024], *ram = malloc(RAM_SIZE);
    ElfInfo info;
    size_t len = build_elf64(elf, RAM_BASE + RAM_SIZE - 8);

    CHECK(loader_load_elf(elf, len, ram, RAM_BASE, RAM_SIZE, &info, err, sizeof(err)) == -1 &&
          strstr(err, "outside RAM"));
    len = build_elf64(elf, RAM_BASE - 0x1000);
    CHECK(loader_load_elf(elf, len, ram, RAM_BASE, RAM_SIZE, &info, err, sizeof(err)) == -1 &&
          strstr(err, "outside RAM"));

    /* p_filesz > p_memsz. */
    len = build_elf64(elf, RAM_BASE);
    Elf64_Phdr *ph = (Elf64_Phdr *)(elf + sizeof(Elf64_Ehdr));
    ph->p_memsz = 4;
    CHECK(loader_load_elf(elf, len, ram, RAM_BASE, RAM_SIZE, &info, err, sizeof(err)) == -1 &&
          strstr(err, "malformed ELF: segment file size"));

    /* Segment data past the end of the file. */
    len = build_elf64(elf, RAM_BASE);
    ph->p_offset = 0xfffffffffffffff0ull;
    CHECK(loader_load_elf(elf, len, ram, RAM_BASE, RAM_SIZE, &info, err, sizeof(err)) == -1 &&
          strstr(err, "malformed ELF"));

    /* Symbol table linked to a section that does not exist. */
    len = build_elf64(elf, RAM_BASE);
    Elf64_Ehdr *eh = (Elf64_Ehdr *)elf;
    Elf64_Shdr *sh = (Elf64_Shdr *)(elf + eh->e_shoff);
    sh[1].sh_link = 9;
    CHECK(loader_load_elf(elf, len, ram, RAM_BASE, RAM_SIZE, &info, err, sizeof(err)) == -1 &&
          strstr(err, "malformed ELF"));

    /* A symbol name offset past the string table is skipped, not read. */
    len = build_elf64(elf, RAM_BASE);
    Elf64_Sym *sym = (Elf64_Sym *)(elf + sh[1].sh_offset);
    sym[2].st_name = 5000;
    CHECK(loader_load_elf(elf, len, ram, RAM_BASE, RAM_SIZE, &info, err, sizeof(err)) == 0 &&
          info.tohost == 0 && info.fromhost != 0);

    /* Wrong machine. */
    len = build_elf64(elf, RAM_BASE);
    eh->e_machine = EM_X86_64;
    CHECK(loader_is_elf(elf, len));   /* an ELF, so the loader names the problem */
    CHECK(loader_load_elf(elf, len, ram, RAM_BASE, RAM_SIZE, &info, err, sizeof(err)) == -1 &&
          strstr(err, "another machine, not RISC-V"));
    CHECK(!loader_is_elf((const uint8_t *)"\177ELF", 4));
    free(ram);
}

static void test_elf32(void)
{
    uint8_t elf[512], *ram = malloc(RAM_SIZE);
    size_t len = build_elf32(elf, (uint32_t)RAM_BASE + 0x200);
    ElfInfo info;

    CHECK(loader_is_elf(elf, len));
    CHECK(loader_load_elf(elf, len, ram, RAM_BASE, RAM_SIZE, &info, err, sizeof(err)) == 0);
    CHECK(info.xlen == 32 && info.entry == RAM_BASE + 0x204);
    CHECK(info.tohost == 0 && info.fromhost == 0);
    CHECK(info.low == RAM_BASE + 0x200 && info.high == RAM_BASE + 0x200 + CODE_LEN);
    CHECK(ram[0x200] == 0x33 && ram[0x200 + CODE_LEN - 1] == 0x33);
    CHECK(loader_load_elf(elf, len - 1, ram, RAM_BASE, RAM_SIZE, &info, err, sizeof(err)) == -1);
    free(ram);
}

int main(void)
{
    char cmd[300];

    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_plain_and_gzip();
    test_bad_files();
    test_read_into();
    test_elf64();
    test_elf64_bad();
    test_elf32();
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) {
        fprintf(stderr, "could not remove %s\n", tmpdir);
    }
    printf("test_loader: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
