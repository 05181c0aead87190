/* rvbox-relay: carries Ethernet frames between WebSocket clients (rvbox
 * compiled to WebAssembly, in a browser page) and libslirp, one slirp
 * stack per connection: what "-netdev user" is to the native rvbox. Each
 * binary message is one Ethernet frame, both ways; what a client may send
 * and the limits are relay_conn.c's business, this file is the server.
 *
 * One event loop, libwebsockets' own (lws_service): every socket of every
 * slirp stack sits in one epoll set whose descriptor lws polls as a raw
 * file, and slirp's earliest timer is an lws timer. (Debian's
 * libwebsockets 4.1 is built without LWS_WITH_EXTERNAL_POLL: the
 * ADD/DEL/CHANGE_MODE_POLL_FD callbacks that would put lws's sockets in a
 * poll() of ours never come, so it is done the other way round, with
 * public API only.) After every lws_service round, and when that timer
 * fires, the slirp stacks get their poll results and say what to watch
 * next (service_slirp). SIGINT and SIGTERM arrive through a signalfd in
 * the same epoll set. */
#include <arpa/inet.h>
#include <errno.h>
#include <libwebsockets.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "devices/host/net_slirp.h"
#include "frontends/relay/relay_conn.h"

#define DEFAULT_ADDR "127.0.0.1"
#define DEFAULT_PORT 8086
#define LIST_MAX 32              /* --allow-origin and --allow-from entries */
#define CLIENTS_MAX 64           /* connections at once: each is a slirp stack */
#define SOCKETS_MAX 256          /* host sockets one client's stack may hold */
#define FDS_INITIAL 16           /* pollfd entries first given to a stack */
#define WRITES_PER_CALL 16       /* frames written per writable callback */
#define SERV_BUF (128 * 1024)    /* bytes lws reads from a socket at once */
#define FD_LIMIT 65536           /* descriptors wanted (soft limit raised to it) */

static const char usage[] =
    "usage: rvbox-relay [--listen ADDR:PORT] [--allow-origin ORIGIN]... "
    "[--allow-from IPV4ADDR]... [--restrict]\n";

typedef struct Options {
    char addr[INET_ADDRSTRLEN];      /* listen address, dotted IPv4 */
    int port;                        /* 0: any free port */
    const char *origins[LIST_MAX];   /* none: the default, local_origin() */
    int norigins;
    struct in_addr from[LIST_MAX];   /* peers allowed; none: 127.0.0.1 */
    int nfrom;
    bool restricted;                 /* slirp reaches nothing outside */
} Options;

/* A client: libwebsockets' per-session data of the relay protocol. */
typedef struct Session {
    struct lws *wsi;
    RelayConn *conn;                 /* NULL until established */
    struct Session *next;
    unsigned id;
    char peer[64];
    /* What its backend's pollfds() filled last, for its poll_done(). */
    struct pollfd *fds;
    int nfds, cap;
    bool filled;
} Session;

static Options opt;
static struct lws_context *context;
static struct lws_vhost *vhost;
static Session *sessions;
static int nsessions;
static unsigned last_id;
static int epfd = -1, sigfd = -1;
static lws_sorted_usec_list_t slirp_timer;
/* The descriptors in the epoll set besides sigfd, sorted by fd. */
static struct pollfd *watched;
static int nwatched;

