/* The machine's configuration: filled from a TinyEMU-style JSON file and/or
 * QEMU-like command-line flags, then handed to machine_create(). */
#ifndef RVBOX_MACHINE_CONFIG_H
#define RVBOX_MACHINE_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../devices/host/net_slirp.h"

#define MAX_DRIVES 4

enum DriveMode { DRIVE_RW = 0, DRIVE_RO = 1, DRIVE_SNAPSHOT = 2 };

typedef struct DriveConfig {
    char *file;          /* host path of a raw image */
    enum DriveMode mode;
} DriveConfig;

#define MAX_FS 4
#define FS_TAG_MAX 254   /* what fits the virtio-9p config space */

/* A host directory shared with the guest over virtio-9p. */
typedef struct FsConfig {
    char *path;          /* host directory */
    char *tag;           /* mount tag the guest mounts by */
    bool readonly;
} FsConfig;

typedef struct MachineConfig {
    int xlen;            /* 64 or 32 (-cpu, "machine", an ELF32 kernel) */
    uint64_t ram_size;   /* bytes */
    char *bios;          /* firmware path; NULL = the default (OpenSBI for a kernel
                          * Image, none for an ELF with a tohost symbol) */
    bool no_bios;        /* -bios none: the kernel starts in M mode at its entry */
    char *kernel;        /* kernel Image or ELF path; may be gzip-compressed */
    char *initrd;        /* initramfs path; may be gzip-compressed */
    char *cmdline;       /* kernel command line (bootargs) */
    DriveConfig drives[MAX_DRIVES];
    int ndrives;
    bool deterministic;  /* mtime derived from instret instead of host clock */
    bool trace;          /* --trace, -d in_asm: one line per instruction */
    char *trace_file;    /* --trace=FILE; NULL = stderr */
    bool icount;         /* --icount: "rvbox: N instructions" on stderr at exit */
    int gdb_port;        /* -gdb tcp::PORT (1..65535); 0 = no GDB stub */
    bool gdb_wait;       /* -S: stay stopped until the debugger continues */
    bool net_user;       /* -netdev user / eth0: virtio-net on the slirp backend */
    NetSlirpConfig net;  /* its forwards and restrict flag */
    FsConfig fs[MAX_FS]; /* -virtfs / fs0..fs3, one virtio-9p device each */
    int nfs;
} MachineConfig;

/* Parses argv (QEMU-like flags and at most one config file path, read
 * first whatever its position; flags override it) into cfg, after zeroing
 * it and applying defaults (ram 256 MiB, xlen 64). Paths in a config file are relative to the file.
 * Returns 0, or -1 with a one-line message in err (e.g. "unknown option
 * '-foo'", "config.cfg: line 3: expected ','"). Sets *help when -h/--help. */
int config_parse_args(MachineConfig *cfg, int argc, char **argv, bool *help,
                      char *err, size_t errlen);

/* Reads a TinyEMU-compatible JSON config file into cfg (fields present in
 * the file override cfg). Returns 0 or -1 with a one-line message in err. */
int config_load_file(MachineConfig *cfg, const char *path, char *err, size_t errlen);

/* Frees the strings held by cfg. */
void config_free(MachineConfig *cfg);

/* Usage text for --help. */
extern const char config_usage[];

#endif
