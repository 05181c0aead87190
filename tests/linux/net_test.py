#!/usr/bin/env python3
"""The user-mode network as a guest user sees it: DHCP on eth0, a 10 MiB
download from a real HTTP server on the host's loopback (md5 compared), a
guest web server reached from the host through hostfwd, and with
restrict=on the same guest cut off from the host but still reachable
through its forwarded port."""
import hashlib
import http.server
import os
import re
import shutil
import socket
import socketserver
import sys
import tempfile
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from guest import READY, ROOT, Guest  # noqa: E402

BOOT_TIMEOUT = 300
DOWNLOAD_BYTES = 10 << 20
UPLOAD_KIB = 4096
results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + detail), flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def start_http_server(directory):
    handler = lambda *a, **k: QuietHandler(*a, directory=directory, **k)  # noqa: E731
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def host_fetch(port, path, timeout=120):
    """Fetches http://127.0.0.1:port/path; returns (bytes, seconds) or
    (None, error text)."""
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen("http://127.0.0.1:%d/%s" % (port, path),
                                    timeout=timeout) as r:
            data = r.read()
        return data, time.monotonic() - t0
    except OSError as e:
        return None, str(e)


def dhcp(g, restricted):
    """Configures eth0 with udhcpc. A restricted slirp leaves the router
    and DNS server out of its offers: the guest only gets its address."""
    tag = " (restrict=on)" if restricted else ""
    out, st = g.run("udhcpc -i eth0 -q -n -t 5 -T 2 2>&1", 120)
    check("udhcpc gets a lease%s" % tag, st == 0, repr(out[-300:]))
    out, _ = g.run("ip -4 addr show eth0; ip route; cat /etc/resolv.conf")
    has_address = "inet 10.0.2.15/24" in out
    if restricted:
        check("eth0 is 10.0.2.15/24, no default route%s" % tag,
              has_address and "default" not in out, repr(out[-400:]))
    else:
        check("eth0 is 10.0.2.15/24, default via 10.0.2.2, DNS 10.0.2.3",
              has_address and "default via 10.0.2.2" in out
              and "nameserver 10.0.2.3" in out, repr(out[-400:]))


def start_guest_httpd(g):
    """Serves a random file from the guest; returns its md5 or None."""
    out, st = g.run("mkdir -p /www && dd if=/dev/urandom of=/www/g.bin bs=1024 count=%d "
                    "2>/dev/null && md5sum /www/g.bin && httpd -p 80 -h /www" % UPLOAD_KIB, 120)
    m = re.search(r"\b([0-9a-f]{32})\b", out)
    check("guest httpd starts on port 80", st == 0 and m, repr(out[-300:]))
    return m.group(1) if m else None


def fetch_from_guest(fwd_port, md5, tag):
    data, info = host_fetch(fwd_port, "g.bin")
    ok = data is not None and hashlib.md5(data).hexdigest() == md5
    check("host fetches the guest's file through hostfwd, bytes match%s" % tag, ok,
          info if data is None else "%d bytes" % len(data))
    if ok:
        print("# guest -> host: %d KiB in %.1f s = %.0f KiB/s" % (UPLOAD_KIB, info,
                                                                    UPLOAD_KIB / info))


def udp_forward(g, udp_port):
    """A datagram sent to the host's forwarded UDP port reaches a guest
    listener (resent until it shows up: UDP may be lost while nc starts)."""
    token = "udp-token-%d" % os.getpid()
    g.run("(nc -u -l -p 53 > /tmp/u.txt 2>&1 &)")
    got = ""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for _ in range(20):
            s.sendto(token.encode() + b"\n", ("127.0.0.1", udp_port))
            got, _ = g.run("cat /tmp/u.txt")
            if token in got:
                break
            time.sleep(0.5)
    check("a host datagram reaches the guest through hostfwd=udp", token in got, repr(got))


def poweroff(g, tag):
    g.send("poweroff")
    code = g.wait_exit(120)
    check("poweroff ends rvbox with status 0%s" % tag, code == 0, "status %s" % code)


def open_session(g, web_port, file_md5, fwd_port, udp_port):
    g.expect(READY, BOOT_TIMEOUT)
    dhcp(g, False)
    t0 = time.monotonic()
    out, st = g.run("wget -q -O /tmp/f http://10.0.2.2:%d/file" % web_port, 600)
    secs = time.monotonic() - t0
    check("guest wget downloads 10 MiB from the host", st == 0, repr(out[-300:]))
    out, st = g.run("md5sum /tmp/f; rm -f /tmp/f", 120)
    check("downloaded file's md5 matches the host's", file_md5 in out, repr(out[-200:]))
    if st == 0 and file_md5 in out:
        print("# host -> guest: 10 MiB in %.1f s = %.0f KiB/s" % (secs, 10240 / secs))
    md5 = start_guest_httpd(g)
    if md5:
        fetch_from_guest(fwd_port, md5, "")
    udp_forward(g, udp_port)
    poweroff(g, "")


def restricted_session(g, web_port, fwd_port):
    tag = " (restrict=on)"
    g.expect(READY, BOOT_TIMEOUT)
    dhcp(g, True)
    out, st = g.run("wget -q -T 5 -O /tmp/f http://10.0.2.2:%d/file 2>&1" % web_port, 120)
    check("guest cannot reach the host's web server%s" % tag, st != 0, repr(out[-200:]))
    md5 = start_guest_httpd(g)
    if md5:
        fetch_from_guest(fwd_port, md5, tag)
    poweroff(g, tag)


def session(name, args, body, *body_args):
    logs = os.path.join(ROOT, "build", "test-logs")
    os.makedirs(logs, exist_ok=True)
    g = Guest(args, os.path.join(logs, name + ".console"))
    try:
        body(g, *body_args)
    except (TimeoutError, EOFError) as e:
        check("guest session %s" % name, False, str(e))
    finally:
        g.kill()


def main():
    tmp = tempfile.mkdtemp(prefix="rvbox-net-")
    try:
        data = os.urandom(DOWNLOAD_BYTES)
        with open(os.path.join(tmp, "file"), "wb") as f:
            f.write(data)
        file_md5 = hashlib.md5(data).hexdigest()
        server = start_http_server(tmp)
        web_port = server.server_address[1]

        fwd, udp = free_port(), free_port()
        session("net-open", ["-netdev", "user,id=n0,hostfwd=tcp:127.0.0.1:%d-:80,"
                             "hostfwd=udp:127.0.0.1:%d-:53" % (fwd, udp)],
                open_session, web_port, file_md5, fwd, udp)
        fwd = free_port()
        session("net-restrict",
                ["-netdev", "user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:%d-:80" % fwd],
                restricted_session, web_port, fwd)
        server.shutdown()
    finally:
        shutil.rmtree(tmp)
    passed = sum(results)
    print("net: %d passed, %d failed" % (passed, len(results) - passed))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
