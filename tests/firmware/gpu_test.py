#!/usr/bin/env python3
"""Runs the firmware's virtio-gpu self-tests (images/firmware/gpu.c) on
rvbox and checks what the host ends up with: the firmware's ok/not ok
lines and exit status, and the --screenshot PNG, which must hold the
firmware's test pattern at every pixel (decoded here with zlib and struct:
8-bit RGB, non-interlaced, any of the five filter types).

Cases: the pattern at xres=640,yres=480; a display larger than the
firmware's 1024x768 picture with edid=off (EDID skipped, the picture
clamped); the misuse test with max_hostmem=64M (every hostile request gets
its error response); options create must refuse, each with one line on
stderr and exit status 1."""
import os
import struct
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
FW_BIN = os.path.join(ROOT, "build", "firmware", "fwtest.bin")
RUN_TIMEOUT = 120
FB_MAX = (1024, 768)   # the firmware clamps its picture to this

results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + detail))
    sys.stdout.flush()
    return cond


class Run:
    """One rvbox run of the firmware (bootargs reach it through the device
    tree the boot ROM passes, so it is loaded with -bios)."""

    def __init__(self, label, bootargs, *extra):
        self.label = label
        cmd = [RVBOX, "-m", "64", "-bios", FW_BIN] + list(extra) + ["-append", bootargs]
        print("# %s: %s" % (label, " ".join(cmd)))
        try:
            p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=RUN_TIMEOUT)
            self.rc, out, err = p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired as e:
            self.rc, out, err = None, e.stdout or b"", e.stderr or b""
        self.lines = out.decode(errors="replace").splitlines()
        self.err = err.decode(errors="replace").splitlines()
        for line in self.lines + self.err:
            print("    | " + line)

    def not_ok(self):
        return [l for l in self.lines if l.startswith("not ok - ")]

    def passes(self):
        return sum(1 for l in self.lines if l.startswith("ok - "))


def expect_clean(run, wanted):
    """The firmware passed every check, printed each wanted ok line, and
    rvbox exited 0."""
    check("%s: rvbox exits 0, no \"not ok\" (%d ok lines)" % (run.label, run.passes()),
          run.rc == 0 and not run.not_ok() and run.passes() > 0,
          "status %s, %s" % (run.rc, run.not_ok()))
    for w in wanted:
        check("%s: firmware reports \"%s\"" % (run.label, w),
              any(l.startswith("ok - " + w) for l in run.lines), "missing")


# --- PNG ---------------------------------------------------------------------

