#!/usr/bin/env python3
"""Guest I/O throughput, rvbox vs QEMU: virtio-blk read and write (dd, 64 MiB),
an HTTP download over the user-mode network (slirp, wget, 32 MiB) and virtio-9p
read and write (dd, 100 MiB), in the default Linux guest (images/linux/out/).

Each round boots rvbox, then QEMU (-M virt), each with a fresh 128 MiB sparse
disk file, a user-mode NIC and a 9p share, and runs every transfer once in
that guest. Prints every run, the median MiB/s per transfer and emulator, and
the ratio rvbox/qemu of the medians (above 1: rvbox moves data faster).

Times are taken on the host: the guest prints a start marker right before the
command and an end marker right after it on its (virtio) console, and the
time between the two markers reaching the host is the transfer's time; for dd
the guest's own figure ("copied, S seconds") is printed alongside. Speed is
never judged; a wrong checksum (the download's md5, the 9p write checked on
the host, the 9p read's md5 in the guest) exits with status 1.
env: QEMU (default qemu-system-riscv64), BIOS (OpenSBI fw_dynamic.bin)."""
import argparse
import functools
import gzip
import hashlib
import http.server
import os
import re
import select
import shutil
import socketserver
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
OUT = os.path.join(ROOT, "images", "linux", "out")
QEMU = os.environ.get("QEMU", "qemu-system-riscv64")
BIOS = os.environ.get("BIOS", "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin")
CMDLINE = "console=hvc0 earlycon=sbi"
READY = b"rvbox guest ready"
PROMPT = b"~ # "
MiB = 1 << 20

DISK_BYTES = 128 * MiB     # fresh sparse disk per boot
BLK_MIB = 64               # dd bs=1M count=64, read and write
HTTP_BYTES = 32 * MiB      # random file served by the host
P9_BYTES = 100 * MiB       # 9p read (host random file) and write (guest zeros)
MOUNT_9P = "mount -t 9p -o trans=virtio,version=9p2000.L host0 /mnt"

# (key, label, bytes moved), in the order they run and are reported
TESTS = [
    ("blk-read", "virtio-blk read  (dd 64 MiB /dev/vda -> /dev/null)", BLK_MIB * MiB),
    ("blk-write", "virtio-blk write (dd 64 MiB /dev/zero -> /dev/vda, fsync)", BLK_MIB * MiB),
    ("http", "HTTP download    (wget 32 MiB over slirp -> /dev/null)", HTTP_BYTES),
    ("9p-read", "9p read          (dd 100 MiB share -> /dev/null)", P9_BYTES),
    ("9p-write", "9p write         (dd 100 MiB /dev/zero -> share, fsync)", P9_BYTES),
]


class CommandFailed(Exception):
    pass


class Console:
    """An emulator process with the guest's console on its stdin/stdout."""

    def __init__(self, name, cmd, log_path=None):
        self.name = name
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        self.out = b""
        self.seen = 0
        self.arrivals = []          # (len(self.out) after a read, host time of that read)
        self.log = open(log_path, "wb") if log_path else None

    def _read(self, timeout):
        r, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not r:
            return False
        data = os.read(self.proc.stdout.fileno(), 65536)
        now = time.monotonic()
        if not data:
            return None
        self.out += data
        self.arrivals.append((len(self.out), now))
        if self.log:
            self.log.write(data)
            self.log.flush()
        return True

    def arrival(self, end):
        """Host time at which output byte end-1 was read."""
        for n, t in reversed(self.arrivals):
            if n < end:
                break
            found = t
        return found

    def expect(self, needle, timeout):
        """Waits for needle in output not yet consumed; returns (text up to
        and including it, host time the needle arrived)."""
        if isinstance(needle, str):
            needle = needle.encode()
        deadline = time.monotonic() + timeout
        while True:
            i = self.out.find(needle, self.seen)
            if i >= 0:
                end = i + len(needle)
                text = self.out[self.seen:end]
                self.seen = end
                return text.decode(errors="replace"), self.arrival(end)
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("%s: no %r within %ss; last output: %r"
                                   % (self.name, needle, timeout, self.out[-400:]))
            if self._read(min(left, 1.0)) is None:
                raise EOFError("%s exited (status %s) before %r; last output: %r"
                               % (self.name, self.proc.wait(), needle, self.out[-400:]))

    def send(self, line):
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def run(self, command, timeout=120, check=True):
        """Runs a shell command; returns (output, status, seconds between the
        guest's start and end markers as seen on the host)."""
        self.send("echo IOB''_START; %s; echo IOB''_END$?" % command)
        _, t0 = self.expect("IOB_START", timeout)
        text, t1 = self.expect("IOB_END", timeout)
        status, _ = self.expect("\n", timeout)
        self.expect(PROMPT, timeout)
        out = text[:-len("IOB_END")].strip("\r\n")
        st = int(status.strip() or "0")
        if check and st != 0:
            raise CommandFailed("%s: `%s` exited %d: %s" % (self.name, command, st, out[-400:]))
        return out, st, t1 - t0

    def close(self, timeout=30):
        """poweroff, then kill if still running after timeout seconds."""
        try:
            if self.proc.poll() is None:
                self.send("poweroff")
                deadline = time.monotonic() + timeout
                while self.proc.poll() is None and time.monotonic() < deadline:
                    if self._read(0.5) is None:
                        break
        except OSError:
            pass
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait()
            if self.log:
                self.log.close()


