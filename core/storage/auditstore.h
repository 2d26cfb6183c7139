#pragma once

#include "domain/types.h"
#include "result.h"

#include <optional>
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

// What the audit viewer and `zhenxing-cli audit` narrow the trail to; an empty field (0 for
// year and quarter) matches everything.
struct Filter
{
    QString indicatorCode;
    QString regionCode;
    bool includeSubregions = true; // the region and every region under it
    int year = 0;
    int quarter = 0;
    QString userName;
};

// The entries matching `filter`, oldest first.
Result<std::vector<AuditEntry>> find(Database &db, const Filter &filter);

// The hash an entry must carry given the previous hash (exposed for tests and verify).
QString hashOf(const AuditEntry &entry, const QString &prevHash);

// nullopt when the whole chain verifies; else the first entry that does not.
Result<std::optional<AuditEntry>> firstBroken(Database &db);

} // namespace auditstore
} // namespace zx
