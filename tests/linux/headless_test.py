#!/usr/bin/env python3
"""rvbox headless, as CI uses it, on the default Linux guest:

- a console script (--script) boots, checks command output with expect,
  takes a screenshot and ends with the guest's status; the --log file
  holds the console; an expect that never matches ends with 124 within
  its timeout and shows the last console lines; a failed step ends 125;
- the monitor (Ctrl-A c on a terminal) stops, continues, saves;
- QMP: greeting, stop/cont with their events, screendump, keys typed into
  the guest, a powerdown with its SHUTDOWN event;
- snapshots: boot, savevm, quit; -loadvm answers at once, with a file
  held open on the 9P share, a TCP connection through slirp's guestfwd to
  a host server, and a disk write made before the save; corrupt,
  truncated and mismatched snapshots are refused with one line and
  status 1;
- --deterministic: two runs of one script from one snapshot print the
  same console bytes."""
import os
import pty
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "qmp"))
from guest import ACCEL, CMDLINE, DISK, INITRD, KERNEL, RVBOX  # noqa: E402

BOOT_TIMEOUT = 120
results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + str(detail)),
          flush=True)


def base_args(tmp, extra=()):
    """The default guest with its disk in snapshot mode (the image file is
    never written), plus extra."""
    return ([RVBOX] + ACCEL + ["-m", "256", "-kernel", KERNEL, "-initrd", INITRD,
                               "-append", CMDLINE,
                               "-drive", "file=%s,format=raw,snapshot=on" % DISK]
            + list(extra))


def run(args, timeout, script=None, tmp=None):
    """Runs rvbox to its end; returns (status, stdout, stderr, seconds)."""
    if script is not None:
        path = os.path.join(tmp, "s%d.script" % len(results))
        with open(path, "w") as f:
            f.write(script)
        args = args + ["--script", path]
    t0 = time.monotonic()
    try:
        p = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", e.stderr or b"", time.monotonic() - t0
    return p.returncode, p.stdout, p.stderr, time.monotonic() - t0


PROMPT = "expect [#$] $\n"


# --- scripts -----------------------------------------------------------------

def test_script(tmp):
    shot = os.path.join(tmp, "shot.png")
    log = os.path.join(tmp, "console.log")
    script = ("timeout %d\nexpect rvbox guest ready\nsendline\n" % BOOT_TIMEOUT + PROMPT +
              "sendline echo sum=$((40+2))\nexpect sum=42\n" + PROMPT +
              "sendline uname -m\nexpect ^riscv64$\n" + PROMPT +
              "screenshot %s\n" % shot +
              "sendline poweroff\n")
    st, out, err, secs = run(base_args(tmp, ["-device", "virtio-gpu-device", "--log", log]),
                             BOOT_TIMEOUT + 60, script, tmp)
    check("script: boots, runs commands, expects their output and ends with the guest's "
          "status 0 (%.1f s)" % secs, st == 0 and b"sum=42" in out,
          "status %s, stderr %r, output ends %r" % (st, err[-300:], out[-300:]))
    png = open(shot, "rb").read() if os.path.exists(shot) else b""
    check("script: screenshot writes a PNG of the display", png[:8] == b"\x89PNG\r\n\x1a\n",
          "%d bytes" % len(png))
    logged = open(log, "rb").read() if os.path.exists(log) else b""
    check("script: --log holds the console output", b"sum=42" in logged and b"riscv64" in logged,
          repr(logged[-200:]))

    script = ("timeout %d\nexpect rvbox guest ready\ntimeout 3\nexpect NEVER-PRINTED\n"
              "sendline poweroff\n" % BOOT_TIMEOUT)
    st, out, err, secs = run(base_args(tmp), BOOT_TIMEOUT + 60, script, tmp)
    check("script: an expect that never matches ends with status 124", st == 124,
          "status %s, stderr %r" % (st, err[-300:]))
    check("script: ... naming the line and showing the last console lines",
          b"script line 4: expect /NEVER-PRINTED/ timed out after 3 s" in err and b"  | " in err,
          repr(err[-400:]))

    st, out, err, secs = run(base_args(tmp, ["--timeout", "2"]), 60)
    check("--timeout 2 ends a run with status 124 after 2 s (%.1f s)" % secs,
          st == 124 and 2 <= secs < 20 and b"--timeout: 2 s elapsed" in err,
          "status %s, stderr %r" % (st, err[-200:]))

    script = "expect rvbox guest ready\nsavevm /nonexistent-dir/x.snap\n"
    st, out, err, secs = run(base_args(tmp), BOOT_TIMEOUT + 30, script, tmp)
    check("script: a failed step (savevm into a missing directory) ends with status 125",
          st == 125 and b"script line 2" in err, "status %s, stderr %r" % (st, err[-300:]))

    st, out, err, secs = run(base_args(tmp), 30, "expect (unclosed\n", tmp)
    lines = err.decode(errors="replace").strip().splitlines()
    check("script: a bad regular expression is refused at start: status 1, one line",
          st == 1 and len(lines) == 1 and "line 1" in lines[0], repr(err))

    st, out, err, secs = run(base_args(tmp, ["--expect", "rvbox guest ready", "--send", "\\n",
                                             "--expect", "[#$] $",
                                             "--send", "echo pair-$((2+3))\\n",
                                             "--expect", "pair-5", "--send", "poweroff\\n",
                                             "--timeout", str(BOOT_TIMEOUT)]),
                             BOOT_TIMEOUT + 30)
    check("--expect/--send pairs on the command line drive the guest to poweroff",
          st == 0 and b"pair-5" in out, "status %s, %r" % (st, out[-200:]))


