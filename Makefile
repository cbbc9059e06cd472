# Godwit — the two commands a newcomer needs: `make run` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
SAMPLE_DB ?= $(BUILD_DIR)/samples/orders.db

DEBIAN_PACKAGES := cmake ninja-build g++ pkg-config python3 qt6-base-dev libqscintilla2-qt6-dev libsqlite3-dev sqlite3 \
	sqlite3-tools libgraphviz-dev graphviz qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools \
	libgl-dev libqt6opengl6-dev xvfb xauth util-linux ccache poppler-utils python3-jsonschema \
	libpq-dev postgresql-15 postgresql-client-15 clang-16 libclang-rt-16-dev clang-format-14 \
	python3 librsvg2-bin dpkg-dev file lintian desktop-file-utils appstream fonts-noto-cjk qt6-translations-l10n

# The formatter is pinned: another clang-format version formats differently.
CLANG_FORMAT ?= clang-format-14

# make fuzz: how long each libFuzzer target runs, how many at once, and which (default: all).
FUZZ_SECONDS ?= 600
FUZZ_PARALLEL ?= 1
FUZZ_TARGETS ?=

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps configure build run test package package-check asan fuzz bench clean format format-check lint-house

deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

$(BUILD_DIR)/build.ninja:
	cmake --preset default -B $(BUILD_DIR)

configure: $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

$(SAMPLE_DB): | build
	mkdir -p $(dir $@)
	$(BUILD_DIR)/app/godwit sample orders --rows 20000 $@

run: deps build $(SAMPLE_DB)
	$(BUILD_DIR)/app/godwit $(SAMPLE_DB)

test: deps build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The Debian package (build/godwit_VERSION_ARCH.deb): cpack over the install rules in packaging/.
package: deps build
	cd $(BUILD_DIR) && cpack -G DEB

# What CI checks in the package: desktop-file-validate, appstreamcli, lintian, and a dpkg -x install
# whose godwit --version runs.
package-check: package
	packaging/check-package.sh $(BUILD_DIR)

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer, in build-asan/.
asan: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

# Long fuzzing runs (clang 16, libFuzzer, ASan + UBSan) in build-fuzz/; see tests/fuzz/run-fuzz.sh.
fuzz: deps
	cmake --preset fuzz
	cmake --build --preset fuzz -j $(JOBS)
	tests/fuzz/run-fuzz.sh build-fuzz $(FUZZ_SECONDS) $(FUZZ_PARALLEL) $(FUZZ_TARGETS)

bench: deps build
	bench/run $(BUILD_DIR)

FORMAT_FILES = git ls-files '*.cpp' '*.h'

format: deps
	$(FORMAT_FILES) | xargs $(CLANG_FORMAT) -i

# Fails, listing the files, when any tracked source differs from what clang-format would write.
format-check: deps
	$(FORMAT_FILES) | xargs $(CLANG_FORMAT) --dry-run --Werror

# The house rules a compiler does not check: stages never include a higher one (also a ctest),
# and no function in model/ is longer than 120 lines.
lint-house:
	tools/check-stages
	tools/check-function-length --max 120 model

clean:
	rm -rf $(BUILD_DIR)
