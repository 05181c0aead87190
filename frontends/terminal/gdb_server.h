/* The TCP side of the GDB stub: a listening socket on 127.0.0.1, one
 * debugger connection at a time, bytes passed to machine/gdbstub.c. */
#ifndef RVBOX_FRONTENDS_TERMINAL_GDB_SERVER_H
#define RVBOX_FRONTENDS_TERMINAL_GDB_SERVER_H

#include <stdbool.h>
#include <stddef.h>

#include "machine/gdbstub.h"
#include "machine/machine.h"

typedef struct GdbServer {
    int listen_fd;      /* -1 when closed */
    int fd;             /* the debugger's connection, -1 when none */
    bool wait;          /* -S: hold the machine until a debugger resumes it */
    GdbStub *stub;      /* exists while a debugger is connected */
    Machine *m;
} GdbServer;

/* Listens on 127.0.0.1:port (1..65535). wait: hold the machine until a
 * debugger connects and continues (-S). Returns 0, or -1 with
 * "gdb: cannot listen on tcp::PORT: REASON" in err. */
int gdb_server_open(GdbServer *s, int port, bool wait, char *err, size_t errlen);

/* The machine the debugger sees (after creation or a reset). */
void gdb_server_set_machine(GdbServer *s, Machine *m);

/* True while the machine must not run: a debugger has it stopped, or -S
 * and no debugger has resumed it yet. */
bool gdb_server_holds(const GdbServer *s);

/* Accepts a connection and handles the debugger's bytes, waiting up to
 * timeout_ms for them (0: only what is ready). */
void gdb_server_poll(GdbServer *s, int timeout_ms);

/* machine_run() returned MACHINE_STOPPED: tell the debugger. */
void gdb_server_stopped(GdbServer *s);

/* The guest exited with code: tell the debugger ("W" packet). */
void gdb_server_exited(GdbServer *s, int code);

/* The debugger asked to kill the session ('k'). */
bool gdb_server_killed(const GdbServer *s);

/* Closes the sockets and the stub. */
void gdb_server_close(GdbServer *s);

#endif
