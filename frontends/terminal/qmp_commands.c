/* QMP's commands (see qmp.h for the list and their arguments): each
 * request's members checked as QEMU's qmp_dispatch_check_obj does, its
 * arguments checked by name and type with QEMU's messages, then a call
 * into the session (session.h) so that QMP, the monitor and scripts act
 * alike. */
#include "frontends/terminal/qmp_commands.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontends/terminal/monitor.h"

#define HMP_OUT_MAX 65536       /* human-monitor-command's text */
#define NAME_SHOWN 200          /* bytes of a client's name quoted in a message */

/* The QEMU version the greeting and query-version claim: clients choose
 * their dialect by it, and rvbox speaks 7.2's. */
#define QEMU_MAJOR 7
#define QEMU_MINOR 2
#define QEMU_MICRO 0

/* What a command sees: the session and its connection's negotiation. */
typedef struct Ctx {
    Session *s;
    bool *command_mode;
} Ctx;

/* {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": "rvbox"} */
cJSON *qmp_version_info(void)
{
    cJSON *v = cJSON_CreateObject();
    cJSON *qemu = cJSON_AddObjectToObject(v, "qemu");
    cJSON_AddNumberToObject(qemu, "micro", QEMU_MICRO);
    cJSON_AddNumberToObject(qemu, "minor", QEMU_MINOR);
    cJSON_AddNumberToObject(qemu, "major", QEMU_MAJOR);
    cJSON_AddStringToObject(v, "package", "rvbox");
    return v;
}

/* --- arguments ----------------------------------------------------------- */

typedef QmpReply Reply;

/* Fails the reply with class cls; returns -1 for the caller to return. */
static int fail_cls(Reply *rp, const char *cls, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(rp->desc, sizeof(rp->desc), fmt, ap);
    va_end(ap);
    rp->cls = cls;
    return -1;
}

#define fail(rp, ...) fail_cls(rp, "GenericError", __VA_ARGS__)

/* "path.name", or name alone at the top: how QEMU names a parameter. */
static void full_name(char *out, size_t len, const char *path, const char *name)
{
    snprintf(out, len, "%s%s%.*s", path, path[0] ? "." : "", NAME_SHOWN, name);
}

static bool is_int(const cJSON *v)
{
    return cJSON_IsNumber(v) && isfinite(v->valuedouble) &&
           v->valuedouble == floor(v->valuedouble) &&
           v->valuedouble >= -9223372036854775808.0 && v->valuedouble < 9223372036854775808.0;
}

static bool is_bool(const cJSON *v)
{
    return cJSON_IsBool(v);
}

static bool is_str(const cJSON *v)
{
    return cJSON_IsString(v) && v->valuestring;
}

static bool is_obj(const cJSON *v)
{
    return cJSON_IsObject(v);
}

static bool is_arr(const cJSON *v)
{
    return cJSON_IsArray(v);
}

/* The member name of obj when is(member) holds: 1 and *out; 0 when it is
 * absent and optional; -1 with QEMU's message otherwise. */
static int get(const cJSON *obj, const char *path, const char *name, bool required,
               bool (*is)(const cJSON *), const char *type, const cJSON **out, Reply *rp)
{
    char full[512];
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
    *out = NULL;
    if (!v) {
        if (!required) {
            return 0;
        }
        full_name(full, sizeof(full), path, name);
        return fail(rp, "Parameter '%s' is missing", full);
    }
    if (!is(v)) {
        full_name(full, sizeof(full), path, name);
        return fail(rp, "Invalid parameter type for '%s', expected: %s", full, type);
    }
    *out = v;
    return 1;
}

static int get_str(const cJSON *obj, const char *path, const char *name, bool required,
                   const char **out, Reply *rp)
{
    const cJSON *v;
    int rc = get(obj, path, name, required, is_str, "string", &v, rp);
    *out = rc > 0 ? v->valuestring : NULL;
    return rc;
}

static int get_int(const cJSON *obj, const char *path, const char *name, bool required,
                   int64_t *out, Reply *rp)
{
    const cJSON *v;
    int rc = get(obj, path, name, required, is_int, "integer", &v, rp);
    *out = rc > 0 ? (int64_t)v->valuedouble : 0;
    return rc;
}

