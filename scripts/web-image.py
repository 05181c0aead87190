#!/usr/bin/env python3
"""Splits a disk image into the chunk files the browser's disk reads
lazily (frontends/web/block_http.c): IMAGE -> OUT.d/00000, 00001, ... and
OUT.json with the image's size, the chunk size and its SHA-256 (the page
keys the IndexedDB overlay of guest writes by it, so a new image starts
from a clean overlay). Chunks of zeros are still written: any static HTTP
server must be able to serve the site as it is."""
import hashlib
import json
import os
import shutil
import sys

CHUNK = 65536


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: web-image.py IMAGE OUT")
    image, out = sys.argv[1], sys.argv[2]
    size = os.path.getsize(image)
    if size == 0 or size % 512:
        sys.exit("web-image.py: %s: size %d is not a whole number of sectors" % (image, size))
    shutil.rmtree(out + ".d", ignore_errors=True)
    os.makedirs(out + ".d")
    digest = hashlib.sha256()
    with open(image, "rb") as f:
        for i in range((size + CHUNK - 1) // CHUNK):
            data = f.read(CHUNK)
            digest.update(data)
            with open(os.path.join(out + ".d", "%05d" % i), "wb") as c:
                c.write(data)
    with open(out + ".json", "w") as m:
        json.dump({"size": size, "chunk_size": CHUNK, "sha256": digest.hexdigest()}, m)
        m.write("\n")


if __name__ == "__main__":
    main()
