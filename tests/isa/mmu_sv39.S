/* Sv39 paging: see mmu.inc */
#define SV 39
#include "mmu.inc"
