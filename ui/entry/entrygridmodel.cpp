// EntryGridModel, the read side: loading and refreshing, what each cell shows. The write side
// is in entrygridedits.cpp, the rows and read-only reasons in entrygridrows.cpp.
#include "entrygridmodel.h"

#include "domain/names.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "summary/summaryformat.h"
#include "widgets/statuspalette.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QTimer>

#include <algorithm>

namespace zx {

namespace {

// Years of history loaded before the chosen one, so checkEntry can judge outliers.
constexpr int HistoryYears = 4;

} // namespace

EntryGridModel::EntryGridModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    ChangeNotifier *notifier = m_workspace->notifier();
    connect(notifier, &ChangeNotifier::valueChanged, this, &EntryGridModel::markDirty);
    connect(notifier, &ChangeNotifier::targetChanged, this, &EntryGridModel::markDirty);
    connect(notifier, &ChangeNotifier::periodStatusChanged, this, &EntryGridModel::markDirty);
    connect(notifier, &ChangeNotifier::catalogueChanged, this, &EntryGridModel::markDirty);
    connect(notifier, &ChangeNotifier::databaseReplaced, this, [this] {
        clearFindings();
        markDirty();
    });
}

EntryGridModel::~EntryGridModel() = default;

void EntryGridModel::setRegion(const QString &regionCode, int year)
{
    if (regionCode == m_regionCode && year == m_year && m_data)
        return;
    m_regionCode = regionCode;
    m_year = year;
    clearFindings();
    refresh();
}

void EntryGridModel::setLayout(Layout layout, const QString &indicatorCode)
{
    if (layout == m_layout && indicatorCode == m_indicatorCode)
        return;
    m_layout = layout;
    m_indicatorCode = indicatorCode;
    clearFindings();
    refresh();
}

// Changes come in bursts (a pasted block announces each figure): reload once, after the burst,
// or right away when an edit needs the current figures.
void EntryGridModel::markDirty()
{
    m_dirty = true;
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refreshIfDirty();
    });
}

void EntryGridModel::refreshIfDirty()
{
    if (m_dirty)
        refresh();
}

void EntryGridModel::refresh()
{
    m_dirty = false;
    std::shared_ptr<const Dataset> data;
    if (m_workspace->isOpen() && m_year > 0 && !m_regionCode.isEmpty()) {
        // Around the region: its siblings too, whose figures the outlier check compares with.
        auto loaded = m_workspace->datasetAround(m_year - HistoryYears, m_year, m_regionCode);
        if (loaded)
            data = loaded.value();
        else
            emit loadFailed(loaded.error());
    }
    auto eval = data ? std::make_unique<Evaluator>(*data) : nullptr;
    std::vector<Row> rows = data ? buildRows(*data, *eval) : std::vector<Row>{};
    auto locks = loadLocks(rows, data.get());
    const auto shape = [](const std::vector<Row> &rs) {
        QStringList keys;
        for (const Row &r : rs)
            keys << (r.category ? r.category->code : r.indicator->code + u'@' + r.regionCode);
        return keys;
    };
    const bool sameShape = shape(rows) == shape(m_rows);
    if (!sameShape)
        beginResetModel();
    m_eval = std::move(eval); // before the Dataset it points into
    m_data = std::move(data);
    m_rows = std::move(rows);
    m_lockReasons = std::move(locks);
    if (!sameShape)
        endResetModel();
    else if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, COLUMNS - 1));
    dropStaleRefusals();
}

