/* rvbox: runs the board with the host terminal as its console.
 *
 * The terminal is put in raw mode so that every key (Ctrl-C included)
 * reaches the guest; Ctrl-A is the escape prefix, as in QEMU, and Ctrl-A c
 * switches to the monitor (monitor.c). The terminal settings are restored
 * on every way out: normal return, exit(), fatal signals and crashes.
 * With -display sdl a window shows the display as well (frontends/sdl);
 * the console stays on the terminal, and the window's events are handled
 * from this loop every SDL_UI_PERIOD_MS. Headless runs are driven by a
 * script (script.c), a QMP socket (qmp.c) and --timeout; SIGUSR1 saves a
 * snapshot. */
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

#include <time.h>

#include "devices/device.h"
#include "devices/display.h"
#include "emu/jit/jit.h"
#include "frontends/sdl/sdl_ui.h"
#include "frontends/terminal/console_tap.h"
#include "frontends/terminal/gdb_server.h"
#include "frontends/terminal/monitor.h"
#include "frontends/terminal/qmp.h"
#include "frontends/terminal/script.h"
#include "frontends/terminal/session.h"
#include "machine/config.h"
#include "machine/machine.h"

#define CTRL_A 0x01
#define INPUT_READ 4096
#define PAUSED_POLL_MS 100      /* the loop's period while the guest is stopped */
#define EXIT_TIMEOUT 124        /* --timeout or a script's expect ran out (coreutils' code) */
#define EXIT_SCRIPT 125         /* a script step failed */
#define TAIL_LINES 10           /* console lines shown when a run times out */
#define BUSY_INPUT_WAIT_MS 10   /* retry period while the guest's FIFO is full */
#define GDB_HOLD_POLL_MS 10     /* debugger wait per loop while it holds the guest */
#define MAX_POLL_FDS 256        /* stdin + the machine's backend sockets */

static const char key_help[] =
    "Ctrl-A x   quit\n"
    "Ctrl-A c   switch between the console and the monitor\n"
    "Ctrl-A h   show this help\n"
    "Ctrl-A Ctrl-A  send Ctrl-A to the guest\n";

/* --- terminal ----------------------------------------------------------- */

static struct termios saved_tio;
static volatile sig_atomic_t tio_saved;
static volatile sig_atomic_t winch_pending;
static volatile sig_atomic_t savevm_pending;

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

