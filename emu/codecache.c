/* The decoded-instruction cache (see codecache.h). */
#include "codecache.h"

#include <stdlib.h>
#include <string.h>

#ifndef __EMSCRIPTEN__
#include <sys/mman.h>
#define ARENA_BYTES ((size_t)CODE_CACHE_MAX_PAGES * sizeof(CodePage))
#endif

int codecache_init(CodeCache *c, uint64_t ram_size)
{
    memset(c, 0, sizeof(*c));
    c->npages = ram_size >> 12;
    c->pages = calloc(c->npages, sizeof(*c->pages));
#ifndef __EMSCRIPTEN__
    /* Decoded pages come from one reserved arena in huge pages: a guest
     * code page takes 48 KiB of entries, and a boot meets hundreds of
     * them, which 4 KiB host pages would fault in one by one. (The
     * browser build allocates each from its heap instead.) */
    void *a = mmap(NULL, ARENA_BYTES, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (a != MAP_FAILED) {
        madvise(a, ARENA_BYTES, MADV_HUGEPAGE);   /* a hint */
        c->arena = a;
    }
#endif
    return c->pages ? 0 : -1;
}

void codecache_flush(CodeCache *c)
{
    if (!c->pages)
        return;
    for (uint64_t i = 0; i < c->npages; i++) {
        if (!c->arena) {
            free(c->pages[i]);
        }
        c->pages[i] = NULL;
    }
    c->live = 0;
}

/* A zeroed CodePage: the arena's next one (zeroed again when a flush
 * made it reusable), or one from the heap. */
static CodePage *new_page(CodeCache *c)
{
    if (!c->arena) {
        return calloc(1, sizeof(CodePage));
    }
    CodePage *p = &c->arena[c->live];
    if (c->live < c->arena_touched) {
        memset(p, 0, sizeof(*p));
    } else {
        c->arena_touched = c->live + 1;   /* fresh memory: already zero */
    }
    return p;
}

CodePage *codecache_page(CodeCache *c, uint64_t ram_page)
{
    if (!c->pages || ram_page >= c->npages)
        return NULL;
    CodePage *p = c->pages[ram_page];
    if (p)
        return p;
    if (c->live >= CODE_CACHE_MAX_PAGES)
        codecache_flush(c);
    /* Zeroed: every slot starts as OP_DECODE (0) with check 0; a slot whose
     * RAM really holds 0 decodes to OP_ILLEGAL on first use. */
    p = new_page(c);
    if (p) {
        p->insn[CODE_PAGE_INSNS].op = OP_PAGE_END;
        p->insn[CODE_PAGE_INSNS + 1].op = OP_PAGE_END;
        c->pages[ram_page] = p;
        c->live++;
    }
    return p;
}

void codecache_free(CodeCache *c)
{
    codecache_flush(c);
    free(c->pages);
    c->pages = NULL;
#ifndef __EMSCRIPTEN__
    if (c->arena) {
        munmap(c->arena, ARENA_BYTES);
        c->arena = NULL;
    }
#endif
}
