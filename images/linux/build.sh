#!/usr/bin/env bash
# Build the rvbox default Linux guest: kernel Image, static busybox
# initramfs and a small ext2 disk, all from Debian packages.
#
# Kernel build time on the reference machine (2 cores, 24 GiB, `make -j2
# Image` from a fresh tree with kernel.config): about 5 minutes (278 s and
# 301 s in two clean builds; 492 s once while the machine was busy). A whole
# clean build.sh run (extract + kernel + busybox + images) took 412 s.
# busybox (static, -j2) takes about 1 minute; the rest is seconds.
#
# Inputs (the "recipe", hashed by recipe-hash.sh):
#   kernel.config      kernel config fragment, applied on top of allnoconfig
#   busybox.config     busybox overrides, applied on top of defconfig
#   initramfs/         files copied verbatim into the initramfs
#   build.sh, recipe-hash.sh
# Outputs (images/linux/out/):
#   Image.gz            gzip -9 -n of arch/riscv/boot/Image
#   initramfs.cpio.gz   newc cpio, gzip
#   disk.ext2.gz        16 MiB ext2 with /hello.txt ("hello from the disk")
#   disk.ext2           the same, uncompressed (not committed, see .gitignore)
#   SOURCES             exact Debian package versions used
#   RECIPE_HASH         output of recipe-hash.sh at build time
#
# Needs (Debian 12): gcc-riscv64-linux-gnu libc6-dev-riscv64-cross
#   linux-source-6.1 make bc flex bison libssl-dev libelf-dev e2fsprogs
#   dpkg-dev xz-utils bzip2 gzip, and a deb-src apt entry for busybox
#   (added automatically when run as root).
# The cache dir is ${RVBOX_CACHE:-$HOME/.cache/rvbox}/linux-build; it can be
# deleted at any time. Set RVBOX_NO_APT=1 to never touch apt configuration.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${RVBOX_CACHE:-$HOME/.cache/rvbox}
B=$CACHE/linux-build
OUT=$HERE/out
CROSS=riscv64-linux-gnu-
KTARBALL=/usr/src/linux-source-6.1.tar.xz
KPKG=linux-source-6.1

# Reproducibility: fixed timestamps / identity / locale.
export LC_ALL=C TZ=UTC
export SOURCE_DATE_EPOCH=1704067200 # 2024-01-01 00:00:00 UTC
export KBUILD_BUILD_TIMESTAMP="Mon Jan  1 00:00:00 UTC 2024"
export KBUILD_BUILD_USER=rvbox KBUILD_BUILD_HOST=rvbox KBUILD_BUILD_VERSION=1
export E2FSPROGS_FAKE_TIME=$SOURCE_DATE_EPOCH
umask 022

log() { printf '[linux-build] %s\n' "$*" >&2; }
die() { printf '[linux-build] ERROR: %s\n' "$*" >&2; exit 1; }

for t in "${CROSS}gcc" make bc flex bison gzip xz tar mke2fs debugfs dpkg-query dpkg-source apt-get sha256sum; do
	command -v "$t" >/dev/null 2>&1 || die "missing tool: $t"
done
[ -f "$KTARBALL" ] || die "missing $KTARBALL (apt-get install $KPKG)"
echo 'int main(void){return 0;}' | "${CROSS}gcc" -static -x c -o /dev/null - 2>/dev/null ||
	die "${CROSS}gcc cannot link static programs (apt-get install libc6-dev-riscv64-cross)"

mkdir -p "$B" "$OUT"

# ---------------------------------------------------------------- kernel ----
KVER=$(dpkg-query -W -f='${Version}' "$KPKG")
KSRC=$B/linux-source-6.1
KO=$B/kbuild
if [ "$(cat "$B/.kernel-src-version" 2>/dev/null)" != "$KVER" ]; then
	log "extracting $KTARBALL ($KPKG $KVER)"
	rm -rf "$KSRC" "$KO" "$B/.kernel-src-version"
	tar -C "$B" -xJf "$KTARBALL"
	[ -d "$KSRC" ] || die "tarball did not contain linux-source-6.1/"
	echo "$KVER" >"$B/.kernel-src-version"
fi

kmake() { make -C "$KSRC" ARCH=riscv CROSS_COMPILE="$CROSS" "$@"; }

# Generate the config in a scratch dir; only replace the real .config when it
# changed, so that a no-op rebuild stays a no-op.
KCFG=$B/kconfig-gen
rm -rf "$KCFG"
mkdir -p "$KCFG" "$KO"
log "kernel: allnoconfig + kernel.config + olddefconfig"
kmake -s O="$KCFG" allnoconfig
(cd "$KSRC" && KCONFIG_CONFIG="$KCFG/.config" ARCH=riscv CROSS_COMPILE="$CROSS" \
	scripts/kconfig/merge_config.sh -m -O "$KCFG" "$KCFG/.config" "$HERE/kernel.config" >"$KCFG/merge.log" 2>&1) ||
	{ cat "$KCFG/merge.log" >&2; die "merge_config.sh failed"; }
