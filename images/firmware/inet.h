/* A minimal Ethernet/ARP/IPv4/UDP/DHCP layer for the virtio-net self-test.
 * Addresses are host-order uint32_t; frames are built and parsed in place. */
#ifndef INET_H
#define INET_H

#include "fw.h"

#define ETH_HLEN 14
#define ETH_P_IP 0x0800
#define ETH_P_ARP 0x0806
#define ARP_REQUEST 1
#define ARP_REPLY 2
#define DHCP_DISCOVER 1
#define DHCP_OFFER 2
#define DHCP_REQUEST 3
#define DHCP_ACK 5
#define DHCP_NAK 6
#define DHCP_CLIENT_PORT 68
#define DHCP_SERVER_PORT 67
#define IP(a, b, c, d) ((uint32_t)(a) << 24 | (uint32_t)(b) << 16 | (uint32_t)(c) << 8 | (d))

extern const uint8_t eth_broadcast[6];

typedef struct UdpHeaderInfo {
    const uint8_t *dst_mac;
    const uint8_t *src_mac;
    uint32_t src_ip;
    uint32_t dst_ip;
    uint16_t src_port;
    uint16_t dst_port;
} UdpHeaderInfo;

typedef struct UdpPacket {
    const uint8_t *src_mac;
    uint32_t src_ip;
    uint32_t dst_ip;
    uint16_t src_port;
    uint16_t dst_port;
    const uint8_t *data;
    size_t len;
} UdpPacket;

typedef struct ArpPacket {
    uint16_t op;
    const uint8_t *sha;
    uint32_t spa;
    uint32_t tpa;
} ArpPacket;

typedef struct DhcpLease {
    uint8_t type;
    uint32_t yiaddr;
    uint32_t server;
    uint32_t router;
} DhcpLease;

size_t udp_build(uint8_t *frame, const UdpHeaderInfo *h, const void *data, size_t len);
bool udp_parse(const uint8_t *frame, size_t len, UdpPacket *u);
size_t arp_build(uint8_t *frame, uint16_t op, const uint8_t *sha, uint32_t spa,
                 const uint8_t *tha, uint32_t tpa);
bool arp_parse(const uint8_t *frame, size_t len, ArpPacket *a);
size_t dhcp_build(uint8_t *msg, uint8_t type, uint32_t xid, const uint8_t *mac,
                  uint32_t requested, uint32_t server);
bool dhcp_parse(const uint8_t *msg, size_t len, uint32_t xid, DhcpLease *lease);
void ip_format(char *buf, size_t size, uint32_t ip);

#endif
