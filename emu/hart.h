/* The hart: one RISC-V hardware thread (RV64GC or RV32GC, M/S/U,
 * Sv32/Sv39/Sv48/Sv57).
 *
 * emu/ sees the rest of the machine only through HartBus: guest RAM as one
 * host allocation, and a slow path for every other physical address. */
#ifndef RVBOX_EMU_HART_H
#define RVBOX_EMU_HART_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "codecache.h"
#include "trigger.h"

/* Privilege modes (privileged spec §1.2). */
enum { PRV_U = 0, PRV_S = 1, PRV_M = 3 };

/* Interrupt bits in mip/mie (privileged spec §3.1.9). */
enum {
    IRQ_S_SOFT = 1, IRQ_M_SOFT = 3,
    IRQ_S_TIMER = 5, IRQ_M_TIMER = 7,
    IRQ_S_EXT = 9, IRQ_M_EXT = 11,
};
#define MIP_SSIP (1u << IRQ_S_SOFT)
#define MIP_MSIP (1u << IRQ_M_SOFT)
#define MIP_STIP (1u << IRQ_S_TIMER)
#define MIP_MTIP (1u << IRQ_M_TIMER)
#define MIP_SEIP (1u << IRQ_S_EXT)
#define MIP_MEIP (1u << IRQ_M_EXT)

/* Exception causes (privileged spec §3.1.15, table 3.6). */
enum {
    CAUSE_MISALIGNED_FETCH = 0, CAUSE_FETCH_ACCESS = 1, CAUSE_ILLEGAL_INSN = 2,
    CAUSE_BREAKPOINT = 3, CAUSE_MISALIGNED_LOAD = 4, CAUSE_LOAD_ACCESS = 5,
    CAUSE_MISALIGNED_STORE = 6, CAUSE_STORE_ACCESS = 7, CAUSE_ECALL_U = 8,
    CAUSE_ECALL_S = 9, CAUSE_ECALL_M = 11, CAUSE_FETCH_PAGE_FAULT = 12,
    CAUSE_LOAD_PAGE_FAULT = 13, CAUSE_STORE_PAGE_FAULT = 15,
};

/* mstatus fields (privileged spec §3.1.6). */
#define MSTATUS_SIE  (1ull << 1)
#define MSTATUS_MIE  (1ull << 3)
#define MSTATUS_SPIE (1ull << 5)
#define MSTATUS_UBE  (1ull << 6)
#define MSTATUS_MPIE (1ull << 7)
#define MSTATUS_SPP  (1ull << 8)
#define MSTATUS_MPP_SHIFT 11
#define MSTATUS_MPP  (3ull << 11)
#define MSTATUS_FS_SHIFT 13
#define MSTATUS_FS   (3ull << 13)
#define MSTATUS_XS   (3ull << 15)
#define MSTATUS_MPRV (1ull << 17)
#define MSTATUS_SUM  (1ull << 18)
#define MSTATUS_MXR  (1ull << 19)
#define MSTATUS_TVM  (1ull << 20)
#define MSTATUS_TW   (1ull << 21)
#define MSTATUS_TSR  (1ull << 22)
#define MSTATUS_UXL  (3ull << 32)
#define MSTATUS_SXL  (3ull << 34)
#define MSTATUS_SD64 (1ull << 63)

/* menvcfg fields (privileged spec §3.1.18). */
#define MENVCFG_STCE (1ull << 63)
#define MENVCFG_PBMTE (1ull << 62)

/* Zicbom/Zicboz cache-block size in bytes (cbo.zero clears this much). */
#define CBO_BLOCK_SIZE 64

/* fcsr fields (unprivileged spec §11.2). */
enum { FFLAG_NX = 1, FFLAG_UF = 2, FFLAG_OF = 4, FFLAG_DZ = 8, FFLAG_NV = 16 };
enum { RM_RNE = 0, RM_RTZ = 1, RM_RDN = 2, RM_RUP = 3, RM_RMM = 4, RM_DYN = 7 };

/* The machine behind the hart. RAM is one host allocation; everything else
 * (ROM, devices) goes through mmio_read/mmio_write, which return false for an
 * address nobody decodes (the hart then raises an access fault). */
