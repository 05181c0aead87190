/* The instruction trace (see trace.h). Lines depend only on guest state,
 * so two --deterministic runs of a program give byte-identical traces. */
#include "trace.h"

#include <errno.h>
#include <string.h>

#include "../emu/disasm.h"

#define DISASM_WIDTH 26   /* column where the result starts */
#define PC_WIDTH 8        /* objdump's minimum; longer addresses grow */

static const char *const exception_name[16] = {
    "misaligned fetch", "fetch access fault", "illegal instruction", "breakpoint",
    "misaligned load", "load access fault", "misaligned store", "store access fault",
    "ecall from U", "ecall from S", NULL, "ecall from M", "fetch page fault",
    "load page fault", NULL, "store page fault",
};

static const char *const interrupt_name[12] = {
    NULL, "supervisor software", NULL, "machine software", NULL, "supervisor timer", NULL,
    "machine timer", NULL, "supervisor external", NULL, "machine external",
};


int tracer_open(Tracer *t, const char *path, char *err, size_t errlen)
{
    t->own = path != NULL;
    t->f = path ? fopen(path, "w") : stderr;
    if (!t->f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

static const char *cause_name(uint64_t cause)
{
    uint64_t code = cause & ~(1ull << 63);
    const char *n = NULL;
    if (cause >> 63) {
        n = code < 12 ? interrupt_name[code] : NULL;
    } else {
        n = code < 16 ? exception_name[code] : NULL;
    }
    return n ? n : "?";
}

static void put_result(FILE *f, Hart *h, int dest)
{
    uint64_t v = 0;
    hart_debug_get_reg(h, dest, &v);
    if (dest < 32) {
        fprintf(f, "%s=%0*llx", disasm_xreg_names[dest], h->xlen / 4, (unsigned long long)v);
    } else {
        fprintf(f, "%s=%016llx", disasm_freg_names[dest - DBG_REG_F0], (unsigned long long)v);
    }
}

void tracer_step(Tracer *t, Hart *h, const HartStep *s)
{
    if (!t->f) {
        return;
    }
    FILE *f = t->f;
    int pcw = PC_WIDTH;
    if (s->interrupt) {
        if (t->hart_ids) {
            fprintf(f, "h%llu ", (unsigned long long)h->mhartid);
        }
        fprintf(f, "%0*llx: interrupt %llu (%s) -> %0*llx\n", pcw,
                (unsigned long long)s->irq_pc,
                (unsigned long long)(s->cause & ~(1ull << 63)), cause_name(s->cause), pcw,
                (unsigned long long)s->handler);
    }
    if (s->watch) {
        return; /* stopped for the debugger before it ran: it runs later */
    }
    char text[80] = "";
    char raw[12] = "????????";
    if (s->have_insn) {
        disasm(text, sizeof(text), s->pc, s->insn, h->xlen);
        snprintf(raw, sizeof(raw), (s->insn & 3) == 3 ? "%08x" : "%04x    ", s->insn);
    }
    bool result = s->trap || (s->retired && s->dest >= 0);
    if (t->hart_ids) {
        fprintf(f, "h%llu ", (unsigned long long)h->mhartid);
    }
    fprintf(f, "%0*llx: %s  %-*s", pcw, (unsigned long long)s->pc, raw, result ? DISASM_WIDTH : 0,
            text);
    if (s->trap) {
        fprintf(f, "exception %llu (%s) tval=%llx -> %0*llx", (unsigned long long)s->cause,
                cause_name(s->cause), (unsigned long long)s->tval, pcw,
                (unsigned long long)s->handler);
    } else if (s->retired && s->dest >= 0) {
        put_result(f, h, s->dest);
    }
    fputc('\n', f);
}

void tracer_close(Tracer *t)
{
    if (!t->f) {
        return;
    }
    if (t->own) {
        fclose(t->f);
    } else {
        fflush(t->f);
    }
    t->f = NULL;
}
