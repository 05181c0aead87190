/* CLINT, PLIC, 16550 UART, syscon finisher and goldfish RTC, each driven
 * through its MMIO handlers with a real (zeroed) Hart receiving the
 * interrupt lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/platform/clint.h"
#include "devices/platform/goldfish_rtc.h"
#include "devices/platform/plic.h"
#include "devices/platform/syscon.h"
#include "devices/platform/uart16550.h"
#include "emu/hart.h"
#include "tests/unit/testlib.h"

static Hart *new_hart(void)
{
    return calloc(1, sizeof(Hart));
}

/* Input mip_bit of hart h, as the board wires it. */
static IrqLine hart_line(Hart *h, int mip_bit)
{
    return (IrqLine){ .set = hart_irq_input, .ctx = h, .irq = mip_bit };
}

/* --- CLINT ------------------------------------------------------------- */

static uint64_t fake_time(void *opaque)
{
    return *(uint64_t *)opaque;
}

static void test_clint(void)
{
    Hart *h = new_hart();
    uint64_t now = 1000;
    const IrqLine msip = hart_line(h, IRQ_M_SOFT), mtip = hart_line(h, IRQ_M_TIMER);
    Clint *c = clint_create(1, &msip, &mtip, fake_time, &now);
    const MmioOps *ops = &clint_mmio_ops;

    CHECK(ops->read(c, 0x4000, 8) == UINT64_MAX);
    CHECK(clint_ticks_until_timer(c) == UINT64_MAX);
    clint_update(c);
    CHECK(!(h->mip & MIP_MTIP));
    CHECK(ops->read(c, 0xbff8, 8) == 1000);
    now = 0x123456789ull;
    CHECK(ops->read(c, 0xbff8, 4) == 0x23456789 && ops->read(c, 0xbffc, 4) == 1);
    ops->write(c, 0xbff8, 0, 8);  /* mtime is a read-only view */
    CHECK(ops->read(c, 0xbff8, 8) == now);

    now = 1000;
    ops->write(c, 0x4000, 1500, 8);
    CHECK(clint_ticks_until_timer(c) == 500);
    CHECK(!(h->mip & MIP_MTIP));
    now = 1500;
    clint_update(c);
    CHECK(h->mip & MIP_MTIP);
    CHECK(clint_ticks_until_timer(c) == 0);
    /* Writing mtimecmp in halves, as RV32 software does; each write
     * re-evaluates MTIP. */
    ops->write(c, 0x4004, 0xffffffff, 4);
    CHECK(!(h->mip & MIP_MTIP));
    ops->write(c, 0x4000, 0x00000800, 4);
    ops->write(c, 0x4004, 0, 4);
    CHECK(ops->read(c, 0x4000, 8) == 0x800);
    CHECK(ops->read(c, 0x4004, 4) == 0);
    CHECK(!(h->mip & MIP_MTIP));
    now = 0x800;
    clint_update(c);
    CHECK(h->mip & MIP_MTIP);
    ops->write(c, 0x4000, UINT64_MAX, 8);
    CHECK(!(h->mip & MIP_MTIP));
    CHECK(clint_ticks_until_timer(c) == UINT64_MAX);

    ops->write(c, 0x0, 1, 4);
    CHECK((h->mip & MIP_MSIP) && ops->read(c, 0x0, 4) == 1);
    ops->write(c, 0x0, 0, 4);
    CHECK(!(h->mip & MIP_MSIP));
    CHECK(ops->read(c, 0x8, 4) == 0);
    clint_destroy(c);
    free(h);
}

/* --- PLIC -------------------------------------------------------------- */

enum { PLIC_PENDING = 0x1000, PLIC_ENABLE = 0x2000, PLIC_CTX = 0x200000 };

static uint32_t prd(Plic *p, uint64_t off) { return (uint32_t)plic_mmio_ops.read(p, off, 4); }
static void pwr(Plic *p, uint64_t off, uint32_t v) { plic_mmio_ops.write(p, off, v, 4); }
static uint32_t claim(Plic *p, int ctx) { return prd(p, PLIC_CTX + 0x1000u * ctx + 4); }
static void complete(Plic *p, int ctx, uint32_t irq) { pwr(p, PLIC_CTX + 0x1000u * ctx + 4, irq); }

