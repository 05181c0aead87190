#!/usr/bin/env python3
"""Runs the bare-metal virtio self-test firmware (build/firmware/fwtest.*) on
rvbox against real host backends and checks the results from both sides:
the firmware's own ok/not ok lines and exit status (syscon), and what landed
on the host (disk file contents, console output, files in the 9p directory,
datagrams at the UDP echo server).

Cases: console + blk on a writable disk; blk on a read-only disk (write must
be refused); a deliberately broken expectation (write expected to succeed on
a read-only disk: rvbox must exit non-zero with the right "not ok" line); the
ELF booted with -bios none -kernel; net (DHCP + UDP echo via slirp) and 9p
when this rvbox has -netdev / -virtfs."""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
FW_BIN = os.path.join(ROOT, "build", "firmware", "fwtest.bin")
FW_ELF = os.path.join(ROOT, "build", "firmware", "fwtest.elf")
RUN_TIMEOUT = 120
PROMPT = "# console: waiting for input"
CONIN = "rvbox-console-input-42"
HELLO = "fwtest: hello via virtio-console"
HOST_SECTOR0 = "HOST-SECTOR-ZERO-7f3a"
PATTERN_SECTOR = 8
HOST_FILE_TEXT = "rvbox-9p-host-file\nsecond line\n"
FW_FILE_TEXT = "rvbox-fwtest 9p write\n"

results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + detail))
    sys.stdout.flush()
    return cond


def pattern():
    """The 512 bytes the firmware writes to sector 8 (blk.c make_pattern)."""
    p = bytearray((i * 31 + 7) & 0xFF for i in range(512))
    magic = b"RVBOX-FWTEST-BLK-PATTERN"
    p[: len(magic)] = magic
    return bytes(p)


def make_disk(path, size=1 << 20):
    with open(path, "wb") as f:
        f.truncate(size)
        f.write(HOST_SECTOR0.encode())


def read_sector(path, n):
    with open(path, "rb") as f:
        f.seek(n * 512)
        return f.read(512)


class Run:
    """One rvbox run; types CONIN on stdin once the firmware prompts."""

    def __init__(self, label, args, conin=CONIN, timeout=RUN_TIMEOUT):
        self.label = label
        self.conin = conin
        self.lines = []
        self.rc = None
        cmd = [RVBOX] + args
        print("# %s: %s" % (label, " ".join(cmd)))
        p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        try:
            self._pump(p)
            self.rc = p.wait()
        finally:
            timer.cancel()
            if p.poll() is None:
                p.kill()
                p.wait()

    def _pump(self, p):
        for raw in p.stdout:
            line = raw.decode(errors="replace").rstrip("\r\n")
            self.lines.append(line)
            print("    | " + line)
            if line == PROMPT:
                try:
                    p.stdin.write((self.conin + "\n").encode())
                    p.stdin.flush()
                except OSError:
                    pass

    def has(self, text):
        return text in self.lines

    def not_ok(self):
        return [l for l in self.lines if l.startswith("not ok - ")]

    def summary(self):
        for l in self.lines:
            if l.startswith("fwtest: ") and " passed, " in l:
                return l
        return "no summary (status %s)" % self.rc


def fw_args(bootargs, *extra, elf=False):
    boot = ["-bios", "none", "-kernel", FW_ELF] if elf else ["-bios", FW_BIN]
    return ["-m", "64"] + boot + list(extra) + ["-append", bootargs]


def expect_clean(run, wanted):
    """The run passed as a whole and printed each wanted ok line."""
    check("%s: rvbox exits 0 (%s)" % (run.label, run.summary()),
          run.rc == 0 and not run.not_ok(), "status %s, %s" % (run.rc, run.not_ok()))
    for w in wanted:
        check("%s: firmware reports \"%s\"" % (run.label, w),
              any(l.startswith("ok - " + w) for l in run.lines), "missing")


def case_console_blk(tmp):
    disk = os.path.join(tmp, "rw.img")
    make_disk(disk)
    r = Run("console+blk", fw_args(
        "tests=console,blk,blk-misuse blk=rw blkhost=%s conin=%s" % (HOST_SECTOR0, CONIN),
        "-drive", "file=%s,format=raw" % disk))
    expect_clean(r, ["console: transmit", "console: receive", "blk: write sector 8",
                     "blk: read back sector 8", "blk: read sector 0 holds",
                     "blk: flush", "blk: GET_ID", "blk-misuse: unknown request type",
                     "blk-misuse: data buffer outside RAM", "blk-misuse: descriptor loop"])
    check("console+blk: the virtio-console line reached stdout", r.has(HELLO), "not seen")
    check("console+blk: disk file holds the firmware's pattern at sector %d" % PATTERN_SECTOR,
          read_sector(disk, PATTERN_SECTOR) == pattern(),
          read_sector(disk, PATTERN_SECTOR)[:32].hex())


