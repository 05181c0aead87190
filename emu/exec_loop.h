/* The interpreter loop, included once per XLEN by exec.c with EXEC_XLEN
 * (32 or 64) and EXEC_BLOCK (the function's name) defined, so that XLEN
 * masks fold away in the RV64 build. */

/* Runs at most h->budget instructions and returns how many ran. Events
 * that need the outer loop (an interrupt line moved, a CSR changed the
 * interrupt state, the machine wants to act) set h->budget to 0; the loop
 * looks after each call that can cause one, and the instruction that made
 * the call completes first. Each operation ends with its own copy of the
 * dispatch sequence (threaded code), so the host predicts each indirect
 * jump separately. */
static int64_t EXEC_BLOCK(Hart *h)
{
    /* Every operation has one copy of its code per instruction length
     * (labels[0]: 2 bytes, labels[1]: 4 bytes), so stepping to the next
     * instruction adds constants instead of loading the length. */
    static const void *const labels[2][OP_COUNT] = {
#define DECODE_LABEL2(name) [OP_##name] = &&do_##name##_2,
#define DECODE_LABEL4(name) [OP_##name] = &&do_##name##_4,
        { DECODE_OPS(DECODE_LABEL2) },
        { DECODE_OPS(DECODE_LABEL4) },
#undef DECODE_LABEL2
#undef DECODE_LABEL4
    };
    static const uint8_t zero_words[8];
    enum { UNCACHED_BIAS = 1 << 30 }; /* beyond any branch or jal offset */
    uint64_t *const x = h->x;
    const uint64_t pc_mask = EXEC_XLEN == 32 ? 0xffffffffull : ~0ull;
    const bool rv32 = EXEC_XLEN == 32;
    /* Where the code runs: the instruction at hp (a host address) is at
     * guest address base + (hp - host); base is its page, host the host
     * address of that page. Straight-line flow only moves hp. */
    uint64_t base = 0;
    uintptr_t host = 0, hp = 0;
    uint64_t page_vpn = UINT64_MAX; /* base >> 12 when running from the cache */
    CodePage *page = NULL;
    uint64_t pc = h->pc; /* the target of a jump, for the slow path at next */
    DecodedInsn *d;
    /* An instruction decoded outside the cache, followed by two page-end
     * sentinels that a straight step from it reaches (hp then points at
     * zero words, which match the sentinels' check). */
    DecodedInsn tmp[3] = {
        [1] = { .op = OP_PAGE_END, .handler = &&do_PAGE_END_2 },
        [2] = { .op = OP_PAGE_END, .handler = &&do_PAGE_END_2 },
    };
    uint64_t v, va;
    /* Instructions still allowed, counted down in a register. Only calls
     * out of the loop (slow memory paths, CSRs, SYSTEM) can lower
     * h->budget, so those look at it. */
    const int64_t limit = h->budget;
    int64_t left = limit;
    int mem;
    uint64_t instret0 = h->instret;

#define PC (base + (uint64_t)(hp - host))
#define RAN ((uint64_t)(limit - left)) /* instructions dispatched so far */
/* Enters the code at pc after a jump: same code page and budget left. */
#define DISPATCH()                                                                  \
    do {                                                                            \
        if (unlikely((pc >> 12) != page_vpn || left <= 0))                         \
            goto next;                                                              \
        left--;                                                                     \
        uint32_t off_ = (uint32_t)pc & 0xfff, bits_;                                \
        hp = host + off_;                                                           \
        memcpy(&bits_, (const void *)hp, 4);                                        \
        d = &page->insn[off_ >> 1];                                                 \
        if (unlikely(d->check != bits_))                                            \
            goto redecode;                                                          \
        goto *d->handler;                                                           \
    } while (0)
/* Straight-line flow: the next slot follows in the page; past the page's
 * end sit the sentinels (RAM has slack, so reading hp stays in bounds). */
#define NEXT()                                                                      \
    do {                                                                            \
        uint32_t bits_;                                                             \
        hp += L;                                                                    \
        d = (DecodedInsn *)((uintptr_t)d + L * (sizeof(DecodedInsn) / 2));         \
        if (unlikely(--left < 0))                                                   \
            goto stop;                                                              \
        memcpy(&bits_, (const void *)hp, 4);                                        \
        if (unlikely(d->check != bits_))                                            \
            goto redecode;                                                          \
        goto *d->handler;                                                           \
    } while (0)
#define JUMP(target) do { pc = (target) & pc_mask; DISPATCH(); } while (0)
/* A pc-relative jump by imm bytes: when the target is on the same code page
 * its entry lies imm / 2 entries away, with no lookup. (An instruction run
 * outside the cache sits at offset UNCACHED_BIAS + its offset, so its
 * targets never look like the same page.) */
#define BRANCH(imm)                                                                 \
    do {                                                                            \
        int64_t imm_ = (imm);                                                       \
        uint32_t toff_ = (uint32_t)(hp - host) + (uint32_t)imm_, bits_;             \
        if (unlikely(toff_ >= 4096 || left <= 0))                                   \
            JUMP(PC + (uint64_t)imm_);                                              \
        left--;                                                                     \
        hp += imm_;                                                                 \
        d = (DecodedInsn *)((uintptr_t)d + (uintptr_t)(imm_ * (int64_t)(sizeof(*d) / 2))); \
        memcpy(&bits_, (const void *)hp, 4);                                        \
        if (unlikely(d->check != bits_))                                            \
            goto redecode;                                                          \
        goto *d->handler;                                                           \
    } while (0)
#define SYNC() do { h->pc = PC; h->instret = instret0 + RAN; } while (0)
/* After a call that may change pc, privilege or translation: continue from
 * h->pc through the slow path. */
#define RESYNC() do { pc = h->pc; instret0 = h->instret - RAN; page_vpn = UINT64_MAX; } \
    while (0)
#define INSN ((uint32_t)d->imm)
#define RAW (d->check & (d->len == 2 ? 0xffffu : ~0u))

next:
    if (unlikely(left <= 0 || h->budget == 0))
        goto out;
    if (unlikely((pc >> 12) != page_vpn)) {
        h->pc = pc;
        uint8_t *p;
        if (!code_page_lookup(h, pc, &page, (const uint8_t **)&p)) {
            left--;
            goto trap_at_pc;
        }
        page_vpn = p ? pc >> 12 : UINT64_MAX;
        base = pc & ~0xfffull;
        host = (uintptr_t)p;
        if (p && unlikely(page->owner != labels)) {
            /* First run of this page by this loop: every slot starts out
             * undecoded, the sentinels end the page. */
            for (int i = 0; i < CODE_PAGE_INSNS; i++)
                page->insn[i].handler = &&do_DECODE_2;
            page->insn[CODE_PAGE_INSNS].handler = &&do_PAGE_END_2;
            page->insn[CODE_PAGE_INSNS + 1].handler = &&do_PAGE_END_2;
            page->owner = labels;
        }
    }
    if (likely(page_vpn != UINT64_MAX))
        DISPATCH();
    left--;
    goto uncached;

stop: /* the budget ran out on straight-line flow */
    left++;
    pc = PC;
    goto out;

redecode: {
    if (page_vpn == UINT64_MAX || d >= page->insn + CODE_PAGE_INSNS) {
        left++; /* a page-end sentinel, not an instruction */
        pc = PC;
        goto next;
    }
    uint32_t off = (uint32_t)(hp - host), bits;
    memcpy(&bits, (const void *)hp, 4);
    decode_insn(d, bits, EXEC_XLEN);
    if (off == 0xffe && d->len == 4)
        d->op = OP_CROSS; /* straddles two pages: fetched afresh each time */
    d->handler = labels[d->len == 4][d->op];
    goto *d->handler;
}
do_DECODE_2:
do_DECODE_4:
    /* A fresh slot whose RAM word happens to equal its zeroed check. */
    goto redecode;
do_PAGE_END_2:
do_PAGE_END_4:
    left++; /* not an instruction */
    pc = PC;
    goto next;
do_CROSS_2:
do_CROSS_4:
    pc = PC;
uncached:
    /* pc: code outside RAM (boot ROM) or straddling two pages */
    h->pc = pc;
    page_vpn = UINT64_MAX; /* relative moves (BRANCH) must not start from tmp */
    if (!decode_uncached(h, pc, &tmp[0]))
        goto trap_at_pc;
    d = &tmp[0];
    d->handler = labels[d->len == 4][d->op];
    base = (pc & ~0xfffull) - UNCACHED_BIAS;
    hp = (uintptr_t)zero_words;
    host = hp - UNCACHED_BIAS - (pc & 0xfff);
    goto *d->handler;
do_ILLEGAL_2:
do_ILLEGAL_4:
    goto illegal;

/* A slow memory access may have reached a device that ended the slice
 * (h->budget = 0): then the instruction completes and the loop returns. */
#define SLICE_ENDED(mem) (unlikely((mem) == MEM_SLOW) && h->budget == 0)
#define ADDR() ((x[d->rs1] + (uint64_t)(int64_t)d->imm) & pc_mask)
#define LOAD_OP(fn)                                                                 \
    do {                                                                            \
        mem = fn(h, ADDR(), &v);                                                    \
        if (unlikely(!mem))                                                         \
            goto trap;                                                              \
        x[d->rd] = v;                                                               \
        if (SLICE_ENDED(mem))                                                       \
            goto end_after;                                                         \
        NEXT();                                                                     \
    } while (0)
#define STORE_OP(fn)                                                                \
    do {                                                                            \
        mem = fn(h, ADDR(), x[d->rs2]);                                             \
        if (unlikely(!mem))                                                         \
            goto trap;                                                              \
        if (SLICE_ENDED(mem))                                                       \
            goto end_after;                                                         \
        NEXT();                                                                     \
    } while (0)
#define IMM ((uint64_t)(int64_t)d->imm)
#define A x[d->rs1]
#define B x[d->rs2]

#define L 2
#define OPL(name) do_##name##_2
#include "exec_ops.h"
#undef L
#undef OPL
#define L 4
#define OPL(name) do_##name##_4
#include "exec_ops.h"
#undef L
#undef OPL

illegal:
    hart_raise(h, CAUSE_ILLEGAL_INSN, RAW);
trap:
    /* the instruction at PC trapped (loads and stores leave h->pc stale for
     * speed; it is set here) */
    h->pc = PC;
trap_at_pc:
    h->x[REG_SINK] = 0;
    h->instret = instret0 + RAN - 1; /* the trapping instruction did not retire */
    hart_take_trap(h, h->trap_cause, h->trap_tval);
    RESYNC();
    goto next;
end_after: /* the instruction at PC completed; the slice ends after it */
    hp += d->len;
    pc = PC;
out:
    h->pc = pc;
    h->instret = instret0 + RAN;
    return (int64_t)RAN;
#undef NEXT
#undef JUMP
#undef SYNC
#undef RESYNC
#undef PC
#undef RAN
#undef DISPATCH
#undef BRANCH
#undef INSN
#undef RAW
#undef ADDR
#undef LOAD_OP
#undef STORE_OP
#undef SLICE_ENDED
#undef IMM
#undef A
#undef B
}


#undef EXEC_BLOCK
#undef EXEC_XLEN
