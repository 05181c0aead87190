/* RV32D: double arithmetic/fma/compares/fclass with 64-bit values moved
 * through memory (fld/fsd: there is no fmv.x.d/fmv.d.x on RV32, both are
 * illegal), fcvt.w.d/fcvt.wu.d saturation, fcvt.d.w/wu, fcvt.s.d NaN box,
 * fmv.x.w of a boxed single. */
#include "harness.h"

#define NX 1
#define UF 2
#define OF 4
#define DZ 8
#define NV 16
#define CNAN_HI 0x7ff80000
#define SNAN_HI 0x7ff00000   /* with lo = 1 */

/* freg = hi:lo through memory at s0 (uses 0..7(s0)) */
#define LDD(freg, HI, LO) li t0, LO; sw t0, 0(s0); li t0, HI; sw t0, 4(s0); fld freg, 0(s0)
/* D1(hi, lo), D2(hi1, lo1, hi2, lo2), D3(...): fa1 (fa2, fa3) = the values;
 * arguments may be the two-word names below (expanded before counting) */
#define D1(...) D1_(__VA_ARGS__)
#define D2(...) D2_(__VA_ARGS__)
#define D3(...) D3_(__VA_ARGS__)
#define D1_(H, L) LDD(fa1, H, L)
#define D2_(H1, L1, H2, L2) LDD(fa1, H1, L1); LDD(fa2, H2, L2)
#define D3_(H1, L1, H2, L2, H3, L3) D2_(H1, L1, H2, L2); LDD(fa3, H3, L3)
/* fa0 must be hi:lo (fsd to 8(s0)) and fflags = flags */
#define FRES(n, HI, LO, flags, code...) \
  li gp, n; csrwi fflags, 0; code; frflags a1; fsd fa0, 8(s0); lw a0, 8(s0); lw a2, 12(s0); \
  CHECK_VAL a0, LO; CHECK_VAL a2, HI; CHECK_VAL a1, flags
#define IRES(n, res, flags, code...) \
  li gp, n; csrwi fflags, 0; code; frflags a1; CHECK_VAL a0, res; CHECK_VAL a1, flags
#define ONE 0x3ff00000, 0
#define TWO 0x40000000, 0
#define THREE 0x40080000, 0
#define MONE 0xbff00000, 0
#define CNAN CNAN_HI, 0
#define SNAN SNAN_HI, 1

