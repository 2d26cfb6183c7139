#!/usr/bin/env bash
# Installs every Debian 12 package Zhenxing needs to build, test and run.
# Idempotent: when everything is present it prints nothing and exits 0.
#   ./setup.sh            what the build and the tests need
#   ./setup.sh --office   also LibreOffice Writer (headless) and the Liberation fonts (metric
#                         twins of Times New Roman, the bulletin's Latin face), for
#                         tools/report/office-check.sh, which converts the .docx and .odt
#                         bulletins the way an office opens them
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  libqt6opengl6-dev
  # tests and benchmarks
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  # the package test (tests/package): lintian, desktop-file-validate, appstreamcli;
  # tools/icons/render.sh
  lintian desktop-file-utils appstream shared-mime-info librsvg2-bin
  # fonts for the UI and the PDF (CJK glyphs)
  fonts-noto-cjk
  # spreadsheets; the .docx and .odt bulletins read back as an office would (tests)
  libxlsxwriter-dev libzip-dev python3-openpyxl python3-docx python3-odf
  # storage tools, headless display, PDF inspection, timing (tools/perf), ODT inspection
  sqlite3 libsqlite3-dev xvfb xauth poppler-utils time unzip
  # fuzz targets (tests/fuzz: libFuzzer with ASan and UBSan)
  clang-14 libclang-rt-14-dev
  # the shared server (issue 16): Qt's PostgreSQL driver, libpq (server addresses), and
  # PostgreSQL 15 with pgcrypto for the tests' throwaway clusters (pg_virtualenv)
  libqt6sql6-psql libpq-dev postgresql postgresql-contrib
  # File → Connect to server… keeps passwords in the desktop's keyring
  qtkeychain-qt6-dev
  # the manual pages' and the shell completion's test (tests/docs)
  groff-base bash-completion
)

for arg in "$@"; do
  case $arg in
    --office) packages+=(libreoffice-writer-nogui fonts-liberation2) ;;
    *) echo "setup.sh: unknown option $arg (--office: LibreOffice Writer for tools/report/office-check.sh)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup.sh: missing packages: ${missing[*]} (run as root to install them)" >&2
    exit 1
  fi
  echo "setup.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
