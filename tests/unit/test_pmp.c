/* Unit test for emu/pmp.c: Physical Memory Protection (privileged spec
 * §3.7) with 16 entries: TOR/NA4/NAPOT matching, priority, partial matches,
 * lock semantics, default decisions, WARL cfg writes and page granules.
 *
 * Build: gcc -std=gnu11 -O2 -I. tests/unit/test_pmp.c emu/pmp.c (or via
 * tests/unit/Makefile).
 *
 * pmpaddr values are encoded here straight from the spec's table "NAPOT
 * range encoding in PMP address and configuration registers": a 2^(k+3)
 * byte region at base is (base >> 2) | (2^k - 1). */
#include <stdio.h>
#include <string.h>

#include "emu/hart_priv.h"
#include "emu/pmp.h"

#define R PMP_R
#define W PMP_W
#define X PMP_X
#define L PMP_L
#define TOR (PMP_A_TOR << 3)
#define NA4 (PMP_A_NA4 << 3)
#define NAPOT (PMP_A_NAPOT << 3)
#define RD ACCESS_READ
#define WR ACCESS_WRITE
#define EX ACCESS_FETCH

typedef struct Results {
    int passed, failed;
} Results;

static void check(Results *res, bool ok, const char *what, int line)
{
    if (ok) {
        res->passed++;
        return;
    }
    res->failed++;
    printf("FAIL line %d: %s\n", line, what);
}
#define CHECK(res, cond) check(res, (cond), #cond, __LINE__)

static uint64_t napot(uint64_t base, uint64_t size)
{
    return (base >> 2) | ((size >> 3) - 1);
}

static void reset(Hart *h, int xlen)
{
    memset(h, 0, sizeof(*h));
    h->xlen = xlen;
}

/* Entry i's cfg byte, stored with the CSR packing of pmp.h. */
static void set_entry(Hart *h, int i, unsigned cfg, uint64_t addr)
{
    int per_reg = h->xlen / 8, shift = 8 * (i % per_reg);
    h->pmpcfg[i / per_reg] &= ~(0xffull << shift);
    h->pmpcfg[i / per_reg] |= (uint64_t)cfg << shift;
    h->pmpaddr[i] = addr;
    pmp_update(h);   /* what the TLB flush after a PMP CSR write does */
}

/* True when pmp_check agrees with want for all three access types. */
static bool perms_are(const Hart *h, uint64_t pa, uint64_t size, int priv, bool r, bool w,
                      bool x)
{
    return pmp_check(h, pa, size, RD, priv) == r && pmp_check(h, pa, size, WR, priv) == w &&
           pmp_check(h, pa, size, EX, priv) == x;
}

static void test_defaults(Results *res, Hart *h)
{
    reset(h, 64);
    /* nothing active: everything allowed (rvbox policy), M always */
    CHECK(res, perms_are(h, 0x80000000, 8, PRV_U, true, true, true));
    CHECK(res, perms_are(h, 0x80000000, 8, PRV_S, true, true, true));
    CHECK(res, perms_are(h, 0, 1, PRV_M, true, true, true));
    /* an OFF entry with an address does not count as active */
    set_entry(h, 3, R | W | X, napot(0x80000000, 4096));
    CHECK(res, perms_are(h, 0x80000000, 4, PRV_U, true, true, true));
    /* one active entry elsewhere: unmatched S/U accesses fail, M succeeds */
    set_entry(h, 5, R | NAPOT, napot(0x10000, 4096));
    CHECK(res, perms_are(h, 0x80000000, 4, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0x80000000, 4, PRV_S, false, false, false));
    CHECK(res, perms_are(h, 0x80000000, 4, PRV_M, true, true, true));
    CHECK(res, !pmp_check(h, 0x10000, 4, 3, PRV_M)); /* not an access type */
}