static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("rvbox-relay: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* --- options ------------------------------------------------------------ */

_Noreturn static void bad_option(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("rvbox-relay: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs(" (rvbox-relay --help)\n", stderr);
    va_end(ap);
    exit(2);
}

/* A port of 1..5 digits, at most 65535; -1 if s is not one. */
static int parse_port(const char *s)
{
    size_t n = strspn(s, "0123456789");
    if (n == 0 || n > 5 || s[n] != '\0') {
        return -1;
    }
    long v = strtol(s, NULL, 10);
    return v <= 65535 ? (int)v : -1;
}

static void parse_listen(const char *s)
{
    const char *colon = strrchr(s, ':');
    struct in_addr a;
    size_t alen = colon ? (size_t)(colon - s) : 0;
    if (!colon || alen >= sizeof(opt.addr)) {
        bad_option("--listen '%s': expected IPV4ADDR:PORT", s);
    }
    memcpy(opt.addr, s, alen);
    opt.addr[alen] = '\0';
    opt.port = parse_port(colon + 1);
    if (inet_pton(AF_INET, opt.addr, &a) != 1 || opt.port < 0) {
        bad_option("--listen '%s': expected IPV4ADDR:PORT", s);
    }
}

/* The value of option name: "--name=value" or "--name value". */
static const char *option_value(const char *name, int argc, char **argv, int *i)
{
    const char *arg = argv[*i] + strlen(name);
    if (*arg == '=') {
        return arg + 1;
    }
    if (*i + 1 >= argc) {
        bad_option("%s needs a value", name);
    }
    return argv[++*i];
}

/* Whether argv[i] is option name, alone or as "name=...". */
static bool is_option(const char *arg, const char *name)
{
    size_t n = strlen(name);
    return !strncmp(arg, name, n) && (arg[n] == '\0' || arg[n] == '=');
}

static void parse_options(int argc, char **argv)
{
    snprintf(opt.addr, sizeof(opt.addr), "%s", DEFAULT_ADDR);
    opt.port = DEFAULT_PORT;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, stdout);
            exit(0);
        } else if (is_option(a, "--listen")) {
            parse_listen(option_value("--listen", argc, argv, &i));
        } else if (is_option(a, "--allow-origin")) {
            const char *o = option_value("--allow-origin", argc, argv, &i);
            if (opt.norigins == LIST_MAX || !*o) {
                bad_option("--allow-origin: empty, or more than %d", LIST_MAX);
            }
            opt.origins[opt.norigins++] = o;
        } else if (is_option(a, "--allow-from")) {
            const char *f = option_value("--allow-from", argc, argv, &i);
            if (opt.nfrom == LIST_MAX || inet_pton(AF_INET, f, &opt.from[opt.nfrom]) != 1) {
                bad_option("--allow-from '%s': expected an IPv4 address (at most %d)", f,
                           LIST_MAX);
            }
            opt.nfrom++;
        } else if (!strcmp(a, "--restrict")) {
            opt.restricted = true;
        } else {
            bad_option("unknown argument '%s'", a);
        }
    }
    if (opt.nfrom == 0) {
        inet_pton(AF_INET, "127.0.0.1", &opt.from[opt.nfrom++]);
    }
}

/* --- who may connect ---------------------------------------------------- */

/* The default origins: a page served from this machine, http or https,
 * host 127.0.0.1 or localhost, any port. */
static bool local_origin(const char *o)
{
    const char *p = !strncasecmp(o, "http://", 7)    ? o + 7
                    : !strncasecmp(o, "https://", 8) ? o + 8
                                                     : NULL;
    if (!p) {
        return false;
    }
    size_t host = strcspn(p, ":");
    if (host != 9 || (strncasecmp(p, "localhost", 9) && strncmp(p, "127.0.0.1", 9))) {
        return false;
    }
    p += host;
    if (*p == '\0') {
        return true;
    }
    size_t digits = strspn(++p, "0123456789");
    return digits >= 1 && digits <= 5 && p[digits] == '\0';
}

static bool origin_allowed(const char *o)
{
    if (opt.norigins == 0) {
        return local_origin(o);
    }
    for (int i = 0; i < opt.norigins; i++) {
        if (!strcasecmp(o, opt.origins[i])) {
            return true;
        }
    }
    return false;
}

/* The peer of socket fd, dotted, into buf; false when not IPv4. */
static bool peer_of(int fd, struct in_addr *addr, char *buf, size_t len)
{
    struct sockaddr_in sa;
    socklen_t salen = sizeof(sa);
    snprintf(buf, len, "?");
    if (getpeername(fd, (struct sockaddr *)&sa, &salen) != 0 || sa.sin_family != AF_INET) {
        return false;
    }
    *addr = sa.sin_addr;
    inet_ntop(AF_INET, addr, buf, (socklen_t)len);
    return true;
}

/* LWS_CALLBACK_FILTER_NETWORK_CONNECTION: right after accept(). */
static int check_peer(int fd)
{
    char name[INET_ADDRSTRLEN];
    struct in_addr a;
    if (peer_of(fd, &a, name, sizeof(name))) {
        for (int i = 0; i < opt.nfrom; i++) {
            if (a.s_addr == opt.from[i].s_addr) {
                return 0;
            }
        }
    }
    say("refused a connection from %s: not an --allow-from address", name);
    return -1;
}

