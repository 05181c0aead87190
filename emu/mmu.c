/* Address translation (Sv32/Sv39/Sv48/Sv57, priv spec §4.3-4.6), the soft TLB and the
 * slow paths of loads, stores and instruction fetch. */
#include "hart_priv.h"
#include "jit/jit.h"
#include "pmp.h"

static const uint64_t page_fault_cause[3] = {
    [ACCESS_READ] = CAUSE_LOAD_PAGE_FAULT,
    [ACCESS_WRITE] = CAUSE_STORE_PAGE_FAULT,
    [ACCESS_FETCH] = CAUSE_FETCH_PAGE_FAULT,
};
static const uint64_t access_fault_cause[3] = {
    [ACCESS_READ] = CAUSE_LOAD_ACCESS,
    [ACCESS_WRITE] = CAUSE_STORE_ACCESS,
    [ACCESS_FETCH] = CAUSE_FETCH_ACCESS,
};

void hart_tlb_flush(Hart *h)
{
    memset(h->tlb, 0xff, sizeof(h->tlb));
    h->tlb_s_has_user = false;
    h->tlb_s_user_n = 0;
}

void mmu_drop_s_user(Hart *h)
{
    if (h->tlb_s_user_n > sizeof(h->tlb_s_user) / sizeof(h->tlb_s_user[0])) {
        hart_tlb_flush(h);
        return;
    }
    TlbEntry *arrays[3] = { h->tlb[1].read, h->tlb[1].write, h->tlb[1].fetch };
    for (int i = 0; i < h->tlb_s_user_n; i++) {
        arrays[h->tlb_s_user[i] >> 8][h->tlb_s_user[i] & 0xff].tag = UINT64_MAX;
    }
    h->tlb_s_has_user = false;
    h->tlb_s_user_n = 0;
}

void mmu_flush_page(Hart *h, uint64_t vaddr)
{
    uint64_t idx = (vaddr >> 12) & (TLB_SIZE - 1);
    if (h->jit) {
        jit_flush_page(h, vaddr);   /* its translated code's lookups */
    }
    for (int s = 0; s < 2; s++) {
        h->tlb[s].read[idx].tag = UINT64_MAX;
        h->tlb[s].write[idx].tag = UINT64_MAX;
        h->tlb[s].fetch[idx].tag = UINT64_MAX;
    }
}

/* Checks a leaf PTE's permissions for an access at privilege priv. */
static bool pte_allows(const Hart *h, uint64_t pte, int access, int priv)
{
    if (priv == PRV_U && !(pte & PTE_U))
        return false;
    if (priv == PRV_S && (pte & PTE_U)) {
        /* S may touch U pages only with SUM, and never execute them. */
        if (access == ACCESS_FETCH || !(h->mstatus & MSTATUS_SUM))
            return false;
    }
    switch (access) {
    case ACCESS_READ:
        return (pte & PTE_R) || ((h->mstatus & MSTATUS_MXR) && (pte & PTE_X));
    case ACCESS_WRITE:
        return pte & PTE_W;
    default:
        return pte & PTE_X;
    }
}

/* Reserved PTE bits (RV64): 60:54, N (63, no Svnapot) and PBMT (62:61)
 * unless menvcfg.PBMTE allows its values 0-2 in leaf PTEs (Svpbmt). */
static bool pte_reserved(const Hart *h, uint64_t pte, bool leaf)
{
    if (h->xlen == 32)
        return false;
    if (pte & PTE_RESERVED & ~PTE_PBMT)
        return true;
    uint64_t pbmt = (pte & PTE_PBMT) >> 61;
    return pbmt && (!leaf || !(h->menvcfg & MENVCFG_PBMTE) || pbmt == 3);
}

/* Walks the page table (priv spec §4.3.2 algorithm, for Sv32, Sv39, Sv48
 * and Sv57). Returns 0 and the physical address, -1 for a page fault, -2
 * for an access fault. A and D bits are set by the walk (the Svadu
 * behaviour; priv spec §4.3.1 allows it). */
