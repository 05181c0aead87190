#!/usr/bin/env python3
"""Linux boot time, rvbox vs QEMU: wall time from process start until the
guest prints "rvbox guest ready" (just before the shell), for the default
kernel + initramfs (images/linux/out/). Runs alternate rvbox (its
translator, the default), rvbox -accel interp and QEMU for --rounds rounds,
at each hart count in --smp (default 1 and 4); prints every run, the medians
and their ratios.

Both get the same uncompressed Image (QEMU's loader does not take gzip), the
same OpenSBI, 256 MiB, the same number of harts, the same command line, no
disk. QEMU is -M virt with its virtio console on stdio.
env: QEMU (default qemu-system-riscv64), BIOS (OpenSBI fw_dynamic.bin)."""
import argparse
import gzip
import os
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
OUT = os.path.join(ROOT, "images", "linux", "out")
QEMU = os.environ.get("QEMU", "qemu-system-riscv64")
BIOS = os.environ.get("BIOS", "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin")
CMDLINE = "console=hvc0 earlycon=sbi"
READY = b"rvbox guest ready"


def commands(tmp, smp):
    """The rvbox and QEMU command lines for one boot with smp harts."""
    image = os.path.join(tmp, "Image")
    initrd = os.path.join(OUT, "initramfs.cpio.gz")
    rvbox = [RVBOX, "-m", "256", "-smp", str(smp), "-bios", BIOS, "-kernel", image,
             "-initrd", initrd, "-append", CMDLINE]
    # The guest's console (hvc0) is the virtio console: put it on stdio, as
    # rvbox does; the UART only carries OpenSBI's banner.
    qemu = [QEMU, "-M", "virt", "-m", "256", "-smp", str(smp),
            "-display", "none", "-monitor", "none", "-serial", "null",
            "-bios", BIOS, "-kernel", image, "-initrd", initrd, "-append", CMDLINE,
            "-global", "virtio-mmio.force-legacy=false",
            "-chardev", "stdio,id=vc,signal=off",
            "-device", "virtio-serial-device", "-device", "virtconsole,chardev=vc",
            "-no-reboot"]
    return rvbox, qemu


def time_boot(cmd, timeout):
    """Seconds from starting cmd until READY is on its console; kills it."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    out = b""
    try:
        while READY not in out:
            left = t0 + timeout - time.monotonic()
            if left <= 0:
                raise RuntimeError("no %r within %d s" % (READY.decode(), timeout))
            r, _, _ = select.select([p.stdout], [], [], min(left, 1.0))
            if r:
                data = os.read(p.stdout.fileno(), 65536)
                if not data:
                    raise RuntimeError("exited with status %s" % p.wait())
                out += data
        return time.monotonic() - t0
    except RuntimeError as e:
        sys.exit("%s: %s; last output:\n%s" % (os.path.basename(cmd[0]), e,
                                                out[-1500:].decode(errors="replace")))
    finally:
        p.kill()
        p.wait()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--timeout", type=int, default=300, help="seconds per boot")
    ap.add_argument("--smp", default="1,4", help="hart counts, comma-separated")
    args = ap.parse_args()
    smps = [int(n) for n in args.smp.split(",")]
    for f in (RVBOX, BIOS, os.path.join(OUT, "Image.gz"), os.path.join(OUT, "initramfs.cpio.gz")):
        if not os.path.exists(f):
            sys.exit("missing %s" % f)
    if not shutil.which(QEMU):
        sys.exit("missing %s (apt-get install qemu-system-misc)" % QEMU)

    tmp = tempfile.mkdtemp(prefix="rvbox-bench-boot-")
    runs = []
    try:
        with gzip.open(os.path.join(OUT, "Image.gz")) as src, \
                open(os.path.join(tmp, "Image"), "wb") as dst:
            shutil.copyfileobj(src, dst)
        for smp in smps:
            rvbox_cmd, qemu_cmd = commands(tmp, smp)
            interp_cmd = rvbox_cmd[:1] + ["-accel", "interp"] + rvbox_cmd[1:]
            runs += [("rvbox", smp, rvbox_cmd), ("interp", smp, interp_cmd),
                     ("qemu", smp, qemu_cmd)]
        print("boot: time to %r, %d rounds" % (READY.decode(), args.rounds))
        for name, smp, cmd in runs:
            print("  %-6s -smp %d: %s" % (name, smp, " ".join(cmd)), flush=True)
        times = {(name, smp): [] for name, smp, _ in runs}
        for r in range(1, args.rounds + 1):
            for name, smp, cmd in runs:
                t = time_boot(cmd, args.timeout)
                times[(name, smp)].append(t)
                print("round %d  %-6s -smp %d  %.3f s" % (r, name, smp, t), flush=True)
        # The translator's code cache after a boot (a script ends rvbox at
        # the prompt so that --jit-stats prints).
        script = os.path.join(tmp, "ready.script")
        with open(script, "w") as f:
            f.write("expect %s\nexit 0\n" % READY.decode())
        stats = {}
        for smp in smps:
            cmd = commands(tmp, smp)[0] + ["--jit-stats", "--script", script]
            r = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True,
                               timeout=args.timeout)
            m = re.search(rb"jit: .*", r.stdout + r.stderr)
            stats[smp] = m.group(0).decode() if m else "(no --jit-stats line)"
    finally:
        shutil.rmtree(tmp)

    med = {key: statistics.median(v) for key, v in times.items()}
    for (name, smp), m in med.items():
        print("median   %-6s -smp %d  %.3f s" % (name, smp, m))
    for smp in smps:
        qe = med[("qemu", smp)]
        for name in ("rvbox", "interp"):
            rv = med[(name, smp)]
            faster = ("rvbox is %.2fx faster" % (qe / rv) if rv < qe
                      else "QEMU is %.2fx faster" % (rv / qe))
            print("boot time ratio %s/qemu -smp %d: %.2f (%s)" % (name, smp, rv / qe, faster))
        print("rvbox -smp %d %s" % (smp, stats[smp]))


if __name__ == "__main__":
    main()
