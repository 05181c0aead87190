/* Internal interfaces between the parts of the hart: the interpreter
 * (exec.c), address translation and memory access (mmu.c), CSRs and traps
 * (csr.c). Not for use outside emu/. */
#ifndef RVBOX_EMU_HART_PRIV_H
#define RVBOX_EMU_HART_PRIV_H

#include <string.h>

#include "hart.h"

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

enum Access { ACCESS_READ = 0, ACCESS_WRITE = 1, ACCESS_FETCH = 2 };

/* A hart_raise() cause that is no exception: a debugger breakpoint or
 * watchpoint matched (trigger.c). hart_take_trap then ends the slice with
 * the instruction not done and pc still on it. */
#define TRAP_DEBUGGER (1ull << 62)

#define SATP_MODE_BARE 0
#define SATP_MODE_SV39 8
#define SATP_MODE_SV48 9
#define SATP_MODE_SV57 10
#define ENVCFG_CBIE (3ull << 4)
#define ENVCFG_CBCFE (1ull << 6)
#define ENVCFG_CBZE (1ull << 7)

/* Page-table entry bits (priv spec §4.3.1, §4.4.1). */
#define PTE_V (1u << 0)
#define PTE_R (1u << 1)
#define PTE_W (1u << 2)
#define PTE_X (1u << 3)
#define PTE_U (1u << 4)
#define PTE_A (1u << 6)
#define PTE_D (1u << 7)
#define PTE_PPN_MASK ((1ull << 44) - 1)
#define PTE_RESERVED (0x3ffull << 54)
#define PTE_PBMT (3ull << 61)

/* The shape of the page table selected by satp (priv spec §4.3-4.6):
 * Sv32 on RV32, Sv39/Sv48/Sv57 on RV64. */
typedef struct PagingMode {
    int levels, vpn_bits, pte_size;
    uint64_t root;   /* physical address of the root table */
} PagingMode;

static inline void hart_paging_mode(const Hart *h, PagingMode *m)
{
    if (h->xlen == 32) {
        *m = (PagingMode){ .levels = 2, .vpn_bits = 10, .pte_size = 4,
                           .root = (h->satp & 0x3fffff) << 12 };
        return;
    }
    int mode = (int)(h->satp >> 60);
    *m = (PagingMode){ .levels = mode - SATP_MODE_SV39 + 3, .vpn_bits = 9, .pte_size = 8,
                       .root = (h->satp & PTE_PPN_MASK) << 12 };
}

/* True when satp selects paging (mode not Bare). */
static inline bool hart_paging_on(const Hart *h)
{
    return h->xlen == 32 ? (h->satp >> 31) != 0 : (h->satp >> 60) != SATP_MODE_BARE;
}

/* Host pointer to guest physical address paddr when it lies in RAM, else
 * NULL. */
static inline uint8_t *hart_ram_ptr(const Hart *h, uint64_t paddr)
{
    uint64_t off = paddr - h->bus.ram_base;
    return off < h->bus.ram_size ? h->bus.ram + off : NULL;
}

/* The virtual-to-physical mapping of code may have changed (satp, a whole
 * sfence.vma, PMP): what caches it (the translator's lookup tables) is
 * dropped. Permission changes that only concern data (SUM, MXR) do not
 * call this. */
static inline void hart_code_map_changed(Hart *h) { h->tlb_gen++; }

/* Index of a privilege mode's TLB set: U = 0, S = 1, M = 2. */
static inline int tlb_index(int priv) { return priv == PRV_M ? 2 : priv; }

/* Privilege used for loads and stores (mstatus.MPRV, priv spec §3.1.6.3). */
static inline int hart_data_priv(const Hart *h)
{
    if (h->priv == PRV_M && (h->mstatus & MSTATUS_MPRV))
        return (int)((h->mstatus & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT);
    return h->priv;
}

/* Re-selects the TLB sets after a change of priv, MPRV or MPP. */
static inline void hart_update_tlb_sets(Hart *h)
{
    h->tlb_data = &h->tlb[tlb_index(hart_data_priv(h))];
    h->tlb_fetch = &h->tlb[tlb_index(h->priv)];
}

/* mmu.c: slow paths. Each returns false after hart_raise() on a fault.
 * While data triggers are armed, loads and stores check them first
 * (trigger.h), for the whole access. */
bool mmu_load_slow(Hart *h, uint64_t vaddr, int size, uint64_t *value);
bool mmu_store_slow(Hart *h, uint64_t vaddr, int size, uint64_t value);
/* mmu_store_slow without the trigger check, for an instruction that
 * checked its whole access itself (cbo.zero: one 64-byte store). */
bool mmu_store_unchecked(Hart *h, uint64_t vaddr, int size, uint64_t value);
/* Fetches the 16-bit parcel at vaddr (fetch TLB miss or not RAM). */
bool mmu_fetch16_slow(Hart *h, uint64_t vaddr, uint32_t *parcel);
/* Translates an access of size bytes (inside one page) at vaddr, checks PMP,
 * and returns a host pointer to RAM, or NULL with *paddr set for a non-RAM
 * (MMIO) address. False on a fault (page fault or access fault raised). */
bool mmu_access(Hart *h, uint64_t vaddr, int size, int access, uint64_t *paddr,
                uint8_t **host);
/* mstatus.SUM went to 0: drops the S-set entries that map U pages (or
 * flushes everything when they were too many to remember). */
void mmu_drop_s_user(Hart *h);
/* Invalidates the TLB entries for one virtual address (sfence.vma rs1). */
void mmu_flush_page(Hart *h, uint64_t vaddr);

/* csr.c */
/* Reads CSR csr (12-bit number) as the current privilege sees it, XLEN
 * wide. False when it does not exist or may not be read from this mode or
 * now (counter disabled, FS off): the caller raises illegal instruction. */
bool csr_read(Hart *h, uint32_t csr, uint64_t *value);
/* Writes a CSR; ends the slice when interrupt or translation state moved. */
bool csr_write(Hart *h, uint32_t csr, uint64_t value);
/* Enters the trap handler for cause (bit 63 set for interrupts); for
 * TRAP_DEBUGGER only ends the slice. */
void hart_take_trap(Hart *h, uint64_t cause, uint64_t tval);
/* MRET and SRET (priv spec §3.3.2): restore the previous privilege and
 * interrupt enable and jump to mepc/sepc. False when illegal here (MRET
 * below M; SRET in U, or in S with mstatus.TSR). */
bool hart_mret(Hart *h);
bool hart_sret(Hart *h);
/* Takes the highest-priority enabled pending interrupt, if any. */
void hart_check_interrupts(Hart *h);
/* system.c: out-of-line instructions. exec_amo returns 1 done, 0 trapped,
 * -1 illegal; exec_system 1 done, 2 done with pc set (xRET), 0 trapped. */
int exec_amo(Hart *h, uint32_t insn, uint64_t va, uint64_t *rd_val);
bool exec_csr(Hart *h, uint32_t insn, bool rd_is_x0, uint64_t *rd_val);
int exec_system(Hart *h, uint32_t insn, uint32_t raw);
bool exec_cbo(Hart *h, uint32_t insn, uint64_t va, uint32_t raw);

/* exec.c: the interpreter for at most h->budget instructions (the
 * translator's fallback); returns how many it dispatched. */
int64_t exec_interp(Hart *h);

/* Current mtime from the bus. */
static inline uint64_t hart_time(Hart *h) { return h->bus.get_time(h->bus.opaque); }

#endif
