/* The monitor: QEMU's human commands on a session (info registers, info
 * status, stop, cont, savevm FILE, loadvm FILE, screendump FILE, sendkey
 * KEYS, system_reset, system_powerdown, quit, help). The terminal shows it
 * after Ctrl-A c; QMP's human-monitor-command runs the same commands. */
#ifndef RVBOX_FRONTENDS_TERMINAL_MONITOR_H
#define RVBOX_FRONTENDS_TERMINAL_MONITOR_H

#include <stddef.h>

#include "frontends/terminal/session.h"

/* Runs one command line (at most MONITOR_LINE_MAX bytes are looked at;
 * leading and trailing blanks ignored) and writes what it prints into
 * out (NUL-terminated, truncated to outlen - 1 bytes; each line ends in
 * "\n"). Returns 0, or -1 for an unknown command, bad arguments or a
 * failed action (out then holds the one-line message). Never ends the
 * process: quit sets s->quit. */
int monitor_exec(Session *s, const char *line, char *out, size_t outlen);

#define MONITOR_LINE_MAX 1024

#endif
