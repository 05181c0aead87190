/* Unit test for devices/state.c (saved-state writer, reader and sections)
 * and machine/hart_state.c (hart save/load): integer and string round
 * trips, reads of every truncation of a buffer (each copied to an exact-size
 * allocation, so a sanitizer sees any read past its end), section lookup
 * and malformed files, and RV64/RV32 harts that run a small program, are
 * saved mid-run, restored into fresh harts and then run on in lockstep
 * with the originals.
 *
 * Build (from the top directory), or link against build/librvbox.a:
 *     gcc -std=gnu11 -O1 -g -I. -Iemu tests/unit/test_state.c devices/state.c
 *         machine/hart_state.c emu/{codecache,csr,debug,decode,exec,fpu,mmu,pmp,
 *         rvc,system,trigger,zb}.c -frounding-math -fsignaling-nans -lm
 * With a directory argument it also writes the seed inputs of
 * tests/fuzz/fuzz_state.c there. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../devices/state.h"
#include "../../emu/debug.h"
#include "../../emu/hart.h"
#include "../../emu/pmp.h"
#include "../../emu/trigger.h"
#include "../../machine/hart_state.h"
#include "tests/unit/testlib.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (64u << 10)
#define DATA_OFF 0x400          /* where the program stores, from RAM_BASE */
#define CSR(n) (DBG_REG_CSR0 + (n))

#define ok t_ok

/* A heap copy of exactly len bytes, so reading past it is caught. */
static uint8_t *exact_copy(const uint8_t *src, size_t len)
{
    uint8_t *p = malloc(len ? len : 1);
    if (!p) {
        abort();
    }
    memcpy(p, src, len);
    return p;
}

/* ---- Integers and strings ------------------------------------------- */

static void put_sample(StateWriter *w)
{
    state_put_u8(w, 0xa5);
    state_put_u16(w, 0xbeef);
    state_put_u32(w, 0x11223344);
    state_put_u64(w, 0x0123456789abcdefull);
    state_put_i64(w, -2);
    state_put_i64(w, INT64_MIN);
    state_put_bool(w, true);
    state_put_bool(w, false);
    state_put_bytes(w, "\x01\x02\x03", 3);
    state_put_str(w, "");
    state_put_str(w, "virtio-blk-device");
    state_put_u8(w, 0xff);
    state_put_u16(w, 0xffff);
    state_put_u32(w, UINT32_MAX);
    state_put_u64(w, UINT64_MAX);
}

/* Reads back what put_sample wrote; true when every value matches. */
static bool get_sample(StateReader *r)
{
    uint8_t bytes[3];
    char s1[4], s2[32];
    bool good = true;
    good &= state_get_u8(r) == 0xa5;
    good &= state_get_u16(r) == 0xbeef;
    good &= state_get_u32(r) == 0x11223344;
    good &= state_get_u64(r) == 0x0123456789abcdefull;
    good &= state_get_i64(r) == -2;
    good &= state_get_i64(r) == INT64_MIN;
    good &= state_get_bool(r) == true;
    good &= state_get_bool(r) == false;
    state_get_bytes(r, bytes, 3);
    good &= memcmp(bytes, "\x01\x02\x03", 3) == 0;
    good &= state_get_str(r, s1, sizeof(s1)) == 0 && s1[0] == '\0';
    good &= state_get_str(r, s2, sizeof(s2)) == 17 && strcmp(s2, "virtio-blk-device") == 0;
    good &= state_get_u8(r) == 0xff;
    good &= state_get_u16(r) == 0xffff;
    good &= state_get_u32(r) == UINT32_MAX;
    good &= state_get_u64(r) == UINT64_MAX;
    return good;
}

static void test_round_trip(void)
{
    StateWriter w;
    StateReader r;
    state_writer_init(&w);
    put_sample(&w);
    ok(!w.failed && w.len == 1 + 2 + 4 + 8 + 8 + 8 + 1 + 1 + 3 + 4 + 4 + 17 + 1 + 2 + 4 + 8,
       "writer: sample has the expected size");
    ok(w.len > 7 && memcmp(w.buf + 3, "\x44\x33\x22\x11", 4) == 0 &&
       memcmp(w.buf + 1, "\xef\xbe", 2) == 0, "writer: little-endian layout");
    state_reader_init(&r, w.buf, w.len);
    ok(get_sample(&r) && !r.failed && state_remaining(&r) == 0, "reader: every width round-trips");
    ok(state_get_u8(&r) == 0 && r.failed, "reader: a read at the end fails and returns 0");
    ok(state_get_u64(&r) == 0 && r.failed && state_remaining(&r) == 0,
       "reader: failure is sticky");

    /* Growth well past the first allocation. */
    state_writer_free(&w);
    state_writer_init(&w);
    for (uint32_t i = 0; i < 100000; i++) {
        state_put_u32(&w, i * 2654435761u);
    }
    bool same = !w.failed && w.len == 400000;
    state_reader_init(&r, w.buf, w.len);
    for (uint32_t i = 0; i < 100000 && same; i++) {
        same = state_get_u32(&r) == i * 2654435761u;
    }
    ok(same && !r.failed, "writer: 100000 words grow the buffer and read back");
    state_writer_free(&w);
    ok(w.buf == NULL && w.len == 0 && w.cap == 0, "writer: free leaves it empty");
}

