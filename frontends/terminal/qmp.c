/* QMP on a socket (see qmp.h): the connections, the JSON value splitter,
 * the replies and events; the commands are qmp_commands.c's. Nothing here
 * blocks: input is read as it comes, output is queued per client and
 * written as the socket takes it. */
#define _GNU_SOURCE  /* accept4 */
#include "frontends/terminal/qmp.h"

#include <arpa/inet.h>
#include <cjson/cJSON.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "frontends/terminal/qmp_commands.h"

#define READ_CHUNK 65536        /* bytes read from one client per poll */
#define FLUSH_MS 100            /* qmp_flush's limit */

/* --- buffers ------------------------------------------------------------- */

typedef struct Buf {
    uint8_t *p;
    size_t len, cap;
} Buf;

/* Makes room for n more bytes (and a NUL after them). False when memory
 * runs out. */
static bool buf_reserve(Buf *b, size_t n)
{
    if (b->len + n + 1 <= b->cap) {
        return true;
    }
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1) {
        cap *= 2;
    }
    uint8_t *p = realloc(b->p, cap);
    if (!p) {
        return false;
    }
    b->p = p;
    b->cap = cap;
    return true;
}

static void buf_free(Buf *b)
{
    free(b->p);
    memset(b, 0, sizeof(*b));
}

/* --- clients ------------------------------------------------------------- */

/* Splits a byte stream into JSON values: objects and arrays by their
 * bracket depth outside strings, strings by their quotes, anything else
 * (numbers, keywords, junk) up to the next blank, '{', '[' or '"'. */
typedef struct Reader {
    Buf val;             /* the value being read */
    int depth;           /* its open { and [ */
    bool in_str;         /* inside a string */
    bool esc;            /* after a backslash in that string */
    bool scalar;         /* a bare token at depth 0 */
    enum { SKIP_NONE, SKIP_LINE, SKIP_TO_VALUE } skip;   /* dropping input: up to
                          * the next newline, or also up to the next '{' */
} Reader;

typedef struct Client {
    bool used;
    int fd;              /* -1: the detached client of qmp_feed */
    bool command_mode;   /* qmp_capabilities done */
    bool eof;            /* the peer sent everything it will send */
    bool dead;           /* to be closed: write error, output overflow */
    Reader rd;
    Buf out;             /* output; bytes before sent are written */
    size_t sent;
} Client;

struct Qmp {
    Session *s;
    int lfd;             /* listening socket; -1 when detached */
    char *unix_path;     /* the socket file this Qmp made, unlinked at close */
    Client client[QMP_MAX_CLIENTS];
    int slot[1 + QMP_MAX_CLIENTS];   /* per pollfd entry: client, -1 the listener */
    int npoll;
    uint8_t rbuf[READ_CHUNK];
};

static size_t unsent(const Client *c)
{
    return c->out.len - c->sent;
}

static int nclients(const Qmp *q)
{
    int n = 0;
    for (int i = 0; i < QMP_MAX_CLIENTS; i++) {
        n += q->client[i].used;
    }
    return n;
}

/* Queues n bytes for the client; one whose backlog would pass
 * QMP_MAX_OUTPUT is dropped instead (it is not reading). */
static void out_put(Client *c, const void *data, size_t n)
{
    if (c->dead) {
        return;
    }
    if (unsent(c) + n > QMP_MAX_OUTPUT) {
        c->dead = true;
        return;
    }
    if (c->sent > 0 && c->out.len + n + 1 > c->out.cap) {
        memmove(c->out.p, c->out.p + c->sent, unsent(c));
        c->out.len -= c->sent;
        c->sent = 0;
    }
    if (!buf_reserve(&c->out, n)) {
        c->dead = true;
        return;
    }
    memcpy(c->out.p + c->out.len, data, n);
    c->out.len += n;
}

/* Writes what the socket takes now. A failed write (the peer left, even
 * mid-reply) drops the client. */
static void client_write(Client *c)
{
    while (c->fd >= 0 && !c->dead && unsent(c) > 0) {
        ssize_t n = send(c->fd, c->out.p + c->sent, unsent(c), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            c->sent += (size_t)n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
                c->dead = true;
            }
            break;
        }
    }
    if (c->sent == c->out.len) {
        c->out.len = c->sent = 0;
        if (c->out.cap > QMP_PAUSE_OUTPUT) {
            buf_free(&c->out);    /* a burst's memory is not kept */
        }
    }
}

