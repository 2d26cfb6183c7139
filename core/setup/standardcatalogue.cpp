#include "standardcatalogue.h"

#include "generate/samplecatalogue.h"
#include "storage/catalogstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace zx {

Result<CatalogueSet> standardCatalogue()
{
    // The generator's reader of the sample catalogue: one parser of indicators.csv for both.
    auto sample = readSampleCatalogue(QStringLiteral(":/sample"));
    if (!sample)
        return Error{sample.error()};
    CatalogueSet set;
    set.categories = sample->categories;
    set.indicators.reserve(sample->indicators.size());
    for (const SampleIndicator &s : sample->indicators)
        set.indicators.push_back(s.indicator);
    return set;
}

Result<CatalogueSet> catalogueOfDatabase(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error{QCoreApplication::translate("zx::Setup", "%1 does not exist").arg(path)};
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db)
        return Error{db.error()};
    CatalogueSet set;
    auto categories = catalogstore::categories(*db.value());
    if (!categories)
        return Error{categories.error()};
    auto indicators = catalogstore::indicators(*db.value());
    if (!indicators)
        return Error{indicators.error()};
    set.categories = std::move(categories.value());
    set.indicators = std::move(indicators.value());
    if (set.categories.empty())
        return Error{QCoreApplication::translate("zx::Setup", "%1 holds no categories to copy").arg(path)};
    return set;
}

Outcome insertCatalogue(Database &db, const CatalogueSet &catalogue)
{
    for (const Category &c : catalogue.categories)
        if (auto ok = catalogstore::insertCategory(db, c); !ok)
            return Error{QCoreApplication::translate("zx::Setup", "Category %1: %2").arg(c.code, ok.error())};
    for (const Indicator &i : catalogue.indicators)
        if (auto ok = catalogstore::insertIndicator(db, i); !ok)
            return Error{QCoreApplication::translate("zx::Setup", "Indicator %1: %2").arg(i.code, ok.error())};
    return Outcome::success();
}

} // namespace zx
