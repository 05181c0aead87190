/* The interpreter: fetch, decode and execute RV64GC instructions
 * (unprivileged spec chapters 2-16, privileged spec chapter 3 for SYSTEM).
 *
 * Hot path: fetch, loads and stores hit the soft TLB, which holds host
 * pointers, and touch guest RAM directly; everything else (TLB misses,
 * MMIO, page walks, traps) leaves through the slow paths in mmu.c/csr.c. */
#include "fpu.h"
#include "hart_priv.h"
#include "rvc.h"
#include "zb.h"

#define RD(i) (((i) >> 7) & 31)
#define RS1(i) (((i) >> 15) & 31)
#define RS2(i) (((i) >> 20) & 31)
#define FUNCT3(i) (((i) >> 12) & 7)
#define FUNCT7(i) ((i) >> 25)

/* Immediates (unprivileged spec §2.3); the sign comes from bit 31. */
static inline int64_t imm_i(uint32_t i) { return (int32_t)i >> 20; }
static inline int64_t imm_u(uint32_t i) { return (int32_t)(i & 0xfffff000u); }

static inline int64_t imm_s(uint32_t i)
{
    uint32_t u = ((i >> 20) & 0xfe0) | ((i >> 7) & 31);
    return (int64_t)(int32_t)(u << 20) >> 20;
}

static inline int64_t imm_b(uint32_t i)
{
    uint32_t u = ((i >> 19) & 0x1000) | ((i << 4) & 0x800) | ((i >> 20) & 0x7e0) |
                 ((i >> 7) & 0x1e);
    return (int64_t)(int32_t)(u << 19) >> 19;
}

static inline int64_t imm_j(uint32_t i)
{
    uint32_t u = ((i >> 11) & 0x100000) | (i & 0xff000) | ((i >> 9) & 0x800) |
                 ((i >> 20) & 0x7fe);
    return (int64_t)(int32_t)(u << 11) >> 11;
}

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

/* Fetches the instruction at pc; *len becomes 2 or 4. */
static inline bool fetch(Hart *h, uint64_t pc, uint32_t *insn)
{
    const TlbEntry *e = &h->tlb_fetch->fetch[(pc >> 12) & (TLB_SIZE - 1)];
    if (likely(e->tag == pc >> 12)) {
        const uint8_t *p = (const uint8_t *)(uintptr_t)(pc + e->addend);
        uint16_t lo;
        memcpy(&lo, p, 2);
        if ((lo & 3) != 3) {
            *insn = lo;
            return true;
        }
        if (likely((pc & 0xfff) <= 0xffc)) {
            memcpy(insn, p, 4);
            return true;
        }
    }
    uint32_t lo, hi;
    if (!mmu_fetch16_slow(h, pc, &lo))
        return false;
    if ((lo & 3) != 3) {
        *insn = lo;
        return true;
    }
    if (!mmu_fetch16_slow(h, pc + 2, &hi))
        return false;
    *insn = lo | hi << 16;
    return true;
}

static uint64_t exec_op(uint32_t insn, uint64_t a, uint64_t b, bool *ok)
{
    switch (FUNCT7(insn) << 3 | FUNCT3(insn)) {
    case 0x000: return a + b;
    case 0x100: return a - b;
    case 0x001: return a << (b & 63);
    case 0x002: return (int64_t)a < (int64_t)b;
    case 0x003: return a < b;
    case 0x004: return a ^ b;
    case 0x005: return a >> (b & 63);
    case 0x105: return (uint64_t)((int64_t)a >> (b & 63));
    case 0x006: return a | b;
    case 0x007: return a & b;
    /* M extension (chapter 7) */
    case 0x008: return a * b;
    case 0x009: return (uint64_t)(((__int128)(int64_t)a * (int64_t)b) >> 64);
    case 0x00a: return (uint64_t)(((__int128)(int64_t)a * (unsigned __int128)b) >> 64);
    case 0x00b: return (uint64_t)(((unsigned __int128)a * b) >> 64);
    case 0x00c:
        if (b == 0)
            return UINT64_MAX;
        if ((int64_t)a == INT64_MIN && (int64_t)b == -1)
            return a;
        return (uint64_t)((int64_t)a / (int64_t)b);
    case 0x00d: return b == 0 ? UINT64_MAX : a / b;
    case 0x00e:
        if (b == 0)
            return a;
        if ((int64_t)a == INT64_MIN && (int64_t)b == -1)
            return 0;
        return (uint64_t)((int64_t)a % (int64_t)b);
    case 0x00f: return b == 0 ? a : a % b;
    default:
        *ok = false;
        return 0;
    }
}

