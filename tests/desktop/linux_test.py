#!/usr/bin/env python3
"""The default Linux guest in an SDL window under a real X server (Xvfb):
virtio-gpu shows fbcon's console, virtio-input carries the keyboard and the
tablet, and a window resize reaches the guest as a new display mode.

Checks what a user sees: a command typed into the window with xdotool runs
in the guest's tty1 shell and prints on rvbox's terminal console (hvc0); a
screenshot of the window taken through X (ImageMagick's import) shows text,
not a blank or uniform frame; two pointer positions and a click arrive as
EV_ABS X/Y and BTN_LEFT on the guest's tablet event device; the window
resized through X becomes the guest's DRM mode."""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "linux"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from guest import READY, ROOT, Guest  # noqa: E402
from xserver import need_tools, start_xvfb, stop  # noqa: E402

BOOT_TIMEOUT = 300
WIDTH, HEIGHT = 800, 600
results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + detail))
    sys.stdout.flush()
    return cond


def x(env, *args, timeout=20):
    r = subprocess.run(list(args), env=env, capture_output=True, timeout=timeout)
    return r.stdout.decode(errors="replace").strip()


def find_window(env, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ids = x(env, "xdotool", "search", "--name", "^rvbox").split()
        if ids:
            return ids[0]
        time.sleep(0.5)
    return None


def geometry(env, wid):
    out = x(env, "xdotool", "getwindowgeometry", wid)
    m = re.search(r"Geometry: (\d+)x(\d+)", out)
    return (int(m.group(1)), int(m.group(2))) if m else None


def window_colors(env, wid, path):
    """Distinct colours and the share of the most common one in a screenshot
    of the window taken through X (ImageMagick import, as PPM)."""
    subprocess.run(["import", "-window", wid, path], env=env, timeout=30,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ppm = path.rsplit(".", 1)[0] + ".ppm"
    subprocess.run(["convert", path, "-depth", "8", ppm], timeout=30)
    data = open(ppm, "rb").read()
    parts = data.split(maxsplit=4)   # P6 w h max pixels
    w, h = int(parts[1]), int(parts[2])
    pix = parts[4][:w * h * 3]
    counts = {}
    for i in range(0, len(pix), 3 * 7):   # a sample of pixels is enough
        c = pix[i:i + 3]
        counts[c] = counts.get(c, 0) + 1
    top = max(counts.values()) / max(1, sum(counts.values()))
    return len(counts), top, (w, h)


def tablet_node(g):
    out, _ = g.run("for e in /sys/class/input/event*; do "
                   "echo $(basename $e) $(cat $e/device/name); done")
    for line in out.splitlines():
        if "ablet" in line:
            return "/dev/input/" + line.split()[0]
    return None


def read_events(g, node, env, wid, points):
    """Starts a reader of node in the guest, moves the pointer to each point
    in window coordinates and clicks; returns the (type, code, value)
    triples the guest read."""
    g.run("(cat %s > /tmp/ev.bin & echo $! > /tmp/ev.pid)" % node)
    time.sleep(1)
    for px, py in points:
        x(env, "xdotool", "mousemove", "--window", wid, str(px), str(py))
        time.sleep(0.5)
    x(env, "xdotool", "click", "1")
    time.sleep(1.5)
    out, _ = g.run("kill $(cat /tmp/ev.pid); hexdump -v -e '24/1 \"%02x\" \"\\n\"' /tmp/ev.bin",
                   30)
    events = []
    for line in out.split():
        if len(line) == 48:
            b = bytes.fromhex(line)
            events.append(struct.unpack("<HHi", b[16:24]))
    return events


def expected_abs(pos, size):
    return pos * 32767 // (size - 1)


def test_pointer(g, env, wid):
    node = tablet_node(g)
    if not check("the guest has a tablet event device", node, "no tablet in /sys/class/input"):
        return
    size = geometry(env, wid)
    points = [(100, 80), (size[0] - 150, size[1] - 120)]
    ev = read_events(g, node, env, wid, points)
    absx = [v for t, c, v in ev if t == 3 and c == 0]
    absy = [v for t, c, v in ev if t == 3 and c == 1]
    for (px, py) in points:
        wx, wy = expected_abs(px, size[0]), expected_abs(py, size[1])
        check("pointer at window (%d, %d) reads EV_ABS X=%d Y=%d in the guest" % (px, py, wx, wy),
              any(abs(v - wx) <= 64 for v in absx) and any(abs(v - wy) <= 64 for v in absy),
              "got X %s Y %s" % (absx, absy))
    check("a click reads BTN_LEFT down and up in the guest",
          (1, 0x110, 1) in ev and (1, 0x110, 0) in ev, repr(ev[-8:]))


def test_resize(g, env, wid):
    x(env, "xdotool", "windowsize", wid, "640", "480")
    deadline = time.monotonic() + 30
    modes = ""
    while time.monotonic() < deadline:
        modes, _ = g.run("cat /sys/class/drm/card0-Virtual-1/modes | head -1")
        if modes == "640x480":
            break
        time.sleep(1)
    check("the window resized to 640x480 through X is the guest's display mode", modes == "640x480",
          repr(modes))


def main():
    missing = need_tools({"Xvfb": "xvfb", "xdotool": "xdotool", "import": "imagemagick"})
    if not check("Xvfb, xdotool and ImageMagick are installed", not missing, repr(missing)):
        print("desktop-linux: 0 passed, 1 failed")
        return 1
    logs = os.path.join(ROOT, "build", "test-logs")
    os.makedirs(logs, exist_ok=True)
    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display)
    os.environ["DISPLAY"] = display
    tmp = tempfile.mkdtemp(prefix="rvbox-desktop-")
    g = Guest(["-append", "console=tty0 console=hvc0 earlycon=sbi", "-display", "sdl",
               "-device", "virtio-gpu-device,xres=%d,yres=%d" % (WIDTH, HEIGHT),
               "-device", "virtio-keyboard-device", "-device", "virtio-tablet-device"],
              os.path.join(logs, "desktop-linux.console"))
    try:
        g.expect(READY, BOOT_TIMEOUT)
        wid = find_window(env)
        if not check("rvbox opens a window named rvbox", wid, "xdotool found none"):
            return
        time.sleep(2)
        size = geometry(env, wid)
        check("the window opens at the guest's mode (%dx%d)" % (WIDTH, HEIGHT),
              size == (WIDTH, HEIGHT), repr(size))
        # As a user would: point into the window and click, then type.
        x(env, "xdotool", "mousemove", "--window", wid, "20", "20")
        x(env, "xdotool", "click", "1")
        time.sleep(0.5)
        x(env, "xdotool", "type", "--delay", "40", "echo typed-in-window > /dev/hvc0",
          timeout=60)
        x(env, "xdotool", "key", "Return")
        try:
            g.expect("typed-in-window\r", 30)
            typed = True
        except TimeoutError:
            typed = False
        check("a command typed into the window runs in tty1 and prints on the console", typed,
              "nothing on hvc0")
        colors, top, shot = window_colors(env, wid, os.path.join(tmp, "window.png"))
        check("a screenshot of the window through X shows fbcon text (%d colours, "
              "%.1f%% background)" % (colors, 100 * top), colors >= 2 and top < 0.995,
              repr((colors, top, shot)))
        test_pointer(g, env, wid)
        test_resize(g, env, wid)
        g.send("poweroff")
        check("poweroff ends rvbox with status 0", g.wait_exit(120) == 0, "")
    except (TimeoutError, EOFError) as e:
        check("desktop session", False, str(e))
    finally:
        g.kill()
        stop(xvfb)
        shutil.rmtree(tmp, ignore_errors=True)
    passed = sum(results)
    print("desktop-linux: %d passed, %d failed" % (passed, len(results) - passed))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
