// EntryGridModel, what each row holds and what each cell may do: the rows of the layout, and
// why a quarter cell is read-only (computed, rolled up from the sub-regions, not the user's
// region, approved and locked).
#include "entrygridmodel.h"

#include "domain/names.h"
#include "editors/editorlabels.h"
#include "entry/workflow.h"
#include "session/workspace.h"

#include <map>

namespace zx {

std::vector<EntryGridModel::Row> EntryGridModel::buildRows(const Dataset &data,
                                                           const Evaluator &eval) const
{
    std::vector<Row> rows;
    if (!data.region(m_regionCode))
        return rows;
    if (m_layout == Layout::BySubRegion) {
        if (const Indicator *ind = data.indicator(m_indicatorCode))
            for (const QString &child : data.children(m_regionCode))
                rows.push_back({nullptr, ind, child, {}});
    } else {
        for (const Category &c : data.categories()) {
            bool headed = false;
            for (const Indicator &ind : data.indicators()) {
                if (ind.categoryCode != c.code || ind.retired)
                    continue;
                if (!std::exchange(headed, true))
                    rows.push_back({&c, nullptr, m_regionCode, {}});
                rows.push_back({nullptr, &ind, m_regionCode, {}});
            }
        }
    }
    QHash<QString, QString> denied;
    for (Row &row : rows) {
        if (!row.indicator)
            continue;
        if (!denied.contains(row.regionCode))
            denied.insert(row.regionCode, permissionReason(row.regionCode));
        row.rowReason = rowReadOnlyReason(row, data, eval);
        if (row.rowReason.isEmpty())
            row.rowReason = denied.value(row.regionCode);
    }
    return rows;
}

QString EntryGridModel::rowReadOnlyReason(const Row &row, const Dataset &data,
                                          const Evaluator &eval) const
{
    const Indicator &ind = *row.indicator;
    if (ind.isRatio()) {
        const Indicator *num = data.indicator(ind.numeratorCode);
        const Indicator *den = data.indicator(ind.denominatorCode);
        if (num && den)
            return tr("Computed from %1 ÷ %2").arg(displayName(*num), displayName(*den));
        return tr("Computed from other indicators");
    }
    for (int q = 1; q <= 4; ++q)
        if (eval.childrenRollup(ind, row.regionCode, m_year, q))
            return tr("Rolled up from the sub-regions");
    return {};
}

QString EntryGridModel::permissionReason(const QString &regionCode) const
{
    if (!m_workspace->isOpen())
        return tr("No database is open");
    const Outcome ok = m_workspace->checkMayEdit(regionCode);
    return ok ? QString() : ok.error();
}

namespace {

// Who changed a quarter's state as people know them: the account's display name ("张审核"),
// else the user name.
QHash<QString, QString> displayNames(const Workspace &workspace)
{
    QHash<QString, QString> names;
    if (auto users = workspace.users())
        for (const UserAccount &u : users.value())
            if (!u.displayName.isEmpty())
                names.insert(u.name, u.displayName);
    return names;
}

// Why a quarter in this state takes no figure, or empty: `own`, the row's region; else a region
// above it, named.
QString stateReason(const PeriodStatus &status, const QString &who, bool own,
                    const QString &regionName)
{
    const QString when = editorlabels::localTime(status.changedAt, false);
    if (status.state == PeriodState::Approved)
        return own ? EntryGridModel::tr("Approved by %1 on %2 — locked").arg(who, when)
                   : EntryGridModel::tr("%3 approved by %1 on %2 — locked")
                         .arg(who, when, regionName);
    if (own && status.state == PeriodState::Submitted)
        return EntryGridModel::tr("Submitted by %1 on %2 — awaiting review; the figures can be "
                                  "changed once a reviewer returns the quarter")
            .arg(who, when);
    return {};
}

} // namespace

// Why each quarter of a region takes no figure: approved (locked, here or above, as
// periodstore::checkEditable refuses), or submitted and awaiting review (the grid's own rule:
// the reviewer judges the figures as submitted; a return opens them again).
QHash<QString, std::array<QString, 4>> EntryGridModel::loadLocks(const std::vector<Row> &rows,
                                                                 const Dataset *data) const
{
    QHash<QString, std::array<QString, 4>> locks;
    if (!m_workspace->isOpen() || !data)
        return locks;
    const QHash<QString, QString> names = displayNames(*m_workspace);
    const auto who = [&](const PeriodStatus &s) { return names.value(s.changedBy, s.changedBy); };
    std::map<QString, Result<PeriodStatus>> statuses; // by region and quarter, read once
    const auto statusOf = [&](const QString &region, int q) -> const Result<PeriodStatus> & {
        const QString k = region + u'|' + QString::number(q);
        auto found = statuses.find(k);
        if (found == statuses.end())
            found = statuses.emplace(k, m_workspace->periodStatus(region, m_year, q)).first;
        return found->second;
    };
    const auto nameOf = [&](const QString &code) {
        const Region *r = data->region(code);
        return r ? displayName(*r) : code;
    };
    for (const Row &row : rows) {
        if (row.category || locks.contains(row.regionCode))
            continue;
        std::array<QString, 4> reasons;
        for (int q = 1; q <= 4; ++q) {
            QString region = row.regionCode;
            for (int depth = 0; !region.isEmpty() && depth < 16 && reasons[q - 1].isEmpty();
                 ++depth) {
                const auto &status = statusOf(region, q);
                reasons[q - 1] = status ? stateReason(*status, who(*status),
                                                      region == row.regionCode, nameOf(region))
                                        : status.error();
                const Region *r = data->region(region);
                region = r ? r->parentCode : QString();
            }
        }
        locks.insert(row.regionCode, reasons);
    }
    return locks;
}

QString EntryGridModel::whatToEnter(Accumulation accumulation)
{
    switch (accumulation) {
    case Accumulation::Flow:
        return tr("this quarter only");
    case Accumulation::Cumulative:
        return tr("year to date");
    case Accumulation::Stock:
        return tr("level at quarter end");
    }
    return {};
}

QString EntryGridModel::whatToEnterHelp(Accumulation accumulation)
{
    switch (accumulation) {
    case Accumulation::Flow:
        return tr("Enter only what happened in the quarter itself, not the quarters before; "
                  "the year total adds the quarters up.");
    case Accumulation::Cumulative:
        return tr("Enter the running total from 1 January to the end of the quarter; the year "
                  "total is the latest quarter's figure.");
    case Accumulation::Stock:
        return tr("Enter the level on the last day of the quarter (how many there are then); "
                  "the year total is the latest quarter's level.");
    }
    return {};
}

QString EntryGridModel::readOnlyReason(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[index.row()];
    if (row.category)
        return tr("Category heading");
    if (index.column() < Q1)
        return tr("Figures go into the quarter columns Q1 to Q4");
    if (index.column() == Target)
        return tr("Annual targets are set under Edit → Targets…");
    if (!isQuarterColumn(index.column()))
        return tr("Computed");
    if (const QString refusal = m_workspace->writeRefusal(); !refusal.isEmpty())
        return refusal; // read-only or damaged file
    if (!row.rowReason.isEmpty())
        return row.rowReason;
    return m_lockReasons.value(row.regionCode).at(index.column() - Q1);
}

} // namespace zx

