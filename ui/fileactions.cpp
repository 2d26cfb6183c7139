#include "fileactions.h"

#include "dialogs/connectdialog.h"
#include "dialogs/newcountywizard.h"
#include "dialogs/preferencesdialog.h"
#include "savefilename.h"
#include "session/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace zx {

namespace {
constexpr int MaxRecent = 8;
const char *const RecentKey = "files/recent";
const char *const LastKey = "files/last";

QString databaseFilter()
{
    return FileActions::tr("Zhenxing databases (*.db *.zhenxing);;All files (*)");
}
} // namespace

FileActions::FileActions(Workspace *workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
    PreferencesDialog::applyBackupsToKeep(); // how many automatic backups core keeps
}

void FileActions::populate(QMenuBar *menuBar)
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("FileMenu"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &FileActions::newDatabase);
    file->addAction(tr("New &County…"), this, [this] { newCounty(); })
        ->setObjectName(QStringLiteral("NewCountyAction"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &FileActions::openDatabase);
    file->addAction(tr("Connect to &Server…"), this, [this] { connectToServer(); })
        ->setObjectName(QStringLiteral("ConnectAction"));
    m_recent = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Sample County"), this, &FileActions::openSample);
    file->addSeparator();
    file->addAction(tr("Save a &Copy…"), this, &FileActions::saveCopy);
    file->addAction(tr("Restore from &Backup…"), this, &FileActions::restoreBackup)
        ->setObjectName(QStringLiteral("RestoreBackupAction"));
    file->addSeparator();
    file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                    &FileActions::showPreferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, m_window, &QWidget::close);
    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("HelpMenu"));
    help->addAction(tr("&About Zhenxing"), this, &FileActions::showAbout);
    refreshRecentMenu();
}

bool FileActions::openPath(const QString &path, bool createIfMissing)
{
    if (Connection::parse(path).isServer()) { // a recent server: its password may be needed
        connectToServer(path);
        return false;
    }
    if (auto ok = m_workspace->open(path, createIfMissing); !ok) {
        QMessageBox::warning(m_window, tr("Cannot open the database"), ok.error());
        return false;
    }
    remember(path);
    return true;
}

void FileActions::newDatabase()
{
    const QString path =
        getSaveFileName(m_window, tr("New database"), QString(), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, tr("New database"),
                             tr("%1 already exists. Choose another name.").arg(path));
        return;
    }
    openPath(path, true);
}

bool FileActions::newCounty()
{
    NewCountyWizard wizard(m_window);
    if (wizard.exec() != QDialog::Accepted || wizard.createdPath().isEmpty())
        return false;
    return openPath(wizard.createdPath());
}

void FileActions::firstStart()
{
    QMessageBox box(m_window);
    box.setObjectName(QStringLiteral("FirstStartBox"));
    box.setWindowTitle(tr("Welcome to Zhenxing"));
    box.setText(tr("Set up your own county, or look around in the sample county XX区 first?"));
    box.setInformativeText(tr("A new county takes its regions and indicator catalogue from "
                              "files you already have. The sample stays available under File."));
    QPushButton *county = box.addButton(tr("New County…"), QMessageBox::ActionRole);
    county->setObjectName(QStringLiteral("FirstStartNewCounty"));
    QPushButton *sample = box.addButton(tr("Open the Sample County"), QMessageBox::AcceptRole);
    sample->setObjectName(QStringLiteral("FirstStartSample"));
    box.setDefaultButton(sample);
    box.exec();
    if (box.clickedButton() == county && newCounty())
        return;
    openSample();
}

void FileActions::openDatabase()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open database"), QString(), databaseFilter());
    if (!path.isEmpty())
        openPath(path);
}

void FileActions::openSample()
{
    const QString path = defaultSamplePath();
    if (QFileInfo::exists(path)) {
        openPath(path);
        return;
    }
    if (auto ok = m_workspace->createSample(path); !ok)
        QMessageBox::warning(m_window, tr("Sample county"), ok.error());
    else
        remember(path);
}

ConnectDialog *FileActions::connectToServer(const QString &server)
{
    QStringList servers = recentFiles();
    servers.erase(std::remove_if(servers.begin(), servers.end(),
                                 [](const QString &text) { return !Connection::parse(text).isServer(); }),
                  servers.end());
    auto *dialog = new ConnectDialog(m_workspace, servers, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::connected, this,
            [this](const Connection &connected) { remember(connected.text()); });
    dialog->open();
    if (!server.isEmpty())
        dialog->reconnect(Connection::parse(server));
    return dialog;
}

