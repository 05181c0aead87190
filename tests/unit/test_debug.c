/* Unit test for emu/debug.c: debugger memory access through Sv39 without
 * side effects, writes to RAM and MMIO, registers by GDB number,
 * hart_debug_step() on a tiny program (li, add, ecall), the debugger's
 * breakpoints and watchpoints (kept apart from the guest's triggers), and
 * counters as a debugger sees and writes them. Uses the real hart
 * (librvbox.a) on a 1 MiB RAM with a fake MMIO device. */
#include <stdio.h>
#include <string.h>

#include "../../emu/debug.h"
#include "../../emu/hart.h"
#include "tests/unit/testlib.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (1u << 20)
#define MMIO_ADDR 0x10000000ull

typedef struct Bus {
    uint8_t ram[RAM_SIZE];
    uint64_t last_write_addr, last_write_val;
    int mmio_writes;
} Bus;

#define ok t_ok

static bool mmio_read(void *opaque, uint64_t pa, int size, uint64_t *v)
{
    (void)opaque;
    if (pa - MMIO_ADDR >= 0x100) {
        return false;
    }
    *v = 0xa0 + (pa - MMIO_ADDR);
    return true;
}

static bool mmio_write(void *opaque, uint64_t pa, int size, uint64_t v)
{
    Bus *b = opaque;
    if (pa - MMIO_ADDR >= 0x100) {
        return false;
    }
    b->last_write_addr = pa;
    b->last_write_val = v;
    b->mmio_writes++;
    return true;
}

static uint64_t get_time(void *opaque)
{
    (void)opaque;
    return 0;
}

static void put64(Bus *b, uint64_t pa, uint64_t v)
{
    memcpy(b->ram + (pa - RAM_BASE), &v, 8);
}

static uint64_t get64(Bus *b, uint64_t pa)
{
    uint64_t v;
    memcpy(&v, b->ram + (pa - RAM_BASE), 8);
    return v;
}

/* Sv39: VA 0x40000000 (gigapage index 1) -> level-1 table -> level-0 table
 * -> 4 KiB page at RAM+0x10000, R|W (no A/D); RAM+0x1000 is the root. */
static void map_page(Bus *b)
{
    uint64_t root = RAM_BASE + 0x1000, l1 = RAM_BASE + 0x2000, l0 = RAM_BASE + 0x3000;
    put64(b, root + 1 * 8, ((l1 >> 12) << 10) | 1);
    put64(b, l1 + 0 * 8, ((l0 >> 12) << 10) | 1);
    put64(b, l0 + 5 * 8, (((RAM_BASE + 0x10000) >> 12) << 10) | 0x7);  /* V|R|W */
}

static void test_memory(Hart *h, Bus *b)
{
    map_page(b);
    memcpy(b->ram + 0x10010, "rvbox!", 6);
    h->satp = (8ull << 60) | ((RAM_BASE + 0x1000) >> 12);
    h->priv = PRV_S;
    hart_tlb_flush(h);
    h->trap_cause = h->trap_tval = 0x5a5a; /* a raised trap would overwrite these */
    Hart before = *h;
    char buf[8] = { 0 };
    ok(hart_debug_read(h, 0x40005010, buf, 6) && !memcmp(buf, "rvbox!", 6),
       "read through Sv39 mapping");
    uint64_t pte = get64(b, RAM_BASE + 0x3000 + 5 * 8);
    ok((pte & 0xc0) == 0, "read sets no A/D bits");
    ok(!memcmp(h->tlb, before.tlb, sizeof(h->tlb)) && h->trap_cause == 0x5a5a,
       "read fills no TLB");
    ok(!hart_debug_read(h, 0x40006000, buf, 1) && h->trap_cause == 0x5a5a &&
       h->trap_tval == 0x5a5a,
       "unmapped page fails without trap");
    ok(hart_debug_write(h, 0x40005ffe, "ab", 2) && b->ram[0x10ffe] == 'a', "write lands in RAM");
    h->priv = PRV_M;
    ok(hart_debug_read(h, RAM_BASE + 0x10010, buf, 2) && buf[0] == 'r', "M mode is physical");
    uint8_t m[2];
    ok(hart_debug_read(h, MMIO_ADDR + 2, m, 2) && m[0] == 0xa2 && m[1] == 0xa3, "MMIO read");
    ok(hart_debug_write(h, MMIO_ADDR + 4, "\x5a", 1) && b->mmio_writes == 1 &&
       b->last_write_addr == MMIO_ADDR + 4 && b->last_write_val == 0x5a, "MMIO write");
    ok(!hart_debug_write(h, 0x20000000, "x", 1), "write to nothing fails");
    h->satp = 0;
}

