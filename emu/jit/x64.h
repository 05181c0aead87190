/* A small x86-64 instruction encoder for the translator: the integer
 * instructions it emits, with 64-bit register and [base + disp32] memory
 * operands (Intel SDM vol. 2, chapter 2: REX prefixes, ModRM and SIB).
 * Emitting past the end of the buffer sets X64.overflow instead of
 * writing; the caller throws the block away. */
#ifndef RVBOX_EMU_JIT_X64_H
#define RVBOX_EMU_JIT_X64_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

enum X64Reg {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15,
};

/* Condition codes (the low nibble of Jcc / SETcc / CMOVcc). */
enum X64Cond {
    CC_O = 0, CC_B = 2, CC_AE = 3, CC_E = 4, CC_NE = 5, CC_BE = 6, CC_A = 7,
    CC_S = 8, CC_L = 12, CC_GE = 13, CC_LE = 14, CC_G = 15,
};

/* Group-1 ALU operations (the /digit of 81 and the opcode base of the
 * register forms). */
enum X64Alu { ALU_ADD = 0, ALU_OR = 1, ALU_AND = 4, ALU_SUB = 5, ALU_XOR = 6, ALU_CMP = 7 };

/* Shift group-2 /digit. */
enum X64Shift { SH_SHL = 4, SH_SHR = 5, SH_SAR = 7 };

typedef struct X64 {
    uint8_t *p, *end;
    bool overflow;
} X64;

static inline void x64_byte(X64 *a, uint8_t b)
{
    if (a->p < a->end) {
        *a->p++ = b;
    } else {
        a->overflow = true;
    }
}

static inline void x64_u32(X64 *a, uint32_t v)
{
    for (int i = 0; i < 4; i++) {
        x64_byte(a, (uint8_t)(v >> (8 * i)));
    }
}

static inline void x64_u64(X64 *a, uint64_t v)
{
    x64_u32(a, (uint32_t)v);
    x64_u32(a, (uint32_t)(v >> 32));
}

/* REX with W (64-bit operand), R (reg), B (base / rm). Emitted when any bit
 * is set, or force (byte registers spl..dil). */
static inline void x64_rex(X64 *a, bool w, int reg, int rm, bool force)
{
    uint8_t rex = (uint8_t)(0x40 | (w ? 8 : 0) | ((reg & 8) ? 4 : 0) | ((rm & 8) ? 1 : 0));
    if (rex != 0x40 || force) {
        x64_byte(a, rex);
    }
}

/* ModRM for a register operand. */
static inline void x64_modrm_reg(X64 *a, int reg, int rm)
{
    x64_byte(a, (uint8_t)(0xc0 | (reg & 7) << 3 | (rm & 7)));
}

/* ModRM (and SIB) for [base + disp32]; rsp/r12 need a SIB byte, and a
 * zero displacement on rbp/r13 still needs one. */
static inline void x64_modrm_mem(X64 *a, int reg, int base, int32_t disp)
{
    bool sib = (base & 7) == RSP;
    if (disp == 0 && (base & 7) != RBP) {
        x64_byte(a, (uint8_t)((reg & 7) << 3 | (base & 7)));
        if (sib) {
            x64_byte(a, 0x24);
        }
    } else if (disp >= -128 && disp <= 127) {
        x64_byte(a, (uint8_t)(0x40 | (reg & 7) << 3 | (base & 7)));
        if (sib) {
            x64_byte(a, 0x24);
        }
        x64_byte(a, (uint8_t)disp);
    } else {
        x64_byte(a, (uint8_t)(0x80 | (reg & 7) << 3 | (base & 7)));
        if (sib) {
            x64_byte(a, 0x24);
        }
        x64_u32(a, (uint32_t)disp);
    }
}

/* op reg, [base + disp] with REX.W = w and an optional 0x0f escape. */
static inline void x64_op_mem(X64 *a, bool w, bool esc, uint8_t op, int reg, int base,
                              int32_t disp)
{
    x64_rex(a, w, reg, base, false);
    if (esc) {
        x64_byte(a, 0x0f);
    }
    x64_byte(a, op);
    x64_modrm_mem(a, reg, base, disp);
}

