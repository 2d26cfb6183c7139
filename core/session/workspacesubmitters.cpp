// Who handed each quarter in, for the due list (issue 16: on a shared server the reviewer sees
// per township which clerk submitted). A submitted quarter's state names its author; an
// approved one names the approver, so the hand-in is read from the audit trail, only when some
// quarter of the tree is approved.
#include "workspace.h"

#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/periodstore.h"

#include <QCoreApplication>
#include <QHash>

namespace zx {

Result<std::vector<Workspace::Submission>> Workspace::submissions(const QString &rootCode, int year,
                                                                  int quarter) const
{
    if (!m_db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    auto states = periodstore::ofQuarter(*m_db, year, quarter);
    if (!states)
        return Error{states.error()};
    auto tree = regions();
    if (!tree)
        return Error{tree.error()};
    QSet<QString> inTree{rootCode};
    for (bool grew = true; grew;) { // the root's subtree, whatever order the regions come in
        grew = false;
        for (const Region &r : *tree)
            if (!inTree.contains(r.code) && inTree.contains(r.parentCode)) {
                inTree.insert(r.code);
                grew = true;
            }
    }
    std::vector<Submission> handedIn;
    bool anyApproved = false;
    for (const PeriodStatus &s : *states) {
        if (!inTree.contains(s.regionCode))
            continue;
        if (s.state == PeriodState::Submitted)
            handedIn.push_back({s.regionCode, s.changedBy, {}, s.changedAt});
        else if (s.state == PeriodState::Approved)
            anyApproved = true;
    }
    if (anyApproved) {
        auto trail = auditstore::find(*m_db, {{}, rootCode, true, year, quarter, {}});
        if (!trail)
            return Error{trail.error()};
        QHash<QString, const AuditEntry *> newestSubmit; // by region; the trail is oldest first
        for (const AuditEntry &e : *trail)
            if (e.action == QLatin1String("period.submit"))
                newestSubmit.insert(e.regionCode, &e);
        for (const PeriodStatus &s : *states)
            if (s.state == PeriodState::Approved && inTree.contains(s.regionCode))
                if (const AuditEntry *e = newestSubmit.value(s.regionCode))
                    handedIn.push_back({s.regionCode, e->user, {}, e->at});
    }
    auto accounts = users(); // none in a file without accounts: the name is all there is
    QHash<QString, QString> shownAs;
    if (accounts)
        for (const UserAccount &a : *accounts)
            shownAs.insert(a.name, a.displayName);
    for (Submission &s : handedIn)
        s.displayName = shownAs.value(s.userName).isEmpty() ? s.userName : shownAs.value(s.userName);
    return handedIn;
}

} // namespace zx
