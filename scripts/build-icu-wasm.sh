#!/usr/bin/env bash
# Builds ICU's common library (libicuuc) for wasm from Debian's own ICU source
# package, plus a trimmed data file, and caches the result outside the work tree
# so that only a fresh machine pays for it.
#
#   scripts/build-icu-wasm.sh            prints the install prefix on stdout
#
# The prefix holds include/, lib/libicuuc.a, lib/libicudata.a (the trimmed data
# compiled in) and share/icudt72l.dat (the same data as a file). The version must
# equal Debian's native ICU so that native and wasm builds segment and fold alike.
set -euo pipefail

ICU_VERSION=72.1
ICU_MAJOR=72
# Only what the text pipeline uses: NFKC (+ case fold) and the rule-based break
# iterators. CJK and Thai dictionaries are left out on purpose: the featurizer
# treats unspaced scripts with character n-grams, so it never needs them.
ICU_DATA_ITEMS="nfkc.nrm nfkc_cf.nrm uemoji.icu brkitr/word.brk brkitr/char.brk brkitr/sent.brk brkitr/root.res brkitr/res_index.res
res_index.res root.res pool.res"
CFLAGS_WASM="-O2 -msimd128 -fno-exceptions"  # speed over size: the text pipeline runs per keystroke
ICU_CONFIG_FLAGS="--enable-static --disable-shared --disable-tools --disable-tests --disable-samples --disable-extras --disable-icuio --disable-layoutex --with-data-packaging=static"

here=$(cd "$(dirname "$0")/.." && pwd)
cache_root=${HELPBRIDGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/helpbridge}
emcc_version=$(emcc --version 2>/dev/null)
emcc_version=${emcc_version%%$'\n'*}  # the first line (a pipe into head would break emcc's output)
lib_key=$(printf '%s|%s|%s|%s' "$ICU_VERSION" "$CFLAGS_WASM" "$ICU_CONFIG_FLAGS" "$emcc_version" | sha256sum | cut -c1-12)
key=$(printf '%s|%s' "$lib_key" "$ICU_DATA_ITEMS" | sha256sum | cut -c1-12)
prefix="$cache_root/icu-$ICU_VERSION-wasm-$key"

if [ -f "$prefix/.complete" ]; then
  echo "$prefix"
  exit 0
fi

log() { echo "[icu-wasm] $*" >&2; }
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs acorn from here at -O1+

# The build tree is kept (keyed without the data list), so changing only the
# data list re-trims the data without recompiling the library.
work="$cache_root/icu-$ICU_VERSION-build-$lib_key"
# $work survives a failed run, so a retry resumes after the last finished step.
rm -rf "$prefix"
mkdir -p "$work/apt/lists/partial" "$work/apt/sources.d" "$prefix"/{include,lib,share}

# --- 1. Debian's source tarball, without touching /etc/apt -------------------
# The deb-src entries mirror the system's own deb entries (same URIs, suites).
src_list="$work/apt/sources.d/src.sources"
if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
  sed 's/^Types: *deb$/Types: deb-src/' /etc/apt/sources.list.d/*.sources > "$src_list"
fi
if [ -f /etc/apt/sources.list ]; then
  grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > "$work/apt/sources.list" || true
else
  : > "$work/apt/sources.list"
fi
apt_opts=(-o "Dir::Etc::SourceList=$work/apt/sources.list" -o "Dir::Etc::SourceParts=$work/apt/sources.d"
          -o "Dir::State::Lists=$work/apt/lists" -o "APT::Sandbox::User=root")
tarball="$work/icu_$ICU_VERSION.orig.tar.gz"
if [ ! -f "$tarball" ]; then
  log "fetching ICU $ICU_VERSION source from Debian's archive"
  apt-get "${apt_opts[@]}" -qq update >&2
  (cd "$work" && apt-get "${apt_opts[@]}" -qq source --download-only icu >&2)
fi
src="$work/icu/source"
[ -f "$src/configure" ] || tar -xzf "$tarball" -C "$work"
[ -f "$src/configure" ] || { log "unexpected layout in $tarball"; exit 1; }

# --- 2. libicuuc for wasm ------------------------------------------------------
# Only common/ and stubdata/ are built, so no host build of ICU's tools is needed:
# the data is trimmed and compiled below with Debian's icu-devtools (same 72.1).
cp "$src/config/mh-linux" "$src/config/mh-unknown"  # old config.sub rejects emscripten
mkdir -p "$work/wasm" && cd "$work/wasm"
# configure wants a cross-build tree for ICU's tools; only its name is read
# because the data is not built by ICU's makefiles here.
mkdir -p "$work/fake-cross/config" "$work/fake-cross/bin" "$work/fake-cross/lib"
touch "$work/fake-cross/config/icucross.mk" "$work/fake-cross/config/icucross.inc"
if [ ! -f config.status ]; then
  log "configuring for wasm (about 2 minutes)"
  CFLAGS="$CFLAGS_WASM" CXXFLAGS="$CFLAGS_WASM -std=c++17" \
    emconfigure "$src/configure" --host=wasm32-unknown-none --with-cross-build="$work/fake-cross" \
    $ICU_CONFIG_FLAGS --prefix="$prefix" >"$work/configure.log" 2>&1 \
    || { tail -30 "$work/configure.log" >&2; exit 1; }
fi
log "compiling libicuuc (about 3 minutes on 2 cores)"
mkdir -p lib bin
emmake make -j"$(nproc)" -C common >"$work/make.log" 2>&1 || { tail -30 "$work/make.log" >&2; exit 1; }
cp lib/libicuuc.a "$prefix/lib/"
mkdir -p "$prefix/include/unicode"
cp "$src"/common/unicode/*.h "$prefix/include/unicode/"

# --- 3. Trimmed data ---------------------------------------------------------
log "trimming ICU data"
full="$src/data/in/icudt${ICU_MAJOR}l.dat"
rm -rf "$work/data"
mkdir -p "$work/data/x" "$work/data/out"
printf '%s\n' $ICU_DATA_ITEMS > "$work/data/list.txt"
icupkg -x "$work/data/list.txt" -d "$work/data/x" "$full"
icupkg --ignore-deps -a "$work/data/list.txt" -s "$work/data/x" new "$work/data/out/icudt${ICU_MAJOR}l.dat"
cp "$work/data/out/icudt${ICU_MAJOR}l.dat" "$prefix/share/"
# Compiled in as the common data symbol icudt72_dat, replacing ICU's stub.
# (genccode names the array after the file; ICU looks for icudt72_dat.)
genccode -q -d "$work/data" "$work/data/out/icudt${ICU_MAJOR}l.dat" >&2
sed -i "s/icudt${ICU_MAJOR}l_dat/icudt${ICU_MAJOR}_dat/" "$work/data/icudt${ICU_MAJOR}l_dat.c"
emcc $CFLAGS_WASM -I"$prefix/include" -c "$work/data/icudt${ICU_MAJOR}l_dat.c" -o "$work/data/icudata.o"
emar rcs "$prefix/lib/libicudata.a" "$work/data/icudata.o"

echo "$ICU_VERSION $key" > "$prefix/.complete"
log "done: $prefix"
echo "$prefix"
