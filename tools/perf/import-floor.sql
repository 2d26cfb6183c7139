-- What SQLite alone takes for the import benchmark's rows on the same file: the same CSV read
-- into a temporary table, then in one transaction the figures inserted through
-- the same upsert, indexes and roll-up triggers, one audit row each (random hashes, no chain),
-- and the commit (WAL, synchronous=FULL). No validation, no roll-up refresh, no Qt: a floor
-- for what zhenxing-cli import can reach with this schema (schema 7 and before;
-- import-floor-figure.sql for schema 8 on). The whole sqlite3 run is timed; .timer gives the
-- statements alone. :csv is replaced by the script.
PRAGMA cache_size = -1048576;
PRAGMA temp_store = MEMORY;
PRAGMA synchronous = FULL;
CREATE TEMP TABLE imp (indicator TEXT, region TEXT, year INT, quarter INT, value TEXT, comment TEXT);
.import --csv --skip 1 :csv imp
.timer on
BEGIN IMMEDIATE;
INSERT INTO indicator_value (indicator_code, region_code, year, quarter, amount, comment, entered_by, entered_at)
  SELECT indicator, region, year, quarter, value, comment, 'floor', '2026-01-01T00:00:00Z' FROM imp WHERE true
  ON CONFLICT (indicator_code, region_code, year, quarter) DO UPDATE SET amount = excluded.amount;
INSERT INTO audit_entry (at, user_name, action, indicator_code, region_code, year, quarter, old_value, new_value, comment, prev_hash, hash)
  SELECT '2026-01-01T00:00:00Z', 'floor', 'value.set', indicator, region, year, quarter, '', value, comment,
         hex(randomblob(32)), hex(randomblob(32)) FROM imp;
COMMIT;
