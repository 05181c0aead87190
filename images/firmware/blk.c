/* virtio-blk self-test (virtio 1.2 §5.2): a request is a device-readable
 * header {type, reserved, sector}, the data buffer, and a device-writable
 * status byte (§5.2.6). Checks read, write, flush and GET_ID, the refusal of
 * writes on a read-only disk, and the device's answer to malformed chains. */
#include "virtio.h"

#define VIRTIO_BLK_F_RO (1ull << 5)
#define VIRTIO_BLK_F_FLUSH (1ull << 9)

#define VIRTIO_BLK_T_IN 0
#define VIRTIO_BLK_T_OUT 1
#define VIRTIO_BLK_T_FLUSH 4
#define VIRTIO_BLK_T_GET_ID 8
#define VIRTIO_BLK_T_BOGUS 0x7f

#define VIRTIO_BLK_S_OK 0
#define VIRTIO_BLK_S_IOERR 1
#define VIRTIO_BLK_S_UNSUPP 2
#define STATUS_UNTOUCHED 0xaa

#define SECTOR_SIZE 512
#define PATTERN_SECTOR 8
#define ID_BYTES 20
#define REQ_TIMEOUT_MS 3000
#define OUTSIDE_RAM 0xdead0000000ull

typedef struct BlkHeader {
    uint32_t type;
    uint32_t reserved;
    uint64_t sector;
} BlkHeader;

/* DMA memory shared by all requests (one request in flight at a time). */
typedef struct BlkMem {
    BlkHeader hdr;
    uint8_t status;
    uint8_t data[SECTOR_SIZE];
    uint8_t pattern[SECTOR_SIZE];
} BlkMem;

static BlkMem *mem;

static bool blk_init(VirtioDev *d)
{
    if (!mem) {
        mem = fw_alloc(sizeof(*mem), 64);
    }
    virtio_find(VIRTIO_ID_BLOCK, d);
    return virtio_begin(d, VIRTIO_BLK_F_RO | VIRTIO_BLK_F_FLUSH) &&
           virtio_queue_setup(d, 0, 16) && virtio_driver_ok(d);
}

/* Sends one request; returns the status byte, or a negative vq result. */
static int blk_request(VirtioDev *d, uint32_t type, uint64_t sector, void *data, uint32_t len,
                       bool device_writes)
{
    mem->hdr = (BlkHeader){ type, 0, sector };
    mem->status = STATUS_UNTOUCHED;
    VBuf bufs[3];
    int n = 0;
    bufs[n++] = (VBuf){ &mem->hdr, sizeof(mem->hdr), false };
    if (len) {
        bufs[n++] = (VBuf){ data, len, device_writes };
    }
    bufs[n++] = (VBuf){ &mem->status, 1, true };
    int r = virtio_transact(d, 0, bufs, n, NULL, REQ_TIMEOUT_MS);
    return r < 0 ? r : mem->status;
}

static const char *status_name(int s)
{
    switch (s) {
    case VIRTIO_BLK_S_OK:
        return "OK";
    case VIRTIO_BLK_S_IOERR:
        return "IOERR";
    case VIRTIO_BLK_S_UNSUPP:
        return "UNSUPP";
    case STATUS_UNTOUCHED:
        return "status byte not written";
    default:
        return s < 0 ? vq_result_name(s) : "unknown status";
    }
}

/* The pattern the harness looks for in the disk file at sector 8. */
static void make_pattern(uint8_t *p)
{
    static const char magic[] = "RVBOX-FWTEST-BLK-PATTERN";
    for (int i = 0; i < SECTOR_SIZE; i++) {
        p[i] = (uint8_t)(i * 31 + 7);
    }
    memcpy(p, magic, sizeof(magic) - 1);
}

static void check_host_data(VirtioDev *d)
{
    const char *want = arg_str("blkhost", NULL);
    int s = blk_request(d, VIRTIO_BLK_T_IN, 0, mem->data, SECTOR_SIZE, true);
    if (!want) {
        check(s == VIRTIO_BLK_S_OK, "blk: read sector 0 (%s)", status_name(s));
        return;
    }
    check(s == VIRTIO_BLK_S_OK && !memcmp(mem->data, want, strlen(want)),
          "blk: read sector 0 holds the host's \"%s\" (%s)", want, status_name(s));
}

static void check_write_rw(VirtioDev *d)
{
    int s = blk_request(d, VIRTIO_BLK_T_OUT, PATTERN_SECTOR, mem->pattern, SECTOR_SIZE, false);
    if (!check(s == VIRTIO_BLK_S_OK, "blk: write sector %d (%s)", PATTERN_SECTOR,
               status_name(s))) {
        return;
    }
    memset(mem->data, 0, SECTOR_SIZE);
    s = blk_request(d, VIRTIO_BLK_T_IN, PATTERN_SECTOR, mem->data, SECTOR_SIZE, true);
    check(s == VIRTIO_BLK_S_OK && !memcmp(mem->data, mem->pattern, SECTOR_SIZE),
          "blk: read back sector %d matches (%s)", PATTERN_SECTOR, status_name(s));
}

/* §5.2.6.2: a read-only device fails writes with IOERR; the write here is
 * deliberate, to see that the device refuses it. */
