/* The translator: RV64 and RV32 basic blocks to x86-64 code.
 *
 * A block is the straight-line code from a pc up to and including the
 * first jump or branch, inside one 4 KiB page, at most MAX_BLOCK
 * instructions, ending early before an instruction the translator leaves
 * to the interpreter; a jal to code of the same page that the block does
 * not have yet is followed (the block goes on at its target). A block is
 * translated when it starts for the hot_runs-th time; until then the
 * interpreter runs it. Its code starts with two checks:
 *   - its guest bytes are compared with what was translated (so stores by
 *     any hart and device DMA into code need no invalidation protocol:
 *     changed code is noticed at the next entry, as the interpreter
 *     notices it at the next decode);
 *   - instret + N must not pass h->jit_end (the slice's budget), else the
 *     interpreter runs the last few instructions, so counts stay exact.
 * Then instret += N (instret lives in r15), and each instruction follows:
 * integer operations on the block's most used guest registers in host
 * registers (the rest in h->x), loads and stores through the soft TLB
 * inline (host pointer + offset) with the TLB miss, MMIO, PMP, misaligned
 * and fault cases out of line, precisely: h->pc and instret are set for
 * the instruction before a slow call, so a fault reports the right pc and
 * earlier instructions have retired. FP and Zb* operations call the
 * interpreter's code for that one instruction; divisions call C; AMOs
 * call system.c.
 *
 * Exits: a block that loops to itself re-checks at a loop head and keeps
 * its registers; a static target in the same page becomes a direct jump
 * once jit_exec has found its block; every other target, static or
 * computed (jalr), is looked up inline in the hart's lookup table (per
 * privilege, retired when the code mapping changes) and jumped to, so hot
 * code stays in generated code; a miss returns to jit_exec. Blocks are
 * kept in one map keyed by (host address, pc), shared by every hart. The
 * code buffer (64 MiB) is mapped twice, writable and executable, never
 * both (W^X); when it is full everything is dropped and translated anew. */
#define _GNU_SOURCE   /* memfd_create */
#include "emu/jit/jit.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu/hart_priv.h"

#if defined(__x86_64__) && defined(__linux__)

#include <sys/mman.h>
#include <unistd.h>

#include "emu/decode.h"
#include "emu/fpu.h"
#include "emu/jit/x64.h"
#include "emu/zb.h"

#define CODE_SIZE ((size_t)JIT_CODE_MIB << 20)   /* the code buffer's bound */
#define BLOCK_ROOM 16384          /* the most one block can take */
#define MAX_BLOCK 64              /* instructions per block */
#define MAX_SEGS 4                /* stretches of code per block (jal followed) */
#define MAX_CHECKS (MAX_BLOCK / 2 + 2 * MAX_SEGS)   /* jumps of a byte check */
#define MAP_BITS 17               /* blocks in the map: 128 Ki slots */
#define TAB_BITS 12               /* lookup table entries per privilege */
#define TAB_MASK ((1u << TAB_BITS) - 1)

/* A lookup-table entry: key = pc ^ h->jit_key, where jit_key holds a
 * generation in bits 57-63. A TLB flush moves to the next generation,
 * which misses every older entry at once without touching the table (a
 * pc xored with a generation is never a pc that can be fetched: it is not
 * canonical under paging and beyond 2^56 without). The table is cleared
 * when the generations wrap. */
typedef struct TabEntry {
    uint64_t key;
    const uint8_t *code;          /* executable address */
} TabEntry;

#define KEY_SHIFT 57
#define KEY_GENS 128

#define PAGE_FILTER_BITS 16

struct Jit {
    TabEntry tab[3][1u << TAB_BITS];   /* by tlb_index(priv) */
    /* Pages that may have entries in the tables (a hash of the virtual
     * page number), so a single-page sfence.vma of a data page costs
     * nothing. */
    uint64_t code_pages[(1u << PAGE_FILTER_BITS) / 64];
    uint32_t tlb_gen;
    uint32_t key_gen;
    uint64_t flush_gen;
};

/* One translated block (or a pc the translator leaves to the interpreter:
 * code NULL). */
typedef struct MapEntry {
    const uint8_t *host;          /* host address of the first instruction */
    uint64_t pc;
    const uint8_t *code;
    uint16_t runs;                /* times interpreted before translation */
    uint8_t len;                  /* instructions in the block (cold ones) */
    bool never;                   /* the first instruction is the interpreter's */
} MapEntry;

/* A block is interpreted this many times before it is translated: code
 * that runs a few times (much of a boot) costs a decode, not a
 * translation. The interpreter runs one cold block at a time, so every
 * start of a block is counted and code already translated runs as such
 * (a Linux boot: 16 gave 7% less time than 8, and 1.2 M instructions
 * interpreted instead of 9.6 M with a window of 64 past a cold block). */
#define HOT_RUNS 16
static unsigned hot_runs = HOT_RUNS;

static struct {
    bool tried, ok;
    uint8_t *rw, *rx;             /* the same memory, writable / executable */
    size_t used, stubs_end;
    size_t populated;             /* bytes of the buffer mapped in ahead (populate) */
    const uint8_t *enter, *epilogue, *chain_miss, *exit_link;   /* rw addresses of the stubs */
    MapEntry *map;
    size_t map_used;
    uint64_t flush_gen;
    JitStats stats;
    FILE *perf_map;               /* RVBOX_PERF_MAP=1: /tmp/perf-PID.map for perf(1) */
    const char *dump_dir;         /* RVBOX_JIT_DUMP=DIR: each block's code in DIR */
} g;

#define XOFF(r) ((int32_t)(8 * (r)))
#define HOFF(f) ((int32_t)offsetof(Hart, f))

static const uint8_t *to_rx(const uint8_t *rw)
{
    return g.rx + (rw - g.rw);
}

/* --- helpers called from generated code -------------------------------- */

static uint64_t extend(uint64_t raw, int size, bool sign)
{
    int shift = 64 - 8 * size;
    return size == 8 ? raw : sign ? (uint64_t)((int64_t)(raw << shift) >> shift)
                                  : raw & ((1ull << (8 * size)) - 1);
}

/* A load the inline TLB path could not do. 1 with the value in h->jit_val,
 * 0 after raising its fault. kind: size | 16 when sign-extended. */
static int helper_load(Hart *h, uint64_t va, uint32_t kind)
{
    uint64_t raw;
    if (!mmu_load_slow(h, va, (int)(kind & 15), &raw)) {
        return 0;
    }
    h->jit_val = extend(raw, (int)(kind & 15), kind & 16);
    return 1;
}

static int helper_store(Hart *h, uint64_t va, uint64_t value, uint32_t size)
{
    return mmu_store_slow(h, va, (int)size, value);
}

enum { DR_DIV, DR_DIVU, DR_REM, DR_REMU, DR_DIVW, DR_DIVUW, DR_REMW, DR_REMUW };

static uint64_t sext32(uint64_t v)
{
    return (uint64_t)(int64_t)(int32_t)v;
}

/* The M extension's divisions with their defined results for division by
 * zero and overflow (unprivileged spec §13.2). */
static uint64_t helper_divrem(uint64_t a, uint64_t b, uint32_t op)
{
    int64_t sa = (int64_t)a, sb = (int64_t)b;
    int32_t wa = (int32_t)a, wb = (int32_t)b;
    uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
    switch (op) {
    case DR_DIV: return !b ? UINT64_MAX : (sa == INT64_MIN && sb == -1) ? a : (uint64_t)(sa / sb);
    case DR_DIVU: return b ? a / b : UINT64_MAX;
    case DR_REM: return !b ? a : (sa == INT64_MIN && sb == -1) ? 0 : (uint64_t)(sa % sb);
    case DR_REMU: return b ? a % b : a;
    case DR_DIVW:
        return !wb ? UINT64_MAX : (wa == INT32_MIN && wb == -1) ? sext32(ua) : sext32((uint32_t)(wa / wb));
    case DR_DIVUW: return ub ? sext32(ua / ub) : UINT64_MAX;
    case DR_REMW: return !wb ? sext32(ua) : (wa == INT32_MIN && wb == -1) ? 0 : sext32((uint32_t)(wa % wb));
    default: return sext32(ub ? ua % ub : ua);
    }
}

static uint64_t helper_zb(uint64_t a, uint64_t b, uint32_t insn, uint32_t xlen)
{
    uint64_t v = 0;
    zb_execute(insn, a, b, (int)xlen, &v);   /* legal: checked at translation */
    return v;
}

static int helper_fp(Hart *h, uint32_t insn)
{
    return fpu_execute(h, insn);
}

