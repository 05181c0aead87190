/* Bit manipulation (Zba, Zbb, Zbc, Zbs: unprivileged spec chapter 28) and
 * integer conditional operations (Zicond).
 *
 * Everything is computed on xlen-bit values held in uint64_t: for RV32 the
 * inputs are cut to 32 bits on entry and the result sign-extended on exit,
 * so the helpers below only need xlen where the width changes the answer
 * (counts, rotates, bit indices, carry-less products, byte reversal). */
#include "zb.h"

#define FUNCT3(i) (((i) >> 12) & 7)
#define FUNCT7(i) ((i) >> 25)
#define RS2(i) (((i) >> 20) & 31)
#define KEY(f7, f3) ((f7) << 3 | (f3))

static inline uint64_t xmask(int xlen)
{
    return xlen == 64 ? UINT64_MAX : 0xffffffffull;
}

static inline uint64_t sext32(uint64_t v)
{
    return (uint64_t)(int64_t)(int32_t)(uint32_t)v;
}

static inline uint64_t zext32(uint64_t v)
{
    return (uint32_t)v;
}

/* Signed view of an xlen-bit value (min/max compare signed). */
static inline int64_t sval(uint64_t v, int xlen)
{
    return xlen == 64 ? (int64_t)v : (int64_t)(int32_t)(uint32_t)v;
}

static uint64_t clz_x(uint64_t a, int xlen)
{
    if (a == 0) {
        return (uint64_t)xlen;
    }
    return (uint64_t)(__builtin_clzll(a) - (64 - xlen));
}

static uint64_t ctz_x(uint64_t a, int xlen)
{
    return a == 0 ? (uint64_t)xlen : (uint64_t)__builtin_ctzll(a);
}

static uint64_t rol_x(uint64_t a, uint64_t n, int xlen)
{
    unsigned s = (unsigned)(n & (uint64_t)(xlen - 1));
    if (s == 0) {
        return a; /* a >> xlen would be undefined */
    }
    return ((a << s) | (a >> (xlen - (int)s))) & xmask(xlen);
}

static uint64_t ror_x(uint64_t a, uint64_t n, int xlen)
{
    return rol_x(a, (uint64_t)xlen - (n & (uint64_t)(xlen - 1)), xlen);
}

/* The 2*xlen-bit carry-less product: clmul is its low half, clmulh its high
 * half and clmulr bits 2*xlen-2..xlen-1 (the three pseudocode loops of
 * chapter 28's clmul/clmulh/clmulr are slices of this one product). */
static unsigned __int128 clmul_full(uint64_t a, uint64_t b, int xlen)
{
    unsigned __int128 r = 0;
    for (int i = 0; i < xlen; i++) {
        if ((b >> i) & 1) {
            r ^= (unsigned __int128)a << i;
        }
    }
    return r;
}

/* orc.b: each byte becomes 0xff if any of its bits is set, else 0x00. */
static uint64_t orc_b(uint64_t a)
{
    uint64_t r = 0;
    for (int i = 0; i < 64; i += 8) {
        if ((a >> i) & 0xff) {
            r |= 0xffull << i;
        }
    }
    return r;
}

static uint64_t rev8_x(uint64_t a, int xlen)
{
    return xlen == 64 ? __builtin_bswap64(a) : __builtin_bswap32((uint32_t)a);
}

/* Zba shNadd (OP, funct7 0x10): funct3 2, 4, 6 select N = 1, 2, 3. */
static bool shadd(uint32_t f3, uint64_t a, uint64_t b, uint64_t *r)
{
    if (f3 != 2 && f3 != 4 && f3 != 6) {
        return false;
    }
    *r = (a << (f3 >> 1)) + b;
    return true;
}

/* Zbb andn/orn/xnor (OP, funct7 0x20; funct3 0 and 5 are sub and sra). */
static bool logic_not(uint32_t f3, uint64_t a, uint64_t b, uint64_t *r)
{
    switch (f3) {
    case 7: *r = a & ~b; return true;
    case 6: *r = a | ~b; return true;
    case 4: *r = ~(a ^ b); return true;
    default: return false;
    }
}

