/* What the virtio-net tests share: the guest's and host's addresses on
 * slirp's network, big-endian fields, Internet checksums (RFC 1071),
 * Ethernet, IPv4 and TCP headers, and frames moved through a virtio-net
 * device behind a VDrv (a fixed layout of transmit and receive buffers in
 * its guest RAM). */
#ifndef RVBOX_TESTS_UNIT_NETFRAME_H
#define RVBOX_TESTS_UNIT_NETFRAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tests/unit/testlib.h"

/* --- addresses ------------------------------------------------------------- */

/* The guest's MAC and IPv4 address, and the host's IPv4 address (slirp's
 * defaults). */
extern const uint8_t guest_mac[6], guest_ip[4], host_ip[4];

/* --- fields and checksums ---------------------------------------------------- */

uint16_t be16(const uint8_t *p);
uint32_t be32(const uint8_t *p);
void put_be16(uint8_t *p, uint16_t v);
void put_be32(uint8_t *p, uint32_t v);

/* s plus the 16-bit big-endian words of p[0, n) (an odd last byte padded
 * with zero). */
uint32_t csum_add(const uint8_t *p, size_t n, uint32_t s);

/* s folded to 16 bits with end-around carry, not complemented: data whose
 * checksum verifies folds to 0xffff. */
uint16_t csum_fold(uint32_t s);

/* The pseudo-header sum of the IPv4 packet at ip for an L4 length. */
uint32_t csum_pseudo(const uint8_t *ip, size_t l4len);

/* The header checksum of the IPv4 packet at ip verifies. */
bool ip_csum_ok(const uint8_t *ip);

/* The TCP or UDP checksum of the IPv4 packet at ip verifies. */
bool l4_csum_ok(const uint8_t *ip);

/* Sets the header checksum of the IPv4 packet at ip. */
void ip_set_csum(uint8_t *ip);

/* Sets the TCP or UDP checksum (at offset field of the L4 header) of the
 * IPv4 packet at ip, over the L4 bytes its total length says. */
void l4_set_csum(uint8_t *ip, size_t field);

/* --- headers ------------------------------------------------------------------ */

/* An Ethernet header; returns its length (14). */
size_t eth_header(uint8_t *f, const uint8_t *dst, const uint8_t *src, uint16_t type);

/* A 20-byte IPv4 header (TTL 64) before payload bytes, with its checksum. */
void ipv4_header(uint8_t *ip, uint8_t proto, const uint8_t *src, const uint8_t *dst,
                 size_t payload, uint16_t id, uint16_t frag);

/* A 20-byte TCP header (window 65535), checksum left zero. */
void tcp_header(uint8_t *th, uint16_t sport, uint16_t dport, uint32_t seq, uint32_t ack,
                uint8_t flags);

/* --- frames through a virtio-net device ----------------------------------------- */

/* The header before every frame (virtio 1.2 §5.1.6, with num_buffers),
 * the queues, and where the buffers lie in guest RAM: one transmit area,
 * and receive buffer id at VNET_RX_AREA + id * VNET_RX_BUF. */
enum { VNET_HDR = 12, VNET_RXQ = 0, VNET_TXQ = 1, VNET_RX_BUF = 0x800 };
#define VNET_TX_AREA (VD_RAM_BASE + 0x100000)
#define VNET_RX_AREA (VD_RAM_BASE + 0x200000)
#define VNET_RAM_MIN 0x300000   /* guest RAM the layout needs */

/* Posts n receive buffers of len bytes (at most VNET_RX_BUF); notifies
 * when asked. */
void vnet_post_rx(VDrv *d, int n, uint32_t len, bool notify);

/* Transmits hdr (zeroes when NULL) and frame, split over descriptors after
 * the header as pieces says (at most 16; 0 = header and frame in one
 * descriptor). True when the device used the chain. */
bool vnet_send(VDrv *d, const uint8_t *hdr, const uint8_t *frame, size_t len, int pieces);

/* Takes the next received frame (possibly merged over several buffers)
 * into buf, its header's flags into *flags and its buffer count into
 * *nbufs (either may be NULL). Returns its length without the header, or
 * -1 when there is none or it does not fit in max bytes. */
int vnet_recv(VDrv *d, uint8_t *buf, size_t max, uint8_t *flags, int *nbufs);

#endif