static uint64_t exec_op32(uint32_t insn, uint64_t a64, uint64_t b64, bool *ok)
{
    uint32_t a = (uint32_t)a64, b = (uint32_t)b64;
    int32_t r;
    switch (FUNCT7(insn) << 3 | FUNCT3(insn)) {
    case 0x000: r = (int32_t)(a + b); break;
    case 0x100: r = (int32_t)(a - b); break;
    case 0x001: r = (int32_t)(a << (b & 31)); break;
    case 0x005: r = (int32_t)(a >> (b & 31)); break;
    case 0x105: r = (int32_t)a >> (b & 31); break;
    case 0x008: r = (int32_t)(a * b); break;
    case 0x00c:
        if (b == 0)
            r = -1;
        else if ((int32_t)a == INT32_MIN && (int32_t)b == -1)
            r = INT32_MIN;
        else
            r = (int32_t)a / (int32_t)b;
        break;
    case 0x00d: r = b == 0 ? -1 : (int32_t)(a / b); break;
    case 0x00e:
        if (b == 0)
            r = (int32_t)a;
        else if ((int32_t)a == INT32_MIN && (int32_t)b == -1)
            r = 0;
        else
            r = (int32_t)a % (int32_t)b;
        break;
    case 0x00f: r = b == 0 ? (int32_t)a : (int32_t)(a % b); break;
    default:
        *ok = false;
        return 0;
    }
    return (uint64_t)(int64_t)r;
}

static bool exec_op_imm(uint32_t insn, uint64_t a, uint64_t *r)
{
    int64_t imm = imm_i(insn);
    uint32_t shamt = (insn >> 20) & 63;
    switch (FUNCT3(insn)) {
    case 0: *r = a + (uint64_t)imm; return true;
    case 1:
        if (insn >> 26)
            return false;
        *r = a << shamt;
        return true;
    case 2: *r = (int64_t)a < imm; return true;
    case 3: *r = a < (uint64_t)imm; return true;
    case 4: *r = a ^ (uint64_t)imm; return true;
    case 5:
        if ((insn >> 26) == 0x10) {
            *r = (uint64_t)((int64_t)a >> shamt);
            return true;
        }
        if (insn >> 26)
            return false;
        *r = a >> shamt;
        return true;
    case 6: *r = a | (uint64_t)imm; return true;
    default: *r = a & (uint64_t)imm; return true;
    }
}

static bool exec_op_imm32(uint32_t insn, uint64_t a64, uint64_t *r)
{
    uint32_t a = (uint32_t)a64, shamt = (insn >> 20) & 31;
    switch (FUNCT3(insn)) {
    case 0: *r = (uint64_t)(int64_t)(int32_t)(a + (uint32_t)imm_i(insn)); return true;
    case 1:
        if (FUNCT7(insn))
            return false;
        *r = (uint64_t)(int64_t)(int32_t)(a << shamt);
        return true;
    case 5:
        if (FUNCT7(insn) == 0x20) {
            *r = (uint64_t)(int64_t)((int32_t)a >> shamt);
            return true;
        }
        if (FUNCT7(insn))
            return false;
        *r = (uint64_t)(int64_t)(int32_t)(a >> shamt);
        return true;
    default:
        return false;
    }
}

static bool branch_taken(uint32_t insn, uint64_t a, uint64_t b, bool *ok)
{
    switch (FUNCT3(insn)) {
    case 0: return a == b;
    case 1: return a != b;
    case 4: return (int64_t)a < (int64_t)b;
    case 5: return (int64_t)a >= (int64_t)b;
    case 6: return a < b;
    case 7: return a >= b;
    default: *ok = false; return false;
    }
}

