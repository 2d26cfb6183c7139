// EntryGridModel, the write side: typed figures, pasted blocks and deletions are checked
// (read-only cells, numbers, checkEntry) and written in one Workspace::setValues call each;
// what was refused is kept per cell until the cell is corrected.
#include "entrygridmodel.h"

#include "domain/names.h"
#include "entrychecks.h"
#include "session/workspace.h"

namespace zx {

ValueKey EntryGridModel::keyAt(const QModelIndex &index) const
{
    const Row &row = m_rows[index.row()];
    return {row.indicator ? row.indicator->code : QString(), row.regionCode, m_year,
            index.column() - Q1 + 1};
}

QString EntryGridModel::cellKey(const ValueKey &key) const
{
    return key.indicatorCode + u'|' + key.regionCode + u'|' + QString::number(key.quarter);
}

QModelIndex EntryGridModel::indexOf(const ValueKey &key) const
{
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const Row &row = m_rows[r];
        if (row.indicator && row.indicator->code == key.indicatorCode &&
            row.regionCode == key.regionCode && key.quarter >= 1 && key.quarter <= 4)
            return index(r, Q1 + key.quarter - 1);
    }
    return {};
}

QString EntryGridModel::stepName(const ValueKey &key) const
{
    const Indicator *ind = m_data->indicator(key.indicatorCode);
    const Region *region = m_data->region(key.regionCode);
    const QString name = ind ? displayName(*ind) : key.indicatorCode;
    if (m_layout == Layout::ByIndicator || !region)
        return name;
    return displayName(*region) + QStringLiteral(" · ") + name;
}

// The figure a cell's text asks for; nullopt when nothing changes or the text is refused (the
// reason is added to `problems`).
std::optional<EntryGridModel::Entry>
EntryGridModel::entryFor(const QModelIndex &index, const QString &text,
                         std::vector<Problem> &problems) const
{
    if (const QString reason = readOnlyReason(index); !reason.isEmpty()) {
        problems.push_back({index, text, {Severity::Error, QStringLiteral("read_only"), reason}});
        return std::nullopt;
    }
    const auto parsed = entrychecks::parseCell(text);
    if (!parsed.ok) {
        problems.push_back({index, text, entrychecks::notANumber(text)});
        return std::nullopt;
    }
    const ValueKey key = keyAt(index);
    const auto shown = m_data->stored(key.indicatorCode, key.regionCode, key.year, key.quarter);
    if (parsed.value == shown)
        return std::nullopt;
    // The change carries the figure on screen: if another program changed it meanwhile, the
    // write is refused instead of silently overwriting that change.
    return Entry{index, text, {key, parsed.value, m_comment.trimmed(), shown}};
}

bool EntryGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    refreshIfDirty(); // judge against the figures as they are now
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !isQuarterColumn(index.column()) || isHeading(index.row()) || !m_data)
        return false;
    const QString text = value.toString();
    std::vector<Problem> problems;
    const auto entry = entryFor(index, text, problems);
    if (!entry && problems.empty()) {
        clearFinding(index); // unchanged: nothing to write, nothing wrong
        return true;
    }
    const ValueKey key = keyAt(index);
    const QString step = tr("Edit %1 Q%2").arg(stepName(key)).arg(key.quarter);
    return submit(entry ? std::vector<Entry>{*entry} : std::vector<Entry>{}, std::move(problems),
                  step);
}

EntryGridModel::PastePlan EntryGridModel::planPaste(const QModelIndex &topLeft,
                                                    const QString &text) const
{
    PastePlan plan;
    QStringList lines = QString(text).remove(u'\r').split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList fields = lines[r].split(u'\t');
        for (int c = 0; c < fields.size(); ++c) {
            const QString field = fields[c].trimmed();
            const int row = topLeft.row() + r;
            const int column = topLeft.column() + c;
            if (field.isEmpty()) // an empty cell of the block leaves the figure as it is
                continue;
            if (row >= rowCount() || column >= COLUMNS) {
                plan.overflow = true;
                continue;
            }
            const QModelIndex cell = index(row, column);
            // Names, units and totals copied along with the figures are not pasted back, nor
            // is a computed figure pasted onto itself.
            if (!isQuarterColumn(column) ||
                (!readOnlyReason(cell).isEmpty() && field == cell.data().toString()))
                continue;
            if (auto entry = entryFor(cell, field, plan.problems))
                plan.entries.push_back(std::move(*entry));
        }
    }
    return plan;
}

