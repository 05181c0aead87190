/* Saved state, device by device: each device is created through the
 * registry, driven into the middle of an operation (interrupts pending,
 * bytes queued, requests posted and in flight), saved, restored into a
 * fresh device of the same kind, and both are then driven the same way:
 * what the guest would see must not differ. The whole machine is checked
 * the same way: a program saved half-way ends identically on a second
 * machine restored from it. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "devices/host/block_file.h"
#include "devices/host/block_thread.h"
#include "devices/state.h"
#include "devices/virtio/virtio_console.h"
#include "emu/hart.h"
#include "machine/machine.h"
#include "devices/host/net_slirp.h"
#include "tests/unit/netframe.h"
#include "tests/unit/testlib.h"

/* --- a board for single devices ---------------------------------------- */

typedef struct FakeBoard {
    uint64_t ticks, wall;
    IrqRec hart[16];           /* by mip bit */
    CharRec console;
    void *backend;             /* what backend() hands out */
} FakeBoard;

static IrqLine fb_hart_line(void *board, int hartid, int mip_bit)
{
    FakeBoard *b = board;
    return irqrec_line(&b->hart[mip_bit], mip_bit);
}

static uint64_t fb_ticks(void *board) { return ((FakeBoard *)board)->ticks; }
static uint64_t fb_wall(void *board) { return ((FakeBoard *)board)->wall; }
static void fb_event(void *board, int event, int code) { (void)board, (void)event, (void)code; }

static void *fb_backend(void *board, enum BackendKind kind, const char *id, char *err,
                        size_t errlen)
{
    return ((FakeBoard *)board)->backend;
}

static DeviceCtx fb_ctx(FakeBoard *b, GuestRam *ram, IrqRec *irq)
{
    charrec_init(&b->console);
    return (DeviceCtx){
        .board = b, .ram = ram, .irq = irqrec_line(irq, 5), .timebase_hz = 10000000,
        .console = &b->console.cb, .hart_line = fb_hart_line, .time_ticks = fb_ticks,
        .wall_ns = fb_wall, .event = fb_event, .backend = fb_backend,
    };
}

/* A device of the registry's type name on board b. */
static void *make(const char *name, FakeBoard *b, GuestRam *ram, IrqRec *irq, const Opts *o)
{
    char err[200] = "";
    const DeviceInfo *info = device_find(name);
    DeviceCtx ctx = fb_ctx(b, ram, irq);
    Opts none = { 0 };
    void *dev = info ? info->create(&ctx, o ? o : &none, err, sizeof(err)) : NULL;
    if (!dev) {
        fprintf(stderr, "%s: %s\n", name, err);
        exit(2);
    }
    return dev;
}

/* Saves a platform device and loads the bytes into another of its kind. */
static bool platform_round_trip(const char *name, void *from, void *to)
{
    const DeviceInfo *info = device_find(name);
    StateWriter w;
    char err[200];
    state_writer_init(&w);
    bool ok = info->save(from, &w) == 0 && !w.failed;
    StateReader r;
    state_reader_init(&r, w.buf, w.len);
    ok = ok && info->load(to, &r, err, sizeof(err)) == 0 && state_remaining(&r) == 0;
    /* Every shorter prefix is refused, and the device stays usable. */
    for (size_t n = 0; ok && n < w.len; n += 1 + w.len / 16) {
        StateReader cut;
        state_reader_init(&cut, w.buf, n);
        void *scratch = to;   /* a failed load leaves the device as it was */
        ok = info->load(scratch, &cut, err, sizeof(err)) == -1 && err[0];
    }
    state_writer_free(&w);
    return ok;
}

static uint64_t mrd(const char *name, void *dev, uint64_t off, int size)
{
    return device_find(name)->mmio->read(dev, off, size);
}

static void mwr(const char *name, void *dev, uint64_t off, uint64_t v, int size)
{
    device_find(name)->mmio->write(dev, off, v, size);
}

/* --- platform devices --------------------------------------------------- */

