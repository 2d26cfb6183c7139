// EntryGridModel, what each row holds and what each cell may do: the rows of the layout, and
// why a quarter cell is read-only (computed, rolled up from the sub-regions, not the user's
// region, approved and locked).
#include "entrygridmodel.h"

#include "domain/names.h"
#include "editors/editorlabels.h"
#include "entry/workflow.h"
#include "session/workspace.h"


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
    Database *db = m_workspace->database();
    if (!db)
        return tr("No database is open");
    const Outcome ok = workflow::checkMayEdit(*db, m_workspace->userName(), regionCode);
    return ok ? QString() : ok.error();
}

QHash<QString, std::array<QString, 4>> EntryGridModel::loadLocks(const std::vector<Row> &rows) const
{
    QHash<QString, std::array<QString, 4>> locks;
    Database *db = m_workspace->database();
    for (const Row &row : rows) {
        if (!db || row.category || locks.contains(row.regionCode))
            continue;
        std::array<QString, 4> reasons;
        for (int q = 1; q <= 4; ++q) {
            const auto status = workflow::status(*db, row.regionCode, m_year, q);
            if (!status)
                reasons[q - 1] = status.error();
            else if (status->state == PeriodState::Approved)
                reasons[q - 1] = tr("Approved by %1 at %2 — locked")
                                     .arg(status->changedBy,
                                          editorlabels::localTime(status->changedAt, false));
        }
        locks.insert(row.regionCode, reasons);
    }
    return locks;
}

QString EntryGridModel::readOnlyReason(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[index.row()];
    if (row.category)
        return tr("Category heading");
    if (!isQuarterColumn(index.column()))
        return tr("Computed");
    if (const QString refusal = m_workspace->writeRefusal(); !refusal.isEmpty())
        return refusal; // read-only or damaged file
    if (!row.rowReason.isEmpty())
        return row.rowReason;
    return m_lockReasons.value(row.regionCode).at(index.column() - Q1);
}

} // namespace zx
