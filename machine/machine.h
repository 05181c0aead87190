/* The board: a QEMU-virt-compatible machine built from a MachineConfig.
 * The frontend owns the main loop and calls machine_run() repeatedly. */
#ifndef RVBOX_MACHINE_MACHINE_H
#define RVBOX_MACHINE_MACHINE_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/state.h"
#include "machine/config.h"

typedef struct Machine Machine;

/* MACHINE_STOPPED: the debugger's stop hook asked to stop (see
 * machine_set_stop_hook), or one of its breakpoints or watchpoints in the
 * hart matched (emu/debug.h, hart_debug_watch_hit). */
enum MachineState {
    MACHINE_RUNNING = 0, MACHINE_POWEROFF = 1, MACHINE_RESET = 2, MACHINE_STOPPED = 3,
};

/* Builds the board: the platform devices of QEMU's virt, the host backends
 * the configuration names (images, networks, directories; the machine owns
 * them, and the console on stdout), then cfg's devices in order through
 * the device registry, each in the next virtio-mmio slot; loads firmware,
 * kernel and initrd and writes the device tree. Returns NULL with a
 * one-line message in err on any bad input (missing file, kernel larger
 * than RAM, corrupt image, a device option ...). */
Machine *machine_create(const MachineConfig *cfg, char *err, size_t errlen);

/* Runs the guest for one slice (about a millisecond of guest work).
 * Returns MACHINE_RUNNING, or MACHINE_POWEROFF / MACHINE_RESET when the
 * guest asked for it. *sleep_ns is how long the host may wait for input
 * before the next call (0 = call again at once; the guest is busy). */
enum MachineState machine_run(Machine *m, int64_t *sleep_ns);

/* The guest's exit status: 0 after a clean poweroff, the syscon/HTIF code
 * otherwise. */
int machine_exit_code(const Machine *m);

/* Console input from the host: bytes go to virtio-console once its driver is
 * up, to the UART before that. Returns how many bytes were taken (the rest
 * must be offered again later). */
size_t machine_console_input(Machine *m, const uint8_t *buf, size_t len);

/* The host terminal changed size: virtio-console config update. */
void machine_console_resize(Machine *m, int cols, int rows);

/* Host event sources of the machine's backends (the user-mode network):
 * appends at most max entries to fds and lowers *timeout_ms (-1 = no
 * limit) to the earliest backend timer. Returns the entries added (0..max).
 * Every call must be followed by machine_poll_done() on the same entries
 * once poll() returned (revents zeroed if it failed). */
int machine_pollfds(Machine *m, struct pollfd *fds, int max, int *timeout_ms);

/* Hands poll()'s results for the n entries machine_pollfds() added back
 * to the backends: they read and write their sockets, run due timers and
 * deliver frames to the guest. */
void machine_poll_done(Machine *m, const struct pollfd *fds, int n);

/* Instructions hart 0 actually executed (instret less the instructions
 * credited while --deterministic skips an idle WFI ahead). */
uint64_t machine_icount(const Machine *m);

/* Hart 0, for debuggers (emu/debug.h); owned by the machine. */
struct Hart *machine_hart(Machine *m);

/* The number of harts (1..MACHINE_MAX_HARTS), hart n (NULL when n is out
 * of range; owned by the machine), and the hart that ran last: the one a
 * stop hook was called for, or that hit a debugger's watchpoint. */
int machine_hart_count(const Machine *m);
struct Hart *machine_hart_n(Machine *m, int n);
int machine_current_hart(const Machine *m);

/* Called after every step of the hart while set: pc is the next pc.
 * Returning true makes machine_run() return MACHINE_STOPPED at once. */
typedef bool (*MachineStopFn)(void *opaque, uint64_t pc);

/* Sets (fn != NULL) or clears the stop hook. While a hook or the trace is
 * on, machine_run() single-steps the hart (hart_debug_step); otherwise it
 * runs the fast path. */
void machine_set_stop_hook(Machine *m, MachineStopFn fn, void *opaque);

/* The machine's display and input hub, for the host side to attach to
 * (devices/display.h, devices/input.h); owned by the machine. */
struct Display *machine_display(Machine *m);
struct InputHub *machine_input(Machine *m);

/* The flattened device tree the guest was given (in guest RAM). */
const void *machine_device_tree(const Machine *m);

/* Appends the whole machine state to w: a header, then sections "board",
 * "hart", one per device with state (by registry name and instance) and
 * "ram". Call between machine_run calls; requests in flight complete
 * first. Returns 0 or -1 (out of memory). */
int machine_save_state(Machine *m, StateWriter *w);

/* Checks, without changing m, that a state from machine_save_state fits
 * m: its framing, the machine's shape (harts, RAM size, devices and
 * backends in order) and that its RAM inflates. Returns 0, or -1 with a
 * one-line message. */
int machine_check_state(Machine *m, const void *buf, size_t len, char *err, size_t errlen);

/* Restores a state from machine_save_state into a machine built from the
 * same configuration. Returns 0, or -1 with a one-line message (another
 * RAM size, a missing or malformed section ...); on failure the machine
 * must be destroyed. */
int machine_load_state(Machine *m, const void *buf, size_t len, char *err, size_t errlen);

/* Frees the machine with its devices and backends (drives, shared
 * directories, the network, the trace file); NULL is ok. */
void machine_destroy(Machine *m);

#endif
