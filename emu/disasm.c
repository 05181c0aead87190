/* Disassembler (see disasm.h). Compressed instructions are expanded with
 * rvc_expand() and printed as the instruction they stand for, which is
 * also what objdump prints for them by default (c.li a0,10 -> li a0,10).
 * Decoding follows the unprivileged spec's opcode map (§34, table 70) and
 * the privileged spec for SYSTEM; aliases follow binutils' riscv-opc.c. */
#include "disasm.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "rvc.h"

#define RD(i) (((i) >> 7) & 31)
#define RS1(i) (((i) >> 15) & 31)
#define RS2(i) (((i) >> 20) & 31)
#define RS3(i) ((i) >> 27)
#define FUNCT3(i) (((i) >> 12) & 7)
#define FUNCT7(i) ((i) >> 25)

const char *const disasm_xreg_names[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3",
    "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11",
    "t3", "t4", "t5", "t6",
};

const char *const disasm_freg_names[32] = {
    "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1",
    "fa2", "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7",
    "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
};

#define XR(i) disasm_xreg_names[i]
#define FR(i) disasm_freg_names[i]

static const char *const rm_name[8] = { "rne", "rtz", "rdn", "rup", "rmm", "5", "6", "dyn" };

/* Output cursor: every print appends, truncating at the end of the buffer. */
typedef struct Out {
    char *buf;
    size_t size, len;
    uint64_t pc;
    int xlen;
    bool compressed;  /* printing the expansion of a 16-bit instruction */
} Out;

