#!/bin/sh
# Regenerates docs/performance.md: builds Release in build-bench, generates the synthetic city
# once (cached as build-bench/city-<size>-<seed>.db), runs zx_benchmarks with repetitions,
# times the sqlite3 reference query and the import's SQLite floor (import-floor.sql),
# times `zhenxing-cli check` against `PRAGMA integrity_check`, measures the desktop app's cold
# start and peak memory, and writes the page (analysis from
# notes.md). Needs xvfb-run, sqlite3 and /usr/bin/time (setup.sh installs them). About 15
# minutes on 2 cores once built, plus 1-3 minutes to generate the city.
#
#   tools/perf/run-benchmarks.sh [REPETITIONS]        (default 5)
#
# Environment: BUILD (default build-bench), BUILD_TYPE (Release; RelWithDebInfo reuses the
# test build's objects with BUILD=build), SIZE ("10 15 20 80 5": counties, townships per
# county, villages per township, indicators, years), SEED (1).
set -eu
cd "$(dirname "$0")/../.."
REPS=${1:-5}
BUILD=${BUILD:-build-bench}
BUILD_TYPE=${BUILD_TYPE:-Release}
SIZE=${SIZE:-"10 15 20 80 5"}
SEED=${SEED:-1}
set -- $SIZE
COUNTIES=$1 TOWNS=$2 VILLAGES=$3 INDICATORS=$4 YEARS=$5
DB="$BUILD/city-$COUNTIES-$TOWNS-$VILLAGES-$INDICATORS-$YEARS-$SEED.db"
OUT=docs/performance.md
RAW="$BUILD/perf"
mkdir -p "$RAW"

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
cmake --build "$BUILD" -j2 --target zhenxing-cli zhenxing zx_benchmarks

if [ ! -f "$DB" ]; then
    /usr/bin/time -f '%e s, %M KiB peak' -o "$RAW/generate.time" \
        "$BUILD/app/zhenxing-cli" generate "$DB" --counties "$COUNTIES" \
        --townships-per-county "$TOWNS" --villages-per-township "$VILLAGES" \
        --indicators "$INDICATORS" --years "$YEARS" --seed "$SEED" | tee "$RAW/generate.txt"
fi

QT_QPA_PLATFORM=offscreen "$BUILD/tests/benchmarks/zx_benchmarks" --db="$DB" \
    --benchmark_repetitions="$REPS" --benchmark_out="$RAW/benchmarks.json" \
    --benchmark_out_format=json | tee "$RAW/benchmarks.txt"

# The reference: the county overview's aggregate (every indicator's year-to-date figure for
# the county and each of its townships, with the county target) in one plain SQL query.
YEAR=$(sqlite3 -readonly "$DB" "SELECT MAX(year) FROM indicator_value")
COUNTY=$(sqlite3 -readonly "$DB" "SELECT code FROM region WHERE parent_code = (SELECT code FROM region WHERE parent_code IS NULL) ORDER BY code LIMIT 1")
QUARTER=2
sed -e "s/:year/$YEAR/g" -e "s/:quarter/$QUARTER/g" -e "s/:county/$COUNTY/g" \
    tools/perf/reference.sql >"$RAW/reference.sql"
: >"$RAW/reference.times"
i=0
while [ "$i" -lt "$REPS" ]; do
    { printf '.timer on\n'; cat "$RAW/reference.sql"; } |
        sqlite3 -readonly "$DB" 2>&1 | grep '^Run Time' | awk '{print $4 * 1000}' >>"$RAW/reference.times"
    i=$((i + 1))
done

# The floor for the import: SQLite alone on the benchmark's rows (the latest years' figures
# again, moved past the last year), same upsert, triggers and audit rows, one commit.
YEARS_SPAN=$(sqlite3 -readonly "$DB" "SELECT MAX(year) - MIN(year) + 1 FROM indicator_value")
FLOOR_DB="$RAW/floor.db"
rm -f "$FLOOR_DB" "$FLOOR_DB-wal" "$FLOOR_DB-shm"
cp "$DB" "$FLOOR_DB"
{ echo "indicator,region,year,quarter,value,comment"
  sqlite3 -csv -readonly "$DB" "SELECT indicator_code, region_code, year + $YEARS_SPAN, quarter, amount, 'benchmark' FROM indicator_value ORDER BY year DESC LIMIT 1000000"
} >"$RAW/import.csv"
sed "s|:csv|$RAW/import.csv|" tools/perf/import-floor.sql | sqlite3 "$FLOOR_DB" 2>&1 |
    grep '^Run Time' | awk '{print $4}' >"$RAW/floor.times"
rm -f "$FLOOR_DB" "$FLOOR_DB-wal" "$FLOOR_DB-shm" "$RAW/import.csv"

# `check` against its peer in the same run: the whole command (which starts with PRAGMA
# integrity_check, then every rule region by region) and sqlite3's PRAGMA integrity_check alone,
# alternating, REPS times each; elapsed seconds and peak resident memory (KiB).
: >"$RAW/check.times"
: >"$RAW/integrity.times"
i=0
while [ "$i" -lt "$REPS" ]; do
    /usr/bin/time -f "%e %M" -o "$RAW/check.one" "$BUILD/app/zhenxing-cli" check "$DB" >/dev/null || true
    tail -n 1 "$RAW/check.one" >>"$RAW/check.times"
    /usr/bin/time -f "%e %M" -o "$RAW/integrity.one" sqlite3 -readonly "$DB" "PRAGMA integrity_check" >/dev/null
    tail -n 1 "$RAW/integrity.one" >>"$RAW/integrity.times"
    i=$((i + 1))
done

# Cold start to a painted dashboard: `zhenxing --startup-time` prints the time from main() to
# the dashboard painted with the city's figures and quits; one X server for all runs, so its
# own start-up is not counted. Peak memory of the same runs (maximum resident set size).
: >"$RAW/startup.times"
xvfb-run -a sh -c '
    i=0
    while [ "$i" -lt "$1" ]; do
        /usr/bin/time -f "%M" -o "$2/startup.rss" "$3/app/zhenxing" --startup-time "$4" 2>"$2/startup.err" >/dev/null || true
        ms=$(sed -n "s/^painted after \([0-9]*\) ms$/\1/p" "$2/startup.err")
        echo "$ms $(tail -n 1 "$2/startup.rss")" >>"$2/startup.times"
        i=$((i + 1))
    done' sh "$REPS" "$RAW" "$BUILD" "$DB"

python3 tools/perf/write_performance.py --db "$DB" --raw "$RAW" --out "$OUT" \
    --size "$COUNTIES $TOWNS $VILLAGES $INDICATORS $YEARS $SEED" --year "$YEAR" --quarter "$QUARTER" \
    --county "$COUNTY" --build_type "$BUILD_TYPE"
echo "Wrote $OUT"
