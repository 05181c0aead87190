// KeyboardEvent.code (the physical key, layout-independent) to the Linux
// evdev key code virtio-input reports (include/uapi/linux/input-event-codes.h).
"use strict";
const EVDEV_KEYS = (() => {
  const m = {
    Escape: 1, Minus: 12, Equal: 13, Backspace: 14, Tab: 15, BracketLeft: 26,
    BracketRight: 27, Enter: 28, ControlLeft: 29, Semicolon: 39, Quote: 40, Backquote: 41,
    ShiftLeft: 42, Backslash: 43, Comma: 51, Period: 52, Slash: 53, ShiftRight: 54,
    NumpadMultiply: 55, AltLeft: 56, Space: 57, CapsLock: 58, NumLock: 69, ScrollLock: 70,
    Numpad7: 71, Numpad8: 72, Numpad9: 73, NumpadSubtract: 74, Numpad4: 75, Numpad5: 76,
    Numpad6: 77, NumpadAdd: 78, Numpad1: 79, Numpad2: 80, Numpad3: 81, Numpad0: 82,
    NumpadDecimal: 83, IntlBackslash: 86, F11: 87, F12: 88, NumpadEnter: 96, ControlRight: 97,
    NumpadDivide: 98, PrintScreen: 99, AltRight: 100, Home: 102, ArrowUp: 103, PageUp: 104,
    ArrowLeft: 105, ArrowRight: 106, End: 107, ArrowDown: 108, PageDown: 109, Insert: 110,
    Delete: 111, Pause: 119, MetaLeft: 125, MetaRight: 126, ContextMenu: 127,
  };
  "1234567890".split("").forEach((d, i) => { m["Digit" + d] = 2 + i; });
  const rows = [["QWERTYUIOP", 16], ["ASDFGHJKL", 30], ["ZXCVBNM", 44]];
  for (const [keys, first] of rows) {
    keys.split("").forEach((k, i) => { m["Key" + k] = first + i; });
  }
  for (let i = 1; i <= 10; i++) m["F" + i] = 58 + i;
  return m;
})();
// Mouse buttons: BTN_LEFT, BTN_RIGHT, BTN_MIDDLE by MouseEvent.button.
const EVDEV_BUTTONS = { 0: 0x110, 1: 0x112, 2: 0x111 };
