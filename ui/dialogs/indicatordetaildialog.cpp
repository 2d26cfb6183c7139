#include "indicatordetaildialog.h"

#include "screenfit.h"
#include "charts/trendchart.h"
#include "domain/enums.h"
#include "domain/names.h"
#include "models/breakdownmodel.h"
#include "models/historymodel.h"
#include "session/workspace.h"
#include "summary/checker.h"
#include "summary/summaryformat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace zx {

namespace {

QString accumulationText(Accumulation a)
{
    switch (a) {
    case Accumulation::Flow:
        return IndicatorDetailDialog::tr("Flow: each quarter is new work, the year is the sum");
    case Accumulation::Cumulative:
        return IndicatorDetailDialog::tr("Cumulative: each quarter reports the year to date");
    case Accumulation::Stock:
        return IndicatorDetailDialog::tr("Stock: the level at the end of the quarter");
    }
    return {};
}

QString aggregationText(const Indicator &ind)
{
    switch (ind.aggregation) {
    case Aggregation::Sum:
        return IndicatorDetailDialog::tr("Sum of the sub-regions");
    case Aggregation::Mean:
        return IndicatorDetailDialog::tr("Mean of the sub-regions");
    case Aggregation::Max:
        return IndicatorDetailDialog::tr("Largest of the sub-regions");
    case Aggregation::Min:
        return IndicatorDetailDialog::tr("Smallest of the sub-regions");
    case Aggregation::Ratio:
        return IndicatorDetailDialog::tr("Ratio %1 / %2 × %3, recomputed at every level")
            .arg(ind.numeratorCode, ind.denominatorCode)
            .arg(ind.ratioScale);
    }
    return {};
}

QString targetModeText(TargetMode m)
{
    switch (m) {
    case TargetMode::AtLeast:
        return IndicatorDetailDialog::tr("At least the target (completion = actual / target)");
    case TargetMode::AtMost:
        return IndicatorDetailDialog::tr("At most the target (a ceiling)");
    case TargetMode::Reduce:
        return IndicatorDetailDialog::tr("Reduce from a baseline to the target");
    }
    return {};
}

// Whether `code` is `ancestor` or lies below it in the region tree.
bool isWithin(const Dataset &data, const QString &code, const QString &ancestor)
{
    for (const Region *r = data.region(code); r; r = data.region(r->parentCode))
        if (r->code == ancestor)
            return true;
    return false;
}

QTableView *readOnlyTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return view;
}

} // namespace

IndicatorDetailDialog::IndicatorDetailDialog(const Workspace &workspace,
                                             const DashboardContext &context,
                                             const QString &indicatorCode, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_history(new HistoryModel(this)),
      m_breakdown(new BreakdownModel(this)), m_code(indicatorCode)
{
    const Indicator *ind = context.data->indicator(indicatorCode);
    const Region *region = context.data->region(context.regionCode);
    setWindowTitle(tr("%1 — %2").arg(ind ? displayName(*ind) : indicatorCode,
                                     region ? displayName(*region) : context.regionCode));
    resizeToFit(this, QSize(860, 640));
    auto *layout = new QVBoxLayout(this);
    if (ind) {
        const IndicatorSummary s =
            context.eval->summarize(*ind, context.regionCode, context.year, context.quarter);
        auto *heading = new QLabel(this);
        heading->setTextFormat(Qt::RichText);
        heading->setText(
            tr("<b>%1</b> · %2 %3 Q%4: actual <b>%5 %6</b>, target %7, completion <b>%8</b> "
               "(%9), time progress %10%")
                .arg(displayName(*ind).toHtmlEscaped(),
                     region ? displayName(*region).toHtmlEscaped() : context.regionCode)
                .arg(context.year)
                .arg(context.quarter)
                .arg(formatFigure(s.actual), ind->unit,
                     s.target ? s.target->toString() + u' ' + ind->unit : QStringLiteral("—"),
                     formatCompletion(s.completionPct),
                     statusLabel(s.status))
                .arg(formatPct(s.timeProgressPct)));
        heading->setWordWrap(true);
        layout->addWidget(heading);
    }
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!ind)
        return;

    // History spans every year in the file, not only the two the dashboard loaded.
    DashboardContext all = context;
    const std::vector<int> years = workspace.years();
    if (!years.empty()) {
        // The region and its children only (their findings too): a city's villages stay unread.
        if (auto data = workspace.datasetForYears(years.front(), years.back(), context.regionCode)) {
            all.data = data.value();
            all.eval = std::make_shared<const Evaluator>(*all.data, context.eval->lagBand());
        }
    }
    m_tabs->addTab(buildDefinition(*ind, *context.data), tr("Definition"));
    m_tabs->addTab(buildHistory(all, *all.data->indicator(indicatorCode)), tr("History"));
    m_tabs->addTab(buildBreakdown(context), tr("By sub-region"));
    m_tabs->addTab(buildFindings(*all.data, *ind, context.regionCode), tr("Validation"));
}

