/* The machine's configuration: filled from a TinyEMU-style JSON file and/or
 * QEMU-like command-line flags, then handed to machine_create(). */
#ifndef RVBOX_MACHINE_CONFIG_H
#define RVBOX_MACHINE_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MAX_DRIVES 4

enum DriveMode { DRIVE_RW = 0, DRIVE_RO = 1, DRIVE_SNAPSHOT = 2 };

typedef struct DriveConfig {
    char *file;          /* host path of a raw image */
    enum DriveMode mode;
} DriveConfig;

typedef struct MachineConfig {
    int xlen;            /* 64 (32 reserved) */
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
} MachineConfig;

/* Parses argv (QEMU-like flags and at most one config file path, read
 * first whatever its position; flags override it) into cfg, after zeroing it and applying defaults
 * (ram 256 MiB, xlen 64). Paths in a config file are relative to the file.
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
