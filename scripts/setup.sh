#!/usr/bin/env bash
# Everything a fresh machine needs, idempotent and quiet when there is nothing
# to do: Debian packages, npm packages from the lock file, ICU for wasm (cached
# outside the work tree), then the native and wasm builds and the TypeScript.
#
#   bash scripts/setup.sh            (npm start and npm test call it)
#   HELPBRIDGE_SKIP_APT=1 ...        skip the Debian step (machines without root)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

say() { echo "[setup] $*" >&2; }
die() { echo "[setup] ERROR: $*" >&2; exit 1; }

# --- 1. Debian packages ---------------------------------------------------------
# Build: compilers, CMake, ICU 72 (native library + icupkg/genccode for the wasm
# data), the header-only libraries, Emscripten. Test: Chromium, brotli, clang's
# sanitizer and fuzzer runtime. Training: Debian's PyTorch stack.
APT_PACKAGES=(
  g++ cmake make pkg-config ccache
  libicu-dev icu-devtools
  nlohmann-json3-dev doctest-dev
  emscripten
  chromium brotli
  clang libclang-rt-14-dev
  python3-torch python3-onnx python3-numpy python3-sklearn
)
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ] && [ -z "${HELPBRIDGE_SKIP_APT:-}" ]; then
  [ "$(id -u)" = 0 ] || die "missing Debian packages (${missing[*]}); run as root or install them: apt-get install ${missing[*]}"
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || die "apt-get update failed: is Debian's package archive reachable?"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
    || die "apt-get could not install: ${missing[*]} (see the messages above)"
fi

# --- 2. npm packages, exactly as locked --------------------------------------------
# onnxruntime-node (pulled in by some tools) would try to download a binary from
# a host that is not reachable; its CPU build is not needed here.
export ONNXRUNTIME_NODE_INSTALL=skip
lock_hash=$(sha256sum package-lock.json | cut -c1-16)
if [ "$(cat node_modules/.helpbridge-lock 2>/dev/null)" != "$lock_hash" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error >&2 || die "npm ci failed (is the npm registry reachable?)"
  echo "$lock_hash" > node_modules/.helpbridge-lock
fi

# --- 3. ICU 72.1 for wasm (one-time, cached by version and flags) ---------------
icu_prefix=$(bash scripts/build-icu-wasm.sh)

# --- 4. C++: native (tests, tools) and wasm (the browser core) ------------------
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs acorn from here
jobs=$(nproc)
source scripts/compiler-cache.sh
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release "${COMPILER_CACHE_ARGS[@]}" >/dev/null
cmake --build build/native -j"$jobs" >&2 || die "native build failed"
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DICU_WASM_PREFIX="$icu_prefix" "${COMPILER_CACHE_ARGS[@]}" >/dev/null
cmake --build build/wasm -j"$jobs" >&2 || die "wasm build failed"

# --- 5. The package's JavaScript and assets ------------------------------------
mkdir -p dist/core
cp build/wasm/helpbridge-core.mjs build/wasm/helpbridge-core.wasm dist/core/
npx tsc -p web/tsconfig.json >&2 || die "TypeScript build failed"
say "ready ($root)"
