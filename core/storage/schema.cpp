#include "schema.h"

namespace zx::schema {

namespace {

// Version 1: the catalogue, regions, targets and values. Values and targets are TEXT holding
// the exact decimal that was entered ("4296.3"); CAST(amount AS REAL) aggregates them in
// SQL where needed. Portable to PostgreSQL apart from the SQLite-only PRAGMAs, which live
// in database.cpp.
const char *const CreateRegion = R"(
CREATE TABLE region (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_en     TEXT NOT NULL DEFAULT '',
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    parent_code TEXT REFERENCES region(code) DEFERRABLE INITIALLY DEFERRED,
    sort_order  INTEGER NOT NULL DEFAULT 0
))";

const char *const CreateCategory = R"(
CREATE TABLE category (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
))";

const char *const CreateIndicator = R"(
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
))";

const char *const CreateTarget = R"(
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
))";

const char *const CreateValue = R"(
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
))";

const char *const IndexValueByYear =
    "CREATE INDEX indicator_value_by_year ON indicator_value (year, region_code)";
const char *const IndexRegionParent = "CREATE INDEX region_by_parent ON region (parent_code)";

// Version 2: the review workflow and the tamper-evident audit trail.
const char *const CreatePeriodStatus = R"(
CREATE TABLE period_status (
    region_code TEXT NOT NULL REFERENCES region(code),
    year        INTEGER NOT NULL,
    quarter     INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    state       TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'approved', 'returned')),
    reason      TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (region_code, year, quarter)
))";

const char *const CreateAudit = R"(
CREATE TABLE audit_entry (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    user_name      TEXT NOT NULL,
    action         TEXT NOT NULL,
    indicator_code TEXT NOT NULL DEFAULT '',
    region_code    TEXT NOT NULL DEFAULT '',
    year           INTEGER NOT NULL DEFAULT 0,
    quarter        INTEGER NOT NULL DEFAULT 0,
    old_value      TEXT NOT NULL DEFAULT '',
    new_value      TEXT NOT NULL DEFAULT '',
    comment        TEXT NOT NULL DEFAULT '',
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
))";

// Version 3: who may do what in a shared file. No rows means a single-user file whose local
// user is the administrator. A clerk's regions grant their whole subtree.
const char *const CreateAppUser = R"(
CREATE TABLE app_user (
    name         TEXT PRIMARY KEY,
    role         TEXT NOT NULL CHECK (role IN ('administrator', 'reviewer', 'clerk')),
    display_name TEXT NOT NULL DEFAULT ''
))";

const char *const CreateUserRegion = R"(
CREATE TABLE user_region (
    user_name   TEXT NOT NULL REFERENCES app_user(name),
    region_code TEXT NOT NULL REFERENCES region(code),
    PRIMARY KEY (user_name, region_code)
))";

// Version 4: a city (level 0) above the counties, and the roll-up cache that keeps the
// overview of a region from reading every village's figures. rollup_value holds what
// Evaluator::childrenRollup gives for a region with sub-regions (the aggregate of the
// children's figures: stored, else their own roll-up), rollup_target the sum of the
// children's targets where Evaluator::target rolls them up. Triggers note every changed
// figure or target in rollup_dirty (one row per indicator, region and year; '*' = everything)
// and WriteTransaction::commit brings the cache up to date before it commits, so a reader
// never sees a stale cache — and one that finds rollup_dirty not empty (a file changed by
// hand) falls back to computing from the figures.
const char *const CreateRegionV4 = R"(
CREATE TABLE region_v4 (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_en     TEXT NOT NULL DEFAULT '',
    level       INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
    parent_code TEXT REFERENCES region(code) DEFERRABLE INITIALLY DEFERRED,
    sort_order  INTEGER NOT NULL DEFAULT 0
))";

const char *const CreateRollupValue = R"(
CREATE TABLE rollup_value (
    region_code    TEXT NOT NULL,
    year           INTEGER NOT NULL,
    indicator_code TEXT NOT NULL,
    quarter        INTEGER NOT NULL,
    amount         TEXT NOT NULL,
    PRIMARY KEY (region_code, year, indicator_code, quarter)
) WITHOUT ROWID)";

const char *const CreateRollupTarget = R"(
CREATE TABLE rollup_target (
    region_code    TEXT NOT NULL,
    year           INTEGER NOT NULL,
    indicator_code TEXT NOT NULL,
    amount         TEXT NOT NULL,
    PRIMARY KEY (region_code, year, indicator_code)
) WITHOUT ROWID)";

const char *const CreateRollupDirty = R"(
CREATE TABLE rollup_dirty (
    indicator_code TEXT NOT NULL,
    region_code    TEXT NOT NULL,
    year           INTEGER NOT NULL,
    PRIMARY KEY (indicator_code, region_code, year)
) WITHOUT ROWID)";

