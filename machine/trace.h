/* The instruction trace (--trace, -d in_asm): one line per step of the
 * hart, written while the machine single-steps. */
#ifndef RVBOX_MACHINE_TRACE_H
#define RVBOX_MACHINE_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "../emu/debug.h"

typedef struct Tracer {
    FILE *f;        /* NULL: tracing off */
    bool own;       /* f was opened here (a file), not stderr */
    bool hart_ids;  /* several harts: each line starts with "hN " */
} Tracer;

/* Starts a trace to path (created or truncated), or to stderr when path is
 * NULL. Returns 0, or -1 with "PATH: cannot open: REASON" in err. */
int tracer_open(Tracer *t, const char *path, char *err, size_t errlen);

/* Writes the line(s) for one hart_debug_step() of hart h, e.g.
 *   80000004: 00a00513  li a0,10                  a0=000000000000000a
 *   80000008: 00000073  ecall                     exception 11 (ecall from M) tval=0 -> 80000100
 *   80000010: interrupt 7 (machine timer) -> 80000100
 * Registers print XLEN/4 hex digits (16 for FP registers). A step that a
 * debugger watch stopped before its instruction prints only its interrupt
 * line, if any: the instruction gets its line when it runs. */
void tracer_step(Tracer *t, Hart *h, const HartStep *s);

/* Flushes and closes the trace (stderr is flushed, not closed). */
void tracer_close(Tracer *t);

#endif