static void test_clint(void)
{
    const char *n = "riscv.sifive.clint";
    FakeBoard ba = { .ticks = 1000 }, bb = { .ticks = 1000 };
    IrqRec ia = { 0 }, ib = { 0 };
    void *a = make(n, &ba, NULL, &ia, NULL), *b = make(n, &bb, NULL, &ib, NULL);
    mwr(n, a, 0x4000, 1500, 8);
    mwr(n, a, 0x0, 1, 4);
    CHECK(ba.hart[IRQ_M_SOFT].level && !ba.hart[IRQ_M_TIMER].level);
    CHECK(platform_round_trip(n, a, b));
    CHECK(bb.hart[IRQ_M_SOFT].level && !bb.hart[IRQ_M_TIMER].level);
    CHECK(mrd(n, b, 0x4000, 8) == 1500 && mrd(n, b, 0, 4) == 1);
    ba.ticks = bb.ticks = 1600;
    device_find(n)->update(a);
    device_find(n)->update(b);
    CHECK(ba.hart[IRQ_M_TIMER].level && bb.hart[IRQ_M_TIMER].level);
    device_find(n)->destroy(a);
    device_find(n)->destroy(b);
}

enum { PLIC_ENABLE_S = 0x2080, PLIC_CLAIM_S = 0x201004 };

static void test_plic(void)
{
    const char *n = "riscv.sifive.plic";
    const DeviceInfo *info = device_find(n);
    FakeBoard ba = { 0 }, bb = { 0 };
    IrqRec ia = { 0 }, ib = { 0 };
    void *a = make(n, &ba, NULL, &ia, NULL), *b = make(n, &bb, NULL, &ib, NULL);
    mwr(n, a, 4 * 1, 3, 4);
    mwr(n, a, 4 * 5, 6, 4);
    mwr(n, a, 4 * 9, 2, 4);
    mwr(n, a, PLIC_ENABLE_S, 1u << 1 | 1u << 5 | 1u << 9, 4);
    info->irq_input(a, 5, 1);
    CHECK(mrd(n, a, PLIC_CLAIM_S, 4) == 5);   /* 5 claimed, completion outstanding */
    info->irq_input(a, 1, 1);
    info->irq_input(a, 9, 1);
    CHECK(platform_round_trip(n, a, b));
    /* The same input and the same claims give the same answers. */
    CHECK(bb.hart[IRQ_S_EXT].level == ba.hart[IRQ_S_EXT].level && bb.hart[IRQ_S_EXT].level);
    CHECK(mrd(n, b, 0x1000, 4) == mrd(n, a, 0x1000, 4));
    uint32_t ca = (uint32_t)mrd(n, a, PLIC_CLAIM_S, 4), cb = (uint32_t)mrd(n, b, PLIC_CLAIM_S, 4);
    CHECK(ca == 1 && cb == 1);
    mwr(n, a, PLIC_CLAIM_S, 5, 4);
    mwr(n, b, PLIC_CLAIM_S, 5, 4);
    CHECK(mrd(n, a, PLIC_CLAIM_S, 4) == 5 && mrd(n, b, PLIC_CLAIM_S, 4) == 5);
    CHECK(mrd(n, a, PLIC_CLAIM_S, 4) == 9 && mrd(n, b, PLIC_CLAIM_S, 4) == 9);
    info->destroy(a);
    info->destroy(b);
}

static void test_uart(void)
{
    const char *n = "serial";
    FakeBoard ba = { 0 }, bb = { 0 };
    IrqRec ia = { 0 }, ib = { 0 };
    void *a = make(n, &ba, NULL, &ia, NULL), *b = make(n, &bb, NULL, &ib, NULL);
    mwr(n, a, 3, 0x80, 1);       /* DLAB: divisor 0x0102 */
    mwr(n, a, 0, 0x02, 1);
    mwr(n, a, 1, 0x01, 1);
    mwr(n, a, 3, 0x03, 1);
    mwr(n, a, 2, 0x07, 1);       /* FIFO on */
    mwr(n, a, 7, 0x5a, 1);
    mwr(n, a, 1, 0x01, 1);       /* receive interrupt */
    CHECK(chardev_input(&ba.console.cb, (const uint8_t *)"hello", 5) == 5 && ia.level);
    CHECK(platform_round_trip(n, a, b));
    CHECK(ib.level && mrd(n, b, 7, 1) == 0x5a && mrd(n, b, 5, 1) == mrd(n, a, 5, 1));
    char got[6] = { 0 };
    for (int i = 0; i < 5; i++) {
        got[i] = (char)mrd(n, b, 0, 1);
        CHECK(mrd(n, a, 0, 1) == (uint8_t)got[i]);
    }
    CHECK(!strcmp(got, "hello") && !ib.level && !ia.level);
    mwr(n, b, 3, 0x83, 1);
    CHECK(mrd(n, b, 0, 1) == 0x02 && mrd(n, b, 1, 1) == 0x01);   /* divisor kept */
    device_find(n)->destroy(a);
    device_find(n)->destroy(b);
}