QWidget *IndicatorDetailDialog::buildDefinition(const Indicator &ind, const Dataset &data)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    QString category = ind.categoryCode;
    for (const Category &c : data.categories())
        if (c.code == ind.categoryCode)
            category = displayName(c);
    form->addRow(tr("Name"), new QLabel(QStringLiteral("%1 / %2").arg(ind.name, ind.nameEn)));
    form->addRow(tr("Code"), new QLabel(ind.code));
    form->addRow(tr("Category"), new QLabel(category));
    form->addRow(tr("Unit"), new QLabel(displayUnit(ind)));
    form->addRow(tr("Quarters"), new QLabel(accumulationText(ind.accumulation)));
    form->addRow(tr("Regions"), new QLabel(aggregationText(ind)));
    form->addRow(tr("Target"), new QLabel(targetModeText(ind.targetMode)));
    form->addRow(tr("Kind"), new QLabel(ind.kind == IndicatorKind::Binding ? tr("Binding (约束性)")
                                                                           : tr("Expected (预期性)")));
    if (const Indicator *total = data.indicator(ind.parentCode))
        form->addRow(tr("Part of"),
                     new QLabel(ind.partRule == PartRule::PartsSumToTotal
                                    ? tr("%1 (the parts add up to it)").arg(displayName(*total))
                                    : tr("%1 (not above it)").arg(displayName(*total))));
    QStringList parts;
    for (const QString &code : data.parts(ind.code))
        parts << displayName(*data.indicator(code));
    if (!parts.isEmpty())
        form->addRow(tr("Parts"), new QLabel(parts.join(QStringLiteral("、"))));
    auto *description = new QLabel(ind.description);
    description->setWordWrap(true);
    form->addRow(tr("Description"), description);
    return page;
}

QWidget *IndicatorDetailDialog::buildHistory(const DashboardContext &all, const Indicator &ind)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_history->setIndicator(all.data, all.eval, ind.code, all.regionCode);
    layout->addWidget(readOnlyTable(m_history, page), 1);
    auto *trend = new TrendChart(page);
    TrendData data{displayName(ind), displayUnit(ind), {}, std::nullopt};
    if (auto target = all.eval->target(ind, all.regionCode, all.year))
        data.target = target->toDouble();
    for (int year = all.data->fromYear(); year <= all.data->toYear(); ++year) {
        TrendSeries series{year, {}};
        for (int q = 1; q <= 4; ++q)
            if (auto v = all.eval->yearToDate(ind, all.regionCode, year, q))
                series.quarters[q - 1] = v->toDouble();
        data.years.push_back(series);
    }
    trend->setData(data);
    layout->addWidget(trend, 2);
    return page;
}

QWidget *IndicatorDetailDialog::buildBreakdown(const DashboardContext &context)
{
    m_breakdown->setBreakdown(context.data, context.eval, m_code, context.regionCode,
                              context.year, context.quarter);
    return readOnlyTable(m_breakdown, this);
}

QWidget *IndicatorDetailDialog::buildFindings(const Dataset &all, const Indicator &ind,
                                              const QString &region)
{
    auto *list = new QListWidget(this);
    for (const Finding &f : runChecksWithin(all, region)) {
        const bool related = f.indicatorCode == ind.code || f.indicatorCode == ind.parentCode;
        if (!related || !isWithin(all, f.regionCode, region))
            continue;
        const Region *r = all.region(f.regionCode);
        list->addItem(tr("%1 · %2 %3 Q%4 · %5")
                          .arg(f.severity == Severity::Error ? tr("Error") : tr("Warning"),
                               r ? displayName(*r) : f.regionCode)
                          .arg(f.year)
                          .arg(f.quarter)
                          .arg(f.message));
    }
    if (list->count() == 0)
        list->addItem(tr("No findings: every rule passes for this indicator here."));
    return list;
}

} // namespace zx
