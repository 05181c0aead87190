/* fwtest: shared declarations (tiny libc, platform, reporting, arguments). */
#ifndef FW_H
#define FW_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* --- lib.c: the libc subset ------------------------------------------- */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
unsigned long fw_strtoul(const char *s, const char **end);
int fw_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int fw_snprintf(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void fw_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* --- platform.c: UART, syscon, CLINT timer, traps, allocation ----------- */
void uart_putc(char c);
void uart_puts(const char *s);
__attribute__((noreturn)) void fw_exit(unsigned failures);
void timer_init(uint64_t hz);
uint64_t time_ms(void);
void delay_ms(uint32_t ms);
bool probe_read32(uintptr_t addr, uint32_t *val);
void *fw_alloc(size_t size, size_t align);

static inline void mb(void)
{
    __asm__ volatile("fence rw, rw" ::: "memory");
}

static inline uint32_t mmio_read32(uintptr_t addr)
{
    uint32_t v = *(volatile uint32_t *)addr;
    __asm__ volatile("fence i, r" ::: "memory");
    return v;
}

static inline void mmio_write32(uintptr_t addr, uint32_t v)
{
    __asm__ volatile("fence w, o" ::: "memory");
    *(volatile uint32_t *)addr = v;
}

static inline uint8_t mmio_read8(uintptr_t addr)
{
    uint8_t v = *(volatile uint8_t *)addr;
    __asm__ volatile("fence i, r" ::: "memory");
    return v;
}

static inline uint16_t mmio_read16(uintptr_t addr)
{
    uint16_t v = *(volatile uint16_t *)addr;
    __asm__ volatile("fence i, r" ::: "memory");
    return v;
}

static inline void mmio_write16(uintptr_t addr, uint16_t v)
{
    __asm__ volatile("fence w, o" ::: "memory");
    *(volatile uint16_t *)addr = v;
}

static inline void mmio_write8(uintptr_t addr, uint8_t v)
{
    __asm__ volatile("fence w, o" ::: "memory");
    *(volatile uint8_t *)addr = v;
}

/* --- fdt.c: the device tree the boot ROM passes in a1 ------------------- */
const void *fdt_prop(const void *dtb, const char *node, const char *prop, uint32_t *len);

/* --- main.c: test reporting and bootargs -------------------------------- */
bool check(bool cond, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void skip(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The value of "key=value" on /chosen/bootargs, or def when absent. */
const char *arg_str(const char *key, const char *def);
unsigned long arg_num(const char *key, unsigned long def);

/* --- one self-test per device ------------------------------------------- */
void console_test(void);
void blk_test(void);
void blk_misuse_test(void);
void net_test(void);
void p9_test(void);
void p9_misuse_test(void);
void rng_test(void);
void gpu_test(void);
void gpu_misuse_test(void);
void input_test(void);

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
