/* Host backends by configuration (see backends.h). */
#include "machine/backends.h"

#include <stdio.h>
#include <string.h>

#include "devices/host/block_file.h"
#include "devices/host/block_thread.h"
#include "devices/host/fs_local.h"
#include "devices/host/net_slirp.h"

/* key is one of the NULL-terminated names. */
static bool one_of(const char *key, const char *const *names)
{
    for (int i = 0; names[i]; i++) {
        if (!strcmp(key, names[i])) {
            return true;
        }
    }
    return false;
}

static int check_block(const Opts *o, const char *what, char *err, size_t errlen)
{
    static const char *const keys[] = { "file", "format", "readonly", "snapshot", "if", "id",
                                        "media", "cache", "aio", NULL };
    bool b;
    for (int i = 0; i < o->n; i++) {
        if (!one_of(o->key[i], keys)) {
            snprintf(err, errlen, "%s: unknown option '%s'", what, o->key[i]);
            return -1;
        }
    }
    const char *fmt = opts_get(o, "format"), *file = opts_get(o, "file");
    const char *aio = opts_get(o, "aio");
    if (aio && strcmp(aio, "threads") != 0 && strcmp(aio, "native") != 0) {
        snprintf(err, errlen, "%s: aio must be threads or native, not '%s'", what, aio);
        return -1;
    }
    if (fmt && strcmp(fmt, "raw") != 0) {
        snprintf(err, errlen, "%s: format '%s' is not supported (only raw)", what, fmt);
        return -1;
    }
    if (opts_get_bool(o, "readonly", false, &b, what, err, errlen) != 0 ||
        opts_get_bool(o, "snapshot", false, &b, what, err, errlen) != 0) {
        return -1;
    }
    if (!file || !file[0]) {
        snprintf(err, errlen, "%s: missing file=PATH", what);
        return -1;
    }
    return 0;
}

/* Fills a slirp configuration from -netdev user options. */
static int net_config(const Opts *o, NetSlirpConfig *c, const char *what, char *err,
                      size_t errlen)
{
    char why[200];
    *c = (NetSlirpConfig){ 0 };
    for (const char *f; (f = opts_get_nth(o, "hostfwd", c->nfwd)) != NULL; c->nfwd++) {
        if (c->nfwd == NET_SLIRP_MAX_FWD) {
            snprintf(err, errlen, "%s: too many hostfwd rules (at most %d)", what,
                     NET_SLIRP_MAX_FWD);
            return -1;
        }
        if (net_slirp_parse_hostfwd(f, &c->fwd[c->nfwd], why, sizeof(why)) != 0) {
            snprintf(err, errlen, "%s: %s", what, why);
            return -1;
        }
    }
    return opts_get_bool(o, "restrict", false, &c->restricted, what, err, errlen);
}

static int check_net(const Opts *o, const char *what, char *err, size_t errlen)
{
    static const char *const keys[] = { "hostfwd", "restrict", "ipv6", "ipv4", "id", "model",
                                        NULL };
    NetSlirpConfig c;
    bool on;
    for (int i = 0; i < o->n; i++) {
        const char *k = o->key[i], *v = o->val[i];
        if (!one_of(k, keys) || (!strcmp(k, "model") && strncmp(v, "virtio", 6) != 0)) {
            snprintf(err, errlen, "%s: unknown option '%s'", what, k);
            return -1;
        }
    }
    /* One message for a bad value and for "on": neither can be had. */
    if (opts_get(o, "ipv6") && (opts_get_bool(o, "ipv6", false, &on, what, err, errlen) != 0 ||
                                on)) {
        snprintf(err, errlen, "%s: only ipv6=off is supported", what);
        return -1;
    }
    return net_config(o, &c, what, err, errlen);
}

static int check_fs(const Opts *o, const char *what, char *err, size_t errlen)
{
    static const char *const keys[] = { "path", "readonly", "security_model", "id",
                                        "multidevs", NULL };
    bool b;
    for (int i = 0; i < o->n; i++) {
        if (!one_of(o->key[i], keys)) {
            snprintf(err, errlen, "%s: unknown option '%s'", what, o->key[i]);
            return -1;
        }
    }
    if (opts_get_bool(o, "readonly", false, &b, what, err, errlen) != 0) {
        return -1;
    }
    const char *path = opts_get(o, "path");
    if (!path || !path[0]) {
        snprintf(err, errlen, "%s: missing path=DIR", what);
        return -1;
    }
    return 0;
}

int backend_check(enum BackendKind kind, const Opts *opts, const char *what, char *err,
                  size_t errlen)
{
    switch (kind) {
    case BACKEND_BLOCK: return check_block(opts, what, err, errlen);
    case BACKEND_NET: return check_net(opts, what, err, errlen);
    case BACKEND_FS: return check_fs(opts, what, err, errlen);
    }
    return -1;
}

/* A read-only drive cannot be written at all, so it wins over snapshot. */
static void *open_block(const Opts *o, bool sync, char *err, size_t errlen)
{
    bool ro = false, snap = false;
    opts_get_bool(o, "readonly", false, &ro, "-drive", err, errlen);
    opts_get_bool(o, "snapshot", false, &snap, "-drive", err, errlen);
    int mode = ro ? BLOCK_FILE_RO : snap ? BLOCK_FILE_SNAPSHOT : BLOCK_FILE_RW;
    BlockBackend *b = block_file_open(opts_get(o, "file"), mode, err, errlen);
    const char *aio = opts_get(o, "aio");
    if (b && !sync && (!aio || !strcmp(aio, "threads"))) {
        return block_thread_wrap(b, err, errlen);
    }
    return b;
}

static void *open_net(const Opts *o, char *err, size_t errlen)
{
    NetSlirpConfig c;
    if (net_config(o, &c, "-netdev", err, errlen) != 0) {
        return NULL;
    }
    return net_slirp_create(&c, err, errlen);
}

static void *open_fs(const Opts *o, char *err, size_t errlen)
{
    bool ro = false;
    opts_get_bool(o, "readonly", false, &ro, "-fsdev", err, errlen);
    return fs_local_open(opts_get(o, "path"), ro, err, errlen);
}

void *backend_open(enum BackendKind kind, const Opts *opts, bool sync, char *err,
                   size_t errlen)
{
    switch (kind) {
    case BACKEND_BLOCK: return open_block(opts, sync, err, errlen);
    case BACKEND_NET: return open_net(opts, err, errlen);
    case BACKEND_FS: return open_fs(opts, err, errlen);
    }
    return NULL;
}

void backend_close(enum BackendKind kind, void *backend)
{
    if (!backend) {
        return;
    }
    switch (kind) {
    case BACKEND_BLOCK: ((BlockBackend *)backend)->close(backend); break;
    case BACKEND_NET: ((NetBackend *)backend)->close(backend); break;
    case BACKEND_FS: ((FsBackend *)backend)->close(backend); break;
    }
}
