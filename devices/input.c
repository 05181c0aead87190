/* The input hub between the host side and the guest's input devices
 * (input.h). */
#include "devices/input.h"

#include <string.h>

int input_add_sink(InputHub *h, const InputSink *s)
{
    if (h->nsinks == INPUT_MAX_SINKS) {
        return -1;
    }
    h->sink[h->nsinks] = *s;
    h->sink[h->nsinks++].pending = false;
    return 0;
}

void input_remove_sink(InputHub *h, void *dev)
{
    int j = 0;
    for (int i = 0; i < h->nsinks; i++) {
        if (h->sink[i].dev != dev) {
            h->sink[j++] = h->sink[i];
        }
    }
    h->nsinks = j;
}

bool input_has(const InputHub *h, unsigned cls)
{
    for (int i = 0; i < h->nsinks; i++) {
        if (h->sink[i].classes & cls) {
            return true;
        }
    }
    return false;
}

/* One event to every sink of a class in cls. */
static void send(InputHub *h, unsigned cls, uint16_t type, uint16_t code, int32_t value)
{
    for (int i = 0; i < h->nsinks; i++) {
        InputSink *s = &h->sink[i];
        if (s->classes & cls) {
            s->event(s->dev, type, code, value);
            s->pending = true;
        }
    }
}

void input_key(InputHub *h, uint16_t code, bool down)
{
    if (code >= 1 && code <= INPUT_KEY_MAX) {
        send(h, INPUT_CLASS_KEYBOARD, INPUT_EV_KEY, code, down);
    }
}

/* pos in 0..size-1 scaled to 0..INPUT_ABS_MAX. */
static int32_t scale(int pos, int size)
{
    if (size <= 1 || pos <= 0) {
        return 0;
    }
    if (pos >= size - 1) {
        return INPUT_ABS_MAX;
    }
    return (int32_t)((int64_t)pos * INPUT_ABS_MAX / (size - 1));
}

void input_pointer_abs(InputHub *h, int x, int y, int width, int height)
{
    send(h, INPUT_CLASS_TABLET, INPUT_EV_ABS, INPUT_ABS_X, scale(x, width));
    send(h, INPUT_CLASS_TABLET, INPUT_EV_ABS, INPUT_ABS_Y, scale(y, height));
}

void input_abs_axis(InputHub *h, uint16_t axis, int value)
{
    value = value < 0 ? 0 : value > INPUT_ABS_MAX ? INPUT_ABS_MAX : value;
    send(h, INPUT_CLASS_TABLET, INPUT_EV_ABS, axis, value);
}

void input_pointer_rel(InputHub *h, int dx, int dy)
{
    if (dx) {
        send(h, INPUT_CLASS_MOUSE, INPUT_EV_REL, INPUT_REL_X, dx);
    }
    if (dy) {
        send(h, INPUT_CLASS_MOUSE, INPUT_EV_REL, INPUT_REL_Y, dy);
    }
}

void input_button(InputHub *h, uint16_t btn, bool down)
{
    send(h, INPUT_CLASS_TABLET | INPUT_CLASS_MOUSE, INPUT_EV_KEY, btn, down);
}

void input_wheel(InputHub *h, int clicks)
{
    if (clicks) {
        send(h, INPUT_CLASS_TABLET | INPUT_CLASS_MOUSE, INPUT_EV_REL, INPUT_REL_WHEEL, clicks);
    }
}

void input_sync(InputHub *h)
{
    for (int i = 0; i < h->nsinks; i++) {
        InputSink *s = &h->sink[i];
        if (s->pending) {
            s->pending = false;
            s->event(s->dev, INPUT_EV_SYN, INPUT_SYN_REPORT, 0);
        }
    }
}