static void test_napot(Results *res, Hart *h)
{
    reset(h, 64);
    set_entry(h, 0, R | NAPOT, napot(0x80000000, 4096));
    CHECK(res, perms_are(h, 0x80000000, 8, PRV_U, true, false, false));
    CHECK(res, perms_are(h, 0x80000ff8, 8, PRV_S, true, false, false));
    CHECK(res, perms_are(h, 0x80000fff, 1, PRV_U, true, false, false));
    CHECK(res, perms_are(h, 0x80001000, 1, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0x7fffffff, 1, PRV_U, false, false, false));
    /* unlocked: M ignores R/W/X */
    CHECK(res, perms_are(h, 0x80000000, 8, PRV_M, true, true, true));
    /* straddling the end: partial match fails, in M too */
    CHECK(res, perms_are(h, 0x80000ffc, 8, PRV_S, false, false, false));
    CHECK(res, perms_are(h, 0x80000ffc, 8, PRV_M, false, false, false));
    CHECK(res, perms_are(h, 0x7ffffffc, 8, PRV_M, false, false, false));
    /* smallest NAPOT region, 8 bytes: pmpaddr with no trailing ones */
    set_entry(h, 1, W | R | NAPOT, napot(0x1000, 8));
    CHECK(res, perms_are(h, 0x1000, 8, PRV_U, true, true, false));
    CHECK(res, perms_are(h, 0x1004, 8, PRV_U, false, false, false));
    /* all-ones pmpaddr covers every address, unmasked CSR value too */
    reset(h, 64);
    set_entry(h, 0, R | X | NAPOT, (1ull << 54) - 1);
    CHECK(res, perms_are(h, 0, 8, PRV_U, true, false, true));
    CHECK(res, perms_are(h, 0xfffffffffff8ull, 8, PRV_U, true, false, true));
    CHECK(res, perms_are(h, 0xfffffffffffff8ull, 8, PRV_U, true, false, true));
    set_entry(h, 0, R | X | NAPOT, UINT64_MAX);
    CHECK(res, perms_are(h, 0x80000000, 8, PRV_U, true, false, true));
}

static void test_na4(Results *res, Hart *h)
{
    reset(h, 64);
    set_entry(h, 0, R | W | NA4, 0x80002000 >> 2);
    CHECK(res, perms_are(h, 0x80002000, 4, PRV_U, true, true, false));
    CHECK(res, perms_are(h, 0x80002003, 1, PRV_U, true, true, false));
    CHECK(res, perms_are(h, 0x80002002, 2, PRV_S, true, true, false));
    CHECK(res, perms_are(h, 0x80002000, 8, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0x80001ffe, 4, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0x80002004, 4, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0x80001ffc, 4, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0x80001ffc, 8, PRV_M, false, false, false));
}

static void test_tor(Results *res, Hart *h)
{
    reset(h, 64);
    set_entry(h, 0, 0, 0x1000 >> 2); /* OFF: only supplies the base */
    set_entry(h, 1, R | W | X | TOR, 0x3000 >> 2);
    CHECK(res, perms_are(h, 0x1000, 8, PRV_U, true, true, true));
    CHECK(res, perms_are(h, 0x2fff, 1, PRV_U, true, true, true));
    CHECK(res, perms_are(h, 0x2ffc, 8, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0xffc, 8, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0x3000, 4, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0xfff, 1, PRV_U, false, false, false));
    /* entry 0 TOR starts at address 0 */
    reset(h, 64);
    set_entry(h, 0, R | TOR, 0x100 >> 2);
    CHECK(res, perms_are(h, 0, 4, PRV_U, true, false, false));
    CHECK(res, perms_are(h, 0xfc, 4, PRV_U, true, false, false));
    CHECK(res, perms_are(h, 0x100, 4, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0x100, 4, PRV_M, true, true, true));
    /* pmpaddr[i-1] >= pmpaddr[i]: matches nothing (still active) */
    reset(h, 64);
    set_entry(h, 0, 0, 0x3000 >> 2);
    set_entry(h, 1, R | W | X | TOR, 0x1000 >> 2);
    CHECK(res, perms_are(h, 0x2000, 4, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0x0, 4, PRV_U, false, false, false));
    CHECK(res, perms_are(h, 0x2000, 4, PRV_M, true, true, true));
    set_entry(h, 0, 0, 0x1000 >> 2);
    CHECK(res, perms_are(h, 0x1000, 4, PRV_U, false, false, false));
    /* base taken from an active entry's pmpaddr as well */
    reset(h, 64);
    set_entry(h, 0, X | NA4, 0x2000 >> 2);
    set_entry(h, 1, R | TOR, 0x3000 >> 2);
    CHECK(res, perms_are(h, 0x2000, 4, PRV_U, false, false, true));
    CHECK(res, perms_are(h, 0x2004, 4, PRV_U, true, false, false));
    CHECK(res, perms_are(h, 0x1ffc, 4, PRV_U, false, false, false));
}

