/* F and D extensions: computational instructions (unprivileged spec chapter 11
 * "F", chapter 12 "D"), executed on the host's IEEE 754 hardware.
 *
 * BUILD NOTE: compile this file with -frounding-math -fsignaling-nans. gcc
 * ignores #pragma STDC FENV_ACCESS, so without those flags it may fold or
 * move floating-point operations across the <fenv.h> calls that set the
 * rounding mode and collect the exception flags. The host operations below
 * also go through volatile objects so that each one happens between its
 * fesetround() and its fetestexcept().
 *
 * Approach:
 *  - RNE/RTZ/RDN/RUP map onto host rounding modes; x86-64 SSE is IEEE exact
 *    and, like RISC-V, detects tininess after rounding, so host flags are
 *    RISC-V flags.
 *  - RMM (ties to max magnitude) has no host mode. It differs from RNE only in
 *    the value chosen at an exact tie, never in the flags (the overflow and
 *    tininess thresholds are the same midpoints in both modes), so an inexact
 *    RMM result takes RNE's flags and recomputes the value: the operation is
 *    done once more in x87 extended precision (64-bit significand, wide
 *    exponent) rounded to odd, which keeps every tie and every side of a
 *    midpoint intact, and that value is rounded to the target ties-away.
 *  - Bit-level work (NaN boxing, sign injection, classify, compares, min/max)
 *    is done on the encodings, so no host NaN rule leaks into results. */
#include "fpu.h"

#include <fenv.h>
#include <float.h>
#include <math.h>
#include <string.h>

/* Hosts whose <fenv.h> has exception flags and rounding modes (x86-64,
 * AArch64 ...) compute on the FPU directly. Hosts without them
 * (WebAssembly: round-to-nearest only, no flags) take the portable path
 * below, which rounds exactly from a binary128 comparison; so does a
 * native build with -DRVBOX_FPU_PORTABLE, which is how it is tested. */
#if defined(FE_INEXACT) && defined(FE_UPWARD) && !defined(RVBOX_FPU_PORTABLE)
#define FPU_HOST_FENV 1
#else
#define FPU_HOST_FENV 0
#endif

/* ---- Formats ---------------------------------------------------------- */

typedef enum { FMT_S = 0, FMT_D = 1 } Fmt;

#define S_CANON_NAN 0x7fc00000u               /* §11.3: canonical NaN */
#define D_CANON_NAN 0x7ff8000000000000ull     /* §12.3 */
#define S_BOX       0xffffffff00000000ull     /* §12.2: NaN-boxing */

static uint64_t sign_bit(Fmt f)
{
    return f == FMT_S ? 0x80000000u : 0x8000000000000000ull;
}

static uint64_t exp_mask(Fmt f)
{
    return f == FMT_S ? 0x7f800000u : 0x7ff0000000000000ull;
}

static uint64_t frac_mask(Fmt f)
{
    return f == FMT_S ? 0x007fffffu : 0x000fffffffffffffull;
}

/* The most significant fraction bit: set in quiet NaNs (§11.3). */
static uint64_t quiet_bit(Fmt f)
{
    return f == FMT_S ? 0x00400000u : 0x0008000000000000ull;
}

static uint64_t canon_nan(Fmt f)
{
    return f == FMT_S ? S_CANON_NAN : D_CANON_NAN;
}

static bool is_nan(Fmt f, uint64_t v)
{
    return (v & exp_mask(f)) == exp_mask(f) && (v & frac_mask(f)) != 0;
}

static bool is_snan(Fmt f, uint64_t v)
{
    return is_nan(f, v) && (v & quiet_bit(f)) == 0;
}

static bool is_inf(Fmt f, uint64_t v)
{
    return (v & ~sign_bit(f)) == exp_mask(f);
}

static bool is_zero(Fmt f, uint64_t v)
{
    return (v & ~sign_bit(f)) == 0;
}

static bool is_neg(Fmt f, uint64_t v)
{
    return (v & sign_bit(f)) != 0;
}

static float s_of(uint64_t v)
{
    uint32_t b = (uint32_t)v;
    float x;
    memcpy(&x, &b, sizeof x);
    return x;
}

static double d_of(uint64_t v)
{
    double x;
    memcpy(&x, &v, sizeof x);
    return x;
}

static uint64_t bits_s(float x)
{
    uint32_t b;
    memcpy(&b, &x, sizeof b);
    return b;
}

static uint64_t bits_d(double x)
{
    uint64_t b;
    memcpy(&b, &x, sizeof b);
    return b;
}

/* Exact value of a non-NaN encoding (float and double widen exactly). */
static long double value_of(Fmt f, uint64_t v)
{
    return f == FMT_S ? (long double)s_of(v) : (long double)d_of(v);
}