static void put(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(Out *o, const char *fmt, ...)
{
    if (o->len + 1 >= o->size) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(o->buf + o->len, o->size - o->len, fmt, ap);
    va_end(ap);
    if (n > 0) {
        o->len += (size_t)n < o->size - o->len ? (size_t)n : o->size - o->len - 1;
    }
}

static int64_t imm_i(uint32_t i) { return (int32_t)i >> 20; }

static int64_t imm_s(uint32_t i)
{
    return (int64_t)(((int32_t)(i & 0xfe000000u) >> 20) | (int32_t)((i >> 7) & 31));
}

static int64_t imm_b(uint32_t i)
{
    uint32_t u = ((i >> 19) & 0x1000) | ((i << 4) & 0x800) | ((i >> 20) & 0x7e0) |
                 ((i >> 7) & 0x1e);
    return (int64_t)(int32_t)(u << 19) >> 19;
}

static int64_t imm_j(uint32_t i)
{
    uint32_t u = ((i >> 11) & 0x100000) | (i & 0xff000) | ((i >> 9) & 0x800) |
                 ((i >> 20) & 0x7fe);
    return (int64_t)(int32_t)(u << 11) >> 11;
}

/* pc-relative target, wrapped to XLEN bits. */
static uint64_t target(const Out *o, int64_t off)
{
    uint64_t t = o->pc + (uint64_t)off;
    return o->xlen == 32 ? (uint32_t)t : t;
}

static void illegal(Out *o, uint32_t insn)
{
    put(o, ".4byte 0x%x", insn);
}

/* --- CSR names ---------------------------------------------------------- */

typedef struct CsrName {
    uint16_t num;
    const char *name;
} CsrName;

static const CsrName csr_names[] = {
    { 0x001, "fflags" }, { 0x002, "frm" }, { 0x003, "fcsr" },
    { 0xc00, "cycle" }, { 0xc01, "time" }, { 0xc02, "instret" },
    { 0x100, "sstatus" }, { 0x104, "sie" }, { 0x105, "stvec" }, { 0x106, "scounteren" },
    { 0x10a, "senvcfg" }, { 0x140, "sscratch" }, { 0x141, "sepc" }, { 0x142, "scause" },
    { 0x143, "stval" }, { 0x144, "sip" }, { 0x14d, "stimecmp" }, { 0x180, "satp" },
    { 0xf11, "mvendorid" }, { 0xf12, "marchid" }, { 0xf13, "mimpid" }, { 0xf14, "mhartid" },
    { 0xf15, "mconfigptr" },
    { 0x300, "mstatus" }, { 0x301, "misa" }, { 0x302, "medeleg" }, { 0x303, "mideleg" },
    { 0x304, "mie" }, { 0x305, "mtvec" }, { 0x306, "mcounteren" }, { 0x30a, "menvcfg" },
    { 0x320, "mcountinhibit" }, { 0x340, "mscratch" }, { 0x341, "mepc" },
    { 0x342, "mcause" }, { 0x343, "mtval" }, { 0x344, "mip" }, { 0x34a, "mtinst" },
    { 0x34b, "mtval2" }, { 0x747, "mseccfg" },
    { 0xb00, "mcycle" }, { 0xb02, "minstret" },
    { 0x7a0, "tselect" }, { 0x7a1, "tdata1" }, { 0x7a2, "tdata2" }, { 0x7a3, "tdata3" },
    { 0x7a4, "tinfo" }, { 0x7a5, "tcontrol" }, { 0x7a8, "mcontext" }, { 0x7b0, "dcsr" },
    { 0x7b1, "dpc" }, { 0x7b2, "dscratch0" }, { 0x7b3, "dscratch1" },
};

static const CsrName csr_names_rv32[] = {
    { 0xc80, "cycleh" }, { 0xc81, "timeh" }, { 0xc82, "instreth" }, { 0x310, "mstatush" },
    { 0x31a, "menvcfgh" }, { 0x757, "mseccfgh" }, { 0x15d, "stimecmph" }, { 0xb80, "mcycleh" },
    { 0xb82, "minstreth" },
};

/* Numbered families: hpmcounterN, pmpcfgN ... */
static const char *csr_numbered(uint32_t csr, int xlen, char *tmp, size_t tmpsize)
{
    static const struct { uint16_t base, first, last; bool rv32; const char *fmt; } fam[] = {
        { 0xc00, 3, 31, false, "hpmcounter%u" }, { 0xb00, 3, 31, false, "mhpmcounter%u" },
        { 0x320, 3, 31, false, "mhpmevent%u" }, { 0x3a0, 0, 15, false, "pmpcfg%u" },
        { 0x3b0, 0, 63, false, "pmpaddr%u" }, { 0xc80, 3, 31, true, "hpmcounter%uh" },
        { 0xb80, 3, 31, true, "mhpmcounter%uh" },
    };
    for (size_t i = 0; i < sizeof(fam) / sizeof(fam[0]); i++) {
        uint32_t n = csr - fam[i].base;
        if (csr < fam[i].base || n < fam[i].first || n > fam[i].last) {
            continue;
        }
        if (fam[i].rv32 && xlen != 32) {
            continue;
        }
        /* RV64 has only the even pmpcfg registers (privileged spec §3.7.1). */
        if (fam[i].base == 0x3a0 && xlen == 64 && (n & 1)) {
            continue;
        }
        snprintf(tmp, tmpsize, fam[i].fmt, n);
        return tmp;
    }
    return NULL;
}

const char *disasm_csr_name(uint32_t csr, int xlen, char *tmp, size_t tmpsize)
{
    for (size_t i = 0; i < sizeof(csr_names) / sizeof(csr_names[0]); i++) {
        if (csr_names[i].num == csr) {
            return csr_names[i].name;
        }
    }
    for (size_t i = 0; xlen == 32 && i < sizeof(csr_names_rv32) / sizeof(csr_names_rv32[0]);
         i++) {
        if (csr_names_rv32[i].num == csr) {
            return csr_names_rv32[i].name;
        }
    }
    return csr_numbered(csr, xlen, tmp, tmpsize);
}

static void put_csr(Out *o, uint32_t csr)
{
    char tmp[24];
    const char *name = disasm_csr_name(csr, o->xlen, tmp, sizeof(tmp));
    if (name) {
        put(o, "%s", name);
    } else {
        put(o, "0x%x", csr);
    }
}

/* --- integer ------------------------------------------------------------ */

static void dis_jal(Out *o, uint32_t insn)
{
    uint64_t t = target(o, imm_j(insn));
    if (RD(insn) == 0) {
        put(o, "j 0x%llx", (unsigned long long)t);
    } else if (RD(insn) == 1) {
        put(o, "jal 0x%llx", (unsigned long long)t);
    } else {
        put(o, "jal %s,0x%llx", XR(RD(insn)), (unsigned long long)t);
    }
}

static void dis_jalr(Out *o, uint32_t insn)
{
    uint32_t rd = RD(insn), rs1 = RS1(insn);
    int64_t imm = imm_i(insn);
    if (FUNCT3(insn)) {
        illegal(o, insn);
    } else if (rd == 0 && rs1 == 1 && imm == 0) {
        put(o, "ret");
    } else if (rd == 0 && imm == 0) {
        put(o, "jr %s", XR(rs1));
    } else if (rd == 0) {
        put(o, "jr %lld(%s)", (long long)imm, XR(rs1));
    } else if (rd == 1 && imm == 0) {
        put(o, "jalr %s", XR(rs1));
    } else if (rd == 1) {
        put(o, "jalr %lld(%s)", (long long)imm, XR(rs1));
    } else {
        put(o, "jalr %s,%lld(%s)", XR(rd), (long long)imm, XR(rs1));
    }
}

static void dis_branch(Out *o, uint32_t insn)
{
    static const char *const name[8] = { "beq", "bne", NULL, NULL, "blt", "bge", "bltu", "bgeu" };
    uint32_t f3 = FUNCT3(insn), rs1 = RS1(insn), rs2 = RS2(insn);
    unsigned long long t = target(o, imm_b(insn));
    if (!name[f3]) {
        illegal(o, insn);
    } else if (rs2 == 0 && f3 <= 5) {
        static const char *const z[8] = { "beqz", "bnez", NULL, NULL, "bltz", "bgez" };
        put(o, "%s %s,0x%llx", z[f3], XR(rs1), t);
    } else if (rs1 == 0 && (f3 == 4 || f3 == 5)) {
        put(o, "%s %s,0x%llx", f3 == 4 ? "bgtz" : "blez", XR(rs2), t);
    } else {
        put(o, "%s %s,%s,0x%llx", name[f3], XR(rs1), XR(rs2), t);
    }
}

static void dis_load(Out *o, uint32_t insn)
{
    static const char *const name[8] = { "lb", "lh", "lw", "ld", "lbu", "lhu", "lwu", NULL };
    const char *n = name[FUNCT3(insn)];
    if (!n || (o->xlen == 32 && (FUNCT3(insn) == 3 || FUNCT3(insn) == 6))) {
        illegal(o, insn);
        return;
    }
    put(o, "%s %s,%lld(%s)", n, XR(RD(insn)), (long long)imm_i(insn), XR(RS1(insn)));
}

static void dis_store(Out *o, uint32_t insn)
{
    static const char *const name[8] = { "sb", "sh", "sw", "sd" };
    const char *n = name[FUNCT3(insn)];
    if (!n || (o->xlen == 32 && FUNCT3(insn) == 3)) {
        illegal(o, insn);
        return;
    }
    put(o, "%s %s,%lld(%s)", n, XR(RS2(insn)), (long long)imm_s(insn), XR(RS1(insn)));
}

/* addi/slti/... with objdump's aliases (nop, li, mv, seqz, not, zext.b). */
static bool dis_op_imm_alias(Out *o, uint32_t insn)
{
    uint32_t rd = RD(insn), rs1 = RS1(insn), f3 = FUNCT3(insn);
    int64_t imm = imm_i(insn);
    if (f3 == 0 && rd == 0 && rs1 == 0 && imm == 0) {
        put(o, "nop");
    } else if (f3 == 0 && rs1 == 0) {
        put(o, "li %s,%lld", XR(rd), (long long)imm);
    } else if (f3 == 0 && imm == 0) {
        put(o, "mv %s,%s", XR(rd), XR(rs1));
    } else if (f3 == 3 && imm == 1) {
        put(o, "seqz %s,%s", XR(rd), XR(rs1));
    } else if (f3 == 4 && imm == -1) {
        put(o, "not %s,%s", XR(rd), XR(rs1));
    } else if (f3 == 7 && imm == 255) {
        put(o, "zext.b %s,%s", XR(rd), XR(rs1));
    } else {
        return false;
    }
    return true;
}

/* Shifts and the Zbb/Zbs immediate forms sharing funct3 1 and 5. */
static const char *op_imm_shift_name(uint32_t insn, int xlen, bool *unary)
{
    uint32_t f3 = FUNCT3(insn), f6 = insn >> 26, f12 = insn >> 20;
    *unary = false;
    if (xlen == 32 && ((insn >> 25) & 1) && !(f3 == 5 && (f12 == 0x287 || f12 == 0x698))) {
        return NULL;  /* shamt[5] set: reserved on RV32 */
    }
    if (f3 == 1) {
        static const char *const un[8] = { "clz", "ctz", "cpop", NULL, "sext.b", "sext.h" };
        if (f12 >= 0x600 && f12 <= 0x605 && un[f12 - 0x600]) {
            *unary = true;
            return un[f12 - 0x600];
        }
        return f6 == 0x00 ? "slli" : f6 == 0x0a ? "bseti" : f6 == 0x12 ? "bclri"
             : f6 == 0x1a ? "binvi" : NULL;
    }
    if (f12 == 0x287 || f12 == (xlen == 64 ? 0x6b8u : 0x698u)) {
        *unary = true;
        return f12 == 0x287 ? "orc.b" : "rev8";
    }
    return f6 == 0x00 ? "srli" : f6 == 0x10 ? "srai" : f6 == 0x18 ? "rori"
         : f6 == 0x12 ? "bexti" : NULL;
}

static void dis_op_imm(Out *o, uint32_t insn)
{
    static const char *const name[8] = { "addi", NULL, "slti", "sltiu", "xori", NULL, "ori",
                                         "andi" };
    uint32_t f3 = FUNCT3(insn);
    if (dis_op_imm_alias(o, insn)) {
        return;
    }
    if (name[f3]) {
        put(o, "%s %s,%s,%lld", name[f3], XR(RD(insn)), XR(RS1(insn)),
            (long long)imm_i(insn));
        return;
    }
    bool unary;
    const char *n = op_imm_shift_name(insn, o->xlen, &unary);
    if (!n) {
        illegal(o, insn);
    } else if (unary) {
        put(o, "%s %s,%s", n, XR(RD(insn)), XR(RS1(insn)));
    } else {
        put(o, "%s %s,%s,0x%x", n, XR(RD(insn)), XR(RS1(insn)), (insn >> 20) & 63);
    }
}

static void dis_op_imm32(Out *o, uint32_t insn)
{
    uint32_t f3 = FUNCT3(insn), f7 = FUNCT7(insn), f12 = insn >> 20;
    const char *rd = XR(RD(insn)), *rs1 = XR(RS1(insn));
    if (o->xlen == 32) {
        illegal(o, insn);
    } else if (f3 == 0 && imm_i(insn) == 0) {
        put(o, "sext.w %s,%s", rd, rs1);
    } else if (f3 == 0) {
        put(o, "addiw %s,%s,%lld", rd, rs1, (long long)imm_i(insn));
    } else if (f3 == 1 && f12 >= 0x600 && f12 <= 0x602) {
        static const char *const un[3] = { "clzw", "ctzw", "cpopw" };
        put(o, "%s %s,%s", un[f12 - 0x600], rd, rs1);
    } else if (f3 == 1 && (insn >> 26) == 0x02) {
        put(o, "slli.uw %s,%s,0x%x", rd, rs1, (insn >> 20) & 63);
    } else if ((f3 == 1 && f7 == 0) || (f3 == 5 && (f7 == 0 || f7 == 0x20 || f7 == 0x30))) {
        const char *n = f3 == 1 ? "slliw" : f7 == 0 ? "srliw" : f7 == 0x20 ? "sraiw" : "roriw";
        put(o, "%s %s,%s,0x%x", n, rd, rs1, (insn >> 20) & 31);
    } else {
        illegal(o, insn);
    }
}

/* OP (0x33): base, M, Zba, Zbb, Zbc, Zbs, Zicond, keyed by funct7:funct3. */
static const char *op_name(uint32_t key, int xlen)
{
    static const struct { uint16_t key; const char *name; } ops[] = {
        { 0x000, "add" }, { 0x100, "sub" }, { 0x001, "sll" }, { 0x002, "slt" },
        { 0x003, "sltu" }, { 0x004, "xor" }, { 0x005, "srl" }, { 0x105, "sra" },
        { 0x006, "or" }, { 0x007, "and" },
        { 0x008, "mul" }, { 0x009, "mulh" }, { 0x00a, "mulhsu" }, { 0x00b, "mulhu" },
        { 0x00c, "div" }, { 0x00d, "divu" }, { 0x00e, "rem" }, { 0x00f, "remu" },
        { 0x082, "sh1add" }, { 0x084, "sh2add" }, { 0x086, "sh3add" },
        { 0x107, "andn" }, { 0x106, "orn" }, { 0x104, "xnor" },
        { 0x02e, "max" }, { 0x02f, "maxu" }, { 0x02c, "min" }, { 0x02d, "minu" },
        { 0x181, "rol" }, { 0x185, "ror" },
        { 0x029, "clmul" }, { 0x02a, "clmulr" }, { 0x02b, "clmulh" },
        { 0x121, "bclr" }, { 0x125, "bext" }, { 0x0a1, "bset" }, { 0x1a1, "binv" },
        { 0x03d, "czero.eqz" }, { 0x03f, "czero.nez" },
    };
    (void)xlen;
    for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
        if (ops[i].key == key) {
            return ops[i].name;
        }
    }
    return NULL;
}