void FileActions::saveCopy()
{
    const QString path = getSaveFileName(m_window, tr("Save a copy"), QString(), databaseFilter());
    if (path.isEmpty())
        return;
    if (auto ok = m_workspace->saveCopy(path); !ok)
        QMessageBox::warning(m_window, tr("Save a copy"), ok.error());
    else
        QMessageBox::information(m_window, tr("Save a copy"), tr("Saved a copy to %1").arg(path));
}

void FileActions::restoreBackup()
{
    if (!m_workspace->isOpen())
        return;
    const QString title = tr("Restore from backup");
    const QString database = m_workspace->path();
    std::vector<backups::BackupFile> found = m_workspace->backupFiles();
    if (found.empty()) {
        QMessageBox::information(m_window, title,
                                 tr("There are no backups of %1 yet.").arg(QDir::toNativeSeparators(database)));
        return;
    }
    std::reverse(found.begin(), found.end()); // newest first
    QStringList items;
    for (const backups::BackupFile &b : found)
        items << tr("%1 — %2 (%3)")
                     .arg(QLocale().toString(b.time, QLocale::ShortFormat), backups::reasonText(b.reason),
                          QFileInfo(b.path).fileName());
    bool chosen = false;
    const QString item = QInputDialog::getItem(
        m_window, title, tr("Backups of %1, newest first:").arg(QFileInfo(database).fileName()),
        items, 0, false, &chosen);
    if (!chosen)
        return;
    const backups::BackupFile &backup = found[size_t(std::max<qsizetype>(0, items.indexOf(item)))];
    if (QMessageBox::question(
            m_window, title,
            tr("Replace everything in %1 with the backup of %2 (%3)?\n\nThe current contents are "
               "backed up first, and the restore is written to the audit trail.")
                .arg(QFileInfo(database).fileName(), QLocale().toString(backup.time, QLocale::ShortFormat),
                     backups::reasonText(backup.reason)))
        != QMessageBox::Yes)
        return;
    if (auto ok = m_workspace->restoreBackup(backup.path); !ok)
        QMessageBox::warning(m_window, title, ok.error());
    else
        QMessageBox::information(m_window, title,
                                 tr("Restored %1 from the backup of %2.")
                                     .arg(QFileInfo(database).fileName(),
                                          QLocale().toString(backup.time, QLocale::ShortFormat)));
}

void FileActions::showPreferences()
{
    PreferencesDialog dialog(m_window);
    dialog.exec();
}

QString FileActions::aboutText() const
{
    QString text = tr("<b>Zhenxing (振兴看板) %1</b><p>County rural revitalization "
                      "indicators: quarterly figures, targets, completion against time "
                      "progress.</p>")
                       .arg(QApplication::applicationVersion());
    // The build, so a report of a problem says which program it was.
    text += tr("<p>Built with Qt %1 (running on Qt %2), %3.</p>")
                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                     QStringLiteral(ZX_BUILD_DESCRIPTION));
    if (m_workspace->isOpen())
        text += tr("<p>Open: %1<br>Schema version %2.</p>")
                    .arg(m_workspace->path().toHtmlEscaped())
                    .arg(m_workspace->schemaVersion());
    return text;
}

void FileActions::showAbout()
{
    QMessageBox::about(m_window, tr("About Zhenxing"), aboutText());
}

void FileActions::remember(const QString &path)
{
    // A server is remembered as its text(): the address without a password.
    const QString absolute =
        Connection::parse(path).isServer() ? path : QFileInfo(path).absoluteFilePath();
    QStringList recent = recentFiles();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings settings;
    settings.setValue(QLatin1String(RecentKey), recent);
    settings.setValue(QLatin1String(LastKey), absolute);
    refreshRecentMenu();
}

void FileActions::refreshRecentMenu()
{
    if (!m_recent)
        return;
    m_recent->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        const Connection where = Connection::parse(path);
        const QString label = where.isServer() ? tr("%1 (server)").arg(where.display())
                                               : QFileInfo(path).fileName();
        m_recent->addAction(label, this, [this, path] { openPath(path); })->setToolTip(path);
    }
    m_recent->setEnabled(!recent.isEmpty());
}

QStringList FileActions::recentFiles()
{
    return QSettings().value(QLatin1String(RecentKey)).toStringList();
}

QString FileActions::lastDatabase()
{
    return QSettings().value(QLatin1String(LastKey)).toString();
}

QString FileActions::defaultSamplePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/sample.db");
}

} // namespace zx
