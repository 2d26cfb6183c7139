#include "workspace.h"

#include "changenotifier.h"
#include "io/sampleloader.h"
#include "io/valueimport.h"
#include "storage/backups.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/periodstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace zx {

Workspace::Workspace(ChangeNotifier *notifier, QObject *parent)
    : QObject(parent), m_notifier(notifier), m_undo(new QUndoStack(this))
{
    // Every database opened, created, restored or closed is announced here first.
    connect(m_notifier, &ChangeNotifier::databaseReplaced, this, &Workspace::watchForChanges);
}

Workspace::~Workspace() = default;

void Workspace::setUpgradeNotice(std::function<void(const QString &, int, int)> notice)
{
    Database::setUpgradeNotice(std::move(notice));
}

Outcome Workspace::open(const QString &path, bool createIfMissing)
{
    return open(Connection::parse(path), createIfMissing);
}

Outcome Workspace::open(const Connection &where, bool createIfMissing)
{
    auto db = Database::open(where, createIfMissing ? Database::OpenMode::CreateIfMissing
                                                    : Database::OpenMode::OpenExisting);
    if (!db)
        return Error{db.error()};
    m_undo->clear(); // the steps belong to the database they were made in
    m_db = std::move(db).value();
    emit m_notifier->databaseReplaced();
    return Outcome::success();
}

Outcome Workspace::createSample(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{QCoreApplication::translate("zx::Workspace", "%1 already exists").arg(path)};
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return Error{db.error()};
    if (auto ok = loadSample(*db.value(), userName()); !ok) {
        db.value().reset();
        QFile::remove(path);
        return ok;
    }
    m_undo->clear();
    m_db = std::move(db).value();
    emit m_notifier->databaseReplaced();
    return Outcome::success();
}

void Workspace::close()
{
    m_undo->clear();
    m_db.reset();
    emit m_notifier->databaseReplaced();
}

QString Workspace::userName() const
{
    return m_db ? m_db->userName() : systemUserName();
}

int Workspace::schemaVersion() const
{
    return m_db ? m_db->schemaVersion() : 0;
}

QString Workspace::path() const
{
    return m_db ? m_db->path() : QString();
}

QString Workspace::writeRefusal() const
{
    if (!m_db)
        return {};
    const Outcome ok = m_db->checkWritable();
    return ok ? QString() : ok.error();
}

bool Workspace::isDamaged() const
{
    return m_db && m_db->isDamaged();
}

std::vector<int> Workspace::years() const
{
    if (!m_db)
        return {};
    auto y = offeredYears(*m_db, QDate::currentDate().year());
    return y ? y.value() : std::vector<int>{};
}

std::vector<int> Workspace::figureYears() const
{
    if (!m_db)
        return {};
    auto y = valuestore::years(*m_db);
    return y ? y.value() : std::vector<int>{};
}

namespace {

Result<Dataset> loadFor(Database &db, int fromYear, int toYear, const QString &focus)
{
    return focus.isEmpty() ? Dataset::load(db, fromYear, toYear)
                           : Dataset::loadScoped(db, {focus}, fromYear, toYear);
}

} // namespace

Result<Workspace::DatasetPtr> Workspace::dataset(int year, const QString &focus) const
{
    return datasetForYears(year - 1, year, focus);
}

Result<Workspace::DatasetPtr> Workspace::catalogue() const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    auto data = Dataset::loadCatalogue(*m_db);
    if (!data)
        return Error{data.error()};
    return DatasetPtr(std::make_shared<const Dataset>(std::move(data).value()));
}

Result<Workspace::DatasetPtr> Workspace::datasetForYears(int fromYear, int toYear,
                                                         const QString &focus) const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    auto data = loadFor(*m_db, fromYear, toYear, focus);
    if (!data)
        return Error{data.error()};
    return DatasetPtr(std::make_shared<const Dataset>(std::move(data).value()));
}

Result<Workspace::DatasetPtr> Workspace::datasetAround(int fromYear, int toYear,
                                                       const QString &region) const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    auto data = Dataset::loadAround(*m_db, {region}, fromYear, toYear);
    if (!data)
        return Error{data.error()};
    return DatasetPtr(std::make_shared<const Dataset>(std::move(data).value()));
}

QFuture<Result<Workspace::DatasetPtr>> Workspace::datasetAsync(int year, const QString &focus) const
{
    const std::optional<Connection> where = m_db ? std::optional(m_db->location()) : std::nullopt;
    return QtConcurrent::run([where, year, focus]() -> Result<DatasetPtr> {
        if (!where)
            return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
        // A connection belongs to the thread that opened it: the worker opens its own, for
        // reading only (it never writes, migrates or needs the integrity check).
        auto db = Database::open(*where, Database::OpenMode::ReadOnly);
        if (!db)
            return Error{db.error()};
        auto data = loadFor(*db.value(), year - 1, year, focus);
        if (!data)
            return Error{data.error()};
        return DatasetPtr(std::make_shared<const Dataset>(std::move(data).value()));
    });
}

