#include "overviewpage.h"

#include "domain/names.h"
#include "models/statusfilterproxy.h"
#include "models/statustablemodel.h"
#include "summary/summaryformat.h"
#include "widgets/completiongauge.h"
#include "widgets/statuspalette.h"
#include "widgets/statustiles.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    g.unit = s.indicator->unit;
    g.actualText = s.actual ? s.actual->toString() : QString(); // none: not reported
    g.targetText = s.target ? s.target->toString() : QString();
    g.completionPct = s.completionPct;
    g.timeProgressPct = s.timeProgressPct;
    g.status = s.status;
    return g;
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent), m_tiles(new StatusTiles(this)), m_gaugeRow(new QHBoxLayout),
      m_search(new QLineEdit(this)), m_table(new QTableView(this)),
      m_model(new StatusTableModel(this)), m_proxy(new StatusFilterProxy(this)),
      m_heading(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *gaugeHost = new QWidget(this);
    gaugeHost->setLayout(m_gaugeRow);
    m_gaugeRow->setContentsMargins(0, 0, 0, 0);
    auto *gaugeScroll = new QScrollArea(this);
    gaugeScroll->setWidget(gaugeHost);
    gaugeScroll->setWidgetResizable(true);
    gaugeScroll->setFrameShape(QFrame::NoFrame);
    gaugeScroll->setMinimumHeight(210);
    gaugeScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    gaugeScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tiles);
    layout->addWidget(gaugeScroll);
    layout->addWidget(buildTableArea(), 1);

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

    auto *area = new QWidget(this);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    return area;
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

void OverviewPage::updateGauges(const RegionSummary &summary)
{
    const auto rows = headlineRows(summary);
    while (m_gauges.size() < rows.size()) {
        auto *gauge = new CompletionGauge(this);
        m_gaugeRow->addWidget(gauge);
        m_gauges.push_back(gauge);
        const std::size_t slot = m_gauges.size() - 1;
        connect(gauge, &CompletionGauge::activated, this,
                [this, slot] { emit indicatorActivated(m_gaugeCodes[slot]); });
    }
    m_gaugeCodes.assign(m_gauges.size(), QString());
    for (std::size_t i = 0; i < m_gauges.size(); ++i) {
        m_gauges[i]->setVisible(i < rows.size());
        if (i < rows.size()) {
            m_gauges[i]->setData(gaugeData(*rows[i]));
            m_gaugeCodes[i] = rows[i]->indicator->code;
        }
    }
}

} // namespace zx