static int get_bool(const cJSON *obj, const char *path, const char *name, bool required,
                    bool *out, Reply *rp)
{
    const cJSON *v;
    int rc = get(obj, path, name, required, is_bool, "boolean", &v, rp);
    *out = rc > 0 && cJSON_IsTrue(v);
    return rc;
}

/* Refuses a member of obj not in names (NULL-terminated). */
static int only_members(const cJSON *obj, const char *path, const char *const *names,
                        Reply *rp)
{
    for (const cJSON *m = obj ? obj->child : NULL; m; m = m->next) {
        bool known = false;
        for (int i = 0; names[i] && !known; i++) {
            known = !strcmp(m->string, names[i]);
        }
        if (!known) {
            char full[512];
            full_name(full, sizeof(full), path, m->string);
            return fail(rp, "Parameter '%s' is unexpected", full);
        }
    }
    return 0;
}

/* Element i of array arr, which must be an object; its name in *path. */
static int get_elem_obj(const cJSON *arr, const char *aname, int i, char *path,
                        size_t pathlen, const cJSON **out, Reply *rp)
{
    *out = cJSON_GetArrayItem(arr, i);
    snprintf(path, pathlen, "%s[%d]", aname, i);
    if (!cJSON_IsObject(*out)) {
        return fail(rp, "Invalid parameter type for '%s', expected: object", path);
    }
    return 0;
}

/* A KeyValue ({"type": "qcode", "data": NAME}): the key's name. Numbered
 * keys (QEMU's "number", raw scancodes) have no meaning without a PC
 * keyboard and are refused. */
static int get_key(const cJSON *kv, const char *path, const char **name, Reply *rp)
{
    static const char *const members[] = { "type", "data", NULL };
    const char *type;
    if (get_str(kv, path, "type", true, &type, rp) < 0 ||
        only_members(kv, path, members, rp) < 0) {
        return -1;
    }
    if (!strcmp(type, "number")) {
        return fail(rp, "%s: key numbers are not supported; name keys by qcode", path);
    }
    if (strcmp(type, "qcode") != 0) {
        return fail(rp, "Parameter '%s.type' does not accept value '%.*s'", path, NAME_SHOWN,
                    type);
    }
    return get_str(kv, path, "data", true, name, rp) < 0 ? -1 : 0;
}

/* --- commands ------------------------------------------------------------ */

typedef struct Command {
    const char *name;
    const char *const *params;     /* the argument names it takes */
    int (*run)(Ctx *x, const cJSON *args, Reply *rp);
} Command;

static void list_commands(cJSON *arr);

static int need_machine(const Session *s, Reply *rp)
{
    return s->m ? 0 : fail(rp, "the machine is gone: the session is ending");
}

static int cmd_capabilities(Ctx *x, const cJSON *args, Reply *rp)
{
    const cJSON *enable;
    if (*x->command_mode) {
        return fail_cls(rp, "CommandNotFound",
                        "Capabilities negotiation is already complete, command ignored");
    }
    if (get(args, "", "enable", false, is_arr, "array", &enable, rp) < 0) {
        return -1;
    }
    int n = enable ? cJSON_GetArraySize(enable) : 0;
    for (int i = 0; i < n; i++) {
        const cJSON *cap = cJSON_GetArrayItem(enable, i);
        if (!is_str(cap)) {
            return fail(rp, "Invalid parameter type for 'enable[%d]', expected: string", i);
        }
        if (strcmp(cap->valuestring, "oob") != 0) {
            return fail(rp, "Parameter 'enable[%d]' does not accept value '%.*s'", i,
                        NAME_SHOWN, cap->valuestring);
        }
    }
    if (n > 0) {
        /* The greeting offers no capability, so none can be enabled. */
        return fail(rp, "Capability 'oob' not available");
    }
    *x->command_mode = true;
    return 0;
}

static int cmd_query_status(Ctx *x, const cJSON *args, Reply *rp)
{
    const char *st = session_status(x->s);
    rp->ret = cJSON_CreateObject();
    cJSON_AddStringToObject(rp->ret, "status", st);
    cJSON_AddBoolToObject(rp->ret, "singlestep", false);
    cJSON_AddBoolToObject(rp->ret, "running", !strcmp(st, "running"));
    return 0;
}

static int cmd_query_version(Ctx *x, const cJSON *args, Reply *rp)
{
    rp->ret = qmp_version_info();
    return 0;
}

static int cmd_query_commands(Ctx *x, const cJSON *args, Reply *rp)
{
    rp->ret = cJSON_CreateArray();
    list_commands(rp->ret);
    return 0;
}

