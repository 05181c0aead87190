/* RV32F: arithmetic, fma, rounding modes, conversions to/from 32-bit
 * integers with saturation, fclass, fmin/fmax NaN rules, compares, flags,
 * fcsr, FS dirty tracking (SD is bit 31), NaN boxing in a 64-bit FLEN
 * register (checked through fsd), fmv.x.w; the L forms are illegal. */
#include "harness.h"

#define NX 1
#define UF 2
#define OF 4
#define DZ 8
#define NV 16
#define CNAN 0x7fc00000
#define SNAN 0x7f800001

#define FRES(n, res, flags, code...) \
  li gp, n; csrwi fflags, 0; code; fmv.x.w a0, fa0; frflags a1; \
  CHECK_VAL a0, res; CHECK_VAL a1, flags
#define IRES(n, res, flags, code...) \
  li gp, n; csrwi fflags, 0; code; frflags a1; CHECK_VAL a0, res; CHECK_VAL a1, flags
#define F1(A) li t0, A; fmv.w.x fa1, t0
#define F2(A, B) F1(A); li t0, B; fmv.w.x fa2, t0
#define F3(A, B, C) F2(A, B); li t0, C; fmv.w.x fa3, t0

TEST_BEGIN
  la s0, fdata
  /* FS: Initial -> Dirty after an FP write, and mstatus.SD (bit 31) set */
  TEST_CASE(1, a0, 1, li t0, MSTATUS_FS; csrc mstatus, t0; li t0, 1 << 13; csrs mstatus, t0; fmv.w.x fa0, x0; csrr a0, mstatus; srli a1, a0, 13; andi a1, a1, 3; srli a0, a0, 31; and a0, a0, a1; addi a1, a1, -3; seqz a1, a1; and a0, a0, a1)

  FRES(2, 0x40400000, 0, F2(0x3f800000, 0x40000000); fadd.s fa0, fa1, fa2)
  FRES(3, 0xbf800000, 0, F2(0x3f800000, 0x40000000); fsub.s fa0, fa1, fa2)
  FRES(4, 0x40c00000, 0, F2(0x40000000, 0x40400000); fmul.s fa0, fa1, fa2)
  FRES(5, 0x3eaaaaab, NX, F2(0x3f800000, 0x40400000); fdiv.s fa0, fa1, fa2)
  FRES(6, 0x7f800000, DZ, F2(0x3f800000, 0); fdiv.s fa0, fa1, fa2)
  FRES(7, 0x3fb504f3, NX, F1(0x40000000); fsqrt.s fa0, fa1)
  FRES(8, CNAN, NV, F1(0xbf800000); fsqrt.s fa0, fa1)
  FRES(9, CNAN, NV, F2(0x7f800000, 0xff800000); fadd.s fa0, fa1, fa2)
  FRES(10, CNAN, NV, F2(SNAN, 0x3f800000); fadd.s fa0, fa1, fa2)
  FRES(11, CNAN, 0, F2(0x7fc01234, 0x3f800000); fmul.s fa0, fa1, fa2)
  FRES(13, 0x3eaaaaaa, NX, F2(0x3f800000, 0x40400000); fdiv.s fa0, fa1, fa2, rtz)
  FRES(14, 0x3eaaaaaa, NX, F2(0x3f800000, 0x40400000); csrwi frm, 2; fdiv.s fa0, fa1, fa2; csrwi frm, 0)
  FRES(15, 0xbeaaaaab, NX, F2(0xbf800000, 0x40400000); fdiv.s fa0, fa1, fa2, rdn)
  FRES(16, 0xbeaaaaaa, NX, F2(0xbf800000, 0x40400000); fdiv.s fa0, fa1, fa2, rup)
  FRES(17, 0x7f800000, OF | NX, F2(0x7f7fffff, 0x40000000); fmul.s fa0, fa1, fa2)
  FRES(18, 0x7f7fffff, OF | NX, F2(0x7f7fffff, 0x40000000); fmul.s fa0, fa1, fa2, rtz)
  FRES(19, 0x00400000, 0, F2(0x00800000, 0x3f000000); fmul.s fa0, fa1, fa2)
  FRES(20, 0x002aaaab, UF | NX, F2(0x00800000, 0x3eaaaaab); fmul.s fa0, fa1, fa2)
  FRES(21, 0x40e00000, 0, F3(0x40000000, 0x40400000, 0x3f800000); fmadd.s fa0, fa1, fa2, fa3)
  FRES(22, 0x40a00000, 0, F3(0x40000000, 0x40400000, 0x3f800000); fmsub.s fa0, fa1, fa2, fa3)
  FRES(23, 0xc0e00000, 0, F3(0x40000000, 0x40400000, 0x3f800000); fnmadd.s fa0, fa1, fa2, fa3)
  FRES(24, 0xc0a00000, 0, F3(0x40000000, 0x40400000, 0x3f800000); fnmsub.s fa0, fa1, fa2, fa3)
  FRES(25, 0x28800000, 0, F3(0x3f800001, 0x3f800001, 0xbf800002); fmadd.s fa0, fa1, fa2, fa3)
  FRES(28, CNAN, NV, F3(0x7f800000, 0, 0x3f800000); fmadd.s fa0, fa1, fa2, fa3)
  FRES(30, 0x3f800000, 0, F2(0x3f800000, 0x40000000); fmin.s fa0, fa1, fa2)
  FRES(31, 0x40000000, 0, F2(0x3f800000, 0x40000000); fmax.s fa0, fa1, fa2)
  FRES(32, 0x3f800000, 0, F2(0x3f800000, CNAN); fmin.s fa0, fa1, fa2)
  FRES(34, 0x3f800000, NV, F2(SNAN, 0x3f800000); fmin.s fa0, fa1, fa2)
  FRES(35, CNAN, 0, F2(CNAN, 0x7fc00001); fmax.s fa0, fa1, fa2)
  FRES(36, 0x80000000, 0, F2(0, 0x80000000); fmin.s fa0, fa1, fa2)
  FRES(38, 0xbf800000, 0, F2(0x3f800000, 0x80000000); fsgnj.s fa0, fa1, fa2)
  FRES(39, 0x3f800000, 0, F2(0x3f800000, 0x80000000); fsgnjn.s fa0, fa1, fa2)
  FRES(40, 0x3f800000, 0, F2(0xbf800000, 0x80000000); fsgnjx.s fa0, fa1, fa2)
  IRES(42, 1, 0, F2(0x80000000, 0); feq.s a0, fa1, fa2)
  IRES(43, 1, 0, F2(0x3f800000, 0x40000000); flt.s a0, fa1, fa2)
  IRES(44, 0, 0, F2(CNAN, 0x3f800000); feq.s a0, fa1, fa2)
  IRES(45, 0, NV, F2(CNAN, 0x3f800000); flt.s a0, fa1, fa2)
  IRES(46, 0, NV, F2(0x3f800000, CNAN); fle.s a0, fa1, fa2)
  /* to 32-bit integers: rounding and saturation */
  IRES(50, 3, NX, F1(0x406ccccd); fcvt.w.s a0, fa1, rtz)
  IRES(51, 4, NX, F1(0x406ccccd); fcvt.w.s a0, fa1, rne)
  IRES(52, 2, NX, F1(0x40200000); fcvt.w.s a0, fa1, rne)
  IRES(53, 3, NX, F1(0x40200000); fcvt.w.s a0, fa1, rmm)
  IRES(54, -2, NX, F1(0xc0200000); fcvt.w.s a0, fa1, rup)
  IRES(55, -3, NX, F1(0xc0200000); fcvt.w.s a0, fa1, rdn)
  IRES(56, 0x7fffffff, NV, F1(0x4f32d05e); fcvt.w.s a0, fa1, rtz)      /* 3e9 */
  IRES(57, 0x80000000, NV, F1(0xff800000); fcvt.w.s a0, fa1, rtz)
  IRES(58, 0x7fffffff, NV, F1(CNAN); fcvt.w.s a0, fa1, rtz)
  IRES(59, 0x80000000, 0, F1(0xcf000000); fcvt.w.s a0, fa1, rtz)      /* -2^31 */
  IRES(60, 0, NV, F1(0xbf800000); fcvt.wu.s a0, fa1, rtz)
  IRES(61, 0, NX, F1(0xbf000000); fcvt.wu.s a0, fa1, rtz)
  IRES(62, 0xee6b2800, 0, F1(0x4f6e6b28); fcvt.wu.s a0, fa1, rtz)     /* 4e9 */
  IRES(63, 0xffffffff, NV, F1(0x7f800000); fcvt.wu.s a0, fa1, rtz)
  IRES(64, 0xffffffff, NV, F1(0x4f800000); fcvt.wu.s a0, fa1, rtz)    /* 2^32 */
  IRES(65, 0xffffffff, NV, F1(SNAN); fcvt.wu.s a0, fa1, rtz)
  /* from 32-bit integers */
  FRES(70, 0xbf800000, 0, li t0, -1; fcvt.s.w fa0, t0)
  FRES(71, 0x4f800000, NX, li t0, -1; fcvt.s.wu fa0, t0)
  FRES(72, 0x4f7fffff, NX, li t0, -1; fcvt.s.wu fa0, t0, rtz)
  FRES(73, 0xcf000000, 0, li t0, 0x80000000; fcvt.s.w fa0, t0)
  FRES(74, 0x4f000000, 0, li t0, 0x80000000; fcvt.s.wu fa0, t0)
  FRES(75, 0x4f000000, NX, li t0, 0x7fffffff; fcvt.s.w fa0, t0)
  /* fclass */
  IRES(80, 1 << 0, 0, F1(0xff800000); fclass.s a0, fa1)
  IRES(82, 1 << 2, 0, F1(0x80000001); fclass.s a0, fa1)
  IRES(84, 1 << 4, 0, F1(0x00000000); fclass.s a0, fa1)
  IRES(86, 1 << 6, 0, F1(0x3f800000); fclass.s a0, fa1)
  IRES(88, 1 << 8, 0, F1(SNAN); fclass.s a0, fa1)
  IRES(89, 1 << 9, 0, F1(CNAN); fclass.s a0, fa1)
  /* NaN boxing (FLEN = 64 with D): flw / fmv.w.x set the upper 32 bits */
  TEST_CASE(90, a0, 0xffffffff, flw fa0, 0(s0); fsd fa0, 8(s0); lw a0, 12(s0))
  TEST_CASE(91, a0, 0x3f800000, lw a0, 8(s0))
  TEST_CASE(92, a0, 0xffffffff, li t0, 0x12345678; fmv.w.x fa0, t0; fsd fa0, 8(s0); lw a0, 12(s0))
  /* an improperly boxed single reads as the canonical NaN */
  FRES(93, CNAN, 0, sw zero, 12(s0); li t0, 0x3f800000; sw t0, 8(s0); fld fa1, 8(s0); fmv.s fa0, fa1)
  IRES(94, 1 << 9, 0, fclass.s a0, fa1)
  /* fmv.x.w copies the raw bits (also of a NaN); fsw stores 32 bits */
  TEST_CASE(95, a0, 0x80000000, li t0, 0x80000000; fmv.w.x fa0, t0; fmv.x.w a0, fa0)
  TEST_CASE(96, a0, 0x7f800001, li t0, SNAN; fmv.w.x fa0, t0; fmv.x.w a0, fa0)
  TEST_CASE(97, a0, 0x40400000, li t0, 0x40400000; fmv.w.x fa0, t0; fsw fa0, 4(s0); lw a0, 4(s0))
  /* fflags accrue; fcsr = frm << 5 | fflags */
  TEST_CASE(98, a0, NX | DZ, csrwi fflags, 0; F2(0x3f800000, 0x40400000); fdiv.s fa0, fa1, fa2; F2(0x3f800000, 0); fdiv.s fa0, fa1, fa2; frflags a0)
  TEST_CASE(99, a0, (3 << 5) | NX | DZ, csrwi frm, 3; frcsr a0; csrwi frm, 0)
  csrwi frm, 5
  TEST_ILLEGAL 100, fadd.s fa0, fa1, fa2
  csrwi frm, 0
  /* RV64-only F encodings are illegal on RV32 */
  TEST_ILLEGAL 101, .word 0xc0251553         /* fcvt.l.s a0, fa0, rtz */
  TEST_ILLEGAL 102, .word 0xd0257553         /* fcvt.s.l fa0, a0 */
  /* FS = Off: F instructions are illegal */
  li t0, MSTATUS_FS
  csrc mstatus, t0
  TEST_ILLEGAL 103, fadd.s fa0, fa1, fa2
  TEST_ILLEGAL 104, fmv.x.w a0, fa0
  li t0, (1 << 13)
  csrs mstatus, t0
TEST_END

  .data
  .align 3
fdata: .word 0x3f800000, 0, 0, 0
