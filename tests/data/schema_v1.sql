-- Frozen fixture: a Zhenxing database file at schema version 1, as release 0.1 wrote it.
-- The CREATE statements are migration step 1 of core/storage/schema.cpp, copied verbatim;
-- never edit them (a schema change is a new migration step, and this file keeps testing
-- that old files still open). One statement per group; each ends with ';' at a line end.

CREATE TABLE region (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_en     TEXT NOT NULL DEFAULT '',
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    parent_code TEXT REFERENCES region(code) DEFERRABLE INITIALLY DEFERRED,
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE category (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE indicator (
    code             TEXT PRIMARY KEY,
    category_code    TEXT NOT NULL REFERENCES category(code),
    name             TEXT NOT NULL,
    name_en          TEXT NOT NULL DEFAULT '',
    unit             TEXT NOT NULL,
    decimals         INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 6),
    accumulation     TEXT NOT NULL CHECK (accumulation IN ('flow', 'cumulative', 'stock')),
    aggregation      TEXT NOT NULL CHECK (aggregation IN ('sum', 'mean', 'max', 'min', 'ratio')),
    numerator_code   TEXT REFERENCES indicator(code) DEFERRABLE INITIALLY DEFERRED,
    denominator_code TEXT REFERENCES indicator(code) DEFERRABLE INITIALLY DEFERRED,
    ratio_scale      REAL NOT NULL DEFAULT 100,
    target_mode      TEXT NOT NULL CHECK (target_mode IN ('at_least', 'at_most', 'reduce')),
    kind             TEXT NOT NULL CHECK (kind IN ('binding', 'expected')),
    min_value        TEXT,
    max_value        TEXT,
    parent_code      TEXT REFERENCES indicator(code) DEFERRABLE INITIALLY DEFERRED,
    part_rule        TEXT CHECK (part_rule IN ('parts_sum_to_total', 'part_not_above_total')),
    narrative_zh     TEXT NOT NULL DEFAULT '',
    narrative_en     TEXT NOT NULL DEFAULT '',
    description      TEXT NOT NULL DEFAULT '',
    headline         INTEGER NOT NULL DEFAULT 0,
    retired          INTEGER NOT NULL DEFAULT 0,
    sort_order       INTEGER NOT NULL DEFAULT 0,
    CHECK (aggregation <> 'ratio' OR (numerator_code IS NOT NULL AND denominator_code IS NOT NULL)),
    CHECK ((parent_code IS NULL) = (part_rule IS NULL))
);

CREATE TABLE target (
    indicator_code TEXT NOT NULL REFERENCES indicator(code),
    region_code    TEXT NOT NULL REFERENCES region(code),
    year           INTEGER NOT NULL,
    amount         TEXT NOT NULL,
    baseline       TEXT,
    milestone_q1   REAL,
    milestone_q2   REAL,
    milestone_q3   REAL,
    milestone_q4   REAL,
    PRIMARY KEY (indicator_code, region_code, year)
);

CREATE TABLE indicator_value (
    indicator_code TEXT NOT NULL REFERENCES indicator(code),
    region_code    TEXT NOT NULL REFERENCES region(code),
    year           INTEGER NOT NULL,
    quarter        INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    amount         TEXT NOT NULL,
    comment        TEXT NOT NULL DEFAULT '',
    entered_by     TEXT NOT NULL DEFAULT '',
    entered_at     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (indicator_code, region_code, year, quarter)
);

CREATE INDEX indicator_value_by_year ON indicator_value (year, region_code);

CREATE INDEX region_by_parent ON region (parent_code);

PRAGMA application_id = 1515736647;
PRAGMA user_version = 1;

INSERT INTO region (code, name, name_en, level, parent_code, sort_order)
VALUES ('410104', 'XX区', 'XX District', 1, NULL, 1);

INSERT INTO category (code, name, name_en, sort_order)
VALUES ('grain', '粮食安全', 'Food security', 3);

INSERT INTO indicator (code, category_code, name, name_en, unit, decimals, accumulation,
    aggregation, target_mode, kind, sort_order)
VALUES ('summer_sowing_area', 'grain', '夏播面积', 'summer sown area', '亩', 1, 'stock', 'sum',
    'at_least', 'expected', 1);

INSERT INTO target (indicator_code, region_code, year, amount)
VALUES ('summer_sowing_area', '410104', 2023, '4200');

INSERT INTO indicator_value (indicator_code, region_code, year, quarter, amount, comment,
    entered_by, entered_at)
VALUES ('summer_sowing_area', '410104', 2023, 4, '4296.3', '', '张填报', '2024-01-05T08:30:00Z');
