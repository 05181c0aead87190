/* Guest console output to a host file descriptor. */
#include "devices/host/char_fd.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct CharFd {
    CharBackend be;    /* first, so a CharBackend * is a CharFd * */
    int fd;
    int broken;        /* set after a hard error: stop trying */
} CharFd;

/* Waits until fd can take more bytes; the fd may be non-blocking because
 * another process shares the terminal's file description. */
static void wait_writable(int fd)
{
    struct pollfd p = { .fd = fd, .events = POLLOUT };

    while (poll(&p, 1, -1) < 0 && errno == EINTR) {
    }
}

static void char_fd_write(CharBackend *c, const uint8_t *buf, size_t len)
{
    CharFd *s = (CharFd *)c;

    while (len > 0 && !s->broken) {
        ssize_t n = write(s->fd, buf, len);
        if (n > 0) {
            buf += n;
            len -= (size_t)n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            wait_writable(s->fd);
        } else {
            s->broken = 1;   /* EPIPE, EIO, ENOSPC: nobody reads any more */
        }
    }
}

/* See char_fd.h. */
CharBackend *char_fd_create(int fd)
{
    CharFd *s = calloc(1, sizeof(*s));

    if (!s) {
        return NULL;
    }
    chardev_init(&s->be);
    s->be.write = char_fd_write;
    s->be.close = char_fd_destroy;
    s->fd = fd;
    return &s->be;
}

/* See char_fd.h. */
void char_fd_destroy(CharBackend *c)
{
    free(c);
}
