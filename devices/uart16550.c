/* NS16550A register model (PC16550D datasheet), interrupt behaviour as
 * Linux's 8250 driver expects it: THR-empty is raised when THRE is enabled
 * or a byte was sent, and cleared by reading IIR or writing THR. */
#include "uart16550.h"

#include <stdlib.h>

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
    } else if (u->out && u->out->write) {
        u->out->write(u->out, &byte, 1);
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
