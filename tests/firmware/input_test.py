#!/usr/bin/env python3
"""Runs the bare-metal self-test firmware (build/firmware/fwtest.bin) on
rvbox with the virtio-input devices, headless (no window, so no host
events): the firmware's own ok/not ok lines and exit status, and the
names and device ids it prints for each device.

Cases: a keyboard, a tablet and a mouse together (tests=input passes, each
device's ID_NAME and ID_DEVIDS are QEMU's, with rvbox's names); an unknown
-device option (rvbox exits 1 with one line naming it); tests=input with no
input device (the firmware reports it missing); the inputevents= mode with
nothing sending events (it announces "ready", then reports the shortfall
when inputwait= runs out). Events from a real window are another test's.

Output contract as tests/firmware/run.py: one "ok - " / "not ok - " line
per check and a last line "firmware_input: N passed, M failed"."""
import os
import subprocess
import sys
import threading

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
FW_BIN = os.path.join(ROOT, "build", "firmware", "fwtest.bin")
RUN_TIMEOUT = 120

# (-device name, ID_NAME, product) in slot order after the console (slot 0).
DEVICES = [
    ("virtio-keyboard-device", "rvbox virtio keyboard", 1),
    ("virtio-tablet-device", "rvbox virtio tablet", 3),
    ("virtio-mouse-device", "rvbox virtio mouse", 2),
]

results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + detail))
    sys.stdout.flush()
    return cond


class Run:
    """One rvbox run, stdout and stderr together, stdin closed."""

    def __init__(self, label, args, timeout=RUN_TIMEOUT):
        self.label = label
        self.lines = []
        cmd = [RVBOX] + args
        print("# %s: %s" % (label, " ".join(cmd)))
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        try:
            for raw in p.stdout:
                line = raw.decode(errors="replace").rstrip("\r\n")
                self.lines.append(line)
                print("    | " + line)
            self.rc = p.wait()
        finally:
            timer.cancel()
            if p.poll() is None:
                p.kill()
                p.wait()

    def not_ok(self):
        return [l for l in self.lines if l.startswith("not ok - ")]

    def has_ok(self, prefix):
        return any(l.startswith("ok - " + prefix) for l in self.lines)

    def summary(self):
        for l in self.lines:
            if l.startswith("fwtest: ") and " passed, " in l:
                return l
        return "no summary (status %s)" % self.rc


def fw_args(bootargs, *extra):
    return ["-m", "64", "-bios", FW_BIN] + list(extra) + ["-append", bootargs]


def device_flags(names):
    flags = []
    for n in names:
        flags += ["-device", n]
    return flags


def case_three_devices():
    r = Run("keyboard+tablet+mouse",
            fw_args("tests=input", *device_flags(d[0] for d in DEVICES)))
    check("three devices: rvbox exits 0 (%s)" % r.summary(),
          r.rc == 0 and not r.not_ok(), "status %s, %s" % (r.rc, r.not_ok()))
    for slot, (dev, name, product) in enumerate(DEVICES, start=1):
        want_name = '# input: slot %d name "%s" serial "0000"' % (slot, name)
        check("three devices: %s in slot %d is named \"%s\"" % (dev, slot, name),
              want_name in r.lines, "not printed")
        want_ids = ("# input: slot %d devids bustype 0x6 vendor 0x627 product 0x%x "
                    "version 0x1" % (slot, product))
        check("three devices: %s has QEMU's ids (product %d)" % (dev, product),
              want_ids in r.lines, "not printed")
        check("three devices: slot %d init and event buffers" % slot,
              r.has_ok("input: slot %d init" % slot) and
              r.has_ok("input: slot %d 16 event buffers posted" % slot), "missing")
    for want in ["input: slot 1 keyboard reports its keys",
                 "input: slot 1 keyboard has a Caps Lock LED",
                 "input: slot 1 keyboard offers autorepeat",
                 "input: slot 1 statusq takes EV_LED LED_CAPSL 1",
                 "input: slot 2 pointer reports X and Y (absolute)",
                 "input: slot 2 ABS_INFO ABS_X spans 0..32767",
                 "input: slot 2 ABS_INFO ABS_Y spans 0..32767",
                 "input: slot 3 pointer reports X and Y (relative)",
                 "input: slot 3 UNSET, an unknown select"]:
        check("three devices: firmware reports \"%s\"" % want, r.has_ok(want), "missing")
    check("three devices: the firmware found 3 devices", "# input: 3 device(s)" in r.lines,
          "not printed")


def case_unknown_option():
    r = Run("unknown option", fw_args("tests=input", "-device", "virtio-keyboard-device,foo=1"))
    check("unknown option: rvbox exits 1", r.rc == 1, "status %s" % r.rc)
    check("unknown option: one line naming 'foo'",
          len(r.lines) == 1 and "foo" in r.lines[0] and "virtio-keyboard-device" in r.lines[0],
          repr(r.lines))


def case_absent():
    r = Run("input absent", fw_args("tests=input"))
    check("input absent: rvbox exits non-zero", r.rc not in (0, None), "status %s" % r.rc)
    check("input absent: the firmware names the missing device",
          any(l.startswith("not ok - input: no virtio-input device") for l in r.lines),
          "not seen")


def case_events_timeout():
    """inputevents= with no window: "ready", no event lines, the shortfall
    reported once inputwait= has passed, exit status the failure count."""
    r = Run("events, none sent",
            fw_args("tests=input inputevents=3 inputwait=300",
                    *device_flags(["virtio-keyboard-device", "virtio-tablet-device"])))
    check("events, none sent: \"# input: ready\" printed", "# input: ready" in r.lines,
          "not seen")
    check("events, none sent: no event lines",
          not any(l.startswith("# input: dev=") for l in r.lines), "some printed")
    bad = r.not_ok()
    check("events, none sent: the shortfall is the one failure (status 1)",
          r.rc == 1 and bad == ["not ok - input: 0 of 3 events arrived within 300 ms"],
          "status %s, %s" % (r.rc, bad))


def main():
    for path in (RVBOX, FW_BIN):
        if not os.path.exists(path):
            check("%s exists (make firmware)" % os.path.relpath(path, ROOT), False, "missing")
            print("firmware_input: 0 passed, 1 failed")
            return 1
    case_three_devices()
    case_unknown_option()
    case_absent()
    case_events_timeout()
    passed = sum(results)
    failed = len(results) - passed
    print("firmware_input: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
