#!/usr/bin/env python3
"""The SDL desktop window (-display sdl) under a real X server (Xvfb),
driven the way a user drives it, with the bare-metal self-test firmware
(build/firmware/fwtest.bin) as the guest:

1. bad input: -display sdl without an X server, an unknown -display, a
   display0 size out of range, an unknown -device ... each a one-line
   error and exit status 1;
2. virtio-gpu: the window opens at the guest's mode (640x480) titled
   "rvbox" and shows the firmware's pattern pixel for pixel (captured
   through X with xwd); resizing the window through X (xdotool) reaches
   the guest as a new mode; --screenshot still works with a window;
3. virtio-input: a key typed into the window, pointer positions, a click
   and the wheel arrive in the guest as evdev events (EV_KEY 30 1/0,
   EV_ABS X/Y scaled to 0..32767 over the image, BTN_LEFT 272 1/0);
   SDL's key repeats do not; Ctrl-Alt-S writes rvbox-screenshot-1.png;
   closing the window ends rvbox with status 0 and "rvbox: terminated";
4. a relative mouse: a click grabs it (the title says how to release),
   motion arrives as EV_REL, Ctrl-Alt-G releases it;
5. an idle guest (WFI) with the window open costs little CPU (measured
   from /proc/PID/stat over 10 s) and shows black before any scanout;
6. a guest that resets the machine over and over: the window stays, is
   re-attached to each new machine, and still closes rvbox cleanly.

Each check prints "ok - ..." or "not ok - ..."; the last line is
"desktop: N passed, M failed" and the exit status is non-zero on failure.
Xvfb and every rvbox started here are stopped on every way out."""
import ctypes
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib

import xserver

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
FW_BIN = os.path.join(ROOT, "build", "firmware", "fwtest.bin")
TITLE_GRABBED = "rvbox - press Ctrl-Alt-G to release the mouse"
IDLE_CPU_LIMIT = 5.0     # percent of one core
IDLE_SECONDS = 10

results = []
procs = []               # every process started here, stopped at the end


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + str(detail)))
    sys.stdout.flush()
    return cond


def note(msg):
    print("# " + msg)
    sys.stdout.flush()


def need_tools():
    """Installs what the test drives X with, as CI would."""
    return xserver.need_tools({"Xvfb": "xvfb", "xdotool": "xdotool", "xwd": "x11-apps"})


def has_device(name):
    r = subprocess.run([RVBOX, "-device", "help"], capture_output=True, text=True)
    return re.search(r"^\s*%s\s" % re.escape(name), r.stdout, re.M) is not None


stop = xserver.stop
cpu_seconds = xserver.cpu_seconds


# --- X ----------------------------------------------------------------------------------

def start_xvfb():
    p, display = xserver.start_xvfb()
    procs.append(p)
    return display


class X:
    def __init__(self, display):
        self.display = display
        self.env = dict(os.environ, DISPLAY=display)
        self.env.pop("WAYLAND_DISPLAY", None)

    def run(self, *args, timeout=20):
        try:
            r = subprocess.run(list(args), env=self.env, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return ""
        return r.stdout.decode(errors="replace").strip()

    def find_window(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ids = self.run("xdotool", "search", "--name", "^rvbox").split()
            if ids:
                return ids[0]
            time.sleep(0.2)
        return None

    def geometry(self, wid):
        m = re.search(r"Geometry: (\d+)x(\d+)", self.run("xdotool", "getwindowgeometry", wid))
        return (int(m.group(1)), int(m.group(2))) if m else None

    def title(self, wid):
        return self.run("xdotool", "getwindowname", wid)

    def wait_title(self, wid, want, timeout=5):
        deadline = time.monotonic() + timeout
        t = None
        while time.monotonic() < deadline:
            t = self.title(wid)
            if t == want:
                break
            time.sleep(0.1)
        return t

    def capture(self, wid, path):
        """The window's pixels through X (xwd): (width, height, rgb bytes)."""
        self.run("xwd", "-silent", "-id", wid, "-out", path)
        try:
            return read_xwd(path)
        except (OSError, ValueError, struct.error) as e:
            note("xwd capture failed: %s" % e)
            return None

    def close_window(self, wid):
        """What a window manager's close button does: WM_DELETE_WINDOW."""
        xlib = ctypes.cdll.LoadLibrary("libX11.so.6")
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XInternAtom.restype = ctypes.c_ulong
        xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        xlib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                                    ctypes.c_void_p]
        xlib.XFlush.argtypes = [ctypes.c_void_p]
        xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]

        class ClientMessage(ctypes.Structure):
            _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                        ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                        ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                        ("format", ctypes.c_int), ("l", ctypes.c_long * 5)]

        class XEvent(ctypes.Union):
            _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]

        dpy = xlib.XOpenDisplay(self.display.encode())
        if not dpy:
            return False
        ev = XEvent()
        ev.xclient.type = 33    # ClientMessage
        ev.xclient.window = int(wid)
        ev.xclient.message_type = xlib.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
        ev.xclient.format = 32
        ev.xclient.l[0] = xlib.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
        xlib.XSendEvent(dpy, int(wid), 0, 0, ctypes.byref(ev))
        xlib.XFlush(dpy)
        xlib.XCloseDisplay(dpy)
        return True


