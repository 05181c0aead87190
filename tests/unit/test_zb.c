/* Unit test for emu/zb.c: Zba, Zbb, Zbc, Zbs (unprivileged spec chapter 28)
 * and Zicond, on RV64 and RV32.
 *
 * Build: gcc -std=gnu11 -O2 -I. tests/unit/test_zb.c emu/zb.c (or via
 * tests/unit/Makefile).
 *
 * Register forms are written as the exact words Debian's binutils 2.40
 * produces for `OP a0, a1, a2` / `OP a0, a1` (rd = x10, rs1 = x11,
 * rs2 = x12) with -march=rv64gc_zba_zbb_zbc_zbs (rv32 for the RV32-only
 * words); that binutils has no Zicond, whose words are built from the
 * Zicond spec fields (funct7 0000111, funct3 101 / 111, OP). Immediate
 * forms go through IMM() with the funct6/funct7 of chapter 28.
 * Expected values were worked out by hand from the spec's pseudocode. */
#include <stdint.h>
#include <stdio.h>

#include "emu/zb.h"

/* `OP a0, a1, imm` with imm[11:0] = imm12 (shamt in the low bits). */
#define IMM(imm12, f3, op) \
    ((uint32_t)(imm12) << 20 | 11u << 15 | (uint32_t)(f3) << 12 | 10u << 7 | (op))

enum {
    SH1ADD = 0x20c5a533, SH2ADD = 0x20c5c533, SH3ADD = 0x20c5e533,
    ADD_UW = 0x08c5853b, SH1ADD_UW = 0x20c5a53b, SH2ADD_UW = 0x20c5c53b,
    SH3ADD_UW = 0x20c5e53b,
    ANDN = 0x40c5f533, ORN = 0x40c5e533, XNOR = 0x40c5c533,
    CLZ = 0x60059513, CTZ = 0x60159513, CPOP = 0x60259513,
    CLZW = 0x6005951b, CTZW = 0x6015951b, CPOPW = 0x6025951b,
    MAX = 0x0ac5e533, MAXU = 0x0ac5f533, MIN = 0x0ac5c533, MINU = 0x0ac5d533,
    SEXT_B = 0x60459513, SEXT_H = 0x60559513,
    ZEXT_H64 = 0x0805c53b, ZEXT_H32 = 0x0805c533,
    ROL = 0x60c59533, ROR = 0x60c5d533, ROLW = 0x60c5953b, RORW = 0x60c5d53b,
    ORC_B = 0x2875d513, REV8_64 = 0x6b85d513, REV8_32 = 0x6985d513,
    CLMUL = 0x0ac59533, CLMULH = 0x0ac5b533, CLMULR = 0x0ac5a533,
    BCLR = 0x48c59533, BEXT = 0x48c5d533, BINV = 0x68c59533, BSET = 0x28c59533,
    CZERO_EQZ = 0x0ec5d533, CZERO_NEZ = 0x0ec5f533,
};
/* Immediate forms: funct6 (RV64) / funct7 (RV32) in imm[11:6] / imm[11:5]. */
#define RORI(sh) IMM(0x600 | (sh), 5, 0x13)
#define RORIW(sh) IMM(0x600 | (sh), 5, 0x1b)
#define SLLI_UW(sh) IMM(0x080 | (sh), 1, 0x1b)
#define BCLRI(sh) IMM(0x480 | (sh), 1, 0x13)
#define BEXTI(sh) IMM(0x480 | (sh), 5, 0x13)
#define BINVI(sh) IMM(0x680 | (sh), 1, 0x13)
#define BSETI(sh) IMM(0x280 | (sh), 1, 0x13)

#define M64 0x8000000000000000ull
#define ONES 0xffffffffffffffffull
#define NO 0xdeadull /* marker: the instruction must be rejected */

