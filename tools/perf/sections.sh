# The measurements of tools/perf/run-benchmarks.sh, one function per section (sourced by it;
# uses its REPS, RAW, BIN, CLI, WORK, DB, CITY, COUNTY, YEAR, QUARTER, SIZE and SEED).
# Every timed command leaves in $RAW: NAME.cmd (the command), NAME.times (one line per run:
# elapsed seconds and peak resident KiB from /usr/bin/time), NAME.out and NAME.err (the last
# run's output); a run that fails is not counted but noted in failures.txt, and facts (counts,
# sizes, checks) go to SECTION.facts as "key value" lines.

# quoted ARGS...: the arguments as one shell command line (for the page).
quoted() {
    for a in "$@"; do
        case $a in
        *[!A-Za-z0-9_./=:,+-]*)
            case $a in
            *[\"\$\`\\]*) printf "'%s' " "$(printf '%s' "$a" | sed "s/'/'\\\\''/g")" ;;
            *) printf '"%s" ' "$a" ;;
            esac ;;
        *) printf '%s ' "$a" ;;
        esac
    done | sed 's/ $//'
}

# timed NAME CMD...: one run of CMD under /usr/bin/time.
timed() {
    name=$1
    shift
    [ -f "$RAW/$name.cmd" ] || quoted "$@" >"$RAW/$name.cmd"
    if /usr/bin/time -f '%e %M' -o "$RAW/$name.one" "$@" >"$RAW/$name.out" 2>"$RAW/$name.err"; then
        tail -n 1 "$RAW/$name.one" >>"$RAW/$name.times"
    else
        echo "$name: exit $?: $(tail -n 1 "$RAW/$name.err")" >>"$RAW/failures.txt"
    fi
}

# fact SECTION KEY VALUE...
fact() {
    section=$1
    shift
    echo "$*" >>"$RAW/$section.facts"
}

# fresh_copy TO FROM: a copy of a database file (with its WAL, if any), not timed.
fresh_copy() {
    rm -f "$1" "$1-wal" "$1-shm"
    cp "$2" "$1"
    if [ -f "$2-wal" ]; then cp "$2-wal" "$1-wal"; fi
}

# A section starts from nothing of its own (the other sections' results stay), and notes when
# it ran and the machine's load average (other work shares the cores).
begin_section() {
    for f in $(section_files "$1"); do rm -f "$RAW/$f.cmd" "$RAW/$f.times" "$RAW/$f.out" "$RAW/$f.err"; done
    rm -f "$RAW/$1.facts"
    if [ -f "$RAW/failures.txt" ]; then
        grep -v -E "^($(section_files "$1" | tr ' ' '|')):" "$RAW/failures.txt" >"$RAW/failures.keep" || true
        mv "$RAW/failures.keep" "$RAW/failures.txt"
    fi
    fact "$1" started "$(date -u '+%Y-%m-%d %H:%M')" load "$(cut -d' ' -f1-3 /proc/loadavg)"
}

end_section() {
    fact "$1" ended "$(date -u '+%H:%M')" load "$(cut -d' ' -f1-3 /proc/loadavg)"
}

section_files() {
    case $1 in
    check) echo "check integrity" ;;
    export) echo "export_values export_values_sqlite3" ;;
    templates) echo "template_county template_city" ;;
    import_changed) echo "import_changed import_changed_floor" ;;
    import_new) echo "import_new import_new_floor" ;;
    pdf) echo "pdf_city pdf_one_county" ;;
    migration) echo "open_v7 open_current" ;;
    startup) echo "startup" ;;
    *) echo "$1" ;;
    esac
}

# The floor script for this file's schema: NAME.sql writes indicator_value (schema 7 and
# before), NAME-figure.sql the integer-keyed figure table (schema 8 on).
floor_sql() {
    if [ "$(sqlite3 -readonly "$DB" 'PRAGMA user_version')" -ge 8 ]; then
        echo "tools/perf/$1-figure.sql"
    else
        echo "tools/perf/$1.sql"
    fi
}

