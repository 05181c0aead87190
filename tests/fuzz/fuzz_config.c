/* libFuzzer target: the machine configuration (machine/config.h), as a
 * user hands it to rvbox: a TinyEMU-style JSON config file in the relaxed
 * syntax (comments, bare words, trailing commas) plus command-line flags.
 * config_parse_args reads both, then config_free releases what it made.
 *
 * Input: the config file's text, a NUL byte, then the argv words, each
 * ended by a NUL (the last one may be left open). Without any NUL the
 * whole input is the file. An empty file part means no config file on the
 * command line; otherwise its path is argv[1]. A word the parser would take
 * for a file name (one not starting with '-' that is no option's argument)
 * becomes a path in the harness's own directory: "@elf" a small file
 * starting with the ELF magic, anything else a file that does not exist,
 * so that the parser never opens what the input names.
 *
 * What must hold: no crash, leak, out-of-bounds access or undefined
 * behaviour; a refusal (-1) names its cause in one non-empty line (when the
 * input has no line break or backslash it could quote) and leaves the
 * configuration holding nothing; an accepted one has something to boot,
 * xlen 32 or 64, a RAM size, at most MAX_DEVICES devices each with a
 * registry name, and a console device.
 *
 * "--write-seeds DIR" writes the seeds of corpus/config/ and exits. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "machine/config.h"
#include "tests/fuzz/fuzzlib.h"

#define MAX_WORDS 64

static char dir[64], cfg_path[96], elf_path[96], missing_path[96];

static void cleanup(void)
{
    unlink(cfg_path);
    unlink(elf_path);
    rmdir(dir);
}

/* The files live in memory when /dev/shm exists: a file rewritten on every
 * run costs a disk flush on some file systems. */
static void setup(void)
{
    static bool done;
    if (done) {
        return;
    }
    snprintf(dir, sizeof(dir), "/dev/shm/rvbox-fuzz-config-XXXXXX");
    if (!mkdtemp(dir)) {
        snprintf(dir, sizeof(dir), "/tmp/rvbox-fuzz-config-XXXXXX");
        if (!mkdtemp(dir)) {
            abort();
        }
    }
    atexit(cleanup);
    snprintf(cfg_path, sizeof(cfg_path), "%s/vm.cfg", dir);
    snprintf(elf_path, sizeof(elf_path), "%s/prog.elf", dir);
    snprintf(missing_path, sizeof(missing_path), "%s/missing", dir);
    static const uint8_t elf[64] = { 0x7f, 'E', 'L', 'F', 2, 1, 1 };
    FILE *f = fopen(elf_path, "wb");
    if (!f || fwrite(elf, sizeof(elf), 1, f) != 1 || fclose(f) != 0) {
        abort();
    }
    done = true;
}

/* The options that take no argument (config_args.c); every other word
 * starting with '-' is taken to consume the next word. Only used to find
 * the words the parser would open as a config file. */
static bool flag_without_arg(const char *w)
{
    static const char *const names[] = { "snapshot", "deterministic", "trace", "icount",
                                          "s", "S", "h", "help", NULL };
    const char *name = w + (w[1] == '-' ? 2 : 1);
    if (!strncmp(name, "trace=", 6)) {
        return true;
    }
    for (int i = 0; names[i]; i++) {
        if (!strcmp(name, names[i])) {
            return true;
        }
    }
    return false;
}

static bool is_flag(const char *w)
{
    return w[0] == '-' && w[1] != '\0';
}

/* A refused configuration holds nothing: config_free has nothing to do. */
static bool holds_nothing(const MachineConfig *cfg)
{
    return !cfg->bios && !cfg->kernel && !cfg->initrd && !cfg->cmdline && !cfg->trace_file &&
           !cfg->device_help_name && cfg->nbackends == 0 && cfg->ndevices == 0;
}