/* ---- Register access -------------------------------------------------- */

/* §12.2: a single operand that is not NaN-boxed reads as the canonical NaN. */
static uint64_t read_f(const Hart *h, Fmt f, unsigned r)
{
    uint64_t v = h->f[r];
    if (f == FMT_D) {
        return v;
    }
    return (v & S_BOX) == S_BOX ? (uint32_t)v : S_CANON_NAN;
}

static uint64_t box(Fmt f, uint64_t v)
{
    return f == FMT_S ? (S_BOX | (uint32_t)v) : v;
}

static int64_t sext32(uint64_t v)
{
    return (int64_t)(int32_t)(uint32_t)v;
}

/* The outcome of one instruction, committed only once it is known legal. */
typedef struct FpResult {
    bool to_x;      /* result goes to x[rd], else to f[rd] */
    uint64_t value; /* f values already NaN-boxed; x values already extended */
    uint32_t flags; /* FFLAG_* to accrue */
} FpResult;

static void commit(Hart *h, unsigned rd, const FpResult *r)
{
    bool dirty = r->flags != 0;
    if (r->to_x) {
        if (rd != 0) {
            h->x[rd] = r->value;
        }
    } else {
        h->f[rd] = r->value;
        dirty = true;
    }
    h->fflags |= r->flags;
    if (dirty) {
        hart_fs_dirty(h);
    }
}

#if FPU_HOST_FENV
/* ---- Host floating-point environment --------------------------------- */

static int host_mode(int rm)
{
    switch (rm) {
    case RM_RTZ: return FE_TOWARDZERO;
    case RM_RDN: return FE_DOWNWARD;
    case RM_RUP: return FE_UPWARD;
    default: return FE_TONEAREST;   /* RNE, and RMM before its fix-up */
    }
}

static void host_enter(int rm)
{
    fesetround(host_mode(rm));
    feclearexcept(FE_ALL_EXCEPT);
}

/* Collects the flags raised since host_enter() and restores round-to-nearest. */
static uint32_t host_leave(void)
{
    int ex = fetestexcept(FE_ALL_EXCEPT);
    fesetround(FE_TONEAREST);
    feclearexcept(FE_ALL_EXCEPT);
    return ((ex & FE_INEXACT) ? FFLAG_NX : 0) | ((ex & FE_UNDERFLOW) ? FFLAG_UF : 0)
           | ((ex & FE_OVERFLOW) ? FFLAG_OF : 0) | ((ex & FE_DIVBYZERO) ? FFLAG_DZ : 0)
           | ((ex & FE_INVALID) ? FFLAG_NV : 0);
}

#endif

/* ---- Arithmetic ------------------------------------------------------- */

/* FSUB and the FMA variants are rewritten as these on negated operands:
 * a - b == a + (-b) and -(a*b) +- c == (-a)*b +- c exactly, signed zeros and
 * NaNs included (the result NaN is canonical anyway). */
typedef enum { AR_ADD, AR_MUL, AR_DIV, AR_SQRT, AR_FMA } ArOp;

static uint64_t host_arith_s(ArOp op, uint64_t a, uint64_t b, uint64_t c)
{
    volatile float x = s_of(a), y = s_of(b), z = s_of(c);
    volatile float r;
    switch (op) {
    case AR_ADD: r = x + y; break;
    case AR_MUL: r = x * y; break;
    case AR_DIV: r = x / y; break;
    case AR_SQRT: r = sqrtf(x); break;
    default: r = fmaf(x, y, z); break;
    }
    return bits_s(r);
}

static uint64_t host_arith_d(ArOp op, uint64_t a, uint64_t b, uint64_t c)
{
    volatile double x = d_of(a), y = d_of(b), z = d_of(c);
    volatile double r;
    switch (op) {
    case AR_ADD: r = x + y; break;
    case AR_MUL: r = x * y; break;
    case AR_DIV: r = x / y; break;
    case AR_SQRT: r = sqrt(x); break;
    default: r = fma(x, y, z); break;
    }
    return bits_d(r);
}

#if FPU_HOST_FENV
/* x87 extended layout on x86-64: 64-bit significand, then sign and exponent. */
typedef union {
    long double v;
    struct {
        uint64_t mant;
        uint16_t sign_exp;
    } p;
} Ext;

/* The operation in 64-bit precision, rounded to odd: truncate, then set the
 * last bit if anything was lost. With 64 >= 53 + 2 bits and an exponent range
 * that covers every double subnormal as a normal number, a second rounding of
 * this value to float or double is the correctly rounded result (Boldo and
 * Melquiond, "When double rounding is odd"). Operands are finite here. */
