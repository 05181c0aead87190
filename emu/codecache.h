/* The decoded-instruction cache: one array of DecodedInsn per guest RAM
 * page that has been executed, indexed by the page's offset in RAM. An entry
 * stays valid while the 32 bits it was decoded from are unchanged in RAM;
 * the interpreter compares them on every use, so stores by the hart and DMA
 * by devices need no invalidation protocol. */
#ifndef RVBOX_EMU_CODECACHE_H
#define RVBOX_EMU_CODECACHE_H

#include <stdint.h>

#include "decode.h"

#define CODE_PAGE_INSNS 2048   /* one slot per 2-byte offset in a 4 KiB page */
#define CODE_CACHE_MAX_PAGES 2048   /* 48 KiB each: at most ~100 MiB of host memory */

/* Two sentinels (OP_PAGE_END) follow the slots: a straight step off the
 * last instruction of the page lands on one of them. */
typedef struct CodePage {
    DecodedInsn insn[CODE_PAGE_INSNS + 2];
    const void *owner; /* the interpreter that set the handlers, NULL = none */
} CodePage;

typedef struct CodeCache {
    CodePage **pages;  /* by RAM page number; NULL = never executed */
    uint64_t npages;   /* RAM size / 4 KiB */
    uint32_t live;     /* pages allocated */
    CodePage *arena;   /* CODE_CACHE_MAX_PAGES reserved pages, NULL = heap */
    uint32_t arena_touched; /* arena pages handed out since it was made */
} CodeCache;

/* Sets up an empty cache for ram_size bytes of RAM. Returns 0 or -1 when
 * out of memory (the interpreter then decodes every instruction afresh). */
int codecache_init(CodeCache *c, uint64_t ram_size);

/* The decoded page for RAM page ram_page (< npages), allocated on first use.
 * When CODE_CACHE_MAX_PAGES are live the whole cache is dropped first, which
 * invalidates every CodePage pointer handed out before. NULL when out of
 * memory. */
CodePage *codecache_page(CodeCache *c, uint64_t ram_page);

/* Drops every decoded page (after an XLEN change, or to bound memory). */
void codecache_flush(CodeCache *c);

void codecache_free(CodeCache *c);

#endif
