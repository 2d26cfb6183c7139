#include "newcounty.h"

#include "domain/enums.h"
#include "entry/workflow.h"
#include "io/valueimport.h"
#include "setup/standardcatalogue.h"
#include "storage/auditstore.h"
#include "storage/backups.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/regionstore.h"
#include "storage/transaction.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <memory>

namespace zx {

namespace {

// A region code: letters, digits, '-' or '_', at most 32 characters (统计用区划代码 are 6 to
// 12 digits; a county may use its own).
bool goodCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z_-]{1,32}$"));
    return pattern.match(code).hasMatch();
}

QString catalogueCode(NewCounty::Catalogue c)
{
    switch (c) {
    case NewCounty::Catalogue::Standard: return QStringLiteral("standard");
    case NewCounty::Catalogue::None: return QStringLiteral("none");
    case NewCounty::Catalogue::File: return QStringLiteral("file");
    case NewCounty::Catalogue::OtherDatabase: return QStringLiteral("database");
    }
    return QString();
}

// The typed regions with their levels worked out from their parents; errors name the row.
Result<std::vector<Region>> regionTree(const NewCounty &county)
{
    std::vector<Region> out;
    QHash<QString, int> index; // code → position in county.regions
    for (int i = 0; i < int(county.regions.size()); ++i) {
        const Region &r = county.regions[size_t(i)];
        const QString where = QCoreApplication::translate("zx::Setup", "Region %1 (%2)").arg(i + 1).arg(r.code.isEmpty() ? r.name : r.code);
        if (!goodCode(r.code.trimmed()))
            return Error{QCoreApplication::translate("zx::Setup", "%1: the code must be 1 to 32 letters or digits").arg(where)};
        if (r.name.trimmed().isEmpty())
            return Error{QCoreApplication::translate("zx::Setup", "%1: the name is empty").arg(where)};
        if (r.code.trimmed() == county.regionCode.trimmed() || index.contains(r.code.trimmed()))
            return Error{QCoreApplication::translate("zx::Setup", "%1: the code %2 is used twice").arg(where, r.code.trimmed())};
        index.insert(r.code.trimmed(), i);
    }
    const int rootLevel = int(county.level);
    for (int i = 0; i < int(county.regions.size()); ++i) {
        Region r = county.regions[size_t(i)];
        r.code = r.code.trimmed();
        r.name = r.name.trimmed();
        r.nameEn = r.nameEn.trimmed();
        r.parentCode = r.parentCode.trimmed();
        const QString where = QCoreApplication::translate("zx::Setup", "Region %1 (%2)").arg(i + 1).arg(r.code);
        if (r.parentCode.isEmpty())
            r.parentCode = county.regionCode.trimmed();
        // Walk up to the root: the depth gives the level; a loop or an unknown code is refused.
        int depth = 1;
        QString up = r.parentCode;
        while (up != county.regionCode.trimmed()) {
            const auto it = index.constFind(up);
            if (it == index.cend())
                return Error{QCoreApplication::translate("zx::Setup", "%1: unknown parent %2").arg(where, up)};
            if (++depth > int(county.regions.size()))
                return Error{QCoreApplication::translate("zx::Setup", "%1: its parents form a loop").arg(where)};
            up = county.regions[size_t(*it)].parentCode.trimmed();
            if (up.isEmpty())
                up = county.regionCode.trimmed();
        }
        const auto level = regionLevelFromInt(rootLevel + depth);
        if (!level || rootLevel + depth > int(RegionLevel::Village))
            return Error{QCoreApplication::translate("zx::Setup", "%1: too deep; villages (level 3) are the lowest level").arg(where)};
        r.level = *level;
        if (r.sortOrder == 0)
            r.sortOrder = i + 1;
        out.push_back(r);
    }
    return out;
}

// A new county's file: none of that name, nor its side files or backups, and its folder there.
Outcome checkNewFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{QCoreApplication::translate("zx::Setup", "%1 already exists; a new county is never written over an existing file").arg(path)};
    for (const char *suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return Error{QCoreApplication::translate("zx::Setup", "%1 exists beside the new file; remove it or choose another name")
                             .arg(path + QLatin1String(suffix))};
    // Backups of an earlier file of the same name would be offered as this county's (File →
    // Restore from backup…), and would be rotated away by this county's own.
    if (const auto old = backups::list(path); !old.empty())
        return Error{QCoreApplication::translate("zx::Setup", "%1 backup(s) of an earlier file named %2 are kept in %3; "
                                                              "choose another name or move them away first")
                         .arg(old.size())
                         .arg(QFileInfo(path).fileName(), QFileInfo(old.front().path).absolutePath())};
    if (!QFileInfo(path).absoluteDir().exists())
        return Error{QCoreApplication::translate("zx::Setup", "The folder %1 does not exist").arg(QFileInfo(path).absolutePath())};
    return Outcome::success();
}

