/* The decoded-instruction cache (see codecache.h). */
#include "codecache.h"

#include <stdlib.h>

int codecache_init(CodeCache *c, uint64_t ram_size)
{
    c->npages = ram_size >> 12;
    c->live = 0;
    c->pages = calloc(c->npages, sizeof(*c->pages));
    return c->pages ? 0 : -1;
}

void codecache_flush(CodeCache *c)
{
    if (!c->pages)
        return;
    for (uint64_t i = 0; i < c->npages; i++) {
        free(c->pages[i]);
        c->pages[i] = NULL;
    }
    c->live = 0;
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
    /* calloc: every slot starts as OP_DECODE (0) with check 0; a slot whose
     * RAM really holds 0 decodes to OP_ILLEGAL on first use. */
    p = calloc(1, sizeof(*p));
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
}
