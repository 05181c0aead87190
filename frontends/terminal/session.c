/* The session's controls (see session.h): what the monitor, QMP and
 * scripts do to the machine, in one place. */
#include "frontends/terminal/session.h"

#include <errno.h>
#include <linux/input-event-codes.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "devices/display.h"
#include "devices/input.h"
#include "devices/state.h"
#include "emu/hart.h"
#include "frontends/sdl/sdl_ui.h"
#include "frontends/terminal/qkeycode.h"

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

/* --- events ---------------------------------------------------------------- */

void session_listen(Session *s, SessionEventFn fn, void *opaque)
{
    if (s->nlisteners < SESSION_MAX_LISTENERS) {
        s->listener[s->nlisteners].fn = fn;
        s->listener[s->nlisteners].opaque = opaque;
        s->nlisteners++;
    }
}

void session_unlisten(Session *s, void *opaque)
{
    int k = 0;
    for (int i = 0; i < s->nlisteners; i++) {
        if (s->listener[i].opaque != opaque) {
            s->listener[k++] = s->listener[i];
        }
    }
    s->nlisteners = k;
}

void session_event(Session *s, const char *event, const char *data)
{
    for (int i = 0; i < s->nlisteners; i++) {
        s->listener[i].fn(s->listener[i].opaque, event, data ? data : "{}");
    }
}

/* --- run state ------------------------------------------------------------- */

const char *session_status(const Session *s)
{
    return s->quit ? "shutdown" : s->paused ? "paused" : "running";
}

void session_stop(Session *s)
{
    if (!s->paused && !s->quit) {
        s->paused = true;
        session_event(s, "STOP", NULL);
    }
}

void session_cont(Session *s)
{
    if (s->paused && !s->quit) {
        s->paused = false;
        session_event(s, "RESUME", NULL);
    }
}

void session_quit(Session *s, int code, const char *reason)
{
    if (s->quit) {
        return;
    }
    char data[128];
    snprintf(data, sizeof(data), "{\"guest\": %s, \"reason\": \"%s\"}",
             strncmp(reason, "guest", 5) == 0 ? "true" : "false", reason);
    s->quit = true;
    s->exit_code = code;
    session_event(s, "SHUTDOWN", data);
}

/* Creates the machine from the configuration and connects the window and
 * the debugger to it. Returns 0 or -1 with a one-line message. */
static int build(Session *s, char *err, size_t errlen)
{
    s->m = machine_create(&s->cfg, err, errlen);
    if (!s->m) {
        return -1;
    }
    s->fresh = true;
    if (s->gdb_on) {
        gdb_server_set_machine(&s->gdb, s->m);
    }
    if (s->ui) {
        sdl_ui_attach(s->ui, machine_display(s->m), machine_input(s->m));
    }
    return 0;
}

static void teardown(Session *s)
{
    if (s->ui) {
        sdl_ui_attach(s->ui, NULL, NULL);
    }
    machine_destroy(s->m);
    s->m = NULL;
}

int session_start(Session *s, char *err, size_t errlen)
{
    /* With -loadvm the snapshot's RAM replaces the kernel and initrd. */
    s->cfg.ram_from_state = s->cfg.loadvm != NULL;
    int rc = build(s, err, errlen);
    s->cfg.ram_from_state = false;
    return rc;
}

/* A reset or load that left no machine ends the session (status 1). */
static int machine_gone(Session *s)
{
    session_quit(s, 1, "host-error");
    return -1;
}

int session_reset(Session *s, const char *reason, char *err, size_t errlen)
{
    teardown(s);
    s->ntyped = 0;    /* typed for the old system */
    if (build(s, err, errlen) != 0) {
        return machine_gone(s);
    }
    char data[128];
    snprintf(data, sizeof(data), "{\"guest\": %s, \"reason\": \"%s\"}",
             strncmp(reason, "guest", 5) == 0 ? "true" : "false", reason);
    session_event(s, "RESET", data);
    return 0;
}

/* --- console and input ----------------------------------------------------- */

size_t session_type(Session *s, const uint8_t *buf, size_t len)
{
    size_t room = sizeof(s->typed) - s->ntyped;
    size_t n = len < room ? len : room;
    memcpy(s->typed + s->ntyped, buf, n);
    s->ntyped += n;
    return n;
}

void session_flush_typed(Session *s)
{
    if (s->ntyped == 0 || !s->m || s->paused) {
        return;
    }
    size_t took = machine_console_input(s->m, s->typed, s->ntyped);
    if (took > s->ntyped) {
        took = s->ntyped;
    }
    memmove(s->typed, s->typed + took, s->ntyped - took);
    s->ntyped -= took;
}

int session_powerdown(Session *s, char *err, size_t errlen)
{
    InputHub *in = machine_input(s->m);
    if (!input_has(in, INPUT_CLASS_KEYBOARD)) {
        return fail(err, errlen, "system_powerdown: the machine has no keyboard to press "
                    "its power key (-device virtio-keyboard-device)");
    }
    input_key(in, KEY_POWER, true);
    input_sync(in);
    input_key(in, KEY_POWER, false);
    input_sync(in);
    session_event(s, "POWERDOWN", NULL);
    return 0;
}

