"""A small QMP client, written from QEMU's docs/interop/qmp-spec, for the
tests (no qemu.qmp package needed).

    c = QMPClient("/tmp/qmp.sock")        # a unix socket path, or ("127.0.0.1", PORT)
    greeting = c.connect()                # reads the greeting, then qmp_capabilities
    c.execute("query-status")             # -> {"status": "running", ...}
    c.execute("rvbox-savevm", {"filename": "/tmp/s.bin"})
    c.get_event("STOP", timeout=5)        # -> {"event": "STOP", "data": {}, ...}

execute() returns the reply's "return" value or raises QMPError with the
error's class and desc. Events that arrive meanwhile are kept in
c.events, in order, until get_event() or clear_events() takes them."""
import json
import socket
import time


class QMPError(Exception):
    """An {"error": {"class": C, "desc": D}} reply."""

    def __init__(self, reply):
        err = reply.get("error", {})
        self.cls = err.get("class")
        self.desc = err.get("desc")
        self.reply = reply
        super().__init__("%s: %s" % (self.cls, self.desc))


class QMPTimeout(Exception):
    """Nothing (or not the awaited message) arrived in time."""


class QMPClient:
    def __init__(self, address, timeout=10.0):
        self.address = address
        self.timeout = timeout
        self.sock = None
        self.buf = b""
        self.events = []      # events not yet taken, oldest first
        self.replies = []     # replies read while another was awaited
        self.greeting = None
        self.next_id = 1

    # --- the connection ---------------------------------------------------

    def open(self, wait=10.0):
        """Connects (retrying while the server is not listening yet, up to
        wait seconds) and reads the greeting; no negotiation."""
        end = time.monotonic() + wait
        while True:
            family = socket.AF_UNIX if isinstance(self.address, str) else socket.AF_INET
            s = socket.socket(family, socket.SOCK_STREAM)
            try:
                s.connect(self.address)
                break
            except (FileNotFoundError, ConnectionRefusedError):
                s.close()
                if time.monotonic() > end:
                    raise
                time.sleep(0.05)
        self.sock = s
        self.greeting = self.read_message()
        if "QMP" not in self.greeting:
            raise ValueError("not a QMP greeting: %r" % self.greeting)
        return self.greeting

    def connect(self, wait=10.0):
        """open(), then qmp_capabilities: the client is in command mode."""
        greeting = self.open(wait)
        self.execute("qmp_capabilities")
        return greeting

    def close(self):
        if self.sock:
            self.sock.close()
            self.sock = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- messages ---------------------------------------------------------

    def send_raw(self, data):
        """Bytes as they are (malformed input, pieces of a command)."""
        self.sock.sendall(data)

    def send(self, obj):
        self.send_raw(json.dumps(obj).encode() + b"\n")

    def _line(self, timeout):
        end = time.monotonic() + (self.timeout if timeout is None else timeout)
        while b"\n" not in self.buf:
            left = end - time.monotonic()
            if left <= 0:
                raise QMPTimeout("no message within the timeout")
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                raise QMPTimeout("no message within the timeout") from None
            if not chunk:
                raise EOFError("the QMP server closed the connection")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line

    def read_message(self, timeout=None):
        """The next message of any kind (greeting, reply or event)."""
        while True:
            line = self._line(timeout).strip()
            if line:
                return json.loads(line.decode())

    def read_reply(self, timeout=None):
        """The next reply, keeping events for get_event()."""
        if self.replies:
            return self.replies.pop(0)
        while True:
            msg = self.read_message(timeout)
            if "event" in msg:
                self.events.append(msg)
            else:
                return msg

    def execute_raw(self, cmd, args=None, id=None):
        """Sends a command and returns its whole reply (a dict with
        "return" or "error"). id: the request's id (default: a fresh number)."""
        if id is None:
            id = self.next_id
            self.next_id += 1
        req = {"execute": cmd, "id": id}
        if args is not None:
            req["arguments"] = args
        self.send(req)
        while True:
            for i, reply in enumerate(self.replies):
                if reply.get("id") == id:
                    return self.replies.pop(i)
            msg = self.read_message()
            if "event" in msg:
                self.events.append(msg)
            else:
                self.replies.append(msg)

    def execute(self, cmd, args=None):
        """The command's "return" value; QMPError for an error reply."""
        reply = self.execute_raw(cmd, args)
        if "error" in reply:
            raise QMPError(reply)
        return reply.get("return")

    # --- events -----------------------------------------------------------

    def get_event(self, name, timeout=None):
        """The first event called name (earlier events of other names are
        kept); waits up to timeout seconds for it."""
        end = time.monotonic() + (self.timeout if timeout is None else timeout)
        while True:
            for i, ev in enumerate(self.events):
                if ev.get("event") == name:
                    return self.events.pop(i)
            left = end - time.monotonic()
            if left <= 0:
                raise QMPTimeout("no %s event" % name)
            msg = self.read_message(left)
            if "event" in msg:
                self.events.append(msg)
            else:
                self.replies.append(msg)

    def clear_events(self):
        """Takes every event received so far."""
        taken, self.events = self.events, []
        return taken
