/* QKeyCode names to evdev codes and characters (see qkeycode.h). The
 * names are QEMU's (qapi/ui.json); the codes linux/input-event-codes.h. */
#include "frontends/terminal/qkeycode.h"

#include <linux/input-event-codes.h>
#include <string.h>

static const QKey keys[] = {
    { "a", KEY_A, 'a', 'A' }, { "b", KEY_B, 'b', 'B' }, { "c", KEY_C, 'c', 'C' },
    { "d", KEY_D, 'd', 'D' }, { "e", KEY_E, 'e', 'E' }, { "f", KEY_F, 'f', 'F' },
    { "g", KEY_G, 'g', 'G' }, { "h", KEY_H, 'h', 'H' }, { "i", KEY_I, 'i', 'I' },
    { "j", KEY_J, 'j', 'J' }, { "k", KEY_K, 'k', 'K' }, { "l", KEY_L, 'l', 'L' },
    { "m", KEY_M, 'm', 'M' }, { "n", KEY_N, 'n', 'N' }, { "o", KEY_O, 'o', 'O' },
    { "p", KEY_P, 'p', 'P' }, { "q", KEY_Q, 'q', 'Q' }, { "r", KEY_R, 'r', 'R' },
    { "s", KEY_S, 's', 'S' }, { "t", KEY_T, 't', 'T' }, { "u", KEY_U, 'u', 'U' },
    { "v", KEY_V, 'v', 'V' }, { "w", KEY_W, 'w', 'W' }, { "x", KEY_X, 'x', 'X' },
    { "y", KEY_Y, 'y', 'Y' }, { "z", KEY_Z, 'z', 'Z' },
    { "1", KEY_1, '1', '!' }, { "2", KEY_2, '2', '@' }, { "3", KEY_3, '3', '#' },
    { "4", KEY_4, '4', '$' }, { "5", KEY_5, '5', '%' }, { "6", KEY_6, '6', '^' },
    { "7", KEY_7, '7', '&' }, { "8", KEY_8, '8', '*' }, { "9", KEY_9, '9', '(' },
    { "0", KEY_0, '0', ')' },
    { "minus", KEY_MINUS, '-', '_' }, { "equal", KEY_EQUAL, '=', '+' },
    { "bracket_left", KEY_LEFTBRACE, '[', '{' }, { "bracket_right", KEY_RIGHTBRACE, ']', '}' },
    { "semicolon", KEY_SEMICOLON, ';', ':' }, { "apostrophe", KEY_APOSTROPHE, '\'', '"' },
    { "grave_accent", KEY_GRAVE, '`', '~' }, { "backslash", KEY_BACKSLASH, '\\', '|' },
    { "comma", KEY_COMMA, ',', '<' }, { "dot", KEY_DOT, '.', '>' },
    { "slash", KEY_SLASH, '/', '?' }, { "spc", KEY_SPACE, ' ', ' ' },
    { "ret", KEY_ENTER, '\r', '\r' }, { "tab", KEY_TAB, '\t', '\t' },
    { "backspace", KEY_BACKSPACE, 0x7f, 0x7f }, { "esc", KEY_ESC, 0x1b, 0x1b },
    { "shift", KEY_LEFTSHIFT, 0, 0 }, { "shift_r", KEY_RIGHTSHIFT, 0, 0 },
    { "ctrl", KEY_LEFTCTRL, 0, 0 }, { "ctrl_r", KEY_RIGHTCTRL, 0, 0 },
    { "alt", KEY_LEFTALT, 0, 0 }, { "alt_r", KEY_RIGHTALT, 0, 0 },
    { "meta_l", KEY_LEFTMETA, 0, 0 }, { "meta_r", KEY_RIGHTMETA, 0, 0 },
    { "caps_lock", KEY_CAPSLOCK, 0, 0 }, { "num_lock", KEY_NUMLOCK, 0, 0 },
    { "scroll_lock", KEY_SCROLLLOCK, 0, 0 }, { "menu", KEY_COMPOSE, 0, 0 },
    { "f1", KEY_F1, 0, 0 }, { "f2", KEY_F2, 0, 0 }, { "f3", KEY_F3, 0, 0 },
    { "f4", KEY_F4, 0, 0 }, { "f5", KEY_F5, 0, 0 }, { "f6", KEY_F6, 0, 0 },
    { "f7", KEY_F7, 0, 0 }, { "f8", KEY_F8, 0, 0 }, { "f9", KEY_F9, 0, 0 },
    { "f10", KEY_F10, 0, 0 }, { "f11", KEY_F11, 0, 0 }, { "f12", KEY_F12, 0, 0 },
    { "up", KEY_UP, 0, 0 }, { "down", KEY_DOWN, 0, 0 }, { "left", KEY_LEFT, 0, 0 },
    { "right", KEY_RIGHT, 0, 0 }, { "home", KEY_HOME, 0, 0 }, { "end", KEY_END, 0, 0 },
    { "pgup", KEY_PAGEUP, 0, 0 }, { "pgdn", KEY_PAGEDOWN, 0, 0 },
    { "insert", KEY_INSERT, 0, 0 }, { "delete", KEY_DELETE, 0x7f, 0x7f },
    { "print", KEY_SYSRQ, 0, 0 }, { "sysrq", KEY_SYSRQ, 0, 0 }, { "pause", KEY_PAUSE, 0, 0 },
    { "power", KEY_POWER, 0, 0 }, { "sleep", KEY_SLEEP, 0, 0 }, { "wake", KEY_WAKEUP, 0, 0 },
    { "kp_0", KEY_KP0, '0', '0' }, { "kp_1", KEY_KP1, '1', '1' }, { "kp_2", KEY_KP2, '2', '2' },
    { "kp_3", KEY_KP3, '3', '3' }, { "kp_4", KEY_KP4, '4', '4' }, { "kp_5", KEY_KP5, '5', '5' },
    { "kp_6", KEY_KP6, '6', '6' }, { "kp_7", KEY_KP7, '7', '7' }, { "kp_8", KEY_KP8, '8', '8' },
    { "kp_9", KEY_KP9, '9', '9' }, { "kp_enter", KEY_KPENTER, '\r', '\r' },
    { "kp_add", KEY_KPPLUS, '+', '+' }, { "kp_subtract", KEY_KPMINUS, '-', '-' },
    { "kp_multiply", KEY_KPASTERISK, '*', '*' }, { "kp_divide", KEY_KPSLASH, '/', '/' },
    { "kp_decimal", KEY_KPDOT, '.', '.' },
};

const QKey *qkey_find(const char *name)
{
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
        if (!strcmp(keys[i].name, name)) {
            return &keys[i];
        }
    }
    return NULL;
}
