/* The SDL2 desktop window (sdl_ui.h).
 *
 * The scanout is one streaming texture in the surface's own pixel format;
 * the display listener records dirty rectangles, and each tick copies
 * just those from the device's pixels into the texture and presents the
 * frame, scaled to the window with its aspect kept (black bars), only
 * when something changed. The window follows the guest's mode: it takes
 * the size of the first frame, and of any later mode the guest picks by
 * itself; a resize by the user or the window manager is passed on to the
 * guest as a size request (display_request_size), whose answer then fits.
 *
 * Keys go by scancode through the evdev table in keymap.c; SDL's key
 * repeats are dropped (the guest repeats by itself). With a tablet the
 * pointer's place on the shown image is sent as an absolute position and
 * nothing is grabbed; with only a relative mouse a click grabs the pointer
 * (Ctrl-Alt-G releases it, and grabs or releases it by hand). The guest's
 * cursor image becomes the window's cursor; without one (or when the
 * guest hides it) the system arrow shows. */
#include "frontends/sdl/sdl_ui.h"

#include <SDL.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "devices/display.h"
#include "devices/input.h"
#include "frontends/sdl/sdl_lib.h"

/* ASCII only: in the C locale rvbox runs in, SDL's X11 driver sets no
 * title it cannot convert to the locale's charset (an em dash), and a
 * UTF-8 locale would give WM_NAME a type tools like xdotool cannot read. */
#define TITLE "rvbox"
#define TITLE_GRABBED "rvbox - press Ctrl-Alt-G to release the mouse"
#define INITIAL_WIDTH 640          /* the window before the guest's first frame */
#define INITIAL_HEIGHT 480
#define MAX_DIRTY 16               /* rectangles kept apart; more are merged */
#define RECENT_REQUESTS 8          /* size requests whose answers need no window resize */
#define NS_PER_MS 1000000LL

struct SdlUi {
    SDL_Window *win;
    SDL_Renderer *ren;
    SDL_Texture *tex;
    Uint32 tex_format;
    int tex_w, tex_h;

    Display *display;              /* NULL while detached */
    InputHub *input;

    /* The frame as last published; pixels are the device's. */
    DisplaySurface surf;
    bool have_surf;
    bool surf_changed;             /* remake the texture, upload the whole frame */
    bool first_frame;              /* no frame yet since attach */
    bool fit_pending;              /* the guest's mode changed: maybe resize the window */
    bool fit_force;                /* ... even to a size we asked for (first frame) */
    int last_w, last_h;            /* the size of the previous frame */
    SDL_Rect dirty[MAX_DIRTY];
    int ndirty;
    bool redraw;                   /* present at the next tick */

    uint32_t cursor_img[DISPLAY_CURSOR_SIZE * DISPLAY_CURSOR_SIZE];
    int hot_x, hot_y;
    bool cursor_custom, cursor_changed;
    SDL_Cursor *cursor;

    int req_w[RECENT_REQUESTS], req_h[RECENT_REQUESTS];
    int nreq;

    uint8_t keys_down[(INPUT_KEY_MAX + 8) / 8];   /* evdev codes sent down */
    unsigned buttons_down;         /* 1 << (BTN_* - INPUT_BTN_LEFT) */
    bool grabbed;

