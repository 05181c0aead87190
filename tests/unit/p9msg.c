/* 9P messages and the host directory for the 9P tests (see p9msg.h). */
#define _GNU_SOURCE
#include "tests/unit/p9msg.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "devices/guest_ram.h"

Msg msg;

void m8(uint8_t v)
{
    msg.b[msg.n++] = v;
}

void m16(uint16_t v)
{
    put_le16(msg.b + msg.n, v);
    msg.n += 2;
}

void m32(uint32_t v)
{
    put_le32(msg.b + msg.n, v);
    msg.n += 4;
}

void m64(uint64_t v)
{
    put_le64(msg.b + msg.n, v);
    msg.n += 8;
}

void mstr(const char *s)
{
    size_t n = strlen(s);
    m16((uint16_t)n);
    mbytes(s, n);
}

void mbytes(const void *p, size_t n)
{
    memcpy(msg.b + msg.n, p, n);
    msg.n += n;
}

void mbegin(uint8_t type)
{
    msg.n = 0;
    m32(0);
    m8(type);
    m16(1);
}

Reply reply_at(const uint8_t *p, size_t len)
{
    return (Reply){ .p = p, .len = len, .type = len >= 7 ? p[4] : 0, .pos = 7 };
}

uint8_t r8(Reply *r)
{
    return r->p[r->pos++];
}

uint16_t r16(Reply *r)
{
    uint16_t v = get_le16(r->p + r->pos);
    r->pos += 2;
    return v;
}

uint32_t r32(Reply *r)
{
    uint32_t v = get_le32(r->p + r->pos);
    r->pos += 4;
    return v;
}

uint64_t r64(Reply *r)
{
    uint64_t v = get_le64(r->p + r->pos);
    r->pos += 8;
    return v;
}

void rstr(Reply *r, char *dst, size_t cap)
{
    uint16_t n = r16(r);
    size_t k = n < cap - 1 ? n : cap - 1;
    memcpy(dst, r->p + r->pos, k);
    dst[k] = '\0';
    r->pos += n;
}

int lerror(Reply r)
{
    return r.type == RLERROR && r.len == 11 ? (int)get_le32(r.p + 7) : -1;
}

Reply send_msg(P9Conn *c)
{
    put_le32(msg.b, (uint32_t)msg.n);
    return c->send(c);
}

Reply t_version(P9Conn *c, uint32_t msize, const char *version)
{
    mbegin(TVERSION);
    put_le16(msg.b + 5, 0xffff);
    m32(msize);
    mstr(version);
    return send_msg(c);
}

Reply t_attach(P9Conn *c, uint32_t fid, const char *uname, uint32_t uid)
{
    mbegin(TATTACH);
    m32(fid);
    m32(~0u);
    mstr(uname);
    mstr("");
    m32(uid);
    return send_msg(c);
}

Reply t_walk(P9Conn *c, uint32_t fid, uint32_t newfid, const char *const *names)
{
    mbegin(TWALK);
    m32(fid);
    m32(newfid);
    size_t at = msg.n;
    m16(0);
    uint16_t n = 0;
    for (; names[n]; n++) {
        mstr(names[n]);
    }
    put_le16(msg.b + at, n);
    return send_msg(c);
}

Reply t_fid(P9Conn *c, uint8_t type, uint32_t fid)
{
    mbegin(type);
    m32(fid);
    if (type == TGETATTR) {
        m64(0x7ff);
    }
    return send_msg(c);
}

Reply t_lopen(P9Conn *c, uint32_t fid, uint32_t flags)
{
    mbegin(TLOPEN);
    m32(fid);
    m32(flags);
    return send_msg(c);
}

Reply t_lcreate(P9Conn *c, uint32_t fid, const char *name, uint32_t flags, uint32_t mode)
{
    mbegin(TLCREATE);
    m32(fid);
    mstr(name);
    m32(flags);
    m32(mode);
    m32(0);
    return send_msg(c);
}

/* Tread, Twrite (with count bytes of data) or Treaddir. */
static Reply t_rw(P9Conn *c, uint8_t type, uint32_t fid, uint64_t off, uint32_t count,
                  const void *data)
{
    mbegin(type);
    m32(fid);
    m64(off);
    m32(count);
    if (data) {
        mbytes(data, count);
    }
    return send_msg(c);
}

