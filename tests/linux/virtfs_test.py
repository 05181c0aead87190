#!/usr/bin/env python3
"""Shares host directories with the default Linux guest over virtio-9p
(-virtfs) and checks what a user sees: files made, changed, renamed, linked
and deleted in the guest appear so on the host and the other way round,
10 MiB copies keep their checksums both ways, symlinks cannot reach the
host's files outside the share, and a readonly=on share refuses writes."""
import hashlib
import os
import stat
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from guest import KERNEL, READY, ROOT, RVBOX, Guest  # noqa: E402

BOOT_TIMEOUT = 300
BIG = 10 << 20
results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + name + ("" if cond else ": " + detail))
    sys.stdout.flush()


def digest(data, algo):
    return hashlib.new(algo, data).hexdigest()


def file_digest(path, algo):
    with open(path, "rb") as f:
        return digest(f.read(), algo)


def listing(path):
    try:
        return sorted(os.listdir(path))
    except OSError:
        return []


def timed(g, cmd, timeout=300):
    t = time.monotonic()
    out, st = g.run(cmd, timeout)
    return out, st, time.monotonic() - t


def guest_sum(g, tool, path):
    out, st = g.run("%s %s" % (tool, path), 300)
    return out.split()[0] if st == 0 and out else out


def test_files(g, rw):
    out, st = g.run("cat /mnt/hostfile.txt")
    check("guest reads a file made on the host", st == 0 and out == "made on the host", repr(out))
    out, st = g.run("echo written by the guest > /mnt/new.txt && cat /mnt/new.txt")
    with open(os.path.join(rw, "new.txt")) as f:
        host = f.read()
    check("a file the guest writes has its bytes on the host",
          st == 0 and host == "written by the guest\n", repr(host))
    out, st = g.run("echo more >> /mnt/new.txt && mkdir /mnt/dir && "
                    "mv /mnt/new.txt /mnt/dir/moved.txt")
    moved = os.path.join(rw, "dir", "moved.txt")
    check("append, mkdir and rename show on the host",
          st == 0 and not os.path.exists(os.path.join(rw, "new.txt")) and
          open(moved).read() == "written by the guest\nmore\n", repr(out))
    out, st = g.run("ln /mnt/dir/moved.txt /mnt/hard.txt && ln -s dir/moved.txt /mnt/soft")
    a, b = os.stat(moved), os.lstat(os.path.join(rw, "hard.txt"))
    check("a hard link made in the guest is the same host inode",
          st == 0 and a.st_ino == b.st_ino and a.st_nlink == 2, repr(out))
    target = os.readlink(os.path.join(rw, "soft")) if os.path.islink(os.path.join(rw, "soft")) \
        else None
    out, st = g.run("cat /mnt/soft && readlink /mnt/soft")
    check("a symlink made in the guest is a host symlink the guest follows",
          target == "dir/moved.txt" and st == 0 and out.splitlines()[-1] == "dir/moved.txt" and
          "more" in out, repr((target, out)))
    out, st = g.run("chmod 600 /mnt/hard.txt && stat -c %a /mnt/hard.txt")
    check("chmod in the guest sets the host mode",
          st == 0 and out == "600" and (os.stat(moved).st_mode & 0o777) == 0o600, repr(out))
    out, st = g.run("ls -1 /mnt | cat")
    check("ls in the guest lists what the host has",
          st == 0 and sorted(out.split()) == listing(rw), repr((out, listing(rw))))
    out, st = g.run("rm /mnt/hard.txt /mnt/soft /mnt/dir/moved.txt && rmdir /mnt/dir")
    check("rm and rmdir in the guest remove the host files",
          st == 0 and not {"hard.txt", "soft", "dir"} & set(listing(rw)), repr(out))
    with open(os.path.join(rw, "late.txt"), "w") as f:
        f.write("made while mounted")
    out, st = g.run("cat /mnt/late.txt")
    check("a file the host adds while mounted is visible", out == "made while mounted", repr(out))


def test_big(g, rw, big):
    times = {}
    out, st, times["host_to_guest"] = timed(g, "cp /mnt/big.bin /tmp/big.bin")
    check("a 10 MiB host file copies into the guest", st == 0, repr(out))
    want = digest(big, "sha256"), digest(big, "md5")
    got = guest_sum(g, "sha256sum", "/mnt/big.bin"), guest_sum(g, "md5sum", "/mnt/big.bin")
    check("the 10 MiB host file has the same sha256 and md5 in the guest", got == want,
          repr((got, want)))
    out, st = g.run("dd if=/dev/urandom of=/tmp/gbig.bin bs=1M count=10 2>/dev/null")
    gsum = guest_sum(g, "sha256sum", "/tmp/gbig.bin")
    out, st, times["guest_to_host"] = timed(g, "cp /tmp/gbig.bin /mnt/gbig.bin && sync")
    path = os.path.join(rw, "gbig.bin")
    hsum = file_digest(path, "sha256") if os.path.exists(path) else None
    check("a 10 MiB file the guest writes (dd from /dev/urandom) matches on the host",
          st == 0 and os.path.getsize(path) == BIG and hsum == gsum, repr((out, hsum, gsum)))
    g.run("rm /tmp/big.bin /tmp/gbig.bin")
    print("# 10 MiB copy: host->guest %.2f s, guest->host %.2f s"
          % (times["host_to_guest"], times["guest_to_host"]))
    return times