static void dis_op(Out *o, uint32_t insn)
{
    uint32_t key = FUNCT7(insn) << 3 | FUNCT3(insn);
    uint32_t rd = RD(insn), rs1 = RS1(insn), rs2 = RS2(insn);
    if (key == 0x000 && rs1 == 0 && o->compressed) {
        put(o, "mv %s,%s", XR(rd), XR(rs2));  /* c.mv; objdump keeps add for 32-bit */
    } else if (key == 0x100 && rs1 == 0) {
        put(o, "neg %s,%s", XR(rd), XR(rs2));
    } else if (key == 0x003 && rs1 == 0) {
        put(o, "snez %s,%s", XR(rd), XR(rs2));
    } else if (key == 0x002 && rs2 == 0) {
        put(o, "sltz %s,%s", XR(rd), XR(rs1));
    } else if (key == 0x002 && rs1 == 0) {
        put(o, "sgtz %s,%s", XR(rd), XR(rs2));
    } else if (key == 0x024 && rs2 == 0 && o->xlen == 32) {
        put(o, "zext.h %s,%s", XR(rd), XR(rs1));
    } else {
        const char *n = op_name(key, o->xlen);
        if (!n) {
            illegal(o, insn);
            return;
        }
        put(o, "%s %s,%s,%s", n, XR(rd), XR(rs1), XR(rs2));
    }
}

