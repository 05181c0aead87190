/* The board: a QEMU-virt-compatible machine built from a MachineConfig.
 * The frontend owns the main loop and calls machine_run() repeatedly. */
#ifndef RVBOX_MACHINE_MACHINE_H
#define RVBOX_MACHINE_MACHINE_H

#include <stddef.h>
#include <stdint.h>

#include "../devices/chardev.h"
#include "config.h"

typedef struct Machine Machine;

enum MachineState { MACHINE_RUNNING = 0, MACHINE_POWEROFF = 1, MACHINE_RESET = 2 };

/* Builds the board, opens the drives, loads firmware, kernel and initrd and
 * writes the device tree. console receives guest console output (UART and
 * virtio-console). Returns NULL with a one-line message in err on any bad
 * input (missing file, kernel larger than RAM, corrupt image ...). */
Machine *machine_create(const MachineConfig *cfg, CharBackend *console, char *err, size_t errlen);

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

/* Instructions retired by hart 0. */
uint64_t machine_instret(const Machine *m);

void machine_destroy(Machine *m);

#endif
