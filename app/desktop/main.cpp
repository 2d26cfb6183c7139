// zhenxing: the desktop app. Opens the database given on the command line, or the sample
// county (created on first start in the user's data folder).
#include "io/sampleloader.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

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

    const QStringList args = app.arguments();
    const QString path = args.size() > 1 ? args[1] : defaultDatabasePath();
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
    return app.exec();
}