static int cmd_stop(Ctx *x, const cJSON *args, Reply *rp)
{
    session_stop(x->s);
    return 0;
}

static int cmd_cont(Ctx *x, const cJSON *args, Reply *rp)
{
    session_cont(x->s);
    return 0;
}

static int cmd_system_reset(Ctx *x, const cJSON *args, Reply *rp)
{
    if (session_reset(x->s, "host-qmp-system-reset", rp->desc, sizeof(rp->desc)) != 0) {
        rp->cls = "GenericError";
        return -1;
    }
    return 0;
}

static int cmd_system_powerdown(Ctx *x, const cJSON *args, Reply *rp)
{
    if (need_machine(x->s, rp) < 0) {
        return -1;
    }
    if (session_powerdown(x->s, rp->desc, sizeof(rp->desc)) != 0) {
        rp->cls = "GenericError";
        return -1;
    }
    return 0;
}

static int cmd_quit(Ctx *x, const cJSON *args, Reply *rp)
{
    rp->quit = true;    /* the reply goes out before SHUTDOWN */
    return 0;
}

/* screendump: the display as PNG; QEMU's "device" and "head" pick a
 * display, and rvbox has one with one head. */
static int cmd_screendump(Ctx *x, const cJSON *args, Reply *rp)
{
    const char *file, *format, *device;
    int64_t head;
    if (get_str(args, "", "filename", true, &file, rp) < 0 ||
        get_str(args, "", "device", false, &device, rp) < 0 ||
        get_int(args, "", "head", false, &head, rp) < 0 ||
        get_str(args, "", "format", false, &format, rp) < 0) {
        return -1;
    }
    if (format && !strcmp(format, "ppm")) {
        return fail(rp, "screendump: format 'ppm' is not supported here; use 'png'");
    }
    if (format && strcmp(format, "png") != 0) {
        return fail(rp, "Parameter 'format' does not accept value '%.*s'", NAME_SHOWN, format);
    }
    if (head != 0) {
        return fail(rp, "screendump: head %lld not found (the display has head 0 only)",
                    (long long)head);
    }
    if (need_machine(x->s, rp) < 0) {
        return -1;
    }
    if (session_screendump(x->s, file, rp->desc, sizeof(rp->desc)) != 0) {
        rp->cls = "GenericError";
        return -1;
    }
    return 0;
}

static int cmd_send_key(Ctx *x, const cJSON *args, Reply *rp)
{
    const cJSON *keys;
    const char *names[SESSION_MAX_CHORD];
    int64_t hold;
    if (get(args, "", "keys", true, is_arr, "array", &keys, rp) < 0 ||
        get_int(args, "", "hold-time", false, &hold, rp) < 0) {
        return -1;
    }
    int n = cJSON_GetArraySize(keys);
    if (n > SESSION_MAX_CHORD) {
        return fail(rp, "send-key: at most %d keys at once", SESSION_MAX_CHORD);
    }
    for (int i = 0; i < n; i++) {
        char path[64];
        const cJSON *kv;
        if (get_elem_obj(keys, "keys", i, path, sizeof(path), &kv, rp) < 0 ||
            get_key(kv, path, &names[i], rp) < 0) {
            return -1;
        }
    }
    if (need_machine(x->s, rp) < 0) {
        return -1;
    }
    if (session_send_keys(x->s, names, n, rp->desc, sizeof(rp->desc)) != 0) {
        rp->cls = "GenericError";
        return -1;
    }
    return 0;
}

/* One InputEvent's data ("data" of {"type": T, "data": {...}}) into *e. */
static int get_input_data(const cJSON *d, const char *path, const char *type,
                          SessionInput *e, Reply *rp)
{
    static const char *const key_m[] = { "down", "key", NULL };
    static const char *const btn_m[] = { "down", "button", NULL };
    static const char *const move_m[] = { "axis", "value", NULL };
    const cJSON *kv;
    if (!strcmp(type, "key")) {
        e->kind = SESSION_IN_KEY;
        if (get_bool(d, path, "down", true, &e->down, rp) < 0 ||
            get(d, path, "key", true, is_obj, "object", &kv, rp) < 0) {
            return -1;
        }
        char kpath[96];
        snprintf(kpath, sizeof(kpath), "%s.key", path);
        return get_key(kv, kpath, &e->name, rp) < 0 ? -1 : only_members(d, path, key_m, rp);
    }
    if (!strcmp(type, "btn")) {
        e->kind = SESSION_IN_BTN;
        return get_bool(d, path, "down", true, &e->down, rp) < 0 ||
               get_str(d, path, "button", true, &e->name, rp) < 0 ? -1 :
               only_members(d, path, btn_m, rp);
    }
    e->kind = !strcmp(type, "abs") ? SESSION_IN_ABS : SESSION_IN_REL;
    return get_str(d, path, "axis", true, &e->name, rp) < 0 ||
           get_int(d, path, "value", true, &e->value, rp) < 0 ? -1 :
           only_members(d, path, move_m, rp);
}

