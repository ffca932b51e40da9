#!/usr/bin/env bash
# Every test, after scripts/setup.sh has built everything (npm test runs both).
#   1. the doctest suite, natively (ctest)
#   2. the same suite under ASan/LSan/UBSan, and built with em++ under Node (ctest)
#   3. the helpline validator, then Node tests of the package: wasm core,
#      golden native = wasm features, classifier and CLI, data files, ...
#   4. browser tests in Debian's headless Chromium
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs

section() { printf '\n=== %s ===\n' "$*"; }

section "native doctest suite"
ctest --test-dir build/native --output-on-failure -j"$(nproc)"

section "native doctest suite under AddressSanitizer + UndefinedBehaviorSanitizer"
bash scripts/sanitize.sh

section "wasm doctest suite (Node)"
ctest --test-dir build/wasm --output-on-failure

section "helpline and locale data (schema + checks)"
node scripts/validate-helplines.mjs
node scripts/validate-locales.mjs

section "Node tests"
node --test --test-concurrency=1 tests/node/

section "browser tests (headless Chromium)"
node --test --test-concurrency=1 tests/browser/
