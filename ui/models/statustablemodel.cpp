#include "statustablemodel.h"

#include "analytics/completion.h"
#include "domain/enums.h"
#include "domain/names.h"
#include "models/exportroles.h"
#include "summary/summaryformat.h"
#include "widgets/statuspalette.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

namespace zx {

namespace {

// A percentage as the spreadsheet holds it, to the two decimals shown: 136.86 (%) → "1.3686",
// shown through "0.00%"; 同比 +16.666… % → "0.1667", as the table reads +16.67%.
QVariant percentNumber(std::optional<double> pct)
{
    return pct ? QVariant(QString::number(roundPct(*pct) / 100.0, 'g', 12)) : QVariant();
}

const QString PercentFormat = QStringLiteral("0.00%");
// Signed as formatChange writes it: "+12.30%", "−5.00%" (U+2212), "0.00%".
const QString ChangeFormat = QStringLiteral("+0.00%;\"\u2212\"0.00%;0.00%");

} // namespace

QString formatChange(std::optional<double> pct)
{
    if (!pct)
        return QStringLiteral("—");
    const QString number = QString::number(std::abs(*pct), 'f', 2) + u'%';
    if (*pct > 0)
        return u'+' + number;
    return *pct < 0 ? QChar(0x2212) + number : number;
}

StatusTableModel::StatusTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StatusTableModel::setSummary(std::shared_ptr<const Dataset> data,
                                  const RegionSummary &summary)
{
    beginResetModel();
    m_data = std::move(data);
    m_rows = summary.indicators;
    m_regionCode = summary.regionCode;
    m_year = summary.year;
    m_quarter = summary.quarter;
    endResetModel();
}

int StatusTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatusTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant StatusTableModel::display(const IndicatorSummary &s, int column) const
{
    switch (column) {
    case Name:
        return displayName(*s.indicator);
    case Unit:
        return displayUnit(*s.indicator);
    case Actual:
        return formatFigure(s.actual);
    case Target:
        return formatFigure(s.target);
    case Completion:
        return formatCompletion(s.completionPct);
    case TimeProgress:
        return formatCompletion(s.timeProgressPct);
    case Status:
        return statusLabel(s.status);
    case YearOverYear:
        return formatChange(s.yearOverYearPct);
    case QuarterOverQuarter:
        return formatChange(s.quarterOverQuarterPct);
    }
    return {};
}

QVariant StatusTableModel::sortValue(const IndicatorSummary &s, int column) const
{
    // Absent numbers sort below every present one.
    constexpr double absent = -1e300;
    switch (column) {
    case Actual:
        return s.actual ? s.actual->toDouble() : absent;
    case Target:
        return s.target ? s.target->toDouble() : absent;
    case Completion:
        return s.completionPct.value_or(absent);
    case TimeProgress:
        return s.timeProgressPct;
    case Status:
        return int(s.status);
    case YearOverYear:
        return s.yearOverYearPct.value_or(absent);
    case QuarterOverQuarter:
        return s.quarterOverQuarterPct.value_or(absent);
    default:
        return display(s, column);
    }
}

QVariant StatusTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const IndicatorSummary &s = m_rows[index.row()];
    const bool dark = statuspalette::isDark(QApplication::palette());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        return toolTip(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Actual && index.column() != Status
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return index.column() == Status ? QVariant(statuspalette::fill(s.status, dark)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Status ? QVariant(statuspalette::text(s.status, dark)) : QVariant();
    case CodeRole:
        return s.indicator->code;
    case StatusRole:
        return int(s.status);
    case CategoryRole:
        return s.indicator->categoryCode;
    case SortRole:
        return sortValue(s, index.column());
    case ExportNumberRole:
        return exportNumber(s, index.column());
    case ExportFormatRole:
        return index.column() == YearOverYear || index.column() == QuarterOverQuarter ? ChangeFormat
               : index.column() == Completion || index.column() == TimeProgress      ? PercentFormat
                                                                                     : QString();
    default:
        return {};
    }
}

bool StatusTableModel::fromMilestone(const IndicatorSummary &s) const
{
    // The same target row the Evaluator took time progress from (the region's own).
    const zx::Target *t = m_data ? m_data->target(s.indicator->code, m_regionCode, m_year) : nullptr;
    return t && m_quarter >= 1 && m_quarter <= 4 && t->milestonePct[size_t(m_quarter - 1)];
}

QVariant StatusTableModel::toolTip(const IndicatorSummary &s, int column) const
{
    switch (column) {
    case Name:
        return s.indicator->description;
    case Status:
    case Completion:
        return tr("Completion %1 · time progress %2")
            .arg(formatCompletion(s.completionPct), formatCompletion(s.timeProgressPct));
    case TimeProgress:
        return fromMilestone(s)
                   ? tr("Time progress %1: the target's milestone for Q%2")
                         .arg(formatCompletion(s.timeProgressPct))
                         .arg(m_quarter)
                   : tr("Time progress %1: %2 of the year's 12 months")
                         .arg(formatCompletion(s.timeProgressPct))
                         .arg(3 * std::clamp(m_quarter, 0, 4));
    default:
        return {};
    }
}

QVariant StatusTableModel::exportNumber(const IndicatorSummary &s, int column) const
{
    switch (column) {
    case Actual:
        return s.actual ? QVariant(s.actual->toString()) : QVariant();
    case Target:
        return s.target ? QVariant(s.target->toString()) : QVariant();
    case Completion:
        return percentNumber(s.completionPct);
    case TimeProgress:
        return percentNumber(s.timeProgressPct);
    case YearOverYear:
        return percentNumber(s.yearOverYearPct);
    case QuarterOverQuarter:
        return percentNumber(s.quarterOverQuarterPct);
    default:
        return {};
    }
}

QVariant StatusTableModel::headerToolTip(int section) const
{
    // What 同比 and 环比 compare is not what the Actual column shows for every indicator.
    switch (section) {
    case Actual:
        return tr("Year to date: flow indicators the sum of the quarters, cumulative and stock "
                  "indicators the latest figure");
    case TimeProgress:
        return tr("Time progress: the share of the year gone by at the quarter's end (25%, 50%, "
                  "75%, 100%), or the target's milestone for the quarter when it has one");
    case Status:
        return tr("Done, on track, lagging or behind against time progress; not reported: a "
                  "target but no figure yet; no target: nothing to measure against");
    case YearOverYear:
        return tr("Year to date against the same period a year earlier");
    case QuarterOverQuarter:
        return tr("This quarter against the previous one, like with like: flow indicators the "
                  "quarter's own figure, stock indicators and rates the level at the quarter's "
                  "end; cumulative ones (running totals for the year) have none");
    default:
        return {};
    }
}

QVariant StatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Indicator");
    case Unit:
        return tr("Unit");
    case Actual:
        return tr("Actual");
    case Target:
        return tr("Target");
    case Completion:
        return tr("Completion");
    case TimeProgress:
        return tr("Time progress");
    case Status:
        return tr("Status");
    case YearOverYear:
        return tr("Year on year");
    case QuarterOverQuarter:
        return tr("Quarter on quarter");
    }
    return {};
}

} // namespace zx
