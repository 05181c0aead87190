/* Loading of images into guest RAM: whole files (plain or gzip, via zlib)
 * and ELF32/ELF64 RISC-V executables (ELF spec, System V gABI). Every
 * offset and size read from a file is checked before use: images come from
 * the user and may be truncated or hostile. */
#include "loader.h"

#include <elf.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#define READ_CHUNK (1u << 20)

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    if (!err || errlen == 0) {
        return;
    }
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static void err_too_big(const char *path, size_t max_size, char *err, size_t errlen)
{
    set_err(err, errlen, "%s: larger than %zu MiB of RAM", path, max_size >> 20);
}

/* Checks that path names a readable regular file before zlib sees it, so
 * that the common mistakes get a precise message. *hint is the file size. */
static int check_path(const char *path, size_t *hint, char *err, size_t errlen)
{
    struct stat st;

    if (stat(path, &st) != 0) {
        set_err(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        set_err(err, errlen, "%s: cannot read: %s", path, strerror(EISDIR));
        return -1;
    }
    *hint = st.st_size > 0 ? (size_t)st.st_size : 0;
    return 0;
}

/* Reports why the gzip stream stopped, or returns 0 when it ended cleanly. */
static int gz_status(gzFile gz, const char *path, char *err, size_t errlen)
{
    int errnum = Z_OK;

    gzerror(gz, &errnum);

    if (errnum == Z_OK || errnum == Z_STREAM_END) {
        return 0;
    }
    if (errnum == Z_ERRNO) {
        set_err(err, errlen, "%s: cannot read: %s", path, strerror(errno));
    } else if (errnum == Z_MEM_ERROR) {
        set_err(err, errlen, "%s: out of memory", path);
    } else {
        /* Z_DATA_ERROR (bad data) and Z_BUF_ERROR (truncated stream). */
        set_err(err, errlen, "%s: corrupt gzip data", path);
    }
    return -1;
}

/* Reads the decompressed stream, growing buf from hint bytes (the file
 * size: exact for a plain file); one byte past max_size is read on purpose
 * so that "exactly max_size" and "too big" differ. */
static uint8_t *gz_read_all(gzFile gz, const char *path, size_t hint, size_t max_size,
                            size_t *size, char *err, size_t errlen)
{
    size_t cap = 0, len = 0;
    uint8_t *buf = NULL;

    hint = hint < max_size ? hint + 1 : max_size + 1;
    for (;;) {
        if (len == cap) {
            size_t ncap = cap ? cap * 2 : hint > READ_CHUNK ? hint : READ_CHUNK;
            uint8_t *nbuf = realloc(buf, ncap);
            if (!nbuf) {
                set_err(err, errlen, "%s: out of memory", path);
                free(buf);
                return NULL;
            }
            buf = nbuf;
            cap = ncap;
        }
        size_t want = cap - len < READ_CHUNK ? cap - len : READ_CHUNK;
        int n = gzread(gz, buf + len, (unsigned)want);
        if (n <= 0) {
            if (gz_status(gz, path, err, errlen) != 0 || n < 0) {
                if (n < 0 && err && !err[0]) {
                    set_err(err, errlen, "%s: cannot read", path);
                }
                free(buf);
                return NULL;
            }
            break;
        }
        len += (size_t)n;
        if (len > max_size) {
            err_too_big(path, max_size, err, errlen);
            free(buf);
            return NULL;
        }
    }
    *size = len;
    return buf;
}

/* Opens an image for reading, gzip undone (err emptied first); *hint is
 * the file size. NULL with the message in err. */
static gzFile open_image(const char *path, size_t *hint, char *err, size_t errlen)
{
    if (err && errlen) {
        err[0] = '\0';
    }
    if (check_path(path, hint, err, errlen) != 0) {
        return NULL;
    }
    gzFile gz = gzopen(path, "rb");
    if (!gz) {
        set_err(err, errlen, "%s: cannot open: %s", path,
                errno ? strerror(errno) : "out of memory");
    }
    return gz;
}

/* See loader.h. max_size is in bytes; the message reports it in MiB. */
uint8_t *loader_read_file(const char *path, size_t max_size, size_t *size,
                          char *err, size_t errlen)
{
    size_t hint = 0;
    gzFile gz = open_image(path, &hint, err, errlen);
    if (!gz) {
        return NULL;
    }
    gzbuffer(gz, 256 * 1024);
    uint8_t *buf = gz_read_all(gz, path, hint, max_size, size, err, errlen);
    gzclose(gz);
    return buf;
}

/* See loader.h. The byte after max_size is read into a spare one, so that
 * "exactly max_size" and "too big" differ without writing past dst. */
int loader_read_into(const char *path, uint8_t *dst, size_t max_size, size_t *size,
                     char *err, size_t errlen)
{
    size_t hint = 0, len = 0;
    gzFile gz = open_image(path, &hint, err, errlen);
    if (!gz) {
        return -1;
    }
    gzbuffer(gz, 256 * 1024);
    int rc = 0;
    for (;;) {
        uint8_t spare;
        size_t room = max_size - len;
        uint8_t *to = room ? dst + len : &spare;
        unsigned want = room ? (unsigned)(room < READ_CHUNK ? room : READ_CHUNK) : 1;
        int n = gzread(gz, to, want);
        if (n <= 0) {
            if (gz_status(gz, path, err, errlen) != 0 || n < 0) {
                if (n < 0 && err && !err[0]) {
                    set_err(err, errlen, "%s: cannot read", path);
                }
                rc = -1;
            }
            break;
        }
        if (!room) {
            err_too_big(path, max_size, err, errlen);
            rc = -1;
            break;
        }
        len += (size_t)n;
    }
    gzclose(gz);
    *size = len;
    return rc;
}

/* See loader.h. */
long loader_read_head(const char *path, uint8_t *buf, size_t n, char *err, size_t errlen)
{
    size_t hint = 0;
    gzFile gz = open_image(path, &hint, err, errlen);
    if (!gz) {
        return -1;
    }
    int got = gzread(gz, buf, (unsigned)n);
    gzclose(gz);
    if (got < 0) {
        set_err(err, errlen, "%s: corrupt gzip data", path);
        return -1;
    }
    return got;
}

/* --- ELF ---------------------------------------------------------------- */

/* RISC-V ELF files are little-endian (psABI); read fields byte-wise so the
 * loader does not depend on host byte order or alignment. */
static uint64_t rd(const uint8_t *p, int n)
{
    uint64_t v = 0;

    for (int i = n - 1; i >= 0; i--) {
        v = v << 8 | p[i];
    }
    return v;
}

/* A class-independent view of the fields the loader needs. */
typedef struct ElfFile {
    const uint8_t *buf;
    size_t size;
    int is64;
    uint64_t entry, phoff, shoff;
    unsigned phentsize, phnum, shentsize, shnum;
} ElfFile;

typedef struct Segment {
    uint32_t type;
    uint64_t offset, paddr, filesz, memsz;
} Segment;

typedef struct Section {
    uint32_t type, link;
    uint64_t offset, size, entsize;
} Section;

/* True when [off, off+len) lies inside the file. */
static bool in_file(const ElfFile *f, uint64_t off, uint64_t len)
{
    return off <= f->size && len <= f->size - off;
}

/* See loader.h. */
bool loader_is_elf(const uint8_t *buf, size_t size)
{
    return size >= EI_NIDENT + 4 && memcmp(buf, ELFMAG, SELFMAG) == 0;
}

static const char *parse_header(ElfFile *f)
{
    const uint8_t *b = f->buf;

    if (!loader_is_elf(b, f->size)) {
        return "not an ELF file";
    }
    if (rd(b + 18, 2) != EM_RISCV) {   /* e_machine: same offset in both classes */
        return "an ELF file for another machine, not RISC-V";
    }
    if (b[EI_CLASS] != ELFCLASS32 && b[EI_CLASS] != ELFCLASS64) {
        return "bad ELF class";
    }
    if (b[EI_DATA] != ELFDATA2LSB) {
        return "not little-endian";
    }
    f->is64 = b[EI_CLASS] == ELFCLASS64;
    if (f->size < (f->is64 ? sizeof(Elf64_Ehdr) : sizeof(Elf32_Ehdr))) {
        return "truncated ELF header";
    }
    if (f->is64) {
        f->entry = rd(b + 24, 8);
        f->phoff = rd(b + 32, 8);
        f->shoff = rd(b + 40, 8);
        b += 54;
    } else {
        f->entry = rd(b + 24, 4);
        f->phoff = rd(b + 28, 4);
        f->shoff = rd(b + 32, 4);
        b += 42;
    }
    /* e_phentsize, e_phnum, e_shentsize, e_shnum follow in this order. */
    f->phentsize = (unsigned)rd(b, 2);
    f->phnum = (unsigned)rd(b + 2, 2);
    f->shentsize = (unsigned)rd(b + 4, 2);
    f->shnum = (unsigned)rd(b + 6, 2);
    return NULL;
}

static const char *read_segment(const ElfFile *f, unsigned i, Segment *s)
{
    size_t esz = f->is64 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr);
    uint64_t off = f->phoff + (uint64_t)i * f->phentsize;

    if (f->phentsize < esz || !in_file(f, off, esz)) {
        return "program header outside the file";
    }
    const uint8_t *p = f->buf + off;
    s->type = (uint32_t)rd(p, 4);
    if (f->is64) {
        s->offset = rd(p + 8, 8);
        s->paddr = rd(p + 24, 8);
        s->filesz = rd(p + 32, 8);
        s->memsz = rd(p + 40, 8);
    } else {
        s->offset = rd(p + 4, 4);
        s->paddr = rd(p + 12, 4);
        s->filesz = rd(p + 16, 4);
        s->memsz = rd(p + 20, 4);
    }
    return NULL;
}