static void test_plic_basic(Plic *p, Hart *h)
{
    plic_set_irq(p, 10, 1);
    CHECK(prd(p, PLIC_PENDING) == 1u << 10);
    CHECK(!(h->mip & (MIP_MEIP | MIP_SEIP)));  /* priority 0: never */
    pwr(p, 4 * 10, 1);
    CHECK(!(h->mip & MIP_SEIP));  /* not enabled */
    pwr(p, PLIC_ENABLE + 0x80, 1u << 10);
    CHECK(prd(p, PLIC_ENABLE + 0x80) == 1u << 10);
    CHECK((h->mip & MIP_SEIP) && !(h->mip & MIP_MEIP));
    CHECK(claim(p, 1) == 10);
    CHECK(!(h->mip & MIP_SEIP) && prd(p, PLIC_PENDING) == 0);
    CHECK(claim(p, 1) == 0);
    complete(p, 1, 10);  /* line still high: pending again */
    CHECK((h->mip & MIP_SEIP) && prd(p, PLIC_PENDING) == 1u << 10);
    CHECK(claim(p, 1) == 10);
    plic_set_irq(p, 10, 0);
    complete(p, 1, 10);
    CHECK(!(h->mip & MIP_SEIP) && prd(p, PLIC_PENDING) == 0);
    /* A line that drops before the claim leaves nothing pending. */
    plic_set_irq(p, 10, 1);
    plic_set_irq(p, 10, 0);
    CHECK(!(h->mip & MIP_SEIP) && claim(p, 1) == 0);
}

static void test_plic_priority(Plic *p, Hart *h)
{
    pwr(p, 4 * 1, 2);
    pwr(p, 4 * 33, 5);
    pwr(p, 4 * 40, 5);
    pwr(p, 4 * 95, 7);
    CHECK(prd(p, 4 * 95) == 7);
    pwr(p, 4 * 95, 0xff);
    CHECK(prd(p, 4 * 95) == 7);  /* 3-bit priorities */
    pwr(p, PLIC_ENABLE + 0x80, 1u << 1);
    pwr(p, PLIC_ENABLE + 0x80 + 4, 1u << 1 | 1u << 8);  /* 33, 40 */
    plic_set_irq(p, 1, 1);
    plic_set_irq(p, 40, 1);
    plic_set_irq(p, 33, 1);
    plic_set_irq(p, 95, 1);  /* not enabled in context 1 */
    CHECK(prd(p, PLIC_PENDING + 4) == (1u << 1 | 1u << 8));
    CHECK(prd(p, PLIC_PENDING + 8) == 1u << 31);
    CHECK(claim(p, 1) == 33);  /* equal priority: lowest id */
    CHECK(claim(p, 1) == 40);
    pwr(p, PLIC_CTX + 0x1000, 2);  /* threshold 2 masks source 1 */
    CHECK(prd(p, PLIC_CTX + 0x1000) == 2);
    CHECK(!(h->mip & MIP_SEIP) && claim(p, 1) == 0);
    pwr(p, PLIC_CTX + 0x1000, 1);
    CHECK((h->mip & MIP_SEIP) && claim(p, 1) == 1);

    /* Context 0 (M-mode) drives MEIP independently. */
    CHECK(!(h->mip & MIP_MEIP));
    pwr(p, PLIC_ENABLE + 8, 1u << 31);
    CHECK(h->mip & MIP_MEIP);
    CHECK(claim(p, 0) == 95);
    CHECK(!(h->mip & MIP_MEIP));
    complete(p, 1, 95);  /* not enabled in context 1: ignored */
    CHECK(!(h->mip & MIP_MEIP));
    complete(p, 0, 95);
    CHECK(h->mip & MIP_MEIP);
    plic_set_irq(p, 95, 0);
    CHECK(!(h->mip & MIP_MEIP));
    /* Source 0 and out-of-range ids are ignored. */
    plic_set_irq(p, 0, 1);
    plic_set_irq(p, 96, 1);
    plic_set_irq(p, -1, 1);
    CHECK(prd(p, PLIC_PENDING) == 0);
}

