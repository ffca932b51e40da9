#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz/ (npm run fuzz), built with clang,
# ASan and UBSan in build/fuzz, and says how many inputs each ran and whether
# any crashed. Exits 1 if one did.
#
#   bash scripts/fuzz.sh                 every target, for its set number of runs
#   bash scripts/fuzz.sh fuzz_consent    only the targets named
#   HELPBRIDGE_FUZZ_SECONDS=60 ...       that many seconds per target instead
#   HELPBRIDGE_FUZZ_JOBS=1 ...           targets run side by side (default: nproc)
#
# Seeds: tests/fuzz/corpus/<target>/ (in git). What the fuzzer learns goes to
# build/fuzz/corpus/<target>/ (kept between runs, not in git); crashing inputs
# to tests/fuzz/artifacts/ (git-ignored), logs to build/fuzz/logs/. Replay one:
#   build/fuzz/<target> tests/fuzz/artifacts/<target>-crash-<sha1>
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/fuzz
artifacts=tests/fuzz/artifacts

# target, -max_len (a little over the largest real input of its kind), runs.
# A set number of executions rather than a set time, so that every run of
# `npm run fuzz` covers the same ground (10.5 million in all) however busy the
# machine is. Steady rates on 2 cores with ASan + UBSan, two targets at a time:
# catalog ~3,600/s, lexicon and manifest ~1,400/s, consent ~1,100/s, normaliser
# ~1,000/s, helplines ~650/s; so the fast catalog target takes the most runs:
# about 50 minutes in all when idle.
targets=(
  "fuzz_catalog           4096  6000000"
  "fuzz_helplines         4096  1100000"
  "fuzz_consent           1024  1100000"
  "fuzz_lexicon_manifest  4096  1150000"
  "fuzz_normalizer        1024  1150000"
)

if [[ ! -f "$build/CMakeCache.txt" ]] || ! grep -q '^HELPBRIDGE_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -DHELPBRIDGE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target fuzz_targets -j"$(nproc)" >/dev/null

selected=()
for entry in "${targets[@]}"; do
  read -r name _ _ <<<"$entry"
  if [[ $# -eq 0 ]] || [[ " $* " == *" $name "* ]]; then selected+=("$entry"); fi
done
if [[ ${#selected[@]} -eq 0 ]]; then
  echo "no such fuzz target: $*" >&2
  exit 2
fi

mkdir -p "$artifacts" "$build/logs"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

# -timeout is wall-clock time: 60 s, because on a busy machine a starved run of
# a few milliseconds' work was reported as a hang with 10 s.
run_target() {
  local name=$1 max_len=$2 budget=$3
  mkdir -p "$build/corpus/$name"
  touch "$build/logs/$name.start"
  set +e
  "$build/$name" -max_len="$max_len" $budget -timeout=60 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/$name-" \
    "$build/corpus/$name" "tests/fuzz/corpus/$name" >"$build/logs/$name.log" 2>&1
  echo $? >"$build/logs/$name.status"
  set -e
}

jobs_max="${HELPBRIDGE_FUZZ_JOBS:-$(nproc)}"
for entry in "${selected[@]}"; do
  read -r name max_len runs <<<"$entry"
  if [[ -n "${HELPBRIDGE_FUZZ_SECONDS:-}" ]]; then
    budget="-max_total_time=$HELPBRIDGE_FUZZ_SECONDS" what="for ${HELPBRIDGE_FUZZ_SECONDS}s"
  else
    budget="-runs=$runs" what="for $runs runs"
  fi
  while [[ $(jobs -rp | wc -l) -ge $jobs_max ]]; do wait -n || true; done
  echo "fuzzing $name $what (log: $build/logs/$name.log)"
  run_target "$name" "$max_len" "$budget" &
done
wait

total_runs=0
total_crashes=0
printf '\n%-24s %14s %8s\n' target executions crashes
for entry in "${selected[@]}"; do
  read -r name _ _ <<<"$entry"
  log="$build/logs/$name.log"
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # No final stats (killed, or died at start-up): the last progress line.
  [[ -n "$runs" ]] || runs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  runs=${runs:-0}
  crashes=$(find "$artifacts" -name "$name-*" ! -name "$name-slow-unit-*" -newer "$build/logs/$name.start" | wc -l)
  if [[ $(cat "$build/logs/$name.status") -ne 0 && $crashes -eq 0 ]]; then crashes=1; fi
  printf '%-24s %14d %8d\n' "$name" "$runs" "$crashes"
  if [[ $crashes -gt 0 ]]; then
    find "$artifacts" -name "$name-*" ! -name "$name-slow-unit-*" -newer "$build/logs/$name.start" -printf '  %p\n'
    grep -m1 -E 'ERROR: |invariant broken|runtime error' "$log" | sed 's/^/  /' || true
  fi
  total_runs=$((total_runs + runs))
  total_crashes=$((total_crashes + crashes))
done
printf '%-24s %14d %8d\n' total "$total_runs" "$total_crashes"

[[ $total_crashes -eq 0 ]]
