# Sourced by the build scripts (setup.sh, sanitize.sh): compile through ccache,
# with its cache beside the ICU build, so that a fresh clone of code already
# built on this machine compiles almost nothing. Sets COMPILER_CACHE_ARGS, the
# CMake arguments that turn it on (empty when ccache is missing).
helpbridge_cache=${HELPBRIDGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/helpbridge}
COMPILER_CACHE_ARGS=()
if command -v ccache >/dev/null 2>&1 && [ -z "${HELPBRIDGE_NO_CCACHE:-}" ]; then
  export CCACHE_DIR="$helpbridge_cache/ccache"
  export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-3G}"
  # Paths inside the clone are hashed relative to it, so clones share entries.
  export CCACHE_BASEDIR="$PWD"
  export CCACHE_NOHASHDIR=true
  COMPILER_CACHE_ARGS=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