static void client_close(Client *c)
{
    if (c->fd >= 0) {
        close(c->fd);
    }
    buf_free(&c->rd.val);
    buf_free(&c->out);
    memset(c, 0, sizeof(*c));
    c->fd = -1;
}

/* --- JSON text ----------------------------------------------------------- */

/* The length of the UTF-8 sequence at p (RFC 3629: no overlong forms, no
 * surrogates, nothing past U+10FFFF), or 0 when there is none. */
static size_t utf8_len(const uint8_t *p, size_t left)
{
    size_t n;
    uint32_t cp, min;
    if (p[0] < 0x80) {
        return 1;
    } else if ((p[0] & 0xe0) == 0xc0) {
        n = 2, cp = p[0] & 0x1f, min = 0x80;
    } else if ((p[0] & 0xf0) == 0xe0) {
        n = 3, cp = p[0] & 0x0f, min = 0x800;
    } else if ((p[0] & 0xf8) == 0xf0) {
        n = 4, cp = p[0] & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (left < n) {
        return 0;
    }
    for (size_t k = 1; k < n; k++) {
        if ((p[k] & 0xc0) != 0x80) {
            return 0;
        }
        cp = cp << 6 | (p[k] & 0x3f);
    }
    return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0 : n;
}

static bool valid_utf8(const uint8_t *p, size_t len)
{
    for (size_t i = 0, n; i < len; i += n) {
        if ((n = utf8_len(p + i, len - i)) == 0) {
            return false;
        }
    }
    return true;
}

/* obj as one line the way QEMU writes it: ", " and ": " between members
 * (cJSON's compact form has no blanks), then "\r\n". Queued for c. A byte
 * that is not UTF-8 (a message that cut a client's name short) becomes
 * '?', so the line is always valid JSON text (RFC 8259 section 8.1). */
static void send_json(Client *c, const cJSON *obj)
{
    char *raw = cJSON_PrintUnformatted(obj);
    if (!raw) {
        c->dead = true;    /* out of memory: the client would miss a reply */
        return;
    }
    size_t n = strlen(raw), k = 0;
    char *t = malloc(2 * n + 3);
    if (!t) {
        cJSON_free(raw);
        c->dead = true;
        return;
    }
    bool in_str = false, esc = false;
    for (size_t i = 0; i < n; i++) {
        char ch = raw[i];
        size_t u = utf8_len((const uint8_t *)raw + i, n - i);
        if (u != 1) {
            if (u == 0) {
                t[k++] = '?';
            } else {
                memcpy(t + k, raw + i, u);
                k += u;
                i += u - 1;
            }
            esc = false;
            continue;
        }
        t[k++] = ch;
        if (in_str) {
            if (esc) {
                esc = false;
            } else if (ch == '\\') {
                esc = true;
            } else if (ch == '"') {
                in_str = false;
            }
        } else if (ch == '"') {
            in_str = true;
        } else if (ch == ',' || ch == ':') {
            t[k++] = ' ';
        }
    }
    t[k++] = '\r';
    t[k++] = '\n';
    out_put(c, t, k);
    free(t);
    cJSON_free(raw);
}

static void send_greeting(Client *c)
{
    cJSON *g = cJSON_CreateObject();
    cJSON *qmp = cJSON_AddObjectToObject(g, "QMP");
    cJSON_AddItemToObject(qmp, "version", qmp_version_info());
    cJSON_AddArrayToObject(qmp, "capabilities");
    send_json(c, g);
    cJSON_Delete(g);
}

/* A reply without a request behind it (bad JSON): no "id". */
static void send_error(Client *c, const char *fmt, ...)
{
    char desc[QMP_DESC_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(desc, sizeof(desc), fmt, ap);
    va_end(ap);
    cJSON *r = cJSON_CreateObject();
    cJSON *e = cJSON_AddObjectToObject(r, "error");
    cJSON_AddStringToObject(e, "class", "GenericError");
    cJSON_AddStringToObject(e, "desc", desc);
    send_json(c, r);
    cJSON_Delete(r);
}

/* --- events -------------------------------------------------------------- */

/* A session event to every client in command mode (qmp-spec 2.5), with
 * the host's wall-clock time as QEMU stamps it. */
static void on_event(void *opaque, const char *event, const char *data)
{
    Qmp *q = opaque;
    struct timeval tv;
    gettimeofday(&tv, NULL);
    cJSON *ev = cJSON_CreateObject();
    cJSON *ts = cJSON_AddObjectToObject(ev, "timestamp");
    cJSON_AddNumberToObject(ts, "seconds", (double)tv.tv_sec);
    cJSON_AddNumberToObject(ts, "microseconds", (double)tv.tv_usec);
    cJSON_AddStringToObject(ev, "event", event);
    cJSON *d = cJSON_Parse(data);
    if (!cJSON_IsObject(d)) {
        cJSON_Delete(d);
        d = cJSON_CreateObject();
    }
    cJSON_AddItemToObject(ev, "data", d);
    for (int i = 0; i < QMP_MAX_CLIENTS; i++) {
        Client *c = &q->client[i];
        if (c->used && c->command_mode) {
            send_json(c, ev);
        }
    }
    cJSON_Delete(ev);
}

/* Answers one request: {"return": ...} or {"error": ...}, with its "id". */
static void handle_request(Qmp *q, Client *c, cJSON *req)
{
    QmpReply rp = { .ret = NULL, .cls = NULL, .quit = false };
    cJSON *id = cJSON_IsObject(req) ? cJSON_DetachItemFromObjectCaseSensitive(req, "id") : NULL;
    qmp_dispatch(q->s, &c->command_mode, req, &rp);
    cJSON *r = cJSON_CreateObject();
    if (rp.cls) {
        cJSON_Delete(rp.ret);
        cJSON *e = cJSON_AddObjectToObject(r, "error");
        cJSON_AddStringToObject(e, "class", rp.cls);
        cJSON_AddStringToObject(e, "desc", rp.desc);
    } else {
        cJSON_AddItemToObject(r, "return", rp.ret ? rp.ret : cJSON_CreateObject());
    }
    if (id) {
        cJSON_AddItemToObject(r, "id", id);
    }
    send_json(c, r);
    cJSON_Delete(r);
    if (rp.quit) {
        session_quit(q->s, 0, "host-qmp-quit");
    }
}

/* --- the splitter -------------------------------------------------------- */

static void reader_reset(Reader *r)
{
    /* A big value's memory is not kept for the next small one. */
    if (r->val.cap > READ_CHUNK) {
        buf_free(&r->val);
    }
    r->val.len = 0;
    r->depth = 0;
    r->in_str = r->esc = r->scalar = false;
}

/* A complete value: parsed and answered. */
static void value_done(Qmp *q, Client *c)
{
    Reader *r = &c->rd;
    const char *text = (const char *)r->val.p, *end = NULL;
    size_t len = r->val.len;
    r->val.p[len] = 0;
    if (!valid_utf8(r->val.p, len)) {
        reader_reset(r);
        send_error(c, "JSON parse error, invalid UTF-8 sequence in string");
        return;
    }
    cJSON *req = cJSON_ParseWithLengthOpts(text, len, &end, false);
    if (!req || end != text + len) {
        size_t at = req ? (size_t)(end - text) : 0;
        const char *ep = cJSON_GetErrorPtr();
        if (!req && ep && ep >= text && ep <= text + len) {
            at = (size_t)(ep - text);
        }
        cJSON_Delete(req);
        reader_reset(r);
        send_error(c, "JSON parse error, invalid JSON at byte %zu of %zu", at, len);
        return;
    }
    reader_reset(r);
    handle_request(q, c, req);
    cJSON_Delete(req);
}

/* QEMU's lexer refuses these anywhere (qmp-spec: sending one resets the
 * parser): ASCII controls but blanks, and bytes never in UTF-8. */
static bool lexical_error(uint8_t b)
{
    return (b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b >= 0xfe;
}

static bool is_blank(uint8_t b)
{
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
}

/* Gives up the value being read (too long, too deep): an error, then the
 * rest of the line is dropped, where a line-based client resumes. */
static void reader_abandon(Client *c, uint8_t b, const char *why)
{
    reader_reset(&c->rd);
    c->rd.skip = b != '\n' ? SKIP_LINE : SKIP_NONE;
    send_error(c, "JSON parse error, %s", why);
}

/* While input is dropped: true when b is dropped too. After a lexical
 * error reading resumes at the next line or the next '{' (a client that
 * reset the parser with 0xff sends its command right after it); after
 * an abandoned value, at the next line only. */
static bool skipping(Reader *r, uint8_t b)
{
    if (r->skip == SKIP_NONE || (r->skip == SKIP_TO_VALUE && b == '{')) {
        r->skip = SKIP_NONE;
        return false;
    }
    if (b == '\n') {
        r->skip = SKIP_NONE;
    }
    return true;
}

/* The first byte of a value, at depth 0. */
static void value_start(Reader *r, uint8_t b)
{
    if (b == '{' || b == '[') {
        r->depth = 1;
    } else if (b == '"') {
        r->in_str = true;
    } else {
        r->scalar = true;
    }
    r->val.p[r->val.len++] = b;
}

/* A byte inside an object, array or string: tracks depth and quotes. */
static void value_byte(Qmp *q, Client *c, uint8_t b)
{
    Reader *r = &c->rd;
    r->val.p[r->val.len++] = b;
    if (r->in_str) {
        if (r->esc) {
            r->esc = false;
        } else if (b == '\\') {
            r->esc = true;
        } else if (b == '"') {
            r->in_str = false;
            if (r->depth == 0) {
                value_done(q, c);
            }
        }
    } else if (b == '"') {
        r->in_str = true;
    } else if (b == '{' || b == '[') {
        if (++r->depth > QMP_MAX_DEPTH) {
            reader_abandon(c, b, "too many nested levels");
        }
    } else if ((b == '}' || b == ']') && --r->depth == 0) {
        value_done(q, c);
    }
}

static void reader_byte(Qmp *q, Client *c, uint8_t b)
{
    Reader *r = &c->rd;
    if (lexical_error(b)) {
        if (r->skip != SKIP_TO_VALUE) {    /* one reply for a run of them */
            send_error(c, "JSON parse error, invalid byte 0x%02x", b);
        }
        reader_reset(r);
        r->skip = SKIP_TO_VALUE;
        return;
    }
    if (skipping(r, b)) {
        return;
    }
    if (r->scalar && (is_blank(b) || b == '{' || b == '[' || b == '"')) {
        value_done(q, c);    /* a bare token ends at what cannot be in it */
    }
    if (r->val.len == 0 && is_blank(b)) {
        return;
    }
    if (r->val.len >= QMP_MAX_INPUT) {
        reader_abandon(c, b, "input too long");
        return;
    }
    if (!buf_reserve(&r->val, 1)) {
        reader_abandon(c, b, "out of memory");
        return;
    }
    if (r->val.len == 0) {
        value_start(r, b);
    } else if (r->scalar) {
        r->val.p[r->val.len++] = b;
    } else {
        value_byte(q, c, b);
    }
}

static void client_input(Qmp *q, Client *c, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n && !c->dead; i++) {
        reader_byte(q, c, p[i]);
    }
}

/* --- sockets ------------------------------------------------------------- */

/* What -qmp's spec names. */
typedef struct Spec {
    bool is_unix;
    char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
    int port;
} Spec;

static int spec_err(char *err, size_t errlen, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    snprintf(err, errlen, "-qmp: %s", msg);
    return -1;
}

/* "tcp:HOST:PORT" after "tcp:": HOST empty, 127.0.0.1 or localhost. */
static int parse_tcp(const char *addr, Spec *sp, char *err, size_t errlen)
{
    const char *colon = strrchr(addr, ':');
    if (!colon) {
        return spec_err(err, errlen, "expected tcp:127.0.0.1:PORT, not 'tcp:%s'", addr);
    }
    size_t hlen = (size_t)(colon - addr);
    bool loopback = hlen == 0 || (hlen == 9 && (!memcmp(addr, "127.0.0.1", 9) ||
                                                 !memcmp(addr, "localhost", 9)));
    if (!loopback) {
        return spec_err(err, errlen, "host '%.*s': only 127.0.0.1 (localhost) is served",
                        (int)hlen, addr);
    }
    char *end;
    long port = strtol(colon + 1, &end, 10);
    if (!colon[1] || *end || port < 1 || port > 65535) {
        return spec_err(err, errlen, "port '%s': expected 1..65535", colon + 1);
    }
    sp->port = (int)port;
    return 0;
}

/* The address (unix:PATH or tcp:HOST:PORT) and the options after it,
 * which must say server and nowait (server=on, wait=off). */
static int parse_spec(const char *spec, Spec *sp, char *err, size_t errlen)
{
    char buf[512];
    memset(sp, 0, sizeof(*sp));
    if (strlen(spec) >= sizeof(buf)) {
        return spec_err(err, errlen, "the socket description is too long");
    }
    strcpy(buf, spec);
    char *save = NULL, *addr = strtok_r(buf, ",", &save);
    bool server = false, nowait = false;
    for (char *o = strtok_r(NULL, ",", &save); o; o = strtok_r(NULL, ",", &save)) {
        if (!strcmp(o, "server") || !strcmp(o, "server=on")) {
            server = true;
        } else if (!strcmp(o, "nowait") || !strcmp(o, "wait=off")) {
            nowait = true;
        } else {
            return spec_err(err, errlen, "unknown option '%s' (server and nowait are known)", o);
        }
    }
    if (addr && !strncmp(addr, "unix:", 5) && addr[5]) {
        if (strlen(addr + 5) >= sizeof(sp->path)) {
            return spec_err(err, errlen, "socket path too long (at most %zu bytes)",
                            sizeof(sp->path) - 1);
        }
        sp->is_unix = true;
        strcpy(sp->path, addr + 5);
    } else if (addr && !strncmp(addr, "tcp:", 4)) {
        if (parse_tcp(addr + 4, sp, err, errlen) != 0) {
            return -1;
        }
    } else {
        return spec_err(err, errlen, "expected unix:PATH,server,nowait or "
                        "tcp:127.0.0.1:PORT,server,nowait, not '%s'", spec);
    }
    if (!server) {
        return spec_err(err, errlen, "'server' is required: rvbox listens for QMP clients");
    }
    if (!nowait) {
        return spec_err(err, errlen, "'nowait' is required: rvbox never waits for a client");
    }
    return 0;
}

/* A listening socket for sp (non-blocking); -1 with a message. A stale
 * socket file at the path is replaced; any other file is not touched. */
static int listen_on(const Spec *sp, char *err, size_t errlen)
{
    int fd = socket(sp->is_unix ? AF_UNIX : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
                    0);
    if (fd < 0) {
        return spec_err(err, errlen, "socket: %s", strerror(errno));
    }
    int rc;
    if (sp->is_unix) {
        struct sockaddr_un a = { .sun_family = AF_UNIX };
        struct stat st;
        strcpy(a.sun_path, sp->path);
        if (lstat(sp->path, &st) == 0 && S_ISSOCK(st.st_mode)) {
            unlink(sp->path);
        }
        rc = bind(fd, (struct sockaddr *)&a, sizeof(a));
    } else {
        struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)sp->port) };
        int one = 1;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
        rc = bind(fd, (struct sockaddr *)&a, sizeof(a));
    }
    if (rc != 0 || listen(fd, QMP_MAX_CLIENTS) != 0) {
        int e = errno;
        close(fd);
        if (sp->is_unix) {
            return spec_err(err, errlen, "cannot listen on %s: %s", sp->path, strerror(e));
        }
        return spec_err(err, errlen, "cannot listen on 127.0.0.1:%d: %s", sp->port,
                        strerror(e));
    }
    return fd;
}