# --- images -----------------------------------------------------------------------------

def read_xwd(path):
    """An xwd dump of a TrueColor window (ZPixmap, 32 bits per pixel)."""
    data = open(path, "rb").read()
    h = struct.unpack(">25I", data[:100])
    size, fmt, width, height = h[0], h[2], h[4], h[5]
    byte_order, bpp, bpl = h[7], h[11], h[12]
    masks, ncolors = h[14:17], h[19]
    if fmt != 2 or bpp != 32:
        raise ValueError("xwd format %d, %d bits per pixel" % (fmt, bpp))
    pix = data[size + 12 * ncolors:]
    order = "<" if byte_order == 0 else ">"
    shifts = [(m & -m).bit_length() - 1 for m in masks]
    out = bytearray(width * height * 3)
    for y in range(height):
        row = struct.unpack_from("%s%dI" % (order, width), pix, y * bpl)
        o = y * width * 3
        for x, v in enumerate(row):
            out[o + 3 * x] = (v & masks[0]) >> shifts[0]
            out[o + 3 * x + 1] = (v & masks[1]) >> shifts[1]
            out[o + 3 * x + 2] = (v & masks[2]) >> shifts[2]
    return width, height, bytes(out)


def read_png(path):
    """An 8-bit RGB or RGBA PNG (what display_write_png writes): (w, h, rgb)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype not in (2, 6):
                raise ValueError("PNG depth %d colour type %d" % (depth, ctype))
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    out = bytearray()
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pr) & 255
        prev = line
        for x in range(w):
            out += line[x * bpp:x * bpp + 3]
    return w, h, bytes(out)


def pattern(x, y):
    """The firmware's test picture (images/firmware/gpu.c)."""
    return (x & 255, y & 255, (3 * x + y) & 255)


def until(fn, ok, timeout=10):
    """fn() until ok(result) or the timeout; the last result."""
    deadline = time.monotonic() + timeout
    while True:
        v = fn()
        if ok(v) or time.monotonic() > deadline:
            return v
        time.sleep(0.2)


def pattern_mismatches(img, w, h):
    """Pixels of img (w x h expected) that differ from the pattern, sampled
    on a grid plus the corners."""
    iw, ih, rgb = img
    if (iw, ih) != (w, h):
        return ["size %dx%d, not %dx%d" % (iw, ih, w, h)]
    pts = [(x, y) for y in range(0, h, 37) for x in range(0, w, 29)]
    pts += [(0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)]
    bad = []
    for x, y in pts:
        got = tuple(rgb[(y * w + x) * 3:(y * w + x) * 3 + 3])
        if got != pattern(x, y):
            bad.append("(%d,%d)=%s want %s" % (x, y, got, pattern(x, y)))
    return bad


# --- rvbox --------------------------------------------------------------------------------

