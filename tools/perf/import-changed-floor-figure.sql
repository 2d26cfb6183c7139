-- import-changed-floor.sql for schema 8 on (storage v5): the CSV read with .import, then in one
-- transaction one audit row per figure with the old value read from `figure`, one upsert of
-- every figure on its integer key (ids looked up by code, period = year * 10 + quarter), the
-- roll-up keys noted once each in rollup_dirty by the writer (no trigger), and the commit (WAL,
-- synchronous=FULL). No validation, no hash chain, no roll-up refresh, no Qt. The whole sqlite3
-- run is timed; .timer gives the statements alone. :csv is replaced by the script.
PRAGMA cache_size = -1048576;
PRAGMA temp_store = MEMORY;
PRAGMA synchronous = FULL;
.timer on
CREATE TEMP TABLE imp (indicator TEXT, region TEXT, year INT, quarter INT, value TEXT, comment TEXT);
.import --csv --skip 1 :csv imp
CREATE TEMP TABLE keyed AS
  SELECT m.year * 10 + m.quarter AS period, r.id AS region_id, i.id AS indicator_id, m.*
  FROM imp m JOIN region r ON r.code = m.region JOIN indicator i ON i.code = m.indicator;
BEGIN IMMEDIATE;
INSERT INTO audit_entry (at, user_name, action, indicator_code, region_code, year, quarter, old_value, new_value, comment, prev_hash, hash)
  SELECT '2026-01-01T00:00:00Z', 'floor', 'value.set', k.indicator, k.region, k.year, k.quarter,
         coalesce(f.amount, ''), k.value, k.comment, hex(randomblob(32)), hex(randomblob(32))
  FROM keyed k LEFT JOIN figure f
    ON f.period = k.period AND f.region_id = k.region_id AND f.indicator_id = k.indicator_id;
INSERT INTO figure (period, region_id, indicator_id, amount, comment, entered_by, entered_at)
  SELECT period, region_id, indicator_id, value, comment, 'floor', '2026-01-01T00:00:00Z' FROM keyed WHERE true
  ON CONFLICT (period, region_id, indicator_id) DO UPDATE
  SET amount = excluded.amount, comment = excluded.comment, entered_by = excluded.entered_by, entered_at = excluded.entered_at;
INSERT OR IGNORE INTO rollup_dirty (indicator_code, region_code, year)
  SELECT DISTINCT indicator, region, year FROM imp;
COMMIT;