static void test_rtc(void)
{
    const char *n = "goldfish_rtc";
    FakeBoard ba = { .wall = 5000 }, bb = { .wall = 5000 };
    IrqRec ia = { 0 }, ib = { 0 };
    void *a = make(n, &ba, NULL, &ia, NULL), *b = make(n, &bb, NULL, &ib, NULL);
    mwr(n, a, 0x04, 0, 4);
    mwr(n, a, 0x00, 1000000, 4);      /* guest time 1000000 at host 5000 */
    mwr(n, a, 0x10, 1, 4);
    mwr(n, a, 0x0c, 0, 4);
    mwr(n, a, 0x08, 1000500, 4);      /* alarm 500 ns ahead */
    CHECK(platform_round_trip(n, a, b));
    CHECK(mrd(n, b, 0x00, 4) == 1000000 && mrd(n, b, 0x18, 4) == 1 && !ib.level);
    ba.wall = bb.wall = 5600;
    device_find(n)->update(a);
    device_find(n)->update(b);
    CHECK(ia.level && ib.level && mrd(n, b, 0x00, 4) == 1000600);
    device_find(n)->destroy(a);
    device_find(n)->destroy(b);
}

/* The finisher keeps no state: nothing is saved for it. */
static void test_stateless(void)
{
    CHECK(device_find("riscv.sifive.test") && !device_find("riscv.sifive.test")->save);
}

/* --- virtio devices ------------------------------------------------------- */

enum { RAM_SIZE = 1 << 20, QSIZE = 16, DATA = 0x20000, DISK_SECTORS = 64 };

/* Saves a virtio device with its transport, as the board does. */
static void save_virtio(VDrv *d, StateWriter *w)
{
    state_writer_init(w);
    virtio_mmio_save(d->t, w);
    virtio_save(d->v, w);
}

/* Restores into d (fresh device behind a fresh transport); the driver's
 * ring bookkeeping comes along, as it lives in guest RAM for a guest. */
static bool load_virtio(VDrv *d, const VDrv *from, const StateWriter *w)
{
    char err[200] = "";
    StateReader r;
    state_reader_init(&r, w->buf, w->len);
    bool ok = virtio_mmio_load(d->t, &r) == 0 && virtio_load(d->v, &r, err, sizeof(err)) == 0;
    if (!ok) {
        fprintf(stderr, "load: %s\n", err);
    }
    memcpy(d->avail_idx, from->avail_idx, sizeof(d->avail_idx));
    memcpy(d->used_seen, from->used_seen, sizeof(d->used_seen));
    return ok && state_remaining(&r) == 0;
}

/* A copy of guest RAM for the restored machine. */
static GuestRam clone_ram(const GuestRam *ram)
{
    GuestRam c = vd_ram(ram->size);
    memcpy(c.host, ram->host, ram->size);
    return c;
}

/* Posts a block request (header, data, status) using descriptors
 * 3*slot .. 3*slot+2; notify when asked. */
static void blk_post(VDrv *d, int slot, uint32_t type, uint64_t sector, bool notify)
{
    uint64_t base = VD_RAM_BASE + DATA + (uint64_t)slot * 0x1000;
    uint8_t *hdr = vd_host(d, base);
    put_le32(hdr, type);
    put_le32(hdr + 4, 0);
    put_le64(hdr + 8, sector);
    *vd_host(d, base + 0x800) = 0xff;
    if (type == 1) {
        memset(vd_host(d, base + 0x100), 'A' + slot, 512);
    }
    VdBuf b[3] = { { base, 16, false }, { base + 0x100, 512, type == 0 },
                   { base + 0x800, 1, true } };
    vd_write_chain(vd_host(d, vd_ring(0) + 16u * 3 * slot), b, 3);
    for (int i = 0; i < 2; i++) {   /* chain links are relative to the table */
        put_le16(vd_host(d, vd_ring(0) + 16u * (3 * slot + i) + 14), (uint16_t)(3 * slot + i + 1));
    }
    vd_make_avail(d, 0, (uint16_t)(3 * slot), notify);
}