static const char *read_section(const ElfFile *f, unsigned i, Section *s)
{
    size_t esz = f->is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);
    uint64_t off = f->shoff + (uint64_t)i * f->shentsize;

    if (i >= f->shnum || f->shentsize < esz || !in_file(f, off, esz)) {
        return "section header outside the file";
    }
    const uint8_t *p = f->buf + off;
    s->type = (uint32_t)rd(p + 4, 4);
    if (f->is64) {
        s->offset = rd(p + 24, 8);
        s->size = rd(p + 32, 8);
        s->link = (uint32_t)rd(p + 40, 4);
        s->entsize = rd(p + 56, 8);
    } else {
        s->offset = rd(p + 16, 4);
        s->size = rd(p + 20, 4);
        s->link = (uint32_t)rd(p + 24, 4);
        s->entsize = rd(p + 36, 4);
    }
    if (s->type != SHT_NOBITS && !in_file(f, s->offset, s->size)) {
        return "section outside the file";
    }
    return NULL;
}

/* Copies one PT_LOAD segment into RAM and zeroes its bss tail. */
static const char *load_segment(const ElfFile *f, const Segment *s, uint8_t *ram,
                                uint64_t ram_base, uint64_t ram_size, ElfInfo *info)
{
    if (s->filesz > s->memsz) {
        return "segment file size larger than its memory size";
    }
    if (!in_file(f, s->offset, s->filesz)) {
        return "segment data outside the file";
    }
    if (s->memsz == 0) {
        return NULL;
    }
    if (s->paddr < ram_base || s->memsz > ram_size || s->paddr - ram_base > ram_size - s->memsz) {
        return "segment outside RAM";
    }
    uint8_t *dst = ram + (s->paddr - ram_base);
    memcpy(dst, f->buf + s->offset, s->filesz);
    memset(dst + s->filesz, 0, s->memsz - s->filesz);
    if (s->paddr < info->low) {
        info->low = s->paddr;
    }
    if (s->paddr + s->memsz > info->high) {
        info->high = s->paddr + s->memsz;
    }
    return NULL;
}

