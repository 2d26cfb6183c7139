#pragma once

#include "domain/types.h"
#include "result.h"

#include <QString>

#include <vector>

namespace zx {

// What a new county file (建账) starts with: its root region, the regions under it, a
// catalogue, its first administrator and the year it starts in.
struct NewCounty
{
    QString regionCode; // the root's code, e.g. 410122 (统计用区划代码)
    QString name;       // 中文名, e.g. 中牟县
    QString nameEn;
    RegionLevel level = RegionLevel::County; // County (1), or City (0) for a city office

    enum class Catalogue {
        Standard,      // the built-in standard set (standardcatalogue.h)
        None,          // empty: categories and indicators are imported later
        File,          // a catalogue CSV/xlsx, imported as `zhenxing-cli import` reads it
        OtherDatabase, // the categories and indicators of another Zhenxing file
    };
    Catalogue catalogue = Catalogue::Standard;
    QString catalogueSource; // File / OtherDatabase: its path

    // Regions under the root, typed in: code, name, name_en, parent (empty = the root) and
    // sort order; the level is worked out from the parent (the root's children one below it).
    std::vector<Region> regions;
    // Or a regions file (CSV/xlsx, docs/formats.md), imported through the import pipeline
    // (planImportFile / applyImport) once the root exists; its findings refuse the county.
    QString regionsFile;

    int startYear = 0; // 0: the current calendar year
    QString administrator;            // the person creating the file (the system user)
    QString administratorDisplayName; // optional
};

struct CreatedCounty
{
    int regions = 0; // the root included
    int categories = 0;
    int indicators = 0;
    int startYear = 0;
    QString administrator; // on a server the role that set it up, whatever NewCounty said
};

// Creates the database file `path` for a new county, all or nothing:
//  - refuses a path that exists (never overwrites) and bad input, naming the field or region;
//  - creates the file (Database::open CreateIfMissing) and, in one write transaction, writes
//    the root region, the typed regions, the catalogue (Standard, OtherDatabase), the first
//    administrator's account (userstore) and the audit entries `user.save` and
//    `county.create` — the latter carries the root's code, the start year (its `year`) and
//    what the file was made from;
//  - Catalogue::File and then the regions file are imported through the import pipeline
//    (planImportFile / applyImport): their findings refuse the whole county;
//  - any failure closes and removes the half-made file (and its -wal, -shm and any backup the
//    import took), so a failed create leaves nothing behind.
// The start year is recorded only in the `county.create` entry (startYear() reads it back):
// no schema change. The period picker offers it through the years rule (first year with
// figures or targets up to the current calendar year).
Result<CreatedCounty> createCounty(const QString &path, const NewCounty &county);

class Database;
// The start year recorded by createCounty (the newest `county.create` audit entry); 0 when
// the file was not made by it (the sample, an older file).
Result<int> startYear(Database &db);

} // namespace zx
