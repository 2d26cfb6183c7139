#include "entrygridview.h"

#include "entrygridmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>

#include <algorithm>
#include <utility>

namespace zx {

namespace {

// Cells edit as a right-aligned line whose text is selected, so the first key typed replaces
// the figure (the spreadsheet habit); cells with findings get a red or amber outline.
class EntryCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return edit;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *edit = static_cast<QLineEdit *>(editor);
        // A refresh while the clerk is typing (another change announced) must not wipe what
        // was typed.
        if (edit->isModified())
            return;
        // A refused figure comes back as it was typed, selected: retyped or corrected.
        const QVariant refused = index.data(EntryGridModel::RefusedTextRole);
        edit->setText(refused.isNull() ? index.data(Qt::EditRole).toString() : refused.toString());
        edit->selectAll();
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int severity = index.data(EntryGridModel::SeverityRole).toInt();
        if (severity < 0)
            return;
        painter->save();
        const QColor colour =
            severity == int(Severity::Error) ? QColor(0xc6, 0x28, 0x28) : QColor(0xc7, 0x7c, 0x02);
        painter->setPen(QPen(colour, 2));
        painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
        painter->restore();
    }
};

} // namespace

EntryGridView::EntryGridView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new EntryCellDelegate(this));
    setEditTriggers(AnyKeyPressed | DoubleClicked | EditKeyPressed);
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectItems);
    setTabKeyNavigation(true);
    verticalHeader()->hide();
    setWordWrap(false);
}

void EntryGridView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    QTableView::setModel(model);
    m_model = qobject_cast<EntryGridModel *>(model);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &EntryGridView::updateSpans);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &EntryGridView::updateSpans);
        QHeaderView *header = horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(EntryGridModel::Name, QHeaderView::Stretch);
    }
    updateSpans();
}

void EntryGridView::updateSpans()
{
    clearSpans();
    if (!m_model)
        return;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->isHeading(r))
            setSpan(r, 0, 1, EntryGridModel::COLUMNS);
}

QString EntryGridView::selectionText() const
{
    QModelIndexList cells =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty() && currentIndex().isValid())
        cells << currentIndex();
    if (cells.isEmpty())
        return {};
    int top = cells.first().row(), bottom = top, left = cells.first().column(), right = left;
    for (const QModelIndex &c : cells) {
        top = std::min(top, c.row());
        bottom = std::max(bottom, c.row());
        left = std::min(left, c.column());
        right = std::max(right, c.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList fields;
        for (int c = left; c <= right; ++c) {
            const QModelIndex cell = model()->index(r, c);
            fields << (cells.contains(cell) ? cell.data().toString() : QString());
        }
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n');
}

void EntryGridView::copySelection()
{
    QApplication::clipboard()->setText(selectionText());
}

// The top-left corner of the selection (of its bounding box, even when ragged), else the
// current cell.
QModelIndex EntryGridView::pasteAnchor() const
{
    const QModelIndexList cells =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty())
        return currentIndex();
    int top = cells.first().row();
    int left = cells.first().column();
    for (const QModelIndex &c : cells) {
        top = std::min(top, c.row());
        left = std::min(left, c.column());
    }
    return model()->index(top, left);
}

bool EntryGridView::paste()
{
    const QModelIndex anchor = pasteAnchor();
    return m_model && anchor.isValid() &&
           m_model->pasteBlock(anchor, QApplication::clipboard()->text());
}

bool EntryGridView::clearSelectedCells()
{
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells << currentIndex();
    if (!m_model)
        return false;
    // Nothing among them takes a figure (an approved quarter, say): say why rather than
    // silently do nothing.
    const bool anyEditable =
        std::any_of(cells.cbegin(), cells.cend(), [this](const QModelIndex &c) {
            return bool(m_model->flags(c) & Qt::ItemIsEditable);
        });
    if (!anyEditable && currentIndex().isValid()) {
        emit readOnlyTyped(currentIndex(), m_model->refuseTyping(currentIndex(), QString()));
        return false;
    }
    return m_model->clearCells(cells);
}

void EntryGridView::keyPressEvent(QKeyEvent *event)
{
    // Keys sent to the grid while a cell is open belong to that cell's editor. A key the
    // editor ignores comes back up to the grid: drop it rather than loop.
    if (m_forwarding) {
        event->ignore();
        return;
    }
    if (state() == EditingState) {
        if (QWidget *editor = indexWidget(currentIndex())) {
            m_forwarding = true;
            QCoreApplication::sendEvent(editor, event);
            m_forwarding = false;
            return;
        }
    }
    if (refuseTyping(event)) {
        event->accept();
        return;
    }
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
    } else if (event->matches(QKeySequence::Paste)) {
        paste();
    } else if (plain && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        clearSelectedCells();
    } else if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        moveDown();
    } else {
        QTableView::keyPressEvent(event);
        return;
    }
    event->accept();
}

// A printable key on a cell that takes no figure: QAbstractItemView would search the rows for
// it and jump elsewhere; say why the cell takes no figure instead.
bool EntryGridView::refuseTyping(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    return refuseText(event->text());
}

bool EntryGridView::refuseText(const QString &text)
{
    const QModelIndex current = currentIndex();
    if (!m_model || !current.isValid() || text.isEmpty() || !text.front().isPrint() ||
        (m_model->flags(current) & Qt::ItemIsEditable))
        return false;
    emit readOnlyTyped(current, m_model->refuseTyping(current, text));
    return true;
}

// What an input method (拼音, full-width digits) commits arrives here rather than as keys; on a
// cell that takes no figure it too would search the rows.
void EntryGridView::inputMethodEvent(QInputMethodEvent *event)
{
    if (state() != EditingState && refuseText(event->commitString())) {
        event->accept();
        return;
    }
    QTableView::inputMethodEvent(event);
}

void EntryGridView::commitData(QWidget *editor)
{
    m_committed = currentIndex();
    QTableView::commitData(editor);
}

void EntryGridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QPersistentModelIndex committed = std::exchange(m_committed, QPersistentModelIndex());
    // A figure refused on Enter or Tab: back into its cell with the text typed (the delegate
    // reads it from RefusedTextRole), rather than on to the next cell with the text lost.
    if (hint != QAbstractItemDelegate::NoHint && hint != QAbstractItemDelegate::RevertModelCache &&
        committed.isValid() && m_model && m_model->hasError(committed)) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        setCurrentIndex(committed);
        edit(committed);
        return;
    }
    QTableView::closeEditor(editor, hint);
    // Enter moves down, as on paper; a refused figure keeps the cell so it can be corrected.
    if (hint == QAbstractItemDelegate::SubmitModelCache && m_model &&
        !m_model->hasError(currentIndex()))
        moveDown();
}

void EntryGridView::moveDown()
{
    const QModelIndex current = currentIndex();
    if (!m_model || !current.isValid())
        return;
    int row = current.row() + 1;
    while (row < m_model->rowCount() && m_model->isHeading(row))
        ++row;
    if (row < m_model->rowCount())
        setCurrentIndex(m_model->index(row, current.column()));
}

} // namespace zx