static void test_truncation(void)
{
    StateWriter w;
    state_writer_init(&w);
    put_sample(&w);
    bool all_failed = true, full_ok = false;
    for (size_t len = 0; len <= w.len; len++) {
        uint8_t *copy = exact_copy(w.buf, len);
        StateReader r;
        state_reader_init(&r, copy, len);
        bool good = get_sample(&r);
        if (len < w.len) {
            all_failed &= r.failed && !good && state_remaining(&r) == 0;
        } else {
            full_ok = good && !r.failed;
        }
        free(copy);
    }
    ok(all_failed, "truncated at every length: reads fail, nothing past the end is read");
    ok(full_ok, "untruncated copy reads back");

    /* A failed get_bytes zero-fills; a failed get_str leaves "". */
    uint8_t three[3] = { 7, 7, 7 };
    StateReader r;
    state_reader_init(&r, "\x01\x02", 2);
    state_get_bytes(&r, three, 3);
    ok(r.failed && three[0] == 0 && three[1] == 0 && three[2] == 0,
       "short get_bytes fails and zero-fills");
    char s[8] = "junk";
    state_reader_init(&r, "\x05\x00\x00\x00" "ab", 6);
    ok(state_get_str(&r, s, sizeof(s)) == 0 && r.failed && s[0] == '\0',
       "string longer than the data fails");
    state_reader_init(&r, NULL, 5);
    ok(state_get_u8(&r) == 0 && r.failed, "NULL buffer reads as empty");
    state_writer_free(&w);
}

static void test_checked_values(void)
{
    StateReader r;
    char s[4];
    state_reader_init(&r, "\x02", 1);
    ok(state_get_bool(&r) == false && r.failed, "bool byte 2 fails");
    state_reader_init(&r, "\x10\x00\x00\x00\x10\x00\x00\x00", 8);
    ok(state_get_u32_max(&r, 16) == 16 && !r.failed, "u32_max accepts max");
    ok(state_get_u32_max(&r, 15) == 0 && r.failed, "u32_max rejects max + 1");
    state_reader_init(&r, "\x09\x00\x00\x00\x00\x00\x00\x00", 8);
    ok(state_get_u64_max(&r, 8) == 0 && r.failed, "u64_max rejects a larger value");
    state_reader_init(&r, "\x04\x00\x00\x00" "abcd", 8);
    ok(state_get_str(&r, s, sizeof(s)) == 0 && r.failed && s[0] == '\0',
       "string that does not fit max - 1 fails");
    state_reader_init(&r, "\x03\x00\x00\x00" "a\0c", 7);
    ok(state_get_str(&r, s, sizeof(s)) == 0 && r.failed, "string with a NUL byte fails");
    state_reader_init(&r, "\x03\x00\x00\x00" "abc", 7);
    ok(state_get_str(&r, s, sizeof(s)) == 3 && !r.failed && strcmp(s, "abc") == 0,
       "string of exactly max - 1 bytes fits");
    state_reader_init(&r, "\x01\x02", 2);
    state_reader_fail(&r);
    ok(state_get_u8(&r) == 0 && state_remaining(&r) == 0, "state_reader_fail is sticky");
}

/* ---- Sections ------------------------------------------------------- */

/* header; virtio-blk-device/0 v1 "a"; virtio-blk-device/1 v2 u32; uart/0 v3 empty */
static void build_file(StateWriter *w)
{
    state_writer_init(w);
    state_put_header(w);
    state_begin_section(w, "virtio-blk-device", 0, 1);
    state_put_str(w, "a");
    state_end_section(w);
    state_begin_section(w, "virtio-blk-device", 1, 2);
    state_put_u32(w, 0xcafef00d);
    state_end_section(w);
    state_begin_section(w, "uart", 0, 3);
    state_end_section(w);
}

