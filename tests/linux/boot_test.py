#!/usr/bin/env python3
"""Boots the default Linux guest headless and checks what a user sees:
a shell on the console, uname, the ext2 disk on /dev/vda written through and
read back on the host, and a snapshot disk left byte-identical."""
import hashlib
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from guest import DISK, READY, ROOT, Guest  # noqa: E402

BOOT_TIMEOUT = 300
results = []


def check(name, cond, detail=""):
    results.append(cond)
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + detail))


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def host_cat(image, path):
    r = subprocess.run(["debugfs", "-R", "cat " + path, image], capture_output=True)
    return r.stdout.decode(errors="replace")


def boot_and_write(disk, snapshot, token, log):
    drive = "file=%s,format=raw%s" % (disk, ",snapshot=on" if snapshot else "")
    g = Guest(["-drive", drive], log)
    try:
        g.expect(READY, BOOT_TIMEOUT)
        out, _ = g.run("uname -m")
        if not snapshot:
            check("uname -m prints riscv64", out == "riscv64", repr(out))
            out, _ = g.run("grep -E '^(isa|mmu)' /proc/cpuinfo")
            check("the kernel uses Sstc (isa line of /proc/cpuinfo)", "_sstc" in out, repr(out))
        out, st = g.run("mount -t ext2 /dev/vda /mnt && cat /mnt/hello.txt")
        check("guest mounts /dev/vda and reads hello.txt%s" % (" (snapshot)" if snapshot else ""),
              st == 0 and "hello from the disk" in out, repr(out))
        out, st = g.run("echo %s > /mnt/guest.txt && sync && umount /mnt" % token)
        check("guest writes a file and syncs%s" % (" (snapshot)" if snapshot else ""),
              st == 0, repr(out))
        g.send("poweroff")
        code = g.wait_exit(120)
        check("poweroff ends rvbox with status 0%s" % (" (snapshot)" if snapshot else ""),
              code == 0, "status %s" % code)
    except (TimeoutError, EOFError) as e:
        check("guest session%s" % (" (snapshot)" if snapshot else ""), False, str(e))
    finally:
        g.kill()