/* Copies s into buf with anything but printable ASCII as '?': what a
 * client sends goes into log lines. */
static const char *printable(const char *s, char *buf, size_t len)
{
    size_t i = 0;
    for (; s[i] && i + 1 < len; i++) {
        buf[i] = s[i] >= 0x20 && s[i] < 0x7f ? s[i] : '?';
    }
    buf[i] = '\0';
    return buf;
}

/* LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION: the WebSocket handshake, whose
 * Origin header (sent by every browser) must be allowed. */
static int check_handshake(struct lws *wsi)
{
    char peer[64], origin[256], shown[80];
    int n = lws_hdr_total_length(wsi, WSI_TOKEN_ORIGIN);
    lws_get_peer_simple(wsi, peer, sizeof(peer));
    if (n > 0) {
        if (n >= (int)sizeof(origin) ||
            lws_hdr_copy(wsi, origin, sizeof(origin), WSI_TOKEN_ORIGIN) < 0) {
            say("refused %s: its Origin is too long", peer);
            return -1;
        }
        if (!origin_allowed(origin)) {
            say("refused %s: Origin '%s' is not allowed (--allow-origin)", peer,
                printable(origin, shown, sizeof(shown)));
            return -1;
        }
    }
    if (nsessions >= CLIENTS_MAX) {
        say("refused %s: already %d clients", peer, CLIENTS_MAX);
        return -1;
    }
    return 0;
}

/* --- slirp in the loop --------------------------------------------------- */

static int cmp_fd(const void *a, const void *b)
{
    const struct pollfd *x = a, *y = b;
    return (x->fd > y->fd) - (x->fd < y->fd);
}

static uint32_t epoll_events(short ev)
{
    return (ev & POLLIN ? EPOLLIN : 0) | (ev & POLLOUT ? EPOLLOUT : 0) |
           (ev & POLLPRI ? EPOLLPRI : 0);
}

/* Every descriptor the stacks asked about, sorted by fd, one entry per
 * fd with the union of the events; NULL when out of memory. */
static struct pollfd *wanted_fds(int *n)
{
    int total = 0, k = 0;
    for (Session *s = sessions; s; s = s->next) {
        total += s->nfds;
    }
    struct pollfd *w = malloc((size_t)(total ? total : 1) * sizeof(*w));
    if (!w) {
        return NULL;
    }
    for (Session *s = sessions; s; s = s->next) {
        memcpy(w + k, s->fds, (size_t)s->nfds * sizeof(*w));
        k += s->nfds;
    }
    qsort(w, (size_t)total, sizeof(*w), cmp_fd);
    *n = 0;
    for (int i = 0; i < total; i++) {
        if (*n && w[*n - 1].fd == w[i].fd) {
            w[*n - 1].events |= w[i].events;
        } else {
            w[(*n)++] = w[i];
        }
    }
    return w;
}

/* Makes the epoll set hold what the stacks want watched. Each wanted
 * descriptor is registered again every round: slirp may have closed one
 * (which leaves the set by itself) and got its number back for a new
 * socket, which the set would then miss. */
static void watch_wanted(void)
{
    int n, j = 0;
    struct pollfd *w = wanted_fds(&n);
    if (!w) {
        return;   /* keep the old set; slirp's timer still comes */
    }
    for (int i = 0; i < nwatched; i++) {
        while (j < n && w[j].fd < watched[i].fd) {
            j++;
        }
        if (j == n || w[j].fd != watched[i].fd) {
            epoll_ctl(epfd, EPOLL_CTL_DEL, watched[i].fd, NULL);   /* may be closed */
        }
    }
    for (int i = 0; i < n; i++) {
        struct epoll_event ev = { .events = epoll_events(w[i].events), .data.fd = w[i].fd };
        if (epoll_ctl(epfd, EPOLL_CTL_MOD, w[i].fd, &ev) != 0 && errno == ENOENT) {
            epoll_ctl(epfd, EPOLL_CTL_ADD, w[i].fd, &ev);
        }
    }
    free(watched);
    watched = w;
    nwatched = n;
}

