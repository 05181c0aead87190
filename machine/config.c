/* The machine configuration: TinyEMU-style JSON files (read with cJSON after
 * turning TinyEMU's relaxed syntax into strict JSON) and QEMU-like flags. */
#include "config.h"
#include "config_debug.h"
#include "config_internal.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_RAM_MIB 256
#define MAX_RAM_MIB (64 * 1024)          /* sanity bound, far above any guest here */
#define MAX_CONFIG_BYTES (1 << 20)

const char config_usage[] =
    "usage: rvbox [options] [config.cfg | program.elf]\n"
    "\n"
    "A RISC-V machine compatible with QEMU's 'virt' board.\n"
    "A TinyEMU-style JSON config file, if given, is read first; options override it.\n"
    "An ELF program instead runs bare-metal in M mode, speaking HTIF (tohost).\n"
    "\n"
    "options:\n"
    "  -m SIZE             RAM size in MiB, or with an M/G suffix (default 256)\n"
    "  -bios PATH|none     firmware (default: OpenSBI for a kernel Image)\n"
    "  -kernel PATH        kernel Image or ELF executable (may be gzip-compressed)\n"
    "  -initrd PATH        initramfs (may be gzip-compressed)\n"
    "  -append STRING      kernel command line\n"
    "  -drive file=PATH[,format=raw][,readonly=on][,snapshot=on]\n"
    "                      virtio block device (repeatable, at most 4)\n"
    "  -snapshot           writes to all drives are kept in memory only\n"
    "  -netdev user[,id=ID][,hostfwd=[tcp|udp]:[HOSTADDR]:PORT-[GUESTADDR]:PORT]...\n"
    "          [,restrict=on]  virtio-net NIC on a user-mode network (10.0.2.0/24,\n"
    "                      host 10.0.2.2, DNS 10.0.2.3, DHCP from 10.0.2.15);\n"
    "                      hostfwd repeatable; restrict: only forwarded ports work;\n"
    "                      -nic user,... is the same\n"
    "  -virtfs local,path=DIR,mount_tag=TAG[,readonly=on]\n"
    "                      share host directory DIR over virtio-9p (at most 4); the\n"
    "                      guest mounts it with mount -t 9p -o trans=virtio TAG /mnt\n"
    "  -cpu rv64|rv32      hart type (default rv64)\n"
    "  --deterministic     derive time from retired instructions (reproducible runs)\n"
    "  --trace[=FILE]      trace every instruction (pc, bits, disassembly, result)\n"
    "                      to stderr or FILE; -d in_asm is the same on stderr\n"
    "  --icount            print the number of instructions run at exit\n"
    "  -gdb tcp::PORT      GDB remote stub on localhost:PORT (-s: tcp::1234)\n"
    "  -S                  wait for the debugger before running\n"
    "  -h, --help          show this help\n"
    "\n"
    "config file keys: version, machine, memory_size (MiB), bios, kernel, initrd,\n"
    "  cmdline, drive0..drive3 ({\"file\": ..., \"readonly\": bool, \"snapshot\": bool}),\n"
    "  deterministic, eth0 ({\"driver\": \"user\", \"hostfwd\": [\"tcp::8080-:80\"],\n"
    "  \"restrict\": bool}), fs0..fs3 ({\"file\": DIR, \"tag\": TAG, \"readonly\": bool});\n"
    "  relative paths are relative to the config file.\n"
    "\n"
    "keys (when the console is a terminal):\n"
    "  Ctrl-A x            quit\n"
    "  Ctrl-A h            show these keys\n"
    "  Ctrl-A Ctrl-A       send Ctrl-A to the guest\n"
    "\n"
    "exit status: the guest's exit code (0 after a clean poweroff);\n"
    "  1 on bad input or usage.\n";

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* Shared with config_debug.c through config_internal.h. */
int config_set_str(char **slot, const char *s, char *err, size_t errlen)
{
    char *copy = NULL;

    if (s) {
        copy = strdup(s);
        if (!copy) {
            set_err(err, errlen, "out of memory");
            return -1;
        }
    }
    free(*slot);
    *slot = copy;
    return 0;
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

/* One drive: TinyEMU writes either "file" or { "file": ..., ... }. */
static int apply_drive(FileCtx *x, const char *key, const cJSON *v, DriveConfig *d)
{
    bool ro = false, snap = false;

    if (cJSON_IsString(v)) {
        d->mode = DRIVE_RW;
        return set_path(x, &d->file, key, v);
    }
    if (!cJSON_IsObject(v)) {
        set_err(x->err, x->errlen, "%s: %s must be an object with a \"file\"", x->path, key);
        return -1;
    }
    for (const cJSON *it = v->child; it; it = it->next) {
        int rc = 0;
        if (!strcmp(it->string, "file")) {
            rc = set_path(x, &d->file, "drive file", it);
        } else if (!strcmp(it->string, "format")) {
            if (!cJSON_IsString(it) || strcmp(it->valuestring, "raw") != 0) {
                set_err(x->err, x->errlen, "%s: %s: only format \"raw\" is supported",
                        x->path, key);
                rc = -1;
            }
        } else if (!strcmp(it->string, "readonly")) {
            rc = bool_key(x, "readonly", it, &ro);
        } else if (!strcmp(it->string, "snapshot")) {
            rc = bool_key(x, "snapshot", it, &snap);
        } else {
            set_err(x->err, x->errlen, "%s: %s: unknown key '%s'", x->path, key, it->string);
            rc = -1;
        }
        if (rc) {
            return rc;
        }
    }
    if (!d->file) {
        set_err(x->err, x->errlen, "%s: %s has no \"file\"", x->path, key);
        return -1;
    }
    /* A read-only drive cannot be written at all, so it wins over snapshot. */
    d->mode = ro ? DRIVE_RO : snap ? DRIVE_SNAPSHOT : DRIVE_RW;
    return 0;
}

static int apply_drives(FileCtx *x, const cJSON *root)
{
    MachineConfig *cfg = x->cfg;

    for (int i = 0; i < MAX_DRIVES; i++) {
        char key[24];
        snprintf(key, sizeof(key), "drive%d", i);
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
        if (!v) {
            continue;
        }
        if (cfg->ndrives == MAX_DRIVES) {
            set_err(x->err, x->errlen, "%s: too many drives (at most %d)", x->path, MAX_DRIVES);
            return -1;
        }
        DriveConfig *d = &cfg->drives[cfg->ndrives];
        memset(d, 0, sizeof(*d));
        if (apply_drive(x, key, v, d) != 0) {
            free(d->file);
            d->file = NULL;
            return -1;
        }
        cfg->ndrives++;
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
        "eth1", "eth2", "eth3", "display0",
        "input_device", "accel", "rtc_local_time", NULL,
    };

    for (int i = 0; keys[i]; i++) {
        if (!strcmp(k, keys[i])) {
            return true;
        }
    }
    return false;
}

/* Adds one hostfwd rule; what names the source for messages. */
static int add_hostfwd(MachineConfig *cfg, const char *what, const char *spec, char *err,
                       size_t errlen)
{
    char why[200];

    if (cfg->net.nfwd == NET_SLIRP_MAX_FWD) {
        set_err(err, errlen, "%s: too many hostfwd rules (at most %d)", what, NET_SLIRP_MAX_FWD);
        return -1;
    }
    if (net_slirp_parse_hostfwd(spec, &cfg->net.fwd[cfg->net.nfwd], why, sizeof(why)) != 0) {
        set_err(err, errlen, "%s: %s", what, why);
        return -1;
    }
    cfg->net.nfwd++;
    return 0;
}

/* eth0: {"driver": "user", "hostfwd": ["tcp::8080-:80", ...], "restrict": bool}. */
static int apply_eth0_item(FileCtx *x, const cJSON *it)
{
    if (!strcmp(it->string, "driver")) {
        if (!cJSON_IsString(it) || strcmp(it->valuestring, "user") != 0) {
            set_err(x->err, x->errlen, "%s: eth0: only driver \"user\" is supported", x->path);
            return -1;
        }
        return 0;
    } else if (!strcmp(it->string, "restrict")) {
        return bool_key(x, "eth0 restrict", it, &x->cfg->net.restricted);
    } else if (!strcmp(it->string, "hostfwd") && cJSON_IsArray(it)) {
        for (const cJSON *f = it->child; f; f = f->next) {
            if (!cJSON_IsString(f)) {
                set_err(x->err, x->errlen, "%s: eth0: hostfwd must be a list of strings",
                        x->path);
                return -1;
            }
            if (add_hostfwd(x->cfg, x->path, f->valuestring, x->err, x->errlen) != 0) {
                return -1;
            }
        }
        return 0;
    } else if (!strcmp(it->string, "hostfwd")) {
        set_err(x->err, x->errlen, "%s: eth0: hostfwd must be a list of strings", x->path);
        return -1;
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
    x->cfg->net = (NetSlirpConfig){ 0 };
    for (const cJSON *it = v->child; it; it = it->next) {
        if (apply_eth0_item(x, it) != 0) {
            return -1;
        }
    }
    x->cfg->net_user = true;
    return 0;
}

static bool is_drive_key(const char *k)
{
    return !strncmp(k, "drive", 5) && k[5] >= '0' && k[5] < '0' + MAX_DRIVES && !k[6];
}

static bool is_fs_key(const char *k)
{
    return !strncmp(k, "fs", 2) && k[2] >= '0' && k[2] < '0' + MAX_FS && !k[3];
}

/* Appends share f (its strings taken over, freed on error); what names
 * the source for messages. */
static int add_fs(MachineConfig *cfg, FsConfig *f, const char *what, char *err, size_t errlen)
{
    const char *why = NULL;

    if (cfg->nfs == MAX_FS) {
        why = "too many shared directories (at most 4)";
    } else if (!f->path || !f->path[0]) {
        why = "missing path=DIR";
    } else if (!f->tag || !f->tag[0]) {
        why = "missing mount_tag=TAG";
    } else if (strlen(f->tag) > FS_TAG_MAX) {
        why = "mount_tag longer than 254 bytes";
    }
    if (why) {
        set_err(err, errlen, "%s: %s", what, why);
        free(f->path);
        free(f->tag);
        return -1;
    }
    cfg->fs[cfg->nfs++] = *f;
    return 0;
}

/* fs0..fs3: TinyEMU's {"file": DIR, "tag": TAG}; "path" is accepted for
 * "file", and the tag defaults to TinyEMU's "/dev/root". */
static int apply_fs(FileCtx *x, const char *key, const cJSON *v)
{
    FsConfig f = { 0 };
    int rc = cJSON_IsObject(v) ? 0 : -1;

    if (rc) {
        set_err(x->err, x->errlen, "%s: %s must be an object with a \"file\"", x->path, key);
    }
    for (const cJSON *it = rc ? NULL : v->child; it && rc == 0; it = it->next) {
        if (!strcmp(it->string, "file") || !strcmp(it->string, "path")) {
            rc = set_path(x, &f.path, "fs file", it);
        } else if (!strcmp(it->string, "tag") && cJSON_IsString(it)) {
            rc = config_set_str(&f.tag, it->valuestring, x->err, x->errlen);
        } else if (!strcmp(it->string, "readonly")) {
            rc = bool_key(x, "readonly", it, &f.readonly);
        } else {
            set_err(x->err, x->errlen, "%s: %s: unknown key '%s'", x->path, key, it->string);
            rc = -1;
        }
    }
    if (rc == 0 && !f.tag) {
        rc = config_set_str(&f.tag, "/dev/root", x->err, x->errlen);
    }
    if (rc != 0) {
        free(f.path);
        free(f.tag);
        return -1;
    }
    char what[300];
    snprintf(what, sizeof(what), "%s: %s", x->path, key);
    return add_fs(x->cfg, &f, what, x->err, x->errlen);
}

static int apply_key(FileCtx *x, const cJSON *v)
{
    const char *k = v->string;
    MachineConfig *cfg = x->cfg;

    if (!strcmp(k, "version") || is_drive_key(k) || tinyemu_only_key(k)) {
        return 0;
    } else if (!strcmp(k, "eth0")) {
        return apply_eth0(x, v);
    } else if (is_fs_key(k)) {
        return apply_fs(x, k, v);
    } else if (!strcmp(k, "machine")) {
        return apply_machine(x, v);
    } else if (!strcmp(k, "memory_size")) {
        return apply_memory(x, v);
    } else if (!strcmp(k, "bios")) {
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
void config_free(MachineConfig *cfg)
{
    free(cfg->bios);
    free(cfg->kernel);
    free(cfg->initrd);
    free(cfg->cmdline);
    free(cfg->trace_file);
    for (int i = 0; i < cfg->ndrives; i++) {
        free(cfg->drives[i].file);
    }
    for (int i = 0; i < cfg->nfs; i++) {
        free(cfg->fs[i].path);
        free(cfg->fs[i].tag);
    }
    memset(cfg, 0, sizeof(*cfg));
}

/* --- command line ------------------------------------------------------- */

enum OptId {
    OPT_M, OPT_BIOS, OPT_KERNEL, OPT_INITRD, OPT_APPEND, OPT_DRIVE, OPT_SNAPSHOT,
    OPT_CPU, OPT_DETERMINISTIC, OPT_HELP, OPT_NETDEV,
    OPT_TRACE, OPT_D, OPT_ICOUNT, OPT_GDB, OPT_GDB_DEFAULT, OPT_WAIT_GDB,
    OPT_VIRTFS,
};

typedef struct Option {
    const char *name;    /* without leading dashes */
    enum OptId id;
    bool has_arg;
} Option;

static const Option options[] = {
    { "m", OPT_M, true },
    { "bios", OPT_BIOS, true },
    { "kernel", OPT_KERNEL, true },
    { "initrd", OPT_INITRD, true },
    { "append", OPT_APPEND, true },
    { "drive", OPT_DRIVE, true },
    { "snapshot", OPT_SNAPSHOT, false },
    { "cpu", OPT_CPU, true },
    { "deterministic", OPT_DETERMINISTIC, false },
    { "netdev", OPT_NETDEV, true },
    { "nic", OPT_NETDEV, true },
    { "virtfs", OPT_VIRTFS, true },
    { "trace", OPT_TRACE, false },
    { "d", OPT_D, true },
    { "icount", OPT_ICOUNT, false },
    { "gdb", OPT_GDB, true },
    { "s", OPT_GDB_DEFAULT, false },
    { "S", OPT_WAIT_GDB, false },
    { "h", OPT_HELP, false },
    { "help", OPT_HELP, false },
};

/* Like QEMU, "-opt" and "--opt" are the same option. */
static const Option *find_option(const char *arg)
{
    const char *name = arg + (arg[1] == '-' ? 2 : 1);

    for (size_t i = 0; i < sizeof(options) / sizeof(options[0]); i++) {
        if (!strcmp(name, options[i].name)) {
            return &options[i];
        }
    }
    if (!strncmp(name, "trace=", 6)) {
        return find_option("--trace");  /* --trace=FILE carries its argument */
    }
    return NULL;
}

static bool is_flag(const char *arg)
{
    return arg[0] == '-' && arg[1] != '\0';
}

/* Parses "-m": MiB, or a number with an M or G suffix. */
static int parse_mem(const char *s, uint64_t *bytes, char *err, size_t errlen)
{
    char *end;
    uint64_t mib;

    errno = 0;
    mib = strtoull(s, &end, 10);
    if (end != s && (*end == 'G' || *end == 'g') && end[1] == '\0' && mib <= MAX_RAM_MIB) {
        mib *= 1024;
        end++;
    } else if (end != s && (*end == 'M' || *end == 'm')) {
        end++;
    }
    if (!isdigit((unsigned char)s[0]) || errno || *end || mib == 0 || mib > MAX_RAM_MIB) {
        set_err(err, errlen, "invalid memory size '%s' (MiB, or with an M/G suffix; at most %d M)",
                s, MAX_RAM_MIB);
        return -1;
    }
    *bytes = mib << 20;
    return 0;
}

/* on|off and the synonyms QEMU accepts, for key of option what ("-drive"). */
static int parse_onoff(const char *what, const char *key, const char *v, bool *out, char *err,
                       size_t errlen)
{
    if (!strcmp(v, "on") || !strcmp(v, "true") || !strcmp(v, "yes")) {
        *out = true;
    } else if (!strcmp(v, "off") || !strcmp(v, "false") || !strcmp(v, "no")) {
        *out = false;
    } else {
        set_err(err, errlen, "%s: %s must be on or off, not '%s'", what, key, v);
        return -1;
    }
    return 0;
}

/* Splits the next "key=value" item off *p; ",," is a literal comma (QEMU). */
static char *next_item(const char **p)
{
    const char *s = *p;
    char *item = malloc(strlen(s) + 1);
    size_t n = 0;

    if (!item) {
        return NULL;
    }
    while (*s && !(s[0] == ',' && s[1] != ',')) {
        if (s[0] == ',') {
            s++;  /* the first of ",," */
        }
        item[n++] = *s++;
    }
    item[n] = '\0';
    *p = *s ? s + 1 : s;
    return item;
}

/* Applies one key=value item of an option's list to ctx. */
typedef int (*ItemFn)(void *ctx, const char *key, const char *v, char *err, size_t errlen);

/* Hands each "key=value" item of list to fn, stopping at the first that
 * fails. what names the option in messages ("-drive"). Returns 0, or what
 * fn returned, or -1, with err set. */
static int parse_items(const char *list, const char *what, ItemFn fn, void *ctx, char *err,
                       size_t errlen)
{
    int rc = 0;

    for (const char *p = list; *p && rc == 0;) {
        char *item = next_item(&p);
        char *eq = item ? strchr(item, '=') : NULL;
        if (!item) {
            set_err(err, errlen, "out of memory");
            rc = -1;
        } else if (!eq) {
            set_err(err, errlen, "%s: expected key=value, not '%s'", what, item);
            rc = -1;
        } else {
            *eq = '\0';
            rc = fn(ctx, item, eq + 1, err, errlen);
        }
        free(item);
    }
    return rc;
}

/* A -drive being parsed: readonly and snapshot combine into d.mode only at
 * the end, since either may come first or be given twice. */
typedef struct DriveSpec {
    DriveConfig d;
    bool ro, snap;
} DriveSpec;

/* One "key=value" of -drive (QEMU's names). */
static int drive_item(void *ctx, const char *key, const char *v, char *err, size_t errlen)
{
    DriveSpec *s = ctx;

    if (!strcmp(key, "file")) {
        return config_set_str(&s->d.file, v, err, errlen);
    } else if (!strcmp(key, "format")) {
        if (strcmp(v, "raw") != 0) {
            set_err(err, errlen, "-drive: format '%s' is not supported (only raw)", v);
            return -1;
        }
        return 0;
    } else if (!strcmp(key, "readonly")) {
        return parse_onoff("-drive", key, v, &s->ro, err, errlen);
    } else if (!strcmp(key, "snapshot")) {
        return parse_onoff("-drive", key, v, &s->snap, err, errlen);
    } else if (!strcmp(key, "if") || !strcmp(key, "id") || !strcmp(key, "media")) {
        return 0;  /* QEMU habits; every drive here is a virtio disk */
    }
    set_err(err, errlen, "-drive: unknown option '%s'", key);
    return -1;
}

static int parse_drive(MachineConfig *cfg, const char *spec, char *err, size_t errlen)
{
    DriveSpec s = { 0 };

    if (cfg->ndrives == MAX_DRIVES) {
        set_err(err, errlen, "too many drives (at most %d)", MAX_DRIVES);
        return -1;
    }
    int rc = parse_items(spec, "-drive", drive_item, &s, err, errlen);
    if (rc == 0 && (!s.d.file || !s.d.file[0])) {
        set_err(err, errlen, "-drive: missing file=PATH");
        rc = -1;
    }
    if (rc != 0) {
        free(s.d.file);
        return -1;
    }
    s.d.mode = s.ro ? DRIVE_RO : s.snap ? DRIVE_SNAPSHOT : DRIVE_RW;
    cfg->drives[cfg->ndrives++] = s.d;
    return 0;
}

/* One "key=value" of -netdev/-nic user (QEMU's names); ctx is the config. */
static int netdev_item(void *ctx, const char *key, const char *v, char *err, size_t errlen)
{
    MachineConfig *cfg = ctx;
    bool on;

    if (!strcmp(key, "hostfwd")) {
        return add_hostfwd(cfg, "-netdev", v, err, errlen);
    } else if (!strcmp(key, "restrict")) {
        return parse_onoff("-netdev", key, v, &cfg->net.restricted, err, errlen);
    } else if (!strcmp(key, "ipv6")) {
        /* One message for a bad value and for "on": neither can be had. */
        if (parse_onoff("-netdev", key, v, &on, err, errlen) != 0 || on) {
            set_err(err, errlen, "-netdev: only ipv6=off is supported");
            return -1;
        }
        return 0;
    } else if (!strcmp(key, "id") || !strcmp(key, "ipv4") ||
               (!strcmp(key, "model") && !strncmp(v, "virtio", 6))) {
        return 0;  /* QEMU habits; the one NIC is always virtio-net on IPv4 */
    }
    set_err(err, errlen, "-netdev: unknown option '%s'", key);
    return -1;
}

/* -netdev user,id=n0[,hostfwd=...][,restrict=on] (also -nic user,...):
 * one virtio-net NIC on the slirp backend. */
static int parse_netdev(MachineConfig *cfg, const char *spec, char *err, size_t errlen)
{
    if (strcmp(spec, "user") != 0 && strncmp(spec, "user,", 5) != 0) {
        set_err(err, errlen, "-netdev: only the 'user' network type is supported");
        return -1;
    }
    /* One NIC: a later -netdev replaces eth0 or an earlier -netdev. */
    cfg->net = (NetSlirpConfig){ 0 };
    int rc = parse_items(spec + 4 + (spec[4] == ','), "-netdev", netdev_item, cfg, err, errlen);
    cfg->net_user = rc == 0;
    return rc;
}

/* One "key=value" of -virtfs (QEMU's names); ctx is the share. */
static int virtfs_item(void *ctx, const char *key, const char *v, char *err, size_t errlen)
{
    FsConfig *f = ctx;

    if (!strcmp(key, "path")) {
        return config_set_str(&f->path, v, err, errlen);
    } else if (!strcmp(key, "mount_tag")) {
        return config_set_str(&f->tag, v, err, errlen);
    } else if (!strcmp(key, "readonly")) {
        return parse_onoff("-virtfs", key, v, &f->readonly, err, errlen);
    } else if (!strcmp(key, "security_model") || !strcmp(key, "id") ||
               !strcmp(key, "multidevs")) {
        return 0;  /* QEMU habits; files keep the host's owners and modes */
    }
    set_err(err, errlen, "-virtfs: unknown option '%s'", key);
    return -1;
}

/* -virtfs local,path=DIR,mount_tag=TAG[,readonly=on][,security_model=...]. */
static int parse_virtfs(MachineConfig *cfg, const char *spec, char *err, size_t errlen)
{
    FsConfig f = { 0 };

    if (strcmp(spec, "local") != 0 && strncmp(spec, "local,", 6) != 0) {
        set_err(err, errlen, "-virtfs: only the 'local' file system driver is supported");
        return -1;
    }
    if (parse_items(spec + 5 + (spec[5] == ','), "-virtfs", virtfs_item, &f, err, errlen) != 0) {
        free(f.path);
        free(f.tag);
        return -1;
    }
    return add_fs(cfg, &f, "-virtfs", err, errlen);
}

static int parse_cpu(MachineConfig *cfg, const char *v, char *err, size_t errlen)
{
    if (!strcmp(v, "rv64")) {
        cfg->xlen = 64;
    } else if (!strcmp(v, "rv32")) {
        cfg->xlen = 32;
    } else {
        set_err(err, errlen, "unknown cpu '%s' (rv64 or rv32)", v);
        return -1;
    }
    return 0;
}

/* First pass: checks the shape of the command line, finds the config file
 * and -h. Returns the config path through *file (NULL if none). */
static int scan_args(int argc, char **argv, const char **file, bool *help, char *err,
                     size_t errlen)
{
    *file = NULL;
    for (int i = 1; i < argc; i++) {
        if (!is_flag(argv[i])) {
            if (*file) {
                set_err(err, errlen, "more than one config file ('%s' and '%s')", *file,
                        argv[i]);
                return -1;
            }
            *file = argv[i];
            continue;
        }
        const Option *o = find_option(argv[i]);
        if (!o) {
            set_err(err, errlen, "unknown option '%s' (try --help)", argv[i]);
            return -1;
        }
        if (o->id == OPT_HELP) {
            *help = true;
            return 0;
        }
        if (o->has_arg && ++i >= argc) {
            set_err(err, errlen, "option '%s' needs an argument", argv[i - 1]);
            return -1;
        }
    }
    return 0;
}

static int apply_option(MachineConfig *cfg, const Option *o, const char *v, bool *snapshot_all,
                        char *err, size_t errlen)
{
    switch (o->id) {
    case OPT_M:
        return parse_mem(v, &cfg->ram_size, err, errlen);
    case OPT_BIOS:
        cfg->no_bios = !strcmp(v, "none");
        return config_set_str(&cfg->bios, cfg->no_bios ? NULL : v, err, errlen);
    case OPT_KERNEL:
        return config_set_str(&cfg->kernel, v, err, errlen);
    case OPT_INITRD:
        return config_set_str(&cfg->initrd, v, err, errlen);
    case OPT_APPEND:
        return config_set_str(&cfg->cmdline, v, err, errlen);
    case OPT_DRIVE:
        return parse_drive(cfg, v, err, errlen);
    case OPT_SNAPSHOT:
        *snapshot_all = true;
        return 0;
    case OPT_CPU:
        return parse_cpu(cfg, v, err, errlen);
    case OPT_DETERMINISTIC:
        cfg->deterministic = true;
        return 0;
    case OPT_HELP:
        return 0;
    case OPT_NETDEV:
        return parse_netdev(cfg, v, err, errlen);
    case OPT_VIRTFS:
        return parse_virtfs(cfg, v, err, errlen);
    case OPT_TRACE: case OPT_D: case OPT_ICOUNT: case OPT_GDB: case OPT_GDB_DEFAULT:
    case OPT_WAIT_GDB:
        return config_debug_option(cfg, o->name, v, err, errlen);
    }
    return 0;
}

static int apply_args(MachineConfig *cfg, int argc, char **argv, char *err, size_t errlen)
{
    bool snapshot_all = false;

    for (int i = 1; i < argc; i++) {
        if (!is_flag(argv[i])) {
            continue;
        }
        const Option *o = find_option(argv[i]);
        const char *v = o->has_arg ? argv[++i] : o->id == OPT_TRACE ? argv[i] : NULL;
        if (apply_option(cfg, o, v, &snapshot_all, err, errlen) != 0) {
            return -1;
        }
    }
    for (int i = 0; snapshot_all && i < cfg->ndrives; i++) {
        if (cfg->drives[i].mode == DRIVE_RW) {
            cfg->drives[i].mode = DRIVE_SNAPSHOT;
        }
    }
    return 0;
}

/* True when path starts with the ELF magic (a program, not a config). */
static bool is_elf_file(const char *path)
{
    unsigned char magic[4] = { 0 };
    FILE *f = fopen(path, "rb");
    if (!f) {
        return false;
    }
    size_t n = fread(magic, 1, sizeof(magic), f);
    fclose(f);
    return n == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
}

/* See config.h. The config file is read before the flags, whatever their
 * order, so that flags always override it. */
int config_parse_args(MachineConfig *cfg, int argc, char **argv, bool *help,
                      char *err, size_t errlen)
{
    const char *file;

    memset(cfg, 0, sizeof(*cfg));
    cfg->xlen = 64;
    cfg->ram_size = (uint64_t)DEFAULT_RAM_MIB << 20;
    *help = false;
    if (err && errlen) {
        err[0] = '\0';
    }
    if (scan_args(argc, argv, &file, help, err, errlen) != 0) {
        return -1;
    }
    if (*help) {
        return 0;
    }
    if (file && is_elf_file(file)) {
        /* "rvbox prog.elf": a bare-metal program, as Spike runs it. */
        cfg->no_bios = true;
        if (config_set_str(&cfg->kernel, file, err, errlen) != 0) {
            config_free(cfg);
            return -1;
        }
    } else if (file && config_load_file(cfg, file, err, errlen) != 0) {
        config_free(cfg);
        return -1;
    }
    if (apply_args(cfg, argc, argv, err, errlen) != 0) {
        config_free(cfg);
        return -1;
    }
    if (!cfg->kernel && !cfg->bios && !cfg->no_bios && file) {
        set_err(err, errlen, "%s: nothing to boot: no kernel or bios", file);
        config_free(cfg);
        return -1;
    }
    if (!cfg->kernel && !cfg->bios) {
        set_err(err, errlen, "nothing to boot: give a config file or -kernel/-bios (try --help)");
        config_free(cfg);
        return -1;
    }
    return 0;
}