TEST_BEGIN
  la s0, ddata
  FRES(1, 0x40080000, 0, 0, D2(ONE, TWO); fadd.d fa0, fa1, fa2)
  FRES(2, 0xbff00000, 0, 0, D2(ONE, TWO); fsub.d fa0, fa1, fa2)
  FRES(3, 0x40180000, 0, 0, D2(TWO, THREE); fmul.d fa0, fa1, fa2)
  FRES(4, 0x3fd55555, 0x55555555, NX, D2(ONE, THREE); fdiv.d fa0, fa1, fa2)
  FRES(5, 0x3fd55555, 0x55555556, NX, D2(ONE, THREE); fdiv.d fa0, fa1, fa2, rup)
  FRES(6, 0xfff00000, 0, DZ, D2(MONE, 0, 0); fdiv.d fa0, fa1, fa2)
  FRES(7, 0x3ff6a09e, 0x667f3bcd, NX, D1(TWO); fsqrt.d fa0, fa1)
  FRES(8, CNAN_HI, 0, NV, D1(MONE); fsqrt.d fa0, fa1)
  FRES(9, CNAN_HI, 0, NV, D2(SNAN, ONE); fadd.d fa0, fa1, fa2)
  FRES(10, 0x7ff00000, 0, OF | NX, D2(0x7fefffff, 0xffffffff, TWO); fmul.d fa0, fa1, fa2)
  FRES(11, 0x00080000, 0, 0, D2(0x00100000, 0, 0x3fe00000, 0); fmul.d fa0, fa1, fa2)
  FRES(20, 0x401c0000, 0, 0, D3(TWO, THREE, ONE); fmadd.d fa0, fa1, fa2, fa3)
  FRES(21, 0xc0140000, 0, 0, D3(TWO, THREE, ONE); fnmsub.d fa0, fa1, fa2, fa3)
  FRES(22, 0x39700000, 0, 0, D3(0x3ff00000, 1, 0x3ff00000, 1, 0xbff00000, 2); fmadd.d fa0, fa1, fa2, fa3)
  FRES(30, 0x3ff00000, 0, 0, D2(ONE, CNAN); fmin.d fa0, fa1, fa2)
  FRES(31, 0x3ff00000, 0, NV, D2(SNAN, ONE); fmax.d fa0, fa1, fa2)
  FRES(32, 0x80000000, 0, 0, D2(0, 0, 0x80000000, 0); fmin.d fa0, fa1, fa2)
  FRES(33, 0xbff00000, 0, 0, D2(ONE, 0x80000000, 0); fsgnj.d fa0, fa1, fa2)
  IRES(40, 1, 0, D2(ONE, ONE); feq.d a0, fa1, fa2)
  IRES(41, 1, 0, D2(MONE, ONE); flt.d a0, fa1, fa2)
  IRES(42, 0, NV, D2(CNAN, ONE); fle.d a0, fa1, fa2)
  IRES(43, 0, 0, D2(CNAN, ONE); feq.d a0, fa1, fa2)
  /* fcvt.w.d / fcvt.wu.d: 32-bit results, saturation */
  IRES(50, -3, NX, D1(0xc00c0000, 0); fcvt.w.d a0, fa1, rtz)           /* -3.5 */
  IRES(51, -4, NX, D1(0xc00c0000, 0); fcvt.w.d a0, fa1, rne)
  IRES(52, -4, NX, D1(0xc00c0000, 0); fcvt.w.d a0, fa1, rmm)
  IRES(53, 0x7fffffff, NV, D1(0x41e00000, 0); fcvt.w.d a0, fa1, rtz)   /* 2^31 */
  IRES(54, 0x80000000, NX, D1(0xc1e00000, 0x00100000); fcvt.w.d a0, fa1, rtz) /* -2^31 - tiny */
  IRES(55, 0x80000000, NV, D1(0xc1e00000, 0x00200000); fcvt.w.d a0, fa1, rtz) /* -2^31 - 1 */
  IRES(56, 0x7fffffff, NV, D1(CNAN); fcvt.w.d a0, fa1, rtz)
  IRES(57, 0x7fffffff, NV, D1(0x7ff00000, 0); fcvt.w.d a0, fa1, rtz)  /* +inf */
  IRES(58, 0x80000000, NV, D1(0xfff00000, 0); fcvt.w.d a0, fa1, rtz)  /* -inf */
  IRES(59, 0xffffffff, 0, D1(0x41efffff, 0xffe00000); fcvt.wu.d a0, fa1, rtz)   /* 2^32-1 */
  IRES(60, 0xffffffff, NV, D1(0x41f00000, 0); fcvt.wu.d a0, fa1, rtz)          /* 2^32 */
  IRES(61, 0, NV, D1(MONE); fcvt.wu.d a0, fa1, rtz)
  IRES(62, 0, NX, D1(0xbfe00000, 0); fcvt.wu.d a0, fa1, rtz)                    /* -0.5 */
  IRES(63, 0x80000000, 0, D1(0x41e00000, 0); fcvt.wu.d a0, fa1, rtz)            /* 2^31 */
  IRES(64, 0xffffffff, NV, D1(CNAN); fcvt.wu.d a0, fa1, rtz)
  /* from 32-bit integers (exact) */
  FRES(70, 0xc1e00000, 0, 0, li t0, 0x80000000; fcvt.d.w fa0, t0)
  FRES(71, 0x41e00000, 0, 0, li t0, 0x80000000; fcvt.d.wu fa0, t0)
  FRES(72, 0x41efffff, 0xffe00000, 0, li t0, -1; fcvt.d.wu fa0, t0)
  FRES(73, 0xbff00000, 0, 0, li t0, -1; fcvt.d.w fa0, t0)
  /* single <-> double; fcvt.s.d is NaN-boxed; fmv.x.w reads its low half */
  FRES(80, 0xffffffff, 0x3eaaaaab, NX, D1(0x3fd55555, 0x55555555); fcvt.s.d fa0, fa1)
  IRES(81, 0x3eaaaaab, 0, fmv.x.w a0, fa0)
  FRES(82, 0xffffffff, 0x7fc00000, NV, D1(SNAN); fcvt.s.d fa0, fa1)
  FRES(83, 0x3fd55555, 0x60000000, 0, li t0, 0x3eaaaaab; fmv.w.x fa1, t0; fcvt.d.s fa0, fa1)
  FRES(84, CNAN_HI, 0, 0, D1(0, 0x3f800000); fcvt.d.s fa0, fa1)                      /* unboxed -> NaN */
  /* fclass.d */
  IRES(90, 1 << 0, 0, D1(0xfff00000, 0); fclass.d a0, fa1)
  IRES(91, 1 << 2, 0, D1(0x80000000, 1); fclass.d a0, fa1)
  IRES(92, 1 << 5, 0, D1(0x000fffff, 0xffffffff); fclass.d a0, fa1)
  IRES(93, 1 << 6, 0, D1(ONE); fclass.d a0, fa1)
  IRES(94, 1 << 8, 0, D1(SNAN); fclass.d a0, fa1)
  IRES(95, 1 << 9, 0, D1(CNAN); fclass.d a0, fa1)
  /* fld/fsd move 64 bits; flw boxes */
  TEST_CASE(100, a0, 0x01234567, la a1, dconst; fld fa0, 0(a1); fsd fa0, 16(s0); lw a0, 20(s0))
  TEST_CASE(101, a0, 0x89abcdef, lw a0, 16(s0))
  TEST_CASE(102, a0, 0xffffffff, la a1, dconst; flw fa0, 0(a1); fsd fa0, 16(s0); lw a0, 20(s0))
  FRES(103, 0x3fd55555, 0x55555555, NX, D2(ONE, THREE); csrwi frm, 1; fdiv.d fa0, fa1, fa2; csrwi frm, 0)
  csrwi frm, 7
  TEST_ILLEGAL 104, fadd.d fa0, fa1, fa2
  csrwi frm, 0
  /* RV64-only D encodings are illegal on RV32 */
  TEST_ILLEGAL 110, .word 0xe2050553         /* fmv.x.d a0, fa0 */
  TEST_ILLEGAL 111, .word 0xf2050553         /* fmv.d.x fa0, a0 */
  TEST_ILLEGAL 112, .word 0xc2251553         /* fcvt.l.d a0, fa0, rtz */
  TEST_ILLEGAL 113, .word 0xd2357553         /* fcvt.d.lu fa0, a0 */
TEST_END

  .data
  .align 3
dconst: .word 0x89abcdef, 0x01234567
ddata: .word 0, 0, 0, 0, 0, 0, 0, 0
