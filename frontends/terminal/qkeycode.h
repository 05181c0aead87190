/* QEMU's QKeyCode names (the "qcode" of QMP's send-key and
 * input-send-event, and the monitor's sendkey) and what each key is: its
 * evdev code and the characters it types on a US layout. */
#ifndef RVBOX_FRONTENDS_TERMINAL_QKEYCODE_H
#define RVBOX_FRONTENDS_TERMINAL_QKEYCODE_H

#include <stdint.h>

typedef struct QKey {
    const char *name;    /* "a", "ret", "shift", "f1" ... */
    uint16_t code;       /* evdev KEY_* (linux/input-event-codes.h) */
    char plain, shifted; /* what it types; 0 for a key that types nothing */
} QKey;

/* The key called name, or NULL. */
const QKey *qkey_find(const char *name);

#endif
