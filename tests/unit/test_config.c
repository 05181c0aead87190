/* Unit tests for machine/config.c: flags, TinyEMU JSON files, messages. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "machine/config.h"
#include "tests/unit/testlib.h"

static MachineConfig cfg;
static char err[512];
static bool help;
static char tmpdir[] = "/tmp/test_config.XXXXXX";

/* Runs config_parse_args on a NULL-terminated list of arguments. */
static int parse(const char *first, ...)
{
    char *argv[32] = { "rvbox" };
    int argc = 1;
    va_list ap;

    config_free(&cfg);
    va_start(ap, first);
    for (const char *a = first; a && argc < 31; a = va_arg(ap, const char *)) {
        argv[argc++] = (char *)a;
    }
    va_end(ap);
    argv[argc] = NULL;
    err[0] = '\0';
    return config_parse_args(&cfg, argc, argv, &help, err, sizeof(err));
}

/* Writes text to tmpdir/name and returns the path (static buffer). */
static const char *write_file(const char *name, const char *text)
{
    static char path[4][256];
    static int next;
    char *p = path[next++ % 4];

    snprintf(p, 256, "%s/%s", tmpdir, name);
    FILE *f = fopen(p, "w");
    fputs(text, f);
    fclose(f);
    return p;
}

static bool err_is(const char *want)
{
    if (strcmp(err, want) != 0) {
        fprintf(stderr, "  got error: '%s'\n  expected:  '%s'\n", err, want);
        return false;
    }
    return true;
}

/* Drive n (in creation order): its file and mode, as the block backend
 * gets them. mode: "rw", "ro" or "snapshot". */
static bool drive_is(int n, const char *file, const char *mode)
{
    for (int i = 0; i < cfg.nbackends; i++) {
        const BackendConfig *b = &cfg.backends[i];
        if (b->kind != BACKEND_BLOCK || n-- > 0) {
            continue;
        }
        const char *ro = opts_get(&b->opts, "readonly"), *snap = opts_get(&b->opts, "snapshot");
        bool is_ro = ro && !strcmp(ro, "on"), is_snap = snap && !strcmp(snap, "on");
        const char *m = is_ro ? "ro" : is_snap ? "snapshot" : "rw";
        const char *f = opts_get(&b->opts, "file");
        return f && (!file || !strcmp(f, file) || strstr(f, file)) && !strcmp(m, mode);
    }
    return false;
}

/* How many devices of that registry name the configuration creates. */
static int devices_named(const char *name)
{
    int n = 0;
    for (int i = 0; i < cfg.ndevices; i++) {
        n += !strcmp(cfg.devices[i].driver, name);
    }
    return n;
}

static void test_defaults(void)
{
    CHECK(parse("-kernel", "Image", NULL) == 0);
    CHECK(cfg.ram_size == 256ull << 20);
    CHECK(cfg.xlen == 64);
    CHECK(cfg.bios == NULL);
    CHECK(cfg.kernel && !strcmp(cfg.kernel, "Image"));
    CHECK(cfg.ndrives == 0 && !cfg.deterministic && !help);
    /* Every machine has its console, unless -nodefaults. */
    CHECK(cfg.ndevices == 1 && devices_named("virtio-serial-device") == 1);
    CHECK(parse("-nodefaults", "-kernel", "Image", NULL) == 0 && cfg.ndevices == 0);
    CHECK(parse("-nodefaults", "-device", "virtio-serial-device", "-kernel", "Image",
                NULL) == 0 && devices_named("virtio-serial-device") == 1);
}

static void test_memory_flag(void)
{
    CHECK(parse("-kernel", "k", "-m", "512", NULL) == 0 && cfg.ram_size == 512ull << 20);
    CHECK(parse("-kernel", "k", "-m", "1G", NULL) == 0 && cfg.ram_size == 1ull << 30);
    CHECK(parse("-kernel", "k", "-m", "64M", NULL) == 0 && cfg.ram_size == 64ull << 20);
    CHECK(parse("-kernel", "k", "-m", "0", NULL) == -1 && strstr(err, "invalid memory size '0'"));
    CHECK(parse("-kernel", "k", "-m", "12x", NULL) == -1 && strstr(err, "'12x'"));
    CHECK(parse("-kernel", "k", "-m", "-5", NULL) == -1);
    CHECK(parse("-kernel", "k", "-m", "99999999999999999999", NULL) == -1);
}

