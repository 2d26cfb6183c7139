#!/usr/bin/env bash
# The shared server against the same county in a file (issue 16), side by side in one run:
#   tools/perf/server-benchmarks.sh [CITY.db] [RUNS]
# CITY.db  a generated city (default: build/perf/city3.db, made here with 3 counties, 1.35 M
#          figures); RUNS  runs of each timing (default 3).
# Starts a throwaway PostgreSQL 15 cluster (pg_virtualenv -t), copies the city onto it
# (zhenxing-cli server copy), then times with /usr/bin/time, file and server alternating:
#   - the county overview (`summary --json` of county 410101, the scoped load), the city's;
#   - an import of the last year's figures again as the next year (all new figures), into a
#     fresh copy each run (the file's copy includes its automatic backup);
# and checks the summaries come out identical. Prints a Markdown table (median seconds, peak
# RSS); docs/performance.md's "Issue 16" section quotes it.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLI=${CLI:-build/app/zhenxing-cli}
RUNS=${2:-3}
WORK=$(mktemp -d /tmp/zx-server-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
CITY=${1:-}
if [[ -z "$CITY" ]]; then
  mkdir -p build/perf
  CITY=build/perf/city3.db
  [[ -f $CITY ]] || "$CLI" generate "$CITY" --counties 3 --townships-per-county 15 \
    --villages-per-township 20 --indicators 80 --years 5 --seed 1 >/dev/null
fi
CITY=$(realpath "$CITY")
CLI=$(realpath "$CLI")
export CITY CLI RUNS WORK
PGPORT=${PGPORT:-25490} exec pg_virtualenv -t -v 15 bash -c '
set -euo pipefail
ROOT=$(sqlite3 "$CITY" "SELECT code FROM region WHERE level = 0")
COUNTY=$(sqlite3 "$CITY" "SELECT code FROM region WHERE parent_code = \"$ROOT\" ORDER BY code LIMIT 1")
YEAR=$(sqlite3 "$CITY" "SELECT MAX(period) / 10 FROM figure")
NEXT=$((YEAR + 1))
FIGURES=$(sqlite3 "$CITY" "SELECT COUNT(*) FROM figure")
createdb zx_city
/usr/bin/time -f "%e %M" -o "$WORK/copy.time" "$CLI" server copy "$CITY" "dbname=zx_city" >/dev/null
"$CLI" export "$CITY" "$WORK/last.csv" --what values --year "$YEAR" >/dev/null
python3 - "$WORK/last.csv" "$WORK/next.csv" "$NEXT" <<PY
import csv, sys
r = csv.reader(open(sys.argv[1], encoding="utf-8-sig"))
w = csv.writer(open(sys.argv[2], "w", encoding="utf-8", newline=""))
w.writerow(next(r))
for row in r:
    row[2] = sys.argv[3]
    w.writerow(row)
PY
ROWS=$(($(wc -l < "$WORK/next.csv") - 1))
median() { sort -n | awk "{a[NR]=\$1} END {print a[int((NR+1)/2)]}"; }
peak() { sort -n | tail -1; }
time_it() { # label command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/t" "$@" >/dev/null
  echo "$(cat "$WORK/t")" >> "$WORK/$label"
}
for run in $(seq "$RUNS"); do
  time_it file_county "$CLI" summary "$CITY" --region "$COUNTY" --year "$YEAR" --quarter 2 --json
  time_it server_county "$CLI" summary dbname=zx_city --region "$COUNTY" --year "$YEAR" --quarter 2 --json
  time_it file_city "$CLI" summary "$CITY" --region "$ROOT" --year "$YEAR" --quarter 2 --json
  time_it server_city "$CLI" summary dbname=zx_city --region "$ROOT" --year "$YEAR" --quarter 2 --json
  cp "$CITY" "$WORK/import.db"; rm -rf "$WORK/backups"
  time_it file_import "$CLI" import "$WORK/import.db" "$WORK/next.csv"
  dropdb --if-exists zx_import; createdb zx_import
  "$CLI" server copy "$CITY" dbname=zx_import >/dev/null
  time_it server_import "$CLI" import dbname=zx_import "$WORK/next.csv"
done
for q in "$COUNTY 2" "$ROOT 4"; do
  set -- $q
  a=$("$CLI" summary "$WORK/import.db" --region "$1" --year "$NEXT" --quarter "$2" --json | md5sum)
  b=$("$CLI" summary dbname=zx_import --region "$1" --year "$NEXT" --quarter "$2" --json | md5sum)
  [[ $a == "$b" ]] || { echo "summaries of $1 differ after the import" >&2; exit 1; }
done
row() { # label what file server
  local f s fm sm
  f=$(cut -d" " -f1 "$WORK/$3" | median); s=$(cut -d" " -f1 "$WORK/$4" | median)
  fm=$(cut -d" " -f2 "$WORK/$3" | peak); sm=$(cut -d" " -f2 "$WORK/$4" | peak)
  printf "| %s | %s s, %d MB | %s s, %d MB | %.2f× |\n" "$1" "$f" $((fm / 1024)) "$s" $((sm / 1024)) \
    "$(echo "$s / $f" | bc -l)"
}
echo "City: $FIGURES figures; county $COUNTY; year $YEAR; import: $ROWS new figures ($NEXT); runs: $RUNS; load before: $(cut -d" " -f1-3 /proc/loadavg)"
echo
echo "| | file (SQLite) | server (PostgreSQL 15, same machine) | server ÷ file |"
echo "|---|---|---|---|"
row "county overview (\`summary --json\`)" county file_county server_county
row "city overview" city file_city server_city
row "import of $ROWS new figures" import file_import server_import
echo
echo "Copy onto the server (\`server copy\`): $(cut -d" " -f1 "$WORK/copy.time") s, $(( $(cut -d" " -f2 "$WORK/copy.time") / 1024 )) MB; on the server: $(psql -Atc "SELECT pg_size_pretty(pg_total_relation_size(\$\$figure\$\$))" zx_city) for the figures ($(psql -Atc "SELECT pg_total_relation_size(\$\$figure\$\$) / $FIGURES" zx_city) B per figure with its key). Summaries after the import identical. Load after: $(cut -d" " -f1-3 /proc/loadavg)"
'
