/* The machine configuration's device and backend lists, shared by the
 * command line (config_args.c) and config files (config_json.c). */
#include "machine/config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/display.h"
#include "machine/backends.h"

/* What display0 and input_device add, and what -display sdl can show. */
#define DISPLAY_DEVICE "virtio-gpu-device"
#define KEYBOARD_DEVICE "virtio-keyboard-device"
#define TABLET_DEVICE "virtio-tablet-device"

static int set_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

int config_set_str(char **slot, const char *s, char *err, size_t errlen)
{
    char *copy = NULL;
    if (s) {
        copy = strdup(s);
        if (!copy) {
            return set_err(err, errlen, "out of memory");
        }
    }
    free(*slot);
    *slot = copy;
    return 0;
}

BackendConfig *config_find_backend(MachineConfig *cfg, enum BackendKind kind, const char *id)
{
    for (int i = 0; i < cfg->nbackends; i++) {
        if (cfg->backends[i].kind == kind && !strcmp(cfg->backends[i].id, id)) {
            return &cfg->backends[i];
        }
    }
    return NULL;
}

/* Appends a backend (opts copied). A duplicate id is an error. */
static int add_backend(MachineConfig *cfg, enum BackendKind kind, const char *id,
                       const Opts *opts, char *err, size_t errlen)
{
    if (config_find_backend(cfg, kind, id)) {
        return set_err(err, errlen, "duplicate id '%s'", id);
    }
    if (cfg->nbackends == MAX_BACKENDS) {
        return set_err(err, errlen, "too many backends (at most %d)", MAX_BACKENDS);
    }
    BackendConfig *b = &cfg->backends[cfg->nbackends];
    *b = (BackendConfig){ .kind = kind, .id = strdup(id) };
    if (!b->id || opts_copy(&b->opts, opts) != 0) {
        free(b->id);
        return set_err(err, errlen, "out of memory");
    }
    cfg->nbackends++;
    return 0;
}

static void free_backend(BackendConfig *b)
{
    free(b->id);
    opts_free(&b->opts);
}

/* Appends a device without checking its options (the callers made them);
 * shorthand: made by -drive, -netdev, -virtfs or a TinyEMU key. */
static int add_device(MachineConfig *cfg, const char *driver, const Opts *opts, bool shorthand,
                      char *err, size_t errlen)
{
    if (cfg->ndevices == MAX_DEVICES) {
        return set_err(err, errlen, "too many devices (at most %d)", MAX_DEVICES);
    }
    DeviceConfig *d = &cfg->devices[cfg->ndevices];
    d->driver = strdup(driver);
    d->shorthand = shorthand;
    if (!d->driver || opts_copy(&d->opts, opts) != 0) {
        free(d->driver);
        return set_err(err, errlen, "out of memory");
    }
    cfg->ndevices++;
    return 0;
}

/* A device on backend id: "DRIVER,KEY=id[,KEY2=V2]". */
static int add_device_on(MachineConfig *cfg, const char *driver, const char *key,
                         const char *id, const char *key2, const char *v2, char *err,
                         size_t errlen)
{
    Opts o = { 0 };
    int rc = opts_add(&o, key, id) || (key2 && opts_add(&o, key2, v2))
                 ? set_err(err, errlen, "out of memory")
                 : add_device(cfg, driver, &o, true, err, errlen);
    opts_free(&o);
    return rc;
}

int config_add_drive(MachineConfig *cfg, const Opts *opts, const char *what, char *err,
                     size_t errlen)
{
    char auto_id[16];
    if (cfg->ndrives == MAX_DRIVES) {
        return set_err(err, errlen, "too many drives (at most %d)", MAX_DRIVES);
    }
    if (backend_check(BACKEND_BLOCK, opts, what, err, errlen) != 0) {
        return -1;
    }
    const char *id = opts_get(opts, "id"), *ifc = opts_get(opts, "if");
    if (!id) {
        snprintf(auto_id, sizeof(auto_id), "drive%d", cfg->ndrives);
        id = auto_id;
    }
    if (ifc && strcmp(ifc, "none") != 0 && strcmp(ifc, "virtio") != 0) {
        return set_err(err, errlen, "%s: if=%s is not supported (virtio or none)", what, ifc);
    }
    if (add_backend(cfg, BACKEND_BLOCK, id, opts, err, errlen) != 0) {
        return -1;
    }
    cfg->ndrives++;
    if (ifc && !strcmp(ifc, "none")) {
        return 0;   /* QEMU's two-part form: a -device names it */
    }
    return add_device_on(cfg, "virtio-blk-device", "drive", id, NULL, NULL, err, errlen);
}

