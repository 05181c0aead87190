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
#include "jit/jit.h"
#include "pmp.h"
#include "zb.h"

/* Loads and stores: TLB hit inside one page → direct host access.
 * They return MEM_FAST or MEM_SLOW when done, 0 after raising a trap; the
 * slow path may have reached a device that ended the slice (h->budget). */
enum { MEM_FAST = 1, MEM_SLOW = 2 };

#define DEFINE_LOAD(name, type)                                                     \
    static inline int name(Hart *h, uint64_t va, uint64_t *v)                       \
    {                                                                               \
        const TlbEntry *e = &h->tlb_data->read[(va >> 12) & (TLB_SIZE - 1)];       \
        if (likely(e->tag == va >> 12 && (va & 0xfff) <= 4096 - sizeof(type))) {    \
            type t;                                                                 \
            memcpy(&t, (void *)(uintptr_t)(va + e->addend), sizeof(type));          \
            *v = (uint64_t)t;                                                       \
            return MEM_FAST;                                                        \
        }                                                                           \
        uint64_t raw;                                                               \
        if (!mmu_load_slow(h, va, sizeof(type), &raw))                              \
            return 0;                                                               \
        *v = (uint64_t)(type)raw;                                                   \
        return MEM_SLOW;                                                            \
    }
DEFINE_LOAD(load_i8, int8_t)
DEFINE_LOAD(load_u8, uint8_t)
DEFINE_LOAD(load_i16, int16_t)
DEFINE_LOAD(load_u16, uint16_t)
DEFINE_LOAD(load_i32, int32_t)
DEFINE_LOAD(load_u32, uint32_t)
DEFINE_LOAD(load_u64, uint64_t)

#define DEFINE_STORE(name, type)                                                    \
    static inline int name(Hart *h, uint64_t va, uint64_t v)                        \
    {                                                                               \
        const TlbEntry *e = &h->tlb_data->write[(va >> 12) & (TLB_SIZE - 1)];      \
        if (likely(e->tag == va >> 12 && (va & 0xfff) <= 4096 - sizeof(type))) {    \
            type t = (type)v;                                                       \
            memcpy((void *)(uintptr_t)(va + e->addend), &t, sizeof(type));          \
            return MEM_FAST;                                                        \
        }                                                                           \
        return mmu_store_slow(h, va, sizeof(type), v) ? MEM_SLOW : 0;               \
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
    *page = p ? codecache_page(h->code, (uint64_t)(p - h->bus.ram) >> 12) : NULL;
    if (!*page)
        *host = NULL;
    return true;
}

#define EXEC_XLEN 64
#define EXEC_BLOCK exec_block64
#include "exec_loop.h"
#define EXEC_XLEN 32
#define EXEC_BLOCK exec_block32
#include "exec_loop.h"

int64_t exec_interp(Hart *h)
{
    return h->xlen == 32 ? exec_block32(h) : exec_block64(h);
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
    h->code = &h->code_own;
    codecache_init(&h->code_own, bus->ram_size);
    pmp_update(h);
    hart_tlb_flush(h);
    hart_update_tlb_sets(h);
    trig_reset(h);
}

void hart_share_code(Hart *h, Hart *owner)
{
    if (h == owner || h->xlen != owner->xlen) {
        return;
    }
    codecache_free(&h->code_own);
    h->code = owner->code;
}

void hart_free(Hart *h)
{
    codecache_free(&h->code_own);
    jit_destroy(h->jit);
    h->jit = NULL;
}

int64_t hart_run(Hart *h, int64_t max_insns)
{
    int64_t done = 0;
    h->trig.hit = false;
    while (done < max_insns) {
        hart_check_interrupts(h);
        if (h->wfi) {
            if (!hart_irq_pending(h))
                break;
            h->wfi = false;
        }
        h->budget = max_insns - done;
        if (unlikely(h->trig.armed & TRIG_EXEC)) {
            /* Execute triggers: one instruction at a time, its address
             * checked before it runs. A trigger that fires counts as an
             * instruction that did not retire. */
            h->budget = 1;
            if (trig_check_exec(h)) {
                done++;
                if (h->stop) {
                    h->stop = false;
                    break;
                }
                continue;
            }
        }
        done += h->jit ? jit_exec(h) : exec_interp(h);
        if (h->stop) {
            h->stop = false;
            break;
        }
    }
    return done;
}
