#!/bin/sh
# Bad-input behaviour of the rvbox binary: every case must exit non-zero
# (but not by a signal: status < 128) with exactly one line on stderr that
# names the cause.
# usage: tests/cli/bad_input.sh path/to/rvbox
set -u

RVBOX=${1:?usage: $0 path/to/rvbox}
case $RVBOX in
    /*) ;;
    *) RVBOX=$(pwd)/$RVBOX ;;
esac
if [ ! -x "$RVBOX" ]; then
    echo "bad_input: $RVBOX is not executable" >&2
    exit 2
fi

T=$(mktemp -d /tmp/rvbox_bad_input.XXXXXX)
trap 'rm -rf "$T"' EXIT INT TERM
PASS=0
FAIL=0

# A harmless small kernel for the cases that are about something else.
head -c 4096 /dev/zero > "$T/small.bin"
head -c $((32 * 1024 * 1024)) /dev/zero > "$T/big.bin"
printf 'this is not gzip data at all, only its magic' > "$T/tail"
printf '\037\213\010\000\000\000\000\000\000\003' | cat - "$T/tail" > "$T/corrupt.gz"
mkdir "$T/dir.img"
printf '{\n  kernel: "small.bin",\n  memory_size 64\n}\n' > "$T/malformed.cfg"
printf '{ kernel: "small.bin", frobnicate: 1 }\n' > "$T/unknown.cfg"
: > "$T/empty.bin"

# check NAME PATTERN ARGS...: runs rvbox with ARGS, stdin from /dev/null.
check() {
    name=$1
    pattern=$2
    shift 2
    timeout 20 "$RVBOX" "$@" < /dev/null > "$T/out" 2> "$T/err"
    status=$?
    lines=$(wc -l < "$T/err")
    why=""
    if [ "$status" -eq 0 ]; then
        why="exit status 0"
    elif [ "$status" -ge 124 ]; then
        why="exit status $status (timeout or signal)"
    elif [ "$lines" -ne 1 ]; then
        why="$lines lines on stderr"
    elif ! grep -q -- "$pattern" "$T/err"; then
        why="stderr does not mention '$pattern'"
    fi
    if [ -z "$why" ]; then
        PASS=$((PASS + 1))
        echo "ok - $name"
    else
        FAIL=$((FAIL + 1))
        echo "not ok - $name: $why"
        sed 's/^/#   stderr: /' "$T/err" | head -5
    fi
}

check "missing kernel file" "$T/nope.bin" -kernel "$T/nope.bin"
check "unreadable kernel (a directory)" "$T/dir.img" -kernel "$T/dir.img"
check "kernel larger than RAM" "larger than" -m 16 -kernel "$T/big.bin"
check "malformed config" "malformed JSON near line 3" "$T/malformed.cfg"
check "config with an unknown key" "unknown key 'frobnicate'" "$T/unknown.cfg"
check "unknown flag" "unknown option '-foo'" -foo
check "missing argument" "option '-m' needs an argument" -kernel "$T/small.bin" -m
check "nothing to boot" "nothing to boot" -m 64
check "missing disk file" "$T/nodisk.img" -kernel "$T/small.bin" -drive file="$T/nodisk.img"
check "corrupt gzip kernel" "corrupt gzip" -kernel "$T/corrupt.gz"
check "disk image is a directory" "$T/dir.img" -kernel "$T/small.bin" -drive file="$T/dir.img"
check "unsupported disk format" "format" -kernel "$T/small.bin" \
    -drive file="$T/small.bin,format=qcow2"
check "empty kernel" "the kernel file is empty" -kernel "$T/empty.bin"
check "empty firmware" "the firmware file is empty" -bios "$T/empty.bin" -kernel "$T/small.bin"
check "empty initrd" "the initrd file is empty" -kernel "$T/small.bin" -initrd "$T/empty.bin"
check "an ELF for another machine" "another machine" /bin/true
check "a command line too long for the device tree" "command line is 100000 bytes" \
    -kernel "$T/small.bin" -append "$(head -c 100000 /dev/zero | tr '\0' x)"
check "unknown device" "unknown device 'virtio-frob-device'" -kernel "$T/small.bin" \
    -device virtio-frob-device
check "unknown device option" "virtio-rng-device: unknown option 'rate'" -kernel "$T/small.bin" \
    -device virtio-rng-device,rate=5
check "a board device cannot be added" "part of the board" -kernel "$T/small.bin" -device serial
check "device without its backend" "drive=ID is required" -kernel "$T/small.bin" \
    -device virtio-blk-device
check "device naming a missing drive" "no drive with id 'd9'" -kernel "$T/small.bin" \
    -device virtio-blk-device,drive=d9
check "one drive for two devices" "already in use" -kernel "$T/small.bin" \
    -drive file="$T/small.bin,if=none,id=d0" -device virtio-blk-device,drive=d0 \
    -device virtio-blk-device,drive=d0
check "more virtio devices than slots" "no free virtio slot" -kernel "$T/small.bin" \
    -device virtio-rng-device -device virtio-rng-device -device virtio-rng-device \
    -device virtio-rng-device -device virtio-rng-device -device virtio-rng-device \
    -device virtio-rng-device -device virtio-rng-device
check "bad MAC address" "mac must be like" -kernel "$T/small.bin" -netdev user,id=n0 \
    -device virtio-net-device,netdev=n0,mac=52:54
check "-device help for an unknown device" "unknown device 'nope'" -device nope,help

# -device help lists every device on stdout and exits 0.
if "$RVBOX" -device help > "$T/out" 2> "$T/err" && grep -q "virtio-rng-device" "$T/out" &&
    grep -q "virtio-blk-device" "$T/out" && [ ! -s "$T/err" ]; then
    PASS=$((PASS + 1)); echo "ok - -device help lists the devices"
else
    FAIL=$((FAIL + 1)); echo "not ok - -device help lists the devices"
fi
if "$RVBOX" -device virtio-9p-device,help > "$T/out" 2>&1 && grep -q "mount_tag" "$T/out"; then
    PASS=$((PASS + 1)); echo "ok - -device virtio-9p-device,help lists its options"
else
    FAIL=$((FAIL + 1)); echo "not ok - -device virtio-9p-device,help lists its options"
fi

echo "bad_input: $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
