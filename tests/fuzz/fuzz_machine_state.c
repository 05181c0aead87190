/* libFuzzer target: a whole machine's saved state (machine_load_state),
 * as a user would hand rvbox a snapshot file. The machine has every kind
 * of device with state: the platform devices, a virtio-blk disk, the
 * console, virtio-rng, a virtio-9p share and a user-mode network (whose
 * state is libslirp's). Whatever the bytes, loading
 * must either succeed or fail with a message; a machine that accepted the
 * state then runs a few slices, which must not crash either. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "machine/machine.h"
#include "tests/fuzz/fuzzlib.h"

static MachineConfig cfg;
static bool ready;

/* The machine's files, made once in a private directory. */
static void setup(void)
{
    static char dir[] = "/tmp/rvbox-fuzz-mstate-XXXXXX";
    char kernel[128], disk[128], share[128], drive[200], fsdev[200];
    if (!mkdtemp(dir)) {
        abort();
    }
    snprintf(kernel, sizeof(kernel), "%s/prog.bin", dir);
    snprintf(disk, sizeof(disk), "%s/disk.img", dir);
    snprintf(share, sizeof(share), "%s/share", dir);
    static const uint32_t spin[] = { 0x0000006f };   /* j . */
    FILE *f = fopen(kernel, "wb");
    FILE *d = fopen(disk, "wb");
    if (!f || !d || fwrite(spin, sizeof(spin), 1, f) != 1 || fseek(d, 8191, SEEK_SET) ||
        fputc(0, d) != 0 || mkdir(share, 0700) != 0) {
        abort();
    }
    fclose(f);
    fclose(d);
    snprintf(drive, sizeof(drive), "file=%s,format=raw,snapshot=on", disk);
    snprintf(fsdev, sizeof(fsdev), "local,id=f0,path=%s", share);
    char *argv[] = { "rvbox", "-m", "16", "-bios", "none", "-kernel", kernel,
                     "--deterministic", "-drive", drive, "-device", "virtio-rng-device",
                     "-fsdev", fsdev, "-device", "virtio-9p-device,fsdev=f0,mount_tag=t",
                     "-netdev", "user,id=n0,guestfwd=tcp:10.0.2.100:5555-tcp:127.0.0.1:9",
                     "-device", "virtio-net-device,netdev=n0", NULL };
    char err[300];
    bool help;
    if (config_parse_args(&cfg, 20, argv, &help, err, sizeof(err)) != 0) {
        fprintf(stderr, "fuzz_machine_state: %s\n", err);
        abort();
    }
    ready = true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ready) {
        setup();
    }
    char err[300] = "";
    Machine *m = machine_create(&cfg, err, sizeof(err));
    if (!m) {
        abort();
    }
    if (machine_load_state(m, data, size, err, sizeof(err)) == 0) {
        for (int i = 0; i < 3; i++) {
            int64_t sleep_ns;
            if (machine_run(m, &sleep_ns) != MACHINE_RUNNING) {
                break;
            }
        }
    } else if (!err[0] || strchr(err, '\n')) {
        abort();   /* a refusal always names its cause, in one line */
    }
    machine_destroy(m);
    return 0;
}

/* The seed: the state of a machine one slice into its run, as
 * dir/booted.bin. */
int fuzz_write_seeds(const char *dir)
{
    if (!ready) {
        setup();
    }
    char err[300];
    Machine *m = machine_create(&cfg, err, sizeof(err));
    int64_t sleep_ns;
    machine_run(m, &sleep_ns);
    StateWriter w;
    state_writer_init(&w);
    int rc = machine_save_state(m, &w);
    rc = rc == 0 ? fuzz_save(dir, "booted.bin", w.buf, w.len) : -1;
    state_writer_free(&w);
    machine_destroy(m);
    return rc;
}