static Qmp *qmp_new(Session *s)
{
    Qmp *q = calloc(1, sizeof(*q));
    if (!q) {
        return NULL;
    }
    q->s = s;
    q->lfd = -1;
    for (int i = 0; i < QMP_MAX_CLIENTS; i++) {
        q->client[i].fd = -1;
    }
    session_listen(s, on_event, q);
    return q;
}

/* A new connection in slot c: the greeting goes out at once. */
static void client_open(Client *c, int fd)
{
    memset(c, 0, sizeof(*c));
    c->used = true;
    c->fd = fd;
    send_greeting(c);
    client_write(c);
}

Qmp *qmp_open(Session *s, const char *spec, char *err, size_t errlen)
{
    Spec sp;
    if (parse_spec(spec, &sp, err, errlen) != 0) {
        return NULL;
    }
    int fd = listen_on(&sp, err, errlen);
    if (fd < 0) {
        return NULL;
    }
    Qmp *q = qmp_new(s);
    char *path = sp.is_unix ? strdup(sp.path) : NULL;
    if (!q || (sp.is_unix && !path)) {
        close(fd);
        free(path);
        qmp_close(q);
        spec_err(err, errlen, "out of memory");
        return NULL;
    }
    q->lfd = fd;
    q->unix_path = path;
    return q;
}

