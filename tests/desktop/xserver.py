"""What the tests and benchmarks that open windows share: the X tools they
need (installed when missing, as CI would), a private Xvfb server, stopping
processes, and a process's CPU time."""
import os
import shutil
import subprocess
import time


def need_tools(want):
    """want: {tool: Debian package}. Installs the packages of missing tools;
    returns the tools still missing."""
    missing = [pkg for tool, pkg in want.items() if not shutil.which(tool)]
    if missing:
        subprocess.run(["apt-get", "install", "-y", "-qq"] + missing,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return [t for t in want if not shutil.which(t)]


def stop(p):
    """SIGTERM first (Xvfb then removes its socket and lock), SIGKILL after 5 s."""
    if p.poll() is None:
        p.terminate()
        try:
            p.wait(5)
        except subprocess.TimeoutExpired:
            p.kill()
    try:
        p.wait(10)
    except subprocess.TimeoutExpired:
        pass


def start_xvfb(first=40, last=120):
    """Starts Xvfb (1280x1024x24, no TCP) on the first free display number
    in [first, last); returns (process, ":N")."""
    for n in range(first, last):
        if os.path.exists("/tmp/.X11-unix/X%d" % n) or os.path.exists("/tmp/.X%d-lock" % n):
            continue
        p = subprocess.Popen(["Xvfb", ":%d" % n, "-screen", "0", "1280x1024x24", "-nolisten",
                              "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            if os.path.exists("/tmp/.X11-unix/X%d" % n):
                return p, ":%d" % n
            if p.poll() is not None:
                break
            time.sleep(0.1)
        stop(p)
    raise RuntimeError("cannot start Xvfb")


def cpu_seconds(pid):
    """User + system CPU time of a live process, in seconds."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
