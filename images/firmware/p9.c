/* virtio-9p self-test. Virtio 1.2 only assigns device ID 9 ("9P transport",
 * §5 device ID table); it has no device section, so the layout is the
 * de-facto one (Linux trans_virtio, QEMU): one request queue, each request a
 * device-readable T-message followed by a device-writable buffer for the
 * R-message; config space holds tag_len (le16) and the mount tag when
 * feature bit 0 (MOUNT_TAG) is offered. Messages are 9P2000.L: size[4]
 * type[1] tag[2] body, little-endian, strings as len[2] bytes (diod's
 * protocol.md, Plan 9 intro(5)). */
#include "virtio.h"

#define VIRTIO_9P_MOUNT_TAG (1ull << 0)

#define P9_RLERROR 7
#define P9_TLOPEN 12
#define P9_TLCREATE 14
#define P9_TREADDIR 40
#define P9_TVERSION 100
#define P9_TATTACH 104
#define P9_TWALK 110
#define P9_TREAD 116
#define P9_TWRITE 118
#define P9_TCLUNK 120
#define P9_TBOGUS 90       /* an even (T) number no 9P dialect assigns */

#define P9_NOTAG 0xffff
#define P9_NOFID 0xffffffffu
#define P9_MSIZE 8192
#define P9_HDR 7
#define QID_LEN 13

/* Linux open flags, which 9P2000.L carries as they are. */
#define L_O_RDONLY 0
#define L_O_RDWR 2
#define L_O_CREAT 0x40
#define L_O_TRUNC 0x200
#define L_O_DIRECTORY 0x10000
#define L_ENOENT 2

#define FID_ROOT 0
#define FID_FILE 1
#define FID_HOST 2
#define FID_DIR 3
#define RPC_TIMEOUT_MS 3000
#define RPC_TRANSPORT_ERROR (-1000)

static const char fw_file[] = "fwtest.txt";
static const char fw_text[] = "rvbox-fwtest 9p write\n";
static const char host_file[] = "hostfile.txt";
static const char host_text[] = "rvbox-9p-host-file";

typedef struct P9 {
    VirtioDev dev;
    uint8_t *t;        /* T-message being built */
    size_t tlen;
    uint8_t *r;        /* R-message buffer, msize bytes */
    size_t rlen;       /* bytes the device wrote */
    size_t rpos;       /* read cursor into r */
    bool rbad;         /* a read ran past the reply */
    uint16_t tag;
    uint32_t ecode;    /* errno of the last Rlerror */
    int transport;     /* vq result of the last failed transport */
    char mount_tag[64];
} P9;

static P9 c;

/* --- message building and parsing ------------------------------------------- */

static void put(const void *v, size_t n)
{
    if (c.tlen + n <= P9_MSIZE) {
        memcpy(c.t + c.tlen, v, n);
    }
    c.tlen += n;
}

static void put8(uint8_t v)
{
    put(&v, 1);
}

static void put16(uint16_t v)
{
    uint8_t b[2] = { (uint8_t)v, (uint8_t)(v >> 8) };
    put(b, 2);
}

static void put32(uint32_t v)
{
    put16((uint16_t)v);
    put16((uint16_t)(v >> 16));
}

static void put64(uint64_t v)
{
    put32((uint32_t)v);
    put32((uint32_t)(v >> 32));
}

static void put_str(const char *s)
{
    put16((uint16_t)strlen(s));
    put(s, strlen(s));
}

static void begin(uint8_t type, uint16_t tag)
{
    c.tlen = 0;
    put32(0);
    put8(type);
    put16(tag);
}

static void set_size(uint32_t size)
{
    c.t[0] = (uint8_t)size;
    c.t[1] = (uint8_t)(size >> 8);
    c.t[2] = (uint8_t)(size >> 16);
    c.t[3] = (uint8_t)(size >> 24);
}

static uint64_t get(size_t n)
{
    uint64_t v = 0;
    if (c.rpos + n > c.rlen) {
        c.rbad = true;
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        v |= (uint64_t)c.r[c.rpos + i] << (8 * i);
    }
    c.rpos += n;
    return v;
}

static const uint8_t *get_bytes(size_t n)
{
    if (c.rpos + n > c.rlen) {
        c.rbad = true;
        return NULL;
    }
    c.rpos += n;
    return c.r + c.rpos - n;
}

/* Copies a string field into out (NUL-terminated, truncated to cap). */
static void get_str(char *out, size_t cap)
{
    size_t n = (size_t)get(2);
    const uint8_t *s = get_bytes(n);
    size_t k = n < cap - 1 ? n : cap - 1;
    if (s) {
        memcpy(out, s, k);
    }
    out[s ? k : 0] = 0;
}

