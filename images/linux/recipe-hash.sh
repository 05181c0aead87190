#!/usr/bin/env bash
# Print a hash of everything that determines the rvbox Linux guest images
# (build recipe, config fragments, initramfs files). build.sh records it in
# out/RECIPE_HASH, so a Makefile can tell when out/ is stale:
#   [ "$(images/linux/recipe-hash.sh)" = "$(cat images/linux/out/RECIPE_HASH)" ]
# Only file contents, paths and the executable bit count (not mtimes).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export LC_ALL=C
{
	for f in build.sh recipe-hash.sh kernel.config busybox.config $(find initramfs -type f | sort); do
		if [ -x "$f" ]; then m=x; else m=-; fi
		printf '%s %s %s\n' "$(sha256sum <"$f" | cut -d' ' -f1)" "$m" "$f"
	done
} | sha256sum | cut -d' ' -f1
