/* The interpreter (unprivileged spec chapters 2-16 and 28).
 *
 * Instructions are decoded once (decode.c) into the decoded-instruction
 * cache (codecache.c) and dispatched with computed goto. The loop keeps the
 * current code page: straight-line code and jumps within a page reach their
 * next decoded instruction with an index, and only a page change looks up
 * the fetch TLB. Before use, an entry's source bits are compared with RAM,
 * so code written by the hart or by DMA is decoded afresh.
 * Loads and stores that hit the soft TLB touch guest RAM through its host
 * pointer; everything else leaves through the slow paths in mmu.c, csr.c
 * and system.c. */
#include "fpu.h"
#include "hart_priv.h"
#include "zb.h"

/* Loads and stores: TLB hit inside one page → direct host access. */
#define DEFINE_LOAD(name, type)                                                     \
    static inline bool name(Hart *h, uint64_t va, uint64_t *v)                      \
    {                                                                               \
        const TlbEntry *e = &h->tlb_data->read[(va >> 12) & (TLB_SIZE - 1)];       \
        if (likely(e->tag == va >> 12 && (va & 0xfff) <= 4096 - sizeof(type))) {    \
            type t;                                                                 \
            memcpy(&t, (void *)(uintptr_t)(va + e->addend), sizeof(type));          \
            *v = (uint64_t)t;                                                       \
            return true;                                                            \
        }                                                                           \
        uint64_t raw;                                                               \
        if (!mmu_load_slow(h, va, sizeof(type), &raw))                              \
            return false;                                                           \
        *v = (uint64_t)(type)raw;                                                   \
        return true;                                                                \
    }
DEFINE_LOAD(load_i8, int8_t)
DEFINE_LOAD(load_u8, uint8_t)
DEFINE_LOAD(load_i16, int16_t)
DEFINE_LOAD(load_u16, uint16_t)
DEFINE_LOAD(load_i32, int32_t)
DEFINE_LOAD(load_u32, uint32_t)
DEFINE_LOAD(load_u64, uint64_t)

#define DEFINE_STORE(name, type)                                                    \
    static inline bool name(Hart *h, uint64_t va, uint64_t v)                       \
    {                                                                               \
        const TlbEntry *e = &h->tlb_data->write[(va >> 12) & (TLB_SIZE - 1)];      \
        if (likely(e->tag == va >> 12 && (va & 0xfff) <= 4096 - sizeof(type))) {    \
            type t = (type)v;                                                       \
            memcpy((void *)(uintptr_t)(va + e->addend), &t, sizeof(type));          \
            return true;                                                            \
        }                                                                           \
        return mmu_store_slow(h, va, sizeof(type), v);                              \
    }
DEFINE_STORE(store_u8, uint8_t)
DEFINE_STORE(store_u16, uint16_t)
DEFINE_STORE(store_u32, uint32_t)
DEFINE_STORE(store_u64, uint64_t)

static inline uint64_t sext32(uint64_t v) { return (uint64_t)(int64_t)(int32_t)v; }

static uint64_t div64(int64_t a, int64_t b)
{
    if (b == 0)
        return UINT64_MAX;
    if (a == INT64_MIN && b == -1)
        return (uint64_t)a;
    return (uint64_t)(a / b);
}

static uint64_t rem64(int64_t a, int64_t b)
{
    if (b == 0)
        return (uint64_t)a;
    if (a == INT64_MIN && b == -1)
        return 0;
    return (uint64_t)(a % b);
}

static uint64_t div32(int32_t a, int32_t b)
{
    if (b == 0)
        return UINT64_MAX;
    if (a == INT32_MIN && b == -1)
        return sext32((uint32_t)a);
    return sext32((uint32_t)(a / b));
}

static uint64_t rem32(int32_t a, int32_t b)
{
    if (b == 0)
        return sext32((uint32_t)a);
    if (a == INT32_MIN && b == -1)
        return 0;
    return sext32((uint32_t)(a % b));
}