Outcome Workspace::saveCopy(const QString &path) const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    return m_db->backupTo(path);
}

Outcome Workspace::restoreBackup(const QString &backupPath)
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    auto saved = backups::restore(m_db, backupPath, userName());
    if (!saved)
        return Error{saved.error()};
    m_undo->clear();
    emit m_notifier->databaseReplaced();
    return Outcome::success();
}

void Workspace::announceImported(const ImportPlan &plan)
{
    // Every listener reloads whatever the key, so past a few hundred changes one signal per
    // year and quarter (values) or year (targets) says the same at a fraction of the cost.
    constexpr size_t PerFigureLimit = 200;
    const bool bulkValues = plan.values.size() > PerFigureLimit;
    QSet<QString> announced;
    for (const ValueChange &c : plan.values) {
        const ValueKey &k = c.key;
        const QString key = bulkValues ? QStringLiteral("%1/%2").arg(k.year).arg(k.quarter)
                                       : Dataset::key(k.indicatorCode, k.regionCode, k.year, k.quarter);
        if (announced.contains(key))
            continue;
        announced.insert(key);
        emit m_notifier->valueChanged(k.indicatorCode, k.regionCode, k.year, k.quarter);
    }
    const bool bulkTargets = plan.targets.size() > PerFigureLimit;
    announced.clear();
    for (const TargetChange &c : plan.targets) {
        const Target &t = c.target;
        const QString key = bulkTargets ? QString::number(t.year)
                                        : Dataset::key(t.indicatorCode, t.regionCode, t.year);
        if (announced.contains(key))
            continue;
        announced.insert(key);
        emit m_notifier->targetChanged(t.indicatorCode, t.regionCode, t.year);
    }
    if (!plan.indicators.empty() || !plan.categories.empty())
        emit m_notifier->catalogueChanged();
    if (!plan.regions.empty())
        emit m_notifier->regionsChanged();
}

Result<PeriodStatus> Workspace::periodStatus(const QString &regionCode, int year, int quarter) const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    return workflow::status(*m_db, regionCode, year, quarter);
}

Result<int> Workspace::figuresCovered(const QString &regionCode, int year, int quarter) const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    return workflow::figuresCovered(*m_db, regionCode, year, quarter);
}

Outcome Workspace::checkApprove(const QString &regionCode, int year, int quarter) const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    return workflow::checkApprove(*m_db, regionCode, year, quarter, userName());
}

Result<std::vector<PeriodStatus>> Workspace::quarterStates(int year, int quarter) const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    return periodstore::ofQuarter(*m_db, year, quarter);
}

Result<std::vector<PeriodStatus>> Workspace::dueRegions(const QString &rootCode, int year,
                                                        int quarter) const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    return workflow::due(*m_db, rootCode, year, quarter);
}

std::vector<RegionOutcome> Workspace::approveEach(const QStringList &regionCodes, int year,
                                                  int quarter)
{
    Outcome ready = m_db ? m_db->checkWritable()
                         : Outcome(Error{QCoreApplication::translate("zx::Workspace",
                                                                     "No database is open")});
    if (ready)
        ready = backups::ensureDailyBackup(*m_db); // the first write of the day backs up first
    std::vector<RegionOutcome> outcomes;
    if (!ready) {
        for (const QString &code : regionCodes)
            outcomes.push_back({code, ready});
        return outcomes;
    }
    outcomes = workflow::approveEach(*m_db, regionCodes, year, quarter, userName());
    for (const RegionOutcome &o : outcomes)
        if (o.outcome)
            emit m_notifier->periodStatusChanged(o.regionCode, year, quarter);
    return outcomes;
}

Result<OfficeSettings> Workspace::officeSettings() const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    return workflow::officeSettings(*m_db);
}

Outcome Workspace::saveOfficeSettings(const OfficeSettings &settings)
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    if (auto ok = m_db->checkWritable(); !ok)
        return ok;
    if (auto ok = backups::ensureDailyBackup(*m_db); !ok)
        return ok;
    if (auto ok = workflow::saveOfficeSettings(*m_db, settings, userName()); !ok)
        return ok;
    emit officeSettingsChanged();
    return Outcome::success();
}

Result<UserAccount> Workspace::account() const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    return workflow::accountOf(*m_db, userName());
}

} // namespace zx