static void test_flags(void)
{
    CHECK(parse("-bios", "fw.bin", "-kernel", "k", "-initrd", "rd", "-append", "console=ttyS0",
                "-cpu", "rv32", "--deterministic", NULL) == 0);
    CHECK(cfg.bios && !strcmp(cfg.bios, "fw.bin"));
    CHECK(cfg.initrd && !strcmp(cfg.initrd, "rd"));
    CHECK(cfg.cmdline && !strcmp(cfg.cmdline, "console=ttyS0"));
    CHECK(cfg.xlen == 32 && cfg.deterministic);
    CHECK(parse("-bios", "fw.bin", "-bios", "none", "-kernel", "k", NULL) == 0 && !cfg.bios);
    CHECK(parse("--kernel", "k", "-cpu", "rv64", NULL) == 0 && cfg.xlen == 64);
    CHECK(parse("-kernel", "k", "-cpu", "x86", NULL) == -1 &&
          err_is("unknown cpu 'x86' (rv64 or rv32)"));
    CHECK(parse("-bios", "fw", NULL) == 0 && cfg.bios && !cfg.kernel);
}

/* -smp as QEMU spells it, and "cpus" in a config file. */
static void test_smp(void)
{
    CHECK(parse("-kernel", "k", NULL) == 0 && cfg.cpus == 1);
    CHECK(parse("-kernel", "k", "-smp", "4", NULL) == 0 && cfg.cpus == 4);
    CHECK(parse("-kernel", "k", "-smp", "cpus=2,cores=2,threads=1,sockets=1", NULL) == 0 &&
          cfg.cpus == 2);
    CHECK(parse("-kernel", "k", "-smp", "3,maxcpus=3", NULL) == 0 && cfg.cpus == 3);
    CHECK(parse("-kernel", "k", "-smp", "9", NULL) == -1 && strstr(err, "1..8"));
    CHECK(parse("-kernel", "k", "-smp", "0", NULL) == -1 && strstr(err, "-smp"));
    CHECK(parse("-kernel", "k", "-smp", "2,threads=2", NULL) == -1 &&
          strstr(err, "threads=2"));
    CHECK(parse("-kernel", "k", "-smp", "2,cores=4", NULL) == -1 && strstr(err, "two counts"));
    CHECK(parse("-kernel", "k", "-smp", "2,dies=1", NULL) == -1 && strstr(err, "'dies'"));
    CHECK(parse("-machine", "virt", "-M", "virt", "-kernel", "k", NULL) == 0);
    CHECK(parse("-machine", "sifive_u", "-kernel", "k", NULL) == -1 && strstr(err, "virt"));
    CHECK(parse("-global", "virtio-mmio.force-legacy=false", "-kernel", "k", NULL) == 0);
    CHECK(parse("-global", "virtio-mmio.force-legacy=true", "-kernel", "k", NULL) == -1 &&
          strstr(err, "modern only"));
    CHECK(parse("-global", "foo.bar=1", "-kernel", "k", NULL) == -1 &&
          strstr(err, "unknown property"));
    const char *p = write_file("smp.cfg", "{ kernel: \"k\", cpus: 4 }");
    CHECK(parse(p, NULL) == 0 && cfg.cpus == 4);
    p = write_file("smp2.cfg", "{ kernel: \"k\", cpus: 12 }");
    CHECK(parse(p, NULL) == -1 && strstr(err, "cpus must be a number of harts, 1..8"));
}