class Rvbox:
    """One rvbox run; its stdout+stderr lines are collected as they come."""

    def __init__(self, args, x=None, cwd=None, env=None):
        self.args, self.cwd = args, cwd
        self.env = env if env is not None else (x.env if x else dict(os.environ))
        self._start()

    def _start(self):
        self.lines = []
        self.cond = threading.Condition()
        self.p = subprocess.Popen([RVBOX] + self.args, env=self.env, cwd=self.cwd,
                                  stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT)
        procs.append(self.p)
        self.t = threading.Thread(target=self._pump, daemon=True)
        self.t.start()

    def window(self, x):
        """The id of rvbox's window, or None. Xvfb now and then refuses a
        client (SDL then says "x11 not available" and rvbox exits 1): that
        run is started once more rather than failing the case."""
        wid = x.find_window()
        if not wid and self.p.poll() == 1 and any("x11 not available" in l for l in self.lines):
            print("# Xvfb refused rvbox's connection; starting it again")
            self._start()
            wid = x.find_window()
        return wid

    def _pump(self):
        for raw in self.p.stdout:
            line = raw.decode(errors="replace").rstrip("\r\n")
            with self.cond:
                self.lines.append(line)
                self.cond.notify_all()
        with self.cond:
            self.cond.notify_all()

    def wait_for(self, pred, timeout):
        """The first line for which pred is true, or None at the timeout."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for l in self.lines:
                    if pred(l):
                        return l
                left = deadline - time.monotonic()
                if left <= 0 or (self.p.poll() is not None and not self.t.is_alive()):
                    return None
                self.cond.wait(min(left, 0.5))

    def wait_line(self, text, timeout=30):
        return self.wait_for(lambda l: text in l, timeout)

    def wait_exit(self, timeout=60):
        try:
            rc = self.p.wait(timeout)
        except subprocess.TimeoutExpired:
            return None
        self.t.join(5)
        return rc

    def kill(self):
        stop(self.p)

    def tail(self, n=8):
        return " | ".join(self.lines[-n:])

    def no_window(self):
        """Why no window was found: rvbox's state and its last output."""
        return "xdotool found none; rvbox %s; output: %s" % (
            "still running" if self.p.poll() is None else "exited with %s" % self.p.poll(),
            self.tail())


def fw(bootargs, *extra):
    return ["-m", "64", "-bios", FW_BIN, "-append", bootargs] + list(extra)


def run_fails(name, args, want, env=None, cwd=None):
    """rvbox exits 1 with exactly one line on stderr that contains want."""
    try:
        r = subprocess.run([RVBOX] + args, capture_output=True, text=True, timeout=30,
                           stdin=subprocess.DEVNULL, env=env, cwd=cwd)
    except subprocess.TimeoutExpired:
        check(name, False, "still running after 30 s")
        return
    lines = r.stderr.splitlines()
    check("%s: exit 1 and one line naming the cause" % name,
          r.returncode == 1 and len(lines) == 1 and want in lines[0],
          "status %d, stderr %r" % (r.returncode, r.stderr[:300]))


# --- 1. bad input -------------------------------------------------------------------------

def case_bad_input(tmp, have_gpu):
    env = dict(os.environ)
    for k in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(k, None)
    if have_gpu:
        run_fails("-display sdl without DISPLAY",
                  fw("tests=gpu", "-device", "virtio-gpu-device", "-display", "sdl"),
                  "-display sdl: cannot open a window: ", env=env)
        run_fails("-display sdl with DISPLAY naming no X server",
                  fw("tests=gpu", "-device", "virtio-gpu-device", "-display", "sdl"),
                  "-display sdl: cannot open a window: ", env=dict(env, DISPLAY=":999"))
    run_fails("-display gtk", fw("tests=gpu", "-display", "gtk"),
              "-display: unknown display 'gtk' (sdl or none)")
    run_fails("-display sdl without a display device", fw("tests=rng", "-display", "sdl"),
              "-display sdl: no display device")
    run_fails("unknown -device", fw("tests=rng", "-device", "virtio-frob-device"),
              "-device: unknown device 'virtio-frob-device'")
    for w in (0, 100000):
        cfg = os.path.join(tmp, "w%d.cfg" % w)
        with open(cfg, "w") as f:
            f.write('{ version: 1, bios: "%s", display0: { device: "simplefb", '
                    'width: %d, height: 480 } }\n' % (FW_BIN, w))
        run_fails("config display0 width %d" % w, [cfg],
                  "display0: width must be a whole number of pixels 1..8192")
    cfg = os.path.join(tmp, "in.cfg")
    with open(cfg, "w") as f:
        f.write('{ version: 1, bios: "%s", input_device: "ps2" }\n' % FW_BIN)
    run_fails("config input_device \"ps2\"", [cfg], 'input_device must be "virtio"')
    if have_gpu:
        # Headless stays headless: no window is asked for, and none is needed.
        r = Rvbox(fw("tests=gpu", "-device", "virtio-gpu-device", "-nographic"), env=env)
        rc = r.wait_exit(60)
        check("-nographic with a display device runs headless without DISPLAY (status %s)" % rc,
              rc == 0, r.tail())
        r.kill()


