/* The replay driver for every harness here, without libFuzzer (built with
 * gcc and the sanitizers for `make test`): runs the harness's
 * LLVMFuzzerTestOneInput once on every file named on the command line,
 * directories meaning each regular file in them, and prints the suite
 * summary line "fuzz_NAME: N passed, M failed". A crash or a sanitizer
 * report ends the program, which then prints no summary: run-all.sh
 * counts that as a failure. */
#include <dirent.h>
#include <libgen.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);   /* fuzzlib.c */

#include <dirent.h>
#include <stdio.h>
#include <sys/stat.h>

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return -1;
    }
    size_t cap = 4096, len = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        len += fread(buf + len, 1, cap - len, f);
        if (len < cap) {
            break;
        }
        uint8_t *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    fclose(f);
    if (!buf) {
        return -1;
    }
    /* An exact-size copy, so a read past the input is caught. */
    uint8_t *exact = malloc(len ? len : 1);
    if (exact) {
        memcpy(exact, buf, len);
        LLVMFuzzerTestOneInput(exact, len);
    }
    free(exact);
    free(buf);
    return exact ? 0 : -1;
}

int main(int argc, char **argv)
{
    int passed = 0, failed = 0;
    LLVMFuzzerInitialize(&argc, &argv);
    for (int i = 1; i < argc; i++) {
        struct stat st;
        DIR *d = stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode) ? opendir(argv[i]) : NULL;
        if (!d) {
            if (replay_file(argv[i]) == 0) {
                passed++;
            } else {
                failed++;
            }
            continue;
        }
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            char path[4096];
            snprintf(path, sizeof(path), "%s/%s", argv[i], e->d_name);
            if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
                continue;
            }
            if (replay_file(path) == 0) {
                passed++;
            } else {
                failed++;
            }
        }
        closedir(d);
    }
    printf("%s: %d passed, %d failed\n", basename(argv[0]), passed, failed);
    fflush(stdout);
    return failed != 0;
}
