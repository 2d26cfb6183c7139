#include "entrypage.h"

#include "domain/names.h"
#include "entrygridmodel.h"
#include "entrygridview.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "workflowbar.h"

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
      m_findings(new QListWidget(this)),
      m_undo(workspace->undoStack()->createUndoAction(this, tr("Undo"))),
      m_redo(workspace->undoStack()->createRedoAction(this, tr("Redo")))
{
    m_view->setModel(m_model);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(new QLabel(tr("Findings"), panel));
    panelLayout->addWidget(m_findings);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(panel);
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
    m_workflow->setPeriod(context.regionCode, displayName(*region), context.year,
                          context.quarter);
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
}

void EntryPage::addNotice(const QString &message)
{
    m_notices << message;
    updateFindings();
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