typedef struct ZbVector {
    const char *name;
    uint32_t insn;
    int xlen;
    uint64_t a, b;      /* rs1, rs2 values */
    uint64_t expected;  /* rd, or NO when zb_execute must return false */
    int rejected;
} ZbVector;

#define V64(n, i, a, b, e) {n, i, 64, a, b, e, 0}
#define V32(n, i, a, b, e) {n, i, 32, a, b, e, 0}
#define BAD(n, i, x) {n, i, x, 1, 2, NO, 1}

static const ZbVector vectors[] = {
    /* Zba, RV64: rd = rs2 + (rs1 << n); .uw forms zero-extend rs1[31:0] */
    V64("sh1add", SH1ADD, 3, 5, 11),
    V64("sh1add", SH1ADD, M64, 1, 1),
    V64("sh1add", SH1ADD, ONES, ONES, 0xfffffffffffffffdull),
    V64("sh2add", SH2ADD, 3, 5, 17),
    V64("sh2add", SH2ADD, 0x4000000000000000ull, 7, 7),
    V64("sh2add", SH2ADD, ONES, 0, 0xfffffffffffffffcull),
    V64("sh3add", SH3ADD, 3, 5, 29),
    V64("sh3add", SH3ADD, ONES, 8, 0),
    V64("sh3add", SH3ADD, 0x2000000000000001ull, 0, 8),
    V64("add.uw", ADD_UW, 0xffffffff80000000ull, 1, 0x80000001),
    V64("add.uw", ADD_UW, ONES, ONES, 0xfffffffe),
    V64("add.uw", ADD_UW, 0x100000000ull, 5, 5),
    V64("sh1add.uw", SH1ADD_UW, ONES, 0, 0x1fffffffeull),
    V64("sh1add.uw", SH1ADD_UW, 0x80000000, 1, 0x100000001ull),
    V64("sh2add.uw", SH2ADD_UW, 0xdeadbeefffffffffull, 1, 0x3fffffffdull),
    V64("sh3add.uw", SH3ADD_UW, 0x180000000ull, 0, 0x400000000ull),
    V64("sh3add.uw", SH3ADD_UW, ONES, 8, 0x800000000ull),
    V64("slli.uw", SLLI_UW(0), ONES, 0, 0xffffffff),
    V64("slli.uw", SLLI_UW(63), ONES, 0, M64),
    V64("slli.uw", SLLI_UW(4), 0x123456789abcdef0ull, 0, 0x9abcdef00ull),
    V64("slli.uw", SLLI_UW(32), 0xffffffff00000001ull, 0, 0x100000000ull),

    /* Zbb logic with negate, counts */
    V64("andn", ANDN, 0xff00, 0x0ff0, 0xf000),
    V64("andn", ANDN, ONES, M64, 0x7fffffffffffffffull),
    V64("orn", ORN, 0, 0, ONES),
    V64("orn", ORN, 0xf0, 0xffffffffffffff0full, 0xf0),
    V64("xnor", XNOR, 0x1234, 0x1234, ONES),
    V64("xnor", XNOR, 0, ONES, 0),
    V64("xnor", XNOR, 0x5555555555555555ull, 0xaaaaaaaaaaaaaaaaull, 0),
    V64("clz", CLZ, 0, 0, 64),
    V64("clz", CLZ, 1, 0, 63),
    V64("clz", CLZ, M64, 0, 0),
    V64("clz", CLZ, ONES, 0, 0),
    V64("clz", CLZ, 0x80000000, 0, 32),
    V64("ctz", CTZ, 0, 0, 64),
    V64("ctz", CTZ, M64, 0, 63),
    V64("ctz", CTZ, 1, 0, 0),
    V64("ctz", CTZ, 0x100, 0, 8),
    V64("cpop", CPOP, 0, 0, 0),
    V64("cpop", CPOP, ONES, 0, 64),
    V64("cpop", CPOP, M64, 0, 1),
    V64("cpop", CPOP, 0x5555555555555555ull, 0, 32),
    V64("clzw", CLZW, 0, 0, 32),
    V64("clzw", CLZW, 0xffffffff00000000ull, 0, 32),
    V64("clzw", CLZW, 1, 0, 31),
    V64("clzw", CLZW, 0x80000000, 0, 0),
    V64("clzw", CLZW, 0x10000, 0, 15),
    V64("ctzw", CTZW, 0, 0, 32),
    V64("ctzw", CTZW, 0xffffffff00000000ull, 0, 32),
    V64("ctzw", CTZW, 0x80000000, 0, 31),
    V64("ctzw", CTZW, 0x100000002ull, 0, 1),
    V64("cpopw", CPOPW, ONES, 0, 32),
    V64("cpopw", CPOPW, 0xffffffff00000000ull, 0, 0),
    V64("cpopw", CPOPW, 0x0f0f0f0f, 0, 16),

    /* Zbb min/max, extension, rotates, orc.b, rev8 */
    V64("max", MAX, ONES, 1, 1),
    V64("max", MAX, M64, 0x7fffffffffffffffull, 0x7fffffffffffffffull),
    V64("max", MAX, M64, M64, M64),
    V64("maxu", MAXU, ONES, 1, ONES),
    V64("maxu", MAXU, 0, M64, M64),
    V64("min", MIN, ONES, 1, ONES),
    V64("min", MIN, M64, 0x7fffffffffffffffull, M64),
    V64("minu", MINU, ONES, 1, 1),
    V64("minu", MINU, 0, ONES, 0),
    V64("sext.b", SEXT_B, 0x80, 0, 0xffffffffffffff80ull),
    V64("sext.b", SEXT_B, 0x7f, 0, 0x7f),
    V64("sext.b", SEXT_B, 0xffffffffffffff00ull, 0, 0),
    V64("sext.b", SEXT_B, 0x123456789abcde7full, 0, 0x7f),
    V64("sext.h", SEXT_H, 0x8000, 0, 0xffffffffffff8000ull),
    V64("sext.h", SEXT_H, 0xffffffff00007fffull, 0, 0x7fff),
    V64("zext.h", ZEXT_H64, ONES, 0, 0xffff),
    V64("zext.h", ZEXT_H64, 0x12345678, 0, 0x5678),
    V64("rol", ROL, M64, 1, 1),
    V64("rol", ROL, 0x0123456789abcdefull, 4, 0x123456789abcdef0ull),
    V64("rol", ROL, 0x0123456789abcdefull, 68, 0x123456789abcdef0ull),
    V64("rol", ROL, 0x0123456789abcdefull, 64, 0x0123456789abcdefull),
    V64("rol", ROL, 1, 63, M64),
    V64("ror", ROR, 1, 1, M64),
    V64("ror", ROR, 0x0123456789abcdefull, 4, 0xf0123456789abcdeull),
    V64("ror", ROR, 0x0123456789abcdefull, 0, 0x0123456789abcdefull),
    V64("rori", RORI(63), 1, 0, 2),
    V64("rori", RORI(4), 0x0123456789abcdefull, 0, 0xf0123456789abcdeull),
    V64("rori", RORI(32), 0xffffffff, 0, 0xffffffff00000000ull),
    V64("rolw", ROLW, 0x80000000, 1, 1),
    V64("rolw", ROLW, 0x40000000, 1, 0xffffffff80000000ull),
    V64("rolw", ROLW, 0xffffffff12345678ull, 4, 0x23456781),
    V64("rolw", ROLW, 0xffffffff12345678ull, 36, 0x23456781),
    V64("rolw", ROLW, 0x1234567887654321ull, 32, 0xffffffff87654321ull),
    V64("rorw", RORW, 1, 1, 0xffffffff80000000ull),
    V64("rorw", RORW, 0x12345678, 4, 0xffffffff81234567ull),
    V64("rorw", RORW, 0x12345678, 36, 0xffffffff81234567ull),
    V64("roriw", RORIW(4), 0x12345678, 0, 0xffffffff81234567ull),
    V64("roriw", RORIW(0), 0x12345678, 0, 0x12345678),
    V64("roriw", RORIW(31), 0xffffffff00000001ull, 0, 2),
    V64("orc.b", ORC_B, 0x0102030000400000ull, 0, 0xffffff0000ff0000ull),
    V64("orc.b", ORC_B, 0, 0, 0),
    V64("orc.b", ORC_B, ONES, 0, ONES),
    V64("orc.b", ORC_B, 0x8000000000000001ull, 0, 0xff000000000000ffull),
    V64("rev8", REV8_64, 0x0123456789abcdefull, 0, 0xefcdab8967452301ull),
    V64("rev8", REV8_64, 0x80, 0, M64),

    /* Zbc: the 128-bit carry-less product P; clmul = P[63:0],
     * clmulh = P[127:64], clmulr = P[126:63]. (2^64-1)^2 = sum of x^(2i). */
    V64("clmul", CLMUL, 3, 3, 5),
    V64("clmul", CLMUL, ONES, 1, ONES),
    V64("clmul", CLMUL, M64, 2, 0),
    V64("clmul", CLMUL, 0xff, 0xff, 0x5555),
    V64("clmul", CLMUL, ONES, ONES, 0x5555555555555555ull),
    V64("clmulh", CLMULH, M64, 2, 1),
    V64("clmulh", CLMULH, ONES, ONES, 0x5555555555555555ull),
    V64("clmulh", CLMULH, 3, 3, 0),
    V64("clmulr", CLMULR, M64, 2, 2),
    V64("clmulr", CLMULR, ONES, ONES, 0xaaaaaaaaaaaaaaaaull),
    V64("clmulr", CLMULR, 1, 1, 0),
    V64("clmulr", CLMULR, M64, M64, M64),

    /* Zbs: index = rs2 / shamt mod XLEN */
    V64("bclr", BCLR, ONES, 63, 0x7fffffffffffffffull),
    V64("bclr", BCLR, ONES, 64, 0xfffffffffffffffeull),
    V64("bclr", BCLR, 0, 5, 0),
    V64("bclri", BCLRI(63), ONES, 0, 0x7fffffffffffffffull),
    V64("bclri", BCLRI(0), 1, 0, 0),
    V64("bext", BEXT, M64, 63, 1),
    V64("bext", BEXT, M64, 127, 1),
    V64("bext", BEXT, 0x10, 4, 1),
    V64("bext", BEXT, 0x10, 3, 0),
    V64("bexti", BEXTI(63), M64, 0, 1),
    V64("bexti", BEXTI(32), 0xfffffffeffffffffull, 0, 0),
    V64("binv", BINV, 0, 63, M64),
    V64("binv", BINV, ONES, 0, 0xfffffffffffffffeull),
    V64("binvi", BINVI(63), M64, 0, 0),
    V64("binvi", BINVI(32), 0, 0, 0x100000000ull),
    V64("bset", BSET, 0, 63, M64),
    V64("bset", BSET, 0, 65, 2),
    V64("bseti", BSETI(63), 0, 0, M64),
    V64("bseti", BSETI(31), 0, 0, 0x80000000),

    /* Zicond: rd = (rs2 == 0) ? 0 : rs1, and the reverse */
    V64("czero.eqz", CZERO_EQZ, 5, 0, 0),
    V64("czero.eqz", CZERO_EQZ, 5, 1, 5),
    V64("czero.eqz", CZERO_EQZ, ONES, M64, ONES),
    V64("czero.nez", CZERO_NEZ, 5, 0, 5),
    V64("czero.nez", CZERO_NEZ, 5, M64, 0),
    V64("czero.nez", CZERO_NEZ, ONES, 0x100000000ull, 0),

    /* RV32: low 32 bits in, 32-bit result sign-extended out; the upper
     * halves of some inputs are junk on purpose. */
    V32("sh1add", SH1ADD, 0xdead000080000001ull, 5, 7),
    V32("sh2add", SH2ADD, 0x40000000, 0x80000000, 0xffffffff80000000ull),
    V32("sh3add", SH3ADD, 1, 0x7ffffff8, 0xffffffff80000000ull),
    V32("andn", ANDN, 0xffffffff, 0xffff, 0xffffffffffff0000ull),
    V32("orn", ORN, 0, 0xffffffff, 0),
    V32("orn", ORN, 0, 0, ONES),
    V32("xnor", XNOR, 0x12345678, 0x12345678, ONES),
    V32("clz", CLZ, 0, 0, 32),
    V32("clz", CLZ, 1, 0, 31),
    V32("clz", CLZ, 0x80000000, 0, 0),
    V32("clz", CLZ, 0xffffffff00000000ull, 0, 32),
    V32("clz", CLZ, 0x8000, 0, 16),
    V32("ctz", CTZ, 0, 0, 32),
    V32("ctz", CTZ, 0x80000000, 0, 31),
    V32("ctz", CTZ, 0x100000000ull, 0, 32),
    V32("cpop", CPOP, 0xffffffff, 0, 32),
    V32("cpop", CPOP, 0xffffffff00000001ull, 0, 1),
    V32("max", MAX, 0x80000000, 0x7fffffff, 0x7fffffff),
    V32("max", MAX, 0x80000000, 0, 0),
    V32("maxu", MAXU, 0x80000000, 0x7fffffff, 0xffffffff80000000ull),
    V32("min", MIN, 0x80000000, 0x7fffffff, 0xffffffff80000000ull),
    V32("minu", MINU, 0x80000000, 0x7fffffff, 0x7fffffff),
    V32("minu", MINU, ONES, 0x0000000100000000ull, 0),
    V32("sext.b", SEXT_B, 0x80, 0, 0xffffffffffffff80ull),
    V32("sext.h", SEXT_H, 0x8000, 0, 0xffffffffffff8000ull),
    V32("zext.h", ZEXT_H32, 0xffff8765, 0, 0x8765),
    V32("rol", ROL, 0x80000000, 1, 1),
    V32("rol", ROL, 0x12345678, 4, 0x23456781),
    V32("rol", ROL, 0x12345678, 36, 0x23456781),
    V32("rol", ROL, 0x12345678, 32, 0x12345678),
    V32("ror", ROR, 1, 1, 0xffffffff80000000ull),
    V32("ror", ROR, 0x12345678, 4, 0xffffffff81234567ull),
    V32("rori", RORI(4), 0x12345678, 0, 0xffffffff81234567ull),
    V32("rori", RORI(31), 1, 0, 2),
    V32("orc.b", ORC_B, 0x00100001, 0, 0x00ff00ff),
    V32("orc.b", ORC_B, 0x80000000, 0, 0xffffffffff000000ull),
    V32("orc.b", ORC_B, 0xff00000000000000ull, 0, 0),
    V32("rev8", REV8_32, 0x12345678, 0, 0x78563412),
    V32("rev8", REV8_32, 0xff, 0, 0xffffffffff000000ull),
    V32("clmul", CLMUL, 0x80000000, 2, 0),
    V32("clmul", CLMUL, 0xffffffff, 0xffffffff, 0x55555555),
    V32("clmulh", CLMULH, 0x80000000, 2, 1),
    V32("clmulh", CLMULH, 0xffffffff, 0xffffffff, 0x55555555),
    V32("clmulr", CLMULR, 0x80000000, 2, 2),
    V32("clmulr", CLMULR, 0xffffffff, 0xffffffff, 0xffffffffaaaaaaaaull),
    V32("bclr", BCLR, 0xffffffff, 31, 0x7fffffff),
    V32("bclr", BCLR, 0xffffffff, 32, 0xfffffffffffffffeull),
    V32("bclri", BCLRI(31), ONES, 0, 0x7fffffff),
    V32("bext", BEXT, 0x80000000, 31, 1),
    V32("bext", BEXT, 0x100000000ull, 32, 0),
    V32("bexti", BEXTI(31), 0x80000000, 0, 1),
    V32("binv", BINV, 0, 31, 0xffffffff80000000ull),
    V32("binvi", BINVI(31), 0xffffffff80000000ull, 0, 0),
    V32("bset", BSET, 0, 31, 0xffffffff80000000ull),
    V32("bset", BSET, 0, 33, 2),
    V32("bseti", BSETI(31), 0, 0, 0xffffffff80000000ull),
    V32("czero.eqz", CZERO_EQZ, 5, 0x100000000ull, 0),
    V32("czero.nez", CZERO_NEZ, 5, 0x100000000ull, 5),
    V32("czero.eqz", CZERO_EQZ, 0x80000000, 1, 0xffffffff80000000ull),

    /* Rejected: base/M instructions, other extensions, reserved forms */
    BAD("add", 0x00c58533, 64),
    BAD("mul", 0x02c58533, 64),
    BAD("slli", IMM(0x03f, 1, 0x13), 64),
    BAD("srai", IMM(0x43f, 5, 0x13), 64),
    BAD("addw", 0x00c5853b, 64),
    BAD("load", 0x0005b503, 64),
    BAD("pack (Zbkb)", ZEXT_H32, 64),
    BAD("packw (Zbkb)", 0x08c5c53b, 64),
    BAD("unary rs2=3", 0x60359513, 64),
    BAD("unary rs2=6", 0x60659513, 64),
    BAD("clzw rs2=4 (sext.b slot)", 0x6045951b, 64),
    BAD("rev8 rv32 word", REV8_32, 64),
    BAD("funct7 5 funct3 0", 0x0ac58533, 64),
    BAD("czero funct3 6", 0x0ec5e533, 64),
    BAD("bset funct3 5", 0x28c5d533, 64),
    BAD("funct6 0x18 funct3 1 (no roli)", IMM(0x621, 1, 0x13), 64),
    BAD("add.uw rv32", ADD_UW, 32),
    BAD("sh1add.uw rv32", SH1ADD_UW, 32),
    BAD("slli.uw rv32", SLLI_UW(1), 32),
    BAD("clzw rv32", CLZW, 32),
    BAD("rolw rv32", ROLW, 32),
    BAD("roriw rv32", RORIW(1), 32),
    BAD("zext.h rv64 word", ZEXT_H64, 32),
    BAD("rori shamt[5] rv32", RORI(32), 32),
    BAD("bclri shamt[5] rv32", BCLRI(32), 32),
    BAD("bexti shamt[5] rv32", BEXTI(33), 32),
    BAD("binvi shamt[5] rv32", BINVI(63), 32),
    BAD("bseti shamt[5] rv32", BSETI(32), 32),
    BAD("rev8 rv64 word", REV8_64, 32),
};

int main(void)
{
    int passed = 0, failed = 0;
    for (size_t i = 0; i < sizeof(vectors) / sizeof(vectors[0]); i++) {
        const ZbVector *v = &vectors[i];
        uint64_t r = NO;
        bool ok = zb_execute(v->insn, v->a, v->b, v->xlen, &r);
        bool good = v->rejected ? (!ok && r == NO) : (ok && r == v->expected);
        if (good) {
            passed++;
            continue;
        }
        failed++;
        printf("FAIL rv%d %s (0x%08x) a=0x%016llx b=0x%016llx: ", v->xlen, v->name,
               v->insn, (unsigned long long)v->a, (unsigned long long)v->b);
        if (v->rejected) {
            printf("accepted, expected rejection\n");
        } else if (!ok) {
            printf("rejected\n");
        } else {
            printf("got 0x%016llx, expected 0x%016llx\n", (unsigned long long)r,
                   (unsigned long long)v->expected);
        }
    }
    printf("test_zb: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