/* The characters a chord types on the console: each key's character with
 * Shift and Ctrl applied. Returns how many (at most max). */
static size_t chord_chars(const QKey *const *k, int n, char *out, size_t max)
{
    bool shift = false, ctrl = false;
    size_t len = 0;
    for (int i = 0; i < n; i++) {
        shift |= !strncmp(k[i]->name, "shift", 5);
        ctrl |= !strncmp(k[i]->name, "ctrl", 4);
    }
    for (int i = 0; i < n && len < max; i++) {
        char c = shift ? k[i]->shifted : k[i]->plain;
        if (!c) {
            continue;
        }
        if (ctrl && ((c >= 'a' && c <= 'z') || (c >= '@' && c <= '_'))) {
            c = (char)(c & 0x1f);
        }
        out[len++] = c;
    }
    return len;
}

int session_send_keys(Session *s, const char *const *keys, int n, char *err, size_t errlen)
{
    const QKey *k[SESSION_MAX_CHORD];
    if (n < 1 || n > SESSION_MAX_CHORD) {
        return fail(err, errlen, "send-key: 1 to %d keys at once", SESSION_MAX_CHORD);
    }
    for (int i = 0; i < n; i++) {
        k[i] = qkey_find(keys[i]);
        if (!k[i]) {
            return fail(err, errlen, "send-key: unknown key '%.40s'", keys[i]);
        }
    }
    InputHub *in = machine_input(s->m);
    if (input_has(in, INPUT_CLASS_KEYBOARD)) {
        for (int i = 0; i < n; i++) {
            input_key(in, k[i]->code, true);
            input_sync(in);
        }
        for (int i = n - 1; i >= 0; i--) {
            input_key(in, k[i]->code, false);
            input_sync(in);
        }
        return 0;
    }
    char chars[SESSION_MAX_CHORD];
    size_t len = chord_chars(k, n, chars, sizeof(chars));
    session_type(s, (const uint8_t *)chars, len);
    return 0;
}

static const struct {
    const char *name;
    uint16_t code;
} buttons[] = {
    { "left", INPUT_BTN_LEFT }, { "right", INPUT_BTN_RIGHT }, { "middle", INPUT_BTN_MIDDLE },
    { "wheel-up", 0 }, { "wheel-down", 0 },
};

/* Checks one event; fills *code (key or button; 0 for a wheel). */
static int input_check(InputHub *in, const SessionInput *e, uint16_t *code, char *err,
                       size_t errlen)
{
    const char *nm = e->name ? e->name : "";
    switch (e->kind) {
    case SESSION_IN_KEY: {
        const QKey *k = qkey_find(nm);
        if (!k) {
            return fail(err, errlen, "input-send-event: unknown key '%.40s'", nm);
        }
        *code = k->code;
        return input_has(in, INPUT_CLASS_KEYBOARD) ? 0 :
               fail(err, errlen, "input-send-event: the machine has no keyboard");
    }
    case SESSION_IN_BTN:
        for (size_t i = 0; i < sizeof(buttons) / sizeof(buttons[0]); i++) {
            if (!strcmp(buttons[i].name, nm)) {
                *code = buttons[i].code;
                return input_has(in, INPUT_CLASS_TABLET | INPUT_CLASS_MOUSE) ? 0 :
                       fail(err, errlen, "input-send-event: the machine has no pointer");
            }
        }
        return fail(err, errlen, "input-send-event: unknown button '%.40s'", nm);
    case SESSION_IN_ABS:
    case SESSION_IN_REL:
        if (strcmp(nm, "x") != 0 && strcmp(nm, "y") != 0) {
            return fail(err, errlen, "input-send-event: unknown axis '%.40s'", nm);
        }
        if (e->kind == SESSION_IN_ABS && (e->value < 0 || e->value > INPUT_ABS_MAX)) {
            return fail(err, errlen, "input-send-event: abs value %" PRId64 " not in 0..%d",
                        e->value, INPUT_ABS_MAX);
        }
        if (e->kind == SESSION_IN_REL && (e->value < -65536 || e->value > 65536)) {
            return fail(err, errlen, "input-send-event: rel value %" PRId64 " too large",
                        e->value);
        }
        *code = 0;
        return input_has(in, e->kind == SESSION_IN_ABS ? INPUT_CLASS_TABLET :
                         INPUT_CLASS_MOUSE) ? 0 :
               fail(err, errlen, "input-send-event: the machine has no %s",
                    e->kind == SESSION_IN_ABS ? "tablet" : "mouse");
    }
    return fail(err, errlen, "input-send-event: unknown event type");
}