typedef struct HartBus {
    void *opaque;
    uint8_t *ram;       /* host pointer to guest RAM */
    uint64_t ram_base;  /* guest physical address of RAM, page aligned */
    uint64_t ram_size;  /* bytes, multiple of 4 KiB */
    bool (*mmio_read)(void *opaque, uint64_t paddr, int size, uint64_t *value);
    bool (*mmio_write)(void *opaque, uint64_t paddr, int size, uint64_t value);
    uint64_t (*get_time)(void *opaque); /* mtime in timebase ticks */
    /* A RAM word the machine watches (HTIF tohost), 0 = none: stores to it
     * take the slow path and end the slice, so the host sees them at once. */
    uint64_t watch_paddr;
} HartBus;

/* One soft-TLB entry: tag is the virtual page number (vaddr >> 12), or
 * UINT64_MAX when empty; host = vaddr + addend for every byte of the page. */
typedef struct TlbEntry {
    uint64_t tag;
    uintptr_t addend;
} TlbEntry;

#define TLB_SIZE 256
/* A TLB set holds read, write and fetch entries for one effective privilege. */
typedef struct TlbSet {
    TlbEntry read[TLB_SIZE];
    TlbEntry write[TLB_SIZE];
    TlbEntry fetch[TLB_SIZE];
} TlbSet;

typedef struct Hart {
    uint64_t x[33];     /* x[32] is a write-only sink standing in for x0 */
    uint64_t f[32];     /* F values are NaN-boxed in the upper 32 bits */
    uint64_t pc;
    int priv;           /* PRV_U, PRV_S or PRV_M */
    int xlen;           /* 32 or 64 */
    uint32_t fflags;    /* accrued exception flags, FFLAG_* */
    uint32_t frm;       /* dynamic rounding mode, RM_* */

    /* Machine and supervisor CSRs. sstatus/sie/sip are views of these. */
    uint64_t mstatus, misa, medeleg, mideleg, mie, mip;
    uint64_t mtvec, mscratch, mepc, mcause, mtval, mcounteren, menvcfg;
    uint64_t stvec, sscratch, sepc, scause, stval, scounteren, satp, senvcfg;
    uint64_t stimecmp;  /* Sstc */
    uint64_t mhartid;
    uint64_t pmpcfg[4], pmpaddr[16];

    /* Instructions retired (plus idle credit, hart_credit_idle). Guest
     * time in --deterministic mode, the machine's instruction count and
     * the slice budget follow it, so no CSR write ever changes it: the
     * counters the guest sees are offsets from it (csr.c). */
    uint64_t instret;
    uint64_t mcycle_off;   /* mcycle - instret (one cycle per instruction) */
    uint64_t minstret_off; /* minstret - instret */
    /* A CSR instruction is running: instret already counts it, but the
     * counters it reads must not (csr.c, exec_csr). */
    bool in_csr_insn;

    /* LR/SC reservation: physical-independent virtual address, or -1. */
    uint64_t reservation;

    bool wfi;           /* stalled in WFI until an interrupt is pending */
    bool stop;          /* end hart_run now: the machine has something to do */
    int64_t budget;     /* length of the current slice; 0 ends it early */

    /* The trap raised by a helper that failed (loads, stores, fetch). */
    uint64_t trap_cause, trap_tval;

    /* Soft TLB, one set per effective privilege (U, S, M). */
    TlbSet tlb[3];
    TlbSet *tlb_data;    /* set for loads/stores: effective privilege (MPRV) */
    TlbSet *tlb_fetch;   /* set for instruction fetch: current privilege */
    bool tlb_s_has_user; /* S set holds U pages filled while SUM=1 */
    /* Which S-set entries hold U pages (access << 8 | index), so clearing
     * SUM drops just those; more than fit: the whole TLB is flushed. */
    uint16_t tlb_s_user[16];
    uint8_t tlb_s_user_n;

    /* The PMP entries that match anything, decoded from pmpcfg/pmpaddr in
     * priority order, so a TLB miss does not decode all 16 (pmp_update). */
    struct { uint64_t lo, hi; uint8_t cfg; } pmp_region[16];
    int pmp_nregions;
    bool pmp_any_active;  /* some entry has A != OFF */

    /* Sdtrig triggers and a debugger's breakpoints and watchpoints
     * (trigger.h); trig.armed is 0 when nothing needs checking. */
    Triggers trig;

    /* Decoded instructions, by RAM page: the hart's own, or (after
     * hart_share_code) another hart's. Harts that run in turns in one
     * thread share one; a thread per hart would need one each again. */
    CodeCache *code;
    CodeCache code_own;
    HartBus bus;

    /* Bumped by every TLB flush: whatever caches a virtual-to-host mapping
     * of code (the translator's lookup tables) is dropped when it moves. */
    uint32_t tlb_gen;
    /* The translator (emu/jit/jit.h), NULL when the interpreter runs; the
     * fields after it are what translated code reads and writes. */
    struct Jit *jit;
    uint64_t jit_end;    /* instret at which translated code stops */
    void *jit_table;     /* lookup table of the current privilege */
    uint64_t jit_key;    /* xored into a pc for its lookup-table key */
    uint64_t jit_val;    /* a slow load's value */
    uint32_t jit_exit;   /* why translated code returned (JIT_EXIT_*) */
    void *jit_link;      /* a block's exit jump to point at the next block */
} Hart;

