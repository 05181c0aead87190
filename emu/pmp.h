/* Physical Memory Protection (privileged spec §3.7): 16 entries, grain
 * 4 bytes (G = 0, so NA4 is available).
 *
 * State lives in the hart: h->pmpaddr[i] holds CSR pmpaddr<i> (address
 * bits 55:2 on RV64, 33:2 on RV32) and h->pmpcfg[] the 8-bit entry configs
 * packed as the pmpcfg CSRs pack them: on RV64 pmpcfg[0] = CSR pmpcfg0
 * (entries 0-7) and pmpcfg[1] = CSR pmpcfg2 (entries 8-15); on RV32
 * pmpcfg[n] = CSR pmpcfg<n> (entries 4n..4n+3, low 32 bits). */
#ifndef RVBOX_EMU_PMP_H
#define RVBOX_EMU_PMP_H

#include <stdbool.h>
#include <stdint.h>

#include "hart.h"

#define PMP_ENTRIES 16

/* pmpNcfg bits (§3.7.1, figure "PMP configuration register format"). */
#define PMP_R 0x01u
#define PMP_W 0x02u
#define PMP_X 0x04u
#define PMP_A 0x18u /* address-matching mode, PMP_A_* << 3 */
#define PMP_L 0x80u
enum { PMP_A_OFF = 0, PMP_A_TOR = 1, PMP_A_NA4 = 2, PMP_A_NAPOT = 3 };

/* Index of h->pmpcfg[] backing CSR pmpcfg<reg> (reg 0..15), or -1 when
 * that CSR holds no implemented entry (reads zero, writes ignored) or does
 * not exist (odd reg on RV64: the caller raises illegal instruction). */
static inline int pmp_cfg_slot(int xlen, int reg)
{
    if (reg < 0 || reg > 3 || (xlen == 64 && (reg & 1))) {
        return -1;
    }
    return xlen == 64 ? reg / 2 : reg;
}

/* Value to store in (and read back from) CSR pmpcfg<reg> after software
 * writes value to it (§3.7.1 WARL rules): each entry whose current cfg has
 * L set keeps its current cfg byte; other bytes take the written value with
 * the reserved bits 6:5 cleared and W cleared when R is clear (R=0 W=1 is
 * reserved). reg as for pmp_cfg_slot; the result has xlen bits. Returns 0
 * when pmp_cfg_slot(h->xlen, reg) is -1. Does not modify the hart: the
 * caller stores the result in h->pmpcfg[slot] and flushes the TLB. */
uint64_t pmp_cfg_write(const Hart *h, int reg, uint64_t value);

/* Whether a write to CSR pmpaddr<index> takes effect (§3.7.1 "Locking and Privilege Mode"):
 * false when entry index is locked, when entry index+1 is locked and in TOR
 * mode (it uses pmpaddr<index> as its base), or when index is not 0..15.
 * The caller masks the written value to 54 bits (RV64) / 32 bits (RV32). */
bool pmp_addr_writable(const Hart *h, int index);

/* Whether an access of size bytes (1..4096; 0 counts as 1) at physical
 * address paddr is allowed for access (enum Access: 0 read, 1 write,
 * 2 fetch; anything else is denied) at effective privilege priv
 * (PRV_U/S/M; the caller applies MPRV). §3.7.1 "Priority and Matching
 * Logic": the lowest-numbered entry that
 * matches any byte decides; if it does not match every byte the access
 * fails, whatever the mode. A deciding entry applies R/W/X to S and U, and
 * to M only when L is set. When no entry matches: M succeeds; S and U fail
 * if any entry is active (A != OFF) and succeed if none is (rvbox policy so
 * that firmware-less boots work; the spec would deny S/U whenever PMP is
 * implemented). */
bool pmp_check(const Hart *h, uint64_t paddr, uint64_t size, int access, int priv);

/* Decodes pmpcfg/pmpaddr into h->pmp_region; whoever changes them calls
 * it (CSR writes, a state load), then flushes the TLB. */
void pmp_update(Hart *h);

/* True when every byte of the 4 KiB page containing page_paddr gets the
 * same pmp_check decision for every access type and privilege, so a TLB
 * entry may cover the whole page: either one entry covers the whole page
 * and is the lowest-numbered entry touching it, or no entry touches it.
 * Conservative: false whenever an entry covers only part of the page. */
bool pmp_page_granule_ok(const Hart *h, uint64_t page_paddr);

#endif
