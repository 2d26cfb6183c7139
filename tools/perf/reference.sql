-- The sqlite3 reference for the county overview: for every indicator, the year-to-date figure
-- at :quarter of :year of the county :county and of each of its townships (flow: the sum of
-- the quarters so far; cumulative and stock: the quarter's figure), summed from the stored
-- figures below them, with the county's target. Plain SQL, no roll-up cache.
SELECT i.code,
       substr(v.region_code, 1, 9) AS township,
       SUM(CASE WHEN i.accumulation = 'flow' OR v.quarter = :quarter
                THEN CAST(v.amount AS REAL) END) AS ytd,
       (SELECT CAST(t.amount AS REAL) FROM target t
         WHERE t.indicator_code = i.code AND t.region_code = ':county' AND t.year = :year) AS target
FROM indicator i
JOIN indicator_value v ON v.indicator_code = i.code
WHERE v.region_code >= ':county' AND v.region_code < ':county' || 'z'
  AND v.year = :year AND v.quarter <= :quarter
GROUP BY i.code, township
ORDER BY i.code, ytd DESC;