/* 1 done (value in h->jit_val), 0 trapped, -1 illegal. */
static int helper_amo(Hart *h, uint32_t insn, uint64_t va)
{
    uint64_t v = 0;
    int r = exec_amo(h, insn, va, &v);
    h->jit_val = v;
    return r;
}

/* --- the code buffer and the stubs ---------------------------------------- */

static void emit_jmp_to(X64 *a, const uint8_t *target)
{
    uint8_t *at = x64_jmp_fwd(a);
    x64_patch(a, at, target);
}

static void emit_jcc_to(X64 *a, enum X64Cond cc, const uint8_t *target)
{
    uint8_t *at = x64_jcc_fwd(a, cc);
    x64_patch(a, at, target);
}

/* Goes to the block of the pc in rax through the hart's lookup table, or
 * leaves through chain_miss. Emitted at every exit that needs it rather
 * than shared, so the host predicts each exit's indirect jump apart. */
static void emit_chain(X64 *a)
{
    x64_store64(a, RBX, HOFF(pc), RAX);
    x64_load64(a, RDX, RBX, HOFF(jit_table));
    x64_mov_rr(a, RCX, RAX);
    x64_shift_ri(a, SH_SHR, RCX, 1, true);
    x64_alu_ri(a, ALU_AND, RCX, TAB_MASK, false);
    x64_shift_ri(a, SH_SHL, RCX, 4, true);
    x64_alu_rr(a, ALU_ADD, RDX, RCX, true);
    x64_mov_rr(a, RCX, RAX);
    x64_alu_rm(a, ALU_XOR, RCX, RBX, HOFF(jit_key));
    x64_alu_rm(a, ALU_CMP, RCX, RDX, 0);
    emit_jcc_to(a, CC_NE, g.chain_miss);
    x64_jmp_mem(a, RDX, 8);
}

/* enter(h, code): saves the callee-saved registers, keeps h in rbx and
 * instret in r15, jumps to code; the epilogue stores instret and undoes
 * the rest. chain_miss: leaves for a lookup (h->pc set). */
static void emit_stubs(void)
{
    X64 a = { g.rw, g.rw + CODE_SIZE, false };
    static const int saved[] = { RBX, RBP, R12, R13, R14, R15 };
    g.enter = a.p;
    for (int i = 0; i < 6; i++) {
        x64_push(&a, saved[i]);
    }
    x64_alu_ri(&a, ALU_SUB, RSP, 8, true);     /* 16-byte aligned for calls */
    x64_mov_rr(&a, RBX, RDI);
    x64_load64(&a, R15, RBX, HOFF(instret));   /* r15: instret while in code */
    x64_jmp_reg(&a, RSI);
    g.epilogue = a.p;
    x64_store64(&a, RBX, HOFF(instret), R15);
    x64_alu_ri(&a, ALU_ADD, RSP, 8, true);
    for (int i = 5; i >= 0; i--) {
        x64_pop(&a, saved[i]);
    }
    x64_ret(&a);
    g.chain_miss = a.p;
    x64_store32_imm(&a, RBX, HOFF(jit_exit), JIT_EXIT_LOOKUP);
    emit_jmp_to(&a, g.epilogue);
    /* An exit not linked yet: rax = the next pc, h->jit_link set. */
    g.exit_link = a.p;
    x64_store64(&a, RBX, HOFF(pc), RAX);
    x64_store32_imm(&a, RBX, HOFF(jit_exit), JIT_EXIT_LOOKUP);
    emit_jmp_to(&a, g.epilogue);
    g.used = g.stubs_end = (size_t)(a.p - g.rw);
}

