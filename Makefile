# A thin front door over CMakePresets.json. The two commands a newcomer needs:
#   make run    install what is missing, build, open the app on the bundled database
#   make test   install what is missing, build, run every test
# CI (CI=true) builds with the `ci` preset, which turns warnings into errors.

PRESET ?= $(if $(CI),ci,release)
BUILD_DIR := build/$(PRESET)
APP := $(BUILD_DIR)/bin/ictimeline
SCREENSHOT := build/ictimeline.png
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test bench format clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET) -j $(JOBS)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set): rendering the main window to $(SCREENSHOT) instead."; \
	  QT_QPA_PLATFORM=offscreen $(APP) --screenshot $(SCREENSHOT) && echo "$(abspath $(SCREENSHOT))"; \
	else \
	  $(APP); \
	fi

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure --no-tests=error -j $(JOBS)

bench: deps
	@cmake --preset bench >/dev/null
	@cmake --build --preset bench -j $(JOBS)
	@scripts/run-benchmarks.sh build/bench

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf build
