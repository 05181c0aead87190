/* libFuzzer harness for saved-state files: arbitrary bytes go through
 * state_check_header, the section iterator (every payload read with a mix
 * of gets the payload itself chooses), state_find_section and hart_load
 * into an RV64 and an RV32 hart. A hart that accepted the state then runs
 * a few hundred instructions, so a value hart_load lets through that the
 * interpreter cannot handle shows up here too. Nothing may crash, read out
 * of bounds or hit undefined behaviour. See tests/fuzz/README.md. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../devices/state.h"
#include "../../emu/hart.h"
#include "../../machine/hart_state.h"

#define RAM_BASE 0x80000000ull
#define RAM_SIZE (64u << 10)

static uint8_t *ram; /* RAM_SIZE + 8 bytes of slack */

/* A loop valid on RV32 and RV64: stores and loads through t0 = pc-relative
 * data, so the loaded satp, PMP and privilege decide what happens.
 *   auipc t0,0; addi t0,t0,0x400; li a2,50;
 *   loop: add a0,a0,a2; sw a0,0(t0); lw a1,0(t0); addi a2,a2,-1;
 *         bnez a2,loop; ecall; j . */
static const uint32_t program[] = {
    0x00000297, 0x40028293, 0x03200613, 0x00c50533, 0x00a2a023,
    0x0002a583, 0xfff60613, 0xfe0618e3, 0x00000073, 0x0000006f,
};

static bool no_mmio_read(void *opaque, uint64_t pa, int size, uint64_t *v)
{
    (void)opaque, (void)pa, (void)size;
    *v = 0;
    return false;
}

static bool no_mmio_write(void *opaque, uint64_t pa, int size, uint64_t v)
{
    (void)opaque, (void)pa, (void)size, (void)v;
    return false;
}

static uint64_t fixed_time(void *opaque)
{
    (void)opaque;
    return 12345;
}

/* Reads r with a sequence of gets chosen by r's own bytes, until it fails
 * or runs out. */
static void drain(StateReader *r)
{
    char str[64];
    uint8_t bytes[40];
    while (!r->failed && state_remaining(r) > 0) {
        uint8_t op = state_get_u8(r);
        switch (op % 11) {
        case 0: state_get_u8(r); break;
        case 1: state_get_u16(r); break;
        case 2: state_get_u32(r); break;
        case 3: state_get_u64(r); break;
        case 4: state_get_i64(r); break;
        case 5: state_get_bool(r); break;
        case 6: state_get_bytes(r, bytes, (size_t)(op >> 3) % sizeof(bytes)); break;
        case 7: state_get_str(r, str, 1 + (size_t)(op >> 2) % sizeof(str)); break;
        case 8: state_get_u32_max(r, op); break;
        case 9: state_get_u64_max(r, (uint64_t)op << 32); break;
        default: state_get_str(r, str, 0); break;
        }
    }
}

static void try_hart(const StateReader *file, int xlen)
{
    static Hart h;
    HartBus bus = {
        .ram = ram, .ram_base = RAM_BASE, .ram_size = RAM_SIZE,
        .mmio_read = no_mmio_read, .mmio_write = no_mmio_write, .get_time = fixed_time,
    };
    char err[160];
    memset(ram, 0, RAM_SIZE + 8);
    memcpy(ram, program, sizeof(program));
    hart_init(&h, &bus, 0, RAM_BASE, xlen);
    if (hart_load(&h, file, err, sizeof(err)) == 0) {
        hart_run(&h, 300);
    } else if (err[0] == '\0' || strlen(err) >= sizeof(err)) {
        abort(); /* a refusal always says why */
    }
    hart_free(&h);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StateReader file, it, payload;
    char name[STATE_NAME_MAX + 1], first[STATE_NAME_MAX + 1] = "";
    uint32_t instance, version, first_instance = 0;
    int rc;

    if (!ram) {
        ram = calloc(1, RAM_SIZE + 8);
        if (!ram) {
            abort();
        }
    }
    state_reader_init(&file, data, size);

    it = file;
    if (state_check_header(&it) == 0) {
        int n = 0;
        while ((rc = state_next_section(&it, name, sizeof(name), &instance, &version,
                                        &payload)) == 1) {
            if (n++ == 0) {
                memcpy(first, name, sizeof(first));
                first_instance = instance;
            }
            drain(&payload);
        }
        if (rc != 0 && rc != -EINVAL) {
            abort();
        }
    }
    /* A short name buffer must not be overrun either. */
    it = file;
    if (state_check_header(&it) == 0) {
        char small[4];
        while (state_next_section(&it, small, sizeof(small), NULL, NULL, NULL) == 1) {
        }
    }

    rc = state_find_section(&file, "hart", 0, &payload, &version);
    if (rc == 0) {
        drain(&payload);
    }
    if (first[0]) {
        rc = state_find_section(&file, first, first_instance, &payload, NULL);
        if (rc != 0 && rc != -EINVAL) {
            abort(); /* the iterator saw it, so it exists (or is duplicated) */
        }
    }
    it = file;
    drain(&it);

    try_hart(&file, 64);
    try_hart(&file, 32);
    return 0;
}
