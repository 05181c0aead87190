#!/usr/bin/env python3
"""QMP end to end (frontends/terminal/qmp.c) on the bare-metal self-test
firmware (build/firmware/fwtest.bin), which starts in a second: with a
virtio keyboard and tablet and "tests=input inputevents=N", it prints
every input event it gets ("# input: dev=SLOT type=T code=C value=V"),
so what QMP sends to the machine can be seen arriving in the guest.

Checked on -qmp unix:PATH,server,nowait: the greeting; commands refused
before qmp_capabilities; query-status, -version, -commands; stop (STOP
event, status paused, the guest held) and cont (RESUME); send-key and
input-send-event reaching the guest; malformed JSON, a lexical error, a
value in pieces or two in one packet, a 2 MiB line and deep nesting, each
leaving the connection usable; unknown commands (CommandNotFound); wrong,
missing and unexpected arguments (GenericError); human-monitor-command;
a second client seeing events; a client leaving without reading its
replies; rvbox-savevm / rvbox-loadvm; quit (reply, SHUTDOWN, exit status
0, socket file removed). Then tcp:127.0.0.1:PORT, and -qmp specs rvbox
must refuse.

Prints one "ok - " / "not ok - " line per check and ends with
"qmp: N passed, M failed" (exit status 1 on a failure)."""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True    # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qmp_client import QMPClient, QMPError, QMPTimeout  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RVBOX = os.environ.get("RVBOX", os.path.join(ROOT, "build", "rvbox"))
FW_BIN = os.path.join(ROOT, "build", "firmware", "fwtest.bin")
RUN_TIMEOUT = 120
# The firmware waits this long for input events, far longer than the test.
BOOTARGS = "tests=input inputevents=100000 inputwait=600000"
KEY_A, KEY_B, KEY_C, BTN_LEFT = 30, 48, 46, 272
KBD, TABLET = 1, 2      # virtio slots: the console is slot 0

results = []
out_lock = threading.Lock()


def say(line):
    """One whole line on stdout: rvbox's output comes from another thread."""
    with out_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def check(name, cond, detail=""):
    results.append(bool(cond))
    say(("ok - " if cond else "not ok - ") + "qmp: " + name + ("" if cond else ": " + detail))
    return cond


class Rvbox:
    """rvbox running the firmware; its output collected line by line."""

    def __init__(self, qmp_spec, extra=()):
        cmd = [RVBOX, "-m", "64", "-bios", FW_BIN, "-device", "virtio-keyboard-device",
               "-device", "virtio-tablet-device", "-append", BOOTARGS,
               "-qmp", qmp_spec] + list(extra)
        say("# " + " ".join(cmd))
        self.lines = []
        self.cond = threading.Condition()
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT)
        self.timer = threading.Timer(RUN_TIMEOUT, self.p.kill)
        self.timer.start()
        self.reader = threading.Thread(target=self._pump, daemon=True)
        self.reader.start()

    def _pump(self):
        for raw in self.p.stdout:
            line = raw.decode(errors="replace").rstrip("\r\n")
            say("    | " + line)
            with self.cond:
                self.lines.append(line)
                self.cond.notify_all()

    def wait_line(self, text, timeout=20, start=0):
        """Index of the first line from start on equal to text, or None."""
        end = time.monotonic() + timeout
        with self.cond:
            while True:
                for i in range(start, len(self.lines)):
                    if self.lines[i] == text:
                        return i
                left = end - time.monotonic()
                if left <= 0 or self.p.poll() is not None and not self.reader.is_alive():
                    return None
                self.cond.wait(min(left, 0.2))

    def mark(self):
        with self.cond:
            return len(self.lines)

    def wait_exit(self, timeout=20):
        try:
            return self.p.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self):
        self.timer.cancel()
        if self.p.poll() is None:
            self.p.kill()
        self.p.wait()
        self.reader.join(5)


