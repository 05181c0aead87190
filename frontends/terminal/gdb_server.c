/* The TCP side of the GDB stub (see gdb_server.h). */
#define _GNU_SOURCE  /* accept4 */
#include "gdb_server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int gdb_server_open(GdbServer *s, int port, bool wait, char *err, size_t errlen)
{
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port),
                                .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    int one = 1;

    *s = (GdbServer){ .listen_fd = -1, .fd = -1, .wait = wait };
    s->listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (s->listen_fd < 0 ||
        setsockopt(s->listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0 ||
        bind(s->listen_fd, (struct sockaddr *)&addr, sizeof(addr)) < 0 ||
        listen(s->listen_fd, 1) < 0) {
        snprintf(err, errlen, "gdb: cannot listen on tcp::%d: %s", port, strerror(errno));
        gdb_server_close(s);
        return -1;
    }
    return 0;
}

void gdb_server_set_machine(GdbServer *s, Machine *m)
{
    s->m = m;
    if (s->stub) {
        /* A reset made a new machine: a new stub, still stopped for the
         * debugger to look at the fresh state. */
        gdbstub_destroy(s->stub);
        s->stub = NULL;
        s->wait = true;
    }
}

static void send_all(void *opaque, const void *buf, size_t len)
{
    GdbServer *s = opaque;
    const char *p = buf;
    while (len > 0 && s->fd >= 0) {
        ssize_t n = send(s->fd, p, len, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return;  /* the debugger went away; poll sees the hang-up */
        }
        p += n;
        len -= (size_t)n;
    }
}

static void drop_connection(GdbServer *s)
{
    gdbstub_destroy(s->stub);
    s->stub = NULL;
    if (s->fd >= 0) {
        close(s->fd);
    }
    s->fd = -1;
    s->wait = false;  /* the debugger left: the guest runs on */
}

static void accept_connection(GdbServer *s)
{
    int fd = accept4(s->listen_fd, NULL, NULL, SOCK_CLOEXEC);
    int one = 1;
    if (fd < 0) {
        return;
    }
    if (s->fd >= 0 || !s->m) {
        close(fd);  /* one debugger at a time */
        return;
    }
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    s->fd = fd;
    s->stub = gdbstub_create(s->m, send_all, s);
    if (!s->stub) {
        drop_connection(s);
    }
}

static void read_connection(GdbServer *s)
{
    uint8_t buf[4096];
    ssize_t n = recv(s->fd, buf, sizeof(buf), 0);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) {
        return;
    }
    if (n <= 0) {
        drop_connection(s);
        return;
    }
    gdbstub_input(s->stub, buf, (size_t)n);
    if (gdbstub_detached(s->stub)) {
        drop_connection(s);
    }
}

void gdb_server_poll(GdbServer *s, int timeout_ms)
{
    if (gdb_server_killed(s)) {
        /* The session is ending: reading on would see the debugger hang
         * up and drop the stub, and the kill with it. */
        return;
    }
    struct pollfd p = { .fd = s->fd >= 0 ? s->fd : s->listen_fd, .events = POLLIN };
    if (p.fd < 0 || poll(&p, 1, timeout_ms) <= 0) {
        return;
    }
    if (s->fd < 0) {
        accept_connection(s);
    } else if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
        read_connection(s);
    }
}

bool gdb_server_holds(const GdbServer *s)
{
    if (s->stub) {
        /* Killed counts as held: the frontend looks for the kill while it
         * holds the machine, and a 'k' may come while the guest runs. */
        return gdbstub_stopped(s->stub) || gdbstub_killed(s->stub);
    }
    return s->wait;
}

void gdb_server_stopped(GdbServer *s)
{
    if (s->stub) {
        gdbstub_machine_stopped(s->stub);
    }
}

void gdb_server_exited(GdbServer *s, int code)
{
    if (s->stub) {
        gdbstub_machine_exited(s->stub, code);
    }
}

bool gdb_server_killed(const GdbServer *s)
{
    return s->stub && gdbstub_killed(s->stub);
}

void gdb_server_close(GdbServer *s)
{
    gdbstub_destroy(s->stub);
    s->stub = NULL;
    if (s->fd >= 0) {
        close(s->fd);
    }
    if (s->listen_fd >= 0) {
        close(s->listen_fd);
    }
    s->fd = s->listen_fd = -1;
}
