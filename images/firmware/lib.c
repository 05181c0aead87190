/* The libc subset fwtest needs: memory/string helpers and printf-style
 * formatting (%c %s %d %u %x %p with l/ll/z, width, '0' and '-' flags). */
#include "fw.h"

void *memcpy(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    while (n--) {
        *d++ = *s++;
    }
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    if (d <= s || d >= s + n) {
        return memcpy(dst, src, n);
    }
    while (n--) {
        d[n] = s[n];
    }
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    uint8_t *d = dst;
    while (n--) {
        *d++ = (uint8_t)c;
    }
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const uint8_t *x = a;
    const uint8_t *y = b;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i]) {
            return x[i] - y[i];
        }
    }
    return 0;
}

size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n]) {
        n++;
    }
    return n;
}

int strncmp(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (a[i] != b[i] || !a[i]) {
            return (uint8_t)a[i] - (uint8_t)b[i];
        }
    }
    return 0;
}

int strcmp(const char *a, const char *b)
{
    return strncmp(a, b, (size_t)-1);
}

unsigned long fw_strtoul(const char *s, const char **end)
{
    unsigned long v = 0;
    unsigned base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    for (;; s++) {
        unsigned d;
        if (*s >= '0' && *s <= '9') {
            d = (unsigned)(*s - '0');
        } else if (base == 16 && *s >= 'a' && *s <= 'f') {
            d = (unsigned)(*s - 'a' + 10);
        } else if (base == 16 && *s >= 'A' && *s <= 'F') {
            d = (unsigned)(*s - 'A' + 10);
        } else {
            break;
        }
        v = v * base + d;
    }
    if (end) {
        *end = s;
    }
    return v;
}

/* --- formatting --------------------------------------------------------- */

typedef struct Out {
    char *buf;
    size_t size;
    size_t len;
} Out;

static void out_c(Out *o, char c)
{
    if (o->len + 1 < o->size) {
        o->buf[o->len] = c;
    }
    o->len++;
}

typedef struct Spec {
    int width;
    bool zero;
    bool left;
} Spec;

static void out_padded(Out *o, const char *s, size_t n, const Spec *sp)
{
    int pad = sp->width > (int)n ? sp->width - (int)n : 0;
    if (!sp->left) {
        while (pad-- > 0) {
            out_c(o, sp->zero ? '0' : ' ');
        }
    }
    for (size_t i = 0; i < n; i++) {
        out_c(o, s[i]);
    }
    while (sp->left && pad-- > 0) {
        out_c(o, ' ');
    }
}

static void out_num(Out *o, unsigned long long v, unsigned base, bool neg, const Spec *sp)
{
    char tmp[24];
    int i = sizeof(tmp);
    do {
        tmp[--i] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    if (neg) {
        if (sp->zero && sp->width > 0) {
            out_c(o, '-');
            Spec s2 = *sp;
            s2.width--;
            out_padded(o, tmp + i, sizeof(tmp) - (size_t)i, &s2);
            return;
        }
        tmp[--i] = '-';
    }
    out_padded(o, tmp + i, sizeof(tmp) - (size_t)i, sp);
}

/* Reads flags and width at *fmt; returns the length modifier count. */
static int parse_spec(const char **fmt, Spec *sp)
{
    const char *f = *fmt;
    *sp = (Spec){ 0 };
    for (; *f == '0' || *f == '-'; f++) {
        sp->zero |= *f == '0';
        sp->left |= *f == '-';
    }
    while (*f >= '0' && *f <= '9') {
        sp->width = sp->width * 10 + (*f++ - '0');
    }
    int lng = 0;
    for (; *f == 'l' || *f == 'z'; f++) {
        lng++;
    }
    *fmt = f;
    return lng;
}

static void out_conv(Out *o, char c, int lng, const Spec *sp, va_list *ap)
{
    if (c == 'd') {
        long long v = lng ? va_arg(*ap, long long) : va_arg(*ap, int);
        out_num(o, v < 0 ? -(unsigned long long)v : (unsigned long long)v, 10, v < 0, sp);
    } else if (c == 'u' || c == 'x') {
        unsigned long long v = lng ? va_arg(*ap, unsigned long long) : va_arg(*ap, unsigned);
        out_num(o, v, c == 'x' ? 16 : 10, false, sp);
    } else if (c == 'p') {
        out_c(o, '0');
        out_c(o, 'x');
        out_num(o, (uintptr_t)va_arg(*ap, void *), 16, false, sp);
    } else if (c == 's') {
        const char *s = va_arg(*ap, const char *);
        s = s ? s : "(null)";
        out_padded(o, s, strlen(s), sp);
    } else if (c == 'c') {
        char ch = (char)va_arg(*ap, int);
        out_padded(o, &ch, 1, sp);
    } else {
        out_c(o, '%');
        out_c(o, c);
    }
}

int fw_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    Out o = { buf, size, 0 };
    va_list args;
    va_copy(args, ap);
    while (*fmt) {
        if (*fmt != '%') {
            out_c(&o, *fmt++);
            continue;
        }
        fmt++;
        if (*fmt == '%') {
            out_c(&o, *fmt++);
            continue;
        }
        Spec sp;
        int lng = parse_spec(&fmt, &sp);
        if (!*fmt) {
            break;
        }
        out_conv(&o, *fmt++, lng, &sp, &args);
    }
    va_end(args);
    if (size) {
        buf[o.len < size ? o.len : size - 1] = 0;
    }
    return (int)o.len;
}

int fw_snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = fw_vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

void fw_printf(const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    fw_vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    uart_puts(buf);
}