static const char *load_segments(const ElfFile *f, uint8_t *ram, uint64_t ram_base,
                                 uint64_t ram_size, ElfInfo *info)
{
    int loaded = 0;

    info->low = UINT64_MAX;
    info->high = 0;
    for (unsigned i = 0; i < f->phnum; i++) {
        Segment s;
        const char *why = read_segment(f, i, &s);
        if (!why && s.type == PT_LOAD) {
            why = load_segment(f, &s, ram, ram_base, ram_size, info);
            loaded += s.memsz != 0;
        }
        if (why) {
            return why;
        }
    }
    if (!loaded) {
        return "no loadable segment";
    }
    return NULL;
}

/* Records tohost/fromhost from one symbol table entry. */
static void match_symbol(const ElfFile *f, const Section *strtab, const uint8_t *sym,
                         ElfInfo *info)
{
    uint64_t name = rd(sym, 4);
    uint64_t value = f->is64 ? rd(sym + 8, 8) : rd(sym + 4, 4);

    if (name >= strtab->size) {
        return;
    }
    const char *s = (const char *)f->buf + strtab->offset + name;
    size_t max = strtab->size - name;
    if (strnlen(s, max) == max) {
        return;  /* not NUL-terminated inside the table */
    }
    if (strcmp(s, "tohost") == 0) {
        info->tohost = value;
        info->has_tohost = true;
    } else if (strcmp(s, "fromhost") == 0) {
        info->fromhost = value;
    }
}