static uint8_t blk_status(VDrv *d, int slot)
{
    return *vd_host(d, VD_RAM_BASE + DATA + (uint64_t)slot * 0x1000 + 0x800);
}

static void make_disk(char *path)
{
    strcpy(path, "/tmp/rvbox-test-state-XXXXXX");
    int fd = mkstemp(path);
    uint8_t sector[512];
    for (int s = 0; fd >= 0 && s < DISK_SECTORS; s++) {
        memset(sector, s, sizeof(sector));
        if (write(fd, sector, sizeof(sector)) != (ssize_t)sizeof(sector)) {
            break;
        }
    }
    if (fd < 0 || lseek(fd, 0, SEEK_END) != DISK_SECTORS * 512) {
        perror("make_disk");
        exit(2);
    }
    close(fd);
}

static BlockBackend *open_threaded(const char *path)
{
    char err[200];
    BlockBackend *b = block_file_open(path, BLOCK_FILE_RW, err, sizeof(err));
    b = b ? block_thread_wrap(b, err, sizeof(err)) : NULL;
    if (!b) {
        fprintf(stderr, "%s\n", err);
        exit(2);
    }
    return b;
}

/* virtio-blk on a threaded backend: one request done, two in flight on
 * the worker, two posted but not yet notified. The save lands the ones
 * in flight; the restored device serves the posted ones. */
static void test_blk(void)
{
    char path[64];
    make_disk(path);
    FakeBoard fb = { .backend = open_threaded(path) };
    GuestRam ram = vd_ram(RAM_SIZE);
    IrqRec irq = { 0 };
    Opts drive = { 0 };
    opts_add(&drive, "drive", "d0");
    VDrv a;
    vd_attach(&a, make("virtio-blk-device", &fb, &ram, &irq, &drive), &ram, QSIZE, NULL);
    CHECK(vd_init(&a, 1, 0));
    blk_post(&a, 0, 1, 3, true);                 /* write sector 3 */
    ((BlockBackend *)fb.backend)->drain(fb.backend);
    CHECK(blk_status(&a, 0) == 0);
    blk_post(&a, 1, 1, 4, true);                 /* in flight */
    blk_post(&a, 2, 0, 3, true);
    blk_post(&a, 3, 0, 4, false);                /* posted, not notified */
    blk_post(&a, 4, 1, 5, false);
    StateWriter w;
    save_virtio(&a, &w);
    CHECK(!w.failed && a.v->inflight == 0);      /* the save waited for them */
    CHECK(blk_status(&a, 1) == 0 && blk_status(&a, 2) == 0 && blk_status(&a, 3) == 0xff);

    GuestRam ram2 = clone_ram(&ram);
    FakeBoard fb2 = { .backend = NULL };
    vd_detach(&a);
    ((BlockBackend *)fb.backend)->close(fb.backend);
    fb2.backend = open_threaded(path);
    VDrv b;
    vd_attach(&b, make("virtio-blk-device", &fb2, &ram2, &irq, &drive), &ram2, QSIZE, NULL);
    CHECK(load_virtio(&b, &a, &w));
    CHECK(vd_rd(&b, R_STATUS) & VIRTIO_STATUS_DRIVER_OK);
    vd_wr(&b, R_NOTIFY, 0);
    ((BlockBackend *)fb2.backend)->drain(fb2.backend);
    uint32_t id, len, ids = 0;
    int n = 0;
    while (vd_get_used(&b, 0, &id, &len)) {
        ids |= 1u << id;
        n++;
    }
    CHECK(n == 5 && ids == (1u << 0 | 1u << 3 | 1u << 6 | 1u << 9 | 1u << 12));
    CHECK(blk_status(&b, 3) == 0 && blk_status(&b, 4) == 0);
    CHECK(vd_host(&b, VD_RAM_BASE + DATA + 2 * 0x1000 + 0x100)[0] == 'A');      /* sector 3 */
    CHECK(vd_host(&b, VD_RAM_BASE + DATA + 3 * 0x1000 + 0x100)[511] == 'A' + 1); /* sector 4 */
    uint8_t sector5[512];
    int fd = open(path, O_RDONLY);
    CHECK(fd >= 0 && pread(fd, sector5, 512, 5 * 512) == 512 && sector5[0] == 'A' + 4);
    close(fd);
    /* A state from another kind of device is refused. */
    VDrv c;
    vd_attach(&c, make("virtio-rng-device", &fb2, &ram2, &irq, NULL), &ram2, QSIZE, NULL);
    StateReader r;
    char err[200] = "";
    state_reader_init(&r, w.buf, w.len);
    CHECK(virtio_mmio_load(c.t, &r) == 0 && virtio_load(c.v, &r, err, sizeof(err)) == -1 &&
          strstr(err, "another device type"));
    vd_detach(&c);
    vd_detach(&b);
    ((BlockBackend *)fb2.backend)->close(fb2.backend);
    state_writer_free(&w);
    opts_free(&drive);
    free(ram.host);
    free(ram2.host);
    unlink(path);
}

