/* Goldfish RTC, behaving as QEMU's hw/rtc/goldfish_rtc.c does. */
#include "devices/platform/goldfish_rtc.h"

#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>

#include "devices/fdt_node.h"
#include "devices/state.h"

enum {
    RTC_TIME_LOW = 0x00, RTC_TIME_HIGH = 0x04,
    RTC_ALARM_LOW = 0x08, RTC_ALARM_HIGH = 0x0c,
    RTC_IRQ_ENABLED = 0x10, RTC_CLEAR_ALARM = 0x14,
    RTC_ALARM_STATUS = 0x18, RTC_CLEAR_INTERRUPT = 0x1c,
};

struct GoldfishRtc {
    IrqLine irq;
    uint64_t (*now_ns)(void *opaque);
    void *opaque;
    uint64_t offset;        /* guest time - host time, modulo 2^64 */
    uint32_t time_high;     /* latched by reading TIME_LOW */
    uint32_t set_high;      /* TIME_HIGH written, applied with TIME_LOW */
    uint32_t alarm_high;
    uint64_t alarm;
    bool alarm_running;
    bool irq_enabled;
    bool irq_pending;
};

GoldfishRtc *goldfish_rtc_create(IrqLine irq, uint64_t (*now_ns)(void *opaque), void *opaque)
{
    GoldfishRtc *r = calloc(1, sizeof(*r));
    if (r) {
        r->irq = irq;
        r->now_ns = now_ns;
        r->opaque = opaque;
    }
    return r;
}

void goldfish_rtc_destroy(GoldfishRtc *r)
{
    free(r);
}

static uint64_t rtc_now(GoldfishRtc *r)
{
    return r->now_ns(r->opaque) + r->offset;
}

static void rtc_update_irq(GoldfishRtc *r)
{
    irq_line_set(&r->irq, r->irq_pending && r->irq_enabled);
}

void goldfish_rtc_update(GoldfishRtc *r)
{
    if (r->alarm_running && rtc_now(r) >= r->alarm) {
        r->alarm_running = false;
        r->irq_pending = true;
        rtc_update_irq(r);
    }
}

static uint64_t rtc_read(void *dev, uint64_t offset, int size)
{
    GoldfishRtc *r = dev;
    (void)size;
    switch (offset) {
    case RTC_TIME_LOW: {
        uint64_t now = rtc_now(r);
        r->time_high = (uint32_t)(now >> 32);
        return (uint32_t)now;
    }
    case RTC_TIME_HIGH: return r->time_high;
    case RTC_ALARM_LOW: return (uint32_t)r->alarm;
    case RTC_ALARM_HIGH: return r->alarm >> 32;
    case RTC_IRQ_ENABLED: return r->irq_enabled;
    case RTC_ALARM_STATUS: return r->alarm_running;
    default: return 0;
    }
}

static void rtc_write(void *dev, uint64_t offset, uint64_t value, int size)
{
    GoldfishRtc *r = dev;
    uint32_t v = (uint32_t)value;
    (void)size;
    switch (offset) {
    case RTC_TIME_LOW:
        r->offset = ((uint64_t)r->set_high << 32 | v) - r->now_ns(r->opaque);
        break;
    case RTC_TIME_HIGH: r->set_high = v; break;
    case RTC_ALARM_LOW:
        r->alarm = (uint64_t)r->alarm_high << 32 | v;
        r->alarm_running = true;
        goldfish_rtc_update(r);  /* an alarm in the past fires at once */
        break;
    case RTC_ALARM_HIGH: r->alarm_high = v; break;
    case RTC_IRQ_ENABLED:
        r->irq_enabled = v & 1;
        rtc_update_irq(r);
        break;
    case RTC_CLEAR_ALARM: r->alarm_running = false; break;
    case RTC_CLEAR_INTERRUPT:
        r->irq_pending = false;
        rtc_update_irq(r);
        break;
    default: break;
    }
}

const MmioOps goldfish_rtc_mmio_ops = {
    .read = rtc_read,
    .write = rtc_write,
};

/* --- the device descriptor ------------------------------------------------ */

static void *rtc_new(DeviceCtx *ctx, const Opts *opts, char *err, size_t errlen)
{
    GoldfishRtc *r = goldfish_rtc_create(ctx->irq, ctx->wall_ns, ctx->board);
    if (!r) {
        snprintf(err, errlen, "out of memory");
    }
    return r;
}

static int rtc_fdt(void *dev, FdtNodeCtx *f)
{
    if (f->phase != FDT_PHASE_SOC) {
        return 0;
    }
    FDT_TRY(fdt_begin_device(f, "rtc", FDT_COMPAT("google,goldfish-rtc")));
    FDT_TRY(fdt_prop_irq(f));
    return fdt_end_node(f->fdt);
}

static void rtc_reset(void *dev)
{
    GoldfishRtc *r = dev;
    r->time_high = r->set_high = r->alarm_high = 0;
    r->alarm = 0;
    r->alarm_running = r->irq_enabled = r->irq_pending = false;
    rtc_update_irq(r);
}

static int rtc_save(void *dev, StateWriter *w)
{
    GoldfishRtc *r = dev;
    state_put_u64(w, r->offset);
    state_put_u32(w, r->time_high);
    state_put_u32(w, r->set_high);
    state_put_u32(w, r->alarm_high);
    state_put_u64(w, r->alarm);
    state_put_bool(w, r->alarm_running);
    state_put_bool(w, r->irq_enabled);
    state_put_bool(w, r->irq_pending);
    return 0;
}

static int rtc_load(void *dev, StateReader *rd, char *err, size_t errlen)
{
    GoldfishRtc *r = dev, s = *r;
    s.offset = state_get_u64(rd);
    s.time_high = state_get_u32(rd);
    s.set_high = state_get_u32(rd);
    s.alarm_high = state_get_u32(rd);
    s.alarm = state_get_u64(rd);
    s.alarm_running = state_get_bool(rd);
    s.irq_enabled = state_get_bool(rd);
    s.irq_pending = state_get_bool(rd);
    if (rd->failed) {
        snprintf(err, errlen, "goldfish RTC: saved state is truncated");
        return -1;
    }
    *r = s;
    rtc_update_irq(r);
    return 0;
}

static void rtc_update_hook(void *dev)
{
    goldfish_rtc_update(dev);
}

DEVICE_REGISTER(goldfish_rtc_device) = {
    .name = "goldfish_rtc",
    .desc = "Goldfish real-time clock with one alarm",
    .options = (const DeviceOption[]){ { NULL } },
    .mmio_size = GOLDFISH_RTC_SIZE,
    .mmio = &goldfish_rtc_mmio_ops,
    .create = rtc_new,
    .fdt_node = rtc_fdt,
    .reset = rtc_reset,
    .update = rtc_update_hook,
    .save = rtc_save,
    .load = rtc_load,
    .destroy = (void (*)(void *))goldfish_rtc_destroy,
};
