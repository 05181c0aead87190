/* The display interface: what a guest's scanout shows, between the device
 * that draws it (virtio-gpu) and the host side that presents it (the SDL
 * window, the headless PNG writer, the browser canvas).
 *
 * The machine owns one Display. The device publishes a surface (its own
 * pixel memory, described by size, stride and format), marks rectangles
 * dirty, and sets the cursor; the host side attaches one listener that is
 * told about each change, and may ask the guest for another size (the
 * window was resized), which reaches the device's resize handler. Nothing
 * here blocks or allocates on the update path. Single-threaded: every call
 * comes from the thread that runs the machine. */
#ifndef RVBOX_DEVICES_DISPLAY_H
#define RVBOX_DEVICES_DISPLAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Pixel formats, named by their bytes in memory order (as virtio-gpu's
 * formats are; virtio 1.2 §5.7.6.8); the values are virtio-gpu's. */
enum DisplayFormat {
    DISPLAY_B8G8R8A8 = 1, DISPLAY_B8G8R8X8 = 2, DISPLAY_A8R8G8B8 = 3, DISPLAY_X8R8G8B8 = 4,
    DISPLAY_R8G8B8A8 = 67, DISPLAY_X8B8G8R8 = 68, DISPLAY_A8B8G8R8 = 121, DISPLAY_R8G8B8X8 = 134,
};

#define DISPLAY_MAX_WIDTH 8192     /* pixels; larger sizes are refused */
#define DISPLAY_MAX_HEIGHT 8192
#define DISPLAY_CURSOR_SIZE 64     /* the cursor image is 64 x 64 pixels */

/* A frame: width x height pixels of 4 bytes in format, rows stride bytes
 * apart. pixels belongs to the device and stays valid until the next
 * display_set_surface (or display_set_surface(d, NULL)). */
typedef struct DisplaySurface {
    int width, height;         /* pixels, 1..DISPLAY_MAX_* */
    int stride;                /* bytes per row, >= 4 * width */
    enum DisplayFormat format;
    const uint8_t *pixels;
} DisplaySurface;

/* The host side. Any callback may be NULL. */
typedef struct DisplayListener {
    /* The scanout now shows s (a new size or format), or nothing (s NULL:
     * the guest disabled it). The whole frame is to be drawn. */
    void (*surface)(void *opaque, const DisplaySurface *s);
    /* Pixels in the rectangle (x, y, w, h), inside the surface, changed. */
    void (*update)(void *opaque, int x, int y, int w, int h);
    /* A new cursor image: DISPLAY_CURSOR_SIZE^2 pixels, 0xAARRGGBB, row
     * by row, with its hot spot; argb NULL hides the cursor. */
    void (*cursor_define)(void *opaque, const uint32_t *argb, int hot_x, int hot_y);
    /* The cursor moved to (x, y) in surface pixels. */
    void (*cursor_move)(void *opaque, int x, int y);
    void *opaque;
} DisplayListener;

typedef struct Display {
    DisplaySurface surface;
    bool enabled;              /* surface holds a frame */
    uint64_t frames;           /* updates published (for benchmarks) */
    DisplayListener listener;
    /* The size the host offers the guest (window size); 0 = no opinion. */
    int want_width, want_height;
    /* The device's resize handler, told when want_* changes. */
    void (*resize)(void *dev, int width, int height);
    void *resize_dev;
} Display;

/* --- device side ------------------------------------------------------- */

/* Shows s (copied; s->pixels is borrowed as above), or blanks the display
 * when s is NULL. Returns 0, or -1 for a size outside 1..DISPLAY_MAX_*, a
 * stride below 4 * width or an unknown format (the display is unchanged). */
int display_set_surface(Display *d, const DisplaySurface *s);

/* Marks the rectangle (x, y, w, h) changed; it is clipped to the surface,
 * and nothing happens while no surface is shown. */
void display_update(Display *d, int x, int y, int w, int h);

/* Sets the cursor image (see DisplayListener.cursor_define). */
void display_cursor_define(Display *d, const uint32_t *argb, int hot_x, int hot_y);

/* Moves the cursor to (x, y), surface pixels. */
void display_cursor_move(Display *d, int x, int y);

/* Registers the device that answers the host's size requests. */
void display_set_resize_handler(Display *d, void (*fn)(void *dev, int w, int h), void *dev);

/* --- host side ---------------------------------------------------------- */

/* Attaches the listener (copied), replacing any other; it is told the
 * current surface at once. NULL detaches. */
void display_attach(Display *d, const DisplayListener *l);

/* The host would like the guest at width x height (clamped to
 * 1..DISPLAY_MAX_*): recorded, and passed to the resize handler. */
void display_request_size(Display *d, int width, int height);

/* The pixel at (x, y) of surface s as 0xRRGGBB. */
uint32_t display_pixel_rgb(const DisplaySurface *s, int x, int y);

/* Writes the current frame to path as an 8-bit RGB PNG (libpng). Returns
 * 0, or -1 with a one-line message in err ("no display output yet" when
 * the guest never set a scanout, or the file's error). */
int display_write_png(const Display *d, const char *path, char *err, size_t errlen);

#endif
