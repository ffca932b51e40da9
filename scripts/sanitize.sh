#!/usr/bin/env bash
# The native doctest suite under AddressSanitizer (with LeakSanitizer) and
# UndefinedBehaviorSanitizer, built with g++ in build/sanitize
# (-DHELPBRIDGE_SANITIZE=ON: -fsanitize=address,undefined -fno-sanitize-recover=all).
# Any report fails the run: ASan and LSan exit non-zero, UBSan aborts.
# The build directory is kept, so a run after a small change rebuilds little.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/sanitize
source scripts/compiler-cache.sh

# -O1 -g1: fast enough to run, quick to compile, line numbers in reports.
CC=gcc CXX=g++ cmake -S . -B "$build" -DHELPBRIDGE_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO='-O1 -g1' -DCMAKE_C_FLAGS_RELWITHDEBINFO='-O1 -g1' "${COMPILER_CACHE_ARGS[@]}" >/dev/null
cmake --build "$build" --target helpbridge_tests -j"$(nproc)" >/dev/null

export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
"$build/tests/helpbridge_tests" --no-colors