static bool setup(void)
{
    if (g.tried) {
        return g.ok;
    }
    g.tried = true;
    if (getenv("RVBOX_NO_JIT")) {
        return false;
    }
    g.dump_dir = getenv("RVBOX_JIT_DUMP");
    if (getenv("RVBOX_JIT_HOT_RUNS")) {
        jit_set_hot_runs((unsigned)atoi(getenv("RVBOX_JIT_HOT_RUNS")));
    }
    /* The map (4 MiB) is hashed into all over: huge pages, so that a boot
     * does not fault in its 4 KiB pages one by one. */
    size_t map_bytes = ((size_t)1 << MAP_BITS) * sizeof(MapEntry);
    void *map = mmap(NULL, map_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                     -1, 0);
    if (map == MAP_FAILED) {
        return false;
    }
    madvise(map, map_bytes, MADV_HUGEPAGE);   /* a hint */
    g.map = map;
    if (getenv("RVBOX_PERF_MAP")) {
        /* Profiling: perf(1) names code in anonymous memory from
         * /tmp/perf-PID.map, so the buffer is one anonymous mapping,
         * writable and executable at once (this mode gives up W^X). */
        void *rwx = mmap(NULL, CODE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (rwx == MAP_FAILED) {
            return false;
        }
        g.rw = g.rx = rwx;
        char path[64];
        snprintf(path, sizeof(path), "/tmp/perf-%d.map", (int)getpid());
        g.perf_map = fopen(path, "w");
        emit_stubs();
        g.ok = true;
        return true;
    }
    int fd = memfd_create("rvbox-jit", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, CODE_SIZE) != 0) {
        if (fd >= 0) {
            close(fd);
        }
        return false;
    }
    void *rw = mmap(NULL, CODE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    void *rx = mmap(NULL, CODE_SIZE, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    close(fd);
    if (rw == MAP_FAILED || rx == MAP_FAILED) {
        return false;
    }
    g.rw = rw;
    g.rx = rx;
    emit_stubs();
    g.ok = true;
    return true;
}

bool jit_supported(void)
{
    return setup();
}

void jit_flush(void)
{
    if (!g.ok) {
        return;
    }
    g.used = g.stubs_end;
    memset(g.map, 0, ((size_t)1 << MAP_BITS) * sizeof(MapEntry));
    g.map_used = 0;
    g.flush_gen++;
    g.stats.flushes++;
}

void jit_set_hot_runs(unsigned runs)
{
    hot_runs = runs ? runs : 1;
}

void jit_stats(JitStats *s)
{
    *s = g.stats;
    s->code_bytes = g.ok ? g.used : 0;
}

Jit *jit_create(void)
{
    Jit *j = setup() ? calloc(1, sizeof(Jit)) : NULL;
    if (j) {
        j->key_gen = KEY_GENS - 1;   /* the first retire_tables clears */
        j->flush_gen = UINT64_MAX;
    }
    return j;
}

void jit_destroy(Jit *j)
{
    free(j);
}

/* --- the block map ----------------------------------------------------------- */

static MapEntry *map_slot(const uint8_t *host, uint64_t pc)
{
    size_t mask = ((size_t)1 << MAP_BITS) - 1;
    size_t i = (size_t)(((uintptr_t)host >> 1) * 0x9e3779b97f4a7c15ull ^ pc) & mask;
    while (g.map[i].host && (g.map[i].host != host || g.map[i].pc != pc)) {
        i = (i + 1) & mask;
    }
    return &g.map[i];
}

/* --- translation ------------------------------------------------------------ */

/* Register use in generated code: rbx = the hart; r15 = instret (stored to
 * h->instret at every exit, and before a helper that may look at it); the
 * guest registers a block uses most live in r12, r13, r14 and rbp from its
 * entry to its exits (written back before an exit or a helper that reads
 * h->x); rax, rcx, rdx, rsi, rdi are scratch. */
#define REG_INSTRET R15
static const int cache_regs[] = { R12, R13, R14, RBP, R8, R9, R10, R11 };
#define NCACHE 8
#define NCACHE_SAVED 4   /* cache_regs[0..3] survive calls; r8-r11 are pushed around them */

enum EndKind { END_STATIC, END_CONTROL, END_INTERP };

typedef struct Block {
    DecodedInsn insn[MAX_BLOCK];
    uint64_t pc[MAX_BLOCK];
    int n;
    enum EndKind end;
    uint64_t end_pc;              /* END_STATIC: next pc; END_INTERP: its pc */
    const uint8_t *host;          /* the first instruction's bytes */
    /* The stretches of the page the instructions come from: one, and one
     * more after each jal the block follows. */
    struct { uint32_t off, bytes; } seg[MAX_SEGS];
    int nseg;
    bool rv32;                    /* an RV32 hart's code: 32-bit pcs and addresses */
} Block;

/* Out-of-line code for a load or store, emitted after the body. */
typedef struct Stub {
    uint8_t *from[2];             /* the jcc rel32s to patch (TLB miss, page cross) */
    uint8_t *resume;              /* where the body continues */
    int k;
    uint64_t dirty;               /* cached registers not yet written back */
} Stub;

typedef struct Ctx {
    X64 a;
    const Block *b;
    uint8_t *entry, *body;        /* the checks; the code after loading the cache */
    uint8_t *trap_tail;           /* instret -= 1, exit TRAP (pc set, cache written) */
    int8_t host[33];              /* guest register -> cache register, -1 = memory */
    int guest[NCACHE];            /* cache slot -> guest register, 0 = unused */
    uint64_t dirty;               /* bit r: host copy newer than h->x[r] */
    uint64_t no_load;             /* cached registers written before read: not loaded */
    bool loops;                   /* the block jumps back to its own start */
    bool writes_memory;           /* a store, an AMO or an FP helper in the block */
} Ctx;

static bool is_load(int op)
{
    return op >= OP_LB && op <= OP_LWU;
}

static bool is_store(int op)
{
    return op >= OP_SB && op <= OP_SD;
}

/* What the translator does with op: 1 translate it, 2 translate it and
 * end the block (control flow, fences), 0 leave it to the interpreter. */
static int classify(const DecodedInsn *d, bool rv32)
{
    switch (d->op) {
    case OP_JAL: case OP_JALR: case OP_BEQ: case OP_BNE: case OP_BLT: case OP_BGE:
    case OP_BLTU: case OP_BGEU: case OP_FENCE:
        return 2;
    case OP_ZB: {
        uint64_t v;
        return zb_execute((uint32_t)d->imm, 0, 0, rv32 ? 32 : 64, &v) ? 1 : 0;
    }
    case OP_DECODE: case OP_ILLEGAL: case OP_CROSS: case OP_PAGE_END: case OP_CBO:
    case OP_CSR: case OP_SYSTEM: case OP_FLW: case OP_FLD: case OP_FSW: case OP_FSD:
    case OP_MULH32: case OP_MULHSU32: case OP_MULHU32:
        return 0;
    default:
        return 1;
    }
}

/* Whether page offset off lies in a stretch the block already has. */
static bool covered(const Block *b, uint32_t off)
{
    for (int i = 0; i < b->nseg; i++) {
        if (off >= b->seg[i].off && off < b->seg[i].off + b->seg[i].bytes) {
            return true;
        }
    }
    return false;
}

/* Finds the block's extent from pc (host: its bytes in RAM). A jal to code
 * in the same page that the block does not have yet is followed (the
 * block goes on at its target), up to MAX_SEGS stretches. */
static void scan(Block *b, uint64_t pc, const uint8_t *host, bool rv32)
{
    b->n = 0;
    b->host = host;
    b->rv32 = rv32;
    b->end = END_STATIC;
    const uint8_t *page = host - (pc & 0xfff);
    uint32_t off = (uint32_t)pc & 0xfff;
    b->nseg = 1;
    b->seg[0].off = off;
    b->seg[0].bytes = 0;
    while (b->n < MAX_BLOCK && off < 4096) {
        uint32_t bits;
        memcpy(&bits, page + off, 4);   /* RAM has slack after it */
        DecodedInsn *d = &b->insn[b->n];
        decode_insn(d, bits, rv32 ? 32 : 64);
        int how = classify(d, rv32);
        if (d->len == 4 && off == 0xffe) {
            how = 0;                              /* straddles two pages */
        }
        if (how == 0) {
            b->end = END_INTERP;
            b->end_pc = pc;
            break;
        }
        b->pc[b->n++] = pc;
        off += d->len;
        b->seg[b->nseg - 1].bytes = off - b->seg[b->nseg - 1].off;
        uint64_t target = pc + (uint64_t)(int64_t)d->imm;
        pc = rv32 ? (pc + d->len) & 0xffffffffull : pc + d->len;
        if (rv32) {
            target &= 0xffffffffull;
        }
        if (d->op == OP_JAL && b->n < MAX_BLOCK && b->nseg < MAX_SEGS &&
            target >> 12 == b->pc[0] >> 12 && !covered(b, (uint32_t)target & 0xfff)) {
            pc = target;
            off = (uint32_t)target & 0xfff;
            b->seg[b->nseg].off = off;
            b->seg[b->nseg].bytes = 0;
            b->nseg++;
            continue;
        }
        if (how == 2) {
            b->end = d->op == OP_FENCE ? END_STATIC : END_CONTROL;
            break;
        }
    }
    if (b->end == END_STATIC) {
        b->end_pc = pc;
    }
}

/* The integer registers instruction d reads and writes (bit masks). */
static void uses(const DecodedInsn *d, uint64_t *rd_mask, uint64_t *rs_mask)
{
    *rd_mask = *rs_mask = 0;
    switch (d->op) {
    case OP_LUI: case OP_AUIPC: case OP_JAL: break;
    case OP_FP: case OP_FENCE: return;   /* FP works on h->x itself */
    case OP_AMO:   /* the address from rs1, the operand (h->x) rs2 */
        *rs_mask = 1ull << d->rs1 | 1ull << d->rs2;
        *rd_mask = 1ull << d->rd;
        return;
    default: *rs_mask |= 1ull << d->rs1; break;
    }
    bool two = is_store(d->op) || (d->op >= OP_BEQ && d->op <= OP_BGEU) ||
               (d->op >= OP_ADD && d->op <= OP_AND) || (d->op >= OP_ADDW && d->op <= OP_SRAW) ||
               (d->op >= OP_MUL && d->op <= OP_REMUW) || d->op == OP_ZB;
    if (two) {
        *rs_mask |= 1ull << d->rs2;
    }
    if (!is_store(d->op) && !(d->op >= OP_BEQ && d->op <= OP_BGEU)) {
        *rd_mask |= 1ull << d->rd;
    }
}

static uint64_t xpc(const Ctx *c, uint64_t pc);

/* Gives the block's most used registers a host register each; finds
 * whether the block loops to itself, and which cached registers it writes
 * before it reads them (not loaded at entry). */
static void allocate(Ctx *c)
{
    int count[33] = { 0 };
    for (int k = 0; k < c->b->n; k++) {
        uint64_t wr, rd;
        uses(&c->b->insn[k], &wr, &rd);
        for (int r = 1; r < 32; r++) {
            count[r] += (int)((rd >> r) & 1) + (int)((wr >> r) & 1);
        }
    }
    memset(c->host, -1, sizeof(c->host));
    for (int s = 0; s < NCACHE; s++) {
        int best = 0;
        for (int r = 1; r < 32; r++) {
            if (c->host[r] < 0 && count[r] > count[best]) {
                best = r;
            }
        }
        c->guest[s] = count[best] >= 2 ? best : 0;
        if (c->guest[s]) {
            c->host[best] = (int8_t)cache_regs[s];
        }
    }
    for (int k = 0; k < c->b->n; k++) {
        int op = c->b->insn[k].op;
        c->writes_memory |= is_store(op) || op == OP_AMO || op == OP_FP;
    }
    /* Does the block go back to its own start: a jump or branch to it, or
     * (once a jal was followed) a branch's fall-through or the block's end? */
    const Block *b = c->b;
    c->loops = b->end == END_STATIC && b->end_pc == b->pc[0];
    for (int k = 0; k < b->n; k++) {
        const DecodedInsn *d = &b->insn[k];
        bool branch = d->op >= OP_BEQ && d->op <= OP_BGEU;
        bool jump = (d->op == OP_JAL && k + 1 == b->n) || branch;
        uint64_t target = xpc(c, b->pc[k] + (uint64_t)(int64_t)d->imm);
        uint64_t next = xpc(c, b->pc[k] + d->len);
        c->loops |= (jump && target == b->pc[0]) || (branch && next == b->pc[0]);
    }
    /* One pass in order: a cached register whose first access is a
     * write is not loaded at entry (a non-looping block only, and not
     * after an FP or AMO helper, which may read any register through
     * h->x). A looping block starts with every cached register it writes
     * dirty: the body is reached again with what the last pass wrote
     * still unwritten, and the static picture must hold on every pass
     * (writing back an unchanged value is harmless). */
    uint64_t cached = 0, seen = 0;
    for (int r = 1; r < 32; r++) {
        cached |= c->host[r] >= 0 ? 1ull << r : 0;
    }
    c->dirty = 0;
    c->no_load = 0;
    for (int k = 0; k < c->b->n; k++) {
        uint64_t wr, rd;
        uses(&c->b->insn[k], &wr, &rd);
        int op = c->b->insn[k].op;
        if (op == OP_FP || op == OP_AMO) {
            rd = ~0ull;
        }
        if (c->loops) {
            c->dirty |= wr & cached;
        } else {
            c->no_load |= wr & ~rd & ~seen & cached;
        }
        seen |= rd | wr;
    }
}

/* reg = x[r]. */
static void get(Ctx *c, int reg, int r)
{
    if (r == 0) {
        x64_alu_rr(&c->a, ALU_XOR, reg, reg, false);
    } else if (c->host[r] >= 0) {
        if (c->host[r] != reg) {
            x64_mov_rr(&c->a, reg, c->host[r]);
        }
    } else {
        x64_load64(&c->a, reg, RBX, XOFF(r));
    }
}

/* x[r] = reg (x0 and the sink: nothing). */
static void put(Ctx *c, int r, int reg)
{
    if (r == 0 || r == REG_SINK) {
        return;
    }
    if (c->host[r] >= 0) {
        if (c->host[r] != reg) {
            x64_mov_rr(&c->a, c->host[r], reg);
        }
        c->dirty |= 1ull << r;
    } else {
        x64_store64(&c->a, RBX, XOFF(r), reg);
    }
}

/* dst op= x[r], from the cache register or memory (64-bit). */
static void alu_x(Ctx *c, enum X64Alu op, int dst, int r)
{
    if (r != 0 && c->host[r] >= 0) {
        x64_alu_rr(&c->a, op, dst, c->host[r], true);
    } else {
        x64_alu_rm(&c->a, op, dst, RBX, XOFF(r));   /* x[0] in memory reads 0 */
    }
}

/* The same on the low 32 bits (the W operations). */
static void alu_x32(Ctx *c, enum X64Alu op, int dst, int r)
{
    if (r != 0 && c->host[r] >= 0) {
        x64_alu_rr(&c->a, op, dst, c->host[r], false);
    } else {
        x64_alu_rm32(&c->a, op, dst, RBX, XOFF(r));
    }
}

/* Writes the cached registers in dirty back to h->x. */
static void write_back(Ctx *c, uint64_t dirty)
{
    for (int s = 0; s < NCACHE; s++) {
        int r = c->guest[s];
        if (r && ((dirty >> r) & 1)) {
            x64_store64(&c->a, RBX, XOFF(r), cache_regs[s]);
        }
    }
}

/* Loads the cached registers from h->x, but those in skip. */
static void load_cache(Ctx *c, uint64_t skip)
{
    for (int s = 0; s < NCACHE; s++) {
        if (c->guest[s] && !((skip >> c->guest[s]) & 1)) {
            x64_load64(&c->a, cache_regs[s], RBX, XOFF(c->guest[s]));
        }
    }
}

/* XLEN: a value (a link, auipc) is sign-extended from 32 bits on RV32,
 * and pcs and addresses are 32 bits wide (zero-extended). */
static uint64_t xval(const Ctx *c, uint64_t v)
{
    return c->b->rv32 ? (uint64_t)(int64_t)(int32_t)v : v;
}

static uint64_t xpc(const Ctx *c, uint64_t pc)
{
    return c->b->rv32 ? pc & 0xffffffffull : pc;
}

static void zext_addr(Ctx *c, int reg)
{
    if (c->b->rv32) {
        x64_op_reg(&c->a, false, false, 0x89, reg, reg);   /* mov r32, r32 */
    }
}

static void set_pc(X64 *a, uint64_t pc)
{
    x64_mov_imm(a, RCX, pc);
    x64_store64(a, RBX, HOFF(pc), RCX);
}

/* r15 -= n. */
static void instret_sub(X64 *a, int64_t n)
{
    if (n) {
        x64_alu_ri(a, ALU_SUB, REG_INSTRET, (int32_t)n, true);
    }
}

/* Calls fn (arguments already in rdi, rsi, rdx, rcx) with the cache
 * registers a call may clobber kept on the stack. */
static void call_abs(Ctx *c, const void *fn)
{
    X64 *a = &c->a;
    int pushed[NCACHE], n = 0;
    for (int s = NCACHE_SAVED; s < NCACHE; s++) {
        if (c->guest[s]) {
            pushed[n++] = cache_regs[s];
            x64_push(a, cache_regs[s]);
        }
    }
    if (n & 1) {
        x64_alu_ri(a, ALU_SUB, RSP, 8, true);   /* the call needs rsp 16-byte aligned */
    }
    x64_mov_imm(a, RAX, (uint64_t)(uintptr_t)fn);
    x64_call_reg(a, RAX);
    if (n & 1) {
        x64_alu_ri(a, ALU_ADD, RSP, 8, true);
    }
    while (n > 0) {
        x64_pop(a, pushed[--n]);
    }
}

/* The instructions after k in the block (retired at entry, given back
 * when the block leaves early). */
static int64_t later(const Ctx *c, int k)
{
    return c->b->n - (k + 1);
}

/* Before a helper for instruction k: h->pc and h->instret are the
 * instruction's, as the interpreter's SYNC makes them. */
static void sync_for_helper(Ctx *c, int k)
{
    X64 *a = &c->a;
    set_pc(a, c->b->pc[k]);
    x64_mov_rr(a, RCX, REG_INSTRET);
    if (later(c, k)) {
        x64_alu_ri(a, ALU_SUB, RCX, (int32_t)later(c, k), true);
    }
    x64_store64(a, RBX, HOFF(instret), RCX);
}

/* Leaves with h->jit_exit = why (the epilogue stores r15 to instret). */
static void emit_exit(X64 *a, uint32_t why)
{
    x64_store32_imm(a, RBX, HOFF(jit_exit), why);
    emit_jmp_to(a, g.epilogue);
}

/* After a helper that may end the slice (h->budget = 0): leave with the
 * instruction done and the later ones given back. */
static void after_helper(Ctx *c, int k, uint64_t dirty)
{
    X64 *a = &c->a;
    x64_alu_mi(a, ALU_CMP, RBX, HOFF(budget), 0);
    uint8_t *go = x64_jcc_fwd(a, CC_NE);
    write_back(c, dirty);
    instret_sub(a, later(c, k));
    set_pc(a, xpc(c, c->b->pc[k] + c->b->insn[k].len));
    emit_exit(a, JIT_EXIT_SLICE);
    x64_patch(a, go, a->p);
}

/* Compares the block's guest bytes with those it was translated from;
 * the jumps taken on a difference go into stale[]. Returns how many. */
static int emit_byte_check(Ctx *c, uint8_t **stale)
{
    X64 *a = &c->a;
    const Block *b = c->b;
    const uint8_t *page = b->host - (b->pc[0] & 0xfff);
    int n = 0;
    x64_mov_imm(a, RSI, (uint64_t)(uintptr_t)page);
    for (int s = 0; s < b->nseg; s++) {
        uint32_t i = b->seg[s].off, end = i + b->seg[s].bytes;
        for (; i + 8 <= end; i += 8) {
            uint64_t w;
            memcpy(&w, page + i, 8);
            x64_mov_imm(a, RAX, w);
            x64_alu_rm(a, ALU_CMP, RAX, RSI, (int32_t)i);
            stale[n++] = x64_jcc_fwd(a, CC_NE);
        }
        if (i + 4 <= end) {
            uint32_t w;
            memcpy(&w, page + i, 4);
            x64_cmp_mem32_imm(a, RSI, (int32_t)i, w);
            stale[n++] = x64_jcc_fwd(a, CC_NE);
            i += 4;
        }
        if (i < end) {
            uint16_t w;
            memcpy(&w, page + i, 2);
            x64_cmp_mem16_imm(a, RSI, (int32_t)i, w);
            stale[n++] = x64_jcc_fwd(a, CC_NE);
        }
    }
    return n;
}

/* The budget: r15 += N, compared with h->jit_end (above: the block does
 * not fit, and whoever goes on from there takes the N back off). */
static void emit_budget_add(Ctx *c)
{
    x64_alu_ri(&c->a, ALU_ADD, REG_INSTRET, c->b->n, true);
    x64_alu_rm(&c->a, ALU_CMP, REG_INSTRET, RBX, HOFF(jit_end));
}

/* Goes to the block at target: this block's loop head when it is this
 * block, else through the lookup table (emit_chain); the cache is written back first
 * unless the loop keeps it. */
static void exit_to(Ctx *c, uint64_t target)
{
    X64 *a = &c->a;
    if (target == c->b->pc[0]) {
        /* The loop head: the checks again, with the cache kept. A block
         * that stores nothing cannot have changed its own bytes since its
         * entry checked them (nothing else runs meanwhile): only the
         * budget then. */
        uint8_t *fail[MAX_CHECKS + 1];
        int n = c->writes_memory ? emit_byte_check(c, fail) : 0;
        /* Round again unless the budget ran out (then r15 -= N: the
         * entry's check takes it). */
        emit_budget_add(c);
        emit_jcc_to(a, CC_BE, c->body);
        x64_alu_ri(a, ALU_SUB, REG_INSTRET, c->b->n, true);
        /* A failed check: back to the entry's, with the cache written. */
        for (int j = 0; j < n; j++) {
            x64_patch(a, fail[j], a->p);
        }
        write_back(c, c->dirty);
        emit_jmp_to(a, c->entry);
        return;
    }
    write_back(c, c->dirty);
    if (target >> 12 == c->b->pc[0] >> 12) {
        /* Same page, so the same mapping whenever this block runs: a
         * direct jump, pointed at the target's block once jit_exec has
         * found it (until then it leaves through exit_link). */
        uint8_t *site = x64_jmp_fwd(a);
        x64_patch(a, site, a->p);
        x64_mov_imm(a, RAX, target);
        x64_mov_imm(a, RCX, (uint64_t)(uintptr_t)site);
        x64_store64(a, RBX, HOFF(jit_link), RCX);
        emit_jmp_to(a, g.exit_link);
        return;
    }
    x64_mov_imm(a, RAX, target);
    emit_chain(a);
}

/* rax = x[rs1] + imm: the access's virtual address. */
static void emit_va(Ctx *c, const DecodedInsn *d)
{
    if (d->rs1 != 0 && c->host[d->rs1] >= 0) {
        x64_lea(&c->a, RAX, c->host[d->rs1], d->imm);
    } else {
        get(c, RAX, d->rs1);
        if (d->imm) {
            x64_alu_ri(&c->a, ALU_ADD, RAX, d->imm, true);
        }
    }
    zext_addr(c, RAX);
}

static int access_size(int op)
{
    switch (op) {
    case OP_LB: case OP_LBU: case OP_SB: return 1;
    case OP_LH: case OP_LHU: case OP_SH: return 2;
    case OP_LW: case OP_LWU: case OP_SW: return 4;
    default: return 8;
    }
}

static bool sign_load(int op)
{
    return op == OP_LB || op == OP_LH || op == OP_LW;
}

/* Loads and stores: the soft TLB hit path inline (the interpreter's
 * DEFINE_LOAD/DEFINE_STORE), everything else out of line. */
static void emit_mem(Ctx *c, int k, Stub *stub)
{
    X64 *a = &c->a;
    const DecodedInsn *d = &c->b->insn[k];
    bool store = is_store(d->op);
    int size = access_size(d->op);
    int32_t set_off = store ? (int32_t)offsetof(TlbSet, write) : (int32_t)offsetof(TlbSet, read);
    stub->dirty = c->dirty;
    stub->k = k;
    emit_va(c, d);
    /* TLB_SIZE is 256: the index is the low byte of the page number. */
    x64_mov_rr(a, RCX, RAX);
    x64_shift_ri(a, SH_SHR, RCX, 12, true);
    x64_op_reg(a, false, true, 0xb6, RDX, RCX);        /* movzx edx, cl */
    x64_shift_ri(a, SH_SHL, RDX, 4, false);
    x64_alu_rm(a, ALU_ADD, RDX, RBX, HOFF(tlb_data));
    x64_alu_rm(a, ALU_CMP, RCX, RDX, set_off);
    stub->from[0] = x64_jcc_fwd(a, CC_NE);
    stub->from[1] = NULL;
    if (size > 1) {
        /* Misaligned accesses (rare) take the slow path, which also
         * handles one that crosses into the next page. */
        x64_byte(a, 0xa8);                             /* test al, size - 1 */
        x64_byte(a, (uint8_t)(size - 1));
        stub->from[1] = x64_jcc_fwd(a, CC_NE);
    }
    x64_alu_rm(a, ALU_ADD, RAX, RDX, set_off + 8);     /* the host address */
    if (store) {
        get(c, RCX, d->rs2);
        x64_store_n(a, RAX, 0, RCX, size);
    } else {
        int r = d->rd != REG_SINK && c->host[d->rd] >= 0 ? c->host[d->rd] : RAX;
        x64_load_ext(a, r, RAX, 0, size, sign_load(d->op));
        put(c, d->rd, r);
    }
    stub->resume = a->p;
}

/* The out-of-line part of a load or store (rax = va): the helper, with
 * the cache written back only on the way out. */
static void emit_mem_stub(Ctx *c, const Stub *s)
{
    X64 *a = &c->a;
    int k = s->k;
    const DecodedInsn *d = &c->b->insn[k];
    for (int i = 0; i < 2; i++) {
        if (s->from[i]) {
            x64_patch(a, s->from[i], a->p);
        }
    }
    uint64_t saved_dirty = c->dirty;
    c->dirty = s->dirty;
    sync_for_helper(c, k);
    bool store = is_store(d->op);
    int size = access_size(d->op);
    x64_mov_rr(a, RSI, RAX);
    x64_mov_rr(a, RDI, RBX);
    if (store) {
        get(c, RDX, d->rs2);
        x64_mov_imm(a, RCX, (uint64_t)size);
        call_abs(c, (const void *)helper_store);
    } else {
        x64_mov_imm(a, RDX, (uint64_t)(size | (sign_load(d->op) ? 16 : 0)));
        call_abs(c, (const void *)helper_load);
    }
    x64_alu_rr(a, ALU_OR, RAX, RAX, false);
    uint8_t *ok = x64_jcc_fwd(a, CC_NE);
    write_back(c, c->dirty);
    instret_sub(a, later(c, k));
    emit_jmp_to(a, c->trap_tail);
    x64_patch(a, ok, a->p);
    if (!store) {
        x64_load64(a, RAX, RBX, HOFF(jit_val));
        put(c, d->rd, RAX);
    }
    after_helper(c, k, c->dirty);
    emit_jmp_to(a, s->resume);
    c->dirty = saved_dirty;
}

/* x[rd] = x[rs1] op x[rs2] / imm for the integer operations. */
static bool emit_alu(Ctx *c, const DecodedInsn *d)
{
    X64 *a = &c->a;
    int op = d->op;
    int32_t imm = d->imm;
    DecodedInsn swapped;
    if ((op == OP_ADD || op == OP_XOR || op == OP_OR || op == OP_AND || op == OP_ADDW ||
         op == OP_MUL || op == OP_MULW) && d->rs2 == d->rd && d->rs1 != d->rd) {
        /* rd = rs1 op rd, commutative: as rd op= rs1, in rd's register */
        swapped = *d;
        swapped.rs1 = d->rs2;
        swapped.rs2 = d->rs1;
        d = &swapped;
    }
    static const struct { int op; enum X64Alu alu; bool w; bool use_imm; } simple[] = {
        { OP_ADDI, ALU_ADD, true, true }, { OP_XORI, ALU_XOR, true, true },
        { OP_ORI, ALU_OR, true, true }, { OP_ANDI, ALU_AND, true, true },
        { OP_ADD, ALU_ADD, true, false }, { OP_SUB, ALU_SUB, true, false },
        { OP_XOR, ALU_XOR, true, false }, { OP_OR, ALU_OR, true, false },
        { OP_AND, ALU_AND, true, false }, { OP_ADDIW, ALU_ADD, false, true },
        { OP_ADDW, ALU_ADD, false, false }, { OP_SUBW, ALU_SUB, false, false },
    };
    if (d->rd == REG_SINK) {
        return true;   /* no side effects: only x0 would change */
    }
    int rd_reg = c->host[d->rd] >= 0 ? c->host[d->rd] : RAX;
    if ((op == OP_SUB || op == OP_SUBW) && d->rs1 == 0) {
        /* neg (negw): one instruction on rd's register */
        get(c, rd_reg, d->rs2);
        x64_f7(a, 3, rd_reg, op == OP_SUB);
        if (op == OP_SUBW) {
            x64_movsxd(a, rd_reg, rd_reg);
        }
        put(c, d->rd, rd_reg);
        return true;
    }
    if (op == OP_ADDIW && imm == 0 && d->rs1 != 0 && c->host[d->rs1] >= 0) {
        /* sext.w: one movsxd from rs1's register */
        x64_movsxd(a, rd_reg, c->host[d->rs1]);
        put(c, d->rd, rd_reg);
        return true;
    }
    for (size_t i = 0; i < sizeof(simple) / sizeof(simple[0]); i++) {
        if (simple[i].op != op) {
            continue;
        }
        /* Work in rd's host register when it has one (x86's two-operand
         * form), unless that would overwrite rs2 before it is read. */
        int w = RAX;
        if (c->host[d->rd] >= 0 &&
            (simple[i].use_imm || d->rs2 != d->rd || d->rs1 == d->rd)) {
            w = c->host[d->rd];
        }
        get(c, w, d->rs1);
        if (simple[i].use_imm) {
            /* x + 0, x | 0, x ^ 0 are x (addiw rd, rs, 0 is sext.w: the
             * movsxd below alone); x & 0 is not */
            if (imm || simple[i].alu == ALU_AND) {
                x64_alu_ri(a, simple[i].alu, w, imm, simple[i].w);
            }
        } else if (simple[i].w) {
            alu_x(c, simple[i].alu, w, d->rs2);
        } else {
            alu_x32(c, simple[i].alu, w, d->rs2);
        }
        if (!simple[i].w) {
            x64_movsxd(a, w, w);
        }
        put(c, d->rd, w);
        return true;
    }
    switch (op) {
    case OP_LUI:
        x64_mov_imm(a, RAX, (uint64_t)(int64_t)imm);
        break;
    case OP_SLTI: case OP_SLTIU:
        get(c, RAX, d->rs1);
        x64_alu_ri(a, ALU_CMP, RAX, imm, true);
        x64_setcc_zx(a, op == OP_SLTI ? CC_L : CC_B, RAX);
        break;
    case OP_SLT: case OP_SLTU:
        get(c, RAX, d->rs1);
        alu_x(c, ALU_CMP, RAX, d->rs2);
        x64_setcc_zx(a, op == OP_SLT ? CC_L : CC_B, RAX);
        break;
    case OP_SLLI: case OP_SRLI: case OP_SRAI:
    case OP_SLLIW: case OP_SRLIW: case OP_SRAIW: {
        bool w = op == OP_SLLI || op == OP_SRLI || op == OP_SRAI;
        enum X64Shift sh = (op == OP_SLLI || op == OP_SLLIW) ? SH_SHL
                         : (op == OP_SRLI || op == OP_SRLIW) ? SH_SHR : SH_SAR;
        int r = c->host[d->rd] >= 0 ? c->host[d->rd] : RAX;
        get(c, r, d->rs1);
        if (imm) {
            x64_shift_ri(a, sh, r, imm, w);
        }
        if (!w) {
            x64_movsxd(a, r, r);
        }
        put(c, d->rd, r);
        return true;
    }
    case OP_SLL: case OP_SRL: case OP_SRA: case OP_SLLW: case OP_SRLW: case OP_SRAW: {
        bool w = op == OP_SLL || op == OP_SRL || op == OP_SRA;
        enum X64Shift sh = (op == OP_SLL || op == OP_SLLW) ? SH_SHL
                         : (op == OP_SRL || op == OP_SRLW) ? SH_SHR : SH_SAR;
        get(c, RCX, d->rs2);
        get(c, RAX, d->rs1);
        x64_shift_cl(a, sh, RAX, w);
        if (!w) {
            x64_movsxd(a, RAX, RAX);
        }
        break;
    }
    case OP_MUL: case OP_MULW: {
        /* In rd's register: rs2 is not rd there, or rs1 is too (swapped above) */
        int w = rd_reg;
        get(c, w, d->rs1);
        if (d->rs2 != 0 && c->host[d->rs2] >= 0) {
            x64_imul_rr(a, w, c->host[d->rs2], op == OP_MUL);
        } else {
            x64_imul_rm(a, w, RBX, XOFF(d->rs2), op == OP_MUL);
        }
        if (op == OP_MULW) {
            x64_movsxd(a, w, w);
        }
        put(c, d->rd, w);
        return true;
    }
    case OP_MULH: case OP_MULHU:
        get(c, RAX, d->rs1);
        get(c, RCX, d->rs2);
        x64_mul_wide(a, RCX, op == OP_MULH);
        x64_mov_rr(a, RAX, RDX);
        break;
    case OP_MULHSU:
        /* high(signed a * unsigned b) = mulhu(a, b) - (a < 0 ? b : 0) */
        get(c, RAX, d->rs1);
        get(c, RCX, d->rs2);
        x64_mul_wide(a, RCX, false);
        get(c, RAX, d->rs1);
        x64_shift_ri(a, SH_SAR, RAX, 63, true);
        x64_alu_rr(a, ALU_AND, RAX, RCX, true);
        x64_alu_rr(a, ALU_SUB, RDX, RAX, true);
        x64_mov_rr(a, RAX, RDX);
        break;
    case OP_DIV: case OP_DIVU: case OP_REM: case OP_REMU:
    case OP_DIVW: case OP_DIVUW: case OP_REMW: case OP_REMUW: {
        static const int which[] = { [OP_DIV] = DR_DIV, [OP_DIVU] = DR_DIVU, [OP_REM] = DR_REM,
                                     [OP_REMU] = DR_REMU, [OP_DIVW] = DR_DIVW,
                                     [OP_DIVUW] = DR_DIVUW, [OP_REMW] = DR_REMW,
                                     [OP_REMUW] = DR_REMUW };
        bool wide = op == OP_DIV || op == OP_DIVU || op == OP_REM || op == OP_REMU;
        bool sign = op == OP_DIV || op == OP_REM || op == OP_DIVW || op == OP_REMW;
        bool rem = op == OP_REM || op == OP_REMU || op == OP_REMW || op == OP_REMUW;
        /* The host's divide, but for a zero divisor and (signed) -1, whose
         * defined results (M extension §13.2) the helper gives. */
        get(c, RAX, d->rs1);
        get(c, RCX, d->rs2);
        x64_op_reg(a, wide, false, 0x85, RCX, RCX);          /* test rcx, rcx */
        uint8_t *zero = x64_jcc_fwd(a, CC_E), *minus1 = NULL;
        if (sign) {
            x64_alu_ri(a, ALU_CMP, RCX, -1, wide);
            minus1 = x64_jcc_fwd(a, CC_E);
            x64_sign_extend_rax(a, wide);
        } else {
            x64_alu_rr(a, ALU_XOR, RDX, RDX, false);
        }
        x64_f7(a, sign ? 7 : 6, RCX, wide);
        if (rem) {
            x64_mov_rr(a, RAX, RDX);
        }
        if (!wide) {
            x64_movsxd(a, RAX, RAX);
        }
        uint8_t *done = x64_jmp_fwd(a);
        x64_patch(a, zero, a->p);
        if (minus1) {
            x64_patch(a, minus1, a->p);
        }
        x64_mov_rr(a, RDI, RAX);
        x64_mov_rr(a, RSI, RCX);
        x64_mov_imm(a, RDX, (uint64_t)which[op]);
        call_abs(c, (const void *)helper_divrem);
        x64_patch(a, done, a->p);
        break;
    }
    case OP_ZB:
        get(c, RDI, d->rs1);
        get(c, RSI, d->rs2);
        x64_mov_imm(a, RDX, (uint32_t)imm);
        x64_mov_imm(a, RCX, c->b->rv32 ? 32 : 64);
        call_abs(c, (const void *)helper_zb);
        break;
    default:
        return false;
    }
    put(c, d->rd, RAX);
    return true;
}

/* FP operations: the interpreter's fpu_execute for this one instruction
 * (it reads and writes h->x: the cache is written back before and loaded
 * after); when it refuses (FS off, a bad rounding mode) the interpreter
 * runs the instruction and raises the exception. */
static void emit_fp(Ctx *c, int k)
{
    X64 *a = &c->a;
    write_back(c, c->dirty);
    c->dirty = 0;
    x64_mov_rr(a, RDI, RBX);
    x64_mov_imm(a, RSI, (uint32_t)c->b->insn[k].imm);
    call_abs(c, (const void *)helper_fp);
    x64_alu_rr(a, ALU_OR, RAX, RAX, false);
    uint8_t *ok = x64_jcc_fwd(a, CC_NE);
    set_pc(a, c->b->pc[k]);
    instret_sub(a, later(c, k) + 1);
    emit_exit(a, JIT_EXIT_INTERP);
    x64_patch(a, ok, a->p);
    load_cache(c, 0);
}

/* AMOs and LR/SC: system.c's exec_amo (it reads x[rs2] from h->x). */
static void emit_amo(Ctx *c, int k)
{
    X64 *a = &c->a;
    const DecodedInsn *d = &c->b->insn[k];
    write_back(c, c->dirty);
    c->dirty = 0;
    sync_for_helper(c, k);
    get(c, RDX, d->rs1);
    zext_addr(c, RDX);
    x64_mov_rr(a, RDI, RBX);
    x64_mov_imm(a, RSI, (uint32_t)d->imm);
    call_abs(c, (const void *)helper_amo);
    x64_alu_ri(a, ALU_CMP, RAX, 1, false);
    uint8_t *done = x64_jcc_fwd(a, CC_E);
    instret_sub(a, later(c, k));
    instret_sub(a, 1);                            /* it did not retire */
    x64_alu_rr(a, ALU_OR, RAX, RAX, false);
    uint8_t *illegal = x64_jcc_fwd(a, CC_NE);
    emit_exit(a, JIT_EXIT_TRAP);
    x64_patch(a, illegal, a->p);
    emit_exit(a, JIT_EXIT_INTERP);                /* illegal: the interpreter raises it */
    x64_patch(a, done, a->p);
    x64_load64(a, RAX, RBX, HOFF(jit_val));
    put(c, d->rd, RAX);
    after_helper(c, k, c->dirty);
}

static void emit_control(Ctx *c, int k)
{
    X64 *a = &c->a;
    const DecodedInsn *d = &c->b->insn[k];
    uint64_t pc = c->b->pc[k], next = xpc(c, pc + d->len);
    uint64_t target = xpc(c, pc + (uint64_t)(int64_t)d->imm);
    switch (d->op) {
    case OP_JAL:
        if (d->rd != REG_SINK) {
            x64_mov_imm(a, RAX, xval(c, next));
            put(c, d->rd, RAX);
        }
        if (k + 1 < c->b->n) {
            return;   /* followed (scan): the block goes on at the target */
        }
        exit_to(c, target);
        return;
    case OP_JALR:
        get(c, RDX, d->rs1);
        if (d->imm) {
            x64_alu_ri(a, ALU_ADD, RDX, d->imm, true);
        }
        x64_alu_ri(a, ALU_AND, RDX, -2, true);
        zext_addr(c, RDX);
        if (d->rd != REG_SINK) {
            x64_mov_imm(a, RCX, xval(c, next));
            put(c, d->rd, RCX);
        }
        write_back(c, c->dirty);
        x64_mov_rr(a, RAX, RDX);
        emit_chain(a);
        return;
    case OP_FENCE:
        exit_to(c, next);
        return;
    default: {
        enum X64Cond cc = d->op == OP_BEQ ? CC_E : d->op == OP_BNE ? CC_NE
                        : d->op == OP_BLT ? CC_L : d->op == OP_BGE ? CC_GE
                        : d->op == OP_BLTU ? CC_B : CC_AE;
        if (d->rs1 != 0 && c->host[d->rs1] < 0 && d->rs2 != 0 && c->host[d->rs2] >= 0) {
            /* rs1 in memory: cmp [x(rs1)], rs2 has the flags of rs1 - rs2 */
            x64_cmp_mr(a, RBX, XOFF(d->rs1), c->host[d->rs2]);
        } else {
            int r = RAX;
            if (d->rs1 != 0 && c->host[d->rs1] >= 0) {
                r = c->host[d->rs1];
            } else {
                get(c, RAX, d->rs1);
            }
            if (d->rs2 == 0) {
                x64_test_rr(a, r, r);   /* the flags of cmp r, 0 */
            } else {
                alu_x(c, ALU_CMP, r, d->rs2);
            }
        }
        if (target == c->b->pc[0]) {
            /* A loop: its head's checks fall straight through from the
             * branch, so a round takes one jump back. */
            uint8_t *out = x64_jcc_fwd(a, (enum X64Cond)(cc ^ 1));
            exit_to(c, target);
            x64_patch(a, out, a->p);
            exit_to(c, next);
            return;
        }
        uint8_t *taken = x64_jcc_fwd(a, cc);
        exit_to(c, next);
        x64_patch(a, taken, a->p);
        exit_to(c, target);
        return;
    }
    }
}

/* Maps the buffer's next POPULATE_STEP bytes in both views at once when
 * the next block could reach them: one call instead of a page fault per
 * 4 KiB page on each view. (Without MADV_POPULATE_*, Linux < 5.14, the
 * pages fault in as they are used.) */
#define POPULATE_STEP ((size_t)1 << 20)
static void populate(void)
{
#ifdef MADV_POPULATE_WRITE
    while (g.used + BLOCK_ROOM > g.populated && g.populated < CODE_SIZE && g.rw != g.rx) {
        madvise(g.rw + g.populated, POPULATE_STEP, MADV_POPULATE_WRITE);
        madvise(g.rx + g.populated, POPULATE_STEP, MADV_POPULATE_READ);
        g.populated += POPULATE_STEP;
    }
#endif
}

/* Debugging: the block's x86-64 code to DIR/PC-ADDRESS.bin (PC the guest
 * pc, ADDRESS where the code runs), for objdump -D -b binary -mi386:x86-64. */
static void dump_block(const Block *b, const uint8_t *code, size_t len)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/%llx-%lx.bin", g.dump_dir, (unsigned long long)b->pc[0],
             (unsigned long)(uintptr_t)to_rx(code));
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(code, 1, len, f);
        fclose(f);
    }
}

