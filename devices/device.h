/* What every device model sees of the machine, and how a device makes
 * itself known: MMIO handlers, interrupt lines, checked DMA access to guest
 * RAM (guest_ram.h), and the device registry.
 *
 * A device is one source file that ends with one descriptor,
 *     DEVICE_REGISTER(my_device_info) = { .name = "my-device", ... };
 * The build collects every DEVICE_REGISTER into the registry (a generated
 * list), so the board, the config code and the Makefile never name a
 * device: the board creates what the configuration asks for by name, gives
 * it an MMIO window and an interrupt line, maps its handlers, and asks it
 * for its device-tree node and its saved state. docs/adding-a-device.md
 * walks through one. */
#ifndef RVBOX_DEVICES_DEVICE_H
#define RVBOX_DEVICES_DEVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/guest_ram.h"
#include "devices/opts.h"

typedef struct StateWriter StateWriter;
typedef struct StateReader StateReader;
typedef struct CharBackend CharBackend;
typedef struct FdtNodeCtx FdtNodeCtx;
typedef struct VirtioDevice VirtioDevice;
typedef struct Display Display;
typedef struct InputHub InputHub;
typedef struct PciFunction PciFunction;

#define DEVICE_MAX_WINDOWS 2

/* MMIO handlers. offset is relative to the device's base address; size is
 * 1, 2, 4 or 8 bytes. Reads of registers that do not exist return 0, writes
 * to them are ignored (devices never fault the hart). */
typedef struct MmioOps {
    uint64_t (*read)(void *dev, uint64_t offset, int size);
    void (*write)(void *dev, uint64_t offset, uint64_t value, int size);
} MmioOps;

/* An interrupt line: set(ctx, irq, level) drives input irq of whatever
 * receives it (a PLIC source, or a hart's mip bit). */
typedef struct IrqLine {
    void (*set)(void *ctx, int irq, int level);
    void *ctx;
    int irq;
} IrqLine;

static inline void irq_line_set(const IrqLine *line, int level)
{
    if (line->set)
        line->set(line->ctx, line->irq, level);
}

/* Host backends a device may ask the board for, by the id the user gave
 * (-drive id=, -netdev id=, -fsdev id=). */
enum BackendKind { BACKEND_BLOCK, BACKEND_NET, BACKEND_FS };

/* Machine events a device may raise (the syscon finisher). */
enum { DEVICE_EVENT_POWEROFF = 1, DEVICE_EVENT_RESET = 2 };

/* What the board gives a device at creation: its place in the machine and
 * the board's services. Valid only during create (copy what is needed). */
typedef struct DeviceCtx {
    void *board;               /* opaque; passed back to the services */
    const GuestRam *ram;
    uint64_t base, size;       /* the MMIO window (platform devices) */
    IrqLine irq;               /* the device's interrupt line, if it has one;
                                * a device with n lines uses sources irq.irq
                                * .. irq.irq + n - 1 (the board reserves them) */
    /* Further windows of the memory map the board gives the device (a PCI
     * host bridge's memory and I/O windows), which it maps with
     * map_window, in bytes. */
    struct { uint64_t base, size; } window[DEVICE_MAX_WINDOWS];
    int nwindows;
    int instance;              /* 0, 1, ... among devices of the same name */
    int nharts;                /* the machine's harts (1..8), ids 0..nharts-1 */
    uint32_t timebase_hz;      /* the rate of time_ticks */
    bool sync_io;              /* complete every request at once, no worker
                                * threads (--deterministic: time follows the
                                * instruction count, a thread's timing would
                                * make runs differ) */
    CharBackend *console;      /* the machine's console (never NULL) */
    Display *display;          /* the machine's display (never NULL; display.h) */
    InputHub *input;           /* the machine's input events (never NULL; input.h) */
    /* Input mip_bit (IRQ_M_SOFT ...) of hart hartid, for CLINT and PLIC. */
    IrqLine (*hart_line)(void *board, int hartid, int mip_bit);
    uint64_t (*time_ticks)(void *board);   /* mtime, timebase ticks */
    uint64_t (*wall_ns)(void *board);      /* ns since the epoch */
    void (*event)(void *board, int event, int code);   /* DEVICE_EVENT_* */
    /* The backend of kind with that id; it is then the device's alone.
     * NULL with a one-line message in err when absent or already taken. */
    void *(*backend)(void *board, enum BackendKind kind, const char *id, char *err,
                     size_t errlen);
    /* Maps [base, base + size) to ops with opaque dev. Returns 0, or -1
     * with a message (an overlap, a full table). */
    int (*map_window)(void *board, uint64_t base, uint64_t size, const MmioOps *ops, void *dev,
                      char *err, size_t errlen);
} DeviceCtx;

