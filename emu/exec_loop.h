/* The interpreter loop, included once per XLEN by exec.c with EXEC_XLEN
 * (32 or 64) and EXEC_BLOCK (the function's name) defined, so that XLEN
 * masks fold away in the RV64 build. */

/* Runs instructions until about h->budget of them have been dispatched
 * (events that need the outer loop set h->budget to 0; it is checked at
 * jumps and page ends, so a straight run may overshoot by up to a page).
 * Returns the number run. Each operation ends with its own copy of the
 * dispatch sequence (threaded code), so the host predicts each indirect
 * jump separately. */
static int64_t EXEC_BLOCK(Hart *h)
{
    static const void *const labels[OP_COUNT] = {
#define DECODE_LABEL(name) [OP_##name] = &&do_##name,
        DECODE_OPS(DECODE_LABEL)
#undef DECODE_LABEL
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
        [1] = { .op = OP_PAGE_END, .handler = &&do_PAGE_END },
        [2] = { .op = OP_PAGE_END, .handler = &&do_PAGE_END },
    };
    uint64_t v, va;
    /* Instructions still allowed, counted down in a register. Events that
     * end the slice early set h->budget to 0; only calls out of the loop
     * (slow memory paths, CSRs, SYSTEM) can cause them, so those look. */
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
        hp += d->len;                                                               \
        d = (DecodedInsn *)((uintptr_t)d + d->step);                                \
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
                page->insn[i].handler = &&do_DECODE;
            page->insn[CODE_PAGE_INSNS].handler = &&do_PAGE_END;
            page->insn[CODE_PAGE_INSNS + 1].handler = &&do_PAGE_END;
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
    d->handler = labels[d->op];
    goto *d->handler;
}
do_DECODE:
    /* A fresh slot whose RAM word happens to equal its zeroed check. */
    goto redecode;
do_PAGE_END:
    left++; /* not an instruction */
    pc = PC;
    goto next;
do_CROSS:
    pc = PC;
uncached:
    /* pc: code outside RAM (boot ROM) or straddling two pages */
    h->pc = pc;
    page_vpn = UINT64_MAX; /* relative moves (BRANCH) must not start from tmp */
    if (!decode_uncached(h, pc, &tmp[0]))
        goto trap_at_pc;
    d = &tmp[0];
    d->handler = labels[d->op];
    base = (pc & ~0xfffull) - UNCACHED_BIAS;
    hp = (uintptr_t)zero_words;
    host = hp - UNCACHED_BIAS - (pc & 0xfff);
    goto *d->handler;
do_ILLEGAL:
    goto illegal;

do_LUI: x[d->rd] = (uint64_t)(int64_t)d->imm; NEXT();
do_AUIPC:
    v = PC + (uint64_t)(int64_t)d->imm;
    x[d->rd] = rv32 ? sext32(v) : v;
    NEXT();
do_JAL:
    v = PC + d->len;
    x[d->rd] = rv32 ? sext32(v) : v;
    BRANCH(d->imm);
do_JALR:
    va = (x[d->rs1] + (uint64_t)(int64_t)d->imm) & ~1ull;
    v = PC + d->len;
    x[d->rd] = rv32 ? sext32(v) : v;
    JUMP(va);
do_BEQ: if (x[d->rs1] == x[d->rs2]) BRANCH(d->imm); NEXT();
do_BNE: if (x[d->rs1] != x[d->rs2]) BRANCH(d->imm); NEXT();
do_BLT:
    if ((int64_t)x[d->rs1] < (int64_t)x[d->rs2]) BRANCH(d->imm);
    NEXT();
do_BGE:
    if ((int64_t)x[d->rs1] >= (int64_t)x[d->rs2]) BRANCH(d->imm);
    NEXT();
do_BLTU: if (x[d->rs1] < x[d->rs2]) BRANCH(d->imm); NEXT();
do_BGEU: if (x[d->rs1] >= x[d->rs2]) BRANCH(d->imm); NEXT();

#define ADDR() ((x[d->rs1] + (uint64_t)(int64_t)d->imm) & pc_mask)
/* A slow memory access may have reached a device that ended the slice
 * (h->budget = 0): then the instruction completes and the loop returns. */
#define LOAD_OP(fn)                                                                 \
    do {                                                                            \
        mem = fn(h, ADDR(), &v);                                                    \
        if (unlikely(mem != MEM_FAST)) {                                            \
            if (!mem)                                                               \
                goto trap;                                                          \
            x[d->rd] = v;                                                           \
            if (h->budget == 0)                                                     \
                goto end_after;                                                     \
        }                                                                           \
        x[d->rd] = v;                                                               \
        NEXT();                                                                     \
    } while (0)
#define STORE_OP(fn)                                                                \
    do {                                                                            \
        mem = fn(h, ADDR(), x[d->rs2]);                                             \
        if (unlikely(mem != MEM_FAST)) {                                            \
            if (!mem)                                                               \
                goto trap;                                                          \
            if (h->budget == 0)                                                     \
                goto end_after;                                                     \
        }                                                                           \
        NEXT();                                                                     \
    } while (0)
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
    if (h->budget == 0)
        goto end_after;
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
    v = d->len;
    RESYNC(); /* satp, mstatus or PMP may have moved: look the page up again */
    pc = (pc + v) & pc_mask;
    goto next;
do_SYSTEM: {
    SYNC();
    int r = exec_system(h, INSN, RAW);
    if (r == 0)
        goto trap;
    v = d->len;
    RESYNC();
    if (r == 1)
        pc = (pc + v) & pc_mask; /* else xRET set h->pc */
    goto next;
}
do_FLW: do_FLD:
    if (!(h->mstatus & MSTATUS_FS))
        goto illegal;
    mem = d->op == OP_FLW ? load_u32(h, ADDR(), &v) : load_u64(h, ADDR(), &v);
    if (!mem)
        goto trap;
    h->f[d->rd] = d->op == OP_FLW ? v | 0xffffffff00000000ull : v; /* §12.2 */
    hart_fs_dirty(h);
    NEXT();
do_FSW: do_FSD:
    if (!(h->mstatus & MSTATUS_FS))
        goto illegal;
    mem = d->op == OP_FSW ? store_u32(h, ADDR(), h->f[d->rs2])
                          : store_u64(h, ADDR(), h->f[d->rs2]);
    if (!mem)
        goto trap;
    if (h->budget == 0)
        goto end_after;
    NEXT();
do_FP:
    if (!fpu_execute(h, INSN))
        goto illegal;
    NEXT();

illegal:
    hart_raise(h, CAUSE_ILLEGAL_INSN, RAW);
trap:
    /* the instruction at PC trapped (loads and stores leave h->pc stale for
     * speed; it is set here) */
    h->pc = PC;
trap_at_pc:
    h->x[REG_SINK] = 0;
    h->trap_pending = false;
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
#undef IMM
#undef A
#undef B
}


#undef EXEC_BLOCK
#undef EXEC_XLEN