static void test_drive_flags(void)
{
    CHECK(parse("-kernel", "k", "-drive", "file=a.img,format=raw,readonly=on",
                "-drive", "file=b.img,snapshot=on", "-drive", "file=c,,d.img", NULL) == 0);
    CHECK(cfg.ndrives == 3 && devices_named("virtio-blk-device") == 3);
    CHECK(drive_is(0, "a.img", "ro"));
    CHECK(drive_is(1, "b.img", "snapshot"));
    CHECK(drive_is(2, "c,d.img", "rw"));
    CHECK(parse("-snapshot", "-kernel", "k", "-drive", "file=a", "-drive", "file=b,readonly=on",
                NULL) == 0);
    CHECK(drive_is(0, "a", "snapshot") && drive_is(1, "b", "ro"));
    /* QEMU's two-part form: the drive alone makes no disk; the -device does. */
    CHECK(parse("-kernel", "k", "-drive", "file=a,if=none,id=d0", NULL) == 0 &&
          cfg.ndrives == 1 && devices_named("virtio-blk-device") == 0);
    CHECK(parse("-kernel", "k", "-drive", "file=a,format=raw,if=none,id=d0", "-device",
                "virtio-blk-device,drive=d0", NULL) == 0 &&
          devices_named("virtio-blk-device") == 1 && drive_is(0, "a", "rw"));
    CHECK(parse("-kernel", "k", "-drive", "file=a,id=x", "-drive", "file=b,id=x", NULL) == -1 &&
          err_is("duplicate id 'x'"));
    CHECK(parse("-kernel", "k", "-drive", "file=a,format=qcow2", NULL) == -1 &&
          err_is("-drive: format 'qcow2' is not supported (only raw)"));
    CHECK(parse("-kernel", "k", "-drive", "format=raw", NULL) == -1 &&
          err_is("-drive: missing file=PATH"));
    CHECK(parse("-kernel", "k", "-drive", "file=a,bogus=1", NULL) == -1 &&
          err_is("-drive: unknown option 'bogus'"));
    CHECK(parse("-kernel", "k", "-drive", "file=a,readonly=maybe", NULL) == -1);
    CHECK(parse("-kernel", "k", "-drive", "file=1", "-drive", "file=2", "-drive", "file=3",
                "-drive", "file=4", "-drive", "file=5", NULL) == -1 && strstr(err, "too many"));
}

static void test_device_flag(void)
{
    CHECK(parse("-kernel", "k", "-device", "virtio-rng-device", NULL) == 0 &&
          devices_named("virtio-rng-device") == 1);
    CHECK(parse("-device", "help", NULL) == 0 && help && cfg.device_help &&
          !cfg.device_help_name);
    CHECK(parse("-device", "virtio-blk-device,help", NULL) == 0 && help && cfg.device_help &&
          cfg.device_help_name && !strcmp(cfg.device_help_name, "virtio-blk-device"));
    CHECK(parse("-kernel", "k", "-device", "virtio-frob-device", NULL) == -1 &&
          err_is("-device: unknown device 'virtio-frob-device' (try -device help)"));
    CHECK(parse("-kernel", "k", "-device", "virtio-rng-device,speed=9", NULL) == -1 &&
          err_is("virtio-rng-device: unknown option 'speed' "
                 "(try -device virtio-rng-device,help)"));
    CHECK(parse("-kernel", "k", "-device", "serial", NULL) == -1 &&
          strstr(err, "part of the board"));
    CHECK(parse("-kernel", "k", "-fsdev", "local,id=f0,path=/srv,security_model=none",
                "-device", "virtio-9p-device,fsdev=f0,mount_tag=host0", NULL) == 0 &&
          devices_named("virtio-9p-device") == 1 && cfg.nfs == 1);
    CHECK(parse("-kernel", "k", "-fsdev", "local,id=f0", NULL) == -1 &&
          err_is("-fsdev: missing path=DIR"));
}