/* Emits block b at the buffer's end. Returns its executable address, or
 * NULL when it did not fit. */
static const uint8_t *emit_block(const Block *b)
{
    if (g.used + BLOCK_ROOM > CODE_SIZE) {
        return NULL;
    }
    populate();
    static Ctx c;
    c = (Ctx){ .a = { g.rw + g.used, g.rw + g.used + BLOCK_ROOM, false }, .b = b };
    X64 *a = &c.a;
    allocate(&c);
    c.entry = a->p;
    uint8_t *stale[MAX_CHECKS];
    int nstale = emit_byte_check(&c, stale);
    emit_budget_add(&c);
    uint8_t *budget = x64_jcc_fwd(a, CC_A);
    load_cache(&c, c.no_load);
    c.body = a->p;
    Stub stubs[MAX_BLOCK];
    int nstubs = 0;
    for (int k = 0; k < b->n; k++) {
        const DecodedInsn *d = &b->insn[k];
        if (is_load(d->op) || is_store(d->op)) {
            emit_mem(&c, k, &stubs[nstubs++]);
        } else if (d->op == OP_FP) {
            emit_fp(&c, k);
        } else if (d->op == OP_AMO) {
            emit_amo(&c, k);
        } else if (classify(d, b->rv32) == 2) {
            emit_control(&c, k);
        } else if (d->op == OP_AUIPC) {
            if (d->rd != REG_SINK) {
                x64_mov_imm(a, RAX, xval(&c, b->pc[k] + (uint64_t)(int64_t)d->imm));
                put(&c, d->rd, RAX);
            }
        } else if (!emit_alu(&c, d)) {
            return NULL;   /* classify and emit_alu disagree: a bug, run interpreted */
        }
    }
    if (b->end == END_STATIC) {
        exit_to(&c, b->end_pc);
    } else if (b->end == END_INTERP) {
        write_back(&c, c.dirty);
        set_pc(a, b->end_pc);
        emit_exit(a, JIT_EXIT_INTERP);
    }
    /* The out-of-line code: the trap tail the loads and stores share,
     * then their slow paths. */
    c.trap_tail = a->p;
    instret_sub(a, 1);
    emit_exit(a, JIT_EXIT_TRAP);
    for (int i = 0; i < nstubs; i++) {
        emit_mem_stub(&c, &stubs[i]);
    }
    for (int i = 0; i < nstale; i++) {
        x64_patch(a, stale[i], a->p);
    }
    set_pc(a, b->pc[0]);
    emit_exit(a, JIT_EXIT_STALE);
    x64_patch(a, budget, a->p);
    instret_sub(a, b->n);
    set_pc(a, b->pc[0]);
    emit_exit(a, JIT_EXIT_BUDGET);
    if (a->overflow) {
        return NULL;
    }
    g.used = (size_t)(a->p - g.rw);
    g.stats.blocks++;
    if (g.perf_map) {
        fprintf(g.perf_map, "%lx %lx guest_%llx_%d\n", (unsigned long)(uintptr_t)to_rx(c.entry),
                (unsigned long)(a->p - c.entry), (unsigned long long)b->pc[0], b->n);
        fflush(g.perf_map);
    }
    if (g.dump_dir) {
        dump_block(b, c.entry, (size_t)(a->p - c.entry));
    }
    return to_rx(c.entry);
}