bool EntryGridModel::pasteBlock(const QModelIndex &topLeft, const QString &text)
{
    refreshIfDirty();
    if (!checkIndex(topLeft, CheckIndexOption::IndexIsValid) || !m_data)
        return false;
    setBlockFindings({});
    PastePlan plan = planPaste(topLeft, text);
    if (plan.overflow) {
        setBlockFindings({{Severity::Error, QStringLiteral("block_too_large"),
                           tr("The pasted block reaches past the edge of the table; nothing "
                              "was pasted")}});
        return false;
    }
    const int n = int(plan.entries.size());
    return submit(plan.entries, std::move(plan.problems), tr("Paste %n figure(s)", nullptr, n));
}

bool EntryGridModel::clearCells(const QModelIndexList &cells)
{
    refreshIfDirty();
    std::vector<Entry> entries;
    std::vector<Problem> ignored; // read-only cells among the selection are left alone
    for (const QModelIndex &cell : cells) {
        if (cell.model() != this || !isQuarterColumn(cell.column()) || isHeading(cell.row()))
            continue;
        if (auto entry = entryFor(cell, QString(), ignored))
            entries.push_back(std::move(*entry));
    }
    if (entries.empty())
        return true;
    return write(entries, tr("Delete %n figure(s)", nullptr, int(entries.size())));
}

// Checks the figures together (checkEntry with the whole block overlaid) and writes them in
// one step, or refuses all of them and keeps the reasons per cell.
bool EntryGridModel::submit(const std::vector<Entry> &entries, std::vector<Problem> problems,
                            const QString &stepText)
{
    std::vector<ValueChange> changes;
    for (const Entry &e : entries)
        changes.push_back(e.change);
    const auto checked = entrychecks::checkBlock(*m_data, changes);
    QHash<QString, std::pair<QModelIndex, CellState>> refused;
    for (const Problem &p : problems) {
        auto &[index, state] = refused[cellKey(keyAt(p.index))];
        index = p.index;
        state.key = keyAt(p.index);
        state.text = p.text;
        state.violations.push_back(p.violation);
    }
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (!entrychecks::acceptable(checked[i], m_comment))
            refused[cellKey(entries[i].change.key)] = {
                entries[i].index, {entries[i].change.key, checked[i], entries[i].text}};
    for (const auto &[index, state] : std::as_const(refused))
        refuse(index, state.text, state.violations);
    if (!refused.isEmpty())
        return false;
    return entries.empty() || write(entries, stepText);
}

bool EntryGridModel::write(const std::vector<Entry> &entries, const QString &stepText)
{
    std::vector<ValueChange> changes;
    for (const Entry &e : entries)
        changes.push_back(e.change);
    const Outcome ok = m_workspace->setValues(changes, stepText);
    if (!ok) {
        // Another program may have changed the figures meanwhile: show them as they are now.
        m_dirty = true;
        refreshIfDirty();
        const RuleViolation failed{Severity::Error, QStringLiteral("write"), ok.error()};
        if (entries.size() == 1) {
            const Entry &e = entries.front();
            const ValueKey &k = e.change.key;
            // Changed meanwhile (the figure now stored is not the one the clerk saw): the cell
            // reopens on the figure as it is now, not on the text refused, so the clerk sees
            // what the other person entered before typing again.
            const bool changedMeanwhile =
                e.change.seen && m_data &&
                m_data->stored(k.indicatorCode, k.regionCode, k.year, k.quarter) != *e.change.seen;
            // (A null text is what RefusedTextRole reads as "show the stored figure".)
            const QString typed = e.text.isNull() ? QStringLiteral("") : e.text;
            return refuse(e.index, changedMeanwhile ? QString() : typed, {failed});
        }
        setBlockFindings({failed});
        return false;
    }
    for (const Entry &e : entries)
        clearFinding(e.index);
    setBlockFindings({});
    refreshIfDirty(); // show the figures just written before the next keystroke
    return true;
}