static void on_usr1(int sig)
{
    (void)sig;
    savevm_pending = 1;
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
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
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
static ConsoleTap *console_out;   /* flushed first, so messages follow the guest's output */

static void say(const char *fmt, ...)
{
    char buf[1024];
    va_list ap;

    if (console_out) {
        console_tap_flush(console_out);
    }
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

/* --- the session's end ----------------------------------------------------- */

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
            "%llu flushes, %llu stale blocks, %llu instructions interpreted\n",
            (unsigned long long)st.blocks, (unsigned long long)(st.code_bytes >> 10),
            JIT_CODE_MIB, (unsigned long long)st.flushes, (unsigned long long)st.stale,
            (unsigned long long)st.interpreted);
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
    s->cfg.console = NULL;   /* the frontend's, not to be freed */
    sdl_ui_close(s->ui);
    s->ui = NULL;
    config_free(&s->cfg);
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

/* --- console input and the monitor --------------------------------------- */

typedef struct Input {
    bool tty;            /* escape keys are handled only on a terminal */
    bool eof;            /* stdin closed: stop polling it */
    bool escape;         /* the previous byte was Ctrl-A */
    bool monitor;        /* Ctrl-A c: keys go to the monitor's line */
    char line[MONITOR_LINE_MAX + 1];
    size_t line_len;
} Input;

static void monitor_prompt(void)
{
    say("(rvbox) ");
}

/* One key on the monitor's line: Enter runs it, Backspace edits. */
static void monitor_key(Input *in, Session *s, uint8_t c)
{
    static char out[64 << 10];
    if (c == '\r' || c == '\n') {
        in->line[in->line_len] = 0;
        in->line_len = 0;
        say("\n");
        monitor_exec(s, in->line, out, sizeof(out));
        say("%s", out);
        if (!s->quit) {
            monitor_prompt();
        }
    } else if ((c == 0x7f || c == 0x08) && in->line_len) {
        in->line_len--;
        say("\b \b");
    } else if (c >= 0x20 && c < 0x7f && in->line_len < MONITOR_LINE_MAX) {
        in->line[in->line_len++] = (char)c;
        say("%c", c);
    }
}

/* The byte after Ctrl-A. */
static void escape_key(Input *in, Session *s, uint8_t c)
{
    if (c == 'x' || c == 'X') {
        session_quit(s, 0, "host-signal");
        say("\nrvbox: terminated\n");
    } else if (c == 'c' || c == 'C') {
        in->monitor = !in->monitor;
        in->line_len = 0;
        if (in->monitor) {
            say("\nrvbox monitor (help lists the commands; Ctrl-A c returns to the console)\n");
            monitor_prompt();
        } else {
            say("\n");
        }
    } else if (c == 'h' || c == 'H' || c == '?') {
        say("\n%s", key_help);
    } else if (c == CTRL_A && !in->monitor) {
        session_type(s, &c, 1);
    }
}

/* Applies the Ctrl-A escapes to one byte: the rest goes to the guest's
 * queue or the monitor's line. */
static void input_byte(Input *in, Session *s, uint8_t c)
{
    if (!in->tty) {
        session_type(s, &c, 1);
    } else if (in->escape) {
        in->escape = false;
        escape_key(in, s, c);
    } else if (c == CTRL_A) {
        in->escape = true;
    } else if (in->monitor) {
        monitor_key(in, s, c);
    } else {
        session_type(s, &c, 1);
    }
}

static void read_input(Input *in, Session *s)
{
    uint8_t buf[INPUT_READ];
    size_t room = sizeof(s->typed) - s->ntyped;
    ssize_t n = read(STDIN_FILENO, buf, room < sizeof(buf) ? room : sizeof(buf));

    if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
        in->eof = true;   /* the guest keeps running without input */
        return;
    }
    for (ssize_t i = 0; i < n && !s->quit; i++) {
        input_byte(in, s, buf[i]);
    }
}

/* --- the main loop --------------------------------------------------------- */

typedef struct Frontend {
    Session s;
    Input in;
    ConsoleTap tap;
    Script script;
    bool scripted;       /* a script was given */
    Qmp *qmp;
    int64_t deadline;    /* --timeout, monotonic ns; 0 = none */
} Frontend;

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* poll() timeout in ms from a wait in ns (-1: none), rounded up so that a
 * short sleep is not turned into busy polling; at most a second. */
static int ms_until(int64_t wait_ns)
{
    if (wait_ns < 0) {
        return 1000;
    }
    int64_t ms = (wait_ns + 999999) / 1000000;
    return ms > 1000 ? 1000 : (int)ms;
}

/* Sleeps until stdin, a backend socket (the user-mode network) or QMP is
 * ready, or for at most timeout ms; then lets each handle its fds. */
static void wait_input(Frontend *f, int timeout)
{
    struct pollfd fds[MAX_POLL_FDS] = { { .fd = STDIN_FILENO, .events = POLLIN } };
    Session *s = &f->s;

    /* While the queue is not empty, stdin stays unread: the guest sets the
     * pace and nothing is dropped. */
    if (f->in.eof || (s->ntyped > 0 && !f->in.monitor)) {
        fds[0].fd = -1;
        if (s->ntyped > 0 && timeout > BUSY_INPUT_WAIT_MS) {
            timeout = BUSY_INPUT_WAIT_MS;
        }
    }
    int nm = machine_pollfds(s->m, fds + 1, MAX_POLL_FDS / 2, &timeout);
    int nq = f->qmp ? qmp_pollfds(f->qmp, fds + 1 + nm, MAX_POLL_FDS / 2 - 1) : 0;
    int n = poll(fds, (nfds_t)(1 + nm + nq), timeout);
    if (n < 0) {
        for (int i = 0; i <= nm + nq; i++) {
            fds[i].revents = 0;   /* EINTR (a resize, a signal): nothing is ready */
        }
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
        read_input(&f->in, s);
    }
    machine_poll_done(s->m, fds + 1, nm);
    if (f->qmp) {
        qmp_poll_done(f->qmp, fds + 1 + nm, nq);
    }
}

