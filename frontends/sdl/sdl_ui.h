/* The SDL2 desktop window (-display sdl): shows the machine's display
 * (devices/display.h) and turns the window's keyboard and mouse into
 * evdev events for the machine's input hub (devices/input.h).
 *
 * Everything runs on the thread that runs the machine, from the
 * frontend's main loop: sdl_ui_tick() pumps SDL's events and refreshes the
 * window at most every SDL_UI_PERIOD_MS; between ticks the loop may sleep
 * for at most sdl_ui_wait_ms(). The display listener only records what
 * changed; pixels are copied into the texture at the next tick. */
#ifndef RVBOX_FRONTENDS_SDL_SDL_UI_H
#define RVBOX_FRONTENDS_SDL_SDL_UI_H

#include <stddef.h>
#include <stdint.h>

struct Display;
struct InputHub;

typedef struct SdlUi SdlUi;

#define SDL_UI_PERIOD_MS 16     /* event pump and refresh: ~60 times a second */

/* What sdl_ui_tick() asks of the frontend (a bit mask). */
enum {
    SDL_UI_QUIT = 1,            /* the window was closed */
    SDL_UI_SCREENSHOT = 2,      /* Ctrl-Alt-S */
};

/* Initialises SDL's video and opens the window (black until the guest
 * sets a scanout). Returns NULL with "-display sdl: cannot open a window:
 * <SDL's reason>" in err when there is no window system to open it on. */
SdlUi *sdl_ui_open(char *err, size_t errlen);

/* Shows d and sends input to in (a new machine after a reset); NULL for
 * both detaches from the old machine before it is destroyed. */
void sdl_ui_attach(SdlUi *ui, struct Display *d, struct InputHub *in);

/* When a tick is due: handles the window's events and redraws what
 * changed. Returns SDL_UI_* bits (0 most of the time). */
unsigned sdl_ui_tick(SdlUi *ui);

/* Milliseconds until the next tick is due (0..SDL_UI_PERIOD_MS): the
 * longest the main loop may sleep. */
int sdl_ui_wait_ms(const SdlUi *ui);

/* Closes the window and shuts SDL down; NULL is ok. Detach first. */
void sdl_ui_close(SdlUi *ui);

/* The evdev KEY_* code of an SDL scancode, 0 for keys without one
 * (keymap.c). */
uint16_t sdl_ui_keycode(int scancode);

#endif