static inline void x64_op_reg(X64 *a, bool w, bool esc, uint8_t op, int reg, int rm)
{
    x64_rex(a, w, reg, rm, false);
    if (esc) {
        x64_byte(a, 0x0f);
    }
    x64_byte(a, op);
    x64_modrm_reg(a, reg, rm);
}

/* --- moves ----------------------------------------------------------------- */

static inline void x64_mov_rr(X64 *a, int dst, int src)
{
    x64_op_reg(a, true, false, 0x89, src, dst);
}

/* mov r64, [base + disp] and mov [base + disp], r64. */
static inline void x64_load64(X64 *a, int dst, int base, int32_t disp)
{
    x64_op_mem(a, true, false, 0x8b, dst, base, disp);
}

static inline void x64_store64(X64 *a, int base, int32_t disp, int src)
{
    x64_op_mem(a, true, false, 0x89, src, base, disp);
}

/* Loads of 1, 2, 4 or 8 bytes, sign- or zero-extended to 64 bits. */
static inline void x64_load_ext(X64 *a, int dst, int base, int32_t disp, int size, bool sign)
{
    switch (size) {
    case 1: x64_op_mem(a, sign, true, sign ? 0xbe : 0xb6, dst, base, disp); break;
    case 2: x64_op_mem(a, sign, true, sign ? 0xbf : 0xb7, dst, base, disp); break;
    case 4:
        if (sign) {
            x64_op_mem(a, true, false, 0x63, dst, base, disp);   /* movsxd */
        } else {
            x64_op_mem(a, false, false, 0x8b, dst, base, disp);  /* mov r32 zero-extends */
        }
        break;
    default: x64_load64(a, dst, base, disp); break;
    }
}

/* Stores the low size bytes of src. */
static inline void x64_store_n(X64 *a, int base, int32_t disp, int src, int size)
{
    switch (size) {
    case 1:
        x64_rex(a, false, src, base, src >= RSP && src <= RDI);
        x64_byte(a, 0x88);
        x64_modrm_mem(a, src, base, disp);
        break;
    case 2:
        x64_byte(a, 0x66);
        x64_op_mem(a, false, false, 0x89, src, base, disp);
        break;
    case 4: x64_op_mem(a, false, false, 0x89, src, base, disp); break;
    default: x64_store64(a, base, disp, src); break;
    }
}

/* mov r64, imm: the shortest of mov r32 (zero-extended), mov r/m64 imm32
 * (sign-extended) and movabs. */
static inline void x64_mov_imm(X64 *a, int dst, uint64_t imm)
{
    if (imm <= 0xffffffffull) {
        x64_rex(a, false, 0, dst, false);
        x64_byte(a, (uint8_t)(0xb8 | (dst & 7)));
        x64_u32(a, (uint32_t)imm);
    } else if ((int64_t)imm == (int32_t)imm) {
        x64_rex(a, true, 0, dst, false);
        x64_byte(a, 0xc7);
        x64_modrm_reg(a, 0, dst);
        x64_u32(a, (uint32_t)imm);
    } else {
        x64_rex(a, true, 0, dst, false);
        x64_byte(a, (uint8_t)(0xb8 | (dst & 7)));
        x64_u64(a, imm);
    }
}

/* mov qword [base + disp], simm32. */
static inline void x64_store_imm32(X64 *a, int base, int32_t disp, int32_t imm)
{
    x64_op_mem(a, true, false, 0xc7, 0, base, disp);
    x64_u32(a, (uint32_t)imm);
}

/* movsxd dst, src32: sign-extends the low 32 bits. */
static inline void x64_movsxd(X64 *a, int dst, int src)
{
    x64_op_reg(a, true, false, 0x63, dst, src);
}

/* lea dst, [base + disp]. */
static inline void x64_lea(X64 *a, int dst, int base, int32_t disp)
{
    x64_op_mem(a, true, false, 0x8d, dst, base, disp);
}

/* lea dst, [base + index] (64-bit). */
static inline void x64_lea_bi(X64 *a, int dst, int base, int index)
{
    uint8_t rex = (uint8_t)(0x48 | ((dst & 8) ? 4 : 0) | ((index & 8) ? 2 : 0) |
                            ((base & 8) ? 1 : 0));
    x64_byte(a, rex);
    x64_byte(a, 0x8d);
    if ((base & 7) == RBP) {
        x64_byte(a, (uint8_t)(0x44 | (dst & 7) << 3));
        x64_byte(a, (uint8_t)((index & 7) << 3 | (base & 7)));
        x64_byte(a, 0);
    } else {
        x64_byte(a, (uint8_t)(0x04 | (dst & 7) << 3));
        x64_byte(a, (uint8_t)((index & 7) << 3 | (base & 7)));
    }
}

