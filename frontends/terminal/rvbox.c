/* rvbox: runs the board with the host terminal as its console.
 *
 * The terminal is put in raw mode so that every key (Ctrl-C included)
 * reaches the guest; Ctrl-A is the escape prefix, as in QEMU. The terminal
 * settings are restored on every way out: normal return, exit(), fatal
 * signals and crashes. With -display sdl a window shows the display as
 * well (frontends/sdl); the console stays on the terminal, and the
 * window's events are handled from this loop every SDL_UI_PERIOD_MS. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "devices/device.h"
#include "devices/display.h"
#include "frontends/sdl/sdl_ui.h"
#include "frontends/terminal/gdb_server.h"
#include "machine/config.h"
#include "emu/jit/jit.h"
#include "machine/machine.h"

#define CTRL_A 0x01
#define INPUT_QUEUE 4096
#define BUSY_INPUT_WAIT_MS 10   /* retry period while the guest's FIFO is full */
#define GDB_HOLD_POLL_MS 10     /* debugger wait per loop while it holds the guest */
#define MAX_POLL_FDS 256        /* stdin + the machine's backend sockets */

static const char key_help[] =
    "Ctrl-A x   quit\n"
    "Ctrl-A h   show this help\n"
    "Ctrl-A Ctrl-A  send Ctrl-A to the guest\n";

/* --- terminal ----------------------------------------------------------- */

static struct termios saved_tio;
static volatile sig_atomic_t tio_saved;
static volatile sig_atomic_t winch_pending;

static void term_restore(void)
{
    if (tio_saved) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_tio);
        tio_saved = 0;    /* cooked again: "\n" needs no "\r" from say() */
    }
}

/* Restores the terminal, then dies of the same signal with its default
 * action so that the parent sees the real cause (SA_RESETHAND). */
static void on_fatal_signal(int sig)
{
    term_restore();   /* tcsetattr is async-signal-safe */
    raise(sig);
}

static void on_winch(int sig)
{
    (void)sig;
    winch_pending = 1;
}

static void install_signals(void)
{
    static const int fatal[] = { SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS,
                                 SIGABRT, SIGFPE, SIGILL };
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_fatal_signal;
    sa.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
        sigaction(fatal[i], &sa, NULL);
    }
    /* No SA_RESTART: the resize must interrupt poll() to be seen at once. */
    sa.sa_handler = on_winch;
    sa.sa_flags = 0;
    sigaction(SIGWINCH, &sa, NULL);
    /* A closed stdout must show up as EPIPE in char_fd, not kill us. */
    signal(SIGPIPE, SIG_IGN);
}

/* Raw input, like cfmakeraw(); output post-processing is turned off too,
 * because the guest already sends "\r\n". */
static void term_raw(void)
{
    struct termios tio;

    if (tcgetattr(STDIN_FILENO, &saved_tio) != 0) {
        return;
    }
    tio_saved = 1;
    atexit(term_restore);
    tio = saved_tio;
    tio.c_iflag &= ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    tio.c_oflag &= ~OPOST;
    tio.c_lflag &= ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    tio.c_cflag &= ~(CSIZE | PARENB);
    tio.c_cflag |= CS8;
    tio.c_cc[VMIN] = 1;
    tio.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &tio);
}

/* Prints a message of our own; in raw mode "\n" alone would not return
 * the cursor to column 0. */
