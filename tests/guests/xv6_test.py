#!/usr/bin/env python3
"""xv6-riscv, written for QEMU's virt board, runs unchanged on rvbox with
QEMU's own command line (images/xv6/README.md): three harts start, the
shell comes up on the UART, and programs run: fork test, file I/O on its
virtio disk (in slot 0 through bus=virtio-mmio-bus.0, whose driver never
negotiates VERSION_1), a second boot sees what the first wrote, and xv6's
own test suite, `usertests -q`, prints ALL TESTS PASSED."""
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from console import Console  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
USERTESTS_TIMEOUT = 1200
results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + detail), flush=True)


class Xv6(Console):
    """rvbox running xv6 with QEMU's command line."""

    def __init__(self, xv6, fs_img):
        super().__init__([RVBOX, "-machine", "virt", "-bios", "none", "-kernel",
                          os.path.join(xv6, "kernel.gz"), "-m", "128M", "-smp", "3",
                          "-nographic", "-global", "virtio-mmio.force-legacy=false",
                          "-drive", "file=%s,if=none,format=raw,id=x0" % fs_img,
                          "-device", "virtio-blk-device,drive=x0,bus=virtio-mmio-bus.0"])

    def run(self, line, until, timeout=60):
        self.send(line + "\n")
        return self.expect(until, timeout)


def main():
    # The committed images, rebuilt first if their recipe changed.
    build = subprocess.run([os.path.join(ROOT, "images", "xv6", "build.sh")],
                           capture_output=True, text=True)
    check("the xv6 images in images/xv6/out match their recipe", build.returncode == 0,
          build.stderr[-500:])
    if build.returncode != 0:
        print("xv6: %d passed, %d failed" % (sum(results), len(results) - sum(results)))
        return 1
    xv6 = build.stdout.strip()
    tmp = tempfile.mkdtemp(prefix="rvbox-xv6-")
    fs_img = os.path.join(tmp, "fs.img")
    with gzip.open(os.path.join(xv6, "fs.img.gz")) as src, open(fs_img, "wb") as dst:
        shutil.copyfileobj(src, dst)
    g = Xv6(xv6, fs_img)
    try:
        boot = g.expect(b"init: starting sh", 60) + g.expect(b"$ ", 10)
        check("xv6 boots to its shell on QEMU's command line", True)
        check("harts 1 and 2 start (-smp 3)",
              "hart 1 starting" in boot and "hart 2 starting" in boot, repr(boot[-300:]))
        out = g.run("forktest", b"$ ")
        check("forktest passes", "fork test OK" in out, repr(out))
        out = g.run("echo written-by-xv6 > note", b"$ ")
        out = g.run("cat note", b"$ ")
        check("a file written on its virtio disk reads back", "written-by-xv6" in out, repr(out))
        out = g.run("ls", b"$ ")
        check("ls lists the disk", "README" in out and "note" in out, repr(out))
        g.close()

        g = Xv6(xv6, fs_img)
        g.expect(b"init: starting sh", 60)
        g.expect(b"$ ", 10)
        out = g.run("cat note", b"$ ")
        check("the file is on the disk after a second boot", "written-by-xv6" in out, repr(out))
        # xv6's own suite: forks, pipes, the file system, sbrk, page faults
        # and kills on every hart. About 100 s on QEMU 7.2 at -smp 1. On a
        # sanitizer build (make test-asan) it takes over 20 minutes, so
        # there stressfs (five processes writing files at once) runs
        # instead, and make test runs the suite.
        t0 = time.monotonic()
        if os.environ.get("RVBOX_SANITIZED"):
            g.run("stressfs", b"$ ", 600)
            out = g.run("ls", b"$ ")
            check("stressfs: five processes write their files (sanitizer build)",
                  all("stressfs%d" % i in out for i in range(5)), repr(out[-400:]))
        else:
            out = g.run("usertests -q", b"$ ", USERTESTS_TIMEOUT)
            check("usertests -q prints ALL TESTS PASSED (%.0f s)" % (time.monotonic() - t0),
                  "ALL TESTS PASSED" in out, repr(out[-600:]))
    except TimeoutError as e:
        check("xv6 session", False, str(e))
    finally:
        g.close()
        shutil.rmtree(tmp)
    passed = sum(results)
    print("xv6: %d passed, %d failed" % (passed, len(results) - passed))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
