/* libFuzzer target: QMP (frontends/terminal/qmp.c) as a client's bytes,
 * on a real session (session.c, monitor.c) whose machine has a keyboard,
 * a tablet, a mouse and a display, so every command reaches the machine.
 * Each input is one connection (qmp_open_detached), fed in pieces of 1 to
 * 61 bytes (a size taken from the input's length) so values arrive split
 * anywhere. Checked: everything written back is whole "\r\n"-ended lines
 * of UTF-8, each a JSON object that is the greeting (first), a reply or
 * an event; closing the connection removes its event listener.
 *
 * The session is fuzz_session.h's: commands that touch files
 * (rvbox-savevm, rvbox-loadvm, screendump and the monitor's
 * savevm/loadvm/screendump) work in its scratch directory; quit only sets
 * s->quit, cleared after each input; a failed reset or loadvm leaves no
 * machine, and the next input gets a new one.
 */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontends/terminal/qmp.h"
#include "frontends/terminal/session.h"
#include "tests/fuzz/fuzz_session.h"
#include "tests/fuzz/fuzzlib.h"

/* --- the output ----------------------------------------------------------- */

/* RFC 3629 UTF-8 (written apart from qmp.c's check, as an oracle). */
static bool is_utf8(const uint8_t *p, size_t len)
{
    for (size_t i = 0; i < len;) {
        int n = p[i] < 0x80 ? 1 : p[i] < 0xc2 ? 0 : p[i] < 0xe0 ? 2 : p[i] < 0xf0 ? 3 :
                p[i] < 0xf5 ? 4 : 0;
        if (n == 0 || len - i < (size_t)n) {
            return false;
        }
        uint32_t c = n == 1 ? p[i] : p[i] & (0x7fu >> n);
        for (int k = 1; k < n; k++) {
            if ((p[i + k] & 0xc0) != 0x80) {
                return false;
            }
            c = c << 6 | (p[i + k] & 0x3f);
        }
        if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
            (c >= 0xd800 && c < 0xe000)) {
            return false;
        }
        i += (size_t)n;
    }
    return true;
}

/* One line of output: UTF-8 text of an object that is the greeting (first
 * line only), a reply or an event. */
static bool good_line(const char *p, size_t len, bool first)
{
    if (!is_utf8((const uint8_t *)p, len)) {
        return false;
    }
    cJSON *v = cJSON_ParseWithLength(p, len);
    bool ok = cJSON_IsObject(v) && cJSON_GetArraySize(v) >= 1;
    if (ok) {
        bool greeting = cJSON_GetObjectItemCaseSensitive(v, "QMP") != NULL;
        bool reply = cJSON_GetObjectItemCaseSensitive(v, "return") ||
                     cJSON_GetObjectItemCaseSensitive(v, "error");
        bool event = cJSON_GetObjectItemCaseSensitive(v, "event") != NULL;
        ok = first ? greeting : (reply || event) && !greeting;
    }
    cJSON_Delete(v);
    return ok;
}

static void check_output(const uint8_t *out, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if (out[i] == '\r' && out[i + 1] == '\n') {
            if (!good_line((const char *)out + start, i - start, start == 0)) {
                fprintf(stderr, "fuzz_qmp: bad output line: %.*s\n", (int)(i - start),
                        (const char *)out + start);
                abort();
            }
            start = i + 2;
        }
    }
    if (start != len) {
        fprintf(stderr, "fuzz_qmp: output does not end in a whole line\n");
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Session *s = fuzz_session();
    Qmp *q = qmp_open_detached(s);
    uint8_t *all = NULL;
    size_t alllen = 0, piece = 1 + size % 61;
    for (size_t at = 0; q && (at < size || at == 0); at += piece) {
        uint8_t *out;
        size_t outlen;
        size_t n = size - at < piece ? size - at : piece;
        qmp_feed(q, data + at, n, &out, &outlen);
        uint8_t *more = realloc(all, alllen + outlen + 1);
        if (!out || !more) {
            abort();
        }
        all = more;
        memcpy(all + alllen, out, outlen);
        alllen += outlen;
        free(out);
        if (size == 0) {
            break;
        }
    }
    check_output(all, alllen);
    free(all);
    qmp_close(q);
    if (s->nlisteners != 0) {
        fprintf(stderr, "fuzz_qmp: a closed connection still listens\n");
        abort();
    }
    fuzz_session_done("fuzz_qmp");
    return 0;
}

/* --- seeds ---------------------------------------------------------------- */

static const char caps[] = "{\"execute\": \"qmp_capabilities\"}\n";

