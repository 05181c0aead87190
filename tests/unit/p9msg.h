/* What the 9P tests share: 9P2000.L message types and the Linux errno and
 * open-flag values a guest sees, T-messages built field by field and sent
 * over a connection each test provides (the server's queue, or the server
 * itself), replies read field by field, and the host directory the server
 * exports. */
#ifndef RVBOX_TESTS_UNIT_P9MSG_H
#define RVBOX_TESTS_UNIT_P9MSG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Message types. */
enum {
    RLERROR = 7, TSTATFS = 8, TLOPEN = 12, TLCREATE = 14, TSYMLINK = 16, TMKNOD = 18,
    TRENAME = 20, TREADLINK = 22, TGETATTR = 24, TSETATTR = 26, TXATTRWALK = 30,
    TREADDIR = 40, TFSYNC = 50, TLOCK = 52, TGETLOCK = 54, TLINK = 70, TMKDIR = 72,
    TRENAMEAT = 74, TUNLINKAT = 76, TVERSION = 100, TAUTH = 102, TATTACH = 104,
    TFLUSH = 108, TWALK = 110, TREAD = 116, TWRITE = 118, TCLUNK = 120, TREMOVE = 122,
};

/* Linux errno values, as Rlerror carries them. */
enum {
    L_EPERM = 1, L_ENOENT = 2, L_ENXIO = 6, L_EBADF = 9, L_ENOTDIR = 20, L_EINVAL = 22, L_EROFS = 30,
    L_ELOOP = 40, L_ENODATA = 61, L_EOPNOTSUPP = 95, L_ESTALE = 116,
};

/* Linux open flags, as Tlopen and Tlcreate carry them. */
enum {
    O_RDONLY_L = 0, O_WRONLY_L = 1, O_RDWR_L = 2, O_CREAT_L = 0100, O_EXCL_L = 0200,
    O_TRUNC_L = 01000, O_DIRECTORY_L = 0200000,
};

/* --- T-messages --------------------------------------------------------------- */

#define P9MSG_MAX (1 << 20)

/* A T-message under construction. */
typedef struct Msg {
    uint8_t b[P9MSG_MAX];
    size_t n;
} Msg;

extern Msg msg;

void m8(uint8_t v);
void m16(uint16_t v);
void m32(uint32_t v);
void m64(uint64_t v);
void mstr(const char *s);
void mbytes(const void *p, size_t n);

/* Starts msg: size (set when sent), type, tag 1. */
void mbegin(uint8_t type);

/* --- replies -------------------------------------------------------------------- */

/* A reply: its bytes, length, type and a read position. */
typedef struct Reply {
    const uint8_t *p;
    size_t len;
    uint8_t type;
    size_t pos;
} Reply;

/* The len-byte reply at p, to be read after its header. */
Reply reply_at(const uint8_t *p, size_t len);

uint8_t r8(Reply *r);
uint16_t r16(Reply *r);
uint32_t r32(Reply *r);
uint64_t r64(Reply *r);

/* A string into dst (cap bytes, NUL-terminated, cut if longer). */
void rstr(Reply *r, char *dst, size_t cap);

/* The Linux errno of an Rlerror reply, or -1 for any other reply. */
int lerror(Reply r);

/* --- sending ---------------------------------------------------------------------- */

/* The way to a server. */
typedef struct P9Conn P9Conn;
struct P9Conn {
    /* Carries msg.b[0, msg.n), size field set, and returns the reply. */
    Reply (*send)(P9Conn *c);
};

/* Sets msg's size field from msg.n and sends it on c. */
Reply send_msg(P9Conn *c);

/* Tversion (tag NOTAG). */
Reply t_version(P9Conn *c, uint32_t msize, const char *version);

/* Tattach of fid to the root, without an afid. */
Reply t_attach(P9Conn *c, uint32_t fid, const char *uname, uint32_t uid);

/* Twalk from fid to newfid through the NULL-terminated names. */
Reply t_walk(P9Conn *c, uint32_t fid, uint32_t newfid, const char *const *names);

/* A message carrying only fid (Tclunk, Tremove, Treadlink, Tstatfs), or
 * Tgetattr of fid asking for the basic attributes. */
Reply t_fid(P9Conn *c, uint8_t type, uint32_t fid);

Reply t_lopen(P9Conn *c, uint32_t fid, uint32_t flags);
Reply t_lcreate(P9Conn *c, uint32_t fid, const char *name, uint32_t flags, uint32_t mode);
Reply t_read(P9Conn *c, uint32_t fid, uint64_t off, uint32_t count);
Reply t_write(P9Conn *c, uint32_t fid, uint64_t off, const void *data, uint32_t n);
Reply t_readdir(P9Conn *c, uint32_t fid, uint64_t off, uint32_t count);

/* Tmkdir (mode), Tunlinkat (mode is the flags) or another message of a
 * directory fid and a name. */
Reply t_dir_name(P9Conn *c, uint8_t type, uint32_t dfid, const char *name, uint32_t mode);

Reply t_symlink(P9Conn *c, uint32_t dfid, const char *name, const char *target);
Reply t_setattr(P9Conn *c, uint32_t fid, uint32_t valid, uint32_t mode, uint64_t size,
                uint64_t mtime);
Reply t_rename(P9Conn *c, uint32_t fid, uint32_t dfid, const char *name);
Reply t_renameat(P9Conn *c, uint32_t olddfid, const char *oldname, uint32_t newdfid,
                 const char *newname);
Reply t_link(P9Conn *c, uint32_t dfid, uint32_t fid, const char *name);

/* Lists directory fid (opened) with Treaddir in chunks of count bytes,
 * resuming at each last entry's offset, and calls each() with every
 * name. Returns the number of entries, or -1 on an error reply (or when
 * 100 calls did not reach the end). */
int list_dir(P9Conn *c, uint32_t fid, uint32_t count,
             void (*each)(const char *name, void *arg), void *arg);

/* --- the host directory ------------------------------------------------------------ */

/* The exported directory. */
extern char share_dir[64];

/* Makes a fresh share_dir named after prefix under /tmp; false on failure. */
bool share_make(const char *prefix);

/* share_dir/name (the last four results stay valid). */
const char *hpath(const char *name);

/* Writes share_dir/name with n bytes of data, or text; exits on failure. */
void host_write(const char *name, const void *data, size_t n);
void host_text(const char *name, const char *text);

/* The file at path holds exactly text. */
bool host_has(const char *path, const char *text);

/* Something (a link too) is at path. */
bool exists(const char *path);

#endif
