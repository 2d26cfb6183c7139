#!/usr/bin/env bash
# Set up, build, and run the whole test suite through ctest.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
cd build
# Every test must run: a skipped test (a missing tool, file or condition) fails the run like a
# failed one, so CI (.ci/run, as root) cannot pass by skipping. ctest's summary stays the last
# thing it prints; the skip count comes from its JUnit report.
rm -f ctest-junit.xml
status=0
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --output-junit ctest-junit.xml ||
  status=$?
if [[ ! -f ctest-junit.xml ]]; then
  echo "test.sh: ctest wrote no report (build/ctest-junit.xml)" >&2
  exit 1
fi
skipped=$(sed -n 's/^[[:space:]]*skipped="\([0-9]*\)".*/\1/p' ctest-junit.xml | head -n 1)
if [[ "${skipped:-0}" != 0 ]]; then
  echo "test.sh: ${skipped} test(s) skipped; every test must run (see 'did not run' above)" >&2
  status=1
fi
exit "$status"
