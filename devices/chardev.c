/* Console input routing between a character backend and its frontends. */
#include "devices/chardev.h"

void chardev_init(CharBackend *c)
{
    c->cols = 80;
    c->rows = 24;
    c->nfe = 0;
    c->last_writer = NULL;
}

int chardev_attach(CharBackend *c, const CharFrontend *fe)
{
    if (c->nfe == CHARDEV_MAX_FRONTENDS) {
        return -1;
    }
    c->fe[c->nfe++] = *fe;
    return 0;
}

void chardev_detach(CharBackend *c, void *opaque)
{
    int j = 0;
    for (int i = 0; i < c->nfe; i++) {
        if (c->fe[i].opaque != opaque) {
            c->fe[j++] = c->fe[i];
        }
    }
    c->nfe = j;
    if (c->last_writer == opaque) {
        c->last_writer = NULL;
    }
}

static const CharFrontend *find_frontend(const CharBackend *c, const void *opaque)
{
    for (int i = 0; i < c->nfe; i++) {
        if (c->fe[i].opaque == opaque) {
            return &c->fe[i];
        }
    }
    return NULL;
}

size_t chardev_input(CharBackend *c, const uint8_t *buf, size_t len)
{
    const CharFrontend *chosen = c->last_writer ? find_frontend(c, c->last_writer) : NULL;
    if (chosen) {
        bool ready = !chosen->can_receive || chosen->can_receive(chosen->opaque);
        return ready ? chosen->receive(chosen->opaque, buf, len) : 0;
    }
    for (int i = c->nfe - 1; i >= 0; i--) {
        const CharFrontend *fe = &c->fe[i];
        if (!fe->can_receive || fe->can_receive(fe->opaque)) {
            return fe->receive(fe->opaque, buf, len);
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
    if (c && from && find_frontend(c, from)) {
        c->last_writer = from;
    }
    if (c && c->write && len) {
        c->write(c, buf, len);
    }
}