/* A normal session: every command once, as a client would send them. */
static const char session_seed[] =
    "{\"execute\": \"qmp_capabilities\", \"id\": 1}\n"
    "{\"execute\": \"query-status\", \"id\": 2}\n"
    "{\"execute\": \"query-version\"}\n"
    "{\"execute\": \"query-commands\", \"id\": \"three\"}\n"
    "{\"execute\": \"stop\"}\n{\"execute\": \"query-status\"}\n{\"execute\": \"cont\"}\n"
    "{\"execute\": \"send-key\", \"arguments\": {\"keys\": [{\"type\": \"qcode\", "
    "\"data\": \"ctrl\"}, {\"type\": \"qcode\", \"data\": \"c\"}], \"hold-time\": 100}}\n"
    "{\"execute\": \"input-send-event\", \"arguments\": {\"events\": ["
    "{\"type\": \"key\", \"data\": {\"down\": true, \"key\": {\"type\": \"qcode\", "
    "\"data\": \"a\"}}}, {\"type\": \"key\", \"data\": {\"down\": false, \"key\": "
    "{\"type\": \"qcode\", \"data\": \"a\"}}}, {\"type\": \"abs\", \"data\": {\"axis\": \"x\", "
    "\"value\": 16384}}, {\"type\": \"abs\", \"data\": {\"axis\": \"y\", \"value\": 100}}, "
    "{\"type\": \"btn\", \"data\": {\"down\": true, \"button\": \"left\"}}, "
    "{\"type\": \"btn\", \"data\": {\"down\": false, \"button\": \"left\"}}, "
    "{\"type\": \"btn\", \"data\": {\"down\": true, \"button\": \"wheel-up\"}}, "
    "{\"type\": \"rel\", \"data\": {\"axis\": \"y\", \"value\": -5}}]}}\n"
    "{\"execute\": \"screendump\", \"arguments\": {\"filename\": \"shot.png\", "
    "\"format\": \"png\"}}\n"
    "{\"execute\": \"screendump\", \"arguments\": {\"filename\": \"shot.ppm\", "
    "\"format\": \"ppm\"}}\n"
    "{\"execute\": \"human-monitor-command\", \"arguments\": {\"command-line\": "
    "\"info status\"}}\n"
    "{\"execute\": \"human-monitor-command\", \"arguments\": {\"command-line\": "
    "\"info registers\", \"cpu-index\": 0}}\n"
    "{\"execute\": \"rvbox-savevm\", \"arguments\": {\"filename\": \"snap.bin\"}}\n"
    "{\"execute\": \"rvbox-loadvm\", \"arguments\": {\"filename\": \"snap.bin\"}}\n"
    "{\"execute\": \"rvbox-loadvm\", \"arguments\": {\"filename\": \"missing.bin\"}}\n"
    "{\"execute\": \"system_powerdown\"}\n"
    "{\"execute\": \"system_reset\", \"id\": {\"nested\": [1, 2.5, null, true]}}\n"
    "{\"execute\": \"quit\", \"id\": 99}\n";

/* Text that is not (good) JSON, between good requests. */
static const char bad_json_seed[] =
    "{\"execute\": \"qmp_capabilities\"}\n"
    "{\"execute\": }\n"
    "{\"execute\" \"query-status\"}\n"
    "}}}\n]\n42\n\"just a string\"\ntrue null [1, 2, 3]\n"
    "{\"execute\": \"query-status\"} trailing-junk {\"execute\": \"query-status\"}\n"
    "{\"execute\": \"query-status\", \"id\": \"a\\\"}\\\\\"}"
    "{\"execute\":\"query-status\",\"id\":1}{\"execute\":\"query-status\",\"id\":2}"
    "{\"execute\": \"query-\x01status\"}\n"
    "\xff\n"
    "{\"execute\": \"stop\", \"id\": \"\x00\"}\n"
    "{\"execute\": \"query-status\", \"id\": 1e999}\n"
    "{\"execute\": \"query-status\", \"id\": -123456789012345678901234567890}\n"
    "{\"execute\": \"query-status\", \"id\": \"\\u00e9\\ud83d\\ude00\\u0000x\"}\n"
    "{\"execute\": \"query-status\"\n";

