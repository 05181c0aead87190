/* QMP, QEMU's machine protocol (QEMU's docs/interop/qmp-spec), on a
 * socket: -qmp unix:PATH,server,nowait or -qmp tcp:127.0.0.1:PORT,server,nowait
 * (also tcp:localhost:PORT and tcp::PORT; rvbox binds loopback only, and
 * "server" and "nowait" are required because rvbox never waits for a
 * client). Up to QMP_MAX_CLIENTS connections at once; a further one waits
 * in the listen backlog until a slot frees.
 *
 * Each connection gets the greeting
 *   {"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7},
 *            "package": "rvbox"}, "capabilities": []}}
 * and starts in capabilities negotiation mode, where only qmp_capabilities
 * runs (anything else: class CommandNotFound, "Expecting capabilities
 * negotiation with 'qmp_capabilities'"). Then, in command mode, each
 * {"execute": NAME, "arguments": {...}, "id": ANY} is answered by
 * {"return": VALUE, "id": ANY} or {"error": {"class": C, "desc": TEXT},
 * "id": ANY}, and every session event goes to the connection as
 * {"timestamp": {"seconds": N, "microseconds": N}, "event": NAME,
 *  "data": {...}}. Lines end in "\r\n", as QEMU's do.
 *
 * Commands (arguments and results as QEMU's QAPI schema has them):
 *   qmp_capabilities [enable: []]       -> {}
 *   query-status                        -> {"status", "singlestep", "running"}
 *   query-version                       -> {"qemu": {...}, "package": "rvbox"}
 *   query-commands                      -> [{"name": ...}, ...]
 *   stop, cont                          -> {}  (STOP / RESUME events)
 *   system_reset                        -> {}  (RESET, reason host-qmp-system-reset)
 *   system_powerdown                    -> {}  (POWERDOWN; needs a virtio keyboard)
 *   quit                                -> {}, then SHUTDOWN (host-qmp-quit)
 *   screendump filename [format: png] [device] [head: 0]
 *                                       -> {}  (PNG only: rvbox's default format
 *                                           is png, and "ppm" is refused)
 *   send-key keys: [{"type": "qcode", "data": NAME}] [hold-time]
 *                                       -> {}  (keys pressed in order and released
 *                                           in reverse at once; hold-time is
 *                                           accepted and not waited for)
 *   input-send-event events: [{"type": "key"|"btn"|"abs"|"rel", "data": ...}]
 *                    [device] [head]    -> {}
 *   human-monitor-command command-line [cpu-index]
 *                                       -> the monitor's text (monitor.h), "\r\n"
 *                                          line ends; a failed command's message
 *                                          is the text, as in QEMU
 *   rvbox-savevm filename               -> {}  rvbox's own: the whole machine to a
 *   rvbox-loadvm filename               -> {}  file (session_savevm/loadvm); QEMU's
 *                                          snapshot-save is job-based on qcow2
 *                                          images and does not fit rvbox
 *
 * Errors follow QEMU's texts: "The command X has not been found"
 * (CommandNotFound), "Parameter 'X' is missing", "Invalid parameter type for
 * 'X', expected: T", "Parameter 'X' is unexpected", "QMP input must be a
 * JSON object", "JSON parse error, ..." (GenericError).
 *
 * Input is split into JSON values by bracket depth outside strings,
 * whatever the newlines. A value that is not UTF-8 is refused. An ASCII
 * control character other than tab, CR and LF (or a 0xfe/0xff byte) is a
 * lexical error that drops the value being read, as QEMU's parser does
 * (the spec's way to reset it); reading resumes at the next line or the
 * next '{'. A value nested deeper than QMP_MAX_DEPTH or longer than
 * QMP_MAX_INPUT bytes is answered with an error and the rest of its line
 * is dropped. A connection whose unsent output passes QMP_MAX_OUTPUT bytes
 * is closed; one with more than QMP_PAUSE_OUTPUT unsent is not read until
 * it catches up. The spec's options may also be spelled server=on and
 * wait=off; a unix PATH cannot hold a comma. */
#ifndef RVBOX_FRONTENDS_TERMINAL_QMP_H
#define RVBOX_FRONTENDS_TERMINAL_QMP_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>

#include "frontends/terminal/session.h"

#define QMP_MAX_CLIENTS 4
#define QMP_MAX_INPUT (1u << 20)      /* bytes of one JSON value being read */
#define QMP_MAX_DEPTH 1024            /* nesting of one JSON value */
#define QMP_MAX_OUTPUT (4u << 20)     /* unsent bytes before a client is closed */
#define QMP_PAUSE_OUTPUT (1u << 20)   /* unsent bytes before its input waits */

typedef struct Qmp Qmp;
/* Opens the -qmp socket described by spec ("unix:PATH,server,nowait" or "tcp:127.0.0.1:PORT,server,nowait") for session s. NULL with a one-line message in err ("-qmp: ..."). */
Qmp *qmp_open(Session *s, const char *spec, char *err, size_t errlen);
/* Appends at most max pollfd entries (listening socket and clients) and returns how many. */
int qmp_pollfds(Qmp *q, struct pollfd *fds, int max);
/* Handles poll's results for the n entries qmp_pollfds gave: accepts, reads, runs commands, writes. */
void qmp_poll_done(Qmp *q, const struct pollfd *fds, int n);
/* Feeds bytes as if client 0 sent them and returns what would be written back in *out (malloc'd, *outlen): for the fuzz harness and unit tests; works without sockets when q was made by qmp_open_detached(s). */
Qmp *qmp_open_detached(Session *s);
void qmp_feed(Qmp *q, const uint8_t *buf, size_t len, uint8_t **out, size_t *outlen);
/* Closes clients and the socket (unlinks a unix socket path it created). NULL ok. */
void qmp_close(Qmp *q);

/* Writes the clients' pending output (a quit's reply and SHUTDOWN event),
 * waiting for the sockets at most 100 ms in all; what is still unsent then
 * is dropped with the connection at qmp_close. NULL ok. */
void qmp_flush(Qmp *q);

#endif
