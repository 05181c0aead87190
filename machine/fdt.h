/* Device-tree generation (devicetree spec v0.4) for the board, with libfdt. */
#ifndef RVBOX_MACHINE_FDT_H
#define RVBOX_MACHINE_FDT_H

#include <stddef.h>
#include <stdint.h>

#define FDT_MAX_VIRTIO 8

/* What the device tree describes. Addresses are guest physical. */
typedef struct FdtBoard {
    const char *isa;           /* e.g. "rv64imafdc_zicsr_zifencei_zicntr_sstc" */
    const char *mmu_type;      /* e.g. "riscv,sv57", "riscv,sv32" */
    uint32_t cbo_block_size;   /* Zicbom/Zicboz block in bytes, 0 = no Zicbo* */
    uint32_t timebase_hz;      /* 10000000 */
    uint64_t ram_base, ram_size;
    uint64_t clint_base, clint_size;
    uint64_t plic_base, plic_size;
    uint32_t plic_ndev;        /* number of interrupt sources (riscv,ndev) */
    uint64_t uart_base, uart_size;
    uint32_t uart_irq, uart_clock_hz;
    uint64_t syscon_base, syscon_size;   /* sifive,test1 + syscon-poweroff/reboot */
    uint64_t rtc_base, rtc_size;
    uint32_t rtc_irq;
    int nvirtio;
    struct { uint64_t base, size; uint32_t irq; } virtio[FDT_MAX_VIRTIO];
    const char *bootargs;      /* may be NULL */
    uint64_t initrd_start, initrd_end; /* both 0 = no initrd */
} FdtBoard;

/* Builds a flattened device tree for board into buf (bufsize bytes).
 * Returns the blob size in bytes, or a negative libfdt error code. The tree
 * follows QEMU's virt board: /cpus/cpu@0 with its interrupt-controller,
 * /memory, /soc with clint, plic (contexts: hart0 M = 11, hart0 S = 9),
 * serial (ns16550a), test/syscon with syscon-poweroff and syscon-reboot,
 * rtc (google,goldfish-rtc), virtio_mmio nodes, /chosen with bootargs,
 * stdout-path and linux,initrd-start/end. */
int fdt_build(const FdtBoard *board, void *buf, size_t bufsize);

#endif
