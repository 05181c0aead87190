/* The browser frontend's entry points: what the Web Worker (worker.js)
 * calls in the WebAssembly module. The worker owns the loop: it calls
 * rvbox_web_run() in slices of a few milliseconds and sleeps as long as
 * the guest lets it; results of the page's asynchronous work (downloads,
 * IndexedDB, the WebSocket) come back between slices. */
#ifndef RVBOX_FRONTENDS_WEB_WEB_API_H
#define RVBOX_FRONTENDS_WEB_WEB_API_H

#include <stddef.h>
#include <stdint.h>

/* Builds the machine from the config file at path (in the module's file
 * system, where the worker put the guest images). Returns 0, or -1 with
 * a one-line message from rvbox_web_error(). */
int rvbox_web_start(const char *path);

/* The last start or run error, as one line. */
const char *rvbox_web_error(void);

/* Runs the guest for about budget_ms milliseconds of host time. Returns
 * how long the worker may sleep before the next call, in milliseconds
 * (0: the guest is busy), or -1 when the guest powered off (its exit code
 * from rvbox_web_exit_code()). A guest reset rebuilds the machine. */
double rvbox_web_run(double budget_ms);
int rvbox_web_exit_code(void);

/* Keyboard input for the console; returns the bytes taken. */
size_t rvbox_web_console_input(const uint8_t *buf, size_t len);
/* The terminal is now cols x rows characters. */
void rvbox_web_console_resize(int cols, int rows);

/* Brings the RGBA copy of the scanout up to date. Returns 0 when nothing
 * changed, 1 when the rectangle from rvbox_web_frame_rect() changed, 2
 * when the size changed (redraw it all). */
int rvbox_web_frame(void);
/* The frame: RGBA bytes, width * height * 4, rows packed. */
const uint8_t *rvbox_web_frame_pixels(void);
/* Width, height, and the changed rectangle x, y, w, h (pixels). */
const int32_t *rvbox_web_frame_rect(void);

/* virtio-input events from the page: Linux evdev key and button codes
 * (input-event-codes.h), the pointer in scanout pixels, wheel clicks. */
void rvbox_web_key(int code, int down);
void rvbox_web_pointer(int x, int y);
void rvbox_web_button(int code, int down);
void rvbox_web_wheel(int clicks);

/* The page finished loading chunk index of disk id (from the server or
 * from the IndexedDB copy of the guest's writes): data (malloc'd by the
 * worker, len bytes; now the disk's) or err < 0 (a failed download, a
 * truncated image) with data NULL. */
void rvbox_web_block_loaded(int id, uint32_t index, uint8_t *data, size_t len, int err);
/* Stores up to token on disk id are committed (err 0) or failed. */
void rvbox_web_block_flushed(int id, uint32_t token, int err);

/* One Ethernet frame from the relay, for the guest (copied). */
void rvbox_web_net_receive(const uint8_t *frame, size_t len);

#endif
