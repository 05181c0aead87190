/* Packet formats: Ethernet II, ARP (RFC 826), IPv4 (RFC 791) with its header
 * checksum (RFC 1071), UDP (RFC 768) with the pseudo-header checksum, and the
 * DHCP client messages (RFC 2131/2132) that DISCOVER/REQUEST a lease. */
#include "inet.h"

#define IP_HLEN 20
#define UDP_HLEN 8
#define ARP_LEN 28
#define IPPROTO_UDP 17
#define BOOTP_FIXED 236
#define DHCP_MAGIC 0x63825363u
#define DHCP_MIN_LEN 300
#define OPT_PAD 0
#define OPT_ROUTER 3
#define OPT_REQUESTED_IP 50
#define OPT_MSG_TYPE 53
#define OPT_SERVER_ID 54
#define OPT_PARAMS 55
#define OPT_END 255

const uint8_t eth_broadcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

static void put16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

static void put32(uint8_t *p, uint32_t v)
{
    put16(p, (uint16_t)(v >> 16));
    put16(p + 2, (uint16_t)v);
}

static uint16_t get16(const uint8_t *p)
{
    return (uint16_t)(p[0] << 8 | p[1]);
}

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)get16(p) << 16 | get16(p + 2);
}

/* RFC 1071 one's-complement sum, folded; `sum` carries a pseudo-header. */
static uint16_t csum(const uint8_t *p, size_t len, uint32_t sum)
{
    for (size_t i = 0; i + 1 < len; i += 2) {
        sum += get16(p + i);
    }
    if (len & 1) {
        sum += (uint32_t)p[len - 1] << 8;
    }
    while (sum >> 16) {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    return (uint16_t)~sum;
}

static void eth_header(uint8_t *f, const uint8_t *dst, const uint8_t *src, uint16_t type)
{
    memcpy(f, dst, 6);
    memcpy(f + 6, src, 6);
    put16(f + 12, type);
}

size_t udp_build(uint8_t *frame, const UdpHeaderInfo *h, const void *data, size_t len)
{
    static uint16_t ip_id = 1;
    uint8_t *ip = frame + ETH_HLEN;
    uint8_t *udp = ip + IP_HLEN;
    eth_header(frame, h->dst_mac, h->src_mac, ETH_P_IP);
    memset(ip, 0, IP_HLEN);
    ip[0] = 0x45;   /* version 4, 5 words */
    put16(ip + 2, (uint16_t)(IP_HLEN + UDP_HLEN + len));
    put16(ip + 4, ip_id++);
    ip[8] = 64;
    ip[9] = IPPROTO_UDP;
    put32(ip + 12, h->src_ip);
    put32(ip + 16, h->dst_ip);
    put16(ip + 10, csum(ip, IP_HLEN, 0));
    put16(udp, h->src_port);
    put16(udp + 2, h->dst_port);
    put16(udp + 4, (uint16_t)(UDP_HLEN + len));
    put16(udp + 6, 0);
    memcpy(udp + UDP_HLEN, data, len);
    uint32_t pseudo = (h->src_ip >> 16) + (h->src_ip & 0xffff) + (h->dst_ip >> 16) +
                      (h->dst_ip & 0xffff) + IPPROTO_UDP + UDP_HLEN + (uint32_t)len;
    uint16_t c = csum(udp, UDP_HLEN + len, pseudo);
    put16(udp + 6, c ? c : 0xffff);   /* 0 would mean "no checksum" */
    return ETH_HLEN + IP_HLEN + UDP_HLEN + len;
}

bool udp_parse(const uint8_t *frame, size_t len, UdpPacket *u)
{
    if (len < ETH_HLEN + IP_HLEN + UDP_HLEN || get16(frame + 12) != ETH_P_IP) {
        return false;
    }
    const uint8_t *ip = frame + ETH_HLEN;
    size_t ihl = (size_t)(ip[0] & 15) * 4;
    size_t total = get16(ip + 2);
    if ((ip[0] >> 4) != 4 || ip[9] != IPPROTO_UDP || ihl < IP_HLEN ||
        total > len - ETH_HLEN || total < ihl + UDP_HLEN) {
        return false;
    }
    const uint8_t *udp = ip + ihl;
    size_t ulen = get16(udp + 4);
    if (ulen < UDP_HLEN || ulen > total - ihl) {
        return false;
    }
    u->src_mac = frame + 6;
    u->src_ip = get32(ip + 12);
    u->dst_ip = get32(ip + 16);
    u->src_port = get16(udp);
    u->dst_port = get16(udp + 2);
    u->data = udp + UDP_HLEN;
    u->len = ulen - UDP_HLEN;
    return true;
}

size_t arp_build(uint8_t *frame, uint16_t op, const uint8_t *sha, uint32_t spa,
                 const uint8_t *tha, uint32_t tpa)
{
    static const uint8_t zero[6];
    uint8_t *a = frame + ETH_HLEN;
    eth_header(frame, op == ARP_REQUEST ? eth_broadcast : tha, sha, ETH_P_ARP);
    put16(a, 1);            /* Ethernet */
    put16(a + 2, ETH_P_IP);
    a[4] = 6;
    a[5] = 4;
    put16(a + 6, op);
    memcpy(a + 8, sha, 6);
    put32(a + 14, spa);
    memcpy(a + 18, op == ARP_REQUEST ? zero : tha, 6);
    put32(a + 24, tpa);
    return ETH_HLEN + ARP_LEN;
}

bool arp_parse(const uint8_t *frame, size_t len, ArpPacket *p)
{
    const uint8_t *a = frame + ETH_HLEN;
    if (len < ETH_HLEN + ARP_LEN || get16(frame + 12) != ETH_P_ARP || get16(a) != 1 ||
        get16(a + 2) != ETH_P_IP || a[4] != 6 || a[5] != 4) {
        return false;
    }
    p->op = get16(a + 6);
    p->sha = a + 8;
    p->spa = get32(a + 14);
    p->tpa = get32(a + 24);
    return true;
}

/* --- DHCP ---------------------------------------------------------------- */

size_t dhcp_build(uint8_t *msg, uint8_t type, uint32_t xid, const uint8_t *mac,
                  uint32_t requested, uint32_t server)
{
    memset(msg, 0, DHCP_MIN_LEN);
    msg[0] = 1;             /* BOOTREQUEST */
    msg[1] = 1;             /* htype Ethernet */
    msg[2] = 6;
    put32(msg + 4, xid);
    put16(msg + 10, 0x8000);   /* broadcast: we have no address yet */
    memcpy(msg + 28, mac, 6);
    put32(msg + BOOTP_FIXED, DHCP_MAGIC);
    uint8_t *o = msg + BOOTP_FIXED + 4;
    *o++ = OPT_MSG_TYPE;
    *o++ = 1;
    *o++ = type;
    if (requested) {
        *o++ = OPT_REQUESTED_IP;
        *o++ = 4;
        put32(o, requested);
        o += 4;
    }
    if (server) {
        *o++ = OPT_SERVER_ID;
        *o++ = 4;
        put32(o, server);
        o += 4;
    }
    *o++ = OPT_PARAMS;
    *o++ = 1;
    *o++ = OPT_ROUTER;
    *o++ = OPT_END;
    size_t len = (size_t)(o - msg);
    return len < DHCP_MIN_LEN ? DHCP_MIN_LEN : len;
}

static void dhcp_option(DhcpLease *l, uint8_t code, const uint8_t *v, uint8_t len)
{
    if (code == OPT_MSG_TYPE && len >= 1) {
        l->type = v[0];
    } else if (code == OPT_SERVER_ID && len >= 4) {
        l->server = get32(v);
    } else if (code == OPT_ROUTER && len >= 4) {
        l->router = get32(v);
    }
}

bool dhcp_parse(const uint8_t *msg, size_t len, uint32_t xid, DhcpLease *l)
{
    if (len < BOOTP_FIXED + 4 || msg[0] != 2 || get32(msg + 4) != xid ||
        get32(msg + BOOTP_FIXED) != DHCP_MAGIC) {
        return false;
    }
    memset(l, 0, sizeof(*l));
    l->yiaddr = get32(msg + 16);
    size_t i = BOOTP_FIXED + 4;
    while (i < len && msg[i] != OPT_END) {
        if (msg[i] == OPT_PAD) {
            i++;
            continue;
        }
        if (i + 2 > len || i + 2 + msg[i + 1] > len) {
            break;
        }
        dhcp_option(l, msg[i], msg + i + 2, msg[i + 1]);
        i += 2 + (size_t)msg[i + 1];
    }
    return l->type != 0;
}

void ip_format(char *buf, size_t size, uint32_t ip)
{
    fw_snprintf(buf, size, "%u.%u.%u.%u", ip >> 24, (ip >> 16) & 255, (ip >> 8) & 255,
                ip & 255);
}