static void dis_op32(Out *o, uint32_t insn)
{
    static const struct { uint16_t key; const char *name; } ops[] = {
        { 0x000, "addw" }, { 0x100, "subw" }, { 0x001, "sllw" }, { 0x005, "srlw" },
        { 0x105, "sraw" }, { 0x008, "mulw" }, { 0x00c, "divw" }, { 0x00d, "divuw" },
        { 0x00e, "remw" }, { 0x00f, "remuw" }, { 0x020, "add.uw" }, { 0x082, "sh1add.uw" },
        { 0x084, "sh2add.uw" }, { 0x086, "sh3add.uw" }, { 0x181, "rolw" }, { 0x185, "rorw" },
    };
    uint32_t key = FUNCT7(insn) << 3 | FUNCT3(insn);
    uint32_t rd = RD(insn), rs1 = RS1(insn), rs2 = RS2(insn);
    if (o->xlen == 32) {
        illegal(o, insn);
    } else if (key == 0x100 && rs1 == 0) {
        put(o, "negw %s,%s", XR(rd), XR(rs2));
    } else if (key == 0x020 && rs2 == 0) {
        put(o, "zext.w %s,%s", XR(rd), XR(rs1));
    } else if (key == 0x024 && rs2 == 0) {
        put(o, "zext.h %s,%s", XR(rd), XR(rs1));
    } else {
        for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
            if (ops[i].key == key) {
                put(o, "%s %s,%s,%s", ops[i].name, XR(rd), XR(rs1), XR(rs2));
                return;
            }
        }
        illegal(o, insn);
    }
}