/* Points the jump whose rel32 is at site (writable address) at the block
 * whose executable address is code. */
static void link_jump(uint8_t *site, const uint8_t *code)
{
    const uint8_t *target = g.rw + (code - g.rx);
    int32_t rel = (int32_t)(target - (site + 4));
    memcpy(site, &rel, 4);
}

/* The host address of the code at pc, NULL when it is not in RAM or
 * cannot be fetched (the interpreter then raises the fault). */
static const uint8_t *fetch_host(Hart *h, uint64_t pc)
{
    const TlbEntry *e = &h->tlb_fetch->fetch[(pc >> 12) & (TLB_SIZE - 1)];
    if (e->tag == pc >> 12) {
        return (const uint8_t *)(uintptr_t)(pc + e->addend);
    }
    uint64_t pa;
    uint8_t *p;
    uint64_t cause = h->trap_cause, tval = h->trap_tval;
    bool ok = mmu_access(h, pc, 2, ACCESS_FETCH, &pa, &p);
    h->trap_cause = cause, h->trap_tval = tval;
    return ok ? p : NULL;
}

/* The block for pc: from the map, or translated now (replace: the one in
 * the map went stale). NULL when the interpreter runs it (*cold: the
 * block's length while it is cold, else 1). */
static const uint8_t *find_block(Hart *h, uint64_t pc, bool replace, int *cold)
{
    *cold = 1;
    const uint8_t *host = fetch_host(h, pc);
    if (!host || (pc & 1)) {
        return NULL;
    }
    bool rv32 = h->xlen == 32;
    uint64_t key = pc | rv32;   /* pcs are even: bit 0 tells RV32 code apart */
    MapEntry *m = map_slot(host, key);
    static Block b;
    if (m->host && !replace) {
        if (m->code || m->never) {
            return m->code;
        }
        if (++m->runs < hot_runs) {
            *cold = m->len;
            return NULL;
        }
    } else if (!m->host) {
        if (g.map_used >= ((size_t)1 << MAP_BITS) * 3 / 4) {
            jit_flush();
            m = map_slot(host, key);
        }
        scan(&b, pc, host, rv32);
        g.map_used++;
        *m = (MapEntry){ .host = host, .pc = key, .runs = 1, .len = (uint8_t)b.n,
                         .never = b.n == 0 };
        *cold = b.n ? b.n : 1;
        if (hot_runs > 1 || m->never) {
            return NULL;
        }
    }
    if (g.used + BLOCK_ROOM > CODE_SIZE) {
        jit_flush();
        return NULL;   /* the next lookup starts the page's blocks afresh */
    }
    const uint8_t *old = m->code;
    scan(&b, pc, host, rv32);
    const uint8_t *code = b.n ? emit_block(&b) : NULL;
    if (old && code) {
        /* Jumps linked to the stale block reach the new one. */
        uint8_t *w = g.rw + (old - g.rx);
        w[0] = 0xe9;
        link_jump(w + 1, code);
    }
    *m = (MapEntry){ .host = host, .pc = key, .code = code, .len = (uint8_t)b.n,
                     .never = !code };
    return code;
}

