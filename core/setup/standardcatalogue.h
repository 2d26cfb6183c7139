#pragma once

#include "domain/types.h"
#include "result.h"

#include <vector>

namespace zx {

class Database;

// A catalogue without figures: categories (领域) and indicators (指标) with every attribute
// (descriptions, units, rules, narrative templates).
struct CatalogueSet
{
    std::vector<Category> categories;
    std::vector<Indicator> indicators; // catalogue order
};

// The standard set (标准指标体系): the sample county's six categories and 75 indicators, read
// from the compiled-in `:/sample` resource (through readSampleCatalogue), without the sample's
// figures or targets. A county can take it whole and then prune it in the catalogue editor.
Result<CatalogueSet> standardCatalogue();

// The categories and indicators of another Zhenxing file, opened read-only (nothing in it is
// changed); its figures, targets, regions and accounts are not read.
Result<CatalogueSet> catalogueOfDatabase(const QString &path);

// Inserts every category and then every indicator into `db`, which must not hold any of
// their codes yet. The caller holds the WriteTransaction (parent/ratio references are
// deferred foreign keys, checked at its commit).
Outcome insertCatalogue(Database &db, const CatalogueSet &catalogue);

} // namespace zx
