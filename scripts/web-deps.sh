#!/bin/sh
# Builds the C libraries the WebAssembly build links (zlib, libpng, cJSON,
# libfdt) with Debian's emscripten, from Debian sources: emscripten 3.1.6
# cannot download its own "ports". zlib, libpng and cJSON come from their
# source packages (apt-get source); libfdt from linux-source-6.1's copy
# (scripts/dtc/libfdt), since the device-tree-compiler source package is
# not always on the mirror. The result is cached outside the tree:
#   web-deps.sh DIR   -> DIR/include, DIR/lib/lib{z,png,cjson,fdt}.a
# and rebuilt when this script changes (DIR names its hash).
set -e
OUT=$1
[ -n "$OUT" ] || { echo "usage: web-deps.sh OUTDIR" >&2; exit 2; }
[ -f "$OUT/lib/libfdt.a" ] && exit 0
EMCC=${EMCC:-emcc}
EMAR=${EMAR:-emar}
CFLAGS="-O2"
SRC=$OUT/src
rm -rf "$OUT"
mkdir -p "$SRC" "$OUT/include" "$OUT/lib"

# apt-get source PKG, trying each version the archive lists (the newest
# security upload is sometimes missing on a mirror).
get_source() {
    (cd "$SRC" &&
     for v in "" $(apt-cache showsrc "$1" | sed -n 's/^Version: //p' | sort -u -r); do
         if apt-get source -qq "$1${v:+=$v}" >/dev/null 2>&1; then
             exit 0
         fi
     done
     echo "rvbox: cannot fetch the Debian source of $1 (is deb-src in apt's sources?)" >&2
     exit 1)
}

# Compiles the given C files into OUT/lib/libNAME.a.
archive() {
    name=$1; shift
    objs=""
    for f in "$@"; do
        o="$SRC/obj-$name-$(basename "$f" .c).o"
        $EMCC $CFLAGS $EXTRA -c "$f" -o "$o"
        objs="$objs $o"
    done
    $EMAR rcs "$OUT/lib/lib$name.a" $objs
}

echo "rvbox: building zlib, libpng, cJSON and libfdt for WebAssembly in $OUT"
get_source zlib
Z=$(ls -d "$SRC"/zlib-*/ | head -n 1)
EXTRA="-DHAVE_UNISTD_H -DHAVE_STDARG_H"
archive z "$Z"adler32.c "$Z"compress.c "$Z"crc32.c "$Z"deflate.c "$Z"gzclose.c "$Z"gzlib.c \
    "$Z"gzread.c "$Z"gzwrite.c "$Z"infback.c "$Z"inffast.c "$Z"inflate.c "$Z"inftrees.c \
    "$Z"trees.c "$Z"uncompr.c "$Z"zutil.c
cp "$Z"zlib.h "$Z"zconf.h "$OUT/include/"

get_source libpng1.6
P=$(ls -d "$SRC"/libpng1.6-*/ | head -n 1)
cp "$P"scripts/pnglibconf.h.prebuilt "$P"pnglibconf.h
EXTRA="-I$OUT/include -DPNG_ARM_NEON_OPT=0"
archive png "$P"png.c "$P"pngerror.c "$P"pngget.c "$P"pngmem.c "$P"pngpread.c "$P"pngread.c \
    "$P"pngrio.c "$P"pngrtran.c "$P"pngrutil.c "$P"pngset.c "$P"pngtrans.c "$P"pngwio.c \
    "$P"pngwrite.c "$P"pngwtran.c "$P"pngwutil.c
cp "$P"png.h "$P"pngconf.h "$P"pnglibconf.h "$OUT/include/"

get_source cjson
J=$(ls -d "$SRC"/cjson-*/ | head -n 1)
EXTRA=""
archive cjson "$J"cJSON.c
mkdir -p "$OUT/include/cjson"
cp "$J"cJSON.h "$OUT/include/cjson/"

LINUX_SRC=/usr/src/linux-source-6.1.tar.xz
[ -f "$LINUX_SRC" ] || { echo "rvbox: $LINUX_SRC is missing (apt-get install linux-source-6.1)" >&2; exit 1; }
tar -xJf "$LINUX_SRC" -C "$SRC" --wildcards '*/scripts/dtc/libfdt/*'
F="$SRC/linux-source-6.1/scripts/dtc/libfdt/"
EXTRA="-I$F"
archive fdt "$F"fdt.c "$F"fdt_addresses.c "$F"fdt_empty_tree.c "$F"fdt_overlay.c \
    "$F"fdt_ro.c "$F"fdt_rw.c "$F"fdt_strerror.c "$F"fdt_sw.c "$F"fdt_wip.c
cp "$F"fdt.h "$F"libfdt.h "$F"libfdt_env.h "$OUT/include/"
rm -rf "$SRC"
echo "rvbox: WebAssembly libraries ready in $OUT"
