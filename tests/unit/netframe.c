/* Frames for the virtio-net tests (see netframe.h). */
#include "tests/unit/netframe.h"

#include <string.h>

const uint8_t guest_mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
const uint8_t guest_ip[4] = { 10, 0, 2, 15 }, host_ip[4] = { 10, 0, 2, 2 };

uint16_t be16(const uint8_t *p)
{
    return (uint16_t)(p[0] << 8 | p[1]);
}

uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

void put_be16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

void put_be32(uint8_t *p, uint32_t v)
{
    put_be16(p, (uint16_t)(v >> 16));
    put_be16(p + 2, (uint16_t)v);
}

uint32_t csum_add(const uint8_t *p, size_t n, uint32_t s)
{
    for (size_t i = 0; i + 1 < n; i += 2) {
        s += be16(p + i);
    }
    if (n & 1) {
        s += (uint32_t)p[n - 1] << 8;
    }
    return s;
}

uint16_t csum_fold(uint32_t s)
{
    while (s >> 16) {
        s = (s & 0xffff) + (s >> 16);
    }
    return (uint16_t)s;
}

uint32_t csum_pseudo(const uint8_t *ip, size_t l4len)
{
    return csum_add(ip + 12, 8, 0) + ip[9] + (uint32_t)l4len;
}

bool ip_csum_ok(const uint8_t *ip)
{
    return csum_fold(csum_add(ip, (ip[0] & 15) * 4u, 0)) == 0xffff;
}

bool l4_csum_ok(const uint8_t *ip)
{
    size_t hl = (ip[0] & 15) * 4u, total = be16(ip + 2);
    return csum_fold(csum_add(ip + hl, total - hl, csum_pseudo(ip, total - hl))) == 0xffff;
}

void ip_set_csum(uint8_t *ip)
{
    put_be16(ip + 10, 0);
    put_be16(ip + 10, (uint16_t)~csum_fold(csum_add(ip, (ip[0] & 15) * 4u, 0)));
}

void l4_set_csum(uint8_t *ip, size_t field)
{
    size_t hl = (ip[0] & 15) * 4u, l4len = be16(ip + 2) - hl;
    uint8_t *l4 = ip + hl;
    put_be16(l4 + field, 0);
    put_be16(l4 + field, (uint16_t)~csum_fold(csum_add(l4, l4len, csum_pseudo(ip, l4len))));
}

size_t eth_header(uint8_t *f, const uint8_t *dst, const uint8_t *src, uint16_t type)
{
    memcpy(f, dst, 6);
    memcpy(f + 6, src, 6);
    put_be16(f + 12, type);
    return 14;
}

void ipv4_header(uint8_t *ip, uint8_t proto, const uint8_t *src, const uint8_t *dst,
                 size_t payload, uint16_t id, uint16_t frag)
{
    memset(ip, 0, 20);
    ip[0] = 0x45;
    put_be16(ip + 2, (uint16_t)(20 + payload));
    put_be16(ip + 4, id);
    put_be16(ip + 6, frag);
    ip[8] = 64;
    ip[9] = proto;
    memcpy(ip + 12, src, 4);
    memcpy(ip + 16, dst, 4);
    ip_set_csum(ip);
}

void tcp_header(uint8_t *th, uint16_t sport, uint16_t dport, uint32_t seq, uint32_t ack,
                uint8_t flags)
{
    memset(th, 0, 20);
    put_be16(th, sport);
    put_be16(th + 2, dport);
    put_be32(th + 4, seq);
    put_be32(th + 8, ack);
    th[12] = 5 << 4;
    th[13] = flags;
    put_be16(th + 14, 65535);
}

void vnet_post_rx(VDrv *d, int n, uint32_t len, bool notify)
{
    uint8_t *table = vd_host(d, vd_ring(VNET_RXQ));
    for (int i = 0; i < n; i++) {
        uint16_t id = (uint16_t)(d->avail_idx[VNET_RXQ] % d->qsize);
        vd_put_desc(table + 16 * id, VNET_RX_AREA + id * (uint64_t)VNET_RX_BUF, len,
                    VIRTQ_DESC_F_WRITE, 0);
        vd_make_avail(d, VNET_RXQ, id, false);
    }
    if (notify) {
        vd_wr(d, R_NOTIFY, VNET_RXQ);
    }
}

bool vnet_send(VDrv *d, const uint8_t *hdr, const uint8_t *frame, size_t len, int pieces)
{
    VdBuf b[17] = { { VNET_TX_AREA, (uint32_t)(VNET_HDR + len), false } };
    if (hdr) {
        memcpy(vd_host(d, VNET_TX_AREA), hdr, VNET_HDR);
    } else {
        memset(vd_host(d, VNET_TX_AREA), 0, VNET_HDR);
    }
    memcpy(vd_host(d, VNET_TX_AREA + VNET_HDR), frame, len);
    if (pieces > 0) {
        b[0].len = VNET_HDR;
        size_t off = 0, step = (len + (size_t)pieces - 1) / (size_t)pieces;
        for (int i = 0; i < pieces; i++) {
            size_t n = len - off < step ? len - off : step;
            b[i + 1] = (VdBuf){ VNET_TX_AREA + VNET_HDR + off, (uint32_t)n, false };
            off += n;
        }
    }
    vd_write_chain(vd_host(d, vd_ring(VNET_TXQ)), b, pieces + 1);
    vd_make_avail(d, VNET_TXQ, 0, true);
    uint32_t id, ulen;
    return vd_get_used(d, VNET_TXQ, &id, &ulen) && id == 0;
}

int vnet_recv(VDrv *d, uint8_t *buf, size_t max, uint8_t *flags, int *nbufs)
{
    uint32_t id, len;
    if (!vd_get_used(d, VNET_RXQ, &id, &len) || len < VNET_HDR) {
        return -1;
    }
    const uint8_t *p = vd_host(d, VNET_RX_AREA + id * (uint64_t)VNET_RX_BUF);
    int n = get_le16(p + 10);
    size_t got = len - VNET_HDR;
    if (flags) {
        *flags = p[0];
    }
    if (got > max) {
        return -1;
    }
    memcpy(buf, p + VNET_HDR, got);
    for (int i = 1; i < n; i++) {
        if (!vd_get_used(d, VNET_RXQ, &id, &len) || got + len > max) {
            return -1;
        }
        memcpy(buf + got, vd_host(d, VNET_RX_AREA + id * (uint64_t)VNET_RX_BUF), len);
        got += len;
    }
    if (nbufs) {
        *nbufs = n;
    }
    return (int)got;
}