/* Fetches and decodes the instruction at pc into *d without the cache (code
 * outside RAM, such as the boot ROM, or straddling two pages). */
static bool decode_uncached(Hart *h, uint64_t pc, DecodedInsn *d)
{
    uint32_t lo, hi = 0;
    if (!mmu_fetch16_slow(h, pc, &lo))
        return false;
    if ((lo & 3) == 3 && !mmu_fetch16_slow(h, pc + 2, &hi))
        return false;
    decode_insn(d, lo | hi << 16, h->xlen);
    return true;
}

/* Finds the decoded page for the code page holding pc: *host becomes the
 * host address of that page, NULL when the page is not cacheable (not RAM,
 * or the cache is out of memory). False on a fetch fault. */
static bool code_page_lookup(Hart *h, uint64_t pc, CodePage **page, const uint8_t **host)
{
    const TlbEntry *e = &h->tlb_fetch->fetch[(pc >> 12) & (TLB_SIZE - 1)];
    uint8_t *p;
    if (likely(e->tag == pc >> 12)) {
        p = (uint8_t *)(uintptr_t)((pc & ~0xfffull) + e->addend);
    } else {
        uint64_t pa;
        if (!mmu_access(h, pc, 2, ACCESS_FETCH, &pa, &p))
            return false;
        if (p)
            p -= pc & 0xfff;
    }
    *host = p;
    *page = p ? codecache_page(&h->code, (uint64_t)(p - h->bus.ram) >> 12) : NULL;
    if (!*page)
        *host = NULL;
    return true;
}

/* Runs instructions until h->budget of them have been dispatched (events
 * that need the outer loop set h->budget to 0). Returns the number run.
 * Each operation ends with its own copy of the dispatch sequence (threaded
 * code), which lets the host predict each indirect jump separately. */