measure_benchmarks() {
    rm -f "$RAW/benchmarks.json"
    QT_QPA_PLATFORM=offscreen "$BIN/zx_benchmarks" --db="$DB" \
        --benchmark_filter="${BENCH_FILTER:-.}" \
        --benchmark_repetitions="$REPS" --benchmark_out="$RAW/benchmarks.json" \
        --benchmark_out_format=json | tee "$RAW/benchmarks.txt"
}

# The county overview's aggregate (every indicator's year-to-date figure for the county and each
# of its townships, with the county target) in one plain SQL query.
measure_reference() {
    sed -e "s/:year/$YEAR/g" -e "s/:quarter/$QUARTER/g" -e "s/:county/$COUNTY/g" \
        tools/perf/reference.sql >"$RAW/reference.sql"
    : >"$RAW/reference.times"
    i=0
    while [ "$i" -lt "$REPS" ]; do
        { printf '.timer on\n'; cat "$RAW/reference.sql"; } |
            sqlite3 -readonly "$DB" 2>&1 | grep '^Run Time' | awk '{print $4 * 1000}' >>"$RAW/reference.times"
        i=$((i + 1))
    done
}

# `check` (integrity_check in a second thread while every rule streams region by region)
# against sqlite3's PRAGMA integrity_check alone, alternating.
measure_check() {
    i=0
    while [ "$i" -lt "$REPS" ]; do
        timed check "$CLI" check "$DB"
        timed integrity sqlite3 -readonly "$DB" "PRAGMA integrity_check"
        i=$((i + 1))
    done
}

# The whole city's figures as CSV: `zhenxing-cli export --what values` against sqlite3 -csv of
# the same columns in the export's order (PEER_ORDER), alternating; then whether the two files
# hold the same rows (after the export's BOM and CRLF line ends), and their sizes.
PEER_ORDER=${PEER_ORDER:-"year, region_code, indicator_code, quarter"}
measure_export() {
    query="SELECT indicator_code AS indicator, region_code AS region, year, quarter, amount AS value, NULLIF(comment, '') AS comment FROM indicator_value ORDER BY $PEER_ORDER"
    i=0
    while [ "$i" -lt "$REPS" ]; do
        rm -f "$WORK/values.csv"
        timed export_values "$CLI" export "$DB" "$WORK/values.csv" --what values
        timed export_values_sqlite3 sqlite3 -readonly -csv -header "$DB" "$query"
        i=$((i + 1))
    done
    [ -f "$WORK/values.csv" ] || return 0
    fact export figures "$(sqlite3 -readonly "$DB" 'SELECT count(*) FROM indicator_value')"
    fact export export_lines "$(wc -l <"$WORK/values.csv")"
    fact export export_bytes "$(wc -c <"$WORK/values.csv")"
    fact export sqlite3_lines "$(wc -l <"$RAW/export_values_sqlite3.out")"
    fact export sqlite3_bytes "$(wc -c <"$RAW/export_values_sqlite3.out")"
    fact export export_head "$(sed -n '1{s/^\xEF\xBB\xBF//;s/\r$//;p}' "$WORK/values.csv")"
    # Both end lines with CRLF (sqlite3's csv mode too); the export starts with a BOM.
    sed -e '1s/^\xEF\xBB\xBF//' -e 's/\r$//' "$WORK/values.csv" >"$WORK/values.lf.csv"
    sed -e 's/\r$//' "$RAW/export_values_sqlite3.out" >"$WORK/peer.lf.csv"
    if cmp -s "$WORK/values.lf.csv" "$WORK/peer.lf.csv"; then
        fact export same_rows "identical apart from the BOM"
    elif [ "$(sort "$WORK/values.lf.csv" | md5sum)" = "$(sort "$WORK/peer.lf.csv" | md5sum)" ]; then
        fact export same_rows "the same lines in another order"
    else
        fact export same_rows "different from $(cmp "$WORK/values.lf.csv" "$WORK/peer.lf.csv" 2>&1 | sed -n 's/.*differ: //p')"
    fi
    rm -f "$WORK/values.csv" "$WORK/values.lf.csv" "$WORK/peer.lf.csv" "$RAW/export_values_sqlite3.out"
}

