/* The interpreter's operations, included twice by exec_loop.h: once with
 * L = 2 (compressed instructions) and once with L = 4, each copy labelled
 * OPL(name). Each ends by dispatching the next instruction (NEXT, JUMP,
 * BRANCH) or leaving through a label of exec_loop.h. */

OPL(LUI): x[d->rd] = (uint64_t)(int64_t)d->imm; NEXT();
OPL(AUIPC):
    v = PC + (uint64_t)(int64_t)d->imm;
    x[d->rd] = rv32 ? sext32(v) : v;
    NEXT();
OPL(JAL):
    v = PC + L;
    x[d->rd] = rv32 ? sext32(v) : v;
    BRANCH(d->imm);
OPL(JALR):
    va = (x[d->rs1] + (uint64_t)(int64_t)d->imm) & ~1ull;
    v = PC + L;
    x[d->rd] = rv32 ? sext32(v) : v;
    JUMP(va);
OPL(BEQ): if (x[d->rs1] == x[d->rs2]) BRANCH(d->imm); NEXT();
OPL(BNE): if (x[d->rs1] != x[d->rs2]) BRANCH(d->imm); NEXT();
OPL(BLT):
    if ((int64_t)x[d->rs1] < (int64_t)x[d->rs2]) BRANCH(d->imm);
    NEXT();
OPL(BGE):
    if ((int64_t)x[d->rs1] >= (int64_t)x[d->rs2]) BRANCH(d->imm);
    NEXT();
OPL(BLTU): if (x[d->rs1] < x[d->rs2]) BRANCH(d->imm); NEXT();
OPL(BGEU): if (x[d->rs1] >= x[d->rs2]) BRANCH(d->imm); NEXT();

OPL(LB): LOAD_OP(load_i8);
OPL(LH): LOAD_OP(load_i16);
OPL(LW): LOAD_OP(load_i32);
OPL(LD): LOAD_OP(load_u64);
OPL(LBU): LOAD_OP(load_u8);
OPL(LHU): LOAD_OP(load_u16);
OPL(LWU): LOAD_OP(load_u32);
OPL(SB): STORE_OP(store_u8);
OPL(SH): STORE_OP(store_u16);
OPL(SW): STORE_OP(store_u32);
OPL(SD): STORE_OP(store_u64);

OPL(ADDI): x[d->rd] = A + IMM; NEXT();
OPL(SLTI): x[d->rd] = (int64_t)A < (int64_t)IMM; NEXT();
OPL(SLTIU): x[d->rd] = A < IMM; NEXT();
OPL(XORI): x[d->rd] = A ^ IMM; NEXT();
OPL(ORI): x[d->rd] = A | IMM; NEXT();
OPL(ANDI): x[d->rd] = A & IMM; NEXT();
OPL(SLLI): x[d->rd] = A << d->imm; NEXT();
OPL(SRLI): x[d->rd] = A >> d->imm; NEXT();
OPL(SRAI): x[d->rd] = (uint64_t)((int64_t)A >> d->imm); NEXT();
OPL(ADD): x[d->rd] = A + B; NEXT();
OPL(SUB): x[d->rd] = A - B; NEXT();
OPL(SLL): x[d->rd] = A << (B & 63); NEXT();
OPL(SLT): x[d->rd] = (int64_t)A < (int64_t)B; NEXT();
OPL(SLTU): x[d->rd] = A < B; NEXT();
OPL(XOR): x[d->rd] = A ^ B; NEXT();
OPL(SRL): x[d->rd] = A >> (B & 63); NEXT();
OPL(SRA): x[d->rd] = (uint64_t)((int64_t)A >> (B & 63)); NEXT();
OPL(OR): x[d->rd] = A | B; NEXT();
OPL(AND): x[d->rd] = A & B; NEXT();
OPL(ADDIW): x[d->rd] = sext32(A + IMM); NEXT();
OPL(SLLIW): x[d->rd] = sext32((uint32_t)A << d->imm); NEXT();
OPL(SRLIW): x[d->rd] = sext32((uint32_t)A >> d->imm); NEXT();
OPL(SRAIW): x[d->rd] = (uint64_t)(int64_t)((int32_t)A >> d->imm); NEXT();
OPL(ADDW): x[d->rd] = sext32(A + B); NEXT();
OPL(SUBW): x[d->rd] = sext32(A - B); NEXT();
OPL(SLLW): x[d->rd] = sext32((uint32_t)A << (B & 31)); NEXT();
OPL(SRLW): x[d->rd] = sext32((uint32_t)A >> (B & 31)); NEXT();
OPL(SRAW): x[d->rd] = (uint64_t)(int64_t)((int32_t)A >> (B & 31)); NEXT();
OPL(MUL): x[d->rd] = A * B; NEXT();
OPL(MULH): x[d->rd] = (uint64_t)(((__int128)(int64_t)A * (int64_t)B) >> 64); NEXT();
OPL(MULHSU):
    x[d->rd] = (uint64_t)(((__int128)(int64_t)A * (unsigned __int128)B) >> 64);
    NEXT();
