// zhenxing: the desktop app. Opens the database given on the command line, or the sample
// county (created on first start in the user's data folder).
#include "i18n/language.h"
#include "io/sampleloader.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/sample.db");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Zhenxing"));
    QApplication::setApplicationName(QStringLiteral("zhenxing"));
    zx::installTranslations(app, qEnvironmentVariable("ZHENXING_LANG"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DB"), QObject::tr("Database file to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QObject::tr("Save a PNG of the window and quit."),
                                        QStringLiteral("PNG"));
    parser.addOption(screenshot);
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    const QString path = positional.isEmpty() ? defaultDatabasePath() : positional.first();
    const bool isNew = !QFileInfo::exists(path);
    auto db = zx::Database::open(path, zx::Database::OpenMode::CreateIfMissing);
    if (!db) {
        QMessageBox::critical(nullptr, QObject::tr("Zhenxing"), db.error());
        return 1;
    }
    if (isNew) {
        if (auto ok = zx::loadSample(*db.value(), qEnvironmentVariable("USER", QStringLiteral("local")));
            !ok) {
            QMessageBox::critical(nullptr, QObject::tr("Zhenxing"), ok.error());
            return 1;
        }
    }
    zx::MainWindow window(std::move(db).value());
    window.show();
    if (parser.isSet(screenshot)) {
        // Used to make the screenshots in docs/: grab once the window has painted.
        QTimer::singleShot(500, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
