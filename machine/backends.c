/* Host backends by configuration (see backends.h). */
#include "machine/backends.h"

#include <stdio.h>
#include <string.h>

#include "devices/backend.h"
#include "devices/block.h"
#include "devices/fs.h"
#include "devices/net.h"

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

static int check_net(const Opts *o, const char *what, char *err, size_t errlen)
{
    static const char *const keys[] = { "hostfwd", "restrict", "ipv6", "ipv4", "id", "model",
                                        "guestfwd", NULL };
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
    return 0;
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

static const char *const kind_flag[] = { "-drive", "-netdev", "-fsdev" };

int backend_check(enum BackendKind kind, const Opts *opts, const char *what, char *err,
                  size_t errlen)
{
    const BackendInfo *info = backend_find(kind);
    if (!info) {
        snprintf(err, errlen, "%s: this build has no %s backend", what, kind_flag[kind] + 1);
        return -1;
    }
    int rc = kind == BACKEND_BLOCK ? check_block(opts, what, err, errlen)
             : kind == BACKEND_NET ? check_net(opts, what, err, errlen)
                                   : check_fs(opts, what, err, errlen);
    if (rc == 0 && info->check) {
        rc = info->check(opts, what, err, errlen);
    }
    return rc;
}

void *backend_open(enum BackendKind kind, const Opts *opts, bool sync, char *err,
                   size_t errlen)
{
    const BackendInfo *info = backend_find(kind);
    if (!info) {
        snprintf(err, errlen, "%s: this build has no such backend", kind_flag[kind]);
        return NULL;
    }
    return info->open(opts, sync, err, errlen);
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

bool backend_has_state(enum BackendKind kind, void *backend)
{
    switch (kind) {
    case BACKEND_BLOCK: return ((BlockBackend *)backend)->save != NULL;
    case BACKEND_NET: return ((NetBackend *)backend)->save != NULL;
    case BACKEND_FS: return false;   /* the 9P server saves its own fids */
    }
    return false;
}

int backend_save(enum BackendKind kind, void *backend, StateWriter *w)
{
    if (kind == BACKEND_BLOCK) {
        BlockBackend *b = backend;
        if (b->drain) {
            b->drain(b);
        }
        return b->save ? b->save(b, w) : 0;
    }
    if (kind == BACKEND_NET) {
        NetBackend *b = backend;
        return b->save ? b->save(b, w) : 0;
    }
    return 0;
}

int backend_load(enum BackendKind kind, void *backend, StateReader *r, char *err,
                 size_t errlen)
{
    if (kind == BACKEND_BLOCK) {
        BlockBackend *b = backend;
        if (b->drain) {
            b->drain(b);
        }
        return b->load ? b->load(b, r, err, errlen) : 0;
    }
    if (kind == BACKEND_NET) {
        NetBackend *b = backend;
        return b->load ? b->load(b, r, err, errlen) : 0;
    }
    return 0;
}