static void test_sections(void)
{
    StateWriter w;
    StateReader file, sec;
    uint32_t version = 0;
    char s[8];
    build_file(&w);
    ok(!w.failed && w.len == 12 + (1 + 17 + 12 + 5) + (1 + 17 + 12 + 4) + (1 + 4 + 12),
       "file: header and three sections");
    state_reader_init(&file, w.buf, w.len);
    ok(state_find_section(&file, "virtio-blk-device", 0, &sec, &version) == 0 && version == 1 &&
       state_get_str(&sec, s, sizeof(s)) == 1 && strcmp(s, "a") == 0 &&
       state_remaining(&sec) == 0, "find: first instance with its payload");
    ok(state_find_section(&file, "virtio-blk-device", 1, &sec, &version) == 0 && version == 2 &&
       sec.len == 4 && state_get_u32(&sec) == 0xcafef00d, "find: second instance");
    ok(state_find_section(&file, "virtio-blk-device", 1, &sec, &version) == 0 &&
       state_get_u32(&sec) == 0xcafef00d && (state_get_u8(&sec), sec.failed),
       "find: payload reader stops at the section's end");
    ok(state_find_section(&file, "uart", 0, &sec, NULL) == 0 && sec.len == 0,
       "find: empty section");
    ok(state_find_section(&file, "uart", 1, &sec, &version) == -ENOENT, "missing instance");
    ok(state_find_section(&file, "virtio-net-device", 0, &sec, &version) == -ENOENT,
       "missing name");
    ok(state_find_section(&file, "virtio-blk", 0, &sec, &version) == -ENOENT,
       "a prefix of a name does not match");
    ok(file.pos == 0 && !file.failed, "find leaves the file reader alone");

    /* The iterator, after the header. */
    char name[STATE_NAME_MAX + 1];
    uint32_t inst;
    int order_ok = state_check_header(&file) == 0;
    order_ok &= state_next_section(&file, name, sizeof(name), &inst, &version, &sec) == 1 &&
                strcmp(name, "virtio-blk-device") == 0 && inst == 0 && version == 1;
    order_ok &= state_next_section(&file, name, sizeof(name), &inst, &version, &sec) == 1 &&
                inst == 1 && version == 2;
    order_ok &= state_next_section(&file, NULL, 0, NULL, NULL, NULL) == 1;
    order_ok &= state_next_section(&file, name, sizeof(name), &inst, &version, &sec) == 0;
    ok(order_ok, "iterator: three sections in file order, then 0");
    state_reader_init(&file, w.buf, w.len);
    state_check_header(&file);
    size_t at = file.pos;
    ok(state_next_section(&file, name, 5, &inst, &version, &sec) == -ENAMETOOLONG &&
       file.pos == at && !file.failed, "iterator: name too long for the buffer");

    /* Corruption. */
    uint8_t *bad = exact_copy(w.buf, w.len);
    size_t len_field = 12 + 1 + 17 + 8; /* first section's payload length */
    bad[len_field + 3] = 0x7f;
    state_reader_init(&file, bad, w.len);
    ok(state_find_section(&file, "uart", 0, &sec, &version) == -EINVAL,
       "payload length past the end: -EINVAL");
    state_check_header(&file);
    ok(state_next_section(&file, name, sizeof(name), &inst, &version, &sec) == -EINVAL &&
       file.failed, "iterator: payload length past the end: -EINVAL");
    memcpy(bad, w.buf, w.len);
    bad[12] = 0; /* empty name */
    state_reader_init(&file, bad, w.len);
    ok(state_find_section(&file, "uart", 0, &sec, &version) == -EINVAL, "empty name: -EINVAL");
    memcpy(bad, w.buf, w.len);
    bad[14] = '\0'; /* NUL inside a name */
    state_reader_init(&file, bad, w.len);
    ok(state_find_section(&file, "uart", 0, &sec, &version) == -EINVAL, "NUL in name: -EINVAL");
    memcpy(bad, w.buf, w.len);
    bad[0] = 'X';
    state_reader_init(&file, bad, w.len);
    ok(state_find_section(&file, "uart", 0, &sec, &version) == -EINVAL, "bad magic: -EINVAL");
    memcpy(bad, w.buf, w.len);
    bad[8] = 2;
    state_reader_init(&file, bad, w.len);
    ok(state_find_section(&file, "uart", 0, &sec, &version) == -ENOTSUP,
       "format version 2: -ENOTSUP");
    free(bad);

    /* Every truncation: a cut at a section boundary is a valid shorter
     * file; anything else is malformed. Never a read out of bounds. */
    size_t bounds[] = { 12, 12 + 35, 12 + 35 + 34, w.len };
    bool all_ok = true;
    for (size_t len = 0; len <= w.len; len++) {
        uint8_t *copy = exact_copy(w.buf, len);
        state_reader_init(&file, copy, len);
        int rc = state_find_section(&file, "uart", 0, &sec, &version);
        bool boundary = false;
        for (size_t i = 0; i < sizeof(bounds) / sizeof(bounds[0]); i++) {
            boundary |= len == bounds[i];
        }
        int want = len == w.len ? 0 : boundary ? -ENOENT : -EINVAL;
        all_ok &= rc == want;
        free(copy);
    }
    ok(all_ok, "every truncation of a file: -EINVAL, or -ENOENT at a section boundary");

    /* A name/instance pair present twice. */
    state_begin_section(&w, "uart", 0, 3);
    state_end_section(&w);
    state_reader_init(&file, w.buf, w.len);
    ok(state_find_section(&file, "uart", 0, &sec, &version) == -EINVAL,
       "duplicate section: -EINVAL");
    state_writer_free(&w);

    /* Writer misuse. */
    char long_name[STATE_NAME_MAX + 2];
    memset(long_name, 'n', sizeof(long_name) - 1);
    long_name[sizeof(long_name) - 1] = '\0';
    state_writer_init(&w);
    state_end_section(&w);
    ok(w.failed, "end_section with none open fails");
    state_writer_free(&w);
    state_writer_init(&w);
    state_begin_section(&w, "a", 0, 1);
    state_begin_section(&w, "b", 0, 1);
    ok(w.failed, "nested begin_section fails");
    state_writer_free(&w);
    state_writer_init(&w);
    state_begin_section(&w, "", 0, 1);
    ok(w.failed, "empty section name fails");
    state_writer_free(&w);
    state_writer_init(&w);
    state_begin_section(&w, long_name, 0, 1);
    ok(w.failed, "256-byte section name fails");
    state_writer_free(&w);
    state_writer_init(&w);
    long_name[STATE_NAME_MAX] = '\0';
    state_put_header(&w);
    state_begin_section(&w, long_name, 7, 1);
    state_end_section(&w);
    state_reader_init(&file, w.buf, w.len);
    ok(!w.failed && state_find_section(&file, long_name, 7, &sec, &version) == 0,
       "255-byte section name round-trips");
    state_writer_free(&w);
}

/* ---- Harts ---------------------------------------------------------- */

typedef struct Machine {
    uint8_t *ram;     /* RAM_SIZE + 8 bytes of slack */
    Hart hart;
} Machine;

static bool no_mmio_read(void *opaque, uint64_t pa, int size, uint64_t *v)
{
    (void)opaque, (void)pa, (void)size, (void)v;
    return false;
}

static bool no_mmio_write(void *opaque, uint64_t pa, int size, uint64_t v)
{
    (void)opaque, (void)pa, (void)size, (void)v;
    return false;
}

static uint64_t fixed_time(void *opaque)
{
    (void)opaque;
    return 1000;
}

