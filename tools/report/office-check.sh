#!/usr/bin/env bash
# Checks the editable bulletin in a real office suite: writes the sample district's bulletin
# (2023 Q1, which has every status) as .docx and .odt in the official layout, converts both with
# LibreOffice headless to PDF, renders every page to PNG for a person to look at, and checks
# that the converted text holds every status word and that no word lies outside the page's
# type area sideways (tables fit the page).
#
#   tools/report/office-check.sh [OUT_DIR]        (default: build/office-check)
#   ZX_CLI=build-x/app/zhenxing-cli tools/report/office-check.sh
#
# Needs soffice (./setup.sh --office installs libreoffice-writer-nogui) and poppler-utils.
# The PNGs are in OUT_DIR/docx/page-*.png and OUT_DIR/odt/page-*.png; our own PDF in the
# official profile, for comparison, in OUT_DIR/pdf/.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${ZX_CLI:-$root/build/app/zhenxing-cli}
out=${1:-$root/build/office-check}
words=(已完成 序时推进 略有滞后 明显滞后 未填报 未设目标)

if ! command -v soffice >/dev/null; then
  echo "office-check: soffice not found; run ./setup.sh --office (installs libreoffice-writer-nogui)" >&2
  exit 1
fi
for tool in pdftoppm pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || { echo "office-check: $tool not found (./setup.sh installs poppler-utils)" >&2; exit 1; }
done
[[ -x "$cli" ]] || { echo "office-check: no $cli (build it, or set ZX_CLI)" >&2; exit 1; }

mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -rf "$out"/docx "$out"/odt "$out"/pdf
"$cli" sample "$out/sample.db" --force >/dev/null
report() { "$cli" report "$out/sample.db" --region 410104 --year 2023 --quarter 1 --lang zh "$@" >/dev/null; }

status=0
for kind in docx odt pdf; do
  mkdir -p "$out/$kind"
  if [[ $kind == pdf ]]; then
    report --profile official --out "$out/pdf/bulletin.pdf"
  else
    report --out "$out/$kind/bulletin.$kind"
    # A profile of its own, so a LibreOffice the user has open is neither used nor disturbed.
    soffice --headless "-env:UserInstallation=file://$out/lo-profile" \
      --convert-to pdf --outdir "$out/$kind" "$out/$kind/bulletin.$kind" >/dev/null 2>&1
  fi
  pdf=$out/$kind/bulletin.pdf
  if [[ ! -s $pdf ]]; then
    echo "office-check: $kind: no PDF came out of the conversion" >&2
    status=1
    continue
  fi
  pdftoppm -r 80 -png "$pdf" "$out/$kind/page"
  pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')
  text=$(pdftotext "$pdf" - | tr -d '[:space:]')
  missing=()
  for w in "${words[@]}"; do
    [[ $text == *"$w"* ]] || missing+=("$w")
  done
  # Every word within the type area sideways: left 28 mm, right 26 mm (1 mm of slack), but for
  # a full-width comma or stop that an office suite lets hang into the margin (标点溢出边界).
  outside=$(pdftotext -bbox "$pdf" - | /usr/bin/python3 -c '
import re, sys
mm = 72 / 25.4
hanging = "，。；：、！？）」』》"
bad = []
for m in re.finditer(r"<word xMin=\"([\d.]+)\" yMin=\"[\d.]+\" xMax=\"([\d.]+)\"[^>]*>([^<]*)<", sys.stdin.read()):
    left, right, word = float(m.group(1)), float(m.group(2)), m.group(3)
    limit = (210 - 25) * mm + (16 if word[-1:] in hanging else 0)
    if left < 27 * mm or right > limit:
        bad.append(word)
print(len(bad), " ".join(bad[:5]))')
  echo "office-check: $kind: $pages pages ($size), PNGs in $out/$kind/"
  if ((${#missing[@]})); then
    echo "office-check: $kind: status words missing from the converted text: ${missing[*]}" >&2
    status=1
  fi
  if [[ ${outside%% *} != 0 ]]; then
    echo "office-check: $kind: words outside the type area: $outside" >&2
    status=1
  fi
done
((status == 0)) && echo "office-check: every status word in every conversion; nothing outside the type area"
exit "$status"