kmake -s O="$KCFG" olddefconfig

# Every option in the fragment must have survived olddefconfig.
check_config() { # fragment resulting-.config what
	local frag=$1 cfg=$2 what=$3 line sym bad=0
	while IFS= read -r line; do
		case "$line" in
		"# CONFIG_"*" is not set")
			sym=${line#\# }
			sym=${sym%% *}
			if grep -q "^$sym=" "$cfg"; then
				log "$what: wanted '$line' but got '$(grep "^$sym=" "$cfg")'"
				bad=1
			fi
			;;
		CONFIG_*)
			sym=${line%%=*}
			if ! grep -qxF -- "$line" "$cfg"; then
				log "$what: wanted '$line' but got '$(grep -E "^$sym=|^# $sym is not set" "$cfg" || echo "<absent>")'"
				bad=1
			fi
			;;
		esac
	done <"$frag"
	[ "$bad" = 0 ] || die "$what: some options from $(basename "$frag") did not stick (see above)"
}
check_config "$HERE/kernel.config" "$KCFG/.config" kernel

if ! cmp -s "$KCFG/.config" "$KO/.config"; then
	log "kernel: config changed, installing new .config"
	cp "$KCFG/.config" "$KO/.config"
fi
log "kernel: make -j2 Image"
t0=$(date +%s)
kmake O="$KO" -j2 Image
log "kernel: done in $(($(date +%s) - t0)) s"
check_config "$HERE/kernel.config" "$KO/.config" kernel
[ -f "$KO/arch/riscv/boot/Image" ] || die "no kernel Image produced"
# gen_init_cpio is a host tool built with usr/ (BLK_DEV_INITRD=y).
[ -x "$KO/usr/gen_init_cpio" ] || kmake O="$KO" usr/gen_init_cpio
GEN_INIT_CPIO=$KO/usr/gen_init_cpio

# --------------------------------------------------------------- busybox ----
BBS=$B/busybox-src
BO=$B/bbuild
ensure_deb_src() {
	if [ -n "$(apt-cache showsrc busybox 2>/dev/null | head -1)" ]; then return 0; fi
	[ "${RVBOX_NO_APT:-0}" = 1 ] && die "no deb-src entry for busybox; enable deb-src in apt sources"
	[ "$(id -u)" = 0 ] || die "no deb-src entry for busybox; as root add 'deb-src' to the Types: of /etc/apt/sources.list.d/debian.sources and run apt-get update"
	log "enabling deb-src in /etc/apt/sources.list.d/debian.sources"
	sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources
	apt-get update -qq
	[ -n "$(apt-cache showsrc busybox 2>/dev/null | head -1)" ] || die "still no busybox source package after enabling deb-src"
}
if ! ls "$BBS"/busybox_*.dsc >/dev/null 2>&1 || ! ls -d "$BBS"/busybox-*/ >/dev/null 2>&1; then
	ensure_deb_src
	rm -rf "$BBS" "$BO"
	mkdir -p "$BBS"
	log "busybox: apt-get source busybox"
	(cd "$BBS" && apt-get source -qq busybox)
fi
BBDSC=$(ls "$BBS"/busybox_*.dsc | head -1)
BBVER=$(sed -n 's/^Version: //p' "$BBDSC")
BBSRC=$(ls -d "$BBS"/busybox-*/ | head -1)
BBSRC=${BBSRC%/}

bbmake() { make -C "$BBSRC" O="$1" CROSS_COMPILE="$CROSS" "${@:2}"; }
BBCFG=$B/bbconfig-gen
rm -rf "$BBCFG"
mkdir -p "$BBCFG" "$BO"
log "busybox $BBVER: defconfig + busybox.config"
bbmake "$BBCFG" -s defconfig >/dev/null
while IFS= read -r line; do
	case "$line" in
	"# CONFIG_"*" is not set") sym=${line#\# }; sym=${sym%% *} ;;
	CONFIG_*) sym=${line%%=*} ;;
	*) continue ;;
	esac
	sed -i -e "/^$sym=/d" -e "/^# $sym is not set/d" "$BBCFG/.config"
	printf '%s\n' "$line" >>"$BBCFG/.config"
done <"$HERE/busybox.config"
{ yes '' || true; } | bbmake "$BBCFG" -s oldconfig >/dev/null
check_config "$HERE/busybox.config" "$BBCFG/.config" busybox
cmp -s "$BBCFG/.config" "$BO/.config" || cp "$BBCFG/.config" "$BO/.config"
log "busybox: make -j2"
bbmake "$BO" -j2 busybox >"$B/busybox-build.log" 2>&1 || { tail -40 "$B/busybox-build.log" >&2; die "busybox build failed"; }
bbmake "$BO" -s busybox.links >/dev/null
file_out=$("${CROSS}readelf" -h -l "$BO/busybox")
grep -q 'RISC-V' <<<"$file_out" || die "busybox is not a RISC-V binary"
! grep -q 'INTERP' <<<"$file_out" || die "busybox is not static"