static int walk(Hart *h, uint64_t vaddr, int access, int priv, uint64_t *paddr, bool *user)
{
    PagingMode m;
    hart_paging_mode(h, &m);
    if (h->xlen == 64) {
        int va_bits = 12 + 9 * m.levels;
        int64_t sext = (int64_t)(vaddr << (64 - va_bits)) >> (64 - va_bits);
        if ((uint64_t)sext != vaddr)
            return -1;
    }
    uint64_t table = m.root, vpn_mask = (1u << m.vpn_bits) - 1;
    for (int level = m.levels - 1; level >= 0; level--) {
        uint64_t vpn = (vaddr >> (12 + m.vpn_bits * level)) & vpn_mask;
        uint64_t pte_addr = table + vpn * (uint64_t)m.pte_size;
        uint8_t *pp = hart_ram_ptr(h, pte_addr);
        /* PTE reads are S-mode reads for PMP (priv spec §3.7.1) */
        if (!pp || !pmp_check(h, pte_addr, (uint64_t)m.pte_size, ACCESS_READ, PRV_S))
            return -2;
        uint64_t pte = 0;
        memcpy(&pte, pp, (size_t)m.pte_size);
        bool leaf = pte & (PTE_R | PTE_X);
        if (!(pte & PTE_V) || (!(pte & PTE_R) && (pte & PTE_W)) || pte_reserved(h, pte, leaf))
            return -1;
        uint64_t ppn = (pte >> 10) & PTE_PPN_MASK;
        if (!leaf) {
            if (pte & (PTE_A | PTE_D | PTE_U))
                return -1; /* non-leaf PTEs keep A, D, U clear (§4.3.2 step 4) */
            table = ppn << 12;
            continue;
        }
        if (!pte_allows(h, pte, access, priv))
            return -1;
        uint64_t low_mask = (1ull << (m.vpn_bits * level)) - 1;
        if (ppn & low_mask)
            return -1; /* misaligned superpage */
        uint64_t want = PTE_A | (access == ACCESS_WRITE ? PTE_D : 0);
        if ((pte & want) != want) {
            pte |= want;
            memcpy(pp, &pte, (size_t)m.pte_size);
        }
        uint64_t page = (ppn & ~low_mask) | ((vaddr >> 12) & low_mask);
        *paddr = (page << 12) | (vaddr & 0xfff);
        *user = pte & PTE_U;
        return 0;
    }
    return -1;
}

static TlbEntry *tlb_entry(TlbSet *set, int access, uint64_t vaddr)
{
    uint64_t idx = (vaddr >> 12) & (TLB_SIZE - 1);
    if (access == ACCESS_READ)
        return &set->read[idx];
    if (access == ACCESS_WRITE)
        return &set->write[idx];
    return &set->fetch[idx];
}

bool mmu_access(Hart *h, uint64_t vaddr, int size, int access, uint64_t *paddr,
                uint8_t **host)
{
    int priv = access == ACCESS_FETCH ? h->priv : hart_data_priv(h);
    uint64_t pa = vaddr;
    bool user = false;
    if (h->xlen == 32)
        vaddr = pa = (uint32_t)vaddr;
    if (priv != PRV_M && hart_paging_on(h)) {
        int r = walk(h, vaddr, access, priv, &pa, &user);
        if (r != 0) {
            hart_raise(h, r == -2 ? access_fault_cause[access] : page_fault_cause[access], vaddr);
            return false;
        }
    }
    if (!pmp_check(h, pa, (uint64_t)size, access, priv)) {
        hart_raise(h, access_fault_cause[access], vaddr);
        return false;
    }
    *paddr = pa;
    *host = hart_ram_ptr(h, pa);
    /* Cache the page only when PMP treats all of it alike (§3.7.1), and
     * not while a data trigger covers it (its accesses must be checked). */
    bool watched = (h->bus.watch_paddr && access == ACCESS_WRITE &&
                    (pa >> 12) == (h->bus.watch_paddr >> 12)) ||
                   (unlikely(h->trig.armed) && trig_page_watched(h, vaddr, access));
    if (*host && !watched && pmp_page_granule_ok(h, pa & ~0xfffull)) {
        TlbSet *set = &h->tlb[tlb_index(priv)];
        TlbEntry *e = tlb_entry(set, access, vaddr);
        e->tag = vaddr >> 12;
        e->addend = (uintptr_t)(*host - (pa & 0xfff)) - (uintptr_t)(vaddr & ~0xfffull);
        if (user && priv == PRV_S) {
            /* Remembered for mmu_drop_s_user; one past the list's end
             * means "too many". */
            uint8_t n = h->tlb_s_user_n;
            if (n < sizeof(h->tlb_s_user) / sizeof(h->tlb_s_user[0])) {
                h->tlb_s_user[n] = (uint16_t)(access << 8 | ((vaddr >> 12) & (TLB_SIZE - 1)));
            }
            if (n <= sizeof(h->tlb_s_user) / sizeof(h->tlb_s_user[0])) {
                h->tlb_s_user_n = (uint8_t)(n + 1);
            }
            h->tlb_s_has_user = true;
        }
    }
    return true;
}