/* OP funct7 0x05: Zbc clmul/clmulr/clmulh (funct3 1-3) and Zbb
 * min/minu/max/maxu (funct3 4-7). */
static bool minmax_clmul(uint32_t f3, uint64_t a, uint64_t b, int xlen, uint64_t *r)
{
    int64_t sa = sval(a, xlen), sb = sval(b, xlen);
    switch (f3) {
    case 1: *r = (uint64_t)clmul_full(a, b, xlen); return true;
    case 2: *r = (uint64_t)(clmul_full(a, b, xlen) >> (xlen - 1)); return true;
    case 3: *r = (uint64_t)(clmul_full(a, b, xlen) >> xlen); return true;
    case 4: *r = sa < sb ? a : b; return true;
    case 5: *r = a < b ? a : b; return true;
    case 6: *r = sa < sb ? b : a; return true;
    case 7: *r = a < b ? b : a; return true;
    default: return false;
    }
}

/* Zbs on a bit index (register or immediate form): f7 picks the operation
 * (0x24 bclr/bext, 0x34 binv, 0x14 bset), f3 1 or 5. */
static bool single_bit(uint32_t f7, uint32_t f3, uint64_t a, uint64_t idx, int xlen,
                       uint64_t *r)
{
    uint64_t bit = 1ull << (idx & (uint64_t)(xlen - 1));
    switch (KEY(f7, f3)) {
    case KEY(0x24, 1): *r = a & ~bit; return true;
    case KEY(0x24, 5): *r = (a & bit) != 0; return true;
    case KEY(0x34, 1): *r = a ^ bit; return true;
    case KEY(0x14, 1): *r = a | bit; return true;
    default: return false;
    }
}

/* Major opcode OP (0x33); a and b already cut to xlen bits. */
static bool zb_op(uint32_t insn, uint64_t a, uint64_t b, int xlen, uint64_t *r)
{
    uint32_t f3 = FUNCT3(insn);
    switch (FUNCT7(insn)) {
    case 0x10: return shadd(f3, a, b, r);
    case 0x20: return logic_not(f3, a, b, r);
    case 0x05: return minmax_clmul(f3, a, b, xlen, r);
    case 0x24: case 0x34: case 0x14: return single_bit(FUNCT7(insn), f3, a, b, xlen, r);
    case 0x30:
        if (f3 != 1 && f3 != 5) {
            return false;
        }
        *r = f3 == 1 ? rol_x(a, b, xlen) : ror_x(a, b, xlen);
        return true;
    case 0x07: /* Zicond czero.eqz (funct3 5) / czero.nez (funct3 7) */
        if (f3 != 5 && f3 != 7) {
            return false;
        }
        if (f3 == 5) {
            *r = b == 0 ? 0 : a;
        } else {
            *r = b != 0 ? 0 : a;
        }
        return true;
    case 0x04: /* zext.h is OP only on RV32; on RV64 this is Zbkb pack */
        if (xlen != 32 || f3 != 4 || RS2(insn) != 0) {
            return false;
        }
        *r = a & 0xffff;
        return true;
    default:
        return false;
    }
}

/* Zbb unary OP-IMM forms (imm[11:5] 0x30, funct3 1), chosen by imm[4:0]. */
static bool zb_unary(uint32_t sel, uint64_t a, int xlen, uint64_t *r)
{
    switch (sel) {
    case 0: *r = clz_x(a, xlen); return true;
    case 1: *r = ctz_x(a, xlen); return true;
    case 2: *r = (uint64_t)__builtin_popcountll(a); return true;
    case 4: *r = (uint64_t)(int64_t)(int8_t)a; return true;
    case 5: *r = (uint64_t)(int64_t)(int16_t)a; return true;
    default: return false;
    }
}