Outcome checkInput(const QString &path, const NewCounty &c)
{
    if (path.trimmed().isEmpty())
        return Error{QCoreApplication::translate("zx::Setup", "No file name given for the new county")};
    // A server's database is checked once open: empty, or set up with no county yet.
    if (!Connection::parse(path).isServer())
        if (auto ok = checkNewFile(path); !ok)
            return ok;
    if (!goodCode(c.regionCode.trimmed()))
        return Error{QCoreApplication::translate("zx::Setup", "Region code '%1': 1 to 32 letters or digits, e.g. 410122").arg(c.regionCode)};
    if (c.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("zx::Setup", "The county needs a name, e.g. 中牟县")};
    if (c.level != RegionLevel::County && c.level != RegionLevel::City)
        return Error{QCoreApplication::translate("zx::Setup", "The top region of a file is a county (level 1) or a city (level 0)")};
    if (c.startYear != 0 && (c.startYear < 2000 || c.startYear > 2100))
        return Error{QCoreApplication::translate("zx::Setup", "Start year %1: give a year from 2000 to 2100").arg(c.startYear)};
    if (c.administrator.trimmed().isEmpty())
        return Error{QCoreApplication::translate("zx::Setup", "The first administrator needs a user name")};
    if ((c.catalogue == NewCounty::Catalogue::File ||
         c.catalogue == NewCounty::Catalogue::OtherDatabase) &&
        !QFileInfo(c.catalogueSource).isFile())
        return Error{QCoreApplication::translate("zx::Setup", "Catalogue %1 does not exist").arg(c.catalogueSource)};
    if (!c.regionsFile.isEmpty() && !QFileInfo(c.regionsFile).isFile())
        return Error{QCoreApplication::translate("zx::Setup", "Regions file %1 does not exist").arg(c.regionsFile)};
    if (!c.regionsFile.isEmpty() && !c.regions.empty())
        return Error{QCoreApplication::translate("zx::Setup", "Give the regions either typed in or as a file, not both")};
    if (c.catalogue == NewCounty::Catalogue::OtherDatabase &&
        QFileInfo(c.catalogueSource).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return Error{QCoreApplication::translate("zx::Setup", "The catalogue cannot come from the new file itself")};
    return Outcome::success();
}

// Removes what a failed create left: the file, its -wal and -shm, and backups it took.
void removeHalfMade(std::unique_ptr<Database> &db, const QString &path)
{
    const bool server = db && db->isServer();
    db.reset();
    if (server) // what was written went in transactions that did not commit
        return;
    for (const backups::BackupFile &b : backups::list(path))
        QFile::remove(b.path);
    const QString folder = QFileInfo(path).absolutePath() + QStringLiteral("/backups");
    QDir().rmdir(folder); // only when empty
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Imports `file` as `zhenxing-cli import` would: a catalogue file (`catalogue`) or a regions
// file; any finding refuses it, naming every line.
Outcome importInto(Database &db, const QString &file, const QString &user, bool catalogue)
{
    const ImportPlan plan = planImportFile(db, file, user);
    if (plan.blocked()) {
        // The first findings (a catalogue naming unknown categories has one per indicator),
        // then what to do about categories, which must exist before indicators name them.
        constexpr int Shown = 10;
        QStringList lines;
        bool unknownCategory = false;
        for (ImportFinding f : plan.findings) {
            unknownCategory = unknownCategory || f.column == QLatin1String("category");
            f.file = file;
            if (lines.size() < Shown)
                lines << formatFinding(f);
        }
        if (int(plan.findings.size()) > Shown)
            lines << QCoreApplication::translate("zx::Setup", "… and %n more finding(s)", nullptr,
                                                 int(plan.findings.size()) - Shown);
        if (catalogue && unknownCategory)
            lines << QCoreApplication::translate(
                "zx::Setup", "Categories come before the indicators that name them: give a workbook "
                             "with a categories sheet and a catalogue sheet, or create the county with "
                             "an empty catalogue and import the categories file, then the catalogue "
                             "file (docs/setup-county.md).");
        return Error{QCoreApplication::translate("zx::Setup", "%1 has %2 finding(s); no county was created:\n%3")
                         .arg(file)
                         .arg(plan.findings.size())
                         .arg(lines.join(u'\n'))};
    }
    using Kind = ImportPlan::Kind;
    // A catalogue file: indicators, or a workbook of categories and indicators.
    const bool isCatalogue = plan.kind == Kind::Catalogue || plan.kind == Kind::Categories;
    if (catalogue ? !isCatalogue : plan.kind != Kind::Regions)
        return Error{(catalogue ? QCoreApplication::translate("zx::Setup", "%1 is not a catalogue file (see docs/formats.md); no county was created")
                                : QCoreApplication::translate("zx::Setup", "%1 is not a regions file (see docs/formats.md); no county was created"))
                         .arg(file)};
    return applyImport(db, plan, user);
}

Outcome writeCounty(Database &db, const NewCounty &c, const std::vector<Region> &regions,
                    const CatalogueSet &catalogue, int year, const QString &now)
{
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    Region root;
    root.code = c.regionCode.trimmed();
    root.name = c.name.trimmed();
    root.nameEn = c.nameEn.trimmed();
    root.level = c.level;
    root.sortOrder = 1;
    if (auto ok = regionstore::insert(db, root); !ok)
        return ok;
    for (const Region &r : regions)
        if (auto ok = regionstore::insert(db, r); !ok)
            return ok;
    if (auto ok = insertCatalogue(db, catalogue); !ok)
        return ok;
    const QString admin = c.administrator.trimmed();
    if (auto ok = userstore::save(db, {admin, toCode(Role::Administrator),
                                       c.administratorDisplayName.trimmed(), {}});
        !ok)
        return ok;
    AuditEntry user;
    user.at = now;
    user.user = admin;
    user.action = QStringLiteral("user.save");
    user.newValue = admin + u' ' + toCode(Role::Administrator);
    if (auto ok = auditstore::append(db, user); !ok)
        return ok;
    AuditEntry created;
    created.at = now;
    created.user = admin;
    created.action = QStringLiteral("county.create");
    created.regionCode = root.code;
    created.year = year;
    created.newValue = root.name;
    created.comment = QCoreApplication::translate("zx::Setup", "New county %1 (%2): %3 region(s), catalogue %4 (%5 categories, %6 "
                         "indicators), start year %7")
                          .arg(root.name, root.code)
                          .arg(regions.size() + 1)
                          .arg(catalogueCode(c.catalogue) +
                               (c.catalogueSource.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" ") + QFileInfo(c.catalogueSource).fileName()))
                          .arg(catalogue.categories.size())
                          .arg(catalogue.indicators.size())
                          .arg(year);
    if (auto ok = auditstore::append(db, created); !ok)
        return ok;
    return tx.commit();
}

} // namespace

