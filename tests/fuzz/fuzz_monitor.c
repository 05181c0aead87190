/* libFuzzer target: the monitor's command lines (frontends/terminal/
 * monitor.c) as typed after Ctrl-A c, on a real session (fuzz_session.h).
 * Each input line is one command (NUL bytes end a line early, as the
 * terminal never sends them). Checked: the output is NUL-terminated
 * within its buffer, a failed command says why, and the session is left
 * in a state the main loop handles (a machine, unless quit was asked). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontends/terminal/monitor.h"
#include "tests/fuzz/fuzz_session.h"
#include "tests/fuzz/fuzzlib.h"

#define OUT_MAX 4096   /* small, so long outputs are cut */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Session *s = fuzz_session();
    static char out[OUT_MAX + 1];
    size_t at = 0;
    while (at < size) {
        const uint8_t *nl = memchr(data + at, '\n', size - at);
        size_t n = nl ? (size_t)(nl - (data + at)) : size - at;
        char line[MONITOR_LINE_MAX + 64];
        size_t take = n < sizeof(line) - 1 ? n : sizeof(line) - 1;
        memcpy(line, data + at, take);
        line[take] = 0;
        out[OUT_MAX] = 'X';
        int rc = monitor_exec(s, line, out, OUT_MAX);
        if (out[OUT_MAX] != 'X' || strlen(out) >= OUT_MAX || (rc != 0 && !out[0])) {
            fprintf(stderr, "fuzz_monitor: bad output for '%s'\n", line);
            abort();
        }
        if (!s->m && !s->quit) {
            fprintf(stderr, "fuzz_monitor: no machine and no quit after '%s'\n", line);
            abort();
        }
        at += n + 1;
    }
    fuzz_session_done("fuzz_monitor");
    return 0;
}

/* Seeds: every command once, and misuse. */
int fuzz_write_seeds(const char *dir)
{
    static const char all[] =
        "help\ninfo status\ninfo registers\nstop\ninfo status\ncont\n"
        "sendkey ctrl-alt-delete\nsendkey shift-a\nsendkey ret\n"
        "screendump shot.png\nsavevm snap.bin\nloadvm snap.bin\nloadvm missing.bin\n"
        "system_powerdown\nsystem_reset\nc\n?\nquit\n";
    static const char bad[] =
        "\n   \ninfo\ninfo nothing\nsavevm\nsendkey\nsendkey no-such-key\n"
        "sendkey a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r\nsavevm /etc/passwd\n"
        "loadvm ../x\nfrobnicate 1 2 3\n";
    return fuzz_save(dir, "all.txt", all, sizeof(all) - 1) ||
           fuzz_save(dir, "bad.txt", bad, sizeof(bad) - 1) ? -1 : 0;
}
