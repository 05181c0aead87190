/* The board's insides, shared by the files of the board (machine.c,
 * machine_state.c): the memory map's regions, the devices placed, the host
 * backends opened. Not for devices or frontends, which see machine.h. */
#ifndef RVBOX_MACHINE_BOARD_H
#define RVBOX_MACHINE_BOARD_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/chardev.h"
#include "devices/device.h"
#include "devices/display.h"
#include "devices/input.h"
#include "devices/virtio/virtio_mmio.h"
#include "devices/virtio/virtio_pci.h"
#include "emu/hart.h"
#include "machine/machine.h"
#include "machine/trace.h"

#define MROM_SIZE 0xf000
#define MAX_REGIONS 24
#define MAX_BOARD_DEVICES (MAX_DEVICES + 8)

/* A virtio device on either transport (dev is its VirtioDevice). */
#define BOARD_VIRTIO(d) ((d)->transport != NULL || (d)->pci != NULL)

typedef struct Region {
    uint64_t base, size;
    const MmioOps *ops;
    void *dev;
} Region;

/* One device on the board. */
typedef struct BoardDevice {
    const DeviceInfo *info;
    void *dev;                 /* what create returned (a VirtioDevice * for virtio) */
    VirtioMmio *transport;     /* a virtio device on virtio-mmio */
    VirtioPci *pci;            /* a virtio device on virtio-pci */
    uint64_t base, size;
    uint32_t irq;
    int instance;
    int npoll;                 /* pollfd entries it added in the last round */
} BoardDevice;

/* One host backend, opened from the configuration. */
typedef struct BoardBackend {
    enum BackendKind kind;
    char id[64];
    void *be;
    bool taken;                /* a device uses it */
    int npoll;                 /* pollfd entries it added in the last round */
} BoardBackend;

struct Machine {
    Hart harts[MACHINE_MAX_HARTS];
    int nharts;                /* 1 .. MACHINE_MAX_HARTS */
    int cur;                   /* the hart running now (or last) */
    GuestRam guest_ram;        /* owns the RAM block; the hart and DMA see it */
    uint8_t rom[MROM_SIZE];
    Region regions[MAX_REGIONS];
    int nregions;
    BoardDevice devices[MAX_BOARD_DEVICES];
    int ndevices;
    uint8_t virtio_used;       /* virtio-mmio slots taken, bit n = slot n */
    BoardBackend backends[MAX_BACKENDS];
    int nbackends;
    CharBackend *console;      /* the guest console's host side (stdout, or the frontend's) */
    bool own_console;          /* the machine made it (and closes it) */
    Display display;           /* what a scanout device shows */
    InputHub input;            /* host keyboard and pointer events */
    void *pci_host;            /* the PCI host bridge (its DeviceInfo.pci_plug) */
    const DeviceInfo *pci_info;
    void *intc;                /* the interrupt controller */
    void (*intc_input)(void *intc, int irq, int level);
    uint8_t *fdt;              /* the device tree as written into RAM */

    bool deterministic;
    bool sync_io;              /* no worker threads (see MachineConfig) */
    uint64_t start_ns;
    uint64_t tohost, fromhost; /* HTIF symbol addresses, 0 = none */

    enum MachineState state;
    int exit_code;

    Tracer trace;              /* --trace; trace.f NULL when off */
    MachineStopFn stop_fn;     /* debugger stop hook, NULL when none */
    void *stop_opaque;
    uint64_t idle_skipped;     /* instret credited by deterministic idle skips */
};

/* The guest's mtime (10 MHz ticks), and setting it so that it goes on
 * from ticks (a restored state; deterministic time follows instret and
 * is left alone). */
uint64_t machine_mtime(Machine *m);

/* Makes all of guest RAM zero again, giving its pages back to the host
 * where it can (a state about to be loaded writes only its non-zero
 * pages). */
void machine_ram_clear(Machine *m);
void machine_set_mtime(Machine *m, uint64_t ticks);

#endif