/* --- running ------------------------------------------------------------------ */

/* After a TLB flush (or the code buffer's): no entry may hit any more. */
static void retire_tables(Jit *j, Hart *h)
{
    j->key_gen = (j->key_gen + 1) % KEY_GENS;
    if (j->key_gen == 0 || j->flush_gen != g.flush_gen) {
        for (int t = 0; t < 3; t++) {
            for (uint32_t i = 0; i <= TAB_MASK; i++) {
                j->tab[t][i].key = UINT64_MAX;
            }
        }
    }
    h->jit_key = (uint64_t)j->key_gen << KEY_SHIFT;
    j->tlb_gen = h->tlb_gen;
    j->flush_gen = g.flush_gen;
    memset(j->code_pages, 0, sizeof(j->code_pages));
}

static uint32_t page_hash(uint64_t vpn)
{
    return (uint32_t)((vpn * 0x9e3779b97f4a7c15ull) >> (64 - PAGE_FILTER_BITS));
}

void jit_flush_page(Hart *h, uint64_t vaddr)
{
    Jit *j = h->jit;
    uint64_t vpn = vaddr >> 12;
    uint32_t bit = page_hash(vpn);
    if (!j || !((j->code_pages[bit / 64] >> (bit % 64)) & 1)) {
        return;
    }
    /* The page's pcs fill half the table, from index (vpn << 11) & mask. */
    uint32_t first = (uint32_t)(vpn << 11) & TAB_MASK;
    for (int t = 0; t < 3; t++) {
        for (uint32_t i = 0; i < 2048; i++) {
            TabEntry *e = &j->tab[t][(first + i) & TAB_MASK];
            if (((e->key ^ h->jit_key) >> 12) == vpn) {
                e->key = UINT64_MAX;
            }
        }
    }
}

