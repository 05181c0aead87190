/* GDB remote protocol engine (see gdbstub.h). Register numbers are GDB's
 * RISC-V numbers (emu/debug.h), which target.xml states explicitly. */
#include "gdbstub.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../emu/debug.h"
#include "../emu/disasm.h"

#define PKT_MAX 0x4000      /* PacketSize we announce (bytes, hex 4000) */
#define MAX_BREAKPOINTS 64
#define XML_MAX 8192
#define SIG_TRAP 5
#define SIG_INT 2
#define CTRL_C 0x03

enum RxState { RX_IDLE, RX_DATA, RX_SUM1, RX_SUM2 };

struct GdbStub {
    Machine *m;
    Hart *h;                   /* the selected hart (Hg): registers, memory, pc */
    int sel;                   /* its index; GDB's thread id is sel + 1 */
    int step_hart;             /* the hart a single step is for */
    GdbSendFn send;
    void *opaque;

    enum RxState rx;
    char pkt[PKT_MAX + 1];
    size_t len;
    uint8_t sum;
    int sum_hi;

    bool stopped, stepping, killed, detached;
    uint64_t bp[MAX_BREAKPOINTS];
    int nbp;

    char xml[XML_MAX];
    size_t xml_len;
};

/* CSRs listed in target.xml (any CSR can still be read with 'p'). */
static const struct { uint16_t num; const char *name; } xml_csrs[] = {
    { 0x100, "sstatus" }, { 0x104, "sie" }, { 0x105, "stvec" }, { 0x106, "scounteren" },
    { 0x140, "sscratch" }, { 0x141, "sepc" }, { 0x142, "scause" }, { 0x143, "stval" },
    { 0x144, "sip" }, { 0x180, "satp" }, { 0x300, "mstatus" }, { 0x301, "misa" },
    { 0x302, "medeleg" }, { 0x303, "mideleg" }, { 0x304, "mie" }, { 0x305, "mtvec" },
    { 0x306, "mcounteren" }, { 0x340, "mscratch" }, { 0x341, "mepc" }, { 0x342, "mcause" },
    { 0x343, "mtval" }, { 0x344, "mip" }, { 0x7a0, "tselect" }, { 0x7a1, "tdata1" },
    { 0x7a2, "tdata2" }, { 0x7a4, "tinfo" }, { 0xb00, "mcycle" }, { 0xb02, "minstret" },
    { 0xf14, "mhartid" },
};

/* The ABI names, except that GDB's own RISC-V target description calls x8
 * "fp" where objdump (and so the disassembler) says "s0". */
static const char *xml_xreg_name(int i)
{
    return i == 8 ? "fp" : disasm_xreg_names[i];
}

/* --- target description --------------------------------------------------- */

typedef struct Xml {
    char *buf;
    size_t size, len;
} Xml;