def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def unfilter(ftype, row, prev, bpp):
    """PNG filter types 0-4 (PNG spec §9) undone in place on row."""
    n = len(row)
    if ftype == 0:
        return row
    if ftype == 2:
        for i in range(n):
            row[i] = (row[i] + prev[i]) & 0xFF
        return row
    for i in range(n):
        a = row[i - bpp] if i >= bpp else 0
        if ftype == 1:
            row[i] = (row[i] + a) & 0xFF
        elif ftype == 3:
            row[i] = (row[i] + ((a + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            c = prev[i - bpp] if i >= bpp else 0
            row[i] = (row[i] + paeth(a, prev[i], c)) & 0xFF
        else:
            raise ValueError("filter type %d" % ftype)
    return row


def read_png(path):
    """Returns (width, height, rows) of an 8-bit RGB non-interlaced PNG;
    rows are bytes of 3 * width."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    width, height, depth, ctype, _, _, interlace = ihdr
    if (depth, ctype, interlace) != (8, 2, 0):
        raise ValueError("not 8-bit RGB non-interlaced: %s" % (ihdr,))
    raw = zlib.decompress(idat)
    stride = 3 * width
    rows, prev = [], bytearray(stride)
    for y in range(height):
        at = y * (stride + 1)
        row = unfilter(raw[at], bytearray(raw[at + 1:at + 1 + stride]), prev, 3)
        rows.append(bytes(row))
        prev = row
    return width, height, rows


def pattern_row(y, width):
    """Row y of the firmware's picture as RGB: R = x, G = y, B = 3x + y."""
    out = bytearray(3 * width)
    out[0::3] = bytes(x & 0xFF for x in range(width))
    out[1::3] = bytes([y & 0xFF]) * width
    out[2::3] = bytes((3 * x + y) & 0xFF for x in range(width))
    return bytes(out)


def first_difference(rows, width):
    for y, row in enumerate(rows):
        want = pattern_row(y, width)
        if row != want:
            x = next(i for i in range(len(row)) if row[i] != want[i]) // 3
            return "pixel (%d, %d) is %s, not %s" % (x, y, row[3 * x:3 * x + 3].hex(),
                                                     want[3 * x:3 * x + 3].hex())
    return None


def check_screenshot(label, path, size):
    if not check("%s: the screenshot was written" % label, os.path.exists(path), "no file"):
        return
    try:
        width, height, rows = read_png(path)
    except (ValueError, zlib.error, struct.error, TypeError) as e:
        check("%s: the screenshot is a PNG rvbox can write" % label, False, str(e))
        return
    check("%s: the screenshot is %dx%d" % (label, size[0], size[1]),
          (width, height) == size, "%dx%d" % (width, height))
    diff = first_difference(rows, width)
    check("%s: every pixel of the screenshot is the firmware's pattern" % label,
          diff is None, diff or "")


# --- cases ---------------------------------------------------------------------

PATTERN_OK = ["gpu: init", "gpu: config num_scanouts is 1", "gpu: GET_DISPLAY_INFO",
              "gpu: RESOURCE_CREATE_2D B8G8R8X8", "gpu: RESOURCE_ATTACH_BACKING",
              "gpu: TRANSFER_TO_HOST_2D", "gpu: SET_SCANOUT", "gpu: RESOURCE_FLUSH"]


def case_pattern(tmp):
    png = os.path.join(tmp, "pattern.png")
    r = Run("pattern 640x480", "tests=gpu", "-device",
            "virtio-gpu-device,xres=640,yres=480", "--screenshot", png)
    expect_clean(r, PATTERN_OK + ["gpu: GET_DISPLAY_INFO: scanout 0 enabled at 640x480",
                                  "gpu: GET_EDID: header and checksum",
                                  "gpu: EDID preferred timing is the display's size (640x480)",
                                  "gpu: fenced GET_DISPLAY_INFO answered with its fence"])
    check_screenshot("pattern 640x480", png, (640, 480))


def case_large_no_edid(tmp):
    png = os.path.join(tmp, "large.png")
    r = Run("1280x800, edid=off", "tests=gpu", "-device",
            "virtio-gpu-device,xres=1280,yres=800,edid=off", "--screenshot", png)
    expect_clean(r, PATTERN_OK + ["gpu: GET_DISPLAY_INFO: scanout 0 enabled at 1280x800",
                                  "gpu: RESOURCE_CREATE_2D B8G8R8X8 1024x768"])
    check("1280x800, edid=off: the firmware finds VIRTIO_GPU_F_EDID not offered",
          "# gpu: VIRTIO_GPU_F_EDID not offered: no GET_EDID" in r.lines, "missing")
    check_screenshot("1280x800, edid=off", png, FB_MAX)


def case_misuse(tmp):
    r = Run("misuse", "tests=gpu-misuse", "-device", "virtio-gpu-device,max_hostmem=64M")
    expect_clean(r, [
        "gpu-misuse: TRANSFER_TO_HOST_2D rectangle outside the resource -> "
        "ERR_INVALID_PARAMETER",
        "gpu-misuse: ATTACH_BACKING entry at 0x1000 (not RAM) -> error",
        "gpu-misuse: ATTACH_BACKING entry beyond RAM -> error",
        "gpu-misuse: TRANSFER_TO_HOST_2D of resource 77 -> ERR_INVALID_RESOURCE_ID",
        "gpu-misuse: SET_SCANOUT on scanout 5 -> ERR_INVALID_SCANOUT_ID",
        "gpu-misuse: RESOURCE_CREATE_2D 8192x8192 (256 MiB, over max_hostmem) -> "
        "ERR_OUT_OF_MEMORY",
        "gpu-misuse: unknown command 0x1ff -> ERR_UNSPEC",
        "gpu-misuse: GET_DISPLAY_INFO with room for the header only: completed",
        "gpu-misuse: the device still answers"])


def case_bad_options(tmp):
    for opts, word in (("xres=0", "xres"), ("xres=100000", "xres"),
                       ("max_hostmem=abc", "max_hostmem")):
        label = "-device virtio-gpu-device,%s" % opts
        r = Run(label, "tests=gpu", "-device", "virtio-gpu-device," + opts)
        check("%s: exit status 1" % label, r.rc == 1, "status %s" % r.rc)
        check("%s: one line on stderr naming %s" % (label, word),
              len(r.err) == 1 and word in r.err[0] and "virtio-gpu-device" in r.err[0],
              repr(r.err))


def main():
    for path in (RVBOX, FW_BIN):
        if not os.path.exists(path):
            check("%s exists (make; make firmware)" % os.path.relpath(path, ROOT), False,
                  "missing")
            print("gpu: 0 passed, 1 failed")
            return 1
    with tempfile.TemporaryDirectory(prefix="rvbox-gpu-") as tmp:
        case_pattern(tmp)
        case_large_no_edid(tmp)
        case_misuse(tmp)
        case_bad_options(tmp)
    passed = sum(results)
    failed = len(results) - passed
    print("gpu: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
