/* The command line: QEMU-like flags (and the debugging flags --trace, -d,
 * --icount, -gdb, -s, -S), at most one config file or ELF program. */
#include "machine/config.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_RAM_MIB 256
#define MAX_RAM_MIB (64 * 1024)          /* sanity bound, far above any guest here */
#define GDB_DEFAULT_PORT 1234            /* QEMU's -s */

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
    "  -nodefaults         no virtio console unless a -device adds one: the UART\n"
    "                      (ttyS0) is then the only console\n"
    "  -netdev user[,id=ID][,hostfwd=[tcp|udp]:[HOSTADDR]:PORT-[GUESTADDR]:PORT]...\n"
    "          [,guestfwd=[tcp]:[GUESTADDR]:PORT-tcp:HOSTADDR:PORT]...\n"
    "          [,restrict=on]  virtio-net NIC on a user-mode network (10.0.2.0/24,\n"
    "                      host 10.0.2.2, DNS 10.0.2.3, DHCP from 10.0.2.15);\n"
    "                      hostfwd repeatable; restrict: only forwarded ports work;\n"
    "                      guestfwd (repeatable): guest TCP connections to GUESTADDR\n"
    "                      (in 10.0.2.0/24, default 10.0.2.4) reach the host server\n"
    "                      HOSTADDR:PORT (IPv4 or localhost);\n"
    "                      -nic user,... is the same\n"
    "  -virtfs local,path=DIR,mount_tag=TAG[,readonly=on]\n"
    "                      share host directory DIR over virtio-9p (at most 4); the\n"
    "                      guest mounts it with mount -t 9p -o trans=virtio TAG /mnt\n"
    "  -device NAME[,option=value...]\n"
    "                      add a device (-device help lists them, -device NAME,help\n"
    "                      its options); with the QEMU two-part forms\n"
    "                      -drive if=none,id=ID,file=... / -netdev user,id=ID /\n"
    "                      -fsdev local,id=ID,path=DIR it names its backend:\n"
    "                      -device virtio-blk-device,drive=ID\n"
    "                      -device virtio-net-device,netdev=ID\n"
    "                      -device virtio-9p-device,fsdev=ID,mount_tag=TAG\n"
    "  -accel jit|interp   run guest code translated to x86-64 (jit, QEMU's tcg; the\n"
    "                      default where the host is x86-64) or interpreted\n"
    "  -cpu rv64|rv32      hart type (default rv64)\n"
    "  -smp N              N harts (1..8; QEMU's -smp cpus=N also works)\n"
    "  -machine virt       QEMU's spelling of this board (-M virt); also accepted:\n"
    "                      -global virtio-mmio.force-legacy=false\n"
    "  --deterministic     derive time from retired instructions (reproducible runs)\n"
    "  --trace[=FILE]      trace every instruction (pc, bits, disassembly, result)\n"
    "                      to stderr or FILE; -d in_asm is the same on stderr\n"
    "  --icount            print the number of instructions run at exit\n"
    "  --jit-stats         print the translator's blocks and code cache use at exit\n"
    "  --screenshot FILE   write what the display shows (virtio-gpu) to FILE as PNG\n"
    "                      when rvbox exits\n"
    "  -display sdl|none   sdl: show the display in a window, with keyboard and mouse\n"
    "                      (needs a display device: -device virtio-gpu-device or\n"
    "                      display0; add -device virtio-keyboard-device and\n"
    "                      -device virtio-tablet-device for input); none (the\n"
    "                      default): no window. The console stays on this terminal.\n"
    "  -nographic          the same as -display none\n"
    "  -gdb tcp::PORT      GDB remote stub on localhost:PORT (-s: tcp::1234)\n"
    "  -S                  wait for the debugger before running\n"
    "  --script FILE       run a console script: lines 'expect REGEX', 'send TEXT',\n"
    "                      'sleep MS', 'timeout SECONDS', 'screenshot FILE.png',\n"
    "                      'savevm FILE', 'exit [CODE]' (docs/scripting.md)\n"
    "  --expect REGEX      wait for console output matching REGEX (POSIX extended);\n"
    "  --send TEXT         then type TEXT (C escapes: \\n, \\r, \\t, \\e, \\xHH);\n"
    "                      repeatable pairs, run in order after --script's lines\n"
    "  --timeout SECONDS   end the run with status 124 after SECONDS\n"
    "  --log FILE          also write the console output to FILE\n"
    "  -loadvm FILE        start from a snapshot saved by savevm (same options)\n"
    "  -qmp unix:PATH,server,nowait | tcp:127.0.0.1:PORT,server,nowait\n"
    "                      QEMU's JSON control protocol (QMP) on a socket\n"
    "  -h, --help          show this help\n"
    "\n"
    "config file keys: version, machine, memory_size (MiB), cpus, bios, kernel, initrd,\n"
    "  cmdline, drive0..drive3 ({\"file\": ..., \"readonly\": bool, \"snapshot\": bool}),\n"
    "  deterministic, eth0 ({\"driver\": \"user\", \"hostfwd\": [\"tcp::8080-:80\"],\n"
    "  \"guestfwd\": [RULE...], \"restrict\": bool}),\n"
    "  fs0..fs3 ({\"file\": DIR, \"tag\": TAG, \"readonly\": bool}),\n"
    "  display0 ({\"device\": \"virtio-gpu\" or \"simplefb\", \"width\": W, \"height\": H}:\n"
    "  a virtio-gpu-device of W x H, each 1..8192), input_device (\"virtio\": a virtio\n"
    "  keyboard and tablet); relative paths are relative to the config file.\n"
    "\n"
    "keys (when the console is a terminal):\n"
    "  Ctrl-A x            quit\n"
    "  Ctrl-A c            switch between the console and the monitor (help lists\n"
    "                      its commands: info registers, savevm FILE, ...)\n"
    "  Ctrl-A h            show these keys\n"
    "  Ctrl-A Ctrl-A       send Ctrl-A to the guest\n"
    "\n"
    "keys in the window (-display sdl):\n"
    "  Ctrl-Alt-G          grab or release the mouse (a click grabs a relative\n"
    "                      mouse; a tablet needs no grab)\n"
    "  Ctrl-Alt-S          write rvbox-screenshot-N.png in the current directory\n"
    "  closing the window quits, as Ctrl-A x does\n"
    "\n"
    "exit status: the guest's exit code (0 after a clean poweroff);\n"
    "  1 on bad input or usage; 124 when --timeout or a script's expect timed out;\n"
    "  125 for a script error (a bad line, a failed savevm or screenshot).\n";

