"""An rvbox process with its console on a pipe, driven as a user at a
terminal would: what xv6_test.py and uboot_test.py share."""
import os
import select
import subprocess
import time


class Console:
    def __init__(self, args):
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        self.out = b""

    def expect(self, needle, timeout=30):
        """Output up to needle (bytes), or raises TimeoutError."""
        deadline = time.monotonic() + timeout
        while needle not in self.out:
            left = deadline - time.monotonic()
            if self.proc.poll() is not None:
                self.out += self.proc.stdout.read()   # what it printed last
                raise TimeoutError("no %r: rvbox exited with status %s; output ends %r"
                                   % (needle, self.proc.returncode, self.out[-400:]))
            if left <= 0:
                raise TimeoutError("no %r within %s s; output ends %r"
                                   % (needle, timeout, self.out[-400:]))
            r, _, _ = select.select([self.proc.stdout], [], [], min(left, 1))
            if r:
                self.out += os.read(self.proc.stdout.fileno(), 4096)
        i = self.out.index(needle) + len(needle)
        text, self.out = self.out[:i], self.out[i:]
        return text.decode(errors="replace")

    def send(self, text):
        self.proc.stdin.write(text.encode())
        self.proc.stdin.flush()

    def close(self):
        self.proc.kill()
        self.proc.wait()