def outside_snapshot():
    return {d: listing(d) for d in ("/", "/tmp", "/etc")}


def test_escapes(g, rw, token):
    before = outside_snapshot()
    guest_root, _ = g.run("ls -1 / | cat")
    out, st = g.run("ls -1 /mnt/.. | cat")
    check("ls /mnt/.. shows the guest's own root, not the host's",
          out == guest_root and "work" not in out.split(), repr(out))

    with open("/etc/passwd") as f:
        host_passwd = f.read().strip()
    out, _ = g.run("cat /mnt/etc_link/passwd")
    own, _ = g.run("cat /etc/passwd")
    check("a host symlink to /etc leads to the guest's /etc, never the host's",
          out == own and host_passwd not in out, repr(out[:200]))

    out, st = g.run("ln -s / /mnt/root_link && ls -1 /mnt/root_link/ | cat")
    check("a guest symlink to / shows the guest's own files",
          st == 0 and out == guest_root, repr(out))
    out, st = g.run("echo %s > /mnt/root_link/tmp/escape-%s && cat /tmp/escape-%s"
                    % (token, token, token))
    check("writing through the guest's link to / stays in the guest",
          st == 0 and out == token and not os.path.exists("/tmp/escape-" + token), repr(out))
    g.run("mkdir /mnt/root_link/tmp/escdir-%s; echo x > /mnt/etc_link/escape-%s" % (token, token))
    after = outside_snapshot()
    leaked = [(d, sorted(set(after[d]) - set(before[d]))) for d in before
              if any(token in n for n in set(after[d]) - set(before[d]))]
    check("nothing is created outside the shared directory", not leaked, repr(leaked))
    check("the host symlinks stay as they were",
          os.readlink(os.path.join(rw, "etc_link")) == "/etc" and
          os.readlink(os.path.join(rw, "root_link")) == "/", "")


def test_readonly(g, ro):
    base = "/ro"
    out, st = g.run("mkdir -p /ro && mount -t 9p -o trans=virtio,version=9p2000.L host1 /ro")
    check("a second share (readonly=on) mounts too", st == 0, repr(out))
    out, st = g.run("cat %s/keep.txt" % base)
    check("a readonly=on share can be read", st == 0 and out == "keep me", repr(out))
    out, st = g.run("touch %s/new.txt" % base)
    check("a readonly=on share refuses touch with 'Read-only file system'",
          st != 0 and "Read-only file system" in out, repr(out))
    out, st = g.run("rm %s/keep.txt" % base)
    check("a readonly=on share refuses rm and keeps the host files",
          st != 0 and listing(ro) == ["keep.txt"], repr((out, listing(ro))))


def test_planted_fifo(tmp, log):
    """A FIFO the host plants between the guest's lookup of a name (Twalk:
    missing) and its create (Tlcreate): creating over it must fail at once
    (ENXIO) rather than wait for the FIFO's other end, and the share must
    go on answering. strace holds the server's lookup of that one name for
    3 s (-P planted; delay_exit on the first openat naming it), so the host
    can plant the FIFO inside that window every time."""
    share = os.path.join(tmp, "fifo")
    os.makedirs(share)
    strace = ["strace", "-f", "-qq", "-o", "/dev/null", "-P", "planted", "-e", "trace=openat",
              "-e", "inject=openat:delay_exit=3000000:when=1"]
    g = Guest(["-virtfs", "local,path=%s,mount_tag=fifo" % share], log, wrapper=strace)
    fifo = os.path.join(share, "planted")
    try:
        g.expect(READY, BOOT_TIMEOUT)
        g.run("mount -t 9p -o trans=virtio,version=9p2000.L fifo /mnt")
        t = time.monotonic()
        g.send("echo BEGIN''FIFO; echo x > /mnt/planted; echo status=$? END''FIFO")
        g.expect("BEGINFIFO", 30)
        time.sleep(1)
        os.mkfifo(fifo)
        out = g.expect("ENDFIFO", 60)
        took = time.monotonic() - t
        check("Tlcreate over a FIFO the host planted fails at once with ENXIO (%.1f s, "
              "3 s of it the held lookup)" % took,
              "status=1" in out and "No such device or address" in out and took < 10,
              repr(out))
        check("the planted FIFO is still a FIFO on the host",
              stat.S_ISFIFO(os.lstat(fifo).st_mode), "")
        out, st = g.run("ls /mnt && echo alive > /mnt/after.txt && cat /mnt/after.txt", 30)
        check("the share still answers after the FIFO", st == 0 and "alive" in out, repr(out))
        g.send("poweroff")
        g.wait_exit(120)
    except (TimeoutError, EOFError) as e:
        check("planted FIFO session", False, str(e))
    finally:
        g.kill()


