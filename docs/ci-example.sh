#!/bin/sh
# A CI job with rvbox: boot the guest once, save the booted machine, then
# run each test from the snapshot (a fraction of a second instead of a
# boot). -snapshot keeps the disk image unchanged, so every run starts
# from the same saved state. Exit status: 0 when every test passed.
# Run from the top of the tree: docs/ci-example.sh
set -e
RVBOX=${RVBOX:-build/rvbox}
WORK=${WORK:-$(mktemp -d)}
GUEST="images/default.cfg -snapshot"

# 1. Boot once; savevm when the shell answers.
cat > "$WORK/boot.script" <<END
timeout 300
expect rvbox guest ready
sendline
expect [#\$] \$
savevm $WORK/booted.snap
exit 0
END
$RVBOX $GUEST --script "$WORK/boot.script" --log "$WORK/boot.log" >/dev/null

# 2. One test: a command typed at the restored shell and the output it
# must print. 124 means the output never came (the console's last lines
# are on stderr, the whole console in NAME.log).
run_test() {
    name=$1 command=$2 expect=$3
    if $RVBOX $GUEST -loadvm "$WORK/booted.snap" --timeout 60 --log "$WORK/$name.log" \
        --send "$command\n" --expect "$expect" --send 'poweroff\n' >/dev/null; then
        echo "ok - $name"
    else
        echo "not ok - $name (status $?, console in $WORK/$name.log)"
        failed=1
    fi
}

failed=0
run_test kernel 'uname -sm' 'Linux riscv64'
run_test disk 'mount -t ext2 /dev/vda /mnt && cat /mnt/hello.txt' 'hello from the disk'
run_test arithmetic 'echo $((6 * 7))' '^42'
exit $failed