static void xml_put(Xml *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void xml_put(Xml *x, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(x->len < x->size ? x->buf + x->len : NULL,
                      x->len < x->size ? x->size - x->len : 0, fmt, ap);
    va_end(ap);
    x->len += n > 0 ? (size_t)n : 0;
}

static void xml_reg(Xml *x, const char *name, int bits, const char *type, int regnum)
{
    xml_put(x, "<reg name=\"%s\" bitsize=\"%d\" type=\"%s\" regnum=\"%d\"/>\n", name, bits, type,
            regnum);
}

size_t gdbstub_target_xml(int xlen, char *buf, size_t size)
{
    Xml x = { .buf = buf, .size = size };
    xml_put(&x, "<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
                "<target version=\"1.0\">\n<architecture>riscv:rv%d</architecture>\n", xlen);
    xml_put(&x, "<feature name=\"org.gnu.gdb.riscv.cpu\">\n");
    for (int i = 0; i < 32; i++) {
        const char *type = i == 1 ? "code_ptr" : (i == 2 || i == 8) ? "data_ptr" : "int";
        xml_reg(&x, xml_xreg_name(i), xlen, type, i);
    }
    xml_reg(&x, "pc", xlen, "code_ptr", DBG_REG_PC);
    xml_put(&x, "</feature>\n<feature name=\"org.gnu.gdb.riscv.fpu\">\n");
    for (int i = 0; i < 32; i++) {
        char name[16];
        snprintf(name, sizeof(name), "f%d", i);
        xml_reg(&x, name, 64, "ieee_double", DBG_REG_F0 + i);
    }
    xml_reg(&x, "fflags", 32, "int", DBG_REG_CSR0 + 1);
    xml_reg(&x, "frm", 32, "int", DBG_REG_CSR0 + 2);
    xml_reg(&x, "fcsr", 32, "int", DBG_REG_CSR0 + 3);
    xml_put(&x, "</feature>\n<feature name=\"org.gnu.gdb.riscv.csr\">\n");
    for (size_t i = 0; i < sizeof(xml_csrs) / sizeof(xml_csrs[0]); i++) {
        xml_reg(&x, xml_csrs[i].name, xlen, "int", DBG_REG_CSR0 + xml_csrs[i].num);
    }
    xml_put(&x, "</feature>\n<feature name=\"org.gnu.gdb.riscv.virtual\">\n");
    xml_reg(&x, "priv", xlen, "int", DBG_REG_PRIV);
    xml_put(&x, "</feature>\n</target>\n");
    return x.len;
}

/* --- packets out ---------------------------------------------------------- */

static const char hexdig[] = "0123456789abcdef";

/* Sends "$data#cc", escaping '#', '$', '}' and '*' (GDB manual §E.1). */
static void send_packet(GdbStub *g, const char *data, size_t len)
{
    static const size_t room = 2 * PKT_MAX + 8;
    char *out = malloc(room);
    if (!out) {
        return;
    }
    size_t n = 0;
    uint8_t sum = 0;
    out[n++] = '$';
    for (size_t i = 0; i < len && n + 6 < room; i++) {
        char c = data[i];
        if (c == '#' || c == '$' || c == '}' || c == '*') {
            out[n++] = '}';
            sum += '}';
            c ^= 0x20;
        }
        out[n++] = c;
        sum += (uint8_t)c;
    }
    out[n++] = '#';
    out[n++] = hexdig[sum >> 4];
    out[n++] = hexdig[sum & 15];
    g->send(g->opaque, out, n);
    free(out);
}

static void reply(GdbStub *g, const char *s)
{
    send_packet(g, s, strlen(s));
}

/* Every hart is a GDB thread (ids 1..N). With one hart the stop reply
 * stays the plain S form; with several it names the thread (GDB manual
 * §E.3 "Stop Reply Packets"), extra being more "name:value;" pairs. */
static void reply_stop_why(GdbStub *g, int sig, const char *extra)
{
    char buf[80];
    if (machine_hart_count(g->m) == 1 && !extra[0]) {
        snprintf(buf, sizeof(buf), "S%02x", sig);
    } else if (machine_hart_count(g->m) == 1) {
        snprintf(buf, sizeof(buf), "T%02x%s", sig, extra);
    } else {
        snprintf(buf, sizeof(buf), "T%02xthread:%x;%s", sig, g->sel + 1, extra);
    }
    reply(g, buf);
}

static void reply_stop(GdbStub *g, int sig)
{
    reply_stop_why(g, sig, "");
}

static void select_hart(GdbStub *g, int n)
{
    Hart *h = machine_hart_n(g->m, n);
    if (h) {
        g->sel = n;
        g->h = h;
    }
}

/* --- helpers -------------------------------------------------------------- */

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Parses a hex number; *end points after it. False when there is none. */
static bool parse_hex(const char *s, uint64_t *v, const char **end)
{
    uint64_t r = 0;
    const char *p = s;
    for (; hexval(*p) >= 0; p++) {
        r = r << 4 | (uint64_t)hexval(*p);
    }
    *v = r;
    *end = p;
    return p != s;
}

/* Size in bytes of a register in the g/p packets. */
static size_t reg_size(const GdbStub *g, int regno)
{
    if (regno >= DBG_REG_F0 && regno < DBG_REG_F0 + 32) {
        return 8;
    }
    if (regno >= DBG_REG_CSR0 + 1 && regno <= DBG_REG_CSR0 + 3) {
        return 4;
    }
    return (size_t)g->h->xlen / 8;
}

static void put_le(char *out, uint64_t v, size_t size)
{
    for (size_t i = 0; i < size; i++) {
        uint8_t b = (uint8_t)(v >> (8 * i));
        out[2 * i] = hexdig[b >> 4];
        out[2 * i + 1] = hexdig[b & 15];
    }
    out[2 * size] = '\0';
}

static bool get_le(const char *in, size_t size, uint64_t *v)
{
    uint64_t r = 0;
    for (size_t i = 0; i < size; i++) {
        int hi = hexval(in[2 * i]), lo = hi < 0 ? -1 : hexval(in[2 * i + 1]);
        if (lo < 0) {
            return false;
        }
        r |= (uint64_t)(hi << 4 | lo) << (8 * i);
    }
    *v = r;
    return true;
}

/* Single-steps only while someone needs to look after each instruction. */
static bool stop_hook(void *opaque, uint64_t pc)
{
    GdbStub *g = opaque;
    if (g->stepping) {
        return machine_current_hart(g->m) == g->step_hart;   /* that hart stepped */
    }
    for (int i = 0; i < g->nbp; i++) {
        if (g->bp[i] == pc) {
            return true;
        }
    }
    return false;
}

static void resume(GdbStub *g, bool step)
{
    g->stepping = step;
    g->step_hart = g->sel;
    g->stopped = false;
    bool hook = step || g->nbp > 0;
    machine_set_stop_hook(g->m, hook ? stop_hook : NULL, g);
}

/* --- commands ------------------------------------------------------------- */

static void cmd_read_regs(GdbStub *g)
{
    char buf[33 * 16 + 1];
    size_t n = 0;
    for (int r = 0; r <= DBG_REG_PC; r++) {
        uint64_t v = 0;
        hart_debug_get_reg(g->h, r, &v);
        put_le(buf + n, v, reg_size(g, r));
        n += 2 * reg_size(g, r);
    }
    send_packet(g, buf, n);
}

static void cmd_write_regs(GdbStub *g, const char *p)
{
    for (int r = 0; r <= DBG_REG_PC; r++) {
        uint64_t v;
        size_t size = reg_size(g, r);
        if (strlen(p) < 2 * size || !get_le(p, size, &v)) {
            reply(g, "E01");
            return;
        }
        hart_debug_set_reg(g->h, r, v);
        p += 2 * size;
    }
    reply(g, "OK");
}

static void cmd_read_reg(GdbStub *g, const char *p)
{
    uint64_t regno, v;
    const char *end;
    char buf[20];
    if (!parse_hex(p, &regno, &end) || regno > DBG_REG_PRIV ||
        !hart_debug_get_reg(g->h, (int)regno, &v)) {
        reply(g, "E01");
        return;
    }
    put_le(buf, v, reg_size(g, (int)regno));
    reply(g, buf);
}

static void cmd_write_reg(GdbStub *g, const char *p)
{
    uint64_t regno, v;
    const char *end;
    if (!parse_hex(p, &regno, &end) || *end != '=' || regno > DBG_REG_PRIV ||
        strlen(end + 1) < 2 * reg_size(g, (int)regno) ||
        !get_le(end + 1, reg_size(g, (int)regno), &v) ||
        !hart_debug_set_reg(g->h, (int)regno, v)) {
        reply(g, "E01");
        return;
    }
    reply(g, "OK");
}

/* "addr,len" followed by end_char (or the end of the packet when 0). */
static bool parse_addr_len(const char *p, uint64_t *addr, uint64_t *len, const char **end)
{
    return parse_hex(p, addr, &p) && *p++ == ',' && parse_hex(p, len, end);
}

static void cmd_read_mem(GdbStub *g, const char *p)
{
    uint64_t addr, len;
    const char *end;
    uint8_t data[PKT_MAX / 2];
    char buf[PKT_MAX + 1];
    if (!parse_addr_len(p, &addr, &len, &end) || len > sizeof(data)) {
        reply(g, "E01");
        return;
    }
    if (!hart_debug_read(g->h, addr, data, (size_t)len)) {
        reply(g, "E14");
        return;
    }
    for (uint64_t i = 0; i < len; i++) {
        buf[2 * i] = hexdig[data[i] >> 4];
        buf[2 * i + 1] = hexdig[data[i] & 15];
    }
    send_packet(g, buf, (size_t)(2 * len));
}

/* M addr,len:hex and X addr,len:binary ('}' escapes already undone). */
static void cmd_write_mem(GdbStub *g, const char *p, size_t plen, bool binary)
{
    uint64_t addr, len;
    const char *end, *stop = p + plen;
    uint8_t data[PKT_MAX];
    if (!parse_addr_len(p, &addr, &len, &end) || *end != ':' || len > sizeof(data)) {
        reply(g, "E01");
        return;
    }
    const char *d = end + 1;
    for (uint64_t i = 0; i < len; i++) {
        if (binary && d < stop) {
            data[i] = (uint8_t)*d++;
        } else if (!binary && d + 1 < stop && hexval(d[0]) >= 0 && hexval(d[1]) >= 0) {
            data[i] = (uint8_t)(hexval(d[0]) << 4 | hexval(d[1]));
            d += 2;
        } else {
            reply(g, "E01");
            return;
        }
    }
    reply(g, hart_debug_write(g->h, addr, data, (size_t)len) ? "OK" : "E14");
}

/* Z1-Z4 / z1-z4: hardware breakpoints and write, read and access
 * watchpoints, checked by the hart before the instruction or access
 * (emu/debug.h), so GDB steps over them with them removed. */
static void cmd_hw_watch(GdbStub *g, int type, uint64_t addr, uint64_t len, bool insert)
{
    static const int kinds[5] = {
        [1] = HART_WATCH_EXEC, [2] = HART_WATCH_STORE, [3] = HART_WATCH_LOAD,
        [4] = HART_WATCH_LOAD | HART_WATCH_STORE,
    };
    if (type == 1) {
        len = 1; /* the length is the instruction's (2 or 4): match its address */
    }
    if (len == 0) {
        reply(g, "E01");
    } else if (insert) {
        /* Hardware breakpoints and watchpoints watch every hart. */
        bool ok = true;
        for (int i = 0; i < machine_hart_count(g->m); i++) {
            ok &= hart_debug_watch_insert(machine_hart_n(g->m, i), addr, len, kinds[type]);
        }
        reply(g, ok ? "OK" : "E0e");
    } else {
        for (int i = 0; i < machine_hart_count(g->m); i++) {
            hart_debug_watch_remove(machine_hart_n(g->m, i), addr, len, kinds[type]);
        }
        reply(g, "OK");
    }
}

static void cmd_breakpoint(GdbStub *g, const char *p, bool insert)
{
    uint64_t addr, kind;
    const char *end;
    if (p[0] < '0' || p[0] > '4') {
        reply(g, "");  /* not a type of the protocol */
        return;
    }
    if (p[1] != ',' || !parse_addr_len(p + 2, &addr, &kind, &end)) {
        reply(g, "E01");
        return;
    }
    if (p[0] != '0') {
        cmd_hw_watch(g, p[0] - '0', addr, kind, insert);
        return;
    }
    int i = 0;
    while (i < g->nbp && g->bp[i] != addr) {
        i++;
    }
    if (insert && i == g->nbp) {
        if (g->nbp == MAX_BREAKPOINTS) {
            reply(g, "E0e");
            return;
        }
        g->bp[g->nbp++] = addr;
    } else if (!insert && i < g->nbp) {
        g->bp[i] = g->bp[--g->nbp];
    }
    reply(g, "OK");
}

/* c [addr] / s [addr]: resume, optionally at addr. */
static void cmd_resume(GdbStub *g, const char *p, bool step)
{
    uint64_t addr;
    const char *end;
    if (parse_hex(p, &addr, &end)) {
        hart_debug_set_reg(g->h, DBG_REG_PC, addr);
    }
    resume(g, step);
}

static void cmd_xfer(GdbStub *g, const char *p)
{
    static const char prefix[] = "features:read:target.xml:";
    uint64_t off, len;
    const char *end;
    if (strncmp(p, prefix, sizeof(prefix) - 1) != 0) {
        reply(g, "");
        return;
    }
    if (!parse_addr_len(p + sizeof(prefix) - 1, &off, &len, &end)) {
        reply(g, "E01");
        return;
    }
    char buf[PKT_MAX / 2 + 2];
    size_t left = off < g->xml_len ? g->xml_len - (size_t)off : 0;
    size_t n = len < left ? (size_t)len : left;
    n = n < sizeof(buf) - 2 ? n : sizeof(buf) - 2;
    buf[0] = n < left ? 'm' : 'l';
    memcpy(buf + 1, g->xml + (off < g->xml_len ? off : 0), n);
    send_packet(g, buf, n + 1);
}

static void cmd_query(GdbStub *g, const char *p)
{
    if (!strncmp(p, "qSupported", 10)) {
        char buf[80];
        snprintf(buf, sizeof(buf), "PacketSize=%x;qXfer:features:read+", PKT_MAX);
        reply(g, buf);
    } else if (!strncmp(p, "qXfer:", 6)) {
        cmd_xfer(g, p + 6);
    } else if (!strcmp(p, "qAttached")) {
        reply(g, "1");
    } else if (!strcmp(p, "qC")) {
        char buf[16];
        snprintf(buf, sizeof(buf), "QC%x", g->sel + 1);
        reply(g, buf);
    } else if (!strcmp(p, "qfThreadInfo")) {
        char buf[64] = "m1";
        for (int i = 1; i < machine_hart_count(g->m); i++) {
            size_t n = strlen(buf);
            snprintf(buf + n, sizeof(buf) - n, ",%x", i + 1);
        }
        reply(g, buf);
    } else if (!strcmp(p, "qsThreadInfo")) {
        reply(g, "l");
    } else if (!strcmp(p, "qSymbol::")) {
        reply(g, "OK");
    } else {
        reply(g, "");
    }
}

/* Hg<id>: the thread later register and memory commands use (0 or -1:
 * any, keep the current one); Hc: the one to continue, every hart runs. */
static void cmd_set_thread(GdbStub *g, const char *p)
{
    uint64_t id;
    const char *end;
    if (p[0] == 'g' && p[1] != '-' && parse_hex(p + 1, &id, &end) && id != 0) {
        if (!machine_hart_n(g->m, (int)id - 1) || id > INT32_MAX) {
            reply(g, "E01");
            return;
        }
        select_hart(g, (int)id - 1);
    }
    reply(g, "OK");
}

/* T<id>: is thread id alive (a hart of this machine)? */
static void cmd_thread_alive(GdbStub *g, const char *p)
{
    uint64_t id;
    const char *end;
    bool alive = parse_hex(p, &id, &end) && id >= 1 && id <= (uint64_t)machine_hart_count(g->m);
    reply(g, alive ? "OK" : "E01");
}

static void handle_packet(GdbStub *g, char *p, size_t len)
{
    switch (p[0]) {
    case '?': reply_stop(g, SIG_TRAP); break;
    case 'g': cmd_read_regs(g); break;
    case 'G': cmd_write_regs(g, p + 1); break;
    case 'p': cmd_read_reg(g, p + 1); break;
    case 'P': cmd_write_reg(g, p + 1); break;
    case 'm': cmd_read_mem(g, p + 1); break;
    case 'M': cmd_write_mem(g, p + 1, len - 1, false); break;
    case 'X': cmd_write_mem(g, p + 1, len - 1, true); break;
    case 'c': cmd_resume(g, p + 1, false); break;
    case 's': cmd_resume(g, p + 1, true); break;
    case 'Z': cmd_breakpoint(g, p + 1, true); break;
    case 'z': cmd_breakpoint(g, p + 1, false); break;
    case 'H': cmd_set_thread(g, p + 1); break;
    case 'T': cmd_thread_alive(g, p + 1); break;
    case 'q': cmd_query(g, p); break;
    case 'k':
        g->killed = true;
        break;
    case 'D':
        g->nbp = 0;
        for (int i = 0; i < machine_hart_count(g->m); i++) {
            hart_debug_watch_clear(machine_hart_n(g->m, i));
        }
        resume(g, false);
        g->detached = true;
        reply(g, "OK");
        break;
    default:
        reply(g, "");  /* unsupported, vCont? and vMustReplyEmpty included */
        break;
    }
}

/* --- packets in ----------------------------------------------------------- */

/* Undoes '}' escapes in place (GDB manual §E.1); returns the new length. */
static size_t unescape(char *p, size_t len)
{
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        p[o++] = p[i] == '}' && i + 1 < len ? (char)(p[++i] ^ 0x20) : p[i];
    }
    p[o] = '\0';
    return o;
}