def test_bad_dir():
    missing = "/nonexistent/rvbox-virtfs-%d" % os.getpid()
    r = subprocess.run([RVBOX, "-kernel", KERNEL, "-virtfs",
                        "local,path=%s,mount_tag=host0" % missing],
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=30)
    err = r.stderr.decode(errors="replace").strip().splitlines()
    check("-virtfs with a missing directory fails with one line naming it",
          r.returncode == 1 and len(err) == 1 and err[0].endswith(missing + ": not a directory"),
          repr((r.returncode, err)))


def make_shares(tmp):
    rw, ro = os.path.join(tmp, "rw"), os.path.join(tmp, "ro")
    os.mkdir(rw)
    os.mkdir(ro)
    with open(os.path.join(rw, "hostfile.txt"), "w") as f:
        f.write("made on the host")
    with open(os.path.join(ro, "keep.txt"), "w") as f:
        f.write("keep me")
    os.symlink("/etc", os.path.join(rw, "etc_link"))
    big = os.urandom(BIG)
    with open(os.path.join(rw, "big.bin"), "wb") as f:
        f.write(big)
    return rw, ro, big


def run_guest(rw, ro, big, log):
    token = "rvbox9p%d" % os.getpid()
    g = Guest(["-virtfs", "local,path=%s,mount_tag=host0,security_model=none" % rw,
               "-virtfs", "local,path=%s,mount_tag=host1,readonly=on" % ro], log)
    try:
        g.expect(READY, BOOT_TIMEOUT)
        out, st = g.run("mount -t 9p -o trans=virtio,version=9p2000.L host0 /mnt && "
                        "grep host0 /proc/mounts")
        check("the guest mounts the share with mount -t 9p", st == 0 and "9p" in out, repr(out))
        if st != 0:
            return
        test_files(g, rw)
        test_big(g, rw, big)
        test_escapes(g, rw, token)
        test_readonly(g, ro)
        out, st = g.run("umount /mnt")
        check("the share unmounts", st == 0, repr(out))
        g.send("poweroff")
        code = g.wait_exit(120)
        check("poweroff ends rvbox with status 0", code == 0, "status %s" % code)
    except (TimeoutError, EOFError) as e:
        check("guest session", False, str(e))
    finally:
        g.kill()


def test_slow_host_file(tmp, log):
    """A host file system that takes 2 s per read (strace delays every
    pread64 on the host, which only the 9P worker calls): the guest keeps
    running meanwhile, so a background read does not stop its clock."""
    share = os.path.join(tmp, "slow")
    os.makedirs(share)
    with open(os.path.join(share, "slow.txt"), "w") as f:
        f.write("slow bytes\n")
    strace = ["strace", "-f", "-qq", "--seccomp-bpf", "-o", "/dev/null", "-e", "trace=pread64",
              "-e", "inject=pread64:delay_enter=2000000"]
    g = Guest(["-virtfs", "local,path=%s,mount_tag=slow" % share], log, wrapper=strace)
    try:
        g.expect(READY, BOOT_TIMEOUT)
        g.run("mount -t 9p -o trans=virtio,version=9p2000.L slow /mnt")
        g.send("(cat /mnt/slow.txt; echo READ''DONE) & i=0; while [ $i -lt 20 ]; do "
               "echo tick$i; i=$((i+1)); sleep 0.2; done; echo TICKS''DONE")
        before = g.expect("slow bytes", 60)
        ticks = before.count("tick") - 1   # the command line itself says tick once
        g.expect("TICKSDONE", 60)
        check("the guest runs while a 9P read waits on a slow host file (%d ticks of 0.2 s "
              "before the read ended)" % ticks, ticks >= 5, "only %d" % ticks)
        g.send("poweroff")
        g.wait_exit(120)
    except (TimeoutError, EOFError) as e:
        check("slow host file session", False, str(e))
    finally:
        g.kill()


def main():
    logs = os.path.join(ROOT, "build", "test-logs")
    os.makedirs(logs, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rvbox-virtfs-") as tmp:
        rw, ro, big = make_shares(tmp)
        run_guest(rw, ro, big, os.path.join(logs, "virtfs.console"))
        test_slow_host_file(tmp, os.path.join(logs, "virtfs-slow.console"))
        test_planted_fifo(tmp, os.path.join(logs, "virtfs-fifo.console"))
    test_bad_dir()
    passed = sum(results)
    print("virtfs: %d passed, %d failed" % (passed, len(results) - passed))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