// Conditional inserts rather than INSERT OR IGNORE: inside a trigger the conflict clause of
// the statement that fired it (an upsert's) would override OR IGNORE.
const char *const DirtyTriggers[] = {
    "CREATE TRIGGER value_inserted AFTER INSERT ON indicator_value BEGIN "
    "INSERT INTO rollup_dirty SELECT NEW.indicator_code, NEW.region_code, NEW.year WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = NEW.indicator_code AND region_code = NEW.region_code AND year = NEW.year); END",
    "CREATE TRIGGER value_updated AFTER UPDATE OF amount, indicator_code, region_code, year ON indicator_value BEGIN "
    "INSERT INTO rollup_dirty SELECT OLD.indicator_code, OLD.region_code, OLD.year WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = OLD.indicator_code AND region_code = OLD.region_code AND year = OLD.year); "
    "INSERT INTO rollup_dirty SELECT NEW.indicator_code, NEW.region_code, NEW.year WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = NEW.indicator_code AND region_code = NEW.region_code AND year = NEW.year); END",
    "CREATE TRIGGER value_deleted AFTER DELETE ON indicator_value BEGIN "
    "INSERT INTO rollup_dirty SELECT OLD.indicator_code, OLD.region_code, OLD.year WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = OLD.indicator_code AND region_code = OLD.region_code AND year = OLD.year); END",
    "CREATE TRIGGER target_inserted AFTER INSERT ON target BEGIN "
    "INSERT INTO rollup_dirty SELECT NEW.indicator_code, NEW.region_code, NEW.year WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = NEW.indicator_code AND region_code = NEW.region_code AND year = NEW.year); END",
    "CREATE TRIGGER target_updated AFTER UPDATE ON target BEGIN "
    "INSERT INTO rollup_dirty SELECT OLD.indicator_code, OLD.region_code, OLD.year WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = OLD.indicator_code AND region_code = OLD.region_code AND year = OLD.year); "
    "INSERT INTO rollup_dirty SELECT NEW.indicator_code, NEW.region_code, NEW.year WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = NEW.indicator_code AND region_code = NEW.region_code AND year = NEW.year); END",
    "CREATE TRIGGER target_deleted AFTER DELETE ON target BEGIN "
    "INSERT INTO rollup_dirty SELECT OLD.indicator_code, OLD.region_code, OLD.year WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = OLD.indicator_code AND region_code = OLD.region_code AND year = OLD.year); END",
    // The tree or an indicator's aggregation changing invalidates everything.
    "CREATE TRIGGER region_inserted AFTER INSERT ON region BEGIN "
    "INSERT INTO rollup_dirty SELECT '*', '*', 0 WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = '*' AND region_code = '*' AND year = 0); END",
    "CREATE TRIGGER region_moved AFTER UPDATE OF parent_code, code ON region BEGIN "
    "INSERT INTO rollup_dirty SELECT '*', '*', 0 WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = '*' AND region_code = '*' AND year = 0); END",
    "CREATE TRIGGER region_deleted AFTER DELETE ON region BEGIN "
    "INSERT INTO rollup_dirty SELECT '*', '*', 0 WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = '*' AND region_code = '*' AND year = 0); END",
    "CREATE TRIGGER indicator_changed AFTER UPDATE OF aggregation, decimals, target_mode, code ON indicator BEGIN "
    "INSERT INTO rollup_dirty SELECT '*', '*', 0 WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = '*' AND region_code = '*' AND year = 0); END",
};

QStringList version4()
{
    QStringList s{CreateRegionV4,
                  "INSERT INTO region_v4 (code, name, name_en, level, parent_code, sort_order) "
                  "SELECT code, name, name_en, level, parent_code, sort_order FROM region",
                  "DROP TABLE region",
                  "ALTER TABLE region_v4 RENAME TO region",
                  IndexRegionParent,
                  "CREATE INDEX indicator_value_by_region ON indicator_value (region_code, year)",
                  "CREATE INDEX target_by_region ON target (region_code, year)",
                  CreateRollupValue,
                  CreateRollupTarget,
                  CreateRollupDirty};
    for (const char *trigger : DirtyTriggers)
        s << QString::fromLatin1(trigger);
    s << QStringLiteral("INSERT INTO rollup_dirty VALUES ('*', '*', 0)");
    return s;
}

// Version 5: regions retire and merge (村庄撤并). retired_from is the first year a region takes
// no figures (NULL: active); merged_into names the region that took over its work. A retired
// region keeps its history, so the roll-ups of the years before stay as they were.
const char *const RegionRetiredFrom = "ALTER TABLE region ADD COLUMN retired_from INTEGER";
const char *const RegionMergedInto =
    "ALTER TABLE region ADD COLUMN merged_into TEXT REFERENCES region(code) DEFERRABLE INITIALLY DEFERRED";