/* --- transport ------------------------------------------------------------- */

/* Sends c.t (with the size field `size`) and waits for the reply. Returns 0
 * for a reply of type `type`, the errno of an Rlerror, or a negative value
 * for a transport failure or a malformed reply. */
static int send_raw(uint32_t size, uint8_t type)
{
    set_size(size);
    memset(c.r, 0, P9_MSIZE);
    VBuf b[2] = { { c.t, (uint32_t)c.tlen, false }, { c.r, P9_MSIZE, true } };
    uint32_t len = 0;
    int r = virtio_transact(&c.dev, 0, b, 2, &len, RPC_TIMEOUT_MS);
    c.transport = r;
    if (r < 0) {
        return RPC_TRANSPORT_ERROR + r;
    }
    c.rlen = len < P9_MSIZE ? len : P9_MSIZE;
    c.rpos = 0;
    c.rbad = false;
    uint32_t rsize = (uint32_t)get(4);
    uint8_t rtype = (uint8_t)get(1);
    uint16_t rtag = (uint16_t)get(2);
    if (c.rbad || rsize < P9_HDR || rsize > c.rlen || rtag != c.tag) {
        note("9p: malformed reply (size %u, %zu bytes written, tag %u)", rsize, c.rlen, rtag);
        return -1;
    }
    c.rlen = rsize;
    if (rtype == P9_RLERROR) {
        c.ecode = (uint32_t)get(4);
        return c.ecode ? (int)c.ecode : -1;
    }
    return rtype == type ? 0 : -1;
}

static int rpc(uint8_t rtype)
{
    return send_raw((uint32_t)c.tlen, rtype);
}

static uint16_t next_tag(void)
{
    c.tag = (uint16_t)(c.tag + 1) % 0x8000;
    return c.tag;
}

static const char *rpc_name(int r)
{
    static char buf[48];
    if (r == 0) {
        return "ok";
    }
    if (r > 0) {
        fw_snprintf(buf, sizeof(buf), "Rlerror %d", r);
    } else if (r <= RPC_TRANSPORT_ERROR + VQ_TIMEOUT) {
        return vq_result_name(r - RPC_TRANSPORT_ERROR);
    } else {
        return "bad reply";
    }
    return buf;
}

/* --- 9P2000.L operations ------------------------------------------------------ */

static int p9_version(uint32_t *msize, char *version, size_t cap)
{
    c.tag = P9_NOTAG;   /* Tversion always uses NOTAG */
    begin(P9_TVERSION, P9_NOTAG);
    put32(P9_MSIZE);
    put_str("9P2000.L");
    int r = rpc(P9_TVERSION + 1);
    if (r == 0) {
        *msize = (uint32_t)get(4);
        get_str(version, cap);
    }
    return r;
}

static int p9_attach(void)
{
    begin(P9_TATTACH, next_tag());
    put32(FID_ROOT);
    put32(P9_NOFID);
    put_str("root");
    put_str("");
    put32(0);   /* n_uname: uid 0 */
    return rpc(P9_TATTACH + 1);
}

static int p9_walk(uint32_t fid, uint32_t newfid, const char *name)
{
    begin(P9_TWALK, next_tag());
    put32(fid);
    put32(newfid);
    put16(name ? 1 : 0);
    if (name) {
        put_str(name);
    }
    int r = rpc(P9_TWALK + 1);
    if (r == 0 && (uint16_t)get(2) != (name ? 1 : 0)) {
        return -1;   /* a partial walk leaves newfid unused */
    }
    return r;
}

static int p9_lopen(uint32_t fid, uint32_t flags)
{
    begin(P9_TLOPEN, next_tag());
    put32(fid);
    put32(flags);
    return rpc(P9_TLOPEN + 1);
}

static int p9_lcreate(uint32_t fid, const char *name, uint32_t flags, uint32_t mode)
{
    begin(P9_TLCREATE, next_tag());
    put32(fid);
    put_str(name);
    put32(flags);
    put32(mode);
    put32(0);   /* gid */
    return rpc(P9_TLCREATE + 1);
}

static int p9_write(uint32_t fid, uint64_t off, const void *data, uint32_t n, uint32_t *done)
{
    begin(P9_TWRITE, next_tag());
    put32(fid);
    put64(off);
    put32(n);
    put(data, n);
    int r = rpc(P9_TWRITE + 1);
    *done = r == 0 ? (uint32_t)get(4) : 0;
    return r;
}