/* fence's predecessor/successor sets, "iorw" order (unpriv spec §2.7). */
static void put_fence_set(Out *o, uint32_t bits)
{
    if (!bits) {
        put(o, "0");
    }
    for (int i = 3; i >= 0; i--) {
        if (bits & (1u << i)) {
            put(o, "%c", "wroi"[i]);
        }
    }
}

static void dis_fence(Out *o, uint32_t insn)
{
    uint32_t pred = (insn >> 24) & 15, succ = (insn >> 20) & 15, fm = insn >> 28;
    if (FUNCT3(insn) == 1) {
        put(o, "fence.i");
    } else if (FUNCT3(insn) != 0) {
        illegal(o, insn);
    } else if (insn == 0x0100000f) {
        put(o, "pause");
    } else if (fm == 8 && pred == 3 && succ == 3) {
        put(o, "fence.tso");
    } else if (pred == 15 && succ == 15 && fm == 0) {
        put(o, "fence");
    } else {
        put(o, "fence ");
        put_fence_set(o, pred);
        put(o, ",");
        put_fence_set(o, succ);
    }
}

static void dis_amo(Out *o, uint32_t insn)
{
    static const struct { uint8_t f5; const char *name; } ops[] = {
        { 0x00, "amoadd" }, { 0x01, "amoswap" }, { 0x02, "lr" }, { 0x03, "sc" },
        { 0x04, "amoxor" }, { 0x08, "amoor" }, { 0x0c, "amoand" }, { 0x10, "amomin" },
        { 0x14, "amomax" }, { 0x18, "amominu" }, { 0x1c, "amomaxu" },
    };
    static const char *const order[4] = { "", ".rl", ".aq", ".aqrl" };
    uint32_t f5 = insn >> 27, f3 = FUNCT3(insn);
    const char *n = NULL;
    for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
        n = ops[i].f5 == f5 ? ops[i].name : n;
    }
    if (!n || (f3 != 2 && f3 != 3) || (f3 == 3 && o->xlen == 32) || (f5 == 2 && RS2(insn))) {
        illegal(o, insn);
        return;
    }
    put(o, "%s.%c%s %s,", n, f3 == 2 ? 'w' : 'd', order[(insn >> 25) & 3], XR(RD(insn)));
    if (f5 != 2) {
        put(o, "%s,", XR(RS2(insn)));
    }
    put(o, "(%s)", XR(RS1(insn)));
}

