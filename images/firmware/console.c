/* virtio-console self-test (virtio 1.2 §5.3): without VIRTIO_CONSOLE_F_MULTIPORT
 * the device has one port, receiveq0 (queue 0) and transmitq0 (queue 1).
 * Transmit one line, then read back the line the host types. */
#include "virtio.h"

#define CONSOLE_RXQ 0
#define CONSOLE_TXQ 1
#define RX_BUFS 4
#define RX_BUF_SIZE 64
#define INPUT_TIMEOUT_MS 20000

static const char hello[] = "fwtest: hello via virtio-console\n";

static bool console_init(VirtioDev *d)
{
    /* No optional feature: size, multiport and emergency write are not
     * needed for a single port (§5.3.3). */
    return virtio_begin(d, 0) && virtio_queue_setup(d, CONSOLE_RXQ, 16) &&
           virtio_queue_setup(d, CONSOLE_TXQ, 16) && virtio_driver_ok(d);
}

static bool console_transmit(VirtioDev *d)
{
    static char line[sizeof(hello)];
    memcpy(line, hello, sizeof(hello));
    VBuf b = { line, (uint32_t)strlen(line), false };
    int r = virtio_transact(d, CONSOLE_TXQ, &b, 1, NULL, 2000);
    return check(r >= 0, "console: transmit a line on transmitq0 (%s)", vq_result_name(r));
}

/* §5.3.6.1: the driver keeps receive buffers available; the device fills
 * them with whatever bytes the host sends. */
static void post_rx(VirtioDev *d, uint8_t *buf)
{
    VBuf b = { buf, RX_BUF_SIZE, true };
    vq_add(&d->vq[CONSOLE_RXQ], &b, 1);
}

/* Collects bytes up to a newline (or the timeout) into line. */
static size_t receive_line(VirtioDev *d, char *line, size_t cap)
{
    size_t n = 0;
    uint64_t end = time_ms() + INPUT_TIMEOUT_MS;
    while (time_ms() < end) {
        uint32_t len;
        int head = vq_poll(d, &d->vq[CONSOLE_RXQ], &len);
        if (head < 0) {
            continue;
        }
        /* A completed descriptor keeps the address of its buffer. */
        uint8_t *buf = (uint8_t *)(uintptr_t)d->vq[CONSOLE_RXQ].desc[head].addr;
        for (uint32_t i = 0; i < len && i < RX_BUF_SIZE; i++) {
            if (buf[i] == '\n' || buf[i] == '\r') {
                line[n] = 0;
                return n;
            }
            if (n + 1 < cap) {
                line[n++] = (char)buf[i];
            }
        }
        post_rx(d, buf);
        vq_notify(d, &d->vq[CONSOLE_RXQ]);
    }
    line[n] = 0;
    return n;
}

static void console_receive(VirtioDev *d)
{
    static uint8_t (*bufs)[RX_BUF_SIZE];
    if (!bufs) {
        bufs = fw_alloc(RX_BUFS * RX_BUF_SIZE, 64);
    }
    for (int i = 0; i < RX_BUFS; i++) {
        post_rx(d, bufs[i]);
    }
    vq_notify(d, &d->vq[CONSOLE_RXQ]);
    const char *want = arg_str("conin", "rvbox-console-input");
    /* The harness types its line only after seeing this prompt. */
    fw_printf("# console: waiting for input\n");
    char line[128];
    receive_line(d, line, sizeof(line));
    check(!strcmp(line, want), "console: receive \"%s\" from the host (got \"%s\")", want,
          line);
}

void console_test(void)
{
    VirtioDev d;
    virtio_find(VIRTIO_ID_CONSOLE, &d);
    if (!check(console_init(&d), "console: init (features 0x%lx, status 0x%x)",
               (unsigned long)d.features, virtio_status(&d))) {
        return;
    }
    console_transmit(&d);
    console_receive(&d);
    virtio_reset(&d);
}
