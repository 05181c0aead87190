#!/usr/bin/env python3
"""Display speed, rvbox vs QEMU, both showing a virtio-gpu in an SDL window
on the same X server (Xvfb, 1280x1024x24):

- full-screen updates: the bare-metal firmware (build/firmware/fwtest.*,
  bootargs "tests=gpu gpubench=N") draws its pattern at 1024x768, then sends
  N times TRANSFER_TO_HOST_2D + RESOURCE_FLUSH of the whole picture (a
  stripe redrawn before each, so every frame differs) and prints the time
  they took by the guest's clock: frames per second. The CPU time the
  emulator process used for the whole run is printed beside it.
- idle cost: the default Linux guest booted with the gpu, a keyboard and a
  tablet, its console on the window (console=tty0), left idle for
  --idle-seconds: the share of one core the emulator process uses.

Prints every run, the medians and the ratios rvbox/QEMU (fps above 1: rvbox
is faster; CPU below 1: rvbox is cheaper). Nothing is judged.
env: QEMU (default qemu-system-riscv64), BIOS (OpenSBI fw_dynamic.bin)."""
import argparse
import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
QEMU = os.environ.get("QEMU", "qemu-system-riscv64")
BIOS = os.environ.get("BIOS", "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin")
FW_BIN = os.path.join(ROOT, "build", "firmware", "fwtest.bin")
FW_ELF = os.path.join(ROOT, "build", "firmware", "fwtest.elf")
OUT = os.path.join(ROOT, "images", "linux", "out")
W, H = 1024, 768
GPU = "virtio-gpu-device,xres=%d,yres=%d" % (W, H)
BENCH = re.compile(rb"# gpu: bench (\d+) frames (\d+)x(\d+) in (\d+) ms")
sys.path.insert(0, os.path.join(ROOT, "tests", "desktop"))
from xserver import cpu_seconds, start_xvfb, stop  # noqa: E402


def fps_commands(frames):
    args = "tests=gpu gpubench=%d" % frames
    rvbox = [RVBOX, "-bios", FW_BIN, "-append", args, "-device", GPU, "-display", "sdl"]
    # QEMU's virtio-mmio is legacy unless told; the firmware speaks virtio 1.x.
    qemu = [QEMU, "-M", "virt", "-m", "256", "-bios", "none", "-kernel", FW_ELF,
            "-append", args, "-global", "virtio-mmio.force-legacy=false", "-device", GPU,
            "-display", "sdl", "-serial", "stdio", "-monitor", "none"]
    return {"rvbox": rvbox, "qemu": qemu}


def run_fps(cmd, env):
    """Frames per second by the guest's clock, and the process's CPU seconds."""
    t = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    out = b""
    cpu = 0.0
    while p.poll() is None:
        try:
            cpu = cpu_seconds(p.pid)
        except OSError:
            pass
        time.sleep(0.05)
        if time.monotonic() - t > 300:
            p.kill()
    out = p.stdout.read()
    m = BENCH.search(out)
    if not m:
        sys.exit("display.py: no bench line from %s:\n%s" % (cmd[0], out.decode(errors="replace")[-800:]))
    frames, ms = int(m.group(1)), int(m.group(4))
    return frames * 1000.0 / max(ms, 1), cpu


def idle_commands(tmp):
    image = os.path.join(tmp, "Image")
    if not os.path.exists(image):
        with gzip.open(os.path.join(OUT, "Image.gz")) as src, open(image, "wb") as dst:
            shutil.copyfileobj(src, dst)
    initrd = os.path.join(OUT, "initramfs.cpio.gz")
    cmdline = "console=tty0 console=hvc0"
    devs = ["-device", GPU, "-device", "virtio-keyboard-device", "-device",
            "virtio-tablet-device"]
    rvbox = [RVBOX, "-m", "256", "-bios", BIOS, "-kernel", image, "-initrd", initrd,
             "-append", cmdline, "-display", "sdl"] + devs
    qemu = [QEMU, "-M", "virt", "-m", "256", "-smp", "1", "-display", "sdl", "-monitor",
            "none", "-serial", "null", "-bios", BIOS, "-kernel", image, "-initrd", initrd,
            "-append", cmdline, "-global", "virtio-mmio.force-legacy=false",
            "-device", "virtio-serial-device", "-chardev", "stdio,id=con0",
            "-device", "virtconsole,chardev=con0"] + devs
    return {"rvbox": rvbox, "qemu": qemu}


def run_idle(cmd, env, seconds):
    """Share of one core the process uses while the booted guest idles."""
    p = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    try:
        out = b""
        deadline = time.monotonic() + 300
        while b"rvbox guest ready" not in out and time.monotonic() < deadline:
            out += os.read(p.stdout.fileno(), 65536)
        time.sleep(3)   # let the boot's last work settle
        c0, t0 = cpu_seconds(p.pid), time.monotonic()
        time.sleep(seconds)
        return (cpu_seconds(p.pid) - c0) / (time.monotonic() - t0)
    finally:
        p.kill()
        p.wait()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--frames", type=int, default=2000)
    ap.add_argument("--idle-seconds", type=float, default=10)
    a = ap.parse_args()
    for f in (RVBOX, FW_BIN, FW_ELF):
        if not os.path.exists(f):
            sys.exit("display.py: %s is missing (make && make firmware)" % f)
    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display)
    res = {k: {"fps": [], "cpu": [], "idle": []} for k in ("rvbox", "qemu")}
    tmp = tempfile.mkdtemp(prefix="rvbox-display-")
    try:
        for r in range(a.rounds):
            for name, cmd in fps_commands(a.frames).items():
                fps, cpu = run_fps(cmd, env)
                res[name]["fps"].append(fps)
                res[name]["cpu"].append(cpu)
                print("round %d %-5s %d full-screen updates at %dx%d: %8.1f frames/s, "
                      "%.2f s CPU" % (r + 1, name, a.frames, W, H, fps, cpu))
            for name, cmd in idle_commands(tmp).items():
                idle = run_idle(cmd, env, a.idle_seconds)
                res[name]["idle"].append(idle)
                print("round %d %-5s idle Linux guest with the window open: %.1f%% of a core"
                      % (r + 1, name, 100 * idle))
            sys.stdout.flush()
    finally:
        stop(xvfb)
        shutil.rmtree(tmp, ignore_errors=True)
    med = {k: {m: statistics.median(v[m]) for m in v} for k, v in res.items()}
    print()
    print("%-44s %10s %10s %8s" % ("median", "rvbox", "qemu", "ratio"))
    print("%-44s %10.1f %10.1f %8.2f" % ("full-screen updates, frames/s", med["rvbox"]["fps"],
                                          med["qemu"]["fps"],
                                          med["rvbox"]["fps"] / med["qemu"]["fps"]))
    print("%-44s %10.2f %10.2f %8.2f" % ("CPU seconds for the update run", med["rvbox"]["cpu"],
                                          med["qemu"]["cpu"],
                                          med["rvbox"]["cpu"] / max(med["qemu"]["cpu"], 1e-9)))
    print("%-44s %9.1f%% %9.1f%%" % ("idle guest, window open, share of a core",
                                      100 * med["rvbox"]["idle"], 100 * med["qemu"]["idle"]))


if __name__ == "__main__":
    main()
