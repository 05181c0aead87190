/* libFuzzer target: the GDB remote protocol engine (machine/gdbstub.h)
 * attached to hart 0 of a whole machine, fed what a debugger (or anything
 * else that reached the -gdb port) sends.
 *
 * Input: byte 0 bit 0 picks an RV32 machine instead of RV64; bit 1 has
 * the harness write the right checksum after every packet first (so that
 * mutated packets still get through; without it bad checksums are tested).
 * The rest is the byte stream from the debugger, handed to gdbstub_input
 * one byte at a time (TCP may cut it anywhere). The machine runs a loop storing a
 * counter, then waits in WFI; between bytes, while the stub has resumed it ('c', 's'), it runs
 * one slice (at most SLICES in all), and a MACHINE_STOPPED or a poweroff is
 * reported to the stub as the frontend does (frontends/terminal/). After
 * 'D' the stub is destroyed and the rest ignored; after 'k' the stub takes
 * nothing more. The machine has every board device, a virtio-blk disk and
 * virtio-rng, so reads and writes at hostile addresses reach device
 * registers through hart_debug_read/write.
 *
 * What must hold: no crash, out-of-bounds access, leak or undefined
 * behaviour; everything the stub sends is "+", "-" or one whole packet
 * "$data#cc" with a correct checksum, '#' and '$' escaped in data, and at
 * most 2 * 0x4000 + 8 bytes.
 *
 * "--write-seeds DIR" writes the seeds of corpus/gdb/ and exits. */
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "machine/gdbstub.h"
#include "machine/machine.h"
#include "tests/fuzz/fuzzlib.h"

#define SLICES 4
#define PKT_MAX 0x4000   /* the PacketSize the stub announces */
#define REPLY_MAX (2 * PKT_MAX + 8)

enum { IN_RV32 = 1, IN_FIX_SUMS = 2 };

static MachineConfig cfg64, cfg32;
static bool ready;
static int devnull = -1;

/* The guest, at 0x80200000: 200 turns of a loop storing a counter, then
 * WFI (nothing enabled wakes it, so an idle machine costs little):
 *   _start: auipc t0,0; li a1,200
 *   loop:   addi a0,a0,1; sw a0,0x100(t0); addi a1,a1,-1; bnez a1,loop
 *           wfi; j _start */
static const uint32_t spin[] = { 0x00000297, 0x0c800593, 0x00150513, 0x10a2a023,
                                 0xfff58593, 0xfe059ae3, 0x10500073, 0xfe5ff06f };

static void parse(MachineConfig *cfg, const char *cpu, const char *kernel, const char *drive)
{
    char *argv[] = { "rvbox", "-m", "16", "-cpu", (char *)cpu, "-bios", "none", "-kernel",
                     (char *)kernel, "--deterministic", "-drive", (char *)drive,
                     "-device", "virtio-rng-device", NULL };
    char err[300];
    bool help;
    if (config_parse_args(cfg, 14, argv, &help, err, sizeof(err)) != 0) {
        fprintf(stderr, "fuzz_gdb: %s\n", err);
        abort();
    }
}

static char dir[] = "/tmp/rvbox-fuzz-gdb-XXXXXX";
static char kernel[128], disk[128];

static void cleanup(void)
{
    unlink(kernel);
    unlink(disk);
    rmdir(dir);
}

/* The machine's files, made once in a private directory. */
static void setup(void)
{
    char drive[200];
    if (!mkdtemp(dir)) {
        abort();
    }
    atexit(cleanup);
    snprintf(kernel, sizeof(kernel), "%s/spin.bin", dir);
    snprintf(disk, sizeof(disk), "%s/disk.img", dir);
    FILE *f = fopen(kernel, "wb");
    FILE *d = fopen(disk, "wb");
    if (!f || !d || fwrite(spin, sizeof(spin), 1, f) != 1 || fseek(d, 8191, SEEK_SET) ||
        fputc(0, d) != 0) {
        abort();
    }
    fclose(f);
    fclose(d);
    snprintf(drive, sizeof(drive), "file=%s,format=raw,snapshot=on", disk);
    parse(&cfg64, "rv64", kernel, drive);
    parse(&cfg32, "rv32", kernel, drive);
    devnull = open("/dev/null", O_WRONLY);
    if (devnull < 0) {
        abort();
    }
    ready = true;
}

