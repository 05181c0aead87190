/* NS16550A UART as on QEMU's virt board (reg-shift 0, 1-byte registers).
 * Transmission is instantaneous: THR bytes go straight to a CharBackend. */
#ifndef RVBOX_DEVICES_UART16550_H
#define RVBOX_DEVICES_UART16550_H

#include <stddef.h>
#include <stdint.h>

#include "devices/chardev.h"
#include "devices/device.h"

#define UART_SIZE 0x100
#define UART_RX_FIFO_SIZE 1024  /* bytes buffered from the host */

typedef struct Uart Uart;

/* Creates a UART raising irq (level: high while an enabled interrupt is
 * pending) and writing output to out (may be NULL: output dropped).
 * Returns NULL when out of memory. */
Uart *uart_create(IrqLine irq, CharBackend *out);

/* MMIO handlers (opaque = Uart *), PC16550D register set: registers 0..7, 1-byte accesses
 * (wider accesses use the low byte). */
extern const MmioOps uart_mmio_ops;

/* Queues up to len host input bytes for the guest. Returns how many were
 * accepted (fewer when the receive FIFO is full; the caller retries). */
size_t uart_receive(Uart *u, const uint8_t *buf, size_t len);

/* Frees the UART; NULL is accepted. */
void uart_destroy(Uart *u);

#endif