/* Reads up to cap bytes at off; *out points into the reply buffer. */
static int p9_read_op(uint8_t type, uint32_t fid, uint64_t off, uint32_t cap,
                      const uint8_t **out, uint32_t *n)
{
    begin(type, next_tag());
    put32(fid);
    put64(off);
    put32(cap);
    int r = rpc((uint8_t)(type + 1));
    *n = r == 0 ? (uint32_t)get(4) : 0;
    *out = r == 0 ? get_bytes(*n) : NULL;
    return r == 0 && (c.rbad || *n > cap) ? -1 : r;
}

static int p9_clunk(uint32_t fid)
{
    begin(P9_TCLUNK, next_tag());
    put32(fid);
    return rpc(P9_TCLUNK + 1);
}

/* --- the test ----------------------------------------------------------- */

static bool p9_init(void)
{
    if (!c.t) {
        c.t = fw_alloc(P9_MSIZE, 64);
        c.r = fw_alloc(P9_MSIZE, 64);
    }
    virtio_find(VIRTIO_ID_9P, &c.dev);
    if (!virtio_begin(&c.dev, VIRTIO_9P_MOUNT_TAG) || !virtio_queue_setup(&c.dev, 0, 16)) {
        return false;
    }
    c.mount_tag[0] = 0;
    if (c.dev.features & VIRTIO_9P_MOUNT_TAG) {
        uint16_t n = virtio_cfg16(&c.dev, 0);
        n = n < sizeof(c.mount_tag) - 1 ? n : sizeof(c.mount_tag) - 1;
        for (uint16_t i = 0; i < n; i++) {
            c.mount_tag[i] = (char)virtio_cfg8(&c.dev, 2u + i);
        }
        c.mount_tag[n] = 0;
    }
    return virtio_driver_ok(&c.dev);
}

/* Init, Tversion and Tattach; reports each step when `verbose`. */
static bool p9_session(const char *who, bool verbose)
{
    bool up = p9_init();
    const char *want = arg_str("9ptag", NULL);
    bool tag_ok = !want || !strcmp(want, c.mount_tag);
    if (verbose && !check(up && tag_ok, "%s: init (mount tag \"%s\")", who, c.mount_tag)) {
        return false;
    }
    uint32_t msize = 0;
    char version[32] = "";
    int r = up ? p9_version(&msize, version, sizeof(version)) : -1;
    bool ok = r == 0 && !strcmp(version, "9P2000.L") && msize >= 256 && msize <= P9_MSIZE;
    if (verbose && !check(ok, "%s: Tversion -> %s msize %u (%s)", who, version, msize,
                          rpc_name(r))) {
        return false;
    }
    r = ok ? p9_attach() : -1;
    if (verbose) {
        check(r == 0, "%s: Tattach (%s)", who, rpc_name(r));
    }
    return ok && r == 0;
}

static void create_write_read(void)
{
    uint32_t done = 0;
    uint32_t n = 0;
    const uint8_t *data = NULL;
    uint32_t len = (uint32_t)strlen(fw_text);
    int r = p9_walk(FID_ROOT, FID_FILE, NULL);
    if (r == 0) {
        r = p9_lcreate(FID_FILE, fw_file, L_O_RDWR | L_O_CREAT | L_O_TRUNC, 0644);
    }
    if (!check(r == 0, "9p: Twalk + Tlcreate %s (%s)", fw_file, rpc_name(r))) {
        return;
    }
    r = p9_write(FID_FILE, 0, fw_text, len, &done);
    check(r == 0 && done == len, "9p: Twrite %u bytes (%s, %u written)", len, rpc_name(r),
          done);
    r = p9_read_op(P9_TREAD, FID_FILE, 0, 256, &data, &n);
    check(r == 0 && n == len && !memcmp(data, fw_text, len),
          "9p: Tread reads back what was written (%s, %u bytes)", rpc_name(r), n);
    r = p9_clunk(FID_FILE);
    check(r == 0, "9p: Tclunk (%s)", rpc_name(r));
}

static void read_host_file(void)
{
    uint32_t n = 0;
    const uint8_t *data = NULL;
    int r = p9_walk(FID_ROOT, FID_HOST, host_file);
    if (r == 0) {
        r = p9_lopen(FID_HOST, L_O_RDONLY);
    }
    if (r == 0) {
        r = p9_read_op(P9_TREAD, FID_HOST, 0, 256, &data, &n);
    }
    size_t want = strlen(host_text);
    check(r == 0 && n >= want && !memcmp(data, host_text, want),
          "9p: read the host's %s (%s, %u bytes)", host_file, rpc_name(r), n);
    p9_clunk(FID_HOST);
    r = p9_walk(FID_ROOT, FID_HOST, "no-such-file");
    check(r == L_ENOENT, "9p: Twalk to a missing name fails with ENOENT (%s)", rpc_name(r));
}

