/* Goldfish RTC ("google,goldfish-rtc"): wall-clock time in nanoseconds
 * since the Unix epoch, with one alarm. Register map of Linux's
 * drivers/rtc/rtc-goldfish.c. */
#ifndef RVBOX_DEVICES_GOLDFISH_RTC_H
#define RVBOX_DEVICES_GOLDFISH_RTC_H

#include <stdint.h>

#include "devices/device.h"

#define GOLDFISH_RTC_SIZE 0x1000

typedef struct GoldfishRtc GoldfishRtc;

/* Creates the RTC. now_ns(opaque) returns host wall-clock time in ns since
 * the epoch; irq goes high while an alarm interrupt is pending and enabled.
 * Returns NULL when out of memory. */
GoldfishRtc *goldfish_rtc_create(IrqLine irq, uint64_t (*now_ns)(void *opaque), void *opaque);

/* MMIO handlers (opaque = GoldfishRtc *), 4-byte registers: TIME_LOW 0x00
 * (reading latches TIME_HIGH), TIME_HIGH 0x04, ALARM_LOW 0x08 (writing arms
 * the alarm), ALARM_HIGH 0x0c, IRQ_ENABLED 0x10, CLEAR_ALARM 0x14,
 * ALARM_STATUS 0x18, CLEAR_INTERRUPT 0x1c. Writing TIME_HIGH then TIME_LOW
 * sets the guest's clock (an offset from host time). */
extern const MmioOps goldfish_rtc_mmio_ops;

/* Fires the alarm if it is armed and due. Call once per slice. */
void goldfish_rtc_update(GoldfishRtc *r);

/* Frees the RTC; NULL is accepted. */
void goldfish_rtc_destroy(GoldfishRtc *r);

#endif