static bool exec_load(Hart *h, uint32_t insn, uint64_t va, uint64_t *v, bool *ok)
{
    switch (FUNCT3(insn)) {
    case 0: return load_i8(h, va, v);
    case 1: return load_i16(h, va, v);
    case 2: return load_i32(h, va, v);
    case 3: return load_u64(h, va, v);
    case 4: return load_u8(h, va, v);
    case 5: return load_u16(h, va, v);
    case 6: return load_u32(h, va, v);
    default: *ok = false; return false;
    }
}

static bool exec_store(Hart *h, uint32_t insn, uint64_t va, uint64_t v, bool *ok)
{
    switch (FUNCT3(insn)) {
    case 0: return store_u8(h, va, v);
    case 1: return store_u16(h, va, v);
    case 2: return store_u32(h, va, v);
    case 3: return store_u64(h, va, v);
    default: *ok = false; return false;
    }
}

/* A (chapter 8): the whole AMO is one read-modify-write on the host. */
static uint64_t amo_compute(uint32_t f5, uint64_t old, uint64_t src, bool word, bool *ok)
{
    int64_t so = word ? (int32_t)old : (int64_t)old, ss = word ? (int32_t)src : (int64_t)src;
    uint64_t uo = word ? (uint32_t)old : old, us = word ? (uint32_t)src : src;
    switch (f5) {
    case 0x00: return old + src;
    case 0x01: return src;
    case 0x04: return old ^ src;
    case 0x08: return old | src;
    case 0x0c: return old & src;
    case 0x10: return so < ss ? old : src;
    case 0x14: return so > ss ? old : src;
    case 0x18: return uo < us ? old : src;
    case 0x1c: return uo > us ? old : src;
    default: *ok = false; return 0;
    }
}

static bool exec_amo(Hart *h, uint32_t insn, bool *ok)
{
    uint32_t f5 = insn >> 27;
    int size = FUNCT3(insn) == 2 ? 4 : FUNCT3(insn) == 3 ? 8 : 0;
    uint64_t va = h->x[RS1(insn)];
    if (!size || (f5 == 0x02 && RS2(insn))) {
        *ok = false;
        return false;
    }
    if (va & (uint64_t)(size - 1)) {
        hart_raise(h, f5 == 0x02 ? CAUSE_MISALIGNED_LOAD : CAUSE_MISALIGNED_STORE, va);
        return false;
    }
    uint64_t v;
    if (f5 == 0x02) { /* LR */
        if (!(size == 4 ? load_i32(h, va, &v) : load_u64(h, va, &v)))
            return false;
        h->reservation = va;
        h->x[RD(insn)] = v;
        return true;
    }
    if (f5 == 0x03) { /* SC */
        bool hit = h->reservation == va;
        h->reservation = UINT64_MAX;
        if (hit && !mmu_store_slow(h, va, size, h->x[RS2(insn)]))
            return false;
        h->x[RD(insn)] = !hit;
        return true;
    }
    uint64_t pa;
    uint8_t *p;
    if (!mmu_access(h, va, size, ACCESS_WRITE, &pa, &p))
        return false;
    if (!p) {
        hart_raise(h, CAUSE_STORE_ACCESS, va); /* no AMOs on MMIO */
        return false;
    }
    uint64_t old = 0;
    memcpy(&old, p, (size_t)size);
    uint64_t nv = amo_compute(f5, old, h->x[RS2(insn)], size == 4, ok);
    if (!*ok)
        return false;
    memcpy(p, &nv, (size_t)size);
    h->x[RD(insn)] = size == 4 ? (uint64_t)(int64_t)(int32_t)old : old;
    return true;
}

/* Zicsr (chapter 9): csrrw with rd = x0 does not read; csrrs/csrrc with
 * rs1 = x0 do not write, so read-only CSRs can be read with them. */