static void test_usage_errors(void)
{
    CHECK(parse("-foo", NULL) == -1 && err_is("unknown option '-foo' (try --help)"));
    CHECK(parse("-kernel", NULL) == -1 && err_is("option '-kernel' needs an argument"));
    CHECK(parse("-m", NULL) == -1 && err_is("option '-m' needs an argument"));
    CHECK(parse(NULL) == -1 &&
          err_is("nothing to boot: give a config file or -kernel/-bios (try --help)"));
    CHECK(parse("-bios", "none", NULL) == -1 && strstr(err, "nothing to boot"));
    CHECK(parse("a.cfg", "b.cfg", NULL) == -1 && strstr(err, "more than one config file"));
    CHECK(parse("-h", NULL) == 0 && help);
    CHECK(parse("--help", "-foo", NULL) == 0 && help);
    CHECK(strstr(config_usage, "-drive") && strstr(config_usage, "Ctrl-A x") &&
          strstr(config_usage, "exit status"));
}

static void test_config_file(void)
{
    const char *p = write_file("vm.cfg",
        "/* VM configuration file */\n"
        "{\n"
        "    version: 1,\n"
        "    machine: \"riscv64\", // the only one\n"
        "    memory_size: 128,\n"
        "    bios: \"bbl64.bin\",\n"
        "    kernel: \"/abs/kernel.bin\",\n"
        "    initrd: \"sub/rd.gz\",\n"
        "    cmdline: \"console=hvc0 root=/dev/vda rw // not a comment\",\n"
        "    drive0: { file: \"root.bin\", readonly: true, },\n"
        "    drive1: \"data.bin\",\n"
        "    \"drive2\": { \"file\": \"s.bin\", \"format\": \"raw\", \"snapshot\": true },\n"
        "    eth0: { driver: \"user\" },\n"
        "    deterministic: true,\n"
        "}\n");
    char want[512];

    CHECK(parse(p, NULL) == 0);
    snprintf(want, sizeof(want), "%s/bbl64.bin", tmpdir);
    CHECK(cfg.bios && !strcmp(cfg.bios, want));
    CHECK(cfg.kernel && !strcmp(cfg.kernel, "/abs/kernel.bin"));
    snprintf(want, sizeof(want), "%s/sub/rd.gz", tmpdir);
    CHECK(cfg.initrd && !strcmp(cfg.initrd, want));
    CHECK(cfg.cmdline && !strcmp(cfg.cmdline, "console=hvc0 root=/dev/vda rw // not a comment"));
    CHECK(cfg.ram_size == 128ull << 20 && cfg.xlen == 64 && cfg.deterministic);
    CHECK(cfg.ndrives == 3);
    snprintf(want, sizeof(want), "%s/root.bin", tmpdir);
    CHECK(cfg.ndrives == 3 && drive_is(0, want, "ro"));
    CHECK(cfg.ndrives == 3 && drive_is(1, "data", "rw"));
    CHECK(cfg.ndrives == 3 && drive_is(2, "s.bin", "snapshot"));
    CHECK(devices_named("virtio-net-device") == 1);
    /* Disks first, then the console, then the NIC (the slot order). */
    CHECK(cfg.ndevices == 5 && !strcmp(cfg.devices[3].driver, "virtio-serial-device") &&
          !strcmp(cfg.devices[4].driver, "virtio-net-device"));

    /* Flags override the file whatever their position. */
    CHECK(parse("-m", "64", "-append", "quiet", p, "-drive", "file=x", NULL) == 0);
    CHECK(cfg.ram_size == 64ull << 20 && !strcmp(cfg.cmdline, "quiet") && cfg.ndrives == 4);
    CHECK(parse(p, "-bios", "none", NULL) == 0 && !cfg.bios);
}