static void check_write_ro(VirtioDev *d)
{
    int s = blk_request(d, VIRTIO_BLK_T_OUT, PATTERN_SECTOR, mem->pattern, SECTOR_SIZE, false);
    check(s == VIRTIO_BLK_S_IOERR, "blk: write refused on a read-only disk (%s)",
          status_name(s));
    s = blk_request(d, VIRTIO_BLK_T_IN, PATTERN_SECTOR, mem->data, SECTOR_SIZE, true);
    check(s == VIRTIO_BLK_S_OK && memcmp(mem->data, mem->pattern, SECTOR_SIZE) != 0,
          "blk: read-only sector %d unchanged (%s)", PATTERN_SECTOR, status_name(s));
}

static void check_flush(VirtioDev *d)
{
    if (!(d->features & VIRTIO_BLK_F_FLUSH)) {
        skip("blk: flush (VIRTIO_BLK_F_FLUSH not offered)");
        return;
    }
    int s = blk_request(d, VIRTIO_BLK_T_FLUSH, 0, NULL, 0, false);
    check(s == VIRTIO_BLK_S_OK, "blk: flush (%s)", status_name(s));
}

/* §5.2.6: GET_ID fills 20 bytes, NUL-terminated only when shorter. */
static void check_get_id(VirtioDev *d)
{
    char id[ID_BYTES + 1];
    memset(mem->data, 0, SECTOR_SIZE);
    int s = blk_request(d, VIRTIO_BLK_T_GET_ID, 0, mem->data, ID_BYTES, true);
    memcpy(id, mem->data, ID_BYTES);
    id[ID_BYTES] = 0;
    check(s == VIRTIO_BLK_S_OK, "blk: GET_ID \"%s\" (%s)", id, status_name(s));
}

void blk_test(void)
{
    VirtioDev d;
    bool up = blk_init(&d);
    bool ro = (d.features & VIRTIO_BLK_F_RO) != 0;
    uint64_t capacity = up ? virtio_cfg64(&d, 0) : 0;
    if (!check(up && capacity > PATTERN_SECTOR, "blk: init (%lu sectors, features 0x%lx%s)",
               (unsigned long)capacity, (unsigned long)d.features, ro ? ", read-only" : "")) {
        return;
    }
    make_pattern(mem->pattern);
    check_host_data(&d);
    const char *expect = arg_str("blk", ro ? "ro" : "rw");
    if (!strcmp(expect, "ro")) {
        check_write_ro(&d);
    } else {
        check_write_rw(&d);
    }
    check_flush(&d);
    check_get_id(&d);
    virtio_reset(&d);
}

/* --- deliberate misuse ------------------------------------------------------ */

/* After a malformed request the device is reset and re-initialised (§2.1.2:
 * the driver recovers a NEEDS_RESET device by resetting it); a plain read
 * must then work again. */
static void check_recovery(VirtioDev *d, const char *after)
{
    bool up = blk_init(d);
    int s = up ? blk_request(d, VIRTIO_BLK_T_IN, 0, mem->data, SECTOR_SIZE, true) : -1;
    check(up && s == VIRTIO_BLK_S_OK, "blk-misuse: read works after reset (after %s: %s)",
          after, up ? status_name(s) : "init failed");
}

static void misuse_bad_type(VirtioDev *d)
{
    int s = blk_request(d, VIRTIO_BLK_T_BOGUS, 0, mem->data, SECTOR_SIZE, true);
    check(s == VIRTIO_BLK_S_UNSUPP, "blk-misuse: unknown request type 0x%x answered (%s)",
          VIRTIO_BLK_T_BOGUS, status_name(s));
}

static void misuse_outside_ram(VirtioDev *d)
{
    void *bad = (void *)(uintptr_t)OUTSIDE_RAM;
    int s = blk_request(d, VIRTIO_BLK_T_IN, 0, bad, SECTOR_SIZE, true);
    bool answered = s == VQ_NEEDS_RESET || s == VIRTIO_BLK_S_IOERR;
    check(answered, "blk-misuse: data buffer outside RAM answered with an error (%s)",
          status_name(s));
}

/* §2.7.5.3.1 forbids loops; the device must not spin on one. Descriptors
 * 0 -> 1 -> 2 -> 1 -> ... never end, so no status byte can be written;
 * a used element or NEEDS_RESET are both answers. */
static void misuse_loop(VirtioDev *d)
{
    Vq *q = &d->vq[0];
    mem->hdr = (BlkHeader){ VIRTIO_BLK_T_IN, 0, 0 };
    mem->status = STATUS_UNTOUCHED;
    vq_set_desc(q, 0, (uintptr_t)&mem->hdr, sizeof(mem->hdr), VRING_DESC_F_NEXT, 1);
    vq_set_desc(q, 1, (uintptr_t)mem->data, SECTOR_SIZE,
                VRING_DESC_F_NEXT | VRING_DESC_F_WRITE, 2);
    vq_set_desc(q, 2, (uintptr_t)&mem->status, 1, VRING_DESC_F_NEXT | VRING_DESC_F_WRITE, 1);
    vq_publish(q, 0);
    vq_notify(d, q);
    uint32_t len = 0;
    int r = vq_wait(d, q, &len, REQ_TIMEOUT_MS);
    check(r != VQ_TIMEOUT, "blk-misuse: descriptor loop answered (%s, status byte 0x%x)",
          vq_result_name(r), mem->status);
}

void blk_misuse_test(void)
{
    VirtioDev d;
    if (!check(blk_init(&d), "blk-misuse: init")) {
        return;
    }
    misuse_bad_type(&d);
    misuse_outside_ram(&d);
    check_recovery(&d, "a buffer outside RAM");
    misuse_loop(&d);
    check_recovery(&d, "a descriptor loop");
    virtio_reset(&d);
}
