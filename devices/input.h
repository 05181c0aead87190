/* The input interface: keyboard and pointer events from the host side (the
 * SDL window, the browser page, a control protocol) to the guest's input
 * devices (virtio-input), in Linux evdev terms (type, code, value; the
 * codes of linux/input-event-codes.h).
 *
 * The machine owns one InputHub. Each input device adds itself as a sink
 * for the classes of events it reports; the host side calls input_key(),
 * input_pointer_abs() ... and then input_sync() to end one report, as
 * evdev's SYN_REPORT does. Events of a class go to every sink of that
 * class. Single-threaded: every call comes from the thread that runs the
 * machine. */
#ifndef RVBOX_DEVICES_INPUT_H
#define RVBOX_DEVICES_INPUT_H

#include <stdbool.h>
#include <stdint.h>

/* evdev event types and the codes rvbox uses (linux/input-event-codes.h). */
enum {
    INPUT_EV_SYN = 0x00, INPUT_EV_KEY = 0x01, INPUT_EV_REL = 0x02, INPUT_EV_ABS = 0x03,
    INPUT_EV_MSC = 0x04, INPUT_EV_LED = 0x11, INPUT_EV_REP = 0x14,
    INPUT_SYN_REPORT = 0,
    INPUT_REL_X = 0x00, INPUT_REL_Y = 0x01, INPUT_REL_WHEEL = 0x08,
    INPUT_ABS_X = 0x00, INPUT_ABS_Y = 0x01,
    INPUT_BTN_LEFT = 0x110, INPUT_BTN_RIGHT = 0x111, INPUT_BTN_MIDDLE = 0x112,
    INPUT_KEY_MAX = 0x2ff,
};

/* Absolute pointer positions run from 0 to INPUT_ABS_MAX on each axis,
 * whatever the window's size (QEMU's tablet does the same). */
#define INPUT_ABS_MAX 32767

/* What a sink reports. */
enum {
    INPUT_CLASS_KEYBOARD = 1,  /* EV_KEY for keys (codes below BTN_MISC 0x100) */
    INPUT_CLASS_TABLET = 2,    /* EV_ABS X/Y, buttons, wheel */
    INPUT_CLASS_MOUSE = 4,     /* EV_REL X/Y, buttons, wheel */
};

#define INPUT_MAX_SINKS 8

typedef struct InputSink {
    unsigned classes;          /* INPUT_CLASS_* */
    /* One event; EV_SYN/SYN_REPORT ends a report. */
    void (*event)(void *dev, uint16_t type, uint16_t code, int32_t value);
    void *dev;
    bool pending;              /* got events since its last SYN_REPORT */
} InputSink;

typedef struct InputHub {
    InputSink sink[INPUT_MAX_SINKS];
    int nsinks;
} InputHub;

/* --- device side ------------------------------------------------------- */

/* Adds a sink (copied). Returns 0, or -1 when INPUT_MAX_SINKS are taken. */
int input_add_sink(InputHub *h, const InputSink *s);

/* Removes the sinks of dev. */
void input_remove_sink(InputHub *h, void *dev);

/* --- host side ---------------------------------------------------------- */

/* True when some sink reports events of class (INPUT_CLASS_*). */
bool input_has(const InputHub *h, unsigned cls);

/* A key (evdev KEY_* code, 1..INPUT_KEY_MAX) went down or up: EV_KEY with
 * value 1 or 0 to every keyboard. Codes out of range are ignored. */
void input_key(InputHub *h, uint16_t code, bool down);

/* The pointer is at (x, y) in an area of width x height (pixels of the
 * window): EV_ABS X/Y scaled to 0..INPUT_ABS_MAX, to every tablet.
 * Positions outside the area are clamped to it. */
void input_pointer_abs(InputHub *h, int x, int y, int width, int height);

/* Relative motion in pixels: EV_REL X/Y to every mouse. */
/* One absolute axis (INPUT_ABS_X or _Y) of the tablet, already in the
 * device's range 0..INPUT_ABS_MAX (clamped): QMP's input-send-event. */
void input_abs_axis(InputHub *h, uint16_t axis, int value);

void input_pointer_rel(InputHub *h, int dx, int dy);

/* A pointer button (INPUT_BTN_LEFT/RIGHT/MIDDLE) went down or up: to every
 * tablet and mouse. */
void input_button(InputHub *h, uint16_t btn, bool down);

/* Wheel clicks (positive: away from the user): EV_REL WHEEL to every
 * tablet and mouse. */
void input_wheel(InputHub *h, int clicks);

/* Ends the report: EV_SYN SYN_REPORT to every sink that got events. */
void input_sync(InputHub *h);

#endif
