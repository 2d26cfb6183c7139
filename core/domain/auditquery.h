#pragma once

#include <QString>

namespace zx::auditstore {

// What the audit viewer and `zhenxing-cli audit` narrow the trail to; an empty field (0 for
// year and quarter) matches everything. Read by storage/auditstore.h find(), asked for by the
// UI through Workspace::auditEntries.
struct Filter
{
    QString indicatorCode;
    QString regionCode;
    bool includeSubregions = true; // the region and every region under it
    int year = 0;
    int quarter = 0;
    QString userName;
};

// The head of the chain: how many entries it holds and the newest entry's hash. Deleting the
// newest entries leaves a chain that still verifies; only a head noted down earlier (printed
// in the bulletin's footer and by `audit --verify`) shows it: see auditstore::checkAnchor.
struct Head
{
    qint64 count = 0;
    QString hash; // the newest entry's hash; empty when there is none
};
// "1234:9f86d081884c": the count and the first 12 hex digits of the newest hash ("0:" when
// empty). Defined in storage/auditstore.cpp with the rest of the trail.
QString headText(const Head &head);

} // namespace zx::auditstore
