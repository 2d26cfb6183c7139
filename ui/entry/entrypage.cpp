#include "entrypage.h"

#include "domain/names.h"
#include "entrygridmodel.h"
#include "entrygridview.h"
#include "session/changenotifier.h"
#include "session/editcommands.h"
#include "session/workspace.h"
#include "workflowbar.h"
#include "widgets/undostackaction.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zx {

EntryPage::EntryPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new EntryGridModel(workspace, this)),
      m_view(new EntryGridView(this)), m_workflow(new WorkflowBar(workspace, this)),
      m_heading(new QLabel(this)), m_layoutBox(new QComboBox(this)),
      m_indicatorBox(new QComboBox(this)), m_comment(new QLineEdit(this)),
      m_findings(new QListWidget(this)), m_clearFindings(new QPushButton(tr("Clear"), this)),
      m_status(new QLabel(this)), m_undo(undoStackAction(workspace->undoStack(), false, this, true)),
      m_redo(undoStackAction(workspace->undoStack(), true, this, true))
{
    m_view->setModel(m_model);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildGridPane());
    splitter->addWidget(buildFindingsPanel());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({700, 130}); // the grid gets the room; the panel can be dragged taller

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_workflow);
    layout->addWidget(buildCommentRow());
    layout->addWidget(splitter, 1);

    connect(m_model, &EntryGridModel::findingsChanged, this, &EntryPage::updateFindings);
    connect(m_model, &EntryGridModel::findingsChanged, this, &EntryPage::showCellStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EntryPage::showCellStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EntryPage::showCellStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EntryPage::showCellStatus);
    connect(m_view, &EntryGridView::readOnlyTyped, this, &EntryPage::showRefusal);
    connect(m_model, &EntryGridModel::loadFailed, this, &EntryPage::addNotice);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EntryPage::fillIndicators);
    connect(m_findings, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showFinding(m_findings->row(item)); });
    connect(m_workspace, &Workspace::editFailed, this, &EntryPage::addNotice);
    connect(m_workflow, &WorkflowBar::failed, this, &EntryPage::addNotice);
    ChangeNotifier *notifier = m_workspace->notifier();
    connect(notifier, &ChangeNotifier::periodStatusChanged, m_workflow, &WorkflowBar::refresh);
    connect(notifier, &ChangeNotifier::databaseReplaced, this, [this] {
        m_context = {};
        m_notices.clear();
        updateFindings();
    });
}

QWidget *EntryPage::buildToolbar()
{
    m_layoutBox->addItem(tr("By indicator"));
    m_layoutBox->addItem(tr("By sub-region"));
    m_layoutBox->setToolTip(tr("Rows: the indicators of the region, or its sub-regions for one "
                               "indicator"));
    m_indicatorBox->setMinimumContentsLength(16);
    m_indicatorBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicatorBox->setVisible(false);
    for (QAction *a : {m_undo, m_redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);

    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_heading);
    row->addSpacing(12);
    row->addWidget(m_layoutBox);
    row->addWidget(m_indicatorBox);
    row->addStretch(1);
    for (QAction *a : {m_undo, m_redo}) {
        // Fixed button text; the step the action would undo is in the tooltip.
        auto *button = new QPushButton(a == m_undo ? tr("Undo") : tr("Redo"), bar);
        const auto sync = [button, a] {
            button->setEnabled(a->isEnabled());
            button->setToolTip(a->text());
        };
        connect(a, &QAction::changed, button, sync);
        connect(button, &QPushButton::clicked, a, &QAction::trigger);
        sync();
        row->addWidget(button);
    }
    connect(m_layoutBox, &QComboBox::currentIndexChanged, this, &EntryPage::applyLayout);
    connect(m_indicatorBox, &QComboBox::currentIndexChanged, this, &EntryPage::applyLayout);
    return bar;
}

