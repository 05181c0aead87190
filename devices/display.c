/* The display between a scanout device and the host side (display.h). */
#include "devices/display.h"

#include <errno.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Byte offsets of red, green and blue in a pixel of format f; false for
 * an unknown format. */
static bool rgb_offsets(enum DisplayFormat f, int *r, int *g, int *b)
{
    switch (f) {
    case DISPLAY_B8G8R8A8:
    case DISPLAY_B8G8R8X8:
        *b = 0, *g = 1, *r = 2;
        return true;
    case DISPLAY_A8R8G8B8:
    case DISPLAY_X8R8G8B8:
        *r = 1, *g = 2, *b = 3;
        return true;
    case DISPLAY_R8G8B8A8:
    case DISPLAY_R8G8B8X8:
        *r = 0, *g = 1, *b = 2;
        return true;
    case DISPLAY_A8B8G8R8:
    case DISPLAY_X8B8G8R8:
        *b = 1, *g = 2, *r = 3;
        return true;
    }
    return false;
}

int display_set_surface(Display *d, const DisplaySurface *s)
{
    int r, g, b;
    if (s && (s->width < 1 || s->width > DISPLAY_MAX_WIDTH || s->height < 1 ||
              s->height > DISPLAY_MAX_HEIGHT || s->stride < 4 * s->width || !s->pixels ||
              !rgb_offsets(s->format, &r, &g, &b))) {
        return -1;
    }
    d->enabled = s != NULL;
    d->surface = s ? *s : (DisplaySurface){ 0 };
    if (d->listener.surface) {
        d->listener.surface(d->listener.opaque, s ? &d->surface : NULL);
    }
    return 0;
}

void display_update(Display *d, int x, int y, int w, int h)
{
    if (!d->enabled || w <= 0 || h <= 0) {
        return;
    }
    /* Clip in 64-bit arithmetic: x + w may not fit an int. */
    int64_t x0 = x < 0 ? 0 : x, y0 = y < 0 ? 0 : y;
    int64_t x1 = (int64_t)x + w, y1 = (int64_t)y + h;
    x1 = x1 > d->surface.width ? d->surface.width : x1;
    y1 = y1 > d->surface.height ? d->surface.height : y1;
    if (x0 >= x1 || y0 >= y1) {
        return;
    }
    d->frames++;
    if (d->listener.update) {
        d->listener.update(d->listener.opaque, (int)x0, (int)y0, (int)(x1 - x0), (int)(y1 - y0));
    }
}

void display_cursor_define(Display *d, const uint32_t *argb, int hot_x, int hot_y)
{
    if (d->listener.cursor_define) {
        d->listener.cursor_define(d->listener.opaque, argb, hot_x, hot_y);
    }
}

void display_cursor_move(Display *d, int x, int y)
{
    if (d->listener.cursor_move) {
        d->listener.cursor_move(d->listener.opaque, x, y);
    }
}

void display_set_resize_handler(Display *d, void (*fn)(void *dev, int w, int h), void *dev)
{
    d->resize = fn;
    d->resize_dev = dev;
}

void display_attach(Display *d, const DisplayListener *l)
{
    d->listener = l ? *l : (DisplayListener){ 0 };
    if (l && l->surface) {
        l->surface(l->opaque, d->enabled ? &d->surface : NULL);
    }
}

void display_request_size(Display *d, int width, int height)
{
    width = width < 1 ? 1 : width > DISPLAY_MAX_WIDTH ? DISPLAY_MAX_WIDTH : width;
    height = height < 1 ? 1 : height > DISPLAY_MAX_HEIGHT ? DISPLAY_MAX_HEIGHT : height;
    if (width == d->want_width && height == d->want_height) {
        return;
    }
    d->want_width = width;
    d->want_height = height;
    if (d->resize) {
        d->resize(d->resize_dev, width, height);
    }
}

uint32_t display_pixel_rgb(const DisplaySurface *s, int x, int y)
{
    int r = 0, g = 0, b = 0;
    rgb_offsets(s->format, &r, &g, &b);
    const uint8_t *p = s->pixels + (size_t)y * (size_t)s->stride + (size_t)x * 4;
    return (uint32_t)p[r] << 16 | (uint32_t)p[g] << 8 | p[b];
}

int display_write_png(const Display *d, const char *path, char *err, size_t errlen)
{
    if (!d->enabled) {
        snprintf(err, errlen, "%s: no display output yet (the guest set no scanout)", path);
        return -1;
    }
    const DisplaySurface *s = &d->surface;
    FILE *f = fopen(path, "wb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    uint8_t *row = malloc((size_t)s->width * 3);
    if (!png || !info || !row || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        free(row);
        fclose(f);
        snprintf(err, errlen, "%s: cannot write the PNG", path);
        return -1;
    }
    png_init_io(png, f);
    png_set_IHDR(png, info, (png_uint_32)s->width, (png_uint_32)s->height, 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int y = 0; y < s->height; y++) {
        for (int x = 0; x < s->width; x++) {
            uint32_t rgb = display_pixel_rgb(s, x, y);
            row[3 * x] = (uint8_t)(rgb >> 16);
            row[3 * x + 1] = (uint8_t)(rgb >> 8);
            row[3 * x + 2] = (uint8_t)rgb;
        }
        png_write_row(png, row);
    }
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    free(row);
    if (fclose(f) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}
