#include "duelist.h"

#include "screenfit.h"
#include "domain/names.h"
#include "editors/duelistmodel.h"
#include "editors/editorlabels.h"
#include "editors/rolefilterproxy.h"
#include "session/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace zx {

namespace {

// At most this many regions are named one per line in the confirmation; the rest are counted.
constexpr int NamedInConfirmation = 12;

} // namespace

DueList::DueList(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new DueListModel(workspace, this)),
      m_proxy(new RoleFilterProxy(this)), m_heading(new QLabel(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_approve(new QPushButton(tr("Approve selected…"), this)),
      m_deadlineDay(new QSpinBox(this)), m_setDeadline(new QPushButton(tr("Set deadline"), this)),
      m_result(new QLabel(this))
{
    setWindowTitle(tr("Due list"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DueListModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DueListModel::RegionName, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    m_count->setWordWrap(true);

    m_deadlineDay->setRange(0, 31);
    m_deadlineDay->setSpecialValueText(tr("none"));
    m_deadlineDay->setToolTip(tr("The day of the month after each quarter on which its figures "
                                 "are due, e.g. 10: Q1 by 10 April, Q4 by 10 January"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("Due on day"), this));
    actions->addWidget(m_deadlineDay);
    actions->addWidget(new QLabel(tr("of the month after the quarter"), this));
    actions->addWidget(m_setDeadline);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    connect(m_model, &DueListModel::countsChanged, this, &DueList::showCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DueList::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DueList::updateControls);
    connect(m_approve, &QPushButton::clicked, this, &DueList::approveSelected);
    connect(m_setDeadline, &QPushButton::clicked, this, &DueList::saveDeadline);
    resizeToFit(this, QSize(900, 640)); // room for the deadline column
    updateControls();
}

void DueList::setContext(const DashboardContext &context)
{
    const Region *region = context.data ? context.data->region(context.regionCode) : nullptr;
    m_heading->setText(tr("Review state of %1 in %2")
                           .arg(region ? displayName(*region) : context.regionCode,
                                editorlabels::period(context.year, context.quarter)));
    m_year = context.year;
    m_quarter = context.quarter;
    m_model->setPeriod(context.regionCode, context.year, context.quarter);
}

void DueList::showCounts(int due, int total)
{
    if (!m_model->loadError().isEmpty()) {
        m_count->setText(m_model->loadError());
        return;
    }
    const QString notSubmitted = tr("%1 of %2 not submitted").arg(due).arg(total);
    if (!m_model->deadline().isValid()) {
        m_count->setText(notSubmitted);
        return;
    }
    m_count->setText(tr("%1 · due %2 · %3 overdue")
                         .arg(notSubmitted, m_model->deadline().toString(Qt::ISODate))
                         .arg(m_model->overdueCount()));
}

// Approving needs a writable file and a selection; the deadline, a reviewer or administrator.
void DueList::updateControls()
{
    const QString refusal = m_workspace->writeRefusal();
    const bool open = m_workspace->isOpen() && refusal.isEmpty();
    auto account = m_workspace->isOpen() ? m_workspace->account() : Result<UserAccount>(Error{});
    const bool mayDecide = open && account && account->role != Role::Clerk;
    m_approve->setEnabled(mayDecide && m_table->selectionModel()->hasSelection());
    m_approve->setToolTip(!refusal.isEmpty() ? refusal
                          : mayDecide        ? tr("Approve the selected regions' quarter (Ctrl+click or "
                                                  "Shift+click to select several); each is approved "
                                                  "on its own")
                                             : tr("Only a reviewer or an administrator approves quarters"));
    m_deadlineDay->setEnabled(mayDecide);
    m_setDeadline->setEnabled(mayDecide);
    const QString why = !refusal.isEmpty() ? refusal
                        : mayDecide        ? QString()
                                           : tr("Only a reviewer or an administrator sets the deadline");
    m_setDeadline->setToolTip(why);
    if (auto settings = m_workspace->isOpen() ? m_workspace->officeSettings()
                                              : Result<OfficeSettings>(Error{});
        settings && !m_deadlineDay->hasFocus())
        m_deadlineDay->setValue(settings->deadlineDay);
}

std::vector<std::pair<QString, QString>> DueList::selectedRegions() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<std::pair<QString, QString>> regions;
    for (const QModelIndex &row : rows)
        regions.emplace_back(row.data(DueListModel::CodeRole).toString(),
                             m_proxy->index(row.row(), DueListModel::RegionName).data().toString());
    return regions;
}

void DueList::approveSelected()
{
    const auto regions = selectedRegions();
    if (regions.empty())
        return;
    QStringList lines;
    QStringList codes;
    for (const auto &[code, name] : regions) {
        codes << code;
        if (lines.size() == NamedInConfirmation)
            continue;
        auto figures = m_workspace->figuresCovered(code, m_year, m_quarter);
        lines << (figures ? tr("%1 — %2 figure(s)").arg(name).arg(*figures) : name);
    }
    if (codes.size() > NamedInConfirmation)
        lines << tr("… and %1 more").arg(codes.size() - NamedInConfirmation);
    const QString period = editorlabels::period(m_year, m_quarter);
    QMessageBox ask(QMessageBox::Question, tr("Approve selected regions"),
                    tr("Approve %1 of %2 region(s)?").arg(period).arg(codes.size()),
                    QMessageBox::Cancel, this);
    ask.setInformativeText(
        lines.join(u'\n') + QStringLiteral("\n\n") +
        tr("Their figures — each region's own and those of the regions under it — will be locked "
           "until the quarter is reopened with a reason. A region that is not submitted, or that "
           "you submitted yourself (four-eyes rule), is refused; a summary follows."));
    QPushButton *go = ask.addButton(tr("Approve"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirm"));
    ask.setDefaultButton(go);
    ask.exec();
    if (ask.clickedButton() != go)
        return;

    QHash<QString, QString> nameOf;
    for (const auto &[code, name] : regions)
        nameOf.insert(code, name);
    QStringList approved;
    QStringList refused;
    for (const RegionOutcome &o : m_workspace->approveEach(codes, m_year, m_quarter)) {
        if (o.outcome)
            approved << nameOf.value(o.regionCode);
        else
            refused << tr("%1: %2").arg(nameOf.value(o.regionCode), o.outcome.error());
    }
    QString summary = tr("Approved %1 of %2 region(s) for %3.")
                          .arg(approved.size())
                          .arg(codes.size())
                          .arg(period);
    if (!approved.isEmpty())
        summary += u' ' + tr("Approved: %1.").arg(approved.join(tr(", ")));
    if (!refused.isEmpty())
        summary += QStringLiteral("\n\n") + tr("Refused:") + u'\n' + refused.join(u'\n');
    m_summary = summary;
    m_result->setText(tr("Approved %1 of %2 region(s); refused %3.")
                          .arg(approved.size())
                          .arg(codes.size())
                          .arg(refused.size()));
    // Not exec(): the window stays responsive and tests are never blocked by the box.
    auto *box = new QMessageBox(refused.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Approve selected regions"), summary, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DueList::saveDeadline()
{
    auto settings = m_workspace->officeSettings();
    if (!settings) {
        m_result->setText(settings.error());
        return;
    }
    OfficeSettings next = *settings;
    next.deadlineDay = m_deadlineDay->value();
    if (auto ok = m_workspace->saveOfficeSettings(next); !ok) {
        m_result->setText(ok.error());
        return;
    }
    m_result->setText(next.deadlineDay == 0
                          ? tr("No deadline is set.")
                          : tr("Figures are due on day %1 of the month after each quarter.")
                                .arg(next.deadlineDay));
}

} // namespace zx