/* The virtio-net-device on network id, if any. */
static bool netdev_used(const MachineConfig *cfg, const char *id)
{
    for (int i = 0; i < cfg->ndevices; i++) {
        const char *n = opts_get(&cfg->devices[i].opts, "netdev");
        if (n && !strcmp(n, id)) {
            return true;
        }
    }
    return false;
}

static void remove_backend(MachineConfig *cfg, BackendConfig *b)
{
    free_backend(b);
    int i = (int)(b - cfg->backends);
    memmove(b, b + 1, (size_t)(cfg->nbackends - i - 1) * sizeof(*b));
    cfg->nbackends--;
}

int config_add_netdev(MachineConfig *cfg, const Opts *opts, bool nic, const char *what,
                      char *err, size_t errlen)
{
    if (backend_check(BACKEND_NET, opts, what, err, errlen) != 0) {
        return -1;
    }
    const char *id = opts_get(opts, "id");
    if (!id) {
        /* One shorthand network: a later one replaces the earlier. */
        BackendConfig *old = config_find_backend(cfg, BACKEND_NET, "net0");
        if (old) {
            remove_backend(cfg, old);
        }
        id = "net0";
    }
    if (add_backend(cfg, BACKEND_NET, id, opts, err, errlen) != 0) {
        return -1;
    }
    if (nic && !netdev_used(cfg, id)) {
        return add_device_on(cfg, "virtio-net-device", "netdev", id, NULL, NULL, err, errlen);
    }
    return 0;
}

int config_add_fsdev(MachineConfig *cfg, const Opts *opts, const char *mount_tag,
                     const char *what, char *err, size_t errlen)
{
    char auto_id[16];
    if (cfg->nfs == MAX_FS) {
        return set_err(err, errlen, "%s: too many shared directories (at most %d)", what,
                       MAX_FS);
    }
    if (backend_check(BACKEND_FS, opts, what, err, errlen) != 0) {
        return -1;
    }
    if (mount_tag && !mount_tag[0]) {
        return set_err(err, errlen, "%s: missing mount_tag=TAG", what);
    }
    if (mount_tag && strlen(mount_tag) > FS_TAG_MAX) {
        return set_err(err, errlen, "%s: mount_tag longer than %d bytes", what,
                       FS_TAG_MAX);
    }
    const char *id = opts_get(opts, "id");
    if (!id) {
        snprintf(auto_id, sizeof(auto_id), "fsdev%d", cfg->nfs);
        id = auto_id;
    }
    if (add_backend(cfg, BACKEND_FS, id, opts, err, errlen) != 0) {
        return -1;
    }
    cfg->nfs++;
    if (!mount_tag) {
        return 0;
    }
    return add_device_on(cfg, "virtio-9p-device", "fsdev", id, "mount_tag", mount_tag, err,
                         errlen);
}

/* A shorthand device that a TinyEMU key names (display0, input_device):
 * it must be in this build's registry. */
static int add_keyed_device(MachineConfig *cfg, const char *driver, const Opts *opts,
                            const char *what, char *err, size_t errlen)
{
    const DeviceInfo *info = device_find(driver);
    if (!info) {
        return set_err(err, errlen, "%s: this rvbox has no %s", what, driver);
    }
    if (device_check_opts(info, opts, err, errlen) != 0) {
        return -1;
    }
    return add_device(cfg, driver, opts, true, err, errlen);
}

/* Sets key to n (pixels, 1..max) in o; n == 0 leaves the device's default. */
static int pixels_opt(Opts *o, const char *key, const char *name, int n, int max,
                      const char *what, char *err, size_t errlen)
{
    char v[16];
    if (n == 0) {
        return 0;
    }
    if (n < 1 || n > max) {
        return set_err(err, errlen, "%s: %s must be 1..%d pixels, not %d", what, name, max, n);
    }
    snprintf(v, sizeof(v), "%d", n);
    return opts_add(o, key, v) ? set_err(err, errlen, "out of memory") : 0;
}

int config_add_display(MachineConfig *cfg, int width, int height, const char *what,
                       char *err, size_t errlen)
{
    Opts o = { 0 };
    int rc = pixels_opt(&o, "xres", "width", width, DISPLAY_MAX_WIDTH, what, err, errlen);
    if (rc == 0) {
        rc = pixels_opt(&o, "yres", "height", height, DISPLAY_MAX_HEIGHT, what, err, errlen);
    }
    if (rc == 0) {
        rc = add_keyed_device(cfg, DISPLAY_DEVICE, &o, what, err, errlen);
    }
    opts_free(&o);
    return rc;
}

int config_add_input(MachineConfig *cfg, const char *what, char *err, size_t errlen)
{
    Opts none = { 0 };
    if (add_keyed_device(cfg, KEYBOARD_DEVICE, &none, what, err, errlen) != 0) {
        return -1;
    }
    return add_keyed_device(cfg, TABLET_DEVICE, &none, what, err, errlen);
}

