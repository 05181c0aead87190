/* The character backend interface: a console. Guest output goes to the
 * backend's write(); host input goes the other way, through the frontends
 * (the UART, virtio-console) that attach to the backend.
 *
 * Input goes to the console the guest chose, recognised by its output:
 * among the frontends that have written, the most recently attached gets
 * the input (held back while it cannot take it). A Linux booted with
 * console=ttyS0 never writes to a virtio console beside the UART, so typed
 * keys reach ttyS0; with console=hvc0 they reach hvc0 once the kernel
 * writes there, although firmware wrote to the UART before. Before
any frontend has written, the most recently attached one that can take
 * input gets it. A backend embeds CharBackend as its first member. */
#ifndef RVBOX_DEVICES_CHARDEV_H
#define RVBOX_DEVICES_CHARDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CHARDEV_MAX_FRONTENDS 4

/* A device reading from the console. */
typedef struct CharFrontend {
    /* Takes up to len bytes; returns how many it took (0..len). */
    size_t (*receive)(void *opaque, const uint8_t *buf, size_t len);
    /* True when receive() would deliver to the guest now. NULL = always. */
    bool (*can_receive)(void *opaque);
    /* The terminal is now cols x rows. May be NULL. */
    void (*resize)(void *opaque, int cols, int rows);
    void *opaque;
} CharFrontend;

typedef struct CharBackend CharBackend;
struct CharBackend {
    /* Writes len bytes of guest output; never blocks for long. */
    void (*write)(CharBackend *c, const uint8_t *buf, size_t len);
    /* Frees the backend (NULL for one that is not heap-allocated). */
    void (*close)(CharBackend *c);
    int cols, rows;            /* the terminal size, 80 x 24 until told */
    CharFrontend fe[CHARDEV_MAX_FRONTENDS];
    int nfe;
    bool wrote[CHARDEV_MAX_FRONTENDS];  /* fe[i] has written guest output */
};

/* Sets up the shared fields (no frontends, 80 x 24). */
void chardev_init(CharBackend *c);

/* Attaches a frontend (copied). Returns 0, or -1 when
 * CHARDEV_MAX_FRONTENDS are attached already. */
int chardev_attach(CharBackend *c, const CharFrontend *fe);

/* Removes every frontend whose opaque is opaque. */
void chardev_detach(CharBackend *c, void *opaque);

/* Offers host input: see the comment at the top. Returns the bytes taken
 * (the caller offers the rest again later). */
size_t chardev_input(CharBackend *c, const uint8_t *buf, size_t len);

/* Records a new terminal size (clamped to 0..65535) and tells every
 * frontend. */
void chardev_resize(CharBackend *c, int cols, int rows);

/* Writes guest output from the frontend whose opaque is from (NULL for
 * output with no input side, such as HTIF) when c is not NULL, and marks
 * that frontend as one that has written (see the top). */
void chardev_write(CharBackend *c, void *from, const uint8_t *buf, size_t len);

#endif
