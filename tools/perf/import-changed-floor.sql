-- What SQLite alone takes for the import of changed figures on the same file (schema 7 and
-- before; import-changed-floor-figure.sql for schema 8 on): the CSV read into a temporary table
-- with .import, then in one transaction one audit row per figure with the old value read from
-- the table, one upsert of every figure (through the same indexes and roll-up triggers), and
-- the commit (WAL, synchronous=FULL). No validation, no hash chain, no roll-up refresh, no Qt.
-- The whole sqlite3 run is timed; .timer gives the statements alone. :csv is replaced by the
-- script.
PRAGMA cache_size = -1048576;
PRAGMA temp_store = MEMORY;
PRAGMA synchronous = FULL;
.timer on
CREATE TEMP TABLE imp (indicator TEXT, region TEXT, year INT, quarter INT, value TEXT, comment TEXT);
.import --csv --skip 1 :csv imp
BEGIN IMMEDIATE;
INSERT INTO audit_entry (at, user_name, action, indicator_code, region_code, year, quarter, old_value, new_value, comment, prev_hash, hash)
  SELECT '2026-01-01T00:00:00Z', 'floor', 'value.set', i.indicator, i.region, i.year, i.quarter,
         coalesce(v.amount, ''), i.value, i.comment, hex(randomblob(32)), hex(randomblob(32))
  FROM imp i LEFT JOIN indicator_value v
    ON v.indicator_code = i.indicator AND v.region_code = i.region AND v.year = i.year AND v.quarter = i.quarter;
INSERT INTO indicator_value (indicator_code, region_code, year, quarter, amount, comment, entered_by, entered_at)
  SELECT indicator, region, year, quarter, value, comment, 'floor', '2026-01-01T00:00:00Z' FROM imp WHERE true
  ON CONFLICT (indicator_code, region_code, year, quarter) DO UPDATE
  SET amount = excluded.amount, comment = excluded.comment, entered_by = excluded.entered_by, entered_at = excluded.entered_at;
COMMIT;