def commands(tmp, disk, share):
    """rvbox and QEMU command lines for one boot with the given disk file."""
    image = os.path.join(tmp, "Image")
    initrd = os.path.join(OUT, "initramfs.cpio.gz")
    rvbox = [RVBOX, "-m", "256", "-bios", BIOS, "-kernel", image, "-initrd", initrd,
             "-append", CMDLINE,
             "-drive", "file=%s,format=raw" % disk,
             "-netdev", "user",
             "-virtfs", "local,path=%s,mount_tag=host0" % share]
    # hvc0 is the virtio console in this kernel: put it on stdio (the
    # NS16550A serial, unused once the kernel runs, goes to null).
    qemu = [QEMU, "-M", "virt", "-m", "256", "-smp", "1",
            "-display", "none", "-monitor", "none", "-serial", "null",
            "-bios", BIOS, "-kernel", image, "-initrd", initrd, "-append", CMDLINE,
            "-global", "virtio-mmio.force-legacy=false",
            "-chardev", "stdio,id=vc,signal=off",
            "-device", "virtio-serial-device", "-device", "virtconsole,chardev=vc",
            "-drive", "file=%s,format=raw,if=none,id=d0" % disk,
            "-device", "virtio-blk-device,drive=d0",
            "-netdev", "user,id=n0", "-device", "virtio-net-device,netdev=n0",
            "-fsdev", "local,id=f0,path=%s,security_model=none" % share,
            "-device", "virtio-9p-device,fsdev=f0,mount_tag=host0",
            "-no-reboot"]
    return {"rvbox": rvbox, "qemu": qemu}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def start_http_server(directory):
    handler = functools.partial(QuietHandler, directory=directory)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def write_random(path, size):
    h = hashlib.md5()
    with open(path, "wb") as f:
        left = size
        while left:
            chunk = os.urandom(min(left, 4 * MiB))
            h.update(chunk)
            f.write(chunk)
            left -= len(chunk)
    return h.hexdigest()


def zeros_md5(size):
    h = hashlib.md5()
    block = bytes(MiB)
    for _ in range(size // MiB):
        h.update(block)
    return h.hexdigest()


def file_md5(path):
    h = hashlib.md5()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(4 * MiB), b""):
            h.update(chunk)
    return h.hexdigest()


def dd_seconds(out):
    m = re.search(r"copied, ([0-9.]+) seconds", out)
    return float(m.group(1)) if m else None


def md5_in(out):
    m = re.search(r"\b([0-9a-f]{32})\b", out)
    return m.group(1) if m else None


