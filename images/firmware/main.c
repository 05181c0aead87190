/* fwtest main: reads /chosen/bootargs, runs the selected device self-tests
 * and exits through the syscon with the number of failed checks.
 *
 * bootargs (all optional, space-separated key=value):
 *   tests=pci,console,blk,blk-misuse,net,9p,9p-misuse,rng,gpu,gpu-misuse,input
 *                 which tests run; default: every test whose device exists
 *   transport=mmio|pci  look for virtio devices on that transport only;
 *                 default: both (virtio-mmio slots first)
 *   blk=rw|ro     what the blk write must do; default: follow feature RO
 *   blkhost=TEXT  sector 0 of the disk must start with TEXT
 *   conin=TEXT    the line the host types on the virtio console
 *   netport=N     UDP echo server port on the host (10.0.2.2); default 5555
 *   9ptag=TAG     the expected 9p mount tag
 *   gpuresize=1   gpu: wait for a display change, then redraw at the new size
 *   gpuwait=MS    how long to wait for it; default 20000
 *   gpubench=N    gpu: N full-screen updates, timed (tests/bench/display.py)
 *   inputevents=N input: print every event until N arrived
 *   inputwait=MS  how long to wait for them; default 30000 */
#include "virtio.h"

static unsigned passes;
static unsigned failures;
static char bootargs[512];

static void report(bool ok, const char *fmt, va_list ap)
{
    char line[200];
    fw_vsnprintf(line, sizeof(line), fmt, ap);
    fw_printf("%s - %s\n", ok ? "ok" : "not ok", line);
    if (ok) {
        passes++;
    } else {
        failures++;
    }
}

bool check(bool cond, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(cond, fmt, ap);
    va_end(ap);
    return cond;
}

void skip(const char *fmt, ...)
{
    char line[200];
    va_list ap;
    va_start(ap, fmt);
    fw_vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    fw_printf("# SKIP %s\n", line);   /* not a pass: nothing was checked */
}

void note(const char *fmt, ...)
{
    char line[200];
    va_list ap;
    va_start(ap, fmt);
    fw_vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    fw_printf("# %s\n", line);
}

/* --- bootargs -------------------------------------------------------------- */

/* Finds "key=" at the start of a word; copies the value up to the next space. */
const char *arg_str(const char *key, const char *def)
{
    static char value[8][128];
    static int next;
    size_t klen = strlen(key);
    for (const char *p = bootargs; *p; p++) {
        if ((p == bootargs || p[-1] == ' ') && !strncmp(p, key, klen) && p[klen] == '=') {
            char *v = value[next++ % 8];
            const char *s = p + klen + 1;
            size_t n = 0;
            while (s[n] && s[n] != ' ' && n + 1 < sizeof(value[0])) {
                v[n] = s[n];
                n++;
            }
            v[n] = 0;
            return v;
        }
    }
    return def;
}

unsigned long arg_num(const char *key, unsigned long def)
{
    const char *v = arg_str(key, NULL);
    return v ? fw_strtoul(v, NULL) : def;
}

/* True when `name` is an element of the comma-separated list. */
static bool list_has(const char *list, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = list; *p;) {
        if (!strncmp(p, name, n) && (p[n] == ',' || p[n] == 0)) {
            return true;
        }
        while (*p && *p != ',') {
            p++;
        }
        if (*p == ',') {
            p++;
        }
    }
    return false;
}

static void load_bootargs(const void *dtb)
{
    uint32_t len = 0;
    const char *s = fdt_prop(dtb, "/chosen", "bootargs", &len);
    if (s && len > 0) {
        size_t n = len < sizeof(bootargs) ? len : sizeof(bootargs) - 1;
        memcpy(bootargs, s, n);
        bootargs[n] = 0;
    }
    const uint8_t *tb = fdt_prop(dtb, "/cpus", "timebase-frequency", &len);
    if (tb && len == 4) {
        timer_init((uint64_t)tb[0] << 24 | tb[1] << 16 | tb[2] << 8 | tb[3]);
    }
}

/* --- tests ------------------------------------------------------------------ */

typedef struct Test {
    const char *name;
    uint32_t device_id;
    const char *device;
    void (*run)(void);
} Test;

static const Test tests[] = {
    { "pci", 0, "virtio-pci device", pci_test },
    { "console", VIRTIO_ID_CONSOLE, "virtio-console", console_test },
    { "blk", VIRTIO_ID_BLOCK, "virtio-blk", blk_test },
    { "blk-misuse", VIRTIO_ID_BLOCK, "virtio-blk", blk_misuse_test },
    { "net", VIRTIO_ID_NET, "virtio-net", net_test },
    { "9p", VIRTIO_ID_9P, "virtio-9p", p9_test },
    { "9p-misuse", VIRTIO_ID_9P, "virtio-9p", p9_misuse_test },
    { "rng", VIRTIO_ID_RNG, "virtio-rng", rng_test },
    { "gpu", VIRTIO_ID_GPU, "virtio-gpu", gpu_test },
    { "gpu-misuse", VIRTIO_ID_GPU, "virtio-gpu", gpu_misuse_test },
    { "input", VIRTIO_ID_INPUT, "virtio-input", input_test },
};

static void run_tests(const char *selection)
{
    for (size_t i = 0; i < ARRAY_SIZE(tests); i++) {
        const Test *t = &tests[i];
        bool wanted = selection ? list_has(selection, t->name) : true;
        VirtioDev probe = { .slot = -1 };
        bool present = t->device_id ? virtio_find(t->device_id, &probe)
                                    : pci_virtio_count() > 0;
        if (!wanted) {
            continue;
        }
        if (!present) {
            if (selection) {
                check(false, "%s: no %s device (virtio device id %u)", t->name, t->device,
                      t->device_id);
            }
            continue;
        }
        note("== %s (slot %d)", t->name, probe.slot);
        t->run();
    }
}

void fw_main(uint64_t hartid, const void *dtb)
{
    load_bootargs(dtb);
    fw_printf("fwtest: virtio self-test firmware (hart %lu, dtb %p)\n",
              (unsigned long)hartid, dtb);
    note("bootargs: \"%s\"", bootargs);
    const char *selection = arg_str("tests", NULL);
    if (virtio_slot_count() == 0) {
        check(false, "no virtio devices found");
    }
    run_tests(selection);
    fw_printf("fwtest: %u passed, %u failed\n", passes, failures);
    fw_exit(failures);
}
