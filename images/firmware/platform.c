/* Board glue for QEMU-virt-compatible machines: 16550 UART output, the
 * sifive,test finisher (syscon) for the exit status, CLINT mtime as the
 * clock, the trap handler and a bump allocator for DMA memory. */
#include "fw.h"

#define UART_BASE 0x10000000ul
#define UART_THR 0
#define UART_LSR 5
#define UART_LSR_THRE 0x20
#define SYSCON_BASE 0x100000ul
#define SYSCON_PASS 0x5555u
#define SYSCON_FAIL 0x3333u
#define CLINT_MTIME 0x200bff8ul

void uart_putc(char c)
{
    if (c == '\n') {
        uart_putc('\r');
    }
    while (!(mmio_read8(UART_BASE + UART_LSR) & UART_LSR_THRE)) {
    }
    *(volatile uint8_t *)(UART_BASE + UART_THR) = (uint8_t)c;
}

void uart_puts(const char *s)
{
    while (*s) {
        uart_putc(*s++);
    }
}

/* The finisher takes 0x5555 for "pass" and (code << 16) | 0x3333 for
 * "fail with exit code", so the emulator's exit status is the verdict. */
void fw_exit(unsigned failures)
{
    if (failures > 0xffff) {
        failures = 0xffff;
    }
    uint32_t v = failures ? (failures << 16) | SYSCON_FAIL : SYSCON_PASS;
    mmio_write32(SYSCON_BASE, v);
    for (;;) {
        __asm__ volatile("wfi");
    }
}

/* --- time --------------------------------------------------------------- */

static uint64_t ticks_per_ms = 10000;   /* QEMU virt: 10 MHz timebase */

void timer_init(uint64_t hz)
{
    if (hz >= 1000) {
        ticks_per_ms = hz / 1000;
    }
}

uint64_t time_ms(void)
{
    return *(volatile uint64_t *)CLINT_MTIME / ticks_per_ms;
}

void delay_ms(uint32_t ms)
{
    uint64_t end = time_ms() + ms;
    while (time_ms() < end) {
    }
}

/* --- traps ---------------------------------------------------------------- */

#define CAUSE_LOAD_MISALIGNED 4
#define CAUSE_LOAD_ACCESS 5

static volatile bool probing;
static volatile bool probe_faulted;

/* Reads a register that may not exist: an unmapped virtio-mmio slot may
 * raise a load access fault, which the trap handler then skips. */
bool probe_read32(uintptr_t addr, uint32_t *val)
{
    uint32_t v = 0;
    probe_faulted = false;
    probing = true;
    __asm__ volatile("lw %0, 0(%1)" : "+r"(v) : "r"(addr) : "memory");
    probing = false;
    *val = v;
    return !probe_faulted;
}

static uint64_t insn_length(uint64_t pc)
{
    uint16_t low = *(volatile uint16_t *)pc;
    return (low & 3) == 3 ? 4 : 2;
}

void trap_handler(uint64_t *frame)
{
    uint64_t cause;
    uint64_t epc;
    uint64_t tval;
    __asm__ volatile("csrr %0, mcause" : "=r"(cause));
    __asm__ volatile("csrr %0, mepc" : "=r"(epc));
    __asm__ volatile("csrr %0, mtval" : "=r"(tval));
    if (probing && (cause == CAUSE_LOAD_ACCESS || cause == CAUSE_LOAD_MISALIGNED)) {
        probe_faulted = true;
        __asm__ volatile("csrw mepc, %0" ::"r"(epc + insn_length(epc)));
        return;
    }
    fw_printf("not ok - unexpected trap: mcause=0x%lx mepc=0x%lx mtval=0x%lx ra=0x%lx\n",
              (unsigned long)cause, (unsigned long)epc, (unsigned long)tval,
              (unsigned long)frame[0]);
    fw_printf("fwtest: unexpected trap, giving up\n");
    fw_exit(127);
}

/* --- memory for virtqueues and buffers ------------------------------------ */

static uint8_t arena[4u << 20] __attribute__((aligned(4096)));
static size_t arena_used;

/* Zeroed, never freed: the tests allocate a bounded amount once. */
void *fw_alloc(size_t size, size_t align)
{
    size_t off = (arena_used + align - 1) & ~(align - 1);
    if (off + size > sizeof(arena)) {
        fw_printf("not ok - firmware arena exhausted (%zu bytes asked)\n", size);
        fw_exit(126);
    }
    arena_used = off + size;
    memset(arena + off, 0, size);
    return arena + off;
}