namespace zx {

QString EntryGridModel::cellStatus(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()) ||
        isHeading(index.row()))
        return {};
    const Row &row = m_rows[index.row()];
    const bool quarter = isQuarterColumn(index.column());
    const QString where = quarter
                              ? tr("%1, Q%2").arg(rowName(index.row())).arg(index.column() - Q1 + 1)
                              : rowName(index.row());
    if (quarter) {
        const auto found = m_findings.constFind(cellKey(keyAt(index)));
        if (found != m_findings.cend() && !found->violations.empty())
            return tr("%1: %2").arg(where, found->violations.front().message);
        if (const QString reason = readOnlyReason(index); !reason.isEmpty())
            return tr("%1: %2").arg(where, reason);
    }
    const QString unit = displayUnit(*row.indicator);
    const QString what = whatToEnter(row.indicator->accumulation);
    return tr("%1: %2").arg(where, unit.isEmpty() ? what : tr("%1, in %2").arg(what, unit));
}

QString EntryGridModel::refuseTyping(const QModelIndex &index, const QString &text)
{
    const QString reason = readOnlyReason(index);
    if (reason.isEmpty() || !isQuarterColumn(index.column()) || isHeading(index.row()))
        return reason;
    refuse(index, text, {{Severity::Error, QStringLiteral("read_only"), reason}});
    return reason;
}

} // namespace zx
