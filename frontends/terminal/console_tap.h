/* The terminal's console backend: guest output goes to stdout as before,
 * and also to a log file (--log), to a running script's expects, and to a
 * short record of the last lines (shown when a script times out). Output
 * for stdout and the log is gathered and written once per turn of the
 * main loop (console_tap_flush), not one system call per byte: a guest
 * printing through a UART hands over one byte per register write. */
#ifndef RVBOX_FRONTENDS_TERMINAL_CONSOLE_TAP_H
#define RVBOX_FRONTENDS_TERMINAL_CONSOLE_TAP_H

#include <stdio.h>

#include "devices/chardev.h"
#include "frontends/terminal/script.h"

#define TAP_TAIL 4096   /* bytes of recent output kept */
#define TAP_PENDING (64 << 10)   /* bytes gathered before a write */

typedef struct ConsoleTap {
    CharBackend base;    /* first: the machine's console is &tap->base */
    CharBackend *out;    /* stdout */
    int log_fd;          /* -1 = no log */
    Script *script;      /* NULL = no script */
    char tail[TAP_TAIL]; /* ring of the last output bytes */
    size_t tail_pos;     /* bytes ever written (the ring's end is tail_pos % TAP_TAIL) */
    uint8_t pending[TAP_PENDING];   /* not yet written to stdout and the log */
    size_t npending;
} ConsoleTap;

/* Sets tap up over stdout, with log (a path, or NULL) opened for
 * writing (truncated). Returns 0, or -1 with a one-line message. */
int console_tap_open(ConsoleTap *tap, const char *log, Script *script, char *err, size_t errlen);

/* Writes at most lines of the last output to f, each prefixed with
 * "  | " (control characters other than tab shown as '.'). */
void console_tap_print_tail(const ConsoleTap *tap, FILE *f, int lines);

/* Writes the gathered output to stdout and the log. */
void console_tap_flush(ConsoleTap *tap);

/* Flushes, then closes the log and the stdout backend. */
void console_tap_close(ConsoleTap *tap);

#endif