static void test_config_errors(void)
{
    char want[512];
    const char *p = write_file("bad.cfg", "{\n  kernel: \"k\",\n  memory_size 64\n}\n");

    snprintf(want, sizeof(want), "%s: malformed JSON near line 3", p);
    CHECK(parse(p, NULL) == -1 && err_is(want));
    p = write_file("unknown.cfg", "{ kernel: \"k\", frobnicate: 1 }");
    snprintf(want, sizeof(want), "%s: unknown key 'frobnicate'", p);
    CHECK(parse(p, NULL) == -1 && err_is(want));
    p = write_file("mem.cfg", "{ kernel: \"k\", memory_size: -3 }");
    CHECK(parse(p, NULL) == -1 && strstr(err, "memory_size must be a positive number of MiB"));
    p = write_file("mem2.cfg", "{ kernel: \"k\", memory_size: \"lots\" }");
    CHECK(parse(p, NULL) == -1 && strstr(err, "memory_size must be a positive number of MiB"));
    p = write_file("cmt.cfg", "{ kernel: \"k\" /* oops\n\n }");
    snprintf(want, sizeof(want), "%s: unterminated comment near line 1", p);
    CHECK(parse(p, NULL) == -1 && err_is(want));
    p = write_file("fmt.cfg", "{ kernel: \"k\", drive0: { file: \"a\", format: \"qcow2\" } }");
    CHECK(parse(p, NULL) == -1 && strstr(err, "only format \"raw\""));
    p = write_file("mach.cfg", "{ kernel: \"k\", machine: \"riscv128\" }");
    CHECK(parse(p, NULL) == -1 && strstr(err, "machine must be"));
    p = write_file("ver2.cfg", "{ version: 2, kernel: \"k\" }");
    CHECK(parse(p, NULL) == -1 && strstr(err, "version must be 1"));
    p = write_file("ver1s.cfg", "{ version: \"1\", kernel: \"k\" }");
    CHECK(parse(p, NULL) == -1 && strstr(err, "version must be 1"));
    p = write_file("tag.cfg", "{ kernel: \"k\", fs0: { file: \"/tmp\", tag: 5 } }");
    CHECK(parse(p, NULL) == -1 && strstr(err, "fs0: tag must be a string"));
    p = write_file("nobios.cfg", "{ version: 1, bios: \"none\", kernel: \"k\" }");
    CHECK(parse(p, NULL) == 0 && cfg.no_bios && !cfg.bios);
    p = write_file("arr.cfg", "[1, 2]");
    CHECK(parse(p, NULL) == -1 && strstr(err, "malformed JSON"));
    p = write_file("empty.cfg", "{ memory_size: 64 }");
    CHECK(parse(p, NULL) == -1 && strstr(err, "nothing to boot"));
    snprintf(want, sizeof(want), "%s/nope.cfg", tmpdir);
    CHECK(parse(want, NULL) == -1 &&
          strstr(err, "nope.cfg: cannot open: No such file or directory"));
    CHECK(parse(tmpdir, NULL) == -1 && strstr(err, "Is a directory"));
}

/* The option value key of the first device named name, or NULL. */
static const char *device_opt(const char *name, const char *key)
{
    for (int i = 0; i < cfg.ndevices; i++) {
        if (!strcmp(cfg.devices[i].driver, name)) {
            return opts_get(&cfg.devices[i].opts, key);
        }
    }
    return NULL;
}

