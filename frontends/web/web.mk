# The browser build (included by the top-level Makefile):
#   make web        build/web/: a static site (page, worker, rvbox.wasm, the
#                   default guest) any static HTTP server can serve
#   make web-serve  builds it and serves it on http://127.0.0.1:8000/
# emu/, machine/ and devices/ compile unchanged with Debian's emscripten;
# devices/host/ (host files, libslirp, host directories) gives way to the
# browser's backends in frontends/web/. The C libraries come from Debian
# sources (scripts/web-deps.sh) and the page's npm packages from the
# registry, both cached outside the tree.
WEB = $(BUILD)/web
WEB_OBJ_DIR = $(BUILD)/wasm
RVBOX_CACHE ?= $(HOME)/.cache/rvbox
WEB_DEPS = $(RVBOX_CACHE)/web-deps-$(shell cat scripts/web-deps.sh | sha1sum | cut -c1-12)
WEB_NPM = $(RVBOX_CACHE)/npm-web-$(shell cat frontends/web/package-lock.json | sha1sum | cut -c1-12)
EMCC = emcc
# Debian's emscripten runs its JavaScript tools with node, which looks for
# Debian's node-acorn there.
WEB_ENV = NODE_PATH=/usr/share/nodejs
WEB_CFLAGS = -std=gnu11 -O3 -flto -mbulk-memory -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -I. -I$(WEB_DEPS)/include -MMD -MP
WEB_SRC = $(EMU_SRC) $(MACHINE_SRC) $(filter-out devices/host/%,$(DEV_SRC)) devices/host/char_fd.c \
          $(wildcard frontends/web/*.c)
WEB_OBJ = $(WEB_SRC:%.c=$(WEB_OBJ_DIR)/%.o) $(WEB_OBJ_DIR)/gen/registry.o
# What worker.js calls (web_api.h), as emcc's comma-separated list.
WEB_EXPORT_NAMES = malloc free rvbox_web_start rvbox_web_error rvbox_web_run \
	rvbox_web_exit_code rvbox_web_console_input rvbox_web_console_resize rvbox_web_frame \
	rvbox_web_frame_pixels rvbox_web_frame_rect rvbox_web_key rvbox_web_pointer \
	rvbox_web_button rvbox_web_wheel rvbox_web_block_loaded rvbox_web_block_flushed \
	rvbox_web_net_receive
WEB_EMPTY :=
WEB_EXPORTS = $(subst $(WEB_EMPTY) $(WEB_EMPTY),$(WEB_COMMA),$(strip $(addprefix _,$(WEB_EXPORT_NAMES))))
WEB_COMMA := ,
WEB_LDFLAGS = -O3 -flto -mbulk-memory -sMODULARIZE=1 -sEXPORT_NAME=createRvbox -sENVIRONMENT=worker \
	-sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=256MB -sMAXIMUM_MEMORY=2GB -sFORCE_FILESYSTEM=1 \
	-sEXPORTED_FUNCTIONS=$(WEB_EXPORTS) -sEXPORTED_RUNTIME_METHODS=FS,UTF8ToString,ccall \
	--js-library frontends/web/library_rvbox.js -lidbfs.js
WEB_STATIC = $(wildcard frontends/web/site/*)
WEB_GUEST = images/linux/out/Image.gz images/linux/out/initramfs.cpio.gz \
            /usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin

.PHONY: web web-serve web-deps
WEB_PKGS = emscripten linux-source-6.1 dpkg-dev xz-utils
web: deps images-check
	@scripts/install-deps.sh $(WEB_PKGS)
	@command -v npm >/dev/null || scripts/install-deps.sh npm
	@$(MAKE) --no-print-directory $(DISK) $(WEB)/rvbox.js $(WEB)/.site

web-deps:
	@$(WEB_ENV) scripts/web-deps.sh $(WEB_DEPS)

$(WEB_DEPS)/lib/libfdt.a:
	@$(WEB_ENV) scripts/web-deps.sh $(WEB_DEPS)

$(WEB_OBJ_DIR)/%.o: %.c $(WEB_DEPS)/lib/libfdt.a
	@mkdir -p $(dir $@)
	$(WEB_ENV) $(EMCC) $(WEB_CFLAGS) -c $< -o $@

$(WEB_OBJ_DIR)/gen/registry.c: $(WEB_SRC) scripts/gen-device-list.sh
	@mkdir -p $(dir $@)
	scripts/gen-device-list.sh $(WEB_SRC) > $@.tmp && mv $@.tmp $@

$(WEB_OBJ_DIR)/gen/registry.o: $(WEB_OBJ_DIR)/gen/registry.c
	$(WEB_ENV) $(EMCC) $(WEB_CFLAGS) -c $< -o $@

$(WEB)/rvbox.js: $(WEB_OBJ) frontends/web/library_rvbox.js
	@mkdir -p $(WEB)
	$(WEB_ENV) $(EMCC) $(WEB_LDFLAGS) -o $@ $(WEB_OBJ) -L$(WEB_DEPS)/lib -lfdt -lcjson -lpng -lz

$(WEB_NPM)/node_modules/@xterm/xterm/package.json: frontends/web/package.json \
		frontends/web/package-lock.json
	@mkdir -p $(WEB_NPM)
	cp frontends/web/package.json frontends/web/package-lock.json $(WEB_NPM)/
	cd $(WEB_NPM) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

# The page, the xterm.js files it loads, the guest images and the disk in
# chunks.
$(WEB)/.site: $(WEB_STATIC) $(WEB_GUEST) $(DISK) scripts/web-image.py \
		$(WEB_NPM)/node_modules/@xterm/xterm/package.json
	@mkdir -p $(WEB)/images $(WEB)/xterm
	cp $(WEB_STATIC) $(WEB)/
	cp $(WEB_GUEST) $(WEB)/images/
	scripts/web-image.py $(DISK) $(WEB)/images/disk.ext2
	cp $(WEB_NPM)/node_modules/@xterm/xterm/lib/xterm.js \
	   $(WEB_NPM)/node_modules/@xterm/xterm/css/xterm.css \
	   $(WEB_NPM)/node_modules/@xterm/addon-fit/lib/addon-fit.js $(WEB)/xterm/
	touch $@

WEB_PORT ?= 8000
web-serve: web
	@echo "rvbox: serving $(WEB) at http://127.0.0.1:$(WEB_PORT)/ (Ctrl-C stops)"
	python3 -m http.server --bind 127.0.0.1 --directory $(WEB) $(WEB_PORT)

-include $(WEB_OBJ:.o=.d)