/* Hands every stack the results for what it asked to watch last round. */
static void finish_round(void)
{
    uint64_t now = now_ms();
    for (Session *s = sessions; s; s = s->next) {
        relay_conn_tick(s->conn, now);
        if (!s->filled) {
            continue;   /* new since the last round */
        }
        s->filled = false;
        /* The epoll set said something is ready, or a timer is due: a
         * zero-timeout poll() gives each entry its revents. */
        if (s->nfds && poll(s->fds, (nfds_t)s->nfds, 0) < 0) {
            for (int i = 0; i < s->nfds; i++) {
                s->fds[i].revents = 0;
            }
        }
        NetBackend *b = relay_conn_backend(s->conn);
        b->poll_done(b, s->fds, s->nfds);
    }
}

/* Asks every stack what to watch next; returns the ms until its earliest
 * timer, or -1 for none. A stack with too many sockets fails its client. */
static int start_round(void)
{
    int timeout = -1;
    for (Session *s = sessions; s; s = s->next) {
        NetBackend *b = relay_conn_backend(s->conn);
        for (;;) {
            s->nfds = b->pollfds(b, s->fds, s->cap, &timeout);
            if (s->nfds < s->cap || s->cap > SOCKETS_MAX) {
                break;
            }
            /* Full: some sockets had no entry. Grow and ask again. */
            struct pollfd *more = realloc(s->fds, (size_t)s->cap * 2 * sizeof(*more));
            if (!more) {
                break;
            }
            s->fds = more;
            s->cap *= 2;
        }
        s->filled = true;
        if (s->nfds > SOCKETS_MAX) {
            relay_conn_fail(s->conn, RELAY_ERR_SOCKETS);
        }
    }
    return timeout;
}

static void on_slirp_timer(lws_sorted_usec_list_t *sul);

/* One round of every slirp stack: results of the last poll in, the next
 * descriptors and timer out. Runs after every lws_service() round (client
 * frames may have opened or closed sockets) and when slirp's timer is due
 * (lws would otherwise sleep on past it). */
static void service_slirp(void)
{
    finish_round();
    int timeout = start_round();
    watch_wanted();
    if (timeout < 0) {
        lws_sul_cancel(&slirp_timer);
    } else {
        /* At least 1 us: a timer due "now" must not fire again within
         * the same lws pass. */
        lws_usec_t us = timeout ? (lws_usec_t)timeout * LWS_US_PER_MS : 1;
        lws_sul_schedule(context, 0, &slirp_timer, on_slirp_timer, us);
    }
}

static void on_slirp_timer(lws_sorted_usec_list_t *sul)
{
    (void)sul;
    service_slirp();
}

/* --- clients -------------------------------------------------------------- */

/* RelayWakeFn: frames to write, or a failure to tell the client about.
 * A failed client is closed from its writable callback with a close
 * frame; one that reads nothing never becomes writable, so it is killed
 * after a second anyway. */
static void wake_session(void *opaque)
{
    Session *s = opaque;
    if (s->conn && relay_conn_error(s->conn) != RELAY_OK) {
        lws_set_timeout(s->wsi, PENDING_TIMEOUT_USER_OK, 1);
    }
    lws_callback_on_writable(s->wsi);
}

/* LWS_CALLBACK_ESTABLISHED: a client gets its own slirp stack. */
static int session_open(struct lws *wsi, Session *s)
{
    char err[200];
    NetSlirpConfig cfg = { .restricted = opt.restricted };
    *s = (Session){ .wsi = wsi, .id = ++last_id };
    lws_get_peer_simple(wsi, s->peer, sizeof(s->peer));
    NetBackend *b = net_slirp_create(&cfg, err, sizeof(err));
    if (!b) {
        say("client %u (%s): %s", s->id, s->peer, err);
        return -1;
    }
    s->fds = malloc(FDS_INITIAL * sizeof(*s->fds));
    s->cap = FDS_INITIAL;
    s->conn = s->fds ? relay_conn_create(b, LWS_PRE, wake_session, s, now_ms()) : NULL;
    if (!s->conn) {
        if (s->fds) {
            free(s->fds);
        } else {
            b->close(b);
        }
        say("client %u (%s): out of memory", s->id, s->peer);
        return -1;
    }
    s->next = sessions;
    sessions = s;
    nsessions++;
    say("client %u (%s) connected", s->id, s->peer);
    return 0;
}

