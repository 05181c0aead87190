#!/usr/bin/env bash
# Boot the rvbox default Linux guest (images/linux/out/) under Debian's
# qemu-system-riscv64 (-M virt) and drive it non-interactively:
#   - wait for "rvbox guest ready" and the "~ # " prompt on the console,
#   - `uname -m` must print riscv64,
#   - mount /dev/vda (virtio-blk, ext2) and cat /mnt/hello.txt,
#   - a second shell must answer on the virtio console (hvc1),
#   - `poweroff` must make QEMU exit.
# Reference for how the guest is expected to behave on rvbox.
#
# usage: images/linux/check-qemu.sh [kernel cmdline]
#   default cmdline: "console=hvc0 earlycon=sbi" (as in images/default.cfg)
#   e.g. check-qemu.sh "console=ttyS0 earlycon=sbi"
# env: QEMU (default qemu-system-riscv64), BIOS (OpenSBI fw_dynamic.bin),
#      TIMEOUT (seconds per step, default 60), VERBOSE=1 to echo the console.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=$HERE/out
CMDLINE=${1:-console=hvc0 earlycon=sbi}
QEMU=${QEMU:-qemu-system-riscv64}
BIOS=${BIOS:-/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin}

command -v "$QEMU" >/dev/null || { echo "missing $QEMU (apt-get install qemu-system-misc)" >&2; exit 2; }
for f in Image.gz initramfs.cpio.gz disk.ext2.gz; do
	[ -f "$OUT/$f" ] || { echo "missing $OUT/$f: run images/linux/build.sh" >&2; exit 2; }
done

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# QEMU's riscv -kernel loader does not take gzip: decompress.
gzip -dc "$OUT/Image.gz" >"$TMP/Image"
gzip -dc "$OUT/disk.ext2.gz" >"$TMP/disk.ext2"

export QEMU BIOS CMDLINE TMP OUT
python3 - <<'PYEOF'
import os, re, socket, subprocess, sys, time, select

TMP = os.environ["TMP"]
TIMEOUT = float(os.environ.get("TIMEOUT", "60"))
VERBOSE = os.environ.get("VERBOSE") == "1"
PROMPT = "~ # "
sock_path = os.path.join(TMP, "vc.sock")

cmd = [os.environ["QEMU"], "-M", "virt", "-m", "256", "-smp", "1",
       "-display", "none", "-monitor", "none", "-serial", "stdio",
       "-bios", os.environ["BIOS"],
       "-kernel", os.path.join(TMP, "Image"),
       "-initrd", os.path.join(os.environ["OUT"], "initramfs.cpio.gz"),
       "-append", os.environ["CMDLINE"],
       "-global", "virtio-mmio.force-legacy=false",
       "-drive", "file=%s,format=raw,if=none,id=d0" % os.path.join(TMP, "disk.ext2"),
       "-device", "virtio-blk-device,drive=d0",
       "-chardev", "socket,id=vc,path=%s,server=on,wait=off" % sock_path,
       "-device", "virtio-serial-device",
       "-device", "virtconsole,chardev=vc",
       "-no-reboot"]
print("+ " + " ".join(cmd), flush=True)
t0 = time.monotonic()
p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT, bufsize=0)

class Chan:
    def __init__(self, name, rfd, write):
        self.name, self.rfd, self.write_fn, self.buf = name, rfd, write, ""
    def send(self, s):
        self.write_fn(s.encode())
    def expect(self, pattern, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        rx = re.compile(pattern)
        while True:
            m = rx.search(self.buf)
            if m:
                self.buf = self.buf[m.end():]
                return m
            left = deadline - time.monotonic()
            if left <= 0 or p.poll() is not None:
                fail("%s: timed out waiting for %r; last output:\n%s"
                     % (self.name, pattern, self.buf[-2000:]))
            r, _, _ = select.select([self.rfd], [], [], min(left, 0.5))
            if r:
                data = os.read(self.rfd, 4096) if isinstance(self.rfd, int) else self.rfd.recv(4096)
                if not data:
                    time.sleep(0.1)
                    continue
                text = data.decode("utf-8", "replace").replace("\r", "")
                if VERBOSE:
                    sys.stdout.write(text); sys.stdout.flush()
                self.buf += text

def fail(msg):
    print("FAIL: " + msg, flush=True)
    try:
        p.kill()
    except Exception:
        pass
    sys.exit(1)

def w(b):
    p.stdin.write(b); p.stdin.flush()

con = Chan("console", p.stdout.fileno(), w)
results = []
con.expect(r"rvbox guest ready")
con.expect(re.escape(PROMPT))
t_shell = time.monotonic() - t0
print("shell prompt after %.1f s" % t_shell, flush=True)

def run(ch, command, want):
    ch.send(command + "\n")
    m = ch.expect(want)
    ch.expect(re.escape(PROMPT))
    results.append(command)
    print("ok: %s -> %s" % (command, m.group(0).strip()), flush=True)

run(con, "uname -m", r"\nriscv64\n")
run(con, "tty", r"\n/dev/(hvc|tty)\S*\n")
run(con, "mount -t ext2 /dev/vda /mnt && cat /mnt/hello.txt", r"\nhello from the disk\n")
run(con, "cat /sys/class/tty/console/active", r"\n\S+\n")

# Second shell on the virtio console port (hvc1 while HVC_RISCV_SBI owns hvc0).
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect(sock_path)
vc = Chan("virtio-console", s, s.sendall)
vc.send("\n")
vc.expect(re.escape(PROMPT), timeout=TIMEOUT)
run(vc, "echo vc-$((40+2)) $(tty)", r"\nvc-42 /dev/hvc\d+\n")

con.send("poweroff\n")
deadline = time.monotonic() + TIMEOUT
while p.poll() is None and time.monotonic() < deadline:
    r, _, _ = select.select([p.stdout], [], [], 0.5)
    if r:
        d = os.read(p.stdout.fileno(), 4096)
        if VERBOSE and d:
            sys.stdout.write(d.decode("utf-8", "replace")); sys.stdout.flush()
if p.poll() is None:
    fail("qemu did not exit after poweroff")
print("ok: poweroff (qemu exited with %d after %.1f s total)" % (p.returncode, time.monotonic() - t0))
print("%d passed, 0 failed" % (len(results) + 1))
PYEOF
