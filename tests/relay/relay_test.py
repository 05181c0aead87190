#!/usr/bin/env python3
"""rvbox-relay as a browser page would use it: WebSocket clients that send
and receive raw Ethernet frames, each with its own slirp stack. Checks DHCP
offers (one client, two at once), that bad messages close only their own
client, that IPv4 fragments cannot crash slirp, the Origin and
peer-address checks, that a flooding client and one that never reads are
cut off while others keep working, a real TCP connection through slirp to
a server on the host's loopback, an idle relay's CPU use, that SIGTERM
ends it with status 0, bad options, and --allow-origin, --allow-from and
--restrict. The WebSocket client here is a minimal one for the test
(RFC 6455, client side only)."""
import base64
import hashlib
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FLOOD_FRAMES = 50000
results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + detail), flush=True)


def relay_binary():
    """$RVBOX_RELAY, the relay beside $RVBOX (run-all.sh's build) when
    there is one, or build/rvbox-relay."""
    if os.environ.get("RVBOX_RELAY"):
        return os.environ["RVBOX_RELAY"]
    if os.environ.get("RVBOX"):
        beside = os.path.join(os.path.dirname(os.environ["RVBOX"]), "rvbox-relay")
        if os.path.exists(beside):
            return beside
    return os.path.join(ROOT, "build", "rvbox-relay")


# --- a minimal WebSocket client ---------------------------------------------

WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG = 1, 2, 8, 9, 10


def mask_bytes(data, key):
    n = len(data)
    if n == 0:
        return b""
    k = (key * (n // 4 + 1))[:n]
    return (int.from_bytes(data, "big") ^ int.from_bytes(k, "big")).to_bytes(n, "big")


def ws_frame(payload, opcode=OP_BINARY, fin=True):
    """One masked client frame."""
    n = len(payload)
    head = bytes([(0x80 if fin else 0) | opcode])
    if n < 126:
        head += bytes([0x80 | n])
    elif n < 65536:
        head += bytes([0x80 | 126]) + struct.pack(">H", n)
    else:
        head += bytes([0x80 | 127]) + struct.pack(">Q", n)
    key = os.urandom(4)
    return head + key + mask_bytes(payload, key)


class Closed(Exception):
    """The server closed the connection; code is its close code or None."""

    def __init__(self, code):
        super().__init__("closed (code %s)" % code)
        self.code = code


class WsClient:
    def __init__(self, port, origin=None, source=None, timeout=5.0, sock=None):
        """sock: a socket already connected to the relay."""
        src = (source, 0) if source else None
        self.sock = sock or socket.create_connection(("127.0.0.1", port), timeout=timeout,
                                                     source_address=src)
        self.sock.settimeout(timeout)
        self.buf = b""
        self.status = None
        key = base64.b64encode(os.urandom(16))
        req = (b"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
               b"Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n"
               % (port, key))
        if origin:
            req += b"Origin: " + origin.encode() + b"\r\n"
        self.sock.sendall(req + b"\r\n")
        try:
            while b"\r\n\r\n" not in self.buf:
                data = self.sock.recv(4096)
                if not data:
                    return
                self.buf += data
        except OSError:
            return
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        lines = head.split(b"\r\n")
        want = base64.b64encode(hashlib.sha1(key + WS_GUID).digest())
        accept = [ln.split(b":", 1)[1].strip() for ln in lines[1:]
                  if ln.lower().startswith(b"sec-websocket-accept:")]
        parts = lines[0].split()
        if len(parts) >= 2 and parts[1].isdigit():
            self.status = int(parts[1])
        if self.status == 101 and accept != [want]:
            self.status = -1

    @property
    def accepted(self):
        return self.status == 101

    def send(self, payload, opcode=OP_BINARY):
        self.sock.sendall(ws_frame(payload, opcode))

    def _need(self, n, deadline):
        while len(self.buf) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no message")
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                raise TimeoutError("no message")
            except OSError:
                data = b""
            if not data:
                raise Closed(None)
            self.buf += data
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def recv(self, timeout=5.0):
        """The next binary message; raises Closed or TimeoutError."""
        deadline = time.monotonic() + timeout
        message = b""
        while True:
            b0, b1 = self._need(2, deadline)
            n = b1 & 0x7f
            if n == 126:
                n = struct.unpack(">H", self._need(2, deadline))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._need(8, deadline))[0]
            payload = self._need(n, deadline)
            op = b0 & 0x0f
            if op == OP_CLOSE:
                raise Closed(struct.unpack(">H", payload[:2])[0] if len(payload) >= 2 else None)
            if op == OP_PING:
                self.send(payload, OP_PONG)
                continue
            if op == OP_PONG:
                continue
            message += payload
            if b0 & 0x80:
                return message

    def wait_closed(self, timeout=10.0):
        """Reads until the server closes; returns its close code (None for
        none), or False when it stays open."""
        deadline = time.monotonic() + timeout
        try:
            while True:
                self.recv(max(0.01, deadline - time.monotonic()))
        except Closed as e:
            return e.code
        except TimeoutError:
            return False

    def close(self):
        self.sock.close()


# --- frames a guest sends ------------------------------------------------------

SLIRP_MAC = bytes.fromhex("52550a000202")
GUEST_IP = bytes([10, 0, 2, 15])
HOST_IP = bytes([10, 0, 2, 2])


def guest_mac(n):
    return bytes([0x52, 0x54, 0x00, 0x12, 0x34, n & 0xff])


def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def ether(dst, src, etype, payload):
    return dst + src + struct.pack(">H", etype) + payload


def ipv4(src, dst, proto, payload):
    head = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 0x1234, 0x4000, 64, proto,
                       0, src, dst)
    return head[:10] + struct.pack(">H", csum(head)) + head[12:] + payload


