#pragma once

#include "connection.h"
#include "domain/auditquery.h"
#include "domain/backupfile.h"
#include "entry/catalogueentry.h"
#include "entry/newyear.h"
#include "entry/targetentry.h"
#include "entry/valueentry.h"
#include "entry/workflow.h"
#include "result.h"
#include "session/workerdatabase.h"
#include "storage/valuestore.h"
#include "summary/dataset.h"

#include <QFuture>
#include <QObject>
#include <QUndoStack>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace zx {

class ChangeFeed;
class ChangeNotifier;
struct ImportPlan;

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
    // The same for a Connection built by the desktop (File → Connect to server…), which may
    // carry a password typed into a dialog (never shown, never remembered).
    Outcome open(const Connection &where, bool createIfMissing);
    // Called before a file with data is upgraded to this release's format when it is opened
    // (a backup, then the upgrade: a minute or two for a city): the desktop shows why it waits.
    static void setUpgradeNotice(std::function<void(const QString &path, int fromVersion, int toVersion)> notice);
    // Creates a new file holding the sample county and opens it.
    Outcome createSample(const QString &path);
    void close();
    bool isOpen() const { return bool(m_db); }
    QString path() const;
    // The open database's schema version (0 when none is open): Help → About says it.
    int schemaVersion() const;
    ChangeNotifier *notifier() const { return m_notifier; }
    // For core, the CLI and tests; never the UI, which asks the methods below (zx_shape_tests).
    Database *database() const { return m_db.get(); }
    // Empty while the open file may be changed; otherwise why not, in the user's words: open
    // read-only (permissions, read-only media) or damaged (with the latest backup to restore).
    QString writeRefusal() const;
    bool isDamaged() const;

    // The years the period picker offers, ascending: from the first year with figures or targets
    // to the calendar year, and later years holding targets (entry/newyear.h offeredYears).
    std::vector<int> years() const;
    // Years holding figures, ascending.
    std::vector<int> figureYears() const;
    // The catalogue and the region tree without any figures (Dataset::loadCatalogue).
    Result<DatasetPtr> catalogue() const;

    // The data for `year` (and the year before, for 同比), loaded synchronously.
    // `focus` empty: every region's figures; else only what `focus` and its children need
    // (Dataset::loadScoped) — what keeps a city's file instant and small in memory.
    Result<DatasetPtr> dataset(int year, const QString &focus = QString()) const;
    // Every year from `fromYear` to `toYear` (history views), loaded synchronously.
    Result<DatasetPtr> datasetForYears(int fromYear, int toYear,
                                       const QString &focus = QString()) const;
    // What judging new figures of `region` needs, `fromYear` to `toYear` (Dataset::loadAround):
    // its figures and every ancestor's, with their children's — the sibling regions the outlier
    // check compares with, and the roll-ups the new figures change. The entry grid's data.
    Result<DatasetPtr> datasetAround(int fromYear, int toYear, const QString &region) const;
    // The same as dataset(), loaded on a worker thread with its own connection; the UI stays responsive.
    QFuture<Result<DatasetPtr>> datasetAsync(int year, const QString &focus = QString()) const;

    // The write facade: validated, refused for locked quarters, audited, announced on the
    // notifier. Figures and targets are written as one undoable step each call (a pasted
    // block is one step); `stepText` names it in the Edit menu ("Paste 12 figures").
    // `seen` is the figure the person was looking at (see ValueChange::seen): set, the change
    // is refused when the stored figure is no longer that one.
    Outcome setValue(const ValueKey &key, const std::optional<Decimal> &value,
                     const QString &comment,
                     const std::optional<std::optional<Decimal>> &seen = std::nullopt);
    Outcome setValues(const std::vector<ValueChange> &changes, const QString &stepText);
    Outcome setTargets(const std::vector<TargetChange> &changes, const QString &stepText);
    // Undo and redo of the steps above; cleared when another database is opened.
    QUndoStack *undoStack() const { return m_undo; }

    // Catalogue (not undoable; audited).
    Outcome saveCategory(const Category &category, bool isNew);
    Outcome saveIndicator(const Indicator &indicator, bool isNew);

    // Regions (entry/regionentry.h; administrators; not undoable; audited; backed up first as
    // a catalogue change), announced as regionsChanged. workspaceregions.cpp.
    Outcome saveRegion(const Region &region, bool isNew);
    Outcome reorderRegions(const QStringList &codesInOrder);
    Outcome retireRegion(const QString &code, int fromYear);
    Outcome mergeRegions(const QStringList &merged, const QString &into, int fromYear);

    // Review workflow of a region's quarter (see entry/workflow.h), announced as
    // periodStatusChanged.
    Outcome submit(const QString &regionCode, int year, int quarter);
    Outcome approve(const QString &regionCode, int year, int quarter);
    Outcome returnForRework(const QString &regionCode, int year, int quarter,
                            const QString &reason);
    Outcome reopen(const QString &regionCode, int year, int quarter, const QString &reason);
    // The review's reading side and bulk approval (workspace.cpp): a quarter's state, how many
    // figures its approval locks (the confirmations name them), and approving several regions,
    // each on its own under the four-eyes rule, announced per region approved.
    Result<PeriodStatus> periodStatus(const QString &regionCode, int year, int quarter) const;
    Result<int> figuresCovered(const QString &regionCode, int year, int quarter) const;
    // Empty-handed success when the signed-in person may approve the quarter now; else why not
    // (a clerk, not submitted, or the four-eyes rule): workflow::checkApprove.
    Outcome checkApprove(const QString &regionCode, int year, int quarter) const;
    std::vector<RegionOutcome> approveEach(const QStringList &regionCodes, int year, int quarter);
    // The stored review states of a quarter (a region without one is a draft), and the regions
    // of `rootCode`'s tree that have not submitted it (workflow::due): the due list's data.
    Result<std::vector<PeriodStatus>> quarterStates(int year, int quarter) const;
    Result<std::vector<PeriodStatus>> dueRegions(const QString &rootCode, int year,
                                                 int quarter) const;
    // Who handed in the quarter of each region of `rootCode`'s tree that is submitted or
    // approved (workspacesubmitters.cpp): the state's author while submitted; once approved, the
    // newest hand-in in the audit trail (the state then names the approver). The person as the
    // accounts show them (display name, else the account's name).
    struct Submission
    {
        QString regionCode;
        QString userName;
        QString displayName;
        QString at; // UTC, ISO 8601, as stored
    };
    Result<std::vector<Submission>> submissions(const QString &rootCode, int year, int quarter) const;
    // The office's rules (entry/workflow.h OfficeSettings: four eyes, administrators only; the
    // deadline day, reviewers too), audited; announced as officeSettingsChanged.
    Result<OfficeSettings> officeSettings() const;
    Outcome saveOfficeSettings(const OfficeSettings &settings);
    // Whether the signed-in person may change the four-eyes rule (administrator) and the
    // deadline (reviewer or administrator); a file without accounts: the administrator.
    Result<UserAccount> account() const;
    // Accounts (entry/workflow.h: administrators only, audited), and starting a year
    // (entry/newyear.h: last year's targets copied or scaled, one undoable step named `stepText`;
    // returns how many targets were written). Implemented in workspaceaccounts.cpp.
    Result<std::vector<UserAccount>> users() const;
    Outcome saveUser(const UserAccount &user);
    Outcome removeUser(const QString &name);
    Result<int> startNewYear(int year, const NewYearTargets &how, const QString &stepText);
    // Copies the open database to `path` (VACUUM INTO): a consistent backup while open.
    Outcome saveCopy(const QString &path) const;
    // Replaces the open database's contents with a backup (backups::restore: checked, the
    // current contents backed up first, audited), then announces databaseReplaced so every
    // view reloads. Undo steps are cleared: they belong to the replaced contents.
    Outcome restoreBackup(const QString &backupPath);

    // Who works: the system user on a file, the role signed in on a server.
    QString userName() const;

    // What the UI reads besides datasets, so that it never reaches storage (workspacereads.cpp).
    // Each is an error when no database is open. The catalogue and the regions as stored:
    Result<std::vector<Category>> categories() const;
    Result<std::vector<Indicator>> indicators() const;
    Result<std::vector<Region>> regions() const;
    // Empty-handed success when the signed-in person may enter figures of `regionCode`
    // (workflow::checkMayEdit); else why not.
    Outcome checkMayEdit(const QString &regionCode) const;
    // The audit trail: the entries matching `filter` (oldest first), the first entry that breaks
    // the hash chain (nullopt: intact), and the chain's head (count and newest hash).
    Result<std::vector<AuditEntry>> auditEntries(const auditstore::Filter &filter) const;
    Result<std::optional<AuditEntry>> auditFirstBroken() const;
    Result<auditstore::Head> auditHead() const;
    // The automatic and manual backups of the open file, oldest first; none when nothing is
    // open or the database is on a server (its backups are the server's business).
    std::vector<backups::BackupFile> backupFiles() const;
    // How many automatic backups of a file are kept (process-wide; the desktop's Preferences).
    static void setBackupsToKeep(int count);
    // Refuses a file an export or a report is about to write when that would destroy a
    // database: the open file (or its -wal/-shm) or any other database file
    // (filesafety::checkWriteTarget). A database on a server has no file to protect.
    Outcome checkWriteTarget(const QString &target) const;
    static Outcome checkWriteTarget(const QString &target, const Connection &open);
    // Where the open database is (an empty Connection when none is), and a connection of a
    // worker thread's own to it (import, export): opened, used and closed on that thread.
    Connection connection() const;
    static Result<WorkerDatabase> openWorker(const Connection &connection);

    // An import was written on another connection (the import wizard's worker thread): not
    // an undo step (it is in the audit trail), but every view must reload. Announces the
    // plan's figures, targets and catalogue changes on the notifier; a large import is
    // announced once per year and quarter rather than once per figure.
    void announceImported(const ImportPlan &plan);

signals:
    // An undo or redo could not be applied (e.g. the quarter was approved meanwhile).
    void editFailed(const QString &message);
    // The office's settings changed (saveOfficeSettings): the due list's deadlines follow.
    void officeSettingsChanged();

private:
    friend class ValuesCommand;
    friend class TargetsCommand;
    // Writes without pushing an undo step (used by the undo commands); announces.
    Outcome applyValues(const std::vector<ValueChange> &changes, bool restoring);
    Outcome writeValues(const std::vector<ValueChange> &changes, bool restoring,
                        std::vector<ValueChange> *previous);
    Outcome applyTargets(const std::vector<TargetChange> &changes);
    Outcome writeTargets(const std::vector<TargetChange> &changes,
                         std::vector<TargetChange> *previous);

    // Other programs' commits (workspacechanges.cpp): listened for on every database opened,
    // announced on the notifier as if made here, so open views reload within a second.
    void watchForChanges();
    void announceElsewhere(const QString &table);

    ChangeNotifier *m_notifier;
    std::unique_ptr<Database> m_db;
    QUndoStack *m_undo;
    std::unique_ptr<ChangeFeed> m_feed; // after m_db: ends before the connection it listens on
};

} // namespace zx