/* One access that stays inside a page. */
static bool load_page(Hart *h, uint64_t vaddr, int size, uint64_t *value)
{
    uint64_t pa;
    uint8_t *p;
    if (!mmu_access(h, vaddr, size, ACCESS_READ, &pa, &p))
        return false;
    if (p) {
        uint64_t v = 0;
        memcpy(&v, p, (size_t)size);
        *value = v;
        return true;
    }
    if (!h->bus.mmio_read(h->bus.opaque, pa, size, value)) {
        hart_raise(h, CAUSE_LOAD_ACCESS, vaddr);
        return false;
    }
    return true;
}

static bool store_page(Hart *h, uint64_t vaddr, int size, uint64_t value)
{
    uint64_t pa;
    uint8_t *p;
    if (!mmu_access(h, vaddr, size, ACCESS_WRITE, &pa, &p))
        return false;
    if (p) {
        memcpy(p, &value, (size_t)size);
        if (h->bus.watch_paddr && pa - h->bus.watch_paddr < 8) {
            h->stop = true; /* the machine acts on it before anything else */
            h->budget = 0;
        }
        return true;
    }
    if (!h->bus.mmio_write(h->bus.opaque, pa, size, value)) {
        hart_raise(h, CAUSE_STORE_ACCESS, vaddr);
        return false;
    }
    return true;
}

/* Misaligned accesses are done in hardware, byte by byte when they cross a
 * page (priv spec §3.6.5 allows this); MMIO sees only aligned accesses. */
bool mmu_load_slow(Hart *h, uint64_t vaddr, int size, uint64_t *value)
{
    if (unlikely(h->trig.armed & TRIG_LOAD) &&
        !trig_check_data(h, vaddr, (uint64_t)size, TRIG_LOAD))
        return false;
    if ((vaddr & 0xfff) + (uint64_t)size <= 4096 && !(vaddr & (uint64_t)(size - 1)))
        return load_page(h, vaddr, size, value);
    uint64_t v = 0;
    for (int i = 0; i < size; i++) {
        uint64_t b;
        if (!load_page(h, vaddr + (uint64_t)i, 1, &b))
            return false;
        v |= b << (8 * i);
    }
    *value = v;
    return true;
}

bool mmu_store_slow(Hart *h, uint64_t vaddr, int size, uint64_t value)
{
    if (unlikely(h->trig.armed & TRIG_STORE) &&
        !trig_check_data(h, vaddr, (uint64_t)size, TRIG_STORE))
        return false;
    return mmu_store_unchecked(h, vaddr, size, value);
}

bool mmu_store_unchecked(Hart *h, uint64_t vaddr, int size, uint64_t value)
{
    if ((vaddr & 0xfff) + (uint64_t)size <= 4096 && !(vaddr & (uint64_t)(size - 1)))
        return store_page(h, vaddr, size, value);
    /* Translate both pages first so a fault leaves memory untouched. */
    uint64_t pa;
    uint8_t *p;
    if (!mmu_access(h, vaddr, 1, ACCESS_WRITE, &pa, &p) ||
        !mmu_access(h, vaddr + (uint64_t)size - 1, 1, ACCESS_WRITE, &pa, &p))
        return false;
    for (int i = 0; i < size; i++) {
        if (!store_page(h, vaddr + (uint64_t)i, 1, (value >> (8 * i)) & 0xff))
            return false;
    }
    return true;
}

bool mmu_fetch16_slow(Hart *h, uint64_t vaddr, uint32_t *parcel)
{
    uint64_t pa;
    uint8_t *p;
    if (!mmu_access(h, vaddr, 2, ACCESS_FETCH, &pa, &p))
        return false;
    if (p) {
        uint16_t v;
        memcpy(&v, p, 2);
        *parcel = v;
        return true;
    }
    uint64_t v;
    if (!h->bus.mmio_read(h->bus.opaque, pa, 2, &v)) {
        hart_raise(h, CAUSE_FETCH_ACCESS, vaddr);
        return false;
    }
    *parcel = (uint32_t)v & 0xffff;
    return true;
}
