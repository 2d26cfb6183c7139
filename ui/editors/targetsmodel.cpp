#include "targetsmodel.h"

#include "domain/names.h"
#include "editors/editorlabels.h"
#include "editors/targetinput.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "summary/evaluator.h"
#include "summary/summaryformat.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QTimer>

namespace zx {

namespace {

QString milestoneText(const std::optional<double> &pct)
{
    return pct ? QString::number(*pct) : QString();
}

} // namespace

TargetsModel::TargetsModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_reloadLater(new QTimer(this))
{
    ChangeNotifier *notifier = workspace->notifier();
    connect(notifier, &ChangeNotifier::targetChanged, this, &TargetsModel::reload);
    // A pasted block announces every figure: reload once after the last of them.
    m_reloadLater->setSingleShot(true);
    connect(m_reloadLater, &QTimer::timeout, this, &TargetsModel::reload);
    connect(notifier, &ChangeNotifier::valueChanged, m_reloadLater, qOverload<>(&QTimer::start));
    connect(notifier, &ChangeNotifier::catalogueChanged, this, &TargetsModel::reload);
    connect(notifier, &ChangeNotifier::databaseReplaced, this, &TargetsModel::reload);
}

TargetsModel::~TargetsModel() = default;

void TargetsModel::setPeriod(const QString &regionCode, int year, int quarter)
{
    m_region = regionCode;
    m_year = year;
    m_quarter = quarter;
    beginResetModel();
    m_errors.clear();
    m_pendingBaselines.clear();
    m_rows.clear();
    m_data.reset();
    endResetModel();
    reload();
}

void TargetsModel::reload()
{
    m_reloadLater->stop();
    auto data = m_workspace->isOpen() && m_year > 0 ? m_workspace->dataset(m_year)
                                                    : Result<Workspace::DatasetPtr>(Error{});
    std::shared_ptr<const Dataset> keep = m_data; // the old rows point into it until replaced
    m_data = data ? data.value() : nullptr;
    std::vector<Row> rows = buildRows();
    const bool sameRows =
        rows.size() == m_rows.size() &&
        std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const Row &a, const Row &b) {
            return a.indicator->code == b.indicator->code;
        });
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, COLUMNS - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

std::vector<TargetsModel::Row> TargetsModel::buildRows() const
{
    std::vector<Row> rows;
    if (!m_data || !m_data->region(m_region))
        return rows;
    const Evaluator eval(*m_data);
    for (const Indicator &ind : m_data->indicators()) {
        if (ind.retired)
            continue;
        Row row;
        row.indicator = &ind;
        if (const Target *own = m_data->target(ind.code, m_region, m_year))
            row.own = *own;
        const IndicatorSummary s = eval.summarize(ind, m_region, m_year, m_quarter);
        row.effectiveTarget = s.target;
        row.actual = s.actual;
        row.completionPct = s.completionPct;
        rows.push_back(std::move(row));
    }
    return rows;
}

QString TargetsModel::regionName() const
{
    const Region *region = m_data ? m_data->region(m_region) : nullptr;
    return region ? displayName(*region) : m_region;
}

int TargetsModel::rowOf(const QString &indicatorCode) const
{
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].indicator->code == indicatorCode)
            return int(r);
    return -1;
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant TargetsModel::display(const Row &row, int column) const
{
    const Indicator &ind = *row.indicator;
    switch (column) {
    case Name:
        return displayName(ind);
    case Unit:
        return displayUnit(ind);
    case Mode:
        return editorlabels::targetMode(ind.targetMode);
    case Annual:
        return row.effectiveTarget ? row.effectiveTarget->toString() : QString();
    case Baseline:
        if (m_pendingBaselines.contains(ind.code))
            return m_pendingBaselines.value(ind.code).toString();
        return row.own && row.own->baseline ? row.own->baseline->toString() : QString();
    case Q1:
    case Q2:
    case Q3:
    case Q4:
        return row.own ? milestoneText(row.own->milestonePct[size_t(column - Q1)]) : QString();
    case Actual:
        return formatFigure(row.actual);
    case Completion:
        return row.completionPct ? formatPct(row.completionPct) + u'%' : QStringLiteral("—");
    }
    return {};
}

QVariant TargetsModel::editText(const Row &row, int column) const
{
    if (column == Annual)
        return row.own ? row.own->value.toString() : QString();
    return display(row, column);
}

QVariant TargetsModel::sortValue(const Row &row, int column) const
{
    constexpr double absent = -1e300; // absent numbers sort below every present one
    switch (column) {
    case Annual:
        return row.effectiveTarget ? row.effectiveTarget->toDouble() : absent;
    case Actual:
        return row.actual ? row.actual->toDouble() : absent;
    case Completion:
        return row.completionPct.value_or(absent);
    case Name:
        return int(&row - m_rows.data()); // catalogue order
    default:
        return display(row, column);
    }
}

QString TargetsModel::toolTip(const Row &row, int column) const
{
    const QString error = m_errors.value(cellKey(row.indicator->code, column));
    if (!error.isEmpty())
        return error;
    if (column == Name)
        return row.indicator->description;
    if (column == Annual && !row.own && row.effectiveTarget)
        return tr("The sum of the sub-regions' targets; type a number to set this region's "
                  "own target");
    if (column == Baseline && m_pendingBaselines.contains(row.indicator->code))
        return tr("Not saved yet: it is stored together with the annual target");
    if (column >= Q1 && column <= Q4)
        return tr("Time progress expected by the end of the quarter, in % of the target; "
                  "empty means 25/50/75/100");
    return {};
}

