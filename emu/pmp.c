/* Physical Memory Protection (privileged spec §3.7). Stateless: every
 * function reads the hart's pmpcfg/pmpaddr CSR values; callers store CSR
 * writes and flush the TLB themselves. */
#include "hart_priv.h"
#include "pmp.h"

#define PMP_CFG_RESERVED 0x60u /* bits 6:5 read as zero */

/* The 8-bit cfg of entry i, from the CSR packing described in pmp.h. */
static unsigned entry_cfg(const Hart *h, int i)
{
    int per_reg = h->xlen / 8; /* entries per pmpcfg CSR: 8 or 4 */
    return (unsigned)(h->pmpcfg[i / per_reg] >> (8 * (i % per_reg))) & 0xff;
}

/* pmpaddr<i> cut to its implemented width (54 bits RV64, 32 bits RV32). */
static uint64_t entry_addr(const Hart *h, int i)
{
    uint64_t mask = h->xlen == 64 ? (1ull << 54) - 1 : 0xffffffffull;
    return h->pmpaddr[i] & mask;
}

/* Byte range [*lo, *hi) matched by entry i (§3.7.1 "Address Matching",
 * table "Encoding of A field"). False when the entry matches nothing: A = OFF, or TOR with
 * pmpaddr<i-1> >= pmpaddr<i>. */
static bool entry_range(const Hart *h, int i, uint64_t *lo, uint64_t *hi)
{
    uint64_t addr = entry_addr(h, i);
    switch ((entry_cfg(h, i) & PMP_A) >> 3) {
    case PMP_A_TOR:
        *lo = i == 0 ? 0 : entry_addr(h, i - 1) << 2;
        *hi = addr << 2;
        return *lo < *hi;
    case PMP_A_NA4:
        *lo = addr << 2;
        *hi = *lo + 4;
        return true;
    case PMP_A_NAPOT: {
        /* t trailing ones in pmpaddr encode a 2^(t+3)-byte region; at most
         * 54 ones, so the size fits in 64 bits. */
        int ones = __builtin_ctzll(~addr);
        *lo = (addr & ~((1ull << ones) - 1)) << 2;
        *hi = *lo + (1ull << (ones + 3));
        return true;
    }
    default:
        return false;
    }
}

static bool any_entry_active(const Hart *h)
{
    for (int i = 0; i < PMP_ENTRIES; i++) {
        if (entry_cfg(h, i) & PMP_A) {
            return true;
        }
    }
    return false;
}

/* Legal value of an unlocked entry's cfg after writing byte v. */
static unsigned legal_cfg(unsigned v)
{
    v &= ~PMP_CFG_RESERVED;
    if (!(v & PMP_R)) {
        v &= ~PMP_W; /* R=0 W=1 is reserved; keep it simple: no write */
    }
    return v;
}

uint64_t pmp_cfg_write(const Hart *h, int reg, uint64_t value)
{
    if (pmp_cfg_slot(h->xlen, reg) < 0) {
        return 0;
    }
    int per_reg = h->xlen / 8, first = reg * 4; /* pmpcfg<reg> starts at entry 4*reg */
    uint64_t result = 0;
    for (int k = 0; k < per_reg; k++) {
        unsigned old = entry_cfg(h, first + k);
        unsigned written = (unsigned)(value >> (8 * k)) & 0xff;
        unsigned cfg = (old & PMP_L) ? old : legal_cfg(written);
        result |= (uint64_t)cfg << (8 * k);
    }
    return result;
}

bool pmp_addr_writable(const Hart *h, int index)
{
    if (index < 0 || index >= PMP_ENTRIES || (entry_cfg(h, index) & PMP_L)) {
        return false;
    }
    if (index + 1 < PMP_ENTRIES) {
        unsigned next = entry_cfg(h, index + 1);
        if ((next & PMP_L) && ((next & PMP_A) >> 3) == PMP_A_TOR) {
            return false;
        }
    }
    return true;
}

void pmp_update(Hart *h)
{
    h->pmp_nregions = 0;
    for (int i = 0; i < PMP_ENTRIES; i++) {
        uint64_t lo, hi;
        if (entry_range(h, i, &lo, &hi)) {
            h->pmp_region[h->pmp_nregions].lo = lo;
            h->pmp_region[h->pmp_nregions].hi = hi;
            h->pmp_region[h->pmp_nregions++].cfg = (uint8_t)entry_cfg(h, i);
        }
    }
    h->pmp_any_active = any_entry_active(h);
}

bool pmp_check(const Hart *h, uint64_t paddr, uint64_t size, int access, int priv)
{
    static const unsigned perm[3] = {
        [ACCESS_READ] = PMP_R, [ACCESS_WRITE] = PMP_W, [ACCESS_FETCH] = PMP_X,
    };
    if (access < ACCESS_READ || access > ACCESS_FETCH) {
        return false;
    }
    uint64_t last = paddr + (size ? size - 1 : 0);
    for (int i = 0; i < h->pmp_nregions; i++) {
        uint64_t lo = h->pmp_region[i].lo, hi = h->pmp_region[i].hi;
        if (last < lo || paddr >= hi) {
            continue; /* matches no byte of the access */
        }
        if (paddr < lo || last >= hi) {
            return false; /* matches only some bytes: fails in every mode */
        }
        unsigned cfg = h->pmp_region[i].cfg;
        if (priv == PRV_M && !(cfg & PMP_L)) {
            return true;
        }
        return (cfg & perm[access]) != 0;
    }
    return priv == PRV_M || !h->pmp_any_active;
}

bool pmp_page_granule_ok(const Hart *h, uint64_t page_paddr)
{
    uint64_t first = page_paddr & ~0xfffull, last = first + 0xfff;
    for (int i = 0; i < h->pmp_nregions; i++) {
        uint64_t lo = h->pmp_region[i].lo, hi = h->pmp_region[i].hi;
        if (last < lo || first >= hi) {
            continue;
        }
        /* The first entry touching the page decides for all of it only if
         * it covers all of it; otherwise other bytes fall through. */
        return lo <= first && last < hi;
    }
    return true;
}