    int64_t next_tick_ns;
};

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* The packed 32-bit SDL format with the same bytes in memory as f, on a
 * little-endian host (SDL's packed names read from the high byte down). */
static Uint32 sdl_format(enum DisplayFormat f)
{
    switch (f) {
    case DISPLAY_B8G8R8A8: return SDL_PIXELFORMAT_ARGB8888;
    case DISPLAY_B8G8R8X8: return SDL_PIXELFORMAT_XRGB8888;
    case DISPLAY_A8R8G8B8: return SDL_PIXELFORMAT_BGRA8888;
    case DISPLAY_X8R8G8B8: return SDL_PIXELFORMAT_BGRX8888;
    case DISPLAY_R8G8B8A8: return SDL_PIXELFORMAT_ABGR8888;
    case DISPLAY_R8G8B8X8: return SDL_PIXELFORMAT_XBGR8888;
    case DISPLAY_A8B8G8R8: return SDL_PIXELFORMAT_RGBA8888;
    case DISPLAY_X8B8G8R8: return SDL_PIXELFORMAT_RGBX8888;
    }
    return SDL_PIXELFORMAT_UNKNOWN;
}

/* Where the frame goes in an area of w x h: as large as fits with the
 * frame's aspect, centred; the whole area when there is no frame. */
static SDL_Rect image_rect(const SdlUi *ui, int w, int h)
{
    SDL_Rect r = { 0, 0, w, h };
    if (!ui->have_surf || w <= 0 || h <= 0) {
        return r;
    }
    int64_t sw = ui->surf.width, sh = ui->surf.height;
    if ((int64_t)w * sh <= (int64_t)h * sw) {
        r.h = (int)((int64_t)w * sh / sw);
    } else {
        r.w = (int)((int64_t)h * sw / sh);
    }
    r.w = r.w < 1 ? 1 : r.w;
    r.h = r.h < 1 ? 1 : r.h;
    r.x = (w - r.w) / 2;
    r.y = (h - r.h) / 2;
    return r;
}

/* --- display listener (called while the guest runs: records only) ------ */

static void on_surface(void *opaque, const DisplaySurface *s)
{
    SdlUi *ui = opaque;
    ui->have_surf = s != NULL;
    if (s) {
        if (ui->first_frame || s->width != ui->last_w || s->height != ui->last_h) {
            ui->fit_pending = true;
            ui->fit_force = ui->first_frame;
        }
        ui->first_frame = false;
        ui->last_w = s->width;
        ui->last_h = s->height;
        ui->surf = *s;
    }
    ui->surf_changed = true;
    ui->ndirty = 0;
    ui->redraw = true;
}

static bool rect_inside(const SDL_Rect *a, const SDL_Rect *b)
{
    return a->x >= b->x && a->y >= b->y && a->x + a->w <= b->x + b->w &&
           a->y + a->h <= b->y + b->h;
}

static void on_update(void *opaque, int x, int y, int w, int h)
{
    SdlUi *ui = opaque;
    SDL_Rect r = { x, y, w, h };
    if (!ui->have_surf || ui->surf_changed) {
        return;   /* the whole frame goes up anyway */
    }
    for (int i = 0; i < ui->ndirty; i++) {
        if (rect_inside(&r, &ui->dirty[i])) {
            return;
        }
        if (rect_inside(&ui->dirty[i], &r)) {
            ui->dirty[i] = r;
            return;
        }
    }
    if (ui->ndirty == MAX_DIRTY) {
        for (int i = 0; i < ui->ndirty; i++) {
            SDL_UnionRect(&r, &ui->dirty[i], &r);
        }
        ui->ndirty = 0;
    }
    ui->dirty[ui->ndirty++] = r;
}

static void on_cursor_define(void *opaque, const uint32_t *argb, int hot_x, int hot_y)
{
    SdlUi *ui = opaque;
    ui->cursor_custom = argb != NULL;
    if (argb) {
        memcpy(ui->cursor_img, argb, sizeof(ui->cursor_img));
        ui->hot_x = hot_x < 0 ? 0 : hot_x >= DISPLAY_CURSOR_SIZE ? DISPLAY_CURSOR_SIZE - 1 : hot_x;
        ui->hot_y = hot_y < 0 ? 0 : hot_y >= DISPLAY_CURSOR_SIZE ? DISPLAY_CURSOR_SIZE - 1 : hot_y;
    }
    ui->cursor_changed = true;
}

/* The host's pointer is where the user puts it (a tablet) or hidden (a
 * grabbed mouse): the guest's idea of its place is not shown apart. */
static void on_cursor_move(void *opaque, int x, int y)
{
    (void)opaque, (void)x, (void)y;
}

/* --- refreshing the window ---------------------------------------------- */

static void apply_cursor(SdlUi *ui)
{
    SDL_Cursor *old = ui->cursor, *c = NULL;
    ui->cursor_changed = false;
    if (ui->cursor_custom) {
        SDL_Surface *s = SDL_CreateRGBSurfaceWithFormatFrom(
            ui->cursor_img, DISPLAY_CURSOR_SIZE, DISPLAY_CURSOR_SIZE, 32,
            DISPLAY_CURSOR_SIZE * 4, SDL_PIXELFORMAT_ARGB8888);
        if (s) {
            c = SDL_CreateColorCursor(s, ui->hot_x, ui->hot_y);
            SDL_FreeSurface(s);
        }
    }
    SDL_SetCursor(c ? c : SDL_GetDefaultCursor());
    ui->cursor = c;
    if (old) {
        SDL_FreeCursor(old);
    }
}

/* The guest's mode changed: the window takes its size, unless the guest
 * only answered a size the window asked for (the window has it already,
 * or has moved on while the user drags it). */
static void fit_window(SdlUi *ui)
{
    int w = ui->surf.width, h = ui->surf.height, cw, ch;
    ui->fit_pending = false;
    for (int i = 0; i < ui->nreq && !ui->fit_force; i++) {
        if (ui->req_w[i] == w && ui->req_h[i] == h) {
            return;
        }
    }
    SDL_GetWindowSize(ui->win, &cw, &ch);
    if (cw != w || ch != h) {
        SDL_SetWindowSize(ui->win, w, h);
    }
}

/* A texture of the frame's size and format, made anew when they change.
 * NULL when the renderer cannot make it (the screen stays black). */
static SDL_Texture *frame_texture(SdlUi *ui)
{
    Uint32 fmt = sdl_format(ui->surf.format);
    if (ui->tex && ui->tex_format == fmt && ui->tex_w == ui->surf.width &&
        ui->tex_h == ui->surf.height) {
        return ui->tex;
    }
    if (ui->tex) {
        SDL_DestroyTexture(ui->tex);
    }
    ui->tex = SDL_CreateTexture(ui->ren, fmt, SDL_TEXTUREACCESS_STREAMING, ui->surf.width,
                                ui->surf.height);
    if (ui->tex) {
        /* A scanout is opaque whatever its alpha bytes hold. */
        SDL_SetTextureBlendMode(ui->tex, SDL_BLENDMODE_NONE);
        SDL_SetTextureScaleMode(ui->tex, SDL_ScaleModeLinear);
        ui->tex_format = fmt;
        ui->tex_w = ui->surf.width;
        ui->tex_h = ui->surf.height;
    }
    return ui->tex;
}

static void upload(SdlUi *ui, const SDL_Rect *r)
{
    const uint8_t *p = ui->surf.pixels + (size_t)r->y * (size_t)ui->surf.stride + (size_t)r->x * 4;
    SDL_UpdateTexture(ui->tex, r, p, ui->surf.stride);
}

static void refresh(SdlUi *ui)
{
    if (ui->cursor_changed) {
        apply_cursor(ui);
    }
    if (ui->fit_pending && ui->have_surf) {
        fit_window(ui);
    }
    if (ui->surf_changed) {
        ui->surf_changed = false;
        ui->ndirty = 0;
        ui->redraw = true;
        if (ui->have_surf && frame_texture(ui)) {
            SDL_Rect all = { 0, 0, ui->surf.width, ui->surf.height };
            upload(ui, &all);
        }
    }
    if (ui->ndirty > 0) {
        for (int i = 0; i < ui->ndirty && ui->tex && ui->have_surf; i++) {
            upload(ui, &ui->dirty[i]);
        }
        ui->ndirty = 0;
        ui->redraw = true;
    }
    if (!ui->redraw) {
        return;
    }
    ui->redraw = false;
    int w, h;
    SDL_GetRendererOutputSize(ui->ren, &w, &h);
    bool image = ui->have_surf && ui->tex;
    SDL_Rect dst = image ? image_rect(ui, w, h) : (SDL_Rect){ 0 };
    /* Clearing costs a pass over the whole window: only for black bars. */
    if (!image || dst.x > 0 || dst.y > 0 || dst.w < w || dst.h < h) {
        SDL_SetRenderDrawColor(ui->ren, 0, 0, 0, 255);
        SDL_RenderClear(ui->ren);
    }
    if (image) {
        SDL_RenderCopy(ui->ren, ui->tex, NULL, &dst);
    }
    SDL_RenderPresent(ui->ren);
}

/* --- input --------------------------------------------------------------- */

static bool key_is_down(const SdlUi *ui, uint16_t code)
{
    return ui->keys_down[code / 8] >> (code % 8) & 1;
}

static void set_key(SdlUi *ui, uint16_t code, bool down)
{
    if (down) {
        ui->keys_down[code / 8] |= (uint8_t)(1u << (code % 8));
    } else {
        ui->keys_down[code / 8] &= (uint8_t)~(1u << (code % 8));
    }
}

/* Lets go of every key and button the guest holds (the window lost the
 * focus: their releases will not come here). */
static void release_all(SdlUi *ui)
{
    if (!ui->input) {
        return;
    }
    for (uint16_t code = 1; code <= INPUT_KEY_MAX; code++) {
        if (key_is_down(ui, code)) {
            set_key(ui, code, false);
            input_key(ui->input, code, false);
        }
    }
    for (int b = 0; b < 3; b++) {
        if (ui->buttons_down & (1u << b)) {
            input_button(ui->input, (uint16_t)(INPUT_BTN_LEFT + b), false);
        }
    }
    ui->buttons_down = 0;
    input_sync(ui->input);
}

static void set_grab(SdlUi *ui, bool on)
{
    ui->grabbed = on;
    SDL_SetWindowGrab(ui->win, on ? SDL_TRUE : SDL_FALSE);
    SDL_SetRelativeMouseMode(on ? SDL_TRUE : SDL_FALSE);
    SDL_SetWindowTitle(ui->win, on ? TITLE_GRABBED : TITLE);
}

static unsigned key_event(SdlUi *ui, const SDL_KeyboardEvent *k)
{
    bool down = k->type == SDL_KEYDOWN;
    if (down && k->repeat) {
        return 0;
    }
    SDL_Scancode sc = k->keysym.scancode;
    if (down && (k->keysym.mod & KMOD_CTRL) && (k->keysym.mod & KMOD_ALT)) {
        if (sc == SDL_SCANCODE_G) {
            set_grab(ui, !ui->grabbed);
            return 0;
        }
        if (sc == SDL_SCANCODE_S) {
            return SDL_UI_SCREENSHOT;
        }
    }
    uint16_t code = sdl_ui_keycode(sc);
    /* A release without its press (the letter of a hot key) goes nowhere. */
    if (!code || !ui->input || key_is_down(ui, code) == down) {
        return 0;
    }
    set_key(ui, code, down);
    input_key(ui->input, code, down);
    input_sync(ui->input);
    return 0;
}

/* Pointer events go to a grabbed relative mouse, else to a tablet. */
static bool to_mouse(const SdlUi *ui)
{
    return ui->grabbed && input_has(ui->input, INPUT_CLASS_MOUSE);
}

static void motion_event(SdlUi *ui, const SDL_MouseMotionEvent *m)
{
    if (!ui->input) {
        return;
    }
    if (to_mouse(ui)) {
        input_pointer_rel(ui->input, m->xrel, m->yrel);
    } else if (input_has(ui->input, INPUT_CLASS_TABLET)) {
        int w, h;
        SDL_GetWindowSize(ui->win, &w, &h);
        SDL_Rect r = image_rect(ui, w, h);
        input_pointer_abs(ui->input, m->x - r.x, m->y - r.y, r.w, r.h);
    } else {
        return;
    }
    input_sync(ui->input);
}

static void button_event(SdlUi *ui, const SDL_MouseButtonEvent *b)
{
    uint16_t btn = b->button == SDL_BUTTON_LEFT    ? INPUT_BTN_LEFT
                   : b->button == SDL_BUTTON_RIGHT  ? INPUT_BTN_RIGHT
                   : b->button == SDL_BUTTON_MIDDLE ? INPUT_BTN_MIDDLE
                                                    : 0;
    bool down = b->type == SDL_MOUSEBUTTONDOWN;
    if (!btn || !ui->input) {
        return;
    }
    bool tablet = input_has(ui->input, INPUT_CLASS_TABLET);
    if (down && !ui->grabbed && !tablet && input_has(ui->input, INPUT_CLASS_MOUSE)) {
        set_grab(ui, true);   /* this click only grabs */
        return;
    }
    unsigned bit = 1u << (btn - INPUT_BTN_LEFT);
    if ((!tablet && !to_mouse(ui)) || !!(ui->buttons_down & bit) == down) {
        return;
    }
    ui->buttons_down ^= bit;
    input_button(ui->input, btn, down);
    input_sync(ui->input);
}

static void wheel_event(SdlUi *ui, const SDL_MouseWheelEvent *w)
{
    int clicks = w->direction == SDL_MOUSEWHEEL_FLIPPED ? -w->y : w->y;
    if (!ui->input || !clicks ||
        (!to_mouse(ui) && !input_has(ui->input, INPUT_CLASS_TABLET))) {
        return;
    }
    input_wheel(ui->input, clicks);
    input_sync(ui->input);
}

/* The user or the window manager resized the window: the guest is asked
 * for a mode of the new size. */
static void window_resized(SdlUi *ui, int w, int h)
{
    if (!ui->display || w <= 0 || h <= 0) {
        return;
    }
    if (ui->nreq == RECENT_REQUESTS) {   /* the oldest is forgotten */
        memmove(ui->req_w, ui->req_w + 1, sizeof(ui->req_w) - sizeof(ui->req_w[0]));
        memmove(ui->req_h, ui->req_h + 1, sizeof(ui->req_h) - sizeof(ui->req_h[0]));
        ui->nreq--;
    }
    ui->req_w[ui->nreq] = w;
    ui->req_h[ui->nreq++] = h;
    display_request_size(ui->display, w, h);
}

static unsigned window_event(SdlUi *ui, const SDL_WindowEvent *w)
{
    switch (w->event) {
    case SDL_WINDOWEVENT_CLOSE:
        return SDL_UI_QUIT;
    case SDL_WINDOWEVENT_RESIZED:
        window_resized(ui, w->data1, w->data2);
        ui->redraw = true;
        break;
    case SDL_WINDOWEVENT_FOCUS_LOST:
        release_all(ui);
        break;
    case SDL_WINDOWEVENT_SIZE_CHANGED:
    case SDL_WINDOWEVENT_EXPOSED:
    case SDL_WINDOWEVENT_SHOWN:
    case SDL_WINDOWEVENT_RESTORED:
    case SDL_WINDOWEVENT_MAXIMIZED:
        ui->redraw = true;
        break;
    }
    return 0;
}

static unsigned handle_event(SdlUi *ui, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_QUIT:
        return SDL_UI_QUIT;
    case SDL_WINDOWEVENT:
        return window_event(ui, &e->window);
    case SDL_KEYDOWN:
    case SDL_KEYUP:
        return key_event(ui, &e->key);
    case SDL_MOUSEMOTION:
        motion_event(ui, &e->motion);
        break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        button_event(ui, &e->button);
        break;
    case SDL_MOUSEWHEEL:
        wheel_event(ui, &e->wheel);
        break;
    case SDL_RENDER_DEVICE_RESET:
        /* Textures are lost with the device: make the frame's anew. */
        if (ui->tex) {
            SDL_DestroyTexture(ui->tex);
            ui->tex = NULL;
        }
        /* fall through */
    case SDL_RENDER_TARGETS_RESET:
        ui->surf_changed = true;
        break;
    }
    return 0;
}

