/* NS16550A register model (PC16550D datasheet), interrupt behaviour as
 * Linux's 8250 driver and QEMU's serial.c have it: THR-empty is raised
 * when THRE is enabled while THR is empty or a byte was sent, and cleared
 * by reading IIR with THRE as its source or by writing THR. It is not
 * raised again by anything else: xv6-riscv's UART driver never reads IIR,
 * and a THRE re-raised after every PLIC completion kept it in uartintr()
 * forever with its clock stopped. */
#include "devices/platform/uart16550.h"

#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>

#include "devices/fdt_node.h"
#include "devices/state.h"

enum { REG_RBR_THR = 0, REG_IER, REG_IIR_FCR, REG_LCR, REG_MCR, REG_LSR, REG_MSR, REG_SCR };

enum {
    IER_RDI = 0x01, IER_THRI = 0x02, IER_MASK = 0x0f,
    IIR_NO_INT = 0x01, IIR_THRI = 0x02, IIR_RDI = 0x04, IIR_FIFO = 0xc0,
    FCR_ENABLE = 0x01, FCR_CLEAR_RX = 0x02,
    LCR_DLAB = 0x80,
    MCR_LOOP = 0x10, MCR_MASK = 0x1f,
    LSR_DR = 0x01, LSR_THRE = 0x20, LSR_TEMT = 0x40,
    MSR_CTS = 0x10, MSR_DSR = 0x20, MSR_RI = 0x40, MSR_DCD = 0x80,
};

struct Uart {
    IrqLine irq;
    CharBackend *out;
    uint8_t ier, lcr, mcr, scr, fcr, dll, dlm;
    bool thr_ipending;
    bool irq_level;
    uint8_t rx[UART_RX_FIFO_SIZE];
    size_t rx_head, rx_count;
};

Uart *uart_create(IrqLine irq, CharBackend *out)
{
    Uart *u = calloc(1, sizeof(*u));
    if (!u) {
        return NULL;
    }
    u->irq = irq;
    u->out = out;
    u->dll = 12;  /* 9600 baud at 1.8432 MHz, the usual reset value */
    return u;
}

void uart_destroy(Uart *u)
{
    free(u);
}

static uint8_t uart_iir(const Uart *u)
{
    uint8_t fifo = (u->fcr & FCR_ENABLE) ? IIR_FIFO : 0;
    if ((u->ier & IER_RDI) && u->rx_count) {
        return fifo | IIR_RDI;
    }
    if ((u->ier & IER_THRI) && u->thr_ipending) {
        return fifo | IIR_THRI;
    }
    return fifo | IIR_NO_INT;
}

static void uart_update_irq(Uart *u)
{
    bool level = !(uart_iir(u) & IIR_NO_INT);
    if (level != u->irq_level) {
        u->irq_level = level;
        irq_line_set(&u->irq, level);
    }
}

static bool rx_push(Uart *u, uint8_t byte)
{
    if (u->rx_count == UART_RX_FIFO_SIZE) {
        return false;
    }
    u->rx[(u->rx_head + u->rx_count) % UART_RX_FIFO_SIZE] = byte;
    u->rx_count++;
    return true;
}

size_t uart_receive(Uart *u, const uint8_t *buf, size_t len)
{
    size_t n = 0;
    /* In loopback mode the line is disconnected from the outside world. */
    while (!(u->mcr & MCR_LOOP) && n < len && rx_push(u, buf[n])) {
        n++;
    }
    uart_update_irq(u);
    return n;
}

static uint8_t rx_pop(Uart *u)
{
    if (!u->rx_count) {
        return 0;
    }
    uint8_t byte = u->rx[u->rx_head];
    u->rx_head = (u->rx_head + 1) % UART_RX_FIFO_SIZE;
    u->rx_count--;
    return byte;
}

static void uart_transmit(Uart *u, uint8_t byte)
{
    if (u->mcr & MCR_LOOP) {
        rx_push(u, byte);
    } else {
        chardev_write(u->out, u, &byte, 1);
    }
    /* The byte left at once: THR is empty again. */
    u->thr_ipending = true;
}

static uint8_t uart_msr(const Uart *u)
{
    if (u->mcr & MCR_LOOP) {
        /* Loopback wires RTS->CTS, DTR->DSR, OUT1->RI, OUT2->DCD. */
        return (uint8_t)((u->mcr & 0x02) << 3 | (u->mcr & 0x01) << 5 |
                         (u->mcr & 0x04) << 4 | (u->mcr & 0x08) << 4);
    }
    return MSR_DCD | MSR_DSR | MSR_CTS;
}

static uint64_t uart_read(void *dev, uint64_t offset, int size)
{
    Uart *u = dev;
    uint8_t v = 0;
    (void)size;
    switch (offset) {
    case REG_RBR_THR:
        v = (u->lcr & LCR_DLAB) ? u->dll : rx_pop(u);
        break;
    case REG_IER:
        v = (u->lcr & LCR_DLAB) ? u->dlm : u->ier;
        break;
    case REG_IIR_FCR:
        v = uart_iir(u);
        if ((v & 0x0f) == IIR_THRI) {
            u->thr_ipending = false;  /* reading IIR acknowledges THRE */
        }
        break;
    case REG_LCR: v = u->lcr; break;
    case REG_MCR: v = u->mcr; break;
    case REG_LSR: v = LSR_THRE | LSR_TEMT | (u->rx_count ? LSR_DR : 0); break;
    case REG_MSR: v = uart_msr(u); break;
    case REG_SCR: v = u->scr; break;
    default: return 0;
    }
    uart_update_irq(u);
    return v;
}

