#include "auditstore.h"

#include "database.h"
#include "regionstore.h"
#include "sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace zx::auditstore {

namespace {

const QString GenesisHash(64, u'0');

const char *const Insert = R"(
INSERT INTO audit_entry (at, user_name, action, indicator_code, region_code, year, quarter,
    old_value, new_value, comment, prev_hash, hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";

const char *const SelectLastHash = "SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1";

const char *const SelectNewest = "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1";

const char *const SelectHead = "SELECT count(*), (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1) FROM audit_entry";

const char *const SelectNth = "SELECT hash FROM audit_entry ORDER BY id LIMIT 1 OFFSET ?";

const char *const SelectAll = R"(
SELECT id, at, user_name, action, indicator_code, region_code, year, quarter, old_value,
    new_value, comment, prev_hash, hash
FROM audit_entry ORDER BY id)";

const char *const SelectFirstOf = R"(
SELECT id, at, user_name, action, indicator_code, region_code, year, quarter, old_value,
    new_value, comment, prev_hash, hash
FROM (SELECT * FROM audit_entry ORDER BY id LIMIT ?) AS first_entries WHERE action = ? ORDER BY id LIMIT 1)";

// Each filter is bound twice: "no filter" ('' or 0) or an exact match.
const char *const SelectFiltered = R"(
SELECT id, at, user_name, action, indicator_code, region_code, year, quarter, old_value,
    new_value, comment, prev_hash, hash
FROM audit_entry
WHERE (? = '' OR indicator_code = ?)
  AND (? = 0 OR year = ?)
  AND (? = 0 OR quarter = ?)
  AND (? = '' OR user_name = ?)
ORDER BY id)";

AuditEntry entryFromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.user = q.value(2).toString();
    e.action = q.value(3).toString();
    e.indicatorCode = q.value(4).toString();
    e.regionCode = q.value(5).toString();
    e.year = q.value(6).toInt();
    e.quarter = q.value(7).toInt();
    e.oldValue = q.value(8).toString();
    e.newValue = q.value(9).toString();
    e.comment = q.value(10).toString();
    e.prevHash = q.value(11).toString();
    e.hash = q.value(12).toString();
    return e;
}

// The region and, if asked, every region below it.
Result<QSet<QString>> regionsMatching(Database &db, const QString &root, bool subtree)
{
    QSet<QString> codes{root};
    if (!subtree)
        return codes;
    auto regions = regionstore::all(db);
    if (!regions)
        return Error{regions.error()};
    QHash<QString, QStringList> children;
    for (const Region &r : *regions)
        children[r.parentCode] << r.code;
    QStringList pending{root};
    while (!pending.isEmpty()) {
        for (const QString &child : children.value(pending.takeLast()))
            if (!codes.contains(child)) {
                codes.insert(child);
                pending << child;
            }
    }
    return codes;
}

Result<QString> lastHash(Database &db)
{
    QString error;
    QSqlQuery *q = sql::queryCached(db, SelectLastHash, {}, [] {
        return QCoreApplication::translate("zx::Database", "reading the audit trail");
    }, error);
    if (!q)
        return Error{error};
    const QString hash = q->next() ? q->value(0).toString() : GenesisHash;
    q->finish();
    return hash;
}

} // namespace

QString hashOf(const AuditEntry &e, const QString &prevHash)
{
    // Unit separator between fields so "ab"+"c" and "a"+"bc" hash differently. The fields'
    // UTF-8 appended one after the other into one buffer (the same bytes as joining the texts
    // first): an import hashes a million entries.
    QByteArray bytes;
    bytes.reserve(256 + e.comment.size() * 3);
    const auto add = [&bytes](const QString &field, bool last = false) {
        bytes += field.toUtf8();
        if (!last)
            bytes += '\x1f';
    };
    add(prevHash);
    add(e.at);
    add(e.user);
    add(e.action);
    add(e.indicatorCode);
    add(e.regionCode);
    bytes += QByteArray::number(e.year) + '\x1f';
    bytes += QByteArray::number(e.quarter) + '\x1f';
    add(e.oldValue);
    add(e.newValue);
    add(e.comment, true);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Outcome append(Database &db, AuditEntry e)
{
    return Chain(db).append(std::move(e));
}

Outcome Chain::append(AuditEntry e)
{
    if (m_db.isServer()) {
        // The server keeps the chain: a figure's entry is its trigger's (written with the
        // change), every other one goes through zx_audit_append, which names the signed-in
        // role and takes the server's clock.
        if (e.action == QLatin1String("value.set") || e.action == QLatin1String("value.delete"))
            return Outcome::success();
        return sql::runCached(m_db, "SELECT zx_audit_append(?, ?, ?, ?, ?, ?, ?, ?)",
                              {e.action, e.indicatorCode, e.regionCode, e.year, e.quarter,
                               e.oldValue, e.newValue, e.comment},
                              [] {
                                  return QCoreApplication::translate("zx::Database",
                                                                     "writing the audit trail");
                              });
    }
    if (m_head.isEmpty()) {
        auto prev = lastHash(m_db);
        if (!prev)
            return Error{prev.error()};
        m_head = *prev;
    }
    e.prevHash = m_head;
    e.hash = hashOf(e, e.prevHash);
    auto ok = sql::runCached(m_db, Insert,
                             {e.at, e.user, e.action, e.indicatorCode, e.regionCode, e.year,
                              e.quarter, e.oldValue, e.newValue, e.comment, e.prevHash, e.hash},
                             [] {
                                 return QCoreApplication::translate("zx::Database",
                                                                    "writing the audit trail");
                             });
    if (ok)
        m_head = e.hash;
    else
        m_head.clear();
    return ok;
}

Result<std::pair<qint64, QString>> newest(Database &db)
{
    QString error;
    QSqlQuery *q = sql::queryCached(db, SelectNewest, {}, [] {
        return QCoreApplication::translate("zx::Database", "reading the audit trail");
    }, error);
    if (!q)
        return Error{error};
    std::pair<qint64, QString> found{0, QString()};
    if (q->next())
        found = {q->value(0).toLongLong(), q->value(1).toString()};
    q->finish();
    return found;
}

Result<std::vector<AuditEntry>> all(Database &db)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading the audit trail");
    auto q = sql::prepare(db.connection(), SelectAll, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {}, what); !ok)
        return Error{ok.error()};
    std::vector<AuditEntry> entries;
    while (q.value().next())
        entries.push_back(entryFromRow(q.value()));
    return entries;
}