/* Writes a one-line message into err; returns -1 (the caller's result). */
static int set_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

/* --- debugging flags ---------------------------------------------------- */

/* "tcp::PORT" or "tcp:localhost:PORT" (QEMU's spelling); the stub always
 * listens on the loopback interface. */
static int parse_gdb(MachineConfig *cfg, const char *v, char *err, size_t errlen)
{
    const char *port = NULL;
    if (!strncmp(v, "tcp::", 5)) {
        port = v + 5;
    } else if (!strncmp(v, "tcp:localhost:", 14)) {
        port = v + 14;
    } else if (!strncmp(v, "tcp:127.0.0.1:", 14)) {
        port = v + 14;
    }
    char *end = NULL;
    long n = port ? strtol(port, &end, 10) : 0;
    if (!port || end == port || *end || n < 1 || n > 65535) {
        snprintf(err, errlen, "-gdb: expected tcp::PORT with PORT 1..65535, not '%s'", v);
        return -1;
    }
    cfg->gdb_port = (int)n;
    return 0;
}

/* Turns the trace on, to file, or to stderr when file is NULL. */
static int set_trace(MachineConfig *cfg, const char *file, char *err, size_t errlen)
{
    if (file && !file[0]) {
        snprintf(err, errlen, "--trace=: missing file name");
        return -1;
    }
    if (config_set_str(&cfg->trace_file, file, err, errlen) != 0) {
        return -1;
    }
    cfg->trace = true;
    return 0;
}