static void test_plic(void)
{
    Hart *h = new_hart();
    const IrqLine out[2] = { hart_line(h, IRQ_M_EXT), hart_line(h, IRQ_S_EXT) };
    Plic *p = plic_create(2, out);
    test_plic_basic(p, h);
    test_plic_priority(p, h);
    plic_destroy(p);
    free(h);
}

/* --- UART -------------------------------------------------------------- */

typedef IrqRec Line;

static uint8_t urd(Uart *u, int reg) { return (uint8_t)uart_mmio_ops.read(u, (uint64_t)reg, 1); }
static void uwr(Uart *u, int reg, uint8_t v) { uart_mmio_ops.write(u, (uint64_t)reg, v, 1); }

static void test_uart(void)
{
    CharRec rec;
    charrec_init(&rec);
    Line line = { 0 };
    Uart *u = uart_create(irqrec_line(&line, 10), &rec.cb);

    CHECK((urd(u, 5) & 0x61) == 0x60);  /* THRE | TEMT, no data */
    CHECK(urd(u, 2) == 0x01);
    uwr(u, 3, 0x80);  /* DLAB: divisor latch */
    uwr(u, 0, 0x34);
    uwr(u, 1, 0x12);
    CHECK(urd(u, 0) == 0x34 && urd(u, 1) == 0x12);
    uwr(u, 3, 0x03);  /* 8N1 */
    CHECK(urd(u, 1) == 0 && urd(u, 3) == 0x03);
    uwr(u, 2, 0x07);  /* FIFO on */
    CHECK((urd(u, 2) & 0xc0) == 0xc0);
    uwr(u, 7, 0x5a);
    CHECK(urd(u, 7) == 0x5a);

    uwr(u, 0, 'o');
    uwr(u, 0, 'k');
    CHECK(rec.len == 2 && memcmp(rec.buf, "ok", 2) == 0);
    CHECK(!line.level);

    /* THR-empty interrupt: raised when enabled, cleared by reading IIR. */
    uwr(u, 1, 0x02);
    CHECK(line.level && line.irq == 10);
    CHECK((urd(u, 2) & 0x0f) == 0x02);
    CHECK(!line.level && (urd(u, 2) & 0x0f) == 0x01);
    uwr(u, 0, '!');
    CHECK(line.level);
    uwr(u, 1, 0x00);
    CHECK(!line.level);

    /* Receive: DR, data-available interrupt, FIFO order. */
    uwr(u, 1, 0x01);
    CHECK(uart_receive(u, (const uint8_t *)"hi", 2) == 2);
    CHECK((urd(u, 5) & 0x01) && line.level && (urd(u, 2) & 0x0f) == 0x04);
    CHECK(urd(u, 0) == 'h' && urd(u, 0) == 'i');
    CHECK(!(urd(u, 5) & 0x01) && !line.level);

    uint8_t big[UART_RX_FIFO_SIZE + 10];
    memset(big, 'x', sizeof(big));
    CHECK(uart_receive(u, big, sizeof(big)) == UART_RX_FIFO_SIZE);
    CHECK(uart_receive(u, big, 1) == 0);
    uwr(u, 2, 0x03);  /* clear the receive FIFO */
    CHECK(!(urd(u, 5) & 0x01) && !line.level);

    /* Loopback: output returns as input, MSR mirrors MCR. */
    uwr(u, 4, 0x10 | 0x02);
    uwr(u, 0, 'L');
    CHECK(rec.len == 3 && urd(u, 0) == 'L');
    CHECK((urd(u, 6) & 0xf0) == 0x10);
    uwr(u, 4, 0x08);
    CHECK(urd(u, 6) == 0xb0);
    uart_destroy(u);
}

/* --- console input routing --------------------------------------------------- */

typedef struct Reader {
    char got[16];
    size_t n;
    bool ready;
} Reader;

static size_t reader_receive(void *opaque, const uint8_t *buf, size_t len)
{
    Reader *r = opaque;
    size_t n = len < sizeof(r->got) - r->n ? len : sizeof(r->got) - r->n;
    memcpy(r->got + r->n, buf, n);
    r->n += n;
    return n;
}

static bool reader_ready(void *opaque)
{
    return ((Reader *)opaque)->ready;
}

