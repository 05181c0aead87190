/* TinyEMU-style JSON config files: TinyEMU's relaxed syntax is turned into
 * strict JSON and read with cJSON; drive0..3, eth0 and fs0..3 become the
 * same backends and devices as -drive, -netdev and -virtfs; display0 and
 * input_device the virtio display and input devices. */
#include "machine/config.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/display.h"

#define MAX_RAM_MIB (64 * 1024)          /* sanity bound, far above any guest here */
#define MAX_CONFIG_BYTES (1 << 20)

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* --- relaxed JSON ------------------------------------------------------- */

/* TinyEMU's config files use comments, unquoted keys and trailing commas.
 * This pass rewrites them into strict JSON for cJSON, keeping every newline
 * so that error positions still map to the user's line numbers. */
typedef struct Relax {
    const char *in;
    size_t pos, len;
    char *out;
    size_t olen;
} Relax;

static void emit(Relax *r, char c)
{
    r->out[r->olen++] = c;
}

/* Drops a ',' emitted just before a closing bracket (ignoring blanks). */
static void drop_trailing_comma(Relax *r)
{
    size_t i = r->olen;

    while (i > 0 && isspace((unsigned char)r->out[i - 1])) {
        i--;
    }
    if (i > 0 && r->out[i - 1] == ',') {
        r->out[i - 1] = ' ';
    }
}

static void copy_string(Relax *r)
{
    emit(r, r->in[r->pos++]);
    while (r->pos < r->len && r->in[r->pos] != '"') {
        if (r->in[r->pos] == '\\' && r->pos + 1 < r->len) {
            emit(r, r->in[r->pos++]);
        }
        emit(r, r->in[r->pos++]);
    }
    if (r->pos < r->len) {
        emit(r, r->in[r->pos++]);
    }
}

/* Skips a comment starting at pos, keeping its newlines. Returns -1 for an
 * unterminated block comment. */
static int skip_comment(Relax *r)
{
    if (r->in[r->pos + 1] == '/') {
        while (r->pos < r->len && r->in[r->pos] != '\n') {
            r->pos++;
        }
        return 0;
    }
    for (r->pos += 2; r->pos + 1 < r->len; r->pos++) {
        if (r->in[r->pos] == '*' && r->in[r->pos + 1] == '/') {
            r->pos += 2;
            return 0;
        }
        if (r->in[r->pos] == '\n') {
            emit(r, '\n');
        }
    }
    return -1;
}

/* Bare words become strings, except the JSON literals; numbers (which may
 * contain letters such as 'e' or 'x') are copied as they are. */
static void copy_word(Relax *r)
{
    size_t start = r->pos;
    bool number = isdigit((unsigned char)r->in[start]) || r->in[start] == '-';

    while (r->pos < r->len && (isalnum((unsigned char)r->in[r->pos]) || r->in[r->pos] == '_' ||
                               (number && strchr(".+-", r->in[r->pos])))) {
        r->pos++;
    }
    size_t n = r->pos - start;
    bool literal = number || (n == 4 && !strncmp(r->in + start, "true", 4)) ||
                   (n == 5 && !strncmp(r->in + start, "false", 5)) ||
                   (n == 4 && !strncmp(r->in + start, "null", 4));
    if (!literal) {
        emit(r, '"');
    }
    for (size_t i = start; i < r->pos; i++) {
        emit(r, r->in[i]);
    }
    if (!literal) {
        emit(r, '"');
    }
}

/* Returns the strict-JSON text (malloc'd) or NULL on an unterminated
 * comment (*bad_line set) or out of memory. */