static void machine_init(Machine *m, int xlen, uint64_t hartid)
{
    m->ram = calloc(1, RAM_SIZE + 8);
    if (!m->ram) {
        abort();
    }
    HartBus bus = {
        .ram = m->ram, .ram_base = RAM_BASE, .ram_size = RAM_SIZE,
        .mmio_read = no_mmio_read, .mmio_write = no_mmio_write, .get_time = fixed_time,
    };
    hart_init(&m->hart, &bus, hartid, RAM_BASE, xlen);
}

static void machine_free(Machine *m)
{
    hart_free(&m->hart);
    free(m->ram);
}

/* Instruction encoders (unprivileged spec §2.2 formats). */
enum { T0 = 5, T1 = 6, T2 = 7, A0 = 10, A1 = 11, A2 = 12, A3 = 13, A4 = 14, F1 = 1, F2 = 2 };

static uint32_t enc_r(uint32_t op, int rd, int f3, int rs1, int rs2, uint32_t f7)
{
    return f7 << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 | (uint32_t)f3 << 12 |
           (uint32_t)rd << 7 | op;
}

static uint32_t enc_i(uint32_t op, int rd, int f3, int rs1, int32_t imm)
{
    return ((uint32_t)imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | (uint32_t)f3 << 12 |
           (uint32_t)rd << 7 | op;
}

static uint32_t enc_s(int f3, int rs1, int rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return (u >> 5 & 0x7f) << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 |
           (uint32_t)f3 << 12 | (u & 0x1f) << 7 | 0x23;
}

static uint32_t enc_b(int f3, int rs1, int rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return (u >> 12 & 1) << 31 | (u >> 5 & 0x3f) << 25 | (uint32_t)rs2 << 20 |
           (uint32_t)rs1 << 15 | (uint32_t)f3 << 12 | (u >> 1 & 0xf) << 8 |
           (u >> 11 & 1) << 7 | 0x63;
}

static uint32_t enc_u(uint32_t op, int rd, uint32_t imm20)
{
    return imm20 << 12 | (uint32_t)rd << 7 | op;
}

/* Writes the test program at RAM offset 0: enable the FPU, then a loop of
 * 1000 iterations of integer, memory, LR, FP and compressed instructions
 * (12 per iteration), then "j .". Returns the byte length. */
static size_t write_program(uint8_t *ram, int xlen)
{
    bool rv64 = xlen == 64;
    int w = rv64 ? 3 : 2;           /* funct3 for sd/ld/lr.d, or sw/lw/lr.w */
    uint32_t p[32];
    int n = 0;
    p[n++] = enc_u(0x17, T0, 0);                        /* auipc t0, 0 */
    p[n++] = enc_i(0x13, T0, 0, T0, DATA_OFF);          /* addi t0, t0, DATA_OFF */
    p[n++] = enc_u(0x37, T1, 0x6);                      /* lui t1, 6: mstatus.FS */
    p[n++] = enc_i(0x73, 0, 2, T1, 0x300);              /* csrrs zero, mstatus, t1 */
    p[n++] = enc_i(0x13, A0, 0, 0, 0);                  /* li a0, 0 */
    p[n++] = enc_u(0x37, A1, 0x12345);                  /* lui a1, 0x12345 */
    p[n++] = enc_i(0x13, A2, 0, 0, 1000);               /* li a2, 1000 */
    int loop = n;
    p[n++] = enc_r(0x33, A0, 0, A0, A2, 0);             /* add a0, a0, a2 */
    p[n++] = enc_r(0x33, A1, 4, A1, A0, 0);             /* xor a1, a1, a0 */
    p[n++] = enc_i(0x13, A3, 1, A1, 3);                 /* slli a3, a1, 3 */
    p[n++] = enc_s(w, T0, A3, 0);                       /* sd/sw a3, 0(t0) */
    p[n++] = enc_i(0x03, A4, w, T0, 0);                 /* ld/lw a4, 0(t0) */
    p[n++] = enc_r(0x2f, T2, w, T0, 0, 0x02 << 2);      /* lr.d/lr.w t2, (t0) */
    p[n++] = enc_r(0x53, F1, 7, A0, rv64 ? 2 : 0, 0x69); /* fcvt.d.l/w f1, a0 (dyn rm) */
    p[n++] = enc_r(0x53, F2, 7, F2, F1, 0x01);          /* fadd.d f2, f2, f1 */
    p[n++] = 0x07850785;                                /* c.addi a5, 1 (twice) */
    p[n++] = enc_i(0x13, A2, 0, A2, -1);                /* addi a2, a2, -1 */
    p[n] = enc_b(1, A2, 0, (loop - n) * 4);             /* bnez a2, loop */
    n++;
    p[n++] = 0x0000006f;                                /* j . */
    memcpy(ram, p, (size_t)n * 4);
    return (size_t)n * 4;
}

/* The encoders agree with an assembler on a few words. */
static void test_encoders(void)
{
    ok(enc_u(0x17, T0, 0) == 0x00000297 && enc_r(0x53, F1, 7, A0, 2, 0x69) == 0xd22570d3 &&
       enc_r(0x53, F2, 7, F2, F1, 0x01) == 0x02117153 &&
       enc_r(0x2f, T2, 3, T0, 0, 0x02 << 2) == 0x1002b3af &&
       enc_i(0x73, 0, 2, T1, 0x300) == 0x30032073 && enc_b(1, A2, 0, -36) == 0xfc061ee3,
       "instruction encoders match assembled words");
}

/* True when every field hart_save writes is equal in a and b. */
static bool same_saved_fields(const Hart *a, const Hart *b)
{
    bool same = a->pc == b->pc && a->priv == b->priv && a->xlen == b->xlen &&
                a->fflags == b->fflags && a->frm == b->frm && a->wfi == b->wfi;
    same &= memcmp(a->x, b->x, 32 * sizeof(a->x[0])) == 0;
    same &= memcmp(a->f, b->f, sizeof(a->f)) == 0;
#define SAME(name) same &= a->name == b->name;
    SAME(mstatus) SAME(misa) SAME(medeleg) SAME(mideleg) SAME(mie) SAME(mip)
    SAME(mtvec) SAME(mscratch) SAME(mepc) SAME(mcause) SAME(mtval) SAME(mcounteren)
    SAME(menvcfg) SAME(stvec) SAME(sscratch) SAME(sepc) SAME(scause) SAME(stval)
    SAME(scounteren) SAME(satp) SAME(senvcfg) SAME(stimecmp) SAME(mhartid)
    SAME(instret) SAME(mcycle_off) SAME(minstret_off) SAME(reservation) SAME(trig.tselect)
#undef SAME
    same &= memcmp(a->trig.tdata1, b->trig.tdata1, sizeof(a->trig.tdata1)) == 0;
    same &= memcmp(a->trig.tdata2, b->trig.tdata2, sizeof(a->trig.tdata2)) == 0;
    same &= memcmp(a->pmpcfg, b->pmpcfg, sizeof(a->pmpcfg)) == 0;
    same &= memcmp(a->pmpaddr, b->pmpaddr, sizeof(a->pmpaddr)) == 0;
    return same;
}

static bool tlb_empty(const Hart *h)
{
    for (int s = 0; s < 3; s++) {
        for (int i = 0; i < TLB_SIZE; i++) {
            if (h->tlb[s].read[i].tag != UINT64_MAX || h->tlb[s].write[i].tag != UINT64_MAX ||
                h->tlb[s].fetch[i].tag != UINT64_MAX) {
                return false;
            }
        }
    }
    return true;
}

/* Saves h as a whole file (header + its section) into w. */
static int save_file(const Hart *h, StateWriter *w)
{
    state_writer_init(w);
    state_put_header(w);
    return hart_save(h, w);
}

static int load_buf(Hart *h, const uint8_t *buf, size_t len, char *err, size_t errlen)
{
    StateReader r;
    state_reader_init(&r, buf, len);
    return hart_load(h, &r, err, errlen);
}

/* Saves a copy of src with one field changed by edit and expects dst to
 * refuse it without changing. */
static void expect_refused(Hart *dst, const Hart *src, void (*edit)(Hart *), const char *what)
{
    static Hart tmp, before;
    StateWriter w;
    char err[160] = "";
    memcpy(&tmp, src, sizeof(tmp));
    edit(&tmp);
    save_file(&tmp, &w);
    memcpy(&before, dst, sizeof(before));
    int rc = load_buf(dst, w.buf, w.len, err, sizeof(err));
    char line[256];
    snprintf(line, sizeof(line), "refused: %s (%s)", what, err);
    ok(rc == -1 && err[0] != '\0' && memcmp(&before, dst, sizeof(before)) == 0, line);
    state_writer_free(&w);
}

static void bad_priv(Hart *h) { h->priv = 2; }
static void bad_frm(Hart *h) { h->frm = 8; }
static void bad_fflags(Hart *h) { h->fflags = 32; }
static void bad_pc(Hart *h) { h->pc |= 1; }
static void bad_mpp(Hart *h)
{
    h->mstatus = (h->mstatus & ~MSTATUS_MPP) | (2ull << MSTATUS_MPP_SHIFT);
}
static void bad_satp(Hart *h) { h->satp = h->xlen == 64 ? 1ull << 60 : 1ull << 30; }
static void bad_mie(Hart *h) { h->mie |= 1u << 4; }
static void bad_pmpcfg(Hart *h) { h->pmpcfg[0] |= (uint64_t)PMP_W << 16; /* entry 2 */ }
static void bad_pmpslot(Hart *h) { h->pmpcfg[h->xlen == 64 ? 3 : 0] |= 1ull << 40; }
static void bad_pmpaddr(Hart *h) { h->pmpaddr[5] = 1ull << 60; }
static void bad_misa(Hart *h) { h->misa &= ~(1ull << 2); }
static void bad_tselect(Hart *h) { h->trig.tselect = HART_TRIGGERS; }
static void bad_tdata1(Hart *h) { h->trig.tdata1[2] |= 1ull << 12; /* action 1 */ }

/* Bytes of a version 2 "hart" payload; version 1 ended after pmpaddr. */
#define V1_PAYLOAD 893
#define V2_PAYLOAD (V1_PAYLOAD + 16 + 16 * HART_TRIGGERS)

/* A version 1 section (w's payload cut where version 1 ended) still loads
 * into dst: every version 1 field as saved, minstret as it was (its instret
 * was minstret: no offset), triggers reset. A version 1 payload of version
 * 2's length is refused. */
static void test_version1(Hart *dst, const Hart *src, const StateWriter *w, const char *rv)
{
    static Hart want;
    char what[256], err[160] = "";
    StateWriter x;
    state_writer_init(&x);
    state_put_header(&x);
    state_begin_section(&x, HART_STATE_SECTION, 0, 1);
    state_put_bytes(&x, w->buf + 12 + 17, V1_PAYLOAD);
    state_end_section(&x);
    int rc = load_buf(dst, x.buf, x.len, err, sizeof(err));
    memcpy(&want, src, sizeof(want));
    want.minstret_off = 0;
    want.trig.tselect = 0;
    for (int i = 0; i < HART_TRIGGERS; i++) {
        want.trig.tdata1[i] = (uint64_t)6 << (src->xlen - 4);
        want.trig.tdata2[i] = 0;
    }
    snprintf(what, sizeof(what), "%s: version 1 section loads (%s)", rv, err);
    ok(rc == 0 && same_saved_fields(&want, dst) && dst->trig.armed == 0, what);
    state_writer_free(&x);

    state_writer_init(&x);
    state_put_header(&x);
    state_begin_section(&x, HART_STATE_SECTION, 0, 1);
    state_put_bytes(&x, w->buf + 12 + 17, V2_PAYLOAD);
    state_end_section(&x);
    snprintf(what, sizeof(what), "%s: version 1 section of version 2's length refused", rv);
    ok(load_buf(dst, x.buf, x.len, err, sizeof(err)) == -1 && strstr(err, "unexpected"), what);
    state_writer_free(&x);
}

/* Runs a program on a fresh hart for run1 instructions, sets CSRs, saves,
 * restores into a second hart on a copy of RAM, and runs both on. */
static void test_hart(int xlen)
{
    static Machine a, b;
    char what[256], err[160];
    StateWriter w;
    const char *rv = xlen == 64 ? "RV64" : "RV32";

    machine_init(&a, xlen, 0);
    machine_init(&b, xlen, 0);
    write_program(a.ram, xlen);
    int64_t ran = hart_run(&a.hart, 1237);
    snprintf(what, sizeof(what), "%s: program ran 1237 instructions", rv);
    ok(ran == 1237 && a.hart.instret == 1237 && a.hart.x[A0] != 0 && a.hart.f[F2] != 0 &&
       a.hart.reservation == RAM_BASE + DATA_OFF && a.hart.x[15] != 0, what);

    /* CSRs through their write rules, as a guest or debugger would. */
    Hart *h = &a.hart;
    hart_debug_set_reg(h, CSR(0x340), 0x1122334455667788ull);   /* mscratch */
    hart_debug_set_reg(h, CSR(0x140), 0x55aa);                  /* sscratch */
    hart_debug_set_reg(h, CSR(0x105), RAM_BASE + 0x201);        /* stvec, vectored */
    hart_debug_set_reg(h, CSR(0x305), RAM_BASE + 0x800);        /* mtvec */
    hart_debug_set_reg(h, CSR(0x302), 0xb1ff);                  /* medeleg */
    hart_debug_set_reg(h, CSR(0x303), MIP_SSIP | MIP_STIP | MIP_SEIP); /* mideleg */
    hart_debug_set_reg(h, CSR(0x304), MIP_SSIP | MIP_MTIP);     /* mie */
    hart_debug_set_reg(h, CSR(0x341), RAM_BASE + 0x40);         /* mepc */
    hart_debug_set_reg(h, CSR(0x141), RAM_BASE + 0x42);         /* sepc */
    hart_debug_set_reg(h, CSR(0x342), 7);                       /* mcause */
    hart_debug_set_reg(h, CSR(0x142), 13);                      /* scause */
    hart_debug_set_reg(h, CSR(0x343), 0xdead);                  /* mtval */
    hart_debug_set_reg(h, CSR(0x143), 0xbeef);                  /* stval */
    hart_debug_set_reg(h, CSR(0x306), 7);                       /* mcounteren */
    hart_debug_set_reg(h, CSR(0x106), 5);                       /* scounteren */
    hart_debug_set_reg(h, CSR(0x30a), 0xf1);                    /* menvcfg: CBZE..FIOM */
    hart_debug_set_reg(h, CSR(0x10a), 0x81);                    /* senvcfg */
    hart_debug_set_reg(h, CSR(0x14d), 123456);                  /* stimecmp */
    hart_debug_set_reg(h, CSR(0x180), xlen == 64 ? (8ull << 60) | 0x80010 : 0x80080010);
    hart_debug_set_reg(h, CSR(0xb00), 999999);                  /* mcycle */
    hart_debug_set_reg(h, CSR(0xb02), 424242);                  /* minstret */
    hart_debug_set_reg(h, CSR(0x7a0), 2);                       /* tselect */
    hart_debug_set_reg(h, CSR(0x7a2), RAM_BASE + 0x3000);       /* tdata2 */
    /* tdata1: mcontrol6, store in M (never taken here: mstatus.MIE = 0) */
    hart_debug_set_reg(h, CSR(0x7a1), (6ull << (xlen - 4)) | 0x42);
    hart_debug_set_reg(h, CSR(0x7a0), 1);                       /* tselect */
    hart_debug_set_reg(h, CSR(0x3b0), (RAM_BASE >> 2) | ((RAM_SIZE >> 3) - 1)); /* pmpaddr0 */
    hart_debug_set_reg(h, CSR(0x3b3), 0x1234);                  /* pmpaddr3 */
    hart_debug_set_reg(h, CSR(0x3a0), 0x1f | (0x09u << 8));     /* pmpcfg0: NAPOT RWX, TOR R */
    hart_debug_set_reg(h, CSR(0x3a2), 0x0b);                    /* entries 8 (RV64) / 8 (RV32) */
    hart_debug_set_reg(h, CSR(0x344), MIP_SSIP);                /* mip */
    hart_debug_set_reg(h, 66, FFLAG_NX | FFLAG_OF);             /* fflags */
    hart_debug_set_reg(h, 67, RM_RUP);                          /* frm */
    snprintf(what, sizeof(what), "%s: CSRs set", rv);
    ok(h->mscratch == (xlen == 64 ? 0x1122334455667788ull : 0x55667788) && h->satp != 0 &&
       h->pmpcfg[xlen == 64 ? 1 : 2] == 0x0b && h->mip == MIP_SSIP && h->frm == RM_RUP &&
       h->minstret_off != 0 && h->trig.tselect == 1 && h->trig.armed == 2, what);

    /* Give the target hart stale translations and different registers. */
    write_program(b.ram, xlen);
    hart_run(&b.hart, 50);
    snprintf(what, sizeof(what), "%s: target hart has TLB entries before the load", rv);
    ok(!tlb_empty(&b.hart), what);

    snprintf(what, sizeof(what), "%s: hart_save", rv);
    ok(save_file(h, &w) == 0 && !w.failed && w.len == 12 + 17 + V2_PAYLOAD, what);
    memcpy(b.ram, a.ram, RAM_SIZE);
    err[0] = '\0';
    int rc = load_buf(&b.hart, w.buf, w.len, err, sizeof(err));
    snprintf(what, sizeof(what), "%s: hart_load (%s)", rv, err[0] ? err : "no error");
    ok(rc == 0, what);
    snprintf(what, sizeof(what), "%s: every saved field equal after load", rv);
    ok(same_saved_fields(&a.hart, &b.hart), what);
    snprintf(what, sizeof(what), "%s: TLB flushed and sets selected by load", rv);
    ok(tlb_empty(&b.hart) && b.hart.tlb_fetch == &b.hart.tlb[2] &&
       b.hart.tlb_data == &b.hart.tlb[2], what);

    /* Lockstep: same slices on both; registers, RAM and state stay equal. */
    bool lockstep = true;
    for (int i = 0; i < 40 && lockstep; i++) {
        int64_t n = 37 + 97 * i;
        lockstep = hart_run(&a.hart, n) == hart_run(&b.hart, n) &&
                   same_saved_fields(&a.hart, &b.hart);
    }
    snprintf(what, sizeof(what), "%s: both harts run 40 slices in lockstep", rv);
    ok(lockstep && a.hart.x[A2] == 0 && memcmp(a.ram, b.ram, RAM_SIZE) == 0, what);
    StateWriter w2;
    save_file(&a.hart, &w2);
    StateWriter w3;
    save_file(&b.hart, &w3);
    snprintf(what, sizeof(what), "%s: both harts save identical bytes at the end", rv);
    ok(w2.len == w3.len && memcmp(w2.buf, w3.buf, w2.len) == 0, what);
    state_writer_free(&w2);
    state_writer_free(&w3);

    /* Errors leave the hart untouched. */
    expect_refused(&b.hart, &a.hart, bad_priv, "privilege 2");
    expect_refused(&b.hart, &a.hart, bad_frm, "frm 8");
    expect_refused(&b.hart, &a.hart, bad_fflags, "fflags 32");
    expect_refused(&b.hart, &a.hart, bad_pc, "odd pc");
    expect_refused(&b.hart, &a.hart, bad_mpp, "mstatus.MPP 2");
    expect_refused(&b.hart, &a.hart, bad_satp, "satp reserved mode or bits");
    expect_refused(&b.hart, &a.hart, bad_mie, "mie bit 4");
    expect_refused(&b.hart, &a.hart, bad_pmpcfg, "pmpcfg W without R");
    expect_refused(&b.hart, &a.hart, bad_pmpslot, "pmpcfg bits beyond XLEN");
    expect_refused(&b.hart, &a.hart, bad_pmpaddr, "pmpaddr bit 60");
    expect_refused(&b.hart, &a.hart, bad_misa, "misa without C");
    expect_refused(&b.hart, &a.hart, bad_tselect, "tselect 4");
    expect_refused(&b.hart, &a.hart, bad_tdata1, "tdata1 with action 1");

    /* Truncated at every length: refused, hart untouched, no stray read. */
    static Hart before;
    state_writer_free(&w);
    save_file(&a.hart, &w);
    memcpy(&before, &b.hart, sizeof(before));
    bool all_refused = true;
    for (size_t len = 0; len < w.len; len++) {
        uint8_t *copy = exact_copy(w.buf, len);
        all_refused &= load_buf(&b.hart, copy, len, err, sizeof(err)) == -1;
        free(copy);
    }
    snprintf(what, sizeof(what), "%s: every truncated file refused", rv);
    ok(all_refused && memcmp(&before, &b.hart, sizeof(before)) == 0, what);

    /* Extra bytes in the section, another section version, another hart. */
    StateWriter x;
    state_writer_init(&x);
    state_put_header(&x);
    state_begin_section(&x, HART_STATE_SECTION, 0, HART_STATE_VERSION);
    state_put_bytes(&x, w.buf + 12 + 17, w.len - 12 - 17);
    state_put_u8(&x, 0);
    state_end_section(&x);
    snprintf(what, sizeof(what), "%s: trailing byte in the section refused", rv);
    ok(load_buf(&b.hart, x.buf, x.len, err, sizeof(err)) == -1 && strstr(err, "unexpected"),
       what);
    x.buf[12 + 1 + 4 + 4] = HART_STATE_VERSION + 1;
    rc = load_buf(&b.hart, x.buf, x.len, err, sizeof(err));
    snprintf(what, sizeof(what), "%s: section version %d refused (%s)", rv,
             HART_STATE_VERSION + 1, err);
    ok(rc == -1 && strstr(err, "version"), what);
    state_writer_free(&x);
    test_version1(&b.hart, &a.hart, &w, rv);
    b.hart.mhartid = 1;
    snprintf(what, sizeof(what), "%s: no section for hart 1", rv);
    ok(load_buf(&b.hart, w.buf, w.len, err, sizeof(err)) == -1 && strstr(err, "hart 1:") &&
       strstr(err, "no saved state"), what);
    b.hart.mhartid = 0;
    ok(load_buf(&b.hart, w.buf, w.len, NULL, 0) == 0, "load with no error buffer");
    state_writer_free(&w);

    machine_free(&a);
    machine_free(&b);
}

/* The TLB sets follow the loaded privilege and MPRV/MPP. */
static void test_tlb_sets(void)
{
    static Machine a, b;
    StateWriter w;
    char err[160] = "";
    machine_init(&a, 64, 3);
    machine_init(&b, 64, 3);
    a.hart.priv = PRV_S;
    save_file(&a.hart, &w);
    int rc = load_buf(&b.hart, w.buf, w.len, err, sizeof(err));
    ok(rc == 0 && b.hart.priv == PRV_S && b.hart.tlb_fetch == &b.hart.tlb[1] &&
       b.hart.tlb_data == &b.hart.tlb[1], "priv S: fetch and data use the S set");
    state_writer_free(&w);

    a.hart.priv = PRV_M;
    a.hart.mstatus |= MSTATUS_MPRV; /* MPP = U */
    save_file(&a.hart, &w);
    rc = load_buf(&b.hart, w.buf, w.len, err, sizeof(err));
    ok(rc == 0 && b.hart.tlb_fetch == &b.hart.tlb[2] && b.hart.tlb_data == &b.hart.tlb[0],
       "priv M with MPRV, MPP = U: fetch M set, data U set");
    state_writer_free(&w);

    /* Hart 3's section is found among others. */
    state_writer_init(&w);
    state_put_header(&w);
    state_begin_section(&w, "plic", 0, 1);
    state_put_u32(&w, 1);
    state_end_section(&w);
    a.hart.mstatus &= ~MSTATUS_MPRV;
    hart_save(&a.hart, &w);
    state_begin_section(&w, "hart", 2, 1);
    state_end_section(&w);
    rc = load_buf(&b.hart, w.buf, w.len, err, sizeof(err));
    ok(rc == 0 && b.hart.tlb_data == &b.hart.tlb[2], "hart 3's section found among others");
    state_writer_free(&w);
    machine_free(&a);
    machine_free(&b);
}

/* A saved RV32 hart cannot be loaded into an RV64 one. */
static void test_xlen_mismatch(void)
{
    static Machine a, b;
    StateWriter w;
    char err[160] = "";
    machine_init(&a, 32, 0);
    machine_init(&b, 64, 0);
    save_file(&a.hart, &w);
    int rc = load_buf(&b.hart, w.buf, w.len, err, sizeof(err));
    char what[256];
    snprintf(what, sizeof(what), "RV32 state into an RV64 hart refused (%s)", err);
    ok(rc == -1 && strstr(err, "RV32") && strstr(err, "RV64"), what);
    state_writer_free(&w);
    machine_free(&a);
    machine_free(&b);
}

static bool write_file(const char *dir, const char *name, const StateWriter *w)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) {
        return false;
    }
    bool good = !w->failed && fwrite(w->buf, 1, w->len, f) == w->len;
    return fclose(f) == 0 && good;
}