/* Input goes to the console the guest writes to (devices/chardev.h). */
static void test_console_routing(void)
{
    CharRec rec;
    charrec_init(&rec);
    Reader uart = { .ready = true }, hvc = { .ready = false };
    chardev_attach(&rec.cb, &(CharFrontend){ .receive = reader_receive, .opaque = &uart });
    chardev_attach(&rec.cb, &(CharFrontend){ .receive = reader_receive,
                                             .can_receive = reader_ready, .opaque = &hvc });
    /* Nothing written yet: the newest reader that is ready (the UART). */
    CHECK(chardev_input(&rec.cb, (const uint8_t *)"a", 1) == 1 && uart.n == 1);
    hvc.ready = true;
    CHECK(chardev_input(&rec.cb, (const uint8_t *)"b", 1) == 1 && hvc.n == 1);
    /* The guest's shell prints on ttyS0 and never on hvc0: input goes to
     * the UART although hvc0 could take it. */
    chardev_write(&rec.cb, &uart, (const uint8_t *)"$ ", 2);
    CHECK(chardev_input(&rec.cb, (const uint8_t *)"c", 1) == 1 && uart.n == 2);
    /* Output with no input side (HTIF) changes nothing. */
    chardev_write(&rec.cb, NULL, (const uint8_t *)"x", 1);
    CHECK(chardev_input(&rec.cb, (const uint8_t *)"d", 1) == 1 && uart.n == 3);
    /* hvc0 writes (the kernel's console moved there): it receives from now
     * on, even after more UART output, and input waits while it cannot
     * take it. */
    chardev_write(&rec.cb, &hvc, (const uint8_t *)"# ", 2);
    chardev_write(&rec.cb, &uart, (const uint8_t *)"!", 1);
    hvc.ready = false;
    CHECK(chardev_input(&rec.cb, (const uint8_t *)"e", 1) == 0 && uart.n == 3);
    hvc.ready = true;
    CHECK(chardev_input(&rec.cb, (const uint8_t *)"e", 1) == 1 && hvc.n == 2);
    CHECK(rec.len == 6 && memcmp(rec.buf, "$ x# !", 6) == 0);
    /* A detached frontend no longer holds the input. */
    chardev_detach(&rec.cb, &hvc);
    CHECK(chardev_input(&rec.cb, (const uint8_t *)"f", 1) == 1 && uart.n == 4);
    CHECK(!memcmp(uart.got, "acdf", 4) && !memcmp(hvc.got, "be", 2));
}

/* --- syscon ------------------------------------------------------------ */

typedef struct Events {
    int event, code, count;
} Events;

static void on_event(void *opaque, int event, int code)
{
    Events *e = opaque;
    e->event = event;
    e->code = code;
    e->count++;
}

static void test_syscon(void)
{
    Events e = { 0 };
    Syscon *s = syscon_create(on_event, &e);
    syscon_mmio_ops.write(s, 0, 0x5555, 4);
    CHECK(e.count == 1 && e.event == SYSCON_POWEROFF && e.code == 0);
    syscon_mmio_ops.write(s, 0, 0x2a << 16 | 0x3333, 4);
    CHECK(e.count == 2 && e.event == SYSCON_POWEROFF && e.code == 42);
    syscon_mmio_ops.write(s, 0, 0x7777, 4);
    CHECK(e.count == 3 && e.event == SYSCON_RESET);
    syscon_mmio_ops.write(s, 0, 0x1234, 4);
    syscon_mmio_ops.write(s, 4, 0x5555, 4);
    CHECK(e.count == 3);
    CHECK(syscon_mmio_ops.read(s, 0, 4) == 0);
    syscon_destroy(s);
}

/* --- goldfish RTC ------------------------------------------------------ */

