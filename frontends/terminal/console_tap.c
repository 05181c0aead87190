/* The terminal's console backend (see console_tap.h). */
#include "frontends/terminal/console_tap.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "devices/host/char_fd.h"

/* Writes buf to stdout and the log now. */
static void put_out(ConsoleTap *tap, const uint8_t *buf, size_t len)
{
    tap->out->write(tap->out, buf, len);
    for (size_t done = 0; tap->log_fd >= 0 && done < len;) {
        ssize_t n = write(tap->log_fd, buf + done, len - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            close(tap->log_fd);    /* a full disk: the log stops, the guest goes on */
            tap->log_fd = -1;
            break;
        }
        done += (size_t)n;
    }
}

void console_tap_flush(ConsoleTap *tap)
{
    if (tap->npending) {
        put_out(tap, tap->pending, tap->npending);
        tap->npending = 0;
    }
}

static void tap_write(CharBackend *c, const uint8_t *buf, size_t len)
{
    ConsoleTap *tap = (ConsoleTap *)c;
    if (tap->npending + len > sizeof(tap->pending)) {
        console_tap_flush(tap);
    }
    if (len > sizeof(tap->pending)) {
        put_out(tap, buf, len);
    } else {
        memcpy(tap->pending + tap->npending, buf, len);
        tap->npending += len;
    }
    if (tap->script) {
        script_output(tap->script, buf, len);
    }
    for (size_t i = 0; i < len; i++) {
        tap->tail[tap->tail_pos++ % TAP_TAIL] = (char)buf[i];
    }
}

int console_tap_open(ConsoleTap *tap, const char *log, Script *script, char *err, size_t errlen)
{
    memset(tap, 0, sizeof(*tap));
    chardev_init(&tap->base);
    tap->base.write = tap_write;
    tap->log_fd = -1;
    tap->script = script;
    tap->out = char_fd_create(STDOUT_FILENO);
    if (!tap->out) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (log) {
        tap->log_fd = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (tap->log_fd < 0) {
            snprintf(err, errlen, "--log: %s: %s", log, strerror(errno));
            char_fd_destroy(tap->out);
            return -1;
        }
    }
    return 0;
}

void console_tap_print_tail(const ConsoleTap *tap, FILE *f, int lines)
{
    size_t have = tap->tail_pos < TAP_TAIL ? tap->tail_pos : TAP_TAIL;
    size_t start = tap->tail_pos - have;
    /* Back from the end over `lines` line breaks (a trailing one aside). */
    size_t from = tap->tail_pos;
    int seen = 0;
    while (from > start) {
        char c = tap->tail[(from - 1) % TAP_TAIL];
        if (c == '\n' && from != tap->tail_pos && ++seen == lines) {
            break;
        }
        from--;
    }
    bool bol = true;
    for (size_t i = from; i < tap->tail_pos; i++) {
        unsigned char c = (unsigned char)tap->tail[i % TAP_TAIL];
        if (c == '\r') {
            continue;
        }
        if (bol) {
            fputs("  | ", f);
        }
        bol = c == '\n';
        fputc(c == '\n' || c == '\t' || c >= 0x20 ? c : '.', f);
    }
    if (!bol) {
        fputc('\n', f);
    }
    fflush(f);
}

void console_tap_close(ConsoleTap *tap)
{
    if (tap->out) {
        console_tap_flush(tap);
    }
    if (tap->log_fd >= 0) {
        close(tap->log_fd);
        tap->log_fd = -1;
    }
    char_fd_destroy(tap->out);
    tap->out = NULL;
}
