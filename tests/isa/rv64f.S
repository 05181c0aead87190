/* RV64F: arithmetic, fused multiply-add, conversions with saturation,
 * fclass, fmin/fmax with NaN, compares, fcsr, NaN boxing, flags, FS. */
#include "harness.h"

#define NX 1
#define UF 2
#define OF 4
#define DZ 8
#define NV 16
#define CNAN 0x7fc00000
#define SNAN 0x7f800001

/* a = bits of fa0 (zero-extended), a1 = fflags */
#define FRES(n, res, flags, code...) \
  li gp, n; csrwi fflags, 0; code; fmv.x.w a0, fa0; slli a0, a0, 32; srli a0, a0, 32; frflags a1; \
  CHECK_VAL a0, res; CHECK_VAL a1, flags
/* integer result in a0 */
#define IRES(n, res, flags, code...) \
  li gp, n; csrwi fflags, 0; code; frflags a1; CHECK_VAL a0, res; CHECK_VAL a1, flags
#define F1(A) li t0, A; fmv.w.x fa1, t0
#define F2(A, B) F1(A); li t0, B; fmv.w.x fa2, t0
#define F3(A, B, C) F2(A, B); li t0, C; fmv.w.x fa3, t0

TEST_BEGIN
  /* FS: Initial -> Dirty after an FP write (and SD set) */
  TEST_CASE(1, a0, 1, li t0, MSTATUS_FS; csrc mstatus, t0; li t0, 1 << 13; csrs mstatus, t0; fmv.w.x fa0, x0; csrr a0, mstatus; srli a1, a0, 13; andi a1, a1, 3; srli a0, a0, 63; and a0, a0, a1; addi a1, a1, -3; seqz a1, a1; and a0, a0, a1)

  FRES(2, 0x40400000, 0, F2(0x3f800000, 0x40000000); fadd.s fa0, fa1, fa2)
  FRES(3, 0xbf800000, 0, F2(0x3f800000, 0x40000000); fsub.s fa0, fa1, fa2)
  FRES(4, 0x40c00000, 0, F2(0x40000000, 0x40400000); fmul.s fa0, fa1, fa2)
  FRES(5, 0x3eaaaaab, NX, F2(0x3f800000, 0x40400000); fdiv.s fa0, fa1, fa2)
  FRES(6, 0x7f800000, DZ, F2(0x3f800000, 0); fdiv.s fa0, fa1, fa2)
  FRES(7, 0x3fb504f3, NX, F1(0x40000000); fsqrt.s fa0, fa1)
  FRES(8, CNAN, NV, F1(0xbf800000); fsqrt.s fa0, fa1)
  FRES(9, CNAN, NV, F2(0x7f800000, 0xff800000); fadd.s fa0, fa1, fa2)
  FRES(10, CNAN, NV, F2(SNAN, 0x3f800000); fadd.s fa0, fa1, fa2)
  FRES(11, CNAN, 0, F2(0x7fc01234, 0x3f800000); fmul.s fa0, fa1, fa2)   /* NaN payload not propagated */
  FRES(12, CNAN, NV, F2(0, 0); fdiv.s fa0, fa1, fa2)
  /* rounding modes: static and dynamic */
  FRES(13, 0x3eaaaaaa, NX, F2(0x3f800000, 0x40400000); fdiv.s fa0, fa1, fa2, rtz)
  FRES(14, 0x3eaaaaaa, NX, F2(0x3f800000, 0x40400000); csrwi frm, 2; fdiv.s fa0, fa1, fa2; csrwi frm, 0)
  FRES(15, 0xbeaaaaab, NX, F2(0xbf800000, 0x40400000); fdiv.s fa0, fa1, fa2, rdn)
  FRES(16, 0xbeaaaaaa, NX, F2(0xbf800000, 0x40400000); fdiv.s fa0, fa1, fa2, rup)
  /* overflow, underflow */
  FRES(17, 0x7f800000, OF | NX, F2(0x7f7fffff, 0x40000000); fmul.s fa0, fa1, fa2)
  FRES(18, 0x7f7fffff, OF | NX, F2(0x7f7fffff, 0x40000000); fmul.s fa0, fa1, fa2, rtz)
  FRES(19, 0x00400000, 0, F2(0x00800000, 0x3f000000); fmul.s fa0, fa1, fa2)   /* exact subnormal */
  FRES(20, 0x002aaaab, UF | NX, F2(0x00800000, 0x3eaaaaab); fmul.s fa0, fa1, fa2)
  /* fused multiply-add: one rounding */
  FRES(21, 0x40e00000, 0, F3(0x40000000, 0x40400000, 0x3f800000); fmadd.s fa0, fa1, fa2, fa3)
  FRES(22, 0x40a00000, 0, F3(0x40000000, 0x40400000, 0x3f800000); fmsub.s fa0, fa1, fa2, fa3)
  FRES(23, 0xc0e00000, 0, F3(0x40000000, 0x40400000, 0x3f800000); fnmadd.s fa0, fa1, fa2, fa3)
  FRES(24, 0xc0a00000, 0, F3(0x40000000, 0x40400000, 0x3f800000); fnmsub.s fa0, fa1, fa2, fa3)
  /* (1+2^-23)^2 - (1+2^-22) = 2^-46 exactly only if not rounded twice */
  FRES(25, 0x28800000, 0, F3(0x3f800001, 0x3f800001, 0xbf800002); fmadd.s fa0, fa1, fa2, fa3)
  FRES(28, CNAN, NV, F3(0x7f800000, 0, 0x3f800000); fmadd.s fa0, fa1, fa2, fa3)   /* inf * 0 */
  /* fmin/fmax and NaN */
  FRES(30, 0x3f800000, 0, F2(0x3f800000, 0x40000000); fmin.s fa0, fa1, fa2)
  FRES(31, 0x40000000, 0, F2(0x3f800000, 0x40000000); fmax.s fa0, fa1, fa2)
  FRES(32, 0x3f800000, 0, F2(0x3f800000, CNAN); fmin.s fa0, fa1, fa2)
  FRES(33, 0x3f800000, 0, F2(CNAN, 0x3f800000); fmax.s fa0, fa1, fa2)
  FRES(34, 0x3f800000, NV, F2(SNAN, 0x3f800000); fmin.s fa0, fa1, fa2)
  FRES(35, CNAN, 0, F2(CNAN, 0x7fc00001); fmax.s fa0, fa1, fa2)
  FRES(36, 0x80000000, 0, F2(0, 0x80000000); fmin.s fa0, fa1, fa2)
  FRES(37, 0x00000000, 0, F2(0x80000000, 0); fmax.s fa0, fa1, fa2)
  /* sign injection */
  FRES(38, 0xbf800000, 0, F2(0x3f800000, 0x80000000); fsgnj.s fa0, fa1, fa2)
  FRES(39, 0x3f800000, 0, F2(0x3f800000, 0x80000000); fsgnjn.s fa0, fa1, fa2)
  FRES(40, 0x3f800000, 0, F2(0xbf800000, 0x80000000); fsgnjx.s fa0, fa1, fa2)
  FRES(41, 0x7f800001, 0, F2(SNAN, 0); fsgnj.s fa0, fa1, fa2)             /* no NaN check */
  /* compares */
  IRES(42, 1, 0, F2(0x3f800000, 0x3f800000); feq.s a0, fa1, fa2)
  IRES(43, 1, 0, F2(0x80000000, 0); feq.s a0, fa1, fa2)                   /* -0 == +0 */
  IRES(44, 1, 0, F2(0x3f800000, 0x40000000); flt.s a0, fa1, fa2)
  IRES(45, 0, 0, F2(0x40000000, 0x3f800000); fle.s a0, fa1, fa2)
  IRES(46, 0, 0, F2(CNAN, 0x3f800000); feq.s a0, fa1, fa2)                /* quiet: no flag */
  IRES(47, 0, NV, F2(CNAN, 0x3f800000); flt.s a0, fa1, fa2)               /* signaling */
  IRES(48, 0, NV, F2(0x3f800000, CNAN); fle.s a0, fa1, fa2)
  IRES(49, 0, NV, F2(SNAN, 0x3f800000); feq.s a0, fa1, fa2)
  /* conversions to integer: rounding and saturation */
  IRES(50, 3, NX, F1(0x406ccccd); fcvt.w.s a0, fa1, rtz)                  /* 3.7 */
  IRES(51, 4, NX, F1(0x406ccccd); fcvt.w.s a0, fa1, rne)
  IRES(52, 2, NX, F1(0x40200000); fcvt.w.s a0, fa1, rne)                  /* 2.5 -> 2 */
  IRES(53, 3, NX, F1(0x40200000); fcvt.w.s a0, fa1, rmm)                  /* 2.5 -> 3 */
  IRES(54, -2, NX, F1(0xc0200000); fcvt.w.s a0, fa1, rup)
  IRES(55, -3, NX, F1(0xc0200000); fcvt.w.s a0, fa1, rdn)
  IRES(56, 0x7fffffff, NV, F1(0x4f32d05e); fcvt.w.s a0, fa1, rtz)         /* 3e9 */
  IRES(57, 0xffffffff80000000, NV, F1(0xff800000); fcvt.w.s a0, fa1, rtz)
  IRES(58, 0x7fffffff, NV, F1(CNAN); fcvt.w.s a0, fa1, rtz)
  IRES(59, 0xffffffff80000000, 0, F1(0xcf000000); fcvt.w.s a0, fa1, rtz)  /* -2^31 exact */
  IRES(60, 0, NV, F1(0xbf800000); fcvt.wu.s a0, fa1, rtz)
  IRES(61, 0, NX, F1(0xbf000000); fcvt.wu.s a0, fa1, rtz)                 /* -0.5 -> 0 */
  IRES(62, 0xffffffffee6b2800, 0, F1(0x4f6e6b28); fcvt.wu.s a0, fa1, rtz) /* 4e9, sign-extended */
  IRES(63, 0xffffffffffffffff, NV, F1(0x7f800000); fcvt.wu.s a0, fa1, rtz)
  IRES(64, 0x7fffffffffffffff, NV, F1(SNAN); fcvt.l.s a0, fa1, rtz)
  IRES(65, 0x8000000000000000, NV, F1(0xff800000); fcvt.l.s a0, fa1, rtz)
  IRES(66, 0xffffffffffffffff, NV, F1(0x60ad78ec); fcvt.lu.s a0, fa1, rtz) /* 1e20 */
  IRES(67, 0x0000010000000000, 0, F1(0x53800000); fcvt.lu.s a0, fa1, rtz)
  IRES(68, 0, NV, F1(0xff800000); fcvt.lu.s a0, fa1, rtz)
  /* conversions from integer */
  FRES(70, 0xbf800000, 0, li t0, -1; fcvt.s.w fa0, t0)
  FRES(71, 0x4f800000, NX, li t0, -1; fcvt.s.wu fa0, t0)                  /* 2^32-1 -> 2^32 */
  FRES(72, 0x4f7fffff, NX, li t0, -1; fcvt.s.wu fa0, t0, rtz)
  FRES(73, 0xdf000000, 0, li t0, 0x8000000000000000; fcvt.s.l fa0, t0)
  FRES(74, 0x5f800000, NX, li t0, -1; fcvt.s.lu fa0, t0)
  FRES(75, 0x3f800000, 0, li t0, 0xffffffff00000001; fcvt.s.w fa0, t0)    /* only low 32 bits */
  /* fclass */
  IRES(80, 1 << 0, 0, F1(0xff800000); fclass.s a0, fa1)
  IRES(81, 1 << 1, 0, F1(0xbf800000); fclass.s a0, fa1)
  IRES(82, 1 << 2, 0, F1(0x80000001); fclass.s a0, fa1)
  IRES(83, 1 << 3, 0, F1(0x80000000); fclass.s a0, fa1)
  IRES(84, 1 << 4, 0, F1(0x00000000); fclass.s a0, fa1)
  IRES(85, 1 << 5, 0, F1(0x007fffff); fclass.s a0, fa1)
  IRES(86, 1 << 6, 0, F1(0x3f800000); fclass.s a0, fa1)
  IRES(87, 1 << 7, 0, F1(0x7f800000); fclass.s a0, fa1)
  IRES(88, 1 << 8, 0, F1(SNAN); fclass.s a0, fa1)
  IRES(89, 1 << 9, 0, F1(CNAN); fclass.s a0, fa1)
  /* NaN boxing: flw / fmv.w.x write 1s in the upper 32 bits */
  la s0, fdata
  TEST_CASE(90, a0, 0xffffffff3f800000, flw fa0, 0(s0); fmv.x.d a0, fa0)
  TEST_CASE(91, a0, 0xffffffff12345678, li t0, 0x12345678; fmv.w.x fa0, t0; fmv.x.d a0, fa0)
  TEST_CASE(92, a0, 0xffffffff40400000, F2(0x3f800000, 0x40000000); fadd.s fa0, fa1, fa2; fmv.x.d a0, fa0)
  /* an improperly boxed value reads as the canonical NaN */
  FRES(93, CNAN, 0, li t0, 0x000000003f800000; fmv.d.x fa1, t0; fmv.s fa0, fa1)
  IRES(94, 1 << 9, 0, li t0, 0x000000003f800000; fmv.d.x fa1, t0; fclass.s a0, fa1)
  FRES(95, CNAN, 0, li t0, 0xfffffffe3f800000; fmv.d.x fa1, t0; fadd.s fa0, fa1, fa1)
  /* fmv.x.w: raw low bits, sign-extended */
  TEST_CASE(96, a0, 0xffffffff80000000, li t0, 0x80000000; fmv.w.x fa0, t0; fmv.x.w a0, fa0)
  /* fsw stores the low 32 bits */
  TEST_CASE(97, a0, 0x40400000, li t0, 0x40400000; fmv.w.x fa0, t0; fsw fa0, 4(s0); lwu a0, 4(s0))
  /* fflags accrue; fcsr holds frm and fflags */
  TEST_CASE(98, a0, NX | DZ, csrwi fflags, 0; F2(0x3f800000, 0x40400000); fdiv.s fa0, fa1, fa2; F2(0x3f800000, 0); fdiv.s fa0, fa1, fa2; frflags a0)
  TEST_CASE(99, a0, (3 << 5) | NX | DZ, csrwi frm, 3; frcsr a0; csrwi frm, 0)
  /* a reserved dynamic rounding mode makes dynamic-rm instructions illegal */
  csrwi frm, 5
  TEST_ILLEGAL 100, fadd.s fa0, fa1, fa2
  csrwi frm, 0
TEST_END

  .data
  .align 3
fdata: .word 0x3f800000, 0, 0, 0
