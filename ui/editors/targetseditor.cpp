#include "targetseditor.h"

#include "screenfit.h"
#include "domain/names.h"
#include "editors/rolefilterproxy.h"
#include "editors/targetsmodel.h"
#include "widgets/undostackaction.h"
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace zx {

TargetsEditor::TargetsEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new TargetsModel(workspace, this)),
      m_proxy(new RoleFilterProxy(this)), m_heading(new QLabel(this)),
      m_category(new QComboBox(this)), m_search(new QLineEdit(this)), m_undo(new QToolButton(this)),
      m_redo(new QToolButton(this)), m_table(new QTableView(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Targets"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TargetsModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TargetsModel::Name, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    // Each indicator keeps its number in the catalogue whatever the sort or filter: the number
    // a refusal names ("Row 46, …").
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TargetsModel::Name, QHeaderView::Stretch);
    // The milestones hold at most "100": as wide as their two-line titles, no room for a sort
    // arrow, so the indicators' names keep theirs on a 1280-pixel screen.
    for (int c = TargetsModel::Q1; c <= TargetsModel::Q4; ++c) {
        int width = 0;
        const QStringList lines =
            m_model->headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            width = std::max(width, header->fontMetrics().horizontalAdvance(line));
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        header->resizeSection(c, width + header->fontMetrics().averageCharWidth() * 2);
    }
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(buildFilterRow());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_model, &TargetsModel::editRefused, this, &TargetsEditor::showRefusal);
    connect(m_model, &TargetsModel::notice, this,
            [this](const QString &text) { showMessage(text, false); });
    connect(m_workspace, &Workspace::editFailed, this,
            [this](const QString &text) { showMessage(text, true); });
    // A stored change (an edit, undo or redo) makes an earlier refusal old news.
    connect(m_workspace->notifier(), &ChangeNotifier::targetChanged, this,
            [this] { showMessage({}, false); });
    resizeToFit(this, QSize(1240, 640));
}

QWidget *TargetsEditor::buildFilterRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setPlaceholderText(tr("Search indicators"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(new QLabel(tr("Category:"), row));
    layout->addWidget(m_category);
    layout->addWidget(m_search, 1);
    // The shortcuts work inside this editor; the step it would undo is the tooltip.
    QAction *undo = undoStackAction(m_workspace->undoStack(), false, this, false);
    QAction *redo = undoStackAction(m_workspace->undoStack(), true, this, false);
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    m_undo->setDefaultAction(undo);
    m_redo->setDefaultAction(redo);
    m_undo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_undo);
    layout->addWidget(m_redo);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setRoleFilter(TargetsModel::CategoryRole, m_category->currentData());
    });
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setTextFilter(Qt::DisplayRole, text); });
    return row;
}

void TargetsEditor::setContext(const DashboardContext &context)
{
    const Region *region = context.data ? context.data->region(context.regionCode) : nullptr;
    m_heading->setText(tr("Targets of %1 for %2 · actual and completion at Q%3")
                           .arg(region ? displayName(*region) : context.regionCode)
                           .arg(context.year)
                           .arg(context.quarter));
    fillCategories(context);
    showMessage({}, false);
    m_model->setPeriod(context.regionCode, context.year, context.quarter);
}

void TargetsEditor::fillCategories(const DashboardContext &context)
{
    const QVariant chosen = m_category->currentData();
    const QSignalBlocker block(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"));
    if (context.data)
        for (const Category &c : context.data->categories())
            m_category->addItem(displayName(c), c.code);
    m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));
    m_proxy->setRoleFilter(TargetsModel::CategoryRole, m_category->currentData());
}

// "Row 3, Returning entrepreneurs (XX District): …": the number beside the row (its place in
// the catalogue, kept under any sort or filter), so a clerk finds it; the table shows the cell.
void TargetsEditor::showRefusal(const QModelIndex &cell, const QString &message)
{
    const QString name = m_model->index(cell.row(), TargetsModel::Name).data().toString();
    showMessage(tr("Row %1, %2 (%3): %4")
                    .arg(cell.row() + 1)
                    .arg(name, m_model->regionName(), message),
                true);
    if (const QModelIndex shown = m_proxy->mapFromSource(cell); shown.isValid())
        m_table->scrollTo(shown);
}

void TargetsEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace zx
