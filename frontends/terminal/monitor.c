/* The monitor's commands (see monitor.h), with QEMU's names. */
#include "frontends/terminal/monitor.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "machine/machine.h"

typedef struct Out {
    char *buf;
    size_t len, cap;
} Out;

static void put(Out *o, const char *fmt, ...)
{
    va_list ap;
    if (o->len + 1 >= o->cap) {
        return;
    }
    va_start(ap, fmt);
    int n = vsnprintf(o->buf + o->len, o->cap - o->len, fmt, ap);
    va_end(ap);
    o->len += n < 0 ? 0 : (size_t)n;
    if (o->len >= o->cap) {
        o->len = o->cap - 1;
    }
}

static const char help_text[] =
    "help|?                 this list\n"
    "info status            running or paused\n"
    "info registers         the harts' registers\n"
    "stop                   pause the guest\n"
    "cont|c                 let it run again\n"
    "savevm FILE            save the whole machine to FILE\n"
    "loadvm FILE            restore the machine from FILE\n"
    "screendump FILE        the display as a PNG file\n"
    "sendkey KEYS           press keys: a, ret, ctrl-alt-delete (QEMU's key names)\n"
    "system_reset           reset the machine\n"
    "system_powerdown       press the guest's power key\n"
    "quit|q                 end rvbox\n";

/* The argument a command needs; NULL (and a message) when it is missing. */
static const char *need_arg(Out *o, const char *cmd, const char *arg, const char *what)
{
    if (!*arg) {
        put(o, "%s: missing %s\n", cmd, what);
        return NULL;
    }
    return arg;
}

/* sendkey ctrl-alt-delete: QEMU joins a chord's keys with '-'. */
static int sendkey(Session *s, Out *o, char *arg)
{
    const char *keys[SESSION_MAX_CHORD];
    int n = 0;
    char err[200];
    for (char *k = strtok(arg, "-"); k; k = strtok(NULL, "-")) {
        if (n == SESSION_MAX_CHORD) {
            put(o, "sendkey: at most %d keys at once\n", SESSION_MAX_CHORD);
            return -1;
        }
        keys[n++] = k;
    }
    if (n == 0 || session_send_keys(s, keys, n, err, sizeof(err)) != 0) {
        put(o, "%s\n", n ? err : "sendkey: missing keys");
        return -1;
    }
    return 0;
}

static int info(Session *s, Out *o, const char *what)
{
    if (!strcmp(what, "status")) {
        put(o, "VM status: %s\n", session_status(s));
        return 0;
    }
    if (!strcmp(what, "registers")) {
        if (o->cap - o->len < 2) {
            return 0;
        }
        size_t n = session_info_registers(s, o->buf + o->len, o->cap - o->len);
        o->len += n;
        return 0;
    }
    put(o, "info: unknown item '%.40s' (status, registers)\n", what);
    return -1;
}

/* Commands that act on a file. */
static int file_command(Session *s, Out *o, const char *cmd, const char *arg)
{
    char err[600];
    const char *file = need_arg(o, cmd, arg, "file name");
    if (!file) {
        return -1;
    }
    int rc = !strcmp(cmd, "savevm") ? session_savevm(s, file, err, sizeof(err))
           : !strcmp(cmd, "loadvm") ? session_loadvm(s, file, err, sizeof(err))
           : session_screendump(s, file, err, sizeof(err));
    if (rc != 0) {
        put(o, "%s\n", err);
    }
    return rc;
}

static int run(Session *s, Out *o, const char *cmd, char *arg)
{
    char err[400];
    if (!strcmp(cmd, "help") || !strcmp(cmd, "?")) {
        put(o, "%s", help_text);
    } else if (!strcmp(cmd, "info")) {
        return need_arg(o, cmd, arg, "item (status, registers)") ? info(s, o, arg) : -1;
    } else if (!strcmp(cmd, "stop")) {
        session_stop(s);
    } else if (!strcmp(cmd, "cont") || !strcmp(cmd, "c")) {
        session_cont(s);
    } else if (!strcmp(cmd, "savevm") || !strcmp(cmd, "loadvm") || !strcmp(cmd, "screendump")) {
        return file_command(s, o, cmd, arg);
    } else if (!strcmp(cmd, "sendkey")) {
        return sendkey(s, o, arg);
    } else if (!strcmp(cmd, "system_reset")) {
        if (session_reset(s, "host-qmp-system-reset", err, sizeof(err)) != 0) {
            put(o, "%s\n", err);
            return -1;
        }
    } else if (!strcmp(cmd, "system_powerdown")) {
        if (session_powerdown(s, err, sizeof(err)) != 0) {
            put(o, "%s\n", err);
            return -1;
        }
    } else if (!strcmp(cmd, "quit") || !strcmp(cmd, "q")) {
        session_quit(s, 0, "host-qmp-quit");
    } else {
        put(o, "unknown command: '%.40s' (help lists them)\n", cmd);
        return -1;
    }
    return 0;
}

int monitor_exec(Session *s, const char *line, char *out, size_t outlen)
{
    char buf[MONITOR_LINE_MAX + 1];
    Out o = { .buf = out, .cap = outlen };
    if (outlen) {
        out[0] = 0;
    }
    size_t n = strnlen(line, MONITOR_LINE_MAX);
    memcpy(buf, line, n);
    buf[n] = 0;
    while (n && (buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\n' ||
                 buf[n - 1] == '\r')) {
        buf[--n] = 0;
    }
    char *cmd = buf + strspn(buf, " \t");
    if (!*cmd) {
        return 0;
    }
    char *arg = cmd + strcspn(cmd, " \t");
    if (*arg) {
        *arg++ = 0;
        arg += strspn(arg, " \t");
    }
    if (!s->m && strcmp(cmd, "quit") && strcmp(cmd, "q") && strcmp(cmd, "help")) {
        put(&o, "the machine is gone\n");
        return -1;
    }
    return run(s, &o, cmd, arg);
}