/* virtio-serial-device: the terminal size and posted receive buffers. */
static void test_console(void)
{
    FakeBoard fb = { 0 };
    GuestRam ram = vd_ram(RAM_SIZE);
    IrqRec irq = { 0 };
    VDrv a;
    vd_attach(&a, make("virtio-serial-device", &fb, &ram, &irq, NULL), &ram, QSIZE, NULL);
    chardev_resize(&fb.console.cb, 100, 40);
    CHECK(vd_init(&a, 2, 0));
    VdBuf rx = { VD_RAM_BASE + DATA, 16, true };
    vd_write_chain(vd_host(&a, vd_ring(0)), &rx, 1);
    vd_make_avail(&a, 0, 0, true);
    StateWriter w;
    save_virtio(&a, &w);
    GuestRam ram2 = clone_ram(&ram);
    VDrv b;
    FakeBoard fb2 = { 0 };
    vd_attach(&b, make("virtio-serial-device", &fb2, &ram2, &irq, NULL), &ram2, QSIZE, NULL);
    CHECK(load_virtio(&b, &a, &w));
    CHECK(virtio_mmio_ops.read(b.t, R_CONFIG, 4) == (40u << 16 | 100));
    CHECK(virtio_console_receive(b.v, (const uint8_t *)"typed", 5) == 5);
    uint32_t id, len;
    CHECK(vd_get_used(&b, 0, &id, &len) && id == 0 && len == 5 &&
          !memcmp(vd_host(&b, VD_RAM_BASE + DATA), "typed", 5));
    state_writer_free(&w);
    vd_detach(&a);
    vd_detach(&b);
    free(ram.host);
    free(ram2.host);
}

/* virtio-rng: a request posted before the save is filled after it. */
static void test_rng(void)
{
    FakeBoard fb = { 0 };
    GuestRam ram = vd_ram(RAM_SIZE);
    IrqRec irq = { 0 };
    VDrv a;
    vd_attach(&a, make("virtio-rng-device", &fb, &ram, &irq, NULL), &ram, QSIZE, NULL);
    CHECK(vd_init(&a, 1, 0));
    VdBuf buf = { VD_RAM_BASE + DATA, 64, true };
    vd_write_chain(vd_host(&a, vd_ring(0)), &buf, 1);
    vd_make_avail(&a, 0, 0, true);
    uint32_t id, len;
    CHECK(vd_get_used(&a, 0, &id, &len) && len == 64);
    vd_make_avail(&a, 0, 0, false);
    StateWriter w;
    save_virtio(&a, &w);
    GuestRam ram2 = clone_ram(&ram);
    memset(ram2.host + DATA, 0, 64);
    VDrv b;
    vd_attach(&b, make("virtio-rng-device", &fb, &ram2, &irq, NULL), &ram2, QSIZE, NULL);
    CHECK(load_virtio(&b, &a, &w));
    vd_wr(&b, R_NOTIFY, 0);
    static const uint8_t zero[64];
    CHECK(vd_get_used(&b, 0, &id, &len) && len == 64 &&
          memcmp(vd_host(&b, VD_RAM_BASE + DATA), zero, 64) != 0);
    CHECK(!vd_get_used(&b, 0, &id, &len));
    state_writer_free(&w);
    /* A driver that wrote features the device does not offer (and so never
     * got FEATURES_OK) leaves a state that still loads. */
    vd_negotiate(&a, 1ull << 40);
    save_virtio(&a, &w);
    CHECK(load_virtio(&b, &a, &w));
    state_writer_free(&w);
    vd_detach(&a);
    vd_detach(&b);
    free(ram.host);
    free(ram2.host);
}

