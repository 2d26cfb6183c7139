#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QMenuBar;
class QWidget;

namespace zx {

class ConnectDialog;
class Workspace;

// The File and Help menus: new, open, the sample county, recent files, save a copy, restore
// from backup, preferences, quit. Remembers the last database and the recent files in QSettings.
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(Workspace *workspace, QWidget *window);

    void populate(QMenuBar *menuBar);
    // Opens `path`, reporting a failure in a message box; records it as recent and last.
    bool openPath(const QString &path, bool createIfMissing = false);

    // Help → About: the version, the build (Qt it was built with and runs on, compiler, build
    // type) and the open database with its schema version.
    QString aboutText() const;

    static QStringList recentFiles();
    static QString lastDatabase();
    // Where the sample county lives when the app starts for the first time.
    static QString defaultSamplePath();

    // File → New county…: the wizard (dialogs/newcountywizard.h), then opens the new file.
    // True when a county was created and opened.
    bool newCounty();
    // The first start (nothing to open yet): offers a new county beside the sample county;
    // opens the sample when no county is made.
    void firstStart();
    // File → Open the Sample County (made in the application's data folder the first time).
    void openSample();
    // File → Connect to server… (dialogs/connectdialog.h), filled with `server` when given
    // (a recent server: its password from the keyring, else asked). Opened window-modal; the
    // dialog deletes itself when closed. Recent and last remember the server's text(), never
    // its password.
    ConnectDialog *connectToServer(const QString &server = QString());

private:
    void newDatabase();
    void openDatabase();
    void saveCopy();
    void restoreBackup();
    void showPreferences();
    void showAbout();
    void remember(const QString &path);
    void refreshRecentMenu();

    Workspace *m_workspace;
    QWidget *m_window;
    QMenu *m_recent = nullptr;
};

} // namespace zx
