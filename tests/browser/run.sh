#!/bin/sh
# The browser tests (browser_test.mjs), or with arguments another script
# that drives chromium (run.sh tests/bench/web.mjs ARGS...): builds the
# site (make web) and rvbox-relay, installs playwright-core from the npm
# registry into a cache outside the tree and Debian's chromium if missing,
# then runs it.
cd "$(dirname "$0")/../.." || exit 1
BUILD=${BUILD:-build}
CACHE=${RVBOX_CACHE:-$HOME/.cache/rvbox}
NPM=$CACHE/npm-browser-$(cat tests/browser/package-lock.json | sha1sum | cut -c1-12)
scripts/install-deps.sh chromium >/dev/null || exit 1
if [ ! -f "$NPM/node_modules/playwright-core/package.json" ]; then
    mkdir -p "$NPM" && cp tests/browser/package.json tests/browser/package-lock.json "$NPM/" &&
        (cd "$NPM" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || exit 1
fi
# The site is built from the same sources whatever CFLAGS the native build
# under test uses.
make --no-print-directory -s BUILD=build web >/dev/null && make --no-print-directory -s BUILD="$BUILD" "$BUILD/rvbox-relay" >/dev/null || exit 1
export PLAYWRIGHT_CORE=$NPM/node_modules/playwright-core
[ $# -gt 0 ] && exec node "$@"
exec node tests/browser/browser_test.mjs "$PWD/build/web" "$PWD/$BUILD/rvbox-relay"
