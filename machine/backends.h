/* Host backends by configuration: the one place that turns -drive,
 * -netdev and -fsdev option lists into open disk images, user-mode
 * networks and shared directories (devices/host/), and closes them. The
 * board owns every backend it opens; devices borrow them by id. */
#ifndef RVBOX_MACHINE_BACKENDS_H
#define RVBOX_MACHINE_BACKENDS_H

#include <stdbool.h>
#include <stddef.h>

#include "devices/device.h"
#include "devices/opts.h"
#include "devices/state.h"

/* Checks a backend's options as the command line gives them (what names
 * the flag: "-drive"): block: file= (required), format=raw, readonly=,
 * snapshot=, aio=threads|native (see backend_open) and QEMU's
 * if=/media=/cache= habits; net: "user"
 * options hostfwd= (repeatable, QEMU syntax), restrict=, ipv6=off, ipv4=,
 * model=virtio...; fs: "local" options path= (required), readonly=,
 * security_model=, multidevs=. Returns 0, or -1 with a one-line message
 * in err naming what is wrong. */
int backend_check(enum BackendKind kind, const Opts *opts, const char *what, char *err,
                  size_t errlen);

/* Opens the backend opts describe (already checked). Disks serve their
 * requests on a worker thread (aio=threads, QEMU's default too) unless
 * aio=native is given or sync is set: with --deterministic, time follows
 * the instruction count and a thread's timing would make runs differ.
 * Returns a BlockBackend *, NetBackend * or FsBackend *, or NULL with a
 * one-line message in err (a missing image, a port in use ...). */
void *backend_open(enum BackendKind kind, const Opts *opts, bool sync, char *err,
                   size_t errlen);

/* Closes a backend from backend_open; NULL is ok. */
void backend_close(enum BackendKind kind, void *backend);

/* A backend's part of a machine snapshot (BlockBackend and NetBackend
 * save/load): true when it has one. Both drain a disk's requests first.
 * backend_save appends the state (0, or -1 when it cannot be saved);
 * backend_load restores it into a backend opened with the same options
 * (0, or -1 with a one-line message in err). A backend without state
 * saves nothing and loads anything. */
bool backend_has_state(enum BackendKind kind, void *backend);
int backend_save(enum BackendKind kind, void *backend, StateWriter *w);
int backend_load(enum BackendKind kind, void *backend, StateReader *r, char *err,
                 size_t errlen);

#endif