/* Arguments of the wrong type, missing or unexpected. */
static const char wrong_types_seed[] =
    "{\"execute\": \"qmp_capabilities\", \"arguments\": {\"enable\": \"oob\"}}\n"
    "{\"execute\": \"qmp_capabilities\", \"arguments\": {\"enable\": [\"oob\"]}}\n"
    "{\"execute\": \"qmp_capabilities\", \"arguments\": {\"enable\": [\"nope\", 1]}}\n"
    "{\"execute\": \"qmp_capabilities\"}\n"
    "{\"execute\": 5}\n{\"execute\": \"stop\", \"arguments\": []}\n"
    "{\"execute\": \"stop\", \"arguments\": {\"now\": true}}\n"
    "{\"execute\": \"stop\", \"bogus\": 1}\n{\"arguments\": {}}\n"
    "{\"execute\": \"rvbox-savevm\", \"arguments\": {\"filename\": 5}}\n"
    "{\"execute\": \"rvbox-savevm\"}\n"
    "{\"execute\": \"rvbox-loadvm\", \"arguments\": {\"filename\": \"/etc/passwd\"}}\n"
    "{\"execute\": \"rvbox-savevm\", \"arguments\": {\"filename\": \"../escape\"}}\n"
    "{\"execute\": \"screendump\", \"arguments\": {\"filename\": \"x.png\", "
    "\"format\": \"gif\", \"head\": 1.5}}\n"
    "{\"execute\": \"screendump\", \"arguments\": {\"filename\": \"x.png\", \"head\": 3}}\n"
    "{\"execute\": \"send-key\", \"arguments\": {\"keys\": \"a\"}}\n"
    "{\"execute\": \"send-key\", \"arguments\": {\"keys\": []}}\n"
    "{\"execute\": \"send-key\", \"arguments\": {\"keys\": [\"a\"]}}\n"
    "{\"execute\": \"send-key\", \"arguments\": {\"keys\": [{\"type\": \"number\", "
    "\"data\": 30}]}}\n"
    "{\"execute\": \"send-key\", \"arguments\": {\"keys\": [{\"type\": \"qcode\", "
    "\"data\": \"no-such-key\"}], \"hold-time\": 1e300}}\n"
    "{\"execute\": \"input-send-event\", \"arguments\": {\"events\": [{\"type\": \"abs\", "
    "\"data\": {\"axis\": \"z\", \"value\": 99999999999999999999}}]}}\n"
    "{\"execute\": \"input-send-event\", \"arguments\": {\"events\": [{\"type\": \"btn\", "
    "\"data\": {\"down\": 1, \"button\": \"left\"}}]}}\n"
    "{\"execute\": \"input-send-event\", \"arguments\": {\"events\": [{\"type\": \"key\", "
    "\"data\": {\"down\": true}}, 7]}}\n"
    "{\"execute\": \"input-send-event\", \"arguments\": {\"events\": [{\"type\": \"warp\"}]}}\n"
    "{\"execute\": \"human-monitor-command\", \"arguments\": {\"command-line\": [\"info\"]}}\n"
    "{\"execute\": \"human-monitor-command\", \"arguments\": {\"command-line\": "
    "\"savevm /etc/x\"}}\n"
    "{\"execute\": \"human-monitor-command\", \"arguments\": {\"command-line\": \"nonsense\"}}\n";

/* Commands before negotiation, unknown ones, negotiation twice. */
static const char unknown_seed[] =
    "{\"execute\": \"stop\", \"id\": 1}\n{\"execute\": \"no-such-command\"}\n"
    "{\"execute\": \"qmp_capabilities\"}\n{\"execute\": \"qmp_capabilities\"}\n"
    "{\"execute\": \"no-such-command\", \"id\": [1]}\n{\"execute\": \"\"}\n"
    "{\"execute\": \"snapshot-save\", \"arguments\": {\"job-id\": \"j\", \"tag\": \"t\"}}\n"
    "{\"exec-oob\": \"query-status\"}\n";

/* Deep nesting: past QMP_MAX_DEPTH, and within it in an id. */
static int nesting_seed(const char *path_dir)
{
    size_t cap = 64 * 1024, n = 0;
    char *b = malloc(cap);
    if (!b) {
        return -1;
    }
    n += (size_t)snprintf(b + n, cap - n, "%s", caps);
    for (int i = 0; i < 2000; i++) {
        b[n++] = '[';
    }
    b[n++] = '\n';
    n += (size_t)snprintf(b + n, cap - n, "{\"execute\": \"query-status\", \"id\": ");
    for (int i = 0; i < 900; i++) {
        n += (size_t)snprintf(b + n, cap - n, "{\"a\": [");
    }
    for (int i = 0; i < 900; i++) {
        n += (size_t)snprintf(b + n, cap - n, "]}");
    }
    n += (size_t)snprintf(b + n, cap - n, "}\n{\"execute\": \"query-status\", \"id\": 2}\n");
    int rc = fuzz_save(path_dir, "nesting.json", b, n);
    free(b);
    return rc;
}

/* UTF-8: invalid sequences, and a name of two-byte characters that an
 * error message cuts in the middle of one. */
static int utf8_seed(const char *path_dir)
{
    char b[2048];
    size_t n = (size_t)snprintf(b, sizeof(b), "%s{\"execute\": \"\xc3(\"}\n"
                                "{\"execute\": \"\xed\xa0\x80\"}\n"
                                "{\"execute\": \"\xf4\x90\x80\x80\"}\n"
                                "{\"execute\": \"x", caps);
    for (int i = 0; i < 150; i++) {
        n += (size_t)snprintf(b + n, sizeof(b) - n, "\xc3\xa9");
    }
    n += (size_t)snprintf(b + n, sizeof(b) - n, "\"}\n");
    return fuzz_save(path_dir, "utf8.json", b, n);
}

int fuzz_write_seeds(const char *path_dir)
{
    int rc = fuzz_save(path_dir, "session.json", session_seed, sizeof(session_seed) - 1);
    rc |= fuzz_save(path_dir, "bad-json.txt", bad_json_seed, sizeof(bad_json_seed) - 1);
    rc |= fuzz_save(path_dir, "wrong-types.json", wrong_types_seed,
                    sizeof(wrong_types_seed) - 1);
    rc |= fuzz_save(path_dir, "unknown.json", unknown_seed, sizeof(unknown_seed) - 1);
    rc |= nesting_seed(path_dir);
    rc |= utf8_seed(path_dir);
    return rc ? -1 : 0;
}