// A rename or a retirement rewrites a region's row with its parent unchanged: only a real move
// (or a new code) invalidates the roll-up cache. Version 4's trigger fired on every UPDATE that
// named parent_code, which made renaming one village of a city recompute every roll-up.
const char *const DropRegionMoved = "DROP TRIGGER region_moved";
const char *const CreateRegionMoved =
    "CREATE TRIGGER region_moved AFTER UPDATE OF parent_code, code ON region "
    "WHEN OLD.parent_code IS NOT NEW.parent_code OR OLD.code IS NOT NEW.code BEGIN "
    "INSERT INTO rollup_dirty SELECT '*', '*', 0 WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = '*' AND region_code = '*' AND year = 0); END";

// Version 6: a total may carry a tolerance for its parts_sum_to_total parts (absolute, in the
// total's unit; NULL: the exact sum), for totals a report rounded (1.17亿元 over parts of
// 11724 万元).
const char *const IndicatorPartTolerance = "ALTER TABLE indicator ADD COLUMN part_tolerance TEXT";

// Version 7: an indicator's unit in English (亩 → mu, 万元 → 10k yuan; empty: the Chinese unit)
// for the English interface and reports, and the office's own settings (key → value): the
// four-eyes rule on approval, the reporting deadline. Every change of a setting is audited.
const char *const IndicatorUnitEn = "ALTER TABLE indicator ADD COLUMN unit_en TEXT NOT NULL DEFAULT ''";
const char *const CreateOfficeSetting = R"(
CREATE TABLE office_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
))";

// Version 8 (storage v5): figures keyed by integers. Every region and indicator gets a stable
// integer id (a unique column beside its code, numbered in code order so that a county's
// regions are neighbours, then MAX + 1 by trigger for every new row), and the figures move to
// `figure`, a WITHOUT ROWID table on (period, region_id, indicator_id) with period =
// year * 10 + quarter: one B-tree per figure where indicator_value had four (the table, its
// primary key and two indexes), a quarter's figures of a region side by side, and a row about
// a third of the size. No trigger fires per figure: the writer notes the roll-up keys it
// touched (Database::noteRollupDirty). `indicator_value` stays as a view with its old columns
// for people and scripts reading the file with sqlite3 (year and quarter CASTs, so that they
// keep the INTEGER affinity of the old columns: year = '2023' still matches); writing through
// it (by hand) goes to `figure` and notes the roll-up key as the old triggers did.
const char *const RegionId = "ALTER TABLE region ADD COLUMN id INTEGER";
const char *const NumberRegions = R"(
UPDATE region SET id = n.id
FROM (SELECT code, row_number() OVER (ORDER BY code) AS id FROM region) AS n
WHERE n.code = region.code)";
const char *const RegionById = "CREATE UNIQUE INDEX region_by_id ON region (id)";
const char *const RegionNumbered =
    "CREATE TRIGGER region_numbered AFTER INSERT ON region WHEN NEW.id IS NULL BEGIN "
    "UPDATE region SET id = (SELECT IFNULL(MAX(id), 0) + 1 FROM region) WHERE code = NEW.code; END";
const char *const IndicatorId = "ALTER TABLE indicator ADD COLUMN id INTEGER";
const char *const NumberIndicators = R"(
UPDATE indicator SET id = n.id
FROM (SELECT code, row_number() OVER (ORDER BY sort_order, code) AS id FROM indicator) AS n
WHERE n.code = indicator.code)";
const char *const IndicatorById = "CREATE UNIQUE INDEX indicator_by_id ON indicator (id)";
const char *const IndicatorNumbered =
    "CREATE TRIGGER indicator_numbered AFTER INSERT ON indicator WHEN NEW.id IS NULL BEGIN "
    "UPDATE indicator SET id = (SELECT IFNULL(MAX(id), 0) + 1 FROM indicator) WHERE code = NEW.code; END";

