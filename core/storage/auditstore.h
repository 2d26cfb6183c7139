#pragma once

#include "domain/auditquery.h" // Filter, Head, headText
#include "domain/types.h"
#include "result.h"

#include <optional>
#include <utility>
#include <vector>

namespace zx {

class Database;

// The append-only audit trail. Each entry's hash covers its own fields and the previous
// entry's hash, so editing or deleting any row breaks the chain from there on.
namespace auditstore {

// Fills in prev_hash and hash and appends; the caller holds the WriteTransaction that also
// carries the change being audited, so the change and its trace land together or not at all.
Outcome append(Database &db, AuditEntry entry);

// Appends many entries inside one WriteTransaction, reading the chain's head once rather than
// once per entry (an import of a million figures). Live only while that transaction is.
class Chain
{
public:
    explicit Chain(Database &db) : m_db(db) {}
    Outcome append(AuditEntry entry);

private:
    Database &m_db;
    QString m_head; // the last hash written through this chain; empty until the first
};
Result<std::vector<AuditEntry>> all(Database &db); // oldest first
// The newest entry's id and hash ({0, ""} for an empty trail): one seek on the primary key.
Result<std::pair<qint64, QString>> newest(Database &db);
// The oldest entry with this action among the trail's first `withinFirst` entries (e.g.
// "county.create", the second entry of a file made by createCounty), or nullopt: a seek on the
// primary key, never a scan of a long trail.
Result<std::optional<AuditEntry>> firstOf(Database &db, const QString &action, int withinFirst = 16);

// The entries matching `filter`, oldest first.
Result<std::vector<AuditEntry>> find(Database &db, const Filter &filter);

// The hash an entry must carry given the previous hash (exposed for tests and verify).
QString hashOf(const AuditEntry &entry, const QString &prevHash);

// nullopt when the whole chain verifies; else the first entry that does not.
Result<std::optional<AuditEntry>> firstBroken(Database &db);

// The chain's head (domain/auditquery.h).
Result<Head> head(Database &db);
// Parses "N:HASHPREFIX" (N ≥ 1, 4 to 64 hex digits); nullopt when malformed.
std::optional<std::pair<qint64, QString>> parseAnchor(const QString &text);

// Whether the chain still holds a head noted earlier: entry number `count` (1-based, oldest
// first) exists and its hash starts with `hashPrefix` (case-insensitive).
struct AnchorCheck
{
    enum class Outcome { Holds, Missing, Differs } outcome = Outcome::Holds;
    QString actualHash; // Differs: the hash entry `count` carries now
};
Result<AnchorCheck> checkAnchor(Database &db, qint64 count, const QString &hashPrefix);

} // namespace auditstore
} // namespace zx
