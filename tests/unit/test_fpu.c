/* Unit test for emu/fpu.c: F and D computational instructions (unprivileged
 * spec chapters 11 and 12).
 *
 * Build: gcc -O2 -frounding-math -fsignaling-nans -Iemu tests/unit/test_fpu.c emu/fpu.c -lm
 *
 * Part 1 (vectors[]) was generated once at development time with Debian's QEMU
 * 7.2 user mode (qemu-riscv64, softfloat) as the oracle: a small RV64GC
 * program wrote each instruction into an executable page, loaded f11/f12/f13
 * and x11 with the operands (x11 = first operand), set fcsr.frm, ran it and
 * printed f10, x10 (both pre-set to sentinels), fflags, and whether it raised
 * an illegal-instruction trap. Every instruction uses rd = 10, rs1 = 11,
 * rs2 = 12, rs3 = 13. The inputs covered every F/D computational opcode in the
 * five static rounding modes and dynamic frm, special operands (signed zeros,
 * subnormals, extremes, infinities, quiet/signaling NaNs, unboxed singles),
 * conversion bounds, constructed RMM ties, and reserved encodings; 47052
 * inputs and 400000 random ones all matched fpu_execute() at that time. The
 * table keeps one vector per (instruction, frm, fflags) bucket, plus every
 * vector whose RMM result differs from RNE and every illegal encoding.
 *
 * Part 2 checks named cases written by hand from the spec, and behaviour the
 * vectors cannot show: FS = Off, RV32 legality, rd = x0, accrued fflags and
 * mstatus.FS = Dirty. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../emu/fpu.h"   /* relative: builds with -Iemu, -I. or no -I */

#define SENT_F 0x5a5a5a5a5a5a5a5aull
#define SENT_X 0xa5a5a5a5a5a5a5a5ull

typedef struct FpVector {
    uint32_t insn;
    uint32_t frm;
    uint64_t a, b, c;       /* f11 (and x11), f12, f13 */
    uint64_t f10, x10;      /* expected registers after execution */
    uint32_t fflags;
    uint32_t illegal;       /* 1: fpu_execute must return false */
} FpVector;