# ------------------------------------------------------------- initramfs ----
LIST=$B/initramfs.list
log "initramfs: generating cpio"
# gen_init_cpio takes regular files' mtimes from disk: stage them with a
# fixed mtime so that the archive is reproducible.
STAGE=$B/initramfs-stage
rm -rf "$STAGE"
mkdir -p "$STAGE/bin"
cp "$BO/busybox" "$STAGE/bin/busybox"
cp -R "$HERE/initramfs/." "$STAGE/"
find "$STAGE" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
{
	echo "dir /dev 0755 0 0"
	echo "nod /dev/console 0600 0 0 c 5 1"
	echo "nod /dev/null 0666 0 0 c 1 3"
	BASE_DIRS="/bin /sbin /usr /usr/bin /usr/sbin /proc /sys /mnt /root /etc /etc/init.d /var"
	for d in $BASE_DIRS; do
		echo "dir $d 0755 0 0"
	done
	echo "dir /tmp 1777 0 0"
	echo "file /bin/busybox $STAGE/bin/busybox 0755 0 0"
	echo "slink /init /bin/busybox 0777 0 0"
	LC_ALL=C sort -u "$BO/busybox.links" | while IFS= read -r l; do
		[ "$l" = /bin/busybox ] && continue
		echo "slink $l /bin/busybox 0777 0 0"
	done
	(cd "$HERE/initramfs" && find . -mindepth 1 | LC_ALL=C sort) | while IFS= read -r p; do
		p=${p#.}
		src=$STAGE$p
		if [ -d "$src" ]; then
			case " $BASE_DIRS " in *" $p "*) continue ;; esac
			echo "dir $p 0755 0 0"
		elif [ -x "$src" ]; then
			echo "file $p $src 0755 0 0"
		else
			echo "file $p $src 0644 0 0"
		fi
	done
} >"$LIST"
"$GEN_INIT_CPIO" -t "$SOURCE_DATE_EPOCH" "$LIST" >"$B/initramfs.cpio"
gzip -9 -n <"$B/initramfs.cpio" >"$B/initramfs.cpio.gz"

# ------------------------------------------------------------------ disk ----
log "disk: 16 MiB ext2"
DD=$B/disk-root
rm -rf "$DD" "$B/disk.ext2"
mkdir -p "$DD"
printf 'hello from the disk\n' >"$DD/hello.txt"
touch -h -d "@$SOURCE_DATE_EPOCH" "$DD/hello.txt" "$DD"
mke2fs -q -F -t ext2 -b 1024 -O ^resize_inode -L rvbox-disk \
	-U 5276626f-782d-6469-736b-000000000001 \
	-E root_owner=0:0,hash_seed=5276626f-782d-6469-736b-000000000002 \
	-d "$DD" "$B/disk.ext2" 16M 2>&1 | { grep -v "^Creating regular file" >&2 || true; }
# mke2fs -d copies the (unsettable) host ctime of the files: pin it.
for f in /hello.txt; do
	debugfs -w -R "set_inode_field $f ctime @$SOURCE_DATE_EPOCH" "$B/disk.ext2" >/dev/null 2>&1 ||
		die "debugfs could not set ctime of $f"
done

# --------------------------------------------------------------- outputs ----
log "copying outputs to $OUT"
gzip -9 -n <"$KO/arch/riscv/boot/Image" >"$OUT/Image.gz.tmp" && mv "$OUT/Image.gz.tmp" "$OUT/Image.gz"
cp "$B/initramfs.cpio.gz" "$OUT/initramfs.cpio.gz"
gzip -9 -n <"$B/disk.ext2" >"$OUT/disk.ext2.gz.tmp" && mv "$OUT/disk.ext2.gz.tmp" "$OUT/disk.ext2.gz"
cp "$B/disk.ext2" "$OUT/disk.ext2"

RECIPE_HASH=$("$HERE/recipe-hash.sh")
echo "$RECIPE_HASH" >"$OUT/RECIPE_HASH"
{
	echo "# rvbox default Linux guest: inputs used by images/linux/build.sh"
	echo "recipe-hash $RECIPE_HASH"
	echo "kernel $(cat "$KO/include/config/kernel.release") from $KPKG $KVER"
	echo "busybox-source $BBVER ($(basename "$BBDSC"))"
	echo "# dpkg-query -W (build tools)"
	dpkg-query -W "$KPKG" gcc-riscv64-linux-gnu 'gcc-12-riscv64-linux-gnu' binutils-riscv64-linux-gnu \
		libc6-dev-riscv64-cross linux-libc-dev-riscv64-cross e2fsprogs gzip make 2>/dev/null | sed 's/\t/ /'
	echo "# sha256 of outputs"
	(cd "$OUT" && sha256sum Image.gz initramfs.cpio.gz disk.ext2.gz)
} >"$OUT/SOURCES"

log "done:"
ls -l "$OUT" >&2
