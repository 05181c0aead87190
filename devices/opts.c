/* QEMU-style option lists. */
#include "devices/opts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int opts_add(Opts *o, const char *key, const char *val)
{
    if (o->n == o->cap) {
        int cap = o->cap ? o->cap * 2 : 8;
        char **k = realloc(o->key, (size_t)cap * sizeof(*k));
        if (!k) {
            return -1;
        }
        o->key = k;
        char **v = realloc(o->val, (size_t)cap * sizeof(*v));
        if (!v) {
            return -1;
        }
        o->val = v;
        o->cap = cap;
    }
    char *kc = strdup(key), *vc = strdup(val);
    if (!kc || !vc) {
        free(kc);
        free(vc);
        return -1;
    }
    o->key[o->n] = kc;
    o->val[o->n++] = vc;
    return 0;
}

int opts_set(Opts *o, const char *key, const char *val)
{
    int j = 0;
    for (int i = 0; i < o->n; i++) {
        if (!strcmp(o->key[i], key)) {
            free(o->key[i]);
            free(o->val[i]);
            continue;
        }
        o->key[j] = o->key[i];
        o->val[j++] = o->val[i];
    }
    o->n = j;
    return opts_add(o, key, val);
}

/* Splits the next item off *p; ",," is a literal comma (QEMU). */
static char *next_item(const char **p)
{
    const char *s = *p;
    char *item = malloc(strlen(s) + 1);
    size_t n = 0;
    if (!item) {
        return NULL;
    }
    while (*s && !(s[0] == ',' && s[1] != ',')) {
        if (s[0] == ',') {
            s++;  /* the first of ",," */
        }
        item[n++] = *s++;
    }
    item[n] = '\0';
    *p = *s ? s + 1 : s;
    return item;
}

int opts_parse(Opts *o, const char *list, const char *what, bool bare_ok, char *err,
               size_t errlen)
{
    int rc = 0;
    for (const char *p = list; *p && rc == 0;) {
        char *item = next_item(&p);
        char *eq = item ? strchr(item, '=') : NULL;
        if (!item) {
            snprintf(err, errlen, "out of memory");
            rc = -1;
        } else if (!eq && !bare_ok) {
            snprintf(err, errlen, "%s: expected key=value, not '%s'", what, item);
            rc = -1;
        } else {
            if (eq) {
                *eq = '\0';
            }
            if (opts_add(o, item, eq ? eq + 1 : "") != 0) {
                snprintf(err, errlen, "out of memory");
                rc = -1;
            }
        }
        free(item);
    }
    return rc;
}

const char *opts_get(const Opts *o, const char *key)
{
    for (int i = o->n - 1; i >= 0; i--) {
        if (!strcmp(o->key[i], key)) {
            return o->val[i];
        }
    }
    return NULL;
}

const char *opts_get_nth(const Opts *o, const char *key, int nth)
{
    for (int i = 0; i < o->n; i++) {
        if (!strcmp(o->key[i], key) && nth-- == 0) {
            return o->val[i];
        }
    }
    return NULL;
}

int opts_get_bool(const Opts *o, const char *key, bool def, bool *out, const char *what,
                  char *err, size_t errlen)
{
    const char *v = opts_get(o, key);
    if (!v) {
        *out = def;
    } else if (!strcmp(v, "on") || !strcmp(v, "true") || !strcmp(v, "yes")) {
        *out = true;
    } else if (!strcmp(v, "off") || !strcmp(v, "false") || !strcmp(v, "no")) {
        *out = false;
    } else {
        snprintf(err, errlen, "%s: %s must be on or off, not '%s'", what, key, v);
        return -1;
    }
    return 0;
}

/* A decimal number with an optional binary suffix (K, M, G, T) when
 * suffix is set. False on anything else or an overflow. */
static bool parse_number(const char *s, bool suffix, uint64_t *out)
{
    uint64_t v = 0;
    const char *p = s;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (v > (UINT64_MAX - 9) / 10) {
            return false;
        }
        v = v * 10 + (uint64_t)(*p - '0');
    }
    if (p == s) {
        return false;
    }
    static const char units[] = "KMGT";
    char c = (char)(*p & ~0x20);   /* upper case */
    const char *u = suffix && c ? strchr(units, c) : NULL;
    if (u) {
        unsigned shift = 10 * (unsigned)(u - units + 1);
        if (v > UINT64_MAX >> shift) {
            return false;
        }
        v <<= shift;
        p++;
    }
    *out = v;
    return *p == 0;
}

int opts_get_u64(const Opts *o, const char *key, uint64_t def, bool suffix, uint64_t *out)
{
    const char *v = opts_get(o, key);
    *out = def;
    return !v || parse_number(v, suffix, out) ? 0 : -1;
}

int opts_copy(Opts *dst, const Opts *src)
{
    *dst = (Opts){ 0 };
    for (int i = 0; i < src->n; i++) {
        if (opts_add(dst, src->key[i], src->val[i]) != 0) {
            opts_free(dst);
            return -1;
        }
    }
    return 0;
}

void opts_free(Opts *o)
{
    for (int i = 0; i < o->n; i++) {
        free(o->key[i]);
        free(o->val[i]);
    }
    free(o->key);
    free(o->val);
    *o = (Opts){ 0 };
}