static void test_rtc(void)
{
    uint64_t now = 0x1234567890abcdefull;
    Line line = { 0 };
    GoldfishRtc *r = goldfish_rtc_create(irqrec_line(&line, 11),
                                         fake_time, &now);
    const MmioOps *ops = &goldfish_rtc_mmio_ops;
    CHECK(ops->read(r, 0x00, 4) == 0x90abcdef);
    now += 1ull << 32;  /* TIME_HIGH is the value latched with TIME_LOW */
    CHECK(ops->read(r, 0x04, 4) == 0x12345678);

    /* Setting the clock: high then low, as rtc-goldfish.c does. */
    ops->write(r, 0x04, 0x5, 4);
    ops->write(r, 0x00, 0x0, 4);
    now += 1000;
    CHECK(ops->read(r, 0x00, 4) == 1000 && ops->read(r, 0x04, 4) == 5);

    /* Alarm 500 ns ahead of the guest clock. */
    ops->write(r, 0x10, 1, 4);
    ops->write(r, 0x0c, 5, 4);
    ops->write(r, 0x08, 1500, 4);
    CHECK(ops->read(r, 0x18, 4) == 1 && !line.level);
    now += 499;
    goldfish_rtc_update(r);
    CHECK(!line.level);
    now += 1;
    goldfish_rtc_update(r);
    CHECK(line.level && line.irq == 11 && ops->read(r, 0x18, 4) == 0);
    ops->write(r, 0x1c, 1, 4);
    CHECK(!line.level);

    /* An alarm in the past fires at once; disabled interrupts stay low. */
    ops->write(r, 0x10, 0, 4);
    ops->write(r, 0x08, 0, 4);
    CHECK(!line.level);
    ops->write(r, 0x10, 1, 4);
    CHECK(line.level);
    ops->write(r, 0x1c, 1, 4);
    /* CLEAR_ALARM disarms. */
    ops->write(r, 0x08, 0xffffffff, 4);
    ops->write(r, 0x14, 1, 4);
    now += 1ull << 33;
    goldfish_rtc_update(r);
    CHECK(!line.level && ops->read(r, 0x18, 4) == 0);
    goldfish_rtc_destroy(r);
}

/* Two harts: each has its own msip (4 bytes apart) and mtimecmp (8
 * apart), and the PLIC's contexts 2 and 3 are hart 1's M and S. */
static void test_two_harts(void)
{
    Hart *h0 = new_hart(), *h1 = new_hart();
    uint64_t now = 1000;
    const IrqLine msip[2] = { hart_line(h0, IRQ_M_SOFT), hart_line(h1, IRQ_M_SOFT) };
    const IrqLine mtip[2] = { hart_line(h0, IRQ_M_TIMER), hart_line(h1, IRQ_M_TIMER) };
    Clint *c = clint_create(2, msip, mtip, fake_time, &now);
    CHECK(c != NULL);
    clint_mmio_ops.write(c, 4, 1, 4);
    CHECK((h1->mip & MIP_MSIP) && !(h0->mip & MIP_MSIP));
    CHECK(clint_mmio_ops.read(c, 4, 4) == 1 && clint_mmio_ops.read(c, 0, 4) == 0);
    clint_mmio_ops.write(c, 0x4008, 1200, 8);
    CHECK(clint_ticks_until_timer(c) == 200);
    now = 1200;
    clint_update(c);
    CHECK((h1->mip & MIP_MTIP) && !(h0->mip & MIP_MTIP));
    CHECK(clint_mmio_ops.read(c, 0x4010, 8) == 0);   /* no hart 2 */
    CHECK(clint_create(9, msip, mtip, fake_time, &now) == NULL);
    clint_destroy(c);

    const IrqLine out[4] = { hart_line(h0, IRQ_M_EXT), hart_line(h0, IRQ_S_EXT),
                             hart_line(h1, IRQ_M_EXT), hart_line(h1, IRQ_S_EXT) };
    Plic *p = plic_create(4, out);
    plic_mmio_ops.write(p, 4 * 5, 1, 4);                    /* source 5: priority 1 */
    plic_mmio_ops.write(p, 0x2000 + 3 * 0x80, 1u << 5, 4);  /* enabled in context 3 */
    plic_set_irq(p, 5, 1);
    CHECK((h1->mip & MIP_SEIP) && !(h0->mip & MIP_SEIP) && !(h1->mip & MIP_MEIP));
    CHECK(plic_mmio_ops.read(p, 0x200000 + 3 * 0x1000 + 4, 4) == 5);   /* claim */
    CHECK(!(h1->mip & MIP_SEIP));
    CHECK(plic_create(3, out) == NULL && plic_create(18, out) == NULL);
    plic_destroy(p);
    free(h0);
    free(h1);
}

int main(void)
{
    test_clint();
    test_two_harts();
    test_plic();
    test_uart();
    test_console_routing();
    test_syscon();
    test_rtc();
    return t_summary("test_devices");
}