static void say(const char *fmt, ...)
{
    char buf[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    for (const char *p = buf; *p; p++) {
        if (*p == '\n' && tio_saved) {
            fputc('\r', stderr);
        }
        fputc(*p, stderr);
    }
    fflush(stderr);
}

static void send_size(Machine *m)
{
    struct winsize ws;

    if (ioctl(STDIN_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0) {
        machine_console_resize(m, ws.ws_col, ws.ws_row);
    }
}

/* --- console input ------------------------------------------------------ */

typedef struct Input {
    bool tty;            /* escape keys are handled only on a terminal */
    bool eof;            /* stdin closed: stop polling it */
    bool escape;         /* the previous byte was Ctrl-A */
    bool quit;           /* Ctrl-A x */
    uint8_t queue[INPUT_QUEUE];
    size_t len;          /* bytes waiting for the guest */
} Input;

/* Applies the Ctrl-A escapes to one byte; queues what goes to the guest. */
static void input_byte(Input *in, uint8_t c)
{
    if (!in->tty) {
        in->queue[in->len++] = c;
        return;
    }
    if (!in->escape) {
        if (c == CTRL_A) {
            in->escape = true;
        } else {
            in->queue[in->len++] = c;
        }
        return;
    }
    in->escape = false;
    if (c == 'x' || c == 'X') {
        in->quit = true;
    } else if (c == 'h' || c == 'H' || c == '?') {
        say("\n%s", key_help);
    } else if (c == CTRL_A) {
        in->queue[in->len++] = CTRL_A;
    }
}

static void read_input(Input *in)
{
    uint8_t buf[INPUT_QUEUE];
    ssize_t n = read(STDIN_FILENO, buf, sizeof(buf));

    if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
        in->eof = true;   /* the guest keeps running without input */
        return;
    }
    for (ssize_t i = 0; i < n && !in->quit; i++) {
        input_byte(in, buf[i]);
    }
}

/* Offers queued bytes to the guest; keeps what it did not take. */
static void flush_input(Input *in, Machine *m)
{
    if (in->len == 0) {
        return;
    }
    size_t took = machine_console_input(m, in->queue, in->len);
    if (took > in->len) {
        took = in->len;
    }
    memmove(in->queue, in->queue + took, in->len - took);
    in->len -= took;
}

/* poll() timeout in ms from the machine's hint (ns), rounded up so that a
 * short sleep is not turned into busy polling. */
static int poll_timeout(int64_t sleep_ns, const Input *in)
{
    int64_t ms = sleep_ns <= 0 ? 0 : (sleep_ns + 999999) / 1000000;

    if (in->len > 0 && ms > BUSY_INPUT_WAIT_MS) {
        ms = BUSY_INPUT_WAIT_MS;
    }
    return ms > 1000 ? 1000 : (int)ms;
}

/* Sleeps until stdin or a backend socket (the user-mode network) is
 * ready, or the guest's next timer, or for at most max_ms (-1: no limit;
 * the window's next refresh); then lets the machine handle its fds. */
static void wait_input(Input *in, Machine *m, int64_t sleep_ns, int max_ms)
{
    struct pollfd fds[MAX_POLL_FDS] = { { .fd = STDIN_FILENO, .events = POLLIN } };
    int timeout = poll_timeout(sleep_ns, in);

    if (max_ms >= 0 && timeout > max_ms) {
        timeout = max_ms;
    }

    /* While the queue is not empty, stdin stays unread: the guest sets the
     * pace and nothing is dropped. */
    if (in->eof || in->len > 0) {
        fds[0].fd = -1;
    }
    int nm = machine_pollfds(m, fds + 1, MAX_POLL_FDS - 1, &timeout);
    int n = poll(fds, (nfds_t)(1 + nm), timeout);
    if (n < 0) {
        for (int i = 0; i <= nm; i++) {
            fds[i].revents = 0;   /* EINTR (a resize): nothing is ready */
        }
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
        read_input(in);
    }
    machine_poll_done(m, fds + 1, nm);
}

/* --- main --------------------------------------------------------------- */

typedef struct Session {
    MachineConfig cfg;
    Machine *m;
    bool gdb_on;         /* -gdb given: gdb is open */
    GdbServer gdb;
    SdlUi *ui;           /* -display sdl: the window */
    int shots;           /* Ctrl-Alt-S screenshots taken */
} Session;

/* --screenshot FILE: the display's last frame, at exit. */
static void take_screenshot(Session *s)
{
    char err[512];
    if (s->m && s->cfg.screenshot &&
        display_write_png(machine_display(s->m), s->cfg.screenshot, err, sizeof(err)) != 0) {
        say("rvbox: --screenshot: %s\n", err);
    }
}

/* Ctrl-Alt-S in the window: rvbox-screenshot-N.png in the current
 * directory, N the first number whose file does not exist yet. */
static void key_screenshot(Session *s)
{
    char name[64], err[512];
    do {
        snprintf(name, sizeof(name), "rvbox-screenshot-%d.png", ++s->shots);
    } while (access(name, F_OK) == 0 && s->shots < 100000);
    if (display_write_png(machine_display(s->m), name, err, sizeof(err)) != 0) {
        say("\nrvbox: screenshot: %s\n", err);
    } else {
        say("\nrvbox: screenshot written to %s\n", name);
    }
}

static void session_end(Session *s)
{
    take_screenshot(s);
    if (s->m && s->cfg.icount) {
        say("rvbox: %llu instructions\n", (unsigned long long)machine_icount(s->m));
    }
    if (s->cfg.jit_stats) {
        JitStats st;
        jit_stats(&st);
        say("rvbox: jit: %llu blocks translated, %llu KiB of code in use of %u MiB, "
            "%llu flushes, %llu stale blocks\n", (unsigned long long)st.blocks,
            (unsigned long long)(st.code_bytes >> 10), JIT_CODE_MIB,
            (unsigned long long)st.flushes, (unsigned long long)st.stale);
    }
    if (s->gdb_on) {
        gdb_server_close(&s->gdb);
        s->gdb_on = false;
    }
    if (s->ui) {
        sdl_ui_attach(s->ui, NULL, NULL);
    }
    if (s->m) {
        machine_destroy(s->m);
        s->m = NULL;
    }
    sdl_ui_close(s->ui);
    s->ui = NULL;
    config_free(&s->cfg);
}

static int fail(Session *s, const char *msg)
{
    term_restore();
    say("rvbox: %s\n", msg);
    session_end(s);
    return 1;
}

/* The guest's status as a process exit code; a non-zero status never
 * becomes 0 by truncation. */
static int exit_status(int code)
{
    if (code != 0 && (code & 0xff) == 0) {
        return 1;
    }
    return code & 0xff;
}

/* One slice of the guest, unless the debugger holds it; then waits a
 * little for the debugger instead. A debugger's kill ends the session. */
static enum MachineState run_slice(Session *s, int64_t *sleep_ns)
{
    if (!s->gdb_on) {
        return machine_run(s->m, sleep_ns);
    }
    gdb_server_poll(&s->gdb, 0);
    if (gdb_server_holds(&s->gdb)) {
        gdb_server_poll(&s->gdb, GDB_HOLD_POLL_MS);
        *sleep_ns = 0;
        return gdb_server_killed(&s->gdb) ? MACHINE_POWEROFF : MACHINE_RUNNING;
    }
    enum MachineState st = machine_run(s->m, sleep_ns);
    if (st == MACHINE_STOPPED) {
        gdb_server_stopped(&s->gdb);
        st = MACHINE_RUNNING;
    } else if (st == MACHINE_POWEROFF) {
        gdb_server_exited(&s->gdb, exit_status(machine_exit_code(s->m)));
    }
    return st;
}

/* Runs until poweroff or Ctrl-A x; recreates the machine on reset.
 * Returns the process exit status. */
static int run(Session *s, Input *in)
{
    char err[512];

    for (;;) {
        int64_t sleep_ns = 0;
        enum MachineState st = run_slice(s, &sleep_ns);
        if (st == MACHINE_POWEROFF) {
            int code = exit_status(machine_exit_code(s->m));
            term_restore();
            session_end(s);
            return code;
        }
        if (st == MACHINE_RESET) {
            if (s->ui) {
                sdl_ui_attach(s->ui, NULL, NULL);
            }
            machine_destroy(s->m);
            s->m = machine_create(&s->cfg, err, sizeof(err));
            if (!s->m) {
                return fail(s, err);
            }
            if (s->gdb_on) {
                gdb_server_set_machine(&s->gdb, s->m);
            }
            if (s->ui) {
                sdl_ui_attach(s->ui, machine_display(s->m), machine_input(s->m));
            }
            in->len = 0;    /* typed for the old system */
            winch_pending = in->tty;
        }
        if (winch_pending) {
            winch_pending = 0;
            send_size(s->m);
        }
        if (s->ui) {
            unsigned ev = sdl_ui_tick(s->ui);
            in->quit |= (ev & SDL_UI_QUIT) != 0;
            if (ev & SDL_UI_SCREENSHOT) {
                key_screenshot(s);
            }
        }
        flush_input(in, s->m);
        if (!in->quit) {
            wait_input(in, s->m, sleep_ns, s->ui ? sdl_ui_wait_ms(s->ui) : -1);
        }
        if (in->quit) {
            term_restore();
            say("\nrvbox: terminated\n");
            session_end(s);
            return 0;
        }
    }
}

/* -gdb tcp::PORT [-S]: opens the debugger's socket. */
static int start_gdb(Session *s, char *err, size_t errlen)
{
    if (!s->cfg.gdb_port) {
        if (s->cfg.gdb_wait) {
            snprintf(err, errlen, "-S needs a debugger: add -gdb tcp::PORT");
            return -1;
        }
        return 0;
    }
    if (gdb_server_open(&s->gdb, s->cfg.gdb_port, s->cfg.gdb_wait, err, errlen) != 0) {
        return -1;
    }
    s->gdb_on = true;
    gdb_server_set_machine(&s->gdb, s->m);
    if (s->cfg.gdb_wait) {
        say("rvbox: waiting for gdb on tcp::%d\n", s->cfg.gdb_port);
    }
    return 0;
}

int main(int argc, char **argv)
{
    static Session s;
    static Input in;
    char err[512];
    bool help = false;

    if (config_parse_args(&s.cfg, argc, argv, &help, err, sizeof(err)) != 0) {
        fprintf(stderr, "rvbox: %s\n", err);
        return 1;
    }
    if (help && s.cfg.device_help) {
        int rc = device_print_help(stdout, s.cfg.device_help_name);
        if (rc != 0) {
            fprintf(stderr, "rvbox: -device: unknown device '%s' (try -device help)\n",
                    s.cfg.device_help_name);
        }
        config_free(&s.cfg);
        return rc != 0;
    }
    if (help) {
        fputs(config_usage, stdout);
        return 0;
    }
    install_signals();
    if (s.cfg.display_ui == DISPLAY_UI_SDL) {
        /* Before the machine: no window, no boot. */
        s.ui = sdl_ui_open(err, sizeof(err));
        if (!s.ui) {
            return fail(&s, err);
        }
    }
    s.m = machine_create(&s.cfg, err, sizeof(err));
    if (!s.m) {
        return fail(&s, err);
    }
    if (s.ui) {
        sdl_ui_attach(s.ui, machine_display(s.m), machine_input(s.m));
    }
    if (start_gdb(&s, err, sizeof(err)) != 0) {
        return fail(&s, err);
    }
    in.tty = isatty(STDIN_FILENO);
    if (in.tty) {
        term_raw();
        winch_pending = 1;
    }
    return run(&s, &in);
}