static void test_priority(Results *res, Hart *h)
{
    reset(h, 64);
    set_entry(h, 0, R | NAPOT, napot(0x80000000, 4096));
    set_entry(h, 1, R | W | X | NAPOT, napot(0x80000000, 16384));
    CHECK(res, perms_are(h, 0x80000800, 8, PRV_U, true, false, false));
    CHECK(res, perms_are(h, 0x80001000, 8, PRV_U, true, true, true));
    /* straddling entry 0's end: entry 0 decides (partial), entry 1 would
     * have matched the whole access */
    CHECK(res, perms_are(h, 0x80000ffc, 8, PRV_U, false, false, false));
    reset(h, 64);
    set_entry(h, 0, R | W | X | NAPOT, napot(0x80000000, 16384));
    set_entry(h, 1, NAPOT, napot(0x80000000, 4096));
    CHECK(res, perms_are(h, 0x80000800, 8, PRV_U, true, true, true));
    /* the lowest-numbered match decides even if it grants less */
    reset(h, 64);
    set_entry(h, 2, NA4, 0x5000 >> 2);
    set_entry(h, 9, R | W | X | NAPOT, napot(0, 1ull << 20));
    CHECK(res, perms_are(h, 0x5000, 4, PRV_S, false, false, false));
    CHECK(res, perms_are(h, 0x5004, 4, PRV_S, true, true, true));
    CHECK(res, perms_are(h, 0x5000, 4, PRV_M, true, true, true));
}

static void test_lock(Results *res, Hart *h)
{
    reset(h, 64);
    set_entry(h, 0, L | R | NAPOT, napot(0x80000000, 4096));
    CHECK(res, perms_are(h, 0x80000000, 8, PRV_M, true, false, false));
    CHECK(res, perms_are(h, 0x80000000, 8, PRV_U, true, false, false));
    CHECK(res, perms_are(h, 0x80001000, 8, PRV_M, true, true, true));
    set_entry(h, 1, L | X | TOR, 0x80003000 >> 2); /* [0x80000000, 0x80003000) */
    CHECK(res, perms_are(h, 0x80002000, 4, PRV_M, false, false, true));
    CHECK(res, perms_are(h, 0x80000000, 4, PRV_M, true, false, false)); /* entry 0 first */
}