/* Applies one debugging option; name is the option without dashes, v its
 * argument (for "trace" the whole "--trace[=FILE]" word). */
static int debug_option(MachineConfig *cfg, const char *name, const char *v, char *err,
                        size_t errlen)
{
    if (!strcmp(name, "trace")) {
        const char *eq = v ? strchr(v, '=') : NULL;
        return set_trace(cfg, eq ? eq + 1 : NULL, err, errlen);
    }
    if (!strcmp(name, "d")) {
        if (strcmp(v, "in_asm") != 0) {
            snprintf(err, errlen, "-d: only in_asm is supported, not '%s'", v);
            return -1;
        }
        return set_trace(cfg, NULL, err, errlen);
    }
    if (!strcmp(name, "icount")) {
        cfg->icount = true;
        return 0;
    }
    if (!strcmp(name, "jit-stats")) {
        cfg->jit_stats = true;
        return 0;
    }
    if (!strcmp(name, "gdb")) {
        return parse_gdb(cfg, v, err, errlen);
    }
    if (!strcmp(name, "s")) {
        cfg->gdb_port = GDB_DEFAULT_PORT;
        return 0;
    }
    if (!strcmp(name, "S")) {
        cfg->gdb_wait = true;
        return 0;
    }
    snprintf(err, errlen, "unknown debugging option '%s'", name);
    return -1;
}

/* --- command line ------------------------------------------------------- */