static void test_registers(Hart *h)
{
    uint64_t v;
    ok(hart_debug_set_reg(h, 10, 42) && hart_debug_get_reg(h, 10, &v) && v == 42, "a0 set/get");
    ok(hart_debug_set_reg(h, 0, 5) && hart_debug_get_reg(h, 0, &v) && v == 0, "x0 stays 0");
    ok(hart_debug_set_reg(h, DBG_REG_PC, 0x80000100) && h->pc == 0x80000100, "pc set");
    ok(hart_debug_set_reg(h, DBG_REG_F0 + 1, 0x4000000000000000ull) &&
       h->f[1] == 0x4000000000000000ull, "f1 set");
    ok(hart_debug_set_reg(h, DBG_REG_CSR0 + 3, 0x85) && h->frm == 4 && h->fflags == 5,
       "fcsr set splits frm/fflags");
    ok(hart_debug_get_reg(h, DBG_REG_CSR0 + 2, &v) && v == 4, "frm get");
    h->priv = PRV_U;
    ok(hart_debug_set_reg(h, DBG_REG_CSR0 + 0x340, 0x1234) && h->mscratch == 0x1234 &&
       h->priv == PRV_U, "mscratch written from U, priv restored");
    ok(hart_debug_get_reg(h, DBG_REG_CSR0 + 0x300, &v) && v == h->mstatus, "mstatus get");
    ok(hart_debug_get_reg(h, DBG_REG_PRIV, &v) && v == PRV_U, "priv get");
    ok(!hart_debug_get_reg(h, DBG_REG_CSR0 + 0x7ff, &v), "missing CSR fails");
    ok(!hart_debug_set_reg(h, DBG_REG_PRIV, 2), "priv 2 refused");
    h->priv = PRV_M;
}

static void test_step(Hart *h, Bus *b)
{
    /* li a0,10; add a1,a0,a1; ecall */
    static const uint32_t prog[] = { 0x00a00513, 0x00b505b3, 0x00000073 };
    memcpy(b->ram + 0x100, prog, sizeof(prog));
    h->pc = RAM_BASE + 0x100;
    h->mtvec = RAM_BASE + 0x800;
    HartStep s;
    ok(hart_debug_step(h, &s) == 1 && s.retired && s.insn == prog[0] && s.dest == 10 &&
       h->x[10] == 10, "step li a0,10");
    ok(hart_debug_step(h, &s) == 1 && s.retired && s.dest == 11, "step add writes a1");
    ok(hart_debug_step(h, &s) == 1 && !s.retired && s.trap && s.cause == 11 &&
       s.handler == RAM_BASE + 0x800 && h->pc == RAM_BASE + 0x800, "step ecall traps");
    ok(hart_debug_dest_reg(0x4529, 64) == 10 && hart_debug_dest_reg(0xe406, 64) == -1 &&
       hart_debug_dest_reg(0x00c59553, 64) == DBG_REG_F0 + 10, "dest reg decode");
}

/* li a0,5; sd a0,0(t0); ld a1,8(t0); li a2,1; j . */
static const uint32_t watch_prog[] = { 0x00500513, 0x00a2b023, 0x0082b583, 0x00100613,
                                       0x0000006f };
#define PROG (RAM_BASE + 0x200)
#define DATA (RAM_BASE + 0x5000)

static void restart(Hart *h)
{
    h->pc = PROG;
    h->x[5] = DATA;
    h->x[10] = h->x[11] = h->x[12] = 0;
}

