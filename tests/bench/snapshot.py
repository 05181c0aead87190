#!/usr/bin/env python3
"""Snapshots of the default Linux guest: the boot time (process start to
"rvbox guest ready"), the time rvbox-savevm takes over QMP once the shell
answers, the snapshot's size, and the restore-to-prompt time (process
start with -loadvm until the shell has run a command typed at once). Runs
--rounds rounds; prints every run and the medians, and restore/boot.

The guest is the default one (images/default.cfg) with its disk in
snapshot mode, as CI jobs run it (README, "Using rvbox in CI")."""
import argparse
import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "qmp"))
sys.path.insert(0, os.path.join(ROOT, "tests", "guests"))
from console import Console  # noqa: E402
from qmp_client import QMPClient  # noqa: E402

RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
GUEST = [RVBOX, os.path.join(ROOT, "images", "default.cfg"), "-snapshot"]


class Run(Console):
    """rvbox with its console on a pipe (tests/guests/console.py); t0 is
    its start."""

    def __init__(self, args):
        self.t0 = time.monotonic()
        super().__init__(args)

    def wait_for(self, needle, timeout=120):
        """Seconds since the start when needle appeared."""
        self.expect(needle, timeout)
        return time.monotonic() - self.t0

    def type(self, text):
        self.send(text.decode())

    def end(self):
        self.close()


def one_round(tmp, i):
    sock = os.path.join(tmp, "qmp%d.sock" % i)
    snap = os.path.join(tmp, "booted%d.snap" % i)
    r = Run(GUEST + ["-qmp", "unix:%s,server,nowait" % sock])
    try:
        boot = r.wait_for(b"rvbox guest ready")
        r.type(b"\n")
        r.wait_for(b"# ")
        c = QMPClient(sock)
        c.connect()
        t = time.monotonic()
        c.execute("rvbox-savevm", {"filename": snap})
        save = time.monotonic() - t
        c.close()
    finally:
        r.end()
    r = Run(GUEST + ["-loadvm", snap])
    try:
        r.type(b"echo restored-$((20+22))\n")
        restore = r.wait_for(b"restored-42")
    finally:
        r.end()
    return boot, save, os.path.getsize(snap), restore


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    rounds = ap.parse_args().rounds
    rows = []
    with tempfile.TemporaryDirectory(prefix="rvbox-bench-snap-") as tmp:
        for i in range(rounds):
            boot, save, size, restore = one_round(tmp, i)
            rows.append((boot, save, size, restore))
            print("round %d: boot %.3f s, savevm %.3f s, snapshot %.1f MiB, restore to prompt "
                  "%.3f s" % (i + 1, boot, save, size / 2**20, restore), flush=True)
    med = [statistics.median(col) for col in zip(*rows)]
    print("median of %d: boot %.3f s, savevm %.3f s, snapshot %.1f MiB, restore to prompt "
          "%.3f s; restore/boot %.2f" % (rounds, med[0], med[1], med[2] / 2**20, med[3],
                                         med[3] / med[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
