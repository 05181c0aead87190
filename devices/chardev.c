/* Console input routing between a character backend and its frontends. */
#include "devices/chardev.h"

void chardev_init(CharBackend *c)
{
    c->cols = 80;
    c->rows = 24;
    c->nfe = 0;
}

int chardev_attach(CharBackend *c, const CharFrontend *fe)
{
    if (c->nfe == CHARDEV_MAX_FRONTENDS) {
        return -1;
    }
    c->wrote[c->nfe] = false;
    c->fe[c->nfe++] = *fe;
    return 0;
}

void chardev_detach(CharBackend *c, void *opaque)
{
    int j = 0;
    for (int i = 0; i < c->nfe; i++) {
        if (c->fe[i].opaque != opaque) {
            c->wrote[j] = c->wrote[i];
            c->fe[j++] = c->fe[i];
        }
    }
    c->nfe = j;
}

static bool ready(const CharFrontend *fe)
{
    return !fe->can_receive || fe->can_receive(fe->opaque);
}

size_t chardev_input(CharBackend *c, const uint8_t *buf, size_t len)
{
    for (int i = c->nfe - 1; i >= 0; i--) {
        if (c->wrote[i]) {
            const CharFrontend *fe = &c->fe[i];
            return ready(fe) ? fe->receive(fe->opaque, buf, len) : 0;
        }
    }
    for (int i = c->nfe - 1; i >= 0; i--) {
        if (ready(&c->fe[i])) {
            return c->fe[i].receive(c->fe[i].opaque, buf, len);
        }
    }
    return 0;
}

static int clamp16(int v)
{
    return v < 0 ? 0 : v > 0xffff ? 0xffff : v;
}

void chardev_resize(CharBackend *c, int cols, int rows)
{
    c->cols = clamp16(cols);
    c->rows = clamp16(rows);
    for (int i = 0; i < c->nfe; i++) {
        if (c->fe[i].resize) {
            c->fe[i].resize(c->fe[i].opaque, c->cols, c->rows);
        }
    }
}

void chardev_write(CharBackend *c, void *from, const uint8_t *buf, size_t len)
{
    for (int i = 0; c && from && i < c->nfe; i++) {
        c->wrote[i] |= c->fe[i].opaque == from;
    }
    if (c && c->write && len) {
        c->write(c, buf, len);
    }
}
