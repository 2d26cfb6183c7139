#include "categorypage.h"

#include "analytics/completion.h"
#include "charts/rankingchart.h"
#include "charts/targetactualchart.h"
#include "charts/trendchart.h"
#include "domain/names.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace zx {

CategoryPage::CategoryPage(const QString &categoryCode, QWidget *parent)
    : QWidget(parent), m_categoryCode(categoryCode), m_heading(new QLabel(this)),
      m_indicator(new QComboBox(this)), m_bars(new TargetActualChart(this)),
      m_trend(new TrendChart(this)), m_ranking(new RankingChart(this)),
      m_noRanking(new QLabel(tr("No sub-regions to rank"), this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // A village (or any region without sub-regions) has nobody to rank: said in the ranking's
    // place rather than shown as empty axes.
    m_noRanking->setObjectName(QStringLiteral("noSubRegionsLabel"));
    m_noRanking->setAlignment(Qt::AlignCenter);
    m_noRanking->setWordWrap(true);
    m_noRanking->setMinimumSize(m_ranking->minimumSize());
    m_noRanking->setFrameShape(QFrame::StyledPanel);
    m_noRanking->hide();

    // The charts sit in a scroll area: on a short screen (1280×720 minus a taskbar) the page
    // scrolls instead of holding the main window taller than the screen.
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    // The charts carry their titles (they go with a copied or saved picture).
    grid->addWidget(m_heading, 0, 0, 1, 2);
    grid->addWidget(m_bars, 2, 0, 1, 2);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Indicator:"), this));
    pick->addWidget(m_indicator);
    pick->addStretch();
    grid->addLayout(pick, 3, 0, 1, 2);
    grid->addWidget(m_trend, 5, 0);
    grid->addWidget(m_ranking, 5, 1);
    grid->addWidget(m_noRanking, 5, 1);
    grid->setColumnStretch(0, 1); // trend and ranking share the width, whichever is empty
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 5);
    grid->setRowStretch(5, 4);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_indicator, &QComboBox::currentIndexChanged, this,
            [this] { updateTrendAndRanking(); });
    connect(m_bars, &TargetActualChart::indicatorActivated, this,
            &CategoryPage::indicatorActivated);
    connect(m_ranking, &RankingChart::regionActivated, this, &CategoryPage::regionActivated);
}

void CategoryPage::setContext(const DashboardContext &context)
{
    if (!context.isValid())
        return;
    m_context = context;
    for (const Category &c : context.data->categories()) {
        if (c.code != m_categoryCode)
            continue;
        m_heading->setText(tr("%1 · %2 · %3 Q%4")
                               .arg(displayName(c),
                                    displayName(*context.data->region(context.regionCode)))
                               .arg(context.year)
                               .arg(context.quarter));
        m_bars->setTitle(tr("%1: target and actual (target = 100 %)").arg(displayName(c)));
    }
    fillIndicatorChoice();
    updateBars();
    updateTrendAndRanking();
}

// The indicator shown first: the one with the most to show — sub-regions to rank first,
// then a headline indicator with a target, then any with a target, else the first.
void CategoryPage::fillIndicatorChoice()
{
    const QString previous = selectedIndicator();
    const QSignalBlocker blocker(m_indicator);
    m_indicator->clear();
    int best = 0;
    int bestScore = -1;
    const Evaluator &eval = *m_context.eval;
    for (const Indicator &ind : m_context.data->indicators()) {
        if (ind.categoryCode != m_categoryCode || ind.retired)
            continue;
        m_indicator->addItem(displayName(ind), ind.code);
        const bool tracked = eval.target(ind, m_context.regionCode, m_context.year).has_value();
        const auto ranking =
            eval.rankChildren(ind, m_context.regionCode, m_context.year, m_context.quarter);
        const bool rankable = !ranking.empty() && ranking.front().score.has_value();
        const int score = (tracked ? 1 : 0) + (ind.headline && tracked ? 2 : 0) + (rankable ? 4 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = m_indicator->count() - 1;
        }
    }
    const int keep = m_indicator->findData(previous);
    m_indicator->setCurrentIndex(keep >= 0 ? keep : best);
}

void CategoryPage::selectIndicator(const QString &code)
{
    const int i = m_indicator->findData(code);
    if (i >= 0)
        m_indicator->setCurrentIndex(i);
}

QString CategoryPage::selectedIndicator() const
{
    return m_indicator->currentData().toString();
}

void CategoryPage::updateBars()
{
    std::vector<TargetActualItem> items;
    for (const Indicator &ind : m_context.data->indicators()) {
        if (ind.categoryCode != m_categoryCode || ind.retired)
            continue;
        const IndicatorSummary s = m_context.eval->summarize(ind, m_context.regionCode,
                                                             m_context.year, m_context.quarter);
        if (!s.target || !s.completionPct || s.target->toDouble() <= 0)
            continue;
        items.push_back({ind.code, displayName(ind), displayUnit(ind),
                         s.actual ? s.actual->toDouble() : 0.0, s.target->toDouble(),
                         *s.completionPct, s.status});
    }
    m_bars->setItems(items);
}

void CategoryPage::updateTrendAndRanking()
{
    const Indicator *ind = m_context.data ? m_context.data->indicator(selectedIndicator()) : nullptr;
    if (!ind)
        return;
    const Evaluator &eval = *m_context.eval;
    TrendData trend;
    trend.title = tr("Quarterly trend, year to date: %1").arg(displayName(*ind));
    trend.unit = displayUnit(*ind);
    trend.decimals = ind->decimals;
    for (int year = m_context.year - 1; year <= m_context.year; ++year) {
        TrendSeries series{year, {}};
        for (int q = 1; q <= 4; ++q)
            if (auto v = eval.yearToDate(*ind, m_context.regionCode, year, q))
                series.quarters[q - 1] = v->toDouble();
        trend.years.push_back(series);
    }
    if (auto t = eval.target(*ind, m_context.regionCode, m_context.year))
        trend.target = t->toDouble();
    m_trend->setData(trend);

    std::vector<RankingItem> ranking;
    const auto ranked =
        eval.rankChildren(*ind, m_context.regionCode, m_context.year, m_context.quarter);
    m_noRanking->setVisible(ranked.empty());
    m_ranking->setVisible(!ranked.empty());
    for (const RankedRegion &r : ranked) {
        const Region *region = m_context.data->region(r.regionCode);
        const IndicatorSummary s =
            eval.summarize(*ind, r.regionCode, m_context.year, m_context.quarter);
        ranking.push_back({r.regionCode, region ? displayName(*region) : r.regionCode, r.score,
                           r.rank, r.rankChange, s.status});
    }
    m_ranking->setTitle(tr("Ranking of sub-regions: %1").arg(displayName(*ind)));
    m_ranking->setItems(ranking, timeProgressPct(m_context.quarter));
}

} // namespace zx