static long double round_to_odd(ArOp op, long double a, long double b, long double c)
{
    fesetround(FE_TOWARDZERO);
    feclearexcept(FE_ALL_EXCEPT);
    volatile long double x = a, y = b, z = c;
    volatile long double r;
    switch (op) {
    case AR_ADD: r = x + y; break;
    case AR_MUL: r = x * y; break;
    case AR_DIV: r = x / y; break;
    case AR_SQRT: r = sqrtl(x); break;
    default: r = fmal(x, y, z); break;
    }
    bool inexact = fetestexcept(FE_INEXACT) != 0;
    fesetround(FE_TONEAREST);
    feclearexcept(FE_ALL_EXCEPT);
    Ext e = {.v = r};
    if (inexact) {
        e.p.mant |= 1;
    }
    return e.v;
}

/* Rounds an exact extended value to f with ties away from zero: truncate, then
 * step the magnitude up when the discarded part is at least half an ulp. The
 * encoding's magnitude + 1 is the next value up (the largest finite + 1 is
 * infinity, which is the RMM overflow result). */
static uint64_t round_rmm(Fmt f, long double v)
{
    fesetround(FE_TOWARDZERO);
    volatile long double in = v;
    volatile float ts = 0;
    volatile double td = 0;
    if (f == FMT_S) {
        ts = (float)in;
    } else {
        td = (double)in;
    }
    fesetround(FE_TONEAREST);
    feclearexcept(FE_ALL_EXCEPT);
    long double t = f == FMT_S ? (long double)ts : (long double)td;
    uint64_t tb = f == FMT_S ? bits_s(ts) : bits_d(td);
    if (t == v) {
        return tb;
    }
    int prec = f == FMT_S ? 24 : 53;
    int emin = f == FMT_S ? -126 : -1022;
    int e = t == 0 ? emin : ilogbl(t);
    long double ulp = ldexpl(1.0L, (e < emin ? emin : e) - (prec - 1));
    return fabsl(v - t) >= ulp / 2 ? tb + 1 : tb;
}

#else
/* ---- Portable rounding (hosts without FP flags or rounding modes) ----
 *
 * The host computes only the round-to-nearest-even result t (WebAssembly's
 * f32/f64 operations are exactly that). What t cannot tell is whether it is
 * exact, on which side of the true result X it lies, and whether X is a tie;
 * each of those is the sign of X - q for a value q near X (t, a neighbour
 * of t, or the midpoint between two), and that sign is computed exactly in
 * binary128, whose 113-bit significand holds the product of two doubles.
 * From it follow the other modes' results and the NX, OF and UF flags;
 * NV and DZ come from the operands. */
#if LDBL_MANT_DIG >= 113
typedef long double Wide;
#elif defined(__SIZEOF_FLOAT128__)
typedef __float128 Wide;
#else
#error "emu/fpu.c: this host has neither <fenv.h> flags and modes nor a binary128 type"
#endif

static Wide wide_of(Fmt f, uint64_t v)
{
    return f == FMT_S ? (Wide)s_of(v) : (Wide)d_of(v);
}

static int sign_of(Wide v)
{
    return (v > 0) - (v < 0);
}

/* The exact result X of an operation on finite operands: hi + lo (a sum,
 * a product, an FMA, a conversion), num / den (a quotient) or sqrt(num). */
typedef struct Exact {
    ArOp kind;     /* AR_ADD for the hi + lo form, AR_DIV or AR_SQRT */
    Wide hi, lo, num, den;
} Exact;

/* Knuth's TwoSum: hi + lo == a + b exactly, hi = RN(a + b). */
static void two_sum(Wide a, Wide b, Exact *x)
{
    x->kind = AR_ADD;
    x->hi = a + b;
    Wide bb = x->hi - a;
    x->lo = (a - (x->hi - bb)) + (b - bb);
}

/* sign(X - q) for q a float or double (or the midpoint of two), exactly:
 * q * den and q * q fit in 113 bits, a rounded difference keeps its sign,
 * and hi - q is exact when q is near hi (Sterbenz) or else far larger
 * than lo. */
static int exact_cmp(const Exact *x, Wide q)
{
    switch (x->kind) {
    case AR_DIV: return sign_of(x->num - q * x->den) * sign_of(x->den);
    case AR_SQRT: return sign_of(x->num - q * q);
    default: return sign_of((x->hi - q) + x->lo);
    }
}

/* sign(|X| - q) for q >= 0, X of sign neg. */
static int exact_cmp_mag(const Exact *x, bool neg, Wide q)
{
    return neg ? -exact_cmp(x, -q) : exact_cmp(x, q);
}