/* Major opcode OP-IMM (0x13); a already cut to xlen bits. */
static bool zb_op_imm(uint32_t insn, uint64_t a, int xlen, uint64_t *r)
{
    uint32_t imm = insn >> 20, f3 = FUNCT3(insn);
    if (f3 == 1 && (imm >> 5) == 0x30) {
        return zb_unary(imm & 31, a, xlen, r);
    }
    if (f3 == 5 && imm == 0x287) {
        *r = orc_b(a);
        return true;
    }
    if (f3 == 5 && imm == (xlen == 64 ? 0x6b8u : 0x698u)) {
        *r = rev8_x(a, xlen);
        return true;
    }
    /* Shift-immediate forms: RV64 has funct6 + 6-bit shamt. On RV32 the
     * bit above funct6 is shamt[5], reserved, so it must be zero: compare
     * a 7-bit funct whose low bit is 0 only for valid encodings. */
    uint32_t f7 = xlen == 64 ? (imm >> 6) << 1 : imm >> 5;
    uint64_t shamt = imm & (uint32_t)(xlen - 1);
    if (f7 == 0x30 && f3 == 5) {
        *r = ror_x(a, shamt, xlen);
        return true;
    }
    return single_bit(f7, f3, a, shamt, xlen, r);
}

/* Major opcode OP-32 (0x3b), RV64 only: add.uw, shNadd.uw, zext.h, rolw,
 * rorw. */
static bool zb_op32(uint32_t insn, uint64_t a, uint64_t b, uint64_t *r)
{
    uint32_t f3 = FUNCT3(insn);
    switch (KEY(FUNCT7(insn), f3)) {
    case KEY(0x04, 0): *r = zext32(a) + b; return true;
    case KEY(0x10, 2): case KEY(0x10, 4): case KEY(0x10, 6):
        return shadd(f3, zext32(a), b, r);
    case KEY(0x04, 4):
        if (RS2(insn) != 0) {
            return false; /* rs2 != 0 is Zbkb packw */
        }
        *r = a & 0xffff;
        return true;
    case KEY(0x30, 1): *r = sext32(rol_x(zext32(a), b, 32)); return true;
    case KEY(0x30, 5): *r = sext32(ror_x(zext32(a), b, 32)); return true;
    default: return false;
    }
}

/* Major opcode OP-IMM-32 (0x1b), RV64 only: clzw, ctzw, cpopw, slli.uw,
 * roriw. */
static bool zb_op_imm32(uint32_t insn, uint64_t a, uint64_t *r)
{
    uint32_t imm = insn >> 20, f3 = FUNCT3(insn);
    if (f3 == 1 && (imm >> 5) == 0x30) {
        uint32_t sel = imm & 31;
        return sel <= 2 && zb_unary(sel, zext32(a), 32, r);
    }
    if (f3 == 1 && (imm >> 6) == 0x02) {
        *r = zext32(a) << (imm & 63);
        return true;
    }
    if (f3 == 5 && (imm >> 5) == 0x30) {
        *r = sext32(ror_x(zext32(a), imm & 31, 32));
        return true;
    }
    return false;
}

bool zb_execute(uint32_t insn, uint64_t rs1_val, uint64_t rs2_val, int xlen,
                uint64_t *result)
{
    uint64_t a = rs1_val & xmask(xlen), b = rs2_val & xmask(xlen), r = 0;
    bool ok;
    switch (insn & 0x7f) {
    case 0x33: ok = zb_op(insn, a, b, xlen, &r); break;
    case 0x13: ok = zb_op_imm(insn, a, xlen, &r); break;
    case 0x3b: ok = xlen == 64 && zb_op32(insn, a, b, &r); break;
    case 0x1b: ok = xlen == 64 && zb_op_imm32(insn, a, &r); break;
    default: ok = false; break;
    }
    if (!ok) {
        return false;
    }
    *result = xlen == 32 ? sext32(r) : r;
    return true;
}
