/* Seed writing shared by the fuzz harnesses (see fuzzlib.h). */
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