int EntryGridModel::retryWithComment()
{
    if (m_comment.trimmed().isEmpty())
        return 0;
    std::vector<Entry> entries;
    std::vector<Problem> problems;
    for (const CellState &state : std::as_const(m_findings)) {
        const bool onlyWarnings =
            std::all_of(state.violations.begin(), state.violations.end(),
                        [](const RuleViolation &v) { return v.severity == Severity::Warning; });
        const QModelIndex cell = indexOf(state.key);
        if (onlyWarnings && cell.isValid())
            if (auto entry = entryFor(cell, state.text, problems))
                entries.push_back(std::move(*entry));
    }
    if (entries.empty())
        return 0;
    const QString step = entries.size() == 1
                             ? tr("Edit %1 Q%2")
                                   .arg(stepName(entries.front().change.key))
                                   .arg(entries.front().change.key.quarter)
                             : tr("Paste %n figure(s)", nullptr, int(entries.size()));
    return submit(entries, std::move(problems), step) ? int(entries.size()) : 0;
}

bool EntryGridModel::refuse(const QModelIndex &index, const QString &text,
                            std::vector<RuleViolation> violations)
{
    const ValueKey key = keyAt(index);
    m_findings.insert(cellKey(key), {key, violations, text});
    emit dataChanged(index, index, {Qt::BackgroundRole, Qt::ToolTipRole, SeverityRole});
    emit findings(index, violations);
    emit findingsChanged();
    return false;
}

void EntryGridModel::setBlockFindings(std::vector<RuleViolation> violations)
{
    if (violations.empty() && m_blockFindings.empty())
        return;
    m_blockFindings = std::move(violations);
    emit findings(QModelIndex(), m_blockFindings);
    emit findingsChanged();
}

void EntryGridModel::clearFinding(const QModelIndex &index)
{
    if (m_findings.remove(cellKey(keyAt(index))) == 0)
        return;
    emit dataChanged(index, index, {Qt::BackgroundRole, Qt::ToolTipRole, SeverityRole});
    emit findings(index, {});
    emit findingsChanged();
}

void EntryGridModel::clearFindings()
{
    if (m_findings.isEmpty() && m_blockFindings.empty())
        return;
    m_findings.clear();
    m_blockFindings.clear();
    if (!m_rows.empty())
        emit dataChanged(index(0, Q1), index(rowCount() - 1, Q4));
    emit findingsChanged();
}

bool EntryGridModel::hasError(const QModelIndex &index) const
{
    return index.data(SeverityRole).toInt() == int(Severity::Error);
}

std::vector<EntryGridModel::CellFinding> EntryGridModel::currentFindings() const
{
    std::vector<CellFinding> out;
    for (const RuleViolation &v : m_blockFindings)
        out.push_back({QModelIndex(), tr("Pasted block"), v, false});
    for (int r = 0; r < rowCount(); ++r)
        for (int c = Q1; c <= Q4; ++c) {
            const QModelIndex cell = index(r, c);
            const auto found = m_rows[r].indicator ? m_findings.constFind(cellKey(keyAt(cell)))
                                                   : m_findings.cend();
            if (found == m_findings.cend())
                continue;
            const QString where = tr("%1, Q%2").arg(rowName(r)).arg(c - Q1 + 1);
            for (const RuleViolation &v : found->violations)
                out.push_back({cell, where, v, v.severity == Severity::Warning});
        }
    return out;
}

} // namespace zx