# The fill-in workbook of one county and of the whole city (no peer).
measure_templates() {
    i=0
    while [ "$i" -lt "$REPS" ]; do
        rm -f "$WORK/county.xlsx" "$WORK/city.xlsx"
        timed template_county "$CLI" export "$DB" "$WORK/county.xlsx" --what template --year "$YEAR" --region "$COUNTY"
        timed template_city "$CLI" export "$DB" "$WORK/city.xlsx" --what template --year "$YEAR"
        i=$((i + 1))
    done
    for w in county city; do
        [ -f "$WORK/$w.xlsx" ] && fact templates "${w}_bytes" "$(wc -c <"$WORK/$w.xlsx")"
    done
    rm -f "$WORK/county.xlsx" "$WORK/city.xlsx"
}

# import_run NAME FLOOR CSV: our import of CSV into a fresh copy of the city against the SQLite
# floor script on another fresh copy, alternating (the copies are not timed).
import_run() {
    sed "s|:csv|$3|" "$(floor_sql "$2")" >"$WORK/$2.sql"
    [ -f "$RAW/${1}_floor.cmd" ] || echo "sqlite3 COPY.db < tools/perf/$(basename "$(floor_sql "$2")")" >"$RAW/${1}_floor.cmd"
    i=0
    while [ "$i" -lt "$REPS" ]; do
        fresh_copy "$WORK/import.db" "$DB"
        timed "$1" "$CLI" import "$WORK/import.db" "$3"
        fresh_copy "$WORK/import.db" "$DB"
        timed "${1}_floor" sqlite3 "$WORK/import.db" ".read $WORK/$2.sql"
        grep '^Run Time' "$RAW/${1}_floor.out" | awk '{s += $4} END {print s}' >>"$RAW/${1}_floor.statements"
        i=$((i + 1))
    done
    rm -f "$WORK/import.db" "$WORK/import.db-wal" "$WORK/import.db-shm" "$WORK/$2.sql"
}

# 90 k changed figures: the last year of the first county, every figure changed
# (tools/perf/changed-figures.sql says how), made from the file itself.
measure_import_changed() {
    rm -f "$RAW/import_changed_floor.statements"
    { echo "indicator,region,year,quarter,value,comment"
      sed -e "s/:year/$YEAR/g" -e "s/:county/$COUNTY/g" tools/perf/changed-figures.sql |
          sqlite3 -readonly -csv "$DB"
    } >"$WORK/changed.csv"
    fact import_changed rows "$(($(wc -l <"$WORK/changed.csv") - 1))"
    import_run import_changed import-changed-floor "$WORK/changed.csv"
    fact import_changed result "$(tail -n 2 "$RAW/import_changed.out" | head -n 1)"
    rm -f "$WORK/changed.csv"
}

# 1 M new figures: the last year's figures and the first county's of the year before (990,748
# in the 10-county city), moved past the last year: whole regions' years, so that parts still
# add up to their totals.
measure_import_new() {
    rm -f "$RAW/import_new_floor.statements"
    span=$(sqlite3 -readonly "$DB" "SELECT MAX(year) - MIN(year) + 1 FROM indicator_value")
    { echo "indicator,region,year,quarter,value,comment"
      sqlite3 -csv -readonly "$DB" "SELECT indicator_code, region_code, year + $span, quarter, amount, 'benchmark' FROM indicator_value WHERE year = $YEAR OR (year = $YEAR - 1 AND region_code >= '$COUNTY' AND region_code < '$COUNTY' || 'z') ORDER BY year DESC, region_code, indicator_code, quarter"
    } >"$WORK/new.csv"
    fact import_new rows "$(($(wc -l <"$WORK/new.csv") - 1))"
    import_run import_new import-floor "$WORK/new.csv"
    fact import_new result "$(tail -n 2 "$RAW/import_new.out" | head -n 1)"
    rm -f "$WORK/new.csv"
}

