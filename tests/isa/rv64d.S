/* RV64D: arithmetic, fused multiply-add, conversions (incl. saturation and
 * to/from single), fclass, fmin/fmax with NaN, compares, flags, boxing. */
#include "harness.h"

#define NX 1
#define UF 2
#define OF 4
#define DZ 8
#define NV 16
#define CNAN 0x7ff8000000000000
#define SNAN 0x7ff0000000000001
#define ONE  0x3ff0000000000000
#define TWO  0x4000000000000000
#define THREE 0x4008000000000000

#define FRES(n, res, flags, code...) \
  li gp, n; csrwi fflags, 0; code; fmv.x.d a0, fa0; frflags a1; CHECK_VAL a0, res; CHECK_VAL a1, flags
#define IRES(n, res, flags, code...) \
  li gp, n; csrwi fflags, 0; code; frflags a1; CHECK_VAL a0, res; CHECK_VAL a1, flags
#define F1(A) li t0, A; fmv.d.x fa1, t0
#define F2(A, B) F1(A); li t0, B; fmv.d.x fa2, t0
#define F3(A, B, C) F2(A, B); li t0, C; fmv.d.x fa3, t0

TEST_BEGIN
  FRES(1, THREE, 0, F2(ONE, TWO); fadd.d fa0, fa1, fa2)
  FRES(2, 0xbff0000000000000, 0, F2(ONE, TWO); fsub.d fa0, fa1, fa2)
  FRES(3, 0x4018000000000000, 0, F2(TWO, THREE); fmul.d fa0, fa1, fa2)
  FRES(4, 0x3fd5555555555555, NX, F2(ONE, THREE); fdiv.d fa0, fa1, fa2)
  FRES(5, 0x3fd5555555555556, NX, F2(ONE, THREE); fdiv.d fa0, fa1, fa2, rup)
  FRES(6, 0xfff0000000000000, DZ, F2(0xbff0000000000000, 0); fdiv.d fa0, fa1, fa2)
  FRES(7, 0x3ff6a09e667f3bcd, NX, F1(TWO); fsqrt.d fa0, fa1)
  FRES(8, CNAN, NV, F1(0xbff0000000000000); fsqrt.d fa0, fa1)
  FRES(9, 0x8000000000000000, 0, F1(0x8000000000000000); fsqrt.d fa0, fa1)  /* sqrt(-0) = -0 */
  FRES(10, CNAN, NV, F2(SNAN, ONE); fadd.d fa0, fa1, fa2)
  FRES(11, CNAN, 0, F2(0x7ff8000000001234, ONE); fadd.d fa0, fa1, fa2)
  FRES(12, 0x7ff0000000000000, OF | NX, F2(0x7fefffffffffffff, TWO); fmul.d fa0, fa1, fa2)
  FRES(13, 0x0008000000000000, 0, F2(0x0010000000000000, 0x3fe0000000000000); fmul.d fa0, fa1, fa2)
  FRES(14, 0x0005555555555555, UF | NX, F2(0x0010000000000000, 0x3fd5555555555555); fmul.d fa0, fa1, fa2, rtz)
  FRES(20, 0x401c000000000000, 0, F3(TWO, THREE, ONE); fmadd.d fa0, fa1, fa2, fa3)
  FRES(21, 0x4014000000000000, 0, F3(TWO, THREE, ONE); fmsub.d fa0, fa1, fa2, fa3)
  FRES(22, 0xc01c000000000000, 0, F3(TWO, THREE, ONE); fnmadd.d fa0, fa1, fa2, fa3)
  FRES(23, 0xc014000000000000, 0, F3(TWO, THREE, ONE); fnmsub.d fa0, fa1, fa2, fa3)
  /* (1+2^-52)^2 - (1+2^-51) = 2^-104: needs a single rounding */
  FRES(24, 0x3970000000000000, 0, F3(0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000002); fmadd.d fa0, fa1, fa2, fa3)
  FRES(25, CNAN, NV, F3(0x7ff0000000000000, 0, CNAN); fmadd.d fa0, fa1, fa2, fa3)  /* inf*0 + qNaN: NV */
  FRES(30, ONE, 0, F2(ONE, CNAN); fmin.d fa0, fa1, fa2)
  FRES(31, ONE, NV, F2(SNAN, ONE); fmax.d fa0, fa1, fa2)
  FRES(32, CNAN, NV, F2(SNAN, SNAN); fmax.d fa0, fa1, fa2)
  FRES(33, 0x8000000000000000, 0, F2(0, 0x8000000000000000); fmin.d fa0, fa1, fa2)
  FRES(34, 0, 0, F2(0x8000000000000000, 0); fmax.d fa0, fa1, fa2)
  FRES(35, 0xbff0000000000000, 0, F2(ONE, 0x8000000000000000); fsgnj.d fa0, fa1, fa2)
  FRES(36, ONE, 0, F2(0xbff0000000000000, 0x8000000000000000); fsgnjx.d fa0, fa1, fa2)
  FRES(37, 0xbff0000000000000, 0, F2(ONE, 0); fsgnjn.d fa0, fa1, fa2)
  IRES(40, 1, 0, F2(ONE, ONE); feq.d a0, fa1, fa2)
  IRES(41, 1, 0, F2(0xbff0000000000000, ONE); flt.d a0, fa1, fa2)
  IRES(42, 1, 0, F2(ONE, ONE); fle.d a0, fa1, fa2)
  IRES(43, 0, 0, F2(CNAN, ONE); feq.d a0, fa1, fa2)
  IRES(44, 0, NV, F2(CNAN, ONE); fle.d a0, fa1, fa2)
  IRES(45, 0, NV, F2(ONE, SNAN); feq.d a0, fa1, fa2)
  /* conversions to integer */
  IRES(50, -3, NX, F1(0xc00c000000000000); fcvt.l.d a0, fa1, rtz)          /* -3.5 */
  IRES(51, -4, NX, F1(0xc00c000000000000); fcvt.l.d a0, fa1, rne)
  IRES(52, -4, NX, F1(0xc00c000000000000); fcvt.l.d a0, fa1, rmm)
  IRES(53, 0x7fffffffffffffff, NV, F1(0x43e0000000000000); fcvt.l.d a0, fa1, rtz)  /* 2^63 */
  IRES(54, 0x8000000000000000, 0, F1(0xc3e0000000000000); fcvt.l.d a0, fa1, rtz)   /* -2^63 */
  IRES(55, 0x7fffffffffffffff, NV, F1(CNAN); fcvt.l.d a0, fa1, rtz)
  IRES(56, 0xffffffffffffffff, NV, F1(0x43f0000000000000); fcvt.lu.d a0, fa1, rtz) /* 2^64 */
  IRES(57, 0x8000000000000000, 0, F1(0x43e0000000000000); fcvt.lu.d a0, fa1, rtz)
  IRES(58, 0, NV, F1(0xbff0000000000000); fcvt.lu.d a0, fa1, rtz)
  IRES(59, 0x7fffffff, NV, F1(0x41e0000000000000); fcvt.w.d a0, fa1, rtz)       /* 2^31 */
  IRES(60, 0xffffffff80000000, NX, F1(0xc1e0000000100000); fcvt.w.d a0, fa1, rtz) /* -2^31-0.5 */
  IRES(61, 0xffffffff80000000, NV, F1(0xc1e0000000200000); fcvt.w.d a0, fa1, rtz) /* -2^31-1 */
  IRES(62, 0xffffffffffffffff, 0, F1(0x41efffffffe00000); fcvt.wu.d a0, fa1, rtz) /* 2^32-1 */
  IRES(63, 0xffffffffffffffff, NV, F1(0x41f0000000000000); fcvt.wu.d a0, fa1, rtz)
  IRES(64, 0x7fffffff, NV, F1(0x7ff0000000000000); fcvt.w.d a0, fa1, rtz)
  /* conversions from integer */
  FRES(70, 0xc3e0000000000000, 0, li t0, 0x8000000000000000; fcvt.d.l fa0, t0)
  FRES(71, 0x43f0000000000000, NX, li t0, -1; fcvt.d.lu fa0, t0)
  FRES(72, 0x43efffffffffffff, NX, li t0, -1; fcvt.d.lu fa0, t0, rtz)
  FRES(73, 0xc1e0000000000000, 0, li t0, 0x80000000; fcvt.d.w fa0, t0)
  FRES(74, 0x41e0000000000000, 0, li t0, 0x80000000; fcvt.d.wu fa0, t0)
  /* single <-> double; fcvt.s.d result is NaN-boxed */
  FRES(80, 0xffffffff3eaaaaab, NX, F1(0x3fd5555555555555); fcvt.s.d fa0, fa1)
  FRES(81, 0xffffffff7f800000, OF | NX, F1(0x47f0000000000000); fcvt.s.d fa0, fa1)
  FRES(82, 0xffffffff7fc00000, NV, F1(SNAN); fcvt.s.d fa0, fa1)
  FRES(83, 0x3fd5555560000000, 0, li t0, 0xffffffff3eaaaaab; fmv.d.x fa1, t0; fcvt.d.s fa0, fa1)
  FRES(84, CNAN, NV, li t0, 0xffffffff7f800001; fmv.d.x fa1, t0; fcvt.d.s fa0, fa1)
  FRES(85, CNAN, 0, li t0, 0x000000003f800000; fmv.d.x fa1, t0; fcvt.d.s fa0, fa1)   /* unboxed -> NaN */
  /* fclass.d */
  IRES(90, 1 << 0, 0, F1(0xfff0000000000000); fclass.d a0, fa1)
  IRES(91, 1 << 2, 0, F1(0x8000000000000001); fclass.d a0, fa1)
  IRES(92, 1 << 3, 0, F1(0x8000000000000000); fclass.d a0, fa1)
  IRES(93, 1 << 5, 0, F1(0x000fffffffffffff); fclass.d a0, fa1)
  IRES(94, 1 << 6, 0, F1(ONE); fclass.d a0, fa1)
  IRES(95, 1 << 8, 0, F1(SNAN); fclass.d a0, fa1)
  IRES(96, 1 << 9, 0, F1(CNAN); fclass.d a0, fa1)
  /* loads/stores; flw then fmv.x.d shows the NaN box */
  la s0, ddata
  TEST_CASE(100, a0, 0x0123456789abcdef, fld fa0, 0(s0); fmv.x.d a0, fa0)
  TEST_CASE(101, a0, 0xffffffff89abcdef, flw fa0, 0(s0); fmv.x.d a0, fa0)
  TEST_CASE(102, a0, 0x0123456789abcdef, fld fa0, 0(s0); fsd fa0, 8(s0); ld a0, 8(s0))
  TEST_CASE(103, a0, 0x0123456789abcdef, fld fa0, 0(s0); fmv.x.d a1, fa0; fmv.d.x fa1, a1; fsd fa1, 16(s0); ld a0, 16(s0))
  /* fcsr */
  TEST_CASE(104, a0, NX | OF, csrwi fflags, 0; F2(0x7fefffffffffffff, TWO); fmul.d fa0, fa1, fa2; frflags a0)
  TEST_CASE(105, a0, (1 << 5) | NX | OF, csrwi frm, 1; frcsr a0; csrwi frm, 0)
  /* dynamic rounding from frm */
  FRES(106, 0x3fd5555555555555, NX, F2(ONE, THREE); csrwi frm, 1; fdiv.d fa0, fa1, fa2; csrwi frm, 0)
  FRES(107, 0x3fd5555555555556, NX, F2(ONE, THREE); csrwi frm, 3; fdiv.d fa0, fa1, fa2; csrwi frm, 0)
  csrwi frm, 7
  TEST_ILLEGAL 108, fadd.d fa0, fa1, fa2
  csrwi frm, 0
TEST_END

  .data
  .align 3
ddata: .dword 0x0123456789abcdef, 0, 0, 0
