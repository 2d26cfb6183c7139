// The seam between the UI and core (issue 16): the UI talks to core only through Workspace
// (core/session/workspace.h) and never to storage, so that storage can change (a file, a
// PostgreSQL server) without the UI noticing. Reads every ui/**/*.cpp and *.h of the source
// tree and fails, naming file and line, where one includes a "storage/" header or calls
// database() (Workspace::database hands out the storage object itself).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>

#include <gtest/gtest.h>

namespace {

const QRegularExpression &storageInclude()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*#\s*include\s*[<"]storage/)"));
    return re;
}

// `x->database()`, `x.database()`, `x()->database()`: the object before the call is captured.
// A Connection's database() is its server database's name, not storage: allowed.
const QRegularExpression &databaseCall()
{
    static const QRegularExpression re(
        QStringLiteral(R"(([A-Za-z_]\w*)?\s*(?:\(\s*\))?\s*(?:->|\.)\s*database\s*\(\s*\))"));
    return re;
}

// Why `line` reaches past Workspace, or empty.
QString offence(const QString &line)
{
    const QString code = line.trimmed();
    if (code.startsWith(QLatin1String("//")) || code.startsWith(QLatin1Char('*')))
        return {};
    if (storageInclude().match(line).hasMatch())
        return QStringLiteral("includes a storage header");
    auto calls = databaseCall().globalMatch(line);
    while (calls.hasNext()) {
        const QString object = calls.next().captured(1);
        if (!object.contains(QLatin1String("onnection"), Qt::CaseInsensitive))
            return QStringLiteral("calls database()");
    }
    return {};
}

struct Scan
{
    int files = 0;
    QStringList offences; // "ui/editors/auditmodel.cpp:66: calls database(): <line>"
};

Scan scanUi()
{
    Scan scan;
    const QDir source(QStringLiteral(ZX_SOURCE_DIR));
    QDirIterator it(source.filePath(QStringLiteral("ui")),
                    {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort(); // the offences by file, then by line
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            scan.offences << source.relativeFilePath(path) + QStringLiteral(": cannot be read");
            continue;
        }
        ++scan.files;
        QTextStream in(&file);
        for (int number = 1; !in.atEnd(); ++number) {
            const QString line = in.readLine();
            if (const QString why = offence(line); !why.isEmpty())
                scan.offences << QStringLiteral("%1:%2: %3: %4")
                                     .arg(source.relativeFilePath(path))
                                     .arg(number)
                                     .arg(why, line.trimmed());
        }
    }
    return scan;
}

} // namespace

// The checker itself: what it must catch and what it must let through, so that the scan below
// cannot pass because it sees nothing.
TEST(UiSeam, TellsReachingPastWorkspaceFromTalkingToIt)
{
    EXPECT_FALSE(offence(QStringLiteral("#include \"storage/auditstore.h\"")).isEmpty());
    EXPECT_FALSE(offence(QStringLiteral("#  include <storage/database.h>")).isEmpty());
    EXPECT_FALSE(
        offence(QStringLiteral("    if (Database *db = m_workspace->database()) {")).isEmpty());
    EXPECT_FALSE(
        offence(QStringLiteral("    auto a = accountOf(*workspace.database(), me);")).isEmpty());
    EXPECT_FALSE(offence(QStringLiteral("    Database *db = workspace()->database();")).isEmpty());

    EXPECT_TRUE(offence(QStringLiteral("#include \"session/workspace.h\"")).isEmpty());
    EXPECT_TRUE(offence(QStringLiteral("    auto account = m_workspace->account();")).isEmpty());
    EXPECT_TRUE(offence(QStringLiteral("    label->setText(connection.database());")).isEmpty());
    EXPECT_TRUE(
        offence(QStringLiteral("    return m_workspace->connection().database();")).isEmpty());
    EXPECT_TRUE(offence(QStringLiteral("    // never m_workspace->database(): storage is core's"))
                    .isEmpty());
    EXPECT_TRUE(offence(QStringLiteral("void FileActions::openDatabase()")).isEmpty());
}

TEST(UiSeam, UiReachesCoreOnlyThroughWorkspace)
{
    const Scan scan = scanUi();
    // ui/ holds well over a hundred sources; a handful means the wrong folder was read.
    ASSERT_GT(scan.files, 50) << "read " << scan.files << " files under " << ZX_SOURCE_DIR << "/ui";
    EXPECT_TRUE(scan.offences.isEmpty())
        << "The UI must reach core only through Workspace (core/session/workspace.h); give it a "
           "Workspace method instead:\n  "
        << scan.offences.join(QStringLiteral("\n  ")).toStdString();
}
