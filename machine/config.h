/* The machine's configuration: filled from a TinyEMU-style JSON file
 * (config_json.c) and/or QEMU-like command-line flags (config_args.c),
 * then handed to machine_create(). Devices and host backends are generic
 * lists: the shorthand flags and TinyEMU keys (-drive, -netdev, -virtfs,
 * drive0, eth0, fs0) become a backend plus the device that uses it, the
 * same entries -device and -fsdev make (config.c); display0 and
 * input_device add the display and input devices the same way. */
#ifndef RVBOX_MACHINE_CONFIG_H
#define RVBOX_MACHINE_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/chardev.h"
#include "devices/device.h"
#include "devices/opts.h"

#define MAX_DRIVES 4      /* -drive / drive0..drive3 */
#define MAX_FS 4          /* -virtfs, -fsdev / fs0..fs3 */
#define FS_TAG_MAX 254    /* what fits the virtio-9p config space */
#define MAX_BACKENDS 16
#define MAX_DEVICES 16

/* A host backend: an image (-drive), a network (-netdev), a directory
 * (-fsdev). opts are backend_check()ed. */
typedef struct BackendConfig {
    enum BackendKind kind;
    char *id;            /* what devices name it by (drive=, netdev=, fsdev=) */
    Opts opts;
} BackendConfig;

/* A device the board creates by registry name (devices/device.h). */
typedef struct DeviceConfig {
    char *driver;        /* "virtio-blk-device" */
    Opts opts;           /* device_check_opts()ed */
    bool shorthand;      /* made by -drive, -netdev, -virtfs or a TinyEMU key */
} DeviceConfig;

/* Where the display is shown (-display, -nographic). The machine itself
 * does not look at it: the frontend opens the window. */
enum DisplayUi {
    DISPLAY_UI_NONE = 0,     /* -display none, -nographic: headless (the default) */
    DISPLAY_UI_SDL = 1,      /* -display sdl: an SDL window with keyboard and mouse */
};

#define MACHINE_MAX_HARTS 8

typedef struct MachineConfig {
    int xlen;            /* 64 or 32 (-cpu, "machine", an ELF32 kernel) */
    int cpus;            /* harts, 1..MACHINE_MAX_HARTS (-smp, "cpus"); 1 by default */
    uint64_t ram_size;   /* bytes */
    char *bios;          /* firmware path; NULL = the default (OpenSBI for a kernel
                          * Image, none for an ELF with a tohost symbol) */
    bool no_bios;        /* -bios none: the kernel starts in M mode at its entry */
    char *kernel;        /* kernel Image or ELF path; may be gzip-compressed */
    char *initrd;        /* initramfs path; may be gzip-compressed */
    char *cmdline;       /* kernel command line (bootargs) */
    BackendConfig backends[MAX_BACKENDS];
    int nbackends;
    DeviceConfig devices[MAX_DEVICES];   /* in the order they are created */
    int ndevices;
    int ndrives, nfs;    /* block and fs backends, for the limits above */
    bool accel_interp;   /* -accel interp: no translator, the interpreter only */
    bool deterministic;  /* mtime derived from instret instead of host clock */
    bool sync_io;        /* no worker threads: every request completes at once
                          * (implied by deterministic; a host without threads) */
    CharBackend *console;  /* the console's host side, the frontend's
                          * (the browser's terminal); NULL = this terminal */
    bool trace;          /* --trace, -d in_asm: one line per instruction */
    char *trace_file;    /* --trace=FILE; NULL = stderr */
    bool icount;         /* --icount: "rvbox: N instructions" on stderr at exit */
    bool jit_stats;      /* --jit-stats: the translator's figures at exit */
    char *screenshot;    /* --screenshot FILE: the display as PNG at exit */
    enum DisplayUi display_ui;   /* -display sdl|none, -nographic */
    int gdb_port;        /* -gdb tcp::PORT (1..65535); 0 = no GDB stub */
    bool gdb_wait;       /* -S: stay stopped until the debugger continues */
    bool no_default_console; /* -nodefaults: no virtio console added */
    bool snapshot_all;   /* -snapshot: every writable drive in snapshot mode */
    bool ram_from_state; /* RAM is about to be loaded from a saved state: a raw
                          * kernel and the initrd are not read into it */
    /* Headless control (frontends/terminal): */
    char *script;        /* --script FILE: expect/send/... lines (script.h) */
    char **script_lines; /* --expect P / --send T in order, as "expect P" / "send T" */
    int nscript_lines;
    double timeout;      /* --timeout SECONDS for the whole run; 0 = none */
    char *log;           /* --log FILE: a copy of the console output */
    char *loadvm;        /* -loadvm FILE: start from a snapshot */
    char *qmp;           /* -qmp SPEC: the QMP socket (frontends/terminal/qmp.h) */
    bool device_help;    /* -device help, -device NAME,help */
    char *device_help_name;
} MachineConfig;

