/* The browser frontend: one machine in a Web Worker, its console on the
 * page's terminal, its scanout copied out as RGBA for a canvas, the page's
 * keyboard and pointer into the input hub. See web_api.h for the calls and
 * worker.js for the loop around them. */
#include "frontends/web/web_api.h"

#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/chardev.h"
#include "devices/display.h"
#include "devices/input.h"
#include "frontends/web/web_host.h"
#include "machine/config.h"
#include "machine/machine.h"

static MachineConfig cfg;
static Machine *machine;
static CharBackend console;
static char error[300];
static int exit_code;

/* The RGBA copy of the scanout and what changed since the last frame. */
static struct {
    uint8_t *rgba;
    int32_t rect[6];           /* width, height, x, y, w, h */
    int x0, y0, x1, y1;        /* changed region, empty when x0 >= x1 */
    bool resized;
} frame;

static void console_write(CharBackend *c, const uint8_t *buf, size_t len)
{
    web_console_write(buf, len);
}

/* --- the display ------------------------------------------------------- */

static void frame_surface(void *opaque, const DisplaySurface *s)
{
    int w = s ? s->width : 0, h = s ? s->height : 0;
    if (w != frame.rect[0] || h != frame.rect[1]) {
        free(frame.rgba);
        frame.rgba = calloc((size_t)(w ? w : 1) * (h ? h : 1), 4);
        frame.rect[0] = w;
        frame.rect[1] = h;
        frame.resized = true;
    }
    frame.x0 = frame.y0 = 0;
    frame.x1 = w;
    frame.y1 = h;
}

static void frame_update(void *opaque, int x, int y, int w, int h)
{
    if (frame.x0 >= frame.x1) {
        frame.x0 = x, frame.y0 = y, frame.x1 = x + w, frame.y1 = y + h;
        return;
    }
    frame.x0 = x < frame.x0 ? x : frame.x0;
    frame.y0 = y < frame.y0 ? y : frame.y0;
    frame.x1 = x + w > frame.x1 ? x + w : frame.x1;
    frame.y1 = y + h > frame.y1 ? y + h : frame.y1;
}

/* Copies the changed rectangle into frame.rgba; the common formats by
 * byte order, the rest through display_pixel_rgb. */
static void frame_convert(const DisplaySurface *s)
{
    for (int y = frame.y0; y < frame.y1; y++) {
        const uint8_t *src = s->pixels + (size_t)y * s->stride + (size_t)frame.x0 * 4;
        uint8_t *dst = frame.rgba + ((size_t)y * s->width + frame.x0) * 4;
        for (int x = frame.x0; x < frame.x1; x++, src += 4, dst += 4) {
            uint32_t rgb;
            switch (s->format) {
            case DISPLAY_B8G8R8A8: case DISPLAY_B8G8R8X8:
                rgb = (uint32_t)src[2] << 16 | src[1] << 8 | src[0];
                break;
            case DISPLAY_R8G8B8A8: case DISPLAY_R8G8B8X8:
                rgb = (uint32_t)src[0] << 16 | src[1] << 8 | src[2];
                break;
            default:
                rgb = display_pixel_rgb(s, x, y);
                break;
            }
            dst[0] = rgb >> 16, dst[1] = rgb >> 8, dst[2] = rgb, dst[3] = 255;
        }
    }
}

EMSCRIPTEN_KEEPALIVE int rvbox_web_frame(void)
{
    Display *d = machine ? machine_display(machine) : NULL;
    if (!d || !d->enabled || !frame.rgba || frame.x0 >= frame.x1) {
        return 0;
    }
    frame_convert(&d->surface);
    frame.rect[2] = frame.x0, frame.rect[3] = frame.y0;
    frame.rect[4] = frame.x1 - frame.x0, frame.rect[5] = frame.y1 - frame.y0;
    frame.x0 = frame.x1 = 0;
    int r = frame.resized ? 2 : 1;
    frame.resized = false;
    return r;
}

EMSCRIPTEN_KEEPALIVE const uint8_t *rvbox_web_frame_pixels(void)
{
    return frame.rgba;
}

EMSCRIPTEN_KEEPALIVE const int32_t *rvbox_web_frame_rect(void)
{
    return frame.rect;
}

/* --- input --------------------------------------------------------------- */

EMSCRIPTEN_KEEPALIVE void rvbox_web_key(int code, int down)
{
    if (machine && code > 0 && code < 0x300) {
        input_key(machine_input(machine), (uint16_t)code, down != 0);
        input_sync(machine_input(machine));
    }
}

EMSCRIPTEN_KEEPALIVE void rvbox_web_pointer(int x, int y)
{
    Display *d = machine ? machine_display(machine) : NULL;
    if (d && d->enabled) {
        input_pointer_abs(machine_input(machine), x, y, d->surface.width, d->surface.height);
        input_sync(machine_input(machine));
    }
}

EMSCRIPTEN_KEEPALIVE void rvbox_web_button(int code, int down)
{
    if (machine) {
        input_button(machine_input(machine), (uint16_t)code, down != 0);
        input_sync(machine_input(machine));
    }
}

EMSCRIPTEN_KEEPALIVE void rvbox_web_wheel(int clicks)
{
    if (machine) {
        input_wheel(machine_input(machine), clicks);
        input_sync(machine_input(machine));
    }
}

/* --- the console ---------------------------------------------------------- */

EMSCRIPTEN_KEEPALIVE size_t rvbox_web_console_input(const uint8_t *buf, size_t len)
{
    return machine ? machine_console_input(machine, buf, len) : 0;
}

EMSCRIPTEN_KEEPALIVE void rvbox_web_console_resize(int cols, int rows)
{
    if (machine) {
        machine_console_resize(machine, cols, rows);
    }
}

/* --- the machine ---------------------------------------------------------- */

static int build_machine(void)
{
    machine = machine_create(&cfg, error, sizeof(error));
    if (!machine) {
        return -1;
    }
    DisplayListener l = { .surface = frame_surface, .update = frame_update };
    display_attach(machine_display(machine), &l);
    return 0;
}

EMSCRIPTEN_KEEPALIVE int rvbox_web_start(const char *path)
{
    char *argv[] = { "rvbox", (char *)path, NULL };
    bool help = false;
    chardev_init(&console);
    console.write = console_write;
    if (config_parse_args(&cfg, 2, argv, &help, error, sizeof(error)) != 0) {
        return -1;
    }
    cfg.sync_io = true;   /* one thread: requests complete between slices */
    cfg.console = &console;
    return build_machine();
}

EMSCRIPTEN_KEEPALIVE const char *rvbox_web_error(void)
{
    return error;
}

EMSCRIPTEN_KEEPALIVE int rvbox_web_exit_code(void)
{
    return exit_code;
}

EMSCRIPTEN_KEEPALIVE double rvbox_web_run(double budget_ms)
{
    if (!machine) {
        return -1;
    }
    double start = emscripten_get_now();
    do {
        int64_t sleep_ns;
        enum MachineState st = machine_run(machine, &sleep_ns);
        if (st == MACHINE_POWEROFF) {
            exit_code = machine_exit_code(machine);
            machine_destroy(machine);
            machine = NULL;
            return -1;
        }
        if (st == MACHINE_RESET) {
            machine_destroy(machine);
            if (build_machine() != 0) {
                return -1;
            }
            continue;
        }
        if (sleep_ns > 0) {
            return (double)sleep_ns / 1e6;
        }
    } while (emscripten_get_now() - start < budget_ms);
    return 0;
}