/* LWS_CALLBACK_CLOSED: the client and its slirp stack go. */
static void session_close(Session *s)
{
    if (!s->conn) {
        return;
    }
    for (Session **p = &sessions; *p; p = &(*p)->next) {
        if (*p == s) {
            *p = s->next;
            break;
        }
    }
    nsessions--;
    RelayStats st;
    relay_conn_stats(s->conn, &st);
    enum RelayError e = relay_conn_error(s->conn);
    say("client %u (%s) closed%s%s (in: %llu frames, %llu IPv4 fragments dropped; "
        "out: %llu frames, %llu dropped)", s->id, s->peer, e ? ": " : "",
        e ? relay_error_str(e) : "", (unsigned long long)st.rx_frames,
        (unsigned long long)st.rx_dropped, (unsigned long long)st.tx_frames,
        (unsigned long long)st.tx_dropped);
    relay_conn_free(s->conn);
    s->conn = NULL;
    free(s->fds);
    s->fds = NULL;
}

/* The WebSocket close code for a failure (RFC 6455 7.4.1). */
static enum lws_close_status close_code(enum RelayError e)
{
    switch (e) {
    case RELAY_ERR_TEXT: return LWS_CLOSE_STATUS_UNACCEPTABLE_OPCODE;
    case RELAY_ERR_LONG: return LWS_CLOSE_STATUS_MESSAGE_TOO_LARGE;
    case RELAY_ERR_NOMEM: return LWS_CLOSE_STATUS_UNEXPECTED_CONDITION;
    default: return LWS_CLOSE_STATUS_POLICY_VIOLATION;
    }
}

/* Closes a failed client, telling it why; the callback returns this. */
static int close_failed(Session *s)
{
    enum RelayError e = relay_conn_error(s->conn);
    const char *why = relay_error_str(e);
    lws_close_reason(s->wsi, close_code(e), (unsigned char *)why, strlen(why));
    return -1;
}

/* LWS_CALLBACK_SERVER_WRITEABLE: queued frames go out, a few per call
 * while the socket takes them. */
static int session_write(Session *s)
{
    if (relay_conn_error(s->conn) != RELAY_OK) {
        return close_failed(s);
    }
    for (int i = 0; i < WRITES_PER_CALL; i++) {
        size_t len;
        uint8_t *frame = relay_conn_peek(s->conn, &len);
        if (!frame) {
            return 0;
        }
        if (lws_write(s->wsi, frame, len, LWS_WRITE_BINARY) < (int)len) {
            return -1;
        }
        relay_conn_pop(s->conn);
        if (lws_send_pipe_choked(s->wsi)) {
            break;
        }
    }
    size_t len;
    if (relay_conn_peek(s->conn, &len)) {
        lws_callback_on_writable(s->wsi);
    }
    return 0;
}

static int callback_relay(struct lws *wsi, enum lws_callback_reasons reason, void *user,
                          void *in, size_t len)
{
    Session *s = user;
    switch (reason) {
    case LWS_CALLBACK_FILTER_NETWORK_CONNECTION:
        return check_peer((int)(intptr_t)in);
    case LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION:
        return check_handshake(wsi);
    case LWS_CALLBACK_ESTABLISHED:
        return session_open(wsi, s);
    case LWS_CALLBACK_RECEIVE:
        if (relay_conn_receive(s->conn, in, len, lws_frame_is_binary(wsi),
                               lws_is_final_fragment(wsi), now_ms()) != RELAY_OK) {
            return close_failed(s);
        }
        return 0;
    case LWS_CALLBACK_SERVER_WRITEABLE:
        return session_write(s);
    case LWS_CALLBACK_CLOSED:
        session_close(s);
        return 0;
    case LWS_CALLBACK_HTTP:
        /* Plain HTTP: there is nothing here but the WebSocket. */
        lws_return_http_status(wsi, HTTP_STATUS_NOT_FOUND, NULL);
        return -1;
    default:
        return 0;
    }
}

/* The epoll descriptor's protocol. Its readiness needs no handling here:
 * service_slirp runs after the lws_service round that saw it. */