/* The interpreter for at most n instructions; returns how many it
 * dispatched. A slice it ends stays ended (h->budget = 0). */
static int64_t interp(Hart *h, int64_t n)
{
    int64_t saved = h->budget;
    h->budget = n;
    int64_t ran = exec_interp(h);
    g.stats.interpreted += (uint64_t)ran;
    if (h->budget != 0) {
        h->budget = saved;
    }
    return ran;
}

int64_t jit_exec(Hart *h)
{
    Jit *j = h->jit;
    /* The interpreter: armed triggers, and single steps (--trace,
     * the gdb stub), so those behave exactly as without the translator. */
    if (!j || h->trig.armed || h->budget <= 1) {
        return exec_interp(h);
    }
    typedef void (*EnterFn)(Hart *, const uint8_t *);
    EnterFn enter = (EnterFn)(uintptr_t)to_rx(g.enter);
    const int64_t limit = h->budget;
    const uint64_t start = h->instret;
    int64_t extra = 0;   /* dispatched but not retired (traps) */
    h->jit_link = NULL;  /* (a link only follows the exit that asked for it) */
    for (;;) {
        int64_t spent = (int64_t)(h->instret - start) + extra;
        int64_t left = limit - spent;
        if (left <= 0 || h->budget == 0) {
            return spent;
        }
        if (j->tlb_gen != h->tlb_gen || j->flush_gen != g.flush_gen) {
            retire_tables(j, h);
        }
        TabEntry *tab = j->tab[tlb_index(h->priv)];
        uint64_t pc = h->pc;
        TabEntry *e = &tab[(pc >> 1) & TAB_MASK];
        const uint8_t *code = e->key == (pc ^ h->jit_key) ? e->code : NULL;
        if (!code) {
            int cold;
            code = find_block(h, pc, false, &cold);
            if (j->flush_gen != g.flush_gen) {
                retire_tables(j, h);
            }
            if (!code) {
                h->jit_link = NULL;
                uint64_t i0 = h->instret;
                extra += interp(h, cold < left ? cold : left) - (int64_t)(h->instret - i0);
                continue;
            }
            *e = (TabEntry){ .key = pc ^ h->jit_key, .code = code };
            uint32_t bit = page_hash(pc >> 12);
            j->code_pages[bit / 64] |= 1ull << (bit % 64);
        }
        if (h->jit_link) {
            link_jump(h->jit_link, code);
            h->jit_link = NULL;
        }
        h->jit_end = h->instret + (uint64_t)left;
        h->jit_table = tab;
        h->jit_exit = JIT_EXIT_LOOKUP;
        h->jit_link = NULL;
        enter(h, code);
        uint64_t i0 = h->instret;
        switch (h->jit_exit) {
        case JIT_EXIT_STALE:
            g.stats.stale++;
            e = &tab[(h->pc >> 1) & TAB_MASK];
            e->key = UINT64_MAX;
            int ignored;
            find_block(h, h->pc, true, &ignored);
            break;
        case JIT_EXIT_BUDGET:
            extra += interp(h, (int64_t)(h->jit_end - h->instret)) - (int64_t)(h->instret - i0);
            break;
        case JIT_EXIT_INTERP:
            /* (the block may have used the whole budget before it) */
            if (h->jit_end > h->instret) {
                extra += interp(h, 1) - (int64_t)(h->instret - i0);
            }
            break;
        case JIT_EXIT_TRAP:
            h->x[REG_SINK] = 0;
            extra++;
            hart_take_trap(h, h->trap_cause, h->trap_tval);
            break;
        default:
            break;   /* LOOKUP: h->pc is set; SLICE: h->budget is 0 */
        }
    }
}

#else   /* not an x86-64 Linux host: the interpreter runs everything */

bool jit_supported(void)
{
    return false;
}

Jit *jit_create(void)
{
    return NULL;
}

void jit_destroy(Jit *j)
{
    (void)j;
}

int64_t jit_exec(Hart *h)
{
    return exec_interp(h);
}

void jit_stats(JitStats *s)
{
    memset(s, 0, sizeof(*s));
}

void jit_flush(void)
{
}

void jit_set_hot_runs(unsigned runs)
{
    (void)runs;
}

void jit_flush_page(Hart *h, uint64_t vaddr)
{
    (void)h, (void)vaddr;
}

#endif