def case_readonly(tmp):
    disk = os.path.join(tmp, "ro.img")
    make_disk(disk)
    r = Run("blk read-only", fw_args("tests=blk blk=ro", "-drive",
                                      "file=%s,format=raw,readonly=on" % disk))
    expect_clean(r, ["blk: write refused on a read-only disk (IOERR)",
                     "blk: read-only sector 8 unchanged"])
    check("blk read-only: disk file unchanged at sector %d" % PATTERN_SECTOR,
          read_sector(disk, PATTERN_SECTOR) == bytes(512), "was written")


def case_broken(tmp):
    """Deliberately broken configuration: the firmware expects to write a
    read-only disk. rvbox must fail, with the failure named."""
    disk = os.path.join(tmp, "ro2.img")
    make_disk(disk)
    r = Run("broken config", fw_args("tests=blk blk=rw", "-drive",
                                      "file=%s,format=raw,readonly=on" % disk))
    bad = r.not_ok()
    check("broken config: rvbox exits non-zero", r.rc not in (0, None), "status %s" % r.rc)
    check("broken config: exit status is the failure count",
          r.rc == len(bad), "status %s, %d not ok lines" % (r.rc, len(bad)))
    check("broken config: \"not ok - blk: write sector 8 (IOERR)\" printed",
          "not ok - blk: write sector 8 (IOERR)" in bad, repr(bad))


def case_elf(tmp):
    disk = os.path.join(tmp, "elf.img")
    make_disk(disk)
    # No device tree without the boot ROM: no bootargs, so every test whose
    # device exists runs with default expectations.
    r = Run("elf -kernel", ["-m", "64", "-bios", "none", "-kernel", FW_ELF,
                            "-drive", "file=%s,format=raw" % disk],
            conin="rvbox-console-input")
    expect_clean(r, ["console: receive", "blk: write sector 8", "blk-misuse: descriptor loop"])