/* A run that ran out of time: why, and what the console showed last. */
static void timed_out(Frontend *f, const char *why)
{
    term_restore();
    say("\nrvbox: %s; the console's last lines:\n", why);
    console_tap_print_tail(&f->tap, stderr, TAIL_LINES);
    session_quit(&f->s, EXIT_TIMEOUT, "host-timeout");
}

/* Runs the script's next steps; returns the longest wait it allows (ns,
 * -1: any). */
static int64_t run_script(Frontend *f)
{
    int64_t wake = -1, now = now_ns();
    if (!f->scripted || f->s.quit) {
        return -1;
    }
    switch (script_run(&f->script, &f->s, now, &wake)) {
    case SCRIPT_RUNNING:
        return wake < 0 ? -1 : wake - now;
    case SCRIPT_DONE:
        f->scripted = false;
        break;
    case SCRIPT_EXITED:
        session_quit(&f->s, f->script.exit_code, "host-script-exit");
        break;
    case SCRIPT_TIMED_OUT:
        timed_out(f, f->script.message);
        break;
    case SCRIPT_FAILED:
        term_restore();
        say("\nrvbox: %s\n", f->script.message);
        session_quit(&f->s, EXIT_SCRIPT, "host-script-error");
        break;
    }
    return 0;
}

/* SIGUSR1: a snapshot in rvbox-PID.snap in the current directory. */
static void signal_savevm(Session *s)
{
    char name[64], err[600];
    savevm_pending = 0;
    snprintf(name, sizeof(name), "rvbox-%d.snap", (int)getpid());
    if (session_savevm(s, name, err, sizeof(err)) != 0) {
        say("\nrvbox: %s\n", err);
    } else {
        say("\nrvbox: machine saved to %s\n", name);
    }
}

/* One slice of the guest, or what ended it. Returns false when the
 * session must end now (a reset that could not build the machine). */
static bool guest_slice(Frontend *f, int64_t *sleep_ns)
{
    char err[512];
    Session *s = &f->s;
    enum MachineState st = run_slice(s, sleep_ns);
    s->fresh = false;
    if (st == MACHINE_POWEROFF) {
        session_quit(s, exit_status(machine_exit_code(s->m)), "guest-shutdown");
    } else if (st == MACHINE_RESET) {
        if (session_reset(s, "guest-reset", err, sizeof(err)) != 0) {
            term_restore();
            say("rvbox: %s\n", err);
            return false;
        }
        winch_pending = f->in.tty;
    }
    return true;
}

static int finish(Frontend *f)
{
    int code = f->s.exit_code;
    if (f->qmp) {
        qmp_flush(f->qmp);
    }
    term_restore();
    session_end(&f->s);
    qmp_close(f->qmp);
    console_out = NULL;
    console_tap_close(&f->tap);
    script_free(&f->script);
    return code;
}

/* Runs until the session ends: poweroff, Ctrl-A x, quit from the monitor
 * or QMP, a script's exit, a timeout. Returns the process exit status. */
