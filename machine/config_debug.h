/* The debugging flags of the command line: --trace[=FILE], -d in_asm,
 * --icount, -gdb tcp::PORT, -s and -S. */
#ifndef RVBOX_MACHINE_CONFIG_DEBUG_H
#define RVBOX_MACHINE_CONFIG_DEBUG_H

#include <stddef.h>

#include "config.h"

/* Applies one debugging option to cfg. name is the option's name without
 * dashes ("trace", "d", "icount", "gdb", "s", "S"); v is its argument: for
 * "trace" the whole "--trace[=FILE]" word, for "d" and "gdb" the next word.
 * Returns 0, or -1 with a one-line message in err ("-gdb: expected
 * tcp::PORT with PORT 1..65535, not 'x'", "-d: only in_asm is supported"). */
int config_debug_option(MachineConfig *cfg, const char *name, const char *v, char *err,
                        size_t errlen);

#endif
