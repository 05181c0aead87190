/* Unit tests for machine/config.c: flags, TinyEMU JSON files, messages. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "machine/config.h"

static int passed, failed;

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (cond) {                                                        \
            passed++;                                                      \
        } else {                                                           \
            failed++;                                                      \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                  \
    } while (0)

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

static void test_defaults(void)
{
    CHECK(parse("-kernel", "Image", NULL) == 0);
    CHECK(cfg.ram_size == 256ull << 20);
    CHECK(cfg.xlen == 64);
    CHECK(cfg.bios == NULL);
    CHECK(cfg.kernel && !strcmp(cfg.kernel, "Image"));
    CHECK(cfg.ndrives == 0 && !cfg.deterministic && !help);
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

static void test_drive_flags(void)
{
    CHECK(parse("-kernel", "k", "-drive", "file=a.img,format=raw,readonly=on",
                "-drive", "file=b.img,snapshot=on", "-drive", "file=c,,d.img", NULL) == 0);
    CHECK(cfg.ndrives == 3);
    CHECK(!strcmp(cfg.drives[0].file, "a.img") && cfg.drives[0].mode == DRIVE_RO);
    CHECK(!strcmp(cfg.drives[1].file, "b.img") && cfg.drives[1].mode == DRIVE_SNAPSHOT);
    CHECK(!strcmp(cfg.drives[2].file, "c,d.img") && cfg.drives[2].mode == DRIVE_RW);
    CHECK(parse("-snapshot", "-kernel", "k", "-drive", "file=a", "-drive", "file=b,readonly=on",
                NULL) == 0);
    CHECK(cfg.drives[0].mode == DRIVE_SNAPSHOT && cfg.drives[1].mode == DRIVE_RO);
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
    CHECK(cfg.ndrives == 3 && !strcmp(cfg.drives[0].file, want) && cfg.drives[0].mode == DRIVE_RO);
    CHECK(cfg.ndrives == 3 && cfg.drives[1].mode == DRIVE_RW && strstr(cfg.drives[1].file, "data"));
    CHECK(cfg.ndrives == 3 && cfg.drives[2].mode == DRIVE_SNAPSHOT);

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
    p = write_file("arr.cfg", "[1, 2]");
    CHECK(parse(p, NULL) == -1 && strstr(err, "malformed JSON"));
    p = write_file("empty.cfg", "{ memory_size: 64 }");
    CHECK(parse(p, NULL) == -1 && strstr(err, "nothing to boot"));
    snprintf(want, sizeof(want), "%s/nope.cfg", tmpdir);
    CHECK(parse(want, NULL) == -1 &&
          strstr(err, "nope.cfg: cannot open: No such file or directory"));
    CHECK(parse(tmpdir, NULL) == -1 && strstr(err, "Is a directory"));
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
    test_memory_flag();
    test_flags();
    test_drive_flags();
    test_usage_errors();
    test_config_file();
    test_config_errors();
    cleanup();
    printf("test_config: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