/* Fuzz seeds for tests/fuzz/fuzz_state.c: saved RV64 and RV32 harts
 * stopped mid-program, a file with several sections around a hart, and a
 * bare header. */
static void write_seeds(const char *dir)
{
    static Machine m64, m32;
    StateWriter w;
    bool good = true;
    machine_init(&m64, 64, 0);
    machine_init(&m32, 32, 0);
    write_program(m64.ram, 64);
    write_program(m32.ram, 32);
    hart_run(&m64.hart, 500);
    hart_run(&m32.hart, 700);
    hart_debug_set_reg(&m64.hart, CSR(0x180), (9ull << 60) | 0x80001);  /* satp: Sv48 */
    hart_debug_set_reg(&m64.hart, CSR(0x3b0), ~0ull);                  /* pmpaddr0 */
    hart_debug_set_reg(&m64.hart, CSR(0x3a0), 0x1b);                   /* NAPOT RW */
    hart_debug_set_reg(&m32.hart, CSR(0x300), 0x1800);                 /* MPP = M */

    save_file(&m64.hart, &w);
    good &= write_file(dir, "hart-rv64.bin", &w);
    state_writer_free(&w);
    save_file(&m32.hart, &w);
    good &= write_file(dir, "hart-rv32.bin", &w);
    state_writer_free(&w);

    build_file(&w);
    good &= hart_save(&m64.hart, &w) == 0;
    state_begin_section(&w, "uart", 1, 1);
    state_put_str(&w, "tail");
    state_end_section(&w);
    good &= write_file(dir, "sections.bin", &w);
    state_writer_free(&w);

    state_writer_init(&w);
    state_put_header(&w);
    good &= write_file(dir, "header-only.bin", &w);
    state_writer_free(&w);
    ok(good, "fuzz seeds written");
    machine_free(&m64);
    machine_free(&m32);
}

int main(int argc, char **argv)
{
    test_round_trip();
    test_truncation();
    test_checked_values();
    test_sections();
    test_encoders();
    test_hart(64);
    test_hart(32);
    test_tlb_sets();
    test_xlen_mismatch();

    if (argc > 1) {
        write_seeds(argv[1]);
    }
    return t_summary("test_state");
}