# --- 2. virtio-gpu in the window ------------------------------------------------------------

def case_gpu(x, tmp):
    shot = os.path.join(tmp, "exit.png")
    r = Rvbox(fw("tests=gpu gpuresize=1 gpuwait=60000", "-device",
                 "virtio-gpu-device,xres=640,yres=480", "-display", "sdl", "--screenshot",
                 shot), x)
    try:
        waiting = r.wait_line("# gpu: waiting up to", 60)
        if not check("gpu: the firmware shows its pattern and waits for a resize", waiting,
                     r.tail()):
            return
        wid = r.window(x)
        if not check("gpu: a window named rvbox opens", wid, r.no_window()):
            return
        check("gpu: the window is titled \"rvbox\"", x.title(wid) == "rvbox", repr(x.title(wid)))
        size = until(lambda: x.geometry(wid), lambda v: v == (640, 480))
        check("gpu: the window opens at the guest's mode 640x480", size == (640, 480), size)
        xwd = os.path.join(tmp, "gpu.xwd")
        bad = until(lambda: pattern_mismatches(x.capture(wid, xwd) or (0, 0, b""), 640, 480),
                    lambda v: not v)
        check("gpu: the window shows the firmware's pattern pixel for pixel (xwd)", not bad,
              "; ".join(bad[:5]))
        x.run("xdotool", "windowsize", wid, "800", "600")
        resized = r.wait_line("# gpu: resized to", 30)
        check("gpu: the window resized to 800x600 through X becomes the guest's mode",
              resized and "800x600" in resized, resized or r.tail())
        rc = r.wait_exit(30)
        check("gpu: the firmware passes and rvbox exits 0 (%s)" % rc, rc == 0, r.tail())
        ok = False
        try:
            bad = pattern_mismatches(read_png(shot), 800, 600)
            ok = not bad
        except (OSError, ValueError) as e:
            bad = [str(e)]
        check("gpu: --screenshot with a window writes the last frame (800x600 pattern)", ok,
              "; ".join(bad[:5]))
    finally:
        r.kill()


# --- 3. virtio-input from the window --------------------------------------------------------

EVENT = re.compile(r"# input: dev=(\d+) type=(\d+) code=(\d+) value=(-?\d+)")


def events(r):
    out = []
    for l in list(r.lines):
        m = EVENT.search(l)
        if m:
            out.append(tuple(int(v) for v in m.groups()))
    return out


def slot_named(r, word):
    for l in list(r.lines):
        m = re.search(r'# input: slot (\d+) name "([^"]*)"', l)
        if m and word in m.group(2).lower():
            return int(m.group(1))
    return None


def abs_value(pos, size):
    """What the tablet reports for window pixel pos across size pixels
    (devices/input.c: 0..size-1 onto 0..32767)."""
    return pos * 32767 // (size - 1)


