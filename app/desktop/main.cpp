// zhenxing: the desktop app. Wires the notifier, the workspace and the main window together
// and opens a database: the one named on the command line, else the last one used, else the
// sample county (created on first start in the user's data folder).
#include "dialogs/indicatordetaildialog.h"
#include "dialogs/preferencesdialog.h"
#include "fileactions.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "pages/emptyfilepage.h"
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QScreen>
#include <QFileInfo>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Zhenxing"));
    QApplication::setApplicationName(QStringLiteral("zhenxing"));
    QApplication::setApplicationVersion(QStringLiteral(ZX_VERSION));
    const QString envLanguage = qEnvironmentVariable("ZHENXING_LANG");
    zx::installTranslations(app, envLanguage.isEmpty() ? zx::PreferencesDialog::language()
                                                       : envLanguage);
    QApplication::setApplicationDisplayName(QObject::tr("Zhenxing"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption(); // zhenxing --version: the CMake project version (ZX_VERSION)
    parser.addPositionalArgument(QStringLiteral("DB"), QObject::tr("Database file to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QObject::tr("Save a PNG of the window and quit."),
                                        QStringLiteral("PNG"));
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 QObject::tr("Show this page first (0 = overview)."),
                                 QStringLiteral("N"));
    const QCommandLineOption indicator(QStringLiteral("indicator"),
                                       QObject::tr("Open this indicator's detail."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption detailTab(QStringLiteral("detail-tab"),
                                       QObject::tr("Page of the indicator detail to show."),
                                       QStringLiteral("N"));
    const QCommandLineOption startupTime(QStringLiteral("startup-time"),
                                         QObject::tr("Print the time to the first painted dashboard and quit."));
    const QCommandLineOption screenshotDialog(QStringLiteral("screenshot-dialog"),
                                              QObject::tr("With --screenshot: open this dialog "
                                                          "(connect) and save it."),
                                              QStringLiteral("NAME"));
    parser.addOptions({screenshot, tab, indicator, detailTab, startupTime, screenshotDialog});
    parser.process(app);

    // An old file is upgraded as it opens (a minute or two for a city): say why the window waits.
    zx::Workspace::setUpgradeNotice([](const QString &path, int from, int to) {
        auto *notice = new QLabel(QObject::tr("Upgrading %1 from file format %2 to %3.\n"
                                              "A backup is made first; a city's file takes a minute or two.")
                                      .arg(QDir::toNativeSeparators(path))
                                      .arg(from)
                                      .arg(to));
        notice->setWindowTitle(QObject::tr("Zhenxing"));
        notice->setMargin(24);
        notice->setAttribute(Qt::WA_DeleteOnClose);
        notice->adjustSize();
        if (const QScreen *screen = QApplication::primaryScreen())
            notice->move(screen->availableGeometry().center() - notice->rect().center());
        notice->show();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QApplication::processEvents(); // painted before the upgrade blocks this thread
        // Once the event loop runs again the upgrade is over.
        QTimer::singleShot(0, notice, [notice] {
            QApplication::restoreOverrideCursor();
            notice->close();
        });
    });
    zx::ChangeNotifier notifier;
    zx::Workspace workspace(&notifier);
    zx::MainWindow window(&workspace);
    zx::FileActions *files = window.findChild<zx::FileActions *>();
    const QStringList positional = parser.positionalArguments();
    const QString path = !positional.isEmpty() ? positional.first() : zx::FileActions::lastDatabase();
    if (!path.isEmpty() && QFileInfo::exists(path))
        files->openPath(path);
    else if (!positional.isEmpty())
        files->openPath(path, true);
    bool firstStart = false;
    if (!workspace.isOpen()) {
        const QString sample = zx::FileActions::defaultSamplePath();
        if (QFileInfo::exists(sample))
            files->openPath(sample);
        else if (!parser.isSet(screenshot) && !parser.isSet(startupTime))
            firstStart = true; // offered once the window shows: a new county or the sample
        else if (auto ok = workspace.createSample(sample); !ok)
            QMessageBox::critical(&window, QObject::tr("Zhenxing"), ok.error());
    }
    window.show();
    if (firstStart)
        QTimer::singleShot(0, files, &zx::FileActions::firstStart);
    if (parser.isSet(tab))
        window.tabs()->setCurrentIndex(parser.value(tab).toInt());
    if (parser.isSet(startupTime)) {
        // docs/performance.md: from main() to the dashboard painted with its figures.
        QObject::connect(&window, &zx::MainWindow::contextChanged, &window, [&] {
            window.repaint();
            std::fprintf(stderr, "painted after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            QApplication::exit(0);
        });
    }
    if (parser.value(screenshotDialog) == QLatin1String("connect")) // docs/screenshots/connect-dialog.png
        QTimer::singleShot(0, files, [files] { files->connectToServer(); });
    if (parser.isSet(screenshot)) {
        // Used to make the screenshots in docs/: grab once loading is done and painted.
        bool grabbing = false;
        const auto grabSoon = [&] {
            if (grabbing)
                return;
            grabbing = true;
            QTimer::singleShot(800, &window, [&] {
                QWidget *top = QApplication::activeModalWidget();
                const bool saved = (top ? top : &window)->grab().save(parser.value(screenshot));
                QApplication::exit(saved ? 0 : 1);
            });
        };
        QObject::connect(&window, &zx::MainWindow::contextChanged, &window, [&] {
            if (parser.isSet(indicator)) {
                window.openIndicator(parser.value(indicator));
                if (auto *detail = window.findChild<zx::IndicatorDetailDialog *>())
                    detail->tabs()->setCurrentIndex(parser.value(detailTab).toInt());
            }
            grabSoon();
        });
        // A file without regions or indicators never loads a period: it shows what to do
        // next (the empty-file page), which is grabbed as it is.
        QTimer::singleShot(0, &window, [&] {
            if (window.emptyFilePage()->isVisible())
                grabSoon();
        });
    }
    return app.exec();
}
