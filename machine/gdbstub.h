/* GDB remote serial protocol engine for hart 0 (GDB manual, appendix E
 * "Remote Protocol"). Pure: it is fed the bytes the debugger sent and
 * hands its replies to a send callback; the frontend owns the socket.
 *
 * Software breakpoints (Z0) are kept in a list checked after every step;
 * guest memory is never patched. While they are set or a step is pending
 * the machine single-steps (machine_set_stop_hook); otherwise it runs on
 * the fast path. Hardware breakpoints (Z1) and watchpoints (Z2 write, Z3
 * read, Z4 access) are the hart's debugger watches (emu/debug.h), apart
 * from the guest's own Sdtrig triggers: the hart checks them before the
 * instruction or access, and a hit stops the machine with the instruction
 * not done, reported as "T05watch:ADDR;" (rwatch, awatch) or S05. */
#ifndef RVBOX_MACHINE_GDBSTUB_H
#define RVBOX_MACHINE_GDBSTUB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "machine.h"

typedef struct GdbStub GdbStub;

/* Sends len bytes to the debugger (the whole buffer; the callee buffers or
 * blocks as it must). */
typedef void (*GdbSendFn)(void *opaque, const void *buf, size_t len);

/* Creates a stub for machine m, stopped (as on a new connection). NULL when
 * out of memory. */
GdbStub *gdbstub_create(Machine *m, GdbSendFn send, void *opaque);

/* Frees the stub and removes its stop hook from the machine. */
void gdbstub_destroy(GdbStub *g);

/* Processes bytes from the debugger: packets "$...#cc" (acknowledged with
 * '+', or '-' on a bad checksum) and the interrupt byte 0x03. */
void gdbstub_input(GdbStub *g, const uint8_t *buf, size_t len);

/* True while the target is stopped: the frontend must not call
 * machine_run() until a 'c' or 's' packet resumes it. */
bool gdbstub_stopped(const GdbStub *g);

/* machine_run() returned MACHINE_STOPPED (breakpoint, watchpoint or end
 * of a step): reports the stop to the debugger ("S05", or "T05watch:ADDR;"
 * and the like for a watchpoint). */
void gdbstub_machine_stopped(GdbStub *g);

/* The guest exited with status code (0..255): reports "W" + code. */
void gdbstub_machine_exited(GdbStub *g, int code);

/* The debugger sent 'k' (kill): the frontend should end rvbox. */
bool gdbstub_killed(const GdbStub *g);

/* The debugger sent 'D' (detach): the machine runs on without the stub;
 * the frontend should close the connection and destroy the stub. */
bool gdbstub_detached(const GdbStub *g);

/* The target description (GDB manual §G "Target Descriptions") for the
 * hart's xlen (32 or 64): riscv:rv32/rv64 with the cpu, fpu, csr and
 * virtual features. Returns its length; writes at most size bytes. */
size_t gdbstub_target_xml(int xlen, char *buf, size_t size);

#endif