enum OptId {
    OPT_M, OPT_BIOS, OPT_KERNEL, OPT_INITRD, OPT_APPEND, OPT_DRIVE, OPT_SNAPSHOT, OPT_NODEFAULTS, OPT_ACCEL,
    OPT_CPU, OPT_SMP, OPT_MACHINE, OPT_GLOBAL, OPT_DETERMINISTIC, OPT_HELP, OPT_NETDEV,
    OPT_TRACE, OPT_D, OPT_ICOUNT, OPT_JIT_STATS, OPT_GDB, OPT_GDB_DEFAULT, OPT_WAIT_GDB,
    OPT_VIRTFS, OPT_FSDEV, OPT_DEVICE, OPT_NIC, OPT_SCREENSHOT, OPT_DISPLAY, OPT_NOGRAPHIC,
    OPT_SCRIPT, OPT_EXPECT, OPT_SEND, OPT_TIMEOUT, OPT_LOG, OPT_LOADVM, OPT_QMP,
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
    { "nodefaults", OPT_NODEFAULTS, false },
    { "accel", OPT_ACCEL, true },
    { "cpu", OPT_CPU, true },
    { "smp", OPT_SMP, true },
    { "machine", OPT_MACHINE, true },
    { "M", OPT_MACHINE, true },
    { "global", OPT_GLOBAL, true },
    { "deterministic", OPT_DETERMINISTIC, false },
    { "netdev", OPT_NETDEV, true },
    { "nic", OPT_NIC, true },
    { "virtfs", OPT_VIRTFS, true },
    { "fsdev", OPT_FSDEV, true },
    { "device", OPT_DEVICE, true },
    { "trace", OPT_TRACE, false },
    { "d", OPT_D, true },
    { "icount", OPT_ICOUNT, false },
    { "jit-stats", OPT_JIT_STATS, false },
    { "screenshot", OPT_SCREENSHOT, true },
    { "display", OPT_DISPLAY, true },
    { "nographic", OPT_NOGRAPHIC, false },
    { "gdb", OPT_GDB, true },
    { "s", OPT_GDB_DEFAULT, false },
    { "S", OPT_WAIT_GDB, false },
    { "script", OPT_SCRIPT, true },
    { "expect", OPT_EXPECT, true },
    { "send", OPT_SEND, true },
    { "timeout", OPT_TIMEOUT, true },
    { "log", OPT_LOG, true },
    { "loadvm", OPT_LOADVM, true },
    { "qmp", OPT_QMP, true },
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

/* Parses "TYPE[,key=value...]" whose type must be want ("user",
 * "local"): the items after it into o. */
static int typed_opts(const char *spec, const char *want, const char *what, const char *msg,
                      Opts *o, char *err, size_t errlen)
{
    size_t n = strlen(want);
    if (strncmp(spec, want, n) != 0 || (spec[n] && spec[n] != ',')) {
        set_err(err, errlen, "%s: %s", what, msg);
        return -1;
    }
    return opts_parse(o, spec + n + (spec[n] == ','), what, false, err, errlen);
}

static int parse_drive(MachineConfig *cfg, const char *spec, char *err, size_t errlen)
{
    Opts o = { 0 };
    if (cfg->ndrives == MAX_DRIVES) {
        set_err(err, errlen, "too many drives (at most %d)", MAX_DRIVES);
        return -1;
    }
    int rc = opts_parse(&o, spec, "-drive", false, err, errlen);
    if (rc == 0) {
        rc = config_add_drive(cfg, &o, "-drive", err, errlen);
    }
    opts_free(&o);
    return rc;
}

/* -netdev user,id=n0[,hostfwd=...][,restrict=on] (-nic user,...: always
 * with its NIC). */
static int parse_netdev(MachineConfig *cfg, const char *spec, bool nic, char *err,
                        size_t errlen)
{
    Opts o = { 0 };
    int rc = typed_opts(spec, "user", "-netdev", "only the 'user' network type is supported",
                        &o, err, errlen);
    if (rc == 0) {
        rc = config_add_netdev(cfg, &o, nic, "-netdev", err, errlen);
    }
    opts_free(&o);
    return rc;
}

/* -virtfs local,path=DIR,mount_tag=TAG[,readonly=on][,security_model=...]
 * and -fsdev local,id=ID,path=DIR[,readonly=on][,security_model=...]. */
static int parse_fs(MachineConfig *cfg, const char *spec, bool virtfs, char *err,
                    size_t errlen)
{
    const char *what = virtfs ? "-virtfs" : "-fsdev";
    Opts o = { 0 };
    int rc = typed_opts(spec, "local", what,
                        "only the 'local' file system driver is supported", &o, err, errlen);
    char *tag = NULL;
    if (rc == 0 && virtfs) {
        /* mount_tag is the device's, not the backend's. */
        const char *t = opts_get(&o, "mount_tag");
        tag = strdup(t ? t : "");
        Opts backend = { 0 };
        for (int i = 0; i < o.n && rc == 0; i++) {
            if (strcmp(o.key[i], "mount_tag") != 0) {
                rc = opts_add(&backend, o.key[i], o.val[i]);
            }
        }
        opts_free(&o);
        o = backend;
    }
    if (rc == 0 && virtfs && !tag) {
        set_err(err, errlen, "out of memory");
        rc = -1;
    }
    if (rc == 0) {
        rc = config_add_fsdev(cfg, &o, tag, what, err, errlen);
    }
    free(tag);
    opts_free(&o);
    return rc;
}

/* -device NAME[,key=value...], -device help, -device NAME,help. */
static int parse_device(MachineConfig *cfg, const char *spec, char *err, size_t errlen)
{
    Opts o = { 0 };
    int rc = opts_parse(&o, spec, "-device", true, err, errlen);
    if (rc == 0 && o.n == 0) {
        set_err(err, errlen, "-device: missing device name (try -device help)");
        rc = -1;
    }
    if (rc == 0 && (!strcmp(o.key[0], "help") || opts_get(&o, "help"))) {
        cfg->device_help = true;
        rc = strcmp(o.key[0], "help") ? config_set_str(&cfg->device_help_name, o.key[0], err,
                                                       errlen)
                                       : 0;
    } else if (rc == 0 && o.val[0][0]) {
        set_err(err, errlen, "-device: the device name comes first, not '%s=%s'", o.key[0],
                o.val[0]);
        rc = -1;
    } else if (rc == 0) {
        char *name = o.key[0];
        Opts rest = { .n = o.n - 1, .cap = o.cap, .key = o.key + 1, .val = o.val + 1 };
        rc = config_add_device(cfg, name, &rest, err, errlen);
    }
    opts_free(&o);
    return rc;
}

/* -display sdl|none (QEMU's names; its other front ends are not here). */
static int parse_display(MachineConfig *cfg, const char *v, char *err, size_t errlen)
{
    if (!strcmp(v, "sdl")) {
        cfg->display_ui = DISPLAY_UI_SDL;
    } else if (!strcmp(v, "none")) {
        cfg->display_ui = DISPLAY_UI_NONE;
    } else {
        set_err(err, errlen, "-display: unknown display '%s' (sdl or none)", v);
        return -1;
    }
    return 0;
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

/* -smp N or QEMU's -smp [cpus=]N[,cores=N,maxcpus=N,threads=1,sockets=1]:
 * the hart count; a topology that asks for a different count is refused. */
static int parse_smp(MachineConfig *cfg, const char *v, char *err, size_t errlen)
{
    Opts o = { 0 };
    if (opts_parse(&o, v, "-smp", true, err, errlen) != 0) {
        return -1;
    }
    long n = 0;
    int rc = 0;
    for (int i = 0; i < o.n && rc == 0; i++) {
        bool bare = i == 0 && !o.val[i][0];
        const char *num = bare ? o.key[i] : o.val[i];
        char *end;
        long x = strtol(num, &end, 10);
        if (*end || x < 1) {
            rc = set_err(err, errlen, "-smp: '%s' is not a number of harts", num);
        } else if (bare || !strcmp(o.key[i], "cpus") || !strcmp(o.key[i], "maxcpus") ||
                   !strcmp(o.key[i], "cores")) {
            rc = n && x != n ? set_err(err, errlen, "-smp: '%s' asks for two counts", v) : 0;
            n = x;
        } else if (strcmp(o.key[i], "threads") != 0 && strcmp(o.key[i], "sockets") != 0) {
            rc = set_err(err, errlen, "-smp: unknown option '%s'", o.key[i]);
        } else if (x != 1) {
            rc = set_err(err, errlen, "-smp: %s=%ld: the board has one socket of "
                         "single-threaded harts", o.key[i], x);
        }
    }
    opts_free(&o);
    if (rc == 0 && (n < 1 || n > MACHINE_MAX_HARTS)) {
        rc = set_err(err, errlen, "-smp: the hart count must be 1..%d", MACHINE_MAX_HARTS);
    }
    if (rc == 0) {
        cfg->cpus = (int)n;
    }
    return rc;
}

/* -machine virt (-M virt), as QEMU command lines for this board say; the
 * board has no properties to set. */
static int parse_machine(const char *v, char *err, size_t errlen)
{
    if (strcmp(v, "virt") != 0) {
        return set_err(err, errlen, "-machine %s: rvbox is QEMU's virt board only (-machine virt)",
                       v);
    }
    return 0;
}

/* -global DRIVER.PROP=VALUE: only what QEMU users pass for this board,
 * virtio-mmio.force-legacy=false (rvbox's virtio-mmio is modern, version
 * 2, already: xv6's command line asks for it). */
static int parse_global(const char *v, char *err, size_t errlen)
{
    if (!strcmp(v, "virtio-mmio.force-legacy=false") ||
        !strcmp(v, "virtio-mmio.force-legacy=off")) {
        return 0;
    }
    if (!strncmp(v, "virtio-mmio.force-legacy=", 25)) {
        return set_err(err, errlen, "-global %s: rvbox's virtio-mmio is modern only "
                       "(version 2)", v);
    }
    return set_err(err, errlen, "-global %s: unknown property (rvbox takes "
                   "virtio-mmio.force-legacy=false)", v);
}

/* --expect P / --send T: one script line each, in command-line order. */
static int add_script_line(MachineConfig *cfg, const char *verb, const char *v, char *err,
                           size_t errlen)
{
    char **lines = realloc(cfg->script_lines, (size_t)(cfg->nscript_lines + 1) * sizeof(*lines));
    char *line = malloc(strlen(verb) + strlen(v) + 1);
    if (lines) {
        cfg->script_lines = lines;
    }
    if (!lines || !line) {
        free(line);
        return set_err(err, errlen, "out of memory");
    }
    strcpy(line, verb);
    strcat(line, v);
    cfg->script_lines[cfg->nscript_lines++] = line;
    return 0;
}

/* --timeout SECONDS: a positive number, fractions allowed. */
static int parse_timeout(MachineConfig *cfg, const char *v, char *err, size_t errlen)
{
    char *end;
    double t = strtod(v, &end);
    if (end == v || *end || !(t > 0) || t > 1e7) {
        return set_err(err, errlen, "--timeout: '%s' is not a number of seconds", v);
    }
    cfg->timeout = t;
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

static int apply_option(MachineConfig *cfg, const Option *o, const char *v, char *err,
                        size_t errlen)
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
        cfg->snapshot_all = true;
        return 0;
    case OPT_NODEFAULTS:
        cfg->no_default_console = true;
        return 0;
    case OPT_ACCEL:
        /* QEMU's -accel tcg is the translator here too. */
        if (!strcmp(v, "interp") || !strcmp(v, "jit") || !strcmp(v, "tcg")) {
            cfg->accel_interp = !strcmp(v, "interp");
            return 0;
        }
        snprintf(err, errlen, "-accel %s: not a way to run code here (jit, interp)", v);
        return -1;
    case OPT_CPU:
        return parse_cpu(cfg, v, err, errlen);
    case OPT_SMP:
        return parse_smp(cfg, v, err, errlen);
    case OPT_MACHINE:
        return parse_machine(v, err, errlen);
    case OPT_GLOBAL:
        return parse_global(v, err, errlen);
    case OPT_DETERMINISTIC:
        cfg->deterministic = true;
        return 0;
    case OPT_HELP:
        return 0;
    case OPT_NETDEV:
    case OPT_NIC:
        return parse_netdev(cfg, v, o->id == OPT_NIC, err, errlen);
    case OPT_VIRTFS:
    case OPT_FSDEV:
        return parse_fs(cfg, v, o->id == OPT_VIRTFS, err, errlen);
    case OPT_DEVICE:
        return parse_device(cfg, v, err, errlen);
    case OPT_SCREENSHOT:
        return config_set_str(&cfg->screenshot, v, err, errlen);
    case OPT_DISPLAY:
        return parse_display(cfg, v, err, errlen);
    case OPT_NOGRAPHIC:
        cfg->display_ui = DISPLAY_UI_NONE;
        return 0;
    case OPT_SCRIPT:
        return config_set_str(&cfg->script, v, err, errlen);
    case OPT_EXPECT:
    case OPT_SEND:
        return add_script_line(cfg, o->id == OPT_EXPECT ? "expect " : "send ", v, err, errlen);
    case OPT_TIMEOUT:
        return parse_timeout(cfg, v, err, errlen);
    case OPT_LOG:
        return config_set_str(&cfg->log, v, err, errlen);
    case OPT_LOADVM:
        return config_set_str(&cfg->loadvm, v, err, errlen);
    case OPT_QMP:
        return config_set_str(&cfg->qmp, v, err, errlen);
    case OPT_TRACE: case OPT_D: case OPT_ICOUNT: case OPT_JIT_STATS: case OPT_GDB: case OPT_GDB_DEFAULT:
    case OPT_WAIT_GDB:
        return debug_option(cfg, o->name, v, err, errlen);
    }
    return 0;
}

static int apply_args(MachineConfig *cfg, int argc, char **argv, char *err, size_t errlen)
{
    for (int i = 1; i < argc; i++) {
        if (!is_flag(argv[i])) {
            continue;
        }
        const Option *o = find_option(argv[i]);
        const char *v = o->has_arg ? argv[++i] : o->id == OPT_TRACE ? argv[i] : NULL;
        if (apply_option(cfg, o, v, err, errlen) != 0) {
            return -1;
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
    cfg->cpus = 1;
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
    if (cfg->device_help) {
        *help = true;
        return 0;
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
    if (config_finish(cfg, err, errlen) != 0) {
        config_free(cfg);
        return -1;
    }
    return 0;
}
