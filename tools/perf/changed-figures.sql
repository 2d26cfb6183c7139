-- The import of changed figures (tools/perf/run-benchmarks.sh, section import_changed): every
-- figure of the county :county in :year (about 90,000 in the 10-county city), each changed so
-- that the file still passes every rule: +1, but doubled for an indicator that is a part or the
-- total of parts (so that parts still add up to their totals at every level, including the
-- figures stored above the villages) and -1 where +1 would pass the indicator's maximum.
-- Zeros of parts and totals stay zero. The comment keeps an outlier a warning.
SELECT v.indicator_code, v.region_code, v.year, v.quarter,
       CASE WHEN i.parent_code IS NOT NULL OR EXISTS (SELECT 1 FROM indicator p WHERE p.parent_code = i.code)
            THEN v.amount * 2
            WHEN i.max_value IS NOT NULL AND v.amount + 1 > CAST(i.max_value AS REAL) THEN v.amount - 1
            ELSE v.amount + 1 END,
       'benchmark'
FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code
WHERE v.region_code >= ':county' AND v.region_code < ':county' || 'z' AND v.year = :year
ORDER BY v.region_code, v.indicator_code, v.quarter;