static int callback_poll(struct lws *wsi, enum lws_callback_reasons reason, void *user,
                         void *in, size_t len)
{
    /* A client naming this protocol in its handshake gets nothing. */
    return reason == LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION ? -1 : 0;
}

static const struct lws_protocols protocols[] = {
    { .name = "rvbox-relay", .callback = callback_relay,
      .per_session_data_size = sizeof(Session),
      /* A whole frame per receive callback, and per send(). */
      .rx_buffer_size = RELAY_FRAME_MAX },
    { .name = "rvbox-relay-poll", .callback = callback_poll },
    { NULL, NULL, 0, 0, 0, NULL, 0 },
};

/* --- main ------------------------------------------------------------------ */

/* libwebsockets' errors only: its warnings repeat what this file logs
 * ("User code denied connection" after each refusal). */
static void log_lws(int level, const char *line)
{
    fprintf(stderr, "rvbox-relay: libwebsockets: %s", line);
}

/* Up to 64 clients with up to 256 sockets each need more descriptors
 * than the usual soft limit of 1024. */
static void raise_fd_limit(void)
{
    struct rlimit r;
    if (getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur < FD_LIMIT) {
        r.rlim_cur = r.rlim_max < FD_LIMIT ? r.rlim_max : FD_LIMIT;
        setrlimit(RLIMIT_NOFILE, &r);
    }
}

/* The epoll set lws polls for slirp, holding the signalfd from the start. */
static int make_poll_set(void)
{
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    /* An ignored signal never becomes pending, so never reaches the
     * signalfd: a shell starts background jobs with SIGINT ignored. */
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    sigprocmask(SIG_BLOCK, &stop, NULL);
    sigfd = signalfd(-1, &stop, SFD_NONBLOCK | SFD_CLOEXEC);
    epfd = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ev = { .events = EPOLLIN, .data.fd = sigfd };
    if (sigfd < 0 || epfd < 0 || epoll_ctl(epfd, EPOLL_CTL_ADD, sigfd, &ev) != 0) {
        say("cannot set up the event loop: %s", strerror(errno));
        return -1;
    }
    return 0;
}

static bool stop_requested(void)
{
    struct signalfd_siginfo si;
    return read(sigfd, &si, sizeof(si)) == (ssize_t)sizeof(si);
}

static int start_server(void)
{
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof(info));
    info.options = LWS_SERVER_OPTION_EXPLICIT_VHOSTS | LWS_SERVER_OPTION_DISABLE_IPV6 |
                   LWS_SERVER_OPTION_FAIL_UPON_UNABLE_TO_BIND;
    info.gid = -1;
    info.uid = -1;
    info.pt_serv_buf_size = SERV_BUF;
    info.count_threads = 1;
    context = lws_create_context(&info);
    if (!context) {
        say("cannot start libwebsockets");
        return -1;
    }
    info.port = opt.port;
    info.iface = opt.addr;
    info.protocols = protocols;
    info.vhost_name = "rvbox-relay";
    vhost = lws_create_vhost(context, &info);
    if (!vhost) {
        say("cannot listen on %s:%d (in use?)", opt.addr, opt.port);
        return -1;
    }
    lws_sock_file_fd_type fd = { .filefd = epfd };
    if (!lws_adopt_descriptor_vhost(vhost, LWS_ADOPT_RAW_FILE_DESC, fd, "rvbox-relay-poll",
                                    NULL)) {
        say("cannot poll slirp's sockets");
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    parse_options(argc, argv);
    signal(SIGPIPE, SIG_IGN);
    raise_fd_limit();
    lws_set_log_level(LLL_ERR, log_lws);
    if (make_poll_set() < 0 || start_server() < 0) {
        if (context) {
            lws_context_destroy(context);
        }
        return 1;
    }
    printf("rvbox-relay: listening on ws://%s:%d/\n", opt.addr,
           lws_get_vhost_listen_port(vhost));
    fflush(stdout);
    int status = 0;
    while (!stop_requested()) {
        if (lws_service(context, 0) < 0) {
            say("the event loop failed");
            status = 1;
            break;
        }
        service_slirp();
    }
    /* Closes every client (and with it its slirp stack) and the epoll
     * descriptor, which lws owns since it adopted it. */
    lws_context_destroy(context);
    close(sigfd);
    free(watched);
    return status;
}
