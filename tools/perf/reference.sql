-- The sqlite3 reference for the county overview: for every indicator, the year-to-date figure
-- at :quarter of :year of the county :county and of each of its townships (flow: the sum of
-- the quarters so far; cumulative and stock: the quarter's figure), summed from the stored
-- figures below them, with the county's target. Plain SQL on storage v5 (schema 8: `figure`
-- keyed by period, region id, indicator id), no roll-up cache; the periods are listed so that
-- SQLite seeks each region's quarter instead of walking the whole city's.
SELECT i.code,
       substr(r.code, 1, 9) AS township,
       SUM(CASE WHEN i.accumulation = 'flow' OR f.period % 10 = :quarter
                THEN CAST(f.amount AS REAL) END) AS ytd,
       (SELECT CAST(t.amount AS REAL) FROM target t
         WHERE t.indicator_code = i.code AND t.region_code = ':county' AND t.year = :year) AS target
FROM region r
JOIN figure f ON f.region_id = r.id
     AND f.period IN (:year * 10 + 1, :year * 10 + 2, :year * 10 + 3, :year * 10 + 4)
     AND f.period % 10 <= :quarter
JOIN indicator i ON i.id = f.indicator_id
WHERE r.code >= ':county' AND r.code < ':county' || 'z'
GROUP BY i.code, township
ORDER BY i.code, ytd DESC;
