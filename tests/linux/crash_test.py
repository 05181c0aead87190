#!/usr/bin/env python3
"""Crash safety of disks: a Linux guest writes and syncs files on an ext4
disk in a loop, telling the console after each sync; rvbox is killed with
SIGKILL in the middle. The image must then be a clean ext4 once its
journal is replayed (e2fsck), and every file whose sync the guest saw
complete must be on it with its bytes: a sync (virtio-blk FLUSH) means the
data left rvbox for the host file."""
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from guest import READY, ROOT, Guest  # noqa: E402

results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + detail))
    sys.stdout.flush()


def e2fsck(args, image):
    r = subprocess.run(["e2fsck"] + args + [image], capture_output=True)
    return r.returncode, (r.stdout + r.stderr).decode(errors="replace")


def write_until_killed(image, log, aio):
    """Boots, starts the write loop, kills rvbox after some syncs; returns
    the numbers whose sync the guest reported done."""
    g = Guest(["-drive", "file=%s,format=raw,aio=%s" % (image, aio)], log)
    acked = []
    try:
        g.expect(READY, 300)
        g.run("mount -t ext4 /dev/vda /mnt")
        g.send("i=0; while true; do i=$((i+1)); echo data-$i > /mnt/f$i; "
               "dd if=/dev/urandom of=/mnt/big$((i % 4)) bs=4k count=16 2>/dev/null; "
               "sync; echo SYNCED-$i; done")
        deadline = time.monotonic() + 60
        while len(acked) < 25 and time.monotonic() < deadline:
            text = g.expect("\n", 30)
            m = re.search(r"SYNCED-(\d+)", text)
            if m:
                acked.append(int(m.group(1)))
        g.proc.send_signal(signal.SIGKILL)
        g.proc.wait()
    except (TimeoutError, EOFError) as e:
        check("write loop (aio=%s)" % aio, False, str(e))
    finally:
        g.kill()
    return acked


def main():
    logs = os.path.join(ROOT, "build", "test-logs")
    os.makedirs(logs, exist_ok=True)
    for aio in ("threads", "native"):
        with tempfile.TemporaryDirectory(prefix="rvbox-crash-") as tmp:
            image = os.path.join(tmp, "ext4.img")
            with open(image, "wb") as f:
                f.truncate(64 << 20)
            subprocess.run(["mkfs.ext4", "-q", "-F", image], check=True)
            acked = write_until_killed(image, os.path.join(logs, "crash-%s.console" % aio), aio)
            check("the guest synced 25 files before SIGKILL (aio=%s)" % aio, len(acked) >= 25,
                  "%d" % len(acked))
            rc, out = e2fsck(["-fy"], image)            # replays the journal
            check("e2fsck replays the journal (aio=%s)" % aio, rc in (0, 1), out[-300:])
            rc, out = e2fsck(["-fn"], image)
            check("the image is then a clean ext4 (aio=%s)" % aio, rc == 0, out[-300:])
            missing = []
            for i in acked:
                r = subprocess.run(["debugfs", "-R", "cat /f%d" % i, image],
                                   capture_output=True)
                if r.stdout.decode(errors="replace").strip() != "data-%d" % i:
                    missing.append(i)
            check("every file synced before the kill is on the disk (aio=%s, %d files)"
                  % (aio, len(acked)), acked and not missing, "missing %s" % missing[:10])
    passed = sum(results)
    print("crash: %d passed, %d failed" % (passed, len(results) - passed))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
