#!/usr/bin/env python3
"""Integer CPU speed, rvbox vs QEMU: runs each bare-metal benchmark of
build/bench/ (make -C tests/bench) in rvbox with its translator (the
default), rvbox with its interpreter (-accel interp) and
qemu-system-riscv64 -M spike, alternately, for --rounds rounds. Every run must
exit 0 (the program's own checksum matched); a wrong result is reported and
makes this script exit 1. Speed is only printed, never judged.

Figures: median wall time (process start to exit) per program and emulator,
"rvbox speed relative to QEMU" = qemu_time / rvbox_time (above 1: rvbox is
faster) for the translator and the interpreter, rvbox MIPS, the geometric
means of the ratios, and the translator's code cache after each program
(rvbox --jit-stats).
env: QEMU (default qemu-system-riscv64)."""
import argparse
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
BENCH = os.path.join(ROOT, "build", "bench")
QEMU = os.environ.get("QEMU", "qemu-system-riscv64")
PROGS = ["sieve", "crc32", "muldiv", "branchy"]


def run(cmd, timeout):
    """(seconds, exit status, output) of one run."""
    t0 = time.monotonic()
    try:
        r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return time.monotonic() - t0, "timeout", e.stdout or b""
    return time.monotonic() - t0, r.returncode, r.stdout


def instructions(prog, timeout):
    """Instructions the program retires on rvbox: from rvbox --icount if it
    has that flag, else as counted by the guest itself (minstret around the
    benchmark, printed by the NAME-count.elf build)."""
    usage = subprocess.run([RVBOX, "--help"], capture_output=True, text=True)
    if "--icount" in usage.stdout + usage.stderr:
        _, _, out = run([RVBOX, "--icount", "-bios", "none", "-kernel",
                         os.path.join(BENCH, prog + ".elf")], timeout)
        m = re.search(rb"(?:icount|instructions)\D{0,20}(\d+)|(\d+) instructions", out)
        if m:
            return int(m.group(1) or m.group(2)), "rvbox --icount"
    _, status, out = run([RVBOX, "-bios", "none", "-kernel",
                          os.path.join(BENCH, prog + "-count.elf")], timeout)
    m = re.search(rb"instret (\d+)", out)
    if status != 0 or not m:
        sys.exit("%s-count.elf on rvbox: status %s, output %r" % (prog, status, out[-300:]))
    return int(m.group(1)), "guest minstret"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--timeout", type=int, default=300, help="seconds per run")
    args = ap.parse_args()
    if not shutil.which(QEMU):
        sys.exit("missing %s (apt-get install qemu-system-misc)" % QEMU)
    for f in [RVBOX] + [os.path.join(BENCH, p + s) for p in PROGS for s in (".elf", "-count.elf")]:
        if not os.path.exists(f):
            sys.exit("missing %s (make && make -C tests/bench)" % f)

    emus = {"rvbox": [RVBOX, "-bios", "none", "-kernel"],
            "interp": [RVBOX, "-accel", "interp", "-bios", "none", "-kernel"],
            "qemu": [QEMU, "-M", "spike", "-bios", "none", "-nographic", "-kernel"]}
    print("cpu: %d rounds" % args.rounds)
    for name, cmd in emus.items():
        print("  %-6s: %s X.elf" % (name, " ".join(cmd)))
    insns = {}
    for p in PROGS:
        insns[p], how = instructions(p, args.timeout)
    print("  instruction counts: " + how, flush=True)

    times = {(p, e): [] for p in PROGS for e in emus}
    errors = []
    for r in range(1, args.rounds + 1):
        for p in PROGS:
            line = "round %d  %-8s" % (r, p)
            for e, cmd in emus.items():
                t, status, out = run(cmd + [os.path.join(BENCH, p + ".elf")], args.timeout)
                times[p, e].append(t)
                line += "  %s %7.3f s" % (e, t)
                if status != 0:
                    line += " (exit %s!)" % status
                    errors.append("%s on %s: exit %s, output %r" % (p, e, status, out[-200:]))
            print(line, flush=True)

    print("\n%-8s %8s %9s %9s %9s %10s %9s %9s" % ("program", "Minsns", "rvbox s", "interp s",
                                                    "qemu s", "rvbox MIPS", "rvbox/Q", "interp/Q"))
    ratios, iratios = [], []
    for p in PROGS:
        rv, it, qe = (statistics.median(times[p, e]) for e in ("rvbox", "interp", "qemu"))
        ratios.append(qe / rv)
        iratios.append(qe / it)
        print("%-8s %8.1f %9.3f %9.3f %9.3f %10.1f %8.3fx %8.3fx" % (
            p, insns[p] / 1e6, rv, it, qe, insns[p] / rv / 1e6, qe / rv, qe / it))
    for name, rs in (("translator", ratios), ("interpreter", iratios)):
        gm = math.exp(sum(map(math.log, rs)) / len(rs))
        print("geometric mean of rvbox's %s speed relative to QEMU: %.3fx (%s)" % (
            name, gm, "rvbox is %.2fx faster" % gm if gm > 1 else "QEMU is %.2fx faster" % (1 / gm)))
    for p in PROGS:
        _, _, out = run([RVBOX, "--jit-stats", "-bios", "none", "-kernel",
                         os.path.join(BENCH, p + ".elf")], args.timeout)
        m = re.search(rb"jit: .*", out)
        print("%-8s %s" % (p, m.group(0).decode() if m else "(no --jit-stats line)"))
    print("(times are medians of whole runs, process start-up included)")
    for e in errors:
        print("WRONG RESULT: " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