/* virtio-net: receive buffers posted before the save take the answer to a
 * frame sent after it (an ARP request to the user-mode network's host),
 * on a new libslirp stack. */
static void test_net(void)
{
    char err[200];
    NetSlirpConfig sc = { 0 };
    FakeBoard fb = { .backend = net_slirp_create(&sc, err, sizeof(err)) };
    GuestRam ram = vd_ram(VNET_RAM_MIN);
    IrqRec irq = { 0 };
    Opts o = { 0 };
    opts_add(&o, "netdev", "n0");
    VDrv a;
    vd_attach(&a, make("virtio-net-device", &fb, &ram, &irq, &o), &ram, QSIZE, NULL);
    CHECK(fb.backend && vd_init(&a, 2, 0));
    vnet_post_rx(&a, 4, VNET_RX_BUF, true);
    StateWriter w;
    save_virtio(&a, &w);
    GuestRam ram2 = clone_ram(&ram);
    vd_detach(&a);
    ((NetBackend *)fb.backend)->close(fb.backend);

    FakeBoard fb2 = { .backend = net_slirp_create(&sc, err, sizeof(err)) };
    VDrv b;
    vd_attach(&b, make("virtio-net-device", &fb2, &ram2, &irq, &o), &ram2, QSIZE, NULL);
    CHECK(load_virtio(&b, &a, &w));
    uint8_t cfg[6];
    for (int i = 0; i < 6; i++) {
        cfg[i] = (uint8_t)virtio_mmio_ops.read(b.t, R_CONFIG + (uint64_t)i, 1);
    }
    CHECK(!memcmp(cfg, guest_mac, 6));
    static const uint8_t bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
    uint8_t f[64] = { 0 }, got[2048];
    size_t n = eth_header(f, bcast, guest_mac, 0x0806);
    static const uint8_t arp[8] = { 0, 1, 8, 0, 6, 4, 0, 1 };   /* Ethernet/IPv4 request */
    memcpy(f + n, arp, 8);
    memcpy(f + n + 8, guest_mac, 6);
    memcpy(f + n + 14, guest_ip, 4);
    memcpy(f + n + 24, host_ip, 4);
    CHECK(vnet_send(&b, NULL, f, 60, 0));
    int len = vnet_recv(&b, got, sizeof(got), NULL, NULL);
    CHECK(len >= 42 && be16(got + 12) == 0x0806 && be16(got + 20) == 2 &&
          !memcmp(got + 28, host_ip, 4));   /* an ARP reply from 10.0.2.2 */
    state_writer_free(&w);
    opts_free(&o);
    vd_detach(&b);
    ((NetBackend *)fb2.backend)->close(fb2.backend);
    free(ram.host);
    free(ram2.host);
}

/* --- the whole machine ------------------------------------------------------ */

static int run_to_end(Machine *m, int max_slices)
{
    for (int i = 0; i < max_slices; i++) {
        int64_t sleep_ns;
        if (machine_run(m, &sleep_ns) != MACHINE_RUNNING) {
            return machine_exit_code(m);
        }
    }
    return -1;
}

