/* Checksum and segmentation offloads done in software (see net_offload.h). */
#include "devices/virtio/net_offload.h"

#include <string.h>

#include "devices/net.h"

/* The IPv4 and TCP fields only this file needs. */
enum {
    ETHERTYPE_IPV4 = 0x0800,
    IP_MF = 0x2000,
    IP_OFFMASK = 0x1fff,
    TCP_FIN = 0x01,
    TCP_PSH = 0x08,
    TCP_CWR = 0x80,
};

/* --- big-endian fields ----------------------------------------------------- */

static uint16_t be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void put_be16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

static void put_be32(uint8_t *p, uint32_t v)
{
    put_be16(p, (uint16_t)(v >> 16));
    put_be16(p + 2, (uint16_t)v);
}

/* --- the Internet checksum (RFC 1071) ---------------------------------------- */

/* Adds p[0, len) as big-endian 16-bit words (an odd last byte padded with
 * zero) to the sum acc. Summing 32-bit words gives the same ones'
 * complement result once folded, since 2^16 = 1 in that arithmetic; 64
 * bits cannot overflow for any frame. */
static uint64_t csum_add(uint64_t acc, const uint8_t *p, size_t len)
{
    for (; len >= 4; p += 4, len -= 4) {
        acc += be32(p);
    }
    if (len >= 2) {
        acc += be16(p);
        p += 2;
        len -= 2;
    }
    if (len) {
        acc += (uint32_t)p[0] << 8;
    }
    return acc;
}

/* The checksum field value for sum acc: its folded ones' complement. */
static uint16_t csum_finish(uint64_t acc)
{
    while (acc >> 16) {
        acc = (acc & 0xffff) + (acc >> 16);
    }
    return (uint16_t)~acc;
}

bool net_csum_complete(uint8_t *f, size_t len, size_t start, size_t offset)
{
    if (start > len || offset > len - start || len - start - offset < 2) {
        return false;
    }
    uint16_t c = csum_finish(csum_add(0, f + start, len - start));
    /* As Linux's skb_checksum_help: 0 would mean "no checksum" to UDP. */
    put_be16(f + start + offset, c ? c : 0xffff);
    return true;
}

/* --- IPv4 and TCP headers ---------------------------------------------------- */

bool net_ip4_parse(const uint8_t *f, size_t len, NetIp4 *ip)
{
    if (len < NET_ETH_HLEN + NET_IP_HDR_MIN || be16(f + 12) != ETHERTYPE_IPV4) {
        return false;
    }
    const uint8_t *h = f + NET_ETH_HLEN;
    ip->hl = (size_t)(h[0] & 15) * 4;
    ip->len = be16(h + 2);
    ip->proto = h[9];
    ip->fragment = (be16(h + 6) & (IP_MF | IP_OFFMASK)) != 0;
    return h[0] >> 4 == 4 && ip->hl >= NET_IP_HDR_MIN && NET_ETH_HLEN + ip->hl <= len;
}

size_t net_tcp_hlen(const uint8_t *f, size_t len, size_t l4)
{
    if (l4 + NET_TCP_HDR_MIN > len) {
        return 0;
    }
    size_t thl = (size_t)(f[l4 + 12] >> 4) * 4;
    return thl >= NET_TCP_HDR_MIN && l4 + thl <= len ? thl : 0;
}

void net_ip4_finish(uint8_t *h, size_t hl, size_t total)
{
    put_be16(h + 2, (uint16_t)total);
    put_be16(h + 10, 0);
    put_be16(h + 10, csum_finish(csum_add(0, h, hl)));
}

uint16_t net_tcp4_checksum(const uint8_t *h, size_t hl, size_t total)
{
    /* Pseudo-header: addresses, zero, protocol, TCP length. */
    uint64_t acc = csum_add(NET_IP_PROTO_TCP + (total - hl), h + 12, 8);
    return csum_finish(csum_add(acc, h + hl, total - hl));
}

void net_tcp4_set_checksum(uint8_t *h, size_t hl, size_t total)
{
    put_be16(h + hl + 16, 0);
    put_be16(h + hl + 16, net_tcp4_checksum(h, hl, total));
}

/* --- splitting ------------------------------------------------------------- */

int net_tcp4_segment(const uint8_t *f, size_t len, size_t iphl, size_t hdr, size_t mss,
                     uint8_t *buf, NetFrameSink sink, void *ctx)
{
    const size_t payload = len - hdr;
    const uint16_t id = be16(f + NET_ETH_HLEN + 4);
    const uint32_t seq = be32(f + NET_ETH_HLEN + iphl + 4);
    size_t off = 0;
    int count = 0;
    do {
        size_t n = payload - off < mss ? payload - off : mss;
        uint8_t *ip = buf + NET_ETH_HLEN, *th = ip + iphl;
        memcpy(buf, f, hdr);
        memcpy(buf + hdr, f + hdr + off, n);
        put_be16(ip + 4, (uint16_t)(id + count));
        net_ip4_finish(ip, iphl, hdr - NET_ETH_HLEN + n);
        put_be32(th + 4, seq + (uint32_t)off);
        if (off + n < payload) {
            th[13] &= (uint8_t)~(TCP_FIN | TCP_PSH);
        }
        if (count) {
            th[13] &= (uint8_t)~TCP_CWR;
        }
        net_tcp4_set_checksum(ip, iphl, hdr - NET_ETH_HLEN + n);
        off += n;
        count++;
        if (sink(ctx, buf, hdr + n) != 0) {
            break;
        }
    } while (off < payload);
    return count;
}

int net_ip4_fragment(const uint8_t *f, size_t len, size_t iphl, size_t mtu, uint8_t *buf,
                     NetFrameSink sink, void *ctx)
{
    const size_t hdr = NET_ETH_HLEN + iphl, data = len - hdr;
    /* Fragment offsets count 8-byte units, so all but the last fragment
     * carry a multiple of 8 data bytes. */
    const size_t chunk = mtu > iphl ? (mtu - iphl) & ~(size_t)7 : 0;
    const uint16_t off0 = be16(f + NET_ETH_HLEN + 6);
    const size_t base = (size_t)(off0 & IP_OFFMASK) * 8;
    if (chunk == 0 || base + data > 8 * (IP_OFFMASK + 1)) {
        return -1;
    }
    int count = 0;
    for (size_t off = 0; off < data; count++) {
        size_t n = data - off < chunk ? data - off : chunk;
        bool more = off + n < data || (off0 & IP_MF);
        uint8_t *ip = buf + NET_ETH_HLEN;
        memcpy(buf, f, hdr);
        memcpy(buf + hdr, f + hdr + off, n);
        put_be16(ip + 6, (uint16_t)((more ? IP_MF : 0) | (base + off) / 8));
        net_ip4_finish(ip, iphl, iphl + n);
        off += n;
        if (sink(ctx, buf, hdr + n) != 0) {
            return count + 1;
        }
    }
    return count;
}
