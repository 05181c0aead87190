/* The terminal frontend harnesses' session (see fuzz_session.h). */
#include "tests/fuzz/fuzz_session.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "devices/display.h"

static Session s;
static char dir[] = "/tmp/rvbox-fuzz-session-XXXXXX";
static char work[sizeof(dir) + 8];
static bool ready;

/* --- paths ---------------------------------------------------------------- */

int __real_session_savevm(Session *ss, const char *path, char *err, size_t errlen);
int __real_session_loadvm(Session *ss, const char *path, char *err, size_t errlen);
int __real_display_write_png(const Display *d, const char *path, char *err, size_t errlen);

/* path inside the scratch directory, in out; false (with a message)
 * for a path that would leave it. */
static bool in_scratch(const char *path, char *out, size_t outlen, char *err, size_t errlen)
{
    bool ok = path[0] && path[0] != '/' && strlen(path) < 200 && !strstr(path, "..");
    if (!ok) {
        snprintf(err, errlen, "fuzz: '%.40s' is outside the scratch directory", path);
    }
    snprintf(out, outlen, "%s/%s", work, path);
    return ok;
}

int __wrap_session_savevm(Session *ss, const char *path, char *err, size_t errlen)
{
    char p[300];
    return in_scratch(path, p, sizeof(p), err, errlen) ?
           __real_session_savevm(ss, p, err, errlen) : -1;
}

int __wrap_session_loadvm(Session *ss, const char *path, char *err, size_t errlen)
{
    char p[300];
    return in_scratch(path, p, sizeof(p), err, errlen) ?
           __real_session_loadvm(ss, p, err, errlen) : -1;
}

int __wrap_display_write_png(const Display *d, const char *path, char *err, size_t errlen)
{
    char p[300];
    return in_scratch(path, p, sizeof(p), err, errlen) ?
           __real_display_write_png(d, p, err, errlen) : -1;
}

/* Removes what the commands wrote (plain files only: nothing else can be
 * made through the commands). */
static void empty_scratch(void)
{
    DIR *d = opendir(work);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        char p[600];
        snprintf(p, sizeof(p), "%s/%s", work, e->d_name);
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            unlink(p);
        }
    }
    if (d) {
        closedir(d);
    }
}

/* --- the session ---------------------------------------------------------- */

static void start_machine(const char *name)
{
    char err[300];
    if (session_start(&s, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s: %s\n", name, err);
        abort();
    }
}

/* The machine's program, outside the scratch directory; then the session. */
static void setup(void)
{
    char kernel[128];
    if (!mkdtemp(dir)) {
        abort();
    }
    snprintf(kernel, sizeof(kernel), "%s/prog.bin", dir);
    snprintf(work, sizeof(work), "%s/work", dir);
    static const uint32_t spin[] = { 0x0000006f };   /* j . */
    FILE *f = fopen(kernel, "wb");
    if (!f || fwrite(spin, sizeof(spin), 1, f) != 1 || fclose(f) != 0 ||
        mkdir(work, 0700) != 0) {
        abort();
    }
    char *argv[] = { "rvbox", "-m", "16", "-bios", "none", "-kernel", kernel,
                     "--deterministic", "-device", "virtio-keyboard-device",
                     "-device", "virtio-tablet-device", "-device", "virtio-mouse-device",
                     "-device", "virtio-gpu-device", NULL };
    char err[300];
    bool help;
    if (config_parse_args(&s.cfg, 16, argv, &help, err, sizeof(err)) != 0) {
        fprintf(stderr, "fuzz: %s\n", err);
        abort();
    }
    start_machine("fuzz");
    ready = true;
}

Session *fuzz_session(void)
{
    if (!ready) {
        setup();
    }
    return &s;
}

void fuzz_session_done(const char *name)
{
    s.quit = false;
    s.paused = false;
    s.exit_code = 0;
    s.ntyped = 0;
    if (!s.m) {
        start_machine(name);
    }
    empty_scratch();
}