# The county PDF on the city and on a file of that one county alone (same sizes and seed).
measure_pdf() {
    set -- $SIZE
    one="$CITY_DIR/city-1-$2-$3-$4-$5-$SEED-s$SCHEMA.db"
    [ -f "$one" ] || "$CLI" generate "$one" --counties 1 --townships-per-county "$2" \
        --villages-per-township "$3" --indicators "$4" --years "$5" --seed "$SEED" >/dev/null
    fact pdf one_county_figures "$(sqlite3 -readonly "$one" 'SELECT count(*) FROM indicator_value')"
    fact pdf one_county_regions "$(sqlite3 -readonly "$one" 'SELECT count(*) FROM region')"
    i=0
    while [ "$i" -lt "$REPS" ]; do
        timed pdf_one_county "$CLI" report "$one" --region "$COUNTY" --year "$YEAR" --quarter "$QUARTER" --out "$WORK/one.pdf"
        timed pdf_city "$CLI" report "$DB" --region "$COUNTY" --year "$YEAR" --quarter "$QUARTER" --out "$WORK/city.pdf"
        i=$((i + 1))
    done
    rm -f "$WORK/one.pdf" "$WORK/city.pdf"
}

# Bytes per figure of the file, and the pages of each table and index (dbstat).
measure_size() {
    fact size file_bytes "$(wc -c <"$DB")"
    fact size figures "$(sqlite3 -readonly "$DB" 'SELECT count(*) FROM indicator_value')"
    fact size free_bytes "$(($(sqlite3 -readonly "$DB" 'PRAGMA freelist_count') * $(sqlite3 -readonly "$DB" 'PRAGMA page_size')))"
    sqlite3 -readonly -separator ' ' "$DB" \
        "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC" >"$RAW/dbstat.txt" ||
        echo "dbstat: not available in this sqlite3" >>"$RAW/failures.txt"
}

# The v7 → current migration: the first command that opens a copy of the schema-7 city
# (`users list`, which reads almost nothing) against the same command on the current city.
measure_migration() {
    if [ -z "${V7_CLI:-}" ]; then
        fact migration skipped "no V7_CLI"
        return 0
    fi
    set -- $SIZE
    v7=${V7_DB:-"$CITY_DIR/city-$1-$2-$3-$4-$5-$SEED-s7.db"}
    [ -f "$v7" ] || "$V7_CLI" generate "$v7" --counties "$1" --townships-per-county "$2" \
        --villages-per-township "$3" --indicators "$4" --years "$5" --seed "$SEED" >/dev/null
    fact migration from_version "$(sqlite3 -readonly "$v7" 'PRAGMA user_version')"
    fact migration v7_bytes "$(wc -c <"$v7")"
    i=0
    while [ "$i" -lt "${MIGRATION_REPS:-$REPS}" ]; do
        fresh_copy "$WORK/v7.db" "$v7"
        timed open_v7 "$CLI" users list "$WORK/v7.db"
        timed open_current "$CLI" users list "$DB"
        i=$((i + 1))
    done
    fact migration to_version "$(sqlite3 -readonly "$WORK/v7.db" 'PRAGMA user_version')"
    fact migration migrated_bytes "$(wc -c <"$WORK/v7.db")"
    rm -f "$WORK/v7.db" "$WORK/v7.db-wal" "$WORK/v7.db-shm"
}

# Cold start to a painted dashboard: `zhenxing --startup-time` prints the time from main() to
# the dashboard painted with the city's figures and quits; one X server for all runs, so its
# own start-up is not counted. Peak memory of the same runs (maximum resident set size).
measure_startup() {
    : >"$RAW/startup.times"
    xvfb-run -a sh -c '
        i=0
        while [ "$i" -lt "$1" ]; do
            /usr/bin/time -f "%M" -o "$2/startup.rss" "$3/zhenxing" --startup-time "$4" 2>"$2/startup.err" >/dev/null || true
            ms=$(sed -n "s/^painted after \([0-9]*\) ms$/\1/p" "$2/startup.err")
            echo "$ms $(tail -n 1 "$2/startup.rss")" >>"$2/startup.times"
            i=$((i + 1))
        done' sh "$REPS" "$RAW" "$BIN" "$DB"
}
