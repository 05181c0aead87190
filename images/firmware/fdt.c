/* Just enough of a flattened device tree (DTSpec v0.4 ch. 5) walker to read a
 * property of a node one level below the root, e.g. /chosen/bootargs. */
#include "fw.h"

#define FDT_MAGIC 0xd00dfeedu
#define FDT_BEGIN_NODE 1
#define FDT_END_NODE 2
#define FDT_PROP 3
#define FDT_NOP 4
#define FDT_END 9

static uint32_t be32(const void *p)
{
    const uint8_t *b = p;
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

static uint32_t align4(uint32_t v)
{
    return (v + 3) & ~3u;
}

/* A node name matches "chosen" as "chosen" or "chosen@unit". */
static bool name_matches(const char *name, const char *want)
{
    size_t n = strlen(want);
    return !strncmp(name, want, n) && (name[n] == 0 || name[n] == '@');
}

const void *fdt_prop(const void *dtb, const char *node, const char *prop, uint32_t *len)
{
    if (!dtb || be32(dtb) != FDT_MAGIC) {
        return NULL;
    }
    const uint8_t *base = dtb;
    const uint8_t *p = base + be32(base + 8);
    const char *strings = (const char *)base + be32(base + 12);
    const char *want = node[0] == '/' ? node + 1 : node;
    int depth = 0;
    bool inside = want[0] == 0;   /* "/" is the root itself */
    for (int guard = 0; guard < 100000; guard++) {
        uint32_t tok = be32(p);
        p += 4;
        if (tok == FDT_BEGIN_NODE) {
            const char *name = (const char *)p;
            p += align4((uint32_t)strlen(name) + 1);
            depth++;
            if (depth == 2 && name_matches(name, want)) {
                inside = true;
            }
        } else if (tok == FDT_END_NODE) {
            if (depth == 2 && inside && want[0]) {
                return NULL;
            }
            depth--;
        } else if (tok == FDT_PROP) {
            uint32_t plen = be32(p);
            const char *pname = strings + be32(p + 4);
            const uint8_t *val = p + 8;
            p += 8 + align4(plen);
            bool here = want[0] ? (inside && depth == 2) : depth == 1;
            if (here && !strcmp(pname, prop)) {
                *len = plen;
                return val;
            }
        } else if (tok != FDT_NOP) {
            return NULL;
        }
    }
    return NULL;
}