/* --- SYSTEM --------------------------------------------------------------- */

static void dis_priv(Out *o, uint32_t insn)
{
    static const struct { uint32_t insn; const char *name; } fixed[] = {
        { 0x00000073, "ecall" }, { 0x00100073, "ebreak" }, { 0x10200073, "sret" },
        { 0x30200073, "mret" }, { 0x10500073, "wfi" }, { 0x7b200073, "dret" },
    };
    for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
        if (fixed[i].insn == insn) {
            put(o, "%s", fixed[i].name);
            return;
        }
    }
    if (FUNCT7(insn) != 0x09 || RD(insn) != 0) {
        illegal(o, insn);
    } else if (RS2(insn)) {
        put(o, "sfence.vma %s,%s", XR(RS1(insn)), XR(RS2(insn)));
    } else if (RS1(insn)) {
        put(o, "sfence.vma %s", XR(RS1(insn)));
    } else {
        put(o, "sfence.vma");
    }
}

/* The short names objdump uses for reads of counters and FP CSRs. */
static const char *csr_read_alias(uint32_t csr, int xlen)
{
    switch (csr) {
    case 0x001: return "frflags";
    case 0x002: return "frrm";
    case 0x003: return "frcsr";
    case 0xc00: return "rdcycle";
    case 0xc01: return "rdtime";
    case 0xc02: return "rdinstret";
    case 0xc80: return xlen == 32 ? "rdcycleh" : NULL;
    case 0xc81: return xlen == 32 ? "rdtimeh" : NULL;
    case 0xc82: return xlen == 32 ? "rdinstreth" : NULL;
    default: return NULL;
    }
}

static const char *csr_write_alias(uint32_t csr, bool imm)
{
    switch (csr) {
    case 0x001: return imm ? "fsflagsi" : "fsflags";
    case 0x002: return imm ? "fsrmi" : "fsrm";
    case 0x003: return imm ? NULL : "fscsr";
    default: return NULL;
    }
}

/* The objdump aliases: csrr, csrw/s/c[i], frflags, fsrm, rdcycle ... */
static bool dis_csr_alias(Out *o, uint32_t insn)
{
    uint32_t csr = insn >> 20, f3 = FUNCT3(insn), rd = RD(insn), rs1 = RS1(insn);
    bool imm = f3 & 4;
    const char *src = imm ? NULL : XR(rs1);
    if (f3 == 2 && rs1 == 0) {
        const char *a = csr_read_alias(csr, o->xlen);
        if (a) {
            put(o, "%s %s", a, XR(rd));
        } else {
            put(o, "csrr %s,", XR(rd));
            put_csr(o, csr);
        }
        return true;
    }
    if ((f3 & 3) == 1 && csr_write_alias(csr, imm)) {
        put(o, "%s ", csr_write_alias(csr, imm));
        if (rd) {
            put(o, "%s,", XR(rd));
        }
        if (imm) {
            put(o, "%u", rs1);
        } else {
            put(o, "%s", src);
        }
        return true;
    }
    if (rd != 0) {
        return false;
    }
    static const char *const short_name[8] = { NULL, "csrw", "csrs", "csrc", NULL, "csrwi",
                                               "csrsi", "csrci" };
    put(o, "%s ", short_name[f3]);
    put_csr(o, csr);
    if (imm) {
        put(o, ",%u", rs1);
    } else {
        put(o, ",%s", src);
    }
    return true;
}

static void dis_system(Out *o, uint32_t insn)
{
    static const char *const name[8] = { NULL, "csrrw", "csrrs", "csrrc", NULL, "csrrwi",
                                         "csrrsi", "csrrci" };
    uint32_t f3 = FUNCT3(insn);
    if (f3 == 0) {
        dis_priv(o, insn);
        return;
    }
    if (!name[f3]) {
        illegal(o, insn);
        return;
    }
    if (insn == 0xc0001073) {
        put(o, "unimp");  /* csrrw zero,cycle,zero: the canonical illegal insn */
        return;
    }
    if (dis_csr_alias(o, insn)) {
        return;
    }
    put(o, "%s %s,", name[f3], XR(RD(insn)));
    put_csr(o, insn >> 20);
    if (f3 & 4) {
        put(o, ",%u", RS1(insn));
    } else {
        put(o, ",%s", XR(RS1(insn)));
    }
}