static void test_display_flags(void)
{
    CHECK(parse("-kernel", "k", NULL) == 0 && cfg.display_ui == DISPLAY_UI_NONE);
    CHECK(parse("-kernel", "k", "-device", "virtio-gpu-device", "-display", "sdl", NULL) == 0 &&
          cfg.display_ui == DISPLAY_UI_SDL && devices_named("virtio-gpu-device") == 1);
    CHECK(parse("-kernel", "k", "-display", "sdl", "-device", "virtio-gpu-device,xres=800",
                NULL) == 0 && cfg.display_ui == DISPLAY_UI_SDL);
    CHECK(parse("-kernel", "k", "-device", "virtio-gpu-device", "-display", "sdl",
                "-nographic", NULL) == 0 && cfg.display_ui == DISPLAY_UI_NONE);
    CHECK(parse("-kernel", "k", "-nographic", "-display", "none", NULL) == 0 &&
          cfg.display_ui == DISPLAY_UI_NONE);
    CHECK(parse("--display", "none", "-kernel", "k", NULL) == 0 &&
          cfg.display_ui == DISPLAY_UI_NONE);
    CHECK(parse("-kernel", "k", "-display", "sdl", NULL) == -1 &&
          err_is("-display sdl: no display device to show (add -device virtio-gpu-device or "
                 "a display0 config key)"));
    CHECK(parse("-kernel", "k", "-display", "gtk", NULL) == -1 &&
          err_is("-display: unknown display 'gtk' (sdl or none)"));
    CHECK(parse("-kernel", "k", "-display", "sdl,gl=on", NULL) == -1 &&
          err_is("-display: unknown display 'sdl,gl=on' (sdl or none)"));
    CHECK(parse("-kernel", "k", "-display", NULL) == -1 &&
          err_is("option '-display' needs an argument"));
    CHECK(parse("-kernel", "k", "-nographic", "x", "y", NULL) == -1 &&
          strstr(err, "more than one config file"));
    CHECK(strstr(config_usage, "-display sdl|none") && strstr(config_usage, "-nographic") &&
          strstr(config_usage, "Ctrl-Alt-G") && strstr(config_usage, "Ctrl-Alt-S") &&
          strstr(config_usage, "rvbox-screenshot-N.png") && strstr(config_usage, "display0") &&
          strstr(config_usage, "input_device"));
    /* The devices the window needs come by name through the registry. */
    CHECK(parse("-kernel", "k", "-device", "virtio-keyboard-device", "-device",
                "virtio-tablet-device", "-device", "virtio-mouse-device", NULL) == 0 &&
          devices_named("virtio-keyboard-device") == 1 &&
          devices_named("virtio-tablet-device") == 1 && devices_named("virtio-mouse-device") == 1);
}