static void test_addr_writable(Results *res, Hart *h)
{
    reset(h, 64);
    CHECK(res, pmp_addr_writable(h, 0));
    CHECK(res, pmp_addr_writable(h, 15));
    CHECK(res, !pmp_addr_writable(h, 16));
    CHECK(res, !pmp_addr_writable(h, -1));
    set_entry(h, 4, L | NAPOT, 0);
    CHECK(res, !pmp_addr_writable(h, 4));
    CHECK(res, pmp_addr_writable(h, 3)); /* next is locked but NAPOT */
    set_entry(h, 7, L | TOR, 0);
    CHECK(res, !pmp_addr_writable(h, 6)); /* base of a locked TOR */
    CHECK(res, !pmp_addr_writable(h, 7));
    set_entry(h, 9, TOR, 0);
    CHECK(res, pmp_addr_writable(h, 8)); /* TOR but unlocked */
    set_entry(h, 11, L, 0);               /* locked, OFF */
    CHECK(res, !pmp_addr_writable(h, 11));
    CHECK(res, pmp_addr_writable(h, 10));
    set_entry(h, 15, L | TOR, 0);
    CHECK(res, !pmp_addr_writable(h, 15));
    CHECK(res, !pmp_addr_writable(h, 14));
    reset(h, 32);
    set_entry(h, 5, L | TOR, 0); /* pmpcfg1 byte 1 on RV32 */
    CHECK(res, !pmp_addr_writable(h, 4));
    CHECK(res, !pmp_addr_writable(h, 5));
    CHECK(res, pmp_addr_writable(h, 6));
}

static void test_cfg_write(Results *res, Hart *h)
{
    reset(h, 64);
    /* reserved bits 6:5 read as zero; R=0 W=1 loses W; L may be set */
    CHECK(res, pmp_cfg_write(h, 0, 0x7f) == 0x1f);
    CHECK(res, pmp_cfg_write(h, 0, 0x1a) == 0x18);
    CHECK(res, pmp_cfg_write(h, 0, 0x06) == 0x04);
    CHECK(res, pmp_cfg_write(h, 0, 0x9b) == 0x9b);
    CHECK(res, pmp_cfg_write(h, 0, 0x1f00000000000000ull) == 0x1f00000000000000ull);
    /* a locked entry keeps its byte, its neighbours change */
    set_entry(h, 2, L | R | NA4, 0);
    CHECK(res, pmp_cfg_write(h, 0, 0) == 0x910000ull);
    CHECK(res, pmp_cfg_write(h, 0, UINT64_MAX) == 0x9f9f9f9f9f919f9full);
    /* pmpcfg2 holds entries 8-15 on RV64 */
    set_entry(h, 9, L | X | TOR, 0);
    CHECK(res, pmp_cfg_write(h, 2, 0x0f0f) == 0x8c0f);
    CHECK(res, pmp_cfg_write(h, 1, 0x0f) == 0); /* no pmpcfg1 on RV64 */
    CHECK(res, pmp_cfg_write(h, 4, 0x0f) == 0); /* entries 16+: not implemented */
    CHECK(res, pmp_cfg_write(h, -1, 0x0f) == 0);
    CHECK(res, pmp_cfg_slot(64, 0) == 0 && pmp_cfg_slot(64, 2) == 1);
    CHECK(res, pmp_cfg_slot(64, 1) == -1 && pmp_cfg_slot(64, 4) == -1);
    /* RV32: four entries per register, 32-bit result */
    reset(h, 32);
    set_entry(h, 5, L | R | W | NAPOT, 0); /* pmpcfg1 byte 1 */
    CHECK(res, pmp_cfg_write(h, 1, UINT64_MAX) == 0x9f9f9b9full);
    CHECK(res, pmp_cfg_write(h, 0, UINT64_MAX) == 0x9f9f9f9full);
    CHECK(res, pmp_cfg_write(h, 3, 0x0102030405060708ull) == 0x05040708ull);
    CHECK(res, pmp_cfg_slot(32, 1) == 1 && pmp_cfg_slot(32, 3) == 3);
    CHECK(res, pmp_cfg_write(h, 4, 0x0f) == 0);
}

