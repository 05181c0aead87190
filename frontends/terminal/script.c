/* Console scripts (see script.h). */
#include "frontends/terminal/script.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PATTERN_MAX 1024        /* bytes of one expect pattern */
#define REPEAT_MAX 255          /* largest {n} in a pattern: bounds regcomp's memory */
#define SLEEP_MAX_MS 86400000   /* a day */

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

/* --- parsing ---------------------------------------------------------------- */

static int hexval(char c)
{
    return isdigit((unsigned char)c) ? c - '0' : isxdigit((unsigned char)c) ?
           tolower((unsigned char)c) - 'a' + 10 : -1;
}

/* Decodes send's C escapes from s[0, n) into out (n + 1 bytes). Returns
 * the length, or -1 for an unknown or cut escape. */
static long unescape(const char *s, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\') {
            out[o++] = s[i];
            continue;
        }
        if (++i == n) {
            return -1;
        }
        switch (s[i]) {
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'e': out[o++] = 0x1b; break;
        case '\\': out[o++] = '\\'; break;
        case 'x': {
            int hi = i + 1 < n ? hexval(s[i + 1]) : -1, lo = i + 2 < n ? hexval(s[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                return -1;
            }
            out[o++] = (char)(hi << 4 | lo);
            i += 2;
            break;
        }
        default:
            return -1;
        }
    }
    out[o] = 0;
    return (long)o;
}

/* A {n} or {n,m} with a count above REPEAT_MAX makes regcomp build huge
 * automata; such patterns are refused. */
static bool repeats_ok(const char *p)
{
    for (; *p; p++) {
        if (*p == '{') {
            for (const char *q = p + 1; isdigit((unsigned char)*q) || *q == ','; ) {
                if (strtol(q, (char **)&q, 10) > REPEAT_MAX) {
                    return false;
                }
                q += *q == ',';
            }
        }
    }
    return true;
}

/* A whole number in 0..max. */
static bool number(const char *s, long max, long *v)
{
    char *end;
    errno = 0;
    *v = strtol(s, &end, 10);
    return *s && !*end && !errno && *v >= 0 && *v <= max;
}

static int parse_step(ScriptStep *st, const char *cmd, const char *arg, char *err, size_t errlen)
{
    long v;
    size_t alen = strlen(arg);
    if (!strcmp(cmd, "expect")) {
        st->op = SCRIPT_EXPECT;
        if (!alen || alen > PATTERN_MAX || !repeats_ok(arg)) {
            return fail(err, errlen, "expect needs a pattern of 1..%d bytes, repeats up to {%d}",
                        PATTERN_MAX, REPEAT_MAX);
        }
        int rc = regcomp(&st->re, arg, REG_EXTENDED | REG_NEWLINE);
        if (rc != 0) {
            char why[128];
            regerror(rc, &st->re, why, sizeof(why));
            return fail(err, errlen, "expect: bad regular expression: %s", why);
        }
        st->text = strdup(arg);
        return st->text ? 0 : (regfree(&st->re), fail(err, errlen, "out of memory"));
    }
    if (!strcmp(cmd, "send") || !strcmp(cmd, "sendline")) {
        st->op = SCRIPT_SEND;
        st->text = malloc(alen + 2);
        long n = st->text ? unescape(arg, alen, st->text) : -1;
        if (n < 0) {
            free(st->text);
            return fail(err, errlen, "%s: bad escape (\\n \\r \\t \\e \\\\ \\xHH)", cmd);
        }
        if (cmd[4]) {
            st->text[n++] = '\r';   /* Enter, as a terminal sends it */
        }
        st->len = (size_t)n;
        return 0;
    }
    if (!strcmp(cmd, "sleep") || !strcmp(cmd, "timeout")) {
        bool sleep = cmd[1] == 'l';
        st->op = sleep ? SCRIPT_SLEEP : SCRIPT_TIMEOUT;
        if (!number(arg, sleep ? SLEEP_MAX_MS : SLEEP_MAX_MS / 1000, &v)) {
            return fail(err, errlen, "%s needs a number of %s", cmd,
                        sleep ? "milliseconds" : "seconds");
        }
        st->ms = sleep ? v : v * 1000;
        return 0;
    }
    if (!strcmp(cmd, "screenshot") || !strcmp(cmd, "savevm")) {
        st->op = cmd[1] == 'c' ? SCRIPT_SCREENSHOT : SCRIPT_SAVEVM;
        if (!alen) {
            return fail(err, errlen, "%s needs a file name", cmd);
        }
        st->text = strdup(arg);
        return st->text ? 0 : fail(err, errlen, "out of memory");
    }
    if (!strcmp(cmd, "exit")) {
        st->op = SCRIPT_EXIT;
        if (alen && !number(arg, 255, &v)) {
            return fail(err, errlen, "exit takes a status 0..255");
        }
        st->code = alen ? (int)v : 0;
        return 0;
    }
    return fail(err, errlen, "unknown command '%.40s' (expect, send, sendline, sleep, timeout, "
                "screenshot, savevm, exit)", cmd);
}

