#pragma once
// Helpers of the reliability tests: run zhenxing-cli, wait for a child's line, read a file
// through a raw SQLite connection of the test's own (as the sqlite3 shell would).
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

#include <ostream>

#ifndef ZX_CLI_PATH
#error "ZX_CLI_PATH must name the zhenxing-cli executable"
#endif

namespace zxtest {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline std::ostream &operator<<(std::ostream &os, const CliRun &r)
{
    return os << "exit " << r.exitCode << "\n--- stdout ---\n" << r.out.toStdString()
              << "--- stderr ---\n" << r.err.toStdString();
}

// Runs zhenxing-cli with `args`; `input`, when given, is its standard input (a password).
inline CliRun cli(const QStringList &args, int timeoutMs = 120000, const QByteArray &input = QByteArray())
{
    QProcess p;
    p.start(QStringLiteral(ZX_CLI_PATH), args);
    if (!input.isNull() && p.waitForStarted()) {
        p.write(input);
        p.closeWriteChannel();
    }
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Reads the child's standard output until a line equal to `line` arrives.
inline bool waitForLine(QProcess &child, const char *line, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        while (child.canReadLine())
            if (child.readLine().trimmed() == line)
                return true;
        if (child.state() == QProcess::NotRunning)
            return false;
        child.waitForReadyRead(200);
    }
    return false;
}

class RawFile
{
public:
    explicit RawFile(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
    }
    ~RawFile() { close(); }
    void close()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }
    QString text(const QString &statement)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(statement) || !q.next()) {
            ADD_FAILURE() << statement.toStdString() << ": " << q.lastError().text().toStdString();
            return {};
        }
        return q.value(0).toString();
    }
    QString text(const char *statement) { return text(QString::fromUtf8(statement)); }
    qint64 count(const QString &statement) { return text(statement).toLongLong(); }
    bool exec(const QString &statement)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(statement);
        if (!ok)
            ADD_FAILURE() << statement.toStdString() << ": " << q.lastError().text().toStdString();
        return ok;
    }

private:
    QString m_name;
};

} // namespace zxtest