static int64_t exec_block(Hart *h)
{
    static const void *const labels[OP_COUNT] = {
#define DECODE_LABEL(name) [OP_##name] = &&do_##name,
        DECODE_OPS(DECODE_LABEL)
#undef DECODE_LABEL
    };
    uint64_t *const x = h->x;
    const uint64_t pc_mask = h->xlen == 32 ? 0xffffffffull : ~0ull;
    const bool rv32 = h->xlen == 32;
    uint64_t pc = h->pc;
    uint64_t page_vpn = UINT64_MAX;
    CodePage *page = NULL;
    const uint8_t *host = NULL;
    DecodedInsn *d;
    DecodedInsn tmp;
    uint64_t v, va;
    int64_t n = 0;
    uint64_t instret0 = h->instret;

/* The common case: same code page, budget left, entry still matches RAM. */
#define DISPATCH()                                                                  \
    do {                                                                            \
        if (unlikely((pc >> 12) != page_vpn || n >= h->budget))                     \
            goto next;                                                              \
        n++;                                                                        \
        uint32_t off_ = (uint32_t)pc & 0xfff, bits_;                                \
        memcpy(&bits_, host + off_, 4);                                             \
        d = &page->insn[off_ >> 1];                                                 \
        if (unlikely(d->check != bits_))                                            \
            goto redecode;                                                          \
        goto *labels[d->op];                                                        \
    } while (0)
#define NEXT() do { pc = (pc + d->len) & pc_mask; DISPATCH(); } while (0)
#define JUMP(target) do { pc = (target) & pc_mask; DISPATCH(); } while (0)
#define SYNC() do { h->pc = pc; h->instret = instret0 + (uint64_t)n; } while (0)
#define RESYNC() do { pc = h->pc; instret0 = h->instret - (uint64_t)n; page_vpn = UINT64_MAX; } \
    while (0)
#define INSN ((uint32_t)d->imm)
#define RAW (d->check & (d->len == 2 ? 0xffffu : ~0u))

next:
    if (unlikely(n >= h->budget))
        goto out;
    if (unlikely((pc >> 12) != page_vpn)) {
        h->pc = pc;
        if (!code_page_lookup(h, pc, &page, &host)) {
            n++;
            goto trap;
        }
        page_vpn = host ? pc >> 12 : UINT64_MAX;
    }
    if (likely(host))
        DISPATCH();
    n++;
    h->pc = pc;
    if (!decode_uncached(h, pc, &tmp))
        goto trap;
    d = &tmp;
    goto *labels[d->op];

redecode: {
    uint32_t off = (uint32_t)pc & 0xfff, bits;
    memcpy(&bits, host + off, 4);
    decode_insn(d, bits, h->xlen);
    if (off == 0xffe && d->len == 4)
        d->op = OP_CROSS; /* straddles two pages: fetched afresh each time */
    goto *labels[d->op];
}
do_DECODE:
    /* A fresh slot whose RAM word happens to equal its zeroed check. */
    goto redecode;
do_CROSS:
    h->pc = pc;
    if (!decode_uncached(h, pc, &tmp))
        goto trap;
    d = &tmp;
    goto *labels[d->op];
do_ILLEGAL:
    goto illegal;

do_LUI: x[d->rd] = (uint64_t)(int64_t)d->imm; NEXT();
do_AUIPC:
    v = pc + (uint64_t)(int64_t)d->imm;
    x[d->rd] = rv32 ? sext32(v) : v;
    NEXT();
do_JAL:
    v = pc + d->len;
    x[d->rd] = rv32 ? sext32(v) : v;
    JUMP(pc + (uint64_t)(int64_t)d->imm);
do_JALR:
    va = (x[d->rs1] + (uint64_t)(int64_t)d->imm) & ~1ull;
    v = pc + d->len;
    x[d->rd] = rv32 ? sext32(v) : v;
    JUMP(va);
do_BEQ: if (x[d->rs1] == x[d->rs2]) JUMP(pc + (uint64_t)(int64_t)d->imm); NEXT();
do_BNE: if (x[d->rs1] != x[d->rs2]) JUMP(pc + (uint64_t)(int64_t)d->imm); NEXT();
do_BLT:
    if ((int64_t)x[d->rs1] < (int64_t)x[d->rs2]) JUMP(pc + (uint64_t)(int64_t)d->imm);
    NEXT();
do_BGE:
    if ((int64_t)x[d->rs1] >= (int64_t)x[d->rs2]) JUMP(pc + (uint64_t)(int64_t)d->imm);
    NEXT();
do_BLTU: if (x[d->rs1] < x[d->rs2]) JUMP(pc + (uint64_t)(int64_t)d->imm); NEXT();
do_BGEU: if (x[d->rs1] >= x[d->rs2]) JUMP(pc + (uint64_t)(int64_t)d->imm); NEXT();

#define ADDR() ((x[d->rs1] + (uint64_t)(int64_t)d->imm) & pc_mask)
#define LOAD_OP(fn) do { h->pc = pc; if (!fn(h, ADDR(), &v)) goto trap; x[d->rd] = v; NEXT(); } \
    while (0)
#define STORE_OP(fn) do { h->pc = pc; if (!fn(h, ADDR(), x[d->rs2])) goto trap; NEXT(); } \
    while (0)
do_LB: LOAD_OP(load_i8);
do_LH: LOAD_OP(load_i16);
do_LW: LOAD_OP(load_i32);
do_LD: LOAD_OP(load_u64);
do_LBU: LOAD_OP(load_u8);
do_LHU: LOAD_OP(load_u16);
do_LWU: LOAD_OP(load_u32);
do_SB: STORE_OP(store_u8);
do_SH: STORE_OP(store_u16);
do_SW: STORE_OP(store_u32);
do_SD: STORE_OP(store_u64);

#define IMM ((uint64_t)(int64_t)d->imm)
#define A x[d->rs1]
#define B x[d->rs2]
do_ADDI: x[d->rd] = A + IMM; NEXT();
do_SLTI: x[d->rd] = (int64_t)A < (int64_t)IMM; NEXT();
do_SLTIU: x[d->rd] = A < IMM; NEXT();
do_XORI: x[d->rd] = A ^ IMM; NEXT();
do_ORI: x[d->rd] = A | IMM; NEXT();
do_ANDI: x[d->rd] = A & IMM; NEXT();
do_SLLI: x[d->rd] = A << d->imm; NEXT();
do_SRLI: x[d->rd] = A >> d->imm; NEXT();
do_SRAI: x[d->rd] = (uint64_t)((int64_t)A >> d->imm); NEXT();
do_ADD: x[d->rd] = A + B; NEXT();
do_SUB: x[d->rd] = A - B; NEXT();
do_SLL: x[d->rd] = A << (B & 63); NEXT();
do_SLT: x[d->rd] = (int64_t)A < (int64_t)B; NEXT();
do_SLTU: x[d->rd] = A < B; NEXT();
do_XOR: x[d->rd] = A ^ B; NEXT();
do_SRL: x[d->rd] = A >> (B & 63); NEXT();
do_SRA: x[d->rd] = (uint64_t)((int64_t)A >> (B & 63)); NEXT();
do_OR: x[d->rd] = A | B; NEXT();
do_AND: x[d->rd] = A & B; NEXT();
do_ADDIW: x[d->rd] = sext32(A + IMM); NEXT();
do_SLLIW: x[d->rd] = sext32((uint32_t)A << d->imm); NEXT();
do_SRLIW: x[d->rd] = sext32((uint32_t)A >> d->imm); NEXT();
do_SRAIW: x[d->rd] = (uint64_t)(int64_t)((int32_t)A >> d->imm); NEXT();
do_ADDW: x[d->rd] = sext32(A + B); NEXT();
do_SUBW: x[d->rd] = sext32(A - B); NEXT();
do_SLLW: x[d->rd] = sext32((uint32_t)A << (B & 31)); NEXT();
do_SRLW: x[d->rd] = sext32((uint32_t)A >> (B & 31)); NEXT();
do_SRAW: x[d->rd] = (uint64_t)(int64_t)((int32_t)A >> (B & 31)); NEXT();
do_MUL: x[d->rd] = A * B; NEXT();
do_MULH: x[d->rd] = (uint64_t)(((__int128)(int64_t)A * (int64_t)B) >> 64); NEXT();
do_MULHSU:
    x[d->rd] = (uint64_t)(((__int128)(int64_t)A * (unsigned __int128)B) >> 64);
    NEXT();
do_MULHU: x[d->rd] = (uint64_t)(((unsigned __int128)A * B) >> 64); NEXT();
do_DIV: x[d->rd] = div64((int64_t)A, (int64_t)B); NEXT();
do_DIVU: x[d->rd] = B ? A / B : UINT64_MAX; NEXT();
do_REM: x[d->rd] = rem64((int64_t)A, (int64_t)B); NEXT();
do_REMU: x[d->rd] = B ? A % B : A; NEXT();
do_MULW: x[d->rd] = sext32(A * B); NEXT();
do_DIVW: x[d->rd] = div32((int32_t)A, (int32_t)B); NEXT();
do_DIVUW:
    x[d->rd] = (uint32_t)B ? sext32((uint32_t)A / (uint32_t)B) : UINT64_MAX;
    NEXT();
do_REMW: x[d->rd] = rem32((int32_t)A, (int32_t)B); NEXT();
do_REMUW:
    x[d->rd] = sext32((uint32_t)B ? (uint32_t)A % (uint32_t)B : (uint32_t)A);
    NEXT();
do_MULH32: x[d->rd] = sext32((uint64_t)((int64_t)(int32_t)A * (int32_t)B) >> 32); NEXT();
do_MULHSU32:
    x[d->rd] = sext32((uint64_t)((int64_t)(int32_t)A * (int64_t)(uint32_t)B) >> 32);
    NEXT();
do_MULHU32: x[d->rd] = sext32(((uint64_t)(uint32_t)A * (uint32_t)B) >> 32); NEXT();
do_ZB:
    if (!zb_execute(INSN, A, B, h->xlen, &v))
        goto illegal;
    x[d->rd] = v;
    NEXT();

do_FENCE: NEXT(); /* one hart, and decoded code is checked against RAM */
do_CBO:
    SYNC();
    if (!exec_cbo(h, INSN, x[d->rs1] & pc_mask, RAW))
        goto trap;
    NEXT();
do_AMO: {
    SYNC();
    int r = exec_amo(h, INSN, x[d->rs1] & pc_mask, &v);
    if (r < 0)
        goto illegal;
    if (r == 0)
        goto trap;
    x[d->rd] = v;
    NEXT();
}
do_CSR:
    SYNC();
    if (!exec_csr(h, INSN, d->rd == REG_SINK, &v))
        goto illegal;
    x[d->rd] = v;
    RESYNC();
    page_vpn = UINT64_MAX; /* satp, mstatus or PMP may have moved */
    NEXT();
do_SYSTEM: {
    SYNC();
    int r = exec_system(h, INSN, RAW);
    if (r == 0)
        goto trap;
    RESYNC();
    if (r == 2)
        goto next; /* xRET set h->pc */
    NEXT();
}
do_FLW: do_FLD:
    if (!(h->mstatus & MSTATUS_FS))
        goto illegal;
    h->pc = pc;
    if (!(d->op == OP_FLW ? load_u32(h, ADDR(), &v) : load_u64(h, ADDR(), &v)))
        goto trap;
    h->f[d->rd] = d->op == OP_FLW ? v | 0xffffffff00000000ull : v; /* §12.2 */
    hart_fs_dirty(h);
    NEXT();
do_FSW: do_FSD:
    if (!(h->mstatus & MSTATUS_FS))
        goto illegal;
    h->pc = pc;
    if (!(d->op == OP_FSW ? store_u32(h, ADDR(), h->f[d->rs2])
                          : store_u64(h, ADDR(), h->f[d->rs2])))
        goto trap;
    NEXT();
do_FP:
    if (!fpu_execute(h, INSN))
        goto illegal;
    NEXT();

illegal:
    h->pc = pc;
    hart_raise(h, CAUSE_ILLEGAL_INSN, RAW);
trap:
    h->x[REG_SINK] = 0;
    h->trap_pending = false;
    h->instret = instret0 + (uint64_t)n - 1; /* the trapping instruction did not retire */
    hart_take_trap(h, h->trap_cause, h->trap_tval);
    RESYNC();
    goto next;
out:
    h->pc = pc;
    h->instret = instret0 + (uint64_t)n;
    return n;
#undef NEXT
#undef JUMP
#undef SYNC
#undef RESYNC
#undef DISPATCH
#undef INSN
#undef RAW
#undef ADDR
#undef LOAD_OP
#undef STORE_OP
#undef IMM
#undef A
#undef B
}

