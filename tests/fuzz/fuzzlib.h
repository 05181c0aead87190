/* What the fuzz harnesses share: "--write-seeds DIR", which writes a
 * harness's seed inputs (its corpus/NAME/ files) and exits, handled once
 * for all of them; the save/load round trip of a virtio
 * device. */
#ifndef RVBOX_TESTS_FUZZ_FUZZLIB_H
#define RVBOX_TESTS_FUZZ_FUZZLIB_H

#include <stddef.h>

#include "devices/state.h"
#include "devices/virtio/virtio.h"
#include "devices/virtio/virtio_mmio.h"

/* Writes len bytes of buf as file dir/name. Returns 0, or -1 after naming
 * the file and the cause on stderr. */
int fuzz_save(const char *dir, const char *name, const void *buf, size_t len);

/* Defined by each harness that makes its own seeds: writes them into dir
 * with fuzz_save. Returns 0 or -1. */
int fuzz_write_seeds(const char *dir);

/* A virtio device behind virtio-mmio saves its state (transport, then
 * device) into *saved (initialised here; the caller frees it), loads it
 * back, and must save the same bytes again. Returns NULL, or what went
 * wrong (the device's own message goes to stderr first). */
const char *fuzz_virtio_round_trip(VirtioMmio *t, VirtioDevice *v, StateWriter *saved);

#endif