OPL(MULHU): x[d->rd] = (uint64_t)(((unsigned __int128)A * B) >> 64); NEXT();
OPL(DIV): x[d->rd] = div64((int64_t)A, (int64_t)B); NEXT();
OPL(DIVU): x[d->rd] = B ? A / B : UINT64_MAX; NEXT();
OPL(REM): x[d->rd] = rem64((int64_t)A, (int64_t)B); NEXT();
OPL(REMU): x[d->rd] = B ? A % B : A; NEXT();
OPL(MULW): x[d->rd] = sext32(A * B); NEXT();
OPL(DIVW): x[d->rd] = div32((int32_t)A, (int32_t)B); NEXT();
OPL(DIVUW):
    x[d->rd] = (uint32_t)B ? sext32((uint32_t)A / (uint32_t)B) : UINT64_MAX;
    NEXT();
OPL(REMW): x[d->rd] = rem32((int32_t)A, (int32_t)B); NEXT();
OPL(REMUW):
    x[d->rd] = sext32((uint32_t)B ? (uint32_t)A % (uint32_t)B : (uint32_t)A);
    NEXT();
OPL(MULH32): x[d->rd] = sext32((uint64_t)((int64_t)(int32_t)A * (int32_t)B) >> 32); NEXT();
OPL(MULHSU32):
    x[d->rd] = sext32((uint64_t)((int64_t)(int32_t)A * (int64_t)(uint32_t)B) >> 32);
    NEXT();
OPL(MULHU32): x[d->rd] = sext32(((uint64_t)(uint32_t)A * (uint32_t)B) >> 32); NEXT();
OPL(ZB):
    if (!zb_execute(INSN, A, B, h->xlen, &v))
        goto illegal;
    x[d->rd] = v;
    NEXT();

OPL(FENCE): NEXT(); /* one hart, and decoded code is checked against RAM */
OPL(CBO):
    SYNC();
    if (!exec_cbo(h, INSN, x[d->rs1] & pc_mask, RAW))
        goto trap;
    if (h->budget == 0)
        goto end_after;
    NEXT();
OPL(AMO): {
    SYNC();
    int r = exec_amo(h, INSN, x[d->rs1] & pc_mask, &v);
    if (r < 0)
        goto illegal;
    if (r == 0)
        goto trap;
    x[d->rd] = v;
    NEXT();
}
OPL(CSR):
    SYNC();
    if (!exec_csr(h, INSN, d->rd == REG_SINK, &v))
        goto illegal;
    x[d->rd] = v;
    RESYNC(); /* satp, mstatus or PMP may have moved: look the page up again */
    pc = (pc + L) & pc_mask;
    goto next;
OPL(SYSTEM): {
    SYNC();
    int r = exec_system(h, INSN, RAW);
    if (r == 0)
        goto trap;
    RESYNC();
    if (r == 1)
        pc = (pc + L) & pc_mask; /* else xRET set h->pc */
    goto next;
}
OPL(FLW): OPL(FLD):
    if (!(h->mstatus & MSTATUS_FS))
        goto illegal;
    mem = d->op == OP_FLW ? load_u32(h, ADDR(), &v) : load_u64(h, ADDR(), &v);
    if (!mem)
        goto trap;
    h->f[d->rd] = d->op == OP_FLW ? v | 0xffffffff00000000ull : v; /* §12.2 */
    hart_fs_dirty(h);
    if (SLICE_ENDED(mem))
        goto end_after;
    NEXT();
OPL(FSW): OPL(FSD):
    if (!(h->mstatus & MSTATUS_FS))
        goto illegal;
    mem = d->op == OP_FSW ? store_u32(h, ADDR(), h->f[d->rs2])
                          : store_u64(h, ADDR(), h->f[d->rs2]);
    if (!mem)
        goto trap;
    if (SLICE_ENDED(mem))
        goto end_after;
    NEXT();
OPL(FP):
    if (!fpu_execute(h, INSN))
        goto illegal;
    NEXT();

