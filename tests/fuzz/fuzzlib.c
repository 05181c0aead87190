/* What the fuzz harnesses share (see fuzzlib.h). */
#include "fuzzlib.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int fuzz_save(const char *dir, const char *name, const void *buf, size_t len)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(buf, 1, len, f) == len;
    if (f && fclose(f) != 0) {
        ok = 0;
    }
    if (!ok) {
        perror(path);
    }
    return ok ? 0 : -1;
}

const char *fuzz_virtio_round_trip(VirtioMmio *t, VirtioDevice *v, StateWriter *saved)
{
    StateWriter again;
    StateReader r;
    char err[200];
    const char *why = NULL;
    state_writer_init(saved);
    state_writer_init(&again);
    if (virtio_mmio_save(t, saved) != 0 || virtio_save(v, saved) != 0 || saved->failed) {
        why = "the device could not save its state";
    } else {
        state_reader_init(&r, saved->buf, saved->len);
        if (virtio_mmio_load(t, &r) != 0 || virtio_load(v, &r, err, sizeof(err)) != 0) {
            fprintf(stderr, "%s\n", err);
            why = "the device refused the state it saved";
        } else if (virtio_mmio_save(t, &again) != 0 || virtio_save(v, &again) != 0 ||
                   again.len != saved->len || memcmp(again.buf, saved->buf, saved->len) != 0) {
            why = "the device's state changed in a save/load round trip";
        }
    }
    state_writer_free(&again);
    return why;
}

/* A harness without a seed writer (its seeds come from elsewhere). */
__attribute__((weak)) int fuzz_write_seeds(const char *dir)
{
    fprintf(stderr, "this harness writes no seeds (see tests/fuzz/README.md)\n");
    return -1;
}

/* libFuzzer and replay_main.c call this first: "--write-seeds DIR" writes
 * the seeds and exits; anything else is left to them. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    if (*argc == 3 && !strcmp((*argv)[1], "--write-seeds")) {
        exit(fuzz_write_seeds((*argv)[2]) == 0 ? 0 : 1);
    }
    return 0;
}
