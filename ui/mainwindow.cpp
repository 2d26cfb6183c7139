#include "mainwindow.h"

#include "domain/enums.h"
#include "storage/database.h"
#include "storage/valuestore.h"
#include "summary/evaluator.h"
#include "summary/summaryformat.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>

namespace zx {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Zhenxing — rural revitalization indicators"));
    setCentralWidget(m_table);
    resize(1100, 700);
    showSummary();
}

MainWindow::~MainWindow() = default;

void MainWindow::showSummary()
{
    auto years = valuestore::years(*m_db);
    if (!years || years->empty()) {
        statusBar()->showMessage(tr("The database holds no figures yet."));
        return;
    }
    const int year = years->back();
    auto data = Dataset::load(*m_db, year - 1, year);
    if (!data || data->regions().empty()) {
        QMessageBox::warning(this, tr("Zhenxing"), data ? tr("No regions.") : data.error());
        return;
    }
    const Region &root = data->regions().front();
    const Evaluator eval(*data);
    const RegionSummary s = eval.summarize(root.code, year, 4);
    const QStringList headers{tr("Indicator"), tr("Unit"), tr("Actual"), tr("Target"),
                              tr("Completion %"), tr("Status")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(s.indicators.size()));
    for (int r = 0; r < int(s.indicators.size()); ++r) {
        const IndicatorSummary &i = s.indicators[r];
        const QStringList cells{i.indicator->name, i.indicator->unit,
                                i.actual ? i.actual->toString() : QString(),
                                i.target ? i.target->toString() : QString(),
                                i.completionPct ? formatPct(i.completionPct) : QString(),
                                statusLabel(i.status)};
        for (int c = 0; c < int(cells.size()); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    statusBar()->showMessage(tr("%1 — %2, whole year").arg(root.name).arg(year));
}

} // namespace zx