/* --- F and D ------------------------------------------------------------ */

static void put_rm(Out *o, uint32_t rm, uint32_t omit)
{
    if (rm != omit) {
        put(o, ",%s", rm_name[rm]);
    }
}

static void dis_fp_mem(Out *o, uint32_t insn)
{
    bool load = (insn & 0x7f) == 0x07;
    uint32_t f3 = FUNCT3(insn);
    if (f3 != 2 && f3 != 3) {
        illegal(o, insn);
        return;
    }
    char w = f3 == 2 ? 'w' : 'd';
    if (load) {
        put(o, "fl%c %s,%lld(%s)", w, FR(RD(insn)), (long long)imm_i(insn), XR(RS1(insn)));
    } else {
        put(o, "fs%c %s,%lld(%s)", w, FR(RS2(insn)), (long long)imm_s(insn), XR(RS1(insn)));
    }
}

static void dis_fma(Out *o, uint32_t insn)
{
    static const char *const name[4] = { "fmadd", "fmsub", "fnmsub", "fnmadd" };
    uint32_t fmt = (insn >> 25) & 3;
    if (fmt > 1) {
        illegal(o, insn);
        return;
    }
    put(o, "%s.%c %s,%s,%s,%s", name[((insn & 0x7f) - 0x43) >> 2], fmt ? 'd' : 's',
        FR(RD(insn)), FR(RS1(insn)), FR(RS2(insn)), FR(RS3(insn)));
    put_rm(o, FUNCT3(insn), 7);
}

/* fsgnj/fmin/fmax/compares: no rounding mode; funct3 picks the operation. */
static void dis_fp_f3(Out *o, uint32_t insn, char fmt)
{
    uint32_t f5 = insn >> 27, f3 = FUNCT3(insn), rs1 = RS1(insn), rs2 = RS2(insn);
    const char *rd = f5 == 0x14 ? XR(RD(insn)) : FR(RD(insn));
    static const char *const sgnj[3] = { "fsgnj", "fsgnjn", "fsgnjx" };
    static const char *const sgnj_alias[3] = { "fmv", "fneg", "fabs" };
    static const char *const cmp[3] = { "fle", "flt", "feq" };
    if (f5 == 0x04 && f3 < 3 && rs1 == rs2) {
        put(o, "%s.%c %s,%s", sgnj_alias[f3], fmt, rd, FR(rs1));
    } else if (f5 == 0x04 && f3 < 3) {
        put(o, "%s.%c %s,%s,%s", sgnj[f3], fmt, rd, FR(rs1), FR(rs2));
    } else if (f5 == 0x05 && f3 < 2) {
        put(o, "%s.%c %s,%s,%s", f3 ? "fmax" : "fmin", fmt, rd, FR(rs1), FR(rs2));
    } else if (f5 == 0x14 && f3 < 3) {
        put(o, "%s.%c %s,%s,%s", cmp[f3], fmt, rd, FR(rs1), FR(rs2));
    } else {
        illegal(o, insn);
    }
}

/* fcvt between integer and FP; rs2 picks w, wu, l, lu. */
static void dis_fcvt_int(Out *o, uint32_t insn, char fmt)
{
    static const char *const iname[4] = { "w", "wu", "l", "lu" };
    uint32_t f5 = insn >> 27, rs2 = RS2(insn), rm = FUNCT3(insn);
    if (rs2 > 3 || (rs2 > 1 && o->xlen == 32)) {
        illegal(o, insn);
    } else if (f5 == 0x18) {
        put(o, "fcvt.%s.%c %s,%s", iname[rs2], fmt, XR(RD(insn)), FR(RS1(insn)));
        put_rm(o, rm, 7);
    } else {
        put(o, "fcvt.%c.%s %s,%s", fmt, iname[rs2], FR(RD(insn)), XR(RS1(insn)));
        /* int32 -> double is exact: objdump omits rne rather than dyn. */
        put_rm(o, rm, fmt == 'd' && rs2 < 2 ? 0 : 7);
    }
}