/* One InputEvent, {"type": "key"|"btn"|"abs"|"rel", "data": {...}}. */
static int get_input_event(const cJSON *ev, const char *path, SessionInput *e, Reply *rp)
{
    static const char *const members[] = { "type", "data", NULL };
    const char *type;
    const cJSON *d;
    if (get_str(ev, path, "type", true, &type, rp) < 0) {
        return -1;
    }
    if (strcmp(type, "key") && strcmp(type, "btn") && strcmp(type, "abs") &&
        strcmp(type, "rel")) {
        return fail(rp, "Parameter '%s.type' does not accept value '%.*s'", path, NAME_SHOWN,
                    type);
    }
    char dpath[80];
    snprintf(dpath, sizeof(dpath), "%s.data", path);
    if (get(ev, path, "data", true, is_obj, "object", &d, rp) < 0 ||
        only_members(ev, path, members, rp) < 0) {
        return -1;
    }
    return get_input_data(d, dpath, type, e, rp);
}

static int cmd_input_send_event(Ctx *x, const cJSON *args, Reply *rp)
{
    const cJSON *events;
    const char *device;
    int64_t head;
    SessionInput ev[SESSION_MAX_EVENTS];
    if (get_str(args, "", "device", false, &device, rp) < 0 ||
        get_int(args, "", "head", false, &head, rp) < 0 ||
        get(args, "", "events", true, is_arr, "array", &events, rp) < 0) {
        return -1;
    }
    int n = cJSON_GetArraySize(events);
    if (n > SESSION_MAX_EVENTS) {
        return fail(rp, "input-send-event: at most %d events at once", SESSION_MAX_EVENTS);
    }
    memset(ev, 0, sizeof(ev));
    for (int i = 0; i < n; i++) {
        char path[64];
        const cJSON *e;
        if (get_elem_obj(events, "events", i, path, sizeof(path), &e, rp) < 0 ||
            get_input_event(e, path, &ev[i], rp) < 0) {
            return -1;
        }
    }
    if (need_machine(x->s, rp) < 0) {
        return -1;
    }
    if (session_input(x->s, ev, n, rp->desc, sizeof(rp->desc)) != 0) {
        rp->cls = "GenericError";
        return -1;
    }
    return 0;
}

/* The monitor's text with QEMU's "\r\n" line ends. */
static cJSON *hmp_text(const char *text)
{
    size_t n = strlen(text), k = 0;
    char *t = malloc(2 * n + 1);
    if (!t) {
        return cJSON_CreateString("");
    }
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) {
            t[k++] = '\r';
        }
        t[k++] = text[i];
    }
    t[k] = 0;
    cJSON *s = cJSON_CreateString(t);
    free(t);
    return s;
}

/* human-monitor-command: the monitor's output is the result, a failed
 * command's message included (QEMU does the same). cpu-index is accepted;
 * "info registers" shows every hart. */
static int cmd_hmp(Ctx *x, const cJSON *args, Reply *rp)
{
    const char *line;
    int64_t cpu;
    if (get_str(args, "", "command-line", true, &line, rp) < 0 ||
        get_int(args, "", "cpu-index", false, &cpu, rp) < 0) {
        return -1;
    }
    char *out = malloc(HMP_OUT_MAX);
    if (!out) {
        return fail(rp, "out of memory");
    }
    out[0] = 0;
    monitor_exec(x->s, line, out, HMP_OUT_MAX);
    out[HMP_OUT_MAX - 1] = 0;
    rp->ret = hmp_text(out);
    free(out);
    return 0;
}

