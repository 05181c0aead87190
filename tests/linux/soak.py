#!/usr/bin/env python3
"""make soak: boots the default Linux guest again and again (--runs, default
100), each time with a disk, a 9P share and the user-mode network, and
checks in each run what a user would: the disk mounts and takes a synced
write the host then sees, a file written over 9P lands on the host and a
host file reads back, a DHCP lease and an HTTP download from a server on
the host's loopback with the right bytes, and a clean poweroff. --smp N
gives the guest N harts, and each run then also checks that nproc sees
them all. Prints one line per run and "soak: N clean runs of M". RVBOX
(environment) picks the emulator, e.g. build/asan/rvbox; RVBOX_ACCEL=interp
the interpreter (the translator is the default)."""
import argparse
import functools
import hashlib
import http.server
import os
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from guest import DISK, READY, Guest  # noqa: E402


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    server = socketserver.ThreadingTCPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=directory))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def host_cat(image, path):
    r = subprocess.run(["debugfs", "-R", "cat " + path, image], capture_output=True)
    return r.stdout.decode(errors="replace")


def one_run(n, tmp, port, web_md5, log, smp):
    """One boot; returns the list of failed checks (empty: a clean run)."""
    disk = os.path.join(tmp, "disk.ext2")
    share = os.path.join(tmp, "share")
    shutil.copyfile(DISK, disk)
    shutil.rmtree(share, ignore_errors=True)
    os.makedirs(share)
    with open(os.path.join(share, "from-host.txt"), "w") as f:
        f.write("host run %d\n" % n)
    failed = []
    token = "soak-%d-%d" % (os.getpid(), n)
    g = Guest(["-smp", str(smp), "-drive", "file=%s,format=raw" % disk, "-netdev", "user",
               "-virtfs", "local,path=%s,mount_tag=share" % share], log)
    try:
        g.expect(READY, 300)
        out, st = g.run("nproc")
        if st != 0 or out.split()[-1:] != [str(smp)]:
            failed.append("nproc: %r" % out[-200:])
        out, st = g.run("mount -t ext2 /dev/vda /mnt && echo %s > /mnt/soak.txt && sync && "
                        "cat /mnt/hello.txt && umount /mnt" % token)
        if st != 0 or "hello from the disk" not in out:
            failed.append("disk: %r" % out[-200:])
        out, st = g.run("mkdir -p /s && mount -t 9p -o trans=virtio,version=9p2000.L share /s "
                        "&& cat /s/from-host.txt && echo %s > /s/from-guest.txt && umount /s"
                        % token)
        if st != 0 or ("host run %d" % n) not in out:
            failed.append("9p: %r" % out[-200:])
        out, st = g.run("udhcpc -i eth0 -q -n -t 5 -T 2 >/dev/null 2>&1 && "
                        "wget -q -O - http://10.0.2.2:%d/web.bin | md5sum" % port, 120)
        if st != 0 or web_md5 not in out:
            failed.append("net: %r" % out[-200:])
        g.send("poweroff")
        code = g.wait_exit(120)
        if code != 0:
            failed.append("poweroff status %s" % code)
    except (TimeoutError, EOFError) as e:
        failed.append("session: %s" % e)
    finally:
        g.kill()
    if token not in host_cat(disk, "/soak.txt"):
        failed.append("the disk file lacks the guest's synced write")
    try:
        with open(os.path.join(share, "from-guest.txt")) as f:
            if f.read().strip() != token:
                failed.append("9p: the host file has other bytes")
    except OSError as e:
        failed.append("9p: %s" % e)
    return failed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=100)
    ap.add_argument("--smp", type=int, default=1, help="harts per guest")
    args = ap.parse_args()
    logs = os.path.join(os.path.dirname(DISK), "..", "..", "..", "build", "test-logs")
    os.makedirs(logs, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="rvbox-soak-")
    web = os.path.join(tmp, "web")
    os.makedirs(web)
    data = os.urandom(1 << 20)
    with open(os.path.join(web, "web.bin"), "wb") as f:
        f.write(data)
    server = serve(web)
    clean = 0
    try:
        for n in range(1, args.runs + 1):
            t = time.monotonic()
            failed = one_run(n, tmp, server.server_address[1], hashlib.md5(data).hexdigest(),
                             os.path.join(logs, "soak.console"), args.smp)
            clean += not failed
            print("%s - run %d (%.1f s)%s" % ("ok" if not failed else "not ok", n,
                                              time.monotonic() - t,
                                              "" if not failed else ": " + "; ".join(failed)))
            sys.stdout.flush()
    finally:
        server.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)
    print("soak: %d clean runs of %d at -smp %d (%s)" % (clean, args.runs, args.smp,
                                                      os.environ.get("RVBOX_ACCEL") or "default accel"))
    print("soak: %d passed, %d failed" % (clean, args.runs - clean))
    return 0 if clean == args.runs else 1


if __name__ == "__main__":
    sys.exit(main())