def case_input(x, tmp):
    W, H = 720, 400     # not the window's size before the first frame (640x480)
    cwd = os.path.join(tmp, "cwd")
    os.makedirs(cwd)
    r = Rvbox(fw("tests=gpu,input inputevents=100000 inputwait=600000",
                 "-device", "virtio-gpu-device,xres=%d,yres=%d" % (W, H),
                 "-device", "virtio-keyboard-device", "-device", "virtio-tablet-device",
                 "-display", "sdl"), x, cwd=cwd)
    try:
        if not check("input: the firmware is ready for events", r.wait_line("# input: ready", 60),
                     r.tail()):
            return
        wid = r.window(x)
        if not check("input: a window named rvbox opens", wid, r.no_window()):
            return
        size = until(lambda: x.geometry(wid), lambda v: v == (W, H))
        check("input: the window takes the guest's mode %dx%d" % (W, H), size == (W, H), size)
        kbd, tab = slot_named(r, "keyboard"), slot_named(r, "tablet")
        note("keyboard in slot %s, tablet in slot %s" % (kbd, tab))
        x.run("xdotool", "windowfocus", "--sync", wid)
        time.sleep(0.5)
        start = len(events(r))

        x.run("xdotool", "key", "--window", wid, "a")
        points = [(100, 80), (W - 150, H - 120)]
        for px, py in points:
            x.run("xdotool", "mousemove", "--window", wid, str(px), str(py))
            time.sleep(0.3)
        x.run("xdotool", "click", "1")
        time.sleep(0.2)
        x.run("xdotool", "click", "4")          # the wheel, away from the user
        time.sleep(0.2)
        x.run("xdotool", "key", "ctrl+alt+s")
        time.sleep(0.2)
        x.run("xdotool", "keydown", "b")
        time.sleep(1.5)                          # long enough for X's autorepeat
        x.run("xdotool", "keyup", "b")
        x.run("xdotool", "key", "z")             # the last one: all before it arrived
        done = r.wait_line("code=44 value=0", 20)
        ev = events(r)[start:]
        note("events: %s" % ev)
        if not check("input: the events reach the guest (up to the last key's release)", done,
                     r.tail()):
            return
        keys = [(c, v) for d, t, c, v in ev if t == 1 and c < 0x100]
        check("input: key a arrives as EV_KEY 30 value 1 then 0 from the keyboard",
              [(c, v) for c, v in keys if c == 30] == [(30, 1), (30, 0)] and
              all(d == kbd for d, t, c, v in ev if t == 1 and c == 30), keys)
        check("input: each key press ends with EV_SYN", (kbd, 0, 0, 0) in ev, ev[:6])
        check("input: a key held down is pressed once (SDL's repeats are dropped)",
              [(c, v) for c, v in keys if c == 48] == [(48, 1), (48, 0)], keys)
        absx = [v for d, t, c, v in ev if t == 3 and c == 0 and d == tab]
        absy = [v for d, t, c, v in ev if t == 3 and c == 1 and d == tab]
        for px, py in points:
            wx, wy = abs_value(px, W), abs_value(py, H)
            check("input: pointer at window (%d, %d) arrives as EV_ABS X=%d Y=%d" %
                  (px, py, wx, wy), wx in absx and wy in absy, "X %s Y %s" % (absx, absy))
        btn = [(v) for d, t, c, v in ev if t == 1 and c == 272 and d == tab]
        check("input: a click arrives as BTN_LEFT (272) 1 then 0 on the tablet", btn == [1, 0],
              btn)
        wheel = [v for d, t, c, v in ev if t == 2 and c == 8]
        check("input: the wheel arrives as EV_REL REL_WHEEL 1", wheel == [1], wheel)
        check("input: Ctrl-Alt-S is not typed into the guest (no KEY_S)",
              not [1 for c, v in keys if c == 31], keys)
        png = os.path.join(cwd, "rvbox-screenshot-1.png")
        try:
            bad = pattern_mismatches(read_png(png), W, H)
        except (OSError, ValueError) as e:
            bad = [str(e)]
        check("input: Ctrl-Alt-S writes rvbox-screenshot-1.png with the frame", not bad,
              "; ".join(bad[:5]))
        letterbox(x, r, wid, tab, tmp, W, H)
        x.close_window(wid)
        rc = r.wait_exit(20)
        check("input: closing the window ends rvbox with status 0 and \"rvbox: terminated\"",
              rc == 0 and r.wait_line("rvbox: terminated", 1), "status %s: %s" % (rc, r.tail()))
    finally:
        r.kill()