bool TargetsModel::isEditable(const Row &row, int column) const
{
    if (column == Annual || (column >= Q1 && column <= Q4))
        return true;
    return column == Baseline && row.indicator->targetMode == TargetMode::Reduce;
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    const bool derived = column == Annual && !row.own && row.effectiveTarget;
    const bool pending = column == Baseline && m_pendingBaselines.contains(row.indicator->code);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        return editText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return column >= Annual ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (m_errors.contains(cellKey(row.indicator->code, column)))
            return QColor(0xc6, 0x28, 0x28);
        // Computed and read-only figures, and a target summed from the sub-regions, look it.
        if (derived || column == Actual || column == Completion ||
            (column == Baseline && !isEditable(row, column)))
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole: {
        if (!derived && !pending)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case CodeRole:
        return row.indicator->code;
    case CategoryRole:
        return row.indicator->categoryCode;
    case SortRole:
        return sortValue(row, column);
    case ErrorRole:
        return m_errors.value(cellKey(row.indicator->code, column));
    }
    return {};
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[COLUMNS] = {QT_TR_NOOP("Indicator"),
                                                QT_TR_NOOP("Unit"),
                                                QT_TR_NOOP("Target mode"),
                                                QT_TR_NOOP("Annual target"),
                                                QT_TR_NOOP("Baseline"),
                                                nullptr,
                                                nullptr,
                                                nullptr,
                                                nullptr,
                                                QT_TR_NOOP("Actual"),
                                                QT_TR_NOOP("Completion")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= COLUMNS)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= Q1 && section <= Q4)
        // On two lines: four one-line milestone titles pushed the English table past a
        // 1280-pixel screen.
        return tr("Q%1\nmilestone %").arg(section - Q1 + 1);
    return tr(titles[section]);
}

Qt::ItemFlags TargetsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (isEditable(m_rows[size_t(index.row())], index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

Result<std::optional<TargetChange>> TargetsModel::changeFor(const Row &row, int column,
                                                            const QString &text)
{
    const Indicator &ind = *row.indicator;
    Target current = row.own.value_or(Target{ind.code, m_region, m_year, {}, {}, {}});
    switch (column) {
    case Annual: {
        std::optional<Decimal> pending;
        if (m_pendingBaselines.contains(ind.code))
            pending = m_pendingBaselines.value(ind.code);
        return targetinput::annualChange(ind, current, row.own.has_value(), pending, text);
    }
    case Baseline:
        return targetinput::baselineChange(ind, current, text);
    default:
        return targetinput::milestoneChange(ind, current, row.own.has_value(), column - Q1 + 1,
                                            text);
    }
}

// A baseline typed before the region has a target of its own is kept until the target is
// typed, and both are stored together (core refuses a reduce target without a baseline).
bool TargetsModel::keepPendingBaseline(const QModelIndex &index, const QString &text)
{
    const Indicator &ind = *m_rows[size_t(index.row())].indicator;
    if (text.trimmed().isEmpty()) {
        m_pendingBaselines.remove(ind.code);
    } else {
        auto amount = targetinput::parseAmount(text);
        if (!amount)
            return refuse(index, amount.error());
        m_pendingBaselines.insert(ind.code, amount.value());
        emit notice(tr("Baseline %1 of %2 noted: now type the annual target to store both")
                        .arg(amount.value().toString(), displayName(ind)));
    }
    m_errors.remove(cellKey(ind.code, Baseline));
    emit dataChanged(index, index);
    return true;
}

bool TargetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Row &row = m_rows[size_t(index.row())];
    const QString text = value.toString();
    if (index.column() == Baseline && !row.own)
        return keepPendingBaseline(index, text);
    auto change = changeFor(row, index.column(), text);
    if (!change)
        return refuse(index, change.error());
    const QString key = cellKey(row.indicator->code, index.column());
    if (m_errors.remove(key) > 0)
        emit dataChanged(index, index);
    if (!change.value())
        return true; // nothing changed
    // The change carries the target on screen: one changed meanwhile elsewhere is not
    // overwritten unseen.
    change.value()->seen.emplace(row.own);
    const QString code = row.indicator->code;
    const QString step = tr("Set target of %1").arg(displayName(*row.indicator));
    // On success the notifier's targetChanged reloads the rows (reload() keeps them).
    if (auto ok = m_workspace->setTargets({*change.value()}, step); !ok)
        return refuse(index, ok.error());
    if (m_pendingBaselines.remove(code) > 0) {
        const int r = rowOf(code);
        emit dataChanged(this->index(r, Baseline), this->index(r, Baseline));
    }
    return true;
}

bool TargetsModel::refuse(const QModelIndex &index, const QString &message)
{
    m_errors.insert(cellKey(m_rows[size_t(index.row())].indicator->code, index.column()), message);
    emit dataChanged(index, index);
    emit editRefused(index, message);
    return false;
}

QString TargetsModel::cellKey(const QString &code, int column)
{
    return code + u'|' + QString::number(column);
}

} // namespace zx
