/* A running rvbox session: the machine, its window and debugger, and
 * what the monitor (monitor.c), QMP (qmp.c) and scripts (script.c) may do
 * to it: stop, continue, reset, power down, quit, screendump, keys,
 * snapshots. Every control path goes through these functions, so the
 * three behave the same and report the same events. */
#ifndef RVBOX_FRONTENDS_TERMINAL_SESSION_H
#define RVBOX_FRONTENDS_TERMINAL_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frontends/terminal/gdb_server.h"
#include "machine/config.h"
#include "machine/machine.h"

struct SdlUi;

/* Called for every event, named as QMP names them: "STOP", "RESUME",
 * "RESET", "SHUTDOWN", "POWERDOWN". data is a JSON object's text
 * ("{\"guest\": true, ...}"), never NULL. */
typedef void (*SessionEventFn)(void *opaque, const char *event, const char *data);

#define SESSION_MAX_LISTENERS 4
#define SESSION_MAX_CHORD 16      /* keys of one send-key */
#define SESSION_MAX_EVENTS 64     /* events of one input-send-event */
#define SESSION_TYPED_MAX 4096    /* console bytes waiting for the guest */

typedef struct Session {
    MachineConfig cfg;
    Machine *m;
    bool gdb_on;         /* -gdb given: gdb is open */
    GdbServer gdb;
    struct SdlUi *ui;    /* -display sdl: the window */
    int shots;           /* Ctrl-Alt-S screenshots taken */
    bool paused;         /* stopped by the monitor, QMP or a script */
    bool fresh;          /* the machine was built and has not run yet (the
                          * main loop clears it) */
    bool quit;           /* asked to end: the main loop ends the session */
    int exit_code;       /* the process status once quit is set */
    uint8_t typed[SESSION_TYPED_MAX];  /* console input the guest has not taken */
    size_t ntyped;
    struct {
        SessionEventFn fn;
        void *opaque;
    } listener[SESSION_MAX_LISTENERS];
    int nlisteners;
} Session;

/* Creates the machine from s->cfg and connects the window and the
 * debugger (s->ui, s->gdb) to it. Returns 0, or -1 with a one-line
 * message. */
int session_start(Session *s, char *err, size_t errlen);

/* Console input for the guest (typed keys, a script's send): queued,
 * returns how many bytes fit (the rest must be offered again). The
 * queue goes to the guest as it takes it (session_flush_typed, called by
 * the main loop; not while paused). */
size_t session_type(Session *s, const uint8_t *buf, size_t len);
void session_flush_typed(Session *s);

/* Adds an event listener (at most SESSION_MAX_LISTENERS; later ones are
 * ignored) or removes every one with this opaque. */
void session_listen(Session *s, SessionEventFn fn, void *opaque);
void session_unlisten(Session *s, void *opaque);

/* Reports an event to every listener (data NULL: "{}"). */
void session_event(Session *s, const char *event, const char *data);

/* QMP's RunState of the guest: "running", "paused" or "shutdown". */
const char *session_status(const Session *s);

/* Stops / continues the guest (no effect when it already is); STOP and
 * RESUME are reported on a change. */
void session_stop(Session *s);
void session_cont(Session *s);

/* Builds the machine again from the configuration, as the guest's own
 * reset does (RESET reported, reason as QMP spells it: "guest-reset",
 * "host-qmp-system-reset"). Returns 0, or -1 with a one-line message;
 * there is then no machine and the session is ended (session_quit, 1). */
int session_reset(Session *s, const char *reason, char *err, size_t errlen);

/* Asks the guest to power down: KEY_POWER on its virtio keyboard (a guest
 * that handles the power key shuts down). POWERDOWN is reported. Returns
 * 0, or -1 with a message when the machine has no keyboard. */
int session_powerdown(Session *s, char *err, size_t errlen);

/* Ends the session with status code (SHUTDOWN reported with reason, e.g.
 * "host-qmp-quit"). The main loop returns once it sees s->quit. */
void session_quit(Session *s, int code, const char *reason);

/* The display's last frame as a PNG file. Returns 0, or -1 with a
 * one-line message (no display device, a file that cannot be written). */
int session_screendump(Session *s, const char *path, char *err, size_t errlen);

/* Presses the keys named by QEMU's QKeyCode names ("ctrl", "alt", "a",
 * "ret", ...) in order, then releases them in reverse: a chord such as
 * ctrl-alt-delete, or one key. With a virtio keyboard they go there as
 * key events; without one, the characters they make go to the console
 * (Shift and Ctrl applied), so a headless guest can be typed at. Returns
 * 0, or -1 naming an unknown key (nothing is sent then). */
int session_send_keys(Session *s, const char *const *keys, int n, char *err, size_t errlen);

/* One input event, as QMP's input-send-event gives it. */
enum SessionInputKind { SESSION_IN_KEY, SESSION_IN_BTN, SESSION_IN_ABS, SESSION_IN_REL };
typedef struct SessionInput {
    enum SessionInputKind kind;
    const char *name;    /* key: a QKeyCode; btn: "left", "right", "middle",
                          * "wheel-up", "wheel-down"; abs/rel: "x" or "y" */
    bool down;           /* key, btn */
    int64_t value;       /* abs: 0..32767 (QEMU's range); rel: a delta */
} SessionInput;

/* Sends the events (then one sync) to the machine's keyboard, tablet or
 * mouse. Returns 0, or -1 with a message (unknown name, value out of
 * range, no such device); nothing is sent on an error. */
int session_input(Session *s, const SessionInput *ev, int n, char *err, size_t errlen);

/* Saves the whole machine to path (machine_save_state in a file, written
 * to path.tmp and renamed, so a failed save leaves no half file). The
 * guest's requests in flight complete first. Returns 0, or -1 with a
 * one-line message. */
int session_savevm(Session *s, const char *path, char *err, size_t errlen);

/* Restores a snapshot from savevm. A machine that has run is checked
 * against the whole file first (-1 with a one-line message and nothing
 * changed when it does not fit: another machine, truncated, corrupt),
 * then built again and loaded. A fresh machine (-loadvm, s->fresh) is
 * loaded at once. A failure during the load leaves no machine: -1, and
 * the session is ended (session_quit, 1). */
int session_loadvm(Session *s, const char *path, char *err, size_t errlen);

/* The harts' registers as text (pc, privilege, x0..x31, the main CSRs),
 * as QEMU's "info registers"; returns the length written (at most len-1,
 * NUL-terminated). */
size_t session_info_registers(Session *s, char *buf, size_t len);

/* Reads a whole file into memory (NULL with a one-line message; *len its
 * size). For snapshots and scripts. */
void *session_read_file(const char *path, size_t *len, char *err, size_t errlen);

#endif