static const FpVector vectors[] = {
    /* fadd.s fa0,fa1,fa2,rne */
    {0x00c58553, 0, 0xffffffff7f7fffff, 0xffffffff00000000, 0x0000000000000000,
     0xffffffff7f7fffff, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.s fa0,fa1,fa2,rne */
    {0x00c58553, 0, 0xffffffffff800000, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.s fa0,fa1,fa2,rne */
    {0x00c58553, 0, 0xffffffff3f800001, 0xffffffff3f800000, 0x0000000000000000,
     0xffffffff40000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rne */
    {0x00c58553, 0, 0xffffffff33800000, 0xffffffff3f800000, 0x0000000000000000,
     0xffffffff3f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rne */
    {0x00c58553, 0, 0xffffffffbfa00000, 0xffffffffcf32d05e, 0x0000000000000000,
     0xffffffffcf32d05e, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rtz */
    {0x00c59553, 0, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0x0000000000000000,
     0xffffffff7f7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.s fa0,fa1,fa2,rtz */
    {0x00c59553, 0, 0xffffffffffc00000, 0xffffffff80800000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.s fa0,fa1,fa2,rtz */
    {0x00c59553, 0, 0xffffffff7fa00000, 0xffffffff3f800000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.s fa0,fa1,fa2,rtz */
    {0x00c59553, 0, 0xffffffff4f800000, 0xffffffff40200000, 0x0000000000000000,
     0xffffffff4f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rdn */
    {0x00c5a553, 0, 0xffffffff00000001, 0xffffffff80000001, 0x0000000000000000,
     0xffffffff80000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.s fa0,fa1,fa2,rdn */
    {0x00c5a553, 0, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0x0000000000000000,
     0xffffffff7f7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.s fa0,fa1,fa2,rdn */
    {0x00c5a553, 0, 0xffffffff4f800000, 0xffffffff7f800001, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.s fa0,fa1,fa2,rdn */
    {0x00c5a553, 0, 0xffffffff4f800000, 0xffffffff40400000, 0x0000000000000000,
     0xffffffff4f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rup */
    {0x00c5b553, 0, 0xffffffff3fc00000, 0xffffffff3fc00000, 0x0000000000000000,
     0xffffffff40400000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.s fa0,fa1,fa2,rup */
    {0x00c5b553, 0, 0xffffffff3eaaaaab, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.s fa0,fa1,fa2,rup */
    {0x00c5b553, 0, 0xffffffff7f7fffff, 0xffffffff3f000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.s fa0,fa1,fa2,rup */
    {0x00c5b553, 0, 0xffffffff00000003, 0xffffffffbf000000, 0x0000000000000000,
     0xffffffffbeffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rmm */
    {0x00c5c553, 0, 0xffffffff7fa00000, 0xffffffff3eaaaaab, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.s fa0,fa1,fa2,rmm */
    {0x00c5c553, 0, 0xffffffffcf32d05e, 0xffffffff4f800000, 0x0000000000000000,
     0xffffffff4e9a5f44, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.s fa0,fa1,fa2,rmm */
    {0x00c5c553, 0, 0xffffffffdf000000, 0xffffffffcf000000, 0x0000000000000000,
     0xffffffffdf000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rmm */
    {0x00c5c553, 0, 0xffffffff3f800001, 0xffffffff3f800000, 0x0000000000000000,
     0xffffffff40000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rmm */
    {0x00c5c553, 0, 0xffffffff33800000, 0xffffffff3f800000, 0x0000000000000000,
     0xffffffff3f800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2 (frm=4) */
    {0x00c5f553, 4, 0xffffffff00000000, 0xffffffff3fc00000, 0x0000000000000000,
     0xffffffff3fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.s fa0,fa1,fa2 (frm=4) */
    {0x00c5f553, 4, 0xffffffff80800000, 0xffffffff33800000, 0x0000000000000000,
     0xffffffff33800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2 (frm=4) */
    {0x00c5f553, 4, 0xffffffff3f800000, 0xffffffff7f800001, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.s fa0,fa1,fa2 (frm=1) */
    {0x00c5f553, 1, 0xffffffff3fc00000, 0xffffffff7fc00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.s fa0,fa1,fa2 (frm=1) */
    {0x00c5f553, 1, 0xffffffffff7fffff, 0xffffffffff7fffff, 0x0000000000000000,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.s fa0,fa1,fa2 (frm=1) */
    {0x00c5f553, 1, 0xffffffff7fa00000, 0xffffffffcf000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.s fa0,fa1,fa2 (frm=1) */
    {0x00c5f553, 1, 0xffffffff3f800800, 0xffffffff4f32d05e, 0x0000000000000000,
     0xffffffff4f32d05e, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.s fa0,fa1,fa2,rne */
    {0x08c58553, 0, 0xffffffff00000001, 0xffffffff00c00000, 0x0000000000000000,
     0xffffffff80bfffff, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.s fa0,fa1,fa2,rne */
    {0x08c58553, 0, 0xffffffff5f800000, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.s fa0,fa1,fa2,rne */
    {0x08c58553, 0, 0xffffffff5f800000, 0xffffffff4f800000, 0x0000000000000000,
     0xffffffff5f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.s fa0,fa1,fa2,rtz */
    {0x08c59553, 0, 0xffffffff00800000, 0xffffffffff800000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.s fa0,fa1,fa2,rtz */
    {0x08c59553, 0, 0xffffffff4f32d05e, 0xffffffff3fc00000, 0x0000000000000000,
     0xffffffff4f32d05d, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.s fa0,fa1,fa2,rtz */
    {0x08c59553, 0, 0xffffffffcf000000, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.s fa0,fa1,fa2,rdn */
    {0x08c5a553, 0, 0xffffffff00000001, 0xffffffffff800000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.s fa0,fa1,fa2,rdn */
    {0x08c5a553, 0, 0xffffffff80800000, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.s fa0,fa1,fa2,rdn */
    {0x08c5a553, 0, 0xffffffffc0200000, 0xffffffff7f7fffff, 0x0000000000000000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fsub.s fa0,fa1,fa2,rdn */
    {0x08c5a553, 0, 0xffffffff5f000000, 0xffffffff3f000000, 0x0000000000000000,
     0xffffffff5effffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.s fa0,fa1,fa2,rup */
    {0x08c5b553, 0, 0xffffffff3fc00000, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.s fa0,fa1,fa2,rup */
    {0x08c5b553, 0, 0xffffffff7fc00000, 0xffffffffffc00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.s fa0,fa1,fa2,rup */
    {0x08c5b553, 0, 0xffffffff4f800000, 0xffffffff40400000, 0x0000000000000000,
     0xffffffff4f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.s fa0,fa1,fa2,rup */
    {0x08c5b553, 0, 0xffffffff00c00000, 0xffffffffff7fffff, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fsub.s fa0,fa1,fa2,rmm */
    {0x08c5c553, 0, 0xffffffff80000000, 0xffffffffff800000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.s fa0,fa1,fa2,rmm */
    {0x08c5c553, 0, 0xffffffffbf800000, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.s fa0,fa1,fa2,rmm */
    {0x08c5c553, 0, 0xffffffffbfa00000, 0xffffffff7f7fffff, 0x0000000000000000,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.s fa0,fa1,fa2 (frm=4) */
    {0x08c5f553, 4, 0xffffffff00800000, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.s fa0,fa1,fa2 (frm=4) */
    {0x08c5f553, 4, 0xffffffffff7fffff, 0xffffffff7f7fffff, 0x0000000000000000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fsub.s fa0,fa1,fa2 (frm=4) */
    {0x08c5f553, 4, 0xffffffffff7fffff, 0xffffffff3f800001, 0x0000000000000000,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.s fa0,fa1,fa2 (frm=4) */
    {0x08c5f553, 4, 0xffffffffbf400000, 0xffffffffffc00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.s fa0,fa1,fa2 (frm=1) */
    {0x08c5f553, 1, 0xffffffff7fa00000, 0xffffffff00800000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.s fa0,fa1,fa2 (frm=1) */
    {0x08c5f553, 1, 0xffffffff4f32d05e, 0xffffffffff800000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.s fa0,fa1,fa2 (frm=1) */
    {0x08c5f553, 1, 0xffffffffbfa00000, 0xffffffffcf000000, 0x0000000000000000,
     0xffffffff4effffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.s fa0,fa1,fa2,rne */
    {0x10c58553, 0, 0xffffffff7f7fffff, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.s fa0,fa1,fa2,rne */
    {0x10c58553, 0, 0xffffffffcf32d05e, 0xffffffff00c00000, 0x0000000000000000,
     0xffffffff90861c46, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.s fa0,fa1,fa2,rne */
    {0x10c58553, 0, 0xffffffff4f800000, 0xffffffffff7fffff, 0x0000000000000000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.s fa0,fa1,fa2,rne */
    {0x10c58553, 0, 0xffffffff00000003, 0xffffffff007fffff, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2,rne */
    {0x10c58553, 0, 0xffffffff4f800000, 0xffffffff4f000000, 0x0000000000000000,
     0xffffffff5f000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.s fa0,fa1,fa2,rtz */
    {0x10c59553, 0, 0xffffffff7f7fffff, 0xffffffff3f800800, 0x0000000000000000,
     0xffffffff7f7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.s fa0,fa1,fa2,rtz */
    {0x10c59553, 0, 0xffffffffcf32d05e, 0xffffffff7f800001, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.s fa0,fa1,fa2,rtz */
    {0x10c59553, 0, 0xffffffff4f800000, 0xffffffff3f800001, 0x0000000000000000,
     0xffffffff4f800001, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.s fa0,fa1,fa2,rtz */
    {0x10c59553, 0, 0xffffffffbf400000, 0xffffffff3f800001, 0x0000000000000000,
     0xffffffffbf400001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.s fa0,fa1,fa2,rtz */
    {0x10c59553, 0, 0xffffffffbf400000, 0xffffffff007fffff, 0x0000000000000000,
     0xffffffff805fffff, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2,rdn */
    {0x10c5a553, 0, 0xffffffff7f7fffff, 0xffffffff3fc00000, 0x0000000000000000,
     0xffffffff7f7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.s fa0,fa1,fa2,rdn */
    {0x10c5a553, 0, 0xffffffff7f800001, 0xffffffff80000001, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.s fa0,fa1,fa2,rdn */
    {0x10c5a553, 0, 0xffffffff5f000000, 0xffffffff3dcccccd, 0x0000000000000000,
     0xffffffff5d4ccccd, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.s fa0,fa1,fa2,rdn */
    {0x10c5a553, 0, 0xffffffff00000003, 0xffffffffcf32d05e, 0x0000000000000000,
     0xffffffff85861c47, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.s fa0,fa1,fa2,rdn */
    {0x10c5a553, 0, 0xffffffff00000003, 0xffffffffbf400000, 0x0000000000000000,
     0xffffffff80000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2,rup */
    {0x10c5b553, 0, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.s fa0,fa1,fa2,rup */
    {0x10c5b553, 0, 0xffffffffff7fffff, 0xffffffffbf400000, 0x0000000000000000,
     0xffffffff7f400000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.s fa0,fa1,fa2,rup */
    {0x10c5b553, 0, 0xffffffff7fc00000, 0xffffffff3f800000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.s fa0,fa1,fa2,rup */
    {0x10c5b553, 0, 0xffffffffbf400000, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.s fa0,fa1,fa2,rmm */
    {0x10c5c553, 0, 0xffffffff007fffff, 0xffffffffc0200000, 0x0000000000000000,
     0xffffffff811fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.s fa0,fa1,fa2,rmm */
    {0x10c5c553, 0, 0xffffffff40400000, 0xffffffff5f000000, 0x0000000000000000,
     0xffffffff5fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.s fa0,fa1,fa2,rmm */
    {0x10c5c553, 0, 0xffffffff7f800001, 0xffffffff4f800000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.s fa0,fa1,fa2,rmm */
    {0x10c5c553, 0, 0xffffffffcf000000, 0xffffffffff7fffff, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.s fa0,fa1,fa2,rmm */
    {0x10c5c553, 0, 0xffffffff00c00000, 0xffffffff00800000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2 (frm=4) */
    {0x10c5f553, 4, 0xffffffff3eaaaaab, 0xffffffff80000001, 0x0000000000000000,
     0xffffffff80000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2 (frm=4) */
    {0x10c5f553, 4, 0xffffffffff7fffff, 0xffffffffcf000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.s fa0,fa1,fa2 (frm=4) */
    {0x10c5f553, 4, 0xffffffff7fc00000, 0xffffffff4f800000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.s fa0,fa1,fa2 (frm=4) */
    {0x10c5f553, 4, 0xffffffff4f32d05e, 0xffffffffbf400000, 0x0000000000000000,
     0xffffffffcf061c47, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.s fa0,fa1,fa2 (frm=4) */
    {0x10c5f553, 4, 0xffffffffbfa00000, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.s fa0,fa1,fa2 (frm=1) */
    {0x10c5f553, 1, 0xffffffff00000000, 0xffffffff40400000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.s fa0,fa1,fa2 (frm=1) */
    {0x10c5f553, 1, 0xffffffff007fffff, 0xffffffff80800000, 0x0000000000000000,
     0xffffffff80000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2 (frm=1) */
    {0x10c5f553, 1, 0xffffffff3fc00000, 0xffffffffff7fffff, 0x0000000000000000,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.s fa0,fa1,fa2 (frm=1) */
    {0x10c5f553, 1, 0xffffffff7f800001, 0xffffffff3fc00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.s fa0,fa1,fa2 (frm=1) */
    {0x10c5f553, 1, 0xffffffff4f32d05e, 0xffffffff40400000, 0x0000000000000000,
     0xffffffff50061c46, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.s fa0,fa1,fa2,rne */
    {0x18c58553, 0, 0xffffffff3fc00000, 0xffffffff00000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.s fa0,fa1,fa2,rne */
    {0x18c58553, 0, 0xffffffff40200000, 0xffffffff00000003, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.s fa0,fa1,fa2,rne */
    {0x18c58553, 0, 0xffffffff7fa00000, 0xffffffff00000003, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.s fa0,fa1,fa2,rne */
    {0x18c58553, 0, 0xffffffff4f32d05e, 0xffffffff3fc00000, 0x0000000000000000,
     0xffffffff4eee6b28, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.s fa0,fa1,fa2,rne */
    {0x18c58553, 0, 0xffffffff5f000000, 0xffffffffff7fffff, 0x0000000000000000,
     0xffffffff9f000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.s fa0,fa1,fa2,rne */
    {0x18c58553, 0, 0xffffffff00000003, 0xffffffff3dcccccd, 0x0000000000000000,
     0xffffffff0000001e, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.s fa0,fa1,fa2,rtz */
    {0x18c59553, 0, 0xffffffff3dcccccd, 0xffffffff00000001, 0x0000000000000000,
     0xffffffff7f7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.s fa0,fa1,fa2,rtz */
    {0x18c59553, 0, 0xffffffff3eaaaaab, 0xffffffffff7fffff, 0x0000000000000000,
     0xffffffff800aaaaa, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.s fa0,fa1,fa2,rtz */
    {0x18c59553, 0, 0xffffffff7f800000, 0xffffffff7f800001, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.s fa0,fa1,fa2,rtz */
    {0x18c59553, 0, 0xffffffffff800000, 0xffffffffbf400000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.s fa0,fa1,fa2,rtz */
    {0x18c59553, 0, 0xffffffff5f000000, 0xffffffff3f800800, 0x0000000000000000,
     0xffffffff5efff000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.s fa0,fa1,fa2,rtz */
    {0x18c59553, 0, 0xffffffff5f000000, 0xffffffff00000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.s fa0,fa1,fa2,rdn */
    {0x18c5a553, 0, 0xffffffff80000001, 0xffffffff80000001, 0x0000000000000000,
     0xffffffff3f800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.s fa0,fa1,fa2,rdn */
    {0x18c5a553, 0, 0xffffffff3fc00000, 0xffffffff00000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.s fa0,fa1,fa2,rdn */
    {0x18c5a553, 0, 0xffffffffcf000000, 0xffffffff00000001, 0x0000000000000000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.s fa0,fa1,fa2,rdn */
    {0x18c5a553, 0, 0xffffffff4f800000, 0xffffffffc0200000, 0x0000000000000000,
     0xffffffffcecccccd, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.s fa0,fa1,fa2,rdn */
    {0x18c5a553, 0, 0xffffffff33800000, 0xffffffff7f800001, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.s fa0,fa1,fa2,rup */
    {0x18c5b553, 0, 0xffffffff80000000, 0xffffffff00000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.s fa0,fa1,fa2,rup */
    {0x18c5b553, 0, 0xffffffff007fffff, 0xffffffff80000000, 0x0000000000000000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.s fa0,fa1,fa2,rup */
    {0x18c5b553, 0, 0xffffffff007fffff, 0xffffffff7f7fffff, 0x0000000000000000,
     0xffffffff00000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.s fa0,fa1,fa2,rup */
    {0x18c5b553, 0, 0xffffffff4f000000, 0xffffffff00c00000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.s fa0,fa1,fa2,rup */
    {0x18c5b553, 0, 0xffffffff33800000, 0xffffffffbf400000, 0x0000000000000000,
     0xffffffffb3aaaaaa, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.s fa0,fa1,fa2,rup */
    {0x18c5b553, 0, 0xffffffff00000003, 0xffffffffbf000000, 0x0000000000000000,
     0xffffffff80000006, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.s fa0,fa1,fa2,rmm */
    {0x18c5c553, 0, 0xffffffffbf000000, 0xffffffff80000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.s fa0,fa1,fa2,rmm */
    {0x18c5c553, 0, 0xffffffff40400000, 0xffffffff3f800001, 0x0000000000000000,
     0xffffffff403fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.s fa0,fa1,fa2,rmm */
    {0x18c5c553, 0, 0xffffffff40400000, 0xffffffffff7fffff, 0x0000000000000000,
     0xffffffff80600000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.s fa0,fa1,fa2,rmm */
    {0x18c5c553, 0, 0xffffffff5f000000, 0xffffffff00000001, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.s fa0,fa1,fa2,rmm */
    {0x18c5c553, 0, 0xffffffff3f800800, 0xffffffffff800000, 0x0000000000000000,
     0xffffffff80000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.s fa0,fa1,fa2,rmm */
    {0x18c5c553, 0, 0xffffffff00000003, 0xffffffff7f800001, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=4) */
    {0x18c5f553, 4, 0xffffffffcf32d05e, 0xffffffffbf000000, 0x0000000000000000,
     0xffffffff4fb2d05e, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=4) */
    {0x18c5f553, 4, 0xffffffffcf000000, 0xffffffff40400000, 0x0000000000000000,
     0xffffffffce2aaaab, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=4) */
    {0x18c5f553, 4, 0xffffffff4f800000, 0xffffffff00000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=4) */
    {0x18c5f553, 4, 0xffffffff5f800000, 0xffffffff80000001, 0x0000000000000000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=4) */
    {0x18c5f553, 4, 0xffffffff33800000, 0xffffffff7f800001, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=1) */
    {0x18c5f553, 1, 0xffffffff80000001, 0xffffffffcf32d05e, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=1) */
    {0x18c5f553, 1, 0xffffffffbf000000, 0xffffffff4f32d05e, 0x0000000000000000,
     0xffffffffaf37407f, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=1) */
    {0x18c5f553, 1, 0xffffffffff7fffff, 0xffffffffffc00000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=1) */
    {0x18c5f553, 1, 0xffffffffff800000, 0xffffffff7f800001, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=1) */
    {0x18c5f553, 1, 0xffffffffdf000000, 0xffffffff80000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=1) */
    {0x18c5f553, 1, 0xffffffff3f800800, 0xffffffff80000001, 0x0000000000000000,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fsqrt.s fa0,fa1,rne */
    {0x58058553, 0, 0xffffffffffc00000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.s fa0,fa1,rne */
    {0x58058553, 0, 0xffffffff7f800001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.s fa0,fa1,rne */
    {0x58058553, 0, 0xffffffff3f800800, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f800400, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.s fa0,fa1,rtz */
    {0x58059553, 0, 0xffffffff00000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.s fa0,fa1,rtz */
    {0x58059553, 0, 0xffffffffc0200000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.s fa0,fa1,rtz */
    {0x58059553, 0, 0xffffffff3eaaaaab, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f13cd3a, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.s fa0,fa1,rdn */
    {0x5805a553, 0, 0xffffffff7f7fffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5f7fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.s fa0,fa1,rdn */
    {0x5805a553, 0, 0xffffffffdf000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.s fa0,fa1,rdn */
    {0x5805a553, 0, 0xffffffff5f800000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.s fa0,fa1,rup */
    {0x5805b553, 0, 0xffffffff3fc00000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f9cc471, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.s fa0,fa1,rup */
    {0x5805b553, 0, 0xffffffff33800000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff39800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.s fa0,fa1,rup */
    {0x5805b553, 0, 0xffffffffbfa00000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.s fa0,fa1,rmm */
    {0x5805c553, 0, 0xffffffff3eaaaaab, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f13cd3a, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.s fa0,fa1,rmm */
    {0x5805c553, 0, 0xffffffffff800000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.s fa0,fa1,rmm */
    {0x5805c553, 0, 0xffffffffffc00000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.s fa0,fa1 (frm=4) */
    {0x5805f553, 4, 0xffffffff80800000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.s fa0,fa1 (frm=4) */
    {0x5805f553, 4, 0xffffffff7f7fffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5f7fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.s fa0,fa1 (frm=4) */
    {0x5805f553, 4, 0xffffffff7fc00000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.s fa0,fa1 (frm=1) */
    {0x5805f553, 1, 0xffffffff00000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff1a3504f3, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.s fa0,fa1 (frm=1) */
    {0x5805f553, 1, 0xffffffff00800000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff20000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.s fa0,fa1 (frm=1) */
    {0x5805f553, 1, 0xffffffffff7fffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsgnj.s fa0,fa1,fa2 */
    {0x20c58553, 0, 0xffffffffcf000000, 0xffffffff80000000, 0x0000000000000000,
     0xffffffffcf000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsgnjn.s fa0,fa1,fa2 */
    {0x20c59553, 0, 0xffffffffbf400000, 0xffffffff3f800800, 0x0000000000000000,
     0xffffffffbf400000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsgnjx.s fa0,fa1,fa2 */
    {0x20c5a553, 0, 0xffffffffbfa00000, 0xffffffff3eaaaaab, 0x0000000000000000,
     0xffffffffbfa00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmin.s fa0,fa1,fa2 */
    {0x28c58553, 0, 0xffffffff40200000, 0xffffffff40400000, 0x0000000000000000,
     0xffffffff40200000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmin.s fa0,fa1,fa2 */
    {0x28c58553, 0, 0xffffffff3dcccccd, 0xffffffff7fa00000, 0x0000000000000000,
     0xffffffff3dcccccd, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmax.s fa0,fa1,fa2 */
    {0x28c59553, 0, 0xffffffff3dcccccd, 0xffffffff7f800001, 0x0000000000000000,
     0xffffffff3dcccccd, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmax.s fa0,fa1,fa2 */
    {0x28c59553, 0, 0xffffffff5f000000, 0xffffffff00000001, 0x0000000000000000,
     0xffffffff5f000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fle.s a0,fa1,fa2 */
    {0xa0c58553, 0, 0xffffffff80000000, 0xffffffff3f800000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x00, 0},
    /* fle.s a0,fa1,fa2 */
    {0xa0c58553, 0, 0xffffffff5f800000, 0xffffffffffc00000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* flt.s a0,fa1,fa2 */
    {0xa0c59553, 0, 0xffffffff00000000, 0xffffffff7f800001, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* flt.s a0,fa1,fa2 */
    {0xa0c59553, 0, 0xffffffff40200000, 0xffffffff3dcccccd, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* feq.s a0,fa1,fa2 */
    {0xa0c5a553, 0, 0xffffffff00800000, 0xffffffffbf800000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* feq.s a0,fa1,fa2 */
    {0xa0c5a553, 0, 0xffffffff7f800001, 0xffffffff7fc00000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fclass.s a0,fa1 */
    {0xe0059553, 0, 0xffffffffbfa00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000002, 0x00, 0},
    /* fmv.x.w a0,fa1 */
    {0xe0058553, 0, 0xffffffff4f32d05e, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x000000004f32d05e, 0x00, 0},
    /* fmv.w.x fa0,a1 */
    {0xf0058553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.w.s a0,fa1,rne */
    {0xc0058553, 0, 0xffffffff00000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.w.s a0,fa1,rne */
    {0xc0058553, 0, 0xffffffff40200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000002, 0x01, 0},
    /* fcvt.w.s a0,fa1,rne */
    {0xc0058553, 0, 0xffffffffc0200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xfffffffffffffffe, 0x01, 0},
    /* fcvt.w.s a0,fa1,rne */
    {0xc0058553, 0, 0xffffffff3f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.w.s a0,fa1,rne */
    {0xc0058553, 0, 0xffffffffbf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.w.s a0,fa1,rne */
    {0xc0058553, 0, 0xffffffff5f800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x000000007fffffff, 0x10, 0},
    /* fcvt.w.s a0,fa1,rne */
    {0xc0058553, 0, 0xffffffff00c00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.s.w fa0,a1,rne */
    {0xd0058553, 0, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffffbf800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.w fa0,a1,rne */
    {0xd0058553, 0, 0x0000000001000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.w fa0,a1,rne */
    {0xd0058553, 0, 0xffffffff01000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.w fa0,a1,rne */
    {0xd0058553, 0, 0x00000002dfdc1c35, 0x0000000000000000, 0x0000000000000000,
     0xffffffffce008f8f, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.w.s a0,fa1,rtz */
    {0xc0059553, 0, 0xffffffff00000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.w.s a0,fa1,rtz */
    {0xc0059553, 0, 0xffffffffcf32d05e, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff80000000, 0x10, 0},
    /* fcvt.w.s a0,fa1,rtz */
    {0xc0059553, 0, 0xffffffffbf400000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.s.w fa0,a1,rtz */
    {0xd0059553, 0, 0x000000007fffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4effffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.w fa0,a1,rtz */
    {0xd0059553, 0, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffffbf800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.w.s a0,fa1,rdn */
    {0xc005a553, 0, 0xffffffff80800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x01, 0},
    /* fcvt.w.s a0,fa1,rdn */
    {0xc005a553, 0, 0xffffffff7fc00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x000000007fffffff, 0x10, 0},
    /* fcvt.w.s a0,fa1,rdn */
    {0xc005a553, 0, 0xffffffffcf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff80000000, 0x00, 0},
    /* fcvt.s.w fa0,a1,rdn */
    {0xd005a553, 0, 0x00000000fefffffd, 0x0000000000000000, 0x0000000000000000,
     0xffffffffcb800002, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.w fa0,a1,rdn */
    {0xd005a553, 0, 0x0020000000000003, 0x0000000000000000, 0x0000000000000000,
     0xffffffff40400000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.w.s a0,fa1,rup */
    {0xc005b553, 0, 0xffffffff007fffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.w.s a0,fa1,rup */
    {0xc005b553, 0, 0xffffffffbf800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x00, 0},
    /* fcvt.w.s a0,fa1,rup */
    {0xc005b553, 0, 0xffffffffff7fffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff80000000, 0x10, 0},
    /* fcvt.s.w fa0,a1,rup */
    {0xd005b553, 0, 0x0000000001000003, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800002, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.w fa0,a1,rup */
    {0xd005b553, 0, 0x0020000000000003, 0x0000000000000000, 0x0000000000000000,
     0xffffffff40400000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.w.s a0,fa1,rmm */
    {0xc005c553, 0, 0xffffffff00000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.w.s a0,fa1,rmm */
    {0xc005c553, 0, 0xffffffff40200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x01, 0},
    /* fcvt.w.s a0,fa1,rmm */
    {0xc005c553, 0, 0xffffffffc0200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xfffffffffffffffd, 0x01, 0},
    /* fcvt.w.s a0,fa1,rmm */
    {0xc005c553, 0, 0xffffffff3f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.w.s a0,fa1,rmm */
    {0xc005c553, 0, 0xffffffffbf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x01, 0},
    /* fcvt.w.s a0,fa1,rmm */
    {0xc005c553, 0, 0xffffffff3eaaaaab, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.w.s a0,fa1,rmm */
    {0xc005c553, 0, 0xffffffff7fa00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x000000007fffffff, 0x10, 0},
    /* fcvt.s.w fa0,a1,rmm */
    {0xd005c553, 0, 0x0000000001000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.w fa0,a1,rmm */
    {0xd005c553, 0, 0x0020000000000003, 0x0000000000000000, 0x0000000000000000,
     0xffffffff40400000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.w fa0,a1,rmm */
    {0xd005c553, 0, 0xffffffff01000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.w.s a0,fa1 (frm=4) */
    {0xc005f553, 4, 0xffffffff3f800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x00, 0},
    /* fcvt.w.s a0,fa1 (frm=4) */
    {0xc005f553, 4, 0xffffffff3dcccccd, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.w.s a0,fa1 (frm=4) */
    {0xc005f553, 4, 0xffffffff4f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x000000007fffffff, 0x10, 0},
    /* fcvt.s.w fa0,a1 (frm=4) */
    {0xd005f553, 4, 0x1000000000000200, 0x0000000000000000, 0x0000000000000000,
     0xffffffff44000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.w fa0,a1 (frm=4) */
    {0xd005f553, 4, 0x00000002dfdc1c35, 0x0000000000000000, 0x0000000000000000,
     0xffffffffce008f8f, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.w.s a0,fa1 (frm=1) */
    {0xc005f553, 1, 0xffffffffbf800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x00, 0},
    /* fcvt.w.s a0,fa1 (frm=1) */
    {0xc005f553, 1, 0xffffffff7f7fffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x000000007fffffff, 0x10, 0},
    /* fcvt.w.s a0,fa1 (frm=1) */
    {0xc005f553, 1, 0xffffffffbfa00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x01, 0},
    /* fcvt.s.w fa0,a1 (frm=1) */
    {0xd005f553, 1, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffffbf800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.w fa0,a1 (frm=1) */
    {0xd005f553, 1, 0x00000002dfdc1c35, 0x0000000000000000, 0x0000000000000000,
     0xffffffffce008f8f, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.wu.s a0,fa1,rne */
    {0xc0158553, 0, 0xffffffff40200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000002, 0x01, 0},
    /* fcvt.wu.s a0,fa1,rne */
    {0xc0158553, 0, 0xffffffff3f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.wu.s a0,fa1,rne */
    {0xc0158553, 0, 0xffffffff7f800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x10, 0},
    /* fcvt.wu.s a0,fa1,rne */
    {0xc0158553, 0, 0xffffffff4f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff80000000, 0x00, 0},
    /* fcvt.wu.s a0,fa1,rne */
    {0xc0158553, 0, 0xffffffff3f800001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.s.wu fa0,a1,rne */
    {0xd0158553, 0, 0x0000000001000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.wu fa0,a1,rne */
    {0xd0158553, 0, 0x7ffffffffffffe00, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f7ffffe, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.wu fa0,a1,rne */
    {0xd0158553, 0, 0xffffffff80000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.wu fa0,a1,rne */
    {0xd0158553, 0, 0xffffffff01000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.wu.s a0,fa1,rtz */
    {0xc0159553, 0, 0xffffffff00000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.wu.s a0,fa1,rtz */
    {0xc0159553, 0, 0xffffffffc0200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.wu.s a0,fa1,rtz */
    {0xc0159553, 0, 0xffffffffbf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.s.wu fa0,a1,rtz */
    {0xd0159553, 0, 0x00000000ffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f7fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.wu fa0,a1,rtz */
    {0xd0159553, 0, 0x0020000000000003, 0x0000000000000000, 0x0000000000000000,
     0xffffffff40400000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.wu.s a0,fa1,rdn */
    {0xc015a553, 0, 0xffffffff00800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.wu.s a0,fa1,rdn */
    {0xc015a553, 0, 0xffffffffbf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.wu.s a0,fa1,rdn */
    {0xc015a553, 0, 0xffffffff4f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff80000000, 0x00, 0},
    /* fcvt.s.wu fa0,a1,rdn */
    {0xd015a553, 0, 0x00000000fefffffd, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f7effff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.wu fa0,a1,rdn */
    {0xd015a553, 0, 0x0020000000000003, 0x0000000000000000, 0x0000000000000000,
     0xffffffff40400000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.wu.s a0,fa1,rup */
    {0xc015b553, 0, 0xffffffff3f800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x00, 0},
    /* fcvt.wu.s a0,fa1,rup */
    {0xc015b553, 0, 0xffffffff40200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x01, 0},
    /* fcvt.wu.s a0,fa1,rup */
    {0xc015b553, 0, 0xffffffff7f7fffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x10, 0},
    /* fcvt.s.wu fa0,a1,rup */
    {0xd015b553, 0, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.wu fa0,a1,rup */
    {0xd015b553, 0, 0x1000000000000200, 0x0000000000000000, 0x0000000000000000,
     0xffffffff44000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.wu.s a0,fa1,rmm */
    {0xc015c553, 0, 0xffffffff40200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x01, 0},
    /* fcvt.wu.s a0,fa1,rmm */
    {0xc015c553, 0, 0xffffffff3f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.wu.s a0,fa1,rmm */
    {0xc015c553, 0, 0xffffffff4f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff80000000, 0x00, 0},
    /* fcvt.wu.s a0,fa1,rmm */
    {0xc015c553, 0, 0xffffffff4f800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x10, 0},
    /* fcvt.s.wu fa0,a1,rmm */
    {0xd015c553, 0, 0x0000000001000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.wu fa0,a1,rmm */
    {0xd015c553, 0, 0x80000000ffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.wu fa0,a1,rmm */
    {0xd015c553, 0, 0xffffffff01000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.wu fa0,a1,rmm */
    {0xd015c553, 0, 0x1000000000000200, 0x0000000000000000, 0x0000000000000000,
     0xffffffff44000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.wu.s a0,fa1 (frm=4) */
    {0xc015f553, 4, 0xffffffff00800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.wu.s a0,fa1 (frm=4) */
    {0xc015f553, 4, 0xffffffff3f800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x00, 0},
    /* fcvt.wu.s a0,fa1 (frm=4) */
    {0xc015f553, 4, 0xffffffffc0200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.s.wu fa0,a1 (frm=4) */
    {0xd015f553, 4, 0x0000000080000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.wu fa0,a1 (frm=4) */
    {0xd015f553, 4, 0xffffffff80000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.wu.s a0,fa1 (frm=1) */
    {0xc015f553, 1, 0xffffffff3f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.wu.s a0,fa1 (frm=1) */
    {0xc015f553, 1, 0xffffffff4f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff80000000, 0x00, 0},
    /* fcvt.wu.s a0,fa1 (frm=1) */
    {0xc015f553, 1, 0xffffffff5f800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x10, 0},
    /* fcvt.s.wu fa0,a1 (frm=1) */
    {0xd015f553, 1, 0x0000000001000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.wu fa0,a1 (frm=1) */
    {0xd015f553, 1, 0x0020000000000003, 0x0000000000000000, 0x0000000000000000,
     0xffffffff40400000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.l.s a0,fa1,rne */
    {0xc0258553, 0, 0xffffffff007fffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.l.s a0,fa1,rne */
    {0xc0258553, 0, 0xffffffff40200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000002, 0x01, 0},
    /* fcvt.l.s a0,fa1,rne */
    {0xc0258553, 0, 0xffffffffc0200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xfffffffffffffffe, 0x01, 0},
    /* fcvt.l.s a0,fa1,rne */
    {0xc0258553, 0, 0xffffffff3f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.l.s a0,fa1,rne */
    {0xc0258553, 0, 0xffffffffbf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.l.s a0,fa1,rne */
    {0xc0258553, 0, 0xffffffffff800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x8000000000000000, 0x10, 0},
    /* fcvt.l.s a0,fa1,rne */
    {0xc0258553, 0, 0xffffffffcf32d05e, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff4d2fa200, 0x00, 0},
    /* fcvt.s.l fa0,a1,rne */
    {0xd0258553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffffdf000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.l fa0,a1,rne */
    {0xd0258553, 0, 0x0000000001000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.l fa0,a1,rne */
    {0xd0258553, 0, 0x00000002dfdc1c35, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5037f707, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.l.s a0,fa1,rtz */
    {0xc0259553, 0, 0xffffffff3fc00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.l.s a0,fa1,rtz */
    {0xc0259553, 0, 0xffffffff7f800001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x7fffffffffffffff, 0x10, 0},
    /* fcvt.l.s a0,fa1,rtz */
    {0xc0259553, 0, 0xffffffff4f800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000100000000, 0x00, 0},
    /* fcvt.s.l fa0,a1,rtz */
    {0xd0259553, 0, 0x0000000080000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.l fa0,a1,rtz */
    {0xd0259553, 0, 0x0020000000000003, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5a000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.l.s a0,fa1,rdn */
    {0xc025a553, 0, 0xffffffffff7fffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x8000000000000000, 0x10, 0},
    /* fcvt.l.s a0,fa1,rdn */
    {0xc025a553, 0, 0xffffffff4f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000080000000, 0x00, 0},
    /* fcvt.l.s a0,fa1,rdn */
    {0xc025a553, 0, 0xffffffff00000003, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.s.l fa0,a1,rdn */
    {0xd025a553, 0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.l fa0,a1,rdn */
    {0xd025a553, 0, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5effffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.l.s a0,fa1,rup */
    {0xc025b553, 0, 0xffffffffff800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x8000000000000000, 0x10, 0},
    /* fcvt.l.s a0,fa1,rup */
    {0xc025b553, 0, 0xffffffffcf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff80000000, 0x00, 0},
    /* fcvt.l.s a0,fa1,rup */
    {0xc025b553, 0, 0xffffffff33800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.s.l fa0,a1,rup */
    {0xd025b553, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.l fa0,a1,rup */
    {0xd025b553, 0, 0xffffffff01000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffffcf7effff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.l.s a0,fa1,rmm */
    {0xc025c553, 0, 0xffffffff40200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x01, 0},
    /* fcvt.l.s a0,fa1,rmm */
    {0xc025c553, 0, 0xffffffffc0200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xfffffffffffffffd, 0x01, 0},
    /* fcvt.l.s a0,fa1,rmm */
    {0xc025c553, 0, 0xffffffff3f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.l.s a0,fa1,rmm */
    {0xc025c553, 0, 0xffffffffbf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x01, 0},
    /* fcvt.l.s a0,fa1,rmm */
    {0xc025c553, 0, 0xffffffff7fc00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x7fffffffffffffff, 0x10, 0},
    /* fcvt.l.s a0,fa1,rmm */
    {0xc025c553, 0, 0xffffffffdf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x8000000000000000, 0x00, 0},
    /* fcvt.l.s a0,fa1,rmm */
    {0xc025c553, 0, 0xffffffff00000003, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.s.l fa0,a1,rmm */
    {0xd025c553, 0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.l fa0,a1,rmm */
    {0xd025c553, 0, 0x0000000001000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.l fa0,a1,rmm */
    {0xd025c553, 0, 0x1000000000000600, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5d800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.l.s a0,fa1 (frm=4) */
    {0xc025f553, 4, 0xffffffffbf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x01, 0},
    /* fcvt.l.s a0,fa1 (frm=4) */
    {0xc025f553, 4, 0xffffffff7f800001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x7fffffffffffffff, 0x10, 0},
    /* fcvt.l.s a0,fa1 (frm=4) */
    {0xc025f553, 4, 0xffffffff4f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000080000000, 0x00, 0},
    /* fcvt.s.l fa0,a1 (frm=4) */
    {0xd025f553, 4, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.l fa0,a1 (frm=4) */
    {0xd025f553, 4, 0x00000000fefffffd, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f7f0000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.l.s a0,fa1 (frm=1) */
    {0xc025f553, 1, 0xffffffff00000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.l.s a0,fa1 (frm=1) */
    {0xc025f553, 1, 0xffffffff7fa00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x7fffffffffffffff, 0x10, 0},
    /* fcvt.l.s a0,fa1 (frm=1) */
    {0xc025f553, 1, 0xffffffff3f800800, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.s.l fa0,a1 (frm=1) */
    {0xd025f553, 1, 0x0000000080000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.l fa0,a1 (frm=1) */
    {0xd025f553, 1, 0x00000000ffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f7fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rne */
    {0xc0358553, 0, 0xffffffff3fc00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000002, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rne */
    {0xc0358553, 0, 0xffffffff40200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000002, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rne */
    {0xc0358553, 0, 0xffffffff3f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rne */
    {0xc0358553, 0, 0xffffffff5f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x8000000000000000, 0x00, 0},
    /* fcvt.lu.s a0,fa1,rne */
    {0xc0358553, 0, 0xffffffffbfa00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.s.lu fa0,a1,rne */
    {0xd0358553, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.lu fa0,a1,rne */
    {0xd0358553, 0, 0x000000007fffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.lu fa0,a1,rne */
    {0xd0358553, 0, 0x0000000001000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rtz */
    {0xc0359553, 0, 0xffffffff00000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.lu.s a0,fa1,rtz */
    {0xc0359553, 0, 0xffffffffbf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rtz */
    {0xc0359553, 0, 0xffffffffcf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.s.lu fa0,a1,rtz */
    {0xd0359553, 0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.lu fa0,a1,rtz */
    {0xd0359553, 0, 0x1000000000000600, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5d800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rdn */
    {0xc035a553, 0, 0xffffffff3f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rdn */
    {0xc035a553, 0, 0xffffffff4f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000080000000, 0x00, 0},
    /* fcvt.lu.s a0,fa1,rdn */
    {0xc035a553, 0, 0xffffffff5f800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x10, 0},
    /* fcvt.s.lu fa0,a1,rdn */
    {0xd035a553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5f000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.lu fa0,a1,rdn */
    {0xd035a553, 0, 0x80000000ffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5f000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rup */
    {0xc035b553, 0, 0xffffffffbf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rup */
    {0xc035b553, 0, 0xffffffff4f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000080000000, 0x00, 0},
    /* fcvt.lu.s a0,fa1,rup */
    {0xc035b553, 0, 0xffffffffdf000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.s.lu fa0,a1,rup */
    {0xd035b553, 0, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.lu fa0,a1,rup */
    {0xd035b553, 0, 0x0000000080000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.lu.s a0,fa1,rmm */
    {0xc035c553, 0, 0xffffffff00000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rmm */
    {0xc035c553, 0, 0xffffffff40200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rmm */
    {0xc035c553, 0, 0xffffffff3f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.lu.s a0,fa1,rmm */
    {0xc035c553, 0, 0xffffffff40400000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x00, 0},
    /* fcvt.lu.s a0,fa1,rmm */
    {0xc035c553, 0, 0xffffffffff800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.s.lu fa0,a1,rmm */
    {0xd035c553, 0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.lu fa0,a1,rmm */
    {0xd035c553, 0, 0x0000000001000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4b800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.lu fa0,a1,rmm */
    {0xd035c553, 0, 0x00000000fefffffd, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f7f0000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.lu.s a0,fa1 (frm=4) */
    {0xc035f553, 4, 0xffffffff3fc00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000002, 0x01, 0},
    /* fcvt.lu.s a0,fa1 (frm=4) */
    {0xc035f553, 4, 0xffffffffff800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.lu.s a0,fa1 (frm=4) */
    {0xc035f553, 4, 0xffffffff5f000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x8000000000000000, 0x00, 0},
    /* fcvt.s.lu fa0,a1 (frm=4) */
    {0xd035f553, 4, 0x0000000080000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.lu fa0,a1 (frm=4) */
    {0xd035f553, 4, 0x7ffffffffffffe00, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5f000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.lu.s a0,fa1 (frm=1) */
    {0xc035f553, 1, 0xffffffff7f800000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x10, 0},
    /* fcvt.lu.s a0,fa1 (frm=1) */
    {0xc035f553, 1, 0xffffffff4f32d05e, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x00000000b2d05e00, 0x00, 0},
    /* fcvt.lu.s a0,fa1 (frm=1) */
    {0xc035f553, 1, 0xffffffff3f800001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.s.lu fa0,a1 (frm=1) */
    {0xd035f553, 1, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5f000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.lu fa0,a1 (frm=1) */
    {0xd035f553, 1, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff5effffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.d fa0,fa1,rne */
    {0x40158553, 0, 0x7fefffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fcvt.s.d fa0,fa1,rne */
    {0x40158553, 0, 0x7ff4000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fcvt.s.d fa0,fa1,rne */
    {0x40158553, 0, 0xc3e0000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffffdf000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.d fa0,fa1,rtz */
    {0x40159553, 0, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.d fa0,fa1,rtz */
    {0x40159553, 0, 0x7ff4000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fcvt.s.d fa0,fa1,rtz */
    {0x40159553, 0, 0x41efffffffe00000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4f7fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.d fa0,fa1,rtz */
    {0x40159553, 0, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7f7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fcvt.s.d fa0,fa1,rdn */
    {0x4015a553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff80000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.d fa0,fa1,rdn */
    {0x4015a553, 0, 0x7fefffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7f7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fcvt.s.d fa0,fa1,rdn */
    {0x4015a553, 0, 0x7ff0000000000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fcvt.s.d fa0,fa1,rdn */
    {0x4015a553, 0, 0x0018000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fcvt.s.d fa0,fa1,rdn */
    {0x4015a553, 0, 0x419d6f3456000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4ceb79a2, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.d fa0,fa1,rup */
    {0x4015b553, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fcvt.s.d fa0,fa1,rup */
    {0x4015b553, 0, 0x7fefffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fcvt.s.d fa0,fa1,rup */
    {0x4015b553, 0, 0x7ff0000000000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fcvt.s.d fa0,fa1,rup */
    {0x4015b553, 0, 0xc1e0000000200000, 0x0000000000000000, 0x0000000000000000,
     0xffffffffcf000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.d fa0,fa1,rup */
    {0x4015b553, 0, 0xbfe8000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffffbf400000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.d fa0,fa1,rmm */
    {0x4015c553, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fcvt.s.d fa0,fa1,rmm */
    {0x4015c553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.d fa0,fa1,rmm */
    {0x4015c553, 0, 0x7fefffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fcvt.s.d fa0,fa1,rmm */
    {0x4015c553, 0, 0x7ff4000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fcvt.s.d fa0,fa1,rmm */
    {0x4015c553, 0, 0x419d6f3456000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff4ceb79a3, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.d fa0,fa1 (frm=4) */
    {0x4015f553, 4, 0x7ff4000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fcvt.s.d fa0,fa1 (frm=4) */
    {0x4015f553, 4, 0xc3e0000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffffdf000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.d fa0,fa1 (frm=4) */
    {0x4015f553, 4, 0x3ff0000000000003, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.d fa0,fa1 (frm=4) */
    {0x4015f553, 4, 0x0000000000000005, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fcvt.s.d fa0,fa1 (frm=4) */
    {0x4015f553, 4, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fcvt.s.d fa0,fa1 (frm=1) */
    {0x4015f553, 1, 0x8000000000000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff80000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fcvt.s.d fa0,fa1 (frm=1) */
    {0x4015f553, 1, 0x4004000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff40200000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.d fa0,fa1 (frm=1) */
    {0x4015f553, 1, 0xffefffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fcvt.s.d fa0,fa1 (frm=1) */
    {0x4015f553, 1, 0x7ff4000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fcvt.s.d fa0,fa1 (frm=1) */
    {0x4015f553, 1, 0x3ff0000000000001, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c58543, 0, 0xffffffff3f000000, 0xffffffff3f000000, 0xffffffffcf32d05e,
     0xffffffffcf32d05e, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c58543, 0, 0xffffffff3f000000, 0xffffffff3dcccccd, 0xffffffff7fa00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c58543, 0, 0xffffffff3dcccccd, 0xffffffff80800000, 0xffffffff00000000,
     0xffffffff800ccccd, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c58543, 0, 0xffffffff4f32d05e, 0xffffffff4f32d05e, 0xffffffffffc00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c58543, 0, 0xffffffff5f000000, 0xffffffff7f7fffff, 0xffffffff80000001,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rtz */
    {0x68c59543, 0, 0xffffffffbf800000, 0xffffffff3f800001, 0xffffffff3eaaaaab,
     0xffffffffbf2aaaac, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rtz */
    {0x68c59543, 0, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffffcf32d05e,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rtz */
    {0x68c59543, 0, 0xffffffffffc00000, 0xffffffffbf000000, 0xffffffff3f800000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rtz */
    {0x68c59543, 0, 0xffffffff7fa00000, 0xffffffff80800000, 0xffffffff3eaaaaab,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a543, 0, 0xffffffff7f7fffff, 0xffffffffdf000000, 0xffffffff3f000000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a543, 0, 0xffffffff7f800001, 0xffffffff00c00000, 0xffffffffffc00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a543, 0, 0xffffffff4f800000, 0xffffffffbf000000, 0xffffffff7fc00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a543, 0, 0xffffffffbf400000, 0xffffffff40400000, 0xffffffff7f7fffff,
     0xffffffff7f7ffffe, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b543, 0, 0xffffffff3fc00000, 0xffffffff4f000000, 0xffffffff3f000000,
     0xffffffff4f400001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b543, 0, 0xffffffff7f7fffff, 0xffffffff4f000000, 0xffffffff4f800000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b543, 0, 0xffffffff7fa00000, 0xffffffff00800000, 0xffffffffcf000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b543, 0, 0xffffffff4f800000, 0xffffffff7fc00000, 0xffffffffff7fffff,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b543, 0, 0xffffffff3f800001, 0xffffffff00000001, 0xffffffff80800000,
     0xffffffff807ffffe, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c543, 0, 0xffffffff7fc00000, 0xffffffff00c00000, 0xffffffff80800000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c543, 0, 0xffffffff7f800001, 0xffffffffcf32d05e, 0xffffffff7f800000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c543, 0, 0xffffffff4f32d05e, 0xffffffff4f800000, 0xffffffff4f800000,
     0xffffffff5f32d05e, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f543, 4, 0xffffffff00800000, 0xffffffffc0200000, 0xffffffffdf000000,
     0xffffffffdf000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f543, 4, 0xffffffffbf800000, 0xffffffff7fa00000, 0xffffffff3f800001,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f543, 4, 0xffffffffbfa00000, 0xffffffff00000000, 0xffffffffbf800000,
     0xffffffffbf800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f543, 1, 0xffffffff80000000, 0xffffffff7fa00000, 0xffffffff80800000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f543, 1, 0xffffffff7f7fffff, 0xffffffff80000000, 0xffffffff3f800001,
     0xffffffff3f800001, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f543, 1, 0xffffffff00c00000, 0xffffffffbf400000, 0xffffffff3f000000,
     0xffffffff3effffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c58547, 0, 0xffffffff80000000, 0xffffffffbf800000, 0xffffffff4f32d05e,
     0xffffffffcf32d05e, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c58547, 0, 0xffffffff3fc00000, 0xffffffffbf800000, 0xffffffffcf000000,
     0xffffffff4f000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c58547, 0, 0xffffffff3f800001, 0xffffffff007fffff, 0xffffffff7f800001,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c58547, 0, 0xffffffffbf400000, 0xffffffffff7fffff, 0xffffffffff7fffff,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rtz */
    {0x68c59547, 0, 0xffffffff40200000, 0xffffffffff7fffff, 0xffffffff3f800000,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rtz */
    {0x68c59547, 0, 0xffffffff3f000000, 0xffffffff7fa00000, 0xffffffff5f000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rtz */
    {0x68c59547, 0, 0xffffffff40400000, 0xffffffffff800000, 0xffffffff3f800800,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rtz */
    {0x68c59547, 0, 0xffffffff00000003, 0xffffffffbf000000, 0xffffffff80800000,
     0xffffffff007ffffe, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a547, 0, 0xffffffff3dcccccd, 0xffffffffbf400000, 0xffffffff40200000,
     0xffffffffc024cccd, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a547, 0, 0xffffffff7fa00000, 0xffffffff80800000, 0xffffffff3fc00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a547, 0, 0xffffffffdf000000, 0xffffffff7f7fffff, 0xffffffffbf400000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b547, 0, 0xffffffff4f800000, 0xffffffff00000003, 0xffffffff7f800001,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b547, 0, 0xffffffff3f800001, 0xffffffff3f000000, 0xffffffffff7fffff,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b547, 0, 0xffffffff00000003, 0xffffffff3fc00000, 0xffffffff4f800000,
     0xffffffffcf7fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b547, 0, 0xffffffffbfa00000, 0xffffffff4f800000, 0xffffffff4f32d05e,
     0xffffffffcff9682f, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c547, 0, 0xffffffff80000001, 0xffffffffff7fffff, 0xffffffffcf000000,
     0xffffffff4f000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c547, 0, 0xffffffffbf000000, 0xffffffffcf000000, 0xffffffff4f800000,
     0xffffffffcf400000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c547, 0, 0xffffffff4f000000, 0xffffffff7f7fffff, 0xffffffff00800000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c547, 0, 0xffffffff4f800000, 0xffffffff80000000, 0xffffffff7fa00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f547, 4, 0xffffffff7f800000, 0xffffffffff7fffff, 0xffffffffbf000000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f547, 4, 0xffffffff7f800001, 0xffffffff00000003, 0xffffffff00000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f547, 4, 0xffffffff4f32d05e, 0xffffffff007fffff, 0xffffffff4f800000,
     0xffffffffcf800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f547, 4, 0xffffffffdf000000, 0xffffffffff7fffff, 0xffffffff3eaaaaab,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f547, 4, 0xffffffff00c00000, 0xffffffff3eaaaaab, 0xffffffff00800000,
     0xffffffff80400000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f547, 1, 0xffffffff3f000000, 0xffffffff00000001, 0xffffffff4f800000,
     0xffffffffcf7fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f547, 1, 0xffffffffbf000000, 0xffffffff7f800001, 0xffffffff4f800000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f547, 1, 0xffffffff00c00000, 0xffffffffbfa00000, 0xffffffff00800000,
     0xffffffff81380000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff00000001, 0xffffffff4f32d05e, 0xffffffff7f800001,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff40400000, 0xffffffff7f7fffff, 0xffffffff3fc00000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff7fc00000, 0xffffffffdf000000, 0xffffffff4f000000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rtz */
    {0x68c5954b, 0, 0xffffffffc0200000, 0xffffffff3f800800, 0xffffffffbf400000,
     0xffffffff3fe01400, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rtz */
    {0x68c5954b, 0, 0xffffffffcf32d05e, 0xffffffff4f800000, 0xffffffffcf32d05e,
     0xffffffff5f32d05d, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rtz */
    {0x68c5954b, 0, 0xffffffff4f000000, 0xffffffff7f800001, 0xffffffff7fa00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a54b, 0, 0xffffffff5f800000, 0xffffffff7fa00000, 0xffffffff7fc00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a54b, 0, 0xffffffff33800000, 0xffffffff00000000, 0xffffffff4f32d05e,
     0xffffffff4f32d05e, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a54b, 0, 0xffffffffbfa00000, 0xffffffff3f800001, 0xffffffff3dcccccd,
     0xffffffff3facccce, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b54b, 0, 0xffffffff00800000, 0xffffffff3f800000, 0xffffffff7fa00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b54b, 0, 0xffffffff40200000, 0xffffffff4f32d05e, 0xffffffff00000001,
     0xffffffffcfdf8475, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b54b, 0, 0xffffffff40400000, 0xffffffff80000000, 0xffffffff80000001,
     0xffffffff80000001, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b54b, 0, 0xffffffffff7fffff, 0xffffffff3f800800, 0xffffffffcf32d05e,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffff40400000, 0xffffffff3eaaaaab, 0xffffffff80800000,
     0xffffffffbf800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffffff800000, 0xffffffff7fa00000, 0xffffffff00800000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffff5f800000, 0xffffffff3f800800, 0xffffffffffc00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffff00000003, 0xffffffff3dcccccd, 0xffffffff00000001,
     0xffffffff00000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f54b, 4, 0xffffffff80000000, 0xffffffff007fffff, 0xffffffff80000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f54b, 4, 0xffffffff80000001, 0xffffffffbfa00000, 0xffffffff7fa00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f54b, 4, 0xffffffff3eaaaaab, 0xffffffff00c00000, 0xffffffff007fffff,
     0xffffffff003fffff, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f54b, 4, 0xffffffffff7fffff, 0xffffffff4f32d05e, 0xffffffff3dcccccd,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f54b, 4, 0xffffffffcf000000, 0xffffffff80800000, 0xffffffff4f800000,
     0xffffffff4f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f54b, 1, 0xffffffff80000001, 0xffffffff80000001, 0xffffffff00000003,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f54b, 1, 0xffffffff3fc00000, 0xffffffff00800000, 0xffffffff00000003,
     0xffffffff80bffffd, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f54b, 1, 0xffffffffbf000000, 0xffffffff4f800000, 0xffffffff7f7fffff,
     0xffffffff7f7fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f54b, 1, 0xffffffff7f800000, 0xffffffff7fa00000, 0xffffffffbf400000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f54b, 1, 0xffffffff4f32d05e, 0xffffffff7f7fffff, 0xffffffff3f000000,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854f, 0, 0xffffffff3dcccccd, 0xffffffff40200000, 0xffffffff7fa00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854f, 0, 0xffffffffff7fffff, 0xffffffff4f800000, 0xffffffff00000003,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854f, 0, 0xffffffff00000003, 0xffffffffffc00000, 0xffffffffffc00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854f, 0, 0xffffffff00c00000, 0xffffffff3fc00000, 0xffffffff5f000000,
     0xffffffffdf000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rtz */
    {0x68c5954f, 0, 0xffffffff7fc00000, 0xffffffffc0200000, 0xffffffff40200000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rtz */
    {0x68c5954f, 0, 0xffffffff7fa00000, 0xffffffff7f800001, 0xffffffff3eaaaaab,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rtz */
    {0x68c5954f, 0, 0xffffffff4f000000, 0xffffffff4f000000, 0xffffffff00000001,
     0xffffffffde800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a54f, 0, 0xffffffff40200000, 0xffffffff7f7fffff, 0xffffffff40400000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a54f, 0, 0xffffffff4f800000, 0xffffffff7fa00000, 0xffffffff00000003,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b54f, 0, 0xffffffff4f000000, 0xffffffff7f800000, 0xffffffff80800000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b54f, 0, 0xffffffff4f800000, 0xffffffff7fa00000, 0xffffffff3dcccccd,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b54f, 0, 0xffffffff5f000000, 0xffffffff7f7fffff, 0xffffffffc0200000,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b54f, 0, 0xffffffff3f800800, 0xffffffff00c00000, 0xffffffffdf000000,
     0xffffffff5f000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54f, 0, 0xffffffff40400000, 0xffffffff007fffff, 0xffffffff80000001,
     0xffffffff813ffffe, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54f, 0, 0xffffffff7f7fffff, 0xffffffff4f32d05e, 0xffffffffbf000000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54f, 0, 0xffffffff7fa00000, 0xffffffffff800000, 0xffffffff80000001,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54f, 0, 0xffffffff4f800000, 0xffffffff3fc00000, 0xffffffff40200000,
     0xffffffffcfc00000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f54f, 4, 0xffffffff80000000, 0xffffffffdf000000, 0xffffffff00000003,
     0xffffffff80000003, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f54f, 4, 0xffffffff80000000, 0xffffffff00c00000, 0xffffffff7fa00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f54f, 4, 0xffffffff5f000000, 0xffffffffbf800000, 0xffffffff00c00000,
     0xffffffff5f000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f54f, 4, 0xffffffff3f800800, 0xffffffffff7fffff, 0xffffffff33800000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f54f, 1, 0xffffffff80000001, 0xffffffff80000001, 0xffffffff80800000,
     0xffffffff007fffff, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f54f, 1, 0xffffffff80800000, 0xffffffff00000001, 0xffffffff7f800000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f54f, 1, 0xffffffffbf800000, 0xffffffff3f800001, 0xffffffff80000001,
     0xffffffff3f800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f54f, 1, 0xffffffff7f800001, 0xffffffff4f32d05e, 0xffffffff7fc00000,
     0xffffffff7fc00000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f54f, 1, 0xffffffff5f000000, 0xffffffff7f7fffff, 0xffffffff3dcccccd,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.s fa0,fa1,fa2,unknown */
    {0x00c5d553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fadd.s fa0,fa1,fa2,unknown */
    {0x00c5e553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x58158553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x20c5b553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x28c5a553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xa0c5b553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xe005a553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xe0158553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xf0059553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xc0458553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xd0558553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x40058553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fcvt.s.d fa0,fa1,unknown */
    {0x4015d553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fcvt.w.s a0,fa1,unknown */
    {0xc005e553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fmadd.s fa0,fa1,fa2,fa3,unknown */
    {0x68c5d543, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x04c58553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x6ec58547, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fcvt.s.w fa0,a1,unknown */
    {0xd005e553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fadd.s fa0,fa1,fa2 (frm=5) */
    {0x00c5f553, 5, 0xffffffff384f5000, 0xfffffffffafdc996, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fsgnj.s fa0,fa1,fa2 */
    {0x20c58553, 5, 0xfffffffff0b40000, 0xffffffff79df3c23, 0x0000000000000000,
     0xffffffff70b40000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.d fa0,fa1 (frm=5) */
    {0x4015f553, 5, 0xffffffff7c809330, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fadd.s fa0,fa1,fa2 (frm=6) */
    {0x00c5f553, 6, 0xffffffffcdeead55, 0xfffffffffc28faa2, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fsgnj.s fa0,fa1,fa2 */
    {0x20c58553, 6, 0xffffffff9c800000, 0xffffffff94000000, 0x0000000000000000,
     0xffffffff9c800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.d fa0,fa1 (frm=6) */
    {0x4015f553, 6, 0xffffffff8d054400, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fadd.s fa0,fa1,fa2 (frm=7) */
    {0x00c5f553, 7, 0xffffffff6ef6755a, 0xffffffff2ef9a8c4, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fsgnj.s fa0,fa1,fa2 */
    {0x20c58553, 7, 0xffffffffc3b7c3e3, 0xffffffff3a520000, 0x0000000000000000,
     0xffffffff43b7c3e3, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.s.d fa0,fa1 (frm=7) */
    {0x4015f553, 7, 0xffffffff25d4d238, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fadd.d fa0,fa1,fa2,rne */
    {0x02c58553, 0, 0x41e0000000000000, 0x7ff4000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.d fa0,fa1,fa2,rne */
    {0x02c58553, 0, 0xc1e0000000200000, 0x41e65a0bc0000000, 0x0000000000000000,
     0x41c9682eff800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.d fa0,fa1,fa2,rne */
    {0x02c58553, 0, 0x43f0000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000,
     0x7fe1ccf385ebc8a0, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.d fa0,fa1,fa2,rtz */
    {0x02c59553, 0, 0x7ff0000000000001, 0xfff8000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.d fa0,fa1,fa2,rtz */
    {0x02c59553, 0, 0x41e65a0bc0000000, 0xc004000000000000, 0x0000000000000000,
     0x41e65a0bbfb00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.d fa0,fa1,fa2,rdn */
    {0x02c5a553, 0, 0x0010000000000000, 0x7ff0000000000001, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.d fa0,fa1,fa2,rdn */
    {0x02c5a553, 0, 0x3ff8000000000000, 0xc004000000000000, 0x0000000000000000,
     0xbff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.d fa0,fa1,fa2,rdn */
    {0x02c5a553, 0, 0xffefffffffffffff, 0xc1e0000000000000, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.d fa0,fa1,fa2,rdn */
    {0x02c5a553, 0, 0x41efffffffe00000, 0x8000000000000001, 0x0000000000000000,
     0x41efffffffdfffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.d fa0,fa1,fa2,rup */
    {0x02c5b553, 0, 0x3ff8000000000000, 0xc1e65a0bc0000000, 0x0000000000000000,
     0xc1e65a0bbfd00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.d fa0,fa1,fa2,rup */
    {0x02c5b553, 0, 0x3fb999999999999a, 0x7fefffffffffffff, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.d fa0,fa1,fa2,rup */
    {0x02c5b553, 0, 0xffefffffffffffff, 0x7ff0000000000001, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.d fa0,fa1,fa2,rup */
    {0x02c5b553, 0, 0xbff4000000000000, 0x0010000000000000, 0x0000000000000000,
     0xbff3ffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.d fa0,fa1,fa2,rmm */
    {0x02c5c553, 0, 0x7ff0000000000001, 0xffefffffffffffff, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.d fa0,fa1,fa2,rmm */
    {0x02c5c553, 0, 0x3ff0000000000001, 0x3ff0000000000000, 0x0000000000000000,
     0x4000000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.d fa0,fa1,fa2,rmm */
    {0x02c5c553, 0, 0x419d6f3456000000, 0x419d6f3456000000, 0x0000000000000000,
     0x41ad6f3456000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.d fa0,fa1,fa2 (frm=4) */
    {0x02c5f553, 4, 0x8000000000000000, 0x3ca0000000000000, 0x0000000000000000,
     0x3ca0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.d fa0,fa1,fa2 (frm=4) */
    {0x02c5f553, 4, 0x7fefffffffffffff, 0x7fe1ccf385ebc8a0, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.d fa0,fa1,fa2 (frm=4) */
    {0x02c5f553, 4, 0x7ff4000000000000, 0x0000000000000005, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.d fa0,fa1,fa2 (frm=4) */
    {0x02c5f553, 4, 0xc1e0000000000000, 0x0000000000000005, 0x0000000000000000,
     0xc1e0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.d fa0,fa1,fa2 (frm=1) */
    {0x02c5f553, 1, 0xffefffffffffffff, 0xffefffffffffffff, 0x0000000000000000,
     0xffefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.d fa0,fa1,fa2 (frm=1) */
    {0x02c5f553, 1, 0x7ff4000000000000, 0x41f0000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fadd.d fa0,fa1,fa2 (frm=1) */
    {0x02c5f553, 1, 0x41f0000000000000, 0x8000000000000000, 0x0000000000000000,
     0x41f0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.d fa0,fa1,fa2 (frm=1) */
    {0x02c5f553, 1, 0x3ff0000000000001, 0x41e0000000000000, 0x0000000000000000,
     0x41e0000000200000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.d fa0,fa1,fa2,rne */
    {0x0ac58553, 0, 0x0000000000000001, 0xc004000000000000, 0x0000000000000000,
     0x4004000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.d fa0,fa1,fa2,rne */
    {0x0ac58553, 0, 0xbfe0000000000000, 0x7ff4000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.d fa0,fa1,fa2,rne */
    {0x0ac58553, 0, 0xfff0000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.d fa0,fa1,fa2,rne */
    {0x0ac58553, 0, 0x3ca0000000000000, 0xbff0000000000000, 0x0000000000000000,
     0x3ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.d fa0,fa1,fa2,rtz */
    {0x0ac59553, 0, 0x3ff0000000000000, 0x7ff0000000000000, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.d fa0,fa1,fa2,rtz */
    {0x0ac59553, 0, 0x7ff4000000000000, 0xc3e0000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.d fa0,fa1,fa2,rtz */
    {0x0ac59553, 0, 0xbfe8000000000000, 0x43f0000000000000, 0x0000000000000000,
     0xc3f0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.d fa0,fa1,fa2,rdn */
    {0x0ac5a553, 0, 0x8000000000000000, 0x000fffffffffffff, 0x0000000000000000,
     0x800fffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.d fa0,fa1,fa2,rdn */
    {0x0ac5a553, 0, 0x3fb999999999999a, 0x7fefffffffffffff, 0x0000000000000000,
     0xffefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.d fa0,fa1,fa2,rdn */
    {0x0ac5a553, 0, 0x7ff0000000000001, 0x3fb999999999999a, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.d fa0,fa1,fa2,rdn */
    {0x0ac5a553, 0, 0xc1e0000000000000, 0x7fefffffffffffff, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fsub.d fa0,fa1,fa2,rup */
    {0x0ac5b553, 0, 0x3fe0000000000000, 0xffefffffffffffff, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fsub.d fa0,fa1,fa2,rup */
    {0x0ac5b553, 0, 0x7ff4000000000000, 0xc004000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.d fa0,fa1,fa2,rup */
    {0x0ac5b553, 0, 0xc1e65a0bc0000000, 0x3ff0000000000001, 0x0000000000000000,
     0xc1e65a0bc0200000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.d fa0,fa1,fa2,rup */
    {0x0ac5b553, 0, 0xbff4000000000000, 0xfff8000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.d fa0,fa1,fa2,rmm */
    {0x0ac5c553, 0, 0x8000000000000000, 0x3fd5555555555555, 0x0000000000000000,
     0xbfd5555555555555, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.d fa0,fa1,fa2,rmm */
    {0x0ac5c553, 0, 0x7ff0000000000001, 0x41e65a0bc0000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.d fa0,fa1,fa2,rmm */
    {0x0ac5c553, 0, 0xc1e0000000200000, 0x3fb999999999999a, 0x0000000000000000,
     0xc1e0000000233333, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.d fa0,fa1,fa2,rmm */
    {0x0ac5c553, 0, 0x3ca0000000000000, 0xbff0000000000000, 0x0000000000000000,
     0x3ff0000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.d fa0,fa1,fa2 (frm=4) */
    {0x0ac5f553, 4, 0xffefffffffffffff, 0x7fe1ccf385ebc8a0, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fsub.d fa0,fa1,fa2 (frm=4) */
    {0x0ac5f553, 4, 0x7ff4000000000000, 0x8000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsub.d fa0,fa1,fa2 (frm=4) */
    {0x0ac5f553, 4, 0xc1e0000000000000, 0x7ff0000000000000, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.d fa0,fa1,fa2 (frm=4) */
    {0x0ac5f553, 4, 0xbff4000000000000, 0x000fffffffffffff, 0x0000000000000000,
     0xbff4000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.d fa0,fa1,fa2 (frm=1) */
    {0x0ac5f553, 1, 0xc004000000000000, 0x43e0000000000000, 0x0000000000000000,
     0xc3e0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsub.d fa0,fa1,fa2 (frm=1) */
    {0x0ac5f553, 1, 0xffefffffffffffff, 0x7fe1ccf385ebc8a0, 0x0000000000000000,
     0xffefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fsub.d fa0,fa1,fa2 (frm=1) */
    {0x0ac5f553, 1, 0x7ff8000000000000, 0x41f0000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsub.d fa0,fa1,fa2 (frm=1) */
    {0x0ac5f553, 1, 0x7ff0000000000001, 0x7ff4000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.d fa0,fa1,fa2,rne */
    {0x12c58553, 0, 0x0000000000000000, 0xc3e0000000000000, 0x0000000000000000,
     0x8000000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.d fa0,fa1,fa2,rne */
    {0x12c58553, 0, 0x0000000000000001, 0x41dfffffffe00000, 0x0000000000000000,
     0x0000000080000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rne */
    {0x12c58553, 0, 0x8000000000000001, 0x7ff0000000000001, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.d fa0,fa1,fa2,rne */
    {0x12c58553, 0, 0x4004000000000000, 0x8000000000000001, 0x0000000000000000,
     0x8000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rne */
    {0x12c58553, 0, 0x3fe0000000000000, 0x0000000000000005, 0x0000000000000000,
     0x0000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rne */
    {0x12c58553, 0, 0x41f0000000000000, 0xffefffffffffffff, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.d fa0,fa1,fa2,rne */
    {0x12c58553, 0, 0x3ff0000000000003, 0x4008000000000000, 0x0000000000000000,
     0x4008000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2,rtz */
    {0x12c59553, 0, 0x7fefffffffffffff, 0x0000000000000005, 0x0000000000000000,
     0x3cf3ffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2,rtz */
    {0x12c59553, 0, 0xffefffffffffffff, 0x8000000000000001, 0x0000000000000000,
     0x3ccfffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.d fa0,fa1,fa2,rtz */
    {0x12c59553, 0, 0x7ff4000000000000, 0xfff8000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.d fa0,fa1,fa2,rtz */
    {0x12c59553, 0, 0x41f0000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.d fa0,fa1,fa2,rdn */
    {0x12c5a553, 0, 0x7fefffffffffffff, 0x3ff0000000000001, 0x0000000000000000,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.d fa0,fa1,fa2,rdn */
    {0x12c5a553, 0, 0xc1e65a0bc0000000, 0x7ff4000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.d fa0,fa1,fa2,rdn */
    {0x12c5a553, 0, 0xc1e0000000200000, 0xbfe8000000000000, 0x0000000000000000,
     0x41d8000000300000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.d fa0,fa1,fa2,rdn */
    {0x12c5a553, 0, 0x3ff0000000000001, 0x0000000000000001, 0x0000000000000000,
     0x0000000000000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rdn */
    {0x12c5a553, 0, 0xbfe8000000000000, 0x7fefffffffffffff, 0x0000000000000000,
     0xffe8000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2,rup */
    {0x12c5b553, 0, 0x3ff8000000000000, 0x43e0000000000000, 0x0000000000000000,
     0x43e8000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.d fa0,fa1,fa2,rup */
    {0x12c5b553, 0, 0x7ff4000000000000, 0x4004000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.d fa0,fa1,fa2,rup */
    {0x12c5b553, 0, 0x3ca0000000000000, 0x8000000000000001, 0x0000000000000000,
     0x8000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rup */
    {0x12c5b553, 0, 0x3ff0000000000003, 0x419d6f3456000000, 0x0000000000000000,
     0x419d6f3456000006, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2,rup */
    {0x12c5b553, 0, 0x7fe1ccf385ebc8a0, 0xc1e0000000200000, 0x0000000000000000,
     0xffefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0x8000000000000000, 0x7ff0000000000001, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0x4004000000000000, 0x8000000000000001, 0x0000000000000000,
     0x8000000000000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0x3fe0000000000000, 0x0000000000000005, 0x0000000000000000,
     0x0000000000000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0xbfe0000000000000, 0x3ca0000000000000, 0x0000000000000000,
     0xbc90000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0x7fefffffffffffff, 0x41efffffffe00000, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0x3ca0000000000000, 0x0000000000000001, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0x3ff0000000000003, 0x4008000000000000, 0x0000000000000000,
     0x4008000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0x0018000000000000, 0x3ff0000000000003, 0x0000000000000000,
     0x0018000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2 (frm=4) */
    {0x12c5f553, 4, 0x3fb999999999999a, 0x0018000000000000, 0x0000000000000000,
     0x0002666666666666, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2 (frm=4) */
    {0x12c5f553, 4, 0xfff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.d fa0,fa1,fa2 (frm=4) */
    {0x12c5f553, 4, 0xc1e65a0bc0000000, 0xc1e0000000200000, 0x0000000000000000,
     0x43d65a0bc02cb418, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2 (frm=4) */
    {0x12c5f553, 4, 0x41e0000000000000, 0x7fefffffffffffff, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmul.d fa0,fa1,fa2 (frm=4) */
    {0x12c5f553, 4, 0x43e0000000000000, 0x3ff0000000000003, 0x0000000000000000,
     0x43e0000000000003, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.d fa0,fa1,fa2 (frm=1) */
    {0x12c5f553, 1, 0x3fb999999999999a, 0x0010000000000000, 0x0000000000000000,
     0x0001999999999999, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2 (frm=1) */
    {0x12c5f553, 1, 0x3fd5555555555555, 0x4004000000000000, 0x0000000000000000,
     0x3feaaaaaaaaaaaaa, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2 (frm=1) */
    {0x12c5f553, 1, 0x7ff0000000000001, 0x0000000000000005, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmul.d fa0,fa1,fa2 (frm=1) */
    {0x12c5f553, 1, 0xc1e0000000200000, 0x3ff8000000000000, 0x0000000000000000,
     0xc1e8000000300000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmul.d fa0,fa1,fa2 (frm=1) */
    {0x12c5f553, 1, 0x41efffffffe00000, 0x7fefffffffffffff, 0x0000000000000000,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.d fa0,fa1,fa2,rne */
    {0x1ac58553, 0, 0x000fffffffffffff, 0x3ff0000000000003, 0x0000000000000000,
     0x000ffffffffffffc, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.d fa0,fa1,fa2,rne */
    {0x1ac58553, 0, 0x000fffffffffffff, 0x7ff0000000000001, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.d fa0,fa1,fa2,rne */
    {0x1ac58553, 0, 0xfff8000000000000, 0xc3e0000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.d fa0,fa1,fa2,rne */
    {0x1ac58553, 0, 0x41f0000000000000, 0x0000000000000005, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.d fa0,fa1,fa2,rne */
    {0x1ac58553, 0, 0x43f0000000000000, 0xc1e65a0bc0000000, 0x0000000000000000,
     0xc1f6e80fe033c8c6, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.d fa0,fa1,fa2,rne */
    {0x1ac58553, 0, 0x3ff0000000000003, 0x0000000000000000, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.d fa0,fa1,fa2,rtz */
    {0x1ac59553, 0, 0x8000000000000001, 0x41dfffffffe00000, 0x0000000000000000,
     0x8000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.d fa0,fa1,fa2,rtz */
    {0x1ac59553, 0, 0x3ff0000000000000, 0x8000000000000001, 0x0000000000000000,
     0xffefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.d fa0,fa1,fa2,rtz */
    {0x1ac59553, 0, 0xc004000000000000, 0x4008000000000000, 0x0000000000000000,
     0xbfeaaaaaaaaaaaaa, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.d fa0,fa1,fa2,rtz */
    {0x1ac59553, 0, 0xc1e65a0bc0000000, 0x8000000000000000, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.d fa0,fa1,fa2,rtz */
    {0x1ac59553, 0, 0x41dfffffffe00000, 0x4004000000000000, 0x0000000000000000,
     0x41c9999999800000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.d fa0,fa1,fa2,rtz */
    {0x1ac59553, 0, 0x41efffffffe00000, 0x7ff0000000000001, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.d fa0,fa1,fa2,rdn */
    {0x1ac5a553, 0, 0x0010000000000000, 0x4008000000000000, 0x0000000000000000,
     0x0005555555555555, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.d fa0,fa1,fa2,rdn */
    {0x1ac5a553, 0, 0x3ff0000000000000, 0x0000000000000005, 0x0000000000000000,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.d fa0,fa1,fa2,rdn */
    {0x1ac5a553, 0, 0xc1e0000000200000, 0xbfe0000000000000, 0x0000000000000000,
     0x41f0000000200000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.d fa0,fa1,fa2,rdn */
    {0x1ac5a553, 0, 0x3ff0000000000001, 0x0018000000000000, 0x0000000000000000,
     0x7fc5555555555556, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.d fa0,fa1,fa2,rdn */
    {0x1ac5a553, 0, 0x3ca0000000000000, 0x7ff0000000000001, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.d fa0,fa1,fa2,rdn */
    {0x1ac5a553, 0, 0x0000000000000005, 0x0000000000000000, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.d fa0,fa1,fa2,rup */
    {0x1ac5b553, 0, 0x0010000000000000, 0x7ff0000000000001, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.d fa0,fa1,fa2,rup */
    {0x1ac5b553, 0, 0x4004000000000000, 0xffefffffffffffff, 0x0000000000000000,
     0x800a000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.d fa0,fa1,fa2,rup */
    {0x1ac5b553, 0, 0x3fd5555555555555, 0x3ff0000000000001, 0x0000000000000000,
     0x3fd5555555555554, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.d fa0,fa1,fa2,rup */
    {0x1ac5b553, 0, 0xffefffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.d fa0,fa1,fa2,rup */
    {0x1ac5b553, 0, 0x41efffffffe00000, 0x8000000000000001, 0x0000000000000000,
     0xffefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.d fa0,fa1,fa2,rup */
    {0x1ac5b553, 0, 0x3ff0000000000003, 0x0010000000000000, 0x0000000000000000,
     0x7fd0000000000003, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.d fa0,fa1,fa2,rmm */
    {0x1ac5c553, 0, 0x0010000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.d fa0,fa1,fa2,rmm */
    {0x1ac5c553, 0, 0x3ff0000000000000, 0x8000000000000000, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.d fa0,fa1,fa2,rmm */
    {0x1ac5c553, 0, 0x3ff8000000000000, 0x0000000000000005, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.d fa0,fa1,fa2,rmm */
    {0x1ac5c553, 0, 0x3fe0000000000000, 0x419d6f3456000000, 0x0000000000000000,
     0x3e316505a953ce44, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.d fa0,fa1,fa2,rmm */
    {0x1ac5c553, 0, 0xfff0000000000000, 0x8000000000000000, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.d fa0,fa1,fa2,rmm */
    {0x1ac5c553, 0, 0x3ff0000000000001, 0x7ff0000000000001, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=4) */
    {0x1ac5f553, 4, 0x0000000000000001, 0x41dfffffffe00000, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=4) */
    {0x1ac5f553, 4, 0x4004000000000000, 0x3ff0000000000003, 0x0000000000000000,
     0x4003fffffffffffc, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=4) */
    {0x1ac5f553, 4, 0x7ff0000000000001, 0xbfe0000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=4) */
    {0x1ac5f553, 4, 0xc1e0000000000000, 0x8000000000000000, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=4) */
    {0x1ac5f553, 4, 0xc3e0000000000000, 0x0018000000000000, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=4) */
    {0x1ac5f553, 4, 0x43f0000000000000, 0xc3e0000000000000, 0x0000000000000000,
     0xc000000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=1) */
    {0x1ac5f553, 1, 0x000fffffffffffff, 0x7ff0000000000001, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=1) */
    {0x1ac5f553, 1, 0x000fffffffffffff, 0x8000000000000000, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x08, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=1) */
    {0x1ac5f553, 1, 0xc1e65a0bc0000000, 0x3fb999999999999a, 0x0000000000000000,
     0xc21bf08eafffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=1) */
    {0x1ac5f553, 1, 0xc3e0000000000000, 0x3ca0000000000000, 0x0000000000000000,
     0xc730000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=1) */
    {0x1ac5f553, 1, 0xbfe8000000000000, 0xffefffffffffffff, 0x0000000000000000,
     0x0003000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.d fa0,fa1,fa2 (frm=1) */
    {0x1ac5f553, 1, 0x419d6f3456000000, 0x0010000000000000, 0x0000000000000000,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fsqrt.d fa0,fa1,rne */
    {0x5a058553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x8000000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.d fa0,fa1,rne */
    {0x5a058553, 0, 0x0000000000000005, 0x0000000000000000, 0x0000000000000000,
     0x1e71e3779b97f4a8, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.d fa0,fa1,rne */
    {0x5a058553, 0, 0xbff4000000000000, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.d fa0,fa1,rtz */
    {0x5a059553, 0, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x3fe6a09e667f3bcc, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.d fa0,fa1,rtz */
    {0x5a059553, 0, 0x7ff8000000000000, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.d fa0,fa1,rtz */
    {0x5a059553, 0, 0xc3e0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.d fa0,fa1,rdn */
    {0x5a05a553, 0, 0x7ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.d fa0,fa1,rdn */
    {0x5a05a553, 0, 0xc1e65a0bc0000000, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.d fa0,fa1,rdn */
    {0x5a05a553, 0, 0x0018000000000000, 0x0000000000000000, 0x0000000000000000,
     0x2003988e1409212e, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.d fa0,fa1,rup */
    {0x5a05b553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x8000000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.d fa0,fa1,rup */
    {0x5a05b553, 0, 0xc3e0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.d fa0,fa1,rup */
    {0x5a05b553, 0, 0x0018000000000000, 0x0000000000000000, 0x0000000000000000,
     0x2003988e1409212f, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.d fa0,fa1,rmm */
    {0x5a05c553, 0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.d fa0,fa1,rmm */
    {0x5a05c553, 0, 0xc004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.d fa0,fa1,rmm */
    {0x5a05c553, 0, 0x3ff0000000000003, 0x0000000000000000, 0x0000000000000000,
     0x3ff0000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.d fa0,fa1 (frm=4) */
    {0x5a05f553, 4, 0x4004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x3ff94c583ada5b53, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsqrt.d fa0,fa1 (frm=4) */
    {0x5a05f553, 4, 0xc1e0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.d fa0,fa1 (frm=4) */
    {0x5a05f553, 4, 0x41f0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x40f0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.d fa0,fa1 (frm=1) */
    {0x5a05f553, 1, 0x8000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fsqrt.d fa0,fa1 (frm=1) */
    {0x5a05f553, 1, 0x0010000000000000, 0x0000000000000000, 0x0000000000000000,
     0x2000000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsqrt.d fa0,fa1 (frm=1) */
    {0x5a05f553, 1, 0x43e0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x41e6a09e667f3bcc, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fsgnj.d fa0,fa1,fa2 */
    {0x22c58553, 0, 0x41dfffffffe00000, 0xfff8000000000000, 0x0000000000000000,
     0xc1dfffffffe00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsgnjn.d fa0,fa1,fa2 */
    {0x22c59553, 0, 0x0010000000000000, 0x7ff4000000000000, 0x0000000000000000,
     0x8010000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fsgnjx.d fa0,fa1,fa2 */
    {0x22c5a553, 0, 0x41efffffffe00000, 0xc1e65a0bc0000000, 0x0000000000000000,
     0xc1efffffffe00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmin.d fa0,fa1,fa2 */
    {0x2ac58553, 0, 0x3fe0000000000000, 0x41efffffffe00000, 0x0000000000000000,
     0x3fe0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmin.d fa0,fa1,fa2 */
    {0x2ac58553, 0, 0x7ff0000000000001, 0x41e0000000000000, 0x0000000000000000,
     0x41e0000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmax.d fa0,fa1,fa2 */
    {0x2ac59553, 0, 0x7fefffffffffffff, 0x7ff0000000000001, 0x0000000000000000,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmax.d fa0,fa1,fa2 */
    {0x2ac59553, 0, 0xbfe8000000000000, 0xbfe0000000000000, 0x0000000000000000,
     0xbfe0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fle.d a0,fa1,fa2 */
    {0xa2c58553, 0, 0x4004000000000000, 0x41f0000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x00, 0},
    /* fle.d a0,fa1,fa2 */
    {0xa2c58553, 0, 0x41f0000000000000, 0x7ff0000000000001, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* flt.d a0,fa1,fa2 */
    {0xa2c59553, 0, 0xc1e65a0bc0000000, 0xfff8000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* flt.d a0,fa1,fa2 */
    {0xa2c59553, 0, 0x0000000000000005, 0x3ff0000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x00, 0},
    /* feq.d a0,fa1,fa2 */
    {0xa2c5a553, 0, 0xc004000000000000, 0x3ff0000000000001, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* feq.d a0,fa1,fa2 */
    {0xa2c5a553, 0, 0x7ff0000000000001, 0x43f0000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fclass.d a0,fa1 */
    {0xe2059553, 0, 0x0000000000000005, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000020, 0x00, 0},
    /* fmv.x.d a0,fa1 */
    {0xe2058553, 0, 0x7ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x7ff0000000000000, 0x00, 0},
    /* fmv.d.x fa0,a1 */
    {0xf2058553, 0, 0x1000000000000200, 0x0000000000000000, 0x0000000000000000,
     0x1000000000000200, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.w.d a0,fa1,rne */
    {0xc2058553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.w.d a0,fa1,rne */
    {0xc2058553, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.w.d a0,fa1,rne */
    {0xc2058553, 0, 0x4004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000002, 0x01, 0},
    /* fcvt.w.d a0,fa1,rne */
    {0xc2058553, 0, 0xc004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xfffffffffffffffe, 0x01, 0},
    /* fcvt.w.d a0,fa1,rne */
    {0xc2058553, 0, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.w.d a0,fa1,rne */
    {0xc2058553, 0, 0xbfe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.w.d a0,fa1,rne */
    {0xc2058553, 0, 0xfff8000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x000000007fffffff, 0x10, 0},
    /* fcvt.d.w fa0,a1 */
    {0xd2058553, 0, 0x80000000ffffffff, 0x0000000000000000, 0x0000000000000000,
     0xbff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.w.d a0,fa1,rtz */
    {0xc2059553, 0, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x00, 0},
    /* fcvt.w.d a0,fa1,rtz */
    {0xc2059553, 0, 0x43f0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x000000007fffffff, 0x10, 0},
    /* fcvt.w.d a0,fa1,rtz */
    {0xc2059553, 0, 0x3ff0000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* reserved encoding */
    {0xd2059553, 0, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xbff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.w.d a0,fa1,rdn */
    {0xc205a553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.w.d a0,fa1,rdn */
    {0xc205a553, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.w.d a0,fa1,rdn */
    {0xc205a553, 0, 0x7ff8000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x000000007fffffff, 0x10, 0},
    /* reserved encoding */
    {0xd205a553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.w.d a0,fa1,rup */
    {0xc205b553, 0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.w.d a0,fa1,rup */
    {0xc205b553, 0, 0x4004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x01, 0},
    /* fcvt.w.d a0,fa1,rup */
    {0xc205b553, 0, 0x41f0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x000000007fffffff, 0x10, 0},
    /* reserved encoding */
    {0xd205b553, 0, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0xbff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.w.d a0,fa1,rmm */
    {0xc205c553, 0, 0xbff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x00, 0},
    /* fcvt.w.d a0,fa1,rmm */
    {0xc205c553, 0, 0x4004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x01, 0},
    /* fcvt.w.d a0,fa1,rmm */
    {0xc205c553, 0, 0xc004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xfffffffffffffffd, 0x01, 0},
    /* fcvt.w.d a0,fa1,rmm */
    {0xc205c553, 0, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.w.d a0,fa1,rmm */
    {0xc205c553, 0, 0xbfe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x01, 0},
    /* fcvt.w.d a0,fa1,rmm */
    {0xc205c553, 0, 0xffefffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff80000000, 0x10, 0},
    /* reserved encoding */
    {0xd205c553, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x3ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.w.d a0,fa1 (frm=4) */
    {0xc205f553, 4, 0x8000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.w.d a0,fa1 (frm=4) */
    {0xc205f553, 4, 0xbff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x00, 0},
    /* fcvt.w.d a0,fa1 (frm=4) */
    {0xc205f553, 4, 0xffefffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff80000000, 0x10, 0},
    /* reserved encoding (frm=4) */
    {0xd205f553, 4, 0x1000000000000600, 0x0000000000000000, 0x0000000000000000,
     0x4098000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.w.d a0,fa1 (frm=1) */
    {0xc205f553, 1, 0xbff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x00, 0},
    /* fcvt.w.d a0,fa1 (frm=1) */
    {0xc205f553, 1, 0x41e0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x000000007fffffff, 0x10, 0},
    /* fcvt.w.d a0,fa1 (frm=1) */
    {0xc205f553, 1, 0x3ff0000000000003, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* reserved encoding (frm=1) */
    {0xd205f553, 1, 0x0000000080000000, 0x0000000000000000, 0x0000000000000000,
     0xc1e0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.wu.d a0,fa1,rne */
    {0xc2158553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.wu.d a0,fa1,rne */
    {0xc2158553, 0, 0x4004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000002, 0x01, 0},
    /* fcvt.wu.d a0,fa1,rne */
    {0xc2158553, 0, 0xc004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.wu.d a0,fa1,rne */
    {0xc2158553, 0, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.wu.d a0,fa1,rne */
    {0xc2158553, 0, 0x3ca0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.d.wu fa0,a1 */
    {0xd2158553, 0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.wu.d a0,fa1,rtz */
    {0xc2159553, 0, 0xbff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.wu.d a0,fa1,rtz */
    {0xc2159553, 0, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x00, 0},
    /* fcvt.wu.d a0,fa1,rtz */
    {0xc2159553, 0, 0xbfe8000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* reserved encoding */
    {0xd2159553, 0, 0x000000007fffffff, 0x0000000000000000, 0x0000000000000000,
     0x41dfffffffc00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.wu.d a0,fa1,rdn */
    {0xc215a553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.wu.d a0,fa1,rdn */
    {0xc215a553, 0, 0x3ff8000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.wu.d a0,fa1,rdn */
    {0xc215a553, 0, 0xbfe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* reserved encoding */
    {0xd215a553, 0, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x41efffffffe00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.wu.d a0,fa1,rup */
    {0xc215b553, 0, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x00, 0},
    /* fcvt.wu.d a0,fa1,rup */
    {0xc215b553, 0, 0x7ff8000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x10, 0},
    /* fcvt.wu.d a0,fa1,rup */
    {0xc215b553, 0, 0xbfe8000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* reserved encoding */
    {0xd215b553, 0, 0x0000000001000003, 0x0000000000000000, 0x0000000000000000,
     0x4170000030000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.wu.d a0,fa1,rmm */
    {0xc215c553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.wu.d a0,fa1,rmm */
    {0xc215c553, 0, 0x4004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x01, 0},
    /* fcvt.wu.d a0,fa1,rmm */
    {0xc215c553, 0, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.wu.d a0,fa1,rmm */
    {0xc215c553, 0, 0x3ff0000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.wu.d a0,fa1,rmm */
    {0xc215c553, 0, 0xbff4000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* reserved encoding */
    {0xd215c553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.wu.d a0,fa1 (frm=4) */
    {0xc215f553, 4, 0x8000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.wu.d a0,fa1 (frm=4) */
    {0xc215f553, 4, 0x7ff0000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x10, 0},
    /* fcvt.wu.d a0,fa1 (frm=4) */
    {0xc215f553, 4, 0x41e65a0bc0000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffb2d05e00, 0x00, 0},
    /* reserved encoding (frm=4) */
    {0xd215f553, 4, 0x1000000000000200, 0x0000000000000000, 0x0000000000000000,
     0x4080000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.wu.d a0,fa1 (frm=1) */
    {0xc215f553, 1, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.wu.d a0,fa1 (frm=1) */
    {0xc215f553, 1, 0xffefffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.wu.d a0,fa1 (frm=1) */
    {0xc215f553, 1, 0x3ff0000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* reserved encoding (frm=1) */
    {0xd215f553, 1, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x41efffffffe00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.l.d a0,fa1,rne */
    {0xc2258553, 0, 0x4004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000002, 0x01, 0},
    /* fcvt.l.d a0,fa1,rne */
    {0xc2258553, 0, 0xc004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xfffffffffffffffe, 0x01, 0},
    /* fcvt.l.d a0,fa1,rne */
    {0xc2258553, 0, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.l.d a0,fa1,rne */
    {0xc2258553, 0, 0xbfe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.l.d a0,fa1,rne */
    {0xc2258553, 0, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x00, 0},
    /* fcvt.l.d a0,fa1,rne */
    {0xc2258553, 0, 0x7ff8000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x7fffffffffffffff, 0x10, 0},
    /* fcvt.l.d a0,fa1,rne */
    {0xc2258553, 0, 0x3ff0000000000003, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.d.l fa0,a1,rne */
    {0xd2258553, 0, 0x0000000001000003, 0x0000000000000000, 0x0000000000000000,
     0x4170000030000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.d.l fa0,a1,rne */
    {0xd2258553, 0, 0x0020000000000001, 0x0000000000000000, 0x0000000000000000,
     0x4340000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.d.l fa0,a1,rne */
    {0xd2258553, 0, 0x7ffffffffffffe00, 0x0000000000000000, 0x0000000000000000,
     0x43e0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.l.d a0,fa1,rtz */
    {0xc2259553, 0, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.l.d a0,fa1,rtz */
    {0xc2259553, 0, 0x41e0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000080000000, 0x00, 0},
    /* fcvt.l.d a0,fa1,rtz */
    {0xc2259553, 0, 0x43e0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x7fffffffffffffff, 0x10, 0},
    /* fcvt.d.l fa0,a1,rtz */
    {0xd2259553, 0, 0x0000000001000003, 0x0000000000000000, 0x0000000000000000,
     0x4170000030000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.d.l fa0,a1,rtz */
    {0xd2259553, 0, 0x80000000ffffffff, 0x0000000000000000, 0x0000000000000000,
     0xc3dfffffffc00000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.l.d a0,fa1,rdn */
    {0xc225a553, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.l.d a0,fa1,rdn */
    {0xc225a553, 0, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x00, 0},
    /* fcvt.l.d a0,fa1,rdn */
    {0xc225a553, 0, 0xfff8000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x7fffffffffffffff, 0x10, 0},
    /* fcvt.d.l fa0,a1,rdn */
    {0xd225a553, 0, 0x00000000ffffffff, 0x0000000000000000, 0x0000000000000000,
     0x41efffffffe00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.d.l fa0,a1,rdn */
    {0xd225a553, 0, 0x80000000ffffffff, 0x0000000000000000, 0x0000000000000000,
     0xc3dfffffffc00001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.l.d a0,fa1,rup */
    {0xc225b553, 0, 0xfff8000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x7fffffffffffffff, 0x10, 0},
    /* fcvt.l.d a0,fa1,rup */
    {0xc225b553, 0, 0x41dfffffffe00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000080000000, 0x01, 0},
    /* fcvt.l.d a0,fa1,rup */
    {0xc225b553, 0, 0x41efffffffe00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x00000000ffffffff, 0x00, 0},
    /* fcvt.d.l fa0,a1,rup */
    {0xd225b553, 0, 0x0020000000000001, 0x0000000000000000, 0x0000000000000000,
     0x4340000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.d.l fa0,a1,rup */
    {0xd225b553, 0, 0x1000000000000200, 0x0000000000000000, 0x0000000000000000,
     0x43b0000000000002, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.l.d a0,fa1,rmm */
    {0xc225c553, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.l.d a0,fa1,rmm */
    {0xc225c553, 0, 0x8000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.l.d a0,fa1,rmm */
    {0xc225c553, 0, 0x4004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x01, 0},
    /* fcvt.l.d a0,fa1,rmm */
    {0xc225c553, 0, 0xc004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xfffffffffffffffd, 0x01, 0},
    /* fcvt.l.d a0,fa1,rmm */
    {0xc225c553, 0, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.l.d a0,fa1,rmm */
    {0xc225c553, 0, 0xbfe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x01, 0},
    /* fcvt.l.d a0,fa1,rmm */
    {0xc225c553, 0, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x7fffffffffffffff, 0x10, 0},
    /* fcvt.d.l fa0,a1,rmm */
    {0xd225c553, 0, 0x0000000001000001, 0x0000000000000000, 0x0000000000000000,
     0x4170000010000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.d.l fa0,a1,rmm */
    {0xd225c553, 0, 0x0020000000000001, 0x0000000000000000, 0x0000000000000000,
     0x4340000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.l.d a0,fa1 (frm=4) */
    {0xc225f553, 4, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.l.d a0,fa1 (frm=4) */
    {0xc225f553, 4, 0xffefffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x8000000000000000, 0x10, 0},
    /* fcvt.l.d a0,fa1 (frm=4) */
    {0xc225f553, 4, 0xc1e0000000200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff7fffffff, 0x00, 0},
    /* fcvt.d.l fa0,a1 (frm=4) */
    {0xd225f553, 4, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.d.l fa0,a1 (frm=4) */
    {0xd225f553, 4, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x43e0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.l.d a0,fa1 (frm=1) */
    {0xc225f553, 1, 0x000fffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.l.d a0,fa1 (frm=1) */
    {0xc225f553, 1, 0xc1e65a0bc0000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffff4d2fa200, 0x00, 0},
    /* fcvt.l.d a0,fa1 (frm=1) */
    {0xc225f553, 1, 0x43f0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x7fffffffffffffff, 0x10, 0},
    /* fcvt.d.l fa0,a1 (frm=1) */
    {0xd225f553, 1, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x43dfffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.d.l fa0,a1 (frm=1) */
    {0xd225f553, 1, 0x00000000fefffffd, 0x0000000000000000, 0x0000000000000000,
     0x41efdfffffa00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.lu.d a0,fa1,rne */
    {0xc2358553, 0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x00, 0},
    /* fcvt.lu.d a0,fa1,rne */
    {0xc2358553, 0, 0x000fffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.lu.d a0,fa1,rne */
    {0xc2358553, 0, 0xbff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.lu.d a0,fa1,rne */
    {0xc2358553, 0, 0x4004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000002, 0x01, 0},
    /* fcvt.lu.d a0,fa1,rne */
    {0xc2358553, 0, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.d.lu fa0,a1,rne */
    {0xd2358553, 0, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x43f0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.d.lu fa0,a1,rne */
    {0xd2358553, 0, 0x0020000000000001, 0x0000000000000000, 0x0000000000000000,
     0x4340000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.d.lu fa0,a1,rne */
    {0xd2358553, 0, 0x1000000000000200, 0x0000000000000000, 0x0000000000000000,
     0x43b0000000000002, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.lu.d a0,fa1,rtz */
    {0xc2359553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x00, 0},
    /* fcvt.lu.d a0,fa1,rtz */
    {0xc2359553, 0, 0xc004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.lu.d a0,fa1,rtz */
    {0xc2359553, 0, 0x0018000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.d.lu fa0,a1,rtz */
    {0xd2359553, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x3ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.d.lu fa0,a1,rtz */
    {0xd2359553, 0, 0x0020000000000003, 0x0000000000000000, 0x0000000000000000,
     0x4340000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.lu.d a0,fa1,rdn */
    {0xc235a553, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.lu.d a0,fa1,rdn */
    {0xc235a553, 0, 0x7ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x10, 0},
    /* fcvt.lu.d a0,fa1,rdn */
    {0xc235a553, 0, 0x41f0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000100000000, 0x00, 0},
    /* fcvt.d.lu fa0,a1,rdn */
    {0xd235a553, 0, 0x00000000ffffffff, 0x0000000000000000, 0x0000000000000000,
     0x41efffffffe00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.d.lu fa0,a1,rdn */
    {0xd235a553, 0, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x43dfffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.lu.d a0,fa1,rup */
    {0xc235b553, 0, 0x7ff8000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x10, 0},
    /* fcvt.lu.d a0,fa1,rup */
    {0xc235b553, 0, 0x41dfffffffe00000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000080000000, 0x01, 0},
    /* fcvt.lu.d a0,fa1,rup */
    {0xc235b553, 0, 0x43e0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x8000000000000000, 0x00, 0},
    /* fcvt.d.lu fa0,a1,rup */
    {0xd235b553, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x3ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.d.lu fa0,a1,rup */
    {0xd235b553, 0, 0xffffffff01000001, 0x0000000000000000, 0x0000000000000000,
     0x43efffffffe02001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.lu.d a0,fa1,rmm */
    {0xc235c553, 0, 0x4004000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000003, 0x01, 0},
    /* fcvt.lu.d a0,fa1,rmm */
    {0xc235c553, 0, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.lu.d a0,fa1,rmm */
    {0xc235c553, 0, 0x41f0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000100000000, 0x00, 0},
    /* fcvt.lu.d a0,fa1,rmm */
    {0xc235c553, 0, 0x43f0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xffffffffffffffff, 0x10, 0},
    /* fcvt.lu.d a0,fa1,rmm */
    {0xc235c553, 0, 0x3ff0000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.d.lu fa0,a1,rmm */
    {0xd235c553, 0, 0x0000000001000001, 0x0000000000000000, 0x0000000000000000,
     0x4170000010000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.d.lu fa0,a1,rmm */
    {0xd235c553, 0, 0x0020000000000001, 0x0000000000000000, 0x0000000000000000,
     0x4340000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.d.lu fa0,a1,rmm */
    {0xd235c553, 0, 0x0020000000000003, 0x0000000000000000, 0x0000000000000000,
     0x4340000000000002, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.lu.d a0,fa1 (frm=4) */
    {0xc235f553, 4, 0xbfe0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.lu.d a0,fa1 (frm=4) */
    {0xc235f553, 4, 0x41e65a0bc0000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x00000000b2d05e00, 0x00, 0},
    /* fcvt.lu.d a0,fa1 (frm=4) */
    {0xc235f553, 4, 0x3ff0000000000003, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000001, 0x01, 0},
    /* fcvt.d.lu fa0,a1 (frm=4) */
    {0xd235f553, 4, 0xffffffff01000001, 0x0000000000000000, 0x0000000000000000,
     0x43efffffffe02000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.d.lu fa0,a1 (frm=4) */
    {0xd235f553, 4, 0x1000000000000600, 0x0000000000000000, 0x0000000000000000,
     0x43b0000000000006, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.lu.d a0,fa1 (frm=1) */
    {0xc235f553, 1, 0x8000000000000001, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x01, 0},
    /* fcvt.lu.d a0,fa1 (frm=1) */
    {0xc235f553, 1, 0x41e0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000080000000, 0x00, 0},
    /* fcvt.lu.d a0,fa1 (frm=1) */
    {0xc235f553, 1, 0xc1e0000000200000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0x0000000000000000, 0x10, 0},
    /* fcvt.d.lu fa0,a1 (frm=1) */
    {0xd235f553, 1, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000,
     0x43dfffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.d.lu fa0,a1 (frm=1) */
    {0xd235f553, 1, 0x1000000000000600, 0x0000000000000000, 0x0000000000000000,
     0x43b0000000000006, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.d.s fa0,fa1 */
    {0x42058553, 0, 0xffffffff00800000, 0x0000000000000000, 0x0000000000000000,
     0x3810000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fcvt.d.s fa0,fa1 */
    {0x42058553, 0, 0xffffffff7f800001, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* reserved encoding */
    {0x42059553, 0, 0xffffffff7f800001, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* reserved encoding */
    {0x42059553, 0, 0xffffffff00c00000, 0x0000000000000000, 0x0000000000000000,
     0x3818000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* reserved encoding */
    {0x4205a553, 0, 0xffffffff7f800001, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* reserved encoding */
    {0x4205a553, 0, 0xffffffffcf32d05e, 0x0000000000000000, 0x0000000000000000,
     0xc1e65a0bc0000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* reserved encoding */
    {0x4205b553, 0, 0xffffffff7f800001, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* reserved encoding */
    {0x4205b553, 0, 0xffffffffbfa00000, 0x0000000000000000, 0x0000000000000000,
     0xbff4000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* reserved encoding */
    {0x4205c553, 0, 0xffffffff00000001, 0x0000000000000000, 0x0000000000000000,
     0x36a0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* reserved encoding */
    {0x4205c553, 0, 0xffffffff7fa00000, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* reserved encoding (frm=4) */
    {0x4205f553, 4, 0xffffffff00000001, 0x0000000000000000, 0x0000000000000000,
     0x36a0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* reserved encoding (frm=4) */
    {0x4205f553, 4, 0xffffffff7fa00000, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* reserved encoding (frm=1) */
    {0x4205f553, 1, 0xffffffff7fa00000, 0x0000000000000000, 0x0000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* reserved encoding (frm=1) */
    {0x4205f553, 1, 0xffffffffbf400000, 0x0000000000000000, 0x0000000000000000,
     0xbfe8000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58543, 0, 0x0000000000000000, 0x419d6f3456000000, 0x41efffffffe00000,
     0x41efffffffe00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58543, 0, 0xc1e65a0bc0000000, 0x7fefffffffffffff, 0x7ff4000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58543, 0, 0x41f0000000000000, 0x4008000000000000, 0x3fd5555555555555,
     0x420800000002aaab, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58543, 0, 0x7fe1ccf385ebc8a0, 0x41efffffffe00000, 0x3fd5555555555555,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac59543, 0, 0xc1e0000000000000, 0x0000000000000001, 0x41efffffffe00000,
     0x41efffffffdfffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac59543, 0, 0xc3e0000000000000, 0xc1e0000000200000, 0x7ff4000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac59543, 0, 0x3ff0000000000001, 0x3ff0000000000001, 0xfff8000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac59543, 0, 0x419d6f3456000000, 0xffefffffffffffff, 0x0000000000000000,
     0xffefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a543, 0, 0x7fefffffffffffff, 0x4004000000000000, 0x3ff0000000000001,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a543, 0, 0x7ff0000000000001, 0x419d6f3456000000, 0x000fffffffffffff,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a543, 0, 0x0000000000000005, 0x7fefffffffffffff, 0x7fefffffffffffff,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b543, 0, 0x41e65a0bc0000000, 0x0000000000000000, 0x7ff4000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b543, 0, 0x41dfffffffe00000, 0x43f0000000000000, 0x7fefffffffffffff,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b543, 0, 0x41f0000000000000, 0x41e65a0bc0000000, 0xc1e0000000000000,
     0x43e65a0bbff00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b543, 0, 0x0018000000000000, 0x41e0000000000000, 0x0000000000000001,
     0x0208000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c543, 0, 0x000fffffffffffff, 0x4008000000000000, 0xbfe8000000000000,
     0xbfe8000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c543, 0, 0x7fefffffffffffff, 0xffefffffffffffff, 0x3ff0000000000001,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c543, 0, 0x7ff0000000000001, 0xc1e65a0bc0000000, 0x4004000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c543, 0, 0x41e0000000000000, 0xbff4000000000000, 0x43f0000000000000,
     0x43efffffffec0000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f543, 4, 0x3ff0000000000000, 0xc1e65a0bc0000000, 0x4008000000000000,
     0xc1e65a0bbfa00000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f543, 4, 0x4008000000000000, 0x41dfffffffe00000, 0x43f0000000000000,
     0x43f0000000180000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f543, 4, 0x419d6f3456000000, 0x7ff0000000000001, 0x3ff8000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmadd.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f543, 1, 0x3fb999999999999a, 0x0018000000000000, 0x0000000000000001,
     0x0002666666666667, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f543, 1, 0x7fefffffffffffff, 0x3ff0000000000001, 0x7fe1ccf385ebc8a0,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f543, 1, 0x7ff0000000000000, 0x41e0000000000000, 0x43e0000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f543, 1, 0xbfe8000000000000, 0x0010000000000000, 0x7ff0000000000001,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58547, 0, 0x0010000000000000, 0x8000000000000001, 0x7fefffffffffffff,
     0xffefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58547, 0, 0x7ff4000000000000, 0x41f0000000000000, 0x3ff8000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58547, 0, 0x3ff0000000000001, 0x0000000000000000, 0x3ff0000000000000,
     0xbff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58547, 0, 0x419d6f3456000000, 0xffefffffffffffff, 0x3fb999999999999a,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac59547, 0, 0x7ff0000000000001, 0x3ff0000000000001, 0xffefffffffffffff,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac59547, 0, 0x41e0000000000000, 0xfff0000000000000, 0xbfe8000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac59547, 0, 0x7fe1ccf385ebc8a0, 0x41efffffffe00000, 0x41e65a0bc0000000,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a547, 0, 0x41e65a0bc0000000, 0x0000000000000005, 0x41dfffffffe00000,
     0xc1dfffffffe00000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a547, 0, 0x7fe1ccf385ebc8a0, 0x41dfffffffe00000, 0xc004000000000000,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a547, 0, 0x7fe1ccf385ebc8a0, 0xc3e0000000000000, 0x7ff0000000000001,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b547, 0, 0x3ff0000000000000, 0xbff0000000000000, 0x7ff4000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b547, 0, 0x3ff8000000000000, 0x41e65a0bc0000000, 0xffefffffffffffff,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b547, 0, 0x41efffffffe00000, 0x3ff0000000000003, 0x3fe0000000000000,
     0x41efffffffd00006, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b547, 0, 0xbff4000000000000, 0x41dfffffffe00000, 0xc1e0000000000000,
     0xc1bfffffff600000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c547, 0, 0xc1e65a0bc0000000, 0x41e0000000000000, 0x000fffffffffffff,
     0xc3d65a0bc0000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c547, 0, 0x43f0000000000000, 0xc1e0000000000000, 0x43e0000000000000,
     0xc5e0000000100000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c547, 0, 0x0000000000000005, 0x0018000000000000, 0x7ff4000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c547, 0, 0x7fe1ccf385ebc8a0, 0x41f0000000000000, 0xbff4000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c547, 0, 0x419d6f3456000000, 0x8000000000000001, 0x8000000000000001,
     0x80000000075bcd15, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f547, 4, 0x3fd5555555555555, 0x4008000000000000, 0x43e0000000000000,
     0xc3e0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f547, 4, 0x41e65a0bc0000000, 0xffefffffffffffff, 0x41f0000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f547, 4, 0xc1e65a0bc0000000, 0x0000000000000000, 0x41e0000000000000,
     0xc1e0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f547, 4, 0x3ff0000000000001, 0x3ff0000000000001, 0x7ff4000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f547, 1, 0xbff0000000000000, 0x7ff0000000000001, 0x41dfffffffe00000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fmsub.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f547, 1, 0xc004000000000000, 0x41dfffffffe00000, 0x3fb999999999999a,
     0xc1f3ffffffed9999, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f547, 1, 0x41dfffffffe00000, 0x3ff8000000000000, 0xbff0000000000000,
     0x41e8000000080000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854b, 0, 0xc004000000000000, 0x0000000000000000, 0x7fe1ccf385ebc8a0,
     0x7fe1ccf385ebc8a0, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854b, 0, 0xffefffffffffffff, 0xc3e0000000000000, 0x3fb999999999999a,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854b, 0, 0x7ff0000000000001, 0xc1e65a0bc0000000, 0x41dfffffffe00000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac5954b, 0, 0x3fb999999999999a, 0x8000000000000001, 0x8000000000000001,
     0x8000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac5954b, 0, 0xc1e65a0bc0000000, 0x3ff0000000000001, 0x3ff8000000000000,
     0x41e65a0bc0300001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac5954b, 0, 0x41f0000000000000, 0x7ff0000000000001, 0x7ff0000000000001,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac5954b, 0, 0x7fe1ccf385ebc8a0, 0x41e0000000000000, 0x3ff0000000000000,
     0xffefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a54b, 0, 0x3fe0000000000000, 0x0018000000000000, 0x3ff0000000000001,
     0x3ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a54b, 0, 0xbfe0000000000000, 0x41e0000000000000, 0xbff4000000000000,
     0x41cfffffff600000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a54b, 0, 0x7ff4000000000000, 0x3ff0000000000003, 0x0018000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b54b, 0, 0x7ff0000000000000, 0x7fefffffffffffff, 0x3ca0000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b54b, 0, 0x41efffffffe00000, 0xffefffffffffffff, 0xc3e0000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b54b, 0, 0xc3e0000000000000, 0x7ff4000000000000, 0x41efffffffe00000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b54b, 0, 0xbfe8000000000000, 0x7fe1ccf385ebc8a0, 0xbff0000000000000,
     0x7fdab36d48e1acf0, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54b, 0, 0x7ff4000000000000, 0x0000000000000001, 0x41f0000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54b, 0, 0xc3e0000000000000, 0x0010000000000000, 0xbfe0000000000000,
     0xbfe0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54b, 0, 0x0000000000000005, 0x8000000000000000, 0x41f0000000000000,
     0x41f0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f54b, 4, 0x8000000000000001, 0x0010000000000000, 0x0018000000000000,
     0x0018000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f54b, 4, 0xfff8000000000000, 0xfff0000000000000, 0xfff0000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f54b, 4, 0x41f0000000000000, 0x7fefffffffffffff, 0x4004000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f54b, 4, 0xbff4000000000000, 0xbfe0000000000000, 0x7ff4000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f54b, 1, 0x3fe0000000000000, 0x419d6f3456000000, 0xbfe0000000000000,
     0xc18d6f345a000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f54b, 1, 0x3fd5555555555555, 0xbff4000000000000, 0x7fefffffffffffff,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f54b, 1, 0xc3e0000000000000, 0x7fe1ccf385ebc8a0, 0x3ca0000000000000,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f54b, 1, 0x3ff0000000000003, 0x7ff4000000000000, 0xc1e0000000200000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854f, 0, 0x3ff0000000000000, 0x0010000000000000, 0xfff0000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854f, 0, 0x7fefffffffffffff, 0xffefffffffffffff, 0xffefffffffffffff,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854f, 0, 0x7ff4000000000000, 0xbfe8000000000000, 0x0010000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac5954f, 0, 0x7fefffffffffffff, 0xc004000000000000, 0xbff0000000000000,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac5954f, 0, 0xbff4000000000000, 0x3ff0000000000000, 0x7ff4000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac5954f, 0, 0xbfe8000000000000, 0xc004000000000000, 0x41e65a0bc0000000,
     0xc1e65a0bc03c0000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a54f, 0, 0xbff0000000000000, 0x8000000000000000, 0x000fffffffffffff,
     0x800fffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a54f, 0, 0xc004000000000000, 0x3ca0000000000000, 0x0000000000000005,
     0x3cb3ffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a54f, 0, 0xffefffffffffffff, 0x43f0000000000000, 0x7fe1ccf385ebc8a0,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a54f, 0, 0x7ff4000000000000, 0x3ff0000000000003, 0x8000000000000001,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b54f, 0, 0x0000000000000001, 0x419d6f3456000000, 0x0000000000000005,
     0x80000000075bcd1a, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b54f, 0, 0x3fe0000000000000, 0x7ff0000000000001, 0x0000000000000005,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b54f, 0, 0x41e0000000000000, 0xc1e0000000200000, 0x41e0000000000000,
     0x43d0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b54f, 0, 0xc3e0000000000000, 0x0000000000000001, 0xbff4000000000000,
     0x3ff4000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b54f, 0, 0x7fe1ccf385ebc8a0, 0x419d6f3456000000, 0x43e0000000000000,
     0xffefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54f, 0, 0x0010000000000000, 0xbff4000000000000, 0xffefffffffffffff,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54f, 0, 0x3ff8000000000000, 0xffefffffffffffff, 0x7ff0000000000001,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54f, 0, 0x43e0000000000000, 0x7fefffffffffffff, 0xbff4000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f54f, 4, 0x7ff0000000000000, 0x4004000000000000, 0xfff0000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f54f, 4, 0xbfe8000000000000, 0xbff4000000000000, 0x3fe0000000000000,
     0xbff7000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f54f, 4, 0x0018000000000000, 0xffefffffffffffff, 0x3ff0000000000000,
     0x4013ffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f54f, 1, 0x7ff0000000000001, 0x3ca0000000000000, 0x8000000000000000,
     0x7ff8000000000000, 0xa5a5a5a5a5a5a5a5, 0x10, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f54f, 1, 0xc1e65a0bc0000000, 0xc1e65a0bc0000000, 0x4004000000000000,
     0xc3df399b1438a100, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f54f, 1, 0x41efffffffe00000, 0x3ff0000000000003, 0xfff0000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fadd.d fa0,fa1,fa2,unknown */
    {0x02c5d553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fadd.d fa0,fa1,fa2,unknown */
    {0x02c5e553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x5a158553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x22c5b553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x2ac5a553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xa2c5b553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xe205a553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xe2158553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xf2059553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xc2458553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xd2558553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x42158553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x4205d553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fcvt.w.d a0,fa1,unknown */
    {0xc205e553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fmadd.d fa0,fa1,fa2,fa3,unknown */
    {0x6ac5d543, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0x06c58553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* reserved encoding */
    {0xd205e553, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fadd.d fa0,fa1,fa2 (frm=5) */
    {0x02c5f553, 5, 0xf5f650a800000000, 0xc224666a04bc9b53, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fsgnj.d fa0,fa1,fa2 */
    {0x22c58553, 5, 0x3f6cebc9fe000000, 0x3f825044c6a00000, 0x0000000000000000,
     0x3f6cebc9fe000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* reserved encoding (frm=5) */
    {0x4205f553, 5, 0x4083800000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fadd.d fa0,fa1,fa2 (frm=6) */
    {0x02c5f553, 6, 0x9b62d3f680000000, 0x7a02477000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fsgnj.d fa0,fa1,fa2 */
    {0x22c58553, 6, 0x59773f7437005652, 0xc0cc95ee0bff6000, 0x0000000000000000,
     0xd9773f7437005652, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* reserved encoding (frm=6) */
    {0x4205f553, 6, 0xc069c00000000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fadd.d fa0,fa1,fa2 (frm=7) */
    {0x02c5f553, 7, 0x2e6ec093294e1fee, 0x9871bf69cbed6de7, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fsgnj.d fa0,fa1,fa2 */
    {0x22c58553, 7, 0xbfb5e82800000000, 0x4d3df4ca20ee7f2a, 0x0000000000000000,
     0x3fb5e82800000000, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* reserved encoding (frm=7) */
    {0x4205f553, 7, 0x3ec60a1f58000000, 0x0000000000000000, 0x0000000000000000,
     0x5a5a5a5a5a5a5a5a, 0xa5a5a5a5a5a5a5a5, 0x00, 1},
    /* fadd.s fa0,fa1,fa2,rne */
    {0x00c58553, 0, 0xffffffff3f800000, 0xffffffff33800000, 0x0000000000000000,
     0xffffffff3f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rmm */
    {0x00c5c553, 0, 0xffffffff3f800000, 0xffffffff33800000, 0x0000000000000000,
     0xffffffff3f800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rne */
    {0x00c58553, 0, 0xffffffffbf800000, 0xffffffffb3800000, 0x0000000000000000,
     0xffffffffbf800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rmm */
    {0x00c5c553, 0, 0xffffffffbf800000, 0xffffffffb3800000, 0x0000000000000000,
     0xffffffffbf800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.s fa0,fa1,fa2,rne */
    {0x10c58553, 0, 0xffffffff3f800800, 0xffffffff3f800800, 0x0000000000000000,
     0xffffffff3f801000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c58543, 0, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000,
     0xffffffff3f801000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c58547, 0, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000,
     0xffffffff3f801000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000,
     0xffffffffbf801000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff2b800000,
     0xffffffffbf801000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854f, 0, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000,
     0xffffffffbf801000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.s fa0,fa1,fa2,rmm */
    {0x10c5c553, 0, 0xffffffff3f800800, 0xffffffff3f800800, 0x0000000000000000,
     0xffffffff3f801001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c543, 0, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000,
     0xffffffff3f801001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c547, 0, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000,
     0xffffffff3f801001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000,
     0xffffffffbf801001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54f, 0, 0xffffffff3f800800, 0xffffffff3f800800, 0xffffffff00000000,
     0xffffffffbf801001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.s fa0,fa1,fa2,rne */
    {0x10c58553, 0, 0xffffffff00000001, 0xffffffff3f000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c58543, 0, 0xffffffff00000001, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c58547, 0, 0xffffffff00000001, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff00000001, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854f, 0, 0xffffffff00000001, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b54f, 0, 0xffffffff00000001, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2,rmm */
    {0x10c5c553, 0, 0xffffffff00000001, 0xffffffff3f000000, 0x0000000000000000,
     0xffffffff00000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c543, 0, 0xffffffff00000001, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c547, 0, 0xffffffff00000001, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffff00000001, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54f, 0, 0xffffffff00000001, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f547, 1, 0xffffffff00000001, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff00000003, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rtz */
    {0x68c5954f, 0, 0xffffffff00000003, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a547, 0, 0xffffffff00000003, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a54f, 0, 0xffffffff00000003, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b54b, 0, 0xffffffff00000003, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c547, 0, 0xffffffff00000003, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2,rne */
    {0x10c58553, 0, 0xffffffff00000005, 0xffffffff3f000000, 0x0000000000000000,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c58543, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c58547, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854f, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rtz */
    {0x68c59543, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rtz */
    {0x68c59547, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff2b800000,
     0xffffffffab7fffff, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rtz */
    {0x68c5954b, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a543, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2,rmm */
    {0x10c5c553, 0, 0xffffffff00000005, 0xffffffff3f000000, 0x0000000000000000,
     0xffffffff00000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c543, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c547, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54f, 0, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f543, 4, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f54f, 4, 0xffffffff00000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2,rne */
    {0x10c58553, 0, 0xffffffff80000005, 0xffffffff3f000000, 0x0000000000000000,
     0xffffffff80000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c58543, 0, 0xffffffff80000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c58547, 0, 0xffffffff80000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff80000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854f, 0, 0xffffffff80000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2,rmm */
    {0x10c5c553, 0, 0xffffffff80000005, 0xffffffff3f000000, 0x0000000000000000,
     0xffffffff80000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c543, 0, 0xffffffff80000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c547, 0, 0xffffffff80000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffff80000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54f, 0, 0xffffffff80000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff00000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f543, 1, 0xffffffff80000005, 0xffffffff3f000000, 0xffffffff00000000,
     0xffffffff80000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.s fa0,fa1,fa2,rne */
    {0x18c58553, 0, 0xffffffff00000005, 0xffffffff40000000, 0x0000000000000000,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.s fa0,fa1,fa2,rmm */
    {0x18c5c553, 0, 0xffffffff00000005, 0xffffffff40000000, 0x0000000000000000,
     0xffffffff00000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.s fa0,fa1,fa2 (frm=4) */
    {0x18c5f553, 4, 0xffffffff00000005, 0xffffffff40000000, 0x0000000000000000,
     0xffffffff00000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.s fa0,fa1,fa2,rdn */
    {0x18c5a553, 0, 0xffffffff00000003, 0xffffffffc0000000, 0x0000000000000000,
     0xffffffff80000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fadd.s fa0,fa1,fa2,rne */
    {0x00c58553, 0, 0xffffffff4b800000, 0xffffffff3f800000, 0x0000000000000000,
     0xffffffff4b800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.s fa0,fa1,fa2,rmm */
    {0x00c5c553, 0, 0xffffffff4b800000, 0xffffffff3f800000, 0x0000000000000000,
     0xffffffff4b800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rtz */
    {0x68c5954b, 0, 0xffffffff7f7fffff, 0xffffffff3f800001, 0xffffffff00000000,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rtz */
    {0x68c5954f, 0, 0xffffffff7f7fffff, 0xffffffff3f800001, 0xffffffff2b800000,
     0xffffffffff7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a54b, 0, 0xffffffff7f7fffff, 0xffffffff3f800001, 0xffffffff00000000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c543, 0, 0xffffffff7f7fffff, 0xffffffff3f800001, 0xffffffff00000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffff7f7fffff, 0xffffffff3f800001, 0xffffffff00000000,
     0xffffffffff800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.s fa0,fa1,fa2,fa3 (frm=4) */
    {0x68c5f543, 4, 0xffffffff7f7fffff, 0xffffffff3f800001, 0xffffffff2b800000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f543, 1, 0xffffffff7f7fffff, 0xffffffff3f800001, 0xffffffff2b800000,
     0xffffffff7f7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.s fa0,fa1,fa2,fa3 (frm=1) */
    {0x68c5f547, 1, 0xffffffff7f7fffff, 0xffffffff3f800001, 0xffffffff00000000,
     0xffffffff7f7fffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.s fa0,fa1,fa2,rne */
    {0x00c58553, 0, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.s fa0,fa1,fa2,rmm */
    {0x00c5c553, 0, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.s fa0,fa1,fa2 (frm=4) */
    {0x00c5f553, 4, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0000000000000000,
     0xffffffff7f800000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a54b, 0, 0xffffffff00800000, 0xffffffff3f7fffff, 0xffffffff00000000,
     0xffffffff80800000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.s fa0,fa1,fa2,rup */
    {0x10c5b553, 0, 0xffffffff00800000, 0xffffffff3f7fffff, 0x0000000000000000,
     0xffffffff00800000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rup */
    {0x68c5b547, 0, 0xffffffff00800000, 0xffffffff3f7fffff, 0xffffffff00000000,
     0xffffffff00800000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fadd.d fa0,fa1,fa2,rne */
    {0x02c58553, 0, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000,
     0x3ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.d fa0,fa1,fa2,rmm */
    {0x02c5c553, 0, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000,
     0x3ff0000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.d fa0,fa1,fa2,rne */
    {0x02c58553, 0, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000,
     0xbff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.d fa0,fa1,fa2,rmm */
    {0x02c5c553, 0, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000,
     0xbff0000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.d fa0,fa1,fa2,rtz */
    {0x02c59553, 0, 0x3ff0000000000001, 0x3ca0000000000000, 0x0000000000000000,
     0x3ff0000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2,rne */
    {0x12c58553, 0, 0x3ff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0x3ff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58543, 0, 0x3ff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0x3ff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58547, 0, 0x3ff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0x3ff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854b, 0, 0x3ff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0xbff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854f, 0, 0x3ff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0xbff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0x3ff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0x3ff8000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c543, 0, 0x3ff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0x3ff8000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c547, 0, 0x3ff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0x3ff8000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54b, 0, 0x3ff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0xbff8000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54f, 0, 0x3ff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0xbff8000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2,rne */
    {0x12c58553, 0, 0xbff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0xbff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58543, 0, 0xbff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0xbff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58547, 0, 0xbff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0xbff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854b, 0, 0xbff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0x3ff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854f, 0, 0xbff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0x3ff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac5954f, 0, 0xbff0000000000003, 0x3ff8000000000000, 0x3c30000000000000,
     0x3ff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0xbff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0xbff8000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c543, 0, 0xbff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0xbff8000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c547, 0, 0xbff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0xbff8000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54b, 0, 0xbff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0x3ff8000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54f, 0, 0xbff0000000000003, 0x3ff8000000000000, 0x0000000000000000,
     0x3ff8000000000005, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f543, 1, 0xbff0000000000003, 0x3ff8000000000000, 0x3c30000000000000,
     0xbff8000000000004, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmul.d fa0,fa1,fa2,rne */
    {0x12c58553, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58543, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58547, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854b, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854f, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac59543, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b543, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b547, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c543, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c547, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54b, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54f, 0, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f543, 4, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f54b, 1, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rne */
    {0x12c58553, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58543, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58547, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854b, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854f, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rtz */
    {0x12c59553, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac59547, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a543, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a54b, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rup */
    {0x6ac5b54b, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmul.d fa0,fa1,fa2,rmm */
    {0x12c5c553, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c543, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c547, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54b, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54f, 0, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f54b, 4, 0x0000000000000005, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac58543, 0, 0x0000000000000003, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854f, 0, 0x0000000000000003, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a54f, 0, 0x0000000000000003, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54b, 0, 0x0000000000000003, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54f, 0, 0x0000000000000003, 0x3fe0000000000000, 0x0000000000000000,
     0x8000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f547, 1, 0x0000000000000003, 0x3fe0000000000000, 0x0000000000000000,
     0x0000000000000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.d fa0,fa1,fa2,rne */
    {0x1ac58553, 0, 0x0000000000000005, 0x4000000000000000, 0x0000000000000000,
     0x0000000000000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fdiv.d fa0,fa1,fa2,rmm */
    {0x1ac5c553, 0, 0x0000000000000005, 0x4000000000000000, 0x0000000000000000,
     0x0000000000000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fadd.d fa0,fa1,fa2,rne */
    {0x02c58553, 0, 0x4340000000000000, 0x3ff0000000000000, 0x0000000000000000,
     0x4340000000000000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fadd.d fa0,fa1,fa2,rmm */
    {0x02c5c553, 0, 0x4340000000000000, 0x3ff0000000000000, 0x0000000000000000,
     0x4340000000000001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a54b, 0, 0x7fefffffffffffff, 0x3ff0000000000001, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54b, 0, 0x7fefffffffffffff, 0x3ff0000000000001, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmadd.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f543, 4, 0x7fefffffffffffff, 0x3ff0000000000001, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f54f, 4, 0x7fefffffffffffff, 0x3ff0000000000001, 0x0000000000000000,
     0xfff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fmsub.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f547, 1, 0x7fefffffffffffff, 0x3ff0000000000001, 0x3c30000000000000,
     0x7fefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f54f, 1, 0x7fefffffffffffff, 0x3ff0000000000001, 0x0000000000000000,
     0xffefffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.d fa0,fa1,fa2,rne */
    {0x02c58553, 0, 0x7fefffffffffffff, 0x7c90000000000000, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fadd.d fa0,fa1,fa2,rmm */
    {0x02c5c553, 0, 0x7fefffffffffffff, 0x7c90000000000000, 0x0000000000000000,
     0x7ff0000000000000, 0xa5a5a5a5a5a5a5a5, 0x05, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac5954f, 0, 0x0010000000000000, 0x3fefffffffffffff, 0x0000000000000000,
     0x800fffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a547, 0, 0x0010000000000000, 0x3fefffffffffffff, 0x0000000000000000,
     0x000fffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmsub.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f547, 4, 0x0010000000000000, 0x3fefffffffffffff, 0x0000000000000000,
     0x0010000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3 (frm=4) */
    {0x6ac5f54f, 4, 0x0010000000000000, 0x3fefffffffffffff, 0x0000000000000000,
     0x8010000000000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3 (frm=1) */
    {0x6ac5f54f, 1, 0x0010000000000000, 0x3fefffffffffffff, 0x0000000000000000,
     0x800fffffffffffff, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fcvt.s.d fa0,fa1,rne */
    {0x40158553, 0, 0x3ff0000010000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f800000, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.d fa0,fa1,rmm */
    {0x4015c553, 0, 0x3ff0000010000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff3f800001, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.d fa0,fa1,rne */
    {0x40158553, 0, 0xbff0000030000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffffbf800002, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fcvt.s.d fa0,fa1,rne */
    {0x40158553, 0, 0x3690000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000000, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fcvt.s.d fa0,fa1,rmm */
    {0x4015c553, 0, 0x3690000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000001, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fcvt.s.d fa0,fa1,rne */
    {0x40158553, 0, 0x36b4000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fcvt.s.d fa0,fa1,rtz */
    {0x40159553, 0, 0x36b4000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000002, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fcvt.s.d fa0,fa1,rmm */
    {0x4015c553, 0, 0x36b4000000000000, 0x0000000000000000, 0x0000000000000000,
     0xffffffff00000003, 0xa5a5a5a5a5a5a5a5, 0x03, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rne */
    {0x68c58543, 0, 0xffffffff3ff27000, 0xffffffff3fdec800, 0xffffffffb6100000,
     0xffffffff4052fa7e, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmadd.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c543, 0, 0xffffffff3ff27000, 0xffffffff3fdec800, 0xffffffffb6100000,
     0xffffffff4052fa7f, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a547, 0, 0xffffffff3fcd1000, 0xffffffff3f91e800, 0xffffffffb7ad0000,
     0xffffffff3fe9c07a, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c58547, 0, 0xffffffff3fc47000, 0xffffffff3fa91800, 0xffffffff38fc0000,
     0xffffffff4001be62, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c547, 0, 0xffffffff3fc47000, 0xffffffff3fa91800, 0xffffffff38fc0000,
     0xffffffff4001be63, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff3f844800, 0xffffffff3fa0a800, 0xffffffffb8870000,
     0xffffffffbfa609ba, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffff3f844800, 0xffffffff3fa0a800, 0xffffffffb8870000,
     0xffffffffbfa609bb, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff3fa5e800, 0xffffffff3f97a800, 0xffffffff38ae0000,
     0xffffffffbfc48eb8, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffff3fa5e800, 0xffffffff3f97a800, 0xffffffff38ae0000,
     0xffffffffbfc48eb9, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rne */
    {0x68c5854b, 0, 0xffffffff3f9e3000, 0xffffffff3f846000, 0xffffffff371b0000,
     0xffffffffbfa397d6, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.s fa0,fa1,fa2,fa3,rmm */
    {0x68c5c54b, 0, 0xffffffff3f9e3000, 0xffffffff3f846000, 0xffffffff371b0000,
     0xffffffffbfa397d7, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a54f, 0, 0xffffffff3fb10800, 0xffffffff3fd22800, 0xffffffffb77e0000,
     0xffffffffc01153fa, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.s fa0,fa1,fa2,fa3,rdn */
    {0x68c5a54f, 0, 0xffffffff3f9ee800, 0xffffffff3fbc1000, 0xffffffffb7a10000,
     0xffffffffbfe977fc, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmadd.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a543, 0, 0x3ff596a6ec000000, 0x3ff8785188000000, 0xbd18800000000000,
     0x40008229240bca9a, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54f, 0, 0x3ffbe8fb08000000, 0x3ff3e76da0000000, 0x3d36c00000000000,
     0xc0015c2e7e05bb1e, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac59547, 0, 0x3ff8069ca8000000, 0x3ffc1ca678000000, 0x3cf5a00000000000,
     0x40051b4bd87872eb, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fmsub.d fa0,fa1,fa2,fa3,rdn */
    {0x6ac5a547, 0, 0x3ff2f6aa34000000, 0x3ff3389e6c000000, 0xbcec000000000000,
     0x3ff6c8053547be6d, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854f, 0, 0x3ff9c3d464000000, 0x3ff87fdabc000000, 0xbcc0000000000000,
     0xc003b9d09b62490a, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54f, 0, 0x3ff9c3d464000000, 0x3ff87fdabc000000, 0xbcc0000000000000,
     0xc003b9d09b62490b, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854b, 0, 0x3ffd4a8394000000, 0x3ff4b5ca64000000, 0xbd43000000000000,
     0xc002f4f8f6a4929e, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rmm */
    {0x6ac5c54b, 0, 0x3ffd4a8394000000, 0x3ff4b5ca64000000, 0xbd43000000000000,
     0xc002f4f8f6a4929f, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmadd.d fa0,fa1,fa2,fa3,rne */
    {0x6ac5854f, 0, 0x3ff494b3a8000000, 0x3ffdfbb90c000000, 0xbd1bc00000000000,
     0xc00348a834d42668, 0xa5a5a5a5a5a5a5a5, 0x01, 0},
    /* fnmsub.d fa0,fa1,fa2,fa3,rtz */
    {0x6ac5954b, 0, 0x3fff4cf798000000, 0x3ff5f080b8000000, 0x3d3a200000000000,
     0xc00575c1a48ceed9, 0xa5a5a5a5a5a5a5a5, 0x00, 0},
};

static int passed, failed;

static void expect(bool ok, const char *what)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s\n", what);
    }
}

static void hart_setup(Hart *h, int xlen, uint32_t frm)
{
    memset(h, 0, sizeof *h);
    h->xlen = xlen;
    h->mstatus = 1ull << MSTATUS_FS_SHIFT;   /* FS = Initial */
    h->frm = frm;
    h->f[10] = SENT_F;
    h->x[10] = SENT_X;
}

static void load_operands(Hart *h, uint64_t a, uint64_t b, uint64_t c)
{
    h->f[11] = a;
    h->f[12] = b;
    h->f[13] = c;
    h->x[11] = a;
}

static void check_vectors(void)
{
    static Hart h;
    for (size_t i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
        const FpVector *v = &vectors[i];
        hart_setup(&h, 64, v->frm);
        load_operands(&h, v->a, v->b, v->c);
        bool ok = fpu_execute(&h, v->insn);
        if (ok == !v->illegal && h.f[10] == v->f10 && h.x[10] == v->x10 && h.fflags == v->fflags) {
            passed++;
            continue;
        }
        failed++;
        printf("FAIL vector %zu insn=0x%08x frm=%u a=0x%016llx b=0x%016llx c=0x%016llx\n"
               "     want f10=0x%016llx x10=0x%016llx fflags=0x%02x legal=%d\n"
               "     got  f10=0x%016llx x10=0x%016llx fflags=0x%02x legal=%d\n",
               i, v->insn, v->frm, (unsigned long long)v->a, (unsigned long long)v->b,
               (unsigned long long)v->c, (unsigned long long)v->f10, (unsigned long long)v->x10,
               v->fflags, !v->illegal, (unsigned long long)h.f[10], (unsigned long long)h.x[10],
               h.fflags, ok);
    }
}

/* ---- Part 2: named cases from the spec ---------------------------------- */

enum { S = 0, D = 1 };
enum { RNE = RM_RNE, RTZ = RM_RTZ, RDN = RM_RDN, RUP = RM_RUP, RMM = RM_RMM, DYN = RM_DYN };
enum { NX = FFLAG_NX, UF = FFLAG_UF, OF = FFLAG_OF, DZ = FFLAG_DZ, NV = FFLAG_NV };

#define BOX(x) (0xffffffff00000000ull | (x))
#define CNAN_S BOX(0x7fc00000ull)
#define CNAN_D 0x7ff8000000000000ull
#define SNAN_S BOX(0x7f800001ull)
#define QNAN_S BOX(0x7fc00001ull)   /* quiet, non-canonical payload */
#define SNAN_D 0x7ff0000000000001ull
#define QNAN_D 0x7ff8000000000001ull

static uint64_t fs(float x)
{
    uint32_t b;
    memcpy(&b, &x, sizeof b);
    return BOX((uint64_t)b);
}

static uint64_t fd(double x)
{
    uint64_t b;
    memcpy(&b, &x, sizeof b);
    return b;
}

/* OP-FP encoding with rd = 10, rs1 = 11, rs2 = 12 (binary ops) or the given
 * rs2 field (unary ops and conversions). */
static uint32_t op_fp(uint32_t funct5, uint32_t fmt, uint32_t rs2, uint32_t rm)
{
    return funct5 << 27 | fmt << 25 | rs2 << 20 | 11u << 15 | rm << 12 | 10u << 7 | 0x53;
}

static uint32_t op_bin(uint32_t funct5, uint32_t fmt, uint32_t rm)
{
    return op_fp(funct5, fmt, 12, rm);
}

/* kind: 0 FMADD, 1 FMSUB, 2 FNMSUB, 3 FNMADD; rs3 = 13. */
static uint32_t op_fma(uint32_t kind, uint32_t fmt, uint32_t rm)
{
    return 13u << 27 | fmt << 25 | 12u << 20 | 11u << 15 | rm << 12 | 10u << 7
           | (0x43 + 4 * kind);
}

enum {
    F_ADD = 0, F_SUB = 1, F_MUL = 2, F_DIV = 3, F_SGNJ = 4, F_MINMAX = 5, F_CVT_FF = 8,
    F_SQRT = 11, F_CMP = 0x14, F_CVT_IF = 0x18, F_CVT_FI = 0x1a, F_MV_X = 0x1c, F_MV_F = 0x1e,
};
enum { CMP_LE = 0, CMP_LT = 1, CMP_EQ = 2 };
enum { CV_W = 0, CV_WU = 1, CV_L = 2, CV_LU = 3 };

/* Runs one instruction on RV64 and checks the destination and fflags. */
static void check_f(const char *what, uint32_t insn, uint64_t a, uint64_t b, uint64_t c,
                    uint64_t want, uint32_t flags)
{
    static Hart h;
    hart_setup(&h, 64, RNE);
    load_operands(&h, a, b, c);
    bool ok = fpu_execute(&h, insn);
    bool good = ok && h.f[10] == want && h.fflags == flags && h.x[10] == SENT_X;
    if (!good) {
        printf("     %s: got f10=0x%016llx fflags=0x%02x want 0x%016llx 0x%02x\n", what,
               (unsigned long long)h.f[10], h.fflags, (unsigned long long)want, flags);
    }
    expect(good, what);
}

static void check_x(const char *what, uint32_t insn, uint64_t a, uint64_t b, uint64_t want,
                    uint32_t flags)
{
    static Hart h;
    hart_setup(&h, 64, RNE);
    load_operands(&h, a, b, 0);
    bool ok = fpu_execute(&h, insn);
    bool good = ok && h.x[10] == want && h.fflags == flags && h.f[10] == SENT_F;
    if (!good) {
        printf("     %s: got x10=0x%016llx fflags=0x%02x want 0x%016llx 0x%02x\n", what,
               (unsigned long long)h.x[10], h.fflags, (unsigned long long)want, flags);
    }
    expect(good, what);
}

/* 1 + 2^-24 and -(1 + 2^-24) are exact ties between 1 and 1 + 2^-23 (§11.2):
 * RNE picks the even 1, RMM the larger magnitude. */
static void check_rounding_modes(void)
{
    uint64_t one = fs(1.0f), up = fs(1.0f + 0x1p-23f), h = fs(0x1p-24f);
    uint64_t none = fs(-1.0f), nup = fs(-1.0f - 0x1p-23f), nh = fs(-0x1p-24f);
    check_f("fadd.s tie rne", op_bin(F_ADD, S, RNE), one, h, 0, one, NX);
    check_f("fadd.s tie rtz", op_bin(F_ADD, S, RTZ), one, h, 0, one, NX);
    check_f("fadd.s tie rdn", op_bin(F_ADD, S, RDN), one, h, 0, one, NX);
    check_f("fadd.s tie rup", op_bin(F_ADD, S, RUP), one, h, 0, up, NX);
    check_f("fadd.s tie rmm", op_bin(F_ADD, S, RMM), one, h, 0, up, NX);
    check_f("fadd.s -tie rne", op_bin(F_ADD, S, RNE), none, nh, 0, none, NX);
    check_f("fadd.s -tie rtz", op_bin(F_ADD, S, RTZ), none, nh, 0, none, NX);
    check_f("fadd.s -tie rdn", op_bin(F_ADD, S, RDN), none, nh, 0, nup, NX);
    check_f("fadd.s -tie rup", op_bin(F_ADD, S, RUP), none, nh, 0, none, NX);
    check_f("fadd.s -tie rmm", op_bin(F_ADD, S, RMM), none, nh, 0, nup, NX);
    /* (1 + 3*2^-52) * 1.5 = 1.5 + 2^-50 + 2^-53: a tie whose even neighbour is
     * the smaller one. */
    uint64_t a = fd(1.0 + 3 * 0x1p-52), b = fd(1.5);
    check_f("fmul.d tie rne", op_bin(F_MUL, D, RNE), a, b, 0, fd(1.5 + 0x1p-50), NX);
    check_f("fmul.d tie rmm", op_bin(F_MUL, D, RMM), a, b, 0, fd(1.5 + 5 * 0x1p-52), NX);
    /* 5 * 2^-1074 * 0.5 = 2.5 subnormal ulps: tiny and inexact, so UF. */
    uint64_t t = fd(5 * 0x1p-1074);
    check_f("fmul.d subnormal tie rne", op_bin(F_MUL, D, RNE), t, fd(0.5), 0, 2, UF | NX);
    check_f("fmul.d subnormal tie rmm", op_bin(F_MUL, D, RMM), t, fd(0.5), 0, 3, UF | NX);
    check_f("fmul.s 2^-150 rne", op_bin(F_MUL, S, RNE), fs(0x1p-149f), fs(0.5f), 0, fs(0.0f),
            UF | NX);
    check_f("fmul.s 2^-150 rmm", op_bin(F_MUL, S, RMM), fs(0x1p-149f), fs(0.5f), 0,
            fs(0x1p-149f), UF | NX);
    check_f("fdiv.s 1/3 rup", op_bin(F_DIV, S, RUP), one, fs(3.0f), 0, BOX(0x3eaaaaabull), NX);
    check_f("fdiv.s 1/3 rdn", op_bin(F_DIV, S, RDN), one, fs(3.0f), 0, BOX(0x3eaaaaaaull), NX);
    check_f("fdiv.d 1/0", op_bin(F_DIV, D, RNE), fd(1.0), fd(0.0), 0, fd(1.0 / 0.0), DZ);
    check_f("fmul.d overflow rtz", op_bin(F_MUL, D, RTZ), fd(1e300), fd(1e300), 0,
            0x7fefffffffffffffull, OF | NX);
    check_f("fmul.d overflow rmm", op_bin(F_MUL, D, RMM), fd(1e300), fd(1e300), 0,
            fd(1.0 / 0.0), OF | NX);
}

/* §12.2: singles live NaN-boxed; an unboxed operand reads as the canonical
 * NaN, except for FMV.X.W, which moves the bits unchanged. §11.3: any NaN
 * result is the canonical NaN. */
static void check_nan_boxing(void)
{
    uint64_t unboxed = 0x000000003f800000ull;
    check_f("fadd.s unboxed", op_bin(F_ADD, S, RNE), unboxed, fs(1.0f), 0, CNAN_S, 0);
    check_f("fsgnj.s unboxed", op_bin(F_SGNJ, S, 0), unboxed, fs(-1.0f), 0, BOX(0xffc00000ull),
            0);
    check_x("fclass.s unboxed", op_fp(F_MV_X, S, 0, 1), unboxed, 0, 1u << 9, 0);
    check_x("fmv.x.w unboxed", op_fp(F_MV_X, S, 0, 0), 0x12345678bf800000ull, 0,
            0xffffffffbf800000ull, 0);
    check_f("fmv.w.x boxes", op_fp(F_MV_F, S, 0, 0), 0x123456783f800000ull, 0, 0, fs(1.0f), 0);
    check_f("fadd.s qnan payload", op_bin(F_ADD, S, RNE), QNAN_S, fs(1.0f), 0, CNAN_S, 0);
    check_f("fadd.d snan", op_bin(F_ADD, D, RNE), SNAN_D, fd(1.0), 0, CNAN_D, NV);
    check_f("fsqrt.s -1", op_fp(F_SQRT, S, 0, RNE), fs(-1.0f), 0, 0, CNAN_S, NV);
    check_f("fsub.d inf-inf", op_bin(F_SUB, D, RNE), fd(1.0 / 0.0), fd(1.0 / 0.0), 0, CNAN_D, NV);
    check_f("fcvt.s.d snan", op_fp(F_CVT_FF, S, 1, RNE), SNAN_D, 0, 0, CNAN_S, NV);
    check_f("fcvt.d.s qnan", op_fp(F_CVT_FF, D, 0, RNE), QNAN_S, 0, 0, CNAN_D, 0);
    check_f("fcvt.s.d 1e300", op_fp(F_CVT_FF, S, 1, RNE), fd(1e300), 0, 0, fs(1.0f / 0.0f),
            OF | NX);
}

/* §11.8: FEQ is quiet (NV only for sNaN), FLT/FLE signal on any NaN. */
static void check_compares(void)
{
    check_x("feq.s qnan", op_bin(F_CMP, S, CMP_EQ), QNAN_S, fs(1.0f), 0, 0);
    check_x("feq.s snan", op_bin(F_CMP, S, CMP_EQ), SNAN_S, fs(1.0f), 0, NV);
    check_x("flt.s qnan", op_bin(F_CMP, S, CMP_LT), fs(1.0f), QNAN_S, 0, NV);
    check_x("fle.d qnan", op_bin(F_CMP, D, CMP_LE), QNAN_D, QNAN_D, 0, NV);
    check_x("feq.d -0 +0", op_bin(F_CMP, D, CMP_EQ), fd(-0.0), fd(0.0), 1, 0);
    check_x("flt.d -0 +0", op_bin(F_CMP, D, CMP_LT), fd(-0.0), fd(0.0), 0, 0);
    check_x("fle.s 1 2", op_bin(F_CMP, S, CMP_LE), fs(1.0f), fs(2.0f), 1, 0);
}

/* §11.6: minimumNumber/maximumNumber; -0 < +0; NV only on sNaN. */
static void check_minmax(void)
{
    uint32_t min_s = op_bin(F_MINMAX, S, 0), max_s = op_bin(F_MINMAX, S, 1);
    uint32_t min_d = op_bin(F_MINMAX, D, 0), max_d = op_bin(F_MINMAX, D, 1);
    check_f("fmin.s -0 +0", min_s, fs(-0.0f), fs(0.0f), 0, fs(-0.0f), 0);
    check_f("fmin.s +0 -0", min_s, fs(0.0f), fs(-0.0f), 0, fs(-0.0f), 0);
    check_f("fmax.s -0 +0", max_s, fs(-0.0f), fs(0.0f), 0, fs(0.0f), 0);
    check_f("fmax.d +0 -0", max_d, fd(0.0), fd(-0.0), 0, fd(0.0), 0);
    check_f("fmin.s qnan 1", min_s, QNAN_S, fs(1.0f), 0, fs(1.0f), 0);
    check_f("fmin.s 1 snan", min_s, fs(1.0f), SNAN_S, 0, fs(1.0f), NV);
    check_f("fmax.s qnan qnan", max_s, QNAN_S, QNAN_S, 0, CNAN_S, 0);
    check_f("fmin.d snan qnan", min_d, SNAN_D, QNAN_D, 0, CNAN_D, NV);
    check_f("fmax.d -inf 3", max_d, fd(-1.0 / 0.0), fd(3.0), 0, fd(3.0), 0);
}

/* §11.7 table 11.4: saturating conversions; NaN gives the largest value. */
static void check_conversions(void)
{
    check_x("fcvt.w.s 3e9", op_fp(F_CVT_IF, S, CV_W, RTZ), fs(3e9f), 0, 0x7fffffff, NV);
    check_x("fcvt.w.s -inf", op_fp(F_CVT_IF, S, CV_W, RTZ), fs(-1.0f / 0.0f), 0,
            0xffffffff80000000ull, NV);
    check_x("fcvt.w.s nan", op_fp(F_CVT_IF, S, CV_W, RTZ), QNAN_S, 0, 0x7fffffff, NV);
    check_x("fcvt.w.s -2.5 rne", op_fp(F_CVT_IF, S, CV_W, RNE), fs(-2.5f), 0, (uint64_t)-2, NX);
    check_x("fcvt.w.s -2.5 rmm", op_fp(F_CVT_IF, S, CV_W, RMM), fs(-2.5f), 0, (uint64_t)-3, NX);
    check_x("fcvt.wu.d -1.0", op_fp(F_CVT_IF, D, CV_WU, RTZ), fd(-1.0), 0, 0, NV);
    check_x("fcvt.wu.d -0.5", op_fp(F_CVT_IF, D, CV_WU, RTZ), fd(-0.5), 0, 0, NX);
    check_x("fcvt.wu.d 2^32-1 sign-extends", op_fp(F_CVT_IF, D, CV_WU, RTZ), fd(4294967295.0), 0,
            0xffffffffffffffffull, 0);
    check_x("fcvt.wu.d nan", op_fp(F_CVT_IF, D, CV_WU, RTZ), QNAN_D, 0, 0xffffffffffffffffull, NV);
    check_x("fcvt.l.d 2^63", op_fp(F_CVT_IF, D, CV_L, RTZ), fd(0x1p63), 0, 0x7fffffffffffffffull,
            NV);
    check_x("fcvt.l.d -2^63", op_fp(F_CVT_IF, D, CV_L, RTZ), fd(-0x1p63), 0,
            0x8000000000000000ull, 0);
    check_x("fcvt.lu.s -inf", op_fp(F_CVT_IF, S, CV_LU, RTZ), fs(-1.0f / 0.0f), 0, 0, NV);
    check_x("fcvt.lu.d nan", op_fp(F_CVT_IF, D, CV_LU, RTZ), QNAN_D, 0, 0xffffffffffffffffull,
            NV);
    check_f("fcvt.s.w 2^24+1 rne", op_fp(F_CVT_FI, S, CV_W, RNE), 0x01000001, 0, 0,
            fs(16777216.0f), NX);
    check_f("fcvt.s.w 2^24+1 rup", op_fp(F_CVT_FI, S, CV_W, RUP), 0x01000001, 0, 0,
            fs(16777218.0f), NX);
    check_f("fcvt.s.w 2^24+1 rmm", op_fp(F_CVT_FI, S, CV_W, RMM), 0x01000001, 0, 0,
            fs(16777218.0f), NX);
    check_f("fcvt.d.wu 0xffffffff", op_fp(F_CVT_FI, D, CV_WU, RNE), 0xffffffffull, 0, 0,
            fd(4294967295.0), 0);
    check_f("fcvt.d.w reads low 32 bits", op_fp(F_CVT_FI, D, CV_W, RNE), 0x12345678ffffffffull,
            0, 0, fd(-1.0), 0);
    check_f("fcvt.d.lu 2^64-1", op_fp(F_CVT_FI, D, CV_LU, RNE), 0xffffffffffffffffull, 0, 0,
            fd(0x1p64), NX);
}

/* §11.9 table 11.5: one bit per class. */
static void check_fclass(void)
{
    static const struct {
        uint64_t s, d;
        int bit;
    } c[] = {
        {BOX(0xff800000ull), 0xfff0000000000000ull, 0},   /* -inf */
        {BOX(0xbf800000ull), 0xbff0000000000000ull, 1},   /* negative normal */
        {BOX(0x80000001ull), 0x8000000000000001ull, 2},   /* negative subnormal */
        {BOX(0x80000000ull), 0x8000000000000000ull, 3},   /* -0 */
        {BOX(0x00000000ull), 0x0000000000000000ull, 4},   /* +0 */
        {BOX(0x007fffffull), 0x000fffffffffffffull, 5},   /* positive subnormal */
        {BOX(0x7f7fffffull), 0x7fefffffffffffffull, 6},   /* positive normal */
        {BOX(0x7f800000ull), 0x7ff0000000000000ull, 7},   /* +inf */
        {BOX(0x7f800001ull), 0x7ff0000000000001ull, 8},   /* signaling NaN */
        {BOX(0xffc00000ull), 0xfff8000000000000ull, 9},   /* quiet NaN */
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        char name[32];
        snprintf(name, sizeof name, "fclass.s bit %d", c[i].bit);
        check_x(name, op_fp(F_MV_X, S, 0, 1), c[i].s, 0, 1ull << c[i].bit, 0);
        snprintf(name, sizeof name, "fclass.d bit %d", c[i].bit);
        check_x(name, op_fp(F_MV_X, D, 0, 1), c[i].d, 0, 1ull << c[i].bit, 0);
    }
}

/* §11.6: the multiply-adds are fused (one rounding), with these signs. */
static void check_fma(void)
{
    uint64_t a = fd(1.0 + 0x1p-30);
    check_f("fmadd.d fused", op_fma(0, D, RNE), a, a, fd(-(1.0 + 0x1p-29)), fd(0x1p-60), 0);
    check_f("fmadd.s inexact", op_fma(0, S, RNE), fs(1.0f + 0x1p-23f), fs(1.0f + 0x1p-23f),
            fs(0.0f), fs(1.0f + 0x1p-22f), NX);
    check_f("fmadd.s inexact rup", op_fma(0, S, RUP), fs(1.0f + 0x1p-23f), fs(1.0f + 0x1p-23f),
            fs(0.0f), fs(1.0f + 0x1p-22f + 0x1p-23f), NX);
    check_f("fmsub.d", op_fma(1, D, RNE), fd(2.0), fd(3.0), fd(1.0), fd(5.0), 0);
    check_f("fnmsub.d", op_fma(2, D, RNE), fd(2.0), fd(3.0), fd(1.0), fd(-5.0), 0);
    check_f("fnmadd.d", op_fma(3, D, RNE), fd(2.0), fd(3.0), fd(1.0), fd(-7.0), 0);
    check_f("fmadd.s inf*0+qnan", op_fma(0, S, RNE), fs(1.0f / 0.0f), fs(0.0f), QNAN_S, CNAN_S,
            NV);
    check_f("fmadd.d 0*inf+1", op_fma(0, D, RNE), fd(0.0), fd(1.0 / 0.0), fd(1.0), CNAN_D, NV);
}

/* Illegal forms must change nothing. */
static void expect_illegal(const char *what, Hart *h, uint32_t insn)
{
    Hart before = *h;
    bool ok = fpu_execute(h, insn);
    expect(!ok && memcmp(&before, h, sizeof before) == 0, what);
}

static void check_legality(void)
{
    static Hart h;
    hart_setup(&h, 64, RNE);
    load_operands(&h, fd(1.0), fd(2.0), 0);
    h.mstatus = 0;
    expect_illegal("FS=Off", &h, op_bin(F_ADD, D, RNE));

    hart_setup(&h, 64, 5);
    load_operands(&h, fd(1.0), fd(2.0), 0);
    expect_illegal("rm=5", &h, op_bin(F_ADD, D, 5));
    expect_illegal("rm=6", &h, op_fma(0, D, 6));
    expect_illegal("rm=dyn, frm=5", &h, op_bin(F_ADD, D, DYN));
    expect_illegal("fcvt.d.s rm=dyn, frm=5", &h, op_fp(F_CVT_FF, D, 0, DYN));
    expect_illegal("fmt=H", &h, op_bin(F_ADD, 2, RNE));
    expect_illegal("fsqrt rs2!=0", &h, op_fp(F_SQRT, D, 1, RNE));
    expect(fpu_execute(&h, op_bin(F_SGNJ, D, 0)), "fsgnj ignores frm");

    hart_setup(&h, 32, RNE);
    load_operands(&h, fs(2.0f), fs(3.0f), 0);
    expect_illegal("rv32 fcvt.l.s", &h, op_fp(F_CVT_IF, S, CV_L, RTZ));
    expect_illegal("rv32 fcvt.lu.d", &h, op_fp(F_CVT_IF, D, CV_LU, RTZ));
    expect_illegal("rv32 fcvt.s.l", &h, op_fp(F_CVT_FI, S, CV_L, RNE));
    expect_illegal("rv32 fcvt.d.lu", &h, op_fp(F_CVT_FI, D, CV_LU, RNE));
    expect_illegal("rv32 fmv.x.d", &h, op_fp(F_MV_X, D, 0, 0));
    expect_illegal("rv32 fmv.d.x", &h, op_fp(F_MV_F, D, 0, 0));
    expect(fpu_execute(&h, op_fp(F_CVT_IF, S, CV_W, RTZ)) && h.x[10] == 2, "rv32 fcvt.w.s");
    h.x[11] = 0xffffffff;
    expect(fpu_execute(&h, op_fp(F_CVT_FI, D, CV_W, RNE)) && h.f[10] == fd(-1.0),
           "rv32 fcvt.d.w");
    expect(fpu_execute(&h, op_fp(F_MV_X, S, 0, 1)) && h.x[10] == 1u << 6, "rv32 fclass.s");
    expect(fpu_execute(&h, op_fp(F_MV_X, S, 0, 0)) && h.x[10] == 0x40000000, "rv32 fmv.x.w");
}

/* fflags accrue, FS becomes Dirty, and x0 stays zero. */
static void check_state(void)
{
    static Hart h;
    hart_setup(&h, 64, RNE);
    load_operands(&h, fd(1.0), fd(3.0), 0);
    h.fflags = FFLAG_DZ;
    expect(fpu_execute(&h, op_bin(F_DIV, D, DYN)) && h.fflags == (FFLAG_DZ | FFLAG_NX),
           "fflags accrue");
    expect((h.mstatus & MSTATUS_FS) == MSTATUS_FS && (h.mstatus & MSTATUS_SD64),
           "FS dirty after f write");

    hart_setup(&h, 64, RNE);
    load_operands(&h, fd(1.0), fd(1.0), 0);
    uint32_t feq_x0 = op_bin(F_CMP, D, CMP_EQ) & ~(31u << 7);
    expect(fpu_execute(&h, feq_x0) && h.x[0] == 0, "feq.d rd=x0 not written");
    h.f[11] = SNAN_D;
    expect(fpu_execute(&h, op_fp(F_CVT_IF, D, CV_W, RTZ) & ~(31u << 7)) && h.x[0] == 0
           && h.fflags == FFLAG_NV && (h.mstatus & MSTATUS_FS) == MSTATUS_FS,
           "fcvt.w.d rd=x0: flags only, FS dirty");
}

int main(void)
{
    check_vectors();
    check_rounding_modes();
    check_nan_boxing();
    check_compares();
    check_minmax();
    check_conversions();
    check_fclass();
    check_fma();
    check_legality();
    check_state();
    printf("fpu: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
