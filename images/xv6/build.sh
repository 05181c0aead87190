#!/bin/sh
# Builds xv6-riscv (kernel/kernel, fs.img) from the tarball beside this
# script with Debian's riscv64-linux-gnu cross compiler, into a cache
# directory outside the tree, and prints that directory. Rebuilt when the
# tarball or this script changes.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TARBALL=$HERE/xv6-riscv-f5b93ef.tar.gz
HASH=$(cat "$TARBALL" "$0" | sha1sum | cut -c1-12)
OUT=${RVBOX_CACHE:-$HOME/.cache/rvbox}/xv6-$HASH
if [ ! -f "$OUT/xv6-riscv/fs.img" ]; then
    rm -rf "$OUT"
    mkdir -p "$OUT"
    tar -xzf "$TARBALL" -C "$OUT"
    make -s -C "$OUT/xv6-riscv" TOOLPREFIX=riscv64-linux-gnu- kernel/kernel fs.img \
        >"$OUT/build.log" 2>&1 || { tail -n 20 "$OUT/build.log" >&2; exit 1; }
fi
echo "$OUT/xv6-riscv"