Result<std::optional<AuditEntry>> firstOf(Database &db, const QString &action, int withinFirst)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading the audit trail");
    auto q = sql::prepare(db.connection(), SelectFirstOf, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {withinFirst, action}, what); !ok)
        return Error{ok.error()};
    if (!q.value().next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entryFromRow(q.value()));
}

Result<std::vector<AuditEntry>> find(Database &db, const Filter &f)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading the audit trail");
    QSet<QString> regions;
    if (!f.regionCode.isEmpty()) {
        auto codes = regionsMatching(db, f.regionCode, f.includeSubregions);
        if (!codes)
            return Error{codes.error()};
        regions = std::move(codes).value();
    }
    auto q = sql::prepare(db.connection(), SelectFiltered, what);
    if (!q)
        return Error{q.error()};
    const QString indicator = f.indicatorCode.isNull() ? QStringLiteral("") : f.indicatorCode;
    const QString user = f.userName.isNull() ? QStringLiteral("") : f.userName;
    if (auto ok = sql::exec(q.value(),
                            {indicator, indicator, f.year, f.year, f.quarter, f.quarter, user, user},
                            what);
        !ok)
        return Error{ok.error()};
    std::vector<AuditEntry> entries;
    while (q.value().next()) {
        AuditEntry e = entryFromRow(q.value());
        if (regions.isEmpty() || regions.contains(e.regionCode))
            entries.push_back(std::move(e));
    }
    return entries;
}

Result<std::optional<AuditEntry>> firstBroken(Database &db)
{
    auto entries = all(db);
    if (!entries)
        return Error{entries.error()};
    QString prev = GenesisHash;
    for (const AuditEntry &e : *entries) {
        if (e.prevHash != prev || e.hash != hashOf(e, prev))
            return std::optional<AuditEntry>(e);
        prev = e.hash;
    }
    return std::optional<AuditEntry>();
}

Result<Head> head(Database &db)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading the audit trail");
    auto q = sql::prepare(db.connection(), SelectHead, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {}, what); !ok)
        return Error{ok.error()};
    Head h;
    if (q.value().next()) {
        h.count = q.value().value(0).toLongLong();
        h.hash = q.value().value(1).toString();
    }
    return h;
}

QString headText(const Head &h)
{
    return QStringLiteral("%1:%2").arg(h.count).arg(h.hash.left(12));
}

std::optional<std::pair<qint64, QString>> parseAnchor(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+):([0-9a-fA-F]{4,64})\\s*$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 count = m.captured(1).toLongLong(&ok);
    if (!ok || count < 1)
        return std::nullopt;
    return std::make_pair(count, m.captured(2).toLower());
}

Result<AnchorCheck> checkAnchor(Database &db, qint64 count, const QString &hashPrefix)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading the audit trail");
    auto q = sql::prepare(db.connection(), SelectNth, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {count - 1}, what); !ok)
        return Error{ok.error()};
    AnchorCheck check;
    if (count < 1 || !q.value().next()) {
        check.outcome = AnchorCheck::Outcome::Missing;
        return check;
    }
    check.actualHash = q.value().value(0).toString();
    if (!check.actualHash.startsWith(hashPrefix, Qt::CaseInsensitive))
        check.outcome = AnchorCheck::Outcome::Differs;
    return check;
}

} // namespace zx::auditstore
