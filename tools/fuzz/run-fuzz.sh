#!/usr/bin/env bash
# Runs each fuzz target (tests/fuzz) for SECONDS (default 120) and prints its executions,
# coverage and what it found. Builds the targets with clang++-14 first.
#   tools/fuzz/run-fuzz.sh [SECONDS] [TARGET...]     TARGET: csv textdecode xlsx decimal
# Env: ZX_FUZZ_BUILD, the build folder (default build/fuzz-long). New inputs go to
# $ZX_FUZZ_BUILD/work/TARGET, a crashing input to $ZX_FUZZ_BUILD/artifacts/TARGET/, the full
# log to $ZX_FUZZ_BUILD/fuzz_TARGET.log. Exit 1 when any target found something.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-120}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(csv textdecode xlsx decimal)
build=${ZX_FUZZ_BUILD:-$root/build/fuzz-long}
cxx=$(command -v clang++-14 || true)
[[ -n "$cxx" ]] || { echo "run-fuzz.sh: clang++-14 not found (setup.sh installs clang-14 and libclang-rt-14-dev)" >&2; exit 1; }
cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build" >/dev/null
status=0
printf '%-12s %8s %14s %10s %8s %10s  %s\n' target seconds executions exec/s cov corpus result
for t in "${targets[@]}"; do
  work="$build/work/$t" artifacts="$build/artifacts/$t"
  mkdir -p "$work" "$artifacts"
  log="$build/fuzz_$t.log"
  if "$build/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$artifacts/" "$work" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1; then
    result="no crash"
  else
    result="FOUND: $(grep -m1 -o 'SUMMARY: .*' "$log" || echo "exit $?") ($(ls "$artifacts" | head -1))"
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo 0)
  corpus=$(grep -o 'corp: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo 0)
  printf '%-12s %8s %14s %10s %8s %10s  %s\n' "$t" "$seconds" "$runs" "$rate" "$cov" "$corpus" "$result"
done
exit $status