// The grid with its status line underneath: what the current cell takes, or why it takes none.
QWidget *EntryPage::buildGridPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_status->setObjectName(QStringLiteral("EntryStatusLine"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(0);
    m_view->setParent(pane);
    m_status->setParent(pane);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    return pane;
}

QWidget *EntryPage::buildFindingsPanel()
{
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Findings"), panel));
    header->addStretch(1);
    m_clearFindings->setParent(panel);
    m_clearFindings->setToolTip(tr("Empty the list; the figures themselves are not changed"));
    m_clearFindings->setEnabled(false);
    connect(m_clearFindings, &QPushButton::clicked, this, &EntryPage::clearFindings);
    header->addWidget(m_clearFindings);
    panelLayout->addLayout(header);
    m_findings->setParent(panel);
    panelLayout->addWidget(m_findings);
    return panel;
}

QWidget *EntryPage::buildCommentRow()
{
    m_comment->setPlaceholderText(tr("Comment attached to the figures you enter next; "
                                     "needed to keep a figure that raises a warning"));
    m_comment->setClearButtonEnabled(true);
    connect(m_comment, &QLineEdit::textChanged, m_model, &EntryGridModel::setComment);
    // Enter in the comment keeps the figures that were waiting for one.
    connect(m_comment, &QLineEdit::returnPressed, m_model, &EntryGridModel::retryWithComment);
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Comment:"), row));
    layout->addWidget(m_comment, 1);
    return row;
}

void EntryPage::setContext(const DashboardContext &context)
{
    if (!context.isValid()) { // nothing to show (a new, empty file): no old region's name
        m_heading->clear();
        return;
    }
    const bool regionChanged = context.regionCode != m_context.regionCode;
    m_context = context;
    const Region *region = context.data->region(context.regionCode);
    m_heading->setText(tr("%1 · %2").arg(displayName(*region)).arg(context.year));
    m_workflow->setPeriod(context.regionCode, displayName(*region), context.year, context.quarter);
    if (regionChanged)
        m_notices.clear();
    // Sub-regions exist only above the villages.
    const bool hasChildren = !context.data->children(context.regionCode).isEmpty();
    if (!hasChildren && m_layoutBox->currentIndex() == 1)
        m_layoutBox->setCurrentIndex(0);
    m_layoutBox->setEnabled(hasChildren);
    m_model->setRegion(context.regionCode, context.year);
    fillIndicators();
    applyLayout();
}

void EntryPage::fillIndicators()
{
    const Dataset *data = m_model->dataset();
    if (!data)
        return;
    QStringList codes;
    for (const Indicator &ind : data->indicators())
        if (!ind.retired)
            codes << ind.code;
    QStringList present;
    for (int i = 0; i < m_indicatorBox->count(); ++i)
        present << m_indicatorBox->itemData(i).toString();
    if (codes == present)
        return;
    const QString chosen = m_indicatorBox->currentData().toString();
    const QSignalBlocker blocker(m_indicatorBox);
    m_indicatorBox->clear();
    for (const QString &code : codes)
        m_indicatorBox->addItem(displayName(*data->indicator(code)), code);
    m_indicatorBox->setCurrentIndex(std::max(0, m_indicatorBox->findData(chosen)));
}

void EntryPage::applyLayout()
{
    const bool bySubRegion = m_layoutBox->currentIndex() == 1;
    m_indicatorBox->setVisible(bySubRegion);
    m_model->setLayout(bySubRegion ? EntryGridModel::Layout::BySubRegion
                                   : EntryGridModel::Layout::ByIndicator,
                       bySubRegion ? m_indicatorBox->currentData().toString() : QString());
}

void EntryPage::updateFindings()
{
    m_findings->clear();
    for (const QString &notice : std::as_const(m_notices))
        m_findings->addItem(notice);
    bool pending = false;
    for (const EntryGridModel::CellFinding &f : m_model->currentFindings()) {
        auto *item = new QListWidgetItem(tr("%1: %2").arg(f.location, f.violation.message));
        item->setData(Qt::UserRole, f.index.isValid() ? f.index.row() : -1);
        item->setData(Qt::UserRole + 1, f.index.column());
        item->setForeground(f.violation.severity == Severity::Error ? QColor(0xc6, 0x28, 0x28)
                                                                    : QColor(0x9a, 0x5b, 0x00));
        m_findings->addItem(item);
        pending |= f.pending;
    }
    if (pending)
        m_findings->addItem(tr("Enter a comment to keep this figure: type it in the comment "
                               "field above and press Enter."));
    m_clearFindings->setEnabled(m_findings->count() > 0);
}

void EntryPage::addNotice(const QString &message)
{
    if (!m_notices.contains(message)) // a refused undo tried again says nothing new
        m_notices << message;
    updateFindings();
}

void EntryPage::clearFindings()
{
    m_notices.clear();
    m_model->clearFindings();
    updateFindings();
    showCellStatus();
}

void EntryPage::showCellStatus()
{
    const QModelIndex current = m_view->currentIndex();
    const int severity =
        current.isValid() ? current.data(EntryGridModel::SeverityRole).toInt() : -1;
    QPalette palette = this->palette();
    if (severity == int(Severity::Error))
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    else if (severity == int(Severity::Warning))
        palette.setColor(QPalette::WindowText, QColor(0x9a, 0x5b, 0x00));
    m_status->setPalette(palette);
    const QString status = m_model->cellStatus(current);
    m_status->setText(!status.isEmpty() || m_model->rowCount() == 0
                          ? status
                          : tr("Choose a cell: this line says what to enter there, or why it "
                               "takes no figure."));
}

// Typed into a cell that takes no figure: the reason on the status line, in the findings'
// red (a quarter cell's reason is also its finding, in the panel).
void EntryPage::showRefusal(const QModelIndex &index, const QString &reason)
{
    showCellStatus();
    if (!EntryGridModel::isQuarterColumn(index.column()) || m_model->isHeading(index.row())) {
        const QString where = m_model->rowName(index.row());
        m_status->setText(where.isEmpty() ? reason : tr("%1: %2").arg(where, reason));
    }
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(palette);
}

void EntryPage::showFinding(int row)
{
    const QListWidgetItem *item = m_findings->item(row);
    const int r = item ? item->data(Qt::UserRole).toInt() : -1;
    if (!item || r < 0 || !item->data(Qt::UserRole).isValid())
        return;
    m_view->setCurrentIndex(m_model->index(r, item->data(Qt::UserRole + 1).toInt()));
    m_view->setFocus();
}

} // namespace zx
