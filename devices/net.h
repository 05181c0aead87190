/* The network backend interface: how an Ethernet NIC model and the host
 * network meet. Frames go out through send(); frames come in through the
 * receiver the device registers, with flow control: the device says
 * whether it took a frame, and the backend holds or drops what it could
 * not deliver, then offers it again when the device calls rx_ready(). */
#ifndef RVBOX_DEVICES_NET_H
#define RVBOX_DEVICES_NET_H

#include <poll.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/state.h"

#define NET_ETH_HLEN 14       /* destination, source, EtherType */
#define NET_MTU_DEFAULT 1500  /* Ethernet's IP packet limit */
#define NET_MTU_MAX 65535     /* the largest IPv4 packet */
/* The link MTU of the user-mode network (libslirp, natively or behind
 * rvbox-relay), offered to the guest through VIRTIO_NET_F_MTU; why not
 * more: see devices/host/net_slirp.c. */
#define NET_USER_MTU 16384
#define NET_FRAME_MAX 1518    /* Ethernet frame without FCS, with one VLAN tag */
/* The largest frame any backend or device handles: an Ethernet header, a
 * VLAN tag and the largest IPv4 packet. */
#define NET_BIG_FRAME_MAX (NET_ETH_HLEN + 4 + NET_MTU_MAX)

/* What a receive callback tells the backend. */
enum NetRxResult {
    NET_RX_TAKEN = 0,    /* the frame is in the guest's buffers */
    NET_RX_FULL = 1,     /* no guest buffer right now: offer it again later */
    NET_RX_DROPPED = 2,  /* never deliverable (driver not up, frame too big) */
};

/* The device side, registered with set_receiver(). */
typedef struct NetReceiver {
    /* Delivers one frame of len bytes: at most NET_FRAME_MAX, or the
     * backend's mtu plus NET_ETH_HLEN when that is larger. Never blocks. */
    enum NetRxResult (*receive)(void *opaque, const uint8_t *frame, size_t len);
    void *opaque;
} NetReceiver;

typedef struct NetBackend NetBackend;
struct NetBackend {
    /* Sends one guest frame to the network; the backend copies it. Returns
     * 0, or -1 when it was dropped (the guest's TCP/IP stack retries). */
    int (*send)(NetBackend *b, const uint8_t *frame, size_t len);
    /* Sets where received frames go (copied; NULL = nowhere: dropped). */
    void (*set_receiver)(NetBackend *b, const NetReceiver *r);
    /* The device has new receive buffers: frames held back are offered
     * again, in order. */
    void (*rx_ready)(NetBackend *b);
    /* Host event loop, may be NULL for backends without file descriptors.
     * pollfds appends at most max entries to fds, lowers *timeout_ms
     * (-1 = none) to the earliest internal timer and returns the count;
     * poll_done must follow with the same array after poll() returned. */
    int (*pollfds)(NetBackend *b, struct pollfd *fds, int max, int *timeout_ms);
    void (*poll_done)(NetBackend *b, const struct pollfd *fds, int n);
    /* Frees the backend. */
    void (*close)(NetBackend *b);
    /* The network's saved state (devices/state.h), for a machine snapshot:
     * save appends it (0, or -1 when it cannot be saved); load restores it
     * into a backend opened with the same options (0, or -1 with a
     * one-line message). Both may be NULL: nothing to save. */
    int (*save)(NetBackend *b, struct StateWriter *w);
    int (*load)(NetBackend *b, struct StateReader *r, char *err, size_t errlen);
    void *opaque;
    /* The largest IP packet send() takes whole and the receiver may be
     * handed (the link MTU); 0 means NET_MTU_DEFAULT. A device whose guest
     * uses a smaller MTU splits larger received packets itself. */
    unsigned mtu;
    /* Every unfragmented TCP or UDP over IPv4 frame handed to the receiver
     * carries a correct checksum, so the guest need not verify it. */
    bool rx_csum_ok;
};

#endif
