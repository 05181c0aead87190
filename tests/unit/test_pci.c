/* The PCIe host bridge (gpex-pcihost) and the virtio-pci transport, driven
 * as a guest would: ECAM configuration cycles, BAR sizing and assignment,
 * the virtio capabilities, a virtio-rng request through the common
 * configuration and the notification area, INTx on the swizzled PLIC
 * source, the ISR read that clears it, the PCI configuration access
 * capability, and saved state. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/pci/pci.h"
#include "devices/state.h"
#include "devices/virtio/virtio_pci.h"
#include "testlib.h"

#define MEM_BASE 0x40000000ull
#define BAR_AT (MEM_BASE + 0x4000)

/* The board around the bridge: its windows and its four lines. */
typedef struct Board {
    const MmioOps *mem_ops, *io_ops;
    void *bridge;
    int level[64];
} Board;

static void line_set(void *ctx, int irq, int level)
{
    ((Board *)ctx)->level[irq] = level;
}

static int map_window(void *board, uint64_t base, uint64_t size, const MmioOps *ops, void *dev,
                      char *err, size_t errlen)
{
    Board *b = board;
    if (base == MEM_BASE) {
        b->mem_ops = ops;
    } else {
        b->io_ops = ops;
    }
    b->bridge = dev;
    return 0;
}

static const DeviceInfo *gpex;
static Board board;
static void *bridge;

static uint32_t cfg_rd(int slot, uint32_t reg, int size)
{
    return (uint32_t)gpex->mmio->read(bridge, (uint64_t)slot << 15 | reg, size);
}

static void cfg_wr(int slot, uint32_t reg, uint32_t v, int size)
{
    gpex->mmio->write(bridge, (uint64_t)slot << 15 | reg, v, size);
}

static uint64_t mem_rd(uint64_t addr, int size)
{
    return board.mem_ops->read(bridge, addr - MEM_BASE, size);
}

static void mem_wr(uint64_t addr, uint64_t v, int size)
{
    board.mem_ops->write(bridge, addr - MEM_BASE, v, size);
}

static void *make_bridge(void)
{
    char err[200] = "";
    DeviceCtx ctx = {
        .board = &board, .irq = { .set = line_set, .ctx = &board, .irq = 32 },
        .nwindows = 2, .map_window = map_window,
    };
    ctx.window[0].base = MEM_BASE, ctx.window[0].size = 0x40000000;
    ctx.window[1].base = 0x3000000, ctx.window[1].size = 0x10000;
    void *b = gpex->create(&ctx, &(Opts){ 0 }, err, sizeof(err));
    if (!b) {
        fprintf(stderr, "gpex: %s\n", err);
        exit(2);
    }
    return b;
}

static VirtioDevice *make_rng(GuestRam *ram)
{
    char err[200] = "";
    DeviceCtx ctx = { .ram = ram };
    VirtioDevice *v = device_find("virtio-rng-pci")->create(&ctx, &(Opts){ 0 }, err, sizeof(err));
    if (!v) {
        fprintf(stderr, "rng: %s\n", err);
        exit(2);
    }
    return v;
}

static void test_ecam_and_ids(VirtioPci *t)
{
    CHECK(cfg_rd(0, 0, 4) == (0x0008u << 16 | 0x1b36));       /* the host bridge */
    CHECK(cfg_rd(0, 0x0a, 2) == 0x0600);
    CHECK(cfg_rd(2, 0, 4) == 0xffffffffu && cfg_rd(2, 0, 1) == 0xff);   /* empty slot */
    CHECK(gpex->mmio->read(bridge, 1u << 15 | 1u << 12, 4) == 0xffffffffu); /* function 1 */
    CHECK(gpex->mmio->read(bridge, 1u << 20 | 1u << 15, 4) == 0xffffffffu); /* bus 1 */
    char err[200] = "";
    CHECK(gpex->pci_plug(bridge, virtio_pci_function(t), 1, err, sizeof(err)) == -1 &&
          strstr(err, "slot 1"));
    CHECK(cfg_rd(1, 0, 4) == (0x1044u << 16 | 0x1af4));       /* virtio-rng, modern */
    CHECK(cfg_rd(1, 0x08, 1) == 1 && cfg_rd(1, 0x2c, 4) == (0x1100u << 16 | 0x1af4));
    CHECK(cfg_rd(1, 0x3d, 1) == 1 && (cfg_rd(1, 0x06, 2) & 0x10));   /* INTA, capabilities */
    CHECK(cfg_rd(1, 0x3c, 1) == 0 && (cfg_wr(1, 0x3c, 33, 1), cfg_rd(1, 0x3c, 1) == 33));
    CHECK(cfg_rd(1, 0x100, 4) == 0 && cfg_rd(1, 0xffc, 4) == 0);   /* extended space */
    CHECK(cfg_rd(1, 0x01, 2) == 0xffffffffu);                /* misaligned */
    /* The capability list: vendor-specific common, ISR, device, notify,
     * PCI access, each pointing into BAR 4. */
    const int want[] = { 1, 3, 4, 2, 5 };
    int n = 0, cap = (int)cfg_rd(1, 0x34, 1);
    bool all_vendor = true;
    while (cap && n < 8) {
        all_vendor &= cfg_rd(1, (uint32_t)cap, 1) == 9;
        CHECK_NAMED(n < 5 && (int)cfg_rd(1, (uint32_t)cap + 3, 1) == want[n], "cfg_type order");
        CHECK_NAMED(cfg_rd(1, (uint32_t)cap + 4, 1) == (n == 4 ? 0u : 4u), "cap bar");
        if (want[n] == 2) {
            CHECK(cfg_rd(1, (uint32_t)cap + 16, 4) == 4);     /* notify_off_multiplier */
        }
        cap = (int)cfg_rd(1, (uint32_t)cap + 1, 1);
        n++;
    }
    CHECK(n == 5 && all_vendor);
}