/* One option a device takes (its -device NAME,key=value items). */
typedef struct DeviceOption {
    const char *name;
    const char *help;          /* one line for -device NAME,help */
} DeviceOption;

/* The descriptor of one device type. Every callback takes what create
 * returned. Platform devices (mmio != NULL) get a fixed window from the
 * board's memory map; virtio devices (virtio != 0) get a transport. */
typedef struct DeviceInfo {
    const char *name;          /* as QEMU spells it: "virtio-blk-device" */
    const char *desc;          /* one line for -device help */
    const DeviceOption *options; /* ends with { NULL }; "id" is implied */
    bool user_creatable;       /* may be given with -device */
    bool virtio;               /* create returns a VirtioDevice * */
    uint64_t mmio_size;        /* platform devices: window size in bytes */
    const MmioOps *mmio;       /* platform devices: its registers */
    /* An interrupt controller: sets its input irq to level. The board
     * wires every other device's line to the first such device. */
    void (*irq_input)(void *dev, int irq, int level);
    /* A PCI host bridge: plugs function f into device number slot of its
     * bus (-1: the lowest free one). Returns 0, or -1 with a message (no
     * free slot, slot taken). The board plugs PCI devices into the first
     * such device. */
    int (*pci_plug)(void *dev, PciFunction *f, int slot, char *err, size_t errlen);
    /* Builds the device. Returns its state, or NULL with a one-line
     * message in err (a bad option value, a missing backend). */
    void *(*create)(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen);
    /* Writes its device-tree nodes (platform devices; see fdt_node.h).
     * Returns 0 or a negative libfdt error. May be NULL. */
    int (*fdt_node)(void *dev, FdtNodeCtx *f);
    /* Back to power-on state, as after create (the machine reset). */
    void (*reset)(void *dev);
    /* Once per slice, before the hart runs: timers, deferred work. May be
     * NULL. */
    void (*update)(void *dev);
    /* Timebase ticks until the device next needs update() on its own (a
     * timer), UINT64_MAX for never. Lets an idle machine sleep. May be NULL. */
    uint64_t (*ticks_until_event)(void *dev);
    /* Saved state: save appends the device's state (without the section
     * tag, which the board writes); load restores it into a device created
     * with the same options. load returns 0, or -1 with a one-line message
     * (a malformed or inconsistent state) and leaves the device usable. */
    int (*save)(void *dev, StateWriter *w);
    int (*load)(void *dev, StateReader *r, char *err, size_t errlen);
    void (*destroy)(void *dev);
} DeviceInfo;

/* Defines a registered descriptor (see the comment at the top). */
#define DEVICE_REGISTER(sym) const DeviceInfo sym

/* The registered device types, NULL-terminated, in no particular order. */
extern const DeviceInfo *const device_registry[];

/* The device type called name, or NULL. A virtio device's QEMU name on
 * PCI, NAME-pci, finds NAME-device (see device_name_is_pci). */
const DeviceInfo *device_find(const char *name);

/* True when name is a NAME-pci alias of a virtio NAME-device: the board
 * puts that device behind virtio-pci. */
bool device_name_is_pci(const char *name);

/* Checks opts against info's options ("id" is always allowed). Returns 0,
 * or -1 with "NAME: unknown option 'KEY' (try -device NAME,help)" in err. */
int device_check_opts(const DeviceInfo *info, const Opts *opts, char *err, size_t errlen);

/* Writes the list of device types (-device help), or one type's options
 * (-device NAME,help), to f (a FILE *). Returns 0, or -1 for an unknown
 * name. */
int device_print_help(void *f, const char *name);

#endif