/* The value halfway between magnitude encodings m and m + 1 (m + 1 may be
 * infinity: then m is the largest finite and the next step is one ulp). */
static Wide mid_above(Fmt f, uint64_t m)
{
    Wide lo = wide_of(f, m);
    Wide step = is_inf(f, m + 1) ? lo - wide_of(f, m - 1) : wide_of(f, m + 1) - lo;
    return lo + step / 2;
}

/* Tininess after rounding (RISC-V, like x86 and QEMU): X rounded to the
 * format's precision with an unbounded exponent is below the smallest
 * normal. r is the inexact bounded result's magnitude: a subnormal or zero
 * one is tiny; the smallest normal is tiny when X is below it and the
 * unbounded rounding stays below too: X at most min - 2^(emin-p) (the
 * largest p-bit value under min), or above that and rounded down. */
static bool is_tiny(Fmt f, const Exact *x, bool neg, uint64_t r, int rm)
{
    uint64_t min = frac_mask(f) + 1;
    if (r != min) {
        return (r & exp_mask(f)) == 0;
    }
    Wide w = wide_of(f, min), half_ulp = (wide_of(f, min + 1) - w) / 2;
    if (exact_cmp_mag(x, neg, w) >= 0) {
        return false;
    }
    if (exact_cmp_mag(x, neg, w - half_ulp) <= 0) {
        return true;
    }
    switch (rm) {
    case RM_RTZ: return true;
    case RM_RDN: return !neg;
    case RM_RUP: return neg;
    default: return exact_cmp_mag(x, neg, w - half_ulp / 2) < 0;   /* ties go up */
    }
}

/* Rounds X, whose round-to-nearest-even encoding is t, in mode rm, adding
 * NX, OF and UF (tininess after rounding, as RISC-V and IEEE 754-2008
 * option) to *flags. */
static uint64_t round_exact(Fmt f, const Exact *x, uint64_t t, int rm, uint32_t *flags)
{
    int c = exact_cmp(x, wide_of(f, t));
    if (c == 0) {
        return t;
    }
    *flags |= FFLAG_NX;
    uint64_t sign = t & sign_bit(f), mag = t & ~sign_bit(f);
    bool neg = sign != 0;
    uint64_t below = (c < 0) != neg ? mag - 1 : mag;   /* |t| above |X|: step down */
    uint64_t inf = exp_mask(f), max = inf - 1;
    bool up;
    switch (rm) {
    case RM_RTZ: up = false; break;
    case RM_RDN: up = neg; break;
    case RM_RUP: up = !neg; break;
    case RM_RMM: up = mag != below || exact_cmp_mag(x, neg, mid_above(f, below)) == 0; break;
    default: up = mag != below; break;
    }
    uint64_t r = up ? below + 1 : below;
    /* Overflow: the result is infinite, or a rounding toward zero stopped
     * at the largest finite a value that an unbounded exponent would have
     * rounded past it (|X| >= max + ulp). */
    if (r == inf || (below == max && !up &&
                     exact_cmp_mag(x, neg, 2 * wide_of(f, max) - wide_of(f, max - 1)) >= 0)) {
        *flags |= FFLAG_OF;
    }
    if (is_tiny(f, x, neg, r, rm)) {
        *flags |= FFLAG_UF;   /* tiny and inexact */
    }
    return r | sign;
}

/* Arithmetic on the host's round-to-nearest result, rounded again in rm. */
static uint64_t portable_arith(Fmt f, ArOp op, uint64_t a, uint64_t b, uint64_t c, int rm,
                               uint32_t *flags)
{
    uint64_t t = f == FMT_S ? host_arith_s(op, a, b, c) : host_arith_d(op, a, b, c);
    bool two = op != AR_SQRT, three = op == AR_FMA;
    bool nan_in = is_nan(f, a) || (two && is_nan(f, b)) || (three && is_nan(f, c));
    bool snan_in = is_snan(f, a) || (two && is_snan(f, b)) || (three && is_snan(f, c));
    bool inf_in = is_inf(f, a) || (two && is_inf(f, b)) || (three && is_inf(f, c));
    *flags = 0;
    if (is_nan(f, t)) {
        *flags = snan_in || !nan_in ? FFLAG_NV : 0;   /* an sNaN, or an invalid operation */
        return t;
    }
    if (op == AR_DIV && is_zero(f, b) && !is_zero(f, a) && !is_inf(f, a)) {
        *flags = FFLAG_DZ;
        return t;
    }
    if (inf_in) {
        return t;   /* an exact infinity */
    }
    Exact x = { .kind = op, .num = wide_of(f, a), .den = wide_of(f, b) };
    if (op == AR_ADD) {
        two_sum(wide_of(f, a), wide_of(f, b), &x);
    } else if (op == AR_MUL) {
        x = (Exact){ .kind = AR_ADD, .hi = wide_of(f, a) * wide_of(f, b) };   /* exact */
    } else if (op == AR_FMA) {
        two_sum(wide_of(f, a) * wide_of(f, b), wide_of(f, c), &x);
    }
    uint64_t r = round_exact(f, &x, t, rm, flags);
    /* IEEE 754 §6.3: an exact zero sum of operands that are not both +0
     * is -0 when rounding down (nearest gives +0). */
    if (rm == RM_RDN && r == 0 && !(*flags & FFLAG_NX) && (op == AR_ADD || op == AR_FMA)) {
        bool plus_zero_term = op == AR_ADD ? a == 0 : (is_zero(f, a) || is_zero(f, b)) &&
                                                      !(is_neg(f, a) ^ is_neg(f, b));
        if (!(plus_zero_term && (op == AR_ADD ? b : c) == 0)) {
            r = sign_bit(f);
        }
    }
    return r;
}