def event_line(dev, type_, code, value):
    return "# input: dev=%d type=%d code=%d value=%d" % (dev, type_, code, value)


def error_of(reply):
    return reply.get("error", {}).get("class"), reply.get("error", {}).get("desc", "")


def expect_error(c, name, cmd, args, cls, desc_start):
    reply = c.execute_raw(cmd, args)
    got_cls, desc = error_of(reply)
    check("%s: %s \"%s...\"" % (name, cls, desc_start),
          got_cls == cls and desc.startswith(desc_start), repr(reply))


def still_works(c, name):
    reply = c.execute_raw("query-status")
    check("%s: the connection still works" % name, "return" in reply, repr(reply))


# --- the cases on the unix socket ------------------------------------------


def case_greeting_and_negotiation(c):
    g = c.open()
    check("greeting is QEMU 7.2.0's shape, package rvbox, no capabilities",
          g == {"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7},
                                    "package": "rvbox"}, "capabilities": []}}, repr(g))
    reply = c.execute_raw("query-status", id="early")
    check("a command before qmp_capabilities: CommandNotFound, QEMU's text, id echoed",
          error_of(reply) == ("CommandNotFound",
                              "Expecting capabilities negotiation with 'qmp_capabilities'")
          and reply.get("id") == "early", repr(reply))
    check("qmp_capabilities returns {}", c.execute("qmp_capabilities") == {}, "")
    expect_error(c, "qmp_capabilities again", "qmp_capabilities", None, "CommandNotFound",
                 "Capabilities negotiation is already complete")


