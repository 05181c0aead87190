/* libFuzzer target: console scripts (frontends/terminal/script.c) as a
 * user's --script file. The input is parsed as a script; a script that
 * parses then runs on a real session (fuzz_session.h) with the input
 * itself as the console output its expects see, host time moving one
 * second per round for 64 rounds. Checked: a refused script names its
 * cause in one line that starts with the file name and line; a running
 * script only ends in its documented states, with a one-line message for
 * a timeout or a failed step. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontends/terminal/script.h"
#include "tests/fuzz/fuzz_session.h"
#include "tests/fuzz/fuzzlib.h"

#define ROUNDS 64

static void one_line(const char *what, const char *msg)
{
    if (!msg[0] || strchr(msg, '\n')) {
        fprintf(stderr, "fuzz_script: %s is not one line: %s\n", what, msg);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Session *s = fuzz_session();
    Script sc = { 0 };
    char err[600] = "";
    if (script_parse(&sc, (const char *)data, size, "f.script", 1, err, sizeof(err)) != 0) {
        one_line("a refusal", err);
        if (strncmp(err, "f.script: line ", 15) != 0 || sc.n != 0) {
            fprintf(stderr, "fuzz_script: refusal without its place: %s\n", err);
            abort();
        }
    } else {
        script_output(&sc, data, size);
        enum ScriptState st = SCRIPT_RUNNING;
        for (int i = 0; i < ROUNDS && st == SCRIPT_RUNNING; i++) {
            int64_t wake;
            st = script_run(&sc, s, (int64_t)i * 1000000000, &wake);
            session_flush_typed(s);
        }
        if (st == SCRIPT_TIMED_OUT || st == SCRIPT_FAILED) {
            one_line("a script's message", sc.message);
        }
        if (st == SCRIPT_EXITED && (sc.exit_code < 0 || sc.exit_code > 255)) {
            abort();
        }
    }
    script_free(&sc);
    fuzz_session_done("fuzz_script");
    return 0;
}

/* Seeds: a boot script with every command, and lines that are refused. */
int fuzz_write_seeds(const char *dir)
{
    static const char boot[] =
        "# boot and check\n"
        "timeout 2\n"
        "expect rvbox guest ready\n"
        "sendline\n"
        "expect [#$] $\n"
        "send uname -m\\r\\x04\\e[A\\t\\\\\n"
        "sleep 1500\n"
        "screenshot shot.png\n"
        "savevm snap.bin\n"
        "expect ^riscv(32|64)$\n"
        "exit 3\n"
        "rvbox guest ready\n";
    static const char bad[] =
        "expect (unclosed\n"
        "expect a{1000}\n"
        "send \\q\n"
        "sleep -1\n"
        "exit 256\n"
        "launch rockets\n";
    static const char outside[] = "savevm /tmp/x.snap\nscreenshot ../x.png\nexit\n";
    return fuzz_save(dir, "boot.script", boot, sizeof(boot) - 1) ||
           fuzz_save(dir, "bad.script", bad, sizeof(bad) - 1) ||
           fuzz_save(dir, "outside.script", outside, sizeof(outside) - 1) ? -1 : 0;
}