/* --- the frontend's calls ------------------------------------------------ */

unsigned sdl_ui_tick(SdlUi *ui)
{
    int64_t now = now_ns();
    if (now < ui->next_tick_ns) {
        return 0;
    }
    ui->next_tick_ns = now + SDL_UI_PERIOD_MS * NS_PER_MS;
    unsigned flags = 0;
    SDL_Event ev[32];
    int n;
    SDL_PumpEvents();
    while ((n = SDL_PeepEvents(ev, 32, SDL_GETEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT)) > 0) {
        for (int i = 0; i < n; i++) {
            flags |= handle_event(ui, &ev[i]);
        }
    }
    refresh(ui);
    return flags;
}

int sdl_ui_wait_ms(const SdlUi *ui)
{
    int64_t left = ui->next_tick_ns - now_ns();
    if (left <= 0) {
        return 0;
    }
    int64_t ms = (left + NS_PER_MS - 1) / NS_PER_MS;
    return ms > SDL_UI_PERIOD_MS ? SDL_UI_PERIOD_MS : (int)ms;
}

void sdl_ui_attach(SdlUi *ui, Display *d, InputHub *in)
{
    if (ui->display) {
        display_attach(ui->display, NULL);
    }
    ui->display = d;
    ui->input = in;
    ui->have_surf = false;
    ui->first_frame = true;
    ui->fit_pending = false;
    ui->surf_changed = true;
    ui->ndirty = 0;
    ui->nreq = 0;
    ui->redraw = true;
    memset(ui->keys_down, 0, sizeof(ui->keys_down));
    ui->buttons_down = 0;
    ui->cursor_custom = false;
    ui->cursor_changed = true;
    if (d) {
        DisplayListener l = {
            .surface = on_surface, .update = on_update, .cursor_define = on_cursor_define,
            .cursor_move = on_cursor_move, .opaque = ui,
        };
        display_attach(d, &l);
    }
}