/* Rreaddir data: qid[13] offset[8] type[1] name[s] per entry; the next
 * Treaddir continues from the last entry's offset. */
static int scan_dir(const uint8_t *data, uint32_t n, uint64_t *off, unsigned *found)
{
    int entries = 0;
    for (uint32_t p = 0; p + QID_LEN + 8 + 1 + 2 <= n; entries++) {
        const uint8_t *e = data + p;
        uint64_t next = 0;
        for (int i = 0; i < 8; i++) {
            next |= (uint64_t)e[QID_LEN + i] << (8 * i);
        }
        uint16_t nl = (uint16_t)(e[QID_LEN + 9] | e[QID_LEN + 10] << 8);
        const char *name = (const char *)e + QID_LEN + 11;
        if (p + QID_LEN + 11 + nl > n) {
            return -1;
        }
        *found |= (nl == strlen(fw_file) && !memcmp(name, fw_file, nl)) ? 1u : 0u;
        *found |= (nl == strlen(host_file) && !memcmp(name, host_file, nl)) ? 2u : 0u;
        *off = next;
        p += QID_LEN + 11 + nl;
    }
    return entries;
}

static void read_dir(void)
{
    unsigned found = 0;
    uint64_t off = 0;
    int r = p9_walk(FID_ROOT, FID_DIR, NULL);
    if (r == 0) {
        r = p9_lopen(FID_DIR, L_O_RDONLY | L_O_DIRECTORY);
    }
    int total = 0;
    for (int round = 0; r == 0 && round < 64; round++) {
        const uint8_t *data = NULL;
        uint32_t n = 0;
        r = p9_read_op(P9_TREADDIR, FID_DIR, off, 2048, &data, &n);
        int k = r == 0 ? scan_dir(data, n, &off, &found) : -1;
        if (r == 0 && k < 0) {
            r = -1;
        }
        if (r != 0 || k == 0) {
            break;
        }
        total += k;
    }
    check(r == 0 && found == 3, "9p: Treaddir lists %s and %s (%s, %d entries)", fw_file,
          host_file, rpc_name(r), total);
    p9_clunk(FID_DIR);
}

void p9_test(void)
{
    if (p9_session("9p", true)) {
        create_write_read();
        read_host_file();
        read_dir();
    }
    virtio_reset(&c.dev);
}

/* --- deliberate misuse ------------------------------------------------------ */

/* A working session after the bad message: a fresh one if the device asked
 * for a reset (§2.1.2), else the same session must still answer. */
static void check_alive(const char *after)
{
    bool reset = c.transport == VQ_NEEDS_RESET ||
                 (virtio_status(&c.dev) & VIRTIO_STATUS_NEEDS_RESET);
    bool ok = reset ? p9_session("9p-misuse", false) : p9_walk(FID_ROOT, FID_DIR, NULL) == 0;
    if (!reset && ok) {
        ok = p9_clunk(FID_DIR) == 0;
    }
    check(ok, "9p-misuse: device answers after %s%s", after, reset ? " and a reset" : "");
}

static bool answered(int r)
{
    return r > 0 || c.transport == VQ_NEEDS_RESET;
}

void p9_misuse_test(void)
{
    if (!check(p9_session("9p-misuse", false), "9p-misuse: session")) {
        return;
    }
    begin(P9_TBOGUS, next_tag());
    put32(FID_ROOT);
    int r = rpc(P9_TBOGUS + 1);
    check(answered(r), "9p-misuse: unknown message type %d gets Rlerror (%s)", P9_TBOGUS,
          rpc_name(r));
    check_alive("an unknown type");

    /* A Tclunk whose size field claims 4096 bytes in an 11-byte buffer. */
    begin(P9_TCLUNK, next_tag());
    put32(FID_ROOT);
    r = send_raw(4096, P9_TCLUNK + 1);
    check(answered(r), "9p-misuse: size field beyond the buffer gets an error (%s)",
          rpc_name(r));
    check_alive("an overlong size field");

    /* A size smaller than the 7-byte header. */
    begin(P9_TCLUNK, next_tag());
    put32(FID_ROOT);
    r = send_raw(5, P9_TCLUNK + 1);
    check(answered(r), "9p-misuse: size field below the header gets an error (%s)",
          rpc_name(r));
    check_alive("a truncated size field");
    virtio_reset(&c.dev);
}