/* Sets up an RV32 or RV64 hart (xlen 32 or 64) in M mode with pc =
 * reset_pc and all CSRs at reset values. RAM must have 8 bytes of readable
 * slack after ram_size (instruction fetch reads whole words). */
void hart_init(Hart *h, const HartBus *bus, uint64_t hartid, uint64_t reset_pc, int xlen);

/* Makes h use owner's decoded-instruction cache instead of its own (both
 * harts of one XLEN, run in one thread): the harts of a machine decode
 * shared code once. Nothing when the XLENs differ. */
void hart_share_code(Hart *h, Hart *owner);

/* Frees what hart_init allocated (the decoded-instruction cache). */
void hart_free(Hart *h);

/* Runs up to max_insns instructions (priv spec traps and interrupts taken as
 * they arise). Returns the number of instructions dispatched (one that
 * trapped, or that a trigger stopped, counts); stops early when the hart
 * sits in WFI with nothing pending, when h->stop is set (with h->budget =
 * 0) by the watched word or a device, or at a debugger breakpoint or
 * watchpoint (debug.h, hart_debug_watch_hit). While an execute trigger is
 * armed it runs one instruction at a time (trigger.h). */
int64_t hart_run(Hart *h, int64_t max_insns);

/* Raises or lowers an external interrupt-pending bit in mip (MIP_MEIP,
 * MIP_SEIP, MIP_MTIP, MIP_MSIP). Safe to call from MMIO handlers; when the
 * bit changes it ends the current slice so the change is seen at once. */
void hart_set_irq(Hart *h, uint64_t mip_bits, bool level);

/* IrqLine.set for a hart input: raises or lowers mip bit irq (IRQ_M_SOFT,
 * IRQ_M_TIMER, IRQ_M_EXT, IRQ_S_EXT ...) of hart (a Hart *). */
void hart_irq_input(void *hart, int irq, int level);

/* Ends the current hart_run slice after the instruction in progress, so
 * the machine can act on something a device or the watched word did. */
static inline void hart_end_slice(Hart *h)
{
    h->stop = true;
    h->budget = 0;
}

bool hart_irq_pending(const Hart *h);

/* True while the hart waits in WFI with nothing pending. (An interrupt
 * another hart or a device raised after this hart's turn leaves it in WFI
 * until its next turn: the machine must not sleep meanwhile.) */
static inline bool hart_idle(const Hart *h)
{
    return h->wfi && !hart_irq_pending(h);
}

/* Ends a WFI stall: the hart looks for a pending interrupt at once in the
 * next hart_run (a device delivered input). */
static inline void hart_wake(Hart *h)
{
    h->wfi = false;
}

/* Counts n instructions as retired without running them: time in
 * --deterministic mode follows instret, so an idle hart skips ahead. */
static inline void hart_credit_idle(Hart *h, uint64_t n)
{
    h->instret += n;
}

/* True when an enabled interrupt is pending, i.e. WFI would wake. */
bool hart_irq_pending(const Hart *h);

/* Drops every soft-TLB entry (after a change the TLB cannot see). */
void hart_tlb_flush(Hart *h);

/* Raises a synchronous trap from inside an instruction: records cause and
 * tval; the interpreter takes it after the current instruction aborts. */
static inline void hart_raise(Hart *h, uint64_t cause, uint64_t tval)
{
    h->trap_cause = cause;
    h->trap_tval = tval;
}

/* Sets mstatus.FS to Dirty (and SD): any instruction that writes f[] or
 * fflags calls it (priv spec §3.1.6.6). */
static inline void hart_fs_dirty(Hart *h)
{
    h->mstatus |= MSTATUS_FS | MSTATUS_SD64;
}

#endif