static bool exec_csr(Hart *h, uint32_t insn)
{
    uint32_t csr = insn >> 20, f3 = FUNCT3(insn), rs1 = RS1(insn);
    uint64_t src = (f3 & 4) ? rs1 : h->x[rs1];
    bool is_swap = (f3 & 3) == 1;
    bool reads = !is_swap || RD(insn) != 0;
    bool writes = is_swap || rs1 != 0;
    uint64_t old = 0;
    if (reads && !csr_read(h, csr, &old))
        return false;
    if (writes) {
        uint64_t nv = is_swap ? src : (f3 & 3) == 2 ? old | src : old & ~src;
        if (!csr_write(h, csr, nv))
            return false;
    }
    h->x[RD(insn)] = old;
    return true;
}

/* SYSTEM with funct3 = 0: ecall, ebreak, xret, wfi, sfence.vma. Returns
 * false with a trap raised; *jumped when pc was set by the instruction. */
static bool exec_system(Hart *h, uint32_t insn, bool *jumped)
{
    if (FUNCT7(insn) == 0x09 && RD(insn) == 0) { /* sfence.vma */
        if (h->priv == PRV_U || (h->priv == PRV_S && (h->mstatus & MSTATUS_TVM)))
            goto illegal;
        if (RS1(insn))
            mmu_flush_page(h, h->x[RS1(insn)]);
        else
            hart_tlb_flush(h);
        return true;
    }
    switch (insn) {
    case 0x00000073:
        hart_raise(h, CAUSE_ECALL_U + (uint64_t)h->priv, 0);
        return false;
    case 0x00100073:
        hart_raise(h, CAUSE_BREAKPOINT, h->pc);
        return false;
    case 0x30200073:
        if (!hart_mret(h))
            goto illegal;
        *jumped = true;
        return true;
    case 0x10200073:
        if (!hart_sret(h))
            goto illegal;
        *jumped = true;
        return true;
    case 0x10500073: /* wfi (priv spec §3.3.3) */
        if (h->priv == PRV_U || (h->priv == PRV_S && (h->mstatus & MSTATUS_TW)))
            goto illegal;
        if (!hart_irq_pending(h)) {
            h->wfi = true;
            h->budget = 0;
        }
        return true;
    default:
        break;
    }
illegal:
    hart_raise(h, CAUSE_ILLEGAL_INSN, insn);
    return false;
}

static bool exec_fp_mem(Hart *h, uint32_t insn, bool *ok)
{
    if (!(h->mstatus & MSTATUS_FS)) {
        *ok = false;
        return false;
    }
    bool is_load = (insn & 0x7f) == 0x07;
    uint64_t va = h->x[RS1(insn)] + (uint64_t)(is_load ? imm_i(insn) : imm_s(insn));
    uint64_t v;
    switch (FUNCT3(insn) | (is_load ? 8 : 0)) {
    case 8 | 2:
        if (!load_u32(h, va, &v))
            return false;
        h->f[RD(insn)] = v | 0xffffffff00000000ull; /* NaN-box (§12.2) */
        hart_fs_dirty(h);
        return true;
    case 8 | 3:
        if (!load_u64(h, va, &v))
            return false;
        h->f[RD(insn)] = v;
        hart_fs_dirty(h);
        return true;
    case 2: return store_u32(h, va, h->f[RS2(insn)]);
    case 3: return store_u64(h, va, h->f[RS2(insn)]);
    default: *ok = false; return false;
    }
}

/* Executes one instruction at h->pc. Returns false when it trapped (the
 * trap is pending in h). */
