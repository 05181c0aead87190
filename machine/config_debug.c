/* The debugging flags (see config_debug.h). */
#include "config_debug.h"
#include "config_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GDB_DEFAULT_PORT 1234   /* QEMU's -s */

/* "tcp::PORT" or "tcp:localhost:PORT" (QEMU's spelling); the stub always
 * listens on the loopback interface. */
static int parse_gdb(MachineConfig *cfg, const char *v, char *err, size_t errlen)
{
    const char *port = NULL;
    if (!strncmp(v, "tcp::", 5)) {
        port = v + 5;
    } else if (!strncmp(v, "tcp:localhost:", 14)) {
        port = v + 14;
    } else if (!strncmp(v, "tcp:127.0.0.1:", 14)) {
        port = v + 14;
    }
    char *end = NULL;
    long n = port ? strtol(port, &end, 10) : 0;
    if (!port || end == port || *end || n < 1 || n > 65535) {
        snprintf(err, errlen, "-gdb: expected tcp::PORT with PORT 1..65535, not '%s'", v);
        return -1;
    }
    cfg->gdb_port = (int)n;
    return 0;
}

/* Turns the trace on, to file, or to stderr when file is NULL. */
static int set_trace(MachineConfig *cfg, const char *file, char *err, size_t errlen)
{
    if (file && !file[0]) {
        snprintf(err, errlen, "--trace=: missing file name");
        return -1;
    }
    if (config_set_str(&cfg->trace_file, file, err, errlen) != 0) {
        return -1;
    }
    cfg->trace = true;
    return 0;
}

int config_debug_option(MachineConfig *cfg, const char *name, const char *v, char *err,
                        size_t errlen)
{
    if (!strcmp(name, "trace")) {
        const char *eq = v ? strchr(v, '=') : NULL;
        return set_trace(cfg, eq ? eq + 1 : NULL, err, errlen);
    }
    if (!strcmp(name, "d")) {
        if (strcmp(v, "in_asm") != 0) {
            snprintf(err, errlen, "-d: only in_asm is supported, not '%s'", v);
            return -1;
        }
        return set_trace(cfg, NULL, err, errlen);
    }
    if (!strcmp(name, "icount")) {
        cfg->icount = true;
        return 0;
    }
    if (!strcmp(name, "gdb")) {
        return parse_gdb(cfg, v, err, errlen);
    }
    if (!strcmp(name, "s")) {
        cfg->gdb_port = GDB_DEFAULT_PORT;
        return 0;
    }
    if (!strcmp(name, "S")) {
        cfg->gdb_wait = true;
        return 0;
    }
    snprintf(err, errlen, "unknown debugging option '%s'", name);
    return -1;
}