static void test_bars(void)
{
    /* Sizing: all-ones reads back the size; unused BARs stay 0. */
    cfg_wr(1, 0x20, 0xffffffffu, 4);
    cfg_wr(1, 0x24, 0xffffffffu, 4);
    CHECK(cfg_rd(1, 0x20, 4) == 0xffffc00cu && cfg_rd(1, 0x24, 4) == 0xffffffffu);
    cfg_wr(1, 0x10, 0xffffffffu, 4);
    CHECK(cfg_rd(1, 0x10, 4) == 0);
    cfg_wr(1, 0x20, (uint32_t)BAR_AT, 4);
    cfg_wr(1, 0x24, 0, 4);
    CHECK(cfg_rd(1, 0x20, 4) == ((uint32_t)BAR_AT | 0xc));
    /* No decoding until the command register says so. */
    CHECK(mem_rd(BAR_AT + 0x12, 2) == 0xffff);
    cfg_wr(1, 0x04, 0x0006, 2);                               /* memory, bus master */
    CHECK(mem_rd(BAR_AT + 0x12, 2) == 1);                     /* num_queues */
    CHECK(mem_rd(BAR_AT + 0x4000, 4) == 0xffffffffu);         /* past the BAR */
}

static void test_request(VirtioPci *t, GuestRam *ram)
{
    const uint64_t cc = BAR_AT, isr = BAR_AT + 0x1000, notify = BAR_AT + 0x3000;
    mem_wr(cc + 0x00, 1, 4);
    CHECK(mem_rd(cc + 0x04, 4) & 1);                          /* VERSION_1 */
    mem_wr(cc + 0x14, 1 | 2, 1);
    mem_wr(cc + 0x08, 1, 4);
    mem_wr(cc + 0x0c, 1, 4);
    mem_wr(cc + 0x14, 1 | 2 | 8, 1);
    CHECK(mem_rd(cc + 0x14, 1) == 11);                       /* FEATURES_OK */
    CHECK(mem_rd(cc + 0x10, 2) == 0xffff && mem_rd(cc + 0x1a, 2) == 0xffff);   /* no MSI-X */
    mem_wr(cc + 0x16, 0, 2);
    CHECK(mem_rd(cc + 0x18, 2) == 256 && mem_rd(cc + 0x1e, 2) == 0);
    mem_wr(cc + 0x18, 8, 2);
    uint64_t desc = VD_RAM_BASE + 0x1000, avail = desc + 0x100, used = desc + 0x200;
    uint64_t buf = VD_RAM_BASE + 0x4000;
    mem_wr(cc + 0x20, (uint32_t)desc, 4);
    mem_wr(cc + 0x24, desc >> 32, 4);
    mem_wr(cc + 0x28, avail, 8);                              /* whole 64-bit write */
    mem_wr(cc + 0x30, used, 8);
    CHECK(mem_rd(cc + 0x20, 8) == desc && mem_rd(cc + 0x24, 4) == desc >> 32);
    mem_wr(cc + 0x1c, 1, 2);
    CHECK(mem_rd(cc + 0x1c, 2) == 1);
    mem_wr(cc + 0x18, 16, 2);                                 /* ignored while enabled */
    CHECK(mem_rd(cc + 0x18, 2) == 8);
    mem_wr(cc + 0x14, 15, 1);
    /* One 64-byte request for random bytes, notified on queue 0. */
    uint8_t *host = ram->host;
    vd_put_desc(host + (desc - VD_RAM_BASE), buf, 64, 2, 0);
    host[avail - VD_RAM_BASE + 4] = 0;                        /* ring[0] = head 0 */
    host[avail - VD_RAM_BASE + 2] = 1;                        /* idx = 1 */
    CHECK(!board.level[33]);
    mem_wr(notify + 0, 0, 2);
    CHECK(host[used - VD_RAM_BASE + 2] == 1);                 /* used idx */
    /* Device number 1, INTA: source 32 + (1 + 1 - 1) % 4. */
    CHECK(board.level[33] && (cfg_rd(1, 0x06, 2) & 0x08));
    /* INTx-disable masks the line; the status bit still shows the pin. */
    cfg_wr(1, 0x04, 0x0406, 2);
    CHECK(!board.level[33] && (cfg_rd(1, 0x06, 2) & 0x08));
    cfg_wr(1, 0x04, 0x0006, 2);
    CHECK(board.level[33]);
    /* Reading the ISR status returns it, clears it and lowers INTx. */
    CHECK(mem_rd(isr, 1) == 1 && !board.level[33] && mem_rd(isr, 1) == 0);
    CHECK(!(cfg_rd(1, 0x06, 2) & 0x08));
    (void)t;
}

