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

#define SATP_MODE_BARE 0
#define SATP_MODE_SV39 8
#define SATP_MODE_SV48 9
#define SATP_MODE_SV57 10
#define MENVCFG_STCE (1ull << 63)
#define MENVCFG_PBMTE (1ull << 62)
#define ENVCFG_CBIE (3ull << 4)
#define ENVCFG_CBCFE (1ull << 6)
#define ENVCFG_CBZE (1ull << 7)

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

/* mmu.c: slow paths. Each returns false after hart_raise() on a fault. */
bool mmu_load_slow(Hart *h, uint64_t vaddr, int size, uint64_t *value);
bool mmu_store_slow(Hart *h, uint64_t vaddr, int size, uint64_t value);
/* Fetches the 16-bit parcel at vaddr (fetch TLB miss or not RAM). */
bool mmu_fetch16_slow(Hart *h, uint64_t vaddr, uint32_t *parcel);
/* Translates an access of size bytes (inside one page) at vaddr, checks PMP,
 * and returns a host pointer to RAM, or NULL with *paddr set for a non-RAM
 * (MMIO) address. False on a fault (page fault or access fault raised). */
bool mmu_access(Hart *h, uint64_t vaddr, int size, int access, uint64_t *paddr,
                uint8_t **host);
/* Invalidates the TLB entries for one virtual address (sfence.vma rs1). */
void mmu_flush_page(Hart *h, uint64_t vaddr);

/* csr.c */
bool csr_read(Hart *h, uint32_t csr, uint64_t *value);
/* Writes a CSR; ends the slice when interrupt or translation state moved. */
bool csr_write(Hart *h, uint32_t csr, uint64_t value);
/* Enters the trap handler for cause (bit 63 set for interrupts). */
void hart_take_trap(Hart *h, uint64_t cause, uint64_t tval);
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

/* Current mtime from the bus. */
static inline uint64_t hart_time(Hart *h) { return h->bus.get_time(h->bus.opaque); }

#endif