static void test_display_keys(void)
{
    char want[512];
    const char *p = write_file("gfx.cfg",
        "{ version: 1, kernel: \"k\", drive0: \"d.img\",\n"
        "  display0: { device: \"simplefb\", width: 800, height: 600 },\n"
        "  input_device: \"virtio\" }\n");
    CHECK(parse(p, "-device", "virtio-rng-device", NULL) == 0);
    CHECK(devices_named("virtio-gpu-device") == 1 && devices_named("virtio-keyboard-device") == 1 &&
          devices_named("virtio-tablet-device") == 1);
    CHECK(device_opt("virtio-gpu-device", "xres") &&
          !strcmp(device_opt("virtio-gpu-device", "xres"), "800") &&
          device_opt("virtio-gpu-device", "yres") &&
          !strcmp(device_opt("virtio-gpu-device", "yres"), "600"));
    /* Slots: disks, the console, then display, keyboard and tablet, then -device. */
    CHECK(cfg.ndevices == 6 && !strcmp(cfg.devices[0].driver, "virtio-blk-device") &&
          !strcmp(cfg.devices[1].driver, "virtio-serial-device") &&
          !strcmp(cfg.devices[2].driver, "virtio-gpu-device") &&
          !strcmp(cfg.devices[3].driver, "virtio-keyboard-device") &&
          !strcmp(cfg.devices[4].driver, "virtio-tablet-device") &&
          !strcmp(cfg.devices[5].driver, "virtio-rng-device"));
    /* A headless run stays headless; -display sdl shows display0. */
    CHECK(parse(p, NULL) == 0 && cfg.display_ui == DISPLAY_UI_NONE);
    CHECK(parse(p, "-display", "sdl", NULL) == 0 && cfg.display_ui == DISPLAY_UI_SDL);

    p = write_file("gfx2.cfg", "{ kernel: \"k\", display0: { device: \"virtio-gpu\" } }");
    CHECK(parse(p, NULL) == 0 && devices_named("virtio-gpu-device") == 1 &&
          !device_opt("virtio-gpu-device", "xres") && !device_opt("virtio-gpu-device", "yres"));
    p = write_file("gfx3.cfg",
                   "{ kernel: \"k\", display0: { device: \"simplefb\", width: 8192, height: 1 } }");
    CHECK(parse(p, NULL) == 0 && !strcmp(device_opt("virtio-gpu-device", "xres"), "8192") &&
          !strcmp(device_opt("virtio-gpu-device", "yres"), "1"));

    static const char *const bad_size[] = { "0", "100000", "8193", "-1", "1.5", "\"800\"", "true" };
    for (size_t i = 0; i < sizeof(bad_size) / sizeof(bad_size[0]); i++) {
        char text[200];
        snprintf(text, sizeof(text),
                 "{ kernel: \"k\", display0: { device: \"simplefb\", width: %s, height: 480 } }",
                 bad_size[i]);
        p = write_file("badw.cfg", text);
        snprintf(want, sizeof(want),
                 "%s: display0: width must be a whole number of pixels 1..8192", p);
        CHECK(parse(p, NULL) == -1 && err_is(want));
    }
    p = write_file("badh.cfg",
                   "{ kernel: \"k\", display0: { device: \"simplefb\", width: 640, height: 0 } }");
    snprintf(want, sizeof(want), "%s: display0: height must be a whole number of pixels 1..8192",
             p);
    CHECK(parse(p, NULL) == -1 && err_is(want));
    p = write_file("vga.cfg", "{ kernel: \"k\", display0: { device: \"vga\" } }");
    snprintf(want, sizeof(want), "%s: display0: device must be \"virtio-gpu\" or \"simplefb\"", p);
    CHECK(parse(p, NULL) == -1 && err_is(want));
    p = write_file("nodev.cfg", "{ kernel: \"k\", display0: { width: 640 } }");
    snprintf(want, sizeof(want), "%s: display0 must be an object with a \"device\"", p);
    CHECK(parse(p, NULL) == -1 && err_is(want));
    p = write_file("str.cfg", "{ kernel: \"k\", display0: \"simplefb\" }");
    snprintf(want, sizeof(want), "%s: display0 must be an object with a \"device\"", p);
    CHECK(parse(p, NULL) == -1 && err_is(want));
    p = write_file("key.cfg", "{ kernel: \"k\", display0: { device: \"simplefb\", depth: 32 } }");
    snprintf(want, sizeof(want), "%s: display0: unknown key 'depth'", p);
    CHECK(parse(p, NULL) == -1 && err_is(want));
    p = write_file("ps2.cfg", "{ kernel: \"k\", input_device: \"ps2\" }");
    snprintf(want, sizeof(want), "%s: input_device must be \"virtio\"", p);
    CHECK(parse(p, NULL) == -1 && err_is(want));
    p = write_file("in1.cfg", "{ kernel: \"k\", input_device: 1 }");
    snprintf(want, sizeof(want), "%s: input_device must be \"virtio\"", p);
    CHECK(parse(p, NULL) == -1 && err_is(want));

    /* The shared helpers check sizes themselves. */
    config_free(&cfg);
    CHECK(config_add_display(&cfg, -1, 480, "here", err, sizeof(err)) == -1 &&
          err_is("here: width must be 1..8192 pixels, not -1"));
    CHECK(config_add_display(&cfg, 640, 9000, "here", err, sizeof(err)) == -1 &&
          err_is("here: height must be 1..8192 pixels, not 9000"));
    CHECK(cfg.ndevices == 0);
    CHECK(config_add_display(&cfg, 640, 480, "here", err, sizeof(err)) == 0 &&
          cfg.ndevices == 1 && !strcmp(device_opt("virtio-gpu-device", "xres"), "640"));
    CHECK(config_add_input(&cfg, "here", err, sizeof(err)) == 0 && cfg.ndevices == 3);
    config_free(&cfg);
}

static void cleanup(void)
{
    char cmd[300];

    config_free(&cfg);
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) {
        fprintf(stderr, "could not remove %s\n", tmpdir);
    }
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_defaults();
    test_smp();
    test_memory_flag();
    test_flags();
    test_drive_flags();
    test_usage_errors();
    test_device_flag();
    test_config_file();
    test_config_errors();
    test_display_flags();
    test_display_keys();
    cleanup();
    return t_summary("test_config");
}