static void test_rv32(Results *res, Hart *h)
{
    reset(h, 32);
    /* 34-bit physical addresses: pmpaddr holds bits 33:2 */
    set_entry(h, 6, R | W | NAPOT, napot(0x200000000ull, 4096));
    CHECK(res, perms_are(h, 0x200000000ull, 4, PRV_U, true, true, false));
    CHECK(res, perms_are(h, 0x200000ffcull, 4, PRV_U, true, true, false));
    CHECK(res, perms_are(h, 0x200001000ull, 4, PRV_U, false, false, false));
    /* upper half of a stored pmpaddr is ignored */
    set_entry(h, 6, R | NA4, 0xffffffff00000400ull);
    CHECK(res, perms_are(h, 0x1000, 4, PRV_U, true, false, false));
    /* all-ones: the whole 34-bit space */
    set_entry(h, 6, X | NAPOT, 0xffffffff);
    CHECK(res, perms_are(h, 0x3fffffffcull, 4, PRV_U, false, false, true));
    CHECK(res, perms_are(h, 0, 4, PRV_S, false, false, true));
}

static void test_page_granule(Results *res, Hart *h)
{
    reset(h, 64);
    CHECK(res, pmp_page_granule_ok(h, 0x80000000));
    set_entry(h, 0, R | NAPOT, napot(0x80001000, 4096));
    CHECK(res, pmp_page_granule_ok(h, 0x80001000));
    CHECK(res, pmp_page_granule_ok(h, 0x80001abc)); /* rounded down */
    CHECK(res, pmp_page_granule_ok(h, 0x80000000)); /* untouched: default */
    CHECK(res, pmp_page_granule_ok(h, 0x80002000));
    set_entry(h, 1, R | W | NA4, 0x80002008 >> 2);
    CHECK(res, !pmp_page_granule_ok(h, 0x80002000));
    /* an entry touching the page behind one covering it does not matter */
    set_entry(h, 2, NA4, 0x80001008 >> 2);
    CHECK(res, pmp_page_granule_ok(h, 0x80001000));
    /* a lower-numbered entry covering part of the page does */
    reset(h, 64);
    set_entry(h, 0, NA4, 0x80001008 >> 2);
    set_entry(h, 1, R | W | X | NAPOT, napot(0x80000000, 1ull << 20));
    CHECK(res, !pmp_page_granule_ok(h, 0x80001000));
    CHECK(res, pmp_page_granule_ok(h, 0x80000000));
    CHECK(res, pmp_page_granule_ok(h, 0x800ff000));
    /* TOR edges inside and on page boundaries */
    reset(h, 64);
    set_entry(h, 0, 0, 0x1800 >> 2);
    set_entry(h, 1, R | TOR, 0x3000 >> 2);
    CHECK(res, !pmp_page_granule_ok(h, 0x1000));
    CHECK(res, pmp_page_granule_ok(h, 0x2000));
    CHECK(res, pmp_page_granule_ok(h, 0x3000));
    CHECK(res, pmp_page_granule_ok(h, 0x0));
    set_entry(h, 1, R | TOR, 0x2ffc >> 2);
    CHECK(res, !pmp_page_granule_ok(h, 0x2000));
    /* a NAPOT region smaller than a page, and an empty TOR */
    reset(h, 64);
    set_entry(h, 0, R | NAPOT, napot(0x4000, 2048));
    CHECK(res, !pmp_page_granule_ok(h, 0x4000));
    set_entry(h, 0, 0, 0x9000 >> 2);
    set_entry(h, 1, R | TOR, 0x8000 >> 2);
    CHECK(res, pmp_page_granule_ok(h, 0x8000));
}

int main(void)
{
    Results res = {0, 0};
    Hart h;
    test_defaults(&res, &h);
    test_napot(&res, &h);
    test_na4(&res, &h);
    test_tor(&res, &h);
    test_priority(&res, &h);
    test_lock(&res, &h);
    test_addr_writable(&res, &h);
    test_cfg_write(&res, &h);
    test_rv32(&res, &h);
    test_page_granule(&res, &h);
    printf("test_pmp: %d passed, %d failed\n", res.passed, res.failed);
    return res.failed != 0;
}