def boot_devices(disk, log):
    """QEMU's two-part forms and -device: the disk on a worker thread
    (aio=threads), and virtio-rng seen by Linux's hw_random as /dev/hwrng."""
    g = Guest(["-drive", "file=%s,format=raw,if=none,id=d0,aio=threads" % disk,
               "-device", "virtio-blk-device,drive=d0", "-device", "virtio-rng-device"], log)
    try:
        g.expect(READY, BOOT_TIMEOUT)
        out, _ = g.run("cat /sys/class/misc/hw_random/rng_current")
        check("Linux's hw_random uses the virtio-rng device", out.startswith("virtio_rng"),
              repr(out))
        out, st = g.run("dd if=/dev/hwrng bs=32 count=4 2>/dev/null | od -An -tx1 | tr -d ' \\n'")
        check("/dev/hwrng gives 128 random bytes",
              st == 0 and len(out) == 256 and len(set(out)) > 8, repr(out))
        out, st = g.run("mount -t ext2 /dev/vda /mnt && cat /mnt/hello.txt && umount /mnt")
        check("-drive if=none,id=d0 -device virtio-blk-device,drive=d0 is /dev/vda",
              st == 0 and "hello from the disk" in out, repr(out))
        out, st = g.run("dd if=/dev/vda of=/dev/null bs=64k 2>&1 | tail -n 1")
        check("the whole disk reads through the I/O thread", st == 0 and "copied" in out,
              repr(out))
        g.send("poweroff")
        code = g.wait_exit(120)
        check("poweroff ends rvbox with status 0 (-device)", code == 0, "status %s" % code)
    except (TimeoutError, EOFError) as e:
        check("guest session (-device)", False, str(e))
    finally:
        g.kill()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    """An HTTP server on the host's loopback, on a free port."""
    handler = lambda *a, **k: QuietHandler(*a, directory=directory, **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def boot_smp(disk, share, log):
    """-smp 4: OpenSBI starts the secondaries for Linux (SBI HSM), every
    hart comes online and runs work, and disk, 9P, network and poweroff
    still work with interrupts spread over the harts."""
    payload = os.urandom(512 * 1024)
    with open(os.path.join(share, "payload.bin"), "wb") as f:
        f.write(payload)
    md5 = hashlib.md5(payload).hexdigest()
    server = serve(share)
    g = Guest(["-smp", "4", "-drive", "file=%s,format=raw" % disk,
               "-virtfs", "local,path=%s,mount_tag=host0" % share, "-netdev", "user"], log)
    try:
        g.expect(READY, BOOT_TIMEOUT)
        g.run("dmesg -n 1")   # kernel messages stay off the console
        out, _ = g.run("nproc; cat /sys/devices/system/cpu/online; grep -c '^processor' "
                       "/proc/cpuinfo; grep '^hart' /proc/cpuinfo | awk '{print $3}'")
        check("-smp 4: nproc, the online mask and /proc/cpuinfo list 4 harts",
              out.split() == ["4", "0-3", "4", "0", "1", "2", "3"], repr(out))
        out, st = g.run("for c in 0 1 2 3; do taskset -c $c sh -c 'cat /proc/self/stat' "
                        "| cut -d' ' -f39; done | tr '\n' ,")
        check("-smp 4: taskset runs a process on each hart", out == "0,1,2,3,", repr(out))
        # Four busy loops at once, one pinned to each hart; each reports
        # the hart it ran on last (field 39 of its /proc/PID/stat).
        out, st = g.run("for c in 0 1 2 3; do taskset -c $c sh -c 'n=0; "
                        "while [ $n -lt 3000 ]; do n=$((n+1)); done; "
                        "set -- $(cat /proc/$$/stat); echo done-$0-on-${39}' $c & done; wait", 120)
        check("-smp 4: four busy loops finish, each on its own hart",
              all("done-%d-on-%d" % (c, c) in out for c in range(4)), repr(out))
        out, _ = g.run("grep -E '^ *[0-9]+:' /proc/interrupts | head -n 3")
        check("-smp 4: /proc/interrupts has a column per hart",
              len(out.splitlines()[0].split()) >= 5 if out else False, repr(out))
        out, st = g.run("mount -t ext2 /dev/vda /mnt && cat /mnt/hello.txt && umount /mnt")
        check("-smp 4: the disk works", st == 0 and "hello from the disk" in out, repr(out))
        out, st = g.run("mount -t 9p -o trans=virtio,version=9p2000.L host0 /mnt && "
                        "md5sum /mnt/payload.bin && cp /mnt/payload.bin /mnt/copy.bin && "
                        "umount /mnt")
        copy = open(os.path.join(share, "copy.bin"), "rb").read() \
            if os.path.exists(os.path.join(share, "copy.bin")) else b""
        check("-smp 4: a 512 KiB file round-trips through 9P",
              st == 0 and md5 in out and copy == payload, repr(out))
        out, st = g.run("udhcpc -i eth0 -q -n -t 5 -T 2 >/dev/null 2>&1 && "
                        "wget -q -O - http://10.0.2.2:%d/payload.bin | md5sum"
                        % server.server_address[1], 120)
        check("-smp 4: DHCP and a download from the host's loopback", st == 0 and md5 in out,
              repr(out))
        g.send("poweroff")
        code = g.wait_exit(120)
        check("-smp 4: poweroff ends rvbox with status 0", code == 0, "status %s" % code)
    except (TimeoutError, EOFError) as e:
        check("guest session (-smp 4)", False, str(e))
    finally:
        g.kill()
        server.shutdown()


def boot_pci(disk, share, log):
    """Every device on the PCI bus and none on virtio-mmio (-nodefaults):
    Linux's pci-host-generic enumerates QEMU virt's host bridge, assigns
    the BARs, and virtio_pci drives the console (hvc0), the disk, 9P, the
    network and the RNG on INTx lines 32-35."""
    payload = os.urandom(256 * 1024)
    with open(os.path.join(share, "pci.bin"), "wb") as f:
        f.write(payload)
    md5 = hashlib.md5(payload).hexdigest()
    server = serve(share)
    g = Guest(["-nodefaults", "-device", "virtio-serial-pci",
               "-drive", "file=%s,format=raw,if=none,id=d0" % disk,
               "-device", "virtio-blk-pci,drive=d0",
               "-fsdev", "local,id=f0,path=%s" % share,
               "-device", "virtio-9p-pci,fsdev=f0,mount_tag=host0",
               "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0",
               "-device", "virtio-rng-pci,addr=0x10"], log)
    try:
        g.expect(READY, BOOT_TIMEOUT)
        g.run("dmesg -n 1")   # kernel messages (eth0 up ...) stay off the console
        out, _ = g.run("lspci | sort")
        want = ["00:00.0 Class 0600: 1b36:0008", "00:01.0 Class 0780: 1af4:1043",
                "00:02.0 Class 0100: 1af4:1042", "00:03.0 Class 0180: 1af4:1049",
                "00:04.0 Class 0200: 1af4:1041", "00:10.0 Class ff00: 1af4:1044"]
        check("virtio-pci: lspci lists the host bridge and the five virtio devices",
              [l.strip() for l in out.splitlines()] == want, repr(out))
        out, _ = g.run("ls /sys/bus/virtio/devices | wc -l; ls /sys/bus/platform/devices | "
                       "grep -c virtio_mmio; tty")
        check("virtio-pci: five virtio devices, none on virtio-mmio, the shell on hvc0",
              out.split() == ["5", "0", "/dev/hvc0"], repr(out))
        out, st = g.run("mount -t ext2 /dev/vda /mnt && cat /mnt/hello.txt && "
                        "echo pci-write > /mnt/pci.txt && umount /mnt")
        check("virtio-pci: the disk reads and writes", st == 0 and "hello from the disk" in out,
              repr(out))
        out, st = g.run("mount -t 9p -o trans=virtio,version=9p2000.L host0 /mnt && "
                        "md5sum /mnt/pci.bin && cp /mnt/pci.bin /mnt/pci-copy.bin && umount /mnt")
        copy_path = os.path.join(share, "pci-copy.bin")
        copy = open(copy_path, "rb").read() if os.path.exists(copy_path) else b""
        check("virtio-pci: a 256 KiB file round-trips through 9P",
              st == 0 and md5 in out and copy == payload, repr(out))
        out, st = g.run("udhcpc -i eth0 -q -n -t 5 -T 2 >/dev/null 2>&1 && "
                        "wget -q -O - http://10.0.2.2:%d/pci.bin | md5sum"
                        % server.server_address[1], 120)
        check("virtio-pci: DHCP and a download from the host's loopback",
              st == 0 and md5 in out, repr(out))
        out, st = g.run("cat /sys/class/misc/hw_random/rng_current; "
                        "dd if=/dev/hwrng bs=64 count=1 2>/dev/null | wc -c")
        check("virtio-pci: /dev/hwrng reads from virtio-rng-pci",
              out.split() == ["virtio_rng.0", "64"], repr(out))
        out, _ = g.run("grep -E 'PLIC +3[2-5] ' /proc/interrupts | awk '{s += $2} END {print s}'")
        check("virtio-pci: interrupts arrive on PLIC sources 32-35",
              out.strip().isdigit() and int(out.strip()) > 10, repr(out))
        g.send("poweroff")
        code = g.wait_exit(120)
        check("virtio-pci: poweroff ends rvbox with status 0", code == 0, "status %s" % code)
    except (TimeoutError, EOFError) as e:
        check("guest session (virtio-pci)", False, str(e))
    finally:
        g.kill()
        server.shutdown()
    check("virtio-pci: the host sees the guest's file in the disk image",
          "pci-write" in host_cat(disk, "/pci.txt"), "missing")


def boot_ttys0(extra, tag, log):
    """console=ttyS0, as QEMU tutorials boot Linux: the shell is on the
    UART, and typed input reaches it whether or not a virtio console is
    there too (input follows the console the guest writes to)."""
    g = Guest(extra, log, cmdline="console=ttyS0")
    try:
        g.expect(READY, BOOT_TIMEOUT)
        out, st = g.run("tty; cat /sys/class/tty/console/active; echo $((6 * 7))")
        check("console=ttyS0%s: typed commands run on /dev/ttyS0" % tag,
              out.split() == ["/dev/ttyS0", "ttyS0", "42"], repr(out))
        out, _ = g.run("ls /sys/class/tty | grep -c hvc")
        want = "0" if "-nodefaults" in extra else "8"
        check("console=ttyS0%s: hvc devices as expected (%s)" % (tag, want), out == want,
              repr(out))
        g.send("poweroff")
        code = g.wait_exit(120)
        check("console=ttyS0%s: poweroff ends rvbox with status 0" % tag, code == 0,
              "status %s" % code)
    except (TimeoutError, EOFError) as e:
        check("guest session (console=ttyS0%s)" % tag, False, str(e))
    finally:
        g.kill()


def main():
    logs = os.path.join(ROOT, "build", "test-logs")
    os.makedirs(logs, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="rvbox-boot-")
    try:
        disk = os.path.join(tmp, "disk.ext2")
        shutil.copyfile(DISK, disk)
        token = "written-by-guest-%d" % os.getpid()
        boot_and_write(disk, False, token, os.path.join(logs, "linux-rw.console"))
        got = host_cat(disk, "/guest.txt")
        check("host sees the guest's bytes in the disk file", token in got, repr(got[:80]))

        shutil.copyfile(DISK, disk)
        before = sha256(disk)
        boot_and_write(disk, True, token + "-snap", os.path.join(logs, "linux-snap.console"))
        check("snapshot mode leaves the disk file byte-identical", sha256(disk) == before)

        boot_devices(disk, os.path.join(logs, "linux-devices.console"))
        share = os.path.join(tmp, "share")
        os.mkdir(share)
        boot_smp(disk, share, os.path.join(logs, "linux-smp.console"))
        boot_pci(disk, share, os.path.join(logs, "linux-pci.console"))
        boot_ttys0([], " with virtio console", os.path.join(logs, "linux-ttyS0.console"))
        boot_ttys0(["-nodefaults"], " -nodefaults", os.path.join(logs, "linux-ttyS0-nodef.console"))
    finally:
        shutil.rmtree(tmp)
    passed = sum(results)
    print("linux_boot: %d passed, %d failed" % (passed, len(results) - passed))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