static char *relax_json(const char *in, size_t len, int *bad_line)
{
    /* Quoting a word adds 2 bytes to at least 1: 3x bounds the output. */
    Relax r = { .in = in, .len = len, .out = malloc(len * 3 + 1) };

    if (!r.out) {
        return NULL;
    }
    while (r.pos < r.len) {
        char c = in[r.pos];
        if (c == '"') {
            copy_string(&r);
        } else if (c == '/' && r.pos + 1 < len && (in[r.pos + 1] == '/' || in[r.pos + 1] == '*')) {
            int line = 1;
            for (size_t i = 0; i < r.pos; i++) {
                line += in[i] == '\n';
            }
            if (skip_comment(&r) != 0) {
                *bad_line = line;
                free(r.out);
                return NULL;
            }
        } else if (isalnum((unsigned char)c) || c == '_' || c == '-') {
            copy_word(&r);
        } else {
            if (c == '}' || c == ']') {
                drop_trailing_comma(&r);
            }
            emit(&r, c);
            r.pos++;
        }
    }
    r.out[r.olen] = '\0';
    return r.out;
}

static int line_of(const char *text, const char *at)
{
    int line = 1;

    for (const char *p = text; p < at && *p; p++) {
        line += *p == '\n';
    }
    return line;
}

/* --- reading the file --------------------------------------------------- */

