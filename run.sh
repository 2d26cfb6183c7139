#!/usr/bin/env bash
# Set up, build, and open the desktop app on the bundled sample county.
#   ./run.sh            opens build/sample.db (created on first run)
#   ./run.sh FILE.db    opens another database
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
db=${1:-build/sample.db}
[[ -e "$db" ]] || ./build/app/zhenxing-cli sample "$db"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  exec xvfb-run -a ./build/app/zhenxing "$db"
fi
exec ./build/app/zhenxing "$db"
