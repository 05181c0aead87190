# rvbox — a RISC-V full-machine emulator.
#   make run    install what is missing, build, boot the default Linux guest
#   make desktop  the same guest in an SDL window (display, keyboard, mouse)
#   make test   every test, ending with one line "N passed, N failed"
#   make bench  boot and CPU benchmarks against QEMU, and the browser build
#               against the native one (tests/bench/README.md)
#   make web    the browser build: a static site in build/web (make web-serve
#               serves it on 127.0.0.1:8000)
#   make test-asan  the test suite on an ASan/UBSan build (build/asan/)
#   make fuzz   every fuzz harness for FUZZ_SECONDS each (tests/fuzz/README.md)
#   make soak   SOAK_RUNS Linux boots with the disk, 9P and network checks

# CFLAGS, CPPFLAGS and LDFLAGS are the user's (make CFLAGS="-O1 -fsanitize=address"
# LDFLAGS=-fsanitize=address); what the build itself needs is kept apart.
CC ?= gcc
CFLAGS ?= -O2 -g
RVBOX_CFLAGS = -std=gnu11 -Wall -Wextra -Wno-unused-parameter -I. -MMD -MP
COMPILE = $(CC) $(RVBOX_CFLAGS) $(EXTRA_CFLAGS) $(CPPFLAGS) $(CFLAGS)
LDLIBS = -lfdt -lcjson -lpng -lz -lm -lpthread
BUILD = build