class Session:
    """One boot of one emulator: runs every transfer once."""

    def __init__(self, con, port, sums, share, errors):
        self.con, self.port, self.sums, self.share, self.errors = con, port, sums, share, errors

    def checksum(self, what, ok, detail):
        if not ok:
            self.errors.append("%s: %s: WRONG CHECKSUM: %s" % (self.con.name, what, detail))
            print("    WRONG CHECKSUM (%s): %s" % (what, detail), flush=True)

    def dd(self, command):
        out, _, secs = self.con.run(command, 600)
        guest = dd_seconds(out)
        return secs, "guest dd %.3f s" % guest if guest else ""

    def blk_read(self):
        return self.dd("dd if=/dev/vda of=/dev/null bs=1M count=%d" % BLK_MIB)

    def blk_write(self):
        return self.dd("dd if=/dev/zero of=/dev/vda bs=1M count=%d conv=fsync"
                       % BLK_MIB)

    def http(self):
        url = "http://10.0.2.2:%d/file" % self.port
        _, _, secs = self.con.run("wget -q -O /dev/null %s" % url, 900)
        out, _, _ = self.con.run("wget -q -O /tmp/f %s && md5sum /tmp/f; rm -f /tmp/f" % url, 900)
        got = md5_in(out)
        self.checksum("wget -O /tmp/f; md5sum", got == self.sums["http"],
                      "guest %s, host %s" % (got, self.sums["http"]))
        return secs, "md5 %s" % ("ok" if got == self.sums["http"] else "WRONG")

    def p9_read(self):
        secs, note = self.dd("dd if=/mnt/big of=/dev/null bs=1M")
        out, _, _ = self.con.run("md5sum /mnt/big", 900)
        got = md5_in(out)
        self.checksum("md5sum /mnt/big", got == self.sums["9p-read"],
                      "guest %s, host %s" % (got, self.sums["9p-read"]))
        return secs, note + ", md5 %s" % ("ok" if got == self.sums["9p-read"] else "WRONG")

    def p9_write(self):
        secs, note = self.dd("dd if=/dev/zero of=/mnt/out bs=1M count=%d conv=fsync"
                             % (P9_BYTES // MiB))
        path = os.path.join(self.share, "out")
        size = os.path.getsize(path)
        got = file_md5(path)
        ok = size == P9_BYTES and got == self.sums["9p-write"]
        self.checksum("host reads /mnt/out", ok, "%d bytes, md5 %s (want %d bytes, %s)"
                      % (size, got, P9_BYTES, self.sums["9p-write"]))
        os.unlink(path)
        return secs, note + ", host check %s" % ("ok" if ok else "WRONG")

    def run_all(self, boot_timeout):
        self.con.expect(READY, boot_timeout)
        self.con.expect(PROMPT, 60)
        results = {}
        steps = {"blk-read": self.blk_read, "blk-write": self.blk_write, "http": self.http,
                 "9p-read": self.p9_read, "9p-write": self.p9_write}
        for key, _, nbytes in TESTS:
            if key == "http":
                self.con.run("udhcpc -i eth0 -q >/dev/null 2>&1", 120)
            if key == "9p-read":
                self.con.run(MOUNT_9P, 60)
            secs, note = steps[key]()
            results[key] = nbytes / MiB / secs
            print("    %-9s %8.1f MiB/s  %7.3f s  %s" % (key, results[key], secs, note), flush=True)
        return results


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=int, default=300, help="seconds to boot")
    ap.add_argument("--logs", metavar="DIR", help="write each console's output to DIR")
    args = ap.parse_args()
    for f in (RVBOX, BIOS, os.path.join(OUT, "Image.gz"), os.path.join(OUT, "initramfs.cpio.gz")):
        if not os.path.exists(f):
            sys.exit("missing %s" % f)
    if not shutil.which(QEMU):
        sys.exit("missing %s (apt-get install qemu-system-misc)" % QEMU)
    if args.logs:
        os.makedirs(args.logs, exist_ok=True)

    tmp = tempfile.mkdtemp(prefix="rvbox-bench-io-")
    server = None
    errors = []
    speeds = {name: {key: [] for key, _, _ in TESTS} for name in ("rvbox", "qemu")}
    try:
        with gzip.open(os.path.join(OUT, "Image.gz")) as src, \
                open(os.path.join(tmp, "Image"), "wb") as dst:
            shutil.copyfileobj(src, dst)
        web, share = os.path.join(tmp, "www"), os.path.join(tmp, "share")
        os.mkdir(web)
        os.mkdir(share)
        sums = {"http": write_random(os.path.join(web, "file"), HTTP_BYTES),
                "9p-read": write_random(os.path.join(share, "big"), P9_BYTES),
                "9p-write": zeros_md5(P9_BYTES)}
        server = start_http_server(web)
        port = server.server_address[1]
        disk = os.path.join(tmp, "disk.img")
        cmds = commands(tmp, disk, share)
        print("io: guest I/O throughput, %d rounds (MiB = 2^20 bytes; time = guest's "
              "start..end markers seen on the host)" % args.rounds)
        print("  rvbox: " + " ".join(cmds["rvbox"]))
        print("  qemu:  " + " ".join(cmds["qemu"]))
        print("  http server: 127.0.0.1:%d (guest: 10.0.2.2:%d)" % (port, port), flush=True)
        for r in range(1, args.rounds + 1):
            for name in ("rvbox", "qemu"):
                if os.path.exists(disk):
                    os.unlink(disk)
                with open(disk, "wb") as f:          # fresh sparse disk
                    f.truncate(DISK_BYTES)
                print("round %d  %s" % (r, name), flush=True)
                log = os.path.join(args.logs, "%s-%d.log" % (name, r)) if args.logs else None
                con = Console(name, cmds[name], log)
                try:
                    res = Session(con, port, sums, share, errors).run_all(args.timeout)
                except (TimeoutError, EOFError, CommandFailed) as e:
                    sys.exit("%s round %d: %s" % (name, r, e))
                finally:
                    con.close()
                for key, v in res.items():
                    speeds[name][key].append(v)
    finally:
        if server:
            server.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)

    print()
    print("%-60s %12s %12s %13s" % ("median MiB/s", "rvbox", "qemu", "rvbox/qemu"))
    for key, label, _ in TESTS:
        rv, qe = statistics.median(speeds["rvbox"][key]), statistics.median(speeds["qemu"][key])
        print("%-60s %12.1f %12.1f %13.2f" % (label, rv, qe, rv / qe))
    print("(ratio above 1: rvbox is faster)")
    if errors:
        print("\n".join(errors))
        sys.exit(1)


if __name__ == "__main__":
    main()