Result<CreatedCounty> createCounty(const QString &path, const NewCounty &asked)
{
    NewCounty county = asked;
    // On a server the administrator is whoever signed in to set it up (the server names them).
    if (Connection::parse(path).isServer() && county.administrator.trimmed().isEmpty())
        county.administrator = QStringLiteral("?");
    if (auto ok = checkInput(path, county); !ok)
        return Error{ok.error()};
    auto regions = regionTree(county);
    if (!regions)
        return Error{regions.error()};
    CatalogueSet catalogue;
    if (county.catalogue == NewCounty::Catalogue::Standard) {
        auto standard = standardCatalogue();
        if (!standard)
            return Error{standard.error()};
        catalogue = std::move(standard.value());
    } else if (county.catalogue == NewCounty::Catalogue::OtherDatabase) {
        auto other = catalogueOfDatabase(county.catalogueSource);
        if (!other)
            return Error{QCoreApplication::translate("zx::Setup", "Catalogue from %1: %2").arg(county.catalogueSource, other.error())};
        catalogue = std::move(other.value());
    }
    const int year = county.startYear != 0 ? county.startYear : QDate::currentDate().year();

    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened)
        return Error{opened.error()};
    std::unique_ptr<Database> db = std::move(opened.value());
    if (db->isServer()) {
        auto existing = regionstore::all(*db);
        if (!existing)
            return Error{existing.error()};
        if (!existing->empty())
            return Error{QCoreApplication::translate("zx::Setup", "%1 already holds a county; a new county is set up in an empty database")
                             .arg(db->path())};
        county.administrator = db->userName();
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (auto ok = writeCounty(*db, county, *regions, catalogue, year, now); !ok) {
        removeHalfMade(db, path);
        return Error{ok.error()};
    }
    CreatedCounty created{int(regions->size()) + 1, int(catalogue.categories.size()),
                          int(catalogue.indicators.size()), year, county.administrator.trimmed()};
    const QString admin = county.administrator.trimmed();
    if (county.catalogue == NewCounty::Catalogue::File)
        if (auto ok = importInto(*db, county.catalogueSource, admin, true); !ok) {
            removeHalfMade(db, path);
            return Error{ok.error()};
        }
    if (!county.regionsFile.isEmpty())
        if (auto ok = importInto(*db, county.regionsFile, admin, false); !ok) {
            removeHalfMade(db, path);
            return Error{ok.error()};
        }
    if (!db->isServer() && (county.catalogue == NewCounty::Catalogue::File || !county.regionsFile.isEmpty())) {
        // The copies the imports took of the empty county are of no use to anyone.
        for (const backups::BackupFile &b : backups::list(path))
            QFile::remove(b.path);
        QDir().rmdir(QFileInfo(path).absolutePath() + QStringLiteral("/backups"));
        auto categories = catalogstore::categories(*db);
        auto indicators = catalogstore::indicators(*db);
        auto regions = regionstore::all(*db);
        if (categories && indicators && regions) {
            created.categories = int(categories->size());
            created.indicators = int(indicators->size());
            created.regions = int(regions->size());
        }
    }
    return created;
}

Result<int> startYear(Database &db)
{
    auto entry = auditstore::firstOf(db, QStringLiteral("county.create"));
    if (!entry)
        return Error{entry.error()};
    return entry->has_value() ? (*entry)->year : 0;
}

} // namespace zx
