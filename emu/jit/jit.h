/* The translator: guest basic blocks to x86-64 code, for RV64 and RV32
 * harts on x86-64 hosts. It runs beside the interpreter, which stays the
 * reference and runs whatever the translator leaves to it (CSR and SYSTEM
 * instructions, FP loads and stores, RV32's mulh*, code outside RAM, a
 * slice's last few instructions, cold code, armed triggers, single
 * steps). docs/architecture.md, "The translator",
 * describes the blocks, their checks and their exits. */
#ifndef RVBOX_EMU_JIT_JIT_H
#define RVBOX_EMU_JIT_JIT_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Hart Hart;
typedef struct Jit Jit;

/* The code buffer's bound, MiB. */
#define JIT_CODE_MIB 64

/* Why translated code returned to jit_exec. */
enum {
    JIT_EXIT_LOOKUP = 0,   /* h->pc has no block in the lookup table */
    JIT_EXIT_STALE,        /* the block's guest code changed since translation */
    JIT_EXIT_BUDGET,       /* fewer instructions left than the block holds */
    JIT_EXIT_INTERP,       /* h->pc is an instruction the interpreter runs */
    JIT_EXIT_TRAP,         /* an instruction trapped (h->trap_cause, h->trap_tval) */
    JIT_EXIT_SLICE,        /* a device or helper ended the slice (h->budget = 0) */
};

/* True on an x86-64 host where an executable code buffer could be set up
 * (64 MiB, mapped twice: writable and executable, never both). */
bool jit_supported(void);

/* A hart's translator state (its lookup tables). NULL when unsupported or
 * out of memory; the hart then interprets. */
Jit *jit_create(void);
void jit_destroy(Jit *j);

/* Runs at most h->budget instructions as the interpreter's block does
 * (traps taken on the way; returns early when h->budget is set to 0) and
 * returns how many were dispatched. */
int64_t jit_exec(Hart *h);

/* sfence.vma of one page (vaddr): its entries leave the hart's lookup
 * tables. */
void jit_flush_page(Hart *h, uint64_t vaddr);

/* Statistics for benchmarks and tests: blocks translated, code bytes in
 * use, times the code buffer was flushed because it was full. */
typedef struct JitStats {
    uint64_t blocks, code_bytes, flushes, stale;
    uint64_t interpreted;   /* instructions the interpreter dispatched for jit_exec */
} JitStats;
void jit_stats(JitStats *s);

/* A block is translated when it starts for the runs-th time (default 16;
 * 1: at once, as the tests want). */
void jit_set_hot_runs(unsigned runs);

/* Drops every translation (tests; the buffer full does it by itself). */
void jit_flush(void);

#endif
