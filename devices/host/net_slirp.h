/* The user-mode network backend: libslirp's TCP/IP stack turns the guest's
 * frames into host socket calls, as QEMU's "-netdev user". The guest sees
 * 10.0.2.0/24 with the host (and its loopback) at 10.0.2.2, DNS at
 * 10.0.2.3 and DHCP handing out 10.0.2.15; IPv6 is off. The link MTU is
 * 65520 (NetBackend.mtu): slirp takes and sends IP packets that large, and
 * vouches for the checksums of what it sends (NetBackend.rx_csum_ok). */
#ifndef RVBOX_DEVICES_HOST_NET_SLIRP_H
#define RVBOX_DEVICES_HOST_NET_SLIRP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/net.h"

#define NET_SLIRP_MAX_FWD 16

/* One host port forwarded into the guest. Addresses are IPv4 in host byte
 * order; 0 means any host address, or the guest's DHCP address. */
typedef struct NetSlirpFwd {
    bool udp;
    uint32_t host_addr;
    uint16_t host_port;
    uint32_t guest_addr;
    uint16_t guest_port;
} NetSlirpFwd;

typedef struct NetSlirpConfig {
    bool restricted;     /* the guest reaches nothing but forwarded ports */
    int nfwd;
    NetSlirpFwd fwd[NET_SLIRP_MAX_FWD];
} NetSlirpConfig;

/* Parses QEMU's hostfwd syntax, "[tcp|udp]:[hostaddr]:hostport-
 * [guestaddr]:guestport" (ports 1..65535, dotted IPv4 addresses). Returns
 * 0, or -1 with a one-line message in err. */
int net_slirp_parse_hostfwd(const char *spec, NetSlirpFwd *fwd, char *err, size_t errlen);

/* Starts a slirp stack with cfg's forwards listening. Returns the backend
 * (its pollfds/poll_done must be driven by the host's poll loop), or NULL
 * with a one-line message in err (e.g. a host port already in use). */
NetBackend *net_slirp_create(const NetSlirpConfig *cfg, char *err, size_t errlen);

#endif