void hart_init(Hart *h, const HartBus *bus, uint64_t hartid, uint64_t reset_pc, int xlen)
{
    memset(h, 0, sizeof(*h));
    h->bus = *bus;
    h->xlen = xlen;
    h->priv = PRV_M;
    h->pc = reset_pc;
    h->mhartid = hartid;
    /* MXL, extensions A C D F I M S U */
    uint64_t ext = (1 << 0) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 8) | (1 << 12) |
                   (1 << 18) | (1 << 20);
    h->misa = xlen == 32 ? (1ull << 30) | ext : (2ull << 62) | ext;
    h->mstatus = xlen == 32 ? 0 : (2ull << 32) | (2ull << 34);
    h->stimecmp = UINT64_MAX;
    h->reservation = UINT64_MAX;
    codecache_init(&h->code, bus->ram_size);
    hart_tlb_flush(h);
    hart_update_tlb_sets(h);
}

void hart_free(Hart *h)
{
    codecache_free(&h->code);
}

int64_t hart_run(Hart *h, int64_t max_insns)
{
    int64_t done = 0;
    while (done < max_insns) {
        hart_check_interrupts(h);
        if (h->wfi) {
            if (!hart_irq_pending(h))
                break;
            h->wfi = false;
        }
        h->budget = max_insns - done;
        done += exec_block(h);
    }
    return done;
}