static void step_free(ScriptStep *st)
{
    if (st->op == SCRIPT_EXPECT) {
        regfree(&st->re);
    }
    free(st->text);
}

/* One line (NUL-terminated, no newline): a step appended, nothing for a
 * blank or comment line. */
static int parse_line(Script *sc, char *line, char *err, size_t errlen)
{
    size_t n = strlen(line);
    if (n && line[n - 1] == '\r') {
        line[--n] = 0;
    }
    while (*line == ' ' || *line == '\t') {
        line++;
    }
    if (!*line || *line == '#') {
        return 0;
    }
    char *arg = line + strcspn(line, " \t");
    if (*arg) {
        *arg++ = 0;
        arg += strspn(arg, " \t");
    }
    if (sc->n == sc->cap) {
        int cap = sc->cap ? sc->cap * 2 : 16;
        ScriptStep *t = cap <= SCRIPT_MAX_STEPS ? realloc(sc->steps, (size_t)cap * sizeof(*t))
                                                : NULL;
        if (!t) {
            return fail(err, errlen, "too many steps (at most %d)", SCRIPT_MAX_STEPS);
        }
        sc->steps = t;
        sc->cap = cap;
    }
    ScriptStep st = { 0 };
    if (parse_step(&st, line, arg, err, errlen) != 0) {
        return -1;
    }
    sc->steps[sc->n++] = st;
    return 0;
}

int script_parse(Script *sc, const char *text, size_t len, const char *name, int first_line,
                 char *err, size_t errlen)
{
    int before = sc->n;
    char why[400];
    size_t i = 0;
    for (int line = first_line; i < len; line++) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (text + i)) : len - i;
        char *copy = malloc(n + 1);
        int rc;
        if (!copy) {
            rc = fail(why, sizeof(why), "out of memory");
        } else if (memchr(text + i, 0, n)) {
            rc = fail(why, sizeof(why), "a NUL byte in the line");
        } else {
            memcpy(copy, text + i, n);
            copy[n] = 0;
            rc = parse_line(sc, copy, why, sizeof(why));
        }
        if (rc != 0) {
            free(copy);
            while (sc->n > before) {
                step_free(&sc->steps[--sc->n]);
            }
            return fail(err, errlen, "%s: line %d: %s", name, line, why);
        }
        for (int k = before; k < sc->n; k++) {
            if (!sc->steps[k].line) {
                sc->steps[k].line = line;
            }
        }
        free(copy);
        i += n + 1;
    }
    return 0;
}

void script_free(Script *sc)
{
    for (int i = 0; i < sc->n; i++) {
        step_free(&sc->steps[i]);
    }
    free(sc->steps);
    free(sc->window);
    memset(sc, 0, sizeof(*sc));
}

/* --- running ---------------------------------------------------------------- */

