/* Checksum and segmentation offloads done in software: what a NIC does for
 * a guest that asked it to (virtio 1.2 §5.1.6.2, §5.1.6.4). The device
 * completes a partial checksum a transmitted frame carries (NEEDS_CSUM),
 * cuts a large TCP frame into segments as a TSO engine would, and cuts a
 * received packet larger than the guest's MTU into segments or IPv4
 * fragments. Only IPv4 in untagged Ethernet frames is looked into.
 *
 * Frames are byte arrays starting at the Ethernet header; every length and
 * offset here is in bytes. Nothing is trusted: the parsers check that
 * what they find lies inside the frame, and the functions that rely on a
 * parsed frame say so. */
#ifndef RVBOX_DEVICES_VIRTIO_NET_OFFLOAD_H
#define RVBOX_DEVICES_VIRTIO_NET_OFFLOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* IPv4, TCP and UDP as far as the device looks into them. */
enum {
    NET_IP_PROTO_TCP = 6,
    NET_IP_PROTO_UDP = 17,
    NET_IP_HDR_MIN = 20,     /* an IPv4 header without options (RFC 791) */
    NET_TCP_HDR_MIN = 20,    /* a TCP header without options (RFC 793) */
    NET_UDP_HDR = 8,
};

/* An IPv4 packet inside an Ethernet frame, as net_ip4_parse found it. */
typedef struct NetIp4 {
    size_t hl;          /* header bytes (20..60), at NET_ETH_HLEN */
    size_t len;         /* total length from the header (0..65535), unchecked */
    uint8_t proto;
    bool fragment;      /* MF or a fragment offset: no whole L4 packet */
} NetIp4;

/* Finds the IPv4 header of frame f[0, len). True when f is untagged IPv4
 * (EtherType 0x0800, version 4) and its whole header, options included,
 * lies in f; false otherwise, with *ip possibly partly filled. The total
 * length is not checked against len: callers decide what a short or
 * padded frame means. */
bool net_ip4_parse(const uint8_t *f, size_t len, NetIp4 *ip);

/* The length (20..60) of the TCP header at offset l4 of frame f[0, len),
 * or 0 when its data offset is below 5 words or the header does not fit
 * in f (RFC 793). */
size_t net_tcp_hlen(const uint8_t *f, size_t len, size_t l4);

/* Sets the total length field of the IPv4 header h (hl bytes, 20..60) to
 * total (at most 65535) and recomputes its header checksum (RFC 791,
 * RFC 1071). */
void net_ip4_finish(uint8_t *h, size_t hl, size_t total);

/* The TCP checksum of the IPv4 packet at h (header hl bytes, total >= hl
 * bytes in all, which must be readable) over the RFC 793 pseudo-header,
 * in the form it is stored: 0 when the checksum already in the packet
 * verifies. */
uint16_t net_tcp4_checksum(const uint8_t *h, size_t hl, size_t total);

/* Stores the TCP checksum of the IPv4 packet at h (as for
 * net_tcp4_checksum; the TCP header must lie within total). */
void net_tcp4_set_checksum(uint8_t *h, size_t hl, size_t total);

/* Where the pieces of a split frame go, one call per piece (frame[0, len)
 * is only valid during the call). Returns 0 to go on; anything else stops
 * the split after this piece. */
typedef int (*NetFrameSink)(void *ctx, const uint8_t *frame, size_t len);

/* TCP segmentation (virtio 1.2 §5.1.6.2, VIRTIO_NET_HDR_GSO_TCPV4): splits
 * the IPv4 TCP frame f[0, len), whose headers (Ethernet, IPv4 of iphl
 * bytes, TCP) take hdr bytes, into segments of at most mss payload bytes,
 * each built in buf and handed to sink. Each segment gets its IP total
 * length, an IP id one above the previous, its sequence number, FIN and
 * PSH only on the last, CWR only on the first, and both checksums computed
 * afresh. The caller has checked the headers (net_ip4_parse,
 * net_tcp_hlen), that hdr <= len, mss >= 1 and that the IP packet is at
 * most 65535 bytes; buf holds at least len bytes (no segment is larger
 * than f). A frame without payload gives one segment. Returns the
 * segments handed to sink (>= 1). */
int net_tcp4_segment(const uint8_t *f, size_t len, size_t iphl, size_t hdr, size_t mss,
                     uint8_t *buf, NetFrameSink sink, void *ctx);

/* IPv4 fragmentation (RFC 791): splits the IPv4 frame f[0, len) (header
 * iphl bytes as net_ip4_parse found it, len = NET_ETH_HLEN + its total
 * length) into fragments whose IP packets are at most mtu bytes, each
 * built in buf (at least len bytes) and handed to sink. A fragment keeps
 * its offset and MF, so a fragment is cut further correctly. DF is
 * cleared: the fragments are what the link can carry. Returns the
 * fragments handed to sink (0 for a packet without data), or -1 when mtu
 * leaves no room for 8 data bytes after the header or the data would end
 * past what the 13-bit fragment offset reaches (64 KiB). */
int net_ip4_fragment(const uint8_t *f, size_t len, size_t iphl, size_t mtu, uint8_t *buf,
                     NetFrameSink sink, void *ctx);

/* Completes a partial checksum (virtio 1.2 §5.1.6.2, NEEDS_CSUM): sums
 * bytes [start, len) of frame f, whose 16-bit field at start + offset
 * holds the pseudo-header sum the driver put there, and stores the folded
 * complement in that field (RFC 1071), 0xffff for 0 as UDP needs. Works
 * for any protocol: nothing in f is parsed. Returns false, with f
 * untouched, when the field does not lie inside f. */
bool net_csum_complete(uint8_t *f, size_t len, size_t start, size_t offset);

#endif
