#pragma once

#include "result.h"
#include "storage/valuestore.h"
#include "summary/dataset.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace zx {

class ChangeNotifier;

// The name written into the audit trail: the system user signed in ($USER), or "local".
QString systemUserName();
class Database;

// The open database as the application sees it: opening and replacing the file, the read
// side (Datasets for a year, loaded off the UI thread on a connection of their own) and the
// write facade that validates, audits, and then announces the change on the notifier.
// Owns the Database; does not own the notifier.
class Workspace : public QObject
{
    Q_OBJECT

public:
    using DatasetPtr = std::shared_ptr<const Dataset>;

    explicit Workspace(ChangeNotifier *notifier, QObject *parent = nullptr);
    ~Workspace() override;

    // Opens (or creates) `path`; on success replaces the open database and announces it.
    Outcome open(const QString &path, bool createIfMissing);
    // Creates a new file holding the sample county and opens it.
    Outcome createSample(const QString &path);
    void close();
    bool isOpen() const { return bool(m_db); }
    QString path() const;
    ChangeNotifier *notifier() const { return m_notifier; }
    Database *database() const { return m_db.get(); }

    // Years holding figures, ascending.
    std::vector<int> years() const;

    // The data for `year` (and the year before, for 同比), loaded synchronously.
    Result<DatasetPtr> dataset(int year) const;
    // Every year from `fromYear` to `toYear` (history views), loaded synchronously.
    Result<DatasetPtr> datasetForYears(int fromYear, int toYear) const;
    // The same as dataset(), loaded on a worker thread with its own connection; the UI stays responsive.
    QFuture<Result<DatasetPtr>> datasetAsync(int year) const;

    // The write facade: validated, refused for locked quarters, audited, announced.
    Outcome setValue(const ValueKey &key, const std::optional<Decimal> &value,
                     const QString &comment);
    // Copies the open database to `path` (VACUUM INTO): a consistent backup while open.
    Outcome saveCopy(const QString &path) const;

    QString userName() const { return systemUserName(); }

private:
    ChangeNotifier *m_notifier;
    std::unique_ptr<Database> m_db;
};

} // namespace zx