static const char *scan_symtab(const ElfFile *f, const Section *symtab, ElfInfo *info)
{
    size_t esz = f->is64 ? sizeof(Elf64_Sym) : sizeof(Elf32_Sym);
    Section strtab;

    if (symtab->entsize < esz) {
        return "bad symbol table entry size";
    }
    const char *why = read_section(f, symtab->link, &strtab);
    if (why) {
        return why;
    }
    if (strtab.type != SHT_STRTAB) {
        return "symbol table not linked to a string table";
    }
    /* Counted, not summed: off += entsize would wrap for a huge entsize. */
    uint64_t count = symtab->size < esz ? 0 : (symtab->size - esz) / symtab->entsize + 1;
    for (uint64_t i = 0; i < count; i++) {
        match_symbol(f, &strtab, f->buf + symtab->offset + i * symtab->entsize, info);
    }
    return NULL;
}

static const char *find_symbols(const ElfFile *f, ElfInfo *info)
{
    if (f->shoff == 0 || f->shnum == 0) {
        return NULL;  /* stripped: no HTIF symbols */
    }
    for (unsigned i = 0; i < f->shnum; i++) {
        Section s;
        const char *why = read_section(f, i, &s);
        if (!why && s.type == SHT_SYMTAB) {
            why = scan_symtab(f, &s, info);
        }
        if (why) {
            return why;
        }
    }
    return NULL;
}

/* See loader.h. Addresses are physical (p_paddr); errors read
 * "malformed ELF: reason" or "segment outside RAM". */
int loader_load_elf(const uint8_t *buf, size_t size, uint8_t *ram, uint64_t ram_base,
                    uint64_t ram_size, ElfInfo *info, char *err, size_t errlen)
{
    ElfFile f = { .buf = buf, .size = size };

    memset(info, 0, sizeof(*info));
    const char *why = parse_header(&f);
    if (!why) {
        why = find_symbols(&f, info);
    }
    if (!why) {
        why = load_segments(&f, ram, ram_base, ram_size, info);
    }
    if (why) {
        if (strcmp(why, "segment outside RAM") == 0) {
            set_err(err, errlen, "ELF %s", why);
        } else if (strstr(why, "another machine")) {
            set_err(err, errlen, "%s", why);
        } else {
            set_err(err, errlen, "malformed ELF: %s", why);
        }
        return -1;
    }
    info->entry = f.entry;
    info->xlen = f.is64 ? 64 : 32;
    return 0;
}