/* SDL's message as one line. */
static void set_sdl_err(char *err, size_t errlen, const char *what)
{
    const char *why = SDL_GetError();
    snprintf(err, errlen, "-display sdl: %s: %s", what, why && why[0] ? why : "unknown error");
    for (char *p = err; *p; p++) {
        if (*p == '\n' || *p == '\r') {
            *p = ' ';
        }
    }
}

/* Starts SDL's video on a window system. With none (no $DISPLAY) SDL
 * would settle for its offscreen driver, a window nobody sees: only the
 * drivers that show one are tried, unless SDL_VIDEODRIVER names a driver.
 * Returns 0, or -1 with the reason in why. */
static int init_video(char *why, size_t whylen)
{
    if (getenv("SDL_VIDEODRIVER")) {
        if (SDL_InitSubSystem(SDL_INIT_VIDEO) == 0) {
            return 0;
        }
        snprintf(why, whylen, "%s", SDL_GetError());
        return -1;
    }
    why[0] = '\0';
    for (int i = 0; i < SDL_GetNumVideoDrivers(); i++) {
        const char *name = SDL_GetVideoDriver(i);
        if (!name || !strcmp(name, "offscreen") || !strcmp(name, "dummy") ||
            !strcmp(name, "evdev")) {
            continue;
        }
        /* Without these libwayland would only print its complaint. */
        if (!strcmp(name, "wayland") && !getenv("WAYLAND_DISPLAY") &&
            !getenv("XDG_RUNTIME_DIR")) {
            continue;
        }
        SDL_SetHint(SDL_HINT_VIDEODRIVER, name);
        if (SDL_InitSubSystem(SDL_INIT_VIDEO) == 0) {
            return 0;
        }
        if (!why[0]) {
            snprintf(why, whylen, "%s", SDL_GetError());
        }
    }
    if (!why[0]) {
        snprintf(why, whylen, "no video driver");
    }
    size_t n = strlen(why);
    const char *x = getenv("DISPLAY");
    if (!x || !x[0]) {
        snprintf(why + n, whylen - n, " (DISPLAY is not set)");
    } else {
        snprintf(why + n, whylen - n, " (DISPLAY=%s)", x);
    }
    return -1;
}