def case_queries(c):
    st = c.execute("query-status")
    check("query-status: running", st == {"status": "running", "singlestep": False,
                                           "running": True}, repr(st))
    v = c.execute("query-version")
    check("query-version: qemu 7.2.0, package rvbox",
          v == {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": "rvbox"}, repr(v))
    names = {e.get("name") for e in c.execute("query-commands")}
    want = {"qmp_capabilities", "query-status", "query-version", "query-commands", "stop",
            "cont", "system_reset", "system_powerdown", "quit", "screendump", "send-key",
            "input-send-event", "human-monitor-command", "rvbox-savevm", "rvbox-loadvm"}
    check("query-commands lists every command", want <= names, repr(sorted(want - names)))


def case_stop_cont(c, vm):
    c.clear_events()
    check("stop returns {}", c.execute("stop") == {}, "")
    try:
        ev = c.get_event("STOP", 5)
        ts = ev.get("timestamp", {})
        ok = isinstance(ts.get("seconds"), int) and isinstance(ts.get("microseconds"), int)
        check("stop: STOP event with a timestamp", ok, repr(ev))
    except QMPTimeout:
        check("stop: STOP event with a timestamp", False, "no STOP event")
    st = c.execute("query-status")
    check("query-status after stop: paused, not running",
          st.get("status") == "paused" and st.get("running") is False, repr(st))
    hmp = c.execute("human-monitor-command", {"command-line": "info status"})
    check("human-monitor-command 'info status' while stopped", hmp == "VM status: paused\r\n",
          repr(hmp))
    at = vm.mark()
    c.execute("send-key", {"keys": [{"type": "qcode", "data": "b"}]})
    held = vm.wait_line(event_line(KBD, 1, KEY_B, 1), timeout=1, start=at) is None
    check("stop holds the guest: a key sent while stopped is not seen", held, "it was seen")
    check("cont returns {}", c.execute("cont") == {}, "")
    try:
        c.get_event("RESUME", 5)
        check("cont: RESUME event", True)
    except QMPTimeout:
        check("cont: RESUME event", False, "none")
    check("cont: the guest takes the key sent while stopped",
          vm.wait_line(event_line(KBD, 1, KEY_B, 1), start=at) is not None, "not seen")
    st = c.execute("query-status")
    check("query-status after cont: running", st.get("status") == "running", repr(st))


def case_input(c, vm):
    at = vm.mark()
    r = c.execute("send-key", {"keys": [{"type": "qcode", "data": "a"}], "hold-time": 50})
    down = vm.wait_line(event_line(KBD, 1, KEY_A, 1), start=at)
    up = vm.wait_line(event_line(KBD, 1, KEY_A, 0), start=at)
    check("send-key a: the guest's keyboard gets KEY_A down then up",
          r == {} and down is not None and up is not None and down < up,
          "reply %r, down %s, up %s" % (r, down, up))
    at = vm.mark()
    events = [
        {"type": "key", "data": {"down": True, "key": {"type": "qcode", "data": "c"}}},
        {"type": "key", "data": {"down": False, "key": {"type": "qcode", "data": "c"}}},
        {"type": "abs", "data": {"axis": "x", "value": 1234}},
        {"type": "abs", "data": {"axis": "y", "value": 4321}},
        {"type": "btn", "data": {"down": True, "button": "left"}},
        {"type": "btn", "data": {"down": False, "button": "left"}},
    ]
    r = c.execute("input-send-event", {"events": events})
    want = [event_line(KBD, 1, KEY_C, 1), event_line(KBD, 1, KEY_C, 0),
            event_line(TABLET, 3, 0, 1234), event_line(TABLET, 3, 1, 4321),
            event_line(TABLET, 1, BTN_LEFT, 1), event_line(TABLET, 1, BTN_LEFT, 0)]
    missing = [w for w in want if vm.wait_line(w, start=at) is None]
    check("input-send-event: keys, absolute position and button reach the guest",
          r == {} and not missing, "reply %r, missing %r" % (r, missing))
    expect_error(c, "send-key of an unknown key", "send-key",
                 {"keys": [{"type": "qcode", "data": "no-such-key"}]}, "GenericError",
                 "send-key: unknown key")
    expect_error(c, "input-send-event abs out of range", "input-send-event",
                 {"events": [{"type": "abs", "data": {"axis": "x", "value": 40000}}]},
                 "GenericError", "input-send-event: abs value")


def case_bad_input(c):
    c.send_raw(b'{"execute": }\n')
    reply = c.read_reply()
    check("malformed JSON: GenericError 'JSON parse error', no id",
          error_of(reply)[0] == "GenericError" and
          error_of(reply)[1].startswith("JSON parse error") and "id" not in reply,
          repr(reply))
    still_works(c, "malformed JSON")
    c.send_raw(b'[1, 2]\n')
    reply = c.read_reply()
    check("an array: 'QMP input must be a JSON object'",
          error_of(reply) == ("GenericError", "QMP input must be a JSON object"), repr(reply))
    c.send_raw(b'{"execute": "query-st\xff')
    reply = c.read_reply()
    check("a 0xff byte (the spec's parser reset): an error",
          error_of(reply)[1].startswith("JSON parse error"), repr(reply))
    still_works(c, "after 0xff")
    c.send_raw(b'{"execute": "query-')
    time.sleep(0.3)
    c.send_raw(b'status", "id": "split"}')
    reply = c.read_reply()
    check("a command in two pieces, no newline: answered",
          reply.get("id") == "split" and "return" in reply, repr(reply))
    c.send_raw(b'{"execute":"query-status","id":"p1"}{"execute":"query-version","id":"p2"}')
    r1, r2 = c.read_reply(), c.read_reply()
    check("two commands in one packet: both answered in order",
          r1.get("id") == "p1" and r2.get("id") == "p2", "%r %r" % (r1, r2))
    c.send_raw(b'{"execute": "' + b"x" * (2 << 20) + b'"}\n')
    reply = c.read_reply(timeout=30)
    check("a 2 MiB line: 'JSON parse error, input too long'",
          error_of(reply) == ("GenericError", "JSON parse error, input too long"),
          repr(reply)[:200])
    still_works(c, "after a 2 MiB line")
    c.send_raw(b"[" * 5000 + b"\n")
    reply = c.read_reply()
    check("5000 levels of nesting: 'too many nested levels'",
          error_of(reply) == ("GenericError", "JSON parse error, too many nested levels"),
          repr(reply))
    still_works(c, "after deep nesting")


def case_errors(c, tmp):
    reply = c.execute_raw("no-such-command", id=7)
    check("unknown command: CommandNotFound, QEMU's text, id echoed",
          error_of(reply) == ("CommandNotFound", "The command no-such-command has not been found")
          and reply.get("id") == 7, repr(reply))
    expect_error(c, "filename 5", "rvbox-savevm", {"filename": 5}, "GenericError",
                 "Invalid parameter type for 'filename', expected: string")
    expect_error(c, "no filename", "rvbox-loadvm", {}, "GenericError",
                 "Parameter 'filename' is missing")
    expect_error(c, "an unknown argument", "stop", {"bogus": 1}, "GenericError",
                 "Parameter 'bogus' is unexpected")
    expect_error(c, "keys not an array", "send-key", {"keys": "a"}, "GenericError",
                 "Invalid parameter type for 'keys', expected: array")
    expect_error(c, "event value not an integer", "input-send-event",
                 {"events": [{"type": "rel", "data": {"axis": "x", "value": 1.5}}]},
                 "GenericError", "Invalid parameter type for 'events[0].data.value'")
    expect_error(c, "screendump ppm", "screendump",
                 {"filename": os.path.join(tmp, "x.ppm"), "format": "ppm"},
                 "GenericError", "screendump: format 'ppm' is not supported")
    expect_error(c, "screendump without a display", "screendump",
                 {"filename": os.path.join(tmp, "x.png"), "format": "png"}, "GenericError", "")
    hmp = c.execute("human-monitor-command", {"command-line": "info status"})
    check("human-monitor-command 'info status'", hmp == "VM status: running\r\n", repr(hmp))
    hmp = c.execute("human-monitor-command", {"command-line": "info registers"})
    check("human-monitor-command 'info registers' shows pc", " pc " in hmp, repr(hmp[:200]))


def case_clients(c, path):
    c2 = QMPClient(path)
    c2.connect()
    c3 = QMPClient(path)
    c3.open()
    c.execute("stop")
    try:
        c2.get_event("STOP", 5)
        check("a second client in command mode gets the STOP event", True)
    except QMPTimeout:
        check("a second client in command mode gets the STOP event", False, "none")
    c.execute("cont")
    c3.send({"execute": "query-status", "id": "c3"})
    reply = c3.read_message()
    check("a client still negotiating gets no events, only its reply",
          reply.get("id") == "c3" and "error" in reply, repr(reply))
    c3.close()
    # A client that asks for a lot and leaves without reading it.
    c4 = QMPClient(path)
    c4.open()
    c4.send_raw(b'{"execute": "qmp_capabilities"}\n' +
                b'{"execute": "query-commands"}\n' * 2000)
    c4.close()
    time.sleep(0.3)
    still_works(c2, "a client left mid-reply; another")
    c2.close()
    c.clear_events()


def case_snapshots(c, vm, tmp):
    snap = os.path.join(tmp, "snap.bin")
    r = c.execute_raw("rvbox-savevm", {"filename": snap})
    check("rvbox-savevm returns {} and writes the file",
          r.get("return") == {} and os.path.getsize(snap) > 0 if os.path.exists(snap) else False,
          repr(r))
    r = c.execute_raw("rvbox-loadvm", {"filename": snap})
    check("rvbox-loadvm of it returns {}", r.get("return") == {}, repr(r))
    at = vm.mark()
    c.execute("send-key", {"keys": [{"type": "qcode", "data": "a"}]})
    check("after rvbox-loadvm the restored guest still gets keys",
          vm.wait_line(event_line(KBD, 1, KEY_A, 1), start=at) is not None, "not seen")
    expect_error(c, "rvbox-loadvm of a missing file", "rvbox-loadvm",
                 {"filename": os.path.join(tmp, "missing.bin")}, "GenericError", "")
    st = c.execute("query-status")
    check("a refused loadvm leaves the guest running", st.get("status") == "running", repr(st))


def case_quit(c, vm, path):
    c.clear_events()
    r = c.execute_raw("quit", id="bye")
    check("quit returns {}", r.get("return") == {} and r.get("id") == "bye", repr(r))
    try:
        ev = c.get_event("SHUTDOWN", 5)
        check("quit: SHUTDOWN event, reason host-qmp-quit",
              ev.get("data") == {"guest": False, "reason": "host-qmp-quit"}, repr(ev))
    except (QMPTimeout, EOFError) as e:
        check("quit: SHUTDOWN event, reason host-qmp-quit", False, repr(e))
    rc = vm.wait_exit()
    check("quit: rvbox exits with status 0", rc == 0, "status %s" % rc)
    check("quit: the socket file is removed", not os.path.exists(path), "still there")


def run_unix(tmp):
    path = os.path.join(tmp, "qmp.sock")
    vm = Rvbox("unix:%s,server,nowait" % path)
    try:
        if not check("the firmware is up and waits for input events",
                     vm.wait_line("# input: ready", timeout=60) is not None, "not ready"):
            return
        c = QMPClient(path)
        try:
            case_greeting_and_negotiation(c)
            case_queries(c)
            case_stop_cont(c, vm)
            case_input(c, vm)
            case_bad_input(c)
            case_errors(c, tmp)
            case_clients(c, path)
            case_snapshots(c, vm, tmp)
            case_quit(c, vm, path)
        except (QMPError, QMPTimeout, EOFError, OSError) as e:
            check("the session ran to its end", False, repr(e))
        finally:
            c.close()
    finally:
        vm.stop()


# --- tcp, and refused specs ----------------------------------------------


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def run_tcp():
    port = free_port()
    vm = Rvbox("tcp:127.0.0.1:%d,server,nowait" % port)
    try:
        c = QMPClient(("127.0.0.1", port))
        try:
            g = c.connect()
            st = c.execute("query-status")
            check("tcp: greeting and query-status",
                  "QMP" in g and st.get("status") == "running", repr(st))
            check("tcp: quit returns {}", c.execute("quit") == {}, "")
            check("tcp: rvbox exits with status 0", vm.wait_exit() == 0, "")
        except (QMPError, QMPTimeout, EOFError, OSError) as e:
            check("tcp: the session ran to its end", False, repr(e))
        finally:
            c.close()
    finally:
        vm.stop()


def run_refused(tmp):
    for spec, why in [("tcp:10.0.0.1:%d,server,nowait" % free_port(), "a non-loopback host"),
                      ("unix:%s/x.sock" % tmp, "no server,nowait"),
                      ("unix:%s/x.sock,server" % tmp, "no nowait"),
                      ("tcp:127.0.0.1:0,server,nowait", "port 0"),
                      ("stdio", "an unknown transport")]:
        vm = Rvbox(spec)
        rc = vm.wait_exit()
        vm.stop()
        check("-qmp %s (%s): refused with a '-qmp:' message" % (spec, why),
              rc not in (0, None) and any("-qmp:" in l for l in vm.lines),
              "status %s, %r" % (rc, vm.lines[-3:]))


def main():
    for path in (RVBOX, FW_BIN):
        if not os.path.exists(path):
            check("%s exists (make all firmware)" % os.path.relpath(path, ROOT), False, "missing")
            say("qmp: 0 passed, 1 failed")
            return 1
    tmp = tempfile.mkdtemp(prefix="rvbox-qmp-")
    try:
        run_unix(tmp)
        run_tcp()
        run_refused(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    passed = sum(results)
    failed = len(results) - passed
    say("qmp: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
