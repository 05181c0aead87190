/* Option lists in QEMU's "key=value,key=value" form: what -device, -drive,
 * -netdev and -fsdev take, and what a device's create function reads. Keys
 * may repeat (hostfwd=...); a lookup returns the last value given. */
#ifndef RVBOX_DEVICES_OPTS_H
#define RVBOX_DEVICES_OPTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Opts {
    int n, cap;
    char **key;
    char **val;
} Opts;

/* Appends key=val (both copied). Returns 0, or -1 when out of memory. */
int opts_add(Opts *o, const char *key, const char *val);

/* Replaces every key=... with one key=val (appends when absent). Returns 0
 * or -1 when out of memory. */
int opts_set(Opts *o, const char *key, const char *val);

/* Parses list ("a=1,b=x,,y": ",," is a literal comma, as in QEMU) and
 * appends its items. An item without '=' is taken as "item=" only when
 * bare_ok, else it is an error. what names the option in messages
 * ("-drive"). Returns 0, or -1 with a one-line message in err. */
int opts_parse(Opts *o, const char *list, const char *what, bool bare_ok, char *err,
               size_t errlen);

/* The last value of key, or NULL when absent. */
const char *opts_get(const Opts *o, const char *key);

/* The i-th value of key (0 = first given), or NULL. */
const char *opts_get_nth(const Opts *o, const char *key, int i);

/* Reads key as on/off (QEMU also takes true/false, yes/no) into *out;
 * *out = def when absent. Returns 0, or -1 with "WHAT: KEY must be on or
 * off, not 'V'" in err. */
int opts_get_bool(const Opts *o, const char *key, bool def, bool *out, const char *what,
                  char *err, size_t errlen);

/* Reads key as an unsigned decimal number into *out (*out = def when
 * absent); with suffix, K, M, G or T multiplies it by 2^10 ... 2^40 (a
 * size in bytes). Returns 0, or -1 for anything else or an overflow (the
 * caller names the option and its range). */
int opts_get_u64(const Opts *o, const char *key, uint64_t def, bool suffix, uint64_t *out);

/* Deep copy of src into dst (dst zeroed first). Returns 0 or -1 (no memory). */
int opts_copy(Opts *dst, const Opts *src);

/* Frees every item; o is empty afterwards. */
void opts_free(Opts *o);

#endif