Reply t_read(P9Conn *c, uint32_t fid, uint64_t off, uint32_t count)
{
    return t_rw(c, TREAD, fid, off, count, NULL);
}

Reply t_write(P9Conn *c, uint32_t fid, uint64_t off, const void *data, uint32_t n)
{
    return t_rw(c, TWRITE, fid, off, n, data);
}

Reply t_readdir(P9Conn *c, uint32_t fid, uint64_t off, uint32_t count)
{
    return t_rw(c, TREADDIR, fid, off, count, NULL);
}

Reply t_dir_name(P9Conn *c, uint8_t type, uint32_t dfid, const char *name, uint32_t mode)
{
    mbegin(type);
    m32(dfid);
    mstr(name);
    if (type == TMKDIR) {
        m32(mode);
        m32(0);
    } else if (type == TUNLINKAT) {
        m32(mode);  /* flags */
    }
    return send_msg(c);
}

Reply t_symlink(P9Conn *c, uint32_t dfid, const char *name, const char *target)
{
    mbegin(TSYMLINK);
    m32(dfid);
    mstr(name);
    mstr(target);
    m32(0);
    return send_msg(c);
}

Reply t_setattr(P9Conn *c, uint32_t fid, uint32_t valid, uint32_t mode, uint64_t size,
                uint64_t mtime)
{
    mbegin(TSETATTR);
    m32(fid);
    m32(valid);
    m32(mode);
    m32(0);
    m32(0);
    m64(size);
    m64(0);
    m64(0);
    m64(mtime);
    m64(0);
    return send_msg(c);
}

Reply t_rename(P9Conn *c, uint32_t fid, uint32_t dfid, const char *name)
{
    mbegin(TRENAME);
    m32(fid);
    m32(dfid);
    mstr(name);
    return send_msg(c);
}

Reply t_renameat(P9Conn *c, uint32_t olddfid, const char *oldname, uint32_t newdfid,
                 const char *newname)
{
    mbegin(TRENAMEAT);
    m32(olddfid);
    mstr(oldname);
    m32(newdfid);
    mstr(newname);
    return send_msg(c);
}

Reply t_link(P9Conn *c, uint32_t dfid, uint32_t fid, const char *name)
{
    mbegin(TLINK);
    m32(dfid);
    m32(fid);
    mstr(name);
    return send_msg(c);
}

int list_dir(P9Conn *c, uint32_t fid, uint32_t count,
             void (*each)(const char *name, void *arg), void *arg)
{
    uint64_t off = 0;
    int total = 0;
    for (int round = 0; round < 100; round++) {
        Reply r = t_readdir(c, fid, off, count);
        if (r.type != TREADDIR + 1) {
            return -1;
        }
        uint32_t n = r32(&r);
        if (n == 0) {
            return total;
        }
        size_t end = r.pos + n;
        while (r.pos < end) {
            char name[256];
            r.pos += 13;    /* qid */
            off = r64(&r);
            r8(&r);         /* type */
            rstr(&r, name, sizeof(name));
            each(name, arg);
            total++;
        }
    }
    return -1;
}

char share_dir[64];

bool share_make(const char *prefix)
{
    snprintf(share_dir, sizeof(share_dir), "/tmp/%s-XXXXXX", prefix);
    if (!mkdtemp(share_dir)) {
        perror("mkdtemp");
        return false;
    }
    return true;
}

const char *hpath(const char *name)
{
    static char buf[4][256];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof(buf[i]), "%s/%s", share_dir, name);
    return buf[i];
}

void host_write(const char *name, const void *data, size_t n)
{
    int fd = open(hpath(name), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, data, n) != (ssize_t)n) {
        perror(hpath(name));
        exit(2);
    }
    close(fd);
}

void host_text(const char *name, const char *text)
{
    host_write(name, text, strlen(text));
}

bool host_has(const char *path, const char *text)
{
    char buf[256] = { 0 };
    int fd = open(path, O_RDONLY);
    ssize_t n = fd >= 0 ? read(fd, buf, sizeof(buf) - 1) : -1;
    if (fd >= 0) {
        close(fd);
    }
    return n == (ssize_t)strlen(text) && memcmp(buf, text, (size_t)n) == 0;
}

bool exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}