void script_output(Script *sc, const uint8_t *buf, size_t len)
{
    if (!sc->window) {
        sc->window = malloc(SCRIPT_WINDOW_MAX + 1);
        if (!sc->window) {
            return;
        }
        sc->window_len = 0;
    }
    for (size_t i = 0; i < len; i++) {
        if (buf[i] == '\r') {
            continue;
        }
        if (sc->window_len == SCRIPT_WINDOW_MAX) {
            /* Keep the newer half: an expect looks at recent output. */
            size_t keep = SCRIPT_WINDOW_MAX / 2;
            memmove(sc->window, sc->window + sc->window_len - keep, keep);
            sc->window_len = keep;
        }
        sc->window[sc->window_len++] = buf[i] ? (char)buf[i] : ' ';
    }
    sc->window[sc->window_len] = 0;
}

/* An expect: true once its pattern matched (the window then starts after
 * the match). */
static bool expect_matched(Script *sc, const ScriptStep *st)
{
    regmatch_t m;
    if (!sc->window || regexec(&st->re, sc->window, 1, &m, 0) != 0) {
        return false;
    }
    size_t end = (size_t)m.rm_eo;
    memmove(sc->window, sc->window + end, sc->window_len - end + 1);
    sc->window_len -= end;
    return true;
}

/* A step that waits until a time: true once it is over. */
static bool waited(Script *sc, int64_t ms, int64_t now_ns, int64_t *wake_ns)
{
    if (!sc->waiting) {
        sc->waiting = true;
        sc->wait_until = now_ns + ms * 1000000;
    }
    if (now_ns >= sc->wait_until) {
        return true;
    }
    *wake_ns = sc->wait_until;
    return false;
}

static enum ScriptState stop(Script *sc, enum ScriptState st, const ScriptStep *at,
                             const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(sc->message, sizeof(sc->message), "script line %d: ", at->line);
    va_start(ap, fmt);
    vsnprintf(sc->message + n, sizeof(sc->message) - (size_t)n, fmt, ap);
    va_end(ap);
    return sc->state = st;
}

enum ScriptState script_run(Script *sc, Session *s, int64_t now_ns, int64_t *wake_ns)
{
    char err[400];
    *wake_ns = -1;
    while (sc->state == SCRIPT_RUNNING) {
        if (sc->pc >= sc->n) {
            return sc->state = SCRIPT_DONE;
        }
        ScriptStep *st = &sc->steps[sc->pc];
        switch (st->op) {
        case SCRIPT_EXPECT:
            if (!expect_matched(sc, st)) {
                if (sc->expect_ms == 0) {
                    return SCRIPT_RUNNING;
                }
                if (!waited(sc, sc->expect_ms, now_ns, wake_ns)) {
                    return SCRIPT_RUNNING;
                }
                return stop(sc, SCRIPT_TIMED_OUT, st, "expect /%.200s/ timed out after %lld s",
                            st->text, (long long)(sc->expect_ms / 1000));
            }
            break;
        case SCRIPT_SEND:
            /* Bytes the queue could not take wait for the guest. */
            while (st->len) {
                size_t took = session_type(s, (const uint8_t *)st->text, st->len);
                if (took == 0) {
                    return SCRIPT_RUNNING;
                }
                memmove(st->text, st->text + took, st->len - took);
                st->len -= took;
            }
            break;
        case SCRIPT_SLEEP:
            if (!waited(sc, st->ms, now_ns, wake_ns)) {
                return SCRIPT_RUNNING;
            }
            break;
        case SCRIPT_TIMEOUT:
            sc->expect_ms = st->ms;
            break;
        case SCRIPT_SCREENSHOT:
            if (session_screendump(s, st->text, err, sizeof(err)) != 0) {
                return stop(sc, SCRIPT_FAILED, st, "screenshot: %s", err);
            }
            break;
        case SCRIPT_SAVEVM:
            if (session_savevm(s, st->text, err, sizeof(err)) != 0) {
                return stop(sc, SCRIPT_FAILED, st, "%s", err);
            }
            break;
        case SCRIPT_EXIT:
            sc->exit_code = st->code;
            return sc->state = SCRIPT_EXITED;
        }
        sc->waiting = false;
        sc->pc++;
    }
    return sc->state;
}
