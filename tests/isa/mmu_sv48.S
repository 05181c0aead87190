/* Sv48 paging: see mmu.inc */
#define SV 48
#include "mmu.inc"