static void test_machine(void)
{
    char dir[] = "/tmp/rvbox-test-mstate-XXXXXX", kernel[128], disk[128];
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        exit(2);
    }
    /* A program that loops, prints and exits with a code through the
     * syscon finisher: fail code 0x3333 | (42 << 16). */
    static const uint32_t code[] = {
        0x00000513, /* li a0, 0 */
        0x000f45b7, /* lui a1, 0xf4 (1,000,000) */
        0x2405859b, /* addiw a1, a1, 576 */
        0x100002b7, /* lui t0, 0x10000 (UART) */
        0x00010337, /* lui t1, 0x10 */
        0xfff3031b, /* addiw t1, t1, -1 */
        0x00150513, /* loop: addi a0, a0, 1 */
        0x006573b3, /* and t2, a0, t1 */
        0x00039663, /* bnez t2, skip */
        0x02e00e13, /* li t3, '.' */
        0x01c28023, /* sb t3, 0(t0) */
        0xfeb546e3, /* skip: blt a0, a1, loop */
        0x002a3e37, /* lui t3, 0x2a3 */
        0x333e0e1b, /* addiw t3, t3, 0x333 -> 0x2a3333 (code 42) */
        0x00100eb7, /* lui t4, 0x100 (syscon) */
        0x01cea023, /* sw t3, 0(t4) */
        0x0000006f, /* j . */
    };
    snprintf(kernel, sizeof(kernel), "%s/prog.bin", dir);
    snprintf(disk, sizeof(disk), "%s/disk.img", dir);
    FILE *f = fopen(kernel, "wb");
    CHECK(f && fwrite(code, sizeof(code), 1, f) == 1);
    fclose(f);
    f = fopen(disk, "wb");
    CHECK(f && fseek(f, 4095, SEEK_SET) == 0 && fputc(0, f) == 0);
    fclose(f);
    char drive[200];
    snprintf(drive, sizeof(drive), "file=%s,format=raw,snapshot=on", disk);
    char *argv[] = { "rvbox", "-m", "32", "-bios", "none", "-kernel", kernel, "--deterministic",
                     "-drive", drive, "-device", "virtio-rng-device", "-device",
                     "virtio-rng-pci", NULL };
    MachineConfig cfg;
    bool help;
    char err[300];
    CHECK(config_parse_args(&cfg, 14, argv, &help, err, sizeof(err)) == 0);
    Machine *a = machine_create(&cfg, err, sizeof(err));
    Machine *b = machine_create(&cfg, err, sizeof(err));
    CHECK(a && b);
    if (a && b) {
        int64_t sleep_ns;
        for (int i = 0; i < 3; i++) {
            machine_run(a, &sleep_ns);
        }
        StateWriter w;
        state_writer_init(&w);
        CHECK(machine_save_state(a, &w) == 0);
        CHECK(w.len < 200000);   /* 32 MiB of mostly zero RAM, compressed */
        CHECK(machine_load_state(b, w.buf, w.len, err, sizeof(err)) == 0);
        CHECK(machine_icount(b) == machine_icount(a) && machine_hart(b)->pc == machine_hart(a)->pc);
        int ca = run_to_end(a, 100), cb = run_to_end(b, 100);
        CHECK(ca == 42 && cb == 42);
        CHECK(machine_icount(a) == machine_icount(b));
        CHECK(memcmp(machine_hart(a)->x, machine_hart(b)->x, sizeof(machine_hart(a)->x)) == 0);
        /* A machine without the PCI device refuses the state. */
        MachineConfig no_pci;
        CHECK(config_parse_args(&no_pci, 12, argv, &help, err, sizeof(err)) == 0);
        Machine *d = machine_create(&no_pci, err, sizeof(err));
        err[0] = '\0';
        CHECK(d && machine_load_state(d, w.buf, w.len, err, sizeof(err)) == -1 &&
              strstr(err, "another machine") && strstr(err, "virtio-rng-device(pci)"));
        machine_destroy(d);
        config_free(&no_pci);
        /* Damaged states are refused with a reason. */
        w.buf[w.len / 2] ^= 0x55;
        Machine *c = machine_create(&cfg, err, sizeof(err));
        err[0] = '\0';
        int rc = c ? machine_load_state(c, w.buf, 40, err, sizeof(err)) : 0;
        CHECK(rc == -1 && err[0]);
        machine_destroy(c);
        state_writer_free(&w);
    }
    machine_destroy(a);
    machine_destroy(b);
    config_free(&cfg);
    unlink(kernel);
    unlink(disk);
    rmdir(dir);
}

int main(void)
{
    test_clint();
    test_plic();
    test_uart();
    test_rtc();
    test_stateless();
    test_blk();
    test_console();
    test_rng();
    test_net();
    /* The program's dots go to the machine's console (stdout): keep them
     * out of the summary. */
    fflush(stdout);
    int saved = dup(STDOUT_FILENO), null = open("/dev/null", O_WRONLY);
    if (saved >= 0 && null >= 0) {
        dup2(null, STDOUT_FILENO);
    }
    test_machine();
    if (saved >= 0 && null >= 0) {
        dup2(saved, STDOUT_FILENO);
        close(null);
        close(saved);
    }
    return t_summary("test_device_state");
}