EMU_SRC = $(wildcard emu/*.c emu/jit/*.c)
# Every device, backend and helper under devices/: a new device is one new
# file there; the registry of devices is generated from their
# DEVICE_REGISTER lines.
DEV_SRC = $(wildcard devices/*.c devices/*/*.c)
MACHINE_SRC = $(wildcard machine/*.c)
LDLIBS += -lslirp
REGISTRY = $(BUILD)/gen/device_registry.c
LIB_SRC = $(EMU_SRC) $(DEV_SRC) $(MACHINE_SRC)
LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/device_registry.o
RVBOX = $(BUILD)/rvbox

DEFAULT_CFG = images/default.cfg
DISK = images/linux/out/disk.ext2

.PHONY: all run desktop test deps images firmware clean
all: $(RVBOX) $(BUILD)/rvbox-relay

# Exact IEEE flags need the compiler to keep FP operations where fenv calls
# put them.
$(BUILD)/emu/fpu.o: EXTRA_CFLAGS = -frounding-math -fsignaling-nans
# Keep one dispatch jump per operation (threaded code): gcc would merge them.
# (gcc's flags; other compilers build it without them.)
THREADED_FLAGS := $(shell $(CC) -fno-crossjumping -fno-gcse -E -x c /dev/null >/dev/null 2>&1 \
                          && echo -fno-crossjumping -fno-gcse)
$(BUILD)/emu/exec.o: EXTRA_CFLAGS = $(THREADED_FLAGS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(COMPILE) -c $< -o $@

$(REGISTRY): $(DEV_SRC) scripts/gen-device-list.sh
	@mkdir -p $(dir $@)
	scripts/gen-device-list.sh $(DEV_SRC) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/device_registry.o: $(REGISTRY)
	$(COMPILE) -c $< -o $@

$(BUILD)/librvbox.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

# The SDL2 desktop window (-display sdl): only its own files see SDL's
# headers, and libSDL2 is loaded when a window opens (sdl_lib.c), not linked.
SDL_CFLAGS := $(shell pkg-config --cflags sdl2 2>/dev/null || sdl2-config --cflags)
SDL_OBJ = $(BUILD)/frontends/sdl/sdl_ui.o $(BUILD)/frontends/sdl/sdl_lib.o \
          $(BUILD)/frontends/sdl/keymap.o
$(SDL_OBJ): EXTRA_CFLAGS = $(SDL_CFLAGS)
LDLIBS += -ldl

# The terminal program: its main loop, the session's controls, the
# monitor, scripts, QMP and the gdb stub.
TERMINAL_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(filter-out frontends/terminal/rvbox.c,\
                 $(wildcard frontends/terminal/*.c)))
FRONTEND_OBJ = $(BUILD)/frontends/terminal/rvbox.o $(TERMINAL_OBJ) $(SDL_OBJ)
$(RVBOX): $(FRONTEND_OBJ) $(BUILD)/librvbox.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

include frontends/relay/relay.mk
include frontends/web/web.mk

# The disk image is committed compressed; a fresh one is made from it.
$(DISK): $(DISK).gz
	gunzip -c $< > $@.tmp && mv $@.tmp $@

deps:
	@scripts/install-deps.sh

# The committed guest image is rebuilt when its recipe no longer matches.
IMAGE_PKGS = linux-source-6.1 libc6-dev-riscv64-cross bc flex bison libssl-dev libelf-dev \
	dpkg-dev xz-utils bzip2
images-check:
	@[ "$$(images/linux/recipe-hash.sh)" = "$$(cat images/linux/out/RECIPE_HASH)" ] || \
		{ echo "rvbox: guest image recipe changed; rebuilding (make images)"; \
		  scripts/install-deps.sh $(IMAGE_PKGS) && images/linux/build.sh; }

run: deps images-check
	@$(MAKE) --no-print-directory all $(DISK)
	$(RVBOX) $(DEFAULT_CFG)

# The default guest in a window: virtio-gpu (fbcon, a shell on tty1),
# keyboard, tablet and rng; the console stays on this terminal as well.
desktop: deps images-check
	@$(MAKE) --no-print-directory all $(DISK)
	$(RVBOX) images/desktop.cfg -device virtio-rng-device -display sdl

images:
	@scripts/install-deps.sh $(IMAGE_PKGS)
	images/linux/build.sh

# Bare-metal virtio self-test firmware (cross-compiled): fwtest.elf and .bin.
firmware:
	@$(MAKE) --no-print-directory -C images/firmware OUT=$(CURDIR)/$(BUILD)/firmware

test: deps images-check
	@$(MAKE) --no-print-directory all $(DISK) firmware
	@tests/run-all.sh

# The same suite on a build with AddressSanitizer and UBSan (what CI runs
# after make test); the guest firmware is the same. Windows draw with
# SDL's software renderer there: the OpenGL one under Xvfb is Mesa's
# swrast, which leaks a context record at exit that LeakSanitizer reports
# from the unloaded driver, where no suppression can name it. RVBOX_SANITIZED
# tells the tests that take too long under the sanitizers (xv6's usertests).
SAN_CFLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined
SAN_LDFLAGS = -fsanitize=address,undefined
.PHONY: test-asan fuzz soak
test-asan: deps images-check
	@$(MAKE) --no-print-directory all $(DISK) firmware
	@$(MAKE) --no-print-directory BUILD=build/asan CFLAGS="$(SAN_CFLAGS)" \
		LDFLAGS="$(SAN_LDFLAGS)" build/asan/rvbox build/asan/rvbox-relay
	@RVBOX_SANITIZED=1 SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 \
		BUILD=build/asan CFLAGS="$(SAN_CFLAGS)" LDFLAGS="$(SAN_LDFLAGS)" tests/run-all.sh

# Fuzzing (not part of test): clang's libFuzzer on every harness.
FUZZ_SECONDS ?= 60
fuzz:
	@scripts/install-deps.sh clang libclang-rt-14-dev
	@tests/fuzz/run.sh $(FUZZ_SECONDS)

# Repeated Linux boots (not part of test), each with disk, 9P and network
# checks, at -smp 1 and at -smp 4 (SOAK_SMP); make soak RVBOX=build/asan/rvbox soaks
# the sanitizer build, RVBOX_ACCEL=interp the interpreter.
SOAK_RUNS ?= 100
SOAK_SMP ?= 1 4
soak: deps images-check
	@$(MAKE) --no-print-directory all $(DISK)
	@for n in $(SOAK_SMP); do python3 tests/linux/soak.py --runs $(SOAK_RUNS) --smp $$n || exit 1; done

# Benchmarks (not part of test): Linux boot, integer CPU, I/O and display
# speed vs QEMU; snapshot save and restore times; the browser build's CPU and boot speed vs the native one.
.PHONY: bench
BENCH_ROUNDS ?= 5
bench:
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory -C tests/bench
	python3 tests/bench/boot.py --rounds $(BENCH_ROUNDS)
	python3 tests/bench/cpu.py --rounds $(BENCH_ROUNDS)
	python3 tests/bench/io.py --rounds $(BENCH_ROUNDS)
	python3 tests/bench/snapshot.py --rounds $(BENCH_ROUNDS)
	@$(MAKE) --no-print-directory firmware
	python3 tests/bench/display.py --rounds $(BENCH_ROUNDS)
	tests/browser/run.sh tests/bench/web.mjs $(CURDIR)/build/web $(CURDIR)/$(RVBOX) \
		$(CURDIR)/build/bench $(BENCH_ROUNDS)

clean:
	rm -rf $(BUILD)

-include $(LIB_OBJ:.o=.d) $(FRONTEND_OBJ:.o=.d)