int session_input(Session *s, const SessionInput *ev, int n, char *err, size_t errlen)
{
    InputHub *in = machine_input(s->m);
    uint16_t code[SESSION_MAX_EVENTS];
    if (n < 1 || n > SESSION_MAX_EVENTS) {
        return fail(err, errlen, "input-send-event: 1 to %d events at once",
                    SESSION_MAX_EVENTS);
    }
    for (int i = 0; i < n; i++) {
        if (input_check(in, &ev[i], &code[i], err, errlen) != 0) {
            return -1;
        }
    }
    for (int i = 0; i < n; i++) {
        const SessionInput *e = &ev[i];
        if (e->kind == SESSION_IN_KEY || (e->kind == SESSION_IN_BTN && code[i])) {
            e->kind == SESSION_IN_KEY ? input_key(in, code[i], e->down)
                                      : input_button(in, code[i], e->down);
        } else if (e->kind == SESSION_IN_BTN) {
            if (e->down) {
                input_wheel(in, !strcmp(e->name, "wheel-up") ? 1 : -1);
            }
        } else if (e->kind == SESSION_IN_ABS) {
            /* QEMU's 0..32767 range is the tablet's own. */
            input_abs_axis(in, !strcmp(e->name, "x") ? INPUT_ABS_X : INPUT_ABS_Y, (int)e->value);
        } else {
            int v = (int)e->value;
            input_pointer_rel(in, !strcmp(e->name, "x") ? v : 0, !strcmp(e->name, "y") ? v : 0);
        }
    }
    input_sync(in);
    return 0;
}

int session_screendump(Session *s, const char *path, char *err, size_t errlen)
{
    return display_write_png(machine_display(s->m), path, err, errlen);
}

/* --- snapshots ------------------------------------------------------------- */

void *session_read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f || fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fail(err, errlen, "%s: %s", path, f ? "not a regular file" : strerror(errno));
        if (f) {
            fclose(f);
        }
        return NULL;
    }
    uint8_t *buf = malloc(st.st_size ? (size_t)st.st_size : 1);
    if (!buf || fread(buf, 1, (size_t)st.st_size, f) != (size_t)st.st_size) {
        fail(err, errlen, "%s: %s", path, buf ? "read error" : "out of memory");
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    *len = (size_t)st.st_size;
    return buf;
}

int session_savevm(Session *s, const char *path, char *err, size_t errlen)
{
    StateWriter w;
    char tmp[4096];
    state_writer_init(&w);
    if (machine_save_state(s->m, &w) != 0) {
        state_writer_free(&w);
        return fail(err, errlen, "savevm: the machine state could not be saved");
    }
    snprintf(tmp, sizeof(tmp), "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(w.buf, 1, w.len, f) == w.len;
    ok = (f && fclose(f) == 0) && ok;
    state_writer_free(&w);
    if (!ok || rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        return fail(err, errlen, "savevm: %s: %s", path, strerror(e));
    }
    return 0;
}

int session_loadvm(Session *s, const char *path, char *err, size_t errlen)
{
    size_t len;
    uint8_t *buf = session_read_file(path, &len, err, errlen);
    if (!buf) {
        return -1;
    }
    /* A machine that has run is checked against the whole file first and
     * then built again, so that a refused file leaves it running and no
     * device keeps anything of its own past the load. A fresh one
     * (-loadvm) is loaded as it is: if the file is refused halfway, it
     * never runs. */
    char why[400];
    int rc = 0;
    if (!s->fresh) {
        if (machine_check_state(s->m, buf, len, why, sizeof(why)) != 0) {
            fail(err, errlen, "%s: %s", path, why);
            free(buf);
            return -1;
        }
        teardown(s);
        s->ntyped = 0;
        rc = build(s, err, errlen);
    }
    if (rc == 0 && machine_load_state(s->m, buf, len, why, sizeof(why)) != 0) {
        fail(err, errlen, "%s: %s", path, why);
        teardown(s);
        rc = -1;
    }
    free(buf);
    return rc == 0 ? 0 : machine_gone(s);
}

size_t session_info_registers(Session *s, char *buf, size_t len)
{
    static const char *const abi[32] = {
        "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0",
        "a1", "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5",
        "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
    };
    static const char prv[] = "US?M";
    size_t n = 0;
    buf[0] = 0;
    for (int c = 0; s->m && c < machine_hart_count(s->m) && n + 1 < len; c++) {
        Hart *h = machine_hart_n(s->m, c);
        n += (size_t)snprintf(buf + n, len - n, "CPU#%d\n pc       %016" PRIx64 "\n"
                              " priv     %c\n", c, h->pc, prv[h->priv & 3]);
        for (int i = 0; i < 32 && n + 1 < len; i++) {
            n += (size_t)snprintf(buf + n, len - n, " x%-2d/%-4s %016" PRIx64 "%s", i, abi[i],
                                  h->x[i], i % 4 == 3 ? "\n" : "");
        }
        if (n + 1 < len) {
            n += (size_t)snprintf(buf + n, len - n,
                                  " mstatus  %016" PRIx64 " mepc %016" PRIx64 " mcause %016"
                                  PRIx64 "\n satp     %016" PRIx64 " sepc %016" PRIx64
                                  " scause %016" PRIx64 "\n", h->mstatus, h->mepc, h->mcause,
                                  h->satp, h->sepc, h->scause);
        }
    }
    if (n >= len) {
        n = len - 1;
    }
    return n;
}