/* --- arithmetic ------------------------------------------------------------ */

/* op dst, src (64-bit, or 32-bit when !w). */
static inline void x64_alu_rr(X64 *a, enum X64Alu op, int dst, int src, bool w)
{
    x64_op_reg(a, w, false, (uint8_t)(op << 3 | 1), src, dst);
}

/* op dst, [base + disp] (64-bit). */
static inline void x64_alu_rm(X64 *a, enum X64Alu op, int dst, int base, int32_t disp)
{
    x64_op_mem(a, true, false, (uint8_t)(op << 3 | 3), dst, base, disp);
}

/* op dst32, dword [base + disp]. */
static inline void x64_alu_rm32(X64 *a, enum X64Alu op, int dst, int base, int32_t disp)
{
    x64_op_mem(a, false, false, (uint8_t)(op << 3 | 3), dst, base, disp);
}

/* cmp qword [base + disp], src: the flags of [base + disp] - src. */
static inline void x64_cmp_mr(X64 *a, int base, int32_t disp, int src)
{
    x64_op_mem(a, true, false, 0x39, src, base, disp);
}

/* imul dst, qword [base + disp] (low 64 bits, or 32 when !w). */
static inline void x64_imul_rm(X64 *a, int dst, int base, int32_t disp, bool w)
{
    x64_op_mem(a, w, true, 0xaf, dst, base, disp);
}

/* op dst, simm32 (64-bit, or 32-bit when !w). */
static inline void x64_alu_ri(X64 *a, enum X64Alu op, int dst, int32_t imm, bool w)
{
    x64_rex(a, w, 0, dst, false);
    if (imm >= -128 && imm <= 127) {
        x64_byte(a, 0x83);
        x64_modrm_reg(a, op, dst);
        x64_byte(a, (uint8_t)imm);
    } else {
        x64_byte(a, 0x81);
        x64_modrm_reg(a, op, dst);
        x64_u32(a, (uint32_t)imm);
    }
}

/* op qword [base + disp], simm32. */
static inline void x64_alu_mi(X64 *a, enum X64Alu op, int base, int32_t disp, int32_t imm)
{
    x64_rex(a, true, 0, base, false);
    if (imm >= -128 && imm <= 127) {
        x64_byte(a, 0x83);
        x64_modrm_mem(a, op, base, disp);
        x64_byte(a, (uint8_t)imm);
    } else {
        x64_byte(a, 0x81);
        x64_modrm_mem(a, op, base, disp);
        x64_u32(a, (uint32_t)imm);
    }
}

/* shift dst by imm (64-bit, or 32-bit when !w). */
static inline void x64_shift_ri(X64 *a, enum X64Shift op, int dst, int imm, bool w)
{
    x64_rex(a, w, 0, dst, false);
    x64_byte(a, 0xc1);
    x64_modrm_reg(a, op, dst);
    x64_byte(a, (uint8_t)imm);
}

/* shift dst by cl (the count is masked by the CPU to 63, or 31 when !w,
 * as RISC-V masks it). */
static inline void x64_shift_cl(X64 *a, enum X64Shift op, int dst, bool w)
{
    x64_rex(a, w, 0, dst, false);
    x64_byte(a, 0xd3);
    x64_modrm_reg(a, op, dst);
}

/* imul dst, src (low 64 or 32 bits). */
static inline void x64_imul_rr(X64 *a, int dst, int src, bool w)
{
    x64_op_reg(a, w, true, 0xaf, dst, src);
}

/* rdx:rax = rax * src, signed (imul) or unsigned (mul). */
static inline void x64_mul_wide(X64 *a, int src, bool sign)
{
    x64_rex(a, true, 0, src, false);
    x64_byte(a, 0xf7);
    x64_modrm_reg(a, sign ? 5 : 4, src);
}

/* Group-3 F7 /digit on a register: neg r (3), div (6), idiv (7) of
 * rdx:rax (or edx:eax when !w) by r. */