def letterbox(x, r, wid, tab, tmp, W, H):
    """The guest keeps W x H (this firmware ignores size requests by now):
    in a window 400 pixels taller the frame is drawn 1:1 between black
    bars of 200, and the pointer maps onto the frame, not the window."""
    WH = H + 400
    x.run("xdotool", "windowmove", wid, "0", "0")     # all of it on the screen for xwd
    x.run("xdotool", "windowsize", wid, str(W), str(WH))
    path = os.path.join(tmp, "tall.xwd")

    def mismatches():
        img = x.capture(wid, path)
        if not img or img[:2] != (W, WH):
            return ["size %s" % (img[:2] if img else None)]
        w, h, rgb = img
        bad = []
        for px, py in ((0, 0), (W // 2, 100), (W - 1, 199), (0, 200 + H), (W - 1, WH - 1)):
            got = tuple(rgb[(py * w + px) * 3:(py * w + px) * 3 + 3])
            if got != (0, 0, 0):
                bad.append("bar (%d,%d)=%s" % (px, py, got))
        inner = (W, H, rgb[200 * w * 3:(200 + H) * w * 3])
        return bad + pattern_mismatches(inner, W, H)

    bad = until(mismatches, lambda v: not v)
    check("input: in a %dx%d window the %dx%d frame shows 1:1 between black bars"
          % (W, WH, W, H), not bad, "; ".join(bad[:5]))
    start = len(events(r))
    x.run("xdotool", "mousemove", "--window", wid, "200", str(200 + 150))
    wx, wy = abs_value(200, W), abs_value(150, H)
    r.wait_line("type=3 code=1 value=%d" % wy, 10)
    ev = events(r)[start:]
    absx = [v for d, t, c, v in ev if t == 3 and c == 0 and d == tab]
    absy = [v for d, t, c, v in ev if t == 3 and c == 1 and d == tab]
    check("input: pointer at window (200, 350) over that frame arrives as EV_ABS X=%d Y=%d"
          % (wx, wy), wx in absx and wy in absy, "X %s Y %s" % (absx, absy))


# --- 4. a relative mouse: grab and release --------------------------------------------------

def case_grab(x, tmp):
    r = Rvbox(fw("tests=gpu,input inputevents=100000 inputwait=600000",
                 "-device", "virtio-gpu-device,xres=640,yres=480",
                 "-device", "virtio-mouse-device", "-display", "sdl"), x)
    try:
        if not check("grab: the firmware is ready for events", r.wait_line("# input: ready", 60),
                     r.tail()):
            return
        wid = r.window(x)
        if not check("grab: a window named rvbox opens", wid, r.no_window()):
            return
        x.run("xdotool", "mousemove", "--window", wid, "320", "240")
        time.sleep(0.3)
        start = len(events(r))
        x.run("xdotool", "click", "1")
        t = x.wait_title(wid, TITLE_GRABBED)
        check("grab: a click grabs the mouse; the title says how to release it",
              t == TITLE_GRABBED, repr(t))
        for _ in range(5):
            x.run("xdotool", "mousemove_relative", "--", "7", "5")
            time.sleep(0.1)
        time.sleep(0.5)
        ev = events(r)[start:]
        rel = [(c, v) for d, t, c, v in ev if t == 2 and c in (0, 1)]
        check("grab: motion arrives as EV_REL X/Y", any(c == 0 for c, v in rel) and
              any(c == 1 for c, v in rel), ev[:12])
        check("grab: the grabbing click is not passed on",
              not [1 for d, t, c, v in ev if t == 1 and c == 272], ev[:12])
        x.run("xdotool", "key", "ctrl+alt+g")
        t = x.wait_title(wid, "rvbox")
        check("grab: Ctrl-Alt-G releases it (title \"rvbox\")", t == "rvbox", repr(t))
    finally:
        r.kill()


# --- 5. an idle guest ---------------------------------------------------------------------

def case_idle(x, tmp):
    wfi = os.path.join(tmp, "wfi.bin")
    with open(wfi, "wb") as f:
        f.write(struct.pack("<II", 0x10500073, 0xffdff06f))   # 1: wfi; j 1b
    r = Rvbox(["-m", "64", "-bios", wfi, "-device", "virtio-gpu-device,xres=640,yres=480",
               "-display", "sdl"], x)
    try:
        wid = r.window(x)
        if not check("idle: a window named rvbox opens", wid, r.no_window()):
            return
        time.sleep(1)
        img = x.capture(wid, os.path.join(tmp, "black.xwd"))
        check("idle: the window is black before the guest sets a scanout",
              img and img[2] and not any(img[2]), "no capture" if not img else "not black")
        c0, t0 = cpu_seconds(r.p.pid), time.monotonic()
        time.sleep(IDLE_SECONDS)
        c1, t1 = cpu_seconds(r.p.pid), time.monotonic()
        pct = 100.0 * (c1 - c0) / (t1 - t0)
        check("idle: an idle guest with the window open uses %.1f%% of a core over %d s "
              "(limit %.0f%%)" % (pct, IDLE_SECONDS, IDLE_CPU_LIMIT), pct < IDLE_CPU_LIMIT,
              "%.1f%%" % pct)
    finally:
        r.kill()


# --- 6. machine resets ----------------------------------------------------------------------

def case_reset(x, tmp):
    prog = os.path.join(tmp, "reset.bin")
    with open(prog, "wb") as f:
        # lui t0,0x100; lui t1,0x7; addi t1,t1,0x777; sw t1,0(t0): the syscon's
        # reset (0x7777 at 0x100000); j . while it happens.
        f.write(struct.pack("<5I", 0x001002B7, 0x00007337, 0x77730313, 0x0062A023, 0x0000006F))
    r = Rvbox(["-m", "16", "-bios", prog, "-device", "virtio-gpu-device", "-device",
               "virtio-keyboard-device", "-device", "virtio-tablet-device", "-display", "sdl"], x)
    try:
        wid = r.window(x)
        if not check("reset: a window named rvbox opens", wid, r.no_window()):
            return
        # Input while machines come and go goes to whichever machine is there.
        for px, py in ((10, 10), (200, 150)):
            x.run("xdotool", "mousemove", "--window", wid, str(px), str(py))
        x.run("xdotool", "key", "--window", wid, "a")
        time.sleep(2)
        check("reset: the window stays while the guest resets the machine over and over",
              r.p.poll() is None and x.find_window(2) == wid, r.tail())
        x.close_window(wid)
        rc = r.wait_exit(20)
        check("reset: closing the window then ends rvbox with status 0 (%s)" % rc, rc == 0,
              r.tail())
    finally:
        r.kill()


def main():
    for path in (RVBOX, FW_BIN):
        if not os.path.exists(path):
            check("%s exists (make all firmware)" % os.path.relpath(path, ROOT), False, "missing")
            print("desktop: 0 passed, 1 failed")
            return 1
    missing = need_tools()
    tmp = tempfile.mkdtemp(prefix="rvbox-desktop-")
    have_gpu = has_device("virtio-gpu-device")
    have_input = all(has_device(d) for d in ("virtio-keyboard-device", "virtio-tablet-device",
                                              "virtio-mouse-device"))
    try:
        case_bad_input(tmp, have_gpu)
        if not check("Xvfb, xdotool and xwd are installed", not missing, missing):
            return 1
        x = X(start_xvfb())
        if check("this rvbox has virtio-gpu-device", have_gpu, "-device help lacks it"):
            case_gpu(x, tmp)
            case_idle(x, tmp)
            case_reset(x, tmp)
        if check("this rvbox has the virtio-input devices", have_gpu and have_input,
                 "-device help lacks them"):
            case_input(x, tmp)
            case_grab(x, tmp)
    finally:
        for p in reversed(procs):
            stop(p)
        shutil.rmtree(tmp, ignore_errors=True)
        passed = sum(results)
        print("desktop: %d passed, %d failed" % (passed, len(results) - passed))
    return 0 if all(results) else 1


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(1))
    sys.exit(main())