SdlUi *sdl_ui_open(char *err, size_t errlen)
{
    char why[256];

    if (sdl_lib_load(err, errlen) != 0) {
        return NULL;
    }
    SdlUi *ui = calloc(1, sizeof(*ui));
    if (!ui) {
        snprintf(err, errlen, "-display sdl: out of memory");
        return NULL;
    }
    /* rvbox handles its signals (the terminal is restored on them). */
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    /* A grab takes the keyboard too, so Alt-Tab and the like reach the guest. */
    SDL_SetHint(SDL_HINT_GRAB_KEYBOARD, "1");
    /* The click that focuses the window reaches the guest as well. */
    SDL_SetHint(SDL_HINT_MOUSE_FOCUS_CLICKTHROUGH, "1");
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "1");
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    SDL_SetHint(SDL_HINT_RENDER_VSYNC, "0");
    if (init_video(why, sizeof(why)) != 0) {
        SDL_SetError("%s", why);
        set_sdl_err(err, errlen, "cannot open a window");
        free(ui);
        return NULL;
    }
    ui->win = SDL_CreateWindow(TITLE, SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED,
                               INITIAL_WIDTH, INITIAL_HEIGHT,
                               SDL_WINDOW_RESIZABLE | SDL_WINDOW_SHOWN);
    if (ui->win) {
        ui->ren = SDL_CreateRenderer(ui->win, -1, 0);
        if (!ui->ren) {
            ui->ren = SDL_CreateRenderer(ui->win, -1, SDL_RENDERER_SOFTWARE);
        }
    }
    if (!ui->win || !ui->ren) {
        set_sdl_err(err, errlen, "cannot open a window");
        sdl_ui_close(ui);
        return NULL;
    }
    SDL_StopTextInput();   /* keys only: no input method in between */
    /* Black at once, and the events of mapping the window are not taken
     * for a resize by the user. */
    SDL_SetRenderDrawColor(ui->ren, 0, 0, 0, 255);
    SDL_RenderClear(ui->ren);
    SDL_RenderPresent(ui->ren);
    SDL_PumpEvents();
    SDL_FlushEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);
    ui->redraw = true;
    ui->first_frame = true;
    return ui;
}