static void check_accepted(const MachineConfig *cfg)
{
    if (!cfg->kernel && !cfg->bios) {
        abort();
    }
    if ((cfg->xlen != 32 && cfg->xlen != 64) || cfg->ram_size == 0 ||
        cfg->ndevices < 0 || cfg->ndevices > MAX_DEVICES || cfg->nbackends < 0 ||
        cfg->nbackends > MAX_BACKENDS || cfg->ndrives > MAX_DRIVES || cfg->nfs > MAX_FS) {
        abort();
    }
    bool console = false;
    for (int i = 0; i < cfg->ndevices; i++) {
        if (!cfg->devices[i].driver || !device_find(cfg->devices[i].driver)) {
            abort();
        }
        console |= !strcmp(cfg->devices[i].driver, "virtio-serial-device");
    }
    for (int i = 0; i < cfg->nbackends; i++) {
        if (!cfg->backends[i].id) {
            abort();
        }
    }
    if (!console) {
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    setup();
    const uint8_t *nul = memchr(data, 0, size);
    size_t text_len = nul ? (size_t)(nul - data) : size;

    char *argv[MAX_WORDS + 3];
    int argc = 0;
    argv[argc++] = "rvbox";
    if (text_len > 0) {
        FILE *f = fopen(cfg_path, "wb");
        if (!f || fwrite(data, 1, text_len, f) != text_len || fclose(f) != 0) {
            abort();
        }
        argv[argc++] = cfg_path;
    }

    /* The words, as NUL-terminated copies. */
    size_t rest = nul ? size - text_len - 1 : 0;
    char *words = malloc(rest + 1);
    if (!words) {
        return 0;
    }
    memcpy(words, nul ? nul + 1 : data, rest);
    words[rest] = '\0';
    bool takes_arg = false;
    for (size_t off = 0; off < rest && argc < MAX_WORDS + 2; off += strlen(words + off) + 1) {
        char *w = words + off;
        if (takes_arg) {
            takes_arg = false;   /* an option's argument, whatever it looks like */
        } else if (is_flag(w)) {
            takes_arg = !flag_without_arg(w);
        } else {
            w = !strcmp(w, "@elf") ? elf_path : missing_path;
        }
        argv[argc++] = w;
    }
    argv[argc] = NULL;

    MachineConfig cfg;
    char err[300];
    bool help = true;
    memset(err, 'x', sizeof(err));
    int rc = config_parse_args(&cfg, argc, argv, &help, err, sizeof(err));
    if (rc == 0 && !help) {
        check_accepted(&cfg);
    } else if (rc != 0) {
        /* A refusal names its cause, in one line, unless it quotes a word
         * or a JSON string that holds a line break itself. */
        bool breaks = memchr(data, '\n', size) || memchr(data, '\\', size);
        if (rc != -1 || !err[0] || !memchr(err, '\0', sizeof(err)) ||
            (!breaks && strchr(err, '\n'))) {
            abort();
        }
        if (!holds_nothing(&cfg)) {
            abort();   /* and leaves nothing behind */
        }
    }
    config_free(&cfg);
    free(words);
    return 0;
}

/* --- seeds ------------------------------------------------------------------ */

#define SEED(name, lit) fuzz_save(d, name, lit, sizeof(lit) - 1)

int fuzz_write_seeds(const char *d)
{
    return SEED("default-cfg.bin",
                "{\n  version: 1,\n  machine: \"riscv64\",\n  memory_size: 256,\n"
                "  bios: \"/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin\",\n"
                "  kernel: \"linux/out/Image.gz\",\n  initrd: \"linux/out/initramfs.cpio.gz\",\n"
                "  cmdline: \"console=hvc0 earlycon=sbi\", // the console\n"
                "  drive0: { file: \"linux/out/disk.ext2\", format: \"raw\" },\n}\n"
                "\0-m\0" "512M\0-append\0console=ttyS0\0") |
           SEED("tinyemu-keys.bin",
                "/* every key */ { \"version\": 1, \"machine\": \"riscv32\",\n"
                "  \"memory_size\": 64, \"bios\": \"none\", \"kernel\": \"k.elf\",\n"
                "  \"deterministic\": true,\n"
                "  \"drive0\": \"d0.img\", \"drive1\": { \"file\": \"/abs/d1.img\",\n"
                "    \"readonly\": true, \"snapshot\": false },\n"
                "  \"eth0\": { \"driver\": \"user\", \"hostfwd\": [\"tcp::8080-:80\"],\n"
                "    \"restrict\": false },\n"
                "  \"fs0\": { \"file\": \"share\", \"tag\": \"host\", \"readonly\": true },\n"
                "  \"fs1\": { \"path\": \"/tmp\" }, \"display0\": {}, \"accel\": \"x\",\n}\n"
                "\0-snapshot\0") |
           SEED("flags-long.bin",
                "\0-kernel\0Image\0-bios\0fw.bin\0-initrd\0initrd.gz\0-m\0" "1G\0"
                "-drive\0file=a.img,format=raw,readonly=on,if=virtio\0"
                "-drive\0if=none,id=d1,file=b.img,snapshot=on,aio=threads,cache=none\0"
                "-device\0virtio-blk-device,drive=d1\0"
                "-netdev\0user,id=n0,hostfwd=tcp:127.0.0.1:2222-:22,restrict=on,ipv6=off\0"
                "-device\0virtio-net-device,netdev=n0\0-nic\0user\0"
                "-virtfs\0local,path=/srv,mount_tag=share,readonly=on,security_model=none\0"
                "-fsdev\0local,id=f1,path=/var\0-device\0virtio-9p-device,fsdev=f1,mount_tag=t\0"
                "-device\0virtio-rng-device\0-cpu\0rv32\0--deterministic\0--trace=t.log\0"
                "-d\0in_asm\0--icount\0-gdb\0tcp::1234\0-S\0-snapshot\0") |
           SEED("elf-program.bin", "\0@elf\0-m\0" "64\0-device\0help\0") |
           SEED("device-help.bin", "\0-bios\0none\0-device\0virtio-net-device,help\0-s\0");
}

