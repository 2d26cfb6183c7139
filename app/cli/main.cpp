// zhenxing-cli: the headless front end. Dispatches to one subcommand; no logic here.
#include "backupcommand.h"
#include "clicommands.h"
#include "generatecommand.h"
#include "initcommand.h"
#include "servercommand.h"
#include "reportcommand.h"
#include "settingscommand.h"
#include "userscommand.h"
#include "yearcommand.h"
#include "i18n/language.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>

int main(int argc, char *argv[])
{
    // Only `report` paints (QPdfWriter/QPainter need a QGuiApplication for fonts); it runs on
    // the offscreen platform, so no display is needed. The other commands stay QtCore-only.
    const bool paints = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application(
        paints ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("zhenxing-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZX_VERSION));
    // Messages follow the system locale (Chinese on a Chinese system); ZHENXING_LANG=en|zh_CN
    // overrides it.
    zx::installTranslations(app, qEnvironmentVariable("ZHENXING_LANG"));
    // An old file is upgraded when it is first opened: say so before the wait.
    zx::Database::setUpgradeNotice([](const QString &path, int from, int to) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "zx::Cli", "Upgrading %1 from file format %2 to %3: a backup first, "
                                              "then the upgrade (a minute or two for a city's file)…")
                                   .arg(path)
                                   .arg(from)
                                   .arg(to)
                            << Qt::endl;
    });

    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("sample"), zx::cli::sample},
        {QStringLiteral("init"), zx::cli::init},
        {QStringLiteral("summary"), zx::cli::summary},
        {QStringLiteral("check"), zx::cli::check},
        {QStringLiteral("set"), zx::cli::set},
        {QStringLiteral("audit"), zx::cli::audit},
        {QStringLiteral("report"), zx::cli::report},
        {QStringLiteral("submit"), zx::cli::review},
        {QStringLiteral("approve"), zx::cli::review},
        {QStringLiteral("return"), zx::cli::review},
        {QStringLiteral("reopen"), zx::cli::review},
        {QStringLiteral("import"), zx::cli::importFile},
        {QStringLiteral("export"), zx::cli::exportFile},
        {QStringLiteral("generate"), zx::cli::generate},
        {QStringLiteral("backup"), zx::cli::backup},
        {QStringLiteral("restore"), zx::cli::restore},
        {QStringLiteral("users"), zx::cli::users},
        {QStringLiteral("new-year"), zx::cli::newYear},
        {QStringLiteral("settings"), zx::cli::settings},
        {QStringLiteral("server"), zx::cli::server},
    };
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
        args[1] == QLatin1String("help")) {
        if (args.size() < 2) {
            QTextStream(stderr) << zx::cli::usage();
            return zx::cli::BadArguments;
        }
        out << zx::cli::usage();
        return zx::cli::Success;
    }
    if (args[1] == QLatin1String("--version")) {
        out << "zhenxing-cli " << ZX_VERSION << '\n';
        return zx::cli::Success;
    }
    const auto command = commands.find(args[1]);
    if (command == commands.end()) {
        QTextStream(stderr) << QCoreApplication::translate("zx::Cli", "zhenxing-cli: unknown command '%1'; try --help")
                                   .arg(args[1])
                            << '\n';
        return zx::cli::BadArguments;
    }
    return command->second(args.mid(1));
}
