#include "duelist.h"

#include "screenfit.h"
#include "domain/names.h"
#include "editors/duelistmodel.h"
#include "editors/editorlabels.h"
#include "editors/rolefilterproxy.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace zx {

DueList::DueList(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new DueListModel(workspace, this)),
      m_proxy(new RoleFilterProxy(this)), m_heading(new QLabel(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this))
{
    setWindowTitle(tr("Due list"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DueListModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DueListModel::RegionName, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    connect(m_model, &DueListModel::countsChanged, this, &DueList::showCounts);
    resizeToFit(this, QSize(760, 640));
}

void DueList::setContext(const DashboardContext &context)
{
    const Region *region = context.data ? context.data->region(context.regionCode) : nullptr;
    m_heading->setText(tr("Review state of %1 in %2")
                           .arg(region ? displayName(*region) : context.regionCode,
                                editorlabels::period(context.year, context.quarter)));
    m_model->setPeriod(context.regionCode, context.year, context.quarter);
}

void DueList::showCounts(int due, int total)
{
    if (!m_model->loadError().isEmpty()) {
        m_count->setText(m_model->loadError());
        return;
    }
    m_count->setText(tr("%1 of %2 not submitted").arg(due).arg(total));
}

} // namespace zx
