#!/usr/bin/env python3
"""Talks GDB's remote protocol to rvbox's stub over a raw socket, for what
gdb-multiarch does not show plainly: the register width on the wire, the
interrupt byte (Ctrl-C, 0x03) while the guest runs, and 'k' (kill).

Usage: rsp_check.py PORT SPIN_ADDR_HEX [kill-running | watch ADDR_HEX]
Resumes the stopped hart at SPIN_ADDR (a "j ." loop), interrupts it, reads
pc, then kills. With kill-running: resumes at SPIN_ADDR, sends 'k' while
the guest runs and hangs up at once, as gdb may. With watch: sets a write
watchpoint (Z2) on the 4 bytes at ADDR, continues from the start until it
stops, removes it, and kills; also tries a 0-byte one and one of type 5.
Prints KEY=VALUE lines for tests/gdb/gdb_test.sh to check.
"""
import re
import socket
import sys
import time


class Rsp:
    def __init__(self, port):
        deadline = time.monotonic() + 5
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        self.buf = b""

    def send(self, payload):
        data = payload.encode()
        self.sock.sendall(b"$%s#%02x" % (data, sum(data) & 0xFF))

    def recv(self, timeout):
        """The next packet's payload (acks skipped, checksum checked), or
        None when none arrives within timeout seconds."""
        deadline = time.monotonic() + timeout
        while True:
            m = re.match(rb"[+-]*\$([^#]*)#([0-9a-fA-F]{2})", self.buf)
            if m:
                self.buf = self.buf[m.end():]
                body = m.group(1)
                if sum(body) & 0xFF != int(m.group(2), 16):
                    raise ValueError("bad checksum on %r" % body)
                self.sock.sendall(b"+")
                return body.decode()
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(4096)
            except socket.timeout:
                return None
            if not chunk:
                return None
            self.buf += chunk

    def closed_within(self, timeout):
        """True when the peer closes the connection within timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.sock.settimeout(max(deadline - time.monotonic(), 0.01))
            try:
                if not self.sock.recv(4096):
                    return True
            except socket.timeout:
                return False
            except OSError:
                return True
        return False


def target_xml(rsp):
    xml, off = "", 0
    while True:
        rsp.send("qXfer:features:read:target.xml:%x,%x" % (off, 0x800))
        r = rsp.recv(5)
        if not r or r[0] not in "ml":
            return xml
        xml += r[1:]
        off += len(r) - 1
        if r[0] == "l":
            return xml


def main():
    port, spin = int(sys.argv[1]), int(sys.argv[2], 16)
    rsp = Rsp(port)

    if sys.argv[3:] == ["kill-running"]:
        rsp.send("c%x" % spin)
        print("RUNNING=%d" % (rsp.recv(0.3) is None))
        rsp.send("k")
        rsp.sock.close()
        return

    if sys.argv[3:4] == ["watch"]:
        watch(rsp, int(sys.argv[4], 16))
        return

    xml = target_xml(rsp)
    m = re.search(r"<architecture>([^<]*)</architecture>", xml)
    print("ARCH=%s" % (m.group(1) if m else ""))
    m = re.search(r'name="pc" bitsize="(\d+)"', xml)
    print("PC_BITS=%s" % (m.group(1) if m else ""))
    rsp.send("g")
    g = rsp.recv(5) or ""
    print("G_HEX=%d" % len(g))

    # Resume at the loop: nothing must come back until the interrupt.
    rsp.send("c%x" % spin)
    early = rsp.recv(0.3)
    print("RUNNING=%d" % (early is None))
    rsp.sock.sendall(b"\x03")
    stop = early if early is not None else rsp.recv(5)
    print("STOP=%s" % (stop or ""))
    rsp.send("p20")
    pc = rsp.recv(5) or ""
    print("PC_HEX=%d" % len(pc))
    try:
        print("PC=%x" % int.from_bytes(bytes.fromhex(pc), "little"))
    except ValueError:
        print("PC=")

    # 'k' has no reply; rvbox ends, which closes the connection.
    rsp.send("k")
    print("KILL_CLOSED=%d" % rsp.closed_within(5))


def watch(rsp, addr):
    """Z2 on addr: the stop reply names the watchpoint and the address."""
    rsp.send("Z2,%x,0" % addr)
    print("WATCH_LEN0=%s" % (rsp.recv(5) or ""))
    rsp.send("Z5,%x,4" % addr)
    print("WATCH_TYPE5=%s" % (rsp.recv(5) or ""))
    rsp.send("Z2,%x,4" % addr)
    print("WATCH_Z2=%s" % (rsp.recv(5) or ""))
    rsp.send("c")
    print("WATCH_STOP=%s" % (rsp.recv(10) or ""))
    rsp.send("z2,%x,4" % addr)
    print("WATCH_z2=%s" % (rsp.recv(5) or ""))
    rsp.send("k")
    print("KILL_CLOSED=%d" % rsp.closed_within(5))


if __name__ == "__main__":
    main()