// "Approved by … — locked" said of a cell typed into: once the quarter is reopened (or its
// reason changes), the finding no longer holds.
void EntryGridModel::dropStaleRefusals()
{
    bool dropped = false;
    for (auto it = m_findings.begin(); it != m_findings.end();) {
        const QModelIndex cell = indexOf(it->key);
        const bool readOnlyOnly =
            !it->violations.empty() &&
            std::all_of(it->violations.begin(), it->violations.end(), [](const RuleViolation &v) {
                return v.rule == QLatin1String("read_only");
            });
        if (readOnlyOnly &&
            (!cell.isValid() || readOnlyReason(cell) != it->violations.front().message)) {
            it = m_findings.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    if (dropped) {
        if (!m_rows.empty())
            emit dataChanged(index(0, Q1), index(rowCount() - 1, Q4));
        emit findingsChanged();
    }
}

bool EntryGridModel::isHeading(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && m_rows[row].category;
}

QString EntryGridModel::rowName(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[row];
    if (r.category)
        return displayName(*r.category);
    if (m_layout == Layout::ByIndicator)
        return displayName(*r.indicator);
    return regionName(r.regionCode);
}

QString EntryGridModel::regionName(const QString &code) const
{
    const Region *region = m_data ? m_data->region(code) : nullptr;
    return region ? displayName(*region) : code;
}

int EntryGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntryGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant EntryGridModel::display(const Row &row, int column) const
{
    if (row.category)
        return column == Name ? displayName(*row.category) : QString();
    const Indicator &ind = *row.indicator;
    const auto text = [](const std::optional<Decimal> &d, const QString &none) {
        return d ? d->toString() : none;
    };
    const QString dash = QStringLiteral("—");
    switch (column) {
    case Name:
        return m_layout == Layout::ByIndicator ? displayName(ind) : regionName(row.regionCode);
    case Unit:
        return displayUnit(ind);
    case EnterAs:
        return whatToEnter(ind.accumulation);
    case Q1:
    case Q2:
    case Q3:
    case Q4:
        return text(m_eval->quarterValue(ind, row.regionCode, m_year, column - Q1 + 1), {});
    case YearTotal:
        return text(m_eval->yearToDate(ind, row.regionCode, m_year, 4), dash);
    case Target:
        return text(m_eval->target(ind, row.regionCode, m_year), dash);
    case Completion: {
        const auto pct = m_eval->summarize(ind, row.regionCode, m_year, 4).completionPct;
        return pct ? formatPct(pct) + u'%' : dash;
    }
    }
    return {};
}

QVariant EntryGridModel::background(const QModelIndex &index) const
{
    const QPalette palette = QApplication::palette();
    const bool dark = statuspalette::isDark(palette);
    const QVariant severity = data(index, SeverityRole);
    if (severity.toInt() == int(Severity::Error))
        return dark ? QColor(0x6b, 0x2a, 0x2a) : QColor(0xf8, 0xd0, 0xd0);
    if (severity.toInt() == int(Severity::Warning))
        return dark ? QColor(0x6b, 0x55, 0x20) : QColor(0xfb, 0xe7, 0xb5);
    const QColor grey = palette.color(QPalette::Window);
    if (isHeading(index.row()))
        return dark ? grey.lighter(130) : grey.darker(110);
    if (index.column() >= Q1 && !readOnlyReason(index).isEmpty())
        return grey;
    return {};
}

QString EntryGridModel::toolTip(const QModelIndex &index) const
{
    const Row &row = m_rows[index.row()];
    if (row.indicator && isQuarterColumn(index.column())) {
        const auto found = m_findings.constFind(cellKey(keyAt(index)));
        if (found != m_findings.cend()) {
            QStringList lines;
            bool warning = false;
            for (const RuleViolation &v : found->violations) {
                lines << v.message;
                warning |= v.severity == Severity::Warning;
            }
            if (warning)
                lines << tr("Enter a comment to keep this figure.");
            return lines.join(u'\n');
        }
    }
    if (index.column() == Name && row.indicator && m_layout == Layout::ByIndicator)
        return row.indicator->description;
    if (index.column() == EnterAs && row.indicator)
        return whatToEnterHelp(row.indicator->accumulation);
    return index.column() >= Q1 ? readOnlyReason(index) : QString();
}

QVariant EntryGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[index.row()];
    const bool quarter = isQuarterColumn(index.column()) && row.indicator;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        if (!quarter)
            return display(row, index.column());
        if (const auto &v = m_data->stored(row.indicator->code, row.regionCode, m_year,
                                           index.column() - Q1 + 1))
            return v->toString();
        return QString();
    case Qt::ToolTipRole:
        return toolTip(index);
    case Qt::TextAlignmentRole:
        return index.column() >= Q1 ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return background(index);
    case Qt::FontRole:
        if (row.category) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    case IndicatorCodeRole:
        return row.indicator ? row.indicator->code : QString();
    case RegionCodeRole:
        return row.regionCode;
    case HeadingRole:
        return bool(row.category);
    case ReadOnlyReasonRole:
        return index.column() >= Q1 ? readOnlyReason(index) : QString();
    case SeverityRole: {
        const auto found =
            quarter ? m_findings.constFind(cellKey(keyAt(index))) : m_findings.cend();
        if (found == m_findings.cend())
            return -1;
        bool error = false;
        for (const RuleViolation &v : found->violations)
            error |= v.severity == Severity::Error;
        return int(error ? Severity::Error : Severity::Warning);
    }
    case RefusedTextRole: {
        const auto found =
            quarter ? m_findings.constFind(cellKey(keyAt(index))) : m_findings.cend();
        // Null for a figure refused because it was changed meanwhile: the cell shows what is
        // stored now.
        return found == m_findings.cend() || found->text.isNull() ? QVariant()
                                                                   : QVariant(found->text);
    }
    }
    return {};
}

Qt::ItemFlags EntryGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isQuarterColumn(index.column()) && readOnlyReason(index).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EntryGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == EnterAs)
        return tr("What each quarter's figure is: this quarter only (flows), the year to date "
                  "(running totals) or the level at the quarter's end (stocks)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return m_layout == Layout::ByIndicator ? tr("Indicator") : tr("Region");
    case Unit:
        return tr("Unit");
    case EnterAs:
        return tr("Enter as");
    case Q1:
    case Q2:
    case Q3:
    case Q4:
        return tr("Q%1").arg(section - Q1 + 1);
    case YearTotal:
        return tr("Year total");
    case Target:
        return tr("Annual target");
    case Completion:
        return tr("Completion");
    }
    return {};
}

} // namespace zx