static void rx_byte(GdbStub *g, uint8_t c)
{
    switch (g->rx) {
    case RX_IDLE:
        if (c == '$') {
            g->rx = RX_DATA;
            g->len = 0;
            g->sum = 0;
        } else if (c == CTRL_C && !g->stopped) {
            g->stopped = true;
            g->stepping = false;
            reply_stop(g, SIG_INT);
        }
        break;  /* '+' / '-' acknowledgements need nothing */
    case RX_DATA:
        if (c == '#') {
            g->rx = RX_SUM1;
        } else if (g->len < PKT_MAX) {
            g->pkt[g->len++] = (char)c;
            g->sum += c;
        }
        break;
    case RX_SUM1:
        g->sum_hi = hexval((char)c);
        g->rx = RX_SUM2;
        break;
    case RX_SUM2: {
        g->rx = RX_IDLE;
        int lo = hexval((char)c);
        if (g->sum_hi < 0 || lo < 0 || (g->sum_hi << 4 | lo) != g->sum) {
            g->send(g->opaque, "-", 1);
            break;
        }
        g->send(g->opaque, "+", 1);
        size_t n = unescape(g->pkt, g->len);
        if (n > 0) {
            handle_packet(g, g->pkt, n);
        }
        break;
    }
    }
}

void gdbstub_input(GdbStub *g, const uint8_t *buf, size_t len)
{
    for (size_t i = 0; i < len && !g->killed; i++) {
        rx_byte(g, buf[i]);
    }
}