static int hexval(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Every send is an acknowledgement or one whole, well-formed packet. */
static void check_send(void *opaque, const void *buf, size_t len)
{
    const uint8_t *p = buf;
    (void)opaque;
    if (len == 1 && (p[0] == '+' || p[0] == '-')) {
        return;
    }
    if (len < 4 || len > REPLY_MAX || p[0] != '$' || p[len - 3] != '#') {
        abort();
    }
    uint8_t sum = 0;
    for (size_t i = 1; i < len - 3; i++) {
        if (p[i] == '#' || p[i] == '$') {
            abort();
        }
        sum += p[i];
    }
    int hi = hexval(p[len - 2]), lo = hexval(p[len - 1]);
    if (hi < 0 || lo < 0 || (hi << 4 | lo) != sum) {
        abort();
    }
}

/* Writes the checksum the stub will compute over the two bytes after each
 * packet's '#': the sum of the data bytes it keeps (at most PKT_MAX). */
static void fix_sums(uint8_t *p, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    bool in_packet = false;
    size_t kept = 0;
    uint8_t sum = 0;
    for (size_t i = 0; i < len; i++) {
        if (!in_packet) {
            in_packet = p[i] == '$';
            kept = 0;
            sum = 0;
        } else if (p[i] == '#') {
            in_packet = false;
            if (i + 2 < len) {
                p[i + 1] = (uint8_t)hex[sum >> 4];
                p[i + 2] = (uint8_t)hex[sum & 15];
            }
            i += 2;
        } else if (kept < PKT_MAX) {
            kept++;
            sum += p[i];
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ready) {
        setup();
    }
    if (size == 0) {
        return 0;
    }
    /* The console is stdout: what the debugger writes to the UART goes
     * nowhere. */
    fflush(stdout);
    int saved = dup(STDOUT_FILENO);
    if (saved < 0 || dup2(devnull, STDOUT_FILENO) < 0) {
        abort();
    }
    uint8_t *in = malloc(size);
    if (!in) {
        abort();
    }
    memcpy(in, data, size);
    if (in[0] & IN_FIX_SUMS) {
        fix_sums(in + 1, size - 1);
    }
    char err[300];
    Machine *m = machine_create(in[0] & IN_RV32 ? &cfg32 : &cfg64, err, sizeof(err));
    if (!m) {
        fprintf(stderr, "fuzz_gdb: %s\n", err);
        abort();
    }
    GdbStub *g = gdbstub_create(m, check_send, NULL);
    if (!g) {
        abort();
    }
    int slices = 0;
    bool running = true;   /* the guest has not powered off */
    for (size_t i = 1; i < size && g; i++) {
        gdbstub_input(g, in + i, 1);
        if (gdbstub_detached(g)) {
            gdbstub_destroy(g);
            g = NULL;
            break;
        }
        if (gdbstub_killed(g) || gdbstub_stopped(g) || !running || slices == SLICES) {
            continue;
        }
        int64_t sleep_ns;
        slices++;
        enum MachineState st = machine_run(m, &sleep_ns);
        if (st == MACHINE_STOPPED) {
            gdbstub_machine_stopped(g);
        } else if (st != MACHINE_RUNNING) {
            gdbstub_machine_exited(g, machine_exit_code(m));
            running = false;
        }
    }
    gdbstub_destroy(g);
    machine_destroy(m);
    free(in);
    fflush(stdout);
    if (dup2(saved, STDOUT_FILENO) < 0) {
        abort();
    }
    close(saved);
    return 0;
}

/* --- seeds ------------------------------------------------------------------ */

typedef struct Seed {
    uint8_t buf[20000];
    size_t len;
} Seed;

static void raw(Seed *s, const void *p, size_t n)
{
    if (s->len + n > sizeof(s->buf)) {
        abort();
    }
    memcpy(s->buf + s->len, p, n);
    s->len += n;
}

/* Appends "$data#cc" (data already escaped). */
static void pkt_n(Seed *s, const char *data, size_t n)
{
    uint8_t sum = 0;
    char tail[4];
    for (size_t i = 0; i < n; i++) {
        sum += (uint8_t)data[i];
    }
    raw(s, "$", 1);
    raw(s, data, n);
    snprintf(tail, sizeof(tail), "#%02x", sum);
    raw(s, tail, 3);
}

static void pkt(Seed *s, const char *data)
{
    pkt_n(s, data, strlen(data));
}

static int save(const char *dirpath, const char *name, const Seed *s)
{
    return fuzz_save(dirpath, name, s->buf, s->len);
}

int fuzz_write_seeds(const char *d)
{
    static Seed s;
    int rc = 0;

    /* A gdb session on RV64: features, registers, a breakpoint hit, steps,
     * memory written both ways, detach. */
    s.len = 0;
    raw(&s, "\2+", 2);
    pkt(&s, "qSupported:multiprocess+;swbreak+;hwbreak+;xmlRegisters=riscv");
    pkt(&s, "vMustReplyEmpty");
    pkt(&s, "Hg0");
    pkt(&s, "qXfer:features:read:target.xml:0,ffb");
    pkt(&s, "qXfer:features:read:target.xml:ffb,ffb");
    pkt(&s, "?");
    pkt(&s, "qAttached");
    pkt(&s, "g");
    pkt(&s, "p20");
    pkt(&s, "p1041");
    pkt(&s, "m80200000,40");
    pkt(&s, "Z0,80200008,4");
    pkt(&s, "c");
    pkt(&s, "p20");
    pkt(&s, "z0,80200008,4");
    pkt(&s, "s");
    pkt(&s, "s");
    pkt(&s, "P20=0400208000000000");
    pkt(&s, "P42=1f000000");
    pkt(&s, "M80200100,4:01020304");
    pkt_n(&s, "X80200104,3:}\x03}]z", 17);   /* "#}z" escaped */
    pkt(&s, "m80200100,8");
    pkt(&s, "qfThreadInfo");
    pkt(&s, "qsThreadInfo");
    pkt(&s, "qC");
    pkt(&s, "D");
    rc |= save(d, "session-rv64.bin", &s);

    /* RV32: all registers written back, a step past a watchpoint request,
     * then kill. */
    s.len = 0;
    raw(&s, "\3", 1);
    pkt(&s, "qSupported");
    pkt(&s, "g");
    char regs[33 * 8 + 2] = "G";
    for (int i = 0; i < 33; i++) {
        strcat(regs, i == 32 ? "00002080" : i == 10 ? "05000000" : "00000000");
    }
    pkt(&s, regs);
    pkt(&s, "Z2,80200100,4");
    pkt(&s, "Z1,8020000c,4");
    pkt(&s, "c");
    pkt(&s, "s80200004");
    pkt(&s, "P1041=03000000");
    pkt(&s, "p1041");
    pkt(&s, "k");
    rc |= save(d, "session-rv32.bin", &s);

    /* Hostile: bad checksums, junk, huge lengths, device and unmapped
     * addresses, unknown registers. */
    s.len = 0;
    raw(&s, "\0", 1);
    raw(&s, "$g#00$g#zz---+++junk#$", 22);
    pkt(&s, "m0,ffffffffffffffff");
    pkt(&s, "m10000000,100");
    pkt(&s, "m2000000,20");
    pkt(&s, "m10001000,200");
    pkt(&s, "Mffffffffffffffff,2:4142");
    pkt(&s, "M10000000,3:41420a");
    pkt(&s, "M10001070,4:0f000000");
    pkt(&s, "X0,2000:");
    pkt(&s, "pffffffff");
    pkt(&s, "P2000=00");
    pkt(&s, "qXfer:features:read:target.xml:ffffffffffffffff,ffffffffffffffff");
    pkt(&s, "qXfer:features:read:target.xml:0,ffffffff");
    pkt(&s, "Z0,1,");
    pkt(&s, "G12");
    rc |= save(d, "hostile.bin", &s);

    /* Resumed, then interrupted with Ctrl-C; an oversized write packet. */
    s.len = 0;
    raw(&s, "\2", 1);
    pkt(&s, "c");
    raw(&s, "\x03", 1);
    pkt(&s, "g");
    static char big[17000];
    int n = snprintf(big, sizeof(big), "X80201000,4000:");
    memset(big + n, 'a', sizeof(big) - 1 - (size_t)n);
    pkt_n(&s, big, sizeof(big) - 1);
    pkt(&s, "m80201000,2000");
    pkt(&s, "k");
    rc |= save(d, "interrupt-big.bin", &s);
    return rc;
}

