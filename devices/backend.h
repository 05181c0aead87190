/* Host backend implementations: what turns a -drive, -netdev or -fsdev
 * into an open disk image, network or shared directory. Like devices, each
 * implementation registers itself in its own file,
 *     BACKEND_REGISTER(my_backend) = { .kind = BACKEND_NET, ... };
 * and the build collects the registrations of the files it compiles: the
 * native program registers a host file, libslirp and a host directory
 * (devices/host/), the browser build its own (frontends/web/). A build
 * registers at most one implementation of each kind. machine/backends.c
 * checks the options every implementation shares and calls these. */
#ifndef RVBOX_DEVICES_BACKEND_H
#define RVBOX_DEVICES_BACKEND_H

#include <stdbool.h>
#include <stddef.h>

#include "devices/device.h"
#include "devices/opts.h"

typedef struct BackendInfo {
    enum BackendKind kind;
    const char *name;          /* for messages: "host file", "libslirp" ... */
    /* Checks what this implementation adds to the common options (net:
     * hostfwd= syntax). Returns 0, or -1 with a one-line message in err
     * naming what. May be NULL. */
    int (*check)(const Opts *opts, const char *what, char *err, size_t errlen);
    /* Opens a backend from checked options: a BlockBackend *, NetBackend *
     * or FsBackend *. sync: complete every request before submit returns
     * (no worker threads; --deterministic). NULL with a one-line message
     * in err (a missing image, a port in use ...). */
    void *(*open)(const Opts *opts, bool sync, char *err, size_t errlen);
} BackendInfo;

#define BACKEND_REGISTER(sym) const BackendInfo sym

/* The registered implementations, NULL-terminated (generated). */
extern const BackendInfo *const backend_registry[];

/* The implementation of kind in this build, or NULL. */
const BackendInfo *backend_find(enum BackendKind kind);

#endif