/* An integer (exact in v) to f in mode rm. */
static uint64_t portable_from_int(Fmt f, long double v, int rm, uint32_t *flags)
{
    uint64_t t = f == FMT_S ? bits_s((float)v) : bits_d((double)v);
    Exact x = { .kind = AR_ADD, .hi = (Wide)v };
    *flags = 0;
    return round_exact(f, &x, t, rm, flags);
}

/* FCVT.S.D / FCVT.D.S in mode rm (NaN results are made canonical after). */
static uint64_t portable_cvt_fp(Fmt to, uint64_t a, int rm, uint32_t *flags)
{
    Fmt from = to == FMT_S ? FMT_D : FMT_S;
    *flags = is_snan(from, a) ? FFLAG_NV : 0;
    if (to == FMT_D) {
        return bits_d((double)s_of(a));   /* exact */
    }
    uint64_t t = bits_s((float)d_of(a));
    if (is_nan(from, a) || is_inf(from, a)) {
        return t;
    }
    Exact x = { .kind = AR_ADD, .hi = wide_of(from, a) };
    return round_exact(to, &x, t, rm, flags);
}
#endif

/* §11.6: FMA raises NV for infinity times zero even when the addend is a
 * quiet NaN, which IEEE 754 leaves to the implementation. */
static bool inf_times_zero(Fmt f, uint64_t a, uint64_t b)
{
    return (is_inf(f, a) && is_zero(f, b)) || (is_zero(f, a) && is_inf(f, b));
}

static FpResult arith(Fmt f, ArOp op, uint64_t a, uint64_t b, uint64_t c, int rm)
{
    FpResult res = {.to_x = false};
    uint64_t r;
    if (op == AR_FMA && inf_times_zero(f, a, b)) {
        res.flags = FFLAG_NV;
        r = canon_nan(f);
    } else {
#if FPU_HOST_FENV
        host_enter(rm);
        r = f == FMT_S ? host_arith_s(op, a, b, c) : host_arith_d(op, a, b, c);
        res.flags = host_leave();
#else
        r = portable_arith(f, op, a, b, c, rm, &res.flags);
#endif
    }
    if (is_nan(f, r)) {
        r = canon_nan(f);   /* §11.3: NaN results are canonical */
    }
#if FPU_HOST_FENV
    else if (rm == RM_RMM && (res.flags & FFLAG_NX) && !is_inf(f, r)) {
        long double odd = round_to_odd(op, value_of(f, a), value_of(f, b), value_of(f, c));
        r = round_rmm(f, odd);
    }
#endif
    res.value = box(f, r);
    return res;
}

/* ---- Sign injection, min/max, compares, classify (§11.6, §11.8, §11.9) */

static FpResult sgnj(Fmt f, unsigned funct3, uint64_t a, uint64_t b)
{
    uint64_t s = sign_bit(f);
    uint64_t sign;
    switch (funct3) {
    case 0: sign = b & s; break;          /* FSGNJ */
    case 1: sign = ~b & s; break;         /* FSGNJN */
    default: sign = (a ^ b) & s; break;   /* FSGNJX */
    }
    FpResult res = {.to_x = false, .value = box(f, (a & ~s) | sign), .flags = 0};
    return res;
}

/* a < b on non-NaN encodings, with -0 < +0 as FMIN/FMAX require. */
static bool less_signed_zero(Fmt f, uint64_t a, uint64_t b)
{
    if (is_zero(f, a) && is_zero(f, b)) {
        return is_neg(f, a) && !is_neg(f, b);
    }
    return value_of(f, a) < value_of(f, b);
}