static inline void x64_f7(X64 *a, int digit, int r, bool w)
{
    x64_rex(a, w, 0, r, false);
    x64_byte(a, 0xf7);
    x64_modrm_reg(a, digit, r);
}

/* cqo (rdx = sign of rax) or cdq (edx = sign of eax). */
static inline void x64_sign_extend_rax(X64 *a, bool w)
{
    if (w) {
        x64_byte(a, 0x48);
    }
    x64_byte(a, 0x99);
}

/* setcc dst8; then movzx dst32, dst8 (spl..dil need a REX prefix). */
static inline void x64_setcc_zx(X64 *a, enum X64Cond cc, int dst)
{
    bool byte_rex = dst >= RSP && dst <= RDI;
    x64_rex(a, false, 0, dst, byte_rex);
    x64_byte(a, 0x0f);
    x64_byte(a, (uint8_t)(0x90 | cc));
    x64_modrm_reg(a, 0, dst);
    x64_rex(a, false, dst, dst, byte_rex);
    x64_byte(a, 0x0f);
    x64_byte(a, 0xb6);
    x64_modrm_reg(a, dst, dst);
}

/* cmp dword [base + disp], imm32 and cmp word [base + disp], imm16. */
static inline void x64_cmp_mem32_imm(X64 *a, int base, int32_t disp, uint32_t imm)
{
    x64_op_mem(a, false, false, 0x81, ALU_CMP, base, disp);
    x64_u32(a, imm);
}

static inline void x64_cmp_mem16_imm(X64 *a, int base, int32_t disp, uint16_t imm)
{
    x64_byte(a, 0x66);
    x64_op_mem(a, false, false, 0x81, ALU_CMP, base, disp);
    x64_byte(a, (uint8_t)imm);
    x64_byte(a, (uint8_t)(imm >> 8));
}

/* mov dword [base + disp], imm32. */
static inline void x64_store32_imm(X64 *a, int base, int32_t disp, uint32_t imm)
{
    x64_op_mem(a, false, false, 0xc7, 0, base, disp);
    x64_u32(a, imm);
}

/* test a, b (64-bit). */
static inline void x64_test_rr(X64 *a, int r1, int r2)
{
    x64_op_reg(a, true, false, 0x85, r2, r1);
}

/* --- control flow ---------------------------------------------------------- */

/* jcc rel32 / jmp rel32 with the displacement left to patch: returns where
 * the rel32 is. */
static inline uint8_t *x64_jcc_fwd(X64 *a, enum X64Cond cc)
{
    x64_byte(a, 0x0f);
    x64_byte(a, (uint8_t)(0x80 | cc));
    uint8_t *at = a->p;
    x64_u32(a, 0);
    return at;
}

static inline uint8_t *x64_jmp_fwd(X64 *a)
{
    x64_byte(a, 0xe9);
    uint8_t *at = a->p;
    x64_u32(a, 0);
    return at;
}

/* Points the rel32 at `at` to target (both in the same buffer). */
static inline void x64_patch(X64 *a, uint8_t *at, const uint8_t *target)
{
    if (!a->overflow && at + 4 <= a->end) {
        int32_t rel = (int32_t)(target - (at + 4));
        memcpy(at, &rel, 4);
    }
}

/* jmp / call through a register. */
static inline void x64_jmp_reg(X64 *a, int r)
{
    x64_rex(a, false, 0, r, false);
    x64_byte(a, 0xff);
    x64_modrm_reg(a, 4, r);
}

static inline void x64_call_reg(X64 *a, int r)
{
    x64_rex(a, false, 0, r, false);
    x64_byte(a, 0xff);
    x64_modrm_reg(a, 2, r);
}

/* jmp qword [base + disp]. */
static inline void x64_jmp_mem(X64 *a, int base, int32_t disp)
{
    x64_rex(a, false, 0, base, false);
    x64_byte(a, 0xff);
    x64_modrm_mem(a, 4, base, disp);
}

static inline void x64_push(X64 *a, int r)
{
    x64_rex(a, false, 0, r, false);
    x64_byte(a, (uint8_t)(0x50 | (r & 7)));
}

static inline void x64_pop(X64 *a, int r)
{
    x64_rex(a, false, 0, r, false);
    x64_byte(a, (uint8_t)(0x58 | (r & 7)));
}

static inline void x64_ret(X64 *a)
{
    x64_byte(a, 0xc3);
}

#endif
