/* Asynchronous completion for any block backend: requests run in order on
 * a worker thread, so the hart keeps running while the host reads and
 * writes (QEMU's aio=threads). Completions are handed back on the
 * machine's thread through the event_fd / complete_ready pair. */
#ifndef RVBOX_DEVICES_HOST_BLOCK_THREAD_H
#define RVBOX_DEVICES_HOST_BLOCK_THREAD_H

#include <stddef.h>

#include "devices/block.h"

/* Wraps inner (which must complete its requests before submit returns, as
 * block_file does) and takes it over: closing the wrapper closes inner.
 * Returns NULL with a one-line message in err when the thread or its
 * eventfd cannot be made (inner is then closed too). */
BlockBackend *block_thread_wrap(BlockBackend *inner, char *err, size_t errlen);

#endif