/* §11.6: minimumNumber/maximumNumber of IEEE 754-2019: a NaN operand yields
 * the other operand, two NaNs the canonical NaN; NV only on a signaling NaN. */
static FpResult minmax(Fmt f, bool is_max, uint64_t a, uint64_t b)
{
    FpResult res = {.to_x = false};
    res.flags = (is_snan(f, a) || is_snan(f, b)) ? FFLAG_NV : 0;
    uint64_t r;
    if (is_nan(f, a) && is_nan(f, b)) {
        r = canon_nan(f);
    } else if (is_nan(f, a)) {
        r = b;
    } else if (is_nan(f, b)) {
        r = a;
    } else {
        r = less_signed_zero(f, a, b) != is_max ? a : b;
    }
    res.value = box(f, r);
    return res;
}

/* §11.8: FEQ is a quiet compare (NV only on a signaling NaN); FLT and FLE are
 * signaling (NV on any NaN). A NaN operand makes the result 0. */
static FpResult compare(Fmt f, unsigned funct3, uint64_t a, uint64_t b)
{
    FpResult res = {.to_x = true, .value = 0, .flags = 0};
    if (is_nan(f, a) || is_nan(f, b)) {
        bool signaling = funct3 != 2 || is_snan(f, a) || is_snan(f, b);
        res.flags = signaling ? FFLAG_NV : 0;
        return res;
    }
    long double x = value_of(f, a), y = value_of(f, b);
    switch (funct3) {
    case 2: res.value = x == y; break;    /* FEQ */
    case 1: res.value = x < y; break;     /* FLT */
    default: res.value = x <= y; break;   /* FLE */
    }
    return res;
}

/* §11.9, table 11.5: one-hot class mask. */
static FpResult fclass(Fmt f, uint64_t a)
{
    bool neg = is_neg(f, a);
    uint64_t mag = a & ~sign_bit(f);
    int bit;
    if (is_nan(f, a)) {
        bit = is_snan(f, a) ? 8 : 9;
    } else if (is_inf(f, a)) {
        bit = neg ? 0 : 7;
    } else if (mag == 0) {
        bit = neg ? 3 : 4;
    } else if ((mag & exp_mask(f)) == 0) {
        bit = neg ? 2 : 5;   /* subnormal */
    } else {
        bit = neg ? 1 : 6;
    }
    FpResult res = {.to_x = true, .value = 1u << bit, .flags = 0};
    return res;
}

/* ---- Conversions (§11.7, §12.5) -------------------------------------- */

enum { CV_W = 0, CV_WU = 1, CV_L = 2, CV_LU = 3 };

/* Rounds to an integral value in mode rm (round() is ties-away, i.e. RMM). */
static double round_integral(double x, int rm)
{
    switch (rm) {
    case RM_RTZ: return trunc(x);
    case RM_RDN: return floor(x);
    case RM_RUP: return ceil(x);
    case RM_RMM: return round(x);
    default: return nearbyint(x);   /* the host mode is round-to-nearest here */
    }
}

/* FCVT.{W,WU,L,LU}.{S,D}: table 11.4. NaN converts to the largest value, out
 * of range to the nearest bound, both with NV only; otherwise NX if inexact.
 * 32-bit results are sign-extended to the register (§11.7, also for WU). */
static FpResult cvt_to_int(Fmt f, unsigned kind, uint64_t a, int rm)
{
    static const double lo[4] = {-2147483648.0, 0.0, -9223372036854775808.0, 0.0};
    static const double hi[4] = {2147483647.0, 4294967295.0, 9223372036854775807.0,
                                 18446744073709551615.0};
    static const uint64_t min_v[4] = {0xffffffff80000000ull, 0, 0x8000000000000000ull, 0};
    static const uint64_t max_v[4] = {0x7fffffff, 0xffffffffffffffffull,
                                      0x7fffffffffffffffull, 0xffffffffffffffffull};
    FpResult res = {.to_x = true, .flags = FFLAG_NV};
    if (is_nan(f, a)) {
        res.value = max_v[kind];
        return res;
    }
    double x = (double)value_of(f, a);
    double v = round_integral(x, rm);
    /* hi[] for L/LU is 2^63 / 2^64 once rounded to double: those are out of range. */
    bool above = kind >= CV_L ? v >= hi[kind] : v > hi[kind];
    if (v < lo[kind] || above) {
        res.value = v < lo[kind] ? min_v[kind] : max_v[kind];
        return res;
    }
    res.flags = v != x ? FFLAG_NX : 0;
    switch (kind) {
    case CV_W: res.value = (uint64_t)(int64_t)v; break;
    case CV_WU: res.value = (uint64_t)sext32((uint32_t)(uint64_t)v); break;
    case CV_L: res.value = (uint64_t)(int64_t)v; break;
    default: res.value = (uint64_t)v; break;
    }
    return res;
}

