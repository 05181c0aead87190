/* What the browser frontend's C code asks of the page's JavaScript (the
 * Web Worker that runs the machine; frontends/web/library_rvbox.js
 * implements these). Every call returns at once: work that takes time
 * (a download, an IndexedDB write, a WebSocket) reports back later through
 * the rvbox_web_* functions the worker calls (web_api.h), always between
 * two runs of the machine, never during one. */
#ifndef RVBOX_FRONTENDS_WEB_WEB_HOST_H
#define RVBOX_FRONTENDS_WEB_WEB_HOST_H

#include <stddef.h>
#include <stdint.h>

/* Guest console output for the terminal (xterm.js). */
void web_console_write(const uint8_t *buf, size_t len);

/* Opens the disk image name (a -drive file=, relative to the page): its
 * manifest was read before the machine started. Fills *bytes (the image
 * size) and *chunk_bytes (the download unit, a power of two >= 4096).
 * Returns a disk id >= 0, or -1 when the page has no such image. */
int web_block_open(const char *name, double *bytes, double *chunk_bytes);

/* Starts loading chunk index of disk id (from the IndexedDB overlay if the
 * guest wrote it before, else from the server); rvbox_web_block_loaded
 * follows. */
void web_block_fetch(int id, uint32_t index);

/* Stores chunk index of disk id (len bytes, copied) in the overlay. */
void web_block_store(int id, uint32_t index, const uint8_t *data, size_t len);

/* Calls rvbox_web_block_flushed(id, token, 0 or -errno) once every store
 * made so far on disk id is committed to IndexedDB. */
void web_block_flush(int id, uint32_t token);

/* Opens the page's network link (a WebSocket to rvbox-relay). */
void web_net_open(void);

/* Sends one Ethernet frame (copied). Returns 0, or -1 when the link is
 * down (the frame is dropped, as on a wire). */
int web_net_send(const uint8_t *frame, size_t len);

/* The shared directory (fs_browser.c) changed: the page writes it back to
 * IndexedDB soon. */
void web_fs_changed(void);

#endif