/* --- lifetime and events ---------------------------------------------------- */

GdbStub *gdbstub_create(Machine *m, GdbSendFn send, void *opaque)
{
    GdbStub *g = calloc(1, sizeof(*g));
    if (!g) {
        return NULL;
    }
    g->m = m;
    g->h = machine_hart(m);
    g->send = send;
    g->opaque = opaque;
    g->stopped = true;
    g->xml_len = gdbstub_target_xml(g->h->xlen, g->xml, sizeof(g->xml));
    if (g->xml_len >= sizeof(g->xml)) {
        g->xml_len = sizeof(g->xml) - 1;
    }
    return g;
}

void gdbstub_destroy(GdbStub *g)
{
    if (!g) {
        return;
    }
    machine_set_stop_hook(g->m, NULL, NULL);
    for (int i = 0; i < machine_hart_count(g->m); i++) {
        hart_debug_watch_clear(machine_hart_n(g->m, i)); /* this debugger's */
    }
    free(g);
}

bool gdbstub_stopped(const GdbStub *g)
{
    return g->stopped;
}

void gdbstub_machine_stopped(GdbStub *g)
{
    uint64_t addr;
    int kinds;
    g->stopped = true;
    g->stepping = false;
    select_hart(g, machine_current_hart(g->m));   /* the hart that stopped */
    if (!hart_debug_watch_hit(g->h, &addr, &kinds) || kinds == HART_WATCH_EXEC) {
        reply_stop(g, SIG_TRAP);
        return;
    }
    /* A watchpoint: the stop reason names its type and the data address
     * (GDB manual §E.3 "Stop Reply Packets"). */
    const char *why = kinds == HART_WATCH_STORE ? "watch"
                    : kinds == HART_WATCH_LOAD ? "rwatch" : "awatch";
    char buf[48];
    snprintf(buf, sizeof(buf), "%s:%llx;", why, (unsigned long long)addr);
    reply_stop_why(g, SIG_TRAP, buf);
}

void gdbstub_machine_exited(GdbStub *g, int code)
{
    char buf[8];
    snprintf(buf, sizeof(buf), "W%02x", code & 0xff);
    reply(g, buf);
}

bool gdbstub_killed(const GdbStub *g)
{
    return g->killed;
}

bool gdbstub_detached(const GdbStub *g)
{
    return g->detached;
}