const char *const CreateFigure = R"(
CREATE TABLE figure (
    period       INTEGER NOT NULL CHECK (period % 10 BETWEEN 1 AND 4),
    region_id    INTEGER NOT NULL REFERENCES region(id),
    indicator_id INTEGER NOT NULL REFERENCES indicator(id),
    amount       TEXT NOT NULL,
    comment      TEXT NOT NULL DEFAULT '',
    entered_by   TEXT NOT NULL DEFAULT '',
    entered_at   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (period, region_id, indicator_id)
) WITHOUT ROWID)";
const char *const CopyFigures = R"(
INSERT INTO figure (period, region_id, indicator_id, amount, comment, entered_by, entered_at)
SELECT v.year * 10 + v.quarter, r.id, i.id, v.amount, v.comment, v.entered_by, v.entered_at
FROM indicator_value v
JOIN region r ON r.code = v.region_code
JOIN indicator i ON i.code = v.indicator_code
ORDER BY 1, 2, 3)";
// Dropping the table drops its indexes and its three triggers.
const char *const DropValues = "DROP TABLE indicator_value";
const char *const CreateValueView = R"(
CREATE VIEW indicator_value AS
SELECT i.code AS indicator_code, r.code AS region_code, CAST(f.period / 10 AS INTEGER) AS year,
       CAST(f.period % 10 AS INTEGER) AS quarter, f.amount, f.comment, f.entered_by, f.entered_at
FROM figure f
JOIN region r ON r.id = f.region_id
JOIN indicator i ON i.id = f.indicator_id)";

#define ZX_NOTE_DIRTY(ROW)                                                                       \
    "INSERT INTO rollup_dirty SELECT " ROW ".indicator_code, " ROW ".region_code, " ROW ".year "   \
    "WHERE NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE indicator_code = " ROW                   \
    ".indicator_code AND region_code = " ROW ".region_code AND year = " ROW ".year); "
#define ZX_FIGURE_KEY(ROW)                                                                       \
    "period = " ROW ".year * 10 + " ROW ".quarter AND region_id = (SELECT id FROM region WHERE "   \
    "code = " ROW ".region_code) AND indicator_id = (SELECT id FROM indicator WHERE code = " ROW   \
    ".indicator_code)"

const char *const ValueViewInsert =
    "CREATE TRIGGER indicator_value_insert INSTEAD OF INSERT ON indicator_value BEGIN "
    "INSERT INTO figure (period, region_id, indicator_id, amount, comment, entered_by, entered_at) "
    "VALUES (NEW.year * 10 + NEW.quarter, (SELECT id FROM region WHERE code = NEW.region_code), "
    "(SELECT id FROM indicator WHERE code = NEW.indicator_code), NEW.amount, "
    "IFNULL(NEW.comment, ''), IFNULL(NEW.entered_by, ''), IFNULL(NEW.entered_at, '')); " ZX_NOTE_DIRTY("NEW") "END";
const char *const ValueViewUpdate =
    "CREATE TRIGGER indicator_value_update INSTEAD OF UPDATE ON indicator_value BEGIN "
    "UPDATE figure SET period = NEW.year * 10 + NEW.quarter, "
    "region_id = (SELECT id FROM region WHERE code = NEW.region_code), "
    "indicator_id = (SELECT id FROM indicator WHERE code = NEW.indicator_code), "
    "amount = NEW.amount, comment = NEW.comment, entered_by = NEW.entered_by, "
    "entered_at = NEW.entered_at WHERE " ZX_FIGURE_KEY("OLD") "; " ZX_NOTE_DIRTY("OLD") ZX_NOTE_DIRTY("NEW") "END";
const char *const ValueViewDelete =
    "CREATE TRIGGER indicator_value_delete INSTEAD OF DELETE ON indicator_value BEGIN "
    "DELETE FROM figure WHERE " ZX_FIGURE_KEY("OLD") "; " ZX_NOTE_DIRTY("OLD") "END";
#undef ZX_NOTE_DIRTY
#undef ZX_FIGURE_KEY

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps{
        {1,
         "regions, catalogue, targets, values",
         {CreateRegion, CreateCategory, CreateIndicator, CreateTarget, CreateValue,
          IndexValueByYear, IndexRegionParent}},
        {2, "review workflow and audit trail",
         {CreatePeriodStatus, CreateAudit}},
        {3, "users, roles and their regions",
         {CreateAppUser, CreateUserRegion}},
        {4, "city level, roll-up cache", version4(), true},
        {5, "regions retire and merge", {RegionRetiredFrom, RegionMergedInto, DropRegionMoved, CreateRegionMoved}},
        {6, "a tolerance for rounded totals", {IndicatorPartTolerance}},
        {7, "units in English, the office's settings", {IndicatorUnitEn, CreateOfficeSetting}},
        {8,
         "figures keyed by integers (storage v5)",
         {RegionId, NumberRegions, RegionById, RegionNumbered, IndicatorId, NumberIndicators,
          IndicatorById, IndicatorNumbered, CreateFigure, CopyFigures, DropValues, CreateValueView,
          ValueViewInsert, ValueViewUpdate, ValueViewDelete},
         true,
         true},
    };
    return steps;
}

int currentVersion()
{
    return migrations().back().version;
}

} // namespace zx::schema
