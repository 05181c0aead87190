/* Unit test for emu/disasm.c: every vector in disasm_vectors.h is an
 * encoding assembled and disassembled by GNU binutils 2.40 (see
 * gen_disasm_vectors.py, run once at development time); disasm() must
 * print exactly objdump's text (tab -> one space, targets as 0x...).
 * A few hand-written vectors cover what binutils 2.40 does not know
 * (Zicond) and the length/illegal/truncation contract. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../emu/disasm.h"

typedef struct DisasmVector {
    uint64_t pc;
    uint32_t insn;
    const char *text;
} DisasmVector;

#include "disasm_vectors.h"

/* Zicond (ratified 2023, after binutils 2.40): encodings from the spec,
 * funct7 0000111, funct3 101 (czero.eqz) / 111 (czero.nez). */
static const DisasmVector hand_rv64[] = {
    { 0x80000000ull, 0x0ec5d533, "czero.eqz a0,a1,a2" },
    { 0x80000000ull, 0x0ec5f533, "czero.nez a0,a1,a2" },
    { 0x80000000ull, 0xffffffff, ".4byte 0xffffffff" },
    { 0x80000000ull, 0x0000, "unimp" },
    { 0x80000000ull, 0x0000ffff, ".4byte 0xffff" },
};

static int passed, failed;

static void check(const char *what, const DisasmVector *v, int xlen)
{
    char buf[96];
    int len = disasm(buf, sizeof(buf), v->pc, v->insn, xlen);
    int want_len = (v->insn & 3) == 3 ? 4 : 2;
    if (strcmp(buf, v->text) == 0 && len == want_len) {
        passed++;
        return;
    }
    failed++;
    printf("not ok - %s %08x at %llx: got \"%s\" (len %d), want \"%s\" (len %d)\n", what,
           v->insn, (unsigned long long)v->pc, buf, len, v->text, want_len);
}

/* A short buffer truncates but stays NUL-terminated. */
static void check_truncation(void)
{
    char buf[8];
    memset(buf, 'x', sizeof(buf));
    disasm(buf, 6, 0x80000000ull, 0x00a00513, 64);  /* li a0,10 */
    if (strcmp(buf, "li a0") == 0 && buf[6] == 'x') {
        passed++;
    } else {
        failed++;
        printf("not ok - truncation: got \"%.8s\"\n", buf);
    }
}

int main(void)
{
    for (size_t i = 0; i < sizeof(vectors_rv64) / sizeof(vectors_rv64[0]); i++) {
        check("rv64", &vectors_rv64[i], 64);
    }
    for (size_t i = 0; i < sizeof(vectors_rv32) / sizeof(vectors_rv32[0]); i++) {
        check("rv32", &vectors_rv32[i], 32);
    }
    for (size_t i = 0; i < sizeof(hand_rv64) / sizeof(hand_rv64[0]); i++) {
        check("hand", &hand_rv64[i], 64);
    }
    check_truncation();
    printf("%s - disasm matches objdump\n", failed ? "not ok" : "ok");
    printf("test_disasm: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