def dhcp_discover(mac, xid):
    bootp = struct.pack(">BBBBIHH4s4s4s4s16s64s128s", 1, 1, 6, 0, xid, 0, 0x8000, b"", b"", b"",
                        b"", mac, b"", b"")
    bootp += bytes([99, 130, 83, 99, 53, 1, 1, 55, 3, 1, 3, 6, 255])
    bootp = bootp.ljust(548, b"\0")
    udp = struct.pack(">HHHH", 68, 67, 8 + len(bootp), 0) + bootp   # no UDP checksum
    return ether(b"\xff" * 6, mac, 0x0800, ipv4(b"\0" * 4, b"\xff" * 4, 17, udp))


def arp_request(mac, target=HOST_IP):
    arp = struct.pack(">HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, mac, GUEST_IP, b"\0" * 6, target)
    return ether(b"\xff" * 6, mac, 0x0806, arp).ljust(60, b"\0")


def arp_reply_to(frame, mac):
    """The guest's answer when frame is slirp asking for 10.0.2.15."""
    if len(frame) < 42 or frame[12:14] != b"\x08\x06":
        return None
    op, sha, spa, tpa = struct.unpack(">6xH6s4s6x4s", frame[14:42])
    if op != 1 or tpa != GUEST_IP:
        return None
    arp = struct.pack(">HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 2, mac, GUEST_IP, sha, spa)
    return ether(sha, mac, 0x0806, arp).ljust(60, b"\0")


def tcp_segment(mac, sport, dport, seq, ack, flags, payload=b""):
    opts = b"\x02\x04\x05\xb4" if flags & 0x02 else b""   # MSS 1460 on a SYN
    off = (20 + len(opts)) // 4
    head = struct.pack(">HHIIBBHHH", sport, dport, seq, ack, off << 4, flags, 64240, 0, 0) + opts
    pseudo = GUEST_IP + HOST_IP + struct.pack(">BBH", 0, 6, len(head) + len(payload))
    c = csum(pseudo + head + payload)
    head = head[:16] + struct.pack(">H", c) + head[18:]
    return ether(SLIRP_MAC, mac, 0x0800, ipv4(GUEST_IP, HOST_IP, 6, head + payload))


# --- frames a guest receives -----------------------------------------------------

def parse_ipv4(frame):
    """(proto, src, dst, l4 bytes) of an IPv4 frame, or None."""
    if len(frame) < 34 or frame[12:14] != b"\x08\x00":
        return None
    ip = frame[14:]
    ihl = (ip[0] & 0x0f) * 4
    total = struct.unpack(">H", ip[2:4])[0]
    return ip[9], ip[12:16], ip[16:20], ip[ihl:total]


def dhcp_offer(frame, xid):
    """The offered address when frame is a DHCPOFFER for xid, else None."""
    p = parse_ipv4(frame)
    if not p or p[0] != 17 or len(p[3]) < 8 + 240:
        return None
    udp = p[3]
    sport, dport = struct.unpack(">HH", udp[:4])
    bootp = udp[8:]
    if (sport, dport) != (67, 68) or bootp[0] != 2 or struct.unpack(">I", bootp[4:8])[0] != xid:
        return None
    opts = bootp[240:]
    i = 0
    while i + 1 < len(opts) and opts[i] != 255:
        if opts[i] == 0:
            i += 1
            continue
        if opts[i] == 53 and opts[i + 2] == 2:
            return socket.inet_ntoa(bootp[16:20])
        i += 2 + opts[i + 1]
    return None


def get_offer(c, mac, xid, timeout=5.0):
    """Sends a DHCPDISCOVER and waits for its offer; the address or None."""
    c.send(dhcp_discover(mac, xid))
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            addr = dhcp_offer(c.recv(deadline - time.monotonic()), xid)
            if addr:
                return addr
    except (TimeoutError, Closed, OSError):
        pass
    return None


# --- the relay ---------------------------------------------------------------------

class Relay:
    """build/rvbox-relay on a free port, its stderr in build/test-logs/NAME.log."""

    def __init__(self, *args, name="relay-stderr"):
        os.makedirs(os.path.join(ROOT, "build", "test-logs"), exist_ok=True)
        self.log_path = os.path.join(ROOT, "build", "test-logs", name + ".log")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([relay_binary(), "--listen", "127.0.0.1:0"] + list(args),
                                     stdout=subprocess.PIPE, stderr=self.log)
        self.banner = self.proc.stdout.readline().decode(errors="replace").strip()
        self.port = None
        prefix = "rvbox-relay: listening on ws://127.0.0.1:"
        if self.banner.startswith(prefix) and self.banner.endswith("/"):
            self.port = int(self.banner[len(prefix):-1])

    def stderr(self):
        self.log.flush()
        with open(self.log_path, "rb") as f:
            return f.read().decode(errors="replace")

    def cpu_seconds(self):
        with open("/proc/%d/stat" % self.proc.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


# --- the checks ---------------------------------------------------------------------

def test_one_offer(r):
    c = WsClient(r.port)
    addr = get_offer(c, guest_mac(1), 0x1111) if c.accepted else None
    check("a client's DHCPDISCOVER gets a DHCPOFFER for 10.0.2.15", addr == "10.0.2.15",
          "status %s, offer %s" % (c.status, addr))
    c.close()


def test_two_clients(r):
    a, b = WsClient(r.port), WsClient(r.port)
    # Both first, then both offers: one shared stack would offer .16 to b.
    a.send(dhcp_discover(guest_mac(2), 0x2222))
    b.send(dhcp_discover(guest_mac(3), 0x3333))
    got = []
    for c, xid, mac in ((a, 0x2222, guest_mac(2)), (b, 0x3333, guest_mac(3))):
        addr = None
        try:
            deadline = time.monotonic() + 5
            while not addr and time.monotonic() < deadline:
                addr = dhcp_offer(c.recv(deadline - time.monotonic()), xid)
        except (TimeoutError, Closed):
            pass
        got.append(addr)
    check("two clients at once each get their own offer of 10.0.2.15",
          got == ["10.0.2.15", "10.0.2.15"], repr(got))
    a.close()
    b.close()


def test_bad_messages(r):
    keeper = WsClient(r.port)
    text, short, long_ = WsClient(r.port), WsClient(r.port), WsClient(r.port)
    text.send(b"hello", OP_TEXT)
    code = text.wait_closed(5)
    check("a text message closes its client (1003)", code == 1003, "close code %r" % code)
    short.send(b"0123456789")
    code = short.wait_closed(5)
    check("a 10-byte frame closes its client (1008)", code == 1008, "close code %r" % code)
    long_.send(b"\0" * 65554)
    code = long_.wait_closed(5)
    check("a frame over 65553 bytes closes its client (1009)", code == 1009, "close code %r" % code)
    addr = get_offer(keeper, guest_mac(4), 0x4444)
    check("another client keeps working afterwards", addr == "10.0.2.15", "offer %s" % addr)
    for c in (keeper, text, short, long_):
        c.close()


def test_fragment(r):
    """The last fragment of a UDP datagram arriving first crashes Debian
    12's libslirp 4.7.0; the slirp backend drops a fragment whose first
    fragment it never saw (devices/host/net_slirp.c)."""
    c = WsClient(r.port)
    udp = struct.pack(">HHHH", 40000, 9, 8 + 548, 0) + bytes(548)
    ip = bytearray(ipv4(GUEST_IP, HOST_IP, 17, udp))
    ip[6:8] = struct.pack(">H", 17)            # offset 136 bytes, MF clear
    ip[10:12] = b"\0\0"
    ip[10:12] = struct.pack(">H", csum(bytes(ip[:20])))
    c.send(ether(SLIRP_MAC, guest_mac(12), 0x0800, bytes(ip)))
    addr = get_offer(c, guest_mac(12), 0xcccc)
    check("a last IPv4 fragment arriving first is dropped, the relay lives on",
          addr == "10.0.2.15" and r.proc.poll() is None,
          "offer %s, relay status %s" % (addr, r.proc.poll()))
    c.close()


def test_access(r):
    evil = WsClient(r.port, origin="http://evil.example")
    check("Origin http://evil.example is refused at the handshake", not evil.accepted,
          "status %s" % evil.status)
    evil.close()
    for origin in ("http://127.0.0.1.evil.example", "null"):
        c = WsClient(r.port, origin=origin)
        check("Origin %s is refused" % origin, not c.accepted, "status %s" % c.status)
        c.close()
    time.sleep(0.2)
    check("a refused Origin is logged on stderr", "Origin 'http://evil.example'" in r.stderr(),
          r.stderr()[-300:])
    for origin in ("http://127.0.0.1:8000", "https://localhost"):
        c = WsClient(r.port, origin=origin)
        addr = get_offer(c, guest_mac(5), 0x5555) if c.accepted else None
        check("Origin %s is accepted and works" % origin, addr == "10.0.2.15",
              "status %s, offer %s" % (c.status, addr))
        c.close()
    try:
        c = WsClient(r.port, source="127.0.0.2")
        ok = not c.accepted
        c.close()
    except OSError as e:
        ok = True if e.errno in (104, 32) else e
    check("a peer outside --allow-from (127.0.0.2) is refused", ok is True, repr(ok))


def test_flood(r):
    flooder, other = WsClient(r.port), WsClient(r.port)
    one = ws_frame(arp_request(guest_mac(6)))
    sent = [0]

    def flood():
        try:
            flooder.sock.settimeout(30)
            flooder.sock.sendall(one * FLOOD_FRAMES)
            sent[0] = FLOOD_FRAMES
        except OSError:
            sent[0] = -1   # cut off while sending
    t = threading.Thread(target=flood)
    t0 = time.monotonic()
    t.start()
    addr = get_offer(other, guest_mac(7), 0x7777, timeout=10)
    t.join(40)
    check("during a flood of %d frames another client gets its offer" % FLOOD_FRAMES,
          addr == "10.0.2.15", "offer %s" % addr)
    code = flooder.wait_closed(10)
    secs = time.monotonic() - t0
    # 1008, or a reset: the relay closes a socket holding unread frames.
    check("the flooding client is closed", code in (1008, None),
          "close code %r, sent %d, %.1f s" % (code, sent[0], secs))
    time.sleep(0.2)
    check("the relay logs why", "too many frames per second" in r.stderr(), r.stderr()[-300:])
    addr = get_offer(other, guest_mac(7), 0x7778)
    check("after the flood the other client still works", addr == "10.0.2.15",
          "offer %s" % addr)
    flooder.close()
    other.close()


def test_stall(r):
    """A client that keeps sending (within the rate) but never reads: its
    queue fills, frames for it are dropped, and once frames have waited
    RELAY_TX_STALL_MS (10 s) without it taking one, it is closed. A small
    receive buffer keeps the kernel from soaking up the backlog."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", r.port))
    c = WsClient(r.port, sock=sock)
    batch = ws_frame(dhcp_discover(guest_mac(11), 0xbbbb)) * 200
    deadline = time.monotonic() + 25
    try:
        while time.monotonic() < deadline and "not reading" not in r.stderr():
            c.sock.sendall(batch)     # 2000 frames/s, ~1.2 MB/s of offers
            time.sleep(0.1)
    except OSError as e:
        print("# sending stopped: %s" % e)
    while time.monotonic() < deadline and "not reading" not in r.stderr():
        time.sleep(0.2)
    time.sleep(0.2)
    check("a client that does not read is closed after its queue stays full",
          "closed: not reading" in r.stderr(), r.stderr()[-300:])
    code = c.wait_closed(10)
    check("... and its connection ends", code is not False, "still open")
    c.close()


def syn_exchange(r, port, mac, seq, sport, timeout=5.0, source=None):
    """Sends ARP, then a SYN from 10.0.2.15:sport to 10.0.2.2:port; returns
    (client, the SYN-ACK's sequence number or None, whether a RST came)."""
    c = WsClient(r.port, source=source)
    c.send(arp_request(mac))          # slirp learns where 10.0.2.15 is
    c.send(tcp_segment(mac, sport, port, seq, 0, 0x02))
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            f = c.recv(deadline - time.monotonic())
            reply = arp_reply_to(f, mac)
            if reply:
                c.send(reply)
                continue
            p = parse_ipv4(f)
            if p and p[0] == 6 and p[1] == HOST_IP and p[2] == GUEST_IP:
                sp, dp, their_seq, ack, _, flags = struct.unpack(">HHIIBB", p[3][:14])
                if (sp, dp) != (port, sport):
                    continue
                if flags & 0x04:
                    return c, None, True
                if flags & 0x12 == 0x12 and ack == seq + 1:
                    return c, their_seq, False
    except (TimeoutError, Closed) as e:
        print("# %s" % e)
    return c, None, False


def test_tcp(r):
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    srv.settimeout(5)
    port = srv.getsockname()[1]
    mac, seq, sport = guest_mac(8), 0x1000, 40123
    c, synack, _ = syn_exchange(r, port, mac, seq, sport)
    check("a SYN to 10.0.2.2:%d gets a SYN-ACK through slirp" % port, synack is not None)
    try:
        conn, _ = srv.accept()
    except OSError:
        conn = None
    check("the host's server on 127.0.0.1 accepted the connection", conn is not None)
    if synack is not None and conn:
        data = b"hello through the relay"
        c.send(tcp_segment(mac, sport, port, seq + 1, synack + 1, 0x18, data))
        conn.settimeout(5)
        got = b""
        try:
            while len(got) < len(data):
                more = conn.recv(100)
                if not more:
                    break
                got += more
        except OSError:
            pass
        check("bytes the guest sends reach the host's server", got == data, repr(got))
    if conn:
        conn.close()
    srv.close()
    c.close()


def test_options_in_use():
    """--allow-origin and --allow-from replace their defaults; --restrict
    keeps the guest from the host."""
    r = Relay("--restrict", "--allow-origin", "https://example.org",
              "--allow-from", "127.0.0.2", name="relay-stderr-options")
    try:
        c = WsClient(r.port, origin="https://example.org", source="127.0.0.2")
        addr = get_offer(c, guest_mac(13), 0xdddd) if c.accepted else None
        check("--allow-origin/--allow-from: a listed origin and peer work",
              addr == "10.0.2.15", "status %s, offer %s" % (c.status, addr))
        c.close()
        c = WsClient(r.port, origin="http://127.0.0.1:8000", source="127.0.0.2")
        check("--allow-origin replaces the default origins", not c.accepted,
              "status %s" % c.status)
        c.close()
        try:
            c = WsClient(r.port)
            refused = not c.accepted
            c.close()
        except OSError:
            refused = True
        check("--allow-from replaces the default 127.0.0.1", refused)
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)
        srv.settimeout(1)
        port = srv.getsockname()[1]
        c, synack, _ = syn_exchange(r, port, guest_mac(14), 0x2000, 40124, timeout=2,
                                    source="127.0.0.2")
        try:
            srv.accept()[0].close()
            accepted = True
        except OSError:
            accepted = False
        check("--restrict: a SYN to the host gets no SYN-ACK, no connection",
              synack is None and not accepted, "syn-ack %s, accepted %s" % (synack, accepted))
        c.close()
        srv.close()
    finally:
        r.kill()


def test_idle(r):
    c = WsClient(r.port)
    get_offer(c, guest_mac(9), 0x9999)
    before = r.cpu_seconds()
    time.sleep(3)
    used = r.cpu_seconds() - before
    check("an idle relay with a client uses ~0%% CPU (%.2f s in 3 s)" % used, used < 0.15)
    c.close()


def test_options():
    for args in (["--listen", "nonsense"], ["--listen", "127.0.0.1:99999"], ["--frobnicate"],
                 ["--allow-from", "localhost"], ["--listen"]):
        p = subprocess.run([relay_binary()] + args, capture_output=True, timeout=10)
        err = p.stderr.decode(errors="replace")
        check("bad options %s: status 2, one line" % " ".join(args),
              p.returncode == 2 and err.count("\n") == 1 and not p.stdout,
              "status %d, stderr %r" % (p.returncode, err))


def test_sigterm(r):
    c = WsClient(r.port)
    get_offer(c, guest_mac(10), 0xaaaa)
    t0 = time.monotonic()
    r.proc.send_signal(signal.SIGTERM)
    try:
        status = r.proc.wait(5)
    except subprocess.TimeoutExpired:
        status = None
    check("SIGTERM ends the relay with status 0 promptly", status == 0,
          "status %s after %.1f s" % (status, time.monotonic() - t0))
    code = c.wait_closed(2)
    check("... and its clients are closed", code is not False, "still open")
    c.close()


def main():
    r = Relay()
    try:
        check("the relay prints its address", r.port, repr(r.banner))
        if r.port:
            for test in (test_one_offer, test_two_clients, test_bad_messages, test_fragment,
                         test_access, test_flood, test_stall, test_tcp, test_idle):
                try:
                    test(r)
                except (OSError, TimeoutError, Closed) as e:
                    check(test.__name__, False, "%s: %s" % (type(e).__name__, e))
            test_sigterm(r)
        test_options()
        test_options_in_use()
    finally:
        r.kill()
    passed = sum(results)
    print("relay: %d passed, %d failed" % (passed, len(results) - passed))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
