"""Drives an rvbox guest's console headless, as a user at a terminal would."""
import os
import select
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
# RVBOX_ACCEL=interp runs every guest with the interpreter (-accel interp).
ACCEL = ["-accel", os.environ["RVBOX_ACCEL"]] if os.environ.get("RVBOX_ACCEL") else []
IMAGES = os.path.join(ROOT, "images", "linux", "out")
KERNEL = os.path.join(IMAGES, "Image.gz")
INITRD = os.path.join(IMAGES, "initramfs.cpio.gz")
DISK = os.path.join(IMAGES, "disk.ext2")
CMDLINE = "console=hvc0 earlycon=sbi"
READY = b"rvbox guest ready"


class Guest:
    """One rvbox process with its console on a pipe."""

    def __init__(self, extra_args, log_path=None, wrapper=(), cmdline=CMDLINE):
        """wrapper: a command rvbox runs under (e.g. strace)."""
        args = list(wrapper) + [RVBOX] + ACCEL + ["-m", "256", "-kernel", KERNEL, "-initrd", INITRD,
                                "-append", cmdline] + extra_args
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        self.out = b""
        self.seen = 0
        self.log = open(log_path, "wb") if log_path else None
        self.started = time.monotonic()

    def _read(self, timeout):
        r, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not r:
            return False
        data = os.read(self.proc.stdout.fileno(), 65536)
        if not data:
            return None
        self.out += data
        if self.log:
            self.log.write(data)
            self.log.flush()
        return True

    def expect(self, needle, timeout):
        """Waits until needle appears in output not yet consumed; returns
        the output up to and including it."""
        if isinstance(needle, str):
            needle = needle.encode()
        deadline = time.monotonic() + timeout
        while True:
            i = self.out.find(needle, self.seen)
            if i >= 0:
                text = self.out[self.seen:i + len(needle)]
                self.seen = i + len(needle)
                return text.decode(errors="replace")
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no %r within %ss; last output: %r"
                                   % (needle, timeout, self.out[-300:]))
            if self._read(min(left, 1.0)) is None:
                raise EOFError("rvbox exited (status %s) before %r; last output: %r"
                               % (self.proc.wait(), needle, self.out[-300:]))

    def send(self, line):
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def run(self, command, timeout=60):
        """Runs a shell command; returns its output (between markers)."""
        self.send("echo BEGIN''MARK; %s; echo END''MARK$?" % command)
        self.expect("BEGINMARK", timeout)
        text = self.expect("ENDMARK", timeout)
        status = self.expect("\n", timeout)
        return text[:-len("ENDMARK")].strip("\r\n"), int(status.strip() or "0")

    def wait_exit(self, timeout):
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            self._read(0.5)
        if self.proc.poll() is None:
            self.proc.kill()
            raise TimeoutError("rvbox did not exit after poweroff")
        while self._read(0.1):
            pass
        return self.proc.returncode

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