/* FCVT.{S,D}.{W,WU,L,LU}: exact in x87 extended, rounded once to the target. */
static FpResult cvt_from_int(Fmt f, unsigned kind, uint64_t x, int rm)
{
    long double v;
    switch (kind) {
    case CV_W: v = (long double)sext32(x); break;
    case CV_WU: v = (long double)(uint32_t)x; break;
    case CV_L: v = (long double)(int64_t)x; break;
    default: v = (long double)x; break;
    }
    FpResult res = {.to_x = false};
#if !FPU_HOST_FENV
    res.value = box(f, portable_from_int(f, v, rm, &res.flags));
#else
    host_enter(rm);
    volatile long double in = v;
    volatile float rs = 0;
    volatile double rd = 0;
    if (f == FMT_S) {
        rs = (float)in;
    } else {
        rd = (double)in;
    }
    res.flags = host_leave();
    uint64_t r = f == FMT_S ? bits_s(rs) : bits_d(rd);
    if (rm == RM_RMM && (res.flags & FFLAG_NX)) {
        r = round_rmm(f, v);
    }
    res.value = box(f, r);
#endif
    return res;
}

/* FCVT.S.D rounds (NV on sNaN, NaN results canonical); FCVT.D.S is exact. */
static FpResult cvt_fp(Fmt to, uint64_t a, int rm)
{
    FpResult res = {.to_x = false};
    uint64_t r;
#if !FPU_HOST_FENV
    r = portable_cvt_fp(to, a, rm, &res.flags);
#else
    host_enter(rm);
    if (to == FMT_S) {
        volatile double in = d_of(a);
        volatile float out = (float)in;
        r = bits_s(out);
    } else {
        volatile float in = s_of(a);
        volatile double out = (double)in;
        r = bits_d(out);
    }
    res.flags = host_leave();
#endif
    if (is_nan(to, r)) {
        r = canon_nan(to);
    }
#if FPU_HOST_FENV
    else if (rm == RM_RMM && (res.flags & FFLAG_NX) && !is_inf(to, r)) {
        r = round_rmm(to, (long double)d_of(a));
    }
#endif
    res.value = box(to, r);
    return res;
}

/* ---- Decoding ---------------------------------------------------------- */

typedef struct FpInsn {
    unsigned rd, rs1, rs2, rs3, funct3, funct5;
    Fmt fmt;
} FpInsn;

static FpInsn decode(uint32_t insn)
{
    FpInsn d = {
        .rd = (insn >> 7) & 31, .rs1 = (insn >> 15) & 31, .rs2 = (insn >> 20) & 31,
        .rs3 = insn >> 27, .funct3 = (insn >> 12) & 7, .funct5 = insn >> 27,
        .fmt = (Fmt)((insn >> 25) & 3),
    };
    return d;
}

/* §11.2: rm = 7 selects frm; 5, 6 and an invalid frm are reserved (illegal). */
static bool resolve_rm(const Hart *h, unsigned rm_field, int *rm)
{
    *rm = rm_field == RM_DYN ? (int)h->frm : (int)rm_field;
    return *rm <= RM_RMM;
}

/* FMADD/FMSUB/FNMSUB/FNMADD (§11.6): the opcode picks which of the product and
 * the addend are negated. */
static bool exec_fma(Hart *h, uint32_t insn)
{
    FpInsn d = decode(insn);
    int rm;
    if (d.fmt > FMT_D || !resolve_rm(h, d.funct3, &rm)) {
        return false;
    }
    uint64_t a = read_f(h, d.fmt, d.rs1);
    uint64_t b = read_f(h, d.fmt, d.rs2);
    uint64_t c = read_f(h, d.fmt, d.rs3);
    unsigned op = (insn >> 2) & 3;   /* 0 FMADD, 1 FMSUB, 2 FNMSUB, 3 FNMADD */
    if (op == 2 || op == 3) {
        a ^= sign_bit(d.fmt);
    }
    if (op == 1 || op == 3) {
        c ^= sign_bit(d.fmt);
    }
    FpResult r = arith(d.fmt, AR_FMA, a, b, c, rm);
    commit(h, d.rd, &r);
    return true;
}