int config_add_device(MachineConfig *cfg, const char *driver, const Opts *opts, char *err,
                      size_t errlen)
{
    const DeviceInfo *info = device_find(driver);
    if (!info) {
        return set_err(err, errlen, "-device: unknown device '%s' (try -device help)", driver);
    }
    if (!info->user_creatable) {
        return set_err(err, errlen, "-device: %s is part of the board and cannot be added",
                       driver);
    }
    if (device_check_opts(info, opts, err, errlen) != 0) {
        return -1;
    }
    return add_device(cfg, driver, opts, false, err, errlen);
}

/* Networks no device uses get a NIC, so -netdev alone works as it always
 * did. */
static int add_missing_nics(MachineConfig *cfg, char *err, size_t errlen)
{
    for (int i = 0; i < cfg->nbackends; i++) {
        BackendConfig *b = &cfg->backends[i];
        if (b->kind == BACKEND_NET && !netdev_used(cfg, b->id) &&
            add_device_on(cfg, "virtio-net-device", "netdev", b->id, NULL, NULL, err,
                          errlen) != 0) {
            return -1;
        }
    }
    return 0;
}

/* The order devices are created in, which is their slot order (guests
 * number devices by it): the shorthand ones as they always came, disks,
 * then the console, NICs and shared directories, the display, keyboard
 * and tablet of the TinyEMU keys, then every -device in command-line
 * order. The console is added unless a -device made one or -nodefaults
 * asked for none. */
static int order_devices(MachineConfig *cfg, char *err, size_t errlen)
{
    static const char *const rank[] = { "virtio-blk-device", "virtio-serial-device",
                                        "virtio-net-device", "virtio-9p-device",
                                        DISPLAY_DEVICE, KEYBOARD_DEVICE, TABLET_DEVICE };
    const int nrank = (int)(sizeof(rank) / sizeof(rank[0]));
    bool console = false;
    for (int i = 0; i < cfg->ndevices; i++) {
        console |= device_find(cfg->devices[i].driver) == device_find(rank[1]);
    }
    Opts none = { 0 };
    if (!console && !cfg->no_default_console && add_device(cfg, rank[1], &none, true, err, errlen) != 0) {
        return -1;
    }
    DeviceConfig sorted[MAX_DEVICES];
    int n = 0;
    for (int r = 0; r <= nrank; r++) {
        for (int i = 0; i < cfg->ndevices; i++) {
            const DeviceConfig *d = &cfg->devices[i];
            bool here = r == nrank ? !d->shorthand
                                   : d->shorthand && !strcmp(d->driver, rank[r]);
            if (here) {
                sorted[n++] = *d;
            }
        }
    }
    memcpy(cfg->devices, sorted, (size_t)n * sizeof(sorted[0]));
    return 0;
}

int config_finish(MachineConfig *cfg, char *err, size_t errlen)
{
    for (int i = 0; cfg->snapshot_all && i < cfg->nbackends; i++) {
        BackendConfig *b = &cfg->backends[i];
        bool ro = false;
        opts_get_bool(&b->opts, "readonly", false, &ro, "-drive", err, errlen);
        if (b->kind == BACKEND_BLOCK && !ro && opts_set(&b->opts, "snapshot", "on") != 0) {
            return set_err(err, errlen, "out of memory");
        }
    }
    if (add_missing_nics(cfg, err, errlen) != 0) {
        return -1;
    }
    bool display = false;
    for (int i = 0; i < cfg->ndevices; i++) {
        display |= !strcmp(cfg->devices[i].driver, DISPLAY_DEVICE);
    }
    if (cfg->display_ui == DISPLAY_UI_SDL && !display) {
        return set_err(err, errlen, "-display sdl: no display device to show (add -device "
                       DISPLAY_DEVICE " or a display0 config key)");
    }
    return order_devices(cfg, err, errlen);
}

void config_free(MachineConfig *cfg)
{
    free(cfg->bios);
    free(cfg->kernel);
    free(cfg->initrd);
    free(cfg->cmdline);
    free(cfg->trace_file);
    free(cfg->screenshot);
    free(cfg->script);
    for (int i = 0; i < cfg->nscript_lines; i++) {
        free(cfg->script_lines[i]);
    }
    free(cfg->script_lines);
    free(cfg->log);
    free(cfg->loadvm);
    free(cfg->qmp);
    free(cfg->device_help_name);
    for (int i = 0; i < cfg->nbackends; i++) {
        free_backend(&cfg->backends[i]);
    }
    for (int i = 0; i < cfg->ndevices; i++) {
        free(cfg->devices[i].driver);
        opts_free(&cfg->devices[i].opts);
    }
    memset(cfg, 0, sizeof(*cfg));
}
