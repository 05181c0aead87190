/* Console scripts: what a test would do at the terminal, as lines of a
 * file (--script) or as --expect/--send pairs, run while the guest runs.
 *
 *     # a comment; blank lines are ignored
 *     timeout 60              following expects wait at most 60 s (0: no limit)
 *     expect login: |[#$] $   wait for console output matching a POSIX
 *                             extended regular expression (one line of it:
 *                             ^ and $ match at line ends; \r is dropped)
 *     send root\n             type TEXT (C escapes \n \r \t \e \\ \xHH)
 *     sendline uname -a       type TEXT and Enter (\r)
 *     sleep 500               wait 500 ms
 *     screenshot shot.png     the display as PNG
 *     savevm booted.snap      a snapshot of the whole machine
 *     exit 3                  end rvbox with status 3 (default 0)
 *
 * Each expect looks at the output that came after the previous match. A
 * script that reaches its end without exit leaves the guest running. */
#ifndef RVBOX_FRONTENDS_TERMINAL_SCRIPT_H
#define RVBOX_FRONTENDS_TERMINAL_SCRIPT_H

#include <regex.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frontends/terminal/session.h"

enum ScriptOp {
    SCRIPT_EXPECT, SCRIPT_SEND, SCRIPT_SLEEP, SCRIPT_TIMEOUT, SCRIPT_SCREENSHOT,
    SCRIPT_SAVEVM, SCRIPT_EXIT,
};

typedef struct ScriptStep {
    enum ScriptOp op;
    int line;            /* 1-based line in its source, for messages */
    char *text;          /* expect: the pattern; send: the bytes; files */
    size_t len;          /* send: bytes in text (escapes decoded, may hold NUL) */
    regex_t re;          /* expect, compiled */
    int64_t ms;          /* sleep; timeout (0 = none) */
    int code;            /* exit */
} ScriptStep;

/* Where a script is. */
enum ScriptState {
    SCRIPT_RUNNING = 0,  /* steps left (or waiting in one) */
    SCRIPT_DONE,         /* every step ran; the guest goes on */
    SCRIPT_EXITED,       /* an exit step ran: end with exit_code */
    SCRIPT_TIMED_OUT,    /* an expect timed out: end with 124 */
    SCRIPT_FAILED,       /* a step failed (screenshot, savevm): end with 125 */
};

#define SCRIPT_MAX_STEPS 100000
#define SCRIPT_WINDOW_MAX (1u << 20)   /* output kept for the next expect, bytes */

/* A Script starts zeroed ({0}) and grows with script_parse. */
typedef struct Script {
    ScriptStep *steps;
    int n, cap;
    int pc;              /* the step to run or being waited in */
    int64_t expect_ms;   /* the timeout for expects (0 = none) */
    bool waiting;        /* a sleep or an expect with a timeout is under way */
    int64_t wait_until;  /* ns: when it ends */
    char *window;        /* output since the last match, NUL-terminated */
    size_t window_len;
    enum ScriptState state;
    int exit_code;
    char message[512];   /* why it failed or timed out */
} Script;

/* Appends the steps of text (len bytes; a file's contents or one line);
 * name and first_line place messages ("x.script: line 3: ..."). Returns
 * 0, or -1 with a one-line message (unknown command, bad regular
 * expression or escape, a number out of range, too many steps); the
 * script is then unchanged. */
int script_parse(Script *sc, const char *text, size_t len, const char *name, int first_line,
                 char *err, size_t errlen);

/* Frees the steps and buffers; the script is empty again. */
void script_free(Script *sc);

/* Guest console output for the expects (NUL bytes become spaces, \r is
 * dropped; the oldest output goes beyond SCRIPT_WINDOW_MAX bytes). */
void script_output(Script *sc, const uint8_t *buf, size_t len);

/* Runs the steps that can run at host time now_ns (monotonic): sends go
 * to the session's console queue, savevm and screenshot act on it.
 * Returns the state; while SCRIPT_RUNNING, *wake_ns is when it wants to
 * run again without new output (-1: only on output). */
enum ScriptState script_run(Script *sc, Session *s, int64_t now_ns, int64_t *wake_ns);

#endif