/* FADD/FSUB/FMUL/FDIV/FSQRT (funct5 0-3 and 11). */
static bool exec_arith(Hart *h, const FpInsn *d, FpResult *r)
{
    static const ArOp ops[4] = {AR_ADD, AR_ADD, AR_MUL, AR_DIV};
    int rm;
    if (!resolve_rm(h, d->funct3, &rm) || (d->funct5 == 11 && d->rs2 != 0)) {
        return false;
    }
    uint64_t a = read_f(h, d->fmt, d->rs1);
    uint64_t b = read_f(h, d->fmt, d->rs2);
    if (d->funct5 == 1) {
        b ^= sign_bit(d->fmt);  /* FSUB */
    }
    *r = arith(d->fmt, d->funct5 == 11 ? AR_SQRT : ops[d->funct5], a, b, 0, rm);
    return true;
}

/* FCVT between integers and floating point (funct5 0x18 / 0x1a). The L and LU
 * forms are RV64 only (§11.7, §12.5). */
static bool exec_cvt_int(Hart *h, const FpInsn *d, FpResult *r)
{
    int rm;
    if (d->rs2 > CV_LU || (d->rs2 >= CV_L && h->xlen != 64) || !resolve_rm(h, d->funct3, &rm)) {
        return false;
    }
    if (d->funct5 == 0x18) {
        *r = cvt_to_int(d->fmt, d->rs2, read_f(h, d->fmt, d->rs1), rm);
    } else {
        *r = cvt_from_int(d->fmt, d->rs2, h->x[d->rs1], rm);
    }
    return true;
}

/* FMV.X.W/FMV.X.D and FCLASS (funct5 0x1c), FMV.W.X/FMV.D.X (0x1e). The
 * moves copy bits without NaN-boxing checks (§11.10, §12.2); the D forms are
 * RV64 only (§12.6). */
static bool exec_move_class(Hart *h, const FpInsn *d, FpResult *r)
{
    bool is_d = d->fmt == FMT_D;
    bool mv = d->funct3 == 0;
    if (d->rs2 != 0 || d->funct3 > 1 || (d->funct5 == 0x1e && !mv)
        || (mv && is_d && h->xlen != 64)) {
        return false;
    }
    if (!mv) {
        *r = fclass(d->fmt, read_f(h, d->fmt, d->rs1));
    } else if (d->funct5 == 0x1c) {
        uint64_t v = h->f[d->rs1];
        r->to_x = true;
        r->value = is_d ? v : (uint64_t)sext32(v);
        r->flags = 0;
    } else {
        uint64_t v = h->x[d->rs1];
        r->to_x = false;
        r->value = is_d ? v : box(FMT_S, v);
        r->flags = 0;
    }
    return true;
}

static bool exec_opfp(Hart *h, uint32_t insn)
{
    FpInsn d = decode(insn);
    FpResult r;
    bool ok;
    int rm;
    if (d.fmt > FMT_D) {
        return false;   /* no Zfh or Q: those formats are illegal */
    }
    uint64_t a = read_f(h, d.fmt, d.rs1);
    uint64_t b = read_f(h, d.fmt, d.rs2);
    switch (d.funct5) {
    case 0x00: case 0x01: case 0x02: case 0x03: case 0x0b:
        ok = exec_arith(h, &d, &r);
        break;
    case 0x04:
        ok = d.funct3 <= 2;
        r = sgnj(d.fmt, d.funct3, a, b);
        break;
    case 0x05:
        ok = d.funct3 <= 1;
        r = minmax(d.fmt, d.funct3 == 1, a, b);
        break;
    case 0x08: {
        /* FCVT.S.D (fmt S, rs2 = D) and FCVT.D.S (fmt D, rs2 = S). */
        Fmt from = d.fmt == FMT_S ? FMT_D : FMT_S;
        ok = d.rs2 == (unsigned)from && resolve_rm(h, d.funct3, &rm);
        if (ok) {
            r = cvt_fp(d.fmt, read_f(h, from, d.rs1), rm);
        }
        break;
    }
    case 0x14:
        ok = d.funct3 <= 2;
        r = compare(d.fmt, d.funct3, a, b);
        break;
    case 0x18: case 0x1a:
        ok = exec_cvt_int(h, &d, &r);
        break;
    case 0x1c: case 0x1e:
        ok = exec_move_class(h, &d, &r);
        break;
    default:
        ok = false;
        break;
    }
    if (ok) {
        commit(h, d.rd, &r);
    }
    return ok;
}

bool fpu_execute(Hart *h, uint32_t insn)
{
    if ((h->mstatus & MSTATUS_FS) == 0) {
        return false;   /* priv spec §3.1.6.6: FS = Off makes FP instructions illegal */
    }
    switch (insn & 0x7f) {
    case 0x43: case 0x47: case 0x4b: case 0x4f:
        return exec_fma(h, insn);
    case 0x53:
        return exec_opfp(h, insn);
    default:
        return false;
    }
}