/* Parses argv (QEMU-like flags and at most one config file path, read
 * first whatever its position; flags override it) into cfg, after zeroing
 * it and applying defaults (ram 256 MiB, xlen 64). Paths in a config file
 * are relative to the file. Returns 0, or -1 with a one-line message in
 * err (e.g. "unknown option '-foo'", "config.cfg: line 3: expected ','").
 * Sets *help when -h/--help, and also for "-device help" (device_help
 * set, device_help_name NULL) and "-device NAME,help" (the name given). */
int config_parse_args(MachineConfig *cfg, int argc, char **argv, bool *help,
                      char *err, size_t errlen);

/* Reads a TinyEMU-compatible JSON config file into cfg (fields present in
 * the file override cfg). Returns 0 or -1 with a one-line message in err. */
int config_load_file(MachineConfig *cfg, const char *path, char *err, size_t errlen);

/* Frees the strings and lists held by cfg. */
void config_free(MachineConfig *cfg);

/* --- building the lists (shared by config_args.c and config_json.c) --- */

/* Adds a disk image backend from -drive style options (file=, format=,
 * readonly=, snapshot=, if=, id=); unless if=none it also adds a
 * virtio-blk-device on it. what names the source in messages. Returns 0
 * or -1 with a one-line message ("too many drives (at most 4)", ...). */
int config_add_drive(MachineConfig *cfg, const Opts *opts, const char *what, char *err,
                     size_t errlen);

/* Adds a user-mode network from -netdev user options. With nic (-nic,
 * eth0) it always gets a virtio-net-device; otherwise one is added at the
 * end unless a -device names it (QEMU needs the -device; rvbox's
 * shorthand does not). Without id= it is "net0", replacing an earlier
 * shorthand network. Returns 0 or -1 with a one-line message. */
int config_add_netdev(MachineConfig *cfg, const Opts *opts, bool nic, const char *what,
                      char *err, size_t errlen);

/* Adds a shared directory from -fsdev local options (path=, readonly=,
 * id=); with mount_tag (-virtfs, fs0) also a virtio-9p-device exporting
 * it. Returns 0 or -1 with a one-line message. */
int config_add_fsdev(MachineConfig *cfg, const Opts *opts, const char *mount_tag,
                     const char *what, char *err, size_t errlen);

/* Adds a device by registry name with its options (checked against the
 * registry). Returns 0 or -1 with a one-line message. */
int config_add_device(MachineConfig *cfg, const char *driver, const Opts *opts, char *err,
                      size_t errlen);

/* Adds a display device (virtio-gpu-device), as TinyEMU's display0 key:
 * width x height pixels (each 1..DISPLAY_MAX_WIDTH/HEIGHT, 8192), or the
 * device's default size when both are 0. what names the source in
 * messages. Returns 0 or -1 with a one-line message. */
int config_add_display(MachineConfig *cfg, int width, int height, const char *what,
                       char *err, size_t errlen);

/* Adds a keyboard and a tablet (virtio-keyboard-device,
 * virtio-tablet-device), as TinyEMU's "input_device": "virtio". Returns 0
 * or -1 with a one-line message. */
int config_add_input(MachineConfig *cfg, const char *what, char *err, size_t errlen);

/* The backend of kind with id, or NULL. */
BackendConfig *config_find_backend(MachineConfig *cfg, enum BackendKind kind, const char *id);

/* Completes the lists once everything is read: -snapshot applied to the
 * drives, the default console device, NICs for networks no device uses;
 * checks that -display sdl has a display device to show. Returns 0 or -1
 * with a one-line message. */
int config_finish(MachineConfig *cfg, char *err, size_t errlen);

/* Replaces *slot with a copy of s (NULL allowed). Returns -1 with "out of
 * memory" in err, leaving *slot as it was, when the copy fails. */
int config_set_str(char **slot, const char *s, char *err, size_t errlen);

/* Usage text for --help. */
extern const char config_usage[];

#endif