# --- the monitor on a terminal -------------------------------------------------

class Reader:
    """Output of rvbox read from fd as it arrives; expect() waits for a
    string in it."""

    fd = None
    out = b""

    def read_some(self, timeout):
        """Reads what arrives within timeout; False once the other side
        closed."""
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:   # a pty whose process ended
            data = b""
        self.out += data
        return bool(data)

    def saw(self, needle, timeout):
        """True once needle arrived within timeout, False if it never did."""
        try:
            self.expect(needle, timeout)
            return True
        except TimeoutError:
            return False

    def expect(self, needle, timeout):
        deadline = time.monotonic() + timeout
        while needle not in self.out:
            left = deadline - time.monotonic()
            if left <= 0 or not self.read_some(min(left, 1)):
                raise TimeoutError("no %r; output ends %r" % (needle, self.out[-300:]))
        i = self.out.index(needle) + len(needle)
        text, self.out = self.out[:i], self.out[i:]
        return text


class Pty(Reader):
    """rvbox on a pseudo-terminal, as a user at a terminal runs it."""

    def __init__(self, args):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execv(args[0], args)

    def send(self, data):
        os.write(self.fd, data)

    def wait(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            if not self.read_some(0.2):
                time.sleep(0.1)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        return None


def test_monitor(tmp):
    snap = os.path.join(tmp, "monitor.snap")
    t = Pty(base_args(tmp))
    try:
        t.expect(b"rvbox guest ready", BOOT_TIMEOUT)
        t.send(b"\x01c")
        t.expect(b"(rvbox) ", 10)
        t.send(b"info status\r")
        check("monitor: Ctrl-A c opens it; info status says running",
              b"VM status: running" in t.expect(b"(rvbox) ", 10))
        t.send(b"stop\r")
        t.expect(b"(rvbox) ", 10)
        t.send(b"info status\r")
        check("monitor: stop pauses the guest", b"VM status: paused" in t.expect(b"(rvbox) ", 10))
        t.send(b"cont\rinfo registers\r")
        regs = t.expect(b"(rvbox) ", 10) + t.expect(b"(rvbox) ", 10)
        check("monitor: cont, and info registers shows pc and x1/ra",
              b" pc " in regs and b"x1 /ra" in regs, repr(regs[-300:]))
        t.send(b"no_such_command 1 2\r")
        check("monitor: an unknown command gets a message, and the monitor goes on",
              b"unknown command" in t.expect(b"(rvbox) ", 10))
        t.send(("savevm %s\r" % snap).encode())
        t.expect(b"(rvbox) ", 60)
        check("monitor: savevm writes a snapshot", os.path.getsize(snap) > 100000
              if os.path.exists(snap) else False)
        t.send(b"\x01c")
        t.send(b"echo typed-$((3*3))\r")
        check("monitor: Ctrl-A c returns to the console, where typed commands run",
              t.saw(b"typed-9", 30))
        t.send(b"\x01c")
        t.expect(b"(rvbox) ", 10)
        t.send(b"quit\r")
        check("monitor: quit ends rvbox with status 0", t.wait(30) == 0)
    except TimeoutError as e:
        check("monitor session", False, e)
        t.wait(0)


# --- snapshots ---------------------------------------------------------------

class EchoServer:
    """A TCP server on loopback: answers each line with "echo:LINE" and
    records what it got on every connection."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.connections = []   # bytes received, one entry per connection
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            self.connections.append(b"")
            threading.Thread(target=self.talk, args=(c, len(self.connections) - 1),
                             daemon=True).start()

    def talk(self, c, n):
        buf = b""
        while True:
            data = c.recv(4096)
            if not data:
                return
            self.connections[n] += data
            buf += data
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                c.sendall(b"echo:" + line + b"\n")


def snapshot_args(tmp, share, server, extra=()):
    return base_args(tmp, ["-virtfs", "local,path=%s,mount_tag=share" % share,
                           "-netdev", "user,id=n0,guestfwd=tcp:10.0.2.100:5555-tcp:127.0.0.1:%d"
                           % server.port, "-device", "virtio-net-device,netdev=n0"]
                     + list(extra))


def test_snapshot(tmp):
    share = os.path.join(tmp, "share")
    os.mkdir(share)
    with open(os.path.join(share, "held.txt"), "w") as f:
        f.write("held-open-across-the-save\n")
    server = EchoServer()
    snap = os.path.join(tmp, "booted.snap")
    setup = ("mount -t 9p -o trans=virtio share /mnt && exec 3</mnt/held.txt && "
             "ifconfig eth0 10.0.2.15 netmask 255.255.255.0 up && mkfifo /tmp/f && "
             "(nc 10.0.2.100 5555 </tmp/f >/tmp/nc.out &) && exec 4>/tmp/f && "
             "echo one >&4 && sleep 1 && cat /tmp/nc.out && "
             "echo before-save > /root/disk.txt && sync && echo SETUP-$((1+1))")
    script = ("timeout %d\nexpect rvbox guest ready\nsendline\n" % BOOT_TIMEOUT + PROMPT +
              "sendline " + setup + "\nexpect SETUP-2\n" + PROMPT +
              "savevm %s\nexit 0\n" % snap)
    t0 = time.monotonic()
    st, out, err, secs = run(snapshot_args(tmp, share, server), BOOT_TIMEOUT + 60, script, tmp)
    boot = time.monotonic() - t0
    check("snapshot: a booted guest with 9P, a guestfwd connection and a disk write is saved "
          "(%.1f s, %d KiB)" % (boot, os.path.getsize(snap) >> 10 if os.path.exists(snap) else 0),
          st == 0 and b"echo:one" in out and os.path.exists(snap),
          "status %s, stderr %r, output %r" % (st, err[-300:], out[-400:]))
    if not os.path.exists(snap):
        return None
    first = len(server.connections)
    script = ("timeout 30\nsendline echo restored-$((5*5))\nexpect restored-25\n" + PROMPT +
              "sendline cat <&3\nexpect held-open-across-the-save\n" + PROMPT +
              "sendline cat /root/disk.txt\nexpect ^before-save\n" + PROMPT +
              "sendline echo two >&4; sleep 1; cat /tmp/nc.out\nexpect echo:two\n" + PROMPT +
              "sendline poweroff\n")
    st, out, err, secs = run(snapshot_args(tmp, share, server, ["-loadvm", snap]), 90,
                             script, tmp)
    check("snapshot: -loadvm restores the shell at once (%.2f s to poweroff)" % secs,
          st == 0 and b"restored-25" in out, "status %s, stderr %r, output %r"
          % (st, err[-300:], out[-400:]))
    check("snapshot: the file held open on the 9P share reads after the load",
          b"held-open-across-the-save" in out.split(b"restored-25", 1)[-1], repr(out[-400:]))
    check("snapshot: the disk write made before the save is there",
          b"\nbefore-save" in out.replace(b"\r", b""), repr(out[-400:]))
    got = b"".join(server.connections[first:])
    check("snapshot: the guest's TCP connection through guestfwd still works: its bytes "
          "reach the host server and the reply comes back",
          b"two\n" in got and b"echo:two" in out, "server got %r" % got)
    return snap


def test_bad_snapshots(tmp, snap, share_args):
    data = open(snap, "rb").read()
    cases = {
        "truncated file": data[:len(data) // 2],
        "corrupt file": data[:len(data) // 2] + bytes(b ^ 0x5a for b in data[len(data) // 2:
                                                                    len(data) // 2 + 64])
        + data[len(data) // 2 + 64:],
        "file that is not a snapshot": b"hello world\n" * 100,
    }
    for what, blob in cases.items():
        path = os.path.join(tmp, "bad.snap")
        with open(path, "wb") as f:
            f.write(blob)
        st, out, err, secs = run(share_args + ["-loadvm", path], 30)
        lines = err.decode(errors="replace").strip().splitlines()
        check("snapshot: a %s is refused: status 1, one line" % what,
              st == 1 and len(lines) == 1 and "bad.snap" in lines[0], repr(err))
    st, out, err, secs = run(base_args(tmp, ["-m", "128", "-loadvm", snap]), 30)
    check("snapshot: loading into another RAM size is refused", st == 1 and b"RAM size" in err,
          repr(err))
    st, out, err, secs = run(base_args(tmp, ["-loadvm", snap]), 30)
    check("snapshot: loading into a machine without its devices is refused",
          st == 1 and b"another machine" in err, repr(err))


def test_deterministic(tmp):
    snap = os.path.join(tmp, "det.snap")
    script = ("timeout %d\nexpect rvbox guest ready\nsendline\n" % BOOT_TIMEOUT + PROMPT +
              "savevm %s\nexit 0\n" % snap)
    st, out, err, _ = run(base_args(tmp, ["--deterministic"]), BOOT_TIMEOUT + 30, script, tmp)
    if st != 0:
        check("--deterministic: the snapshot is saved", False, repr(err[-300:]))
        return
    script = ("timeout 60\nsendline cat /proc/uptime; dmesg | tail -3; echo det-$((6*6))\n"
              "expect det-36\n" + PROMPT + "sendline poweroff\n")
    logs = []
    for i in range(2):
        log = os.path.join(tmp, "det%d.log" % i)
        st, out, err, _ = run(base_args(tmp, ["--deterministic", "-loadvm", snap, "--log", log]),
                              90, script, tmp)
        logs.append(open(log, "rb").read() if os.path.exists(log) else b"")
    check("--deterministic: two runs of one script from one snapshot print the same bytes "
          "(%d bytes)" % len(logs[0]), logs[0] == logs[1] and b"det-36" in logs[0],
          "first %r / second %r" % (logs[0][-200:], logs[1][-200:]))


# --- QMP ----------------------------------------------------------------------

SHIFTED = {"$": "4", "(": "9", ")": "0", "*": "8", "!": "1", "_": "minus", "+": "equal",
           ">": "dot", "<": "comma", ":": "semicolon", '"': "apostrophe"}
PLAIN = {" ": "spc", "-": "minus", "=": "equal", ".": "dot", ",": "comma", "/": "slash",
         ";": "semicolon", "\n": "ret", "'": "apostrophe"}


def qcodes(ch):
    """The QKeyCode chord that types ch on a US keyboard."""
    if ch in SHIFTED:
        return ["shift", SHIFTED[ch]]
    if ch.isupper():
        return ["shift", ch.lower()]
    return [PLAIN.get(ch, ch)]


def type_keys(c, text):
    for ch in text:
        c.execute("send-key", {"keys": [{"type": "qcode", "data": k} for k in qcodes(ch)]})


class Console(Reader):
    """rvbox's console on a pipe."""

    def __init__(self, args, cwd=None):
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, cwd=cwd)
        self.fd = self.proc.stdout.fileno()

    def quiet_for(self, seconds):
        """Output that arrives within seconds (the guest may print nothing)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end and self.read_some(0.1):
            pass
        return self.out


def test_qmp(tmp):
    from qmp_client import QMPClient, QMPError
    sock = os.path.join(tmp, "qmp.sock")
    shot = os.path.join(tmp, "qmp-shot.png")
    con = Console(base_args(tmp, ["-device", "virtio-gpu-device",
                                  "-qmp", "unix:%s,server,nowait" % sock]))
    c = QMPClient(sock, timeout=30)
    try:
        greeting = c.connect()
        check("qmp: the greeting names QEMU's version and qmp_capabilities is accepted",
              "version" in greeting.get("QMP", {}))
        con.expect(b"rvbox guest ready", BOOT_TIMEOUT)
        check("qmp: query-status says running",
              c.execute("query-status").get("status") == "running")
        c.execute("stop")
        c.get_event("STOP", 10)
        status = c.execute("query-status")
        con.proc.stdin.write(b"echo paused-$((2+2))\n")
        con.proc.stdin.flush()
        quiet = b"paused-4" not in con.quiet_for(1.0)
        check("qmp: stop gives a STOP event, status paused, and the guest runs nothing",
              status.get("status") == "paused" and status.get("running") is False and quiet)
        c.execute("cont")
        c.get_event("RESUME", 10)
        check("qmp: cont gives a RESUME event and the guest goes on", con.saw(b"paused-4", 30))
        c.execute("screendump", {"filename": shot})
        png = open(shot, "rb").read() if os.path.exists(shot) else b""
        check("qmp: screendump writes a PNG", png[:8] == b"\x89PNG\r\n\x1a\n")
        try:
            c.execute("screendump", {"filename": 5})
            check("qmp: a wrong argument type is an error reply", False)
        except QMPError as e:
            check("qmp: a wrong argument type is an error reply", e.cls == "GenericError", e)
        c.send_raw(b'{"execute": query-status, }\n')
        reply = c.read_reply()
        check("qmp: bad JSON gets an error reply and the connection goes on",
              "error" in reply and c.execute("query-status").get("status") == "running",
              reply)
        regs = c.execute("human-monitor-command", {"command-line": "info registers"})
        check("qmp: human-monitor-command runs info registers", " pc " in regs, regs[:200])
        type_keys(c, "echo qmp-typed-$((6*7))\n")
        check("qmp: send-key types a command that the guest runs",
              con.saw(b"qmp-typed-42", 30))
        type_keys(c, "poweroff\n")
        ev = c.get_event("SHUTDOWN", 60)
        check("qmp: the guest's poweroff gives a SHUTDOWN event (guest-shutdown)",
              ev["data"].get("reason") == "guest-shutdown" and ev["data"].get("guest") is True,
              ev)
        check("qmp: ... and rvbox exits with status 0", con.proc.wait(30) == 0)
    except Exception as e:   # noqa: BLE001 - any failure is this test's
        check("qmp session", False, "%s: %s" % (type(e).__name__, e))
    finally:
        c.close()
        if con.proc.poll() is None:
            con.proc.kill()
        con.proc.wait()


def test_signal_savevm(tmp):
    """SIGUSR1 saves the machine into rvbox-PID.snap in the current
    directory, and the guest goes on."""
    cwd = os.path.join(tmp, "sig")
    os.mkdir(cwd)
    con = Console(base_args(tmp), cwd=cwd)
    name = "SIGUSR1 saves rvbox-PID.snap and the guest goes on"
    try:
        con.expect(b"rvbox guest ready", BOOT_TIMEOUT)
        con.proc.send_signal(signal.SIGUSR1)
        con.expect(b"machine saved to rvbox-%d.snap" % con.proc.pid, 60)
        con.proc.stdin.write(b"echo after-$((4+4))\n")
        con.proc.stdin.flush()
        con.expect(b"after-8", 30)
        snap = os.path.join(cwd, "rvbox-%d.snap" % con.proc.pid)
        check(name, os.path.getsize(snap) > 100000)
    except (TimeoutError, OSError) as e:
        check(name, False, e)
    finally:
        con.proc.kill()
        con.proc.wait()


def test_ci_example(tmp):
    """The README's CI job (docs/ci-example.sh) as it stands."""
    root = os.path.dirname(os.path.dirname(HERE))
    work = os.path.join(tmp, "ci")
    os.mkdir(work)
    t0 = time.monotonic()
    p = subprocess.run([os.path.join(root, "docs", "ci-example.sh")], cwd=root,
                       env=dict(os.environ, RVBOX=RVBOX, WORK=work), capture_output=True,
                       timeout=600)
    oks = p.stdout.count(b"ok - ") - p.stdout.count(b"not ok - ")
    check("docs/ci-example.sh: boots once, then 3 tests pass from the snapshot (%.1f s)"
          % (time.monotonic() - t0), p.returncode == 0 and oks == 3,
          "status %s: %r %r" % (p.returncode, p.stdout[-300:], p.stderr[-300:]))


def main():
    tmp = tempfile.mkdtemp(prefix="rvbox-headless-")
    try:
        test_script(tmp)
        test_monitor(tmp)
        snap = test_snapshot(tmp)
        if snap:
            share = os.path.join(tmp, "share")
            test_bad_snapshots(tmp, snap, snapshot_args(tmp, share, EchoServer()))
        test_deterministic(tmp)
        test_signal_savevm(tmp)
        test_ci_example(tmp)
        test_qmp(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    passed = sum(results)
    print("headless: %d passed, %d failed" % (passed, len(results) - passed))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
