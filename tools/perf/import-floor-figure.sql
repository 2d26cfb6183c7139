-- import-floor.sql for schema 8 on (storage v5): the same rows, in one transaction upserted into
-- `figure` on its integer key (the region's and indicator's ids looked up by code, period =
-- year * 10 + quarter), the roll-up keys noted once each in rollup_dirty by the writer (no
-- trigger), one audit row per figure (random hashes, no chain), and the commit (WAL,
-- synchronous=FULL). No validation, no roll-up refresh, no Qt. The whole sqlite3 run is timed;
-- .timer gives the statements alone. :csv is replaced by the script.
PRAGMA cache_size = -1048576;
PRAGMA temp_store = MEMORY;
PRAGMA synchronous = FULL;
.timer on
CREATE TEMP TABLE imp (indicator TEXT, region TEXT, year INT, quarter INT, value TEXT, comment TEXT);
.import --csv --skip 1 :csv imp
BEGIN IMMEDIATE;
INSERT INTO figure (period, region_id, indicator_id, amount, comment, entered_by, entered_at)
  SELECT m.year * 10 + m.quarter, r.id, i.id, m.value, m.comment, 'floor', '2026-01-01T00:00:00Z'
  FROM imp m JOIN region r ON r.code = m.region JOIN indicator i ON i.code = m.indicator WHERE true
  ON CONFLICT (period, region_id, indicator_id) DO UPDATE SET amount = excluded.amount;
INSERT OR IGNORE INTO rollup_dirty (indicator_code, region_code, year)
  SELECT DISTINCT indicator, region, year FROM imp;
INSERT INTO audit_entry (at, user_name, action, indicator_code, region_code, year, quarter, old_value, new_value, comment, prev_hash, hash)
  SELECT '2026-01-01T00:00:00Z', 'floor', 'value.set', indicator, region, year, quarter, '', value, comment,
         hex(randomblob(32)), hex(randomblob(32)) FROM imp;
COMMIT;