static char *read_text(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    char *buf;

    if (!f) {
        set_err(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    buf = malloc(MAX_CONFIG_BYTES + 1);
    if (!buf) {
        fclose(f);
        set_err(err, errlen, "out of memory");
        return NULL;
    }
    *len = fread(buf, 1, MAX_CONFIG_BYTES + 1, f);
    int rerr = ferror(f) ? errno : 0;
    fclose(f);
    if (rerr) {
        set_err(err, errlen, "%s: cannot read: %s", path, strerror(rerr));
    } else if (*len > MAX_CONFIG_BYTES) {
        set_err(err, errlen, "%s: larger than %d MiB, not a config file", path,
                MAX_CONFIG_BYTES >> 20);
    } else {
        buf[*len] = '\0';
        return buf;
    }
    free(buf);
    return NULL;
}

static cJSON *parse_json(const char *path, char *err, size_t errlen)
{
    size_t len;
    int bad_line = 0;
    char *text = read_text(path, &len, err, errlen);

    if (!text) {
        return NULL;
    }
    char *strict = relax_json(text, len, &bad_line);
    free(text);
    if (!strict) {
        if (bad_line) {
            set_err(err, errlen, "%s: unterminated comment near line %d", path, bad_line);
        } else {
            set_err(err, errlen, "out of memory");
        }
        return NULL;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithOpts(strict, &end, true);
    if (!root) {
        set_err(err, errlen, "%s: malformed JSON near line %d", path,
                line_of(strict, end ? end : cJSON_GetErrorPtr()));
    } else if (!cJSON_IsObject(root)) {
        set_err(err, errlen, "%s: malformed JSON near line 1 (expected an object)", path);
        cJSON_Delete(root);
        root = NULL;
    }
    free(strict);
    return root;
}

/* --- applying keys ------------------------------------------------------ */

/* Context for applying one file's keys. */
typedef struct FileCtx {
    MachineConfig *cfg;
    const char *path;    /* the config file, for messages */
    char *dir;           /* its directory, for relative paths */
    char *err;
    size_t errlen;
} FileCtx;

static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');

    if (!slash) {
        return strdup(".");
    }
    if (slash == path) {
        return strdup("/");
    }
    return strndup(path, (size_t)(slash - path));
}

/* Resolves a path from the file against the file's directory. */
static int set_path(FileCtx *x, char **slot, const char *key, const cJSON *v)
{
    if (!cJSON_IsString(v) || !v->valuestring[0]) {
        set_err(x->err, x->errlen, "%s: %s must be a file name", x->path, key);
        return -1;
    }
    const char *p = v->valuestring;
    if (p[0] == '/' || strcmp(x->dir, ".") == 0) {
        return config_set_str(slot, p, x->err, x->errlen);
    }
    size_t n = strlen(x->dir) + strlen(p) + 2;
    char *full = malloc(n);
    if (!full) {
        set_err(x->err, x->errlen, "out of memory");
        return -1;
    }
    snprintf(full, n, "%s%s%s", x->dir, strcmp(x->dir, "/") ? "/" : "", p);
    free(*slot);
    *slot = full;
    return 0;
}

static int bool_key(FileCtx *x, const char *what, const cJSON *v, bool *out)
{
    if (!cJSON_IsBool(v)) {
        set_err(x->err, x->errlen, "%s: %s must be true or false", x->path, what);
        return -1;
    }
    *out = cJSON_IsTrue(v);
    return 0;
}

/* One drive: TinyEMU writes either "file" or { "file": ..., ... }; the
 * keys become -drive options. */
static int drive_opts(FileCtx *x, const char *key, const cJSON *v, Opts *o)
{
    char *file = NULL;
    int rc = 0;
    if (cJSON_IsString(v)) {
        rc = set_path(x, &file, key, v);
    } else if (!cJSON_IsObject(v)) {
        set_err(x->err, x->errlen, "%s: %s must be an object with a \"file\"", x->path, key);
        return -1;
    }
    for (const cJSON *it = cJSON_IsObject(v) ? v->child : NULL; it && rc == 0; it = it->next) {
        bool b;
        if (!strcmp(it->string, "file")) {
            rc = set_path(x, &file, "drive file", it);
        } else if (!strcmp(it->string, "format")) {
            if (!cJSON_IsString(it) || strcmp(it->valuestring, "raw") != 0) {
                set_err(x->err, x->errlen, "%s: %s: only format \"raw\" is supported",
                        x->path, key);
                rc = -1;
            }
        } else if (!strcmp(it->string, "readonly") || !strcmp(it->string, "snapshot")) {
            rc = bool_key(x, it->string, it, &b);
            if (rc == 0 && opts_add(o, it->string, b ? "on" : "off") != 0) {
                set_err(x->err, x->errlen, "out of memory");
                rc = -1;
            }
        } else {
            set_err(x->err, x->errlen, "%s: %s: unknown key '%s'", x->path, key, it->string);
            rc = -1;
        }
    }
    if (rc == 0 && !file) {
        set_err(x->err, x->errlen, "%s: %s has no \"file\"", x->path, key);
        rc = -1;
    }
    if (rc == 0 && opts_add(o, "file", file) != 0) {
        set_err(x->err, x->errlen, "out of memory");
        rc = -1;
    }
    free(file);
    return rc;
}

static int apply_drives(FileCtx *x, const cJSON *root)
{
    for (int i = 0; i < MAX_DRIVES; i++) {
        char key[24], what[300];
        snprintf(key, sizeof(key), "drive%d", i);
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
        if (!v) {
            continue;
        }
        Opts o = { 0 };
        snprintf(what, sizeof(what), "%s: %s", x->path, key);
        int rc = drive_opts(x, key, v, &o);
        if (rc == 0 && x->cfg->ndrives == MAX_DRIVES) {
            set_err(x->err, x->errlen, "%s: too many drives (at most %d)", x->path, MAX_DRIVES);
            rc = -1;
        }
        if (rc == 0) {
            rc = config_add_drive(x->cfg, &o, what, x->err, x->errlen);
        }
        opts_free(&o);
        if (rc != 0) {
            return -1;
        }
    }
    return 0;
}

static int apply_memory(FileCtx *x, const cJSON *v)
{
    double mib = cJSON_IsNumber(v) ? v->valuedouble : -1;

    if (mib < 1 || mib > MAX_RAM_MIB || mib != (double)(uint64_t)mib) {
        set_err(x->err, x->errlen, "%s: memory_size must be a positive number of MiB (at most %d)",
                x->path, MAX_RAM_MIB);
        return -1;
    }
    x->cfg->ram_size = (uint64_t)mib << 20;
    return 0;
}

/* "cpus": the hart count, 1..MACHINE_MAX_HARTS (as -smp). */
static int apply_cpus(FileCtx *x, const cJSON *v)
{
    double n = cJSON_IsNumber(v) ? v->valuedouble : 0;
    if (n < 1 || n > MACHINE_MAX_HARTS || n != (double)(int)n) {
        set_err(x->err, x->errlen, "%s: cpus must be a number of harts, 1..%d", x->path,
                MACHINE_MAX_HARTS);
        return -1;
    }
    x->cfg->cpus = (int)n;
    return 0;
}

static int apply_machine(FileCtx *x, const cJSON *v)
{
    const char *s = cJSON_IsString(v) ? v->valuestring : "";

    if (!strcmp(s, "riscv64")) {
        x->cfg->xlen = 64;
    } else if (!strcmp(s, "riscv32")) {
        x->cfg->xlen = 32;
    } else {
        set_err(x->err, x->errlen, "%s: machine must be \"riscv64\" or \"riscv32\"", x->path);
        return -1;
    }
    return 0;
}

/* Keys TinyEMU understands that describe devices this board lacks: a
 * TinyEMU config must still load, so they are accepted and ignored. */
static bool tinyemu_only_key(const char *k)
{
    static const char *const keys[] = {
        "eth1", "eth2", "eth3", "accel", "rtc_local_time", NULL,
    };

    for (int i = 0; keys[i]; i++) {
        if (!strcmp(k, keys[i])) {
            return true;
        }
    }
    return false;
}

/* Adds each rule of an eth0 "hostfwd" or "guestfwd" list as that option. */
static int eth0_rules(FileCtx *x, const cJSON *it, Opts *o)
{
    if (!cJSON_IsArray(it)) {
        set_err(x->err, x->errlen, "%s: eth0: %s must be a list of strings", x->path,
                it->string);
        return -1;
    }
    for (const cJSON *f = it->child; f; f = f->next) {
        if (!cJSON_IsString(f)) {
            set_err(x->err, x->errlen, "%s: eth0: %s must be a list of strings", x->path,
                    it->string);
            return -1;
        }
        if (opts_add(o, it->string, f->valuestring) != 0) {
            return -1;
        }
    }
    return 0;
}

/* eth0: {"driver": "user", "hostfwd": ["tcp::8080-:80", ...], "guestfwd": [...],
 * "restrict": bool}. */
static int eth0_item(FileCtx *x, const cJSON *it, Opts *o)
{
    bool b;
    if (!strcmp(it->string, "driver")) {
        if (!cJSON_IsString(it) || strcmp(it->valuestring, "user") != 0) {
            set_err(x->err, x->errlen, "%s: eth0: only driver \"user\" is supported", x->path);
            return -1;
        }
        return 0;
    } else if (!strcmp(it->string, "restrict")) {
        if (bool_key(x, "eth0 restrict", it, &b) != 0) {
            return -1;
        }
        return opts_add(o, "restrict", b ? "on" : "off");
    } else if (!strcmp(it->string, "hostfwd") || !strcmp(it->string, "guestfwd")) {
        return eth0_rules(x, it, o);
    }
    set_err(x->err, x->errlen, "%s: eth0: unknown key '%s'", x->path, it->string);
    return -1;
}

static int apply_eth0(FileCtx *x, const cJSON *v)
{
    if (!cJSON_IsObject(v) || !cJSON_GetObjectItemCaseSensitive(v, "driver")) {
        set_err(x->err, x->errlen, "%s: eth0 must be an object with a \"driver\"", x->path);
        return -1;
    }
    Opts o = { 0 };
    int rc = 0;
    for (const cJSON *it = v->child; it && rc == 0; it = it->next) {
        rc = eth0_item(x, it, &o);
    }
    if (rc == 0) {
        rc = config_add_netdev(x->cfg, &o, true, x->path, x->err, x->errlen);
    }
    opts_free(&o);
    return rc;
}

static bool is_drive_key(const char *k)
{
    return !strncmp(k, "drive", 5) && k[5] >= '0' && k[5] < '0' + MAX_DRIVES && !k[6];
}

static bool is_fs_key(const char *k)
{
    return !strncmp(k, "fs", 2) && k[2] >= '0' && k[2] < '0' + MAX_FS && !k[3];
}

/* fs0..fs3: TinyEMU's {"file": DIR, "tag": TAG}; "path" is accepted for
 * "file", and the tag defaults to TinyEMU's "/dev/root". */
static int apply_fs(FileCtx *x, const char *key, const cJSON *v)
{
    char *path = NULL, *tag = NULL;
    bool ro = false;
    int rc = cJSON_IsObject(v) ? 0 : -1;

    if (rc) {
        set_err(x->err, x->errlen, "%s: %s must be an object with a \"file\"", x->path, key);
    }
    for (const cJSON *it = rc ? NULL : v->child; it && rc == 0; it = it->next) {
        if (!strcmp(it->string, "file") || !strcmp(it->string, "path")) {
            rc = set_path(x, &path, "fs file", it);
        } else if (!strcmp(it->string, "tag") && cJSON_IsString(it)) {
            rc = config_set_str(&tag, it->valuestring, x->err, x->errlen);
        } else if (!strcmp(it->string, "tag")) {
            set_err(x->err, x->errlen, "%s: %s: tag must be a string", x->path, key);
            rc = -1;
        } else if (!strcmp(it->string, "readonly")) {
            rc = bool_key(x, "readonly", it, &ro);
        } else {
            set_err(x->err, x->errlen, "%s: %s: unknown key '%s'", x->path, key, it->string);
            rc = -1;
        }
    }
    Opts o = { 0 };
    char what[300];
    snprintf(what, sizeof(what), "%s: %s", x->path, key);
    if (rc == 0 && ((path && opts_add(&o, "path", path)) ||
                    opts_add(&o, "readonly", ro ? "on" : "off"))) {
        set_err(x->err, x->errlen, "out of memory");
        rc = -1;
    }
    if (rc == 0) {
        rc = config_add_fsdev(x->cfg, &o, tag ? tag : "/dev/root", what, x->err, x->errlen);
    }
    opts_free(&o);
    free(path);
    free(tag);
    return rc;
}

/* display0: TinyEMU's {"device": "simplefb", "width": W, "height": H}; a
 * virtio-gpu-device of that size shows it here, whichever device is named. */
static int display_size(FileCtx *x, const cJSON *v, int max, int *out)
{
    double d = cJSON_IsNumber(v) ? v->valuedouble : 0;
    if (d < 1 || d > max || d != (double)(int)d) {
        set_err(x->err, x->errlen, "%s: display0: %s must be a whole number of pixels 1..%d",
                x->path, v->string, max);
        return -1;
    }
    *out = (int)d;
    return 0;
}

static int apply_display(FileCtx *x, const cJSON *v)
{
    int w = 0, h = 0, rc = 0;
    if (!cJSON_IsObject(v) || !cJSON_GetObjectItemCaseSensitive(v, "device")) {
        set_err(x->err, x->errlen, "%s: display0 must be an object with a \"device\"", x->path);
        return -1;
    }
    for (const cJSON *it = v->child; it && rc == 0; it = it->next) {
        if (!strcmp(it->string, "device")) {
            if (!cJSON_IsString(it) || (strcmp(it->valuestring, "simplefb") != 0 &&
                                        strcmp(it->valuestring, "virtio-gpu") != 0)) {
                set_err(x->err, x->errlen,
                        "%s: display0: device must be \"virtio-gpu\" or \"simplefb\"", x->path);
                rc = -1;
            }
        } else if (!strcmp(it->string, "width")) {
            rc = display_size(x, it, DISPLAY_MAX_WIDTH, &w);
        } else if (!strcmp(it->string, "height")) {
            rc = display_size(x, it, DISPLAY_MAX_HEIGHT, &h);
        } else {
            set_err(x->err, x->errlen, "%s: display0: unknown key '%s'", x->path, it->string);
            rc = -1;
        }
    }
    char what[300];
    snprintf(what, sizeof(what), "%s: display0", x->path);
    return rc ? rc : config_add_display(x->cfg, w, h, what, x->err, x->errlen);
}

/* input_device: "virtio", a keyboard and a tablet (TinyEMU's only kind). */
static int apply_input(FileCtx *x, const cJSON *v)
{
    if (!cJSON_IsString(v) || strcmp(v->valuestring, "virtio") != 0) {
        set_err(x->err, x->errlen, "%s: input_device must be \"virtio\"", x->path);
        return -1;
    }
    char what[300];
    snprintf(what, sizeof(what), "%s: input_device", x->path);
    return config_add_input(x->cfg, what, x->err, x->errlen);
}

static int apply_key(FileCtx *x, const cJSON *v)
{
    const char *k = v->string;
    MachineConfig *cfg = x->cfg;

    if (is_drive_key(k) || tinyemu_only_key(k)) {
        return 0;
    } else if (!strcmp(k, "version")) {
        /* TinyEMU's only format version; another one may mean other keys. */
        if (!cJSON_IsNumber(v) || v->valuedouble != 1) {
            set_err(x->err, x->errlen, "%s: version must be 1 (the TinyEMU config format)",
                    x->path);
            return -1;
        }
        return 0;
    } else if (!strcmp(k, "eth0")) {
        return apply_eth0(x, v);
    } else if (!strcmp(k, "display0")) {
        return apply_display(x, v);
    } else if (!strcmp(k, "input_device")) {
        return apply_input(x, v);
    } else if (is_fs_key(k)) {
        return apply_fs(x, k, v);
    } else if (!strcmp(k, "machine")) {
        return apply_machine(x, v);
    } else if (!strcmp(k, "memory_size")) {
        return apply_memory(x, v);
    } else if (!strcmp(k, "cpus")) {
        return apply_cpus(x, v);
    } else if (!strcmp(k, "bios") && cJSON_IsString(v) && !strcmp(v->valuestring, "none")) {
        cfg->no_bios = true;   /* as -bios none: the kernel runs in M mode */
        return config_set_str(&cfg->bios, NULL, x->err, x->errlen);
    } else if (!strcmp(k, "bios")) {
        cfg->no_bios = false;
        return set_path(x, &cfg->bios, k, v);
    } else if (!strcmp(k, "kernel")) {
        return set_path(x, &cfg->kernel, k, v);
    } else if (!strcmp(k, "initrd")) {
        return set_path(x, &cfg->initrd, k, v);
    } else if (!strcmp(k, "cmdline")) {
        if (!cJSON_IsString(v)) {
            set_err(x->err, x->errlen, "%s: cmdline must be a string", x->path);
            return -1;
        }
        return config_set_str(&cfg->cmdline, v->valuestring, x->err, x->errlen);
    } else if (!strcmp(k, "deterministic")) {
        return bool_key(x, k, v, &cfg->deterministic);
    }
    set_err(x->err, x->errlen, "%s: unknown key '%s'", x->path, k);
    return -1;
}

/* See config.h. Drives from the file are appended to cfg's, in
 * drive0..drive3 order. */
int config_load_file(MachineConfig *cfg, const char *path, char *err, size_t errlen)
{
    cJSON *root = parse_json(path, err, errlen);
    FileCtx x = { .cfg = cfg, .path = path, .err = err, .errlen = errlen };
    int rc = 0;

    if (!root) {
        return -1;
    }
    x.dir = dir_of(path);
    if (!x.dir) {
        set_err(err, errlen, "out of memory");
        rc = -1;
    }
    for (const cJSON *v = root->child; v && rc == 0; v = v->next) {
        rc = apply_key(&x, v);
    }
    if (rc == 0) {
        rc = apply_drives(&x, root);
    }
    free(x.dir);
    cJSON_Delete(root);
    return rc;
}

/* See config.h. */
