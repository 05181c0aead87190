#!/usr/bin/env python3
"""Debian's U-Boot for QEMU's virt board (u-boot-qemu, the S-mode build
started by OpenSBI) runs unchanged on rvbox and finds its devices on both
virtio transports: on virtio-mmio, and on the PCI bus (`pci enum`, `pci`,
`virtio scan`) as virtio-blk-pci, virtio-net-pci and virtio-rng-pci. A
sector the host wrote is read back, a sector U-Boot writes lands in the
host's disk file, and DHCP over virtio-net-pci gets slirp's lease."""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from console import Console  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
UBOOT = "/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin"
HOST_TEXT = b"RVBOX-UBOOT-HOST-SECTOR"
PROMPT = b"=> "
results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + detail), flush=True)


class UBoot(Console):
    """rvbox running U-Boot with its UART console on a pipe."""

    def __init__(self, args):
        super().__init__([RVBOX, "-m", "256", "-kernel", UBOOT] + args)

    def stop_autoboot(self):
        """Any key at the countdown leaves U-Boot at its prompt."""
        self.expect(b"Hit any key to stop autoboot", 60)
        self.send(" ")
        self.expect(PROMPT, 30)

    def cmd(self, line, timeout=60):
        self.send(line + "\r")
        return self.expect(PROMPT, timeout)


def make_disk(path):
    with open(path, "wb") as f:
        f.truncate(4 << 20)
        f.write(HOST_TEXT)


def sector_roundtrip(u, disk, tag):
    """virtio read of sector 0 shows the host's bytes; a pattern written to
    sector 8 reaches the file."""
    u.cmd("virtio scan")
    out = u.cmd("virtio info")
    check("%s: virtio info lists the 4 MiB disk" % tag,
          "VirtIO Block Device" in out and "8192 x 512" in out, repr(out[-300:]))
    u.cmd("virtio read 0x84000000 0 1")
    out = u.cmd("md.b 0x84000000 0x17")
    text = "".join(chr(int(b, 16)) for line in out.splitlines() if ":" in line
                   for b in line.split(":", 1)[1].split("  ")[0].split())
    check("%s: virtio read returns the sector the host wrote" % tag,
          HOST_TEXT.decode() in text, repr(out[-300:]))
    u.cmd("mw.b 0x85000000 0xa5 0x200")
    out = u.cmd("virtio write 0x85000000 8 1")
    with open(disk, "rb") as f:
        f.seek(8 * 512)
        got = f.read(512)
    check("%s: virtio write of sector 8 reaches the host file" % tag,
          "1 blocks written: OK" in out and got == b"\xa5" * 512, repr(out[-200:]))


def case_mmio(tmp):
    disk = os.path.join(tmp, "mmio.img")
    make_disk(disk)
    u = UBoot(["-drive", "file=%s,format=raw" % disk])
    try:
        u.stop_autoboot()
        sector_roundtrip(u, disk, "virtio-mmio")
        out = u.cmd("pci")
        check("virtio-mmio: the PCI bus holds only the host bridge",
              "0x1b36     0x0008" in out and "0x1af4" not in out, repr(out[-300:]))
        u.send("poweroff\r")
        check("virtio-mmio: poweroff ends rvbox with status 0", u.proc.wait(30) == 0)
    except (TimeoutError, subprocess.TimeoutExpired) as e:
        check("virtio-mmio: U-Boot session", False, str(e))
    finally:
        u.close()


def case_pci(tmp):
    disk = os.path.join(tmp, "pci.img")
    make_disk(disk)
    u = UBoot(["-nodefaults", "-drive", "file=%s,format=raw,if=none,id=d0" % disk,
               "-device", "virtio-blk-pci,drive=d0", "-netdev", "user,id=n0",
               "-device", "virtio-net-pci,netdev=n0", "-device", "virtio-rng-pci,addr=7"])
    try:
        u.stop_autoboot()
        u.cmd("pci enum")
        out = u.cmd("pci")
        rows = [l.split() for l in out.splitlines() if l.startswith("00.")]
        ids = [(r[0], r[1], r[2]) for r in rows]
        check("virtio-pci: pci lists the bridge, blk, net and rng (at 07)",
              ids == [("00.00.00", "0x1b36", "0x0008"), ("00.01.00", "0x1af4", "0x1042"),
                      ("00.02.00", "0x1af4", "0x1041"), ("00.07.00", "0x1af4", "0x1044")],
              repr(out[-500:]))
        out = u.cmd("pci header 00.01.00")
        check("virtio-pci: U-Boot assigned BAR4 of the disk in the memory window",
              "base address 4 =              0x4" in out and
              "interrupt pin =               0x01" in out, repr(out[-600:]))
        sector_roundtrip(u, disk, "virtio-pci")
        u.cmd("setenv autoload no")
        out = u.cmd("dhcp", 60)
        check("virtio-pci: DHCP over virtio-net-pci gets 10.0.2.15",
              "DHCP client bound to address 10.0.2.15" in out, repr(out[-300:]))
        u.send("poweroff\r")
        check("virtio-pci: poweroff ends rvbox with status 0", u.proc.wait(30) == 0)
    except (TimeoutError, subprocess.TimeoutExpired) as e:
        check("virtio-pci: U-Boot session", False, str(e))
    finally:
        u.close()


def main():
    if not os.path.exists(UBOOT):
        subprocess.run([os.path.join(ROOT, "scripts", "install-deps.sh"), "u-boot-qemu"])
    if not os.path.exists(UBOOT):
        check("u-boot-qemu is installed", False, UBOOT + " is missing")
    else:
        with tempfile.TemporaryDirectory(prefix="rvbox-uboot-") as tmp:
            case_mmio(tmp)
            case_pci(tmp)
    passed = sum(results)
    print("uboot: %d passed, %d failed" % (passed, len(results) - passed))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