def main():
    for path in (RVBOX, FW_BIN, FW_ELF):
        if not os.path.exists(path):
            check("%s exists (make firmware)" % os.path.relpath(path, ROOT), False, "missing")
            print("firmware: 0 passed, 1 failed")
            return 1
    tmp = tempfile.mkdtemp(prefix="rvbox-fw-")
    try:
        case_console_blk(tmp)
        case_readonly(tmp)
        case_broken(tmp)
        case_elf(tmp)
        case_net(tmp)
        case_9p(tmp)
        case_rng(tmp)
        case_two_part(tmp)
        case_everything(tmp)
        case_pci(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    passed = sum(results)
    failed = len(results) - passed
    print("firmware: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


class EchoServer:
    """UDP echo on 127.0.0.1 (the guest reaches it as 10.0.2.2 via slirp)."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.seen = []
        self.stop = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stop:
            try:
                data, addr = self.sock.recvfrom(2048)
            except socket.timeout:
                continue
            self.seen.append(data)
            self.sock.sendto(data, addr)

    def close(self):
        self.stop = True
        self.thread.join()
        self.sock.close()


def case_net(tmp):
    echo = EchoServer()
    try:
        r = Run("net", fw_args("tests=net netport=%d" % echo.port, "-netdev", "user,id=n0"))
    finally:
        echo.close()
    expect_clean(r, ["net: DHCP DISCOVER -> OFFER", "net: DHCP REQUEST -> ACK",
                     "net: ARP resolves 10.0.2.2", "net: UDP echo through 10.0.2.2"])
    check("net: the host's echo server got the firmware's datagram",
          b"rvbox-fwtest-udp-echo" in echo.seen, repr(echo.seen))


def make_share(tmp, name):
    share = os.path.join(tmp, name)
    os.mkdir(share)
    with open(os.path.join(share, "hostfile.txt"), "w") as f:
        f.write(HOST_FILE_TEXT)
    return share


def case_9p(tmp):
    share = make_share(tmp, "share")
    r = Run("9p", fw_args("tests=9p,9p-misuse 9ptag=fwtag", "-virtfs",
                          "local,path=%s,mount_tag=fwtag" % share))
    expect_clean(r, ["9p: Tversion", "9p: Tattach", "9p: Twalk + Tlcreate", "9p: Twrite",
                     "9p: Tread reads back", "9p: read the host's hostfile.txt",
                     "9p: Treaddir lists", "9p-misuse: unknown message type",
                     "9p-misuse: size field beyond", "9p-misuse: size field below"])
    path = os.path.join(share, "fwtest.txt")
    got = open(path).read() if os.path.exists(path) else None
    check("9p: the host directory holds the firmware's fwtest.txt", got == FW_FILE_TEXT,
          repr(got))


RNG_OK = ["rng: init", "rng: 64-byte request filled", "rng: 64-byte request bytes not all zero",
          "rng: 3 requests in one notify all filled", "rng: the 4 64-byte results all differ",
          "rng: 4096-byte request filled",
          "rng: device-readable-only buffer returned with used.len 0",
          "rng: request after the device-readable-only buffer filled"]


def case_rng(tmp):
    """virtio-rng, added with -device as a QEMU user would."""
    r = Run("rng", fw_args("tests=rng", "-device", "virtio-rng-device"))
    expect_clean(r, RNG_OK)
    r = Run("rng absent", fw_args("tests=rng"))
    check("rng absent: rvbox exits non-zero", r.rc not in (0, None), "status %s" % r.rc)
    check("rng absent: the firmware names the missing device",
          any(l.startswith("not ok - rng: no virtio-rng device") for l in r.lines), "not seen")


def case_two_part(tmp):
    """QEMU's two-part forms: each backend named by id, each device by -device."""
    disk = os.path.join(tmp, "two.img")
    make_disk(disk)
    share = make_share(tmp, "share-two")
    echo = EchoServer()
    try:
        r = Run("two-part forms", fw_args(
            "netport=%d conin=%s blkhost=%s 9ptag=host0" % (echo.port, CONIN, HOST_SECTOR0),
            "-drive", "file=%s,format=raw,if=none,id=d0" % disk,
            "-device", "virtio-blk-device,drive=d0",
            "-netdev", "user,id=n0", "-device", "virtio-net-device,netdev=n0",
            "-fsdev", "local,id=f0,path=%s,security_model=none" % share,
            "-device", "virtio-9p-device,fsdev=f0,mount_tag=host0",
            "-device", "virtio-rng-device"))
    finally:
        echo.close()
    expect_clean(r, ["console: receive", "blk: read back sector 8", "blk: read sector 0 holds",
                     "net: UDP echo", "9p: Tattach", "9p: Treaddir lists"] + RNG_OK[:2])
    check("two-part forms: the disk holds the firmware's sector 8",
          read_sector(disk, 8) != b"\0" * 512, "unchanged")


def case_everything(tmp):
    """Every device at once, no test selection: the slot scan must find all."""
    disk = os.path.join(tmp, "all.img")
    make_disk(disk)
    share = make_share(tmp, "share-all")
    echo = EchoServer()
    try:
        r = Run("all devices", fw_args(
            "netport=%d conin=%s" % (echo.port, CONIN),
            "-drive", "file=%s,format=raw" % disk, "-netdev", "user,id=n0",
            "-virtfs", "local,path=%s,mount_tag=all" % share, "-device", "virtio-rng-device"))
    finally:
        echo.close()
    expect_clean(r, ["console: receive", "blk: read back sector 8",
                     "blk-misuse: descriptor loop", "net: UDP echo", "9p: Treaddir lists",
                     "9p-misuse: size field below", "rng: 4096-byte request filled"])


def case_pci(tmp):
    """Every device on the PCI bus (virtio-pci, as QEMU spells them) and no
    virtio-mmio device at all: the firmware assigns the BARs, finds each
    device by its capabilities and runs every self-test over virtio-pci."""
    disk = os.path.join(tmp, "pci.img")
    make_disk(disk)
    share = make_share(tmp, "share-pci")
    echo = EchoServer()
    try:
        r = Run("virtio-pci", fw_args(
            "transport=pci netport=%d conin=%s blkhost=%s 9ptag=host0" % (echo.port, CONIN,
                                                                        HOST_SECTOR0),
            "-nodefaults", "-device", "virtio-serial-pci",
            "-drive", "file=%s,format=raw,if=none,id=d0" % disk,
            "-device", "virtio-blk-pci,drive=d0",
            "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0",
            "-fsdev", "local,id=f0,path=%s,security_model=none" % share,
            "-device", "virtio-9p-pci,fsdev=f0,mount_tag=host0",
            "-device", "virtio-rng-pci,addr=0x1f", "-device", "virtio-gpu-pci",
            "-device", "virtio-keyboard-pci"))
    finally:
        echo.close()
    expect_clean(r, ["pci: 00.0 is the host bridge", "pci: 7 virtio device(s) on bus 0",
                     "pci: 1f.0 is a modern virtio device",
                     "console: receive", "blk: read back sector 8", "blk: read sector 0 holds",
                     "blk-misuse: descriptor loop", "net: UDP echo", "9p: Tattach",
                     "9p: Treaddir lists", "9p-misuse: size field below",
                     "rng: 4096-byte request filled", "gpu: ", "gpu-misuse: ", "input: "])
    check("virtio-pci: no virtio-mmio device was found",
          not any(l.startswith("# slot ") and "PCI" not in l for l in r.lines), "mmio slot seen")
    check("virtio-pci: the disk holds the firmware's sector 8",
          read_sector(disk, 8) == pattern(), "unchanged")
    check("virtio-pci: the host directory holds the firmware's fwtest.txt",
          open(os.path.join(share, "fwtest.txt")).read() == FW_FILE_TEXT
          if os.path.exists(os.path.join(share, "fwtest.txt")) else False, "missing")
    check("virtio-pci: the UDP echo server saw the firmware's datagram",
          b"rvbox-fwtest-udp-echo" in echo.seen, repr(echo.seen))


if __name__ == "__main__":
    sys.exit(main())
