#!/usr/bin/env python3
"""QEMU's own Python QMP library, qemu.qmp, unchanged against rvbox.

The library is the one in QEMU 7.2's source tree (python/qemu/qmp, the
code the `qemu.qmp` pip package ships), taken from Debian's qemu source
package with `apt-get source` (PyPI is not reachable here) and kept in a
cache outside the tree (~/.cache/rvbox or $XDG_CACHE_HOME/rvbox). With it,
on the default Linux guest with a display: connect, query-status, stop and
cont with their STOP and RESUME events, a screendump, keys typed with
send-key that the guest runs, human-monitor-command, an unknown command's
error, system_reset with its RESET event, and a poweroff typed with
send-key that ends in a SHUTDOWN event and status 0."""
import asyncio
import glob
import os
import select
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
CACHE = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "rvbox",
                     "qemu-qmp")
results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + str(detail)),
          flush=True)


def library():
    """The directory holding the qemu package (qemu/qmp/...), fetched once."""
    found = glob.glob(os.path.join(CACHE, "qemu-*", "python"))
    if found:
        return found[0]
    os.makedirs(CACHE, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        # Each version the archive lists, newest first: the newest security
        # upload is sometimes missing on a mirror (as scripts/web-deps.sh).
        show = subprocess.run(["apt-cache", "showsrc", "qemu"], capture_output=True, text=True)
        versions = sorted({l.split(" ", 1)[1] for l in show.stdout.splitlines()
                           if l.startswith("Version: ")}, reverse=True)
        why = "no qemu source package (a deb-src entry is needed)"
        for spec in ["qemu"] + ["qemu=" + v for v in versions]:
            p = subprocess.run(["apt-get", "source", "--download-only", spec], cwd=tmp,
                               capture_output=True, text=True)
            if p.returncode == 0 and glob.glob(os.path.join(tmp, "qemu_*.orig.tar.*")):
                break
            why = "apt-get source %s failed: %s" % (spec, p.stderr[-300:])
        tars = glob.glob(os.path.join(tmp, "qemu_*.orig.tar.*"))
        if not tars:
            raise RuntimeError(why)
        subprocess.run(["tar", "xf", tars[0], "-C", CACHE, "--wildcards",
                        "*/python/qemu/qmp/*"], check=False)
    found = glob.glob(os.path.join(CACHE, "qemu-*", "python"))
    if not found:
        raise RuntimeError("no python/qemu/qmp in Debian's qemu source")
    return found[0]


# QKeyCode chords for the characters the test types.
SHIFTED = {"$": "4", "(": "9", ")": "0", "*": "8"}
PLAIN = {" ": "spc", "-": "minus", "\n": "ret"}


def chord(ch):
    if ch in SHIFTED:
        return ["shift", SHIFTED[ch]]
    return [PLAIN.get(ch, ch)]


class Console:
    def __init__(self, args):
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        self.out = b""

    async def expect(self, needle, timeout):
        end = time.monotonic() + timeout
        while needle not in self.out:
            if time.monotonic() > end:
                raise TimeoutError("no %r; output ends %r" % (needle, self.out[-300:]))
            r, _, _ = select.select([self.proc.stdout], [], [], 0)
            if r:
                data = os.read(self.proc.stdout.fileno(), 65536)
                if not data:
                    raise TimeoutError("rvbox exited before %r" % needle)
                self.out += data
            else:
                await asyncio.sleep(0.02)
        i = self.out.index(needle) + len(needle)
        self.out = self.out[i:]


async def session(QMPClient, ExecuteError, tmp):
    sock = os.path.join(tmp, "qmp.sock")
    shot = os.path.join(tmp, "shot.png")
    con = Console([RVBOX, os.path.join(ROOT, "images", "default.cfg"), "-snapshot",
                   "-device", "virtio-gpu-device", "-qmp", "unix:%s,server,nowait" % sock])
    qmp = QMPClient("rvbox")
    try:
        for _ in range(100):
            if os.path.exists(sock):
                break
            await asyncio.sleep(0.05)
        await qmp.connect(sock)
        check("qemu.qmp connects and negotiates", qmp.greeting is not None)
        await con.expect(b"rvbox guest ready", 120)
        status = await qmp.execute("query-status")
        check("qemu.qmp: query-status is running", status.get("status") == "running", status)
        with qmp.listener(("STOP", "RESUME")) as listener:
            await qmp.execute("stop")
            stop = await asyncio.wait_for(listener.get(), 10)
            paused = (await qmp.execute("query-status")).get("status")
            await qmp.execute("cont")
            resume = await asyncio.wait_for(listener.get(), 10)
        check("qemu.qmp: stop and cont, with STOP and RESUME events",
              stop["event"] == "STOP" and paused == "paused" and resume["event"] == "RESUME")
        await qmp.execute("screendump", {"filename": shot})
        with open(shot, "rb") as f:
            check("qemu.qmp: screendump writes a PNG", f.read(8) == b"\x89PNG\r\n\x1a\n")
        for ch in "echo typed-$((5*5))\n":
            await qmp.execute("send-key", {"keys": [{"type": "qcode", "data": k}
                                                    for k in chord(ch)]})
        try:
            await con.expect(b"typed-25", 30)
            typed = True
        except TimeoutError:
            typed = False
        check("qemu.qmp: send-key types a command the guest runs", typed)
        text = await qmp.execute("human-monitor-command", {"command-line": "info status"})
        check("qemu.qmp: human-monitor-command", "running" in text, text)
        try:
            await qmp.execute("no-such-command")
            check("qemu.qmp: an unknown command raises ExecuteError", False)
        except ExecuteError as e:
            check("qemu.qmp: an unknown command raises ExecuteError",
                  e.error_class == "CommandNotFound", e)
        with qmp.listener("RESET") as listener:
            await qmp.execute("system_reset")
            reset = await asyncio.wait_for(listener.get(), 10)
        await con.expect(b"rvbox guest ready", 120)
        check("qemu.qmp: system_reset gives a RESET event and the guest boots again",
              reset["event"] == "RESET")
        with qmp.listener("SHUTDOWN") as listener:
            for ch in "poweroff\n":
                await qmp.execute("send-key", {"keys": [{"type": "qcode", "data": k}
                                                        for k in chord(ch)]})
            down = await asyncio.wait_for(listener.get(), 60)
        check("qemu.qmp: a poweroff typed with send-key gives SHUTDOWN (guest-shutdown)",
              down["data"].get("reason") == "guest-shutdown", down)
        check("qemu.qmp: rvbox then exits with status 0", con.proc.wait(30) == 0)
    except Exception as e:   # noqa: BLE001 - any failure is this test's
        check("qemu.qmp session", False, "%s: %s" % (type(e).__name__, e))
    finally:
        try:
            await qmp.disconnect()
        except Exception:   # noqa: BLE001 - the server may be gone already
            pass
        if con.proc.poll() is None:
            con.proc.kill()
        con.proc.wait()


def main():
    try:
        sys.path.insert(0, library())
        from qemu.qmp import ExecuteError, QMPClient
        with tempfile.TemporaryDirectory(prefix="rvbox-qemu-qmp-") as tmp:
            asyncio.run(session(QMPClient, ExecuteError, tmp))
    except (RuntimeError, ImportError) as e:
        check("QEMU's qemu.qmp library is available", False, e)
    passed = sum(results)
    print("qemu_qmp: %d passed, %d failed" % (passed, len(results) - passed))
    return 0 if results and all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