static int cmd_savevm(Ctx *x, const cJSON *args, Reply *rp)
{
    const char *file;
    if (get_str(args, "", "filename", true, &file, rp) < 0 || need_machine(x->s, rp) < 0) {
        return -1;
    }
    if (session_savevm(x->s, file, rp->desc, sizeof(rp->desc)) != 0) {
        rp->cls = "GenericError";
        return -1;
    }
    return 0;
}

static int cmd_loadvm(Ctx *x, const cJSON *args, Reply *rp)
{
    const char *file;
    if (get_str(args, "", "filename", true, &file, rp) < 0 || need_machine(x->s, rp) < 0) {
        return -1;
    }
    if (session_loadvm(x->s, file, rp->desc, sizeof(rp->desc)) != 0) {
        rp->cls = "GenericError";
        return -1;
    }
    return 0;
}

static const char *const no_params[] = { NULL };
static const char *const caps_params[] = { "enable", NULL };
static const char *const file_params[] = { "filename", NULL };
static const char *const screendump_params[] = { "filename", "device", "head", "format", NULL };
static const char *const send_key_params[] = { "keys", "hold-time", NULL };
static const char *const input_params[] = { "device", "head", "events", NULL };
static const char *const hmp_params[] = { "command-line", "cpu-index", NULL };

static const Command commands[] = {
    { "qmp_capabilities", caps_params, cmd_capabilities },
    { "query-status", no_params, cmd_query_status },
    { "query-version", no_params, cmd_query_version },
    { "query-commands", no_params, cmd_query_commands },
    { "stop", no_params, cmd_stop },
    { "cont", no_params, cmd_cont },
    { "system_reset", no_params, cmd_system_reset },
    { "system_powerdown", no_params, cmd_system_powerdown },
    { "quit", no_params, cmd_quit },
    { "screendump", screendump_params, cmd_screendump },
    { "send-key", send_key_params, cmd_send_key },
    { "input-send-event", input_params, cmd_input_send_event },
    { "human-monitor-command", hmp_params, cmd_hmp },
    { "rvbox-savevm", file_params, cmd_savevm },
    { "rvbox-loadvm", file_params, cmd_loadvm },
    { NULL, NULL, NULL },
};

/* [{"name": NAME}, ...] for query-commands. */
static void list_commands(cJSON *arr)
{
    for (int i = 0; commands[i].name; i++) {
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "name", commands[i].name);
        cJSON_AddItemToArray(arr, e);
    }
}

static const Command *find_command(const char *name)
{
    for (int i = 0; commands[i].name; i++) {
        if (!strcmp(commands[i].name, name)) {
            return &commands[i];
        }
    }
    return NULL;
}

/* --- requests ------------------------------------------------------------ */

/* Checks a request's members as QEMU's qmp_dispatch_check_obj does and
 * runs its command. */
void qmp_dispatch(Session *s, bool *command_mode, const cJSON *req, QmpReply *rp)
{
    const cJSON *exec = NULL, *args = NULL;
    if (!cJSON_IsObject(req)) {
        fail(rp, "QMP input must be a JSON object");
        return;
    }
    for (const cJSON *m = req->child; m; m = m->next) {
        if (!strcmp(m->string, "execute")) {
            if (!is_str(m)) {
                fail(rp, "QMP input member 'execute' must be a string");
                return;
            }
            exec = m;
        } else if (!strcmp(m->string, "arguments")) {
            if (!cJSON_IsObject(m)) {
                fail(rp, "QMP input member 'arguments' must be an object");
                return;
            }
            args = m;
        } else if (strcmp(m->string, "id") != 0) {
            fail(rp, "QMP input member '%.*s' is unexpected", NAME_SHOWN, m->string);
            return;
        }
    }
    if (!exec) {
        fail(rp, "QMP input lacks member 'execute'");
        return;
    }
    const Command *cmd = find_command(exec->valuestring);
    if (!*command_mode && (!cmd || cmd->run != cmd_capabilities)) {
        fail_cls(rp, "CommandNotFound", "Expecting capabilities negotiation with "
                 "'qmp_capabilities'");
        return;
    }
    if (!cmd) {
        fail_cls(rp, "CommandNotFound", "The command %.*s has not been found", NAME_SHOWN,
                 exec->valuestring);
        return;
    }
    if (only_members(args, "", cmd->params, rp) == 0) {
        Ctx x = { .s = s, .command_mode = command_mode };
        cmd->run(&x, args, rp);
    }
}