static void test_watch(Hart *h, Bus *b)
{
    uint64_t addr, v;
    int kinds;
    HartStep s;
    memcpy(b->ram + (PROG - RAM_BASE), watch_prog, sizeof(watch_prog));
    put64(b, DATA + 8, 0x77);
    restart(h);
    ok(hart_run(h, 20) == 20 && h->x[12] == 1 && get64(b, DATA) == 5 &&
       !hart_debug_watch_hit(h, NULL, NULL), "program runs with no watch (TLB filled)");

    put64(b, DATA, 0);
    restart(h);
    uint64_t instret = h->instret;
    ok(hart_debug_watch_insert(h, DATA, 8, HART_WATCH_STORE), "write watch inserted");
    hart_run(h, 20);
    ok(hart_debug_watch_hit(h, &addr, &kinds) && addr == DATA && kinds == HART_WATCH_STORE &&
       h->pc == PROG + 4 && get64(b, DATA) == 0 && h->instret == instret + 1,
       "stops before the store (cached page checked too), nothing written");
    ok(hart_debug_get_reg(h, DBG_REG_CSR0 + 0x7a1, &v) && v == 6ull << 60,
       "the guest's tdata1 does not show the watch");
    ok(hart_debug_step(h, &s) == 1 && s.watch && !s.retired && !s.trap && h->pc == PROG + 4,
       "a step reports the watch, nothing done");
    ok(hart_debug_watch_remove(h, DATA, 8, HART_WATCH_STORE) &&
       !hart_debug_watch_remove(h, DATA, 8, HART_WATCH_STORE), "removed once");
    ok(hart_debug_watch_insert(h, DATA + 12, 1, HART_WATCH_LOAD), "read watch inserted");
    hart_run(h, 20);
    ok(get64(b, DATA) == 5 && hart_debug_watch_hit(h, &addr, &kinds) && addr == DATA + 12 &&
       kinds == HART_WATCH_LOAD && h->pc == PROG + 8 && h->x[11] == 0,
       "the store ran; stops before the load covering the watch");
    hart_debug_watch_clear(h);
    ok(hart_debug_watch_insert(h, PROG + 12, 1, HART_WATCH_EXEC), "breakpoint inserted");
    hart_run(h, 20);
    ok(hart_debug_watch_hit(h, &addr, &kinds) && addr == PROG + 12 &&
       kinds == HART_WATCH_EXEC && h->pc == PROG + 12 && h->x[11] == 0x77 && h->x[12] == 0,
       "stops at the breakpoint before it runs");
    hart_debug_watch_clear(h);
    ok(hart_run(h, 5) == 5 && h->x[12] == 1 && !hart_debug_watch_hit(h, NULL, NULL),
       "cleared: runs on");

    bool all = true;
    for (int i = 0; i < HART_WATCHES; i++) {
        all &= hart_debug_watch_insert(h, 0x1000 * (uint64_t)i, 4, HART_WATCH_LOAD);
    }
    ok(all && !hart_debug_watch_insert(h, 0x100000, 4, HART_WATCH_LOAD) &&
       hart_debug_watch_insert(h, 0, 4, HART_WATCH_LOAD) &&
       !hart_debug_watch_insert(h, 8, 0, HART_WATCH_LOAD), "16 watches, len 0 refused");
    hart_debug_watch_clear(h);
}

/* A guest store trigger (mcontrol6, M, MIE = 1) and a debugger watch on
 * the same word: the debugger stops first; without it the guest gets its
 * breakpoint exception. */
static void test_guest_and_debugger(Hart *h)
{
    uint64_t addr;
    restart(h);
    h->mtvec = RAM_BASE + 0x800;
    h->mcause = 0;
    hart_debug_set_reg(h, DBG_REG_CSR0 + 0x7a2, DATA);
    hart_debug_set_reg(h, DBG_REG_CSR0 + 0x7a1, (6ull << 60) | 0x42);
    h->mstatus |= MSTATUS_MIE;
    hart_debug_watch_insert(h, DATA, 8, HART_WATCH_STORE);
    hart_run(h, 20);
    ok(hart_debug_watch_hit(h, &addr, NULL) && h->pc == PROG + 4 && h->mcause == 0,
       "debugger watch before the guest's trigger");
    hart_debug_watch_clear(h);
    hart_run(h, 1);
    ok(h->pc == RAM_BASE + 0x800 && h->mcause == CAUSE_BREAKPOINT && h->mtval == DATA &&
       h->mepc == PROG + 4, "then the guest's breakpoint exception");
    hart_debug_set_reg(h, DBG_REG_CSR0 + 0x7a1, 0);
    h->mcause = 0;
}

/* minstret as a debugger sees it between instructions: a read gives what
 * the next instruction reads, a write is what it reads, and instret (guest
 * time, the instruction count) does not move. */
static void test_counters(Hart *h, Bus *b)
{
    uint64_t v;
    static const uint32_t prog[] = { 0xb02026f3, 0xb02026f3 }; /* csrr a3, minstret (x2) */
    memcpy(b->ram + 0x300, prog, sizeof(prog));
    h->pc = RAM_BASE + 0x300;
    uint64_t instret = h->instret;
    HartStep s;
    ok(hart_debug_set_reg(h, DBG_REG_CSR0 + 0xb02, 1000) && h->instret == instret &&
       hart_debug_get_reg(h, DBG_REG_CSR0 + 0xb02, &v) && v == 1000,
       "debugger writes minstret; instret untouched");
    ok(hart_debug_step(h, &s) == 1 && h->x[13] == 1000 &&
       hart_debug_get_reg(h, DBG_REG_CSR0 + 0xb02, &v) && v == 1001,
       "the next instruction reads the value written, then it counts");
    ok(hart_debug_step(h, &s) == 1 && h->x[13] == 1001, "and the one after reads 1001");
}

int main(void)
{
    static Bus b;
    static Hart h;
    HartBus bus = {
        .opaque = &b, .ram = b.ram, .ram_base = RAM_BASE, .ram_size = RAM_SIZE,
        .mmio_read = mmio_read, .mmio_write = mmio_write, .get_time = get_time,
    };
    hart_init(&h, &bus, 0, RAM_BASE, 64);
    test_memory(&h, &b);
    test_registers(&h);
    test_step(&h, &b);
    test_watch(&h, &b);
    test_guest_and_debugger(&h);
    test_counters(&h, &b);
    return t_summary("test_debug");
}