Qmp *qmp_open_detached(Session *s)
{
    Qmp *q = qmp_new(s);
    if (q) {
        client_open(&q->client[0], -1);
    }
    return q;
}

void qmp_feed(Qmp *q, const uint8_t *buf, size_t len, uint8_t **out, size_t *outlen)
{
    Client *c = &q->client[0];
    if (c->used && !c->dead) {
        client_input(q, c, buf, len);
    }
    size_t n = c->used && !c->dead ? unsent(c) : 0;
    *out = malloc(n ? n : 1);
    *outlen = *out ? n : 0;
    if (*out && n) {
        memcpy(*out, c->out.p + c->sent, n);
    }
    c->out.len = c->sent = 0;
}

/* Takes waiting connections into free slots. */
static void accept_clients(Qmp *q)
{
    for (int i = 0; i < QMP_MAX_CLIENTS; i++) {
        if (q->client[i].used) {
            continue;
        }
        int fd = accept4(q->lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            return;
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));   /* fails on unix: fine */
        client_open(&q->client[i], fd);
    }
}

static void client_read(Qmp *q, Client *c)
{
    ssize_t n = recv(c->fd, q->rbuf, sizeof(q->rbuf), MSG_DONTWAIT);
    if (n > 0) {
        client_input(q, c, q->rbuf, (size_t)n);
    } else if (n == 0) {
        c->eof = true;
    } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        c->dead = true;
    }
}

