#!/usr/bin/env bash
# Long runs of the reliability tests (the test suite runs them briefly):
#   tools/reliability/crash-trials.sh [TRIALS] [ROUNDS]
# TRIALS   imports killed with SIGKILL at random moments (default 200); each must leave the
#          file whole (integrity_check), with all of the import or none of it, chain verified.
# ROUNDS   runs of the two-process test (desktop open path + CLI reads and writes; default 20).
# Needs a built tree (./test.sh or cmake --build build); prints each run's summary line.
set -euo pipefail
cd "$(dirname "$0")/../.."
trials=${1:-200}
rounds=${2:-20}
bin=build/tests/zx_reliability_tests
[[ -x $bin ]] || { echo "crash-trials.sh: build first ($bin is missing)" >&2; exit 1; }

seed=${ZX_CRASH_SEED:-$(date +%s)}
echo "== $trials crash trials, seed $seed"
start=$(date +%s)
ZX_CRASH_TRIALS=$trials ZX_CRASH_SEED=$seed "$bin" --gtest_filter='CrashTrials.*' | grep -E "crash trials|PASSED|FAILED|Failure" 
echo "   took $(( $(date +%s) - start )) s"

echo "== $rounds rounds of the two-process test"
start=$(date +%s)
"$bin" --gtest_filter='TwoProcesses.*' --gtest_repeat="$rounds" --gtest_brief=1 | tail -n 3
echo "   took $(( $(date +%s) - start )) s"