static inline bool step(Hart *h)
{
    uint64_t pc = h->pc;
    uint32_t insn;
    if (unlikely(!fetch(h, pc, &insn)))
        return false;
    uint64_t next = pc + 4;
    uint32_t raw = insn;
    if ((insn & 3) != 3) {
        insn = rvc_expand((uint16_t)insn, h->xlen);
        next = pc + 2;
        if (!insn)
            goto illegal;
    }
    uint64_t *x = h->x;
    bool ok = true, jumped = false;
    uint64_t v;
    switch (insn & 0x7f) {
    case 0x37: x[RD(insn)] = (uint64_t)imm_u(insn); break;
    case 0x17: x[RD(insn)] = pc + (uint64_t)imm_u(insn); break;
    case 0x6f:
        x[RD(insn)] = next;
        next = pc + (uint64_t)imm_j(insn);
        break;
    case 0x67: {
        uint64_t target = (x[RS1(insn)] + (uint64_t)imm_i(insn)) & ~1ull;
        if (FUNCT3(insn))
            goto illegal;
        x[RD(insn)] = next;
        next = target;
        break;
    }
    case 0x63:
        if (branch_taken(insn, x[RS1(insn)], x[RS2(insn)], &ok))
            next = pc + (uint64_t)imm_b(insn);
        if (!ok)
            goto illegal;
        break;
    case 0x03:
        if (!exec_load(h, insn, x[RS1(insn)] + (uint64_t)imm_i(insn), &v, &ok))
            goto fault;
        x[RD(insn)] = v;
        break;
    case 0x23:
        if (!exec_store(h, insn, x[RS1(insn)] + (uint64_t)imm_s(insn), x[RS2(insn)], &ok))
            goto fault;
        break;
    case 0x13:
        if (!exec_op_imm(insn, x[RS1(insn)], &v) &&
            !zb_execute(insn, x[RS1(insn)], 0, h->xlen, &v))
            goto illegal;
        x[RD(insn)] = v;
        break;
    case 0x1b:
        if (!exec_op_imm32(insn, x[RS1(insn)], &v) &&
            !zb_execute(insn, x[RS1(insn)], 0, h->xlen, &v))
            goto illegal;
        x[RD(insn)] = v;
        break;
    case 0x33:
        v = exec_op(insn, x[RS1(insn)], x[RS2(insn)], &ok);
        if (!ok && !zb_execute(insn, x[RS1(insn)], x[RS2(insn)], h->xlen, &v))
            goto illegal;
        x[RD(insn)] = v;
        break;
    case 0x3b:
        v = exec_op32(insn, x[RS1(insn)], x[RS2(insn)], &ok);
        if (!ok && !zb_execute(insn, x[RS1(insn)], x[RS2(insn)], h->xlen, &v))
            goto illegal;
        x[RD(insn)] = v;
        break;
    case 0x0f: /* fence, fence.i: one hart, no decode cache: nothing to do */
        if (FUNCT3(insn) > 1)
            goto illegal;
        break;
    case 0x2f:
        if (!exec_amo(h, insn, &ok))
            goto fault;
        break;
    case 0x73:
        if (FUNCT3(insn) == 0) {
            if (!exec_system(h, insn, &jumped))
                return false;
        } else if (FUNCT3(insn) == 4 || !exec_csr(h, insn)) {
            goto illegal;
        }
        break;
    case 0x07: case 0x27:
        if (!exec_fp_mem(h, insn, &ok))
            goto fault;
        break;
    case 0x43: case 0x47: case 0x4b: case 0x4f: case 0x53:
        if (!fpu_execute(h, insn))
            goto illegal;
        break;
    default:
        goto illegal;
    }
    if (!jumped)
        h->pc = next;
    h->instret++;
    return true;
fault:
    if (ok)
        return false;
illegal:
    hart_raise(h, CAUSE_ILLEGAL_INSN, raw);
    return false;
}

void hart_init(Hart *h, const HartBus *bus, uint64_t hartid, uint64_t reset_pc)
{
    memset(h, 0, sizeof(*h));
    h->bus = *bus;
    h->xlen = 64;
    h->priv = PRV_M;
    h->pc = reset_pc;
    h->mhartid = hartid;
    /* MXL=64, extensions A C D F I M S U */
    h->misa = (2ull << 62) | (1 << 0) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 8) |
              (1 << 12) | (1 << 18) | (1 << 20);
    h->mstatus = (2ull << 32) | (2ull << 34);
    h->stimecmp = UINT64_MAX;
    h->reservation = UINT64_MAX;
    hart_tlb_flush(h);
    hart_update_tlb_sets(h);
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
        int64_t n = 0;
        while (n < h->budget) {
            n++;
            h->x[0] = 0;
            if (unlikely(!step(h))) {
                h->x[0] = 0;
                h->trap_pending = false;
                hart_take_trap(h, h->trap_cause, h->trap_tval);
            }
        }
        h->x[0] = 0;
        done += n;
    }
    return done;
}