int qmp_pollfds(Qmp *q, struct pollfd *fds, int max)
{
    int n = 0;
    if (!q || q->lfd < 0) {
        return 0;
    }
    if (n < max) {
        /* A full house leaves further clients in the backlog. */
        fds[n] = (struct pollfd){ .fd = nclients(q) < QMP_MAX_CLIENTS ? q->lfd : -1,
                                  .events = POLLIN };
        q->slot[n++] = -1;
    }
    for (int i = 0; i < QMP_MAX_CLIENTS && n < max; i++) {
        Client *c = &q->client[i];
        if (!c->used || c->fd < 0) {
            continue;
        }
        short ev = unsent(c) ? POLLOUT : 0;
        if (!c->eof && unsent(c) <= QMP_PAUSE_OUTPUT) {
            ev |= POLLIN;
        }
        fds[n] = (struct pollfd){ .fd = c->fd, .events = ev };
        q->slot[n++] = i;
    }
    q->npoll = n;
    return n;
}

void qmp_poll_done(Qmp *q, const struct pollfd *fds, int n)
{
    if (!q) {
        return;
    }
    for (int k = 0; k < n && k < q->npoll; k++) {
        if (q->slot[k] < 0) {
            if (fds[k].fd == q->lfd && fds[k].fd >= 0 && (fds[k].revents & POLLIN)) {
                accept_clients(q);
            }
            continue;
        }
        Client *c = &q->client[q->slot[k]];
        /* Not read while its output waits (fds[k].events): a hangup then
         * shows as a failed write. */
        if (c->used && c->fd == fds[k].fd && !c->eof && (fds[k].events & POLLIN) &&
            (fds[k].revents & (POLLIN | POLLHUP | POLLERR))) {
            client_read(q, c);
        }
    }
    q->npoll = 0;
    /* Replies and events go out now; a peer that left is closed once
     * there is nothing more it could be sent. */
    for (int i = 0; i < QMP_MAX_CLIENTS; i++) {
        Client *c = &q->client[i];
        if (!c->used || c->fd < 0) {
            continue;
        }
        client_write(c);
        if (c->dead || (c->eof && !unsent(c))) {
            client_close(c);
        }
    }
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void qmp_flush(Qmp *q)
{
    int64_t end = now_ms() + FLUSH_MS;
    while (q) {
        struct pollfd fds[QMP_MAX_CLIENTS];
        int idx[QMP_MAX_CLIENTS], n = 0;
        for (int i = 0; i < QMP_MAX_CLIENTS; i++) {
            Client *c = &q->client[i];
            client_write(c);
            if (c->used && c->fd >= 0 && !c->dead && unsent(c)) {
                fds[n] = (struct pollfd){ .fd = c->fd, .events = POLLOUT };
                idx[n++] = i;
            }
        }
        int64_t left = end - now_ms();
        if (n == 0 || left <= 0) {
            return;
        }
        if (poll(fds, (nfds_t)n, (int)left) < 0 && errno != EINTR) {
            return;
        }
        for (int k = 0; k < n; k++) {
            if (fds[k].revents & (POLLERR | POLLHUP | POLLNVAL)) {
                q->client[idx[k]].dead = true;
            }
        }
    }
}

void qmp_close(Qmp *q)
{
    if (!q) {
        return;
    }
    session_unlisten(q->s, q);
    for (int i = 0; i < QMP_MAX_CLIENTS; i++) {
        client_close(&q->client[i]);
    }
    if (q->lfd >= 0) {
        close(q->lfd);
    }
    if (q->unix_path) {
        unlink(q->unix_path);
        free(q->unix_path);
    }
    free(q);
}