static void uart_write_ier(Uart *u, uint8_t v)
{
    uint8_t old = u->ier;
    u->ier = v & IER_MASK;
    /* Enabling THRE while THR is empty raises it at once (as on hardware). */
    if ((u->ier & IER_THRI) && !(old & IER_THRI)) {
        u->thr_ipending = true;
    }
}

static void uart_write(void *dev, uint64_t offset, uint64_t value, int size)
{
    Uart *u = dev;
    uint8_t v = (uint8_t)value;
    (void)size;
    switch (offset) {
    case REG_RBR_THR:
        if (u->lcr & LCR_DLAB) {
            u->dll = v;
        } else {
            u->thr_ipending = false;
            uart_transmit(u, v);
        }
        break;
    case REG_IER:
        if (u->lcr & LCR_DLAB) {
            u->dlm = v;
        } else {
            uart_write_ier(u, v);
        }
        break;
    case REG_IIR_FCR:
        u->fcr = v & 0xc9;  /* enable, DMA mode, trigger level; clears self-reset */
        if (v & FCR_CLEAR_RX) {
            u->rx_head = u->rx_count = 0;
        }
        break;
    case REG_LCR: u->lcr = v; break;
    case REG_MCR: u->mcr = v & MCR_MASK; break;
    case REG_SCR: u->scr = v; break;
    default: return;
    }
    uart_update_irq(u);
}

const MmioOps uart_mmio_ops = {
    .read = uart_read,
    .write = uart_write,
};

/* --- the device descriptor ------------------------------------------------ */

#define UART_CLOCK_HZ 3686400   /* QEMU virt's clock-frequency */

static size_t uart_receive_hook(void *dev, const uint8_t *buf, size_t len)
{
    return uart_receive(dev, buf, len);
}

static void *uart_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    Uart *u = uart_create(ctx->irq, ctx->console);
    const CharFrontend fe = { .receive = uart_receive_hook, .opaque = u };
    if (!u || chardev_attach(ctx->console, &fe) != 0) {
        snprintf(err, errlen, u ? "serial: too many devices on the console" : "out of memory");
        uart_destroy(u);
        return NULL;
    }
    return u;
}

static void uart_free(void *dev)
{
    Uart *u = dev;
    if (u) {
        chardev_detach(u->out, u);
    }
    uart_destroy(u);
}

/* The serial port is the firmware's and the kernel's boot console. */
static int uart_fdt(void *dev, FdtNodeCtx *f)
{
    if (f->phase == FDT_PHASE_ROOT) {
        snprintf(f->stdout_path, sizeof(f->stdout_path), "/soc/serial@%llx",
                 (unsigned long long)f->base);
        return 0;
    }
    FDT_TRY(fdt_begin_device(f, "serial", FDT_COMPAT("ns16550a")));
    FDT_TRY(fdt_property_u32(f->fdt, "clock-frequency", UART_CLOCK_HZ));
    FDT_TRY(fdt_prop_irq(f));
    return fdt_end_node(f->fdt);
}

static void uart_reset(void *dev)
{
    Uart *u = dev;
    u->ier = u->lcr = u->mcr = u->scr = u->fcr = u->dlm = 0;
    u->dll = 12;
    u->thr_ipending = false;
    u->rx_head = u->rx_count = 0;
    uart_update_irq(u);
}

static int uart_save(void *dev, StateWriter *w)
{
    Uart *u = dev;
    const uint8_t regs[] = { u->ier, u->lcr, u->mcr, u->scr, u->fcr, u->dll, u->dlm };
    state_put_bytes(w, regs, sizeof(regs));
    state_put_bool(w, u->thr_ipending);
    state_put_u32(w, (uint32_t)u->rx_count);
    for (size_t i = 0; i < u->rx_count; i++) {
        state_put_u8(w, u->rx[(u->rx_head + i) % UART_RX_FIFO_SIZE]);
    }
    return 0;
}

static int uart_load(void *dev, StateReader *r, char *err, size_t errlen)
{
    Uart *u = dev;
    uint8_t regs[7], rx[UART_RX_FIFO_SIZE];
    state_get_bytes(r, regs, sizeof(regs));
    bool thr = state_get_bool(r);
    uint32_t n = state_get_u32(r);
    if (n > UART_RX_FIFO_SIZE) {
        snprintf(err, errlen, "serial: saved receive FIFO holds %u bytes (at most %d)", n,
                 UART_RX_FIFO_SIZE);
        return -1;
    }
    state_get_bytes(r, rx, n);
    if (r->failed) {
        snprintf(err, errlen, "serial: saved state is truncated");
        return -1;
    }
    u->ier = regs[0] & IER_MASK, u->lcr = regs[1], u->mcr = regs[2] & MCR_MASK;
    u->scr = regs[3], u->fcr = regs[4], u->dll = regs[5], u->dlm = regs[6];
    u->thr_ipending = thr;
    memcpy(u->rx, rx, n);
    u->rx_head = 0;
    u->rx_count = n;
    /* Drive the line to the restored level, whatever it was before. */
    u->irq_level = !(uart_iir(u) & IIR_NO_INT);
    irq_line_set(&u->irq, u->irq_level);
    return 0;
}

DEVICE_REGISTER(uart_device) = {
    .name = "serial",
    .desc = "NS16550A UART on the console (the boot console)",
    .options = (const DeviceOption[]){ { NULL } },
    .mmio_size = UART_SIZE,
    .mmio = &uart_mmio_ops,
    .create = uart_new,
    .fdt_node = uart_fdt,
    .reset = uart_reset,
    .save = uart_save,
    .load = uart_load,
    .destroy = uart_free,
};