static void dis_fp_move(Out *o, uint32_t insn, char fmt)
{
    uint32_t f5 = insn >> 27, f3 = FUNCT3(insn);
    char w = fmt == 's' ? 'w' : 'd';
    if (RS2(insn) || (fmt == 'd' && o->xlen == 32 && f3 == 0)) {
        illegal(o, insn);
    } else if (f5 == 0x1c && f3 == 0) {
        put(o, "fmv.x.%c %s,%s", w, XR(RD(insn)), FR(RS1(insn)));
    } else if (f5 == 0x1c && f3 == 1) {
        put(o, "fclass.%c %s,%s", fmt, XR(RD(insn)), FR(RS1(insn)));
    } else if (f5 == 0x1e && f3 == 0) {
        put(o, "fmv.%c.x %s,%s", w, FR(RD(insn)), XR(RS1(insn)));
    } else {
        illegal(o, insn);
    }
}

static void dis_op_fp(Out *o, uint32_t insn)
{
    static const char *const arith[4] = { "fadd", "fsub", "fmul", "fdiv" };
    uint32_t f5 = insn >> 27, fmtbits = (insn >> 25) & 3, rm = FUNCT3(insn);
    char fmt = fmtbits ? 'd' : 's';
    if (fmtbits > 1) {
        illegal(o, insn);
    } else if (f5 <= 3) {
        put(o, "%s.%c %s,%s,%s", arith[f5], fmt, FR(RD(insn)), FR(RS1(insn)),
            FR(RS2(insn)));
        put_rm(o, rm, 7);
    } else if (f5 == 0x0b && RS2(insn) == 0) {
        put(o, "fsqrt.%c %s,%s", fmt, FR(RD(insn)), FR(RS1(insn)));
        put_rm(o, rm, 7);
    } else if (f5 == 0x08 && RS2(insn) == (fmtbits ? 0u : 1u)) {
        /* fcvt.d.s is exact (rm 0 omitted); fcvt.s.d rounds (dyn omitted). */
        put(o, "fcvt.%s %s,%s", fmtbits ? "d.s" : "s.d", FR(RD(insn)), FR(RS1(insn)));
        put_rm(o, rm, fmtbits ? 0 : 7);
    } else if (f5 == 0x04 || f5 == 0x05 || f5 == 0x14) {
        dis_fp_f3(o, insn, fmt);
    } else if (f5 == 0x18 || f5 == 0x1a) {
        dis_fcvt_int(o, insn, fmt);
    } else if (f5 == 0x1c || f5 == 0x1e) {
        dis_fp_move(o, insn, fmt);
    } else {
        illegal(o, insn);
    }
}

/* --- top level ------------------------------------------------------------ */

static void dis32(Out *o, uint32_t insn)
{
    switch (insn & 0x7f) {
    case 0x37: put(o, "lui %s,0x%x", XR(RD(insn)), insn >> 12); break;
    case 0x17: put(o, "auipc %s,0x%x", XR(RD(insn)), insn >> 12); break;
    case 0x6f: dis_jal(o, insn); break;
    case 0x67: dis_jalr(o, insn); break;
    case 0x63: dis_branch(o, insn); break;
    case 0x03: dis_load(o, insn); break;
    case 0x23: dis_store(o, insn); break;
    case 0x13: dis_op_imm(o, insn); break;
    case 0x1b: dis_op_imm32(o, insn); break;
    case 0x33: dis_op(o, insn); break;
    case 0x3b: dis_op32(o, insn); break;
    case 0x0f: dis_fence(o, insn); break;
    case 0x2f: dis_amo(o, insn); break;
    case 0x73: dis_system(o, insn); break;
    case 0x07: case 0x27: dis_fp_mem(o, insn); break;
    case 0x43: case 0x47: case 0x4b: case 0x4f: dis_fma(o, insn); break;
    case 0x53: dis_op_fp(o, insn); break;
    default: illegal(o, insn); break;
    }
}

int disasm(char *buf, size_t bufsize, uint64_t pc, uint32_t insn, int xlen)
{
    Out o = { .buf = buf, .size = bufsize, .pc = pc, .xlen = xlen == 32 ? 32 : 64 };
    if (bufsize) {
        buf[0] = '\0';
    }
    if ((insn & 3) == 3) {
        dis32(&o, insn);
        return 4;
    }
    uint16_t half = (uint16_t)insn;
    uint32_t exp = rvc_expand(half, o.xlen);
    if (half == 0) {
        put(&o, "unimp");
    } else if (!exp) {
        put(&o, ".2byte 0x%x", half);
    } else {
        o.compressed = true;
        dis32(&o, exp);
    }
    return 2;
}
