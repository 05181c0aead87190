/* The browser's network: Ethernet frames over a WebSocket to rvbox-relay
 * (frontends/relay/), which runs libslirp for this page exactly as the
 * native -netdev user does, so the guest sees the same 10.0.2.0/24 network
 * with DHCP and DNS. The page opens the socket; frames it receives come in
 * through rvbox_web_net_receive between slices. Frames the guest has no
 * buffer for yet wait in a bounded queue, then are dropped as on a wire. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/backend.h"
#include "devices/net.h"
#include "frontends/web/web_api.h"
#include "frontends/web/web_host.h"

#define WS_RX_QUEUE_MAX 256    /* frames held for a guest without buffers */

typedef struct Frame {
    struct Frame *next;
    size_t len;
    uint8_t data[];
} Frame;

typedef struct WsNet {
    NetBackend base;
    NetReceiver rx;
    Frame *head, *tail;
    int queued;
} WsNet;

static WsNet *the_net;   /* the page has one link */

static int ws_send(NetBackend *b, const uint8_t *frame, size_t len)
{
    return web_net_send(frame, len);
}

static void ws_set_receiver(NetBackend *b, const NetReceiver *r)
{
    WsNet *n = (WsNet *)b;
    n->rx = r ? *r : (NetReceiver){ 0 };
}

/* Offers queued frames in order until the guest has no buffer. */
static void ws_rx_ready(NetBackend *b)
{
    WsNet *n = (WsNet *)b;
    while (n->head && n->rx.receive) {
        Frame *f = n->head;
        if (n->rx.receive(n->rx.opaque, f->data, f->len) == NET_RX_FULL) {
            return;
        }
        n->head = f->next;
        if (!n->head) {
            n->tail = NULL;
        }
        n->queued--;
        free(f);
    }
}

void rvbox_web_net_receive(const uint8_t *frame, size_t len)
{
    WsNet *n = the_net;
    if (!n || len < NET_ETH_HLEN || len > NET_BIG_FRAME_MAX || n->queued >= WS_RX_QUEUE_MAX) {
        return;
    }
    if (!n->head && n->rx.receive &&
        n->rx.receive(n->rx.opaque, frame, len) != NET_RX_FULL) {
        return;
    }
    Frame *f = malloc(sizeof(*f) + len);
    if (!f) {
        return;
    }
    f->next = NULL;
    f->len = len;
    memcpy(f->data, frame, len);
    if (n->tail) {
        n->tail->next = f;
    } else {
        n->head = f;
    }
    n->tail = f;
    n->queued++;
}

static void ws_close(NetBackend *b)
{
    WsNet *n = (WsNet *)b;
    while (n->head) {
        Frame *f = n->head;
        n->head = f->next;
        free(f);
    }
    if (the_net == n) {
        the_net = NULL;
    }
    free(n);
}

/* Forwarding host ports into the guest needs a listening socket, which a
 * page cannot have. */
static int check_ws(const Opts *o, const char *what, char *err, size_t errlen)
{
    if (opts_get(o, "hostfwd")) {
        snprintf(err, errlen, "%s: hostfwd is not available in the browser", what);
        return -1;
    }
    return 0;
}

static void *open_ws(const Opts *o, bool sync, char *err, size_t errlen)
{
    if (the_net) {
        snprintf(err, errlen, "-netdev: the browser has one network link");
        return NULL;
    }
    WsNet *n = calloc(1, sizeof(*n));
    if (!n) {
        snprintf(err, errlen, "-netdev: out of memory");
        return NULL;
    }
    n->base = (NetBackend){
        .send = ws_send, .set_receiver = ws_set_receiver, .rx_ready = ws_rx_ready,
        .close = ws_close, .mtu = NET_USER_MTU, .rx_csum_ok = true,
    };
    the_net = n;
    web_net_open();
    return n;
}

BACKEND_REGISTER(net_websocket_backend) = {
    .kind = BACKEND_NET, .name = "WebSocket relay", .check = check_ws, .open = open_ws,
};