static int run(Frontend *f)
{
    Session *s = &f->s;
    while (!s->quit) {
        int64_t sleep_ns = PAUSED_POLL_MS * 1000000LL;
        if (!s->paused && !guest_slice(f, &sleep_ns)) {
            break;
        }
        if (s->quit) {
            break;
        }
        if (winch_pending) {
            winch_pending = 0;
            send_size(s->m);
        }
        if (savevm_pending) {
            signal_savevm(s);
        }
        if (s->ui) {
            unsigned ev = sdl_ui_tick(s->ui);
            if (ev & SDL_UI_QUIT) {
                term_restore();
                say("\nrvbox: terminated\n");
                session_quit(s, 0, "host-ui");
            }
            if (ev & SDL_UI_SCREENSHOT) {
                key_screenshot(s);
            }
        }
        int64_t wait = run_script(f);
        if (wait >= 0 && wait < sleep_ns) {
            sleep_ns = wait;
        }
        if (f->deadline) {
            int64_t left = f->deadline - now_ns();
            if (left <= 0 && !s->quit) {
                char why[64];
                snprintf(why, sizeof(why), "--timeout: %g s elapsed", s->cfg.timeout);
                timed_out(f, why);
            }
            sleep_ns = left < sleep_ns ? left : sleep_ns;
        }
        session_flush_typed(s);
        console_tap_flush(&f->tap);
        if (!s->quit) {
            int timeout = ms_until(sleep_ns);
            if (s->ui && sdl_ui_wait_ms(s->ui) >= 0 && timeout > sdl_ui_wait_ms(s->ui)) {
                timeout = sdl_ui_wait_ms(s->ui);
            }
            wait_input(f, timeout);
        }
    }
    return finish(f);
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

/* --script FILE, then the --expect/--send pairs. Returns 0 or -1. */
static int load_script(Frontend *f, char *err, size_t errlen)
{
    const MachineConfig *cfg = &f->s.cfg;
    if (cfg->script) {
        size_t len;
        char *text = session_read_file(cfg->script, &len, err, errlen);
        if (!text || script_parse(&f->script, text, len, cfg->script, 1, err, errlen) != 0) {
            free(text);
            return -1;
        }
        free(text);
    }
    for (int i = 0; i < cfg->nscript_lines; i++) {
        const char *l = cfg->script_lines[i];
        /* A command-line argument is one step, whatever it holds. */
        if (strchr(l, '\n')) {
            snprintf(err, errlen, "--%.6s: a line break in '%.60s' (use \\n)", l, l);
            return -1;
        }
        if (script_parse(&f->script, l, strlen(l), "command line", i + 1, err, errlen) != 0) {
            return -1;
        }
    }
    f->scripted = f->script.n > 0;
    return 0;
}

/* Everything after the command line: the console, the window, the
 * machine (from a snapshot with -loadvm), the debugger and QMP. */
static int start(Frontend *f, char *err, size_t errlen)
{
    Session *s = &f->s;
    if (load_script(f, err, errlen) != 0 ||
        console_tap_open(&f->tap, s->cfg.log, f->scripted ? &f->script : NULL, err,
                         errlen) != 0) {
        return -1;
    }
    s->cfg.console = &f->tap.base;
    console_out = &f->tap;
    if (s->cfg.display_ui == DISPLAY_UI_SDL) {
        /* Before the machine: no window, no boot. */
        s->ui = sdl_ui_open(err, errlen);
        if (!s->ui) {
            return -1;
        }
    }
    if (session_start(s, err, errlen) != 0 ||
        (s->cfg.loadvm && session_loadvm(s, s->cfg.loadvm, err, errlen) != 0) ||
        start_gdb(s, err, errlen) != 0) {
        return -1;
    }
    if (s->cfg.qmp && !(f->qmp = qmp_open(s, s->cfg.qmp, err, errlen))) {
        return -1;
    }
    if (s->cfg.timeout > 0) {
        f->deadline = now_ns() + (int64_t)(s->cfg.timeout * 1e9);
    }
    return 0;
}

int main(int argc, char **argv)
{
    static Frontend f;
    Session *s = &f.s;
    char err[512];
    bool help = false;

    if (config_parse_args(&s->cfg, argc, argv, &help, err, sizeof(err)) != 0) {
        fprintf(stderr, "rvbox: %s\n", err);
        return 1;
    }
    if (help && s->cfg.device_help) {
        int rc = device_print_help(stdout, s->cfg.device_help_name);
        if (rc != 0) {
            fprintf(stderr, "rvbox: -device: unknown device '%s' (try -device help)\n",
                    s->cfg.device_help_name);
        }
        config_free(&s->cfg);
        return rc != 0;
    }
    if (help) {
        fputs(config_usage, stdout);
        return 0;
    }
    install_signals();
    if (start(&f, err, sizeof(err)) != 0) {
        say("rvbox: %s\n", err);
        session_end(s);
        qmp_close(f.qmp);
        console_out = NULL;
        console_tap_close(&f.tap);
        script_free(&f.script);
        return 1;
    }
    f.in.tty = isatty(STDIN_FILENO);
    if (f.in.tty) {
        term_raw();
        winch_pending = 1;
    }
    return run(&f);
}
