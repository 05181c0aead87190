#!/bin/sh
# Installs the Debian packages rvbox needs to build, run and test, if any
# are missing (apt-get, as root or through sudo); further package names on
# the command line are installed the same way (make fuzz: clang).
set -e
PKGS="$* gcc make libfdt-dev libcjson-dev zlib1g-dev libslirp-dev libwebsockets-dev libsdl2-dev libpng-dev \
opensbi u-boot-qemu qemu-system-misc gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu \
device-tree-compiler e2fsprogs python3 gdb-multiarch strace xvfb xdotool x11-apps imagemagick"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "rvbox: installing:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