static void test_cfg_window(void)
{
    int cap = 0;
    for (int c = (int)cfg_rd(1, 0x34, 1); c; c = (int)cfg_rd(1, (uint32_t)c + 1, 1)) {
        cap = cfg_rd(1, (uint32_t)c + 3, 1) == 5 ? c : cap;
    }
    CHECK(cap != 0);
    cfg_wr(1, (uint32_t)cap + 4, 4, 1);                       /* BAR 4 */
    cfg_wr(1, (uint32_t)cap + 8, 0x12, 4);                    /* num_queues */
    cfg_wr(1, (uint32_t)cap + 12, 2, 4);
    CHECK((cfg_rd(1, (uint32_t)cap + 16, 4) & 0xffff) == 1);
    cfg_wr(1, (uint32_t)cap + 8, 0x00, 4);                    /* device_feature_select */
    cfg_wr(1, (uint32_t)cap + 12, 4, 4);
    cfg_wr(1, (uint32_t)cap + 16, 1, 4);
    CHECK(mem_rd(BAR_AT + 0x00, 4) == 1);
    cfg_wr(1, (uint32_t)cap + 4, 3, 1);                       /* another BAR: no access */
    cfg_wr(1, (uint32_t)cap + 16, 0, 4);
    CHECK(mem_rd(BAR_AT + 0x00, 4) == 1);
}

static void test_state(void)
{
    StateWriter w;
    state_writer_init(&w);
    CHECK(gpex->save(bridge, &w) == 0 && !w.failed);
    cfg_wr(1, 0x20, 0x50000000, 4);
    cfg_wr(1, 0x04, 0, 2);
    char err[200] = "";
    StateReader r;
    state_reader_init(&r, w.buf, w.len);
    CHECK(gpex->load(bridge, &r, err, sizeof(err)) == 0);
    CHECK(cfg_rd(1, 0x20, 4) == ((uint32_t)BAR_AT | 0xc) && cfg_rd(1, 0x04, 2) == 6);
    state_reader_init(&r, w.buf, w.len / 2);
    CHECK(gpex->load(bridge, &r, err, sizeof(err)) == -1 && strstr(err, "truncated"));
    CHECK(cfg_rd(1, 0x20, 4) == ((uint32_t)BAR_AT | 0xc));
    state_writer_free(&w);
    /* Reset: BARs unassigned, decoding off. */
    gpex->reset(bridge);
    CHECK(cfg_rd(1, 0x20, 4) == 0xc && cfg_rd(1, 0x04, 2) == 0 && cfg_rd(0, 0, 2) == 0x1b36);
}

int main(void)
{
    gpex = device_find("gpex-pcihost");
    CHECK(gpex && gpex->pci_plug && device_name_is_pci("virtio-rng-pci") &&
          !device_name_is_pci("virtio-rng-device") && !device_name_is_pci("nonsense-pci"));
    bridge = make_bridge();
    CHECK(board.mem_ops && board.io_ops && board.bridge == bridge);
    GuestRam ram = vd_ram(1 << 20);
    VirtioDevice *v = make_rng(&ram);
    VirtioPci *t = virtio_pci_create(v);
    char err[200] = "";
    CHECK(gpex->pci_plug(bridge, virtio_pci_function(t), -1, err, sizeof(err)) == 0);
    test_ecam_and_ids(t);
    test_bars();
    test_request(t, &ram);
    test_cfg_window();
    test_state();
    gpex->destroy(bridge);
    virtio_pci_destroy(t);
    virtio_device_destroy(v);
    free(ram.host);
    return t_summary("test_pci");
}