/* Leak checkers (the ASan build of make test-asan): SDL starts libdbus
 * with its video and never shuts it down, on purpose; libdbus keeps a
 * read buffer for the rest of the process that not even dbus_shutdown()
 * frees, and blocks of the UBSan runtime it happens to point to count as
 * leaked with it. Neither is rvbox's memory. */
#if defined(__SANITIZE_ADDRESS__)
#define RVBOX_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RVBOX_LSAN 1
#endif
#endif
#ifdef RVBOX_LSAN
const char *__lsan_default_suppressions(void);
const char *__lsan_default_options(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libdbus-1.so\nleak:libubsan.so\n";
}

/* Quiet about it: a bad-input exit keeps its one line on stderr. */
const char *__lsan_default_options(void)
{
    return "print_suppressions=0";
}
#endif

void sdl_ui_close(SdlUi *ui)
{
    if (!ui) {
        return;
    }

    if (ui->display) {
        display_attach(ui->display, NULL);
    }
    if (ui->cursor) {
        SDL_SetCursor(SDL_GetDefaultCursor());
        SDL_FreeCursor(ui->cursor);
    }
    if (ui->tex) {
        SDL_DestroyTexture(ui->tex);
    }
    if (ui->ren) {
        SDL_DestroyRenderer(ui->ren);
    }
    if (ui->win) {
        SDL_DestroyWindow(ui->win);
    }
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
    SDL_Quit();
    free(ui);
}
