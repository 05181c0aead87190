/* Helpers shared by the configuration's source files (config.c and
 * config_debug.c); not part of the machine's public API. */
#ifndef RVBOX_MACHINE_CONFIG_INTERNAL_H
#define RVBOX_MACHINE_CONFIG_INTERNAL_H

#include <stddef.h>

/* Replaces *slot with a copy of s (NULL allowed). Returns -1 with "out of
 * memory" in err, leaving *slot as it was, when the copy fails. */
int config_set_str(char **slot, const char *s, char *err, size_t errlen);

#endif
