#include "overviewpage.h"

#include "domain/enums.h"
#include "domain/names.h"
#include "models/statusfilterproxy.h"
#include "models/statustablemodel.h"
#include "summary/summaryformat.h"
#include "widgets/completiongauge.h"
#include "widgets/gaugepanel.h"
#include "widgets/statuspalette.h"
#include "widgets/statustiles.h"
#include "widgets/tableexport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace zx {

namespace {

// Gauges for the headline indicators; without any, the first indicators that have targets.
std::vector<const IndicatorSummary *> headlineRows(const RegionSummary &summary)
{
    std::vector<const IndicatorSummary *> rows;
    for (const IndicatorSummary &s : summary.indicators)
        if (s.indicator->headline)
            rows.push_back(&s);
    if (rows.empty())
        for (const IndicatorSummary &s : summary.indicators)
            if (s.target && rows.size() < 6)
                rows.push_back(&s);
    return rows;
}

GaugeData gaugeData(const IndicatorSummary &s)
{
    GaugeData g;
    g.title = displayName(*s.indicator);
    g.unit = displayUnit(*s.indicator);
    g.actualText = s.actual ? s.actual->toString() : QString(); // none: not reported
    g.targetText = s.target ? s.target->toString() : QString();
    g.completionPct = s.completionPct;
    g.timeProgressPct = s.timeProgressPct;
    g.status = s.status;
    return g;
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent), m_tiles(new StatusTiles(this)), m_gauges(new GaugePanel(this)),
      m_search(new QLineEdit(this)), m_table(new QTableView(this)),
      m_model(new StatusTableModel(this)), m_proxy(new StatusFilterProxy(this)),
      m_heading(new QLabel(this)), m_export(new TableExport(m_table, tr("Indicator status")))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tiles);
    layout->addWidget(m_gauges);
    layout->addWidget(buildTableArea(), 1);

    connect(m_gauges, &GaugePanel::activated, this, [this](int i) {
        emit indicatorActivated(m_gaugeCodes.at(std::size_t(i)));
    });
    connect(m_tiles, &StatusTiles::filterChanged, m_proxy, &StatusFilterProxy::setStatusFilter);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &StatusFilterProxy::setText);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit indicatorActivated(index.data(StatusTableModel::CodeRole).toString());
    });
}

QWidget *OverviewPage::buildTableArea()
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // catalogue order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatusTableModel::Name, QHeaderView::Stretch);
    m_search->setPlaceholderText(tr("Filter indicators by name or code…"));
    m_search->setClearButtonEnabled(true);
    m_export->setTitleSource([this] { return m_heading->text(); });
    m_export->setFilterSource([this] { return filterText(); });
    m_export->setFileNameSource([this] { return m_fileName; });

    auto *area = new QWidget(this);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_export->createButton(area));
    layout->addLayout(searchRow);
    layout->addWidget(m_table);
    return area;
}

QString OverviewPage::filterText() const
{
    QStringList parts;
    if (const auto status = m_proxy->statusFilter())
        parts << tr("status: %1").arg(statusLabel(*status));
    if (!m_proxy->text().isEmpty())
        parts << tr("search: “%1”").arg(m_proxy->text());
    return parts.join(tr(", "));
}

void OverviewPage::setContext(const DashboardContext &context)
{
    if (!context.isValid()) { // nothing to show (a new, empty file): show nothing
        m_heading->clear();
        m_tiles->setCounts({});
        m_model->setSummary(context.data, RegionSummary{});
        updateGauges(RegionSummary{});
        return;
    }
    const RegionSummary summary =
        context.eval->summarize(context.regionCode, context.year, context.quarter);
    const Region *region = context.data->region(context.regionCode);
    m_fileName = tr("Indicator status %1 %2Q%3")
                     .arg(displayName(*region))
                     .arg(context.year)
                     .arg(context.quarter);
    m_heading->setText(tr("%1 · %2 Q%3 · time progress %4%")
                           .arg(displayName(*region))
                           .arg(context.year)
                           .arg(context.quarter)
                           .arg(formatPct(summary.timeProgressPct)));
    std::vector<TrackStatus> statuses;
    for (const IndicatorSummary &s : summary.indicators)
        statuses.push_back(s.status);
    m_tiles->setCounts(statuspalette::countsOf(statuses));
    m_model->setSummary(context.data, summary);
    updateGauges(summary);
}

const std::vector<CompletionGauge *> &OverviewPage::gauges() const
{
    return m_gauges->gauges();
}

void OverviewPage::updateGauges(const RegionSummary &summary)
{
    std::vector<GaugeData> gauges;
    m_gaugeCodes.clear();
    for (const IndicatorSummary *row : headlineRows(summary)) {
        gauges.push_back(gaugeData(*row));
        m_gaugeCodes.push_back(row->indicator->code);
    }
    m_gauges->setGauges(gauges);
}

} // namespace zx
