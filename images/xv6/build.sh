#!/bin/sh
# Builds xv6-riscv (kernel/kernel, fs.img) from the tarball beside this
# script with Debian's riscv64-linux-gnu cross compiler, in a cache
# directory outside the tree, and installs them compressed into out/
# (kernel.gz, fs.img.gz, RECIPE_HASH), which is committed. The build runs
# only when out/RECIPE_HASH differs from the hash of the tarball and this
# script. Prints the out/ directory.
#   build.sh --hash    prints the recipe's hash and nothing else
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TARBALL=$HERE/xv6-riscv-f5b93ef.tar.gz
HASH=$(cat "$TARBALL" "$HERE/build.sh" | sha1sum | cut -c1-12)
if [ "$1" = "--hash" ]; then
    echo "$HASH"
    exit 0
fi
DEST=$HERE/out
if [ "$(cat "$DEST/RECIPE_HASH" 2>/dev/null)" != "$HASH" ]; then
    OUT=${RVBOX_CACHE:-$HOME/.cache/rvbox}/xv6-$HASH
    if [ ! -f "$OUT/xv6-riscv/fs.img" ]; then
        rm -rf "$OUT"
        mkdir -p "$OUT"
        tar -xzf "$TARBALL" -C "$OUT"
        make -s -C "$OUT/xv6-riscv" TOOLPREFIX=riscv64-linux-gnu- kernel/kernel fs.img \
            >"$OUT/build.log" 2>&1 || { tail -n 20 "$OUT/build.log" >&2; exit 1; }
    fi
    mkdir -p "$DEST"
    gzip -9 -n -c "$OUT/xv6-riscv/kernel/kernel" >"$DEST/kernel.gz"
    gzip -9 -n -c "$OUT/xv6-riscv/fs.img" >"$DEST/fs.img.gz"
    echo "$HASH" >"$DEST/RECIPE_HASH"
fi
echo "$DEST"
